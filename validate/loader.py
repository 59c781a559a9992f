"""Read rule packs strictly: a typo in a pack is a load error naming the file and line.

Packs are law as data, edited by people who read Chinese regulations rather than Python;
a misspelt key silently ignored would drop a legal condition. So every key is checked
against what its kind accepts, every citation must name the pack's own seed file (or a
national document of `national.NATIONAL_SOURCES`, for limits the seed leaves to the law), and every
document type must be one the contract knows. Line numbers come from YAML's node marks.
"""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from validate.errors import PackError, UnknownPack
from validate.kinds import KINDS
from validate.model import ACTIONS, SUBJECTS, Pack, Rule
from validate.national import NATIONAL_SOURCES
from validate.report import Policy

PACK_DIR = Path(__file__).with_name("packs")
CITATION = re.compile(r"^([^\s/\\]+\.[A-Za-z0-9]+) (第.+|[一二三四五六七八九十]+、.*|[（(][一二三四五六七八九十]+[）)].*|\d+.*|序言.*)$")
SOURCE = re.compile(r"[^\s/\\]+\.[A-Za-z0-9]+")
"""A seed's file name (000_d9f354da727e6e1c.txt) or, for a drafted pack, the policy's own."""
NATIONAL_CITATION = re.compile(r"^(\S+〔\d{4}〕\d+号) (第.+条.*)$")
RULE_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")

PACK_KEYS = {"pack", "title", "source", "policy", "includes", "measures", "rules", "draft"}
POLICY_KEYS = {"number", "title", "short", "articles"}
RULE_KEYS = {"id", "title", "kind", "severity", "citation", "words", "note", "applies_to", "subject",
             "check", "messages", "on_fail", "on_unknown", "shared", "inferred"}
REQUIRED_RULE_KEYS = {"id", "title", "kind", "severity", "citation", "words", "messages"}
EFFECTS = ("decline", "correct", "needs_facts", "none")


def known_packs() -> list[str]:
    """Names of the packs shipped in validate/packs, sorted."""
    return sorted(p.stem for p in PACK_DIR.glob("*.yaml"))


@cache
def load_pack(name: str) -> Pack:
    """The pack called `name` (cached; packs do not change while the process runs)."""
    if name and name.endswith((".yaml", ".yml")) and Path(name).is_file():
        return load_pack_file(name)  # a pack file of one's own, e.g. a reviewed draft
    path = PACK_DIR / f"{name}.yaml"
    if not re.fullmatch(r"[a-z0-9-]+", name or "") or not path.is_file():
        raise UnknownPack(name, known_packs())
    return load_pack_file(path)


