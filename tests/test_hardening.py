"""Hardening: pathological input, limits, the published contract, batch files
and model reloads -- every input gets a defined answer, nothing is lost, and
the service never answers 500.

No test here measures time (timing is measured in bench/); the inputs are
chosen so that a quadratic code path would make this file visibly slow.
"""

import collections
import dataclasses
import io
import json
import random
import re
import shutil
import string
import threading
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from moderation import batchio
from moderation.app import create_app
from moderation.cli import main
from moderation.errors import _HTTP_CODES
from moderation.policy import CATEGORIES, DECISIONS
from moderation.settings import DEFAULTS

PACKAGE = Path(__file__).resolve().parent.parent / "moderation"
AUTH = {"Authorization": "Bearer s3cret"}
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def _random_word(length, seed=0):
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(length))


PATHOLOGICAL = {
    "100k repeated characters": "a" * 100_000,
    "100k spaced letters": "f " * 50_000,
    "100k leetspeak": "a1" * 50_000,
    "100k exclamation marks": "a1 " + "!" * 100_000,
    "100k dots": "." * 100_000,
    "100k quotes": '"' * 100_000,
    "100k newlines": "\n" * 100_000,
    "10k emoji": "🙂" * 10_000,
    "10k emoji sequences": "👍🏽🇬🇧👨‍👩‍👧" * 2_000,
    "50k zero-width characters": "\u200b" * 50_000,
    "zero-width characters inside words": "f\u200bu\u200bc\u200bk " * 5_000,
    "deeply nested combining marks": "e" + "\u0301\u0300\u0302\u0303" * 12_500,
    "zalgo text": "".join("h" + "".join(chr(0x300 + (i + j) % 112) for j in range(40)) for i in range(1_500)),
    "one 200 KB word": _random_word(200_000),
    "one 200 KB word of a banned term": "fuck" * 50_000,
    "one 200 KB link": "http://" + _random_word(200_000, seed=1) + ".com/buy-now",
    "lone surrogates and control characters": "\ud800\x00\x1b\udfff\x7f\x85" * 10_000,
    "bidi overrides": "\u202e" * 20_000 + "kcuf",
    "hangul and ligatures": "한ﬃ" * 25_000,
    "repeated threat sentences": "I will kill you. " * 5_000,
    "repeated identity abuse": "women are all dumb " * 5_000,
}


def assert_decision(body):
    """A complete, well-formed decision."""
    assert body["decision"] in DECISIONS
    assert set(body["scores"]) == set(CATEGORIES)
    assert all(0.0 <= score <= 1.0 for score in body["scores"].values())
    assert 0.0 <= body["confidence"] <= 1.0
    assert isinstance(body["review"], bool) and isinstance(body["model_version"], str)
    if body["decision"] == "reject":
        assert body["reasons"], "a rejection names its reasons"
        assert all(reason["category"] in CATEGORIES for reason in body["reasons"])
    else:
        assert body["reasons"] == []


def assert_error(response, status, code=None):
    assert response.status_code == status, response.get_data()[:300]
    body = response.get_json()
    assert list(body) == ["error"] and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code


@pytest.fixture
def app(tiny_moderator):
    return create_app({"TESTING": True, "MODERATOR": tiny_moderator})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def roomy_client(tiny_moderator):
    """An app whose limits let the pathological texts through to the moderator."""
    return create_app({"TESTING": True, "MODERATOR": tiny_moderator, "MAX_TEXT_CHARS": 250_000,
                       "MAX_BODY_BYTES": 4 * 1024 * 1024}).test_client()


# --- pathological text -------------------------------------------------------------


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_moderator_decides_pathological_text(tiny_moderator, text):
    body = tiny_moderator.moderate(text, id="p-1").to_dict()
    assert_decision(body)
    assert body["id"] == "p-1"
    json.dumps(body)  # serialisable as is


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_http_decides_pathological_text(roomy_client, text):
    response = roomy_client.post("/v1/moderate", json={"id": 7, "text": text})
    assert response.status_code == 200
    body = response.get_json()
    assert_decision(body)
    assert body["id"] == 7


