"""Property tests (Hypothesis) for what must hold for *every* input.

- ``Moderator.moderate`` never raises on any ``str`` -- surrogates, control
  characters, unassigned code points included -- and always returns a
  complete decision, with a reason for every rejection;
- ``normalise`` is idempotent;
- ``Blocklist.find`` never raises;
- batch readers give every input line exactly one record, in order.

The default run uses modest, derandomised example counts (CI). The tests
marked ``slow`` (``pytest -m slow``) repeat the properties with >= 5,000
random examples each, run schemathesis for >= 10,000 requests, and stream a
1 GB batch file through ``moderation batch`` (``MODERATION_FUZZ_BATCH_BYTES``
scales it). No test here asserts a timing.
"""

import csv
import io
import json
import os
import random
import resource
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderation import batchio
from moderation.blocklist import Blocklist
from moderation.normalise import normalise
from moderation.policy import CATEGORIES, DECISIONS

DEFAULT = settings(max_examples=150, deadline=None, derandomize=True,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
AT_SCALE = settings(max_examples=5_000, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# The characters each normalisation step acts on, so that short strings hit
# them often: separators, leetspeak, quotes, invisible and combining
# characters, letters that case-fold or decompose into others, surrogates.
SPECIAL = list(" .-_*!@$0134578'\"`’ʼ“\u200b\u200d\u00ad\u034f\u0301\u0307\u0345ΣσςΩАаİıßẞﬀﬃ\u3000\u00a0"
               "\x1c\x85\u2028\r\n\tǰŉKℍ\uff33ᾳꭰ한\ud800\udfff\x00\x7f\u202e🙂")
ANY_CHAR = st.characters(codec=None, exclude_categories=())  # every code point, surrogates included
CHARS = st.one_of(ANY_CHAR, st.sampled_from(SPECIAL), st.sampled_from(list("abcfkuxyz AB019!@$*._-")))
# Words that the blocklist and the rules act on, so that rejections (and
# their reasons) are generated too, not only approvals.
WORDS = """fuck f*ck sh1t $hit f.u.c.k fuuuuck shit cunt idiot moron stupid you are a an the i will
    kill shoot hope die women muslims gays immigrants are vermin all should be shot hate not never said
    check out my channel www.example.com http://x.co/buy call +44 7700 900123 buy cheap free $50 dm me
    " . ! ? great report thanks""".split()
TEXT = st.one_of(
    st.text(CHARS),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(CHARS, max_size=4)), max_size=25).map(" ".join),
)


# --- Moderator.moderate --------------------------------------------------------------


def check_decision(moderator, text):
    decision = moderator.moderate(text, id="f")
    body = decision.to_dict()
    assert body["id"] == "f"
    assert body["decision"] in DECISIONS
    assert set(body["scores"]) == set(CATEGORIES)
    assert all(0.0 <= score <= 1.0 for score in body["scores"].values())
    assert 0.0 <= body["confidence"] <= 1.0
    assert isinstance(body["review"], bool)
    if decision.rejected:
        assert body["reasons"], "every rejection names a reason"
        for reason in body["reasons"]:
            assert reason["category"] in CATEGORIES
            assert reason["stage"] in ("blocklist", "rules", "classifier")
            assert isinstance(reason["evidence"], (str, list))
    else:
        assert body["reasons"] == []
    json.dumps(body)  # what the API and the CLI write


@DEFAULT
@given(TEXT)
def test_moderate_never_raises(tiny_moderator, text):
    check_decision(tiny_moderator, text)


@pytest.mark.slow
@AT_SCALE
@given(TEXT)
def test_moderate_never_raises_at_scale(moderator, text):
    check_decision(moderator, text)


def check_batch(moderator, texts):
    ids = list(range(len(texts)))
    decisions = moderator.moderate_batch(texts, ids=ids)
    assert [d.id for d in decisions] == ids  # one decision per text, in order
    for text, decision in zip(texts, decisions):
        single = moderator.moderate(text, id=decision.id)
        assert (single.decision, single.categories) == (decision.decision, decision.categories)
        assert single.scores == pytest.approx(decision.scores, abs=2e-4)


@DEFAULT
@given(st.lists(TEXT, max_size=8))
def test_batch_matches_single_calls(tiny_moderator, texts):
    check_batch(tiny_moderator, texts)


@pytest.mark.slow
@AT_SCALE
@given(st.lists(TEXT, max_size=8))
def test_batch_matches_single_calls_at_scale(moderator, texts):
    check_batch(moderator, texts)


# --- normalise ---------------------------------------------------------------------------


