# kechuang — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.install-stamp
OUT ?= out

.PHONY: install run test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Main job on the embedded default: extract the example plans into out/, then evaluate the
# (synthetic) example county data with the Hebei framework and monitor 灵寿县's plan against it.
run: install
	$(BIN)/kechuang extract examples -o $(OUT) --format json --format xlsx --format md --summary
	$(BIN)/kechuang evaluate examples/data/counties.csv --framework hebei-county --uncertainty 200 -o $(OUT)/evaluation.xlsx
	$(BIN)/kechuang path-to-class examples/data/counties.csv --framework hebei-county --unit 灵寿县
	$(BIN)/kechuang monitor $(OUT)/003_a396d4bacdc207fb.json examples/data/counties.csv -o $(OUT)/monitoring.xlsx

lint: install
	$(BIN)/ruff check src tests benchmarks

# The extraction suite needs no Debian packages (PDF fixtures use reportlab's built-in CJK fonts).
test: install lint
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_evaluate.py

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
