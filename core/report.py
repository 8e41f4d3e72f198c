"""Sozialbericht: report content (tables, profiles) and the self-contained HTML page.

Works on a data frame of a result layer's attributes (``si_*``, ``dyn_*``,
optionally ``og_*`` from the offer-gap analysis and ``rb_*`` from the
robustness check). The algorithm adds the maps as PNG bytes and the
institutions per unit; this module has no QGIS import. The PDF layout uses the
same :class:`Table` objects, so HTML and PDF show the same figures.
"""

from __future__ import annotations

import base64
import html
import math
import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

import pandas as pd

from . import charts
from .i18n import QT_TRANSLATE_NOOP
from .numbers import MISSING, german, german_int, german_percent
from .presets import field_years
from .sozialindex import STATUS_LABELS, ChangeIndicator, Indicator, class_legend
from .values import MethodError, is_missing

#: Fields a report needs: outputs of Sozialindex and Dynamik.
REQUIRED = ("si_index", "si_rank", "si_status", "si_klasse", "si_aufmerksam", "dyn_klasse")
#: Text fields read when present; every other si_/dyn_/og_/rb_ field used is numeric.
TEXT_FIELDS = ("si_status", "si_klasse", "si_hinweis", "dyn_klasse", "og_prioritaet", "rb_andere")
OPTIONAL_NUMERIC = (
    "dyn_index",
    "og_luecken",
    "rb_anteil_gleich",
    "rb_rang_min",
    "rb_rang_max",
    "rb_unsicher",
)
PROFILE_HEADING = "Sozialquartiere mit auffälligem Sozialindex"
NOT_RATED = "nicht bewertet"

#: German names of common indicators, by field name without year (sgb2_2023 -> sgb2).
INDICATOR_LABELS = {
    "mig": "Einwohner mit Migrationshintergrund",
    "sgb2": "SGB-II-Leistungsberechtigte",
    "sgb2_u15": "Kinderarmut (unter 15 J. im SGB II)",
    "alo_u25": "Arbeitslose unter 25 J.",
    "grusi_65": "Grundsicherung im Alter",
    "hh_alleinerz": "Alleinerziehende",
    "hh_kinderreich": "Kinderreiche Haushalte",
    "s1": "Arbeitslosigkeit",
    "s2": "Langzeitarbeitslosigkeit",
    "s3": "Transferbezug",
    "s4": "Kinderarmut",
}
_YEAR = re.compile(r"[_\-]?((?:19|20)\d{2})$")
#: Fields of the Sozialindex-Zeitreihe (sozialplanung:zeitreihe): index and status per edition.
EDITION_INDEX = re.compile(r"^zr_index_((?:19|20)\d{2})$")
EDITION_STATUS = "zr_status_{0}"


def indicator_label(name: str) -> str:
    """A German label for an indicator field (the field name if unknown)."""
    return INDICATOR_LABELS.get(_YEAR.sub("", name).lower(), name)


@dataclass(frozen=True)
class IndicatorSpec:
    """An indicator in the report: share field(s) at t1 and, if known, at t0."""

    field: str
    denominator: Optional[str] = None
    field_t0: Optional[str] = None
    denominator_t0: Optional[str] = None
    direction: int = 0  # +1: higher = more disadvantage, -1: favourable, 0: unknown
    known: bool = False  # a matrix row defines the share (else only z-values are shown)
    series: tuple[tuple[str, str, Optional[str]], ...] = ()  # (year, field, denominator), oldest first

    @property
    def label(self) -> str:
        """German label."""
        return indicator_label(self.field)


