"""KomMonitor data-management API: URLs, answer checks, date columns, joining indicators.

Pure Python (no QGIS import). The algorithm fetches the answers through QGIS's
network manager and hands the decoded bytes to the functions here.

Shapes follow the OpenAPI spec ``kommonitor_dataAccessAPI.yaml`` of
KomMonitor/data-management (5.x): ``GET /spatial-units`` (SpatialUnitOverviewType),
``GET /indicators`` and ``/indicators/{indicatorId}`` (IndicatorOverviewType with
``applicableSpatialUnits`` and ``applicableDates``),
``GET /indicators/{indicatorId}/{spatialUnitId}`` and
``GET /georesources/{georesourceId}/allFeatures`` (GeoJSON FeatureCollections whose
features carry ``ID``, ``NAME``, ``validStartDate``, ``validEndDate`` and, for
indicators, one ``DATE_YYYY-MM-DD`` property per date), each mirrored under
``/public/...`` for unauthenticated clients.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence
from urllib.parse import quote, urlsplit

from .i18n import QT_TRANSLATE_NOOP
from .values import MethodError, is_missing, scalar

DATE_PREFIX = "DATE_"
DATE_PROPERTY = re.compile(r"^DATE_(\d{4})-(\d{2})-(\d{2})$")
ID_PROPERTY = "ID"
NAME_PROPERTY = "NAME"
VALID_START = "validStartDate"
VALID_END = "validEndDate"
DEFAULT_CRS = "EPSG:4326"  # data-management serves GeoJSON in WGS84 (defaultEPSG)
FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
YEAR = re.compile(r"^\d{4}$")
DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


# ------------------------------------------------------------------ requests
def endpoint(base_url: str, public: bool, *segments: str) -> str:
    """The URL of an API path: ``<base>[/public]/<segment>/...`` (segments quoted)."""
    base = base_url.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError",
                "BASE_URL '{0}' is no http(s) address; expected e.g. https://monitor.example.de/management",
            ),
            base_url,
        )
    path = "/".join(quote(s, safe="") for s in segments)
    return f"{base}{'/public' if public else ''}/{path}"


def http_error(url: str, status: Optional[int], detail: str = "") -> MethodError:
    """A clear error for an HTTP status (or a network failure when status is None)."""
    if status is None:
        return MethodError(QT_TRANSLATE_NOOP("MethodError", "Cannot reach {0}: {1}"), url, detail)
    templates = {
        401: QT_TRANSLATE_NOOP(
            "MethodError",
            "KomMonitor answered {0} with HTTP 401 (not authenticated): choose an authentication "
            "configuration (AUTH_CONFIG) that sends a valid token, or PUBLIC for public data.",
        ),
        403: QT_TRANSLATE_NOOP(
            "MethodError",
            "KomMonitor answered {0} with HTTP 403 (forbidden): the user of the token may not read "
            "this dataset; ask the KomMonitor administrators for the role.",
        ),
        404: QT_TRANSLATE_NOOP(
            "MethodError",
            "KomMonitor answered {0} with HTTP 404 (not found): check BASE_URL (with its prefix, "
            "e.g. /management), the ids and PUBLIC (protected datasets have no public mirror).",
        ),
    }
    if status in templates:
        return MethodError(templates[status], url)
    if status >= 500:
        return MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError", "KomMonitor answered {0} with HTTP {1} (server error); try again later. {2}"
            ),
            url,
            status,
            detail,
        )
    return MethodError(
        QT_TRANSLATE_NOOP("MethodError", "KomMonitor answered {0} with HTTP {1}. {2}"), url, status, detail
    )


def timeout_error(url: str, seconds: float) -> MethodError:
    """No answer within TIMEOUT."""
    return MethodError(
        QT_TRANSLATE_NOOP("MethodError", "No answer from {0} within {1} s (TIMEOUT)."), url, f"{seconds:g}"
    )


def parse_json(data: bytes, url: str) -> Any:
    """Decoded JSON of an answer; encrypted answers and non-JSON raise a clear error."""
    try:
        text = data.decode("utf-8-sig")
        value = json.loads(text)
    except (UnicodeDecodeError, ValueError):
        snippet = data[:60].decode("utf-8", "replace").strip()
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError",
                "The answer of {0} is no valid JSON (it starts with '{1}'). Is BASE_URL the "
                "KomMonitor data-management API?",
            ),
            url,
            snippet,
        ) from None
    if isinstance(value, dict) and "encryptedData" in value:
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError",
                "The answer of {0} is encrypted ('encryptedData'): this KomMonitor server runs with "
                "encryption.enabled=true, which only its own web client can read. Ask the "
                "administrators for an unencrypted data-management endpoint.",
            ),
            url,
        )
    return value


def expect_list(value: Any, url: str) -> list[dict]:
    """A JSON array of objects (the metadata lists)."""
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "The answer of {0} is no list of KomMonitor datasets."), url
        )
    return value


def expect_object(value: Any, url: str, key: str) -> dict:
    """A JSON object carrying ``key`` (one metadata record)."""
    if not isinstance(value, dict) or key not in value:
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError", "The answer of {0} has no '{1}': no KomMonitor metadata record."
            ),
            url,
            key,
        )
    return value


def feature_collection(value: Any, url: str) -> list[dict]:
    """The features of a GeoJSON FeatureCollection; every feature needs an ``ID``."""
    if not isinstance(value, dict) or value.get("type") != "FeatureCollection":
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "The answer of {0} is no GeoJSON FeatureCollection."), url
        )
    features = value.get("features")
    if not isinstance(features, list):
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "The answer of {0} has no 'features' list."), url)
    for number, feat in enumerate(features, 1):
        props = feat.get("properties") if isinstance(feat, dict) else None
        if not isinstance(props, dict) or props.get(ID_PROPERTY) in (None, ""):
            raise MethodError(
                QT_TRANSLATE_NOOP("MethodError", "Feature {0} in the answer of {1} has no property 'ID'."),
                number,
                url,
            )
    return features


def geojson_crs(value: dict) -> str:
    """CRS of a FeatureCollection: a legacy ``crs`` member, else EPSG:4326 (RFC 7946)."""
    name = str(((value.get("crs") or {}).get("properties") or {}).get("name") or "")
    match = re.search(r"EPSG:+(\d+)$", name)
    if match and match.group(1) != "4326":
        return f"EPSG:{match.group(1)}"
    return DEFAULT_CRS


# ------------------------------------------------------------------ metadata
def spatial_unit_label(unit: dict) -> str:
    """``Stadtteile (id)`` for a SpatialUnitOverviewType."""
    return f"{unit.get('spatialUnitLevel') or ''} ({unit.get('spatialUnitId')})"


def applicable_unit(indicator: dict, wanted: str) -> str:
    """The spatialUnitId of an indicator's applicable unit matching ``wanted`` (id or name)."""
    units = indicator.get("applicableSpatialUnits") or []
    for unit in units:
        if wanted in (unit.get("spatialUnitId"), unit.get("spatialUnitName")):
            return str(unit.get("spatialUnitId"))
    raise MethodError(
        QT_TRANSLATE_NOOP(
            "MethodError", "Indicator '{0}' is not available for spatial unit '{1}'; it is for: {2}"
        ),
        indicator.get("indicatorName") or indicator.get("indicatorId"),
        wanted,
        ", ".join(f"{u.get('spatialUnitName')} ({u.get('spatialUnitId')})" for u in units) or "-",
    )


