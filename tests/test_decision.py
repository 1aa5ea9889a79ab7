"""Combining the stages' findings (moderation.decision.decide), and the
check that keeps the classifier from rejecting a comment for naming a group."""

import pytest

from moderation.decision import Decision, Reason, decide, logit, score_off
from moderation.identity import without_groups
from moderation.policy import APPROVE, CATEGORIES, REJECT
from moderation.moderator import long_comment_sentences
from moderation.rules import without_benign_intents

THRESHOLDS = {**{c: 0.5 for c in CATEGORIES}, "any": 0.9}
LOW = {**{c: 0.01 for c in CATEGORIES}, "any": 0.01}


def scores(**raised):
    return {**LOW, **raised}


def run(hard=(), reads_without_groups=None, asserted_scores=None, **raised):
    return decide(list(hard), scores(**raised), THRESHOLDS, 1.0, explain=lambda c: ["word"],
                  reads_without_groups=reads_without_groups, asserted_scores=asserted_scores)


@pytest.mark.parametrize("hard, raised, expected, categories", [
    ((), {}, APPROVE, []),
    ((Reason("profanity", "blocklist", "fuck"),), {}, REJECT, ["profanity"]),
    ((), {"threat": 0.7}, REJECT, ["threat"]),
    # The any head alone names the category nearest its own threshold.
    ((), {"any": 0.95, "abuse": 0.4}, REJECT, ["abuse"]),
    # A rule and the classifier agreeing on a category give one reason.
    ((Reason("threat", "rules", "kill you"),), {"threat": 0.9}, REJECT, ["threat"]),
])
def test_decision_table(hard, raised, expected, categories):
    decision, reasons, _, _ = run(hard, **raised)
    assert decision == expected
    assert [r.category for r in reasons] == categories


@pytest.mark.parametrize("text, expected", [
    # a scam quoted in a warning, the warning in another sentence
    ('Careful, the "Elon Musk crypto giveaway, send 0.1 BTC and get 0.2 back" livestreams are all over YouTube '
     'again. It is always fake.', APPROVE),
    ('"Elon Musk crypto giveaway, send 0.1 BTC and get 0.2 back", join now at musk-x2.io', REJECT),
])
def test_a_scam_quoted_in_a_warning_is_not_the_commenters_offer(moderator, text, expected):
    assert moderator.moderate(text).decision == expected


def test_categories_name_each_category_once():
    # "send nudes" is a listed phrase, holds a listed word and is a rule's
    # phrase: three reasons, one category (as the service logs it).
    reasons = (Reason("vulgarity", "blocklist", "send nudes"), Reason("vulgarity", "blocklist", "nudes"),
               Reason("threat", "rules", "kill you"), Reason("vulgarity", "rules", "send nudes"))
    assert Decision(REJECT, reasons).categories == ["vulgarity", "threat"]


def test_any_head_rejection_stands_when_the_comment_reads_the_same_without_groups():
    decision, reasons, _, _ = run(reads_without_groups=lambda: True, any=0.95)
    assert decision == REJECT and reasons[0].stage == "classifier"


def test_any_head_rejection_for_naming_a_group_becomes_an_approval_for_review():
    # 0.999 is far from every threshold: review comes from the check alone.
    decision, reasons, _, review = run(reads_without_groups=lambda: False, any=0.999)
    assert (decision, reasons, review) == (APPROVE, (), True)


def test_category_head_rejection_for_naming_a_group_becomes_an_approval_for_review():
    decision, reasons, _, review = run(reads_without_groups=lambda: False, abuse=0.99)
    assert (decision, reasons, review) == (APPROVE, (), True)


@pytest.mark.parametrize("head", ["vulgarity", "threat"])
def test_vulgarity_and_threat_head_rejections_stand_without_the_group_check(head):
    # "The new female referee can blow my whistle": the gendered word is
    # part of what is vulgar, not a group named; "bomb them, women and
    # children too": the group is the threat's target.
    asked = []
    decision, reasons, _, _ = run(reads_without_groups=lambda: asked.append(1) or False, **{head: 0.9})
    assert (decision, [r.category for r in reasons], asked) == (REJECT, [head], [])


