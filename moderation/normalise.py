"""Normalisation shared by the blocklist and the classifier.

Both stages see the same canonical text, so a disguise that fools one fools
neither. The output is only ever used for matching and scoring: responses
never contain it, because comments are approved or rejected, never edited.

Every step is a single pass over the text (``str.translate``, NFKC, and
regular expressions without nested quantifiers), so the cost is linear in
the input length whatever a user sends.
"""

import functools
import itertools
import re
import unicodedata



def _code_points(predicate):
    """Characters for which ``predicate`` holds, from the planes where Unicode
    puts format characters and combining marks (0, 1 and 14): scanning all
    1.1 million code points would add a fifth of a second to every start."""
    planes = (range(0x20000), range(0xE0000, 0xE1000))
    return [chr(c) for plane in planes for c in plane if predicate(chr(c))]


def _invisible_characters():
    """Format characters (Unicode category Cf: zero-width spaces and joiners,
    soft hyphen, bidi controls, BOM...) plus a few invisible letters that
    Unicode does not class as format characters."""
    chars = set(_code_points(lambda c: unicodedata.category(c) == "Cf"))
    chars |= {"\u034f", "\u115f", "\u1160", "\u3164", "\uffa0", "\u180e"}
    # The combining ypogegrammeni case-folds to a Greek iota, which the
    # homoglyph table would turn into an "i" glued to the word it sits on.
    chars.add("\u0345")
    return chars


def _build_homoglyph_table():
    """Cyrillic and Greek letters that render like Latin ones, and a few
    Latin symbols used as letters. NFKC already folds fullwidth and
    mathematical alphanumerics; these survive it because they are distinct
    letters of other scripts."""
    pairs = {
        # Cyrillic
        "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "н": "h",
        "і": "i", "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "о": "o", "р": "p",
        "ԛ": "q", "г": "r", "ѕ": "s", "т": "t", "ц": "u", "у": "y", "ѵ": "v", "ш": "w",
        "ԝ": "w", "х": "x", "з": "3", "ь": "b", "п": "n", "и": "u",
        # Greek
        "α": "a", "β": "b", "ϲ": "c", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v",
        "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "μ": "u",
        "ς": "s", "σ": "o",
        # Latin look-alikes
        "ƒ": "f", "ı": "i", "ɑ": "a", "ɡ": "g", "ʟ": "l", "ɪ": "i", "ᴏ": "o", "ꜱ": "s",
        "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe",
        # Armenian
        "ս": "u", "օ": "o", "ո": "n", "հ": "h", "ց": "g", "ք": "p",
        # Typographic quotes, so "don’t" and "don't" are one token.
        "‘": "'", "’": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"',
    }
    return {ord(k): v for k, v in pairs.items()}


_INVISIBLE = {ord(c): None for c in _invisible_characters()}
_TABLE = {**_build_homoglyph_table(), **_INVISIBLE}


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _in_non_ascii_runs(function, text):
    """``text`` with ``function`` applied to each run of non-ASCII
    characters. The character tables and combining marks below only concern
    non-ASCII characters, and ``str.translate`` with a dict or a loop per
    character costs ~60 ns a character over a whole text once it holds one
    (an em dash, an accent): a news comment is mostly ASCII."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(lambda run: function(run.group(0)), text)


def strip_invisible(text):
    """``text`` without zero-width and other invisible characters, otherwise unchanged."""
    return _in_non_ascii_runs(lambda run: run.translate(_INVISIBLE), text)


def _translate(text):
    """``text.translate(_TABLE)``: the table's only ASCII key is the backtick."""
    return _in_non_ascii_runs(lambda run: run.translate(_TABLE), text.replace("`", "'"))

# Digits and symbols that stand for letters inside a word ("sh1t", "$hit", "f@ck").
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "!": "i"})

