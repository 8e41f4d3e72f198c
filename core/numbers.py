"""Numbers written the German way: 1.234,5 (no locale settings, no QGIS import)."""

from __future__ import annotations

from typing import Optional

from .values import is_missing

#: Shown where a value is missing (NULL, NaN).
MISSING = "–"


def german(value: Optional[float], decimals: int = 1, sign: bool = False) -> str:
    """``1234.5`` -> ``1.234,5``; ``sign`` adds ``+`` to positive values (changes).

    Rounding is half away from zero as Python's format does for the binary value;
    a value that rounds to zero is written without a sign. Missing values give "–".
    """
    if is_missing(value):
        return MISSING
    number = float(value)
    text = f"{abs(number):,.{decimals}f}"
    text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    if float(f"{abs(number):.{decimals}f}") == 0:
        return text
    if number < 0:
        return "-" + text
    return ("+" + text) if sign else text


def german_int(value: Optional[float]) -> str:
    """A whole number with thousands separator: ``12345`` -> ``12.345``."""
    return german(value, 0)


def german_percent(share: Optional[float], decimals: int = 0) -> str:
    """A share 0..1 as percent: ``0.925`` -> ``93 %`` (with a no-break space)."""
    if is_missing(share):
        return MISSING
    return f"{german(100.0 * share, decimals)}\u00a0%"
