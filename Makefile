# One task runner: setup, app, test, lint, bench.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GRAPH := data/build/graph.nt
TORCH_VERSION ?= 2.13.0

.PHONY: setup app test lint format bench eval build clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip

# The CPU build of torch first: a plain "torch" requirement would pull a multi-GB CUDA build.
# -qq: errors only (a machine's pip settings can print a warning per package index entry)
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -qq "torch==$(TORCH_VERSION)"
	$(BIN)/pip install -qq -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

$(GRAPH): | $(STAMP)
	$(BIN)/mlkg build

build: $(STAMP)
	$(BIN)/mlkg build

app: $(STAMP) $(GRAPH)
	HF_HUB_OFFLINE=1 $(BIN)/mlkg app

test: $(STAMP)
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP) $(GRAPH)
	$(BIN)/python bench/build_speed.py
	HF_HUB_OFFLINE=1 $(BIN)/python bench/latency.py
	HF_HUB_OFFLINE=1 $(BIN)/python bench/baseline_rag.py
	HF_HUB_OFFLINE=1 $(BIN)/python bench/app.py

# Every public dev set on its own document; the cheat sheet's also on all the documents together.
EVAL := ../shared/eval
DEV := ../shared/corpus/dev
CHEAT := data/aws-ml-specialty-cheatsheet.md
ALL_DOCS := $(CHEAT),$(DEV)/vicsz-mls-c01.md,$(DEV)/yevgeniy-ml.md,$(DEV)/motoraif-mls-c01.html,$(DEV)/rahulkolekar-cheat-sheet.html,$(DEV)/ahmabboud-ch4-lab.docx
eval: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/mlkg eval \
	  $(EVAL)/questions-dev.jsonl=$(CHEAT) \
	  $(EVAL)/questions-vicsz-dev.jsonl=$(DEV)/vicsz-mls-c01.md \
	  $(EVAL)/questions-yevgeniy-dev.jsonl=$(DEV)/yevgeniy-ml.md \
	  $(EVAL)/questions-motoraif-html-dev.jsonl=$(DEV)/motoraif-mls-c01.html \
	  $(EVAL)/questions-dev.jsonl=$(ALL_DOCS)

clean:
	rm -rf data/build $(VENV)