def indicator_specs(
    names: Sequence[str], status: Sequence[Indicator] = (), change: Sequence[ChangeIndicator] = ()
) -> list[IndicatorSpec]:
    """Indicators from the si_z_<feld> / dyn_z_<feld> fields and the optional matrices.

    The status matrix (Feld, Nenner) defines the share at t1; the Dynamik matrix
    row whose ``Feld t1`` is the indicator adds the share at t0. Indicators of a
    matrix without an si_z_ field are listed after those of the layer.
    """
    fields = [n[5:] for n in names if n.startswith("si_z_")]
    fields += [n[6:] for n in names if n.startswith("dyn_z_") and n[6:] not in fields]
    fields += [ind.field for ind in status if ind.field not in fields]
    by_status = {ind.field: ind for ind in status}
    by_change = {ind.field_t1: ind for ind in change}
    specs = []
    for name in fields:
        s, c = by_status.get(name), by_change.get(name)
        if s is None and c is None:
            specs.append(IndicatorSpec(name))
            continue
        denominator = s.denominator if s else c.denominator_t1
        direction = s.direction if s else c.direction
        t0 = (c.field_t0, c.denominator_t0) if c and c.field_t0 else (None, None)
        series = year_fields(name, denominator, names)
        specs.append(IndicatorSpec(name, denominator, t0[0], t0[1], direction, True, series))
    return specs


def _for_year(name: Optional[str], year: str) -> Optional[str]:
    """``sgb2_2023`` -> ``sgb2_2019`` for year 2019 (None for a name without year suffix)."""
    match = _YEAR.search(name or "")
    return None if match is None else name[: match.start(1)] + year + name[match.end(1) :]


def year_fields(
    field: str, denominator: Optional[str], names: Sequence[str]
) -> tuple[tuple[str, str, Optional[str]], ...]:
    """(year, field, denominator) of each year in the layer that has both fields, oldest first.

    Years are found as the assistant's presets find them (field-name suffixes); a
    denominator without year (``ew``) is used for every year.
    """
    if not _YEAR.search(field):
        return ()
    out = []
    for year in sorted(field_years(names)):
        num = _for_year(field, year)
        den = (_for_year(denominator, year) or denominator) if denominator else None
        if num in names and (den is None or den in names):
            out.append((year, num, den))
    return tuple(out)


def editions(names: Sequence[str]) -> list[str]:
    """Years with zr_index_<year> and zr_status_<year> (Sozialindex-Zeitreihe), oldest first."""
    years = [m.group(1) for m in map(EDITION_INDEX.match, names) if m]
    return sorted(y for y in years if EDITION_STATUS.format(y) in names)


def fields_to_read(names: Sequence[str], specs: Sequence[IndicatorSpec]) -> tuple[list[str], list[str]]:
    """(numeric, text) fields of the layer the report uses."""
    text = [n for n in TEXT_FIELDS if n in names]
    numeric = [n for n in REQUIRED if n not in text]
    numeric += [n for n in OPTIONAL_NUMERIC if n in names]
    numeric += [n for n in names if n.startswith(("si_z_", "dyn_z_"))]
    numeric += [n for n in names if re.match(r"^og_.+_(n|luecke)$", n)]
    for spec in specs:
        numeric += [f for f in (spec.field, spec.denominator, spec.field_t0, spec.denominator_t0) if f]
        numeric += [f for _, num, den in spec.series for f in (num, den) if f]
    years = editions(names)
    numeric += [f"zr_index_{y}" for y in years]
    text += [EDITION_STATUS.format(y) for y in years]
    return list(dict.fromkeys(numeric)), text


def missing_fields(names: Sequence[str]) -> list[str]:
    """Required fields the layer lacks."""
    return [n for n in REQUIRED if n not in names]


def offer_categories(names: Sequence[str]) -> list[str]:
    """Category keys ``c`` with both og_<c>_n and og_<c>_luecke fields."""
    found = [m.group(1) for m in map(re.compile(r"^og_(.+)_n$").match, names) if m]
    return [c for c in found if f"og_{c}_luecke" in names]


@dataclass
class Table:
    """Strings for one table of the report, shared by HTML and PDF."""

    headers: list[str]
    rows: list[list[str]]
    numeric: list[bool]  # right-aligned columns
    marked: list[bool] = field(default_factory=list)  # highlighted rows
    units: list[int] = field(default_factory=list)  # unit of each row (for links)


