"""Section 3: the HTTP service under load, driven by wrk; and the soak.

For each gunicorn configuration (the production ``moderation serve``
settings, and alternatives for comparison) the service is started on
127.0.0.1 at a free port, warmed up until every worker has served
requests, then loaded with wrk (``post.lua``: POST /v1/moderate, JSON
bodies rotating through comments of the mix) at 1, 16 and 64 connections
for ``--http-duration`` seconds each. Reported per run: requests/s,
p50/p99 latency, errors (non-2xx responses and socket errors), the
workers' RSS (VmRSS from /proc) at start and after the run, and how the
run's CPU time split between the workers (wrk keeps its connections open,
and a keep-alive connection stays with the worker that accepted it: one
connection is served by one worker, and 16 can land unevenly).

wrk's latency percentiles are corrected for coordinated omission: a
request that stalls for T ms also counts the requests the connection
would have sent meanwhile. One 300 ms stall at 1 connection therefore
moves p99, which is why the warm-up matters.

The soak (``--soak SECONDS``) runs one wrk at 64 connections against the
production settings, samples worker RSS every 10 s, and prints the series
and the 5xx count.
"""

import json
import os
import random
import shutil
import subprocess
import tempfile
import time

from . import report
from .report import fmt_num, table
from .server import Server, cpu_seconds

HERE = os.path.dirname(os.path.abspath(__file__))
LUA = os.path.join(HERE, "post.lua")
BODIES = 1000
WARMUP_SECONDS = 8
RSS_INTERVAL = 10


def wrk_missing():
    if shutil.which("wrk"):
        return False
    print("  wrk is not installed: apt-get install wrk    (skipping this section)")
    return True


def write_bodies(path, texts, seed, limit=BODIES, max_chars=None):
    """One JSON request body per line, ``limit`` comments sampled from the mix."""
    rng = random.Random(seed)
    picked = rng.sample(texts, min(limit, len(texts)))
    with open(path, "w", encoding="utf-8") as handle:
        for i, text in enumerate(picked):
            if max_chars:
                text = text[:max_chars]
            handle.write(json.dumps({"id": f"bench-{i}", "text": text}) + "\n")


def wrk(url, bodies, connections, seconds, timeout="10s", headers=()):
    """Run wrk once; the BENCH_JSON line of post.lua as a dict."""
    threads = max(1, min(connections, os.cpu_count() or 1))
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}", "--latency"]
    for header in headers:
        argv += ["-H", header]
    argv += ["-s", LUA, url, "--", bodies]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 120)
    for line in out.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            result = json.loads(line[len("BENCH_JSON "):])
            result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
            result["socket_errors"] = result["connect"] + result["read"] + result["write"] + result["timeout"]
            result["errors"] = result["non2xx"] + result["socket_errors"]
            return result
    raise RuntimeError(f"wrk printed no result (exit {out.returncode}):\n{out.stdout}\n{out.stderr}")


def warm_up(server, bodies, seconds=WARMUP_SECONDS, attempts=3):
    """Load until every worker has done work. The first classifier-explained
    rejection in a worker builds the model's feature names (0.3 s alone,
    seconds when all its threads do it at once), which must not land in a
    measured run. One connection per request ("Connection: close"), so the
    kernel spreads them over the workers."""
    for _ in range(attempts):
        pids = server.worker_pids()
        before = {pid: cpu_seconds(pid) or 0.0 for pid in pids}
        wrk(server.url, bodies, 16, seconds, headers=("Connection: close",))
        after = {pid: cpu_seconds(pid) or 0.0 for pid in server.worker_pids()}
        if all(after.get(pid, 0) - before.get(pid, 0) > 0.5 for pid in pids):
            return True
    return False


def _split(cpu_seconds_by_worker):
    """'52/48%': each worker's share of the workers' CPU time in a run (a
    keep-alive client's connections can all land on one worker)."""
    total = sum(cpu_seconds_by_worker)
    if total <= 0:
        return "-"
    return "/".join(f"{100 * c / total:.0f}" for c in cpu_seconds_by_worker) + "%"


def _workers_mb(rss):
    return "/".join(f"{mb:.0f}" for mb in rss["workers"]) or "-"