def check_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@settings(DEFAULT, max_examples=1_000)
@given(TEXT)
def test_normalise_is_idempotent(text):
    check_idempotent(text)


@pytest.mark.slow
@settings(AT_SCALE, max_examples=20_000)
@given(TEXT)
def test_normalise_is_idempotent_at_scale(text):
    check_idempotent(text)


# --- Blocklist.find ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def blocklist():
    return Blocklist.load()


def check_blocklist(blocklist, text):
    matches = blocklist.find(text)
    assert len({m.term for m in matches}) == len(matches)  # each term once
    assert all(m.category in CATEGORIES for m in matches)


@settings(DEFAULT, max_examples=500)
@given(TEXT)
def test_blocklist_find_never_raises(blocklist, text):
    check_blocklist(blocklist, text)


@pytest.mark.slow
@AT_SCALE
@given(TEXT)
def test_blocklist_find_never_raises_at_scale(blocklist, text):
    check_blocklist(blocklist, text)


# --- batch readers: every line accounted for ---------------------------------------------

LINE_BYTES = st.one_of(
    st.binary(max_size=40),
    st.sampled_from([b'{"id": 1, "text": "hi"}', b"{not json", b"", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00",
                     b'"', b'1,"a', b'b",2', b"\r", b",", b'{"text": 5}', b"[1]"]),
    st.text(CHARS, max_size=20).map(lambda s: s.encode("utf-8", "surrogatepass")),
)
LINES = st.lists(LINE_BYTES.map(lambda b: b.replace(b"\n", b"")), max_size=12)


def _line_count(data):
    return data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)


def check_jsonl_lines(lines, final_newline):
    data = b"\n".join(lines) + (b"\n" if final_newline and lines else b"")
    records = list(batchio.jsonl_records(io.BytesIO(data)))
    assert [r.line for r in records] == list(range(1, _line_count(data) + 1))
    assert all((r.error is None) == isinstance(r.text, str) for r in records)


@settings(DEFAULT, max_examples=500)
@given(LINES, st.booleans())
def test_jsonl_gives_every_line_one_record(lines, final_newline):
    check_jsonl_lines(lines, final_newline)


@pytest.mark.slow
@AT_SCALE
@given(LINES, st.booleans())
def test_jsonl_gives_every_line_one_record_at_scale(lines, final_newline):
    check_jsonl_lines(lines, final_newline)


def check_csv_lines(lines):
    data = b"id,text\n" + b"".join(line + b"\n" for line in lines)
    records = list(batchio.csv_records(io.BytesIO(data)))
    numbers = [r.line for r in records]
    assert numbers == sorted(set(numbers)) and all(2 <= n <= len(lines) + 1 for n in numbers)
    if b'"' not in data:  # no quoted line breaks: one record per line
        assert numbers == list(range(2, len(lines) + 2))


@settings(DEFAULT, max_examples=500)
@given(LINES)
def test_csv_records_are_in_order_and_never_invented(lines):
    check_csv_lines(lines)


@settings(DEFAULT, max_examples=1_000)
@given(st.lists(st.text(alphabet='a,"\r ', max_size=10), min_size=1, max_size=4))
def test_csv_quote_state_agrees_with_the_csv_module(lines):
    """The reader joins a line to the next exactly when the csv module would."""
    quoted = batchio._ends_in_quotes(lines[0])
    joined = [lines[0]]
    for line in lines[1:]:
        if not quoted:
            break
        joined.append(line)
        quoted = batchio._ends_in_quotes(line, quoted=True)
    reader = csv.reader(joined + ["\x00 sentinel"])
    try:
        next(reader)
    except csv.Error:
        return  # the csv module refuses the record ("\r" unquoted): the reader reports it as such
    # The csv module reads exactly the joined lines, and the sentinel too if a quote is left open.
    assert reader.line_num == len(joined) + quoted


# --- slow: schemathesis at scale -----------------------------------------------------------------


@pytest.mark.slow
def test_schemathesis_10k_requests_no_5xx(tiny_moderator, tiny_model_dir):
    from test_hardening import run_schemathesis, schemathesis_app

    statuses, failures = run_schemathesis(schemathesis_app(tiny_moderator, tiny_model_dir),
                                          max_examples=int(os.environ.get("MODERATION_FUZZ_API_EXAMPLES", 4_000)))
    print(f"schemathesis: {sum(statuses.values())} requests, statuses {dict(sorted(statuses.items()))}")
    assert not failures, "\n\n".join(failures)
    assert not [status for status in statuses if status >= 500]
    assert sum(statuses.values()) >= 10_000


# --- slow: a 1 GB batch file, streamed ----------------------------------------------------------------


