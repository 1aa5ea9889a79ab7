"""The scikit-learn estimators that training fits, and their export.

The fitted pipeline (:class:`Normaliser` -> word and character TF-IDF ->
:class:`MultiLabelLinear`) is saved with joblib for retraining, evaluation
and inspection; :func:`runtime_arrays` exports the arrays the service
scores with (:mod:`moderation.features`, :class:`moderation.classifier.LinearHeads`),
so that serving never imports scikit-learn (over a second at every start).
"""

import math
import platform

import joblib
import numpy as np
import scipy
import sklearn
from scipy.sparse import csr_matrix, diags
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.feature_extraction.text import TfidfVectorizer, _document_frequency
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from .classifier import LinearHeads
from .features import CharNgrams, WordNgrams, ngram_hashes
from .spelling import canonical

#: Training texts are hashed this many at a time, to bound memory.
_FIT_CHUNK = 4000


def library_versions():
    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "joblib": joblib.__version__,
    }


class Normaliser(TransformerMixin, BaseEstimator):
    """Pipeline step applying :func:`moderation.spelling.canonical` to each text, so the model
    artifact carries its own preprocessing and cannot be fed raw text by
    mistake."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [canonical(x) for x in X]

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = False
        return tags


class WordTfidf(TfidfVectorizer):
    """scikit-learn's word TfidfVectorizer, with a ``max_features`` cut that
    is the same on every machine.

    scikit-learn keeps the most frequent terms with numpy's default argsort,
    whose order among equal counts depends on the processor's vector
    instructions (AVX-512 or AVX2 machines keep different terms at the
    cut): the same data and seed gave two models. Here equal counts keep
    the alphabetical order the vocabulary already has (a stable sort)."""

    def _limit_features(self, X, vocabulary, high=None, low=None, limit=None):
        # scikit-learn 1.9.1's own, but for the stable sort.
        if high is None and low is None and limit is None:
            return X
        document_freq = _document_frequency(X)
        mask = np.ones(len(document_freq), dtype=bool)
        if high is not None:
            mask &= document_freq <= high
        if low is not None:
            mask &= document_freq >= low
        if limit is not None and mask.sum() > limit:
            term_freq = np.asarray(X.sum(axis=0)).ravel()
            kept = np.flatnonzero(mask)[np.argsort(-term_freq[mask], kind="stable")[:limit]]
            mask = np.zeros(len(document_freq), dtype=bool)
            mask[kept] = True
        new_indices = np.cumsum(mask) - 1
        for term, old_index in list(vocabulary.items()):
            if mask[old_index]:
                vocabulary[term] = new_indices[old_index]
            else:
                del vocabulary[term]
        if not mask.any():
            raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
        return X[:, np.flatnonzero(mask)]


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
        # math.log, not numpy's, whose vectorised log differs in the last bit
        # between processors: the exported arrays (and the model version,
        # their hash) must be the same on every machine.
        self.idf_ = np.array([math.log((1.0 + len(texts)) / (1.0 + df)) + 1.0 for df in doc_freq.tolist()])
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

    def runtime(self):
        """The fitted arrays as :class:`moderation.features.CharNgrams`, which computes rows."""
        check_is_fitted(self, "keys_")
        return CharNgrams(self.keys_, self.idf_, self.ngram_range)

    def transform(self, X):
        rows = self.runtime().rows(list(X))
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum([len(columns) for columns, _ in rows], out=indptr[1:])
        columns = np.concatenate([c for c, _ in rows] or [np.empty(0, np.int64)])
        weights = np.concatenate([w for _, w in rows] or [np.empty(0)])
        return csr_matrix((weights.astype(self.dtype), columns, indptr), shape=(len(rows), len(self.keys_)))

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "keys_")
        return np.array([f"char_{k:016x}" for k in self.keys_.tolist()], dtype=object)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags


class MultiLabelLinear(ClassifierMixin, BaseEstimator):
    """One logistic-regression head per label, trained only on the rows whose
    label is known.

    Corpora annotate different categories (a sexism corpus says nothing about
    profanity), so ``Y`` holds NaN where a row's label is unknown; each head
    ignores those rows instead of reading them as negatives. Scores are
    calibrated afterwards with :meth:`calibrate` (Platt scaling on held-out
    rows), and all heads are evaluated with one sparse matrix product.

    Parameters
    ----------
    labels : tuple of str
        Names of the heads, in the column order of ``Y``.
    C : float
        Inverse regularisation strength of each logistic regression.
    class_weight : dict, "balanced" or None
        Passed to each logistic regression.
    n_jobs : int
        Heads are independent and trained in parallel.
    random_state : int
        Seed of liblinear's coordinate descent, for reproducible training.
    nb_scaled : tuple of str
        Labels whose head is fitted on features scaled by their naive Bayes
        log-count ratio (NB-LR, Wang and Manning 2012). The ratio is folded
        into the head's weights, so scoring is unchanged.
    """

    def __init__(self, labels=(), C=4.0, class_weight="balanced", max_iter=1000, n_jobs=1,
                 random_state=0, nb_scaled=()):
        self.labels = labels
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.n_jobs = n_jobs
        self.random_state = random_state
        self.nb_scaled = nb_scaled

    def fit(self, X, Y, sample_weight=None):
        Y = np.asarray(Y, dtype=float)
        if Y.ndim != 2 or Y.shape[1] != len(self.labels):
            raise ValueError(f"Y must have one column per label ({len(self.labels)}), got shape {Y.shape}")
        base = LogisticRegression(C=self.C, class_weight=self.class_weight, solver="liblinear",
                                  max_iter=self.max_iter, random_state=self.random_state)
        heads = joblib.Parallel(n_jobs=self.n_jobs)(
            joblib.delayed(_fit_head)(clone(base), X, Y[:, j], sample_weight, label in self.nb_scaled)
            for j, label in enumerate(self.labels)
        )
        self.coef_ = np.vstack([coef for coef, _ in heads]).astype(np.float32)
        self.intercept_ = np.array([b for _, b in heads])
        self.calibration_ = np.tile([1.0, 0.0], (len(self.labels), 1))
        self.classes_ = np.array(self.labels)
        return self

    def decision_function(self, X):
        check_is_fitted(self)
        return np.asarray(X @ self._weights()) + self.intercept_

    def _weights(self):
        # coef_.T is a strided view; scipy copies it on every product (2.7 ms
        # for 230k features), so keep one contiguous copy, outside the pickle.
        if getattr(self, "_weights_cache", None) is None:
            self._weights_cache = np.ascontiguousarray(self.coef_.T)
        return self._weights_cache

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("_weights_cache", None)
        return state

    def calibrate(self, X, Y):
        """Fit Platt scaling per head on held-out rows (NaN = unknown)."""
        Y = np.asarray(Y, dtype=float)
        raw = self.decision_function(X)
        for j in range(Y.shape[1]):
            known = ~np.isnan(Y[:, j])
            y = Y[known, j]
            if known.sum() < 10 or len(np.unique(y)) < 2:
                continue  # too few rows to calibrate: keep the raw score
            platt = LogisticRegression(C=1e4).fit(raw[known, j:j + 1], y)
            self.calibration_[j] = (platt.coef_[0, 0], platt.intercept_[0])
        return self

    def predict_proba(self, X):
        """Calibrated probability of each label, shape (n_samples, n_labels)."""
        return self.runtime().calibrated(self.decision_function(X))

    def runtime(self):
        """The fitted arrays as :class:`moderation.classifier.LinearHeads`."""
        check_is_fitted(self)
        return LinearHeads(self._weights(), self.intercept_, self.calibration_)

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(int)


def _fit_head(model, X, y, sample_weight, nb_scaled=False):
    known = ~np.isnan(y)
    weights = None if sample_weight is None else np.asarray(sample_weight)[known]
    if len(np.unique(y[known])) < 2:
        # A label with one class in the data: a constant head, honest about it.
        constant = 1.0 if known.any() and y[known][0] == 1 else 0.0
        return np.zeros(X.shape[1]), (35.0 if constant else -35.0)
    X, y = X[known], y[known].astype(int)
    if not nb_scaled:
        model.fit(X, y, sample_weight=weights)
        return model.coef_[0], model.intercept_[0]
    ratio = nb_log_count_ratio(X, y)
    model.fit(X @ diags(ratio.astype(X.dtype)), y, sample_weight=weights)
    return model.coef_[0] * ratio, model.intercept_[0]


def nb_log_count_ratio(X, y, alpha=1.0):
    """log(p / |p|) - log(q / |q|) per feature, p and q the features'
    smoothed sums over the positive and the negative rows: how much more a
    feature belongs to the label's rows than to the others."""
    p = alpha + np.asarray(X[y == 1].sum(axis=0), dtype=np.float64).ravel()
    q = alpha + np.asarray(X[y == 0].sum(axis=0), dtype=np.float64).ravel()
    return np.log(p / p.sum()) - np.log(q / q.sum())


