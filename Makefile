# Sozialplanung: make demo | make test (both install what is missing, as root on Debian 12)
SHELL := /bin/bash
PY := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
QGIS_PROCESS := qgis_process.bin
DEMO_GPKG := data/oberhausen_demo.gpkg
PLUGIN := sozialplanung
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-venv xvfb xauth \
	qttools5-dev-tools pyqt5-dev-tools poppler-utils
export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

.PHONY: deps apt venv test demo data validate lint zip deploy transup transcompile bench styles clean

deps: apt venv

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

data: $(DEMO_GPKG)

$(DEMO_GPKG): data/make_demo.py
	$(PY) data/make_demo.py --output $@

transcompile:
	lrelease i18n/sozialplanung_de.ts -qm i18n/sozialplanung_de.qm

transup:
	pylupdate5 -noobsolete $$(git ls-files '*.py' | grep -v -e '^test/' -e '^bench/' -e '^scripts/' -e '^data/' -e '^styles/') -ts i18n/sozialplanung_de.ts

test: deps data transcompile
	$(VPY) -m pytest -q

demo: deps data transcompile
	$(PY) scripts/demo.py --output demo_output

validate: deps
	$(PY) scripts/validate_berlin.py

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/bandit -q -r . -x ./.venv,./test,./bench

styles:
	$(PY) styles/make_styles.py --check

bench: deps data
	$(PY) bench/run.py

zip: transcompile
	$(PY) scripts/make_zip.py $(PLUGIN).zip

deploy: transcompile
	mkdir -p $(PROFILE)/python/plugins
	ln -sfn $(CURDIR) $(PROFILE)/python/plugins/$(PLUGIN)
	@echo "Linked into $(PROFILE)/python/plugins/$(PLUGIN); enable it in the plugin manager."

clean:
	rm -rf demo_output $(PLUGIN).zip .pytest_cache .ruff_cache
