"""Section 6: where a comment's time goes, stage by stage.

Each stage of the pipeline is timed alone over the whole mix, in the order
the moderator runs them, each reading what the stage before produced: the
same work ``Moderator.moderate_batch`` does, taken apart. The classifier
scores chunks of 512, as a batch does. What ``moderate_batch`` spends beyond
the sum (the decision, the checks a classifier-only rejection must pass,
the second reading of long comments) is printed as "decision and re-readings".

This is the profile behind "what limits it" in bench/RESULTS.md: a stage
that is most of the whole is worth rewriting; many small ones are not.
"""

import time

from moderation import rules, spelling
from moderation.moderator import CLASSIFIER_CHARS
from moderation.normalise import normalise

from . import report
from .batch import CHUNK


def _timed(fn, items):
    """(seconds per item, results) of ``fn`` over ``items``."""
    started = time.perf_counter()
    out = [fn(item) for item in items]
    return (time.perf_counter() - started) / max(len(items), 1), out


def _chunked(fn, items, chunk=CHUNK):
    """(seconds per item) of ``fn`` over ``items`` in chunks."""
    started = time.perf_counter()
    for i in range(0, len(items), chunk):
        fn(items[i:i + chunk])
    return (time.perf_counter() - started) / max(len(items), 1)


def stage_costs(moderator, texts):
    """Seconds per comment of each stage over ``texts``, in pipeline order,
    and of ``moderate_batch`` as a whole."""
    costs = {}
    costs["normalise"], normalised = _timed(normalise, texts)
    costs["respell"], canonical = _timed(spelling.respell, normalised)
    costs["blocklist"], _ = _timed(moderator.blocklist.find_normalised, canonical)
    pairs = list(zip(texts, canonical))
    costs["rules: promotion"], _ = _timed(lambda pair: rules.promotion_evidence(*pair), pairs)
    for name, fn in (("vulgarity", rules.vulgarity_evidence), ("threat", rules.threat_evidence),
                     ("attack", rules.attack_evidence), ("abuse", rules.abuse_evidence)):
        costs[f"rules: {name}"], _ = _timed(fn, canonical)
    read = [text[:CLASSIFIER_CHARS] for text in canonical if text]
    costs["classifier: features and scores"] = _chunked(moderator.model.score_normalised, read) * len(read) / len(texts)
    whole = _chunked(moderator.moderate_batch, texts)
    costs["decision and re-readings"] = max(whole - sum(costs.values()), 0.0)
    return costs, whole


def run(moderator, mix, summary):
    moderator.moderate_batch(mix.texts[:CHUNK])  # warm-up
    report.settle()
    long_set = set(mix.long)
    groups = {"all": mix.texts,
              "short": [t for i, t in enumerate(mix.texts) if i not in long_set],
              "long": [mix.texts[i] for i in mix.long]}
    measured = {name: stage_costs(moderator, texts) for name, texts in groups.items() if texts}
    stages = list(measured["all"][0])
    rows = []
    for stage in stages:
        cells = []
        for name in groups:
            if name in measured:
                costs, whole = measured[name]
                cells += [report.fmt_ms(costs[stage] * 1e3), f"{costs[stage] / whole:.0%}"]
        rows.append((stage, *cells))
    rows.append(("moderate_batch, whole", *[cell for name in groups if name in measured
                                            for cell in (report.fmt_ms(measured[name][1] * 1e3), "100%")]))
    header = ["stage"] + [f"{name} {what}" for name in groups if name in measured for what in ("ms", "share")]
    print(f"  ms per comment, chunks of {CHUNK}; {len(groups['all']):,} comments, {len(groups['long']):,} of them long")
    print(report.table(header, rows))
    costs, whole = measured["all"]
    summary.record("stages", {name: {"costs_ms": {k: v * 1e3 for k, v in c.items()}, "whole_ms": w * 1e3}
                              for name, (c, w) in measured.items()})
    top = max(costs, key=costs.get)
    summary.add("stages", "largest stage of a batch comment", f"{top}: {costs[top] / whole:.0%} of {whole * 1e3:.3f} ms")
