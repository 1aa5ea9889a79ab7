"""Machine facts printed at the top of a run, and the machine's load.

Timings on a 2-core box are only as good as the box is quiet, so the load
average is printed at the start of every section, with the busiest other
processes when it is high.
"""

import datetime
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

LIBRARIES = ("moderation", "scikit-learn", "numpy", "scipy", "joblib", "flask", "gunicorn", "pyahocorasick",
             "better-profanity", "alt-profanity-check")
#: A share of all cores used by other processes above this is flagged.
BUSY_SHARE = 0.10


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_total_gib():
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        return None


def wrk_version():
    if not shutil.which("wrk"):
        return None
    out = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout
    return out.split("Copyright")[0].strip() or "installed"


def git_revision(root):
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True).stdout.strip()
        return rev + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return None


def model_facts():
    from moderation.classifier import read_card
    from moderation.moderator import default_model_path

    path = default_model_path()
    try:
        card = read_card(path)
    except Exception as error:  # noqa: BLE001 - facts only
        return {"model": f"{path}: {error}"}
    sha = card.get("artifact", {}).get("sha256", "")[:12]
    return {"model": f"{path} version {card.get('version')} (artifact sha256 {sha}...)"}


def source_digest(root):
    """sha256 of moderation/*.py: which code was measured, committed or not."""
    digest = hashlib.sha256()
    for path in sorted((Path(root) / "moderation").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def facts(root):
    """Everything that explains a figure: hardware, software, date, load."""
    out = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": memory_total_gib(),
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "git": git_revision(root),
        "moderation/*.py sha256": source_digest(root),
        "wrk": wrk_version() or "not installed (apt-get install wrk)",
        "OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE", "unset"),
        "load average": load_text(),
    }
    for name in LIBRARIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    out.update(model_facts())
    return out


def print_facts(info):
    width = max(len(k) for k in info)
    for key, value in info.items():
        print(f"  {key.ljust(width)}  {value}")


def load_text():
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1/5/15 min, {os.cpu_count()} cores)"


def _cpu_ticks():
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    with open("/proc/stat", encoding="utf-8") as handle:
        fields = [int(x) for x in handle.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def _process_ticks():
    """pid -> (name, utime + stime jiffies, ppid) for every process."""
    ticks = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as handle:
                raw = handle.read()
        except OSError:
            continue
        name = raw[raw.index("(") + 1: raw.rindex(")")]
        rest = raw[raw.rindex(")") + 2:].split()
        ticks[int(entry)] = (name, int(rest[11]) + int(rest[12]), int(rest[1]))
    return ticks


def machine_busy(seconds=1.0):
    """Share of all cores busy over ``seconds`` while this process sleeps
    (so: other processes), and the busiest of them."""
    try:
        busy0, total0 = _cpu_ticks()
        procs0 = _process_ticks()
        time.sleep(seconds)
        busy1, total1 = _cpu_ticks()
        procs1 = _process_ticks()
    except OSError:
        return None, []
    share = (busy1 - busy0) / max(1, total1 - total0)
    hz = os.sysconf("SC_CLK_TCK")
    deltas = []
    for pid, (name, ticks, _) in procs1.items():
        before = procs0.get(pid, (name, ticks))[1]
        cpu = (ticks - before) / hz / seconds
        if cpu >= 0.05 and pid != os.getpid():
            deltas.append((cpu, f"{name} (pid {pid}, {cpu:.0%} of a core)"))
    return share, [text for _, text in sorted(deltas, reverse=True)[:3]]


def _steal_ticks():
    """Jiffies stolen by the hypervisor (the 8th field of /proc/stat's cpu line)."""
    try:
        with open("/proc/stat", encoding="utf-8") as handle:
            fields = handle.readline().split()
        return int(fields[8]) if len(fields) > 8 else None
    except OSError:
        return None


class OtherCpu:
    """CPU used by processes other than this one and its descendants between
    construction and :meth:`stop` -- what disturbed a section's figures.
    Processes that ended in between are not seen."""

    def __init__(self):
        self.started = time.monotonic()
        self.steal = _steal_ticks()
        try:
            self.before = _process_ticks()
        except OSError:
            self.before = {}

    def steal_share(self):
        """Share of CPU time the hypervisor gave to other guests since construction."""
        now = _steal_ticks()
        if now is None or self.steal is None:
            return None
        elapsed = max(1e-6, time.monotonic() - self.started)
        return (now - self.steal) / os.sysconf("SC_CLK_TCK") / elapsed / (os.cpu_count() or 1)

    def stop(self):
        """(share of all cores, the busiest others as text)."""
        try:
            after = _process_ticks()
        except OSError:
            return None, []
        elapsed = max(1e-6, time.monotonic() - self.started)
        parents = {pid: ppid for pid, (_, _, ppid) in after.items()}
        mine = {os.getpid()}

        def is_mine(pid):
            seen = 0
            while pid and seen < 64:
                if pid in mine:
                    return True
                pid, seen = parents.get(pid), seen + 1
            return False

        hz = os.sysconf("SC_CLK_TCK")
        used = []
        for pid, (name, ticks, _) in after.items():
            if is_mine(pid):
                continue
            cpu = (ticks - self.before.get(pid, (name, 0))[1]) / hz / elapsed
            if cpu > 0:
                used.append((cpu, f"{name} (pid {pid}, {cpu:.0%} of a core)"))
        total = sum(cpu for cpu, _ in used) / (os.cpu_count() or 1)
        return total, [text for cpu, text in sorted(used, reverse=True)[:3] if cpu >= 0.05]


def print_load():
    """One line: the load average and how busy the machine is without us;
    the busiest processes when it is not quiet."""
    share, busy = machine_busy()
    line = f"  load average {load_text()}"
    if share is not None:
        line += f"; other processes use {share:.0%} of the CPU"
        if share > BUSY_SHARE:
            line += " -- NOT QUIET, figures below are disturbed: " + "; ".join(busy)
    print(line, flush=True)
    return share


def executable(name):
    """A console script of this environment (beside sys.executable)."""
    candidate = os.path.join(os.path.dirname(sys.executable), name)
    return candidate if os.path.exists(candidate) else shutil.which(name)
