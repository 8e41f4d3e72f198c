"""The plugin in the real QGIS desktop under Xvfb (throwaway profile)."""

from __future__ import annotations

import pytest
from helpers import OUTPUT, ROOT, non_blank, run_desktop


@pytest.mark.desktop
def test_plugin_loads_in_qgis_desktop_with_menu():
    report = run_desktop("plugin_load")
    assert report["active"] is True
    assert report["provider"] is True
    for name in (
        "sozialplanung_sozialindex",
        "sozialplanung_dynamik",
        "sozialplanung_aggregate",
        "sozialplanung_apply_style",
    ):
        assert name in report["menu_actions"]
    assert report["errors"] == []
    shot = OUTPUT / "plugin_load" / "desktop_menu.png"
    assert shot.exists() and non_blank(shot) > 20


GERMAN = "[locale]\noverrideFlag=true\nuserLocale=de_DE\nglobalLocale=de_DE\n"
ASSISTANT = ROOT / "test" / "desktop" / "assistant.py"


def check_assistant_run(report: dict, name: str) -> None:
    """The assistant was filled, previewed, run; the styled result is in the project."""
    assert report["errors"] == [], report["errors"]
    assistant = report["assistant"]
    assert assistant["id_field"] == "block_id"
    assert assistant["population_field"] == "ew_2023"
    assert len(assistant["rows"]) == 7 and assistant["rows"][1] == ["sgb2_2023", "ew_2023", "+", 1.0]
    assert assistant["dynamik_rows"] == 7
    counts = assistant["preview_counts"]
    assert sum(counts.values()) == 402 and counts["Hoch"] > 0 and counts["Sehr Niedrig"] > 0
    assert assistant["histogram_values"] == 402 - counts["nicht bewertet"]
    assert assistant["preview_layer"] is True
    run = report["run"]
    assert run["ok"] is True, run["status"]
    assert run["features"] == 402
    assert run["renderer_field"] == "si_klasse" and run["categories"] == 12
    assert run["progress_max"] == 100
    assert run["preview_removed"] is True
    assert run["layer"] in report["layers"]
    assert len(report["history"]) >= 2
    assert "sozialplanung:sozialindex" in report["history"][-2]
    assert "sozialplanung:dynamik" in report["history"][-1]
    assert report["help_chars"] > 2000
    for module, outcome in report["optional_dialogs"].items():  # POI review, KomMonitor: open from the menu
        assert outcome == "ok", (module, outcome)
    out = OUTPUT / name
    for shot in report["shots"]:
        assert non_blank(out / shot) > 20, shot
    for needed in ("assistant_indikatoren.png", "desktop_vorschau.png", "desktop_ergebnis.png", "hilfe.png"):
        assert needed in report["shots"]
    assert "algorithmus_dialog.png" in report["shots"]


@pytest.mark.desktop
def test_assistant_in_qgis_desktop():
    report = run_desktop("assistant_en", ASSISTANT)
    check_assistant_run(report, "assistant_en")
    assert report["assistant"]["title"] == "Sozialindex assistant"
    assert report["menu_texts"]["sozialplanung_assistant"] == "Sozialindex assistant…"
    assert report["menu_texts"]["sozialplanung_sozialindex"] == "Compute social index (Sozialindex)"
    assert "Classify Dynamik" in report["algorithm_dialog"]  # 3.40+: "<provider> - <algorithm>"


@pytest.mark.desktop
def test_german_desktop_shows_german_labels():
    report = run_desktop("assistant_de", ASSISTANT, settings=GERMAN)
    assert report["locale"].startswith("de")
    check_assistant_run(report, "assistant_de")
    menu = report["menu_texts"]
    assert menu["sozialplanung_sozialindex"] == "Sozialindex berechnen"
    assert menu["sozialplanung_dynamik"] == "Dynamik klassifizieren"
    assert menu["sozialplanung_aggregate"] == "Auf Raumebene aggregieren"
    assert "Dynamik klassifizieren" in report["algorithm_dialog"]
    assert report["assistant"]["standardization_options"][0] == "z-Wert"  # from the algorithm
    assert non_blank(OUTPUT / "assistant_de" / "desktop_menu.png") > 20
    untranslated = [
        text
        for text in (
            report["assistant"]["title"],
            menu["sozialplanung_assistant"],
            *report["assistant"]["tabs"],
        )
        if text in ENGLISH_ASSISTANT
    ]
    if untranslated:  # the lead translates i18n/sozialplanung_de.ts at the end
        pytest.skip(f"assistant strings not yet translated in i18n/sozialplanung_de.ts: {untranslated}")


ENGLISH_ASSISTANT = {
    "Sozialindex assistant",
    "Sozialindex assistant…",
    "1 Data and indicators",
    "2 Method",
}
