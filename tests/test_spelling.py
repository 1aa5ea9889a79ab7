"""Respelling: run-together phrases, masked and de-vowelled words of the
policy's lexicon are restored; ordinary text, names and abbreviations are not
touched."""

import pytest

from moderation.spelling import canonical, without_handles

CASES = [
    # (raw, canonical, what it covers)
    ("Muslimsareallterrorists, every one of them.", "muslims are all terrorists, every one of them.",
     "a run-together phrase"),
    ("Ihopeyoudie", "i hope you die", "single-letter words inside a phrase"),
    ("your dumbopinion", "your dumb opinion", "two words run together"),
    ("Only a mrn would write this.", "only a moron would write this.", "de-vowelled insult"),
    ("Immigrants are prsts", "immigrants are parasites", "de-vowelled derogatory noun"),
    ("Sp*stics on TV", "spastics on tv", "masked slur"),
    ("what the f**k", "what the fuck", "masked profanity"),
    ("a load of s**t", "a load of shit", "a fully masked word is the banned term of its shape, not 'slit'"),
    ("absolute b******s", "absolute bollocks", "a long mask keeps its length"),
    ("this is fckng ridiculous", "this is fucking ridiculous", "a skeleton shared only by banned spellings"),
    # left alone
    ("The peshmerga and Zelenskyy said", "the peshmerga and zelenskyy said", "unknown names are not split"),
    ("Alawites, Ismailis and Turkomans", "alawites, ismailis and turkomans", "groups' names are not split"),
    ("finishofftheYazidis", "finish off the yazidis", "a group's name Wikipedia's list lacks, inside a phrase"),
    ("a slimeball", "a slimeball", "an insult Wikipedia's list lacks is not split"),
    ("you toweleads", "you toweleads", "a banned word's slip is not split: the blocklist reads it"),
    ("goverment disgusing immigants", "goverment disgusting immigrants",
     "typos of the rules' words corrected, other typos not split into fragments"),
    ("Muslims are all terorists, refugess too", "muslims are all terrorists, refugees too", "dropped and changed letters"),
    ("Raghad and Karzan wrote this", "raghad and karzan wrote this", "names are not 'corrected' into slurs"),
    ("my new Nikes, dumb mooks", "my new nikes, dumb mooks", "short words are not corrected"),
    ("internationally counterproductive", "internationally counterproductive", "long English words"),
    ("The BBC, the NHS, MPs and CCTV", "the bbc, the nhs, mps and cctv", "common vowelless abbreviations"),
    ("psst, hmm, shh", "psst, hmm, shh", "vowelless interjections"),
    ("the SPG and the GTs", "the spg and the gts", "abbreviations are never read as banned words"),
    ("Japanese government bond (JGB) prices", "japanese government bond (jgb) prices",
     "three consonants are restored only to a word of five letters or fewer"),
    ("rated 5* and *important*", "rated 5* and *important*", "asterisks that mask nothing"),
    ("x" * 500, "xxx", "a long run: no segmentation of huge tokens"),
    # the @handles a reply is addressed to are no words of it; leet is
    ("@Mark_77 @USER agree 100%", "agree 100%", "handles dropped"),
    ("What an @sshole, and @rse", "what an asshole, and arse", "leet for 'a' is no handle"),
]


@pytest.mark.parametrize("raw, expected, covers", CASES, ids=[c[2] for c in CASES])
def test_canonical(raw, expected, covers):
    assert canonical(raw) == expected


def test_a_huge_word_is_not_segmented():
    word = "ab" * 100_000  # 200 KB: the segmenter is quadratic-ish, it must never see this
    assert canonical(word) == word


def test_segmentation_is_bounded_per_comment():
    # Each split costs a quarter of a millisecond: a comment of run-together
    # tokens gets MAX_SPLITS of them split and the rest read as they are.
    from moderation.spelling import MAX_SPLITS

    out = canonical(" ".join(["ihopeyoudie"] * (MAX_SPLITS + 10)))
    assert out.count("i hope you die") == MAX_SPLITS
    assert out.count("ihopeyoudie") == 10


@pytest.mark.parametrize("typo, word", [
    ("haet", "hate"), ("wmoen", "women"), ("balck", "black"), ("jwes", "jews"), ("peolpe", "people"),
    ("poeple", "people"),  # in Wikipedia's word list, but rarer than a word of its own
    ("vemin", "vermin"),  # five letters: too short for the typo step, which corrects "vermim"
])
def test_rules_read_short_words_through_their_typos(typo, word):
    from moderation.spelling import misspellings

    assert misspellings(frozenset(["hate", "women", "black", "jews", "people", "vermin"]))[typo] == word


@pytest.mark.parametrize("word", ["heat", "haet", "arts", "veil", "wome", "tans", "hate"])
def test_words_and_ambiguous_slips_are_not_misspellings(word):
    from moderation.spelling import misspellings

    # "heat" is a key itself, and "haet" a slip of two keys; "arts" and "veil"
    # English words; "wome" and "tans" a letter dropped from a five-letter
    # word (other words lose letters into them).
    assert word not in misspellings(frozenset(["hate", "heat", "rats", "evil", "women", "trans"]))


def test_the_canonical_text_keeps_short_typos():
    # Only the rules read "haet" as "hate": the classifier is trained on the text as typed.
    assert canonical("I haet wmoen") == "i haet wmoen"


@pytest.mark.parametrize("raw, expected", [
    ("@Mark_77 you're right", "you're right"),
    ("Email info@example.com", "Email info@example.com"),  # an address, not a handle
    ("What an @sshole", "What an @sshole"),  # leet
    ("no handles here", "no handles here"),
])
def test_without_handles(raw, expected):
    assert without_handles(raw) == expected


def test_short_words_lose_an_inner_letter_only_where_asked():
    from moderation.spelling import misspellings

    keys = frozenset(["scum", "death", "whack"])
    typos = misspellings(keys, short_drops=frozenset(["scum", "death"]))
    assert typos["scm"] == "scum" and typos["deth"] == "death"
    # "wack" is slang of its own: the verbs of harm are not asked for.
    assert "wack" not in typos and "sum" not in typos  # "sum" an English word