def test_http_batch_of_pathological_texts_keeps_every_item(roomy_client):
    comments = [{"id": name, "text": text[:20_000]} for name, text in PATHOLOGICAL.items()]
    results = roomy_client.post("/v1/moderate/batch", json={"comments": comments}).get_json()["results"]
    assert [r["index"] for r in results] == list(range(len(comments)))
    assert [r["id"] for r in results] == list(PATHOLOGICAL)
    for result in results:
        assert_decision(result)


def test_default_limits_answer_long_text_with_422(client):
    at_limit = client.post("/v1/moderate", json={"text": "a" * DEFAULTS["MAX_TEXT_CHARS"]})
    assert at_limit.status_code == 200
    assert_error(client.post("/v1/moderate", json={"text": "a" * (DEFAULTS["MAX_TEXT_CHARS"] + 1)}),
                 422, "text_too_long")


def test_one_megabyte_text_is_refused_with_the_error_shape(tiny_moderator):
    text = _random_word(1024 * 1024)
    default = create_app({"TESTING": True, "MODERATOR": tiny_moderator}).test_client()
    assert_error(default.post("/v1/moderate", json={"text": text}), 422, "text_too_long")
    small_body = create_app({"TESTING": True, "MODERATOR": tiny_moderator,
                             "MAX_BODY_BYTES": 512 * 1024}).test_client()
    assert_error(small_body.post("/v1/moderate", json={"text": text}), 413, "payload_too_large")
    assert_error(small_body.post("/v1/moderate/batch", json={"comments": [{"text": text}]}),
                 413, "payload_too_large")
    # A streamed (chunked) body has no Content-Length: the limit holds while reading.
    streamed = small_body.post("/v1/moderate", input_stream=io.BytesIO(json.dumps({"text": text}).encode()),
                               content_type="application/json", environ_overrides={"wsgi.input_terminated": True})
    assert_error(streamed, 413, "payload_too_large")


def test_one_megabyte_text_in_a_batch_fails_only_its_item(client):
    comments = [{"id": "a", "text": "fine"}, {"id": "b", "text": "x" * (1024 * 1024)}, {"id": "c", "text": "ok"}]
    results = client.post("/v1/moderate/batch", json={"comments": comments}).get_json()["results"]
    assert [r["id"] for r in results] == ["a", "b", "c"]
    assert results[1]["error"]["code"] == "text_too_long"
    assert_decision(results[0])
    assert_decision(results[2])


@pytest.mark.parametrize("body, code", [
    ("[" * 100_000 + "]" * 100_000, "invalid_json"),  # deeper than the parser can recurse
    ('{"text": "x", "id": ' + "[" * 50_000 + "]" * 50_000 + "}", "invalid_json"),
    ('{"text": "x", "id": ' + "1" * 5_000 + "}", "invalid_json"),  # beyond Python's int digits limit
    ('{"text": "x", "id": NaN}', "invalid_id"),
    ('{"text": "x", "id": 1e999}', "invalid_id"),
    ('{"text": "x", "id": 1.5}', "invalid_id"),
    ('{"text": "x", "id": true}', "invalid_id"),
    ('{"text": "x"} trailing', "invalid_json"),
    ('{"text": "\\ud800"', "invalid_json"),
])
def test_malformed_bodies_get_a_4xx_not_a_500(client, body, code):
    response = client.post("/v1/moderate", data=body.encode("utf-8", "surrogatepass"), content_type="application/json")
    assert 400 <= response.status_code < 500
    assert response.get_json()["error"]["code"] == code


def test_batch_error_entries_never_echo_an_invalid_id(client):
    comments = [{"id": True, "text": 5}, {"id": [1], "text": None}, {"id": 2.5}, {"id": "ok", "text": 1}]
    results = client.post("/v1/moderate/batch", json={"comments": comments}).get_json()["results"]
    assert [r["id"] for r in results] == [None, None, None, "ok"]
    assert all("error" in r for r in results)


