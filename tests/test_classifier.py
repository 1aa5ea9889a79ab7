"""The classifier stage: the arrays the service scores with give exactly the pipeline's features and scores."""

import numpy as np
import pytest

from moderation.spelling import canonical

TEXTS = [
    "The minister should explain why salaries are late again.",
    "You are an idiot",
    "ｆｕｃｋ you 🙂 " * 30,
    "",
    "a",
    "été à l'école, ئەمە هەواڵێکی باشە",
    "zzzzqqqq xxjjj",  # no n-gram in the vocabulary
    "word " * 2000,
    # Long enough for word n-grams to be looked up as integer pairs.
    "The minister should explain why salaries are late again. You are an idiot. " * 8,
]


@pytest.mark.parametrize("fixture", ["moderator", "tiny_moderator"])
def test_exported_arrays_compute_scikit_learns_features_and_scores(request, fixture):
    """The service scores with arrays exported from the pipeline; they must
    give the pipeline's own features and calibrated scores."""
    model = request.getfixturevalue(fixture).model
    texts = [canonical(t) for t in TEXTS]
    features = model.features(texts)
    reference = model.pipeline[1:-1].transform(texts)
    np.testing.assert_allclose(features.toarray(), reference.toarray(), atol=1e-6)
    np.testing.assert_allclose(model.scores(features), model.pipeline[-1].predict_proba(reference), atol=1e-5)


def test_single_and_batch_decisions_agree(moderator):
    batch = moderator.moderate_batch(TEXTS * 2)
    for text, decision in zip(TEXTS, batch):
        single = moderator.moderate(text)
        assert single.decision == decision.decision
        assert single.scores == pytest.approx(decision.scores, abs=1e-4)


def test_batch_scores_are_each_comments_own(moderator):
    model = moderator.model
    features = model.features([canonical(t) for t in TEXTS])
    together = model.scores(features)
    for k in range(len(TEXTS)):
        alone = model.scores(type(features)([features[k]], features.shape[1]))
        np.testing.assert_allclose(together[k], alone[0], atol=1e-6)


@pytest.mark.parametrize("fixture", ["moderator", "tiny_moderator"])
def test_word_rows_of_a_batch_are_those_of_each_text(request, fixture):
    words = request.getfixturevalue(fixture).model.words
    texts = [canonical(t) for t in TEXTS]
    for (columns, weights), text in zip(words.rows(texts), texts):
        single_columns, single_weights = words.row(text)
        np.testing.assert_array_equal(columns, single_columns)
        np.testing.assert_allclose(weights, single_weights, atol=1e-12)
