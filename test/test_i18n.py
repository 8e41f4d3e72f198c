"""German user interface: translator loaded for German locales, German help and labels."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from sozialplanung.algorithms.provider import ALGORITHMS
from sozialplanung.plugin import install_translator


@pytest.fixture
def german():
    settings = QgsSettings()
    old = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    translator = install_translator()
    yield translator
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
    settings.setValue("locale/overrideFlag", old[0] or False)
    settings.setValue("locale/userLocale", old[1] or "en_US")


def test_german_locale_gives_german_labels_and_help(german):
    assert QgsApplication.locale().startswith("de")
    assert german is not None
    names = {cls.ALG_ID: cls().displayName() for cls in ALGORITHMS}
    assert names["sozialindex"] == "Sozialindex berechnen"
    assert names["dynamik"] == "Dynamik klassifizieren"
    assert names["aggregate"] == "Auf Raumebene aggregieren"
    alg = ALGORITHMS[0]()
    alg.initAlgorithm()
    assert alg.parameterDefinition("MIN_POPULATION").description() == "Mindesteinwohnerzahl"
    assert alg.group() == "Sozialindex"
    assert "Standardabweichung" in alg.shortHelpString()
    # base-class strings fall back to the shared context
    assert alg.tr("The layer of {0} is empty.") != "The layer of {0} is empty."


def test_english_help_and_every_parameter_documented():
    for cls in ALGORITHMS:
        alg = cls()
        alg.initAlgorithm()
        text = alg.shortHelpString()
        assert len(text) > 1500, cls.ALG_ID
        for param in alg.parameterDefinitions():
            assert param.name() in text, (cls.ALG_ID, param.name())
            assert param.help(), (cls.ALG_ID, param.name())


def bundled_models() -> dict[str, object]:
    """The provider's bundled models by id."""
    from sozialplanung.algorithms.provider import BundledModel

    provider = QgsApplication.processingRegistry().providerById("sozialplanung")
    return {alg.name(): alg for alg in provider.algorithms() if isinstance(alg, BundledModel)}


def test_bundled_models_show_german_names_and_keep_their_ids(german):
    models = bundled_models()
    assert {name: alg.displayName() for name, alg in models.items()} == {
        "sozialindex_dynamik": "Sozialindex mit Dynamik",
        "angebotsluecken": "Angebotslücken",
        "sozialbericht": "Sozialbericht",
    }
    assert models["sozialbericht"].id() == "sozialplanung:sozialbericht"
    copy = QgsApplication.processingRegistry().createAlgorithmById("sozialplanung:sozialbericht")
    assert copy.displayName() == "Sozialbericht" and copy.name() == "sozialbericht"
    inputs = {p.name() for p in models["sozialbericht"].parameterDefinitions()}
    assert len(inputs) > 3 and inputs <= {p.name() for p in copy.parameterDefinitions()}  # + the outputs


def test_bundled_models_have_english_names_without_translator():
    names = {name: alg.displayName() for name, alg in bundled_models().items()}
    assert names["sozialbericht"] == "Social report (workflow)"
    assert names["angebotsluecken"] == "Offer gaps (workflow)"


def test_every_message_of_the_code_is_translated():
    """Every translatable literal (also where pylupdate5 misses it: trailing commas, module-level
    tr helpers) is in the .ts, in the context it is looked up in, with a German translation."""
    import importlib.util
    import subprocess

    from helpers import ROOT

    spec = importlib.util.spec_from_file_location("ts_complete", ROOT / "scripts" / "ts_complete.py")
    ts_complete = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ts_complete)
    tracked = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    skip = ("test/", "bench/", "scripts/", "data/", "styles/")
    files = [ROOT / f for f in tracked if not f.startswith(skip)]
    found = [m for f in files for m, _ in ts_complete.messages(f)]
    assert len(found) > 500  # the parser sees the code's messages
    assert ts_complete.check(ROOT / "i18n" / "sozialplanung_de.ts", files) == []


def test_messages_pylupdate_misses_are_german_at_run_time(german):
    """A core error written with a trailing comma and a message of the output registry."""
    from sozialplanung.algorithms.base import method_error
    from sozialplanung.core.values import MethodError
    from sozialplanung.core.webexport import parse_basemap

    with pytest.raises(MethodError) as err:
        parse_basemap("https://example.org/karte.png")
    assert str(method_error(err.value)).startswith("BASEMAP_URL ist weder eine Kachel-URL")
    text = QCoreApplication.translate(
        "SozialplanungAlgorithm",
        "{0} and {1} write to the same destination {2}; choose a file or layer for each.",
    )
    assert "schreiben" in text or "Ziel" in text, text