# A token made of letters, digits and leet symbols; "*" is kept inside words
# so that the blocklist can match masked forms like "f*ck".
# "!" counts only inside a word ("sh!t"): a single "!" before a letter,
# digit, "@" or "$"; never closing punctuation, a run ("wow!!!so"), or a "!"
# before a separator ("a b !*c": its "i" would join the spaced letters on a
# second pass). The word characters are taken as a run, possessively: one
# step of the outer loop per character made a 100 KB leet text 10% slower.
_TOKEN = re.compile(r"(?:[\w@$*]++|(?<!!)!(?=[^\W_]|[@$]))+")
# Three or more single characters separated by the same space, dot, dash,
# underscore or asterisk: "f u c k", "f.u.c.k", "s-h-i-t". The same one
# throughout: news text mixes them ("a U.S. team", "won 6-4 6-1"), and
# "a m*r*n" is the article and a masked word, not "amrn".
# Not the letter of a contraction: in "that's a b.o.l.l.o.c.k.s" the "s"
# of "that's", "a" and "b" are no spaced word.
_SPACED = re.compile(r"(?<![\w@$])(?<!\w')[\w@$]([ ._\-*/|+])[\w@$](?:\1[\w@$])+(?![\w@$])")
_SEPARATORS = re.compile(r"[ ._\-*/|+]")
# A symbol standing for a letter inside a word, as an asterisk does:
# "sh#t", "f%cking", "f🤬cking". Only between letters: "#metoo", "50%",
# "C# code" keep theirs. Found by a plain character class and their
# neighbours checked after: a class with look-arounds costs ten times more
# over the many texts that hold a "%" or an emoji and no masked word.
_MASKING_SYMBOLS = re.compile(r"[#%\u2600-\u27bf\U0001f300-\U0001faff]")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# Runs of four or more of the same character are cut to three:
# "fuuuuuck" -> "fuuuck". Three, not two: English never triples a letter,
# so a tripled letter marks a stretched word without touching "Shiite".
# Underscores are left alone: "_" is both a letter and a separator to
# _SPACED, so cutting "0____0" to "0___0" would join it on a second pass.
# Asterisks too: a masked word's length is what tells "b******s" (bollocks)
# from "b***s".
_STRETCH = re.compile(r"([^_*])\1{3,}")
# A letter touching a digit or leet symbol: only then is a token rewritten
# (the rewrite calls back into Python for every token, the check does not).
_MAYBE_LEET = re.compile(r"[a-z][0-9@$!]|[0-9@$!][a-z]")
# Numbers with a unit or ordinal ("3rd", "80s", "5g", "10km"), and words
# carrying a version number ("covid19", "iphone15"), are not leetspeak.
_LETTER = re.compile(r"[^\W\d_]")
_NOT_LEET = re.compile(r"\d+[a-z]{0,2}|[a-z]{3,}\d{2,}|[\d.,:/%+-]+")


def _combining_mark_class():
    """A regex character class of every combining mark, as code-point ranges
    (a class of ranges scans several times faster than one of 900 members)."""
    ranges = []
    for c in map(ord, _code_points(unicodedata.combining)):
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)


# NFKC reorders each run of combining marks, and its cost grows faster than
# the run ("zalgo" text stacks thousands on one letter). The marks are all
# dropped afterwards, so a run is cut to three before NFKC sees it.
_MARKS = _combining_mark_class()
_MARK_RUN = re.compile(f"([{_MARKS}]{{3}})[{_MARKS}]+")
# Every combining mark is at U+0300 or above. Matching the class of marks
# costs ~140 ns a character, so _MARK_RUN runs only where four such
# characters follow one another (an em dash or an emoji alone never do).
_MAYBE_MARK_RUN = re.compile("[^\x00-\u02ff]{4}")


def _unmarked(run):
    decomposed = unicodedata.normalize("NFKD", run)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_marks(text):
    """Drop combining marks (accents, 'zalgo' stacks) after decomposing;
    ASCII characters neither decompose nor combine."""
    return _in_non_ascii_runs(_unmarked, text)


