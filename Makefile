# Sozialplanung: make demo | make test (both install what is missing, as root on Debian 12)
SHELL := /bin/bash
PY := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
QGIS_PROCESS := qgis_process.bin
DEMO_GPKG := data/oberhausen_demo.gpkg
PLUGIN := sozialplanung
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-scipy python3-venv xvfb xauth fonts-open-sans \
	qttools5-dev-tools pyqt5-dev-tools poppler-utils chromium \
	postgresql postgis postgresql-postgis
export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

# transcompile first: a screenshot or deploy without the .qm shows English texts
.PHONY: deps apt venv venv-access test test-core test-matrix bench-here bench-scale qt6-check demo data validate lint zip deploy transup transcompile bench quality styles clean

deps: apt venv venv-access

apt:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.txt
	@dpkg-query -W python3-venv >/dev/null 2>&1 || $(MAKE) apt
	$(PY) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

# PySAL access (pandas 2+) for the offergap comparison test: a separate plain venv
# inside .venv (so ruff, bandit and git ignore it); the test skips when it cannot be made.
ACCESS_VENV := $(VENV)/access
ACCESS_PACKAGES := access==1.1.10.post3 pandas==3.1.1 numpy==2.4.6

venv-access: $(ACCESS_VENV)/.installed

$(ACCESS_VENV)/.installed:
	@dpkg-query -W python3-venv >/dev/null 2>&1 || $(MAKE) apt
	$(PY) -m venv $(ACCESS_VENV)
	$(ACCESS_VENV)/bin/python -m pip install -q --disable-pip-version-check $(ACCESS_PACKAGES)
	touch $@

# Leaflet for the Sozialnavigator (webexport): pinned, checksum-checked, from the npm registry
# into web/vendor/leaflet (git-ignored; scripts/make_zip.py packs it).
LEAFLET_VERSION := 1.9.4
LEAFLET_SHA512 := 9f14b5ca7cc93a63a51e9fa22f71725aa2bcf46b4d2fc53caef94c3ac41d4d3b2cc59c025e1f0dd8d07718340e2fe611dd79d6c99031c108b15116fe140ef83c
VENDOR := web/vendor/leaflet

# npm on demand, for the vendor and webtest targets alike (either may run without the other)
NEED_NPM := command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null)

.PHONY: vendor webtest
vendor: $(VENDOR)/.leaflet-$(LEAFLET_VERSION)

$(VENDOR)/.leaflet-$(LEAFLET_VERSION):
	@$(NEED_NPM)
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)
	tmp=$$(mktemp -d) && cd $$tmp && npm pack --silent leaflet@$(LEAFLET_VERSION) >/dev/null && \
		echo "$(LEAFLET_SHA512)  leaflet-$(LEAFLET_VERSION).tgz" | sha512sum -c --quiet && \
		tar xzf leaflet-$(LEAFLET_VERSION).tgz && \
		cp -r package/dist/leaflet.js package/dist/leaflet.css package/dist/images package/LICENSE $(CURDIR)/$(VENDOR)/ && \
		cd $(CURDIR) && rm -rf $$tmp
	touch $@

# Browser test driver: playwright-core from package-lock (downloads no browser; Debian's chromium runs).
webtest: test/web/node_modules/.package-lock.json

test/web/node_modules/.package-lock.json: test/web/package-lock.json
	@$(NEED_NPM)
	npm ci --prefix test/web --no-audit --no-fund --silent

data: $(DEMO_GPKG)

$(DEMO_GPKG): data/make_demo.py
	$(PY) data/make_demo.py --output $@

transcompile:
	lrelease i18n/sozialplanung_de.ts -qm i18n/sozialplanung_de.qm

TR_SOURCES = $$(git ls-files '*.py' | grep -v -e '^test/' -e '^bench/' -e '^scripts/' -e '^data/' -e '^styles/')

