"""Streaming batch files: JSONL or CSV in, JSONL out, one output line per
input record, in order, in constant memory.

Input is read in binary and decoded line by line, so one line of binary
garbage becomes one error record instead of aborting the file, and a
runaway line is skipped past without being held in memory.
"""

import csv
import io
import json
import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

#: A line longer than this is reported as an error, not read into memory.
MAX_LINE_BYTES = 1 << 20
CHUNK = 512


@dataclass
class Record:
    """One input record: a comment to moderate, or the error it produced."""

    line: int
    id: object = None
    text: str | None = None
    error: dict | None = None


def _error(code, message):
    return {"code": code, "message": message}


def read_lines(stream):
    """Yield (line number, bytes or None if too long) from a binary stream."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                line = stream.readline(MAX_LINE_BYTES)
            yield number, None
        else:
            yield number, line


def _decode(raw):
    """The line as text, or an error dict."""
    if raw is None:
        return None, _error("line_too_long", f"line is longer than {MAX_LINE_BYTES} bytes")
    try:
        return raw.decode("utf-8").rstrip("\r\n"), None
    except UnicodeDecodeError as error:
        return None, _error("invalid_utf8", f"line is not valid UTF-8 (byte {error.start})")


def jsonl_records(stream, text_field="text", id_field="id"):
    for number, raw in read_lines(stream):
        line, error = _decode(raw)
        if error:
            yield Record(number, error=error)
            continue
        if number == 1:
            line = line.removeprefix("\ufeff")  # a UTF-8 byte order mark
        if not line.strip():
            yield Record(number, error=_error("empty_line", "blank line: expected a JSON object"))
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(number, error=_error("invalid_json", f"not valid JSON: {exc.msg} at column {exc.colno}"))
            continue
        yield _record_from_item(number, item, text_field, id_field)


def _record_from_item(number, item, text_field, id_field):
    if not isinstance(item, dict):
        return Record(number, error=_error("invalid_item", "expected a JSON object with a 'text' field"))
    comment_id = item.get(id_field)
    if comment_id is not None and not isinstance(comment_id, (str, int)):
        comment_id = json.dumps(comment_id)
    text = item.get(text_field)
    if not isinstance(text, str):
        problem = "missing" if text_field not in item else f"not a string ({type(text).__name__})"
        return Record(number, comment_id, error=_error("invalid_text", f"'{text_field}' is {problem}"))
    return Record(number, comment_id, text=text)


def csv_records(stream, text_field="text", id_field="id"):
    """CSV with a header row; a record spanning several lines (a quoted
    newline) counts as one record, numbered by its first line."""
    lines = read_lines(stream)
    header = None
    for number, raw in lines:
        line, error = _decode(raw)
        if error:
            yield Record(number, error=error)
            continue
        if header is None:
            try:
                header = next(csv.reader([line.lstrip("\ufeff")]))
            except csv.Error as exc:  # e.g. a bare carriage return inside it
                header = [f"unreadable: {exc}"]
            if text_field not in header:
                # Every record still gets its error line: nothing is dropped.
                message = f"the CSV header has no '{text_field}' column (columns: {', '.join(header) or 'none'})"
                for number, _ in lines:
                    yield Record(number, error=_error("missing_column", message))
                return
            continue
        buffer, quoted = line, _ends_in_quotes(line)
        while quoted and error is None:
            more = next(lines, None)
            if more is None:
                break
            extra, error = _decode(more[1])
            if error:
                # The record is broken; the lines after it are read afresh.
                error = _error(error["code"], f"line {more[0]}, inside this record: {error['message']}")
                break
            buffer += "\n" + extra
            quoted = _ends_in_quotes(extra, quoted=True)
            if quoted and len(buffer) > MAX_LINE_BYTES:
                error = _error("record_too_long", f"a quoted field runs past {MAX_LINE_BYTES} characters "
                                                  f"(line {number} to {more[0]}): is a closing quote missing?")
        if error:
            yield Record(number, error=error)
            continue
        try:
            row = next(csv.reader(io.StringIO(buffer)), [])
        except csv.Error as exc:
            yield Record(number, error=_error("invalid_csv", str(exc)))
            continue
        if len(row) < len(header):
            row += [None] * (len(header) - len(row))
        item = dict(zip(header, row))
        if item.get(text_field) is None:
            yield Record(number, item.get(id_field), error=_error("missing_column", f"row has no '{text_field}' value"))
            continue
        yield Record(number, item.get(id_field) or None, text=item[text_field])


def _ends_in_quotes(line, quoted=False):
    """Whether a CSV record is still inside a quoted field at the end of
    ``line`` (``quoted``: whether it was at the line's start), read as the
    csv module reads it: a quote opens a field only as its first character,
    ``""`` inside a quoted field is a quote, and a quote anywhere else is an
    ordinary character ("he said "hi" is one unquoted field)."""
    i = 0
    if not quoted and line.startswith('"'):
        quoted, i = True, 1
    while True:
        if quoted:
            end = line.find('"', i)
            if end < 0:
                return True
            if line.startswith('"', end + 1):
                i = end + 2
                continue
            quoted, i = False, end + 1
        comma = line.find(",", i)
        if comma < 0:
            return False
        i = comma + 1
        if line.startswith('"', i):
            quoted, i = True, i + 1


def detect_format(name, first_bytes):
    """'jsonl' or 'csv' from the file name, else from the first character."""
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith(".csv"):
        return "csv"
    return "jsonl" if first_bytes.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{") else "csv"


def chunks(records, size=CHUNK):
    records = iter(records)
    while chunk := list(islice(records, size)):
        yield chunk


def moderate_stream(moderator, records, write, jobs=1):
    """Moderate records chunk by chunk; call ``write(dict)`` once per record
    in input order. With ``jobs`` > 1, chunks are decided by that many
    forked processes (the model is shared copy-on-write, not loaded again)
    while this one reads and writes. Returns counts of approved, rejected
    and failed."""
    counts = {"approve": 0, "reject": 0, "error": 0}
    for chunk, decisions in _decided_chunks(moderator, records, jobs):
        decisions = iter(decisions)
        for record in chunk:
            if record.error is not None:
                counts["error"] += 1
                write({"line": record.line, "id": record.id, "error": record.error})
            else:
                decision = next(decisions)
                counts[decision["decision"]] += 1
                write({"line": record.line, **decision})
    return counts


def _decide(moderator, chunk):
    good = [r for r in chunk if r.error is None]
    return [d.to_dict() for d in moderator.moderate_batch([r.text for r in good], ids=[r.id for r in good])]


def _decided_chunks(moderator, records, jobs):
    """(chunk, decision dicts of its valid records), in input order."""
    if jobs <= 1:
        for chunk in chunks(records):
            yield chunk, _decide(moderator, chunk)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_adopt, initargs=(moderator,)) as pool:
        pending = deque()
        for chunk in chunks(records):
            pending.append((chunk, pool.submit(_decide_in_worker, chunk)))
            # A bounded window keeps memory constant however long the input.
            if len(pending) >= 2 * jobs:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


_worker_moderator = None


def _adopt(moderator):
    global _worker_moderator
    _worker_moderator = moderator


def _decide_in_worker(chunk):
    return _decide(_worker_moderator, chunk)