def _symbols_unmasked(text):
    """``text`` with each masking symbol between two letters made an asterisk."""
    chars = None
    for match in _MASKING_SYMBOLS.finditer(text):
        at = match.start()
        if 0 < at < len(text) - 1 and text[at - 1] in _LOWER and text[at + 1] in _LOWER:
            chars = chars or list(text)
            chars[at] = "*"
    return text if chars is None else "".join(chars)


def _join_spaced(match):
    """The spaced letters as one word; an article or "I" spaced like the
    letters after it stays a word of its own when only the rest is English:
    "gives a s h i t" is "gives a shit", "i h a t e" is "i hate"."""
    spaced = match.group(0)
    if match.group(1) in "/|+" and any(c.isdigit() for c in spaced):
        return spaced  # dates and sums: "1/2/3", "2+2+2"
    joined = _SEPARATORS.sub("", spaced)
    if spaced[0] in "ai" and match.group(1) == " " and len(joined) > 3:
        words = english()._wordcost
        if joined not in words and joined[1:] in words:
            return f"{joined[0]} {joined[1:]}"
    return joined


#: Up to this many "1"s in a word are each read as "l" or "i" (2**4 readings at most).
_MIXED_ONES = 4


# Chat spellings of a pronoun with "one" as a digit: "hope every1 ok" is not
# "everyi", which the classifier read as "every one" of a threat's "every
# one of them". (Not "no1": "the UK's no1 album".)
_ONE_AS_DIGIT = {"every1": "everyone", "evry1": "everyone", "some1": "someone", "sum1": "someone",
                 "any1": "anyone", "ne1": "anyone"}


def _unleet(match):
    token = match.group(0)
    if token.isalpha() or _NOT_LEET.fullmatch(token):
        return token
    if token in _ONE_AS_DIGIT:
        return _ONE_AS_DIGIT[token]
    if "*" not in token and not _LETTER.search(token):
        return token  # pure numbers and symbols: "2020", "$500"
    read = token.translate(_LEET)
    if "1" in token:
        # "1" is an "l" as often as an "i": "bo11ocks" is not "boiiocks" --
        # unless the "i" makes a banned term: "muzz1es" is a slur, not
        # "muzzles". (The banned terms are read from the blocklist file
        # only when a token holds a "1".)
        from .spelling import banned_terms

        words = english()._wordcost
        if read in words or read in banned_terms():
            return read
        # Each "1" either way when there are a few ("bu11sh1t" is "bullshit");
        # a single "1" has only this reading left, "read" having been tried.
        ones = token.count("1")
        readings = [token.replace("1", "l").translate(_LEET)] if ones == 1 or ones > _MIXED_ONES else [
            "".join(letters).translate(_LEET) for letters in itertools.product(
                *(("l", "i") if c == "1" else (c,) for c in token))]
        return next((r for r in readings if r in banned_terms()), None) \
            or next((r for r in readings if r in words), read)
    return read


