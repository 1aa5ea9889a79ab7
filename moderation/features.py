"""TF-IDF feature rows computed from fitted arrays, with numpy alone.

The service scores comments with these, not with scikit-learn: importing
scikit-learn takes over a second (it imports scipy.stats), and its
transformers spend milliseconds per call on validation and dispatch. The
estimators that fit the arrays are in :mod:`moderation.estimators`, and
tests check both give scikit-learn's features.

Character n-grams, hashed by numpy.

scikit-learn's ``TfidfVectorizer(analyzer="char_wb")`` builds every n-gram
as a Python string, hashes it and probes a dict: on the bench mix, with the
counting that follows, that was over half of the service's time per comment
and most of a long comment's. Here the n-grams of all the texts of a call
are hashed at once with vectorised integer arithmetic and looked up by
binary search in the vocabulary's sorted hashes. The features are char_wb's
-- n-grams of each word padded by one space on each side, never spanning
two words -- with sublinear tf, smooth idf and l2-normalised rows, as
``TfidfVectorizer(analyzer="char_wb", sublinear_tf=True)`` computes them.

The hashes are 64-bit polynomial hashes of the code points; two n-grams of
the vocabulary sharing one is a one-in-a-billion event and would only merge
two features.
"""

import itertools
import re

import numpy as np

_SPACE = np.uint64(ord(" "))
# An odd 64-bit multiplier (from splitmix64); array arithmetic wraps modulo 2**64.
_PRIME = 0x9E3779B97F4A7C15
_SEED = 0xCBF29CE484222325
_PRIME_U64 = np.uint64(_PRIME)
_START_U64 = np.uint64(_SEED * _PRIME % 2**64)  # the hash of one character c is this + c
# The look-up table's slot of a hash is the top bits of the hash times this
# (splitmix64's first mixing multiplier). Not the hash's own top bits: its last step
# adds the last character to the low bits, so n-grams that differ only there
# would crowd into one slot; the product carries the low bits up.
_MIX = np.uint64(0xBF58476D1CE4E5B9)
#: Look-up table slots per vocabulary n-gram, at least (a load of 1/8 to
#: 1/4): 4 MB of int32 for the 150,000 n-grams shipped.
_SLOTS_PER_KEY = 4