def test_method_not_allowed_names_the_allowed_methods(client):
    response = client.put("/v1/moderate", json={"text": "hi"})
    assert_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]
    assert "GET" in client.delete("/healthz").headers["Allow"]


# --- the published contract --------------------------------------------------------


@pytest.fixture
def spec(client):
    response = client.get("/openapi.yaml")
    assert response.status_code == 200 and response.mimetype == "application/yaml"
    return yaml.safe_load(response.get_data(as_text=True))


def _flask_routes(app):
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue  # Flask's own, with no static folder: always 404
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        routes |= {(path, method) for method in rule.methods - {"HEAD", "OPTIONS"}}
    return routes


def test_spec_is_served_and_lists_every_route(app, spec):
    assert spec["openapi"].startswith("3.")
    documented = {(path, method.upper()) for path, item in spec["paths"].items()
                  for method in item if method in HTTP_METHODS}
    assert documented == _flask_routes(app)


def test_spec_is_the_package_file(client):
    assert client.get("/openapi.yaml").get_data() == (PACKAGE / "openapi.yaml").read_bytes()


def test_spec_limits_match_the_settings(spec):
    schemas = spec["components"]["schemas"]
    assert schemas["Comment"]["properties"]["text"]["maxLength"] == DEFAULTS["MAX_TEXT_CHARS"]
    assert schemas["BatchRequest"]["properties"]["comments"]["maxItems"] == DEFAULTS["MAX_BATCH_ITEMS"]
    assert str(DEFAULTS["MAX_BODY_BYTES"]) in spec["components"]["responses"]["PayloadTooLarge"]["description"]
    for name in ("MAX_TEXT_CHARS", "MAX_BATCH_ITEMS", "MAX_BODY_BYTES", "ADMIN_TOKEN"):
        assert f"MODERATION_{name}" in spec["info"]["description"]


def test_spec_documents_every_status_and_error_code(spec):
    source = "\n".join(path.read_text("utf-8") for path in PACKAGE.glob("*.py"))
    raised = set(re.findall(r'APIError\(\s*(\d{3}),\s*"(\w+)"', source))
    assert raised, "no APIError found: the pattern is out of date"
    codes = set(spec["components"]["schemas"]["ErrorDetail"]["properties"]["code"]["enum"])
    assert {code for _, code in raised} | set(_HTTP_CODES.values()) <= codes
    documented = {status for item in spec["paths"].values() for op in item.values() for status in op["responses"]}
    assert {status for status, _ in raised} <= documented
    table = spec["info"]["description"]
    for status in {"400", "401", "404", "405", "409", "413", "415", "422", "503"}:
        assert f"| {status} |" in table


