"""The policy, as a table: what the shipped model must approve and reject.

These are the clear cases; tests/functional/ holds the broad suite."""

import re
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed"

# (comment, expected decision, category)
CASES = [
    # News and reporting of violence: approved.
    ("Another five PMF fighters were killed in a US drone strike in Kirkuk on December 3.", "approve", None),
    ("A series of rockets targeted the US embassy in Baghdad in the early hours of Friday.", "approve", None),
    ("Both groups are designated terrorist organizations by the US.", "approve", None),
    ("US warplanes struck pro-Iran fighters, killing eight members of the PMF.", "approve", None),
    ("The militia vowed to continue drone and rocket attacks on US interests.", "approve", None),
    # Harsh opinion and criticism: approved.
    ("This government is corrupt and incompetent, and the minister should resign.", "approve", None),
    ("Your coverage of the election was one-sided and lazy. Do better, Rudaw.", "approve", None),
    ("I will be writing to my MP about this.", "approve", None),
    # A victim reporting a threat made against them: approved.
    ("Someone threatened to burn my shop down after the riots.", "approve", None),
    ("The occupation has to end; Washington's policy here has been a disaster.", "approve", None),
    # Identity mentions: approved.
    ("As a gay Kurd I was glad to read this.", "approve", None),
    ("My Muslim neighbours and the Yazidi family next door rebuilt the school together.", "approve", None),
    ("Refugees from Syria have made Erbil their home and work hard.", "approve", None),
    ("", "approve", None),
    # Rejections, one or more per category.
    ("This is fucking ridiculous.", "reject", "profanity"),
    ("What a load of bullshit.", "reject", "profanity"),
    ("Send me nudes, I want to see your tits.", "reject", "vulgarity"),
    ("I will find you and kill you.", "reject", "threat"),
    ("I hope you die, traitor.", "reject", "threat"),
    ("You are a complete idiot and a moron.", "reject", "personal_attack"),
    ("The author of this article is a brainless hack.", "reject", "personal_attack"),
    ("Women are too stupid to vote and should stay in the kitchen.", "reject", "abuse"),
    ("Go back to your country, you filthy immigrants.", "reject", "abuse"),
    ("Check out my channel and subscribe for free followers!", "reject", "promotion"),
    ("Cheap visas and flights, WhatsApp +964 750 123 4567 now.", "reject", "promotion"),
    # One sentence breaks the policy in a long comment: read a sentence at a time.
    ("Fair report on the match. We defended well for an hour and the keeper made two great saves. "
     "The ref was a blind useless cretin all afternoon and should never work again. Onto Saturday now.",
     "reject", "personal_attack"),
    ("Long read on the strike. The union has a point about pay and the trains have been awful. "
     "The management have handled it badly from the start. Still, a settlement by Christmas seems likely.",
     "approve", None),
    # Hopes for peace and justice: approved; harm hoped for: rejected.
    ("I hope this war ends soon, inshallah.", "approve", None),
    ("I hope the police catch whoever did this and they rot in prison.", "approve", None),
    ("I hope his life ends soon.", "reject", "threat"),
    # Homonyms: the verb "retard"; counter-speech that names a claim a stereotype.
    ("Higher tariffs will retard growth in the region.", "approve", None),
    ("It isn't true that Kurds are thieves, that's an ugly old stereotype.", "approve", None),
    ("Saying Arabs are terrorists is not racist.", "reject", "abuse"),
    # A quote the comment endorses is the commenter's own words; one it
    # condemns, or one the article it praises reports, is not.
    ("My uncle keeps saying 'Kurds are thieves' and for once he is right.", "reject", "abuse"),
    ("My uncle keeps saying 'Kurds are thieves' and he is wrong, they fed half of Mosul.", "approve", None),
    ("A caller told the radio show 'gays should be hanged'. Well said.", "reject", "threat"),
    ("This article is spot on: I hear 'go back to your country' every week at work.", "approve", None),
    ("Calling Kurds rats is not racist, it's the truth.", "reject", "abuse"),
    # Things cursed at are no one attacked; a wish that someone survives is no threat.
    ("My stupid phone died again.", "approve", None),
    ("I hope he survives the surgery.", "approve", None),
    # A reply's @handle or a name it addresses stands outside what it says.
    ("@Mark_77 women disgust me", "reject", "abuse"),
    ("@Mark_77 women deserve equal pay", "approve", None),
    ("Muslims are not terrorists, stop spreading that lie.", "approve", None),
]


@pytest.mark.parametrize("text, expected, category", CASES)
def test_policy(moderator, text, expected, category):
    decision = moderator.moderate(text)
    assert decision.decision == expected, decision.to_dict()
    if category:
        assert category in decision.categories, decision.to_dict()


def _seed_sentences():
    if not SEED.is_dir():
        return []
    article = "\n".join(p.read_text("utf-8") for p in sorted(SEED.glob("*.txt")))
    body = article.split("\nComments\n")[0]
    return [s for s in re.split(r"(?<=[.!?”])\s+|\n", body) if s.strip()]


@pytest.mark.corpora
@pytest.mark.parametrize("sentence", _seed_sentences() or [pytest.param(None, marks=pytest.mark.skip(
    reason="../shared/seed not found: the seed article is not part of the project"))])
def test_every_sentence_of_the_seed_article_is_approved(moderator, sentence):
    assert moderator.moderate(sentence).decision == "approve", moderator.moderate(sentence).to_dict()


def test_abuse_names_its_subtype(moderator):
    decision = moderator.moderate("Women are too stupid to vote and should stay in the kitchen.")
    assert [r.subtype for r in decision.reasons if r.category == "abuse"] == ["sexism"]


def test_rules_read_past_the_handle_and_the_name_a_reply_addresses(moderator):
    # The classifier alone rejects it too: the rules' finding is what is checked.
    decision = moderator.moderate("@Mark_77 Sara, women disgust me")
    assert [(r.stage, r.evidence) for r in decision.reasons] == [("rules", "women disgust me")]
