"""Each way of disguising a word, applied to every banned word the
functional suite's rejected comments are caught by: the disguised comment
must be caught as its plain form is.

The functional suite's own obfuscated cases are written by hand, a few per
way; here every way is applied to every such word, so a way that fails for
one shape of word ("s**t" read as "slit", "b******s" cut to "b***s") shows
up as a rate below the floor rather than as one case among hundreds.
"""

import json
import re
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "functional" / "cases.jsonl"
#: Caught in disguise at least this often, per way: the issue's target for
#: obfuscated variants against their plain form.
FLOOR = 0.95

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"}
_HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "c": "с", "i": "і", "p": "р", "x": "х", "y": "у"}
_VOWELS = "aeiou"


def _masked_inside(word):
    return word[0] + "*" * (len(word) - 2) + word[-1]


def _first_vowel_masked(word):
    k = next((k for k in range(1, len(word)) if word[k] in _VOWELS), None)
    return word if k is None else word[:k] + "*" + word[k + 1:]


#: name -> how a lower-case word is disguised.
WAYS = {
    "leetspeak": lambda w: "".join(_LEET.get(c, c) if k % 2 == 0 else c for k, c in enumerate(w)),
    "spaced letters": " ".join,
    "dotted letters": ".".join,
    "slashed letters": "/".join,
    "dashed capitals": lambda w: "-".join(w).upper(),
    "every inner letter masked": _masked_inside,
    "one vowel masked": _first_vowel_masked,
    "one vowel as a symbol": lambda w: _first_vowel_masked(w).replace("*", "#"),
    "vowels dropped": lambda w: w[0] + "".join(c for c in w[1:] if c not in _VOWELS),
    "homoglyphs": lambda w: "".join(_HOMOGLYPHS.get(c, c) for c in w),
    "zero-width joins": "\u200b".join,
    "stretched vowel": lambda w: next((w[:k] + w[k] * 5 + w[k + 1:] for k in range(len(w)) if w[k] in _VOWELS), w),
}


@pytest.fixture(scope="module")
def plain_catches(moderator):
    """(comment, banned word as written) of each functional reject the
    blocklist catches by a single word of four letters or more."""
    rows = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["expected"] == "reject" and r["text"].isascii()]
    found = []
    for row, decision in zip(rows, moderator.moderate_batch([r["text"] for r in rows])):
        terms = [r.evidence for r in decision.reasons if r.stage == "blocklist" and isinstance(r.evidence, str)]
        if not terms or " " in terms[0] or len(terms[0]) < 4:
            continue
        # As a word of its own: a disguised part of a longer word is no test of the way.
        written = re.search(rf"(?<![a-z]){re.escape(terms[0])}(?![a-z])", row["text"], re.IGNORECASE)
        if written:
            found.append((row["text"], written))
    return found


def test_enough_plain_catches_to_measure(plain_catches):
    assert len(plain_catches) >= 20


@pytest.mark.parametrize("way", WAYS)
def test_disguised_word_caught_as_its_plain_form(moderator, plain_catches, way):
    disguised = [text[:m.start()] + WAYS[way](m.group(0).lower()) + text[m.end():] for text, m in plain_catches]
    decisions = moderator.moderate_batch(disguised)
    missed = [text for text, d in zip(disguised, decisions) if not d.rejected]
    rate = 1 - len(missed) / len(disguised)
    assert rate >= FLOOR, f"{way}: {rate:.3f} of {len(disguised)} caught; missed e.g. {missed[:3]}"
