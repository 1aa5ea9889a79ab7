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


# --- the rules alone, over their own tables ------------------------------------

def _rule_cases():
    """(rule, text) of every case the rule tables of test_rules.py say fires."""
    import test_rules

    from moderation import rules

    cases = []
    for test, rule in ((test_rules.test_abuse_rule, rules.abuse_evidence),
                       (test_rules.test_threat_rule, rules.threat_evidence),
                       (test_rules.test_attack_rule, rules.attack_evidence)):
        for mark in test.pytestmark:
            if mark.name == "parametrize":
                cases += [(rule, values[0]) for values in mark.args[1] if values[1]]
    return cases


def _lowered(text):
    return text[0].lower() + text[1:]


#: name -> (rewrite, how many rule-table cases may stop firing). Each was a
#: way the rules lost what they found before the twelfth session: behind an
#: @handle 114 of 485 cases stopped firing, after "I think" 57, "lol" 115,
#: "But" 31, before "#truth" 73, with "&" 14.
RULE_WAYS = {
    "a reply's @handle": (lambda text: "@Mark_77 " + text, 0),
    "a name addressed": (lambda text: "Sara, " + _lowered(text), 0),
    "opened with 'I think'": (lambda text: "I think " + _lowered(text), 0),
    "opened with 'lol'": (lambda text: "lol " + _lowered(text), 0),
    "opened with 'But'": (lambda text: "But " + _lowered(text), 0),
    "closed with ', period.'": (lambda text: text.rstrip(".!?") + ", period.", 0),
    "closed with a hashtag": (lambda text: text.rstrip(".!?") + " #truth", 0),
    "'&' for 'and'": (lambda text: re.sub(r"\band\b", "&", text), 0),
    "apostrophes left out": (lambda text: text.replace("'", ""), 6),
}


@pytest.mark.parametrize("way", RULE_WAYS)
def test_rule_findings_survive_a_rewrite_nobody_reads_differently(way):
    from moderation import rules
    from moderation.normalise import normalise

    # Read as the tables read them (normalised), after what the moderator
    # takes off first: the handles and the name addressed.
    rewrite, allowed = RULE_WAYS[way]
    lost = [text for rule, text in _rule_cases() if not rule(normalise(rules.without_addressees(rewrite(text))))]
    assert len(lost) <= allowed, f"{way}: {len(lost)} cases stopped firing, e.g. {lost[:3]}"