def _examples(node, where=""):
    """(location, schema, example) for every example in the document."""
    if isinstance(node, dict):
        if "schema" in node:
            if "example" in node:
                yield where, node["schema"], node["example"]
            for name, example in node.get("examples", {}).items():
                yield f"{where}/{name}", node["schema"], example["value"]
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _examples(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _examples(value, f"{where}/{i}")


def test_spec_examples_match_their_schemas(spec):
    jsonschema_rs = pytest.importorskip("jsonschema_rs")  # installed with schemathesis
    examples = list(_examples(spec["paths"])) + list(_examples(spec["components"]["responses"]))
    examples += [(f"/components/schemas/{name}", schema, schema["example"])
                 for name, schema in spec["components"]["schemas"].items() if "example" in schema]
    assert len(examples) > 20
    for where, schema, example in examples:
        validator = jsonschema_rs.Draft202012Validator({**schema, "components": spec["components"]})
        errors = [error.message for error in validator.iter_errors(example)]
        assert not errors, f"{where}: {errors}"


def test_live_responses_match_the_spec(client, spec):
    jsonschema_rs = pytest.importorskip("jsonschema_rs")

    def check(response, path, method):
        operation = spec["paths"][path][method]
        declared = operation["responses"][str(response.status_code)]
        if "$ref" in declared:
            declared = spec["components"]["responses"][declared["$ref"].rsplit("/", 1)[1]]
        schema = declared["content"]["application/json"]["schema"]
        validator = jsonschema_rs.Draft202012Validator({**schema, "components": spec["components"]})
        assert not list(validator.iter_errors(response.get_json())), response.get_json()

    for text in ["Thanks for the report", "what a f*cking mess", "I will kill you", "", "\ud800"]:
        check(client.post("/v1/moderate", json={"text": text, "id": 3}), "/v1/moderate", "post")
    batch = {"comments": [{"text": "Good"}, {"text": 5}, "x", {"id": True, "text": "y"}]}
    check(client.post("/v1/moderate/batch", json=batch), "/v1/moderate/batch", "post")
    check(client.post("/v1/moderate", json={}), "/v1/moderate", "post")
    check(client.post("/v1/admin/reload"), "/v1/admin/reload", "post")
    for path in ("/healthz", "/readyz", "/v1/model"):
        check(client.get(path), path, "get")


# --- schemathesis, in process ------------------------------------------------------

# Statuses that are a correct answer to a request the schema calls invalid.
REJECTION_STATUSES = ["400", "401", "404", "405", "409", "413", "415", "422"]


def run_schemathesis(app, max_examples, seed=None):
    """Run schemathesis' engine against ``app`` through WSGI, in process: its
    examples, coverage (boundary values, undeclared methods, missing bodies)
    and fuzzing phases, positive and negative, with every check. Returns
    (Counter of the HTTP statuses the app sent, list of failures)."""
    import schemathesis
    from schemathesis.engine import events, from_schema

    statuses = collections.Counter()
    inner = app.wsgi_app

    def counting(environ, start_response):
        def start(status, headers, exc_info=None):
            statuses[int(status[:3])] += 1
            return start_response(status, headers, exc_info)
        return inner(environ, start)

    app.wsgi_app = counting
    config = {
        "generation": {"max-examples": max_examples, "database": "none"},
        "checks": {"negative_data_rejection": {"expected-statuses": REJECTION_STATUSES}},
    }
    if seed is not None:
        config["seed"] = seed
    schema = schemathesis.openapi.from_wsgi("/openapi.yaml", app, config=schemathesis.Config.from_dict(config))
    failures = []
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            for checks in event.recorder.checks.values():
                for check in checks:
                    if check.failure_info is not None:
                        failure = check.failure_info.failure
                        failures.append(f"{event.recorder.label}: {check.name}: {failure.title}: "
                                        f"{str(failure.message)[:500]}\n{check.failure_info.code_sample[:1000]}")
        elif isinstance(event, (events.NonFatalError, events.FatalError)):
            error = getattr(event, "value", None) or getattr(event, "exception", None)
            failures.append(f"{getattr(event, 'label', 'engine')}: error: {error!r}")
        elif isinstance(event, events.EngineFinished):
            failures += [f"engine: {failure.title}" for failure in event.failures
                         if not any(failure.title in f for f in failures)]
    return statuses, failures


def schemathesis_app(tiny_moderator, tiny_model_dir):
    return create_app({"TESTING": True, "MODERATOR": tiny_moderator, "ADMIN_TOKEN": "s3cret",
                       "MODEL": str(tiny_model_dir)})


def test_schemathesis_finds_no_5xx_and_no_contract_violation(tiny_moderator, tiny_model_dir):
    statuses, failures = run_schemathesis(schemathesis_app(tiny_moderator, tiny_model_dir), max_examples=40, seed=1)
    assert not failures, "\n\n".join(failures)
    assert not [status for status in statuses if status >= 500]
    assert sum(statuses.values()) >= 100
    assert {200, 400, 401, 405, 415, 422} <= set(statuses)


# --- batch files: one output line per input line ---------------------------------------


@pytest.fixture
def batch(tiny_model_dir, tmp_path):
    """Run ``moderation batch`` on ``data``; return (records, exit code, stderr)."""
    def run(data, name="in.jsonl", *args):
        source = tmp_path / name
        source.write_bytes(data)
        out = tmp_path / "out.jsonl"
        result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), *args,
                                           "--model", str(tiny_model_dir)])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        raw = out.read_bytes()
        raw.decode("utf-8")  # the output is valid UTF-8 whatever came in
        records = [json.loads(line) for line in raw.splitlines()]
        return records, result.exit_code, result.stderr
    return run


