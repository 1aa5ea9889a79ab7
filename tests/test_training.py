"""Training and the model artifact: reproducible, self-describing, refused when not trustworthy."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from moderation import ModelError, Moderator
from moderation.classifier import ARTIFACT_NAME, CARD_NAME, RUNTIME_NAME, load_model
from moderation.training import LABELS, lowered_thresholds, model_version, split_of

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "data" / "tiny.csv"


def test_train_py_on_a_site_file_writes_model_and_card(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "train.py"), "--data", str(TINY),
                             "--output", str(tmp_path), "--jobs", "1"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Held-out test split" in result.stdout
    card = json.loads((tmp_path / CARD_NAME).read_text())
    assert card["training_data"][0]["files"][0]["sha256"]
    assert set(card["thresholds"]) == set(LABELS)
    assert {"scikit-learn", "numpy", "joblib", "python"} <= set(card["library_versions"])
    assert "test" in card["metrics"]
    assert Moderator.load(tmp_path).moderate("fuck off").decision == "reject"


def test_training_is_reproducible(tiny_model_dir, tmp_path):
    from moderation import corpora
    from moderation.training import train

    train(corpora.load_user_file(TINY), tmp_path, [{"source": "tiny"}], log=lambda _: None, n_jobs=1)
    first = json.loads((tiny_model_dir / CARD_NAME).read_text())
    second = json.loads((tmp_path / CARD_NAME).read_text())
    assert first["runtime"]["sha256"] == second["runtime"]["sha256"]
    assert first["version"] == second["version"]
    assert first["metrics"] == second["metrics"]


def test_train_py_explains_bad_data(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("text,category\nhello,spam\n")
    result = subprocess.run([sys.executable, str(ROOT / "train.py"), "--data", str(bad), "--output",
                             str(tmp_path / "m")], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "line 2" in result.stderr and "spam" in result.stderr


def _train_py():
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_script", ROOT / "train.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_train_py_trains_on_the_corpora_and_the_written_comments_by_default(tmp_path):
    script = _train_py()
    assert script.default_paths(tmp_path) == [tmp_path, ROOT / "data" / "written-comments.jsonl"]
    assert script.default_paths(tmp_path, exclude=["written-comments"]) == [tmp_path]
    with pytest.raises(SystemExit, match="--data"):
        script.default_paths(None)


def test_written_comments_are_labelled_by_the_policy():
    from moderation import corpora
    from moderation.policy import CATEGORIES

    rows = corpora.load_user_file(ROOT / "data" / "written-comments.jsonl")
    rejected = [c for r in rows for c, v in r.labels.items() if v == 1 and c != "any"]
    assert {r.source for r in rows} == {"written-comments"}
    assert set(rejected) == set(CATEGORIES)  # every category has examples
    # No tag keeps a kind of case in one split; a group is a minimal pair
    # (round 8), whose two sides, one approved and one rejected, share a split.
    pairs = {}
    for r in rows:
        if r.group is not None:
            pairs.setdefault(r.group, []).append(r.labels["any"])
    assert pairs and all(sorted(sides) == [0, 1] for sides in pairs.values())
    assert sum(r.labels["any"] == 0 for r in rows) >= len(rows) / 3  # hard negatives


def test_train_py_names_the_sets_it_can_leave_out(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "train.py"), "--exclude", "nonsense", "--output",
                             str(tmp_path / "m")], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "nonsense" in result.stderr and "written-comments" in result.stderr


@pytest.mark.parametrize("given, expected", [("written-comments=3", ("written-comments", 3.0)),
                                             ("site=0.5", ("site", 0.5))])
def test_train_py_reads_a_set_weight(given, expected):
    assert _train_py().source_weight(given) == expected


@pytest.mark.parametrize("given", ["site", "site=", "site=0", "site=-1", "=2", "site=x"])
def test_train_py_refuses_a_bad_set_weight(given):
    import argparse

    with pytest.raises(argparse.ArgumentTypeError, match="SET=WEIGHT"):
        _train_py().source_weight(given)


def test_training_weights_a_sets_rows_and_says_so_in_the_card(tiny_model_dir, tmp_path):
    from moderation import corpora
    from moderation.training import train

    card = train(corpora.load_user_file(TINY), tmp_path, [{"source": "tiny"}], log=lambda _: None, n_jobs=1,
                 source_weights={"tiny": 2.0})
    unweighted = json.loads((tiny_model_dir / CARD_NAME).read_text())
    assert card["source_weights"] == {"tiny": 2.0} and unweighted["source_weights"] == {}
    assert card["runtime"]["sha256"] != unweighted["runtime"]["sha256"]  # the heads saw the weights


def test_split_is_a_function_of_the_example():
    from moderation.corpora import Example

    a = Example("Some comment text", "src", {"any": 0})
    assert split_of(a) == split_of(Example("some   COMMENT text", "src", {"any": 1}))
    assert split_of(Example("x", "src", {}, split="test")) == "test"


@pytest.fixture
def model_copy(tiny_model_dir, tmp_path):
    target = tmp_path / "model"
    shutil.copytree(tiny_model_dir, target)
    return target


def _load(model_dir, name):
    """Load the file ``name`` of a model directory the way its users do:
    the service loads the arrays, training and tests the pipeline."""
    model = load_model(model_dir)
    if name == ARTIFACT_NAME:
        return model.pipeline
    return model


@pytest.mark.parametrize("name", [RUNTIME_NAME, ARTIFACT_NAME])
def test_tampered_file_is_refused_before_loading(model_copy, name):
    path = model_copy / name
    path.write_bytes(path.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(ModelError, match="does not match its card"):
        _load(model_copy, name)


@pytest.mark.parametrize("name", [RUNTIME_NAME, ARTIFACT_NAME])
def test_truncated_file_is_refused(model_copy, name):
    path = model_copy / name
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ModelError, match="truncated, corrupt or was replaced"):
        _load(model_copy, name)


@pytest.mark.parametrize("name", [RUNTIME_NAME, ARTIFACT_NAME])
def test_missing_file_is_refused(model_copy, name):
    (model_copy / name).unlink()
    with pytest.raises(ModelError, match="missing"):
        _load(model_copy, name)


def test_service_never_imports_scikit_learn(tiny_model_dir):
    """Serving loads the exported arrays only: importing scikit-learn would
    add over a second to every worker's start."""
    code = ("import sys; from moderation.app import create_app; app = create_app(); "
            "app.test_client().post('/v1/moderate', json={'text': 'you idiot'}); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy', 'joblib')))")
    env = {**os.environ, "MODERATION_MODEL": str(tiny_model_dir)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                            env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_other_scikit_learn_version_is_refused(model_copy):
    card_path = model_copy / CARD_NAME
    card = json.loads(card_path.read_text())
    card["library_versions"]["scikit-learn"] = "0.24.2"
    card_path.write_text(json.dumps(card))
    with pytest.raises(ModelError, match="trained with scikit-learn 0.24.2"):
        load_model(model_copy)


@pytest.mark.parametrize("content, message", [(None, "No model card"), ("{not json", "not valid JSON"),
                                              ("{}", "lacks version")])
def test_bad_card_is_refused(model_copy, content, message):
    card_path = model_copy / CARD_NAME
    card_path.unlink() if content is None else card_path.write_text(content)
    with pytest.raises(ModelError, match=message):
        load_model(model_copy)


def test_app_refuses_to_start_with_a_bad_model(model_copy):
    from moderation.app import create_app

    (model_copy / RUNTIME_NAME).write_bytes(b"not an npz")
    with pytest.raises(ModelError):
        create_app({"MODEL": str(model_copy)})


def test_shipped_model_loads_and_matches_its_card():
    model = load_model(ROOT / "models")
    assert model.card["artifact"]["bytes"] + model.card["runtime"]["bytes"] < 30_000_000
    assert {d["source"] for d in model.card["training_data"]}, "the card lists its training data"


def test_word_vocabulary_cut_keeps_equal_counts_in_alphabetical_order():
    """numpy's default sort orders equal counts by the processor's vector
    instructions; the cut must not, or one seed gives two models."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from moderation.estimators import WordTfidf

    texts = ["zeta yak", "beta alpha", "zeta gamma delta", "zeta omega"] * 3
    ours = WordTfidf(max_features=3).fit(texts)
    assert sorted(ours.vocabulary_) == ["alpha", "beta", "zeta"]  # zeta by count, then a, b of the ties
    # Without ties the cut is scikit-learn's own, weights and all.
    texts = ["red red red red blue blue", "blue green green pink", "red blue"]
    theirs = TfidfVectorizer(max_features=3).fit(texts)
    ours = WordTfidf(max_features=3).fit(texts)
    assert ours.vocabulary_ == theirs.vocabulary_
    assert (ours.transform(texts) != theirs.transform(texts)).nnz == 0


def test_nb_scaled_head_scores_as_a_head_fitted_on_scaled_features():
    """A naive-Bayes-scaled head is logistic regression on X * r; folding r
    into the weights must give the same decision values, so the service
    scores it as any other head."""
    import numpy as np
    from scipy.sparse import csr_matrix, diags
    from sklearn.linear_model import LogisticRegression

    from moderation.estimators import MultiLabelLinear, nb_log_count_ratio

    X = csr_matrix(np.array([[1, 0, 2], [0, 1, 0], [3, 0, 1], [0, 2, 1], [1, 1, 0], [0, 0, 3]], dtype=np.float32))
    y = np.array([1, 0, 1, 0, 1, 0])
    ratio = nb_log_count_ratio(X, y)
    # Feature 0 occurs only in positive rows, feature 1 mostly in negative ones.
    assert ratio[0] > 0 > ratio[1]
    heads = MultiLabelLinear(labels=("a", "b"), C=1.0, nb_scaled=("a",)).fit(X, np.column_stack([y, y]))
    scaled = LogisticRegression(C=1.0, class_weight="balanced", solver="liblinear", random_state=0)
    scaled.fit(X @ diags(ratio.astype(np.float32)), y)
    np.testing.assert_allclose(heads.decision_function(X)[:, 0], scaled.decision_function(X @ diags(ratio)),
                               rtol=1e-4, atol=1e-5)
    plain = LogisticRegression(C=1.0, class_weight="balanced", solver="liblinear", random_state=0).fit(X, y)
    np.testing.assert_allclose(heads.decision_function(X)[:, 1], plain.decision_function(X), rtol=1e-4, atol=1e-5)


class _ScoredModerator:
    """A stand-in moderator whose heads score each word given, rejecting a
    comment when a head reaches its threshold (no blocklist, rules or checks)."""

    def __init__(self, abuse_scores):
        self.abuse = abuse_scores
        self.model = SimpleNamespace(card={"thresholds": {label: 0.8 for label in LABELS}}, labels=LABELS,
                                     score_normalised=self._scores)

    def _scores(self, texts):
        return np.array([[self.abuse[text] if label == "abuse" else 0.0 for label in LABELS] for text in texts])

    def moderate_batch(self, texts):
        thresholds = self.model.card["thresholds"]
        return [SimpleNamespace(rejected=self.abuse[text] >= thresholds["abuse"]) for text in texts]


def _lowered(rows):
    """(abuse threshold after lowering, its report) for rows of (word, abuse score, to reject, policy row)."""
    moderator = _ScoredModerator({word: score for word, score, _, _ in rows})
    report = lowered_thresholds(moderator, [word for word, *_ in rows], np.array([r[2] for r in rows]),
                                np.array([r[3] for r in rows]), log=lambda message: None)
    return moderator.model.card["thresholds"]["abuse"], report["abuse"]


def test_a_threshold_is_lowered_while_the_rejections_it_adds_are_right():
    # From 0.8, steps of 0.25 log-odds reach 0.757, 0.708, 0.654: the first two add a
    # comment to reject each, the third two clean ones.
    threshold, report = _lowered([("alpha", 0.9, True, False), ("bravo", 0.77, True, False),
                                  ("charlie", 0.74, True, False), ("delta", 0.70, False, False),
                                  ("echo", 0.69, False, False)])
    assert threshold == pytest.approx(0.708, abs=1e-3)
    assert (report["steps"], report["added"]) == (2, [2, 0])


def test_a_step_is_judged_with_the_steps_before_it():
    # Nine right at 0.757; at 0.708 one right and one wrong, half alone but
    # ten of eleven with the first step; at 0.654 two wrong: ten of thirteen.
    rows = [(word, 0.77, True, False) for word in "alpha bravo charlie delta echo foxtrot golf hotel india".split()]
    rows += [("juliet", 0.74, True, False), ("kilo", 0.73, False, False),
             ("lima", 0.70, False, False), ("mike", 0.69, False, False)]
    threshold, report = _lowered(rows)
    assert threshold == pytest.approx(0.708, abs=1e-3)
    assert (report["steps"], report["added"]) == (2, [10, 1])


def test_a_short_step_does_not_stop_the_steps_after_it():
    # At 0.757 one right and one wrong, half alone; at 0.708 nine right, ten
    # of eleven with the first step; at 0.654 two wrong: ten of thirteen.
    rows = [("alpha", 0.77, True, False), ("bravo", 0.77, False, False)]
    rows += [(word, 0.72, True, False)
             for word in "charlie delta echo foxtrot golf hotel india juliet kilo".split()]
    rows += [("lima", 0.68, False, False), ("mike", 0.66, False, False)]
    threshold, report = _lowered(rows)
    assert threshold == pytest.approx(0.708, abs=1e-3)
    assert (report["steps"], report["added"], report["next_step_added"][:2]) == (2, [10, 1], [0, 2])


def test_a_step_must_also_be_right_on_the_policys_own_rows():
    # Ten right of eleven overall, but the one row labelled by this policy is wrong.
    rows = [(word, 0.77, True, False) for word in ("alpha bravo charlie delta echo foxtrot golf hotel india "
                                                    "juliet").split()]
    threshold, report = _lowered(rows + [("kilo", 0.77, False, True)])
    assert threshold == 0.8
    assert report["steps"] == 0


def test_the_model_version_names_the_arrays_and_the_thresholds():
    card = {"thresholds": {"abuse": 0.75}, "review_margin": 1.0, "identity_floor": 0.8}
    version = model_version("ab" * 32, card)
    assert version == model_version("ab" * 32, json.loads(json.dumps(card)))
    assert version != model_version("cd" * 32, card)
    assert version != model_version("ab" * 32, dict(card, thresholds={"abuse": 0.46}))
