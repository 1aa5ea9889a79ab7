"""The classifier stage: the single-comment fast path computes exactly the pipeline's features."""

import numpy as np
import pytest

from moderation.classifier import FAST_PATH_MAX_TEXTS
from moderation.normalise import normalise

TEXTS = [
    "The minister should explain why salaries are late again.",
    "You are an idiot",
    "ｆｕｃｋ you 🙂 " * 30,
    "",
    "a",
    "été à l'école, ئەمە هەواڵێکی باشە",
    "zzzzqqqq xxjjj",  # no n-gram in the vocabulary
    "word " * 2000,
]


@pytest.mark.parametrize("fixture", ["moderator", "tiny_moderator"])
def test_fast_path_matches_scikit_learn(request, fixture):
    model = request.getfixturevalue(fixture).model
    texts = [normalise(t) for t in TEXTS]
    fast = model.features(texts[:FAST_PATH_MAX_TEXTS]).toarray()
    reference = model.pipeline[1:-1].transform(texts[:FAST_PATH_MAX_TEXTS]).toarray()
    np.testing.assert_allclose(fast, reference, atol=1e-6)


def test_single_and_batch_decisions_agree(moderator):
    batch = moderator.moderate_batch(TEXTS * 2)  # over the fast-path size: scikit-learn path
    for text, decision in zip(TEXTS, batch):
        single = moderator.moderate(text)
        assert single.decision == decision.decision
        assert single.scores == pytest.approx(decision.scores, abs=1e-4)
