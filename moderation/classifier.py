"""Classifier stage: the trained scikit-learn pipeline and its model card.

The artifact is one joblib file holding one fitted ``Pipeline`` (normaliser,
word and character TF-IDF, one calibrated linear head per category); the
model card beside it is plain JSON recording the artifact's sha256 and the
library versions it was trained with. :func:`load_model` is the only place
an artifact is read: it checks the card *before* unpickling, because
unpickling runs code and a pickle from another scikit-learn version can
silently misbehave.
"""

import hashlib
from collections import Counter, namedtuple
import json
import platform
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
import sklearn
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from .features import CharNgramTfidf

CARD_NAME = "model_card.json"
ARTIFACT_NAME = "model.joblib"
#: The heads every model scores: one per policy category, plus ``any``,
#: trained on every labelled row, which also learns from corpora and site
#: exports that say only "rejected" without naming a category.
ANY = "any"


class ModelError(RuntimeError):
    """The model cannot be used; the message says why and what to do."""


def file_sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def library_versions():
    import scipy

    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "joblib": joblib.__version__,
    }


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))


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
    """

    def __init__(self, labels=(), C=4.0, class_weight="balanced", max_iter=1000, n_jobs=1,
                 random_state=0):
        self.labels = labels
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.n_jobs = n_jobs
        self.random_state = random_state

    def fit(self, X, Y, sample_weight=None):
        Y = np.asarray(Y, dtype=float)
        if Y.ndim != 2 or Y.shape[1] != len(self.labels):
            raise ValueError(f"Y must have one column per label ({len(self.labels)}), got shape {Y.shape}")
        base = LogisticRegression(C=self.C, class_weight=self.class_weight, solver="liblinear",
                                  max_iter=self.max_iter, random_state=self.random_state)
        heads = joblib.Parallel(n_jobs=self.n_jobs)(
            joblib.delayed(_fit_head)(clone(base), X, Y[:, j], sample_weight)
            for j in range(Y.shape[1])
        )
        self.coef_ = np.vstack([coef for coef, _ in heads]).astype(np.float32)
        self.intercept_ = np.array([b for _, b in heads])
        self.calibration_ = np.tile([1.0, 0.0], (len(self.labels), 1))
        self.classes_ = np.array(self.labels)
        return self

    def decision_function(self, X):
        check_is_fitted(self)
        if isinstance(X, FeatureRows):
            weights = self._weights()
            raw = np.array([row.data @ weights[row.indices] for row in X], dtype=np.float64)
            return raw.reshape(len(X), len(self.labels)) + self.intercept_
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
        raw = self.decision_function(X)
        return _sigmoid(raw * self.calibration_[:, 0] + self.calibration_[:, 1])

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(int)


def _fit_head(model, X, y, sample_weight):
    known = ~np.isnan(y)
    weights = None if sample_weight is None else np.asarray(sample_weight)[known]
    if len(np.unique(y[known])) < 2:
        # A label with one class in the data: a constant head, honest about it.
        constant = 1.0 if known.any() and y[known][0] == 1 else 0.0
        return np.zeros(X.shape[1]), (35.0 if constant else -35.0)
    model.fit(X[known], y[known].astype(int), sample_weight=weights)
    return model.coef_[0], model.intercept_[0]


@dataclass
class Model:
    """A verified pipeline and its card."""

    pipeline: object
    card: dict
    path: Path

    @property
    def version(self):
        return self.card["version"]

    @property
    def labels(self):
        return tuple(self.card["labels"])

    @property
    def thresholds(self):
        return self.card["thresholds"]

    def features(self, normalised_texts):
        """The feature rows of texts already passed through
        :func:`moderation.spelling.canonical` -- the pipeline's first step,
        skipped here so the moderator normalises each comment once: a
        :class:`FeatureRows` for a few texts, a CSR matrix for more; both
        index by row and score with :meth:`scores`."""
        if len(normalised_texts) <= FAST_PATH_MAX_TEXTS:
            return self._fast_features()(normalised_texts)
        return self.pipeline[1:-1].transform(normalised_texts).tocsr()

    def _fast_features(self):
        if not hasattr(self, "_fast"):
            self._fast = FastTfidf(self.pipeline[1])
        return self._fast

    def scores(self, features):
        """Calibrated scores, shape (n, len(labels))."""
        return self.pipeline[-1].predict_proba(features)

    def score_normalised(self, normalised_texts):
        return self.scores(self.features(normalised_texts))

    def explain(self, row, label, top=3):
        """The words (or word pairs) of one feature row that pushed
        ``label``'s score up the most; character n-grams are left out as no
        reader could use them."""
        head = self.labels.index(label)
        contributions = row.data * self.pipeline[-1].coef_[head][row.indices]
        words = self._word_names()
        candidates = np.flatnonzero((contributions > 0) & (row.indices < len(words)))
        best = candidates[np.argsort(-contributions[candidates], kind="stable")[:top]]
        return [words[row.indices[i]] for i in best]

    def _word_names(self):
        # Built on first use from the word vectoriser alone (the first block of
        # the feature union, ~7 ms), not from all 230k features (~350 ms, which
        # under load every thread of a fresh worker would build at once).
        if not hasattr(self, "_words"):
            _, words = self.pipeline[1].transformer_list[0]
            self._words = words.get_feature_names_out()
        return self._words


#: Up to this many texts are vectorised by :class:`FastTfidf`; more go
#: through scikit-learn, whose per-call overhead is then amortised.
FAST_PATH_MAX_TEXTS = 8

#: One feature row: its non-zero columns and their weights.
Row = namedtuple("Row", "indices data")


class FeatureRows:
    """The feature rows of a few texts, as :class:`Row` pairs.

    For one comment, building a scipy matrix and multiplying through it
    cost ~0.2 ms of validation and dispatch, more than the arithmetic;
    :meth:`MultiLabelLinear.decision_function` scores these rows directly."""

    def __init__(self, rows, n_features):
        self.rows = rows
        self.shape = (len(rows), n_features)

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, k):
        return self.rows[k]

    def toarray(self):
        dense = np.zeros(self.shape, dtype=np.float32)
        for k, row in enumerate(self.rows):
            dense[k, row.indices] = row.data
        return dense


class FastTfidf:
    """The fitted ``FeatureUnion`` of TF-IDF vectorisers, applied to a few
    texts without scikit-learn's per-call machinery.

    ``TfidfVectorizer.transform`` spends ~3 ms per call on validation and
    dispatch however short the text, which alone would break the single
    comment latency budget. This computes the same features from the
    fitted state (analyser, vocabulary, idf, sublinear tf, l2 norm); a test
    checks it against ``transform`` on every kind of text."""

    def __init__(self, union):
        self.parts = []
        offset = 0
        for _, vectoriser in union.transformer_list:
            if isinstance(vectoriser, CharNgramTfidf):
                # Vectorised already: it computes a row itself.
                self.parts.append((vectoriser.row, None, None, offset, None))
                offset += len(vectoriser.keys_)
                continue
            if vectoriser.norm != "l2" or not vectoriser.use_idf:
                raise ModelError("the fast path supports l2-normalised TF-IDF only; retrain with train.py")
            self.parts.append((vectoriser.build_analyzer(), vectoriser.vocabulary_,
                               vectoriser.idf_.astype(np.float64), offset, vectoriser.sublinear_tf))
            offset += len(vectoriser.vocabulary_)
        self.n_features = offset

    def _row(self, text):
        indices, values = [], []
        for analyse, vocabulary, idf, offset, sublinear in self.parts:
            if vocabulary is None:
                columns, weights = analyse(text)
                indices.append(columns + offset)
                values.append(weights)
                continue
            counts = Counter(map(vocabulary.get, analyse(text)))
            counts.pop(None, None)  # n-grams outside the vocabulary
            if not counts:
                continue
            columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            weights = (1.0 + np.log(tf) if sublinear else tf) * idf[columns]
            weights /= np.sqrt(weights @ weights)
            indices.append(columns + offset)
            values.append(weights)
        if not indices:
            return np.empty(0, dtype=np.int64), np.empty(0)
        return np.concatenate(indices), np.concatenate(values)

    def __call__(self, texts):
        rows = [self._row(text) for text in texts]
        return FeatureRows([Row(indices, data.astype(np.float32)) for indices, data in rows], self.n_features)


def read_card(directory):
    card_path = Path(directory) / CARD_NAME
    if not card_path.is_file():
        raise ModelError(
            f"No model card at {card_path}. Point MODERATION_MODEL at a directory made by "
            "`python train.py --output DIR`, or restore the shipped models/ directory."
        )
    try:
        card = json.loads(card_path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError(f"Model card {card_path} is not valid JSON: {error}") from error
    missing = [k for k in ("version", "artifact", "labels", "thresholds", "library_versions") if k not in card]
    if missing:
        raise ModelError(f"Model card {card_path} lacks {', '.join(missing)}; retrain with train.py.")
    return card


def verify_model(directory):
    """Check the model in ``directory`` without unpickling it: the card is
    present and well formed, the scikit-learn version is the one it was
    trained with, and the artifact's sha256 matches the card. Returns
    ``(card, artifact path)``; raises :class:`ModelError` with an actionable
    message otherwise."""
    directory = Path(directory)
    card = read_card(directory)
    trained_with = card["library_versions"].get("scikit-learn")
    if trained_with != sklearn.__version__:
        raise ModelError(
            f"The model in {directory} was trained with scikit-learn {trained_with}, but "
            f"{sklearn.__version__} is installed. Install the pinned version "
            f"(pip install -e . installs scikit-learn=={trained_with}) or retrain with train.py."
        )
    missing = set(card["labels"]) - set(card["thresholds"])
    if missing:
        raise ModelError(f"Model card in {directory} has no threshold for {', '.join(sorted(missing))}.")
    artifact = directory / card["artifact"]["file"]
    if not artifact.is_file():
        raise ModelError(f"Model artifact {artifact} named by the card is missing.")
    actual = file_sha256(artifact)
    if actual != card["artifact"]["sha256"]:
        raise ModelError(
            f"Model artifact {artifact} does not match its card (sha256 {actual[:12]}... != "
            f"{card['artifact']['sha256'][:12]}...): the file is truncated, corrupt or was replaced. "
            "Refusing to unpickle it; restore it or retrain."
        )
    return card, artifact


def load_model(directory):
    """Verify (:func:`verify_model`), then load the model in ``directory``;
    only a verified artifact is ever unpickled."""
    card, artifact = verify_model(directory)
    try:
        pipeline = joblib.load(artifact)
    except Exception as error:  # joblib raises many types for a bad file
        raise ModelError(f"Model artifact {artifact} could not be loaded: {error}") from error
    heads = getattr(pipeline, "steps", [(None, None)])[-1][1]
    if not isinstance(heads, MultiLabelLinear) or tuple(heads.labels) != tuple(card["labels"]):
        raise ModelError(f"Model artifact {artifact} is not a moderation pipeline matching its card.")
    return Model(pipeline=pipeline, card=card, path=Path(directory))