# pylupdate5, then scripts/ts_complete.py adds what pylupdate5 misses (calls with a trailing comma,
# module-level tr helpers), keeping the translations the file had before
transup:
	cp i18n/sozialplanung_de.ts i18n/.previous.ts
	pylupdate5 -noobsolete $(TR_SOURCES) $$(git ls-files 'ui/*.ui') -ts i18n/sozialplanung_de.ts
	$(PY) scripts/ts_complete.py i18n/sozialplanung_de.ts --previous i18n/.previous.ts $(TR_SOURCES)
	rm -f i18n/.previous.ts

test: deps data transcompile vendor webtest
	$(VPY) -m pytest -q

# The core tests alone (test/core: numpy/pandas, no QGIS, no pytest-qgis), in seconds. Any Python
# with numpy, pandas and pytest will do: make test-core CORE_PYTHON=python3
CORE_PYTHON ?= $(VPY)
test-core: $(if $(filter $(VPY),$(CORE_PYTHON)),venv)
	$(CORE_PYTHON) -m pytest -q -p no:qgis -W ignore::pytest.PytestConfigWarning test/core

# The suite on QGIS 3.40 (Debian 13) and 3.44 (Debian sid) in cached chroots (root; see scripts/matrix.sh).
test-matrix:
	bash scripts/matrix.sh test trixie sid

# QGIS 4 / Qt 6 readiness: the migration script's rules over the plugin (also part of make test).
qt6-check:
	$(PY) scripts/qt6_check.py

# The demo needs QGIS (apt), the demo data, the translation and Leaflet; no test tools, no venvs.
demo: apt data transcompile vendor
	$(PY) scripts/demo.py --output demo_output

# The demo, and the pictures of README and docs/ from it (karte_sozialquartiere, report_seite, sozialnavigator)
.PHONY: docs-images
docs-images: apt data transcompile vendor
	$(PY) scripts/demo.py --output demo_output --docs

validate: deps
	$(PY) scripts/validate_berlin.py

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/bandit -q -r . -x ./.venv,./test,./bench

styles:
	$(PY) styles/make_styles.py --check

# Speed on the machine's QGIS, then on QGIS 3.44 (sid chroot); bench/results.md shows both.
bench: bench-here
	bash scripts/matrix.sh bench-here sid
	$(PY) bench/run.py --combine

bench-here: deps data
	$(PY) bench/run.py

# Large sizes (issue 19): sozialindex on 0.1/1/3 million grid cells, offergap 1 million x 20,000;
# time and peak memory per size -> bench/scale_results.md (not in CI; about 15 minutes).
bench-scale: deps data
	$(PY) bench/scale.py

# POI matching quality on both generators (numpy/pandas only)
quality: venv
	$(VPY) bench/poimatch_quality.py --seeds 1 2 3 4 5 --register 600
	$(VPY) bench/poimatch_quality2.py --seeds 1 2 3 --sizes 600 1500 5000

zip: transcompile vendor
	$(PY) scripts/make_zip.py $(PLUGIN).zip

# A linked checkout must hold what the plugin needs at run time: the .qm translation and Leaflet.
deploy: transcompile vendor
	mkdir -p $(PROFILE)/python/plugins
	ln -sfn $(CURDIR) $(PROFILE)/python/plugins/$(PLUGIN)
	@echo "Linked into $(PROFILE)/python/plugins/$(PLUGIN); enable it in the plugin manager."

clean:
	rm -rf demo_output $(PLUGIN).zip .pytest_cache .ruff_cache

# Screenshots of the German desktop test (real QGIS under Xvfb) for docs/anleitung.md
SCREENSHOTS := desktop_menu:menue assistant_indikatoren:assistent assistant_methode:methode \
	assistant_dynamik:dynamik desktop_vorschau:vorschau desktop_ergebnis:ergebnis algorithmus_dialog:algorithmus

.PHONY: screenshots
screenshots: deps data transcompile
	SOZIALPLANUNG_SCREENSHOTS=1 $(VPY) -m pytest -q test/test_desktop.py -k german_desktop
	for pair in $(SCREENSHOTS); do cp test_output/assistant_de/$${pair%%:*}.png docs/anleitung_$${pair##*:}.png; done
	$(PY) -c 'from qgis.core import Qgis; print("{\n  \"qgis\": \"%s\"\n}" % Qgis.QGIS_VERSION.split("-")[0])' > docs/anleitung_screenshots.json