def _code_points(texts):
    """The texts' code points in one array, each word padded by a space on
    each side, and where each text starts (None for a single text).

    Words are separated by one space and texts by two, so an n-gram that
    crosses a word or a text boundary has a space inside it or is two
    spaces, and is discarded."""
    pieces = [" " + " ".join(text.split()) + " " for text in texts]
    codes = np.frombuffer("".join(pieces).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(pieces) == 1:
        return codes.astype(np.uint64), None
    offsets = np.zeros(len(pieces) + 1, dtype=np.int64)
    np.cumsum([len(p) for p in pieces], out=offsets[1:])
    return codes.astype(np.uint64), offsets


def ngram_hashes(texts, ngram_range):
    """(hashes, text index) of every char_wb n-gram of ``texts``; the text
    index is None for a single text."""
    low, high = ngram_range
    if low < 2:
        raise ValueError("character n-grams start at 2 here: single characters carry no signal")
    codes, offsets = _code_points(texts)
    is_space = codes == _SPACE
    # Spaces among codes[:i + 1]; those strictly inside the window starting
    # at p are spaces_to[p + n - 2] - spaces_to[p].
    spaces_to = np.cumsum(is_space)
    hashes, starts = [], []
    # h[p] is the hash of the n-gram starting at p; each longer n-gram
    # extends the one before by a character.
    h = codes + _START_U64
    for n in range(2, high + 1):
        count = len(codes) - n + 1
        if count <= 0:
            break
        h = h[:count] * _PRIME_U64 + codes[n - 1:]
        if n < low:
            continue
        keep = spaces_to[n - 2:n - 2 + count] == spaces_to[:count]
        if n == 2:
            keep &= ~(is_space[:count] & is_space[1:])
        hashes.append(h[keep])
        if offsets is not None:
            starts.append(np.flatnonzero(keep))
    if not hashes:
        return np.empty(0, np.uint64), None if offsets is None else np.empty(0, np.int64)
    if offsets is None:
        return np.concatenate(hashes), None
    return np.concatenate(hashes), np.searchsorted(offsets, np.concatenate(starts), side="right") - 1


def ngram_hash(ngram):
    """The hash of one n-gram string, in plain Python (for tests and checks)."""
    h = _SEED
    for c in ngram:
        h = (h * _PRIME + ord(c)) % 2**64
    return h


def tfidf_weights(counts, idf, sublinear=True):
    """Term frequency (sublinear: 1 + log) times idf, before rows are normalised."""
    return (1.0 + np.log(counts) if sublinear else counts) * idf


def tfidf_row(columns, counts, idf, sublinear=True):
    """(columns, l2-normalised weights) of one row from its term counts."""
    weights = tfidf_weights(counts, idf[columns], sublinear)
    if len(weights):
        weights /= np.sqrt(weights @ weights)
    return columns, weights


def tfidf_rows(docs, columns, idf, n_texts, sublinear=True):
    """(columns ascending, l2-normalised weights) of each of ``n_texts``
    rows, from the text index and vocabulary column of every n-gram found."""
    n = len(idf)
    # One cell per (text, column), in text order then column order. Sorting
    # int32 cells, when they fit, is ~1.6 times faster than int64.
    cells = docs * n + columns
    if n_texts * n < 2**31:
        cells = cells.astype(np.int32)
    cells, counts = np.unique(cells, return_counts=True)
    rows, columns = np.divmod(cells, n)
    columns = columns.astype(np.int64)
    weights = tfidf_weights(counts.astype(np.float64), idf[columns], sublinear)
    norms = np.sqrt(np.bincount(rows, weights=weights * weights, minlength=n_texts))
    weights /= norms[rows]
    bounds = np.searchsorted(rows, np.arange(n_texts + 1))
    return [(columns[a:b], weights[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]


class CharNgrams:
    """char_wb n-gram TF-IDF rows (sublinear tf, idf, l2 norm) from the
    vocabulary's sorted n-gram hashes ``keys`` and their ``idf``.

    Hashes are looked up in a table built here, of a key's column at the
    slot its hash picks: a binary search of ``keys`` takes ~17 dependent
    steps, most of them cache misses, and was most of a long row's time.
    Of keys that pick one slot, one keeps it; the others (7% of the keys
    shipped), and a hash whose slot holds another key, are found by binary
    search. That is simpler than probing further slots (linear probing, a
    round of numpy calls per probe step), and faster for single rows, whose
    look-up is mostly the fixed cost of numpy calls: 0.016 against 0.027 ms
    per comment of the bench mix."""

    def __init__(self, keys, idf, ngram_range=(2, 5)):
        self.keys = keys
        self.idf = idf
        self.ngram_range = tuple(ngram_range)
        bits = max(int(_SLOTS_PER_KEY * len(keys)).bit_length(), 1)
        self._shift = np.uint64(64 - bits)
        # -1 in the slots no key picks. Of keys picking one slot the last
        # written stays (numpy's practice; which one only matters for speed):
        # written from the highest idf down, it is the most frequent n-gram,
        # and 2% of the bench mix's hashes are searched, against 8% in key
        # order.
        order = np.argsort(-idf, kind="stable").astype(np.int32)
        self._table = np.full(1 << bits, -1, dtype=np.int32)
        self._table[self._slots(keys[order])] = order

    def __len__(self):
        return len(self.keys)

    def _slots(self, hashes):
        return ((hashes * _MIX) >> self._shift).astype(np.intp)

    def columns(self, hashes):
        """The vocabulary column of each hash, -1 for a hash not in it: the
        column in the hash's slot if that is the hash's key's, else found by
        binary search. A free slot's -1 indexes keys[-1], never the hash
        there: a key's own slot is never free."""
        columns = self._table[self._slots(hashes)]
        other = np.flatnonzero(self.keys[columns] != hashes)
        if len(other):
            hashes = hashes[other]
            found = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
            columns[other] = np.where(self.keys[found] == hashes, found, -1)
        return columns

    def counted_columns(self, hashes):
        """The distinct vocabulary columns among ``hashes``, ascending, and
        how often each occurs. Counted after the look-up, by sorting the
        known n-grams' int32 columns: cheaper than sorting the uint64 hashes
        first, and than a bincount over the vocabulary (~0.3 ms, more than
        sorting the 10,000 n-grams of a 4,000-character text)."""
        columns = self.columns(hashes)
        columns, counts = np.unique(columns[columns >= 0], return_counts=True)
        return columns.astype(np.int64), counts

    def row(self, text):
        """(columns, weights) of one text's row."""
        hashes, _ = ngram_hashes([text], self.ngram_range)
        if not len(hashes) or not len(self.keys):
            return np.empty(0, np.int64), np.empty(0)
        return tfidf_row(*self.counted_columns(hashes), self.idf)

    def rows(self, texts):
        """(columns, weights) of each text's row, computed for all the texts
        at once: one hashing pass and one vocabulary look-up for the batch."""
        if len(texts) < 2:
            return [self.row(text) for text in texts]
        hashes, docs = ngram_hashes(texts, self.ngram_range)
        if not len(hashes) or not len(self.keys):
            return [(np.empty(0, np.int64), np.empty(0)) for _ in texts]
        columns = self.columns(hashes)
        known = columns >= 0
        return tfidf_rows(docs[known], columns[known], self.idf, len(texts))


#: Below this many tokens, joining n-grams into strings for a dict look-up
#: is cheaper than the integer path's fixed cost of numpy calls.
_FEW_TOKENS = 48


class WordNgrams:
    """Word n-gram TF-IDF rows, as scikit-learn's
    ``TfidfVectorizer(analyzer="word", lowercase=False, token_pattern=...,
    ngram_range=..., norm="l2")`` computes them: tokens found by the
    pattern, n-grams joined by one space.

    Unigrams and bigrams (the shipped range) are looked up as integers:
    each token is mapped once to an id (-1 if no vocabulary term uses it),
    and a bigram is the pair of its ids, found by binary search among the
    vocabulary's sorted pairs. Joining every pair of a long comment into a
    string to probe a dict cost ~1 ms. Short texts, and longer n-grams,
    are joined as strings.
    """

    def __init__(self, terms, idf, token_pattern, ngram_range=(1, 2), sublinear=True):
        self.terms = list(terms)
        self.vocabulary = {term: column for column, term in enumerate(self.terms)}
        self.idf = idf
        self.token_pattern = re.compile(token_pattern)
        self.ngram_range = tuple(ngram_range)
        self.sublinear = sublinear
        self._index_pairs()

    def _index_pairs(self):
        """Token ids, each token's unigram column, and the bigrams as
        sorted (first id * tokens + second id) keys with their columns."""
        split = [term.split(" ") for term in self.terms]
        self._ids = {}
        for parts in split:
            for token in parts:
                self._ids.setdefault(token, len(self._ids))
        size = max(len(self._ids), 1)
        self._unigram = np.full(size, -1, dtype=np.int64)
        pairs, pair_columns = [], []
        for column, parts in enumerate(split):
            if len(parts) == 1:
                self._unigram[self._ids[parts[0]]] = column
            elif len(parts) == 2:
                pairs.append(self._ids[parts[0]] * size + self._ids[parts[1]])
                pair_columns.append(column)
        order = np.argsort(np.array(pairs, dtype=np.int64), kind="stable")
        self._pairs = np.array(pairs, dtype=np.int64)[order]
        self._pair_columns = np.array(pair_columns, dtype=np.int64)[order]

    def __len__(self):
        return len(self.terms)

    def _joined(self, tokens):
        low, high = self.ngram_range
        grams = list(tokens) if low == 1 else []
        for n in range(max(low, 2), high + 1):
            grams.extend(map(" ".join, zip(*(tokens[i:] for i in range(n)))))
        return grams

    def columns(self, text):
        """The vocabulary column of each of the text's n-grams that has one."""
        tokens = self.token_pattern.findall(text)
        if len(tokens) < _FEW_TOKENS or self.ngram_range[1] > 2:
            found = [c for c in map(self.vocabulary.get, self._joined(tokens)) if c is not None]
            return np.array(found, dtype=np.int64)
        return self._looked_up([tokens])[0]

    def _looked_up(self, token_lists):
        """(columns, text index) of every unigram and bigram of the token
        lists that the vocabulary holds, all lists looked up at once."""
        lengths = np.fromiter(map(len, token_lists), dtype=np.int64, count=len(token_lists))
        ids = np.fromiter(map(self._ids.get, itertools.chain.from_iterable(token_lists), itertools.repeat(-1)),
                          dtype=np.int64, count=int(lengths.sum()))
        docs = np.repeat(np.arange(len(token_lists)), lengths)
        found, found_docs = [np.empty(0, np.int64)], [np.empty(0, np.int64)]
        if self.ngram_range[0] == 1:
            unigrams, unigram_docs = self._unigram[ids[ids >= 0]], docs[ids >= 0]
            found.append(unigrams[unigrams >= 0])
            found_docs.append(unigram_docs[unigrams >= 0])
        if self.ngram_range[1] == 2 and len(ids) > 1 and len(self._pairs):
            first, second = ids[:-1], ids[1:]
            # A pair never spans two texts.
            both = (docs[:-1] == docs[1:]) & (first >= 0) & (second >= 0)
            keys = first[both] * len(self._unigram) + second[both]
            at = np.minimum(np.searchsorted(self._pairs, keys), len(self._pairs) - 1)
            hit = self._pairs[at] == keys
            found.append(self._pair_columns[at[hit]])
            found_docs.append(docs[:-1][both][hit])
        return np.concatenate(found), np.concatenate(found_docs)

    def rows(self, texts):
        """(columns, weights) of each text's row, the tokens of all texts
        looked up at once (token ids, unigram columns, pair search)."""
        if len(texts) < 2 or self.ngram_range[1] > 2 or not len(self.terms):
            return [self.row(text) for text in texts]
        columns, docs = self._looked_up([self.token_pattern.findall(text) for text in texts])
        return tfidf_rows(docs, columns, self.idf, len(texts), self.sublinear)

    def row(self, text):
        """(columns, weights) of one text's row, columns ascending."""
        columns, counts = np.unique(self.columns(text), return_counts=True)
        return tfidf_row(columns, counts.astype(np.float64), self.idf, self.sublinear)
