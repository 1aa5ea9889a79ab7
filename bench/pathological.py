"""Section 5: pathological inputs, one ``Moderator.moderate`` call each.

Inputs a user (or an attacker) can send that defeat naive text handling:
long runs, invisible characters, combining-mark stacks, one giant word,
spaced-letter runs and leetspeak. Each is timed three times after the
moderator is warm; the median is compared with the 100 ms target (the
HTTP API caps comments at 20,000 characters, but the library and the
batch CLI take any length). Sizes are in characters.
"""

import random
import statistics
import time

from . import report
from .mix import functional_cases
from .report import table

RUNS = 3


def inputs(seed=0):
    """(name, text) pairs, generated with a fixed seed."""
    rng = random.Random(seed)
    emoji = ["😀", "🤬", "💩", "🖕", "🍑", "🍆", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽"]
    letters = "abcdefghijklmnopqrstuvwxyz"
    leet = "0123456789@$!" + "aeiostl" + "*"
    leet_words = ["sh1t", "f4ck", "b1tch", "a$$", "1d10t", "5uck", "c0ck", "n00b", "h4t3", "k1ll", "2024", "3rd"]
    combining = [chr(c) for c in range(0x0300, 0x036F)]

    def digits_leet(size):
        out, length = [], 0
        while length < size:
            word = rng.choice(leet_words) if rng.random() < 0.3 else "".join(
                rng.choice(leet) for _ in range(rng.randint(2, 12)))
            out.append(word)
            length += len(word) + 1
        return " ".join(out)[:size]

    return [
        ("100k repeated characters", "a" * 100_000),
        ("100k repeated banned word (fuckfuck...)", ("fuck" * 25_000)),
        ("10k emoji (incl. ZWJ sequences)", "".join(rng.choice(emoji) for _ in range(10_000))),
        ("50k zero-width characters", "\u200b" * 50_000),
        ("50k zero-width chars between letters", "".join(
            rng.choice(letters) + rng.choice("\u200b\u200c\u200d\u2060\ufeff") for _ in range(25_000))),
        ("20k combining marks on 5 letters", "".join(
            ch + "".join(rng.choice(combining) for _ in range(4_000)) for ch in "hello")),
        ("one 200 KB word", "".join(rng.choice(letters) for _ in range(200_000))),
        ("100k 'a ' pairs", "a " * 100_000),
        ("100 KB digits/leet mix", digits_leet(100_000)),
        ("100 KB digits/leet, no spaces", "".join(rng.choice(leet) for _ in range(100_000))),
    ]


def run(moderator, summary, seed=0):
    # Warm every lazy path (the first classifier-explained rejection builds
    # the feature names, ~0.3 s) on ordinary comments first.
    for comment in functional_cases():
        moderator.moderate(comment.text)
    rows = []
    worst = 0.0
    results = {}
    for name, text in inputs(seed):
        times = []
        for _ in range(RUNS):
            start = time.perf_counter_ns()
            moderator.moderate(text)
            times.append((time.perf_counter_ns() - start) / 1e6)
        median = statistics.median(times)
        worst = max(worst, median)
        results[name] = times
        ok = median <= report.PATHOLOGICAL_MS
        rows.append((name, f"{len(text):,}", f"{median:.1f}", f"{max(times):.1f}", report.verdict(ok)))
        print(f"    {name}: {median:.1f} ms", flush=True)
    print(table(("input", "chars", "median ms", "max ms", f"<= {report.PATHOLOGICAL_MS:g} ms"), rows))
    misses = [r[0] for r in rows if r[-1] == "MISS"]
    summary.record("pathological", results)
    summary.add("pathological", "slowest input (median)", f"{worst:.1f} ms", f"<= {report.PATHOLOGICAL_MS:g} ms each",
                not misses)
    if misses:
        summary.note(f"pathological inputs over {report.PATHOLOGICAL_MS:g} ms: " + "; ".join(misses))
