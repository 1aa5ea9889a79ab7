"""Section 1: in-process latency of one comment, next to the peers.

Measures ``Moderator.moderate(text)`` (the whole pipeline: normalise,
blocklist, rules, classifier, decision) one comment per call over the mix,
timed per call with ``time.perf_counter_ns`` after a warm-up, and on the
same comments:

* better-profanity: ``Profanity().contains_profanity(text)`` (an instance
  with its default word list). It is slow -- about a second on a 3 KB
  comment here -- so by default it is timed on a seeded subset of the mix
  with the mix's share of long comments (``--peer-sample``), and the
  service is compared with it on that same subset.
* alt-profanity-check: ``predict_prob([text])`` over the whole mix.

Ratios are the peer's time over the service's (above 1: the service is
faster), on the same comments.
"""

import time
import warnings

from . import report
from .mix import LONG_MIN
from .report import fmt_ms, table

WARMUP = 200


def time_each(fn, texts, warmup=WARMUP):
    """Nanoseconds of ``fn(text)`` for each text, after ``warmup`` untimed calls."""
    for text in texts[:warmup]:
        fn(text)
    clock = time.perf_counter_ns
    out = []
    for text in texts:
        start = clock()
        fn(text)
        out.append(clock() - start)
    return out


def load_peers():
    """(name, callable) for each peer that is installed."""
    peers = []
    try:
        from better_profanity import Profanity

        profanity = Profanity()  # the constructor loads the default word list
        peers.append(("better-profanity", profanity.contains_profanity))
    except ImportError:
        print("  better-profanity not installed: pip install -e '.[bench]'")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # its pickle predates our scikit-learn
            from profanity_check import predict_prob

            predict_prob(["warm up"])
        peers.append(("alt-profanity-check", lambda text: predict_prob([text])))
    except ImportError:
        print("  alt-profanity-check not installed: pip install -e '.[bench]'")
    return peers


def _pick(values, indexes):
    return [values[i] for i in indexes]


def run(moderator, mix, summary, peer_sample=1000, seed=0):
    texts = mix.texts
    long_set = set(mix.long)
    print(f"  mix: {mix.summary()}")
    print("  timing moderation ...", flush=True)
    report.settle()
    service = time_each(moderator.moderate, texts)
    rows = [("moderation", *_row(service), "all")]
    by_peer = {}
    subset = mix.subset(peer_sample, seed + 1)
    peers = load_peers()
    report.settle()
    for name, fn in peers:
        indexes = subset if name == "better-profanity" else list(range(len(texts)))
        print(f"  timing {name} on {len(indexes):,} comments ...", flush=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ns = time_each(fn, _pick(texts, indexes), warmup=min(WARMUP, 50))
        by_peer[name] = (indexes, ns)
        scope = "all" if len(indexes) == len(texts) else f"subset of {len(indexes):,}"
        rows.append((name, *_row(ns), scope))
        if len(indexes) != len(texts):
            rows.append(("moderation, same subset", *_row(_pick(service, indexes)), scope))
    print(table(("library", "n", "p50 ms", "p99 ms", "mean ms", "max ms", "comments"), rows))

    stats = report.latency_stats(service)
    summary.record("single", {"moderation": stats})
    summary.add("single", "moderation p50 / p99 / mean ms",
                f"{fmt_ms(stats['p50'])} / {fmt_ms(stats['p99'])} / {fmt_ms(stats['mean'])}",
                f"p99 <= {report.SINGLE_P99_MS:g} ms", stats["p99"] <= report.SINGLE_P99_MS)

    print("\n  ratios, peer time / moderation time on the same comments (>1: moderation is faster):")
    ratio_rows = []
    for name, (indexes, ns) in by_peer.items():
        mine = report.latency_stats(_pick(service, indexes))
        theirs = report.latency_stats(ns)
        ratios = {k: theirs[k] / mine[k] for k in ("p50", "p99", "mean")}
        summary.record(f"single.{name}", {"peer": theirs, "moderation_same_comments": mine, "ratios": ratios})
        ratio_rows.append((name, *(f"{ratios[k]:.1f}x" for k in ("p50", "p99", "mean"))))
        if name == "better-profanity":
            ok = min(ratios["p50"], ratios["mean"]) >= report.PEER_SPEEDUP_BETTER_PROFANITY
            summary.add("single", "vs better-profanity (p50 / mean)",
                        f"{ratios['p50']:.0f}x / {ratios['mean']:.0f}x faster",
                        f">= {report.PEER_SPEEDUP_BETTER_PROFANITY:g}x faster", ok)
        else:
            ok = all(r >= 1 for r in ratios.values())
            summary.add("single", f"vs {name} (p50 / p99 / mean)",
                        " / ".join(f"{ratios[k]:.2f}x" for k in ("p50", "p99", "mean")),
                        "no slower (>= 1x)", ok)
    print(table(("peer", "p50", "p99", "mean"), ratio_rows))

    short_set = [i for i in range(len(texts)) if i not in long_set]
    print(f"\n  by length: short (< {LONG_MIN:,} chars) and long ({min(len(texts[i]) for i in mix.long):,}-"
          f"{max(len(texts[i]) for i in mix.long):,} chars; the issue quotes ~120 ms for better-profanity on long):")
    length_rows = [("moderation, short", *_row(_pick(service, short_set))),
                   ("moderation, long", *_row(_pick(service, mix.long)))]
    for name, (indexes, ns) in by_peer.items():
        picked = [t for i, t in zip(indexes, ns) if i in long_set]
        length_rows.append((f"{name}, long", *_row(picked)))
        if name == "better-profanity" and picked:
            summary.add("single", "better-profanity p50 on long comments",
                        f"{fmt_ms(report.latency_stats(picked)['p50'])} ms", "")
    print(table(("library", "n", "p50 ms", "p99 ms", "mean ms", "max ms"), length_rows))
    short_stats = report.latency_stats(_pick(service, short_set))
    long_stats = report.latency_stats(_pick(service, mix.long))
    summary.record("single.long", {"moderation": long_stats, "moderation_short": short_stats})
    summary.add("single", "moderation p50 / p99 ms, short comments only",
                f"{fmt_ms(short_stats['p50'])} / {fmt_ms(short_stats['p99'])}", "")
    summary.add("single", "moderation p50 / p99 ms, long comments only",
                f"{fmt_ms(long_stats['p50'])} / {fmt_ms(long_stats['p99'])}", "")


def _row(ns):
    s = report.latency_stats(ns)
    return f"{s['n']:,}", fmt_ms(s["p50"]), fmt_ms(s["p99"]), fmt_ms(s["mean"]), fmt_ms(s["max"])
