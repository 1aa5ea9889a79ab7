"""Blocklist stage: terms that are rejected wherever they appear.

Built on better-profanity's word list, read from the package's own data (not
its module-level singleton, whose state is shared by every caller). Each word
of that list is curated in ``data/blocklist.tsv``: *banned* terms
(unambiguous profanity, vulgarity and slurs) reject on their own; the rest
(``gay``, ``kill``, ``god``, ``stupid``...) are left to the classifier, which
sees their context. A site adds its own banned terms, or allows terms, in a
file of the same format (``MODERATION_BLOCKLIST_FILE``).

Matching is dictionary lookups over the normalised tokens plus one
Aho-Corasick pass for the few terms that are safe to find inside other words:
linear in the text length, with no backtracking regular expression.
"""

import bisect
import csv
import re
from dataclasses import dataclass
from importlib import resources
from itertools import combinations

import ahocorasick

from .normalise import normalise
from .policy import CATEGORIES, SUBTYPES

ACTIONS = ("ban", "classifier", "allow")
# "exact": a whole word, like "word", but without a typist's slips (see
# slip_variants): for words of other languages, whose slips are other
# languages' words and names ("putins" of "putains", "maicon" of "maricon").
MATCH_MODES = ("word", "substring", "exact")
_COLUMNS = ("term", "action", "category", "subtype", "match")
_WORDS = re.compile(r"[\w*']+")
_VOWELS = set("aeiou")
# Masked variants are generated only for terms at least this long: shorter
# ones ("ass" -> "a*s") are too ambiguous.
_MIN_VARIANT_LENGTH = 4
# Stretched spellings are recognised with up to this many letters stretched.
_MAX_STRETCHED = 3
# Banned words this long are also recognised with two neighbouring letters
# swapped ("fgagot", "ngiger") or one letter left out ("nggers", "faggt"),
# HateCheck's two slips of a character; shorter ones are not: "fcuk" is a
# brand, "arres" and "aress" (from "arrse", "arses") are slips of "arrest",
# and a short word less a letter is someone's initials. A slip that spells
# any word of wordninja's 126,000 ("fletch" from "feltch", "niger") is left alone.
_MIN_SLIP_LENGTH = 6


@dataclass(frozen=True)
class Term:
    """A curated blocklist entry."""

    term: str
    action: str
    category: str | None = None
    subtype: str | None = None
    match: str = "word"


@dataclass(frozen=True)
class Match:
    """A banned term found in a comment; ``term`` is the list's entry, not a
    copy of the comment's text."""

    term: str
    category: str
    subtype: str | None


def package_wordlist():
    """better-profanity's word list, as shipped in the package."""
    text = resources.files("better_profanity").joinpath("profanity_wordlist.txt").read_text("utf-8")
    return [w.strip().lower() for w in text.splitlines() if w.strip()]


