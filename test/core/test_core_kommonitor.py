"""KomMonitor parsing, renaming and joining (pure Python, no network)."""

from __future__ import annotations

import json

import pytest
from sozialplanung.core import kommonitor as km
from sozialplanung.core.values import MethodError


def feature(ident, name="A", start="2010-01-01", end=None, geometry=None, **dates):
    props = {"ID": ident, "NAME": name, "validStartDate": start, "validEndDate": end, "arisenFrom": None}
    props.update({f"DATE_{k.replace('_', '-')[1:]}": v for k, v in dates.items()})
    return {"type": "Feature", "geometry": geometry, "properties": props}


def test_endpoint_public_mirror_quoting_and_bad_url():
    base = "https://monitor.example.de/management/"
    assert km.endpoint(base, False, "indicators", "a b", "su") == (
        "https://monitor.example.de/management/indicators/a%20b/su"
    )
    assert (
        km.endpoint(base, True, "spatial-units")
        == "https://monitor.example.de/management/public/spatial-units"
    )
    with pytest.raises(MethodError, match="BASE_URL 'monitor.example.de' is no http"):
        km.endpoint("monitor.example.de", False, "indicators")


def test_dates_parsing_selection_and_column_names():
    assert km.parse_dates(" 2021, 2023-12-31 ,") == ["2021", "2023-12-31"]
    with pytest.raises(MethodError, match="'21' is neither a year"):
        km.parse_dates("21")
    have = ["2019-12-31", "2021-06-30", "2021-12-31", "2023-12-31"]
    assert km.select_dates(have, [], "x") == have
    assert km.select_dates(have, ["2023-12-31", "2021"], "x") == have[1:]
    with pytest.raises(
        MethodError, match="Indicator 'SGB II' has no values for 2020; it has: 2019-12-31, 2021"
    ):
        km.select_dates(have, ["2020"], "SGB II")
    assert km.column_names(have, "alo") == {
        "2019-12-31": "alo_2019",
        "2021-06-30": "alo_2021_06_30",
        "2021-12-31": "alo_2021_12_31",
        "2023-12-31": "alo_2023",
    }
    # only the dates kept count: one date left in 2021 gives the year alone
    assert km.column_names(["2021-12-31"], "alo") == {"2021-12-31": "alo_2021"}


def test_prefixes_default_count_and_validity():
    assert km.prefixes_for(["a", "b"], "") == ["ind1", "ind2"]
    assert km.prefixes_for(["a", "b"], "sgb2, ew") == ["sgb2", "ew"]
    for text, message in (
        ("sgb2", "1 prefixes for 2 indicators"),
        ("sgb2,2ew", "'2ew' is no valid field name"),
        ("ew,EW", "'EW' is used twice"),
        ("name,ew", "'name' is used twice or clashes"),
    ):
        with pytest.raises(MethodError, match=message):
            km.prefixes_for(["a", "b"], text)


def test_json_checks_name_url_and_detect_encryption():
    url = "http://x/management/indicators"
    assert km.parse_json(b'[{"indicatorId": "1"}]', url) == [{"indicatorId": "1"}]
    with pytest.raises(
        MethodError, match=r"answer of http://x/management/indicators is no valid JSON .*'<html>"
    ):
        km.parse_json(b"<html><body>Login</body></html>", url)
    with pytest.raises(MethodError, match=r"is encrypted \('encryptedData'\).*encryption.enabled=true"):
        km.parse_json(json.dumps({"encryptedData": "abc=="}).encode(), url)
    with pytest.raises(MethodError, match="no GeoJSON FeatureCollection"):
        km.feature_collection([], url)
    with pytest.raises(MethodError, match="Feature 2 in the answer of .* has no property 'ID'"):
        km.feature_collection(
            {"type": "FeatureCollection", "features": [feature("1"), {"properties": {}}]}, url
        )
    with pytest.raises(MethodError, match="no list of KomMonitor datasets"):
        km.expect_list({"a": 1}, url)
    with pytest.raises(MethodError, match="has no 'indicatorId'"):
        km.expect_object([], url, "indicatorId")


def test_http_error_messages_name_url_and_status():
    url = "https://km/management/indicators/7"
    assert "HTTP 401 (not authenticated)" in str(km.http_error(url, 401))
    assert "AUTH_CONFIG" in str(km.http_error(url, 401)) and url in str(km.http_error(url, 401))
    assert "HTTP 403 (forbidden)" in str(km.http_error(url, 403))
    assert "HTTP 404 (not found): check BASE_URL" in str(km.http_error(url, 404))
    assert "HTTP 502 (server error)" in str(km.http_error(url, 502, "Bad Gateway"))
    assert str(km.http_error(url, None, "Connection refused")) == f"Cannot reach {url}: Connection refused"
    assert str(km.timeout_error(url, 1.5)) == f"No answer from {url} within 1.5 s (TIMEOUT)."


def test_numbers_null_nan_and_text():
    assert [km.to_number(v, "x", 1, "k") for v in (3, 2.5, "1,5", " 7 ", None, "NaN", "", float("nan"))] == [
        3.0,
        2.5,
        1.5,
        7.0,
        None,
        None,
        None,
        None,
    ]
    with pytest.raises(MethodError, match="Indicator 'EW', ID 4, DATE_2021-12-31: 'viele' is not a number"):
        km.to_number("viele", "EW", "4", "DATE_2021-12-31")
    with pytest.raises(MethodError, match="'True' is not a number"):
        km.to_number(True, "EW", "4", "DATE_2021-12-31")