def test_any_head_naming_vulgarity_still_asks_the_group_check():
    decision, _, _, _ = run(reads_without_groups=lambda: False, any=0.95, vulgarity=0.4)
    assert decision == APPROVE


@pytest.mark.parametrize("raised, hard", [
    ({"any": 0.95}, (Reason("abuse", "rules", "are vermin"),)),  # a rule fired
    ({"abuse": 0.8, "any": 0.95}, (Reason("abuse", "blocklist", "kike"),)),  # a banned term
    ({"any": 0.5}, ()),  # no head reaches its threshold
])
def test_group_check_is_asked_only_for_rejections_by_the_classifier_alone(raised, hard):
    asked = []
    decision, _, _, _ = run(hard, reads_without_groups=lambda: asked.append(1) or False, **raised)
    assert asked == []
    assert decision == (REJECT if hard else APPROVE)


@pytest.mark.parametrize("text, expected", [
    ("i love women", "i love people"),
    ("muslims and jews live here", "people and people live here"),
    ("the women's team won", "the people's team won"),
    ("no group named", "no group named"),
    ("you dyke women", "you dyke people"),  # slurs stay what they are
])
def test_without_groups(text, expected):
    assert without_groups(text) == expected


@pytest.mark.parametrize("text", [
    "I love women.",
    # a category head over its threshold for the group alone (scores of the
    # model then; "Gay women are brilliant mothers." and "Jim is a kind
    # homosexual." left the list when a model scored them under every threshold)
    "Trans women are women.",  # abuse 0.90
    "Being queer is incredible.",  # profanity 0.87
])
def test_naming_a_group_is_no_reason_to_reject(moderator, text):
    """Comments the shipped model's heads scored over a threshold for the
    group they name alone (the any head 0.99 and over before this check)."""
    decision = moderator.moderate(text)
    assert (decision.decision, decision.review) == (APPROVE, True)


def test_category_head_rejection_that_reads_the_same_without_the_group_stands(moderator):
    """Rejected by a category head alone (the abuse head, a corpus test-split
    comment), which still passes its threshold with "women's" read as "people"."""
    decision = moderator.moderate("I'm not sexist but there's not a single women's sport I can stand to sit through")
    assert decision.decision == REJECT
    assert [r.stage for r in decision.reasons] == ["classifier"]
    assert any(decision.scores[c] >= moderator.model.thresholds[c] for c in CATEGORIES)


def test_any_head_rejection_that_reads_the_same_without_the_group_stands(moderator):
    """Rejected by the any head alone (no rule, term or category head; a
    corpus test-split comment), and still over the floor with its groups
    read as "people"."""
    decision = moderator.moderate("This shows that there ain't a limit to stupidity for females.")
    assert decision.decision == REJECT
    assert [r.stage for r in decision.reasons] == ["classifier"]
    assert all(decision.scores[c] < moderator.model.thresholds[c] for c in CATEGORIES)


def test_classifier_rejection_of_a_denial_becomes_an_approval_for_review():
    # "I don't hate women": with the denial taken out, no head reaches its threshold.
    decision, reasons, _, review = run(asserted_scores=lambda: scores(), abuse=0.99)
    assert (decision, reasons, review) == (APPROVE, (), True)


@pytest.mark.parametrize("asserted", [
    None,  # nothing negated
    scores(abuse=0.7),  # what is asserted still reaches a threshold
    scores(any=0.95),
])
def test_classifier_rejection_stands_when_the_assertion_still_rejects(asserted):
    decision, _, _, _ = run(asserted_scores=lambda: asserted, abuse=0.99)
    assert decision == REJECT


def test_denial_check_is_not_asked_when_a_rule_or_term_rejects():
    asked = []
    decision, _, _, _ = run((Reason("abuse", "rules", "are vermin"),),
                            asserted_scores=lambda: asked.append(1) or scores(), abuse=0.99)
    assert (decision, asked) == (REJECT, [])


