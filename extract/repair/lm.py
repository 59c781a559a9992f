"""A character n-gram model of clean official Chinese, built from the shipped corpus.

Why characters and not words: OCR damage is per glyph, and a character model needs no
segmenter that the damage would confuse. Why interpolated Kneser-Ney on 5-grams: on the
clean texts beside our noisy ones (芜湖, the held-out policy) it gives 0.15-0.2 nats per
character more than the Witten-Bell 4-grams it replaced, and its lower orders ask how many
contexts a character follows, not how often it occurs, which is what a guess in an
unseen context needs. The model is built in a few seconds on first use from files in the
package, so the same text always gives the same model and nothing is downloaded.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import cache, lru_cache

from extract.repair.corpus import documents, domain_documents

ORDER = 5
# The share of each probability given by a model of the genre alone (the other policies,
# the rule packs, the court papers' and our letters' wording; see MixedModel). Why so
# much: the statutes are 50 times the genre's text, and their phrasing (有关, 有功) outvotes
# the genre's own words (联动, 扣划, 账户) that a misread policy must be taken back to;
# 0.6 was best on seed 001 and the held-out Tesseract page alike (0.4 and 0.8 worse).
DOMAIN_MIX = 0.6
DISCOUNT = 0.75  # Kneser-Ney's absolute discount (Ney, Essen & Kneser 1994's usual value)
# A boundary: line breaks and the start of the text.
BOUNDARY = "\n"
# All digits look alike to the model: 2名以上 and 3名以上 are the same evidence.
_DIGITS = str.maketrans("0123456789", "0000000000")


def fold(text: str) -> str:
    """The form the model reads: digits folded to 0."""
    return text.translate(_DIGITS)


@cache
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
    """P(next character | up to ORDER-1 previous characters); the raw counts also serve the
    search's guesses (likeliest, preceding) and its rarity tests (frequency)."""

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
        # Kneser-Ney's lower orders: in how many distinct contexts a sequence continues one
        # shorter history (seen after many characters, 的 is a likely guess anywhere; 积 only
        # ever follows 公 and is no guess of its own)
        self.continued: dict[str, Counter[str]] = defaultdict(Counter)
        for h, seen in self.counts.items():
            if h:
                for c in seen:
                    self.continued[h[1:]][c] += 1
        self.continued_totals = {h: sum(c.values()) for h, c in self.continued.items()}
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
        return self._kn(fold(context)[-(ORDER - 1) :], fold(ch))

    def _kn(self, context: str, ch: str) -> float:
        """Interpolated Kneser-Ney: each order's counts less a discount, the discounted mass
        spread by the next shorter history, whose counts are continuation counts (in how
        many contexts a sequence was seen) except where no longer history can exist.
        `context` and `ch` are folded, the context at most ORDER-1 long."""
        p = self._unseen_han if is_simplified_han(ch) else self._unseen_other
        size = len(context)
        longest = size
        counts = self.counts
        while longest and context[size - longest :] not in counts:
            longest -= 1
        for n in range(0, longest + 1):
            h = context[size - n :]
            if n == ORDER - 1 or h.startswith(BOUNDARY) or (n == longest and n == size):
                seen, total = counts[h], self.totals[h]
            else:
                seen, total = self.continued[h], self.continued_totals.get(h, 0)
            if total:
                p = (max(seen.get(ch, 0) - DISCOUNT, 0.0) + DISCOUNT * len(seen) * p) / total
        return p

    def logprob(self, context: str, ch: str) -> float:
        return math.log(self.prob(context, ch))


class MixedModel(CharModel):
    """The general model mixed linearly with one of the genre alone (the other policies and
    our letters): DOMAIN_MIX of each probability is the genre's."""

    def __init__(self, texts: list[tuple[str, int]], domain: list[tuple[str, int]], mix: float) -> None:
        super().__init__(texts)
        self.domain = CharModel(domain)
        self.mix = mix

    @lru_cache(maxsize=1_000_000)  # noqa: B019 - one model per process, kept for its life
    def prob(self, context: str, ch: str) -> float:
        context, ch = fold(context)[-(ORDER - 1) :], fold(ch)
        return (1.0 - self.mix) * self._kn(context, ch) + self.mix * self.domain._kn(context, ch)

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
    docs = list(documents())
    if DOMAIN_MIX <= 0:
        return CharModel(docs)
    return MixedModel(docs, list(domain_documents()), DOMAIN_MIX)


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


