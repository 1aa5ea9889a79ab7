"""Classifier stage: the trained model, its card, and how it scores comments.

A model directory holds three files, all written by ``train.py``:

- ``model.joblib``: the fitted scikit-learn ``Pipeline`` (normaliser, word
  and character TF-IDF, one calibrated linear head per label), for
  retraining, evaluation and inspection;
- ``model.npz``: the arrays the service scores with, exported from that
  pipeline (:func:`moderation.estimators.runtime_arrays`);
- ``model_card.json``: both files' sha256, the library versions, data
  hashes, thresholds and metrics.

:func:`load_model` is the only place a model is read. It checks the card
first -- the installed scikit-learn must be the version the model was
trained with, and each file's sha256 must match -- and the service then
loads only the arrays, with ``allow_pickle=False``: nothing is unpickled,
and scikit-learn is never imported (importing it takes over a second, at
every start of every worker). The pipeline itself is unpickled only when
:attr:`Model.pipeline` is asked for, after the same checks.
"""

import hashlib
import json
from collections import namedtuple
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import numpy as np

from .features import CharNgrams, WordNgrams

CARD_NAME = "model_card.json"
ARTIFACT_NAME = "model.joblib"
RUNTIME_NAME = "model.npz"
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


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))


#: One feature row: its non-zero columns and their weights.
Row = namedtuple("Row", "indices data")


class FeatureRows:
    """The feature rows of some texts, as :class:`Row` pairs.

    For one comment, building a scipy matrix and multiplying through it
    cost more in validation and dispatch than the arithmetic, so
    :class:`LinearHeads` scores these rows directly."""

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


class LinearHeads:
    """One calibrated linear head per label: ``weights`` (features x
    labels), ``intercept`` and Platt ``calibration`` (slope, offset) per
    label, as :class:`moderation.estimators.MultiLabelLinear` fitted them."""

    def __init__(self, weights, intercept, calibration):
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.calibration = np.asarray(calibration, dtype=np.float64)

    def scores(self, rows):
        """Calibrated scores of :class:`FeatureRows`, shape (n, labels)."""
        if not len(rows):
            return np.empty((0, len(self.intercept)))
        if len(rows) == 1:  # one comment, the form's case: nothing to concatenate
            row = rows[0]
            raw = (row.data @ self.weights[row.indices])[None, :] + self.intercept
        else:
            # All rows in one gather and one segmented sum (reduceat gives an
            # empty row the next row's first product: those are zeroed).
            lengths = np.array([len(row.indices) for row in rows])
            products = self.weights[np.concatenate([row.indices for row in rows])]
            products *= np.concatenate([row.data for row in rows])[:, None]
            raw = np.zeros((len(rows), len(self.intercept)))
            filled = lengths > 0
            if filled.any():
                starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
                raw[filled] = np.add.reduceat(products, starts[filled], axis=0)
            raw += self.intercept
        return self.calibrated(raw)

    def calibrated(self, raw):
        """Probabilities from raw decision values (Platt scaling per head)."""
        return sigmoid(raw * self.calibration[:, 0] + self.calibration[:, 1])


