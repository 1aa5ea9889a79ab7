"""The comment mix every section measures: short and long, clean and abusive.

* All of ``tests/functional/cases.jsonl`` (hand-written news comments, clean
  and abusive, in the policy's categories).
* When the corpora are present (``moderation.corpora.default_data_root()``),
  comments sampled from their held-out *test* split
  (``moderation.training.split_of(example) == "test"``), so the mix has the
  corpora's real length and label distribution.
* :data:`LONG_SHARE` of long comments, 2-5 KB of several paragraphs: the
  test split's own long comments, then paragraphs joined from its other
  comments. Without the corpora, functional cases are sampled and joined.

Sampling is seeded: the same ``size`` and ``seed`` give the same mix.
"""

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "functional" / "cases.jsonl"
MIX_SIZE = 10_000
LONG_SHARE = 0.05
#: Comments of LONG_MIN characters or more are the "long" ones.
LONG_MIN, LONG_MAX = 2_000, 5_000
#: Paragraphs of a joined long comment are at least this long (characters).
PARAGRAPH_MIN = 40


@dataclass
class Comment:
    text: str
    kind: str  # "clean", "abusive" or "unlabelled"
    origin: str  # "functional", "corpus:<source>", "joined"


@dataclass
class Mix:
    """The comments, which of them are long, and where they came from."""

    comments: list
    description: str
    long: list = field(default_factory=list)  # indexes of the long comments

    @property
    def texts(self):
        return [c.text for c in self.comments]

    def counts(self):
        out = {}
        for c in self.comments:
            out[c.kind] = out.get(c.kind, 0) + 1
        return out

    def summary(self):
        lengths = sorted(len(c.text) for c in self.comments)
        counts = self.counts()
        kinds = ", ".join(f"{counts[k]:,} {k}" for k in ("clean", "abusive", "unlabelled") if k in counts)
        return (f"{len(self.comments):,} comments ({self.description}): {kinds}; "
                f"{len(self.long):,} long ({LONG_MIN // 1000}-{LONG_MAX // 1000} KB); "
                f"length median {lengths[len(lengths) // 2]} chars, max {lengths[-1]:,}")

    def subset(self, n, seed):
        """A seeded sample of ``n`` indexes with the mix's share of long comments, in mix order."""
        if n <= 0 or n >= len(self.comments):
            return list(range(len(self.comments)))
        rng = random.Random(seed)
        long_set = set(self.long)
        short = [i for i in range(len(self.comments)) if i not in long_set]
        n_long = min(len(self.long), round(n * len(self.long) / len(self.comments)))
        return sorted(rng.sample(self.long, n_long) + rng.sample(short, n - n_long))


def functional_cases():
    with open(CASES, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [Comment(r["text"], "abusive" if r["expected"] == "reject" else "clean", "functional") for r in rows]


def corpus_test_comments():
    """The corpora's held-out test split as Comments, or None without the corpora."""
    from moderation.corpora import default_data_root, load_corpora
    from moderation.training import split_of

    root = default_data_root()
    if root is None or not Path(root).is_dir():
        return None
    out = []
    for example in load_corpora(root):
        if split_of(example) != "test":
            continue
        label = example.labels.get("any")
        kind = {1: "abusive", 0: "clean"}.get(label, "unlabelled")
        out.append(Comment(example.text, kind, f"corpus:{example.source}"))
    return out


def _join_paragraphs(pool, rng, target):
    """A comment of paragraphs drawn from ``pool`` until it reaches ``target``
    characters: abusive if any paragraph is, clean if all are."""
    parts, length = [], 0
    while length < target:
        parts.append(rng.choice(pool))
        length += len(parts[-1].text) + 2
    kinds = {p.kind for p in parts}
    kind = "abusive" if "abusive" in kinds else "clean" if kinds == {"clean"} else "unlabelled"
    return Comment("\n\n".join(p.text for p in parts)[:LONG_MAX], kind, "joined")


def build_mix(size=MIX_SIZE, seed=0, use_corpora=True):
    """The seeded mix of ``size`` comments (see the module docstring)."""
    rng = random.Random(seed)
    cases = functional_cases()
    corpus = corpus_test_comments() if use_corpora else None
    n_long = max(1, round(size * LONG_SHARE))
    n_short = size - n_long
    if corpus:
        description = "functional cases + corpora test split"
        pool = [c for c in corpus if len(c.text) < LONG_MIN]
        natural_long = [c for c in corpus if LONG_MIN <= len(c.text) <= LONG_MAX]
        head = cases if len(cases) <= n_short // 2 else rng.sample(cases, n_short // 2)
        short = head + rng.sample(pool, min(len(pool), n_short - len(head)))
    else:
        description = "functional cases only (no ../shared/data)"
        pool = cases
        natural_long = []
        short = [rng.choice(cases) for _ in range(n_short)] if n_short > len(cases) else rng.sample(cases, n_short)
    while len(short) < n_short:  # a tiny corpus: repeat
        short.append(rng.choice(pool))
    long = rng.sample(natural_long, min(len(natural_long), n_long // 4))
    paragraphs = [c for c in pool if len(c.text) >= PARAGRAPH_MIN] or pool
    while len(long) < n_long:
        target = rng.randint(LONG_MIN, LONG_MAX)
        parts_rng = random.Random(rng.random())
        long.append(_join_paragraphs(paragraphs, parts_rng, target))
    comments = short + long
    rng.shuffle(comments)
    long_indexes = [i for i, c in enumerate(comments) if len(c.text) >= LONG_MIN]
    return Mix(comments, description, long_indexes)
