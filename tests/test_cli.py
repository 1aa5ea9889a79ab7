"""CLI: check, and batch files where every input line gets exactly one output line."""

import json

import pytest
from click.testing import CliRunner

from moderation.cli import main


@pytest.fixture
def run(tiny_model_dir):
    def invoke(*args, input=None):
        return CliRunner().invoke(main, [*args, "--model", str(tiny_model_dir)], input=input)
    return invoke


def _lines(output):
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_check_prints_a_decision(run):
    result = run("check", "what the fuck")
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["decision"] == "reject" and body["reasons"][0]["category"] == "profanity"


def test_batch_jsonl_one_line_per_input_line_in_order(run, tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": "Good piece"}), "{not json", "", json.dumps({"id": "c"}),
             json.dumps(["list"]), json.dumps({"id": 7, "text": "fuck off"})]
    source.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe garbage\n")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(source), "-o", str(out))
    assert result.exit_code == 1  # some lines failed
    records = _lines(out.read_text("utf-8"))
    assert [r["line"] for r in records] == [1, 2, 3, 4, 5, 6, 7]
    assert [r.get("id") for r in records] == ["a", None, None, "c", None, 7, None]
    assert [r["error"]["code"] for r in records if "error" in r] == [
        "invalid_json", "empty_line", "invalid_text", "invalid_item", "invalid_utf8"]
    assert records[0]["decision"] == "approve" and records[5]["decision"] == "reject"
    assert "7 lines: 1 approved, 1 rejected, 5 failed" in result.stderr


def test_batch_csv_with_quoted_newlines(run, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text('id,text\n1,"Good piece"\n2,"two\nlines"\n3\n', encoding="utf-8")
    result = run("batch", str(source))
    assert result.exit_code == 1, result.output
    records = _lines(result.stdout)
    assert [r["id"] for r in records] == ["1", "2", "3"]
    assert "decision" in records[1] and records[2]["error"]["code"] == "missing_column"


def test_batch_csv_without_text_column_reports_every_row(run, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("id,comment\n1,hello\n2,world\n", encoding="utf-8")
    result = run("batch", str(source))
    records = _lines(result.stdout)
    assert len(records) == 2 and all(r["error"]["code"] == "missing_column" for r in records)
    assert result.exit_code == 1


def test_batch_reads_stdin_and_writes_stdout(run):
    result = run("batch", "-", input='{"id": "x", "text": "Good piece"}\n{"id": "y", "text": "fuck"}\n')
    assert result.exit_code == 0, result.output
    assert [r["decision"] for r in _lines(result.stdout)] == ["approve", "reject"]


def test_batch_spans_chunks(run, tmp_path):
    source = tmp_path / "big.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": f"comment {i}"}) + "\n" for i in range(1300)))
    result = run("batch", str(source))
    assert result.exit_code == 0
    assert [r["id"] for r in _lines(result.stdout)] == list(range(1300))


def test_batch_in_parallel_writes_what_one_process_writes(run, tmp_path):
    # Several chunks, errors among them, spread over two forked processes:
    # the output must be the serial output, line for line.
    texts = ["Good piece", "fuck off", "you are an idiot", "", "Thanks for the report"]
    lines = [json.dumps({"id": i, "text": texts[i % len(texts)]}) if i % 97 else "{broken"
             for i in range(1500)]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n")
    serial = run("batch", str(source), "--jobs", "1")
    parallel = run("batch", str(source), "--jobs", "2")
    assert parallel.stdout == serial.stdout
    assert len(_lines(parallel.stdout)) == 1500
    assert parallel.exit_code == serial.exit_code == 1
    assert "1500 lines:" in parallel.stderr


def test_missing_model_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["check", "hi", "--model", str(tmp_path)])
    assert result.exit_code == 1
    assert "No model card" in result.output
