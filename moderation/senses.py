"""Words with an innocent sense that the words around them make plain.

"Blue tits nesting", a "pussy willow", a breeder's "bitch and her litter",
"faggots and peas" at the butcher's, "a packet of fags", the Dutch "dyke":
a reader knows at once which sense is meant, a blocklist or a bag-of-words
classifier does not. Each word below has a stand-in for its innocent sense
and the words that cue that sense when they stand within a few words of it
in the same sentence. A cued word is read as its stand-in
(:func:`innocent_reading`) when the classifier alone would reject a comment,
and a banned term whose every use is cued (:func:`innocent_terms`) is left
to the classifier rather than rejected outright.

Only senses a news site's readers use: the cues are the words of those
topics (birds, dogs, farms, cooking, gardening, smoking, flood defences, cars)
and, for "Dick", famous surnames or a title before it ("Mr Dick") -- never
words for people, so "you bitch" or "those dykes" find no cue.
"""

import functools
import re

#: word -> (stand-in, cue words). Singular and plural are listed apart.
_SENSES = {}


def _sense(words, stand_in, cues):
    for word in words.split():
        # One entry a word: a second would replace the first's cues.
        assert word not in _SENSES, f"sense of {word!r} listed twice"
        _SENSES[word] = (stand_in, frozenset(cues.split()))


_BIRDS = """blue great coal marsh willow crested bearded tailed bird birds nest nests nesting feeder
    feeders species chicks fledglings robins sparrows finches wrens birdwatching rspb"""
_sense("tit tits", "birds", _BIRDS)
_sense("booby boobies", "gannets", """footed blue red brown masked nest nests nesting seabird seabirds colony
    island islands galapagos gannet gannets bird birds species""")
_sense("pussy", "willow", "willow willows catkins cat cats kitten kittens")
_sense("cock cocks", "rooster", """hen hens chicken chickens rooster roosters crow crows crowing crowed
    farmyard cockerel feathers eggs weathervane pheasant pheasants grouse partridge sparrow robin""")
_sense("bitch bitches", "dog", """puppy puppies pup pups litter litters whelp whelped whelping breeding
    kennel kennels pedigree spaniel labrador terrier greyhound retriever collie sire dog dogs""")
_sense("dyke dykes", "dam", """sea water dutch flood floods flooding dam dams canal polder river levee
    drainage reclaimed tide""")
_sense("hoe hoes", "rake", "garden gardening rake weeds weeding soil spade shed allotment dutch")
_sense("fag fags", "cigarettes", """packet pack cigarette cigarettes smoke smoking smoked lighter ciggies
    tobacco ashtray break breaks nipped nip popped lit light puff drag smoker smokers ciggie ciggy rollie baccy bum
    cadge""")
_sense("faggot faggots", "meatballs", """gravy peas mash onion onions pork liver recipe meatballs bundle
    sticks firewood kindling""")
_sense("knob knobs", "handle", "door doors volume dial dials turn twist radio cooker")
_sense("screw screws", "bolt", "screwdriver bolt bolts nuts loose tighten drill hinge")
_sense("shag", "carpet", "carpet carpets rug rugs pile tobacco")
# Famous Dicks of the news and the bookshelf, by the name beside them, and
# the pudding ("spotted dick and custard").
_sense("dick", "richard", """spotted custard pudding cheney advocaat moby tracy whittington turpin dyke fosbury dastardly durbin
    nixon philip enberg vitale butkus gephardt lugar armey grayson francis emery clement
    rev reverend mr""")
_sense("tranny", "gearbox", """motor engine car cars truck gearbox auto manual clutch transmission
    miles rebuilt rebuild""")

# The verb and the old word for a crack: "sanctions will retard the recovery",
# "fire retardant", "a chink in the armour", "a chink of light".
_sense("retard retards retarded retarding", "slow", """growth recovery progress development economy economic
    reform reforms investment spread process fire flames rate rates inflation healing harvest harvests crop crops
    germination ripening""")
