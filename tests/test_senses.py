"""Words with an innocent sense that the words around them make plain."""

import pytest

from moderation.normalise import normalise
from moderation.senses import innocent_reading, innocent_terms


@pytest.mark.parametrize("text, reading", [
    ("Blue tits and great tits are nesting in the box", "blue birds and great birds are nesting in the box"),
    ("The pussy willow by the canal is flowering", "the willow willow by the canal is flowering"),
    ("The breeder said the bitch and her litter are ready", "the breeder said the dog and her litter are ready"),
    ("A packet of fags and a lighter", "a packet of cigarettes and a lighter"),
    ("Stepping out for a fag break", "stepping out for a cigarettes break"),
    ("You fag, give me a break", "you fag, give me a break"),  # aimed at someone
    ("Can I bum a fag off you?", "can i bum a cigarettes off you?"),
    ("He lit a fag outside the hotel", "he lit a cigarettes outside the hotel"),
    ("Another sex scandal in parliament", "another gender scandal in parliament"),
    ("I want sex with the presenter", "i want sex with the presenter"),  # no news noun beside it
    ("Stop making sexual jokes about the presenter", "stop making rude jokes about the presenter"),
    ("Faggots and peas at the butcher's", "meatballs and peas at the butcher's"),
    ("The Dutch dyke held back the sea", "the dutch dam held back the sea"),
    ("Dick Advocaat has managed Iraq", "richard advocaat has managed iraq"),
    ("The Dick Francis novels", "the richard francis novels"),
    ("Cheney is a dick", "cheney is a dick"),  # a name takes no article
    ("Dick Turpin's old hideout", "richard turpin's old hideout"),  # a cue in the possessive
    ("Mr Dick is a lovely man", "mr richard is a lovely man"),
    ("Spotted dick and custard for pudding", "spotted richard and custard for pudding"),
    ("You're a dick, and your pudding is dry", "you're a dick, and your pudding is dry"),
    # politics' bedfellows and the sickbed; not an invitation
    ("Half the politicians are in bed with Tehran.", "half the politicians are in league with tehran."),
    ("She is in bed with the flu.", "she is in league with the flu."),
    ("I want to get you in bed", "i want to get you in bed"),
    # no cue, or the word is aimed at someone: read as written
    ("Nice tits, love", "nice tits, love"),
    ("You bitch, walk your dog", "you bitch, walk your dog"),
    ("Those dykes should be banned", "those dykes should be banned"),
    # a cue in another sentence does not count
    ("Great weather for birds. Nice tits", "great weather for birds. nice tits"),
    # each use by its own cues
    ("She walked the bitch and her puppies. Shut up, bitch", "she walked the dog and her puppies. shut up, bitch"),
])
def test_innocent_reading(text, reading):
    assert innocent_reading(normalise(text)) == reading


@pytest.mark.parametrize("text, terms", [
    ("The butcher sells the best faggots and peas", {"faggots"}),
    ("Faggots and peas? You faggots can starve", set()),  # not every use is innocent
    ("You faggots and your gravy", set()),
    ("The auto tranny went out this morning", {"tranny"}),
    ("The tranny went out this morning, the mechanic says", set()),  # the cue is too far
])
def test_innocent_terms(text, terms):
    assert innocent_terms(normalise(text)) == terms
