"""Learn the visual-confusion table from pairs of noisy and clean text (run by hand, offline).

    .venv/bin/python scripts/learn_confusions.py [--engine tesseract|jis] [--out FILE]

Why: a recogniser trained on Japanese reads simplified Chinese as the nearest kanji, kana
or Latin it knows (设 as 没, 范 as 苑, 加 as カロ). Rather than writing such confusions by
hand, we make the pairs ourselves: clean official Chinese (the seeds we may ship, never seed
001) is rendered as a poor scan would look, read by Tesseract's Japanese model, and aligned
with the text it came from. Every substitution of at most three characters for at most
three is counted; the counts are committed as a small TSV that `extract.repair` reads.

Two recognisers: `tesseract` (its `jpn` model; Debian: tesseract-ocr tesseract-ocr-jpn),
which made `data/confusions.tsv`, and `jis` (RapidOCR's recogniser restricted to the
Japanese repertoire, `scripts/jis_reader.py`; no extra install), which makes
`data/confusions_jis.tsv` line by line from the seeds and a slice of the laws. Nothing here
runs at install, test or run time.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "extract" / "repair" / "data" / "corpus"
FONTS = (
    str(ROOT / "generate" / "fonts" / "AssistdeskSerifSC-Regular.ttf"),
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
)
PER_LINE = 28
LINES_PER_PAGE = 24


def clean_lines(paths: list[Path]) -> list[str]:
    """The corpus as lines of PER_LINE characters, whitespace removed (layout is ours)."""
    text = "".join(re.sub(r"\s+", "", p.read_text(encoding="utf-8")) for p in paths)
    return [text[i : i + PER_LINE] for i in range(0, len(text), PER_LINE)]


def render(lines: list[str], font_path: str, size: int, rng: random.Random) -> Image.Image:
    """A page as a tired photocopier gives it: blurred, reduced, thresholded, speckled.

    The ranges were chosen so that the recogniser gets about two characters in three
    right, as it does on the scans we receive.
    """
    font = ImageFont.truetype(font_path, size)
    step = int(size * 1.9)
    width, height = size * (PER_LINE + 4), step * (len(lines) + 2)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(lines):
        draw.text((size * 2, step * (i + 1)), line, font=font, fill=rng.randint(0, 50))
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.2)))
    scale = rng.uniform(0.6, 0.8)
    page = page.resize((int(width * scale), int(height * scale)), Image.BILINEAR)
    pixels = page.load()
    for _ in range(int(page.width * page.height * 0.001)):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        pixels[x, y] = rng.choice((0, 255))
    threshold = rng.randint(155, 172)
    return page.point(lambda v: 0 if v < threshold else 255)


def ocr(pages: list[Path], workdir: Path) -> list[str]:
    listing = workdir / "pages.txt"
    listing.write_text("\n".join(str(p) for p in pages) + "\n", encoding="utf-8")
    subprocess.run(["tesseract", str(listing), str(workdir / "out"), "-l", "jpn", "--psm", "6"],
                   check=True, capture_output=True)
    return (workdir / "out.txt").read_text(encoding="utf-8").split("\f")


def pairs(clean: str, noisy: str) -> Counter[tuple[str, str]]:
    """Substitutions (≤3 for ≤3 characters) between an aligned clean and noisy text."""
    counts: Counter[tuple[str, str]] = Counter()
    matcher = difflib.SequenceMatcher(None, clean, noisy, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for ch in clean[i1:i2]:
                counts[(ch, ch)] += 1
        elif op == "replace" and i2 - i1 <= 3 and j2 - j1 <= 3:
            if i2 - i1 == j2 - j1:  # one for one, character by character
                for a, b in zip(clean[i1:i2], noisy[j1:j2], strict=True):
                    counts[(a, b)] += 1
            else:
                counts[(clean[i1:i2], noisy[j1:j2])] += 1
    return counts


def read_as_scan(text: str, seed: int = 1) -> str:
    """A clean text as the Japanese-trained recogniser reads its poor scan (test data).

    Lines longer than PER_LINE are wrapped as a printed page would wrap them.
    """
    rng = random.Random(seed)
    lines = [line[i : i + PER_LINE] for line in text.splitlines() for i in range(0, max(len(line), 1), PER_LINE)]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pages = []
        for n, start in enumerate(range(0, len(lines), LINES_PER_PAGE)):
            path = work / f"r{n}.png"
            render(lines[start : start + LINES_PER_PAGE], FONTS[n % len(FONTS)], 40, rng).save(path)
            pages.append(path)
        return "\n".join(page.strip("\n") for page in ocr(pages, work))


def jis_counts(lines: list[str], passes: int, rng: random.Random) -> Counter[tuple[str, str]]:
    """Each line rendered with a font in turn and read by the JIS-restricted recogniser."""
    from jis_reader import JisReader, render_line

    reader, counts = JisReader(), Counter()
    for run in range(passes):
        for n, line in enumerate(lines):
            noisy = reader.read(render_line(line, FONTS[(n + run) % len(FONTS)], rng))
            counts.update(pairs(line, re.sub(r"\s+", "", noisy)))
        print(f"pass {run + 1}: {len(lines)} lines")
    return counts


def read_as_jis_scan(text: str, seed: int = 1) -> str:
    """A clean text as the JIS-restricted recogniser reads its poor scan, line by line."""
    from jis_reader import JisReader, render_line

    rng, reader = random.Random(seed), JisReader()
    lines = [line[i : i + PER_LINE] for line in text.splitlines() for i in range(0, len(line), PER_LINE)]
    return "\n".join(reader.read(render_line(line, FONTS[n % len(FONTS)], rng)) for n, line in enumerate(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("tesseract", "jis"), default="jis")
    parser.add_argument("--out", type=Path, help="default: data/confusions.tsv (tesseract), data/confusions_jis.tsv (jis)")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--laws", type=int, default=0, help="also this many characters of corpus/laws.txt")
    parser.add_argument("--read", type=Path, help="instead: print how the recogniser reads this clean text")
    args = parser.parse_args()
    if args.read:
        read = read_as_scan if args.engine == "tesseract" else read_as_jis_scan
        print(read(args.read.read_text(encoding="utf-8")))
        return
    name = "confusions.tsv" if args.engine == "tesseract" else "confusions_jis.tsv"
    args.out = args.out or ROOT / "extract" / "repair" / "data" / name
    rng = random.Random(14)
    lines = clean_lines(sorted(p for p in CORPUS.glob("seed*.txt")))
    if args.laws:
        laws = re.sub(r"\s+", "", (CORPUS / "laws.txt").read_text(encoding="utf-8"))[: args.laws]
        lines += [laws[i : i + PER_LINE] for i in range(0, len(laws), PER_LINE)]
    counts: Counter[tuple[str, str]] = Counter()
    if args.engine == "jis":
        counts = jis_counts(lines, args.passes, rng)
    else:
        counts = tesseract_counts(lines, args.passes, rng)
    write(counts, args.out, "Tesseract jpn" if args.engine == "tesseract" else "RapidOCR restricted to JIS X 0208")


def tesseract_counts(lines: list[str], passes: int, rng: random.Random) -> Counter[tuple[str, str]]:
    """Pages of lines rendered as a poor scan and read by Tesseract's Japanese model."""
    counts: Counter[tuple[str, str]] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for run in range(passes):
            pages, truth = [], []
            for n, start in enumerate(range(0, len(lines), LINES_PER_PAGE)):
                chunk = lines[start : start + LINES_PER_PAGE]
                image = render(chunk, FONTS[(n + run) % len(FONTS)], 40, rng)
                path = work / f"p{run}_{n}.png"
                image.save(path)
                pages.append(path)
                truth.append("".join(chunk))
            for clean, noisy in zip(truth, ocr(pages, work), strict=False):
                counts.update(pairs(clean, re.sub(r"\s+", "", noisy)))
            print(f"pass {run + 1}: {len(pages)} pages")
    return counts


def write(counts: Counter[tuple[str, str]], out_path: Path, engine: str) -> None:
    rows = sorted(((c, n, k) for (c, n), k in counts.items() if c != n), key=lambda r: (-r[2], r[0], r[1]))
    kept = {(c, c): k for (c, n), k in counts.items() if c == n}
    with out_path.open("w", encoding="utf-8") as out:
        out.write(f"# clean\tnoisy\tcount\t(from scripts/learn_confusions.py: {engine} on rendered clean text)\n")
        for c, n, k in rows:
            out.write(f"{c}\t{n}\t{k}\n")
        for (c, _), k in sorted(kept.items(), key=lambda kv: -kv[1]):
            out.write(f"{c}\t{c}\t{k}\n")
    print(f"{len(rows)} confusions, {sum(kept.values())} characters read right -> {out_path}")


if __name__ == "__main__":
    main()
