"""A small flowing-layout builder for A4 court papers (GB/T 9704-ish margins)."""
from __future__ import annotations

from .render import Page, seal_image, text_width_mm


class Flow:
    def __init__(self, rng, body_size=15.0, left=28.0, right=26.0, top=30.0, bottom=25.0, font="song"):
        self.r = rng
        self.size = body_size
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.font = font
        self.pages: list[Page] = []
        self.new_page()

    @property
    def width(self):
        return 210 - self.left - self.right

    def new_page(self):
        self.page = Page()
        self.pages.append(self.page)
        self.y = self.top

    def need(self, h):
        if self.y + h > 297 - self.bottom:
            self.new_page()

    def lh(self, size=None):
        return (size or self.size) * 0.3528 * 1.75

    def center(self, s, size=22, font="hei", gap_after=4, color=(0, 0, 0)):
        self.need(self.lh(size))
        self.y += size * 0.3528
        self.page.text(105, self.y, s, size, font, "c", color)
        self.y += gap_after + size * 0.3528 * 0.6

    def right_text(self, s, size=None, font=None):
        size = size or self.size
        self.need(self.lh(size))
        self.y += self.lh(size)
        self.page.text(210 - self.right, self.y, s, size, font or self.font, "r")

    def wrap(self, text, width, size, font, indent=0):
        """Greedy wrap; runs of digits/latin (IDs, amounts, case digits) are never split."""
        import re
        tokens = re.findall(r"[0-9A-Za-z.,\-]+|.", text)
        lines, cur = [], ""
        lim = width - indent * size * 0.3528
        for tok in tokens:
            w = text_width_mm(cur + tok, size, font)
            if w > lim and cur:
                if tok in "，。、；：）」”》" and len(tok) == 1:
                    lines.append(cur + tok)
                    cur = ""
                else:
                    lines.append(cur)
                    cur = tok
                lim = width
            else:
                cur += tok
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, indent=2, size=None, font=None, gap=0.0):
        size = size or self.size
        font = font or self.font
        lines = self.wrap(text, self.width, size, font, indent)
        for i, ln in enumerate(lines):
            self.need(self.lh(size))
            self.y += self.lh(size)
            x = self.left + (indent * size * 0.3528 if i == 0 else 0)
            self.page.text(x, self.y, ln, size, font)
        self.y += gap

    def line_text(self, s, x=None, size=None, font=None):
        size = size or self.size
        self.need(self.lh(size))
        self.y += self.lh(size)
        self.page.text(self.left if x is None else x, self.y, s, size, font or self.font)

    def space(self, mm):
        self.y += mm

    def table(self, rows, col0=38.0, size=None, font=None, pad=2.2):
        """rows: list of (label, value). Label column fixed, value wraps."""
        size = size or self.size - 1.5
        font = font or self.font
        x0, x1, x2 = self.left, self.left + col0, 210 - self.right
        lh = self.lh(size) * 0.92
        self.need(lh * 2 + 4)
        ytop = self.y + 2
        self.page.line(x0, ytop, x2, ytop, 0.4)
        y = ytop
        for label, value in rows:
            vlines = self.wrap(value, x2 - x1 - 2 * pad, size, font) or [""]
            llines = self.wrap(label, col0 - 2 * pad, size - 0.5, "hei")
            n = max(len(vlines), len(llines))
            h = n * lh + 2 * pad
            if y + h > 297 - self.bottom:
                self.page.line(x0, ytop, x0, y, 0.4)
                self.page.line(x1, ytop, x1, y, 0.4)
                self.page.line(x2, ytop, x2, y, 0.4)
                self.new_page()
                y = ytop = self.y
                self.page.line(x0, ytop, x2, ytop, 0.4)
            off = (n - len(llines)) * lh / 2
            for i, ln in enumerate(llines):
                self.page.text(x0 + pad, y + pad + off + (i + 0.78) * lh, ln, size - 0.5, "hei" if font == "song" else font)
            for i, ln in enumerate(vlines):
                self.page.text(x1 + pad, y + pad + (i + 0.78) * lh, ln, size, font)
            y += h
            self.page.line(x0, y, x2, y, 0.4)
        self.page.line(x0, ytop, x0, y, 0.4)
        self.page.line(x1, ytop, x1, y, 0.4)
        self.page.line(x2, ytop, x2, y, 0.4)
        self.y = y + 2

    def sign_block(self, court, date_text, seal=True, extra=None, seal_rng=None):
        """Court name and date right-aligned, the red seal over them. Returns the page."""
        size = self.size
        self.need(self.lh() * 2 + 20)
        self.space(self.lh() * 0.6)
        xr = 210 - self.right - 4 * size * 0.3528
        for s in (extra or []):
            self.right_text(s)
        self.y += self.lh()
        wc = text_width_mm(court, size, self.font)
        self.page.text(xr, self.y, court, size, self.font, "r")
        y_court = self.y
        self.y += self.lh()
        self.page.text(xr, self.y, date_text, size, self.font, "r")
        wd = text_width_mm(date_text, size, self.font)
        if seal:
            rr = seal_rng or self.r
            d = 42.0
            cx = xr - max(wc, wd) / 2 + rr.uniform(-6, 6)
            cy = (y_court + self.y) / 2 - 3 + rr.uniform(-4, 4)
            self.page.image(cx - d / 2, cy - d / 2, d, d, seal_image(court, rr))
        return self.page
