"""The functional suite (tests/functional/cases.jsonl): hand-written contrast cases.

The issue's targets are stated in TARGETS. The assertions use FLOORS: the figures
the shipped model measured (README, "Quality"), rounded against it, so a change
that makes moderation worse fails here. Where a floor is below its target the
gap is real and reported in the README; it is not hidden by a lenient test.
Never train or choose thresholds on this suite.
"""

import pytest

from moderation import evaluate
from moderation.policy import CATEGORIES

TARGETS = {"false_reject_rate": 0.03, "recall": 0.90, "obfuscation": 0.95}
FLOORS = {
    # Measured 0.015 (4 of 265) with the abuse and "any" thresholds lowered on
    # the service's validation decisions (moderation.training.LOWERING_STEP;
    # 0.011 before, 0.023 before the seventh round of written comments).
    "false_reject_rate": 0.025,
    "balanced_accuracy": 0.94,  # measured 0.963 (0.906 before the written comments)
    # Measured 0.972: the vulgarity rule catches plain forms ("send nudes")
    # whose disguises ("snd nds") it does not.
    "obfuscation": 0.95,
    "recall": {  # measured: 1.000, 0.857, 0.915, 0.982, 0.918, 0.955
        "profanity": 0.97, "vulgarity": 0.80, "threat": 0.88,
        "personal_attack": 0.95, "abuse": 0.88, "promotion": 0.93,
    },
}
# Groups the shipped model gets entirely right: any miss there is a regression.
# (news_vocabulary left it with the written comments: "Sniper fire killed a
# shepherd ..." and "The "shoot to kill" orders ... were a crime" are rejected
# by the threat head.)
PERFECT_GROUPS = ["everyday", "homonym", "identity_neutral", "identity_positive", "negated_hate",
                  "non_native_english", "obf_homoglyph", "obf_leetspeak", "obf_spaced", "obf_stretched",
                  "obf_zero_width", "profanity", "site_criticism"]


@pytest.fixture(scope="module")
def rows():
    return evaluate.functional_rows()


@pytest.fixture(scope="module")
def report(moderator, rows):
    return evaluate.evaluate(rows, {"service": evaluate.service_decider(moderator)})["service"]


def test_suite_is_large_and_well_formed(rows):
    assert len(rows) >= 400
    ids = {r.id for r in rows}
    assert len(ids) == len(rows)
    assert all(r.plain_of in ids for r in rows if r.plain_of)
    assert all(r.expected in ("approve", "reject") for r in rows)
    assert all(c in CATEGORIES for r in rows for c in r.categories)


def test_false_reject_rate(report):
    assert report["decision"]["false_reject_rate"] <= FLOORS["false_reject_rate"]


def test_balanced_accuracy(report):
    assert report["decision"]["balanced_accuracy"] >= FLOORS["balanced_accuracy"]


def test_obfuscated_variants_caught_like_their_plain_form(report):
    assert report["obfuscation"]["ratio"] >= FLOORS["obfuscation"]


@pytest.mark.parametrize("category", CATEGORIES)
def test_recall_per_category(report, category):
    assert report["per_category"][category]["recall"] >= FLOORS["recall"][category]


@pytest.mark.parametrize("group", PERFECT_GROUPS)
def test_group_without_errors(report, group):
    assert report["per_group"][group]["accuracy"] == 1.0