def field_safe(text: str) -> str:
    """Lower-case ASCII field name part: umlauts spelt out, other signs as '_'."""
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    if not text or text[0].isdigit():
        text = "i_" + text
    return text


# --------------------------------------------------------------------- dates
def split_list(text: Optional[str]) -> list[str]:
    """Comma-separated values without blanks."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def parse_dates(text: Optional[str]) -> list[str]:
    """DATES: years (2021) or days (2021-12-31); anything else is an error."""
    tokens = split_list(text)
    for token in tokens:
        if not (YEAR.match(token) or DAY.match(token)):
            raise MethodError(
                QT_TRANSLATE_NOOP(
                    "MethodError", "DATES: '{0}' is neither a year (2021) nor a date (2021-12-31)."
                ),
                token,
            )
    return tokens


def available_dates(features: Sequence[dict]) -> list[str]:
    """Sorted dates (YYYY-MM-DD) of the ``DATE_...`` properties of the features."""
    dates = set()
    for feat in features:
        for key in feat["properties"]:
            if DATE_PROPERTY.match(key):
                dates.add(key[len(DATE_PREFIX) :])
    return sorted(dates)


def select_dates(available: Sequence[str], wanted: Sequence[str], label: str) -> list[str]:
    """The dates to keep: all, or those matching the wanted years or days (sorted)."""
    if not available:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "Indicator '{0}' has no DATE_YYYY-MM-DD values."), label
        )
    if not wanted:
        return list(available)
    keep = set()
    for token in wanted:
        hits = [d for d in available if d == token or (len(token) == 4 and d[:4] == token)]
        if not hits:
            raise MethodError(
                QT_TRANSLATE_NOOP("MethodError", "Indicator '{0}' has no values for {1}; it has: {2}"),
                label,
                token,
                ", ".join(available),
            )
        keep.update(hits)
    return sorted(keep)


def column_names(dates: Sequence[str], prefix: str) -> dict[str, str]:
    """``<prefix>_<year>`` per date; dates sharing a year keep the day: ``<prefix>_2021_06_30``."""
    years = [d[:4] for d in dates]
    return {
        d: f"{prefix}_{d[:4]}" if years.count(d[:4]) == 1 else f"{prefix}_{d.replace('-', '_')}"
        for d in dates
    }


def prefixes_for(indicator_ids: Sequence[str], text: Optional[str]) -> list[str]:
    """COLUMN_PREFIXES, one per indicator; empty gives ind1, ind2, ..."""
    prefixes = split_list(text)
    if not prefixes:
        return [f"ind{i}" for i in range(1, len(indicator_ids) + 1)]
    if len(prefixes) != len(indicator_ids):
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError", "COLUMN_PREFIXES has {0} prefixes for {1} indicators; give one per indicator."
            ),
            len(prefixes),
            len(indicator_ids),
        )
    seen = set()
    for prefix in prefixes:
        if not FIELD_NAME.match(prefix):
            raise MethodError(
                QT_TRANSLATE_NOOP(
                    "MethodError",
                    "COLUMN_PREFIXES: '{0}' is no valid field name (letters, digits and _, not starting with a digit).",
                ),
                prefix,
            )
        if prefix.lower() in seen or prefix.upper() in (ID_PROPERTY, NAME_PROPERTY):
            raise MethodError(
                QT_TRANSLATE_NOOP(
                    "MethodError", "COLUMN_PREFIXES: '{0}' is used twice or clashes with ID/NAME."
                ),
                prefix,
            )
        seen.add(prefix.lower())
    return prefixes


def valid_on(feat: dict, day: str) -> bool:
    """Whether a feature's period of validity contains ``day`` (ISO dates compare as text)."""
    props = feat["properties"]
    start = str(props.get(VALID_START) or "")[:10]
    end = str(props.get(VALID_END) or "")[:10]
    return (not start or start <= day) and (not end or day <= end)


