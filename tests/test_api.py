"""HTTP API: the contract other teams code against, and one error shape for every mistake."""

import logging
import signal

import pytest

from moderation.app import create_app
from moderation.policy import CATEGORIES
from moderation.settings import SETTINGS


@pytest.fixture
def app(tiny_moderator):
    return create_app({"TESTING": True, "MODERATOR": tiny_moderator, "MAX_TEXT_CHARS": 1000,
                       "MAX_BATCH_ITEMS": 5, "MAX_BODY_BYTES": 64 * 1024})


@pytest.fixture
def client(app):
    return app.test_client()


def test_moderate_returns_the_documented_shape(client):
    response = client.post("/v1/moderate", json={"text": "Thanks for the report", "id": "c-1"})
    assert response.status_code == 200
    body = response.get_json()
    assert list(body) == ["id", "decision", "reasons", "scores", "confidence", "review", "model_version"]
    assert body["id"] == "c-1"
    assert body["decision"] in ("approve", "reject")
    assert set(body["scores"]) == set(CATEGORIES)
    assert 0.0 <= body["confidence"] <= 1.0


def test_rejection_names_category_stage_and_evidence(client):
    body = client.post("/v1/moderate", json={"text": "what a f*cking mess"}).get_json()
    assert body["decision"] == "reject"
    reason = body["reasons"][0]
    assert (reason["category"], reason["stage"], reason["evidence"]) == ("profanity", "blocklist", "fucking")


def test_response_never_contains_an_edited_copy_of_the_comment(client):
    text = "you are a f*cking idiot"
    body = client.post("/v1/moderate", json={"text": text}).get_json()
    assert text not in str(body) and "*" not in str(body)


def test_batch_keeps_order_and_gives_invalid_items_their_own_error(client):
    comments = [{"id": "a", "text": "Good piece"}, {"id": "b", "text": 5}, "not an object",
                {"text": "no id here"}, {"id": "a", "text": "duplicate id is fine"}]
    body = client.post("/v1/moderate/batch", json={"comments": comments}).get_json()
    results = body["results"]
    assert [r["index"] for r in results] == [0, 1, 2, 3, 4]
    assert [r["id"] for r in results] == ["a", "b", None, None, "a"]
    assert results[1]["error"]["code"] == "invalid_text"
    assert results[2]["error"]["code"] == "invalid_item"
    assert results[0]["decision"] == "approve" and results[3]["decision"] in ("approve", "reject")


def test_batch_matches_single_calls(client):
    texts = ["Good piece", "fuck this", "I will kill you", "Check out my channel"]
    batch = client.post("/v1/moderate/batch", json={"comments": [{"text": t} for t in texts]}).get_json()
    for text, result in zip(texts, batch["results"]):
        single = client.post("/v1/moderate", json={"text": text}).get_json()
        assert (single["decision"], single["scores"]) == (result["decision"], result["scores"])


