"""Choosing each repair by context: a noisy-channel search over the whole text.

For every position the candidates are the character itself, its OpenCC conversion
(Japanese → traditional → simplified), the characters the learned table says are often
misread as it, and the characters that look most like it; a pair of narrow glyphs (カロ,
オロ), or a glyph and a lone 1 (蛯1: the stroke of 刂), may stand for one character; a run of
Latin or kana debris inside Chinese may stand for the character the context expects;
stray marks (■, ′, |) may be dropped. In a scan (`misread_rate`) any Chinese glyph may also
be the character the context expects, at a cost growing with their difference in shape:
the recogniser's substitutes are often too unlike the truth for the shape index to propose
(泣 for 应, 夕 for 户), and on clean text the same freedom would rewrite rare words. Each choice
costs what the channel makes of it (how unlikely that misreading is) and earns what the
character model says of the result in its context; a beam search keeps the best paths.
A correct, common simplified character is kept unless the context is much better with
another.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from extract.repair import confusions
from extract.repair.lm import (
    BOUNDARY,
    ORDER,
    CharModel,
    category,
    is_common_han,
    is_han,
    is_simplified_han,
    model,
)
from extract.repair.pieces import Edit
from extract.repair.shapes import ShapeIndex, similarity

BEAM = 16


@dataclass(frozen=True)
class Costs:
    """Channel costs in nats (negative log-probabilities), tuned on held-out noisy text."""

    keep_rare: float = 1.5  # a rare (GB 2312 level-2) character kept: often a misreading
    keep_foreign: float = 4.0  # a Japanese-only form, kana or Latin letter kept in Chinese
    keep_mark: float = 3.0  # a stray mark kept
    script: float = 0.3  # the OpenCC conversion of a Japanese or traditional form
    table: float = 2.0  # a learned misreading of a glyph that cannot stay, before its improbability
    table_valid: float = 3.5  # … of a correct character: the recogniser may have been right
    look_alike: float = 4.5  # a look-alike of a common character, before its shape cost
    look_alike_foreign: float = 2.5  # a look-alike of a glyph that cannot stay
    shape: float = 20.0  # per unit of (1 - similarity)
    merge: float = 4.0  # two glyphs read as one character, before its shape cost
    guess: float = 5.0  # debris read as the character the context expects, per span
    document: float = 2.5  # a misreading this document makes again and again (learned on it)
    suspect: float = 2.5  # a fix of a pair the document repeats but clean text never has …
    suspect_shape: float = 12.0  # … plus this per unit of (1 - similarity)
    suspect_similarity: float = 0.58
    suspect_rare: int = 30  # only a glyph this rare in clean text (weighted count) is suspect
    guess_glyph: float = 1.5  # … and per glyph of debris
    guess_alike: float = 12.0  # … less this per unit of similarity to the guess above guess_alike_from
    guess_alike_from: float = 0.3
    context: float = 3.0  # a character the context expects, in place of a glyph, before its shape cost
    context_shape: float = 16.0  # … per unit of (1 - similarity)
    context_similarity: float = 0.45  # … and only for a glyph at least this alike
    scan_rate: float = 0.01  # a text with this share of glyphs no clean text has is a scan (misread_rate)
    delete_mark: float = 3.0
    delete_letter: float = 6.0
    delete_digits: float = 4.0  # a run of digits inside a Chinese word dropped (its cost is added to a guess too)
    nearest: int = 16
    min_similarity: float = 0.78
    shortlist: int = 8  # look-alikes per position kept for the search, best by local context


COSTS = Costs()
GUESSES = 10
RIGHT_ALTERNATIVES = 3  # misreadings of the next glyph whose usual predecessors are guessed too


@dataclass(frozen=True)
class Step:
    width: int  # characters consumed
    out: str | None  # None: the context's likeliest characters (a guess)
    cost: float
    kind: str  # "keep", "script" or "visual"
    shaped: bool = False  # a guess whose cost grows as its shape departs from the glyph
    alike: bool = False  # a guess for debris, cheaper the more the debris looks like it (iIE for 证)


@cache
def _converter() -> Callable[[str], str]:
    import opencc

    jp2t, t2s = opencc.OpenCC("jp2t"), opencc.OpenCC("t2s")
    return lambda s: t2s.convert(jp2t.convert(s))


def script_form(ch: str) -> str:
    """The simplified form of a Japanese or traditional character (itself if none)."""
    out = _converter()(ch)
    return out if len(out) == 1 else ch


@cache
def index() -> ShapeIndex:
    m = model()
    return ShapeIndex(sorted(c for c in m.vocab if is_han(c) and is_simplified_han(c)))


def _chinese_near(text: str, i: int) -> bool:
    near = text[max(i - 2, 0) : i] + text[i + 1 : i + 3]
    return any(category(c) in ("han", "kana") or c in "，。、：；（）“”《》" for c in near)


def _debris(ch: str) -> bool:
    return category(ch) in ("kana", "latin", "other")


def _stroke(text: str, i: int) -> bool:
    """text[i] is a lone 1 after a Chinese glyph: the stroke of 刂 or 丨 read apart from its
    character (蛯1 for 划), not a number or an article's number (第1条, 1.)."""
    if i >= len(text) or text[i] != "1" or not i or not is_han(text[i - 1]):
        return False
    after = text[i + 1 : i + 2]
    return not (after.isdigit() or after in ".．、")


