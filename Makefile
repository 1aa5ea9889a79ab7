PYTHON ?= .venv/bin/python
# Extra options for the bench, e.g. make bench BENCH_ARGS="--quick" or BENCH_ARGS="--only http"
BENCH_ARGS ?=

.PHONY: bench bench-quick test

## Performance benchmarks (not part of the tests); needs '.[bench]' and wrk (apt-get install wrk)
bench:
	$(PYTHON) -m bench $(BENCH_ARGS)

bench-quick:
	$(PYTHON) -m bench --quick $(BENCH_ARGS)

## The test suite, exactly as CI runs it
test:
	bash .ci/run
