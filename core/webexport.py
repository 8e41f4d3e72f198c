"""The Sozialnavigator web page: colours, basemap, security policy and the page text.

Pure Python (no QGIS import): the algorithm ``webexport`` reads the layers and the
style with QGIS and hands plain dicts to these functions.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Optional
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from .i18n import QT_TRANSLATE_NOOP
from .values import MethodError

# Okabe & Ito (2008): eight colours that stay distinguishable with every common colour-vision deficiency.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442")
NO_CATEGORY = "ohne Kategorie"
PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
# Query keys Leaflet's WMS layer sets itself; all others stay in the base URL (e.g. MapServer's map=).
WMS_KEYS = {"service", "request", "version", "layers", "styles", "format", "transparent"}
WMS_KEYS |= {"width", "height", "srs", "crs", "bbox"}


def category_colours(categories: Iterable[str]) -> dict[str, str]:
    """A colour per category, in case-insensitive alphabetical order (repeats after eight)."""
    ordered = sorted(set(categories), key=lambda c: (c.casefold(), c))
    return {c: OKABE_ITO[i % len(OKABE_ITO)] for i, c in enumerate(ordered)}


def parse_basemap(text: str, attribution: str = "") -> Optional[dict[str, Any]]:
    """The background map of the page from ``BASEMAP_URL`` (None when empty).

    Accepts an XYZ tile URL (``https://tiles.example.de/{z}/{x}/{y}.png``), a WMS
    URL with a ``LAYERS`` parameter, or a QGIS data source (``type=xyz&url=...`` or
    ``url=...&layers=...``) copied from the layer properties. Only http(s).
    """
    text = (text or "").strip()
    if not text:
        return None
    params: dict[str, str] = {}
    if not re.match(r"(?i)https?://", text) and "url=" in text:
        params = {k.lower(): unquote(v) for k, v in parse_qsl(text, keep_blank_values=True)}
        text = params.get("url", "")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "BASEMAP_URL must be an http(s) address, not '{0}'."), text
        )
    host = parts.netloc.replace("{s}", "*")
    if "{" in host or "@" in host:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "BASEMAP_URL has an invalid host: '{0}'."), text)
    origin = f"{parts.scheme.lower()}://{host}"
    is_xyz = params.get("type", "").lower() == "xyz" or all(f"{{{k}}}" in text for k in "zx")
    if is_xyz:
        if "{y}" not in text and "{-y}" not in text:
            raise MethodError(
                QT_TRANSLATE_NOOP(
                    "MethodError", "The tile URL in BASEMAP_URL needs {{z}}, {{x}} and {{y}}: '{0}'."
                ),
                text,
            )
        return {"type": "xyz", "url": text, "origin": origin, "attribution": attribution.strip()}
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    for key, value in query.items():
        params.setdefault(key.lower(), value)
    if not params.get("layers"):
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError",
                "BASEMAP_URL is neither a tile URL with {{z}}/{{x}}/{{y}} nor a WMS URL with LAYERS: '{0}'.",
            ),
            text,
        )
    keep = urlencode([(k, v) for k, v in query.items() if k.lower() not in WMS_KEYS])
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, keep, ""))
    return {
        "type": "wms",
        "url": base,
        "origin": origin,
        "layers": params["layers"],
        "styles": params.get("styles", ""),
        "format": params.get("format", "image/png"),
        "attribution": attribution.strip(),
    }


def content_security_policy(basemap: Optional[dict[str, Any]] = None) -> str:
    """The page's policy: own files only; images also inline (data:) and from the basemap's host."""
    images = "'self' data:" + (f" {basemap['origin']}" if basemap else "")
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        f"img-src {images}; base-uri 'none'; form-action 'none'"
    )


def feature(geometry: Optional[dict], properties: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON feature."""
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def feature_collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    """A GeoJSON feature collection (WGS84 longitude/latitude, RFC 7946)."""
    return {"type": "FeatureCollection", "features": features}


def to_json(data: Any) -> str:
    """Compact JSON as written to the .geojson files."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def json_in_html(data: Any) -> str:
    """JSON safe inside a <script type="application/json"> element (no '</script>' breakout)."""
    return to_json(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_page(template: str, texts: dict[str, str], data: dict[str, Any]) -> str:
    """Fill ``{{KEY}}`` placeholders: ``texts`` HTML-escaped, ``data`` as embedded JSON.

    Every placeholder must be filled and every value used.
    """
    values = {k: html.escape(v, quote=True) for k, v in texts.items()}
    values.update({k: json_in_html(v) for k, v in data.items()})
    found = set(PLACEHOLDER.findall(template))
    if found != set(values):
        raise ValueError(f"template placeholders {sorted(found)} != values {sorted(values)}")
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def class_counts(classes: list[dict[str, Any]], values: Iterable[Optional[str]]) -> list[dict[str, Any]]:
    """Legend entries with the number of areas; values without a category count as the empty one."""
    counts: dict[str, int] = {c["value"]: 0 for c in classes}
    for value in values:
        key = value if value in counts else ""
        counts[key] = counts.get(key, 0) + 1
    return [dict(c, count=counts[c["value"]]) for c in classes]


@dataclass
class SiteInputs:
    """Everything the Sozialnavigator page is made of (GeoJSON features already in WGS84)."""

    title: str
    date: str
    basemap: Optional[dict[str, Any]]
    classes: list[dict[str, Any]]
    areas: list[dict[str, Any]]
    values: list[Optional[str]]
    institutions: list[dict[str, Any]]
    template: str
    generator: str


@dataclass
class Site:
    """The page, the two GeoJSON files as text and the number of institution categories."""

    page: str
    areas: str
    institutions: str
    colours: int


def build_site(inputs: SiteInputs) -> Site:
    """Configuration (classes, categories with colours and counts, basemap), page and data files."""
    colours = category_colours(f["properties"]["kategorie"] for f in inputs.institutions)
    counts = {c: 0 for c in colours}
    for f in inputs.institutions:
        counts[f["properties"]["kategorie"]] += 1
    config = {
        "titel": inputs.title,
        "datum": inputs.date,
        "klassen": class_counts(inputs.classes, inputs.values),
        "kategorien": [{"name": c, "farbe": colours[c], "anzahl": counts[c]} for c in colours],
        "hintergrund": inputs.basemap,
    }
    gebiete, einrichtungen = feature_collection(inputs.areas), feature_collection(inputs.institutions)
    page = render_page(
        inputs.template,
        {
            "TITLE": inputs.title,
            "DATE": inputs.date,
            "CSP": content_security_policy(inputs.basemap),
            "GENERATOR": inputs.generator,
        },
        {"CONFIG": config, "AREAS": gebiete, "INSTITUTIONS": einrichtungen},
    )
    return Site(page, to_json(gebiete), to_json(einrichtungen), len(colours))
