# kechuang — two commands: `make run` (the platform with demo data) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.install-stamp
# The extractor's hottest modules compiled by Cython (src/kechuang/compiled.txt; kechuang/compiled.py loads a build
# only while it matches its source, so a stale one is never used). Rebuilt when a listed source changes.
COMPILED := src/kechuang/_compiled/manifest.json
COMPILED_SRC := $(shell sed -e 's/\#.*//' -e '/^ *$$/d' -e 's|\.|/|g' -e 's|^|src/|' -e 's|$$|.py|' src/kechuang/compiled.txt)
OUT ?= out

ECHARTS_VERSION := 6.1.0
ECHARTS := src/kechuang/web/static/vendor/echarts.min.js
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install system-deps run batch test lint bench bench-web clean

install: $(STAMP) $(ECHARTS) $(COMPILED)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,fast]'
	@touch $(STAMP)

$(COMPILED): $(STAMP) src/kechuang/compiled.txt $(COMPILED_SRC)
	$(BIN)/python scripts/compile_extractor.py

# ECharts from the npm registry, served by the platform itself (never a CDN).
$(ECHARTS):
	@mkdir -p $(dir $@) build/npm
	cd build/npm && npm pack --silent echarts@$(ECHARTS_VERSION) >/dev/null
	tar -xzf build/npm/echarts-$(ECHARTS_VERSION).tgz -C build/npm package/dist/echarts.min.js
	cp build/npm/package/dist/echarts.min.js $@

# Debian packages: PostgreSQL, Chromium, a CJK font, poppler-utils, wrk, redis-server (sudo when not root).
system-deps:
	bash scripts/system-deps.sh

# The platform on the embedded default (SQLite under ./data): migrate, create the demo (示例数据),
# serve with gunicorn on http://$(HOST):$(PORT), printing the demo logins.
run: install system-deps
	$(BIN)/kechuang serve --demo --host $(HOST) --port $(PORT)

# The batch jobs of the core: extract the example plans into out/, evaluate the (synthetic) example
# county data (units 示例县01 … 示例县20) with the Hebei framework and monitor 灵寿县's plan against 示例县01.
batch: install
	$(BIN)/kechuang extract examples -o $(OUT) --format json --format xlsx --format md --summary
	$(BIN)/kechuang evaluate examples/data/counties.csv --framework hebei-county --uncertainty 200 -o $(OUT)/evaluation.xlsx
	$(BIN)/kechuang path-to-class examples/data/counties.csv --framework hebei-county --unit 示例县01
	$(BIN)/kechuang monitor $(OUT)/003_a396d4bacdc207fb.json examples/data/counties.csv --region 示例县01 -o $(OUT)/monitoring.xlsx

lint: install
	$(BIN)/ruff check src tests benchmarks

# The whole suite on SQLite, then the web suite again on a PostgreSQL server started (and dropped) here,
# and again with the page cache and the job queue on a Redis server started (and stopped) here.
test: install system-deps lint
	$(BIN)/python -m pytest -q -n auto --durations=30
	bash scripts/with-postgres.sh $(BIN)/python -m pytest -q -n auto tests/web
	bash scripts/with-redis.sh $(BIN)/python -m pytest -q -n auto tests/web

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/baseline_extract.py
	$(BIN)/python benchmarks/bench_evaluate.py
	$(BIN)/python benchmarks/bench_matching.py
	$(MAKE) bench-web

# Page latency under 20 concurrent clients, on SQLite and on PostgreSQL (wrk, gunicorn on loopback); cold 台账
# downloads through the job queue, also with two app servers sharing Redis.
bench-web: install system-deps
	$(BIN)/python benchmarks/bench_web.py
	bash scripts/with-postgres.sh $(BIN)/python benchmarks/bench_web.py
	$(BIN)/python benchmarks/bench_jobs.py
	bash scripts/with-postgres.sh $(BIN)/python benchmarks/bench_jobs.py
	bash scripts/with-redis.sh $(BIN)/python benchmarks/bench_jobs.py --servers 2
	bash scripts/with-postgres.sh bash scripts/with-redis.sh $(BIN)/python benchmarks/bench_jobs.py --servers 2

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache build/npm build/cython src/kechuang/_compiled test-artifacts