def latest_records(features: Sequence[dict]) -> tuple[list[dict], int]:
    """One record per ID: the open-ended one, else the one starting last; and how many older periods were dropped.

    ``allFeatures`` and indicator answers hold a feature once per period of validity
    of its geometry (KomMonitor keeps old boundaries).
    """
    best: dict[str, tuple[int, dict]] = {}
    for position, feat in enumerate(features):
        key = str(feat["properties"][ID_PROPERTY])
        if key not in best or _recency(feat) > _recency(best[key][1]):
            best[key] = (position, feat)
    dropped = len(features) - len(best) - repeated_records(features)[0]  # repeats get their own note
    return [feat for _, feat in sorted(best.values(), key=lambda item: item[0])], dropped


REPEATED = QT_TRANSLATE_NOOP("MethodError", "'{0}': {1} records repeat the ID and period of validity of another record (e.g. ID {2}); the first one is kept.")  # fmt: skip


def repeated_records(features: Sequence[dict]) -> tuple[int, Optional[str]]:
    """How many records repeat the ID and period of validity of an earlier one, and the first such ID."""
    seen: set[tuple[str, str, str]] = set()
    count, first = 0, None
    for feat in features:
        props = feat["properties"]
        key = (str(props[ID_PROPERTY]), str(props.get(VALID_START) or ""), str(props.get(VALID_END) or ""))
        if key in seen:
            count += 1
            first = first if first is not None else key[0]
        seen.add(key)
    return count, first


def duplicate_note(label: str, features: Sequence[dict]) -> list[tuple[str, tuple]]:
    """A note for records that repeat an ID with the same period of validity (none if there are none)."""
    count, first = repeated_records(features)
    if not count:
        return []
    return [(REPEATED, (label, count, first))]


def _recency(feat: dict) -> tuple[int, str]:
    props = feat["properties"]
    return (0 if props.get(VALID_END) else 1, str(props.get(VALID_START) or ""))


