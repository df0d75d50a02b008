"""Property: whatever bytes, sidecars and file names land in raw/, the converter never raises, and every
input is either published or named in a message."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.convert import convert_dir
from dossier.convert.mdfiles import read_md

# File names a user may give: any letters, digits, spaces, punctuation (no path separator, no NUL).
NAME = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/\\\x00"),
               min_size=1, max_size=30).filter(lambda s: s not in (".", "..") and not s.startswith("."))
YAML_VALUES = st.one_of(st.text(max_size=40), st.integers(), st.lists(st.text(max_size=10), max_size=3),
                        st.sampled_from(["2015-13-45", "2015-02-30", "25:00", "yes", "~", "[", "{a: 1}", "../x",
                                         "javascript:alert(1)", "2015-11-18T08:15+01:00"]))
SIDECAR = st.one_of(
    st.binary(max_size=200),
    st.dictionaries(st.sampled_from(["title", "date", "modified", "slug", "authors", "url", "lang", "status",
                                     "source", "summary", "caption", "foo"]), YAML_VALUES, max_size=5)
    .map(lambda d: "".join(f"{k}: {v}\n" for k, v in d.items()).encode("utf-8", "surrogatepass")),
)
RAW = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda t: ("Un titre\nPublié le 3 mars 2016\n\n" + t + " Une phrase de prose assez "
                                         "longue pour être un paragraphe, qui se termine bien.\n").encode("utf-8",
                                                                                                          "surrogatepass")),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.dictionaries(NAME, st.tuples(RAW, st.one_of(st.none(), SIDECAR)), min_size=1, max_size=4))
def test_the_converter_never_raises_and_names_what_it_does_not_publish(files):
    tmp = Path(tempfile.mkdtemp())
    try:
        raw, out = tmp / "raw", tmp / "content" / "articles"
        raw.mkdir()
        written = []
        for name, (data, side) in files.items():
            path = raw / f"{name}.txt"
            try:
                path.write_bytes(data)
                if side is not None:
                    path.with_suffix(".yaml").write_bytes(side)
            except OSError:
                continue  # a name the file system refuses is not an input
            written.append(path)
        report = convert_dir(raw, out)
        report2 = convert_dir(raw, out)  # and again, on what the first run wrote
        sources = {Path(read_md(md, tmp / "content").source or "").name for md in out.glob("*.md")}
        messages = "\n".join(report.warnings + report.notes + report2.warnings + report2.notes)
        duplicates = {Path(d).name for d, _first in report.duplicates}
        for path in written:
            assert path.name in sources or path.name in duplicates or str(path) in messages, path
    finally:
        shutil.rmtree(tmp)
