"""HTTP surface: a thin Flask layer over :class:`moderation.Moderator`.

    gunicorn 'moderation.app:create_app()'

``create_app`` does all the work; importing this module does none.
"""

import hmac
import os
import signal
import threading
import time
from importlib import resources

from flask import Blueprint, Flask, current_app, jsonify, request

from . import errors
from .classifier import ModelError
from .errors import APIError
from .moderator import Moderator
from .settings import DEFAULTS

bp = Blueprint("api", __name__)


class ModelHolder:
    """The current moderator. Requests take a reference once, so a reload
    that swaps it mid-request lets that request finish on the old model."""

    def __init__(self, moderator=None):
        self._moderator = moderator
        self._lock = threading.Lock()

    @property
    def moderator(self):
        return self._moderator

    def swap(self, moderator):
        with self._lock:
            self._moderator = moderator


def init_moderator(app):
    """Load the model once, into ``app.extensions["moderation"]``. A model
    given in the config (tests) is used as is."""
    moderator = app.config.get("MODERATOR")
    if moderator is None:
        moderator = Moderator.load(app.config["MODEL"], app.config["BLOCKLIST_FILE"])
    app.extensions["moderation"] = ModelHolder(moderator)


def create_app(test_config=None):
    """Build the app; raises :class:`moderation.ModelError` if the model
    cannot be verified, so a server never starts with a bad model."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("MODERATION")
    if test_config:
        app.config.from_mapping(test_config)
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_BODY_BYTES"]
    app.json.sort_keys = False
    errors.init_app(app)
    app.register_blueprint(bp)
    init_moderator(app)
    return app


def _moderator():
    moderator = current_app.extensions["moderation"].moderator
    if moderator is None:
        raise APIError(503, "not_ready", "No model is loaded yet.")
    return moderator


def _json_object():
    """The request body as a JSON object, or a 415/400 that says what is wrong."""
    if not request.is_json:
        raise APIError(415, "unsupported_media_type",
                       f"Send the body as JSON with Content-Type: application/json "
                       f"(got {request.mimetype or 'none'}).")
    try:
        data = request.get_json(silent=True)
    except RecursionError:  # nested deeper than the JSON parser can recurse
        data = None
    if data is None:
        raise APIError(400, "invalid_json", "The body is not valid UTF-8 JSON.")
    if not isinstance(data, dict):
        raise APIError(400, "invalid_request", f"The body must be a JSON object, not {type(data).__name__}.")
    return data


def _check_comment(item, where="text"):
    """Return (text, id) of a comment object or raise a 422 naming the field."""
    text = item.get("text")
    if "text" not in item:
        raise APIError(422, "missing_text", f"'{where}' is required: the comment to moderate, as a string.")
    if not isinstance(text, str):
        raise APIError(422, "invalid_text", f"'{where}' must be a string, not {_json_type(text)}.")
    limit = current_app.config["MAX_TEXT_CHARS"]
    if len(text) > limit:
        raise APIError(422, "text_too_long",
                       f"'{where}' has {len(text)} characters; the limit is {limit} (MODERATION_MAX_TEXT_CHARS).")
    comment_id = item.get("id")
    if comment_id is not None and not isinstance(comment_id, (str, int)) or isinstance(comment_id, bool):
        raise APIError(422, "invalid_id", f"'id' must be a string or integer, not {_json_type(comment_id)}.")
    return text, comment_id


def _json_type(value):
    return {type(None): "null", bool: "a boolean", int: "a number", float: "a number",
            list: "an array", dict: "an object"}.get(type(value), type(value).__name__)


def _log(decisions, started):
    # Ids, decisions and timings only: comment text is personal data.
    elapsed = (time.perf_counter() - started) * 1000
    for d in decisions:
        current_app.logger.info("moderated id=%s decision=%s categories=%s ms=%.2f",
                                d.id, d.decision, ",".join(d.categories) or "-", elapsed)


@bp.post("/v1/moderate")
def moderate():
    started = time.perf_counter()
    text, comment_id = _check_comment(_json_object())
    decision = _moderator().moderate(text, id=comment_id)
    if current_app.config["LOG_TEXT"]:
        current_app.logger.info("text id=%s %r", comment_id, text)
    _log([decision], started)
    return jsonify(decision.to_dict())


@bp.post("/v1/moderate/batch")
def moderate_batch():
    """Every comment gets exactly one result, in input order: a decision, or
    an error entry for an invalid item."""
    started = time.perf_counter()
    comments = _json_object().get("comments")
    if not isinstance(comments, list):
        raise APIError(422, "invalid_comments", "'comments' must be an array of {\"id\", \"text\"} objects.")
    if not comments:
        raise APIError(422, "empty_batch", "'comments' is empty; send at least one comment.")
    limit = current_app.config["MAX_BATCH_ITEMS"]
    if len(comments) > limit:
        raise APIError(413, "batch_too_large",
                       f"{len(comments)} comments; the limit is {limit} per request (MODERATION_MAX_BATCH_ITEMS).")
    results, valid = [None] * len(comments), []
    for index, item in enumerate(comments):
        try:
            if not isinstance(item, dict):
                raise APIError(422, "invalid_item", f"comments[{index}] must be an object, not {_json_type(item)}.")
            valid.append((index, *_check_comment(item, where=f"comments[{index}].text")))
        except APIError as error:
            item_id = item.get("id") if isinstance(item, dict) else None
            valid_id = isinstance(item_id, (str, int)) and not isinstance(item_id, bool)
            results[index] = {"index": index, "id": item_id if valid_id else None,
                              **error.body()}
    if valid:
        indexes, texts, ids = zip(*valid)
        decisions = _moderator().moderate_batch(texts, ids=ids)
        for index, decision in zip(indexes, decisions):
            results[index] = {"index": index, **decision.to_dict()}
        _log(decisions, started)
    return jsonify({"results": results})


@bp.get("/healthz")
def healthz():
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz():
    moderator = _moderator()
    return jsonify({"status": "ready", "model_version": moderator.version})


@bp.get("/openapi.yaml")
def openapi_spec():
    """The OpenAPI document, shipped as package data."""
    spec = resources.files("moderation").joinpath("openapi.yaml").read_bytes()
    return current_app.response_class(spec, mimetype="application/yaml")


@bp.get("/v1/model")
def model_card():
    card = _moderator().model.card
    keys = ("name", "version", "labels", "thresholds", "target_precision", "review_margin", "identity_floor", "seed",
            "library_versions", "features", "training_data", "split_rows", "metrics")
    return jsonify({key: card[key] for key in keys if key in card})


@bp.post("/v1/admin/reload")
def reload_model():
    """Load the model again from MODERATION_MODEL and swap it in; requires
    ``Authorization: Bearer <MODERATION_ADMIN_TOKEN>``."""
    token = current_app.config["ADMIN_TOKEN"]
    if not token:
        raise APIError(404, "not_found", "Reloading is disabled: set MODERATION_ADMIN_TOKEN to enable it.")
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), str(token).encode()):
        raise APIError(401, "unauthorized", "Send Authorization: Bearer <MODERATION_ADMIN_TOKEN>.")
    try:
        moderator = Moderator.load(current_app.config["MODEL"], current_app.config["BLOCKLIST_FILE"])
    except (ModelError, OSError, ValueError) as error:
        raise APIError(409, "reload_failed", f"Kept the current model: {error}")
    current_app.extensions["moderation"].swap(moderator)
    master = current_app.config.get("GUNICORN_MASTER_PID")
    if master:
        # Every worker holds its own model; a graceful restart of them all
        # brings the verified new one to the workers this request missed.
        os.kill(master, signal.SIGHUP)
    return jsonify({"status": "reloaded", "model_version": moderator.version})
