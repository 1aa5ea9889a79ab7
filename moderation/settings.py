"""Service settings as data: one table feeds the defaults, the docs and a test.

Each setting is read from the environment as ``MODERATION_<NAME>`` (values
are parsed as JSON when they can be, so ``MODERATION_MAX_BATCH_ITEMS=500``
is a number).
"""

from typing import NamedTuple


class Setting(NamedTuple):
    name: str
    default: object
    help: str


SETTINGS = (
    Setting("MODEL", None, "Model directory (model.npz, model.joblib, model_card.json). Default: the shipped models/."),
    Setting("BLOCKLIST_FILE", None, "A site's own term file (blocklist.tsv format; action ban or allow)."),
    Setting("MAX_TEXT_CHARS", 20_000, "Longest comment accepted, in characters; longer gets 422 text_too_long."),
    Setting("MAX_BATCH_ITEMS", 1_000, "Most comments in one batch request; more gets 413 batch_too_large."),
    Setting("MAX_BODY_BYTES", 10 * 1024 * 1024, "Largest request body, in bytes; larger gets 413 payload_too_large."),
    Setting("ADMIN_TOKEN", None, "Bearer token for POST /v1/admin/reload; unset disables the endpoint."),
    Setting("LOG_TEXT", False, "Log comment text (off by default: logs carry ids, decisions and timings only)."),
)

DEFAULTS = {s.name: s.default for s in SETTINGS}