def load_pack_file(path: str | Path) -> Pack:
    """Parse and check one pack file; raise PackError at the first problem found."""
    path = Path(path)
    file = str(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise PackError(file, line, f"not valid YAML: {exc.problem}") from exc
    except OSError as exc:
        raise PackError(file, None, f"cannot read: {exc.strerror}") from exc
    if not isinstance(root, yaml.MappingNode):
        raise PackError(file, 1, "a pack is a mapping with pack, title, source and rules")
    top = _mapping(root, file, PACK_KEYS, {"pack", "title", "source", "policy", "rules"}, "pack")
    name = _str(top["pack"][1], file)
    if name != path.stem:
        raise PackError(file, _line(top["pack"][1]), f"pack name {name!r} must match the file name {path.stem!r}")
    source = _str(top["source"][1], file)
    if not SOURCE.fullmatch(source):
        raise PackError(file, _line(top["source"][1]), f"source {source!r} is not a file name")
    draft = False
    if "draft" in top:
        draft = _plain(top["draft"][1], file)
        if not isinstance(draft, bool):
            raise PackError(file, _line(top["draft"][1]), "draft must be true or false")
    policy = _policy(top["policy"][1], file, source)
    measures: dict[str, str] = {}
    if "measures" in top:
        measures = {k: str(v) for k, v in _plain(top["measures"][1], file, dict).items()}
    includes = tuple(_plain(top["includes"][1], file, list)) if "includes" in top else ()
    for other in includes:
        if other == name or not (PACK_DIR / f"{other}.yaml").is_file():
            raise PackError(file, _line(top["includes"][1]),
                            f"includes unknown pack {other!r}; known: {', '.join(known_packs())}")
    rules_node = top["rules"][1]
    if not isinstance(rules_node, yaml.SequenceNode) or not rules_node.value:
        raise PackError(file, _line(rules_node), "rules must be a non-empty list")
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for node in rules_node.value:
        rule = _rule(node, file, name, source, measures)
        if rule.id in seen:
            raise PackError(file, rule.line, f"rule id {rule.id!r} already used at line {seen[rule.id]}")
        seen[rule.id] = rule.line
        rules.append(rule)
    return Pack(name, _str(top["title"][1], file), source, file, tuple(rules), includes, measures, policy=policy,
                draft=draft)


def _policy(node: yaml.Node, file: str, source: str) -> Policy:
    """The header's `policy`: the number, title and short name a letter names the seed by."""
    raw = _plain(node, file, dict)
    extra = set(raw) - POLICY_KEYS
    if extra or not isinstance(raw.get("title"), str) or not raw["title"].strip():
        raise PackError(file, _line(node), f"policy needs a title and may give {', '.join(sorted(POLICY_KEYS))}"
                                           + (f"; unknown key(s) {sorted(extra)}" if extra else ""))
    articles = raw.get("articles") or {}
    if not isinstance(articles, dict) or not all(str(v).startswith("第") for v in articles.values()):
        raise PackError(file, _line(node), "policy articles map a letter's subject to an article (第…条…)")
    return Policy(number=str(raw.get("number") or ""), title=raw["title"].strip(), short=str(raw.get("short") or ""),
                  source=source, articles={str(k): str(v) for k, v in articles.items()})


def _rule(node: yaml.Node, file: str, pack: str, source: str, measures: dict[str, str]) -> Rule:
    if not isinstance(node, yaml.MappingNode):
        raise PackError(file, _line(node), "each rule is a mapping")
    keys = _mapping(node, file, RULE_KEYS, REQUIRED_RULE_KEYS, "rule")
    raw = {k: _plain(v, file) for k, (_, v) in keys.items()}

    def fail(key: str, problem: str) -> PackError:
        return PackError(file, _line(keys[key][1]) if key in keys else _line(node), f"rule {raw.get('id')}: {problem}")

    rule_id = raw["id"]
    if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
        raise fail("id", f"id {rule_id!r} must be dotted lower-case words, e.g. freeze.materials")
    for key in ("title", "words", "citation"):
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise fail(key, f"{key} must be non-empty text")
    cited = CITATION.match(raw["citation"])
    national = NATIONAL_CITATION.match(raw["citation"])
    if national and national.group(1) not in NATIONAL_SOURCES:
        raise fail("citation", f"national document {national.group(1)!r} unknown; known: {', '.join(NATIONAL_SOURCES)}")
    if national:
        cited = None
    if not cited and not national:
        raise fail("citation", f"citation {raw['citation']!r} must read 'SOURCE_FILE 第…条…'")
    if cited and cited.group(1) != source:
        raise fail("citation", f"citation names {cited.group(1)} but this pack's source is {source}")
    kind = KINDS.get(raw["kind"])
    if kind is None:
        raise fail("kind", f"unknown kind {raw['kind']!r}; known: {', '.join(KINDS)}")
    if raw["severity"] not in ("block", "warn", "info"):
        raise fail("severity", f"severity {raw['severity']!r} must be block, warn or info")
    subject = raw.get("subject", "court_request")
    if subject not in SUBJECTS:
        raise fail("subject", f"unknown subject {subject!r}; known: {', '.join(SUBJECTS)}")
    applies = raw.get("applies_to", [])
    if not isinstance(applies, list):
        raise fail("applies_to", "applies_to must be a list of actions or measures")
    allowed_acts = (*ACTIONS, *measures)
    bad = [a for a in applies if a not in allowed_acts]
    if bad:
        raise fail("applies_to", f"unknown action(s) {bad}; known: {', '.join(allowed_acts)}")
    if applies and subject != "court_request":
        raise fail("applies_to", "only court requests have actions")
    for key in ("on_fail", "on_unknown"):
        if key in raw and raw[key] not in EFFECTS:
            raise fail(key, f"{key} must be one of {', '.join(EFFECTS)}")
    check = raw.get("check", {})
    if not isinstance(check, dict):
        raise fail("check", "check must be a mapping")
    check_node = keys["check"][1] if "check" in keys else None
    unknown_keys = set(check) - set(kind.check_keys)
    if unknown_keys:
        line = _key_line(check_node, sorted(unknown_keys)[0]) if check_node else _line(node)
        raise PackError(file, line, f"rule {rule_id}: unknown check key {sorted(unknown_keys)[0]!r} for kind "
                                    f"{raw['kind']} (allowed: {', '.join(kind.check_keys) or 'none'})")
    if kind.required_keys - set(check):
        raise fail("check", f"kind {raw['kind']} needs check key(s) {sorted(kind.required_keys - set(check))}")
    probe = Rule(rule_id, raw["title"], raw["kind"], raw["severity"], raw["citation"], raw["words"], {},
                 check, tuple(applies), subject)
    for key, value in check.items():
        problem = kind.check_keys[key](value, probe)
        if problem:
            line = _key_line(check_node, key) if check_node else _line(node)
            raise PackError(file, line, f"rule {rule_id}: check.{key}: {problem}")
    messages = raw["messages"]
    if not isinstance(messages, dict):
        raise fail("messages", "messages must map pass / fail / unknown to Chinese text")
    extra = set(messages) - {"pass", "fail", "unknown", "curable"}
    if extra:
        raise PackError(file, _key_line(keys["messages"][1], sorted(extra)[0]),
                        f"rule {rule_id}: unknown message outcome {sorted(extra)[0]!r} (pass, fail, unknown, curable)")
    lacking = kind.outcomes - set(messages)
    if raw["kind"] == "materials" and check.get("sealed") and "unknown" not in messages:
        lacking = lacking | {"unknown"}  # a seal that could not be seen is said, not passed
    if lacking:
        raise fail("messages", f"kind {raw['kind']} needs message(s) for {sorted(lacking)}")
    for outcome, text in messages.items():
        names = {f for _, f, _, _ in string.Formatter().parse(str(text)) if f}
        stray = names - kind.placeholders
        if stray:
            raise PackError(file, _key_line(keys["messages"][1], outcome),
                            f"rule {rule_id}: message {outcome} quotes unknown {{{sorted(stray)[0]}}} "
                            f"(allowed: {', '.join(sorted(kind.placeholders)) or 'none'})")
    on_fail, on_unknown = raw.get("on_fail", kind.on_fail), raw.get("on_unknown", kind.on_unknown)
    if measures and "decline" in (on_fail, on_unknown):
        # An assisting agency (a pack naming `measures`) is bound by 法发〔2010〕15号 第二十条: it may
        # suggest a review to the court but shall not refuse, so none of its rules may decline.
        raise fail("on_fail" if on_fail == "decline" else "on_unknown",
                   "an agency pack (one with measures) may not decline (法发〔2010〕15号 第二十条): "
                   "write on_fail: none for a review suggestion, or correct for what the court can cure")
    return Rule(
        id=rule_id, title=raw["title"].strip(), kind=raw["kind"], severity=raw["severity"],
        citation=raw["citation"], article=(cited or national).group(2).strip(), words=" ".join(raw["words"].split()), messages=dict(messages),
        check=check, applies_to=tuple(applies), subject=subject, note=str(raw.get("note", "")).strip(),
        on_fail=on_fail, on_unknown=on_unknown,
        shared=bool(raw.get("shared", False)), inferred=bool(raw.get("inferred", False)), pack=pack,
        line=_line(node),
    )


def _mapping(node: yaml.MappingNode, file: str, allowed: set[str], required: set[str], what: str
             ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        name = key.value
        if name not in allowed:
            raise PackError(file, _line(key), f"unknown {what} key {name!r} (allowed: {', '.join(sorted(allowed))})")
        if name in out:
            raise PackError(file, _line(key), f"{what} key {name!r} given twice")
        out[name] = (key, value)
    lacking = sorted(required - set(out))
    if lacking:
        raise PackError(file, _line(node), f"{what} lacks {', '.join(lacking)}")
    return out


def _plain(node: yaml.Node, file: str, expect: type | None = None) -> Any:
    value = yaml.SafeLoader(yaml.serialize(node)).get_single_data() if node is not None else None
    if expect is not None and not isinstance(value, expect):
        raise PackError(file, _line(node), f"expected a {expect.__name__}")
    return value


def _str(node: yaml.Node, file: str) -> str:
    value = _plain(node, file)
    if not isinstance(value, str) or not value.strip():
        raise PackError(file, _line(node), "expected non-empty text")
    return value.strip()


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _key_line(node: yaml.Node | None, key: str) -> int:
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if k.value == key:
                return _line(k)
        return _line(node)
    return _line(node) if node is not None else 0
