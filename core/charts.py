"""Small SVG charts for the Sozialbericht (no QGIS import, no scripts, no CSS classes).

Every chart is a standalone ``<svg>`` string with explicit size, usable inline in
HTML and as a file in a QGIS print layout (Qt's SVG renderer: presentation
attributes only). Marks carry ``data-*`` attributes and ``<title>`` texts with
their values, so tests can read them back. Values are written next to the marks
and series differ by marker shape and line dash, so charts stay readable in
black-and-white print; colours come from the caller (the styles' palette).
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from .numbers import MISSING, german
from .values import is_missing

SVG_NS = "http://www.w3.org/2000/svg"
FONT = "DejaVu Sans, Arial, sans-serif"
INK = "#222222"
GRID = "#bbbbbb"
NEUTRAL = "#9e9e9e"
CHAR_W = 0.58  # mean character width / font size


@dataclass(frozen=True)
class Bar:
    """One indicator: the share in the quarter and the city value (percent)."""

    label: str
    value: float
    city: float


@dataclass(frozen=True)
class Series:
    """An indicator over the years: the quarter's and the city's share per year."""

    label: str
    years: list[str]
    values: list[float]
    city: list[float]


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _ok(value: Optional[float]) -> bool:
    return not is_missing(value)


#: The default class cuts of the Sozialindex (SPEC: CUT_HOCH, CUT_NIEDRIG, CUT_SEHR_NIEDRIG).
DEFAULT_CUTS = (1.0, -1.0, -1.5)
#: The index range every edition chart shows at least (the cuts with half an SD around them).
INDEX_AXIS = (-2.0, 1.5)


def _num(value: float, decimals: int = 1) -> str:
    return german(value, decimals) if _ok(value) else MISSING


def _attr(value: float) -> str:
    return "" if not _ok(value) else f"{value:.6g}"


def size(svg: str) -> tuple[float, float]:
    """(width, height) in px of a chart made here."""
    match = re.search(r'width="([\d.]+)" height="([\d.]+)"', svg)
    return (float(match.group(1)), float(match.group(2))) if match else (640.0, 200.0)


def text_width(text: str, size: float) -> float:
    """Estimated width of ``text`` in px at font ``size``."""
    return len(text) * size * CHAR_W


def _text(x: float, y: float, text: str, size: float = 11, anchor: str = "start", bold: bool = False) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-family="{FONT}" fill="{INK}" '
        f'text-anchor="{anchor}"{weight}>{_esc(text)}</text>'
    )


def _svg(width: float, height: float, body: list[str], title: str, kind: str) -> str:
    return (
        f'<svg xmlns="{SVG_NS}" version="1.1" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="{_esc(title)}" data-chart="{kind}">'
        f"<title>{_esc(title)}</title>"
        f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>'
        + "".join(body)
        + "</svg>"
    )


def _clip(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[: chars - 1] + "…"


def bar_chart(bars: Sequence[Bar], colour: str, title: str, width: float = 640) -> str:
    """Horizontal bars (share in the quarter, value written) with the city value as a black tick."""
    label_w = min(max((text_width(b.label, 11) for b in bars), default=0) + 8, 260)
    right_w = 110
    plot_w = width - label_w - right_w - 10
    top, row = 34, 24
    top_value = max([v for b in bars for v in (b.value, b.city) if _ok(v)] + [1.0]) * 1.05
    height = top + row * len(bars) + 8
    body = [
        _text(4, 14, title, 12, bold=True),
        f'<rect x="{label_w:.1f}" y="20" width="12" height="8" fill="{colour}" stroke="{INK}"/>',
        _text(label_w + 16, 28, "Quartier", 10),
        f'<line x1="{label_w + 90:.1f}" y1="18" x2="{label_w + 90:.1f}" y2="30" stroke="{INK}" stroke-width="2.5"/>',
        _text(label_w + 96, 28, "Stadt", 10),
    ]
    for n, bar in enumerate(bars):
        y = top + n * row
        body.append(_text(label_w - 6, y + 14, _clip(bar.label, int(label_w / 6.4)), 11, "end"))
        end = label_w
        if _ok(bar.value):
            w = max(bar.value, 0) / top_value * plot_w
            end += w
            body.append(
                f'<rect x="{label_w:.1f}" y="{y + 4}" width="{w:.1f}" height="14" fill="{colour}" stroke="{INK}" '
                f'stroke-width="0.6" data-label="{_esc(bar.label)}" data-value="{_attr(bar.value)}" '
                f'data-city="{_attr(bar.city)}"><title>{_esc(bar.label)}: {_num(bar.value)} %</title></rect>'
            )
        if _ok(bar.city):
            x = label_w + max(bar.city, 0) / top_value * plot_w
            body.append(
                f'<line x1="{x:.1f}" y1="{y + 1}" x2="{x:.1f}" y2="{y + 21}" stroke="{INK}" stroke-width="2.5" '
                f'data-city="{_attr(bar.city)}"/>'
            )
            end = max(end, x)
        body.append(_text(end + 5, y + 15, f"{_num(bar.value)} %", 10.5, bold=True))
        body.append(_text(width - 4, y + 15, f"Stadt {_num(bar.city)} %", 10, "end"))
    return _svg(width, height, body, title, "anteile")


def _scale(values: Sequence[float], low: float, high: float) -> tuple[float, float, Callable[[float], float]]:
    """A linear map of the value range (padded, 0 included when close) onto [high, low] px."""
    ok = [v for v in values if _ok(v)] or [0.0, 1.0]
    vmin, vmax = min(ok), max(ok)
    pad = (vmax - vmin) * 0.15 or abs(vmax) * 0.1 or 1.0
    vmin, vmax = vmin - pad, vmax + pad
    return vmin, vmax, lambda v: high - (v - vmin) / (vmax - vmin) * (high - low)


def _x_positions(years: Sequence[str], left: float, right: float) -> list[float]:
    nums = [int(y) for y in years]
    if len(nums) < 2 or nums[-1] == nums[0]:
        return [(left + right) / 2] * len(nums)
    return [left + (y - nums[0]) / (nums[-1] - nums[0]) * (right - left) for y in nums]


def _panel(series: Series, x0: float, y0: float, w: float, h: float) -> list[str]:
    """One small chart: quarter (solid line, filled circles, values) and city (dashed, squares)."""
    _, _, ymap = _scale([*series.values, *series.city], y0 + 32, y0 + h - 38)
    xs = _x_positions(series.years, x0 + 22, x0 + w - 22)
    body = [
        _text(x0 + 6, y0 + 15, _clip(series.label, int((w - 12) / 7.0)), 10.5, bold=True),
        f'<line x1="{x0 + 8}" y1="{y0 + h - 18}" x2="{x0 + w - 8}" y2="{y0 + h - 18}" stroke="{GRID}"/>',
    ]
    for dash, mark, values in (("5,3", "stadt", series.city), ("", "quartier", series.values)):
        points = [(x, ymap(v)) for x, v in zip(xs, values) if _ok(v)]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            dashes = f' stroke-dasharray="{dash}"' if dash else ""
            body.append(f'<polyline points="{path}" fill="none" stroke="{INK}" stroke-width="1.4"{dashes}/>')
        for year, x, v in zip(series.years, xs, values):
            if not _ok(v):
                continue
            data = f'data-series="{mark}" data-year="{year}" data-value="{_attr(v)}"'
            tip = f"<title>{'Quartier' if mark == 'quartier' else 'Stadt'} {year}: {_num(v)} %</title>"
            if mark == "quartier":
                body.append(
                    f'<circle cx="{x:.1f}" cy="{ymap(v):.1f}" r="3.5" fill="{INK}" {data}>{tip}</circle>'
                )
                body.append(_text(x, ymap(v) - 7, _num(v), 9.5, "middle", bold=True))
            else:
                body.append(
                    f'<rect x="{x - 3:.1f}" y="{ymap(v) - 3:.1f}" width="6" height="6" fill="#ffffff" '
                    f'stroke="{INK}" {data}>{tip}</rect>'
                )
                body.append(_text(x, ymap(v) + 14, _num(v), 9, "middle"))
    body += [_text(x, y0 + h - 5, year, 9.5, "middle") for year, x in zip(series.years, xs)]
    return body


def year_chart(series: Sequence[Series], title: str, width: float = 640, columns: int = 3) -> str:
    """Small multiples: each indicator's share over the years, quarter against city."""
    w, h, top = width / columns, 130, 34
    rows = -(-len(series) // columns)
    body = [
        _text(4, 14, title, 12, bold=True),
        f'<polyline points="4,25 22,25" fill="none" stroke="{INK}" stroke-width="1.4"/>',
        f'<circle cx="13" cy="25" r="3.5" fill="{INK}"/>',
        _text(26, 29, "Quartier (Anteil in %)", 10),
        f'<polyline points="170,25 188,25" fill="none" stroke="{INK}" stroke-dasharray="5,3"/>',
        f'<rect x="176" y="22" width="6" height="6" fill="#ffffff" stroke="{INK}"/>',
        _text(192, 29, "Stadt", 10),
    ]
    for n, item in enumerate(series):
        x0, y0 = (n % columns) * w, top + (n // columns) * h
        body.append(
            f'<rect x="{x0 + 2:.1f}" y="{y0 + 2:.1f}" width="{w - 4:.1f}" height="{h - 4}" fill="none" '
            f'stroke="{GRID}" stroke-width="0.6"/>'
        )
        body += _panel(item, x0, y0, w, h)
    return _svg(width, top + rows * h + 4, body, title, "zeitreihen")


def edition_chart(
    years: Sequence[str],
    index: Sequence[float],
    classes: Sequence[str],
    palette: dict[str, str],
    title: str,
    width: float = 640,
) -> str:
    """The quarter's index per edition: points in the class colour, class and value written.

    The axis always spans the default class cuts (dashed), so that a small change does not look
    like a fall through the classes; ticks every half standard deviation."""
    height, left, right = 170, 50, width - 40
    ok = [v for v in index if _ok(v)]
    low, high = math.floor(min(ok + [INDEX_AXIS[0]]) * 2) / 2, math.ceil(max(ok + [INDEX_AXIS[1]]) * 2) / 2

    def ymap(value: float) -> float:
        return height - 30 - (value - low) / (high - low) * (height - 78)

    xs = _x_positions(years, left + 60, right - 60)  # room for the labels beside the axis
    body = [_text(4, 14, title, 12, bold=True)]
    for k in range(int(round((high - low) * 2)) + 1):
        tick = low + k / 2
        y = ymap(tick)
        dash = ' stroke-dasharray="4,3"' if tick in DEFAULT_CUTS else ""
        colour, weight = (INK, 0.8) if dash else (GRID, 0.5)
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{colour}" '
            f'stroke-width="{weight}"{dash}/>'
        )
        body.append(_text(left - 4, y + 4, _num(tick, 1), 9, "end"))
    points = [(x, ymap(v)) for x, v in zip(xs, index) if _ok(v)]
    if len(points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        body.append(f'<polyline points="{path}" fill="none" stroke="{INK}" stroke-width="1.4"/>')
    for year, x, v, cls in zip(years, xs, index, classes):
        body.append(_text(x, height - 10, year, 10, "middle"))
        if not _ok(v):
            body.append(_text(x, height / 2, "nicht bewertet", 9.5, "middle"))
            continue
        fill = palette.get(cls, NEUTRAL)
        body.append(
            f'<circle cx="{x:.1f}" cy="{ymap(v):.1f}" r="6" fill="{fill}" stroke="{INK}" stroke-width="1.2" '
            f'data-year="{year}" data-value="{_attr(v)}" data-class="{_esc(cls)}">'
            f"<title>{year}: {_num(v, 2)} ({_esc(cls)})</title></circle>"
        )
        body.append(_text(x, ymap(v) - 10, f"{_num(v, 2)} · {cls}", 10, "middle", bold=True))
    return _svg(width, height, body, title, "ausgaben")


def count_chart(
    editions: Sequence[tuple[str, Sequence[tuple[str, int]]]],
    palette: dict[str, str],
    title: str,
    moved: Sequence[Optional[int]] = (),
    width: float = 640,
) -> str:
    """Per edition one stacked bar of units per class (counts written), legend below,
    and how many units changed class since the previous edition."""
    label_w, right_w, row, top = 50, 120, 30, 26
    plot_w = width - label_w - right_w
    total = max([sum(n for _, n in counts) for _, counts in editions] + [1])
    used = {c for _, counts in editions for c, n in counts if n}
    classes = [c for c in dict.fromkeys(c for _, counts in editions for c, _ in counts) if c in used]
    body = [_text(4, 14, title, 12, bold=True)]
    for k, (year, counts) in enumerate(editions):
        y, x = top + k * row, float(label_w)
        body.append(_text(label_w - 6, y + 16, year, 11, "end", bold=True))
        for cls, n in counts:
            if not n:
                continue
            w = n / total * plot_w
            body.append(
                f'<rect x="{x:.1f}" y="{y + 2}" width="{w:.1f}" height="20" fill="{palette.get(cls, NEUTRAL)}" '
                f'stroke="{INK}" stroke-width="0.6" data-year="{year}" data-class="{_esc(cls)}" data-count="{n}">'
                f"<title>{year}, {_esc(cls)}: {n}</title></rect>"
            )
            if w >= 16:
                body.append(_text(x + w / 2, y + 16, str(n), 10, "middle", bold=True))
            x += w
        change = moved[k] if k < len(moved) else None
        if change is not None:
            body.append(_text(width - 4, y + 16, f"{change} mit Wechsel", 10, "end"))
    y = top + len(editions) * row + 6
    x = float(label_w)
    for cls in classes:  # legend in stacking order
        w = 18 + text_width(cls, 10) + 12
        if x + w > width:
            x, y = float(label_w), y + 18
        body.append(
            f'<rect x="{x:.1f}" y="{y}" width="12" height="12" fill="{palette.get(cls, NEUTRAL)}" stroke="{INK}"/>'
        )
        body.append(_text(x + 16, y + 10, cls, 10))
        x += w
    return _svg(width, y + 20, body, title, "klassen")