def _look_alikes(glyphs: str, costs: Costs, foreign: bool) -> dict[str, float]:
    """Characters `glyphs` may be a misreading of, with the channel's cost for each."""
    channel = confusions.table()
    keepable = len(glyphs) == 1 and is_simplified_han(glyphs)
    faithful = math.log(channel.read_right(glyphs)) if keepable else 0.0
    out: dict[str, float] = {}
    for clean, p in channel.misread.get(glyphs, ()):
        if all(is_simplified_han(c) for c in clean):
            out[clean] = costs.table_valid - math.log(p) + faithful if keepable else costs.table - 0.5 * math.log(p)
    base = costs.look_alike_foreign if foreign else costs.look_alike
    floor = costs.min_similarity if len(glyphs) == 1 and not _debris(glyphs) else 0.55
    for clean, sim in index().nearest(glyphs, costs.nearest if keepable else 2 * costs.nearest):
        if sim < floor:
            break
        out[clean] = min(out.get(clean, math.inf), base + costs.shape * (1.0 - sim))
    return out


def _shortlist(
    text: str, i: int, width: int, options: dict[str, float], costs: Costs, logprob: Callable[[str, str], float]
) -> list[Step]:
    """The look-alikes worth searching: best by channel cost and the model's view of them
    between the neighbours as scanned (the search then judges them in full context)."""
    left = text[max(i - ORDER + 1, 0) : i].split(BOUNDARY)[-1]
    right = text[i + width : i + width + 1]
    right = right if right and category(right) == "han" else ""

    def local(item: tuple[str, float]) -> float:
        out, cost = item
        score = logprob(left or BOUNDARY, out) - cost
        return score + (logprob((left + out)[-(ORDER - 1) :], right) if right else 0.0)

    best = sorted(options.items(), key=local, reverse=True)[: costs.shortlist]
    return [Step(width, out, cost, "visual") for out, cost in best]