def _summary(stderr, total, failed):
    match = re.search(r"(\d+) lines: (\d+) approved, (\d+) rejected, (\d+) failed", stderr)
    assert match, stderr
    assert (int(match[1]), int(match[4])) == (total, failed)
    assert int(match[2]) + int(match[3]) + int(match[4]) == total


def _jsonl(*items):
    return b"".join(json.dumps(item).encode() + b"\n" for item in items)


def test_line_longer_than_the_limit_is_one_error_and_the_next_line_is_read(batch):
    limit = batchio.MAX_LINE_BYTES
    at_limit = json.dumps({"id": "at-limit", "text": ""}).encode()
    at_limit = at_limit[:-2] + b"x" * (limit - len(at_limit)) + b'"}'
    assert len(at_limit) == limit
    data = (_jsonl({"id": "a", "text": "first"})
            + b'{"id": "huge", "text": "' + b"y" * (limit + 10) + b'"}\n'
            + _jsonl({"id": "b", "text": "after the long line"})
            + at_limit + b"\n"
            + b"z" * (3 * limit) + b"\n"  # several reads long
            + _jsonl({"id": "c", "text": "last"})
            + b"w" * (limit + 1))  # no newline at the end of the file
    records, code, stderr = batch(data)
    assert [r["line"] for r in records] == [1, 2, 3, 4, 5, 6, 7]
    assert [r["id"] for r in records] == ["a", None, "b", "at-limit", None, "c", None]
    assert [r["error"]["code"] for r in records if "error" in r] == ["line_too_long"] * 3
    for record in (records[0], records[2], records[3], records[5]):
        assert_decision(record)
    assert code == 1
    _summary(stderr, 7, 3)


def test_csv_line_longer_than_the_limit(batch):
    data = (b"id,text\n1,short\n2," + b"x" * (batchio.MAX_LINE_BYTES + 1) + b"\n3,also short\n")
    records, code, stderr = batch(data, "in.csv")
    assert [r["id"] for r in records] == ["1", None, "3"]
    assert records[1]["error"]["code"] == "line_too_long" and code == 1
    _summary(stderr, 3, 1)


def test_crlf_line_ends(batch):
    data = _jsonl({"id": "a", "text": "one"}, {"id": "b", "text": "two"}).replace(b"\n", b"\r\n") + b"\r\n"
    records, code, stderr = batch(data)
    assert [r["id"] for r in records] == ["a", "b", None]
    assert "decision" in records[0] and "decision" in records[1]
    assert records[2]["error"]["code"] == "empty_line"
    assert code == 1
    _summary(stderr, 3, 1)


def test_crlf_csv_with_a_quoted_line_break(batch):
    data = b'id,text\r\n1,"Good piece"\r\n2,"two\r\nlines"\r\n3,three\r\n'
    records, code, stderr = batch(data, "in.csv")
    assert [r["id"] for r in records] == ["1", "2", "3"]
    assert all("decision" in r for r in records) and code == 0
    _summary(stderr, 3, 0)


def test_utf8_bom_in_csv(batch):
    records, code, _ = batch("\ufeffid,text\n1,Good piece\n2,Thanks\n".encode(), "in.csv")
    assert [r["id"] for r in records] == ["1", "2"]
    assert all("decision" in r for r in records) and code == 0


def test_utf8_bom_in_jsonl_and_format_detection(batch):
    data = "\ufeff".encode() + _jsonl({"id": "a", "text": "Good piece"}, {"id": "b", "text": "Thanks"})
    for name in ("in.jsonl", "no-extension"):
        records, code, _ = batch(data, name)
        assert [r["id"] for r in records] == ["a", "b"]
        assert all("decision" in r for r in records) and code == 0, records