@pytest.mark.parametrize("text, expected", [
    # rejected by the shipped model's classifier alone before the check
    # (abuse, personal_attack, threat heads)
    ("I don't hate women.", APPROVE),
    ("Muslims are not disgusting.", APPROVE),
    ("No women deserve to die.", APPROVE),
    ("You have to stop calling Muslims disgusting.", APPROVE),
    # each rejected by the classifier alone; a first version of the check
    # approved them (found in review)
    ("You can't be that stupid, women are inferior to men and always will be.", REJECT),
    ("Don't be idiots, Muslims will never integrate.", REJECT),
    ("Why not just kill every last Jew?", REJECT),
    ("I call immigrants parasites because they are.", REJECT),
    # a verdict on what someone else said judges it, not a group
    ("The minister said Kurds are animals. Disgusting, he should be sacked.", APPROVE),
    ("The minister said Kurds are animals. You are disgusting if you agree.", REJECT),
])
def test_disowned_hostility_about_a_group_is_approved_and_asserted_hostility_is_not(moderator, text, expected):
    assert moderator.moderate(text).decision == expected


def test_the_any_head_does_not_read_what_disowned_hostility_leaves(moderator):
    # What is left is the condemnation's own words ("disgusting", "should not
    # be allowed"), which the "any" head scores high without what they condemn.
    text = "somebody below wrote 'kurds are a plague'. that is disgusting and should not be allowed here."
    assert moderator._asserted_scores(text)["any"] == 0.0
    # ... while a reading that disowns nothing keeps it
    assert moderator._asserted_scores("what a stupid decision, you absolute troll.")["any"] > 0.0


@pytest.mark.parametrize("text, expected", [
    # the shipped model's personal_attack head alone rejected these two
    ("What a stupid decision by the ministry.", APPROVE),
    ("This idiotic policy will ruin farmers.", APPROVE),
    ("What a stupid comment.", REJECT),
    ("Stupid decision, stupid minister.", REJECT),
])
def test_insulting_an_action_is_criticism_not_an_attack(moderator, text, expected):
    assert moderator.moderate(text).decision == expected


@pytest.mark.parametrize("text, expected", [
    # rejected before by the shipped model's classifier (vulgarity, profanity)
    # or, for "faggots", by the blocklist
    ("Blue tits and great tits are nesting in the box in my garden.", APPROVE),
    ("The breeder said the bitch and her litter are ready for new homes.", APPROVE),
    ("The butcher on Bridge Street sells the best faggots and peas in town.", APPROVE),
    # the same words aimed at people
    ("Nice tits, love.", REJECT),
    ("You faggots and your gravy can get lost.", REJECT),
    ("You bitch, walk your dog.", REJECT),
    ("My butcher is a faggot.", REJECT),
    # nude images as a crime's object; not a celebrity's judged
    ("Deepfake nudes of schoolgirls being passed around in Spain is horrifying.", APPROVE),
    ("Her nudes are sooooo trash.", REJECT),
    # nudes as art; a cock pheasant
    ("The gallery has the Renaissance nudes from the exhibition; it's art history.", APPROVE),
    ("Cock pheasant strutting down the high street like he owned it this morning", APPROVE),
    # the seabird
    ("Blue-footed boobies nest on the island the navy wants for target practice.", APPROVE),
    ("Nice boobies on the presenter.", REJECT),
])
def test_a_word_in_its_innocent_sense_is_read_in_that_sense(moderator, text, expected):
    assert moderator.moderate(text).decision == expected


@pytest.mark.parametrize("text, expected", [
    # a slur reported in quotes after "called" or "said" is counter-speech
    ('My Sikh grandad was called a "towelhead" for fifty years.', APPROVE),
    ('My son got called a "p*ki" at school and the head did nothing.', APPROVE),
    ("My dad was called a Paki at school every day. He became a headteacher.", APPROVE),
    # in single quotes, and of a cousin
    ("They called my cousin a 'towelhead' at school in Ohio. He's a Kurdish Christian.", APPROVE),
    ("I called him a Paki and I'd do it again.", REJECT),
    # a quotation of several words in single quotes, its slur in the plural
    ("The graffiti on the mosque wall said 'ragheads go home'. Police logged it as criminal damage.", APPROVE),
    ("Ragheads go home, the lot of them.", REJECT),
    ("He's a 'raghead' and I said so.", REJECT),
    ("Stop calling them pakis, you paki.", REJECT),
    # a second name in the same call
    ('To those calling Sunnis "kuffar" and Shia "rafidha": stop using those words.', APPROVE),
    ("Shia are rafidha.", REJECT),
    # used, or quoted without a report, it is abuse; swear words stay banned
    ('You "paki", go home.', REJECT),
    ('"Paki" is what they are.', REJECT),
    ('He said "fuck off" to the referee.', REJECT),
    # a word named as a word, after a quote closed past its full stop
    ('The correct term is "intellectually disabled." It\'s offensive to use the word retarded.', APPROVE),
    ("The word retarded fits you.", REJECT),
])
def test_a_slur_only_reported_is_left_to_the_classifier(moderator, text, expected):
    assert moderator.moderate(text).decision == expected


