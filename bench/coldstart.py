"""Section 4: cold start, from process start to ``/readyz`` answering 200.

Timed from ``Popen`` of ``moderation serve`` (the production command) on a
free port until ``GET /readyz`` first answers 200 (polled every 20 ms):
the median of ``--cold-runs`` runs. The same for gunicorn run directly
with the same settings (the CLI first loads the model once in the master
to fail early), and with ``--preload`` (the master loads it once and the
workers fork with it).

To say where the time goes, a separate interpreter times
``import moderation`` and ``Moderator.load()`` and the latter's parts.
"""

import json
import statistics
import subprocess
import sys

from . import report
from .report import table
from .server import Server, alternative_configs, production_config

BREAKDOWN = r"""
import json, time
t0 = time.perf_counter()
import moderation.moderator as mm
from moderation.classifier import load_model
from moderation.blocklist import Blocklist
from moderation import spelling
t1 = time.perf_counter()
model = load_model(mm.default_model_path())
t2 = time.perf_counter()
blocklist = Blocklist.load()
t3 = time.perf_counter()
spelling.prepare()
t4 = time.perf_counter()
moderator = mm.Moderator(model, blocklist)
moderator.moderate("warm up")
t5 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load_model": t2 - t1, "Blocklist.load": t3 - t2,
                  "spelling.prepare": t4 - t3, "first moderate": t5 - t4}))
"""


def time_to_ready(config, runs):
    times = []
    for _ in range(runs):
        with Server(config) as server:
            times.append(server.wait_ready())
    return times


def breakdown():
    out = subprocess.run([sys.executable, "-c", BREAKDOWN], capture_output=True, text=True)
    try:
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": out.stderr[-500:]}


def run(summary, runs=3):
    production = production_config()
    alternatives = alternative_configs()
    direct = production.__class__("gunicorn", production.workers, production.threads, production.worker_class)
    configs = [production, direct, alternatives["preload"]]
    rows = []
    medians = {}
    for config in configs:
        print(f"  {config.label} ...", flush=True)
        times = time_to_ready(config, runs)
        median = statistics.median(times)
        medians[config.name] = median
        rows.append((config.label, f"{median:.2f}", " ".join(f"{t:.2f}" for t in times)))
    print(table(("command", "median s", "runs (s)"), rows))
    parts = breakdown()
    print("  where the time goes (one interpreter, sequentially): "
          + ", ".join(f"{k} {v:.2f} s" if isinstance(v, float) else f"{k}: {v}" for k, v in parts.items()))
    summary.record("cold", {"medians": medians, "breakdown": parts})
    summary.add("cold", "moderation serve -> /readyz 200 (median)", f"{medians['default']:.2f} s",
                f"<= {report.COLD_START_S:g} s", medians["default"] <= report.COLD_START_S)
    summary.add("cold", "gunicorn direct / --preload (median)",
                f"{medians['gunicorn']:.2f} / {medians['preload']:.2f} s", f"<= {report.COLD_START_S:g} s",
                min(medians["gunicorn"], medians["preload"]) <= report.COLD_START_S)
