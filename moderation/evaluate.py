"""Evaluation harness: the service and its peers, side by side on the same comments.

    python -m moderation.evaluate                 # every suite available
    moderation evaluate --suite functional --sample 200

Peers: better-profanity (``contains_profanity``) and alt-profanity-check
(``predict_prob >= 0.5``), measured on the same rows in the same run. Both
are optional: a peer that is not installed is left out with a note.

Suites:
- ``functional``: tests/functional/cases.jsonl, hand-written, never trained on;
- ``heldout``: the corpora's test split (see moderation.training.split_of);
- ``bias``: jigsaw-bias-eval (identity templates and Wikipedia comments), evaluation only;
- ``--cases FILE``: any JSONL in the functional suite's format (``text``,
  ``expected`` approve/reject, optional ``category``, ``group``, ``id``),
  such as a site's own labelled comments or a probe set kept out of training.
"""

import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .policy import APPROVE, CATEGORIES, REJECT

FUNCTIONAL = Path(__file__).resolve().parent.parent / "tests" / "functional" / "cases.jsonl"
SUITES = ("functional", "heldout", "bias")


@dataclass(frozen=True)
class Row:
    """One labelled comment: the expected decision and, for rejections, the
    categories it violates (empty when the source does not say)."""

    text: str
    expected: str
    categories: frozenset = frozenset()
    group: str = ""
    source: str = ""
    id: str = ""
    plain_of: str | None = None


@dataclass
class Outcome:
    """What one decider said about one row."""

    rejected: bool
    categories: frozenset = field(default_factory=frozenset)


# --- suites ---------------------------------------------------------------------

