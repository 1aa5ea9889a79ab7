"""The same violation in the frames readers put it in: an opinion ("I
think ..."), a forecast ("... will always be ..."), a judgement ("I consider
..."), a question, a pronoun a clause or a sentence later; and the frames
that take it back or condemn it ("Stop saying ...", "Whoever said ...
deserves jail"), with the same words in news and in kindness. Each frame is
filled with several groups or insults, so a rule that only knows one
wording fails here.

(The grids these come from -- a dozen groups by a few hundred frames, see
docs/quality-log.md, fifteenth session -- were how the frames the rules
missed were found; these tables keep a few of each as the specification.)
"""

import pytest

GROUPS = ("women", "Muslims", "immigrants", "gay people")
MEMBERS = {"women": "woman", "Muslims": "Muslim", "immigrants": "immigrant", "gay people": "gay man"}
DEROGATIONS = ("vermin", "inferior", "a plague")
#: (an insult, its plural)
INSULTS = (("dunce", "dunces"), ("muppet", "muppets"), ("numpty", "numpties"), ("halfwit", "halfwits"))
PEOPLES = ("Kurds", "Arabs", "Turks", "Persians")

#: What fills a frame: {G} the group capitalised, {g} as written, {m} one member, {D} a derogation.
GROUP_FILLS = [{"G": group[0].upper() + group[1:], "g": group, "m": MEMBERS[group]} for group in GROUPS]
DEROGATION_FILLS = [dict(fill, D=derogation) for fill in GROUP_FILLS for derogation in DEROGATIONS]
INSULT_FILLS = [{"i": insult, "plural": plural} for insult, plural in INSULTS]
PEOPLE_FILLS = [{"G": people} for people in PEOPLES]
AS_WRITTEN = [{}]

#: (category, fills, frames): each frame, filled each way, is rejected naming the category.
REJECTED = (
    ("abuse", DEROGATION_FILLS, (
        # A derogation as a statement, an opinion, a forecast, a judgement, a tag question.
        "{G} are {D}.",
        "I think {g} are {D}.",
        "{G} will always be {D}.",
        "I consider {g} {D}.",
        "{G} are {D}, aren't they?",
        # ... through a pronoun in the next sentence.
        "I met some {g} yesterday. They are {D}.",
        "More {g} arrived in record numbers this year. Every one of them is {D}.",
        # ... asked as the commenter's own view.
        "Am I the only one who thinks {g} are {D}?",
        "Can we all agree that {g} are {D}?",
        # ... after what others say, and of the group the commenter has met.
        "I don't care what anyone says about {g}, they're {D}.",
        "No matter what people say about {g}, they are {D}.",
        "The {g} I've met were all {D}.",
    )),
    ("abuse", GROUP_FILLS, (
        # A virtue denied every member; tropes laid on the whole group.
        "{G} are never honest.",
        "No {m} is intelligent.",
        "I have never met a {m} who was trustworthy.",
        "{G} have far too many children.",
        "{G} always play the victim card.",
        "{G} refuse to integrate.",
        "{G} are taking our jobs.",
        "I don't think {g} are capable of rational thought.",
        "{G} are not good people.",
        "{G} are not my equals.",
        "{G} can never be good parents.",
        "{G} don't have a single redeeming quality.",
        "{G} lack basic intelligence.",
        "{G} do not deserve our respect.",
        "{G} aren't welcome in my shop.",
        # Implicit derogation: no insult word, the hostility in the frame.
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
        # What derogates a group derogates "they" later in the sentence.
        "My cousin married one of those {g} and honestly they can't be trusted.",
        "Say what you want about {g}, but they need to go.",
        "Whatever the media says about {g}, they make me want to throw up.",
        "We took in {g} after the war and now they should be banned.",
        "I see more and more {g} in my town and they have far too many children.",
        # Hate put as a question.
        "Why should {g} have the same rights as us?",
        "Why do we let {g} into our country?",
        "Who thought letting {g} in was a good idea?",
        "What use are {g} to anyone?",
        "Do {g} ever stop complaining?",
    )),
    ("abuse", PEOPLE_FILLS, (
        # Tropes of the region laid on a people.
        "{G} always betray their allies.",
        "{G} treat women like property.",
        "{G} are worse than ISIS.",
        "{G} are a curse on this region.",
        "{G} have no history and no culture.",
    )),
    ("personal_attack", INSULT_FILLS, (
        "Get lost, {i}.",
        "Listen here {i}, you know nothing.",
        "Only a {i} would write this.",
        "Typical {i} comment.",
        "Which {i} wrote this headline?",
        "Honestly Erdogan is nothing but a {i}.",
        "The commenters here are all {plural}.",
    )),
    ("threat", AS_WRITTEN, (
        # Harm called right, indifference to a group's death, a fate called for.
        "It would be right to stone the gays in public.",
        "Nobody would miss the Kurds if they were all dead.",
        "Blacks deserve to be whipped.",
        # Mass violence called for on a people's place.
        "Just nuke Gaza and be done with it.",
        "Glass the entire region, problem solved.",
        "Russia should wipe Ukraine off the map.",
        "Turn the whole place into a parking lot.",
        "Finish what Hitler started.",
        "Time for a final solution for these people.",
    )),
)