@dataclass
class Report:
    """Everything the report shows; ``units`` is indexed 0..n-1 in layer order."""

    title: str
    units: pd.DataFrame
    name_field: str
    indicators: list[IndicatorSpec] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=dict)  # og key -> label
    institutions: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    date: str = ""
    period: str = ""  # e.g. "2021–2023", from the field names
    data_date: str = ""  # "Datenstand" (default: the year of the indicator fields)
    palette: dict[str, str] = field(default_factory=dict)  # class label -> fill colour (styles/)
    status_palette: dict[str, str] = field(default_factory=dict)  # status label -> fill colour

    def name(self, i: int) -> str:
        """Name of unit ``i``."""
        value = self.units[self.name_field][i]
        return "(ohne Name)" if is_missing(value) else str(value)

    def has(self, name: str) -> bool:
        """The layer has the field."""
        return name in self.units.columns

    def order(self) -> list[int]:
        """Units by rank (1 = most disadvantaged first), unrated ones last by name."""
        key = self.units["si_rank"].fillna(math.inf)
        names = [self.name(i) for i in self.units.index]
        return sorted(self.units.index, key=lambda i: (key[i], names[i]))

    def profiles(self) -> list[int]:
        """Units with si_aufmerksam = 1, by rank."""
        flag = self.units["si_aufmerksam"]
        return [i for i in self.order() if flag[i] == 1]

    def n_rated(self) -> int:
        """Number of units with an index."""
        return int(self.units["si_index"].notna().sum())

    def year(self) -> str:
        """Year of the current edition (suffix of the indicator fields), or ''."""
        for spec in self.indicators:
            match = _YEAR.search(spec.field)
            if match:
                return match.group(1)
        return ""

    def footer(self) -> str:
        """'Datenstand 31.12.2023 · erstellt am 05.06.2025' (maps and pages)."""
        stand = self.data_date or self.year()
        return " · ".join([*([f"Datenstand {stand}"] if stand else []), f"erstellt am {self.date}"])

    def editions(self) -> list[str]:
        """Years of the zr_* edition fields read, oldest first."""
        return editions(list(self.units.columns))


def _text(value: object) -> str:
    return MISSING if is_missing(value) or value == "" else str(value)


def share(units: pd.DataFrame, numerator: str, denominator: Optional[str]) -> pd.Series:
    """Share per unit in percent (numerator / denominator * 100, or the field itself)."""
    value = units[numerator].astype(float)
    if not denominator:
        return value
    den = units[denominator].astype(float)
    return value / den.where(den != 0) * 100.0


def city_share(units: pd.DataFrame, numerator: str, denominator: Optional[str]) -> float:
    """City value: sum of numerators / sum of denominators * 100 over all units with both.

    Without a denominator the field is a share, which cannot be summed: NaN.
    """
    if not denominator:
        return math.nan
    num, den = units[numerator].astype(float), units[denominator].astype(float)
    ok = num.notna() & den.notna()
    total = den[ok].sum()
    return float(num[ok].sum() / total * 100.0) if total else math.nan


def period(specs: Sequence[IndicatorSpec]) -> str:
    """'2021–2023' when the indicator fields end in years, else ''."""
    for spec in specs:
        if spec.field_t0:
            y0, y1 = _YEAR.search(spec.field_t0), _YEAR.search(spec.field)
            if y0 and y1:
                return f"{y0.group(1)}–{y1.group(1)}"
    return ""