def write_batch_file(path, size, seed=0):
    """A JSONL file of about ``size`` bytes mixing valid comments (short and
    long), malformed JSON, binary garbage and lines over the line limit.
    Returns {line number: id} for the valid lines and the number of lines."""
    rng = random.Random(seed)
    garbage = [b"\xff" + bytes(rng.randrange(256) for _ in range(n)).replace(b"\n", b"\r") for n in (50, 4_000, 65_536)]
    texts = ["Thanks for the report", "what a f*cking mess", "I will kill you", "Check out my channel",
             "women are all dumb", "", "🙂" * 40, "f\u200bu\u200bc\u200bk", "\ud800 lone surrogate"]
    long_text = "a long comment about the council budget " * 400  # 16 KB
    malformed_long = b'{"id": 1, "text": "' + b"unterminated " * 10_000 + b"\n"
    over_limit = b'{"text": "' + b"x" * (batchio.MAX_LINE_BYTES + 100) + b'"}\n'
    valid, number, written = {}, 0, 0
    with open(path, "wb") as out:
        while written < size:
            block = []
            for i in range(500):
                number += 1
                valid[number] = number
                text = texts[i % len(texts)] if i % 100 else long_text
                block.append(json.dumps({"id": number, "text": text}).encode() + b"\n")
                if i % 10 == 0:
                    number += 1
                    block.append(rng.choice([b"{not json\n", b'{"id": 3, "text": }\n', b"[1, 2\n",
                                             b'{"text": 5}\n', b"\n", b"\x00\x00\n"]))
                if i % 100 == 0:
                    for chunk in garbage:
                        number += 1
                        block.append(chunk + b"\n")
                    number += 1
                    block.append(malformed_long)
            if number % 7 == 0 or written == 0:
                number += 1
                block.append(over_limit)
            data = b"".join(block)
            out.write(data)
            written += len(data)
    return valid, number


def _vm_hwm_mb(pid):
    """The process's peak resident set (VmHWM) so far, in MB, or None."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _run_batch(tmp_path, source, model, name):
    """Run ``moderation batch`` in a child process; return (exit code, peak RSS in MB, output path, stderr).

    The peak is the child's own VmHWM, polled while it runs. getrusage's
    ru_maxrss cannot be used: Linux carries the high-water mark across
    fork and exec, so the child would report this (large) pytest process's
    memory as its own."""
    output = tmp_path / f"{name}.out.jsonl"
    stderr = tmp_path / f"{name}.err"
    peak = 0.0
    with open(stderr, "wb") as err:
        child = subprocess.Popen([sys.executable, "-m", "moderation.cli", "batch", str(source), "-o", str(output),
                                  "--model", str(model)], stdout=subprocess.DEVNULL, stderr=err)
        while child.poll() is None:  # Popen returns after the exec: no reading of the pre-exec copy
            peak = max(peak, _vm_hwm_mb(child.pid) or 0.0)
            time.sleep(0.1)
    if peak == 0.0:  # no /proc: fall back on what wait() reports (an upper bound)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return child.returncode, peak, output, stderr.read_text("utf-8")


@pytest.mark.slow
def test_one_gigabyte_batch_file_streams_in_flat_memory(tiny_model_dir, tmp_path):
    size = int(os.environ.get("MODERATION_FUZZ_BATCH_BYTES", 1 << 30))
    small = tmp_path / "small.jsonl"
    write_batch_file(small, 1)
    _, baseline, _, _ = _run_batch(tmp_path, small, tiny_model_dir, "small")

    source = tmp_path / "big.jsonl"
    valid, lines = write_batch_file(source, size)
    code, peak, output, stderr = _run_batch(tmp_path, source, tiny_model_dir, "big")
    source.unlink()
    print(f"batch: {size / 2**20:.0f} MiB, {lines} lines ({len(valid)} valid), "
          f"peak RSS {peak:.0f} MB (baseline {baseline:.0f} MB)")

    assert code == 1, stderr  # some lines failed, by design
    assert f"{lines} lines:" in stderr and f"{lines - len(valid)} failed" in stderr
    count = 0
    with open(output, "rb") as results:
        for count, raw in enumerate(results, 1):
            record = json.loads(raw)
            assert record["line"] == count
            if count in valid:
                assert record["id"] == valid[count] and record["decision"] in DECISIONS, record
            else:
                assert "error" in record, record
    assert count == lines  # one output line per input line
    assert peak < 300, f"peak RSS {peak:.0f} MB"
    assert peak - baseline < 100, f"peak RSS grew from {baseline:.0f} to {peak:.0f} MB"
