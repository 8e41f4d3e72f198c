"""Reproduce Berlin's official MSS 2021 results with sozialindex and dynamik.

Reads ../shared/reference/berlin_mss_2021 (not copied into the repository),
runs the plugin's algorithms on the raw shares and compares with the official
z-values, indices and classes. Usage (system Python with QGIS):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/validate_berlin.py [DATA_DIR]

Exit code 0 when every rated unit gets its official status and Dynamik class
and both indices agree within 0.01.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "reference" / "berlin_mss_2021"
STATUS = {"hoch": "Hoch", "mittel": "Mittel", "niedrig": "Niedrig", "sehr niedrig": "Sehr Niedrig"}
DYNAMIK = {"positiv": "Positiv", "stabil": "Stabil", "negativ": "Negativ"}
TOLERANCE = 0.01


@dataclass
class Agreement:
    """Figures of the comparison."""

    rated: int
    official_rated: int
    status_equal: int
    dynamik_equal: int
    max_status_diff: float
    max_dynamik_diff: float

    @property
    def ok(self) -> bool:
        """All classes equal and indices within the tolerance."""
        return (
            self.rated == self.official_rated == self.status_equal == self.dynamik_equal
            and self.max_status_diff <= TOLERANCE
            and self.max_dynamik_diff <= TOLERANCE
        )

    def report(self) -> str:
        """A short text for the console and the closing note."""
        return (
            f"rated units: {self.rated} (official: {self.official_rated})\n"
            f"status class equal: {self.status_equal}/{self.official_rated}\n"
            f"dynamik class equal: {self.dynamik_equal}/{self.official_rated}\n"
            f"max |si_index + official Status-Index|: {self.max_status_diff:.4f}\n"
            f"max |dyn_index + official Dynamik-Index|: {self.max_dynamik_diff:.4f}"
        )


def number(text: str) -> float | None:
    """Float of a CSV cell; empty and -9999 are None."""
    text = (text or "").strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    return None if value <= -9999 else value


def read_official(data_dir: Path) -> dict[str, dict]:
    """Official result rows by PLR id."""
    with open(data_dir / "mss_2021_index_z_plr.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    out = {}
    for row in rows[1:]:
        if len(row) < 15 or not row[0].strip():
            continue
        out[row[0].strip()] = {
            "status_index": number(row[7]),
            "status": STATUS.get(row[8].strip().lower()),
            "dyn_index": number(row[13]),
            "dynamik": DYNAMIK.get(row[14].strip().lower()),
        }
    return out


def shares_layer(data_dir: Path):
    """A memory table of the raw shares (the KOM flag becomes an exclusion field)."""
    from qgis.core import QgsFeature, QgsVectorLayer

    fields = ["PLR_ID:string", "EW:double", "S1:double", "S3:double", "S4:double"]
    fields += ["D1:double", "D3:double", "D4:double", "AUSSCHLUSS:integer"]
    spec = "&".join(f"field={f}" for f in fields)
    layer = QgsVectorLayer(f"None?{spec}", "mss_2021", "memory")
    feats = []
    with open(
        data_dir / "mss_2021_index_indikatoren_anteile_plr.csv", encoding="utf-8", newline=""
    ) as handle:
        for row in csv.DictReader(handle):
            if not row.get("PLR_ID"):
                continue
            feat = QgsFeature(layer.fields())
            values = [number(row[k]) for k in ("EW", "S1", "S3", "S4", "D1", "D3", "D4")]
            excluded = 0 if row["KOM"].strip().lower() == "gültig" else 1
            feat.setAttributes([row["PLR_ID"].strip(), *values, excluded])
            feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return layer


def validate(data_dir: Path = DEFAULT_DIR) -> Agreement:
    """Run sozialindex and dynamik (Berlin scheme) and compare with the official table."""
    import processing

    layer = shares_layer(data_dir)
    status = processing.run(
        "sozialplanung:sozialindex",
        {
            "INPUT": layer,
            "ID_FIELD": "PLR_ID",
            "INDICATORS": ["S1", "", "+", 1, "S3", "", "+", 1, "S4", "", "+", 1],
            "POPULATION_FIELD": "EW",
            "MIN_POPULATION": 300,
            "EXCLUDE_FIELD": "AUSSCHLUSS",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    dyn = processing.run(
        "sozialplanung:dynamik",
        {
            "INPUT": status,
            "ID_FIELD": "PLR_ID",
            "INDICATORS": ["", "", "D1", "", "+", 1, "", "", "D3", "", "+", 1, "", "", "D4", "", "+", 1],
            "SCHEME": 1,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    official = read_official(data_dir)
    rated = status_eq = dyn_eq = 0
    max_s = max_d = 0.0
    for feat in dyn.getFeatures():
        ref = official.get(feat["PLR_ID"])
        if feat["si_status"] in (None, "") or (
            hasattr(feat["si_status"], "isNull") and feat["si_status"].isNull()
        ):
            continue
        rated += 1
        if ref is None or ref["status_index"] is None:
            continue
        status_eq += feat["si_status"] == ref["status"]
        dyn_eq += feat["dyn_klasse"] == ref["dynamik"]
        max_s = max(max_s, abs(feat["si_index"] + ref["status_index"]))
        max_d = max(max_d, abs(feat["dyn_index"] + ref["dyn_index"]))
    official_rated = sum(1 for r in official.values() if r["status_index"] is not None)
    return Agreement(rated, official_rated, status_eq, dyn_eq, max_s, max_d)


def main() -> int:
    """Start QGIS, load the plugin, validate, print the agreement."""
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    if not data_dir.exists():
        print(f"{data_dir} not found: nothing to validate")
        return 0
    from plugin_link import PLUGIN_PARENT, ensure_plugin_link
    from qgis.core import QgsApplication

    ensure_plugin_link()
    sys.path[:0] = [str(PLUGIN_PARENT), "/usr/share/qgis/python/plugins"]
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import sozialplanung

    plugin = sozialplanung.classFactory(None)
    plugin.initProcessing()
    result = validate(data_dir)
    print(result.report())
    print("OK" if result.ok else "MISMATCH")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