def test_nul_bytes(batch):
    data = (_jsonl({"id": "escaped", "text": "nul\u0000inside"})
            + b'{"id": "raw", "text": "nul\x00inside"}\n'
            + b"\x00\x00\x00\n"
            + _jsonl({"id": "after", "text": "still read"}))
    records, code, stderr = batch(data)
    assert [r["line"] for r in records] == [1, 2, 3, 4]
    assert [r["id"] for r in records] == ["escaped", None, None, "after"]
    assert "decision" in records[0] and "decision" in records[3]
    assert records[1]["error"]["code"] == records[2]["error"]["code"] == "invalid_json"
    assert code == 1
    _summary(stderr, 4, 2)


def test_nul_bytes_in_csv(batch):
    records, code, stderr = batch(b"id,text\n1,a\x00b\n2,\x00\n\x00\x00\n4,ok\n", "in.csv")
    assert [r["line"] for r in records] == [2, 3, 4, 5]
    assert [r.get("id") for r in records] == ["1", "2", "\x00\x00", "4"]
    assert records[2]["error"]["code"] == "missing_column"
    _summary(stderr, 4, 1)


def test_binary_garbage_lines(batch):
    rng = random.Random(0)
    garbage = [bytes(rng.randrange(256) for _ in range(200)).replace(b"\n", b"") for _ in range(20)]
    lines = []
    for i, junk in enumerate(garbage):
        lines += [json.dumps({"id": i, "text": f"comment {i}"}).encode(), junk]
    records, code, stderr = batch(b"\n".join(lines) + b"\n")
    assert [r["line"] for r in records] == list(range(1, 41))
    assert [r["id"] for r in records[::2]] == list(range(20))
    assert all("decision" in r for r in records[::2]) and all("error" in r for r in records[1::2])
    assert code == 1
    _summary(stderr, 40, 20)


def test_lone_surrogates_in_jsonl_are_written_not_fatal(batch):
    data = (b'{"id": "\\ud800", "text": "hi"}\n'
            b'{"id": 2, "text": "you are a \\udc00 idiot \\ud83d"}\n'
            + _jsonl({"id": 3, "text": "fine"}))
    records, code, stderr = batch(data)
    assert [r["id"] for r in records] == ["\ud800", 2, 3]
    assert all("decision" in r for r in records) and code == 0
    _summary(stderr, 3, 0)


def test_csv_quote_inside_an_unquoted_field_does_not_swallow_lines(batch):
    data = b'id,text\n1,he said "hi\n2,ok\n3,"quoted, with a comma"\n4,"say ""hi"""\n5,fine\n'
    records, code, stderr = batch(data, "in.csv")
    assert [r["id"] for r in records] == ["1", "2", "3", "4", "5"]
    assert all("decision" in r for r in records) and code == 0
    _summary(stderr, 5, 0)


def test_csv_broken_line_inside_a_quoted_field(batch):
    data = b'id,text\n1,"starts\n\xff\xfe broken\n3,next"\n4,four\n'
    records, code, stderr = batch(data, "in.csv")
    assert records[0]["line"] == 2 and records[0]["error"]["code"] == "invalid_utf8"
    assert [r.get("id") for r in records[1:]] == ["3", "4"]
    assert code == 1