def _unleet_words(text):
    """``text`` with leet rewritten in the words that may hold it: only the
    space-delimited words around a letter touching a digit or leet symbol
    are tokenised (a callback on every token of a long comment cost ~0.5 ms).
    Whitespace is collapsed to single spaces by then, and no token holds a
    space, so a word is tokenised exactly as the whole text would be.
    Neighbouring words are tokenised together: text that is leet throughout
    costs one pass, not one call per word."""
    spans, done = [], 0
    # The next hit is searched for after the word just taken: text that is
    # leet throughout has a hit at nearly every character.
    hit = _MAYBE_LEET.search(text)
    while hit:
        start = text.rfind(" ", 0, hit.start()) + 1
        end = text.find(" ", hit.end())
        done = len(text) if end < 0 else end
        if spans and spans[-1][1] + 1 == start:
            spans[-1][1] = done  # the word right after the last one
        else:
            spans.append([start, done])
        hit = _MAYBE_LEET.search(text, done)
    pieces, done = [], 0
    for start, end in spans:
        pieces.append(text[done:start])
        pieces.append(_TOKEN.sub(_unleet, text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def normalise(text):
    """Return the canonical form of ``text`` used for matching and scoring.

    >>> normalise("Ｓｈ1ｔ!! f.u.c.k  уоu   fuuuuck")
    'shit!! fuck you fuck'
    """
    text = _translate(text)
    if not text.isascii() and _MAYBE_MARK_RUN.search(text):
        text = _MARK_RUN.sub(r"\1", text)
    text = unicodedata.normalize("NFKC", text)
    # Case-fold before the homoglyph table is applied again: the table
    # lists lower-case letters ("Σ" -> "σ" -> "o"), and NFKC can bring back
    # a symbol it maps ("｀" -> "`" -> "'").
    text = text.casefold()
    text = _strip_marks(text)
    text = _translate(text)
    if "#" in text or "%" in text or not text.isascii():
        text = _symbols_unmasked(text)
    text = _SPACED.sub(_join_spaced, text)
    # Whitespace is collapsed after spaced letters are joined (a double space
    # separates spaced-out words: "S e n d  n u d e s"); letters that only the
    # collapse leaves single-spaced ("a\nb\nc") are joined then, so that
    # normalising the result again changes nothing.
    text = " ".join(text.split())
    text = _SPACED.sub(_join_spaced, text)
    if _MAYBE_LEET.search(text):
        text = _unleet_words(text)
    text = _STRETCH.sub(r"\1\1\1", text)
    if _TRIPLE.search(text):
        text = _destretch_words(text)
    return text


# --- stretched words -----------------------------------------------------------------

# Three of a letter: stretching (runs were cut to three above), since English
# never triples a letter.
_TRIPLE = re.compile(r"([a-z])\1\1")
_LETTERS = re.compile(r"[a-z]+")
# Longer words are not de-stretched: no word a reader types is longer.
_LONGEST = 40


@functools.cache
def english():
    """wordninja's English model: 126,000 words ranked by frequency (from
    Wikipedia), loaded on first use (0.1 s)."""
    import wordninja

    return wordninja.DEFAULT_LANGUAGE_MODEL


def _destretch_words(text):
    """``text`` with each word holding a tripled letter de-stretched. Only
    the words around the triples are looked at (a callback on every word
    of a long comment would cost more than all of normalising)."""
    pieces, done = [], 0
    for triple in _TRIPLE.finditer(text):
        if triple.start() < done:
            continue  # in a word already handled
        start = triple.start()
        while start > done and start > triple.start() - _LONGEST and text[start - 1].isalpha():
            start -= 1
        end = _LETTERS.match(text, triple.start()).end()
        pieces.append(text[done:start])
        whole_word = (start == 0 or not text[start - 1].isalpha())
        pieces.append(_destretch(text[start:end]) if whole_word else text[start:end])
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _destretch(word):
    """A stretched word ("clowwwn", "brainlesss") as the most frequent
    English word it can stand for, each tripled letter read as one or two;
    unchanged if it stands for none (the blocklist lists stretched forms of
    its own terms)."""
    if len(word) > _LONGEST or len(set(word)) < 2 or not _TRIPLE.search(word):
        return word
    pieces = _TRIPLE.split(word)  # text, letter, text, letter, ..., text
    if len(pieces) > 9:  # more than four stretched letters: 16 candidates at most
        return word
    costs = english()._wordcost
    best = None
    for counts in itertools.product((1, 2), repeat=len(pieces) // 2):
        candidate = "".join(piece if i % 2 == 0 else piece * counts[i // 2] for i, piece in enumerate(pieces))
        cost = costs.get(candidate)
        if cost is not None and len(candidate) > 1 and (best is None or cost < best[0]):
            best = (cost, candidate)
    return best[1] if best else word
