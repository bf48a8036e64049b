.PHONY: install test lint run eval bench
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
bench:
	.venv/bin/python -m benchmarks.run --fiches 1000