def overview_table(report: Report) -> Table:
    """One row per unit: rank, name, index, status, Dynamik, class, attention (+ og_, rb_)."""
    u = report.units
    headers = ["Rang", "Name", "Index", "Status", "Dynamik", "Klasse", "Auffällig"]
    numeric = [True, False, True, False, False, False, False]
    extra_rb = report.has("rb_unsicher")
    extra_og = report.has("og_luecken")
    if extra_rb:
        headers.append("Einstufung")
        numeric.append(False)
    if extra_og:
        headers += ["Lücken", "Priorität"]
        numeric += [True, False]
    table = Table(headers, [], numeric)
    for i in report.order():
        rated = not is_missing(u["si_index"][i])
        row = [
            german_int(u["si_rank"][i]),
            report.name(i),
            german(u["si_index"][i], 2),
            _text(u["si_status"][i]) if rated else NOT_RATED,
            _text(u["dyn_klasse"][i]),
            _text(u["si_klasse"][i]),
            "ja" if u["si_aufmerksam"][i] == 1 else ("nein" if rated else MISSING),
        ]
        if extra_rb:
            unsure = u["rb_unsicher"][i]
            row.append(MISSING if is_missing(unsure) else ("unsicher" if unsure == 1 else "sicher"))
        if extra_og:
            row += [
                german_int(u["og_luecken"][i]),
                _text(u["og_prioritaet"][i]) if report.has("og_prioritaet") else MISSING,
            ]
        table.rows.append(row)
        table.marked.append(u["si_aufmerksam"][i] == 1)
        table.units.append(i)
    return table


def class_counts(report: Report) -> list[tuple[str, int]]:
    """Units per combined class in legend order (12-class legend if Hoch & Positiv occurs)."""
    counts = report.units["si_klasse"].value_counts()
    scheme = "berlin" if counts.get("Hoch & Positiv", 0) else "oberhausen"
    out = [(label, int(counts.get(label, 0))) for _, label in class_legend(scheme)]
    unrated = int(report.units["si_klasse"].isna().sum())
    return out + ([(NOT_RATED, unrated)] if unrated else [])


def attention_reasons(report: Report, i: int) -> str:
    """Why the unit is in the profiles: 'Status Niedrig', 'Dynamik Negativ'."""
    u = report.units
    reasons = []
    if u["si_status"][i] in ("Niedrig", "Sehr Niedrig"):
        reasons.append(f"Status {u['si_status'][i]}")
    if u["dyn_klasse"][i] == "Negativ":
        reasons.append("Dynamik Negativ")
    return " und ".join(reasons)


def key_figures(report: Report, i: int) -> Table:
    """Index, rank, status, Dynamik, class (and robustness) of one unit."""
    u = report.units
    rows = [
        ["Sozialindex", german(u["si_index"][i], 2)],
        ["Rang (1 = am stärksten benachteiligt)", f"{german_int(u['si_rank'][i])} von {report.n_rated()}"],
        ["Status", _text(u["si_status"][i])],
        ["Dynamik" + (f" {report.period}" if report.period else ""), _text(u["dyn_klasse"][i])],
    ]
    if report.has("dyn_index"):
        rows.append(["Dynamik-Index", german(u["dyn_index"][i], 2)])
    rows.append(["Klasse", _text(u["si_klasse"][i])])
    rows.append(["Auffällig wegen", attention_reasons(report, i) or MISSING])
    if report.has("rb_anteil_gleich") and not is_missing(u["rb_anteil_gleich"][i]):
        unsure = "unsicher" if u["rb_unsicher"][i] == 1 else "sicher"
        rows.append(
            [
                "Robustheit der Einstufung",
                f"{unsure}: {german_percent(u['rb_anteil_gleich'][i])} der Methodenvarianten gleiche Klasse, "
                f"Rang {german_int(u['rb_rang_min'][i])}–{german_int(u['rb_rang_max'][i])}"
                + (
                    f"; sonst {u['rb_andere'][i]}"
                    if report.has("rb_andere") and not is_missing(u["rb_andere"][i])
                    else ""
                ),
            ]
        )
    return Table(["Kennzahl", "Wert"], rows, [False, False])


