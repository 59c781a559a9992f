"""A drafted pack measured against the pack a person wrote (or the expected rules of a test).

Rule by rule: a drafted rule matches an expected one when it cites the same article (the
numbers of each level compared, 第二条（一）1 = 二/一/1, so 「二、第2条」 and 「二、2」 agree) and
is of the same kind; where several expected rules share both, the one checking the same
thing (predicate, dates, working days) and asking for the same actions wins. Counted are
the kinds a draft must find (materials, condition, interval, deadline). A material list is
exactly right when it asks for the same papers with the same alternatives, originals,
copies, counts, seals and exemptions, however the items are grouped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from extract.values import chinese_int
from validate.model import Pack

COUNTED = ("materials", "condition", "interval", "deadline")


@dataclass(frozen=True)
class View:
    """What is compared of one rule."""

    id: str
    kind: str
    citation: tuple[str, ...]
    applies_to: frozenset[str]
    subject: str
    check: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


def article_key(citation: str) -> tuple[str, ...]:
    """「000_….txt 第三条（二）1-4」 → ('3', '2', '1-4'); 「二、第2条」 → ('2', '2')."""
    text = citation.split(" ", 1)[-1]
    out: list[str] = []
    for m in re.finditer(r"(\d+-\d+)|(\d+)|([一二三四五六七八九十百零〇两]+)", text):
        if m.group(1):
            out.append(m.group(1))
        elif m.group(2):
            out.append(m.group(2))
        else:
            n = chinese_int(m.group(3))
            if n:
                out.append(str(n))
    return tuple(out)


def views(pack: Pack, aliases: dict[str, str] | None = None) -> list[View]:
    aliases = aliases or {}
    # rules citing a national document (a limit the policy leaves to the law) are not the policy's
    return [View(r.id, r.kind, article_key(r.citation), frozenset(aliases.get(a, a) for a in r.applies_to),
                 r.subject, dict(r.check)) for r in pack.rules
            if r.citation.split(" ", 1)[0] == pack.source and not r.inferred]


def views_of(rules: list[dict[str, Any]]) -> list[View]:
    """Expected rules written compactly (test data): citation, kind, applies_to, check."""
    return [View(r.get("id", f"expected.{i}"), r["kind"], article_key(r["citation"]),
                 frozenset(r.get("applies_to", [])), r.get("subject", "court_request"), dict(r.get("check", {})))
            for i, r in enumerate(rules)]


def requirements(check: dict[str, Any]) -> tuple:
    """A material list as a set of requirements, independent of how its items are grouped."""
    reqs = set()
    for item in check.get("items", []):
        flags = (bool(item.get("original")), bool(item.get("copy")), int(item.get("min_count", 1)))
        if "all" in item:
            reqs |= {(frozenset([c]), *flags) for c in item["all"]}
        else:
            reqs.add((frozenset(item["any"]), *flags))
    return (frozenset(reqs), int(check.get("officers_min", 0)), bool(check.get("sealed")),
            frozenset(check.get("unless", [])))


def _signature(view: View) -> tuple:
    c = view.check
    if view.kind == "condition":
        return (c.get("predicate"), c.get("name"))
    if view.kind == "interval":
        return (c.get("start"), c.get("end"))
    if view.kind == "deadline":
        return (c.get("working_days"),)
    return ()


@dataclass
class Comparison:
    expected: list[View]
    drafted: list[View]
    pairs: list[tuple[View, View]]
    missed: list[View]
    extra: list[View]

    @property
    def recall(self) -> float:
        return len(self.pairs) / len(self.expected) if self.expected else 1.0

    @property
    def precision(self) -> float:
        return len(self.pairs) / len(self.drafted) if self.drafted else 1.0

    @property
    def material_pairs(self) -> list[tuple[View, View]]:
        return [(e, d) for e, d in self.pairs if e.kind == "materials"]

    @property
    def materials_exact(self) -> float:
        pairs = self.material_pairs
        expected = [e for e in self.expected if e.kind == "materials"]
        good = sum(1 for e, d in pairs if requirements(e.check) == requirements(d.check))
        return good / len(expected) if expected else 1.0

    @property
    def actions_exact(self) -> float:
        good = sum(1 for e, d in self.pairs if e.applies_to == d.applies_to)
        return good / len(self.pairs) if self.pairs else 1.0

    def wrong_materials(self) -> list[tuple[View, View]]:
        return [(e, d) for e, d in self.material_pairs if requirements(e.check) != requirements(d.check)]


def compare(expected: list[View], drafted: list[View]) -> Comparison:
    exp = [v for v in expected if v.kind in COUNTED]
    got = [v for v in drafted if v.kind in COUNTED]
    free = list(got)
    pairs: list[tuple[View, View]] = []
    missed: list[View] = []
    for e in exp:
        candidates = [d for d in free if d.kind == e.kind and d.citation == e.citation and d.subject == e.subject]
        if not candidates:
            missed.append(e)
            continue
        best = max(candidates, key=lambda d, e=e: (_signature(d) == _signature(e), len(d.applies_to & e.applies_to),
                                                   d.applies_to == e.applies_to))
        pairs.append((e, best))
        free.remove(best)
    return Comparison(exp, got, pairs, missed, free)


def expected_views(path: str) -> tuple[str, list[View], dict[str, str]]:
    """A test policy's expected rules (YAML: source, aliases, rules): source, views, aliases."""
    import yaml

    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return data["source"], views_of(data["rules"]), dict(data.get("aliases") or {})


def draft_and_compare(text: str, name: str, source: str, expected: list[View]):
    """Draft `text`, write and load the pack as a reviewer would get it, compare it.

    Returns (draft, loaded pack, comparison). Loading the written YAML, not the drafter's
    objects, is the point: a draft that does not load, or loses something on the way to
    YAML, fails here.
    """
    import tempfile
    from pathlib import Path

    from validate.draft import draft_policy
    from validate.draft.render import pack_yaml
    from validate.loader import load_pack_file

    draft = draft_policy(text, name, source)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.yaml"
        path.write_text(pack_yaml(draft), encoding="utf-8")
        pack = load_pack_file(path)
    return draft, pack, compare(expected, views(pack))
