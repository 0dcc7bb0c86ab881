# Quick start: `make data` builds the release, `make test` runs the tests.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export DAGSTER_HOME := $(CURDIR)/.dagster
export DO_NOT_TRACK := 1
export DAGSTER_DISABLE_TELEMETRY := 1
export GX_ANALYTICS_ENABLED := False

.PHONY: data test chromium dev bench score score-corpus evaluate clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test,distributed]'
	touch $(STAMP)

$(DAGSTER_HOME)/dagster.yaml: assets/dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp assets/dagster.yaml $@

## Build the whole release in data/published/ through the Dagster asset graph.
## ALLOW_MISSING=1 publishes without documents that cannot be read (and says so); RECORD=1 keeps the run in the
## history of the local Dagster instance (.dagster/, shown by `make dev`); by default it runs on an in-memory one.
data: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(PY) -m assets.build $(if $(ALLOW_MISSING),--publish-without-unreadable) $(if $(RECORD),--record-run)

## Run the test suite (the site's browser tests drive Debian's chromium; they skip, saying why, without it).
test: $(STAMP) $(DAGSTER_HOME)/dagster.yaml chromium
	$(PY) -m pytest

## Install Debian's chromium and chromedriver for the browser tests when missing (as root; failure tolerated).
chromium:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { [ "$$(id -u)" = 0 ] && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) \
	    || echo "chromium not installed (needs root and apt): the browser tests will skip"; }

## Open the Dagster UI (with the daemon, so the sensor and schedule run) on the same definitions.
dev: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/dagster dev -w workspace.yaml

## Throughput and dev-gold precision/recall, ours vs quantulum3; the scale table on synthetic corpora
## (SIZES=10,100 for a quicker run; SIZES=0 skips it).
SIZES ?= 10,100,1000
bench: $(STAMP)
	$(PY) -m pip install --quiet -c constraints.txt -e '.[bench]'
	$(PY) scripts/bench.py --sizes $(SIZES)

## Score the release against ../shared/dev_gold.
score: $(STAMP)
	$(PY) ../shared/tools/score_dev.py

## What the metrics table gets right (value, unit, subject and measure, period, comparison) on the hand-checked
## samples of the release and the labelled passages in evaluation/ (see evaluation/README.md).
evaluate: $(STAMP)
	$(PY) scripts/metric_sample.py score evaluation/metrics_sample_a.csv
	$(PY) scripts/metric_sample.py score evaluation/metrics_sample_b.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-07.jsonl --verdicts evaluation/unseen_meaning_2026-12-07.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-07b.jsonl --verdicts evaluation/unseen_meaning_2026-12-07b.csv
	$(PY) scripts/metric_sample.py score evaluation/metrics_sample_c.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-08c.jsonl --verdicts evaluation/unseen_meaning_2026-12-08c.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-09d.jsonl --verdicts evaluation/unseen_meaning_2026-12-09d.csv
	$(PY) scripts/metric_sample.py score evaluation/metrics_sample_e.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-07e.jsonl --verdicts evaluation/unseen_meaning_2026-12-07e.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-07f.jsonl --verdicts evaluation/unseen_meaning_2026-12-07f.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-07g.jsonl --verdicts evaluation/unseen_meaning_2026-12-07g.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-07i.jsonl --verdicts evaluation/unseen_meaning_2026-12-07i.csv
	$(PY) scripts/metric_sample.py score evaluation/metrics_sample_h.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-07j.jsonl --verdicts evaluation/unseen_meaning_2026-12-07j.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-07k.jsonl --verdicts evaluation/unseen_meaning_2026-12-07k.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-08l.jsonl --verdicts evaluation/unseen_meaning_2026-12-08l.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-08m.jsonl --verdicts evaluation/unseen_meaning_2026-12-08m.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-08n.jsonl --verdicts evaluation/unseen_meaning_2026-12-08n.csv
	$(PY) scripts/metric_sample.py passages evaluation/unseen_passages_2026-12-08o.jsonl --verdicts evaluation/unseen_meaning_2026-12-08o.csv

## Score judgments and findings on a hand-labelled corpus kept outside the project: make score-corpus CORPUS=dir
score-corpus: $(STAMP)
	$(PY) scripts/score_corpus.py $(CORPUS) --show

clean:
	rm -rf $(VENV) $(DAGSTER_HOME)