# Nude images as a crime's object, as the news reports them: "deepfake
# nudes of schoolgirls", "revenge nudes shared without consent"; and as
# art: "the Renaissance nudes from the exhibition".
_sense("nudes", "images", """deepfake deepfakes revenge consent law laws police crime crimes criminal victims victim
    offence offense illegal blackmail sextortion shared circulated charged arrested prosecuted schoolgirls
    renaissance exhibition exhibitions gallery galleries museum museums painting paintings painted painter
    painters artist artists art sculpture sculptures portrait portraits classical canvas""")
# Politics' bedfellows ("the parties are in bed with Tehran", "in bed with
# big oil") and the sickbed ("in bed with the flu").
_sense("bed", "league", """flu cold fever covid illness sick ill virus migraine bug
    tehran iran iranian washington america american americans moscow russia russian
    ankara turkey turkish riyadh saudi saudis beijing china chinese israel israeli kremlin regime militias
    militia government governments party parties lobby lobbyists oil banks bankers developers corporations
    pmf kdp puk pkk hezbollah hamas baghdad erbil damascus tories labour republicans democrats""")
_sense("chink chinks", "crack", "armour armor light wall walls door curtain curtains")
# The news' "sex": a scandal, a crime, a trade or a curriculum reported ("the
# minister's sex scandal", "sex sells"), not sex described.
_sense("sex", "gender", """scandal scandals allegation allegations trafficking trafficked offender offenders
    offence offences crime crimes abuse workers worker education sells selling industry discrimination
    ratio segregation segregated""")
# ... and "sexual" before what the news reports or a reader condemns: "sexual
# comments about the reporter should be deleted", "sexual harassment".
_sense("sexual", "rude", """comments comment jokes joke remarks remark harassment assault assaults abuse misconduct
    violence exploitation crimes crime offences offence slavery""")

#: How far (in words, either side, same sentence) a cue may stand from the word.
REACH = 3
_SENTENCE = re.compile(r"[.!?;:\n]+")
_SENTENCE_KEPT = re.compile(r"([.!?;:\n]+)")  # the same, keeping the punctuation
_WORD = re.compile(r"[a-z']+")


#: A word after these is aimed at someone, whatever else is near: "you bitch,
#: walk your dog".
_ADDRESS = frozenset("you u ya ur stupid dumb fat ugly crazy lying little silly dirty filthy".split())


def _cued(tokens, i):
    if i and tokens[i - 1] in _ADDRESS:
        return False
    if i and tokens[i - 1] in ("a", "an", "such", "what") and _SENSES[tokens[i]][0] == "richard":
        return False  # a name takes no article: "Cheney is a dick"
    cues = _SENSES[tokens[i]][1]
    # A cue in the possessive counts: "Dick Turpin's hideout", "the bitch's litter".
    near = tokens[max(0, i - REACH): i + REACH + 1]
    return not cues.isdisjoint(near) or not cues.isdisjoint(w[:-2] for w in near if w.endswith("'s"))


@functools.lru_cache(maxsize=32)
def _uses(normalised):
    """(word, cued?) for every use of a word with an innocent sense."""
    uses = []
    for sentence in _SENTENCE.split(normalised):
        tokens = _WORD.findall(sentence)
        if _SENSES.keys().isdisjoint(tokens):
            continue
        uses += [(token, _cued(tokens, i)) for i, token in enumerate(tokens) if token in _SENSES]
    return tuple(uses)


def innocent_terms(normalised):
    """The words with an innocent sense that every use in the comment cues:
    "faggots" in "the butcher sells faggots and peas"."""
    uses = _uses(normalised)
    return {word for word, _ in uses} - {word for word, cued in uses if not cued}


def innocent_reading(normalised):
    """``normalised`` with each cued word read as its stand-in ("blue tits
    nesting" -> "blue birds nesting"); the text itself if there is none."""
    if not any(cued for _, cued in _uses(normalised)):
        return normalised
    parts = []
    for sentence in _SENTENCE_KEPT.split(normalised):
        tokens = _WORD.findall(sentence)
        if _SENSES.keys().isdisjoint(tokens):
            parts.append(sentence)
            continue
        # The n-th match is tokens[n]: each use is judged by its own cues.
        stand_ins = iter([_SENSES[t][0] if t in _SENSES and _cued(tokens, i) else t
                          for i, t in enumerate(tokens)])
        parts.append(_WORD.sub(lambda m: next(stand_ins), sentence))
    return "".join(parts)
