"""Section 2: batch throughput, in process and through the CLI.

* ``Moderator.moderate_batch`` over the mix in chunks of 512 (the CLI's
  chunk size, ``moderation.batchio.CHUNK``): comments per second.
* ``moderation batch IN.jsonl -o OUT.jsonl`` on a generated JSONL file of
  ``--batch-lines`` lines (default 100k, the mix repeated, in a temporary
  directory): comments per second end to end, the same without the fixed
  start-up cost (a 1-line run's wall time subtracted), and the CLI
  process's peak RSS (``ru_maxrss`` of that child, from ``os.wait4``).
"""

import json
import os
import subprocess
import sys
import tempfile
import time

from . import report
from .machine import executable
from .report import fmt_num, table

CHUNK = 512


def inprocess(moderator, texts, summary, chunk=CHUNK):
    moderator.moderate_batch(texts[:chunk])  # warm-up
    started = time.perf_counter()
    for i in range(0, len(texts), chunk):
        moderator.moderate_batch(texts[i:i + chunk])
    elapsed = time.perf_counter() - started
    rate = len(texts) / elapsed
    print(f"  moderate_batch, chunks of {chunk}: {len(texts):,} comments in {elapsed:.2f} s = "
          f"{rate:,.0f} comments/s")
    summary.record("batch.inprocess", {"comments": len(texts), "seconds": elapsed, "per_second": rate})
    summary.add("batch", "moderate_batch comments/s", fmt_num(rate), f">= {report.BATCH_PER_SECOND:,}",
                rate >= report.BATCH_PER_SECOND)
    return rate


def write_jsonl(path, texts, lines):
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(lines):
            handle.write(json.dumps({"id": f"c{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")


def run_child(argv, **kwargs):
    """(wall seconds, exit code, peak RSS in MB) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, **kwargs)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, child.returncode, usage.ru_maxrss / 1024  # KiB on Linux


def cli_command():
    script = executable("moderation")
    return [script] if script else [sys.executable, "-m", "moderation.cli"]


def cli(texts, summary, lines=100_000):
    with tempfile.TemporaryDirectory(prefix="moderation-bench-") as tmp:
        source, one, out = (os.path.join(tmp, n) for n in ("in.jsonl", "one.jsonl", "out.jsonl"))
        write_jsonl(source, texts, lines)
        write_jsonl(one, texts, 1)
        size_mb = os.path.getsize(source) / 2**20
        print(f"  moderation batch on {lines:,} lines ({size_mb:.1f} MB JSONL) ...", flush=True)
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        startup, code1, _ = run_child(cli_command() + ["batch", one, "-o", os.devnull], **quiet)
        elapsed, code, rss = run_child(cli_command() + ["batch", source, "-o", out], **quiet)
        with open(out, "rb") as handle:
            written = sum(1 for _ in handle)
    if code or code1 or written != lines:
        print(f"  WARNING: exit codes {code1}/{code}, {written:,} output lines for {lines:,} input lines")
    rate = lines / elapsed
    steady = lines / max(1e-9, elapsed - startup)
    print(table(("moderation batch", "value"), [
        ("wall time", f"{elapsed:.1f} s"),
        ("start-up (1-line run)", f"{startup:.1f} s"),
        ("comments/s, end to end", fmt_num(rate)),
        ("comments/s, without start-up", fmt_num(steady)),
        ("peak RSS of the CLI main process (its --jobs workers fork from it)", f"{rss:.0f} MB"),
    ]))
    summary.record("batch.cli", {"lines": lines, "seconds": elapsed, "startup_seconds": startup,
                                 "per_second": rate, "per_second_without_startup": steady, "peak_rss_mb": rss,
                                 "exit_code": code, "output_lines": written})
    summary.add("batch", "CLI comments/s (end to end / w/o start-up)", f"{fmt_num(rate)} / {fmt_num(steady)}",
                f">= {report.BATCH_PER_SECOND:,}", steady >= report.BATCH_PER_SECOND)
    summary.add("batch", "CLI peak RSS", f"{rss:.0f} MB", "")


def run(moderator, mix, summary, lines=100_000):
    texts = mix.texts
    inprocess(moderator, texts, summary)
    cli(texts, summary, lines)