def indicator_table(report: Report, i: int) -> Table:
    """Each indicator: share here and in the city, deviation, change, z-values."""
    u = report.units
    change = "Veränderung" + (f" {report.period}" if report.period else "")
    headers = [
        "Indikator",
        "Anteil %",
        "Stadt %",
        "Abweichung Pp.",
        f"{change} Pp.",
        "Stadt Veränd. Pp.",
        "z Status",
        "z Dynamik",
    ]
    table = Table(headers, [], [False] + [True] * 7)
    for spec in report.indicators:
        here = city = d_here = d_city = math.nan
        if spec.known:
            here = float(share(u, spec.field, spec.denominator)[i])
            city = city_share(u, spec.field, spec.denominator)
            if spec.field_t0:
                d_here = here - float(share(u, spec.field_t0, spec.denominator_t0)[i])
                d_city = city - city_share(u, spec.field_t0, spec.denominator_t0)
        z = u[f"si_z_{spec.field}"][i] if report.has(f"si_z_{spec.field}") else None
        dz = u[f"dyn_z_{spec.field}"][i] if report.has(f"dyn_z_{spec.field}") else None
        table.rows.append(
            [
                spec.label,
                german(here, 1),
                german(city, 1),
                german(here - city, 1, sign=True),
                german(d_here, 1, sign=True),
                german(d_city, 1, sign=True),
                german(z, 2),
                german(dz, 2),
            ]
        )
        table.marked.append(spec.direction * (here - city) > 0)
    return table


def offer_table(report: Report, i: int) -> Table:
    """Per offer category: offers in the unit and whether there is a gap."""
    u = report.units
    table = Table(["Angebot", "im Quartier", "Versorgungslücke"], [], [False, True, False])
    for key in offer_categories(list(u.columns)):
        gap = u[f"og_{key}_luecke"][i]
        table.rows.append(
            [
                report.categories.get(key, key.replace("_", " ").capitalize()),
                german_int(u[f"og_{key}_n"][i]),
                MISSING if is_missing(gap) else ("ja" if gap == 1 else "nein"),
            ]
        )
        table.marked.append(gap == 1)
    return table


def offer_summary(report: Report, i: int) -> str:
    """One sentence: offers present, offers missing, priority."""
    table = offer_table(report, i)
    if not table.rows:
        return "Keine Angebotsanalyse im Eingabelayer (Felder og_* fehlen)."
    present = [f"{r[0]} ({r[1]})" for r in table.rows if r[1] not in ("0", MISSING)]
    missing = [r[0] for r, gap in zip(table.rows, table.marked) if gap]
    text = f"Vorhanden: {', '.join(present) or 'keine'}. Fehlend (Versorgungslücke): {', '.join(missing) or 'keine'}."
    if report.has("og_prioritaet") and not is_missing(report.units["og_prioritaet"][i]):
        text += f" Priorität: {report.units['og_prioritaet'][i]}."
    return text


def institution_lines(report: Report, i: int) -> list[str]:
    """'Name (Kategorie)' of the institutions in the unit, sorted by category and name."""
    items = sorted(report.institutions.get(i, []), key=lambda item: (item[1], item[0]))
    return [f"{name} ({category})" if category else name for name, category in items]


# ---------------------------------------------------------------------- charts
@dataclass
class Chart:
    """A chart of the report (SVG shared by HTML and PDF) or, when it cannot be drawn, a note."""

    heading: str
    svg: str = ""
    note: str = ""


def share_bars(report: Report, i: int) -> list[charts.Bar]:
    """Each indicator with a share (matrix row): the value in unit ``i`` and the city value."""
    u = report.units
    return [
        charts.Bar(
            spec.label,
            float(share(u, spec.field, spec.denominator)[i]),
            city_share(u, spec.field, spec.denominator),
        )
        for spec in report.indicators
        if spec.known
    ]


