"""Changes to a comment that change nothing a reader sees in it must not
change its decision: shouting it, spacing it out, breaking its lines,
opening it with "Honestly,", "lol" or the name or @handle of the commenter
it answers. Every functional case is rewritten each way and decided again.

(Punctuation is not among them: the classifier reads a word's trailing
"!!!" or "." in its character n-grams, so swapping one for the other moves
some scores across a threshold -- measured, not yet robust.)
"""

import json
import re
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "functional" / "cases.jsonl"


def _opened_with_honestly(text):
    return "Honestly, " + text[0].lower() + text[1:]


#: name -> (rewrite, how many of the suite's 574 decisions it may change).
#: Opening with "Honestly," still moves classifier scores (the word is
#: common in the corpora's insults): 7 decisions now, 5 of them
#: violations the heads then reach -- a regression floor, not a target.
#: The rules (15 changed before) and the asserted reading (15 with the
#: model of the sixth session) no longer depend on it.
WAYS = {
    "capitals": (str.upper, 0),
    "doubled spaces": (lambda text: text.replace(" ", "  "), 0),
    "a line per sentence": (lambda text: re.sub(r"([.!?]) ", r"\1\n", text), 0),
    "opened with 'Honestly,'": (_opened_with_honestly, 7),
    # A reply's @handle is no word of it (spelling.without_handles); before
    # the twelfth session it moved 7 of these decisions (and 60 of 5,980
    # probe-set comments), either way.
    "a reply's @handle": (lambda text: "@Mark_77 " + text, 0),
    # A name addressed: the rules read past it; one classifier score still moves.
    "opened with a name addressed": (lambda text: "Sara, " + text[0].lower() + text[1:], 1),
    "opened with 'lol'": (lambda text: "lol " + text[0].lower() + text[1:], 1),
}


@pytest.fixture(scope="module")
def cases(moderator):
    rows = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [row["text"] for row in rows]
    return texts, [d.decision for d in moderator.moderate_batch(texts)]


@pytest.mark.parametrize("way", WAYS)
def test_decision_survives_a_rewrite_nobody_reads_differently(moderator, cases, way):
    rewrite, allowed = WAYS[way]
    texts, decisions = cases
    rewritten = moderator.moderate_batch([rewrite(text) for text in texts])
    changed = [(text, before, after.decision) for text, before, after in zip(texts, decisions, rewritten)
               if after.decision != before]
    assert len(changed) <= allowed, f"{way}: {len(changed)} decisions changed, e.g. {changed[:3]}"