def steps_at(
    text: str,
    i: int,
    costs: Costs = COSTS,
    logprob: Callable[[str, str], float] | None = None,
    learned: dict[str, dict[str, int]] | None = None,
    hints: dict[tuple[int, str], dict[str, float]] | None = None,
    scan: bool = False,
) -> list[Step]:
    """Every way of reading text[i:] next, with its channel cost.

    In a `scan` (a text the wrong recogniser read, see `misread_rate`) any Chinese glyph
    may also be the character the context expects, at a cost that grows as their shapes
    differ: the recogniser's substitutes (泣 for 应, 夕 for 户) are often too unlike
    the truth for the shape index to propose, yet alike enough to be told apart from chance.
    """
    logprob = logprob or model().logprob
    ch = text[i]
    kind = category(ch)
    if kind == "digit" and scan and _stray_digits(text, i):
        return _digit_steps(text, i, costs)
    if kind in ("punct", "digit", "space") or ch == BOUNDARY:
        return [Step(1, ch, 0.0, "keep")]
    if kind in ("latin", "other") and not _chinese_near(text, i):
        return [Step(1, ch, 0.0, "keep")]
    steps: list[Step] = []
    if kind == "han" and is_simplified_han(ch):
        steps.append(Step(1, ch, 0.0 if is_common_han(ch) else costs.keep_rare, "keep"))
    elif kind == "han":
        steps.append(Step(1, ch, costs.keep_foreign, "keep"))
        form = script_form(ch)
        if form != ch and is_simplified_han(form):
            steps.append(Step(1, form, costs.script, "script"))
    elif kind == "other":
        steps.append(Step(1, ch, costs.keep_mark, "keep"))
        steps.append(Step(1, "", costs.delete_mark, "visual"))
    else:  # kana, Latin beside Chinese
        steps.append(Step(1, ch, costs.keep_foreign, "keep"))
        steps.append(Step(1, "", costs.delete_letter, "visual"))
    foreign = not (kind == "han" and is_simplified_han(ch))
    options = _look_alikes(ch, costs, foreign)
    for clean, times in (learned or {}).get(ch, {}).items():
        if times >= 2:  # this document's own habit, seen at two places or more
            options[clean] = min(options.get(clean, math.inf), costs.document)
    if hints:  # this character as the first of a suspect pair, or as the second
        for key in ((0, text[i : i + 2]), (1, text[i - 1 : i + 1] if i else "")):
            for clean, cost in hints.get(key, {}).items():
                options[clean] = min(options.get(clean, math.inf), cost)
    steps += _shortlist(text, i, 1, options, costs, logprob)
    if scan and kind == "han":
        steps.append(Step(1, None, costs.context, "visual", shaped=True))
    # two glyphs for one character, where one of them is debris (カロ for 加, 中Jむ's Jむ)
    pair = text[i : i + 2]
    if len(pair) == 2 and (any(_debris(c) for c in pair) or _stroke(text, i + 1)) and all(category(c) in ("han", "kana", "latin", "other", "digit") for c in pair):
        merged = {c: cost + costs.merge - costs.look_alike_foreign for c, cost in _look_alikes(pair, costs, True).items()}
        steps += _shortlist(text, i, 2, merged, costs, logprob)
        if scan and is_han(pair[0]):  # 蛯1 for 划: the context's character, judged by the pair's shape
            steps.append(Step(2, None, costs.context + costs.merge, "visual", shaped=True))
    # a run of debris standing for one character the context expects (/Ak for 公, lll for 协)
    for width in (1, 2, 3):
        run = text[i : i + width]
        if len(run) == width and all(_debris(c) or c.isdigit() for c in run) and not run.isdigit():
            steps.append(Step(width, None, costs.guess + costs.guess_glyph * width, "visual", alike=True))
    return steps



def _stray_digits(text: str, i: int) -> bool:
    """text[i] starts a run of digits inside a Chinese word (负责19t劫机制 for 负责联动机制):
    a Chinese glyph before it, and after it debris or Chinese, where a number would be
    followed by its unit (2个, 15日) — the model judges that."""
    if not i or text[i - 1].isdigit() or not is_han(text[i - 1]):
        return False
    j = i
    while j < len(text) and text[j].isdigit():
        j += 1
    return j - i <= 2 and j < len(text) and (category(text[j]) in ("han", "kana", "latin") and text[j] not in "年月日号条名个人项")


