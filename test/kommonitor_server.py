"""A small KomMonitor data-management server for the tests (loopback only).

Responses are shaped as the OpenAPI spec ``kommonitor_dataAccessAPI.yaml``
(KomMonitor/data-management 5.x) describes them: SpatialUnitOverviewType,
IndicatorOverviewType, GeoresourceOverviewType (all required members present) and
GeoJSON FeatureCollections with ID, NAME, validStartDate, validEndDate, arisenFrom
and DATE_YYYY-MM-DD. Every GET path exists under ``/management/...`` (protected:
needs ``Authorization: Bearer <TOKEN>``) and ``/management/public/...`` (public
datasets only). Special ids answer with errors: ``forbidden`` 403, ``broken`` 500,
``malformed`` (broken JSON), ``encrypted`` ({"encryptedData": ...}), ``slow`` (after
SLOW_SECONDS). A Keycloak-like token endpoint answers the OAuth2 password grant.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional
from urllib.parse import parse_qs, unquote, urlsplit

TOKEN = "test-token-7f3a"
PREFIX = "/management"
SLOW_SECONDS = 3.0
USER, PASSWORD, CLIENT = "planerin", "geheim", "kommonitor-web-client"

SU_STADTTEILE = "6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f"
SU_BEZIRKE = "a7e2c9d1-5b3f-4c8a-8d6e-1f2a3b4c5d6e"
IND_EW = "3b9c1e7a-2d4f-4a6b-8c0d-9e1f2a3b4c5d"
IND_SGB2 = "d4e5f6a7-b8c9-4d0e-a1f2-b3c4d5e6f7a8"
IND_ALO = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"  # protected only; two dates in 2021
GEO_KITAS = "f0e1d2c3-b4a5-4968-8776-655443322110"
DATES = ["2019-12-31", "2021-12-31", "2023-12-31"]


def square(i: int) -> list:
    """Ring of the i-th Stadtteil: a 0.03 x 0.02 degree cell of a 3 x 2 grid near Oberhausen."""
    x, y = 6.80 + 0.03 * (i % 3), 51.46 + 0.02 * (i // 3)
    return [[x, y], [x + 0.03, y], [x + 0.03, y + 0.02], [x, y + 0.02], [x, y]]


NAMES = ["Alstaden", "Lirich", "Styrum", "Sterkrade-Mitte", "Osterfeld", "Schmachtendorf"]
EW = {d: [1000.0] * 6 for d in DATES}
SGB2 = {
    "2019-12-31": [40.0, 90.0, 140.0, 190.0, 240.0, None],
    "2021-12-31": [50.0, 100.0, 150.0, 200.0, 250.0, 240.0],
    "2023-12-31": [50.0, 100.0, 150.0, 200.0, 250.0, 300.0],
}
ALO = {
    "2021-06-30": [5.0, 6, 7, 8, 9, 10],
    "2021-12-31": [4.0, 5, 6, 7, 8, 9],
    "2023-12-31": [3.0, 4, 5, 6, 7, 8],
}


def metadata(description: str) -> dict:
    """CommonMetadataType with all required members."""
    return {
        "contact": "Stadt Oberhausen, Bereich Statistik",
        "datasource": "Einwohnermelderegister, Bundesagentur für Arbeit",
        "databasis": "Testdaten",
        "description": description,
        "lastUpdate": "2024-03-01",
        "literature": "",
        "note": "",
        "sridEPSG": 4326,
        "updateInterval": "YEARLY",
    }


def spatial_units() -> list[dict]:
    """Two SpatialUnitOverviewType records."""
    base = {
        "allowedRoles": [],
        "userPermissions": ["viewer"],
        "wfsUrl": "",
        "wmsUrl": "",
        "isOutlineLayer": False,
        "outlineColor": "#000000",
        "outlineWidth": 1,
        "outlineDashArrayString": "",
    }
    return [
        {
            **base,
            "spatialUnitId": SU_BEZIRKE,
            "spatialUnitLevel": "Stadtbezirke",
            "metadata": metadata("Stadtbezirke"),
            "nextLowerHierarchyLevel": "Stadtteile",
            "nextUpperHierarchyLevel": "",
            "availablePeriodsOfValidity": [{"startDate": "2010-01-01"}],
        },
        {
            **base,
            "spatialUnitId": SU_STADTTEILE,
            "spatialUnitLevel": "Stadtteile",
            "metadata": metadata("Stadtteile"),
            "nextLowerHierarchyLevel": "",
            "nextUpperHierarchyLevel": "Stadtbezirke",
            "availablePeriodsOfValidity": [
                {"startDate": "2010-01-01", "endDate": "2019-12-30"},
                {"startDate": "2019-12-31"},
            ],
        },
    ]


def indicator_meta(indicator_id: str, name: str, abbreviation: str, dates: list[str], unit: str) -> dict:
    """IndicatorOverviewType with all required members."""
    return {
        "indicatorId": indicator_id,
        "indicatorName": name,
        "abbreviation": abbreviation,
        "applicableDates": dates,
        "applicableSpatialUnits": [
            {"spatialUnitId": SU_STADTTEILE, "spatialUnitName": "Stadtteile", "allowedRoles": []},
        ],
        "characteristicValue": "",
        "creationType": "INSERTION",
        "indicatorType": "STATUS_ABSOLUTE",
        "interpretation": "",
        "isHeadlineIndicator": False,
        "metadata": metadata(name),
        "ogcServices": [],
        "processDescription": "",
        "regionalReferenceValues": [],
        "tags": ["Sozialmonitoring"],
        "topicReference": "soziales",
        "unit": unit,
        "userPermissions": ["viewer"],
    }


INDICATORS = {
    IND_EW: (indicator_meta(IND_EW, "Einwohner insgesamt", "EW", DATES, "Anzahl"), EW, True),
    IND_SGB2: (indicator_meta(IND_SGB2, "SGB II-Leistungsbeziehende", "SGB II", DATES, "Anzahl"), SGB2, True),
    IND_ALO: (indicator_meta(IND_ALO, "Arbeitslose unter 25", "Alo u25", sorted(ALO), "Anzahl"), ALO, False),
}


def stadtteil_features(values: Optional[dict] = None) -> list[dict]:
    """Stadtteile as GeoJSON features; Styrum (ID 3) once more with its old boundary."""
    features = []
    for i, name in enumerate(NAMES):
        ring = square(i)
        geometry = (
            {"type": "MultiPolygon", "coordinates": [[ring]]}
            if i % 2
            else {"type": "Polygon", "coordinates": [ring]}
        )
        props: dict[str, Any] = {
            "ID": str(i + 1),
            "NAME": name,
            "validStartDate": "2019-12-31" if i == 2 else "2010-01-01",
            "validEndDate": None,
            "arisenFrom": None,
        }
        for date, column in (values or {}).items():
            props[f"DATE_{date}"] = column[i]
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    old = json.loads(json.dumps(features[2]))
    old["geometry"]["coordinates"][0][1][0] += 0.01  # old, larger Styrum
    old["properties"].update(validStartDate="2010-01-01", validEndDate="2019-12-30")
    features.insert(0, old)
    return features


def kitas() -> list[dict]:
    """Georesource features: three Kitas (one closed in 2020, one moved)."""
    rows = [
        ("1", "Kita Sonnenschein", 6.81, 51.465, "AWO", 60, True, "2012-08-01", None),
        ("2", "Kita Regenbogen", 6.84, 51.47, "Stadt Oberhausen", 45, False, "2015-01-01", None),
        ("3", "Kita Pusteblume", 6.87, 51.485, "Caritas", 30, False, "2010-01-01", "2020-07-31"),
        (
            "2",
            "Kita Regenbogen (alt)",
            6.845,
            51.471,
            "Stadt Oberhausen",
            40,
            False,
            "2005-01-01",
            "2014-12-31",
        ),
    ]
    return [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [x, y]},
            "properties": {
                "ID": ident,
                "NAME": name,
                "validStartDate": start,
                "validEndDate": end,
                "arisenFrom": None,
                "Traeger": traeger,
                "Plaetze": plaetze,
                "Familienzentrum": fz,
            },
        }
        for ident, name, x, y, traeger, plaetze, fz, start, end in rows
    ]


GEORESOURCES = [
    {
        "georesourceId": GEO_KITAS,
        "datasetName": "Kindertageseinrichtungen",
        "availablePeriodsOfValidity": [{"startDate": "2005-01-01"}],
        "isPOI": True,
        "isLOI": False,
        "isAOI": False,
        "metadata": metadata("Kitas"),
        "topicReference": "bildung",
        "allowedRoles": [],
        "userPermissions": ["viewer"],
        "poiMarkerColor": "orange",
        "poiSymbolColor": "white",
        "poiSymbolBootstrap3Name": "home",
    }
]


def feature_collection(features: list[dict]) -> dict:
    """GeoJSON as KomMonitor writes it."""
    return {"type": "FeatureCollection", "features": features}


class Handler(BaseHTTPRequestHandler):
    """Routes of the data-management API and the token endpoint."""

    server: KomMonitorServer

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def send(self, status: int, body: Any, raw: bool = False) -> None:
        data = body if raw else json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        self.server.log.append(("POST", self.path, form.get("grant_type")))
        if not self.path.endswith("/protocol/openid-connect/token"):
            self.send(404, {"error": "not found"})
        elif (form.get("username"), form.get("password"), form.get("client_id")) == (USER, PASSWORD, CLIENT):
            self.send(200, {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 300})
        else:
            self.send(401, {"error": "invalid_grant"})

    def do_GET(self) -> None:  # noqa: N802
        path = unquote(urlsplit(self.path).path)
        auth = self.headers.get("Authorization")
        self.server.log.append(("GET", path, auth))
        if not path.startswith(PREFIX + "/"):
            return self.send(404, {"error": "Not Found", "path": path})
        parts = path[len(PREFIX) + 1 :].strip("/").split("/")
        public = parts[0] == "public"
        if public:
            parts = parts[1:]
        elif auth != f"Bearer {TOKEN}":
            return self.send(401, {"error": "Unauthorized", "message": "Full authentication is required"})
        if "slow" in parts:
            time.sleep(SLOW_SECONDS)
        special = {
            "forbidden": (403, {"error": "Forbidden"}),
            "broken": (500, {"error": "Internal Server Error", "message": "NullPointerException"}),
            "encrypted": (200, {"encryptedData": "q83vEjRWeJC6mNz+ZAaOkw==U2FsdGVkX1+8Zx0..."}),
        }
        for key, (status, body) in special.items():
            if key in parts:
                return self.send(status, body)
        if "malformed" in parts:
            return self.send(200, b'{"type": "FeatureCollection", "features": [{"type": "Feat', raw=True)
        body = self.route(parts, public)
        if body is None:
            return self.send(404, {"error": "Not Found", "path": path})
        return self.send(200, body)

    def route(self, parts: list[str], public: bool) -> Any:
        """The body for a path, or None (404)."""
        visible = {k: v for k, v in INDICATORS.items() if v[2] or not public}
        key = tuple(parts)
        if key == ("spatial-units",):
            return spatial_units()
        if key == ("spatial-units", SU_STADTTEILE, "allFeatures"):
            return feature_collection(stadtteil_features())
        if key == ("indicators",):
            return [meta for meta, _, _ in visible.values()]
        if len(key) == 2 and key[0] == "indicators" and key[1] in visible:
            return visible[key[1]][0]
        if len(key) == 3 and key[0] == "indicators" and key[1] in visible and key[2] == SU_STADTTEILE:
            return feature_collection(stadtteil_features(visible[key[1]][1]))
        if key == ("georesources",):
            return GEORESOURCES
        if key == ("georesources", GEO_KITAS, "allFeatures"):
            return feature_collection(kitas())
        return None


class KomMonitorServer(ThreadingHTTPServer):
    """The test server on 127.0.0.1 with a request log."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.log: list[tuple] = []
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        """http://127.0.0.1:<port>"""
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def base_url(self) -> str:
        """The data-management base URL with the deployment prefix."""
        return self.root + PREFIX

    def __enter__(self) -> KomMonitorServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()
