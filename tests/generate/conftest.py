"""Render every test case once per session; the document tests read the files back."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from generate import write_outputs
from tests.generate.cases import TODAY, Case, cases, config

ARTEFACTS = Path(__file__).resolve().parents[1] / "artefacts" / "generate"


@pytest.fixture(scope="session")
def rendered() -> dict[str, tuple[Case, list[dict[str, str]]]]:
    """Each case's outputs, written under tests/artefacts/generate/<case>/ with a PNG per page.

    The PNGs are there for a person to look at (the folder is git-ignored).
    """
    results: dict[str, tuple[Case, list[dict[str, str]]]] = {}
    for case in cases():
        out_dir = ARTEFACTS / case.name
        for old in out_dir.glob("*"):
            old.unlink()
        outputs = write_outputs(case.request, case.report, out_dir, config(), TODAY)
        for output in outputs:
            if output["format"] == "pdf":
                with pymupdf.open(output["path"]) as doc:
                    for page in doc:
                        page.get_pixmap(dpi=60).save(out_dir / f"{output['kind']}-{page.number + 1}.png")
        results[case.name] = (case, outputs)
    return results