@dataclass
class Model:
    """A verified model: its card and the arrays it scores with."""

    card: dict
    path: Path
    words: WordNgrams
    chars: CharNgrams
    heads: LinearHeads
    _pipeline: object = field(default=None, repr=False)

    @classmethod
    def from_arrays(cls, arrays, card, path, pipeline=None):
        """A model from :func:`moderation.estimators.runtime_arrays`' arrays."""
        labels = tuple(str(label) for label in arrays["labels"])
        if labels != tuple(card["labels"]):
            raise ModelError(f"Model arrays in {path} hold heads {labels}, but the card names {card['labels']}.")
        words = WordNgrams(bytes(arrays["word_terms"]).decode("utf-8").split("\n") if arrays["word_terms"].size else [],
                           arrays["word_idf"], str(arrays["word_token_pattern"]),
                           arrays["word_ngram_range"].tolist(), bool(arrays["word_sublinear"]))
        chars = CharNgrams(arrays["char_keys"], arrays["char_idf"], arrays["char_ngram_range"].tolist())
        heads = LinearHeads(arrays["weights"], arrays["intercept"], arrays["calibration"])
        if heads.weights.shape != (len(words) + len(chars), len(labels)):
            raise ModelError(f"Model arrays in {path} do not fit together (weights {heads.weights.shape} for "
                             f"{len(words)} word and {len(chars)} character features); retrain with train.py.")
        return cls(card=card, path=Path(path), words=words, chars=chars, heads=heads, _pipeline=pipeline)

    @property
    def version(self):
        return self.card["version"]

    @property
    def labels(self):
        return tuple(self.card["labels"])

    @property
    def thresholds(self):
        return self.card["thresholds"]

    @property
    def pipeline(self):
        """The fitted scikit-learn pipeline, unpickled on first use after
        its sha256 is checked (imports scikit-learn: training and tests
        use it, the service does not)."""
        if self._pipeline is None:
            self._pipeline = load_pipeline(self.path, self.card)
        return self._pipeline

    def features(self, canonical_texts):
        """The :class:`FeatureRows` of texts already passed through
        :func:`moderation.spelling.canonical` -- the pipeline's first step,
        skipped here so the moderator normalises each comment once. Word
        features come first, then character n-grams, as in the pipeline."""
        offset = len(self.words)
        rows = []
        for (word_columns, word_weights), (char_columns, char_weights) in zip(
                self.words.rows(canonical_texts), self.chars.rows(canonical_texts)):
            rows.append(Row(np.concatenate((word_columns, char_columns + offset)),
                            np.concatenate((word_weights, char_weights)).astype(np.float32)))
        return FeatureRows(rows, offset + len(self.chars))

    def scores(self, features):
        """Calibrated scores, shape (n, len(labels))."""
        return self.heads.scores(features)

    def score_normalised(self, canonical_texts):
        return self.scores(self.features(canonical_texts))

    def explain(self, row, label, top=3):
        """The words (or word pairs) of one feature row that pushed
        ``label``'s score up the most; character n-grams are left out as no
        reader could use them."""
        head = self.labels.index(label)
        contributions = row.data * self.heads.weights[row.indices, head]
        candidates = np.flatnonzero((contributions > 0) & (row.indices < len(self.words)))
        best = candidates[np.argsort(-contributions[candidates], kind="stable")[:top]]
        return [self.words.terms[row.indices[i]] for i in best]


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
    missing = [k for k in ("version", "artifact", "runtime", "labels", "thresholds", "library_versions")
               if k not in card]
    if missing:
        raise ModelError(f"Model card {card_path} lacks {', '.join(missing)}; retrain with train.py.")
    return card


def installed_scikit_learn():
    """The installed scikit-learn's version, read from its package metadata
    (importing it would cost a second), or None."""
    try:
        return metadata.version("scikit-learn")
    except metadata.PackageNotFoundError:
        return None


def _verified_file(directory, card, key):
    """The path of the card's ``key`` file ("artifact" or "runtime"), once
    its sha256 matches the card."""
    path = Path(directory) / card[key]["file"]
    if not path.is_file():
        raise ModelError(f"Model file {path} named by the card is missing.")
    actual = file_sha256(path)
    if actual != card[key]["sha256"]:
        raise ModelError(
            f"Model file {path} does not match its card (sha256 {actual[:12]}... != "
            f"{card[key]['sha256'][:12]}...): the file is truncated, corrupt or was replaced. "
            "Refusing to load it; restore it or retrain."
        )
    return path


def verify_model(directory):
    """Check the model in ``directory`` without loading it: the card is
    present and well formed, the installed scikit-learn is the version it
    was trained with, and the arrays file's sha256 matches the card.
    Returns ``(card, arrays path)``; raises :class:`ModelError` with an
    actionable message otherwise."""
    directory = Path(directory)
    card = read_card(directory)
    trained_with = card["library_versions"].get("scikit-learn")
    installed = installed_scikit_learn()
    if trained_with != installed:
        raise ModelError(
            f"The model in {directory} was trained with scikit-learn {trained_with}, but "
            f"{installed or 'no scikit-learn'} is installed. Install the pinned version "
            f"(pip install -e . installs scikit-learn=={trained_with}) or retrain with train.py."
        )
    missing = set(card["labels"]) - set(card["thresholds"])
    if missing:
        raise ModelError(f"Model card in {directory} has no threshold for {', '.join(sorted(missing))}.")
    return card, _verified_file(directory, card, "runtime")


def load_model(directory):
    """Verify (:func:`verify_model`), then load the model in ``directory``;
    only verified files are read, and nothing is unpickled."""
    card, path = verify_model(directory)
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
        return Model.from_arrays(arrays, card, directory)
    except ModelError:
        raise
    except Exception as error:  # numpy raises many types for a bad file
        raise ModelError(f"Model arrays {path} could not be loaded: {error}") from error


def load_pipeline(directory, card):
    """The verified joblib pipeline of a model directory (imports scikit-learn)."""
    import joblib

    from .estimators import MultiLabelLinear

    path = _verified_file(directory, card, "artifact")
    try:
        pipeline = joblib.load(path)
    except Exception as error:  # joblib raises many types for a bad file
        raise ModelError(f"Model artifact {path} could not be loaded: {error}") from error
    heads = getattr(pipeline, "steps", [(None, None)])[-1][1]
    if not isinstance(heads, MultiLabelLinear) or tuple(heads.labels) != tuple(card["labels"]):
        raise ModelError(f"Model artifact {path} is not a moderation pipeline matching its card.")
    return pipeline