def to_number(value: Any, label: str, ident: Any, key: str) -> Optional[float]:
    """A float, or None for null / NaN / empty; text that is no number is an error."""
    if is_missing(value):
        return None
    try:
        number = scalar(value)
    except ValueError:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "Indicator '{0}', ID {1}, {2}: '{3}' is not a number."),
            label,
            ident,
            key,
            value,
        ) from None
    return None if number is None or math.isinf(number) else number


# --------------------------------------------------------------------- joins
@dataclass
class Indicator:
    """One indicator answer: label for messages, its features, and the column prefix."""

    label: str
    features: list[dict]
    prefix: str


@dataclass
class Table:
    """The joined layer: one row per ID with NAME, geometry (GeoJSON) and value columns."""

    ids: list[str] = field(default_factory=list)
    names: list[Optional[str]] = field(default_factory=list)
    geometries: list[Optional[dict]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    values: list[list[Optional[float]]] = field(default_factory=list)
    notes: list[tuple[str, tuple]] = field(default_factory=list)  # (template, args) for warnings


def join_indicators(indicators: Sequence[Indicator], wanted_dates: Sequence[str]) -> Table:
    """Rename the date columns of each indicator and join all of them on ``ID``.

    Units are taken in the order of the first indicator, then new IDs of later ones;
    NAME and geometry come from the first indicator that has the unit. A unit
    missing in an indicator gets NULL in its columns (reported in ``notes``).
    """
    table = Table()
    row_of: dict[str, int] = {}
    for ind in indicators:
        features, dropped = latest_records(ind.features)
        table.notes.extend(duplicate_note(ind.label, ind.features))
        if dropped:
            table.notes.append(
                (
                    QT_TRANSLATE_NOOP(
                        "MethodError",
                        "Indicator '{0}': {1} older records of units with several periods of validity were skipped (the newest geometry is kept).",
                    ),
                    (ind.label, dropped),
                )
            )
        dates = select_dates(available_dates(features), wanted_dates, ind.label)
        names = column_names(dates, ind.prefix)
        clash = [n for n in names.values() if n.lower() in {c.lower() for c in table.columns}]
        if clash:
            raise MethodError(
                QT_TRANSLATE_NOOP(
                    "MethodError", "Column '{0}' would be created twice; use distinct COLUMN_PREFIXES."
                ),
                clash[0],
            )
        start = len(table.columns)
        table.columns.extend(names.values())
        for row in table.values:
            row.extend([None] * len(dates))
        seen = set()
        for feat in features:
            props = feat["properties"]
            ident = str(props[ID_PROPERTY])
            seen.add(ident)
            if ident not in row_of:
                row_of[ident] = len(table.ids)
                table.ids.append(ident)
                table.names.append(None if props.get(NAME_PROPERTY) is None else str(props[NAME_PROPERTY]))
                table.geometries.append(feat.get("geometry"))
                table.values.append([None] * len(table.columns))
            row = table.values[row_of[ident]]
            for offset, date in enumerate(dates):
                key = DATE_PREFIX + date
                row[start + offset] = to_number(props.get(key), ind.label, ident, key)
        missing = len(table.ids) - len(seen)
        if missing:
            table.notes.append(
                (
                    QT_TRANSLATE_NOOP("MethodError", "Indicator '{0}' has no values for {1} units (NULL)."),
                    (ind.label, missing),
                )
            )
    return table


def georesource_records(features: Sequence[dict], wanted_dates: Sequence[str]) -> tuple[list[dict], int]:
    """Georesource features valid on one given date (a year means 31 December), else the
    newest record per ID; and how many records were left out."""
    if len(wanted_dates) > 1:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "DATES: a georesource takes at most one date, not {0}."),
            ", ".join(wanted_dates),
        )
    kept = list(features)
    if wanted_dates:
        day = wanted_dates[0] if len(wanted_dates[0]) == 10 else wanted_dates[0] + "-12-31"
        kept = [f for f in kept if valid_on(f, day)]
    records = latest_records(kept)[0]
    return records, len(features) - len(records)


