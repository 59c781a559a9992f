"""Red court seals: notice them, then make them transparent to the OCR.

A seal is printed in red over black text. In the red channel the seal's ink is nearly as
bright as the paper while black (and blue) ink stays dark, so reading the red channel
removes the seal and keeps the text under it, where thresholding or inpainting the red
area would cut the characters the seal covers. Only the seals' own areas are read that
way: a red letterhead (「××人民法院」 printed in red over a red rule) is text to keep, and
it is told from a seal by its shape — a seal is round or oval, a letterhead a wide band. Nor
is a photographed card's red frame a seal, or the red fringe of a dark red cover's gold title:
read through the red channel, either would take the card's title with it. Where a seal
touches a card's red-backed photo, only the red itself is read so: the grey labels beside the
photo stay.
"""

from __future__ import annotations

import cv2
import numpy as np

WORKING_SIDE = 600
"""Seals are looked for on a copy this size: they are large, and colour needs no detail."""
MIN_SEAL_SIDE = 0.06
"""A seal is at least this share of the page's width across (a court seal is ~4 cm on A4)."""
MAX_SEAL_SIDE = 0.45
"""No seal is this share of the page's width across (a fifth of a card photographed whole): a
mark as large is a frame with what it holds."""
MAX_ASPECT = 1.8
"""Round or oval: a letterhead or a red rule is far wider than it is high."""
PAD = 0.08
"""The area read through the red channel reaches this share beyond the seal's box."""
PAPER_GREY = 110
"""A seal is red ink on paper: round it, what is not red is lighter than this (0–255), where a
card's dark red cover, on which gold letters fringed with red stand, is far darker."""
FRAME_BAND, FRAME_SIDE = 0.05, 0.8
"""A mark whose red, within this share of its side from its box's edges, runs along this share
of two sides or more is a frame: a seal's ring meets its box near four points only."""

Region = tuple[int, int, int, int]


def red_mask(image: np.ndarray) -> np.ndarray:
    """Pixels whose colour is a saturated red, as a seal's ink is (and text never is)."""
    return (image[..., 0] > 120) & (_redness(image) > 50)


def _redness(image: np.ndarray) -> np.ndarray:
    """How far each pixel's red exceeds its green and blue (negative where it does not)."""
    rgb = image.astype(np.int16)
    return rgb[..., 0] - np.maximum(rgb[..., 1], rgb[..., 2])


def seal_regions(image: np.ndarray) -> list[Region]:
    """Boxes (x0, y0, x1, y1, in the image's pixels) of the round red marks on the page."""
    if image.ndim != 3:
        return []
    small, scale = _shrink(image, WORKING_SIDE)
    mask = red_mask(small).astype(np.uint8)
    if mask.sum() < 0.001 * mask.size:
        return []
    regions = []
    for x, y, w, h in _larger_overlapping_dropped(_marks(small, mask, small.shape[1], depth=1)):
        pad_x, pad_y = int(w * PAD), int(h * PAD)
        regions.append((
            max(0, int((x - pad_x) / scale)),
            max(0, int((y - pad_y) / scale)),
            min(image.shape[1], int((x + w + pad_x) / scale)),
            min(image.shape[0], int((y + h + pad_y) / scale)),
        ))
    return regions


def _marks(small: np.ndarray, mask: np.ndarray, page_width: int, depth: int) -> list[tuple[int, int, int, int]]:
    """The round red marks on paper in `mask`, as boxes. A red frame round a photographed card
    is as high as it is wide, so it would pass for a seal, and reading the whole card through
    the red channel would wipe out its red title; its strokes hug its box's edges, where a
    seal's ring only touches them, and no seal is as large. A frame is taken off and what it held
    looked at again."""
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(closed)
    marks = []
    for i, (x, y, w, h, _area) in enumerate(stats[1:count], start=1):
        if min(w, h) < MIN_SEAL_SIDE * page_width or max(w, h) > MAX_ASPECT * min(w, h):
            continue
        own = (labels[y:y + h, x:x + w] == i) & (mask[y:y + h, x:x + w] > 0)
        band = max(3, int(FRAME_BAND * min(w, h)))
        if max(w, h) > MAX_SEAL_SIDE * page_width or _framed_sides(own, band) >= 2:
            if depth:
                inner = own.copy()
                inner[:band], inner[-band:], inner[:, :band], inner[:, -band:] = False, False, False, False
                marks += [(x + ix, y + iy, iw, ih) for ix, iy, iw, ih
                          in _marks(small[y:y + h, x:x + w], inner.astype(np.uint8), page_width, depth - 1)]
            continue
        if _on_paper(small[y:y + h, x:x + w], mask[y:y + h, x:x + w]):
            marks.append((int(x), int(y), int(w), int(h)))
    return marks


