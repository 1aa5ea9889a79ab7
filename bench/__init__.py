"""Performance benchmarks of the moderation service against its peers.

Run ``python -m bench`` (or ``make bench``) from the project root; see
``python -m bench --help`` for the sections and options. This package is
not part of the unit tests: it measures, it does not assert, and a full
run takes about a quarter of an hour on a 2-core machine.

Modules, one per thing measured:

* :mod:`bench.mix` -- the seeded comment mix every section uses.
* :mod:`bench.inprocess` -- single-comment latency vs better-profanity and
  alt-profanity-check.
* :mod:`bench.batch` -- ``moderate_batch`` and ``moderation batch`` throughput
  and the CLI's peak RSS.
* :mod:`bench.server` -- starting, probing and stopping gunicorn.
* :mod:`bench.http_load` -- wrk load runs (``post.lua``) and the soak.
* :mod:`bench.coldstart` -- process start to ``/readyz`` answering 200.
* :mod:`bench.pathological` -- adversarial inputs.
* :mod:`bench.machine`, :mod:`bench.report` -- machine facts, targets, tables.
"""