def _digit_steps(text: str, i: int, costs: Costs) -> list[Step]:
    """Keep the digits, drop them, or read them with what follows as the character expected."""
    j = i
    while text[j].isdigit():
        j += 1
    steps = [Step(1, text[i], 0.0, "keep"), Step(j - i, "", costs.delete_digits, "visual")]
    for width in (1, 2, 3):
        run = text[i : i + width]
        if len(run) == width and all(_debris(c) or c.isdigit() for c in run):
            steps.append(Step(width, None, costs.guess + costs.delete_digits + costs.guess_glyph * width, "visual"))
    return steps


DOCUMENT_WEIGHT = 0.05


def _with_document(lm: CharModel, text: str) -> Callable[[str, str], float]:
    """The model mixed with the document's own use of common characters (a cache model).

    Why: a place or person name (焦作, 江北) is rare or absent in any corpus; the document
    itself says it is a word here, by using it again and again. Only common simplified
    characters used at least twice are helped, so a rare glyph a recogniser returns for
    many others (洵 for 询) is not protected.
    """
    counts: dict[str, int] = {}
    for ch in text:
        if is_common_han(ch):
            counts[ch] = counts.get(ch, 0) + 1
    size = max(len(text), 1)
    cache_p = {ch: DOCUMENT_WEIGHT * k / size for ch, k in counts.items() if k > 1}

    def logprob(ctx: str, ch: str) -> float:
        extra = cache_p.get(ch)
        return lm.logprob(ctx, ch) if extra is None else math.log(lm.prob(ctx, ch) + extra)

    return logprob


def _guesses(lm: CharModel, ctx: str, text: str, j: int) -> tuple[str, ...]:
    """What unreadable glyphs before text[j] may stand for: the characters the left context
    expects, and those that usually stand before the next character (lll助 is 协助) or
    before what the next glyph may be misread for (咲功 is 联动: 功 may be 动)."""
    right = text[j] if j < len(text) and is_han(text[j]) else ""
    if not right:
        return lm.likeliest(ctx, GUESSES)
    return tuple(dict.fromkeys(lm.likeliest(ctx, GUESSES) + _before(lm, right)))