def run_config(config, bodies, connections, seconds, summary):
    print(f"\n  {config.label}", flush=True)
    rows = []
    with Server(config) as server:
        ready = server.wait_ready()
        server.wait_workers_idle()
        rss_start = server.rss_mb()
        if not warm_up(server, bodies):
            print("  (warning: a worker got no traffic during the warm-up)")
        for n in connections:
            pids = server.worker_pids()
            cpu_before = {pid: cpu_seconds(pid) or 0.0 for pid in pids}
            result = wrk(server.url, bodies, n, seconds)
            cpu = [(cpu_seconds(pid) or 0.0) - cpu_before[pid] for pid in pids]
            result["worker_cpu_seconds"] = cpu
            rss = server.rss_mb()
            result["rss_after"] = rss
            rows.append((n, result))
            print(f"    {n:>3} connections: {result['rps']:,.0f} req/s, p50 {result['p50_us'] / 1000:.1f} ms, "
                  f"p99 {result['p99_us'] / 1000:.1f} ms, errors {result['errors']}, "
                  f"worker RSS {_workers_mb(rss)} MB, worker CPU {_split(cpu)}", flush=True)
        log = server.log_text()
    lines = []
    for n, r in rows:
        lines.append((n, fmt_num(r["rps"]), f"{r['p50_us'] / 1000:.1f}", f"{r['p99_us'] / 1000:.1f}",
                      f"{r['max_us'] / 1000:.0f}", r["non2xx"], r["socket_errors"], _workers_mb(r["rss_after"]),
                      _split(r["worker_cpu_seconds"])))
    print(table(("connections", "req/s", "p50 ms", "p99 ms", "max ms", "non-2xx", "socket err",
                 "worker RSS after (MB)", "worker CPU split"), lines, indent="    "))
    print(f"    ready after {ready:.1f} s; RSS at start: master {rss_start['master']:.0f} MB, "
          f"workers {_workers_mb(rss_start)} MB")
    problems = [line for line in log.splitlines() if "[CRITICAL]" in line or "[ERROR]" in line or "Traceback" in line]
    if problems:
        print("    server log problems:\n      " + "\n      ".join(problems[:10]))
    summary.record(f"http.{config.name}", {"label": config.label, "rss_start": rss_start,
                                           "runs": {str(n): r for n, r in rows}})
    return rows, rss_start


def run(mix, summary, configs, connections=(1, 16, 64), seconds=30, seed=0):
    if wrk_missing():
        return
    print(f"  wrk, POST /v1/moderate, {min(BODIES, len(mix.texts)):,} bodies from the mix, "
          f"{seconds} s per run; warm-up {WARMUP_SECONDS} s at 16 connections per configuration")
    results = {}
    with tempfile.TemporaryDirectory(prefix="moderation-bench-") as tmp:
        bodies = os.path.join(tmp, "bodies.jsonl")
        write_bodies(bodies, mix.texts, seed)
        for config in configs:
            results[config.name] = (config, *run_config(config, bodies, connections, seconds, summary))
    _summarise(results, summary)


def _summarise(results, summary):
    print("\n  comparison:")
    lines = []
    for name, (config, rows, rss_start) in results.items():
        by_n = dict(rows)
        peak = max((mb for _, r in rows for mb in r["rss_after"]["workers"] if mb), default=None)
        lines.append((config.label, *(fmt_num(by_n[n]["rps"]) if n in by_n else "-" for n in (1, 16, 64)),
                      f"{by_n[16]['p99_us'] / 1000:.1f}" if 16 in by_n else "-",
                      sum(r["errors"] for _, r in rows), f"{peak:.0f}" if peak else "-"))
    print(table(("configuration", "req/s @1", "@16", "@64", "p99 ms @16", "errors", "peak worker MB"), lines,
                indent="    "))
    for name, (config, rows, rss_start) in results.items():
        by_n = dict(rows)
        tag = "" if config.production else f" [{name}]"
        if 16 in by_n:
            r = by_n[16]
            summary.add("http", f"req/s @16 connections{tag}", fmt_num(r["rps"]), f">= {report.HTTP_RPS_AT_16:,}",
                        r["rps"] >= report.HTTP_RPS_AT_16)
            summary.add("http", f"p99 @16 connections{tag}", f"{r['p99_us'] / 1000:.1f} ms",
                        f"<= {report.HTTP_P99_MS_AT_16:g} ms", r["p99_us"] / 1000 <= report.HTTP_P99_MS_AT_16)
        errors = sum(r["errors"] for _, r in rows)
        summary.add("http", f"errors, all runs{tag}", f"{errors}", "0", errors == 0)
        peak = max((mb for _, r in rows for mb in r["rss_after"]["workers"] if mb), default=0)
        summary.add("http", f"peak worker RSS{tag}", f"{peak:.0f} MB", f"<= {report.WORKER_RSS_MB} MB",
                    peak <= report.WORKER_RSS_MB)


