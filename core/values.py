"""Errors and values of the core: MethodError, missing values, text to number (no QGIS import).

``MethodError`` is the error of the core for input the methods cannot work with;
``is_missing`` is the one NULL test (None, NaN, pandas' NA).

Text to number, one rule per column: German ``1.234,5`` or plain ``1234.5``. A
text column is read by one rule for all its values (``column_format``): a comma
anywhere makes it German (dots are thousands separators); a column whose dotted
values all look like thousands ("10.183", "1.137.000") and that has no comma is
ambiguous and must be decided by the user; anything else is plain.
"""

from __future__ import annotations

import math
import re
import sys
from numbers import Integral, Real
from typing import Any, Iterable, Optional, Sequence

AUTO, GERMAN, PLAIN = "auto", "german", "plain"
#: The choices of the NUMBER_FORMAT parameter, in its order.
FORMATS = (AUTO, GERMAN, PLAIN)
AMBIGUOUS = "ambiguous"
#: Text read as a missing value.
NULL_TEXT = frozenset(("", "null", "none", "nan", "na", "n/a"))

_THOUSANDS = re.compile(r"[+-]?\d{1,3}(\.\d{3})+")
_GERMAN = re.compile(r"[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?|[+-]?,\d+")


class MethodError(ValueError):
    """Input the method cannot work with; the message names the field or unit.

    ``template`` is an English text with ``{0}`` placeholders, marked for
    translation in the context ``MethodError``; algorithms translate it.
    """

    def __init__(self, template: str, *args: object) -> None:
        super().__init__(template.format(*args))
        self.template = template
        self.args_ = args


def is_missing(value: Any) -> bool:
    """True for None, NaN (Python or numpy float) and pandas' NA; False for everything else."""
    if value is None:
        return True
    if isinstance(value, Real) and not isinstance(value, Integral):  # float and numpy floats
        return math.isnan(value)
    pandas = sys.modules.get("pandas")  # no pandas import here: pd.NA exists only once it is loaded
    return pandas is not None and value is pandas.NA


class AmbiguousColumnError(ValueError):
    """The column's dotted values read as thousands or decimals alike; ``examples`` shows two."""

    def __init__(self, examples: Sequence[str]) -> None:
        super().__init__(", ".join(examples))
        self.examples = list(examples)


class NotANumberError(ValueError):
    """Value ``position`` of the column is no number in the column's format."""

    def __init__(self, position: int, value: Any) -> None:
        super().__init__(f"{value!r} is not a number")
        self.position = position
        self.value = value


def column_format(texts: Iterable[str]) -> str:
    """GERMAN when a value has a comma, AMBIGUOUS when all dotted values look like thousands, else PLAIN."""
    dotted = []
    for text in texts:
        if "," in text:
            return GERMAN
        if "." in text:
            dotted.append(text)
    if dotted and all(_THOUSANDS.fullmatch(t) for t in dotted):
        return AMBIGUOUS
    return PLAIN


def to_float(text: str, fmt: str) -> float:
    """One stripped text in the format GERMAN or PLAIN (NaN for NULL text); ValueError otherwise."""
    if text.lower() in NULL_TEXT:
        return math.nan
    if fmt == GERMAN:
        if not _GERMAN.fullmatch(text):
            raise ValueError(text)
        return float(text.replace(".", "").replace(",", "."))
    if "," in text or "_" in text:
        raise ValueError(text)
    return float(text)


def scalar(value: Any) -> Optional[float]:
    """A single value (weights, API values): numbers as they are, text with a comma German, else plain.

    None for NULL text; ValueError for text that is no number.
    """
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    number = to_float(text, GERMAN if "," in text else PLAIN)
    return None if is_missing(number) else number


def parse_column(values: Sequence[Any], fmt: str = AUTO) -> tuple[list[float], str]:
    """Floats of a column (None/NULL text -> NaN) and the format used (GERMAN or PLAIN).

    Numbers pass unchanged; text is read by one rule for the whole column:
    ``fmt`` when GERMAN or PLAIN, else ``column_format`` of its text values.
    Raises AmbiguousColumnError (AUTO on an ambiguous column) or NotANumberError.
    """
    texts = [str(v).strip() for v in values if isinstance(v, str)]
    if fmt == AUTO:
        fmt = column_format(t for t in texts if t.lower() not in NULL_TEXT)
        if fmt == AMBIGUOUS:
            dotted = [t for t in texts if "." in t]
            raise AmbiguousColumnError(list(dict.fromkeys(dotted))[:2])
    out = []
    for position, value in enumerate(values):
        try:
            if is_missing(value):
                out.append(math.nan)
            elif isinstance(value, bool):
                raise ValueError(value)
            elif isinstance(value, (int, float)):
                out.append(float(value))
            else:
                out.append(to_float(str(value).strip(), fmt))
        except (TypeError, ValueError):
            raise NotANumberError(position, value) from None
    return out, fmt


def plain_text_columns(frame):
    """Text columns as object columns with None for missing values.

    pandas 3 infers its own string dtype for lists of str and None, with NaN for None;
    pandas 2 keeps object columns with None. Core results keep the pandas 2 form on both.
    """
    import pandas as pd

    for name in frame.columns:
        column = frame[name]
        if column.dtype != object and pd.api.types.is_string_dtype(column.dtype):
            frame[name] = column.astype(object).where(column.notna(), None)
    return frame