def year_series(report: Report, i: int) -> list[charts.Series]:
    """Each indicator with shares in at least two years: unit ``i`` and city per year."""
    u, out = report.units, []
    for spec in report.indicators:
        if len(spec.series) < 2:
            continue
        out.append(
            charts.Series(
                spec.label,
                [year for year, _, _ in spec.series],
                [float(share(u, num, den)[i]) for _, num, den in spec.series],
                [city_share(u, num, den) for _, num, den in spec.series],
            )
        )
    return out


def edition_chart(report: Report, i: int) -> Chart:
    """Index and status of unit ``i`` over the editions (zr_* fields), else a note on what is known."""
    heading = "Sozialindex und Status über die Ausgaben"
    years = report.editions()
    u = report.units
    if not years:
        current = f"{report.year()}: " if report.year() else ""
        dynamik = f"Dynamik {report.period}: " if report.period else "Dynamik: "
        return Chart(
            heading,
            note=f"Aktuelle Ausgabe {current}Status {_text(u['si_status'][i])}, {dynamik}{_text(u['dyn_klasse'][i])}. "
            "Den Verlauf über mehrere Ausgaben zeigt der Bericht, wenn der Eingabelayer die Felder "
            "zr_index_<Jahr> und zr_status_<Jahr> der Sozialindex-Zeitreihe hat.",
        )
    index = [float(u[f"zr_index_{y}"][i]) for y in years]
    classes = [_text(u[EDITION_STATUS.format(y)][i]) for y in years]
    return Chart(heading, charts.edition_chart(years, index, classes, report.status_palette, heading))


def profile_charts(report: Report, i: int) -> list[Chart]:
    """The charts of a profile: shares against the city, shares over the years, editions."""
    out = []
    colour = report.palette.get(str(report.units["si_klasse"][i]), charts.NEUTRAL)
    bars = share_bars(report, i)
    if bars:
        title = "Anteile im Quartier und in der Stadt" + (f" {report.year()}" if report.year() else "")
        out.append(Chart(title, charts.bar_chart(bars, colour, title)))
    series = year_series(report, i)
    if series:
        years = series[0].years
        title = f"Anteile {years[0]}–{years[-1]}: Quartier und Stadt"
        out.append(Chart(title, charts.year_chart(series, title)))
    out.append(edition_chart(report, i))
    return out


def _status(value: object) -> str:
    return NOT_RATED if is_missing(value) or value == "" else str(value)


def overview_chart(report: Report) -> Chart:
    """Units per class and edition (status from zr_status_<year>), else per combined class now."""
    years = report.editions()
    if not years:
        title = "Gebiete je Klasse" + (f" {report.year()}" if report.year() else "")
        return Chart(
            title, charts.count_chart([(report.year() or "", class_counts(report))], report.palette, title)
        )
    labels = [*STATUS_LABELS, NOT_RATED]
    status = {y: [_status(v) for v in report.units[EDITION_STATUS.format(y)]] for y in years}
    counts = [(y, [(label, status[y].count(label)) for label in labels]) for y in years]
    moved: list[Optional[int]] = [None]
    for before, after in zip(years, years[1:]):
        pairs = zip(status[before], status[after])
        moved.append(sum(a != b and NOT_RATED not in (a, b) for a, b in pairs))
    title = f"Gebiete je Status {years[0]}–{years[-1]}"
    return Chart(title, charts.count_chart(counts, report.status_palette, title, moved))