@cache
def _before(lm: CharModel, right: str) -> tuple[str, ...]:
    """The characters usually before `right`, and before its likeliest misreadings."""
    out = list(lm.preceding(right, GUESSES))
    channel = confusions.table()
    alternatives = [c for c, _ in channel.misread.get(right, ())[:RIGHT_ALTERNATIVES] if len(c) == 1]
    alternatives += [c for c, sim in index().nearest(right, RIGHT_ALTERNATIVES) if sim >= COSTS.min_similarity]
    for alt in alternatives:
        out += lm.preceding(alt, GUESSES // 2)
    return tuple(dict.fromkeys(out))


def suspects(text: str, lm: CharModel, costs: Costs = COSTS) -> dict[tuple[int, str], dict[str, float]]:
    """Fixes for pairs of characters this document repeats but clean text never has.

    Why: a recogniser misreads the same glyph the same way at every place (仇行 for 执行,
    泣当 for 应当, 系坑 for 系统). A pair used at two places or more that the corpus has
    never seen is such a habit; its likely truth is a frequent pair of the corpus that
    keeps one of its characters and changes the other, a glyph rare in clean text, into
    one that looks somewhat alike. Returns (0 or 1: which character of the pair, the pair) -> {fix: cost}.
    """
    pairs: dict[str, int] = {}
    for a, b in itertools.pairwise(text):
        if is_han(a) and is_han(b):
            pairs[a + b] = pairs.get(a + b, 0) + 1
    hints: dict[tuple[int, str], dict[str, float]] = {}
    for pair, times in pairs.items():
        a, b = pair
        if times < 2 or lm.counts.get(a, {}).get(b, 0):
            continue
        for side, glyph, proposals in ((0, a, lm.preceding(b, 12)), (1, b, lm.likeliest(a, 12))):
            if lm.frequency(glyph) >= costs.suspect_rare:
                continue
            for clean in proposals:
                sim = similarity(glyph, clean) if clean != glyph else 0.0
                if sim >= costs.suspect_similarity:
                    fix = hints.setdefault((side, pair), {})
                    fix[clean] = costs.suspect + costs.suspect_shape * (1.0 - sim)
    return hints


def misread_rate(text: str) -> float:
    """The share of a text's Chinese glyphs that clean simplified text never has: Japanese or
    traditional forms, kana, stray marks. About 0 for a clean text (seed 000: 0.1 %), over
    10 % for a Japanese-trained recogniser's reading (seed 001: 18 %). 〇, the zero of dates
    written in Chinese numerals (二〇二四年), is simplified text's own, though outside the
    unified ideographs GB 2312 is checked against."""
    foreign = simplified = 0
    for ch in text:
        kind = category(ch)
        if ch == "〇" or (kind == "han" and is_simplified_han(ch)):
            simplified += 1
        elif kind in ("han", "kana", "other"):
            foreign += 1
    return foreign / max(foreign + simplified, 1)


def decode(
    text: str,
    lm: CharModel | None = None,
    costs: Costs = COSTS,
    learned: dict[str, dict[str, int]] | None = None,
    scan: bool | None = None,
) -> list[Edit]:
    """The best reading of `text` as edits (kind script or visual) against it.

    `learned` holds this document's misreadings found by an earlier pass (noisy glyph ->
    clean -> how often): a confusion made at several places is cheap at the others.
    `scan`: whether the text is a wrong recogniser's reading (default: judged from `text`
    by `misread_rate`); a caller running several passes judges the text as it came.
    """
    scan = misread_rate(text) >= costs.scan_rate if scan is None else scan
    lm = lm or model()
    n = len(text)
    logprob = _with_document(lm, text)
    hints = suspects(text, lm, costs)
    # best[i]: context -> (score, previous position, previous context, output, kind)
    best: list[dict[str, tuple[float, int, str, str, str]]] = [{} for _ in range(n + 1)]
    best[0][BOUNDARY] = (0.0, -1, "", "", "keep")
    for i in range(n):
        if not best[i]:
            continue
        beam = sorted(best[i].items(), key=lambda kv: -kv[1][0])[:BEAM]
        steps = steps_at(text, i, costs, logprob, learned, hints, scan)
        for ctx, (score, _, _, _, _) in beam:
            for step in steps:
                j = i + step.width
                if j > n:
                    continue
                outs = _guesses(lm, ctx, text, j) if step.out is None else (step.out,)
                for out in outs:
                    cost = step.cost
                    if step.shaped:
                        sim = similarity(text[i:j], out) if out != text[i:j] else 0.0
                        if sim < costs.context_similarity:
                            continue
                        cost += costs.context_shape * (1.0 - sim)
                    elif step.alike and out:
                        cost -= costs.guess_alike * max(similarity(text[i:j], out) - costs.guess_alike_from, 0.0)
                    s, c = score - cost, ctx
                    for ch in out:
                        if ch == BOUNDARY:
                            c = BOUNDARY
                            continue
                        s += logprob(c, ch)
                        c = (c + ch)[-(ORDER - 1) :]
                    old = best[j].get(c)
                    if old is None or s > old[0]:
                        best[j][c] = (s, i, ctx, out, step.kind)
    ctx = max(best[n], key=lambda k: best[n][k][0])
    edits: list[Edit] = []
    i = n
    while i > 0:
        _, prev, prev_ctx, out, kind = best[i][ctx]
        if kind != "keep" and out != text[prev:i]:
            edits.append(Edit(prev, i, out, "script" if kind == "script" else "visual"))
        i, ctx = prev, prev_ctx
    return edits[::-1]