def functional_rows(path=FUNCTIONAL):
    """Labelled cases from a JSONL file in the functional suite's format."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
                text, expected = case["text"], case["expected"]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise ValueError(f"{path}, line {number}: need a JSON object with 'text' and 'expected' "
                                 f"({error!r})") from None
            if expected not in (APPROVE, REJECT) or not isinstance(text, str):
                raise ValueError(f"{path}, line {number}: 'expected' must be approve or reject, 'text' a string")
            category = case.get("category")
            rows.append(Row(text, expected, frozenset([category]) if category else frozenset(),
                            group=case.get("group") or "", source=Path(path).stem,
                            id=case.get("id"), plain_of=case.get("plain_of")))
    return rows


def _row_from_example(example, group):
    labels = example.labels
    if labels.get("any") is None:
        return None
    categories = frozenset(c for c in CATEGORIES if labels.get(c) == 1)
    return Row(example.text, REJECT if labels["any"] else APPROVE, categories, group=group,
               source=example.source)


def heldout_rows(root, exclude=()):
    from . import corpora
    from .training import split_of

    rows = []
    for example in corpora.load_corpora(root, exclude=exclude):
        if split_of(example) == "test":
            row = _row_from_example(example, group=example.source)
            if row:
                rows.append(row)
    return rows


def bias_rows(root):
    from . import corpora

    rows = []
    for example in corpora.load_source("jigsaw-bias-eval", root):
        row = _row_from_example(example, group=example.source)
        if row:
            rows.append(row)
    return rows


def load_suite(name, root):
    if name == "functional":
        return functional_rows()
    if root is None:
        raise FileNotFoundError(f"suite {name!r} needs ../shared/data (set MODERATION_DATA)")
    return heldout_rows(root) if name == "heldout" else bias_rows(root)


def sample(rows, size, seed=0):
    """A reproducible sample, stratified by group so small groups survive."""
    if not size or size >= len(rows):
        return rows
    by_group = defaultdict(list)
    for row in rows:
        by_group[row.group].append(row)
    rng = random.Random(seed)
    share = size / len(rows)
    picked = []
    for group in sorted(by_group):
        members = by_group[group]
        picked += rng.sample(members, max(1, round(len(members) * share)))
    return picked


# --- deciders -------------------------------------------------------------------

def service_decider(moderator):
    def decide(texts):
        return [Outcome(d.rejected, frozenset(d.categories)) for d in moderator.moderate_batch(texts)]
    return decide


def peer_deciders():
    """The peers that are installed, and notes on those that are not."""
    deciders, notes = {}, []
    try:
        from better_profanity import Profanity

        better = Profanity()
        deciders["better-profanity"] = lambda texts: [Outcome(better.contains_profanity(t)) for t in texts]
    except ImportError:
        notes.append("better-profanity is not installed")
    try:
        from profanity_check import predict_prob

        deciders["alt-profanity-check"] = lambda texts: [Outcome(p >= 0.5) for p in predict_prob(list(texts))]
    except ImportError:
        notes.append("alt-profanity-check is not installed (pip install -e '.[bench]')")
    return deciders, notes


# --- metrics --------------------------------------------------------------------

def _ratio(a, b):
    return a / b if b else None


def decision_metrics(rows, outcomes):
    """Accuracy, false-reject rate, recall and balanced accuracy of the
    approve/reject decision."""
    approve = [o.rejected for r, o in zip(rows, outcomes) if r.expected == APPROVE]
    reject = [o.rejected for r, o in zip(rows, outcomes) if r.expected == REJECT]
    frr, recall = _ratio(sum(approve), len(approve)), _ratio(sum(reject), len(reject))
    correct = len(approve) - sum(approve) + sum(reject)
    balanced = None if frr is None or recall is None else (recall + 1 - frr) / 2
    return {"rows": len(rows), "accuracy": _ratio(correct, len(rows)), "false_reject_rate": frr,
            "recall": recall, "balanced_accuracy": balanced}


def category_metrics(rows, outcomes, named):
    """Per category: recall (rejected at all), and, for a decider that names
    categories, precision and F1 of naming that category."""
    out = {}
    for category in CATEGORIES:
        positives = [o for r, o in zip(rows, outcomes) if category in r.categories]
        entry = {"positives": len(positives),
                 "recall": _ratio(sum(o.rejected for o in positives), len(positives))}
        if named:
            flagged = [r for r, o in zip(rows, outcomes) if category in o.categories]
            hits = sum(category in r.categories for r in flagged)
            precision = _ratio(hits, len(flagged))
            named_recall = _ratio(sum(category in o.categories for o in positives), len(positives))
            entry.update(precision=precision, named_recall=named_recall,
                         f1=None if not precision or not named_recall else
                         2 * precision * named_recall / (precision + named_recall))
        out[category] = entry
    return out


def obfuscation_ratio(rows, outcomes):
    """Share of obfuscated variants caught, among those whose plain form is caught."""
    by_id = {r.id: o for r, o in zip(rows, outcomes)}
    pairs = [(by_id[r.plain_of], o) for r, o in zip(rows, outcomes) if r.plain_of and r.plain_of in by_id]
    caught_plain = [o for plain, o in pairs if plain.rejected]
    return {"pairs": len(pairs), "plain_caught": len(caught_plain),
            "ratio": _ratio(sum(o.rejected for o in caught_plain), len(caught_plain))}


def evaluate(rows, deciders):
    """Every metric for every decider on ``rows``."""
    report = {}
    texts = [r.text for r in rows]
    for name, decide in deciders.items():
        outcomes = decide(texts)
        groups = defaultdict(list)
        for row, outcome in zip(rows, outcomes):
            groups[row.group].append((row, outcome))
        report[name] = {
            "decision": decision_metrics(rows, outcomes),
            "per_category": category_metrics(rows, outcomes, named=name == "service"),
            "per_group": {g: decision_metrics(*zip(*members)) for g, members in sorted(groups.items())},
            "obfuscation": obfuscation_ratio(rows, outcomes),
        }
    return report


# --- report ---------------------------------------------------------------------

def _fmt(value):
    return "    -" if value is None else f"{value:5.3f}"


def format_report(name, report):
    deciders = list(report)
    lines = [f"== {name}: {report[deciders[0]]['decision']['rows']} comments"]
    lines.append(f"{'decider':22s} {'acc':>5s} {'FRR':>5s} {'recall':>6s} {'bal.acc':>7s} {'obfusc.':>7s}")
    for d in deciders:
        m, o = report[d]["decision"], report[d]["obfuscation"]
        lines.append(f"{d:22s} {_fmt(m['accuracy'])} {_fmt(m['false_reject_rate'])} {_fmt(m['recall']):>6s} "
                     f"{_fmt(m['balanced_accuracy']):>7s} {_fmt(o['ratio']) if o['pairs'] else '    -':>7s}")
    lines.append("")
    header = f"{'category':16s} {'n':>5s} " + " ".join(f"{d[:14]:>14s}" for d in deciders)
    lines.append("recall per category (rejected at all)")
    lines.append(header)
    for c in CATEGORIES:
        n = report[deciders[0]]["per_category"][c]["positives"]
        if n:
            lines.append(f"{c:16s} {n:5d} " + " ".join(f"{_fmt(report[d]['per_category'][c]['recall']):>14s}"
                                                      for d in deciders))
    if "service" in report:
        lines.append("")
        lines.append("service, category named: precision / recall / F1")
        for c, m in report["service"]["per_category"].items():
            if m["positives"]:
                lines.append(f"{c:16s} {_fmt(m['precision'])} / {_fmt(m['named_recall'])} / {_fmt(m['f1'])}")
    lines.append("")
    lines.append("accuracy per group")
    lines.append(f"{'group':28s} {'n':>5s} " + " ".join(f"{d[:14]:>14s}" for d in deciders))
    for g, m in report[deciders[0]]["per_group"].items():
        lines.append(f"{g[:28]:28s} {m['rows']:5d} " + " ".join(
            f"{_fmt(report[d]['per_group'][g]['accuracy']):>14s}" for d in deciders))
    return "\n".join(lines)


def run(suites=SUITES, sample_size=None, peers=True, model=None, root=None, out=sys.stdout, cases=()):
    """Evaluate and print; return {suite: report}."""
    from . import corpora
    from .moderator import Moderator

    root = root or corpora.default_data_root()
    deciders = {"service": service_decider(Moderator.load(model))}
    if peers:
        found, notes = peer_deciders()
        deciders.update(found)
        for note in notes:
            print(f"note: {note}", file=out)
    reports = {}
    for name in [*suites, *map(Path, cases)]:
        try:
            rows = functional_rows(name) if isinstance(name, Path) else load_suite(name, root)
        except FileNotFoundError as error:
            print(f"skipped {name}: {error}", file=out)
            continue
        if isinstance(name, Path):  # a file: its stem, or with its folder if two share one
            name = name.stem if name.stem not in reports else f"{name.parent.name}/{name.stem}"
        rows = sample(rows, sample_size)
        reports[name] = evaluate(rows, deciders)
        print(format_report(name, reports[name]) + "\n", file=out, flush=True)
    return reports


def main(argv=None):
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", action="append", choices=SUITES, help="suite to run (repeatable; default all)")
    parser.add_argument("--sample", type=int, default=None, help="evaluate a stratified sample of N rows per suite")
    parser.add_argument("--no-peers", action="store_true", help="evaluate the service only")
    parser.add_argument("--model", default=None, help="model directory (default: the shipped models/)")
    parser.add_argument("--cases", action="append", type=Path, default=[], metavar="FILE",
                        help="also evaluate a labelled JSONL in the functional suite's format (repeatable)")
    parser.add_argument("--json", type=Path, default=None, help="also write the full report as JSON")
    args = parser.parse_args(argv)
    suites = args.suite or ([] if args.cases else SUITES)
    try:
        reports = run(suites, args.sample, not args.no_peers, args.model, cases=args.cases)
    except ValueError as error:
        parser.exit(2, f"evaluate: {error}\n")
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