# ------------------------------------------------------------------------ HTML
CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#222;margin:0 auto;max-width:1100px;padding:1em 2em;
line-height:1.4}
h1{font-size:1.8em;margin-bottom:.2em}h2{border-bottom:2px solid #2c7bb6;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}
th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#e8eef5}td.num{text-align:right;white-space:nowrap}tr.mark td{background:#fdecea}
img{max-width:100%;height:auto;border:1px solid #ccc}
.profil{page-break-before:always;border-top:1px solid #ccc;margin-top:2em}
.kopf{display:flex;gap:2em;flex-wrap:wrap;align-items:flex-start}
.meta{color:#555;font-size:.9em}
figure.diagramm{margin:.5em 0 1em}figure.diagramm svg{max-width:100%;height:auto}
@media print{body{max-width:none}a{color:inherit;text-decoration:none}}
"""


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def anchor(i: int) -> str:
    """Id of the profile section of unit ``i``."""
    return f"profil-{i + 1}"


def html_table(table: Table, links: Optional[set[int]] = None, css: str = "") -> str:
    """A table; names link to the profile when the unit has one."""
    head = "".join(f"<th>{_esc(h)}</th>" for h in table.headers)
    body = []
    for r, row in enumerate(table.rows):
        cells = []
        for c, value in enumerate(row):
            text = _esc(value)
            unit = table.units[r] if table.units else None
            if links is not None and c == 1 and unit in links:
                text = f'<a href="#{anchor(unit)}">{text}</a>'
            cls = ' class="num"' if table.numeric[c] else ""
            cells.append(f"<td{cls}>{text}</td>")
        mark = ' class="mark"' if table.marked and table.marked[r] else ""
        body.append(f"<tr{mark}>{''.join(cells)}</tr>")
    cls = f' class="{css}"' if css else ""
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def data_uri(png: bytes) -> str:
    """A PNG as data URI (the page needs no other file)."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _image(png: Optional[bytes], alt: str, css: str = "") -> str:
    if not png:
        return ""
    cls = f' class="{css}"' if css else ""
    return f'<img{cls} src="{data_uri(png)}" alt="{_esc(alt)}">'


def chart_html(chart: Chart) -> str:
    """A chart as inline SVG in a figure (or its note)."""
    if not chart.svg:
        return f'<p class="diagramm-hinweis"><strong>{_esc(chart.heading)}:</strong> {_esc(chart.note)}</p>'
    inline = chart.svg.replace(f' xmlns="{charts.SVG_NS}"', "", 1)  # HTML5 needs no namespace
    return f'<figure class="diagramm">{inline}</figure>'


def profile_html(report: Report, i: int, locator: Optional[bytes]) -> str:
    """The profile section of one unit."""
    name = report.name(i)
    offers = offer_table(report, i)
    institutions = institution_lines(report, i)
    parts = [
        f'<section class="profil" id="{anchor(i)}">',
        f"<h3>{_esc(name)}</h3>",
        '<div class="kopf">',
        html_table(key_figures(report, i), css="kennzahlen"),
        _image(locator, f"Lage von {name} im Stadtgebiet", "lage"),
        "</div>",
        "<h4>Indikatoren</h4>",
        html_table(indicator_table(report, i), css="indikatoren")
        if report.indicators
        else "<p>Keine Indikatoren (Felder si_z_* fehlen).</p>",
        "<h4>Diagramme</h4>",
        *[chart_html(chart) for chart in profile_charts(report, i)],
        "<h4>Angebote</h4>",
        f'<p class="angebote">{_esc(offer_summary(report, i))}</p>',
        html_table(offers, css="angebote") if offers.rows else "",
        f"<h4>Einrichtungen im Quartier ({len(institutions)})</h4>",
    ]
    if institutions:
        parts.append(
            '<ul class="einrichtungen">' + "".join(f"<li>{_esc(x)}</li>" for x in institutions) + "</ul>"
        )
    else:
        parts.append(
            '<p class="einrichtungen">Keine Einrichtungen im Quartier (oder kein Einrichtungslayer).</p>'
        )
    parts.append("</section>")
    return "\n".join(parts)


def explanations(report: Report) -> list[str]:
    """Short notes on the figures (German), shared by HTML and PDF."""
    notes = [
        "Sozialindex: standardisierte, gerichtete und zusammengefasste Indikatoranteile; hoch = günstige "
        "soziale Lage. Rang 1 = am stärksten benachteiligt.",
        "Status: Hoch, Mittel, Niedrig, Sehr Niedrig; Dynamik: Positiv, Stabil, Negativ. Auffällig sind "
        "Gebiete mit Status Niedrig oder Sehr Niedrig oder Dynamik Negativ.",
        "Anteil: Zähler / Nenner · 100. Stadtwert: Summe der Zähler / Summe der Nenner aller Gebiete · 100. "
        "Abweichung und Veränderung in Prozentpunkten (Pp.). Rot hinterlegt: Abweichung in ungünstiger Richtung.",
        "z Status / z Dynamik: standardisierter Anteil bzw. standardisierte Veränderung (nicht gerichtet).",
        "Diagramme: Balken = Anteil im Quartier (Farbe der Klasse des Quartiers), senkrechter Strich = "
        "Stadtwert; Zeitreihen: durchgezogene Linie mit Punkten = Quartier, gestrichelte Linie mit "
        "Quadraten = Stadt, für alle Jahre mit Indikatorfeldern im Eingabelayer.",
    ]
    if report.editions():
        notes.append(
            "Ausgaben: Sozialindex und Status je Ausgabe aus der Sozialindex-Zeitreihe (Felder zr_index_<Jahr>, "
            "zr_status_<Jahr>); mit Wechsel = Gebiete, deren Status sich gegenüber der vorigen Ausgabe geändert hat."
        )
    if report.has("rb_unsicher"):
        notes.append(
            "Einstufung unsicher: die Statusklasse ändert sich in zu vielen Methodenvarianten "
            "(Algorithmus Robustheit des Sozialindex)."
        )
    if offer_categories(list(report.units.columns)):
        notes.append(
            "Angebote: Zahl der Angebote im Quartier; Versorgungslücke laut Angebotslückenanalyse "
            "(Erreichbarkeit unter dem geforderten Anteil des Stadtwerts)."
        )
    return notes


def build_html(
    report: Report, overview: Optional[bytes] = None, locators: Optional[dict[int, bytes]] = None
) -> str:
    """The whole report as one HTML page (images as data URIs, inline CSS, no requests)."""
    locators = locators or {}
    profiles = report.profiles()
    counts = "".join(
        f"<tr><td>{_esc(label)}</td><td class=num>{n}</td></tr>" for label, n in class_counts(report)
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="de"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(report.title)}</title><style>{CSS}</style></head><body>",
        f"<header><h1>{_esc(report.title)}</h1>",
        f'<p class="meta">{_esc(report.footer())} · {len(report.units)} Gebiete, {report.n_rated()} bewertet, '
        f"{len(profiles)} auffällig</p></header>",
        '<section id="uebersicht"><h2>Übersichtskarte</h2>',
        _image(overview, "Karte der Sozialindex-Klassen mit Legende", "karte"),
        '<table class="klassen"><thead><tr><th>Klasse</th><th>Gebiete</th></tr></thead>'
        f"<tbody>{counts}</tbody></table>",
        chart_html(overview_chart(report)),
        "</section>",
        '<section id="tabelle"><h2>Alle Gebiete</h2>',
        html_table(overview_table(report), links=set(profiles), css="gebiete"),
        "</section>",
        f'<section id="profile"><h2>{PROFILE_HEADING}</h2>',
    ]
    if not profiles:
        parts.append("<p>Kein Gebiet ist auffällig.</p>")
    parts += [profile_html(report, i, locators.get(i)) for i in profiles]
    parts.append("</section>")
    parts.append('<section id="erlaeuterungen"><h2>Erläuterungen</h2><ul>')
    parts += [f"<li>{_esc(note)}</li>" for note in explanations(report)]
    parts.append("</ul></section></body></html>")
    return "\n".join(parts)


def check_layer(names: Sequence[str]) -> None:
    """Raise MethodError naming the first required field that is missing."""
    missing = missing_fields(names)
    if missing:
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError",
                "The input layer has no field {0}: run Sozialindex and Dynamik first (fields si_* and dyn_*).",
            ),
            missing[0],
        )
