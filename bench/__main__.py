"""``python -m bench``: the performance benchmarks, in one run.

Sections (``--only`` picks some, comma-separated):

  single   in-process latency of one comment, vs better-profanity and alt-profanity-check
  batch    moderate_batch and `moderation batch` throughput, the CLI's peak RSS
  http     gunicorn under wrk at 1/16/64 connections, production settings and alternatives
  cold     process start to /readyz answering 200
  patho    pathological inputs
  stages   where a comment's time goes, stage by stage (not run unless asked for)

``--soak SECONDS`` runs the soak (64 connections, worker RSS every 10 s);
given without ``--only`` it runs alone. ``--quick`` is a short smoke run.
Targets are printed beside each figure as PASS or MISS, and a summary
table closes the run.
"""

import argparse
import contextlib
import sys
import time
from pathlib import Path

from . import machine, report

SECTIONS = ("single", "batch", "http", "cold", "patho", "stages")
#: Sections a plain run includes: "stages" is a profile, asked for by name.
DEFAULT_SECTIONS = ("single", "batch", "http", "cold", "patho")
ROOT = Path(__file__).resolve().parent.parent


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=None, help=f"comma-separated sections: {','.join(SECTIONS)}")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 1,000 comments, 10k batch lines, 5 s HTTP runs, production settings only")
    parser.add_argument("--soak", type=int, metavar="SECONDS", default=None,
                        help="soak the service at 64 connections for SECONDS (alone unless --only is given)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the comment mix and every sample (default 0)")
    parser.add_argument("--mix-size", type=int, default=None, help="comments in the mix (default 10,000)")
    parser.add_argument("--no-corpora", action="store_true", help="build the mix from the functional cases only")
    parser.add_argument("--peer-sample", type=int, default=None,
                        help="comments better-profanity is timed on (default 1,000; 0 = the whole mix)")
    parser.add_argument("--batch-lines", type=int, default=None, help="lines of the CLI batch file (default 100,000)")
    parser.add_argument("--http-duration", type=int, default=None, help="seconds per wrk run (default 30)")
    parser.add_argument("--connections", default="1,16,64", help="wrk connection counts (default 1,16,64)")
    parser.add_argument("--configs", default=None,
                        help="gunicorn configurations: default plus any of sync,gthread,threads8,workers3,workers4,preload "
                             "(default: default,gthread,threads8; --quick: default)")
    parser.add_argument("--cold-runs", type=int, default=None, help="cold starts per command (default 3)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if args.only:
        args.sections = [s.strip() for s in args.only.split(",") if s.strip()]
        unknown = set(args.sections) - set(SECTIONS) - {"soak"}
        if unknown:
            parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}")
    else:
        args.sections = [] if args.soak else list(DEFAULT_SECTIONS)
    if args.soak and "soak" not in args.sections:
        args.sections.append("soak")
    if "soak" in args.sections and not args.soak:
        parser.error("the soak needs --soak SECONDS")
    quick = args.quick
    defaults = {"mix_size": (10_000, 1_000), "peer_sample": (1_000, 200), "batch_lines": (100_000, 10_000),
                "http_duration": (30, 5), "cold_runs": (3, 1), "configs": ("default,gthread,threads8", "default")}
    for name, (full, short) in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, short if quick else full)
    args.connections = [int(n) for n in args.connections.split(",")]
    return args


@contextlib.contextmanager
def watched(title, name, summary):
    """A section: its title, the machine's load before it, and how much CPU
    other processes took while it ran (noted in the summary if too much)."""
    report.section(title)
    machine.print_load()
    other = machine.OtherCpu()
    yield
    steal = other.steal_share()
    share, busy = other.stop()
    if share is None:
        return
    print(f"  while this section ran, other processes used {share:.0%} of the CPU"
          + (": " + "; ".join(busy) if busy else "")
          + (f"; hypervisor steal {steal:.1%}" if steal is not None else ""), flush=True)
    summary.record(f"steal.{name}", steal)
    summary.record(f"other_cpu.{name}", share)
    if share > machine.BUSY_SHARE:
        summary.note(f"DISTURBED: other processes used {share:.0%} of the CPU during '{name}'")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    summary = report.Summary()
    print("moderation benchmarks: python -m bench " + " ".join(sys.argv[1:] if argv is None else argv))
    facts = machine.facts(ROOT)
    machine.print_facts(facts)

    needs_mix = {"single", "batch", "http", "soak", "stages"} & set(args.sections)
    needs_moderator = {"single", "batch", "patho", "stages"} & set(args.sections)
    mix = moderator = None
    if needs_mix:
        from .mix import build_mix

        print(f"\nbuilding the comment mix (seed {args.seed}) ...", flush=True)
        mix = build_mix(args.mix_size, args.seed, use_corpora=not args.no_corpora)
        print(f"  {mix.summary()}")
    if needs_moderator:
        from moderation import Moderator

        moderator = Moderator.load()
    report.settle()

    if "single" in args.sections:
        from . import inprocess

        with watched("1. In-process, single comment: Moderator.moderate vs the peers", "single", summary):
            inprocess.run(moderator, mix, summary, peer_sample=args.peer_sample, seed=args.seed)
    if "batch" in args.sections:
        from . import batch

        with watched("2. In-process batch and the batch CLI", "batch", summary):
            batch.run(moderator, mix, summary, lines=args.batch_lines)
    if "http" in args.sections:
        from . import http_load, server

        with watched("3. HTTP: gunicorn under wrk", "http", summary):
            alternatives = server.alternative_configs()
            configs = [server.production_config() if name == "default" else alternatives[name]
                       for name in args.configs.split(",")]
            http_load.run(mix, summary, configs, args.connections, args.http_duration, args.seed)
    if "cold" in args.sections:
        from . import coldstart

        with watched("4. Cold start", "cold", summary):
            coldstart.run(summary, runs=args.cold_runs)
    if "patho" in args.sections:
        from . import pathological

        with watched("5. Pathological inputs, one Moderator.moderate call each", "patho", summary):
            pathological.run(moderator, summary, seed=args.seed)
    if "stages" in args.sections:
        from . import stages

        with watched("6. Where a comment's time goes: each stage alone over the mix", "stages", summary):
            stages.run(moderator, mix, summary)
    if "soak" in args.sections:
        from . import http_load, server

        with watched(f"Soak: {args.soak} s", "soak", summary):
            http_load.soak(mix, summary, server.production_config(), args.soak, seed=args.seed)

    summary.print()
    print(f"\n  load average at the end: {machine.load_text()}; the run took {time.perf_counter() - started:.0f} s")
    if args.json:
        summary.write_json(args.json, facts)
        print(f"  figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