#: (fills, frames): each approved.
APPROVED = (
    (DEROGATION_FILLS, (
        # The derogation denied, reported or condemned.
        "I don't think {g} are {D}.",
        "Stop saying {g} are {D}.",
        "It's wrong to say {g} are {D}.",
        "Anyone who says {g} are {D} is spreading hate.",
    )),
    (GROUP_FILLS, (
        # A group named beside hostile words about something else.
        "Jokes about {g} aren't funny, they're cruel.",
        "Stupid question maybe, but do {g} celebrate New Year?",
        "This might be a dumb question, but how many {g} live in Erbil?",
    )),
    (AS_WRITTEN, (
        # Someone else's call for harm, named to condemn it; justice and restitution hoped for.
        "Whoever said women should be shot deserves jail.",
        "The man who said Kurds should be shot was arrested.",
        "I hope the minister is forced to pay back every dinar he stole.",
        "Hope the ISIS judge who ordered those executions ends up in front of a court in The Hague.",
        "The party needs him whipped into line before the vote.",
        # A name denied, or taken on oneself.
        "I'm not calling you a clown, I just disagree.",
        "He isn't an idiot and never was.",
        "I felt like such a fool when I forgot my passport at the border.",
        # Violent words in their political figures.
        "Kill the bill! Erdogan's tax plan will ruin us.",
        "Putin needs to nuke this whole tax bill and start over.",
        "Assad needs to execute the plan instead of talking.",
        "Erdogan has blood on his hands.",
        # The tropes' words in news and counter-speech.
        "I can't agree that Kurds are savages.",
        "Men commit most of the violence against women, the report says.",
        "Turkish troops are invading the north again.",
        "Many women refuse to adapt their careers to the new rules.",
        "The Americans always betray us, 2019 proved it again.",
        "Life in the camp under the militias was worse than under ISIS.",
        "Child marriage is still legal in parts of Iraq and it has to end.",
        # The implicit frames without the hostility.
        "I've seen one Kurd at the match, the rest stayed home.",
        "Nobody wants refugees to drown in the Channel.",
        "I wouldn't let a Kurd leave my house hungry.",
        "Of course the suspect was a Kurd, the police said so.",
        "Not surprised the winner was a woman, she trained for years.",
        # "They" later in the sentence, without hostility.
        "Say what you want about Kurds, but they are brave.",
        "Disabled people are being failed, they need to go to the front of the queue for housing.",
        "My Kurdish neighbours told me they want to go back.",
        "Muslims should be banned from nothing.",
        "I don't care what anyone says about Kurds, they are my brothers.",
        "The refugees I've met were all kind and hard-working.",
        "My neighbour told me that immigrants are fine but Muslims are vermin, and I reported him.",
        # Questions about policy; a lack reported.
        "Why did the government let the refugees in without a plan for housing?",
        "Why do we let refugees in without checks?",
        "Do refugees face discrimination in housing?",
        "What use are sanctions to anyone?",
        "Refugees are no good at football, says the coach.",
        "Women lack access to basic healthcare.",
        "Many refugees lack basic necessities.",
        "I don't think refugees are capable of such violence.",
        # War reported or refused.
        "Putin threatened to nuke Kyiv.",
        "We should not flatten Gaza.",
        "The US should bomb Iran's nuclear sites.",
        "Israel flattened Gaza in 2024.",
        "Trump said we should nuke Iran, which is insane.",
        "Flatten the curve, stay home.",
        "The final solution was the Nazi plan to murder Europe's Jews.",
    )),
)


def _rejected_cases():
    return [(frame.format(**fill), category) for category, fills, frames in REJECTED
            for frame in frames for fill in fills]


def _approved_cases():
    return [frame.format(**fill) for fills, frames in APPROVED for frame in frames for fill in fills]


@pytest.mark.parametrize("text, category", _rejected_cases())
def test_a_violation_is_rejected_in_every_frame(moderator, text, category):
    decision = moderator.moderate(text)
    assert decision.rejected and category in decision.categories, decision.to_dict()


@pytest.mark.parametrize("text", _approved_cases())
def test_the_same_words_denied_condemned_or_in_news_are_approved(moderator, text):
    decision = moderator.moderate(text)
    assert not decision.rejected, decision.to_dict()