@pytest.mark.parametrize("kwargs, status, code", [
    ({"data": "not json", "content_type": "application/json"}, 400, "invalid_json"),
    ({"data": b"\xff\xfe{", "content_type": "application/json"}, 400, "invalid_json"),
    ({"data": "text=hi", "content_type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"),
    ({"data": "{}"}, 415, "unsupported_media_type"),
    ({"json": ["a list"]}, 400, "invalid_request"),
    ({"json": "a string"}, 400, "invalid_request"),
    ({"json": {}}, 422, "missing_text"),
    ({"json": {"text": None}}, 422, "invalid_text"),
    ({"json": {"text": 42}}, 422, "invalid_text"),
    ({"json": {"text": {"nested": "object"}}}, 422, "invalid_text"),
    ({"json": {"text": ["a"]}}, 422, "invalid_text"),
    ({"json": {"text": "ok", "id": {"x": 1}}}, 422, "invalid_id"),
    ({"json": {"text": "x" * 1001}}, 422, "text_too_long"),
    ({"data": "{\"text\": \"" + "x" * 70_000 + "\"}", "content_type": "application/json"}, 413, "payload_too_large"),
])
def test_bad_single_requests_get_a_json_error(client, kwargs, status, code):
    response = client.post("/v1/moderate", **kwargs)
    assert response.status_code == status
    body = response.get_json()
    assert list(body) == ["error"] and body["error"]["code"] == code
    assert body["error"]["message"]


@pytest.mark.parametrize("payload, status, code", [
    ({}, 422, "invalid_comments"),
    ({"comments": "text"}, 422, "invalid_comments"),
    ({"comments": []}, 422, "empty_batch"),
    ({"comments": [{"text": "a"}] * 6}, 413, "batch_too_large"),
])
def test_bad_batches_get_a_json_error(client, payload, status, code):
    response = client.post("/v1/moderate/batch", json=payload)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == code


@pytest.mark.parametrize("text", ["", "   \n\t ", "\u200b\u200b"])
def test_empty_text_is_approved(client, text):
    body = client.post("/v1/moderate", json={"text": text}).get_json()
    assert body["decision"] == "approve" and body["reasons"] == []


@pytest.mark.parametrize("text", ["\ud800 lone surrogate", "nul\x00byte", "🙂" * 300, "\u0301" * 900])
def test_odd_but_valid_text_gets_a_decision(client, text):
    response = client.post("/v1/moderate", json={"text": text})
    assert response.status_code == 200
    assert response.get_json()["decision"] in ("approve", "reject")


def test_unknown_route_and_wrong_method_use_the_error_shape(client):
    assert client.get("/v2/nothing").get_json()["error"]["code"] == "not_found"
    response = client.get("/v1/moderate")
    assert response.status_code == 405 and response.get_json()["error"]["code"] == "method_not_allowed"


def test_health_ready_and_model_card(client, tiny_moderator):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json()["model_version"] == tiny_moderator.version
    card = client.get("/v1/model").get_json()
    assert card["version"] == tiny_moderator.version
    assert set(card["thresholds"]) >= set(CATEGORIES)
    assert "training_data" in card and "library_versions" in card


def test_readyz_is_503_without_a_model(app):
    app.extensions["moderation"].swap(None)
    response = app.test_client().get("/readyz")
    assert response.status_code == 503 and response.get_json()["error"]["code"] == "not_ready"


def test_comment_text_is_not_logged(client, caplog):
    secret = "my phone is 0750 999 1234 and I live on Main Street"
    with caplog.at_level(logging.DEBUG):
        client.post("/v1/moderate", json={"text": secret, "id": "p-1"})
    assert "p-1" in caplog.text
    assert secret not in caplog.text and "0750" not in caplog.text


def test_reload_requires_the_admin_token(tiny_moderator, tiny_model_dir):
    app = create_app({"TESTING": True, "MODERATOR": tiny_moderator, "ADMIN_TOKEN": "s3cret",
                      "MODEL": str(tiny_model_dir)})
    client = app.test_client()
    assert client.post("/v1/admin/reload").status_code == 401
    assert client.post("/v1/admin/reload", headers={"Authorization": "Bearer wrong"}).status_code == 401
    response = client.post("/v1/admin/reload", headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 200
    assert app.extensions["moderation"].moderator is not tiny_moderator


@pytest.mark.parametrize("model_ok, status, signals", [
    (True, 200, [(4242, signal.SIGHUP)]),  # every worker is replaced by one loading the new model
    (False, 409, []),  # a model that fails verification leaves the workers alone
])
def test_reload_under_gunicorn_signals_the_master(tiny_moderator, tiny_model_dir, tmp_path, monkeypatch,
                                                   model_ok, status, signals):
    # Each worker holds its own model: the one that reloaded signals the master.
    sent = []
    monkeypatch.setattr("moderation.app.os.kill", lambda pid, sig: sent.append((pid, sig)))
    app = create_app({"TESTING": True, "MODERATOR": tiny_moderator, "ADMIN_TOKEN": "s3cret",
                      "MODEL": str(tiny_model_dir if model_ok else tmp_path), "GUNICORN_MASTER_PID": 4242})
    response = app.test_client().post("/v1/admin/reload", headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == status
    assert sent == signals


def test_reload_is_disabled_without_a_token(client):
    assert client.post("/v1/admin/reload").status_code == 404


def test_every_setting_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    missing = [s.name for s in SETTINGS if f"MODERATION_{s.name}" not in readme]
    assert not missing
