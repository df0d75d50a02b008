# The dossier: raw/ -> content/articles/ -> output/.  `make html`, then `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
STRICT ?=
FORCE ?=

PELICANOPTS ?=
CONVERTOPTS :=
# Two builds at once take turns: each step holds a lock on the checkout (flock, from util-linux).
LOCK := $(shell command -v flock >/dev/null 2>&1 && echo "flock .dossier.lock")
ifneq ($(STRICT),)
  PELICANOPTS += --fatal warnings
  CONVERTOPTS += --strict
endif
ifneq ($(FORCE),)
  CONVERTOPTS += --force
endif

.PHONY: html convert test clean serve devserver publish github lint help venv browser pin eval train bench screenshots

help:
	@echo "make html        convert raw/ and build output/ (creates .venv on first run)"
	@echo "make test        run the test suite"
	@echo "make html STRICT=1   fail on any warning;  FORCE=1 overwrite hand-edited Markdown"
	@echo "make publish SITEURL=https://USER.github.io/REPO | make github (push to gh-pages)"
	@echo "make serve | devserver | clean | lint (ruff, mypy, import contracts) | pin"
	@echo "make eval        quality on the labelled set, each outlet judged by models that never saw it"
	@echo "make train       fit the furniture and title models on the labelled set (dossier/data/*.json)"
	@echo "make bench N=1000   build N generated articles cold, warm, +1, edited; bare Pelican and spaCy NER alone"
	@echo "make screenshots the README's pictures (docs/screenshots/) of the seed dossier, desktop and phone"

# The virtualenv and node_modules/ are installed again only when their pinned lists change.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# MiniSearch builds the search index; axe-core checks accessibility in the browser tests.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

venv: $(VENV)/.installed node_modules/.installed

# Chromium for the browser tests: Debian's package (Playwright never downloads a browser here).
browser:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || echo "Chromium is missing: browser tests will be skipped (apt-get install chromium)"

convert: $(VENV)/.installed node_modules/.installed
	$(LOCK) $(BIN)/python -m dossier.convert raw $(INPUTDIR)/articles $(CONVERTOPTS)

html: convert
	$(LOCK) $(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

test: $(VENV)/.installed node_modules/.installed browser
	$(BIN)/python -m pytest $(PYTESTOPTS)

# Write the behaviour snapshots of tests/test_pinned.py again (only when an output changes on purpose).
pin: $(VENV)/.installed node_modules/.installed
	$(BIN)/python -m tests.pinned

# Quality, leave-one-outlet-out on tests/data/articles/ (EVALOPTS="--show" lists every miss;
# "--folds 10" leaves outlets out ten groups at a time, as the tests do).
EVALOPTS ?=
eval: $(VENV)/.installed
	$(BIN)/python -m tests.evaluation $(EVALOPTS)

# The learned parts of the cleaning and of the title choice, fitted on the labelled set and written
# as plain arrays to dossier/data/ (the build runs them with numpy, without scikit-learn).
train: $(VENV)/.installed
	$(BIN)/python -m tests.training

# The README's pictures: the seed dossier built afresh in a scratch folder, opened from file:// in Chromium,
# home, article, chronology and actor pages at 1280×800 and 390×844 (docs/screenshots/NAME-desktop|phone.png).
screenshots: $(VENV)/.installed node_modules/.installed browser
	$(BIN)/python -m tests.screenshots

# Scale: N generated articles (benchmarks/generate.py) built in a scratch copy of the project, cold, warm,
# after one article added and one edited, against bare Pelican and spaCy's NER alone on the same texts.
# Prints wall time, peak memory, ratios, page sizes (BENCHOPTS="--json bench.json --keep DIR" keeps them).
N ?= 1000
BENCHOPTS ?=
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_scale.py $(N) $(BENCHOPTS)

# ruff (with complexity), mypy on the library, the import contracts, the workflows' schema.
# `make test` runs the same checks as tests (tests/test_lint.py, tests/test_architecture.py).
lint: $(VENV)/.installed
	$(BIN)/ruff check dossier plugins tests benchmarks pelicanconf.py publishconf.py
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

clean:
	[ ! -d $(OUTPUTDIR) ] || rm -rf $(OUTPUTDIR)
	rm -rf .pytest_cache

serve: html
	$(PELICAN) -l $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT)

devserver: convert
	$(PELICAN) -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS) -p $(PORT)

# make publish SITEURL=https://USER.github.io/REPO : absolute URLs for the feed, sitemap, 404 page
publish: convert
	SITEURL="$(SITEURL)" $(LOCK) $(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) $(PELICANOPTS)

# As Pelican's quickstart: publish, commit output/ to the gh-pages branch, push it.
GITHUB_PAGES_BRANCH ?= gh-pages
GITHUB_PAGES_COMMIT_MESSAGE ?= Generate the dossier site
github: publish
	$(BIN)/ghp-import -m "$(GITHUB_PAGES_COMMIT_MESSAGE)" -b $(GITHUB_PAGES_BRANCH) --no-jekyll $(OUTPUTDIR)
	git push origin $(GITHUB_PAGES_BRANCH)
