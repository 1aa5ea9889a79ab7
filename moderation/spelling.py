"""Spellings a reader decodes at a glance but a tokeniser does not: phrases
run together ("muslimsareallterrorists"), words masked with asterisks
("m*r*n"), words with their vowels dropped ("brnlss hck") and one-letter
typos of the words the rules read ("terorists").

Run after :func:`moderation.normalise.normalise`, on its output. Unlike
normalising, these steps need a vocabulary: English word frequencies
(wordninja's, from Wikipedia) to split phrases, and the policy's own
lexicon -- the blocklist's terms and the rules' words -- to restore a
masked or de-vowelled word, because people disguise the words they expect
to be caught and a guess among all English words would often be wrong
("m*r*n" could be "maren" or "moron"; only one is worth disguising).
"""

import functools
import re
from collections import defaultdict

from .identity import IDENTITY
from .normalise import english, normalise

# A run-together phrase: letters only, 8 to 40 characters (shorter ones are
# mostly real words the dictionary lacks -- names, slang; longer ones no one
# types, and the segmenter's cost grows with the length).
_RUN_TOGETHER = re.compile(r"(?<![\w'*])[a-z]{8,40}(?![\w'*])")
# The only parts shorter than three letters a split may have: the segmenter
# otherwise "explains" an unknown name or a typo as fragments
# ("peshmerga" -> "pes hm erg a").
_SHORT_WORDS = frozenset("a i am an as at be by do go he if in is it me my no of oh ok on or so to up us we".split())
# A word masked with asterisks inside it ("b*llocks", "m*r*n").
_MASKED = re.compile(r"(?<![\w*])[a-z]+(?:\*+[a-z]+)+(?![\w*])")
# A word of three or more letters without a vowel ("mrn", "brnlss").
_VOWELLESS = re.compile(r"(?<![\w'*])[b-df-hj-np-tv-z]{3,20}(?![\w'*])")
_VOWELS = str.maketrans("", "", "aeiou")
# Words this frequent in English are never read as de-vowelled forms: "bbc",
# "nhs", "mps", "cctv" are what they are. (wordninja's cost is the log of
# the word's frequency rank; 11.7 is about rank 10,000.)
COMMON_WORD_COST = 11.7


@functools.cache
def _blocklist_terms():
    """The shipped blocklist, read once for all the indexes below."""
    from .blocklist import curated_terms

    return tuple(curated_terms())


@functools.cache
def _rule_words():
    """Identity terms and the rules' own words."""
    from . import rules
    from .identity import RESPELLED_IDENTITY

    return rules.LEXICON | frozenset(RESPELLED_IDENTITY)


@functools.cache
def lexicon():
    """The words the policy looks for: blocklist terms (every tier) and the
    words of the rules and of the identity list, single words only."""
    words = {term.term for term in _blocklist_terms()} | _rule_words()
    return frozenset(w for w in words if w.isalpha() and len(w) >= 3)


def _commonest(words, first=frozenset()):
    """Of ``words``, the most common in English (any in ``first`` before the
    rest); ties by spelling, so the choice never depends on set order."""
    costs = english()._wordcost
    return min(words, key=lambda w: (w not in first, costs.get(w, float("inf")), w))


@functools.cache
def _by_skeleton():
    index = defaultdict(set)
    for word in lexicon():
        skeleton = word.translate(_VOWELS)
        if skeleton != word and len(skeleton) >= 3:
            index[skeleton].add(word)
    # A skeleton shared by several words ("sht": shit, shot) restores none,
    # unless all of them are banned ("fckng": fucking, fcking, fcuking):
    # then the most common in English stands for them all.
    banned = banned_terms()
    return {k: _commonest(v) for k, v in index.items() if len(v) == 1 or v <= banned}


@functools.cache
def _by_shape():
    """Lexicon words by (length, first letter, last letter): a masked word
    keeps those ("f*ck", "m*r*n"), so it is compared with a handful of words."""
    index = defaultdict(list)
    for word in lexicon():
        index[len(word), word[0], word[-1]].append(word)
    return index


#: Run-together tokens split per comment, at most: splitting costs ~0.25 ms
#: a token, and a comment with more of them is noise, not a disguise.
MAX_SPLITS = 64


#: The cost the segmenter gives a group's name or an insult Wikipedia's
#: list lacks ("yazidis", "slimeball"): about a word of rank 40,000, so that
#: "finishofftheyazidis" splits as "finish off the yazidis", not "... yazid is",
#: and "slimeball" stays whole.
ADDED_WORD_COST = 13.0


@functools.cache
def _segmenter():
    """wordninja's English model with the identity list's names and the
    rules' insults added."""
    import wordninja

    from .rules import INSULTS

    model = english()
    added = {word: ADDED_WORD_COST for word in IDENTITY.keys() | INSULTS
             if word.isalpha() and word not in model._wordcost}
    segmenter = object.__new__(wordninja.LanguageModel)
    segmenter._wordcost = {**model._wordcost, **added}
    segmenter._maxword = max([model._maxword, *map(len, added)])
    return segmenter