@pytest.mark.parametrize("text, expected", [
    # the shipped model's personal_attack head alone rejected these
    ("You are not stupid.", APPROVE),
    ("She's no fool.", APPROVE),
    ("Tucker Carlson is not an idiot. He knows exactly what he is doing.", APPROVE),
    ("I'm not calling you a moron.", APPROVE),
    # insulting through the negation, or past it
    ("I'm not an idiot like you.", REJECT),
    ("Don't be an idiot.", REJECT),
    ("You're not stupid, you're a complete moron.", REJECT),
])
def test_an_insult_denied_of_someone_is_no_attack(moderator, text, expected):
    assert moderator.moderate(text).decision == expected


@pytest.mark.parametrize("text", [
    "You are a excellent reporter",  # jigsaw-bias-eval templates the personal_attack head rejected
    "You are a kind old",
    "You are a gracious secretary",  # a calling the frame does not list
    "You are a nice writer",  # the praised noun alone scores over the threshold
])
def test_praise_in_the_frame_of_an_insult_is_approved_for_review(moderator, text):
    decision = moderator.moderate(text)
    assert (decision.decision, decision.review) == (APPROVE, True)
    assert decision.scores["personal_attack"] >= moderator.model.thresholds["personal_attack"]


@pytest.mark.parametrize("text, sentences", [
    ("Too short. Two sentences.", []),
    ("One. Two words here. And a third sentence of six words.", ["And a third sentence of six words."]),
    ("first sentence has six words here. second one also has six words! third? yes",
     ["first sentence has six words here.", "second one also has six words!"]),
])
def test_long_comments_are_also_read_by_sentence(text, sentences):
    assert long_comment_sentences(text) == sentences


@pytest.mark.parametrize("text, read", [
    ("i'll be writing to my mp about this.", "writing to my mp about this."),
    ("i'll let you know what happens.", "let you know what happens."),
    ("i'll find you and kill you.", "i'll find you and kill you."),
])
def test_a_civic_or_polite_intent_is_read_without_its_subject(text, read):
    assert without_benign_intents(text) == read


@pytest.mark.parametrize("text, expected", [
    # the shipped model's threat head alone rejected these
    ("Hope the lad pulls through.", APPROVE),
    ("Praying for the family, hope he pulls through.", APPROVE),
    ("Hope the little girl gets better soon.", APPROVE),
    ("I hope he gets the help he needs.", APPROVE),
    # wishes of harm stay rejected
    ("I hope he gets what he deserves.", REJECT),
    ("Hope she survives the beating I will give her.", REJECT),
])
def test_wishes_for_recovery_are_approved_and_wishes_of_harm_are_not(moderator, text, expected):
    assert moderator.moderate(text).decision == expected


@pytest.mark.parametrize("threshold, margin", [(0.5, 1.0), (0.574, -0.7), (0.952, 2.0), (0.438, 0.0)])
def test_score_off_moves_a_threshold_by_the_margin_in_log_odds(threshold, margin):
    assert logit(score_off(threshold, margin)) == pytest.approx(logit(threshold) + margin)


@pytest.mark.parametrize("text, expected", [
    # the shipped model's threat head alone rejected these calls the policy leaves open
    ("Remember who voted for this when May comes round. Every one of them should lose their seat.", APPROVE),
    ("Every one of them should be voted out.", APPROVE),
    # harm stays rejected, after a sanction or instead of one
    ("Every one of them should be tried and hanged.", REJECT),
    ("Every one of them should be shot.", REJECT),
])
def test_calls_to_vote_out_or_try_officials_are_approved_and_calls_for_harm_are_not(moderator, text, expected):
    assert moderator.moderate(text).decision == expected
