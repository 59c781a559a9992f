"""Write docs/images/generate-<kind>.png: the first page of each document kind, for the README.

Run from the repository root: ``python -m tests.generate.readme_images``. Pages are
rendered at 100 dpi and reduced to a 16-colour palette, so each picture stays small.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pymupdf
from PIL import Image

from generate import ALL_KINDS, write_outputs
from tests.generate.cases import TODAY, cases, config

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "docs" / "images"


def main() -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    wanted = set(ALL_KINDS)
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases():
            outputs = write_outputs(
                case.request, case.report, Path(tmp) / case.name, config(), TODAY
            )
            for output in outputs:
                if output["format"] != "pdf" or output["kind"] not in wanted:
                    continue
                wanted.discard(output["kind"])
                with pymupdf.open(output["path"]) as doc:
                    png = doc[0].get_pixmap(dpi=100).tobytes("png")
                image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=16)
                target = IMAGES / f"generate-{output['kind']}.png"
                image.save(target, optimize=True)
                print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
