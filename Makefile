# newsx: everything a fresh machine needs is set up from here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEEDS  := seeds
OUT    := outputs

.PHONY: setup run test eval peer bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

## Process the seed articles into outputs/ (resumes: unchanged articles are skipped).
run: setup
	$(BIN)/newsx run $(SEEDS) -o $(OUT)
	$(BIN)/newsx report $(OUT)
	$(BIN)/newsx eval --gold tests/fixtures/gold --pred $(OUT)

## Run the test suite.
test: setup
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/newsx eval --gold tests/fixtures/gold --pred $(OUT)

## Outside test suite: Recognizers-Text money and date specs (tests/fixtures/peer).
peer: setup
	$(BIN)/python bench/peer.py

## Throughput: words per second and peak memory, spaCy alone vs newsx on 1 and 2 processes.
bench: setup
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) .pytest_cache
