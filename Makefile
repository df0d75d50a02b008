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
ifneq ($(STRICT),)
  PELICANOPTS += --fatal warnings
  CONVERTOPTS += --strict
endif
ifneq ($(FORCE),)
  CONVERTOPTS += --force
endif

.PHONY: html convert test clean serve devserver publish lint help

help:
	@echo "make html        convert raw/ and build output/ (creates .venv on first run)"
	@echo "make test        run the test suite"
	@echo "make html STRICT=1   fail on any warning;  FORCE=1 overwrite hand-edited Markdown"
	@echo "make serve | devserver | publish | clean | lint"

# The virtualenv is rebuilt only when the pinned requirements change.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed

convert: $(VENV)/.installed
	$(BIN)/python -m dossier.convert raw $(INPUTDIR)/articles $(CONVERTOPTS)

html: convert
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

test: $(VENV)/.installed
	$(BIN)/python -m pytest $(PYTESTOPTS)

lint: $(VENV)/.installed
	$(BIN)/ruff check dossier plugins tests pelicanconf.py publishconf.py

clean:
	[ ! -d $(OUTPUTDIR) ] || rm -rf $(OUTPUTDIR)
	rm -rf .pytest_cache

serve: html
	$(PELICAN) -l $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT)

devserver: convert
	$(PELICAN) -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS) -p $(PORT)

publish: convert
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) $(PELICANOPTS)