def soak(mix, summary, config, seconds, connections=64, seed=0):
    """One long wrk run; worker RSS every RSS_INTERVAL seconds."""
    if wrk_missing():
        return
    print(f"  {config.label}: {connections} connections for {seconds} s, worker RSS every {RSS_INTERVAL} s")
    with tempfile.TemporaryDirectory(prefix="moderation-bench-") as tmp:
        bodies = os.path.join(tmp, "bodies.jsonl")
        write_bodies(bodies, mix.texts, seed)
        with Server(config) as server:
            server.wait_ready()
            server.wait_workers_idle()
            warm_up(server, bodies, attempts=1)
            threads = max(1, min(connections, os.cpu_count() or 1))
            argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout=10s", "--latency",
                    "-s", LUA, server.url, "--", bodies]
            started = time.perf_counter()
            series = [(0.0, server.worker_pids(), server.rss_mb())]
            with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as load:
                next_sample = started + RSS_INTERVAL
                while load.poll() is None:
                    time.sleep(max(0.0, min(1.0, next_sample - time.perf_counter())))
                    if time.perf_counter() >= next_sample:
                        series.append((time.perf_counter() - started, server.worker_pids(), server.rss_mb()))
                        next_sample += RSS_INTERVAL
                out, err = load.communicate()
            series.append((time.perf_counter() - started, server.worker_pids(), server.rss_mb()))
            log = server.log_text()
    result = next((json.loads(line[len("BENCH_JSON "):]) for line in out.splitlines()
                   if line.startswith("BENCH_JSON ")), None)
    print(table(("t (s)", "worker pids", "worker RSS (MB)", "master RSS (MB)"),
                [(f"{t:.0f}", ",".join(map(str, pids)), _workers_mb(rss), f"{rss['master']:.0f}")
                 for t, pids, rss in series], indent="    "))
    restarts = len({pid for _, pids, _ in series for pid in pids}) - config.workers
    if result is None:
        print(f"    wrk failed:\n{out}\n{err}")
        return
    rps = result["requests"] / (result["duration_us"] / 1e6)
    socket_errors = result["connect"] + result["read"] + result["write"] + result["timeout"]
    print(f"    {result['requests']:,} requests, {rps:,.0f} req/s, p50 {result['p50_us'] / 1000:.1f} ms, "
          f"p99 {result['p99_us'] / 1000:.1f} ms; 5xx {result['status5xx']}, other non-2xx "
          f"{result['non2xx'] - result['status5xx']}, socket errors {socket_errors}; "
          f"worker restarts {max(0, restarts)}")
    timeouts = log.count("WORKER TIMEOUT")
    if timeouts:
        print(f"    gunicorn log: {timeouts} WORKER TIMEOUT")
    first = [mb for mb in series[0][2]["workers"] if mb]
    last = [mb for mb in series[-1][2]["workers"] if mb]
    growth = (max(last) - max(first)) if first and last else None
    summary.record("soak", {"seconds": seconds, "series": [(t, pids, rss) for t, pids, rss in series],
                            "result": result, "restarts": restarts})
    summary.add("soak", f"5xx in {seconds} s at {connections} connections", f"{result['status5xx']}", "0",
                result["status5xx"] == 0)
    peak = max((mb for _, _, rss in series for mb in rss["workers"] if mb), default=0)
    summary.add("soak", "peak worker RSS (growth)", f"{peak:.0f} MB ({growth:+.0f} MB)" if growth is not None
                else f"{peak:.0f} MB", f"<= {report.WORKER_RSS_MB} MB", peak <= report.WORKER_RSS_MB)