@functools.lru_cache(maxsize=4096)
def _segmented(word):
    parts = _segmenter().split(word)
    if len(parts) < 2 or any(len(p) < 3 and p not in _SHORT_WORDS for p in parts):
        return word
    return " ".join(parts)


def _unmask(match):
    return _unmasked(match.group(0))


@functools.lru_cache(maxsize=4096)
def _unmasked(masked):
    """The lexicon word the masked word stands for, each asterisk one letter;
    of several ("b*llocks": bollocks, ballocks), a banned term before any
    other word -- people mask the words they expect to be banned: "s**t" is
    not "slit" -- then the most common in English."""
    candidates = _by_shape().get((len(masked), masked[0], masked[-1]), ())
    found = [w for w in candidates if all(m == "*" or m == c for m, c in zip(masked, w))]
    if not found:
        return masked
    return _commonest(found, first=banned_terms())


@functools.cache
def banned_terms():
    """The blocklist's banned terms: never a word the spelling steps produce."""
    return frozenset(term.term for term in _blocklist_terms() if term.action == "ban")


@functools.cache
def _banned_slips():
    """A typist's slips of the banned words long enough to have them, and of
    their plurals (see :func:`moderation.blocklist.slip_variants`): none is
    an English word. (A superset of the slips the blocklist indexes: it
    leaves out the slips of other languages' words and of common English
    words; kept whole, such a token is only left unsplit.)"""
    from .blocklist import _MIN_SLIP_LENGTH, slip_variants

    return frozenset(slip for term in banned_terms() if term.isalpha() and len(term) >= _MIN_SLIP_LENGTH
                     for form in (term, term + "s") for slip in slip_variants(form))


def listed_terms():
    """Every term of the shipped blocklist, banned or left to the classifier."""
    return frozenset(term.term for term in _blocklist_terms())


# Three consonants are an acronym as often as a word stripped of its vowels
# ("JGB" is a Japanese government bond, "DSS" a department, "RNN" a network):
# they are restored only to a word of five letters or fewer ("fck", "sht",
# "mrn"), not to one they keep less than half of ("jigaboo", "execute").
_ACRONYM_LENGTH = 3
_ACRONYM_TARGET = 5


def _revowel(match):
    """The one lexicon word the vowelless word can be, unless it is itself
    a common word or abbreviation -- or any word Wikipedia uses, when the
    lexicon word is banned ("spg" is a self-propelled gun, not "spooge")."""
    word = match.group(0)
    target = _by_skeleton().get(word)
    if target is None or len(word) <= _ACRONYM_LENGTH and len(target) > _ACRONYM_TARGET:
        return word
    cost = english()._wordcost.get(word)
    if cost is not None and (cost < COMMON_WORD_COST or target in banned_terms()):
        return word
    return target


# A word that may be a typo of a lexicon word: six letters or more (shorter
# ones are one typo from too many others: "mooks", "nikes", "hoser").
_TYPO_LENGTH = 6
_TYPO_CANDIDATE = re.compile(rf"(?<![\w'*])[a-z]{{{_TYPO_LENGTH},20}}(?![\w'*])")
_HAS_VOWEL = re.compile("[aeiou]")
#: Typo look-ups per comment, at most (~50 µs each).
MAX_CORRECTIONS = 32


@functools.cache
def _speller():
    """SymSpell over the words the rules read (identity terms and the rules'
    own words): a typo there ("terorists", "immigants") hides a comment from
    the rules. Every blocklist term is left out on purpose (the identity
    list names slurs too): a word one letter from a slur ("Raghad", "Nikes")
    must not become it."""
    from symspellpy import SymSpell

    speller = SymSpell(max_dictionary_edit_distance=1, prefix_length=7)
    for word in _speller_words():
        speller.create_dictionary_entry(word, 1)
    return speller


@functools.cache
def _speller_words():
    listed = {term.term for term in _blocklist_terms()}
    return frozenset(w for w in _rule_words() - listed if w.isalpha() and len(w) >= _TYPO_LENGTH)


@functools.lru_cache(maxsize=4096)
def _corrected(word):
    """The lexicon word one typo (a letter dropped, added, changed, or two
    swapped) from ``word``; of several, the most common in English."""
    from symspellpy import Verbosity

    found = _speller().lookup(word, Verbosity.CLOSEST, max_edit_distance=1)
    if not found or found[0].distance == 0:
        return word
    return _commonest(s.term for s in found)


def respell(normalised):
    """``normalised`` with typos of the rules' words corrected, run-together
    phrases split into words, and masked or de-vowelled words of the
    policy's lexicon restored."""
    words = english()._wordcost
    budget = [MAX_SPLITS]

    banned = banned_terms()

    def split(match):
        word = match.group(0)
        # A banned term is kept whole: split, "londonistan" would read "london is tan";
        # so is a group's name ("alawites" would read "a law ites") and a
        # typist's slip of a banned word ("toweleads" would read "to we leads"),
        # which the blocklist reads as its word ("towelheads").
        if word in words or word in banned or word in IDENTITY or word in _banned_slips() or not budget[0]:
            return word
        budget[0] -= 1
        return _segmented(word)

    corrections = [MAX_CORRECTIONS]

    def correct(match):
        word = match.group(0)
        if word in words or not corrections[0] or not _HAS_VOWEL.search(word):
            # English (or a name Wikipedia knows), over budget, or vowelless:
            # de-vowelled words are restored by their skeleton below.
            return word
        corrections[0] -= 1
        return _corrected(word)

    # Typos first: split, "parasits" would read as "paras its".
    text = _TYPO_CANDIDATE.sub(correct, normalised)
    text = _RUN_TOGETHER.sub(split, text)
    if "*" in text:
        text = _MASKED.sub(_unmask, text)
    return _VOWELLESS.sub(_revowel, text)