def read_terms(lines, origin):
    """Parse curated rows (``term action category subtype match``, tab
    separated, ``#`` comments); raise ValueError naming ``origin`` and the
    line for anything malformed."""
    terms = []
    rows = csv.reader((line for line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, row in enumerate(rows, 1):
        if not row or not row[0].strip() or row[0].startswith("#") or tuple(row) == _COLUMNS:
            continue
        row = [cell.strip() for cell in row] + ["-"] * (5 - len(row))
        term, action, category, subtype, match = row[:5]
        where = f"{origin}, line {number}"
        if action not in ACTIONS:
            raise ValueError(f"{where}: action {action!r} is not one of {', '.join(ACTIONS)}")
        category = None if category in ("", "-") else category
        subtype = None if subtype in ("", "-") else subtype
        match = "word" if match in ("", "-") else match
        if action == "ban" and category not in CATEGORIES:
            raise ValueError(f"{where}: a banned term needs a category, one of {', '.join(CATEGORIES)}")
        if subtype is not None and subtype not in SUBTYPES:
            raise ValueError(f"{where}: subtype {subtype!r} is not one of {', '.join(SUBTYPES)}")
        if match not in MATCH_MODES:
            raise ValueError(f"{where}: match {match!r} is not one of {', '.join(MATCH_MODES)}")
        terms.append(Term(term.lower(), action, category, subtype, match))
    return terms


def curated_terms():
    """The shipped curation of better-profanity's list plus our additions."""
    path = resources.files("moderation").joinpath("data/blocklist.tsv")
    return read_terms(path.read_text("utf-8").splitlines(), "moderation/data/blocklist.tsv")


def _masked_variants(word):
    """'fuck' -> 'f*ck', 'fu*k', 'f**k', 'f*k', ...: interior letters replaced
    by asterisks, one run at a time, keeping the first and last letters.
    Only forms with an asterisk are generated: a de-vowelled or collapsed
    form can be an ordinary word ("nigger" -> "niger", "cunt" -> "cnt"), so
    such spellings are listed in the data instead."""
    variants = set()
    for start, end in combinations(range(1, len(word)), 2):
        variants.add(word[:start] + "*" * (end - start) + word[end:])
        if end - start <= 2:  # "f*k" for "fuck"; but "f*cking" is not "fingerfucking"
            variants.add(word[:start] + "*" + word[end:])
    variants.add(word[0] + "".join("*" if c in _VOWELS else c for c in word[1:]))
    return {v for v in variants if "*" in v}


# The swear words self-censored down to their first letter ("f***",
# "c***", "b*******"); any other word so masked is anyone's guess ("Mr
# M*** told the court").
_CENSORED_TO_ONE_LETTER = frozenset("""
    fuck fucking fucked fucker shit shite cunt twat piss pissed wank wanker bollocks bastard bitch
    bullshit arse arsehole
""".split())


def _censored_variants(word):
    """'fuck' -> 'fu**', 'f***': the end of the word asterisked, as
    self-censored swearing writes it ("what the f***"). At least two
    asterisks ("sh*" is no word's disguise) and at most three, as
    normalisation cuts a longer run of one character to three."""
    variants = set()
    for kept in range(1 if word in _CENSORED_TO_ONE_LETTER else 2, len(word) - 1):
        variants.add(word[:kept] + "*" * min(len(word) - kept, 3))
    return variants


def word_keys(term):
    """Every token form under which a banned word is recognised."""
    if " " in term:
        return {term}
    keys = {term, term + "s"} | stretched_variants(term)
    if len(term) >= _MIN_VARIANT_LENGTH:
        keys |= _masked_variants(term) | _censored_variants(term)
    return keys


def stretched_variants(word):
    """'fuck' -> 'fffuck', 'fuuuck', 'fuuucccck', ...: up to three letters
    tripled. Normalisation cuts any stretch to three letters, so "fuuuuuck"
    arrives as "fuuuck"; indexing these forms keeps matching one lookup.
    Natural double letters are never collapsed: "Shiite" is not "shite",
    "Niger" is not "nigger"."""
    variants = set()
    for n in range(1, min(_MAX_STRETCHED, len(word)) + 1):
        for positions in combinations(range(len(word)), n):
            variants.add("".join(c * 3 if i in positions else c for i, c in enumerate(word)))
    return variants


def swapped_variants(word):
    """'faggot' -> 'afggot', 'fgagot', ...: each pair of neighbouring, unlike
    letters swapped, minus any that spell a word Wikipedia uses."""
    from .normalise import english

    words = english()._wordcost
    swaps = (word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1) if word[i] != word[i + 1])
    return {variant for variant in swaps if variant not in words}


def dropped_variants(word, others=None):
    """'niggers' -> 'nggers', 'nigers', ...: each inner letter left out,
    minus any that spell a word Wikipedia uses ("niger", "waker") or that
    ``others`` (see :func:`common_drops`) gives as a common word with a
    letter left out ("seting" of "setting", not of "sexting"). Not the
    last letter: what is left is the start of another word ("twatt" of
    "twatty", a village in Orkney)."""
    from .normalise import english

    words = english()._wordcost
    others = others or {}
    drops = (word[:i] + word[i + 1:] for i in range(1, len(word) - 1))
    return {variant for variant in drops
            if variant not in words and others.get(variant, word) in (word, word[:-1])}


#: The commonest English words whose slips a banned word's may not claim.
_COMMON_WORDS = 30_000


def common_words():
    """The commonest English words (wordninja's ranking), commonest first."""
    from .normalise import english

    costs = english()._wordcost
    return sorted(costs, key=costs.get)[:_COMMON_WORDS]


def common_drops(words=None):
    """{slip: word} for the commonest English words of six letters or more,
    each with one inner letter left out ("cuting": "cutting"); of several
    words, the commonest. Built when a blocklist is (0.08 s) and let go."""
    drops = {}
    for word in words or common_words():
        if len(word) >= _MIN_SLIP_LENGTH:
            for i in range(1, len(word) - 1):
                drops.setdefault(word[:i] + word[i + 1:], word)
    return drops


def slip_variants(word, others=None):
    """A typist's one slip of ``word``: two neighbouring letters swapped or
    one left out."""
    return swapped_variants(word) | dropped_variants(word, others)


# Swear words that make new words of others ("shitshow", "twatwaffle",
# "dumbcunt") or take an inflection the list lacks ("shittier", "cuntish"):
# a token that opens on one, followed by an inflection or by one of the
# commonest English words of four letters or more, or that closes on one
# after such a word, is that swear word. Not "arse" ("arsenate": "nate" is
# a common word) nor "fuck", which the list finds inside any word; and no
# shorter word: "shittim" is a wood of the Bible, "Shitara" and "Shitole"
# are surnames, "mishit" a cricket shot ("Wankhede", a stadium, ends on no
# word).
_COMPOUND_HEADS = ("shite", "shit", "cunt", "twat", "wank")
_COMPOUND_TAILS = ("shit", "cunt", "twat", "wank")
_INFLECTIONS = frozenset("y ier iest ish ishly ishness ery iness ing ings ed er ers less".split())
_ROOTS = "|".join(_COMPOUND_TAILS)  # "shite" opens on "shit"
_COMPOUND = re.compile(rf"\b(?:{_ROOTS})[a-z]+|\b[a-z]{{4,}}(?:{_ROOTS})\b")


class Blocklist:
    """Banned terms, indexed for linear-time matching of normalised text."""

    def __init__(self, terms):
        self._words = {}  # token or phrase key -> Term
        self._allowed = set()
        kept = set()  # allowed and classifier-only terms: no variant may ban them
        self._phrase_lengths = {}  # first word of a phrase -> its lengths in words
        self._automaton = ahocorasick.Automaton()
        self.banned = {}
        # Later rows win: a site's file overrides the shipped curation.
        final = {}
        for entry in terms:
            final[normalise(entry.term)] = entry
        for key, entry in final.items():
            if entry.action == "allow":
                self._allowed.add(key)
                self._allowed.add(key + "s")
            if entry.action != "ban":
                kept.add(key)
            else:
                self.banned[key] = entry
        # Shorter terms claim shared variants first: "f*ck" is "fuck".
        for key, entry in sorted(self.banned.items(), key=lambda item: len(item[0])):
            for variant in word_keys(key):
                if variant in kept and variant != key:
                    continue
                # An exact key must not be shadowed by another term's variant.
                if variant == key or variant not in self._words:
                    self._words[variant] = entry
            if " " in key:
                first = key.split(" ", 1)[0]
                self._phrase_lengths.setdefault(first, set()).add(key.count(" ") + 1)
            if entry.match == "substring":
                self._automaton.add_word(key, entry)
        # Slips last, so that no slip shadows a term or its other variants.
        common = common_words()
        others = common_drops(common)
        self._compound_parts = frozenset(word for word in common if len(word) >= 4) | _INFLECTIONS
        self._compound_roots = {root: self.banned[root] for root in _COMPOUND_HEADS if root in self.banned}
        for key, entry in sorted(self.banned.items(), key=lambda item: len(item[0])):
            if " " in key or not key.isalpha() or entry.match == "exact":
                continue
            for form in (key, key + "s"):
                if len(form) >= _MIN_SLIP_LENGTH:
                    # A letter left out of a short word's plural is the short
                    # word's slip again ("arres" of "arrses").
                    slips = slip_variants(form, others) if len(key) >= _MIN_SLIP_LENGTH else swapped_variants(form)
                    for variant in slips - kept - self._allowed:
                        self._words.setdefault(variant, entry)
        self._has_substrings = len(self._automaton) > 0
        if self._has_substrings:
            self._automaton.make_automaton()

    @classmethod
    def load(cls, site_file=None):
        """The shipped curation, overridden by a site's own file if given."""
        terms = curated_terms()
        if site_file:
            with open(site_file, encoding="utf-8") as handle:
                terms += read_terms(handle.read().splitlines(), str(site_file))
        return cls(terms)

    def find_normalised(self, normalised):
        """Banned terms in already-normalised text, in order of appearance,
        each reported once."""
        tokens = _WORDS.findall(normalised)
        if "'s" in normalised:
            # A possessive is its word: "for f***'s sake". (Not a closing quote:
            # "called a 'dirty Paki'" stays a quoted word, which the moderator
            # may read as reported.)
            tokens = [token[:-2] if token.endswith("'s") else token for token in tokens]
        words, phrases = self._words, self._phrase_lengths
        found = {}
        # Most comments hold no listed word: a set test in C spares the loop.
        listed = not (words.keys().isdisjoint(tokens) and phrases.keys().isdisjoint(tokens))
        for i, token in enumerate(tokens if listed else ()):
            if token in words:
                entry = words[token]
                found.setdefault(entry.term, entry)
            if token in phrases:
                for n in phrases[token]:
                    entry = words.get(" ".join(tokens[i:i + n]))
                    if entry is not None:
                        found.setdefault(entry.term, entry)
        if self._has_substrings:
            for entry in self._substring_matches(normalised.replace("*", "")):
                found.setdefault(entry.term, entry)
        # Four substring tests in C ("shite" holds "shit") spare the regular
        # expression on nearly every comment.
        if any(root in normalised for root in _COMPOUND_TAILS):
            for compound in _COMPOUND.findall(normalised):
                entry = self._compound_root(compound)
                if entry is not None:
                    found.setdefault(entry.term, entry)
        return [Match(e.term, e.category, e.subtype) for e in found.values()]

    def _compound_root(self, token):
        """The banned swear word a compound token is made of ("shitfaced",
        "shittier", "dumbcunt"), or None (see _COMPOUND_HEADS)."""
        if token in self._words or token in self._allowed:
            return None
        parts = self._compound_parts
        for root, entry in self._compound_roots.items():
            if token.startswith(root):
                rest = token[len(root):]
                if rest in parts or (rest[0] == root[-1] and rest[1:] in _INFLECTIONS):  # "shit-t-ier"
                    return entry
        for root in _COMPOUND_TAILS:
            if token.endswith(root) and token[:-len(root)] in parts and root in self._compound_roots:
                return self._compound_roots[root]
        return None

    def find(self, text):
        """Banned terms in raw text."""
        return self.find_normalised(normalise(text))

    def _substring_matches(self, text):
        """Terms safe to find inside other words ("fuckthis"), in one
        Aho-Corasick pass over the whole text; a hit inside an allowed
        word does not count."""
        words = None
        current, counts = None, False
        for end, entry in self._automaton.iter(text):
            if words is None:
                words = _WordSpans(text)
            # Hits inside one word share its verdict: judging the word again
            # for every hit would be quadratic in a long word ("fuckfuck...").
            span = words.around(end)
            if span != current:
                current = span
                word = text[span[0]:span[1]]
                # An allowed word does not count; a banned word was already found.
                counts = word not in self._allowed and word not in self._words
            if counts:
                yield entry


class _WordSpans:
    """The words of a text (letters, digits, apostrophes), found once by a
    regular expression so that finding the word around a position costs a
    binary search, not a walk over the word character by character."""

    _WORD = re.compile(r"[\w']+")

    def __init__(self, text):
        # "_" is a word character to the regex but not to the blocklist;
        # blanking it keeps every position (an alternation such as
        # "(?:[^\W_]|')+" is ten times slower on a long word).
        self._spans = [m.span() for m in self._WORD.finditer(text.replace("_", " "))]
        self._starts = [start for start, _ in self._spans]

    def around(self, position):
        """(start, stop) of the word holding ``position``; a position outside
        any word gives the word just before it, if touching, plus itself."""
        i = bisect.bisect_right(self._starts, position) - 1
        if i >= 0:
            start, stop = self._spans[i]
            if position < stop:
                return start, stop
            if position == stop:
                return start, stop + 1
        return position, position + 1
