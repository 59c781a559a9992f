"""A character n-gram model of clean official Chinese, built from the shipped corpus.

Why characters and not words: OCR damage is per glyph, and a character model needs no
segmenter that the damage would confuse. Why Witten-Bell smoothing: it is simple, has no
parameter to tune, and backs off sensibly for the short, repetitive corpus we have. The
model is built in about a second on first use from files in the package, so the same
text always gives the same model and nothing is downloaded.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import cache, lru_cache

from extract.repair.corpus import documents

ORDER = 4
# A boundary: line breaks and the start of the text.
BOUNDARY = "\n"
# All digits look alike to the model: 2名以上 and 3名以上 are the same evidence.
_DIGITS = str.maketrans("0123456789", "0000000000")


def fold(text: str) -> str:
    """The form the model reads: digits folded to 0."""
    return text.translate(_DIGITS)


def is_simplified_han(ch: str) -> bool:
    """A Han character of GB 2312, the repertoire simplified official text is set in."""
    if not ("\u4e00" <= ch <= "\u9fff"):
        return False
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def is_common_han(ch: str) -> bool:
    """A level-1 GB 2312 character (the 3,755 in everyday use); level 2 holds the rare ones
    a recogniser tends to return for a glyph it half knows (洵 for 询)."""
    if not is_simplified_han(ch):
        return False
    return ch.encode("gb2312")[0] < 0xD8


def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


class CharModel:
    """P(next character | up to ORDER-1 previous characters)."""

    def __init__(self, texts: list[tuple[str, int]]) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        for text, weight in texts:
            for line in fold(text).split("\n"):
                padded = BOUNDARY + line + BOUNDARY
                for i in range(1, len(padded)):
                    for n in range(ORDER):
                        if i - n < 0:
                            break
                        self.counts[padded[i - n : i]][padded[i]] += weight
        self.totals = {h: sum(c.values()) for h, c in self.counts.items()}
        self.types = {h: len(c) for h, c in self.counts.items()}
        self.unigram = self.counts[""]
        self.total = self.totals[""]
        self.vocab = frozenset(self.unigram)
        # unseen characters share a small mass; a GB 2312 character far more than debris
        self._unseen_han = 0.3 / (self.total + self.types[""])
        self._unseen_other = 0.01 / (self.total + self.types[""])

    def unseen_prob(self, ch: str) -> float:
        """The unigram probability the model gives a character it never saw."""
        return self._unseen_han if is_simplified_han(ch) else self._unseen_other

    def likeliest(self, context: str, k: int) -> tuple[str, ...]:
        """The k Chinese characters most likely next after `context` (debris is read as one)."""
        return self._likeliest(fold(context)[-(ORDER - 1) :], k)

    @lru_cache(maxsize=100_000)  # noqa: B019 - one model per process, kept for its life
    def _likeliest(self, context: str, k: int) -> tuple[str, ...]:
        for n in range(len(context), -1, -1):
            seen = self.counts.get(context[len(context) - n :])
            if seen and self.totals[context[len(context) - n :]] >= 3:
                top = [c for c, _ in seen.most_common(4 * k) if is_simplified_han(c)][:k]
                if top:
                    return tuple(top)
        return ()

    @lru_cache(maxsize=10_000)  # noqa: B019 - one model per process, kept for its life
    def preceding(self, ch: str, k: int) -> tuple[str, ...]:
        """The k Chinese characters most often just before `ch` (a guess seen from the right)."""
        before = self._before().get(fold(ch))
        return tuple(c for c, _ in before.most_common(k)) if before else ()

    @cache  # noqa: B019 - one model per process, kept for its life
    def _before(self) -> dict[str, Counter[str]]:
        """Bigram counts indexed by their second character."""
        index: dict[str, Counter[str]] = defaultdict(Counter)
        for h, seen in self.counts.items():
            if len(h) == 1 and is_simplified_han(h):
                for c, n in seen.items():
                    index[c][h] = n
        return dict(index)

    def frequency(self, ch: str) -> int:
        return self.unigram.get(fold(ch), 0)

    @lru_cache(maxsize=1_000_000)  # noqa: B019 - one model per process, kept for its life
    def prob(self, context: str, ch: str) -> float:
        context = fold(context)[-(ORDER - 1) :]
        ch = fold(ch)
        if ch in self.unigram:
            p = self.unigram[ch] / (self.total + self.types[""])
        else:
            p = self._unseen_han if is_simplified_han(ch) else self._unseen_other
        for n in range(1, len(context) + 1):
            h = context[-n:]
            seen = self.counts.get(h)
            if seen is None:
                break
            t, c = self.types[h], self.totals[h]
            p = (seen.get(ch, 0) + t * p) / (c + t)
        return p

    def logprob(self, context: str, ch: str) -> float:
        return math.log(self.prob(context, ch))

    def score(self, text: str) -> float:
        """Log-probability of a whole text, line by line (for tests and benchmarks)."""
        total = 0.0
        for line in text.split("\n"):
            ctx = BOUNDARY
            for ch in line:
                total += self.logprob(ctx, ch)
                ctx = (ctx + ch)[-(ORDER - 1) :]
        return total


@cache
def model() -> CharModel:
    """The process's model, built once from the shipped corpus."""
    return CharModel(list(documents()))


# marks that are text, not debris: Chinese punctuation and the ASCII marks OCR gives for it
PUNCT = frozenset("“”‘’《》〈〉（）【】〔〕「」『』、，。：；！？…—·%％,.:;!?()\"'-")


def category(ch: str) -> str:
    """A coarse class for the decoder: han, kana, latin, digit, punct, space, other."""
    if is_han(ch) or ch == "〇":
        return "han"
    if "\u3040" <= ch <= "\u30ff" and ch not in "・ー":
        return "kana"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if ch.isdigit():
        return "digit"
    if ch.isspace():
        return "space"
    if ch in PUNCT:
        return "punct"
    return "other"


