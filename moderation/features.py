"""Character n-gram TF-IDF with the n-grams hashed by numpy.

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

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

_SPACE = np.uint64(ord(" "))
# An odd 64-bit multiplier (from splitmix64); array arithmetic wraps modulo 2**64.
_PRIME = 0x9E3779B97F4A7C15
_SEED = 0xCBF29CE484222325
_PRIME_U64 = np.uint64(_PRIME)
_START_U64 = np.uint64(_SEED * _PRIME % 2**64)  # the hash of one character c is this + c
#: Training texts are hashed this many at a time, to bound memory.
_FIT_CHUNK = 4000


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


class CharNgramTfidf(TransformerMixin, BaseEstimator):
    """char_wb n-gram TF-IDF; the vocabulary is the ``max_features`` most
    frequent n-grams (by count over the training texts) among those found
    in at least ``min_df`` of them."""

    def __init__(self, ngram_range=(2, 5), max_features=150_000, min_df=3, dtype=np.float32):
        self.ngram_range = ngram_range
        self.max_features = max_features
        self.min_df = min_df
        self.dtype = dtype

    def fit(self, X, y=None):
        texts = list(X)
        keys, doc_freq, term_freq = self._frequencies(texts)
        keep = doc_freq >= self.min_df
        keys, doc_freq, term_freq = keys[keep], doc_freq[keep], term_freq[keep]
        if self.max_features is not None and len(keys) > self.max_features:
            # Most frequent first; equal counts by hash, so the choice is reproducible.
            chosen = np.sort(np.lexsort((keys, -term_freq))[:self.max_features])
            keys, doc_freq = keys[chosen], doc_freq[chosen]
        self.keys_ = keys
        self.idf_ = np.log((1.0 + len(texts)) / (1.0 + doc_freq)) + 1.0
        return self

    def _frequencies(self, texts):
        """Sorted distinct n-gram hashes, with document and term frequencies."""
        parts = []
        for start in range(0, len(texts), _FIT_CHUNK):
            hashes, docs = ngram_hashes(texts[start:start + _FIT_CHUNK], self.ngram_range)
            if docs is None:
                docs = np.zeros(len(hashes), dtype=np.int64)
            order = np.lexsort((docs, hashes))
            hashes, docs = hashes[order], docs[order]
            new_key = np.concatenate(([True], hashes[1:] != hashes[:-1]))
            new_pair = new_key | np.concatenate(([True], docs[1:] != docs[:-1]))
            starts = np.flatnonzero(new_key)
            term_freq = np.diff(np.append(starts, len(hashes)))
            doc_freq = np.add.reduceat(new_pair.astype(np.int64), starts) if len(starts) else starts
            parts.append((hashes[starts], doc_freq, term_freq))
        if not parts:
            return np.empty(0, np.uint64), np.empty(0, np.int64), np.empty(0, np.int64)
        keys = np.concatenate([p[0] for p in parts])
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        return (keys[starts], np.add.reduceat(np.concatenate([p[1] for p in parts])[order], starts),
                np.add.reduceat(np.concatenate([p[2] for p in parts])[order], starts))

    def _columns(self, hashes):
        """The vocabulary column of each hash, and which hashes are in it.
        Sorted hashes are several times faster to look up (each search
        starts where the last one ended, in memory already cached)."""
        columns = np.searchsorted(self.keys_, hashes)
        np.minimum(columns, len(self.keys_) - 1, out=columns)
        return columns, self.keys_[columns] == hashes

    def _counted_columns(self, hashes):
        """The distinct vocabulary columns among ``hashes``, ascending, and
        how often each occurs."""
        hashes = np.sort(hashes)
        starts = np.flatnonzero(np.concatenate(([True], hashes[1:] != hashes[:-1])))
        counts = np.diff(np.append(starts, len(hashes)))
        columns, known = self._columns(hashes[starts])
        return columns[known], counts[known]

    def _tfidf(self, columns, counts):
        """Sublinear tf times idf, before the rows are normalised."""
        return (1.0 + np.log(counts)) * self.idf_[columns]

    def row(self, text):
        """(columns, weights) of one text's row, without building a matrix:
        :class:`moderation.classifier.FastTfidf` assembles its own."""
        hashes, _ = ngram_hashes([text], self.ngram_range)
        if not len(hashes) or not len(self.keys_):
            return np.empty(0, np.int64), np.empty(0)
        columns, counts = self._counted_columns(hashes)
        weights = self._tfidf(columns, counts)
        if len(weights):
            weights /= np.sqrt(weights @ weights)
        return columns, weights

    def transform(self, X):
        check_is_fitted(self, "keys_")
        texts = list(X)
        n_features = len(self.keys_)
        hashes, docs = ngram_hashes(texts, self.ngram_range)
        if docs is None:
            docs = np.zeros(len(hashes), dtype=np.int64)
        if not n_features or not len(hashes):
            return csr_matrix((len(texts), n_features), dtype=self.dtype)
        columns, known = self._columns(hashes)
        cells, counts = np.unique(docs[known] * n_features + columns[known], return_counts=True)
        rows, columns = np.divmod(cells, n_features)
        weights = self._tfidf(columns, counts)
        norms = np.sqrt(np.bincount(rows, weights=weights * weights, minlength=len(texts)))
        weights /= norms[rows]
        indptr = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=len(texts)), out=indptr[1:])
        return csr_matrix((weights.astype(self.dtype), columns, indptr), shape=(len(texts), n_features))

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "keys_")
        return np.array([f"char_{k:016x}" for k in self.keys_.tolist()], dtype=object)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags
