"""Fixtures: the shipped model, a tiny model trained in the session, the app."""

from pathlib import Path

import pytest

from moderation import Moderator
from moderation import corpora
from moderation.app import create_app

TESTS = Path(__file__).resolve().parent
TINY_DATA = TESTS / "data" / "tiny.csv"


@pytest.fixture(scope="session")
def moderator():
    """The shipped model in models/, as the service loads it."""
    return Moderator.load()


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    """A model trained by train.py's code on 43 hand-written rows: fast, and
    independent of the shipped model."""
    from moderation.training import train

    output = tmp_path_factory.mktemp("tiny-model")
    train(corpora.load_user_file(TINY_DATA), output, [{"source": "tiny"}], log=lambda _: None, n_jobs=1)
    return output


@pytest.fixture(scope="session")
def tiny_moderator(tiny_model_dir):
    return Moderator.load(tiny_model_dir)


@pytest.fixture
def app(moderator):
    return create_app({"TESTING": True, "MODERATOR": moderator})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def data_root():
    root = corpora.default_data_root()
    if root is None:
        pytest.skip("../shared/data not found (set MODERATION_DATA to run corpus tests)")
    return root