def test_latest_record_per_id_and_validity():
    old = feature("3", "Styrum alt", "2010-01-01", "2019-12-30")
    new = feature("3", "Styrum", "2019-12-31")
    other = feature("1", "Alstaden")
    records, dropped = km.latest_records([old, other, new])
    assert [r["properties"]["NAME"] for r in records] == ["Alstaden", "Styrum"] and dropped == 1
    assert km.valid_on(old, "2019-12-30") and not km.valid_on(old, "2019-12-31")
    assert km.valid_on(new, "2030-01-01") and not km.valid_on(new, "2019-01-01")
    # georesource on a date: the record valid then
    recs, left_out = km.georesource_records([old, other, new], ["2015"])
    assert [r["properties"]["NAME"] for r in recs] == ["Styrum alt", "Alstaden"] and left_out == 1
    with pytest.raises(MethodError, match="at most one date"):
        km.georesource_records([old], ["2015", "2016"])


def test_join_two_indicators_on_id_with_nulls_and_notes():
    ew = km.Indicator(
        "EW",
        [
            feature("1", "A", _2021_12_31=1000, _2023_12_31=1100),
            feature("2", "B", _2021_12_31=900, _2023_12_31=None),
        ],
        "ew",
    )
    sgb2 = km.Indicator(
        "SGB II",
        [
            feature("2", "B", _2021_12_31=90, _2023_12_31="80"),
            feature("3", "C", _2021_12_31=5, _2023_12_31=6),
        ],
        "sgb2",
    )
    table = km.join_indicators([ew, sgb2], [])
    assert table.ids == ["1", "2", "3"] and table.names == ["A", "B", "C"]
    assert table.columns == ["ew_2021", "ew_2023", "sgb2_2021", "sgb2_2023"]
    assert table.values == [
        [1000.0, 1100.0, None, None],
        [900.0, None, 90.0, 80.0],
        [None, None, 5.0, 6.0],
    ]
    notes = [template.format(*args) for template, args in table.notes]
    assert notes == ["Indicator 'SGB II' has no values for 1 units (NULL)."]
    only = km.join_indicators([ew, sgb2], ["2023"])
    assert only.columns == ["ew_2023", "sgb2_2023"]
    with pytest.raises(MethodError, match="Column 'ew_2021' would be created twice"):
        km.join_indicators([ew, km.Indicator("x", ew.features, "ew")], [])


def test_applicable_spatial_unit_by_id_or_name():
    meta = {
        "indicatorId": "i1",
        "indicatorName": "SGB II",
        "applicableSpatialUnits": [{"spatialUnitId": "su1", "spatialUnitName": "Stadtteile"}],
    }
    assert km.applicable_unit(meta, "su1") == "su1"
    assert km.applicable_unit(meta, "Stadtteile") == "su1"
    with pytest.raises(
        MethodError, match="'SGB II' is not available for spatial unit 'Blöcke'; it is for: Stadtteile"
    ):
        km.applicable_unit(meta, "Blöcke")
    assert km.field_safe("SGB II-Quote ü65") == "sgb_ii_quote_ue65"
    assert km.field_safe("65+") == "i_65"


def test_geometry_wkt_family_and_crs():
    ring = [[6.8, 51.4], [6.9, 51.4], [6.9, 51.5], [6.8, 51.4]]
    assert km.geometry_wkt({"type": "Point", "coordinates": [6.85, 51.47]}) == "POINT(6.85 51.47)"
    assert km.geometry_wkt({"type": "Polygon", "coordinates": [ring]}) == (
        "POLYGON((6.8 51.4,6.9 51.4,6.9 51.5,6.8 51.4))"
    )
    assert km.geometry_wkt({"type": "MultiPolygon", "coordinates": [[ring]]}).startswith(
        "MULTIPOLYGON(((6.8 51.4"
    )
    assert km.geometry_wkt(None) is None
    with pytest.raises(MethodError, match="Invalid GeoJSON geometry of type 'Polygon'"):
        km.geometry_wkt({"type": "Polygon"})
    polys = [{"type": "Polygon", "coordinates": [ring]}, {"type": "MultiPolygon", "coordinates": [[ring]]}]
    assert km.geometry_family(polys) == ("polygon", True)
    assert km.geometry_family([None]) == (None, False)
    with pytest.raises(MethodError, match="mix geometry types"):
        km.geometry_family([polys[0], {"type": "Point", "coordinates": [1, 2]}])
    assert km.geojson_crs({"type": "FeatureCollection"}) == "EPSG:4326"
    legacy = {"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}}}
    assert km.geojson_crs(legacy) == "EPSG:25832"


def test_georesource_property_kinds():
    assert km.property_kind([1, 2, None]) == "int"
    assert km.property_kind([1, 2.5]) == "double"
    assert km.property_kind([True, False]) == "int"
    assert km.property_kind([1, "x"]) == "string"
    assert km.property_kind([2**40]) == "long"
    assert km.property_value({"a": 1}, "string") == '{"a": 1}'
    assert km.property_value(True, "int") == 1


def test_repeated_ids_get_a_fitting_note():
    feature = {"properties": {"ID": "7", "NAME": "A", "validStartDate": "2020-01-01", "validEndDate": None}}
    notes = km.duplicate_note("EW", [feature, feature])
    assert len(notes) == 1 and "repeat the ID and period of validity" in notes[0][0]
    assert notes[0][1] == ("EW", 1, "7")
    assert km.duplicate_note("EW", [feature]) == []