def property_kind(values: Sequence[Any]) -> str:
    """Field kind for a georesource property: long, double or string (dicts, lists, mixed)."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "int"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long" if any(abs(v) > 2**31 - 1 for v in present) else "int"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    return "string"


def property_value(value: Any, kind: str) -> Any:
    """A georesource property converted for its field kind (JSON text for dicts and lists)."""
    if value is None:
        return None
    if kind == "int" and isinstance(value, bool):
        return int(value)
    if kind == "string":
        return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
    return value


# ------------------------------------------------------------------ geometry
def geometry_wkt(geometry: Optional[dict]) -> Optional[str]:
    """WKT of a GeoJSON geometry (None for a null geometry)."""
    if geometry is None:
        return None
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    try:
        if kind == "GeometryCollection":
            parts = [geometry_wkt(g) for g in geometry["geometries"]]
            return f"GEOMETRYCOLLECTION({','.join(p for p in parts if p)})"
        coords = geometry["coordinates"]
        body = {
            "Point": lambda c: _pos(c),
            "MultiPoint": lambda c: ",".join(f"({_pos(p)})" for p in c),
            "LineString": _line,
            "MultiLineString": lambda c: ",".join(f"({_line(p)})" for p in c),
            "Polygon": _poly,
            "MultiPolygon": lambda c: ",".join(f"({_poly(p)})" for p in c),
        }[kind](coords)
    except (KeyError, TypeError, ValueError, IndexError):
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "Invalid GeoJSON geometry of type '{0}'."), kind
        ) from None
    if not body:
        return f"{kind.upper()} EMPTY"
    return f"{kind.upper()}({body})"


def _pos(c: Sequence[float]) -> str:
    return " ".join(repr(float(v)) for v in c[:2])


def _line(c: Sequence[Sequence[float]]) -> str:
    return ",".join(_pos(p) for p in c)


def _poly(c: Sequence[Sequence[Sequence[float]]]) -> str:
    return ",".join(f"({_line(r)})" for r in c)


GEOMETRY_FAMILY = {
    "Point": "point",
    "MultiPoint": "point",
    "LineString": "line",
    "MultiLineString": "line",
    "Polygon": "polygon",
    "MultiPolygon": "polygon",
}


def geometry_family(geometries: Sequence[Optional[dict]]) -> tuple[Optional[str], bool]:
    """Common family (point, line, polygon; None without geometries) and whether any part is multi."""
    kinds = {g.get("type") for g in geometries if isinstance(g, dict)}
    families = {GEOMETRY_FAMILY.get(k, "mixed") for k in kinds}
    if len(families) > 1 or "mixed" in families:
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError", "The features mix geometry types ({0}); a layer takes one type."
            ),
            ", ".join(sorted(str(k) for k in kinds)),
        )
    return (families.pop() if families else None), any(str(k).startswith("Multi") for k in kinds)


@dataclass
class Download:
    """What KomMonitor sent: the indicators (with their column prefixes) or one georesource."""

    dates: Any
    crs: str
    indicators: list = field(default_factory=list)
    georesource: Optional[tuple[str, list[dict]]] = None


@dataclass
class Rows:
    """Rows to write: (name, kind) per field, (attributes, GeoJSON geometry) per feature, notes."""

    fields: list[tuple[str, str]]
    rows: list[tuple[list, Any]]
    notes: list


def indicator_rows(inputs: Download) -> Rows:
    """The indicators joined on ID: ID, NAME and one double column per indicator and date."""
    table = join_indicators(inputs.indicators, inputs.dates)
    fields = [(ID_PROPERTY, "string"), (NAME_PROPERTY, "string")]
    fields += [(name, "double") for name in table.columns]
    rows = [
        ([ident, name, *values], geometry)
        for ident, name, values, geometry in zip(table.ids, table.names, table.values, table.geometries)
    ]
    return Rows(fields, rows, table.notes)


def georesource_rows(inputs: Download) -> Rows:
    """The georesource's records of the dates with their properties as typed fields."""
    georesource_id, features = inputs.georesource
    records, dropped = georesource_records(features, inputs.dates)
    notes = duplicate_note(georesource_id, features)
    dropped -= repeated_records(features)[0]
    if dropped:
        notes.append(
            (
                QT_TRANSLATE_NOOP(
                    "MethodError",
                    "Georesource '{0}': {1} records of other periods of validity were left out.",
                ),
                (georesource_id, dropped),
            )
        )
    keys = [ID_PROPERTY, NAME_PROPERTY]
    for feat in records:
        keys.extend(k for k in feat["properties"] if k not in keys)
    kinds = {k: property_kind([f["properties"].get(k) for f in records]) for k in keys}
    kinds[ID_PROPERTY] = kinds[NAME_PROPERTY] = "string"
    rows = [
        ([property_value(f["properties"].get(k), kinds[k]) for k in keys], f.get("geometry")) for f in records
    ]
    return Rows([(k, kinds[k]) for k in keys], rows, notes)
