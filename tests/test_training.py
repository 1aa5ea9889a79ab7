"""Training and the model artifact: reproducible, self-describing, refused when not trustworthy."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from moderation import ModelError, Moderator
from moderation.classifier import ARTIFACT_NAME, CARD_NAME, load_model
from moderation.training import LABELS, split_of

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
    assert first["artifact"]["sha256"] == second["artifact"]["sha256"]
    assert first["metrics"] == second["metrics"]


def test_train_py_explains_bad_data(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("text,category\nhello,spam\n")
    result = subprocess.run([sys.executable, str(ROOT / "train.py"), "--data", str(bad), "--output",
                             str(tmp_path / "m")], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "line 2" in result.stderr and "spam" in result.stderr


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


def test_tampered_artifact_is_refused_before_unpickling(model_copy):
    artifact = model_copy / ARTIFACT_NAME
    artifact.write_bytes(artifact.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(ModelError, match="does not match its card"):
        load_model(model_copy)


def test_truncated_artifact_is_refused(model_copy):
    artifact = model_copy / ARTIFACT_NAME
    artifact.write_bytes(artifact.read_bytes()[:100])
    with pytest.raises(ModelError, match="truncated, corrupt or was replaced"):
        load_model(model_copy)


def test_missing_artifact_is_refused(model_copy):
    (model_copy / ARTIFACT_NAME).unlink()
    with pytest.raises(ModelError, match="missing"):
        load_model(model_copy)


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

    (model_copy / ARTIFACT_NAME).write_bytes(b"not a pickle")
    with pytest.raises(ModelError):
        create_app({"MODEL": str(model_copy)})


def test_shipped_model_loads_and_matches_its_card():
    model = load_model(ROOT / "models")
    assert model.card["artifact"]["bytes"] < 25_000_000
    assert {d["source"] for d in model.card["training_data"]}, "the card lists its training data"
