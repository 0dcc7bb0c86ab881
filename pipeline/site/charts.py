"""Charts as inline SVG drawn in Python: no JavaScript, no library, readable in any browser and printable.

Each mark (bar or point) is a link to the highlighted fact it draws, with the fact as its tooltip.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

# Okabe–Ito, safe for colour-blind readers; cycled when there are more series.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D1F", "#444444")
WIDTH = 760
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"'


@dataclass(frozen=True)
class Point:
    x: float        # position on the x axis (category index, or days for a time axis)
    label: str      # category or period as printed
    value: float
    href: str       # link to the highlighted fact
    title: str      # tooltip


@dataclass(frozen=True)
class Series:
    name: str
    points: tuple[Point, ...]
    joined: bool = True     # False: draw points only (several values for one x would make a line zigzag)


def fmt(v: float) -> str:
    """A number as a reader writes it: thousands separators, no float noise."""
    v = round(v, 6)
    return format(int(v), ",") if v == int(v) else format(v, ",.6g")


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values covering [lo, hi], always including 0 when lo >= 0."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(s * mag for s in (1, 2, 2.5, 5, 10) if s * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    t = start
    while t < hi + step * 0.999:
        ticks.append(round(t, 10))
        t += step
    return ticks


def _truncate(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _legend(series: list[Series], y: float) -> list[str]:
    out, x = [], 0.0
    for i, s in enumerate(series):
        name = _truncate(s.name, 40)
        width = 22 + 7 * len(name)
        if x + width > WIDTH and x > 0:
            x, y = 0.0, y + 18
        out.append(f'<g class="legend-item"><rect x="{x:.1f}" y="{y - 10:.1f}" width="12" height="12" '
                   f'fill="{PALETTE[i % len(PALETTE)]}"/><text x="{x + 17:.1f}" y="{y:.1f}">{escape(name)}'
                   f"<title>{escape(s.name)}</title></text></g>")
        x += width + 14
    return out


def _svg(height: float, body: list[str], label: str) -> str:
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {height:.0f}" width="{WIDTH}" height="{height:.0f}" '
            f'role="img" aria-label="{escape(label)}" {FONT} font-size="12">' + "".join(body) + "</svg>")


def bar_chart(categories: list[str], series: list[Series], unit_label: str, label: str) -> str:
    """Horizontal grouped bars: one group per category (long labels fit on the left), one bar per series."""
    values = [p.value for s in series for p in s.points]
    ticks = nice_ticks(min(0.0, *values), max(0.0, *values))
    lo, hi = ticks[0], ticks[-1]
    left, right, top = 230, 70, 24
    bar_h, gap = 14, 10
    group_h = bar_h * len(series) + gap
    plot_w = WIDTH - left - right
    legend_rows = 1 if len(series) > 1 else 0
    top += 22 * legend_rows
    height = top + group_h * len(categories) + 34

    def sx(v: float) -> float:
        return left + (v - lo) / (hi - lo) * plot_w

    body = [f'<text x="0" y="14" font-weight="600">{escape(unit_label)}</text>']
    if len(series) > 1:
        body += _legend(series, 36)
    axis_y = top + group_h * len(categories)
    for t in ticks:
        body.append(f'<line class="grid" x1="{sx(t):.1f}" y1="{top - 4}" x2="{sx(t):.1f}" y2="{axis_y:.1f}" '
                    f'stroke="#e5e7eb"/><text x="{sx(t):.1f}" y="{axis_y + 16:.1f}" text-anchor="middle" '
                    f'fill="#555">{fmt(t)}</text>')
    for ci, cat in enumerate(categories):
        gy = top + ci * group_h
        body.append(f'<text x="{left - 8}" y="{gy + bar_h * len(series) / 2 + 4:.1f}" text-anchor="end">'
                    f"{escape(_truncate(cat, 34))}<title>{escape(cat)}</title></text>")
        for si, s in enumerate(series):
            p = next((p for p in s.points if p.label == cat), None)
            if p is None:
                continue
            x0, x1 = sorted((sx(0.0), sx(p.value)))
            y = gy + si * bar_h
            colour = PALETTE[si % len(PALETTE)]
            body.append(f'<a href="{escape(p.href)}"><rect class="bar" x="{x0:.1f}" y="{y:.1f}" '
                        f'width="{max(x1 - x0, 1):.1f}" height="{bar_h - 2}" fill="{colour}">'
                        f"<title>{escape(p.title)}</title></rect></a>"
                        f'<text x="{x1 + 4:.1f}" y="{y + bar_h - 4:.1f}" fill="#333" font-size="11">{fmt(p.value)}</text>')
    body.append(f'<line x1="{sx(0.0):.1f}" y1="{top - 4}" x2="{sx(0.0):.1f}" y2="{axis_y:.1f}" stroke="#333"/>')
    return _svg(height, body, label)


def line_chart(series: list[Series], x_ticks: list[tuple[float, str]], unit_label: str, label: str) -> str:
    """Lines over an ordered x axis (periods of a table, or dates); every point drawn and labelled by tooltip."""
    values = [p.value for s in series for p in s.points]
    xs = [p.x for s in series for p in s.points] + [x for x, _ in x_ticks]
    ticks = nice_ticks(min(0.0, *values), max(values))
    lo, hi = ticks[0], ticks[-1]
    x_lo, x_hi = min(xs), max(xs)
    if x_hi == x_lo:
        x_lo, x_hi = x_lo - 1, x_hi + 1
    left, right, top = 64, 24, 24
    legend_rows = 0 if len(series) == 1 else 1 + sum(len(_truncate(s.name, 40)) * 7 + 36 for s in series) // WIDTH
    top += 20 * legend_rows
    plot_h = 240
    height = top + plot_h + 44

    def sx(x: float) -> float:
        return left + 10 + (x - x_lo) / (x_hi - x_lo) * (WIDTH - left - right - 20)

    def sy(v: float) -> float:
        return top + plot_h - (v - lo) / (hi - lo) * plot_h

    body = [f'<text x="0" y="14" font-weight="600">{escape(unit_label)}</text>']
    if len(series) > 1:
        body += _legend(series, 36)
    for t in ticks:
        body.append(f'<line class="grid" x1="{left}" y1="{sy(t):.1f}" x2="{WIDTH - right}" y2="{sy(t):.1f}" '
                    f'stroke="#e5e7eb"/><text x="{left - 6}" y="{sy(t) + 4:.1f}" text-anchor="end" fill="#555">'
                    f"{fmt(t)}</text>")
    base = top + plot_h
    body.append(f'<line x1="{left}" y1="{base}" x2="{WIDTH - right}" y2="{base}" stroke="#333"/>')
    step = max(1, math.ceil(len(x_ticks) * 60 / (WIDTH - left - right)))
    for i, (x, text) in enumerate(x_ticks):
        if i % step == 0:
            body.append(f'<text x="{sx(x):.1f}" y="{base + 18}" text-anchor="middle" fill="#555">{escape(text)}</text>')
    for si, s in enumerate(series):
        colour = PALETTE[si % len(PALETTE)]
        pts = sorted(s.points, key=lambda p: p.x)
        path = sorted({(p.x, p.value) for p in pts})   # two statements of the same value are one vertex
        if s.joined and len(path) > 1:
            d = " ".join(f"{'M' if i == 0 else 'L'}{sx(x):.1f},{sy(v):.1f}" for i, (x, v) in enumerate(path))
            body.append(f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for p in pts:
            body.append(f'<a href="{escape(p.href)}"><circle class="point" cx="{sx(p.x):.1f}" cy="{sy(p.value):.1f}" '
                        f'r="4" fill="{colour}" stroke="#fff"><title>{escape(p.title)}</title></circle></a>')
    return _svg(height, body, label)
