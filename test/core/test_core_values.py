"""core/values.py: MethodError, missing values, text to number."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from sozialplanung.core import values
from sozialplanung.core.numbers import german, german_percent


def test_method_error_keeps_template_and_arguments():
    err = values.MethodError("Field '{0}': {1} is negative.", "ew", -3)
    assert str(err) == "Field 'ew': -3 is negative."
    assert err.template == "Field '{0}': {1} is negative." and err.args_ == ("ew", -3)
    assert isinstance(err, ValueError)


@pytest.mark.parametrize(
    ("value", "missing"),
    [
        (None, True),
        (float("nan"), True),
        (np.nan, True),
        (np.float32("nan"), True),
        (pd.NA, True),
        (0, False),
        (0.0, False),
        (False, False),
        ("", False),
        ("nan", False),  # text is parsed, not tested here
        (np.int64(3), False),
        (math.inf, False),
    ],
)
def test_is_missing(value, missing):
    assert values.is_missing(value) is missing


def test_missing_values_are_written_as_a_dash():
    assert german(None) == german(float("nan")) == german(pd.NA) == german_percent(np.float32("nan")) == "–"
    assert german(1234.5) == "1.234,5" and german_percent(0.5) == "50\u00a0%"


@pytest.mark.parametrize(
    ("column", "fmt", "expected"),
    [
        (["1.234,5", "7"], values.AUTO, ([1234.5, 7.0], values.GERMAN)),
        (["3.5", "10.183"], values.AUTO, ([3.5, 10.183], values.PLAIN)),
        (["10.183", "1.137"], values.GERMAN, ([10183.0, 1137.0], values.GERMAN)),
        (["10.183", None, ""], values.PLAIN, ([10.183, float("nan"), float("nan")], values.PLAIN)),
        ([1, 2.5, None, pd.NA], values.AUTO, ([1.0, 2.5, float("nan"), float("nan")], values.PLAIN)),
    ],
)
def test_parse_column(column, fmt, expected):
    out, used = values.parse_column(column, fmt)
    assert used == expected[1]
    assert out == pytest.approx(expected[0], nan_ok=True)


def test_parse_column_errors():
    with pytest.raises(values.AmbiguousColumnError) as info:
        values.parse_column(["10.183", "1.137.000", "12"])
    assert info.value.examples == ["10.183", "1.137.000"]
    with pytest.raises(values.NotANumberError) as bad:
        values.parse_column(["1,5", "1.5"])  # a German column: '1.5' is no German number
    assert bad.value.position == 1


def test_scalar():
    assert values.scalar("1,5") == 1.5 and values.scalar(" 2 ") == 2.0 and values.scalar("null") is None
    assert values.scalar("1.234,5") == 1234.5 and values.scalar(3) == 3.0
    for bad in (True, "1,5,6", "zwei"):
        with pytest.raises(ValueError):
            values.scalar(bad)