def _larger_overlapping_dropped(marks: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The marks less any that overlaps a mark under half its size: seals of one size may
    overlap (two courts' seals on one page), but what is left of a card's red frame and red
    title once the frame is taken off (strokes too thick for the frame's band) may reach over
    the seal stamped on the card and pass for a seal itself; read through the red channel, it
    would take the red title (「…执行公务证」) with it."""
    def overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
        return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
    return [m for m in marks
            if not any(other is not m and overlap(m, other) and m[2] * m[3] > 2 * other[2] * other[3]
                       for other in marks)]


def _framed_sides(own: np.ndarray, band: int) -> int:
    """How many sides of the mark's box its red runs along nearly end to end, as a frame's
    strokes do; a ring runs along no more than half of each."""
    runs = (own[:band].any(axis=0), own[-band:].any(axis=0), own[:, :band].any(axis=1), own[:, -band:].any(axis=1))
    return sum(float(run.mean()) >= FRAME_SIDE for run in runs)


def _on_paper(area: np.ndarray, red: np.ndarray) -> bool:
    """Whether what is not red in the mark's box is mostly light, as paper is."""
    rest = area[red == 0]
    return bool(rest.size) and float(np.median(rest.mean(axis=1))) >= PAPER_GREY


def has_seal(image: np.ndarray) -> bool:
    """Whether a red seal is printed on the page."""
    return bool(seal_regions(image))


RED_INK_SHARE = 0.0005
"""Red ink covering this share of a scan (a 红头, a red rule) shows its colours were kept."""


def absence_visible(image: np.ndarray | None, text_layer: bool) -> bool:
    """Whether a seal on this page would have been seen, so that finding none tells it has none.

    A paper made on a computer (a text layer) carries its seal as a red image, which its
    rendering shows; a scan that kept red ink elsewhere on the page would have kept a red seal
    too. A grey scan or photocopy tells nothing: its seal, if any, is grey like the text.
    """
    if image is None or image.ndim != 3:
        return False
    if text_layer:
        return True
    small, _ = _shrink(image, WORKING_SIDE)
    return bool(red_mask(small).mean() >= RED_INK_SHARE)


def without_seal(image: np.ndarray, regions: list[Region] | None = None) -> np.ndarray:
    """The page with each seal's area read through the red channel: seal gone, text kept."""
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    regions = seal_regions(image) if regions is None else regions
    if not regions:
        return image
    out = image.copy()
    for x0, y0, x1, y1 in regions:
        area = image[y0:y1, x0:x1]
        levelled = _levelled(area[..., 0])
        if red_mask(area).mean() < SOLID_RED_SHARE:
            out[y0:y1, x0:x1] = levelled[..., None]
            continue
        # a seal over a card's red photo: level only what the red reaches, to the paper's grey
        # (a white patch on grey paper would read as a stroke), and keep the grey labels
        inked = _tinted(area)
        paper = float(np.percentile(area.min(axis=2), 90)) / 255.0
        out[y0:y1, x0:x1][inked] = (levelled[inked].astype(np.float32) * paper).astype(np.uint8)[..., None]
    return out


SOLID_RED_SHARE = 0.2
"""A seal's ring, star and words cover a twelfth to a sixth of its box; red over a fifth of it is
a solid red area the seal touches, a card's red-backed photo. Read whole through the red
channel, that box would take the card's grey labels (「姓名」「单位」 printed beside the photo)
with the paper, and the holder with them."""
TINT = 20
"""A pixel whose red exceeds its green and blue by this much more than the paper's does
(0–255) carries some of the red: its anti-aliased edge, its ghost in a photo."""


def _tinted(area: np.ndarray) -> np.ndarray:
    """The pixels of the area that red ink reaches, and a pixel or two round them."""
    redness = _redness(area)
    tint = (redness - np.median(redness) > TINT).astype(np.uint8)
    return cv2.dilate(tint, np.ones((3, 3), np.uint8), iterations=2).astype(bool)


def _levelled(red: np.ndarray) -> np.ndarray:
    """The red channel with the seal's ghost pushed to white: red ink is bright there but,
    photographed or compressed, still grey enough for a ring crossing a date to hide a thin
    stroke (「七月十六日」 read 「七月六日」, 「三月十一日」 read 「三月十日」). Black text stays dark:
    the white point is set halfway between the region's ink and its paper."""
    black, paper = np.percentile(red, 1), np.percentile(red, 90)
    mid = (black + paper) / 2
    if paper - black < 32:
        return red  # no contrast to level: a blank or a solid patch
    return np.clip((red.astype(np.float32) - black) * (255.0 / (mid - black)), 0, 255).astype(np.uint8)


def _shrink(image: np.ndarray, longest: int) -> tuple[np.ndarray, float]:
    h, w = image.shape[:2]
    scale = longest / max(h, w)
    if scale >= 1:
        return image, 1.0
    return cv2.resize(image, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA), scale
