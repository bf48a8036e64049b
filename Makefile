.PHONY: install test lint run eval eval-answers bench
install:
	python3 -m venv .venv && .venv/bin/pip install -q --upgrade pip==25.3 && .venv/bin/pip install -e ".[dev]"
test:
	.venv/bin/python -m pytest -q
lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .
run:
	.venv/bin/python ui.py
eval:
	.venv/bin/python -m assistant eval tests/data/sample_questions.jsonl --corpus ingest/sample/fiches_exemple.txt --index-dir /tmp/fiches-eval
# Answer-level evaluation on the sample corpus: the dev/test gold files when present, else the 10-line tiny one.
SAMPLE_GOLD := $(or $(wildcard tests/data/answers_sample_dev.jsonl tests/data/answers_sample_test.jsonl),tests/data/answers_tiny.jsonl)
eval-answers:
	.venv/bin/python -m assistant eval-answers $(SAMPLE_GOLD) --corpus ingest/sample/fiches_exemple.txt --index-dir /tmp/fiches-eval-answers
bench:
	.venv/bin/python -m benchmarks.run --fiches 1000
