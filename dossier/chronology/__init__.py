"""Stage 4, chronology: the events the articles report, dated, merged across articles, exported.

timex.py finds temporal expressions and normalise.py resolves them (tense.py gives the tense of
what governs each date); clauses.py finds the clause each date belongs to; events.py turns dated
clauses into events; merge.py makes one entry per event; overrides.py applies the editors' file;
export.py writes TimelineJS JSON and groups by month; pages.py splits a long chronology into
pages; svg.py draws the timeline.
"""

from dossier.chronology.events import DATED_VERSION, Entry, Event, build_events, event_id, find_dated
from dossier.chronology.export import ActorLabel, AxisItem, Publication, by_month, citations, name_sources, timelinejs
from dossier.chronology.merge import merge
from dossier.chronology.overrides import apply_overrides
from dossier.chronology.pages import (
    ChronologyPage,
    NavMonth,
    NavYear,
    Section,
    folder_of,
    navigator,
    split_pages,
)
from dossier.chronology.svg import overview_svg, timeline_svg
from dossier.chronology.tense import tense
from dossier.chronology.timex import Timex, find_timexes, rules

__all__ = ["DATED_VERSION", "ActorLabel", "AxisItem", "ChronologyPage", "Entry", "Event", "NavMonth", "NavYear",
           "Publication", "Section", "Timex", "apply_overrides", "build_events", "by_month", "citations", "event_id",
           "find_dated", "name_sources",
           "find_timexes", "folder_of", "merge", "navigator", "overview_svg", "rules", "split_pages", "tense",
           "timeline_svg", "timelinejs"]
