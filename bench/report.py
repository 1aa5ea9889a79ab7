"""Targets, PASS/MISS verdicts and the plain-text tables the bench prints.

Every section adds its headline figures to a :class:`Summary`, printed as
one table at the end of the run (and written as JSON with ``--json``).
"""

import gc
import json
import math
import os

import numpy as np

# The targets of the performance issue.
SINGLE_P99_MS = 2.0
PEER_SPEEDUP_BETTER_PROFANITY = 50.0
BATCH_PER_SECOND = 5_000
HTTP_RPS_AT_16 = 1_000
HTTP_P99_MS_AT_16 = 20.0
WORKER_RSS_MB = 300
COLD_START_S = 2.0
PATHOLOGICAL_MS = 100.0


def settle():
    """Collect garbage and freeze what survives, so that the collector no
    longer walks the bench's own objects (the mix, the peers' models) on
    every collection a timed call triggers: that cost ~50 ms per call on the
    largest inputs and belongs to the bench, not to the library timed."""
    gc.collect()
    gc.freeze()


def verdict(ok):
    """'PASS' or 'MISS'; None (not measured) prints as 'n/a'."""
    return "n/a" if ok is None else ("PASS" if ok else "MISS")


def latency_stats(ns):
    """p50, p99, mean and max of per-call times given in nanoseconds, in ms."""
    ms = np.asarray(ns, dtype=np.float64) / 1e6
    if not len(ms):
        return {"n": 0, "p50": math.nan, "p99": math.nan, "mean": math.nan, "max": math.nan}
    return {"n": int(len(ms)), "p50": float(np.percentile(ms, 50)), "p99": float(np.percentile(ms, 99)),
            "mean": float(ms.mean()), "max": float(ms.max())}


def fmt_ms(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def fmt_num(value, digits=0):
    return "-" if value is None else f"{value:,.{digits}f}"


def table(header, rows, indent="  ", left=(0,)):
    """A plain-text table: the ``left`` columns left-aligned, the others right-aligned."""
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        parts = [c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append(indent + "  ".join(parts).rstrip())
        if n == 0:
            lines.append(indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def section(title):
    print(f"\n=== {title} ===", flush=True)


class Summary:
    """The headline figures of a run: (section, figure, value, target, verdict)."""

    def __init__(self):
        self.rows = []
        self.notes = []
        self.data = {}

    def add(self, section_name, figure, value, target="", ok=None):
        self.rows.append((section_name, figure, value, target, verdict(ok) if target else ""))

    def note(self, text):
        """A line printed under the summary table."""
        self.notes.append(text)

    def record(self, key, value):
        """Raw figures for --json."""
        self.data[key] = value

    def print(self):
        section("Summary")
        if not self.rows:
            print("  (nothing measured)")
            return
        print(table(("section", "figure", "value", "target", "verdict"), self.rows, left=(0, 1, 2, 3, 4)))
        for text in self.notes:
            print(f"  {text}")

    def write_json(self, path, facts):
        # bench/out/ is ignored by git, so a fresh clone has none: a run of
        # eight minutes must not end on a missing folder.
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump({"machine": facts, "notes": self.notes, "summary": [dict(zip(("section", "figure", "value", "target", "verdict"), r))
                                                      for r in self.rows], "data": self.data},
                      handle, indent=2, default=str)
