"""Starting, probing and stopping the HTTP service for the load and
cold-start sections: on 127.0.0.1 only, on a free port.

A :class:`ServerConfig` is either the production command itself
(``moderation serve``, whose gunicorn settings are read from ``cli.py``)
or gunicorn run directly with other settings, for comparison.
"""

import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from .machine import executable

HOST = "127.0.0.1"
APP = "moderation.app:create_app()"


def serve_settings():
    """(workers, threads, worker class) that ``moderation serve`` uses by default."""
    from moderation import cli

    params = {p.name: p.default for p in cli.serve.params}
    return params["workers"], params["threads"], cli.worker_class(params["threads"])


@dataclass(frozen=True)
class ServerConfig:
    name: str
    workers: int
    threads: int
    worker_class: str
    production: bool = False  # True: run `moderation serve` itself
    preload: bool = False

    @property
    def label(self):
        kind = f"{self.workers} {self.worker_class} workers"
        if self.worker_class == "gthread":
            kind += f" x {self.threads} threads"
        if self.preload:
            kind += ", --preload"
        return f"{self.name} ({kind})" + (" = moderation serve" if self.production else "")

    def command(self, port):
        if self.production:
            return [executable("moderation"), "serve", "--host", HOST, "--port", str(port),
                    "--workers", str(self.workers), "--threads", str(self.threads)]
        argv = [executable("gunicorn"), "--bind", f"{HOST}:{port}", "--workers", str(self.workers),
                "--worker-class", self.worker_class, "--threads", str(self.threads)]
        if self.preload:
            argv.append("--preload")
        return argv + [APP]


def production_config():
    workers, threads, worker_class = serve_settings()
    return ServerConfig("default", workers, threads, worker_class, production=True)


def alternative_configs():
    """The alternatives to compare with the production settings."""
    workers, threads, worker_class = serve_settings()
    return {
        "sync": ServerConfig("sync", workers, 1, "sync"),
        "gthread": ServerConfig("gthread", workers, 4, "gthread"),
        "threads8": ServerConfig("threads8", workers, 8, "gthread"),
        "preload": ServerConfig("preload", workers, threads, worker_class, preload=True),
        "workers3": ServerConfig("workers3", workers + 1, threads, worker_class),
        "workers4": ServerConfig("workers4", workers + 2, threads, worker_class),
    }


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def http_status(url, timeout=0.5):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (OSError, ValueError):
        return None


class Server:
    """One running service; a context manager that always stops it."""

    def __init__(self, config, env=None):
        self.config = config
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.log = tempfile.NamedTemporaryFile(prefix="moderation-bench-server-", suffix=".log", delete=False)
        self.env = {**os.environ, **(env or {})}
        self.process = None
        self.started = None

    def start(self):
        self.started = time.perf_counter()
        self.process = subprocess.Popen(self.config.command(self.port), stdout=self.log, stderr=subprocess.STDOUT,
                                        env=self.env, start_new_session=True)
        return self

    def wait_ready(self, timeout=120.0, poll=0.02):
        """Seconds from start until /readyz answers 200; raises if it never does."""
        deadline = self.started + timeout
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}:\n{self.log_tail()}")
            if http_status(self.url + "/readyz") == 200:
                return time.perf_counter() - self.started
            time.sleep(poll)
        raise RuntimeError(f"server not ready after {timeout:.0f} s:\n{self.log_tail()}")

    def wait_workers_idle(self, timeout=120.0, interval=0.25):
        """Wait until all workers exist and none is using CPU any more (each
        loads the model after it forks, after the first one already answers)."""
        deadline = time.perf_counter() + timeout
        quiet_rounds = 0
        before = {}
        while time.perf_counter() < deadline and quiet_rounds < 2:
            pids = self.worker_pids()
            now = {pid: cpu_seconds(pid) for pid in pids}
            busy = [pid for pid in pids if now[pid] is None or now[pid] - before.get(pid, -1.0) > 0.05 * interval]
            quiet_rounds = quiet_rounds + 1 if len(pids) >= self.config.workers and not busy else 0
            before = now
            time.sleep(interval)

    def worker_pids(self):
        """Children of the gunicorn master."""
        if self.process is None:
            return []
        return children(self.process.pid)

    def rss_mb(self):
        """{'master': MB, 'workers': [MB, ...]}"""
        return {"master": rss_mb(self.process.pid), "workers": [rss_mb(p) for p in self.worker_pids()]}

    def log_text(self):
        try:
            with open(self.log.name, encoding="utf-8", errors="replace") as handle:
                return handle.read()
        except OSError:
            return ""

    def log_tail(self, lines=20):
        return "\n".join(self.log_text().splitlines()[-lines:])

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)  # gunicorn: graceful stop of master and workers
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)  # our own session: the master and its workers
            self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        self.log.close()
        os.unlink(self.log.name)


def children(pid):
    """Pids whose parent is ``pid``."""
    from .machine import _process_ticks

    return [child for child, (_, _, parent) in _process_ticks().items() if parent == pid]


def cpu_seconds(pid):
    """User + system CPU seconds of a process (None if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as handle:
            raw = handle.read()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid):
    """VmRSS of a process in MB, from /proc/<pid>/status (None if it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None