def runtime_arrays(pipeline):
    """The arrays of a fitted pipeline that the service needs, by name:
    plain numpy arrays, saved as ``.npz`` (:func:`moderation.training.save_arrays`)
    and loaded without unpickling anything (:func:`moderation.classifier.load_model`)."""
    union, heads = pipeline[1], pipeline[-1]
    (_, words), (_, chars) = union.transformer_list
    if not (words.analyzer == "word" and not words.lowercase and words.norm == "l2" and words.use_idf
            and words.preprocessor is None and words.tokenizer is None and words.stop_words is None):
        raise ValueError("the service computes word features as TfidfVectorizer(analyzer='word', "
                         "lowercase=False, norm='l2') does; this pipeline differs")
    terms = sorted(words.vocabulary_, key=words.vocabulary_.get)
    if any("\n" in term for term in terms):
        raise ValueError("word terms are stored one per line; a term holds a line break")
    runtime = heads.runtime()
    return {
        "labels": np.array(heads.labels),
        "word_terms": np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8),
        "word_idf": words.idf_.astype(np.float64),
        "word_token_pattern": np.array(words.token_pattern),
        "word_ngram_range": np.array(words.ngram_range),
        "word_sublinear": np.array(words.sublinear_tf),
        "char_keys": chars.keys_,
        "char_idf": chars.idf_.astype(np.float64),
        "char_ngram_range": np.array(chars.ngram_range),
        "weights": runtime.weights,
        "intercept": runtime.intercept,
        "calibration": runtime.calibration,
    }
