"""The same violation in the frames readers put it in: an opinion ("I
think ..."), a forecast ("... will always be ..."), a judgement ("I consider
..."), a pronoun in the next sentence; and the frames that take it back or
condemn it ("Stop saying ...", "Whoever said ... deserves jail"). Each
frame is filled with several groups and insults, so a rule that only knows
one wording fails here.

(The grids these come from, 12 groups by 20 derogations by 24 frames, were
how the fifteenth session found the frames the rules missed; these tables
keep a few of each as the specification.)
"""

import itertools

import pytest

GROUPS = ("women", "Muslims", "immigrants", "gay people")
DEROGATIONS = ("vermin", "inferior", "a plague")

#: Frames of a derogation of a group: each is rejected as abuse.
ABUSE_FRAMES = (
    "{G} are {D}.",
    "I think {g} are {D}.",
    "{G} will always be {D}.",
    "I consider {g} {D}.",
    "{G} are {D}, aren't they?",
    "I met some {g} yesterday. They are {D}.",
    "More {g} arrived in record numbers this year. Every one of them is {D}.",
)

#: Frames that deny, report or condemn the same derogation: approved.
COUNTER_FRAMES = (
    "I don't think {g} are {D}.",
    "Stop saying {g} are {D}.",
    "It's wrong to say {g} are {D}.",
    "Anyone who says {g} are {D} is spreading hate.",
)


def _filled(frames):
    return [frame.format(G=group[0].upper() + group[1:], g=group, D=derogation)
            for frame, group, derogation in itertools.product(frames, GROUPS, DEROGATIONS)]


@pytest.mark.parametrize("text", _filled(ABUSE_FRAMES))
def test_a_derogation_is_rejected_in_every_frame(moderator, text):
    decision = moderator.moderate(text)
    assert decision.rejected and "abuse" in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", _filled(COUNTER_FRAMES))
def test_a_derogation_denied_or_condemned_is_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()


@pytest.mark.parametrize("text, expected", [
    # Calls for harm, and their indifferent or "just" forms: rejected.
    ("It would be right to stone the gays in public.", "reject"),
    ("Nobody would miss the Kurds if they were all dead.", "reject"),
    ("Blacks deserve to be whipped.", "reject"),
    # Someone else's call, named to condemn it: approved.
    ("Whoever said women should be shot deserves jail.", "approve"),
    ("The man who said Kurds should be shot was arrested.", "approve"),
    # Restitution and a court hoped for: approved.
    ("I hope the minister is forced to pay back every dinar he stole.", "approve"),
    ("Hope the ISIS judge who ordered those executions ends up in front of a court in The Hague.", "approve"),
    ("The party needs him whipped into line before the vote.", "approve"),
])
def test_threat_frames(moderator, text, expected):
    decision = moderator.moderate(text)
    assert decision.decision == expected, decision.to_dict()
    if expected == "reject":
        assert "threat" in decision.categories, decision.to_dict()


#: (an insult, its plural)
INSULTS = (("dunce", "dunces"), ("muppet", "muppets"), ("numpty", "numpties"), ("halfwit", "halfwits"))


@pytest.mark.parametrize("frame", [
    "Get lost, {i}.",
    "Listen here {i}, you know nothing.",
    "Only a {i} would write this.",
    "Typical {i} comment.",
    "Which {i} wrote this headline?",
    "Honestly Erdogan is nothing but a {i}.",
    "The commenters here are all {plural}.",
])
@pytest.mark.parametrize("insult", INSULTS)
def test_a_name_called_is_a_personal_attack_in_every_frame(moderator, frame, insult):
    decision = moderator.moderate(frame.format(i=insult[0], plural=insult[1]))
    assert decision.rejected and "personal_attack" in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", [
    "I'm not calling you a clown, I just disagree.",
    "He isn't an idiot and never was.",
    "I felt like such a fool when I forgot my passport at the border.",
])
def test_a_name_denied_or_taken_on_oneself_is_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()


