"""A timeline drawn at build time as SVG: no script needed to see the chronology's shape."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from dossier.chronology.events import Entry
from dossier.chronology.export import Publication
from dossier.datewords import DAY, MONTH, WEEK, YEAR, month_name_fr

WIDTH_DEFAULT = 760
MARGIN = 30
AXIS_Y = 70


def _month_starts(first: date, last: date) -> list[date]:
    out, d = [], date(first.year, first.month, 1)
    while d <= last:
        out.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def _span(value: date, precision: str) -> tuple[date, date]:
    if precision == DAY:
        return value, value
    if precision == WEEK:
        return value, value + timedelta(days=6)
    if precision == MONTH:
        end = date(value.year + (value.month == 12), value.month % 12 + 1, 1) - timedelta(days=1)
        return value, end
    return date(value.year, 1, 1), date(value.year, 12, 31)


def timeline_svg(entries: Sequence[Entry], publications: Sequence[Publication], width: int = WIDTH_DEFAULT) -> str:
    """SVG of the entries (dots, or bars for weeks and months) and the publications (diamonds)."""
    spans = [_span(e.value, e.precision) for e in entries if e.precision != YEAR]
    days = [d for s in spans for d in s] + [p.date for p in publications]
    if not days:
        return ""
    first, last = min(days) - timedelta(days=3), max(days) + timedelta(days=3)
    total = max((last - first).days, 1)

    def x(d: date) -> float:
        return MARGIN + (width - 2 * MARGIN) * (d - first).days / total

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} 130" role="group" '
             f'aria-labelledby="timeline-title timeline-desc">',
             '<title id="timeline-title">Frise chronologique du dossier</title>',
             f'<desc id="timeline-desc">{len(entries)} événements datés (points, ou barres pour une semaine ou un '
             f'mois) et {len(publications)} publications d’articles (losanges), du {first.day} '
             f'{month_name_fr(first.month)} {first.year} au {last.day} {month_name_fr(last.month)} '
             f'{last.year}.</desc>',
             f'<line class="axis" x1="{MARGIN}" y1="{AXIS_Y}" x2="{width - MARGIN}" y2="{AXIS_Y}" />']
    for m in _month_starts(first, last):
        if m < first:
            continue
        parts.append(f'<line class="tick" x1="{x(m):.1f}" y1="{AXIS_Y - 6}" x2="{x(m):.1f}" y2="{AXIS_Y + 6}" />')
        parts.append(f'<text class="tick-label" x="{x(m) + 3:.1f}" y="{AXIS_Y + 20}">'
                     f'{month_name_fr(m.month)} {m.year}</text>')
    lanes: dict[int, int] = {}
    for e in entries:
        if e.precision == YEAR:
            continue
        a, b = _span(e.value, e.precision)
        lane = lanes.get(int(x(a)) // 8, 0)
        lanes[int(x(a)) // 8] = lane + 1
        y = AXIS_Y - 14 - (lane % 4) * 12
        label = escape(f"{e.label} — {e.text}")
        if e.precision == DAY:
            shape = f'<circle class="event" cx="{x(a):.1f}" cy="{y}" r="5"><title>{label}</title></circle>'
        else:
            shape = (f'<rect class="event period" x="{x(a):.1f}" y="{y - 4}" width="{max(x(b) - x(a), 4):.1f}" '
                     f'height="8" rx="3"><title>{label}</title></rect>')
        parts.append(f'<a href="#{escape(e.id)}">{shape}</a>')
    for p in publications:
        px = x(p.date)
        parts.append(f'<a href="{escape(p.url)}"><path class="publication" d="M{px:.1f} {AXIS_Y + 28} '
                     f'l6 6 l-6 6 l-6 -6 z"><title>Publication : {escape(p.title)}</title></path></a>')
    parts.append("</svg>")
    return "\n".join(parts)