def test_csv_unterminated_quote_is_bounded(batch):
    runaway = (b"x" * 100_000 + b"\n") * (batchio.MAX_LINE_BYTES // 100_000 + 2)
    records, code, stderr = batch(b'id,text\n1,"never closed\n' + runaway + b"99,last\n", "in.csv")
    assert records[0]["line"] == 2 and records[0]["error"]["code"] == "record_too_long"
    assert records[-1]["id"] == "99" and "decision" in records[-1]  # reading went on after it
    assert [r["line"] for r in records] == sorted(r["line"] for r in records)
    assert code == 1


def test_csv_header_that_cannot_be_parsed(batch):
    records, code, _ = batch(b"id,te\rxt\n1,a\n2,b\n", "in.csv")
    assert [r["error"]["code"] for r in records] == ["missing_column"] * 2 and code == 1


# --- reload: an atomic swap ---------------------------------------------------------------


class GatedModerator:
    """A real moderator whose calls wait until released, stamping its own version."""

    def __init__(self, inner, version):
        self.inner, self.version, self.model = inner, version, inner.model
        self.entered, self.release = threading.Event(), threading.Event()

    def moderate_batch(self, texts, ids=None):
        self.entered.set()
        if not self.release.wait(60):
            raise RuntimeError("never released")
        return [dataclasses.replace(d, model_version=self.version) for d in self.inner.moderate_batch(texts, ids=ids)]

    def moderate(self, text, id=None):
        return self.moderate_batch([text], ids=[id])[0]


@pytest.mark.parametrize("path, payload", [
    ("/v1/moderate", {"id": 1, "text": "hello"}),
    ("/v1/moderate/batch", {"comments": [{"id": 1, "text": "hello"}, {"id": 2, "text": 5}, {"text": "bye"}]}),
])
def test_reload_swaps_atomically_and_a_request_in_flight_finishes_on_the_old_model(
        tiny_moderator, tiny_model_dir, path, payload):
    old = GatedModerator(tiny_moderator, "old-model")
    app = create_app({"TESTING": True, "MODERATOR": old, "ADMIN_TOKEN": "s3cret", "MODEL": str(tiny_model_dir)})
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("response", app.test_client().post(path, json=payload)))
    worker.start()
    try:
        assert old.entered.wait(60)  # the request holds the old moderator
        reload = app.test_client().post("/v1/admin/reload", headers=AUTH)
        assert reload.status_code == 200
        new_version = reload.get_json()["model_version"]
        assert new_version == tiny_moderator.version != "old-model"
        # New requests use the new model at once, while the old one is still running.
        client = app.test_client()
        assert client.post("/v1/moderate", json={"text": "hello"}).get_json()["model_version"] == new_version
        assert client.get("/readyz").get_json()["model_version"] == new_version
        assert worker.is_alive()
    finally:
        old.release.set()
        worker.join(60)
    response = result["response"]
    assert response.status_code == 200
    body = response.get_json()
    if "results" in body:
        assert [r["index"] for r in body["results"]] == [0, 1, 2]
        assert [r.get("model_version") for r in body["results"]] == ["old-model", None, "old-model"]
    else:
        assert body["model_version"] == "old-model"


def _copy_model(tiny_model_dir, tmp_path):
    target = tmp_path / "model"
    shutil.copytree(tiny_model_dir, target)
    return target


@pytest.mark.parametrize("damage", ["truncated artifact", "tampered artifact", "missing card", "bad card json",
                                    "other sklearn", "missing directory"])
def test_failed_reload_keeps_serving_the_current_model(tiny_moderator, tiny_model_dir, tmp_path, damage):
    model = _copy_model(tiny_model_dir, tmp_path)
    artifact, card = model / "model.npz", model / "model_card.json"
    if damage == "truncated artifact":
        artifact.write_bytes(artifact.read_bytes()[:100])
    elif damage == "tampered artifact":
        artifact.write_bytes(artifact.read_bytes() + b"\0")
    elif damage == "missing card":
        card.unlink()
    elif damage == "bad card json":
        card.write_text("{not json", encoding="utf-8")
    elif damage == "other sklearn":
        data = json.loads(card.read_text("utf-8"))
        data["library_versions"]["scikit-learn"] = "0.0.1"
        card.write_text(json.dumps(data), encoding="utf-8")
    else:
        shutil.rmtree(model)
    app = create_app({"TESTING": True, "MODERATOR": tiny_moderator, "ADMIN_TOKEN": "s3cret", "MODEL": str(model)})
    client = app.test_client()
    assert_error(client.post("/v1/admin/reload", headers=AUTH), 409, "reload_failed")
    assert app.extensions["moderation"].moderator is tiny_moderator
    response = client.post("/v1/moderate", json={"text": "hello"})
    assert response.status_code == 200 and response.get_json()["model_version"] == tiny_moderator.version
