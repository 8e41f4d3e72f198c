"""The POI review dialog in the real QGIS desktop under Xvfb (demo data)."""

from __future__ import annotations

import datetime

import pytest
from helpers import OUTPUT, ROOT, non_blank, run_desktop


@pytest.mark.desktop
def test_poi_review_dialog_accepts_and_rejects_in_qgis_desktop():
    report = run_desktop("poi_review", ROOT / "test" / "desktop" / "poi_review.py")
    assert report["errors"] == []
    state = report["poi_review"]
    today = datetime.date.today().isoformat()
    assert state["rows"] > 250  # 250 register entries and the new POIs
    assert state["accepted"][:2] == ["accepted", today]
    assert state["rejected"] == ["rejected", today, state["rejected_poi"]]
    assert state["band_points"] == 2  # the link line is drawn
    assert state["extent_width"] < 6000  # zoomed to the pair, not the whole city
    for name in ("desktop_main.png", "poi_review_dialog.png"):
        assert non_blank(OUTPUT / "poi_review" / name) > 20