@pytest.mark.parametrize("frame", [
    "Jokes about {g} aren't funny, they're cruel.",
    "Stupid question maybe, but do {g} celebrate New Year?",
    "This might be a dumb question, but how many {g} live in Erbil?",
])
@pytest.mark.parametrize("group", GROUPS)
def test_a_group_named_beside_hostile_words_that_are_not_about_it_is_approved(moderator, frame, group):
    decision = moderator.moderate(frame.format(g=group))
    assert not decision.rejected, decision.to_dict()


@pytest.mark.parametrize("text", [
    "Kill the bill! Erdogan's tax plan will ruin us.",
    "Putin needs to nuke this whole tax bill and start over.",
    "Assad needs to execute the plan instead of talking.",
    "Erdogan has blood on his hands.",
])
def test_violent_words_in_their_political_figures_are_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()


@pytest.mark.parametrize("frame", [
    "Am I the only one who thinks {g} are {D}?",
    "Can we all agree that {g} are {D}?",
])
@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("derogation", DEROGATIONS)
def test_a_derogation_asked_as_the_commenters_own_view_is_rejected(moderator, frame, group, derogation):
    decision = moderator.moderate(frame.format(g=group, D=derogation))
    assert decision.rejected and "abuse" in decision.categories, decision.to_dict()


#: A virtue denied to every member, and tropes laid on the whole group:
#: {G} the group, {m} one member.
TROPES = (
    "{G} are never honest.",
    "No {m} is intelligent.",
    "I have never met a {m} who was trustworthy.",
    "{G} have far too many children.",
    "{G} always play the victim card.",
    "{G} refuse to integrate.",
    "{G} are taking our jobs.",
)
MEMBERS = {"women": "woman", "Muslims": "Muslim", "immigrants": "immigrant", "gay people": "gay man"}


@pytest.mark.parametrize("frame", TROPES)
@pytest.mark.parametrize("group", GROUPS)
def test_a_trope_laid_on_a_whole_group_is_rejected(moderator, frame, group):
    decision = moderator.moderate(frame.format(G=group[0].upper() + group[1:], m=MEMBERS[group]))
    assert decision.rejected and "abuse" in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", [
    "I can't agree that Kurds are savages.",
    "Men commit most of the violence against women, the report says.",
    "Turkish troops are invading the north again.",
    "Many women refuse to adapt their careers to the new rules.",
])
def test_the_tropes_words_in_news_and_counter_speech_are_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()


@pytest.mark.parametrize("frame", [
    "{G} always betray their allies.",
    "{G} treat women like property.",
    "{G} are worse than ISIS.",
    "{G} are a curse on this region.",
    "{G} have no history and no culture.",
])
@pytest.mark.parametrize("group", ["Kurds", "Arabs", "Turks", "Persians"])
def test_a_trope_of_the_region_laid_on_a_people_is_rejected(moderator, frame, group):
    decision = moderator.moderate(frame.format(G=group))
    assert decision.rejected and "abuse" in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", [
    "The Americans always betray us, 2019 proved it again.",
    "Life in the camp under the militias was worse than under ISIS.",
    "Child marriage is still legal in parts of Iraq and it has to end.",
])
def test_the_regions_hard_truths_are_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()


#: Implicit derogations: no insult word, the hostility in the frame.
IMPLICIT = (
    "{G} should be kept on a leash.",
    "{G} are fine as long as they stay in their own country.",
    "Nobody wants {g} here.",
    "Our town was nice before the {g} came.",
    "Nothing good has ever come from {g}.",
    "I'd rather die than have a {m} as my neighbour.",
    "I wouldn't let a {m} babysit my kids.",
    "Seen one {m}, seen them all.",
    "I'm not surprised he did it, he's a {m}.",
    "Of course the thief was a {m}.",
)


@pytest.mark.parametrize("frame", IMPLICIT)
@pytest.mark.parametrize("group", GROUPS)
def test_an_implicit_derogation_is_rejected(moderator, frame, group):
    decision = moderator.moderate(frame.format(G=group[0].upper() + group[1:], g=group, m=MEMBERS[group]))
    assert decision.rejected and "abuse" in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", [
    "I've seen one Kurd at the match, the rest stayed home.",
    "Nobody wants refugees to drown in the Channel.",
    "I wouldn't let a Kurd leave my house hungry.",
    "Of course the suspect was a Kurd, the police said so.",
    "Not surprised the winner was a woman, she trained for years.",
])
def test_the_same_frames_without_the_hostility_are_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()


@pytest.mark.parametrize("frame", [
    "My cousin married one of those {g} and honestly they can't be trusted.",
    "Say what you want about {g}, but they need to go.",
    "Whatever the media says about {g}, they make me want to throw up.",
    "We took in {g} after the war and now they should be banned.",
    "I see more and more {g} in my town and they have far too many children.",
])
@pytest.mark.parametrize("group", GROUPS)
def test_what_derogates_a_group_derogates_they_later_in_the_sentence(moderator, frame, group):
    decision = moderator.moderate(frame.format(g=group))
    assert decision.rejected and "abuse" in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", [
    "Say what you want about Kurds, but they are brave.",
    "Disabled people are being failed, they need to go to the front of the queue for housing.",
    "My Kurdish neighbours told me they want to go back.",
    "Muslims should be banned from nothing.",
])
def test_they_later_in_the_sentence_without_hostility_is_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()


@pytest.mark.parametrize("frame", [
    "Why should {g} have the same rights as us?",
    "Why do we let {g} into our country?",
    "Who thought letting {g} in was a good idea?",
    "What use are {g} to anyone?",
    "Do {g} ever stop complaining?",
])
@pytest.mark.parametrize("group", GROUPS)
def test_hate_put_as_a_question_is_rejected(moderator, frame, group):
    decision = moderator.moderate(frame.format(g=group))
    assert decision.rejected and "abuse" in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", [
    "Why did the government let the refugees in without a plan for housing?",
    "Why do we let refugees in without checks?",
    "Do refugees face discrimination in housing?",
    "What use are sanctions to anyone?",
])
def test_questions_about_policy_are_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()


@pytest.mark.parametrize("frame", [
    "I don't think {g} are capable of rational thought.",
    "{G} are not good people.",
    "{G} are not my equals.",
    "{G} can never be good parents.",
    "{G} don't have a single redeeming quality.",
    "{G} lack basic intelligence.",
    "{G} do not deserve our respect.",
    "{G} aren't welcome in my shop.",
])
@pytest.mark.parametrize("group", GROUPS)
def test_a_good_quality_denied_the_whole_group_is_rejected(moderator, frame, group):
    decision = moderator.moderate(frame.format(G=group[0].upper() + group[1:], g=group))
    assert decision.rejected and "abuse" in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", [
    "Refugees are no good at football, says the coach.",
    "Women lack access to basic healthcare.",
    "Many refugees lack basic necessities.",
    "I don't think refugees are capable of such violence.",
])
def test_a_lack_reported_is_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()


@pytest.mark.parametrize("frame", [
    "I don't care what anyone says about {g}, they're {D}.",
    "No matter what people say about {g}, they are {D}.",
    "The {g} I've met were all {D}.",
])
@pytest.mark.parametrize("group", GROUPS)
def test_the_commenters_own_view_after_what_others_say_is_rejected(moderator, frame, group):
    decision = moderator.moderate(frame.format(g=group, D="vermin"))
    assert decision.rejected and "abuse" in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", [
    "I don't care what anyone says about Kurds, they are my brothers.",
    "The refugees I've met were all kind and hard-working.",
    "My neighbour told me that immigrants are fine but Muslims are vermin, and I reported him.",
])
def test_kind_views_and_reports_after_what_others_say_are_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()


@pytest.mark.parametrize("text", [
    "Just nuke Gaza and be done with it.",
    "Glass the entire region, problem solved.",
    "Russia should wipe Ukraine off the map.",
    "Turn the whole place into a parking lot.",
    "Finish what Hitler started.",
    "Time for a final solution for these people.",
])
def test_mass_violence_called_for_on_a_peoples_place_is_a_threat(moderator, text):
    decision = moderator.moderate(text)
    assert decision.rejected and "threat" in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", [
    "Putin threatened to nuke Kyiv.",
    "We should not flatten Gaza.",
    "The US should bomb Iran's nuclear sites.",
    "Israel flattened Gaza in 2024.",
    "Trump said we should nuke Iran, which is insane.",
    "Flatten the curve, stay home.",
    "The final solution was the Nazi plan to murder Europe's Jews.",
])
def test_war_reported_or_refused_is_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()