# Short words are read through their commonest typos by the rules only (see
# :func:`misspellings`); the canonical text keeps them as typed.
_SHORTEST_TYPO_KEY = 4
#: Variants this common in English are words in their own right ("tarns");
#: Wikipedia's list also holds the commonest typos, less common ("poeple").
OWN_WORD_COST = 13.5


def _dropped(word):
    """``word`` with one of its letters left out, each way."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_slip(word, short_drops=False):
    """Two neighbouring letters swapped ("haet"), and for words of six
    letters or more one letter dropped ("peple"; shorter words lose a
    letter into other words: "wome", "tans") -- of a group's name or, with
    ``short_drops``, another word of four or five letters, an inner one
    into no word at all ("wmen", "deth"): the slips of a fast typist and of
    contrast tests' spelling variations."""
    out = {word[:i] + word[i + 1] + word[i] + word[i + 2:]
           for i in range(len(word) - 1) if word[i] != word[i + 1]}
    if len(word) >= 6:
        out |= _dropped(word)
    elif len(word) in (4, 5) and (short_drops or word in IDENTITY):
        # A short word missing an inner letter, into no word Wikipedia uses:
        # "wmen", "blck", "deth", "scm" (not "tans" or "jes", which the check
        # below would let through as rare).
        words = english()._wordcost
        out |= {slip for slip in (word[:i] + word[i + 1:] for i in range(1, len(word) - 1)) if slip not in words}
    out.discard(word)
    return out


@functools.cache
def misspellings(keys, short_drops=frozenset()):
    """{typo: word} for ``keys`` the typo step above leaves alone: words of
    four or five letters (one edit from too many others to correct in the
    canonical text), words outside the lexicon ("people", "despise"),
    blocklist words the classifier judges ("stupid") and lexicon words of six
    letters that lost one ("vemin") -- never a banned term.

    Only for the rules, which match words exactly ("I haet women", "kill
    all the jwes"); the classifier reads character n-grams and is trained
    on the canonical text, which stays as typed. A typo is left out when it
    is an English word of its own or one slip from two keys. One slip from
    a common word is kept ("haet" is also "heat"): a rule still needs its
    whole construction ("I haet women") to fire."""
    costs = english()._wordcost
    found = defaultdict(set)
    for key in keys:
        if key in banned_terms():
            continue  # a slur
        if key in _speller_words():
            # The typo step corrects it in the canonical text -- but reads
            # only words of _TYPO_LENGTH letters or more, so a word of that
            # length that lost a letter is left to this map ("vemin", "cacer").
            if len(key) == _TYPO_LENGTH:
                for typo in _dropped(key):
                    found[typo].add(key)
            continue
        if _SHORTEST_TYPO_KEY <= len(key) and key.isalpha():
            for typo in _one_slip(key, key in short_drops):
                found[typo].add(key)
    return {typo: next(iter(words)) for typo, words in found.items()
            if len(words) == 1 and typo not in keys
            and costs.get(typo, float("inf")) >= OWN_WORD_COST}


def prepare():
    """Load the word list and build every index now (~0.2 s), so that no
    comment pays for it: a service calls this once at start-up."""
    english()
    _by_skeleton()
    _by_shape()
    banned_terms()
    _speller()
    _segmenter()
    _banned_slips()


# The @handle a reply is addressed to ("@Mark_77 you're right"): a name,
# not a word the comment says. Normalised, "@" is leet for "a" ("@mark" ->
# "amark"), a word the classifier weighs, and the corpora's tweets say
# "@USER" throughout: put before each of the 5,980 probe-set comments,
# "@USER" cost 49 rejections (and spared 18 false rejects). A decision must
# not depend on whom a reply answers.
_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{2,30})(?![\w@])\s*")


def without_handles(text):
    """``text`` without the @handles in it; the text itself if it has none.
    A leet word is no handle: "@ss", "@rse" ("a" and the rest make a word of
    the policy's lexicon or of English)."""
    if "@" not in text:
        return text
    costs = english()._wordcost

    def handle(match):
        word = "a" + match.group(1).lower()
        if word in lexicon() or costs.get(word, float("inf")) < OWN_WORD_COST:
            return match.group(0)
        return ""

    return _HANDLE.sub(handle, text)


def canonical(text):
    """The text every stage reads: without its @handles, normalised, then
    respelled. (Promotion reads the handles in the raw text.)"""
    return respell(normalise(without_handles(text)))
