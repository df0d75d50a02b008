"""Size of the search index for a large dossier: `python benchmarks/bench_search_index.py [N]`.

Makes N articles of about 600 words from the sentences of the seed and fixture texts
(shuffled, with numbered proper names so the vocabulary grows as in a real dossier), builds
the sharded MiniSearch index with search/build-index.js, and prints its size and what a first
query downloads at most (the manifest, the largest shard, one chunk of titles).
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from dossier.lexicon import stopwords  # noqa: E402 - the project's, as the build passes them


def main() -> None:
    """Build the index of a synthetic dossier and print its size."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if len(s.split()) > 6]
    rng = random.Random(1)
    docs = []
    for i in range(n):
        body = []
        while sum(len(s.split()) for s in body) < 600:
            s = rng.choice(sentences)
            body.append(re.sub(r"\b([A-Z][a-zé]+)\b", lambda m: m.group(1) + str(rng.randrange(300)), s, count=1))
        docs.append({"id": f"a{i}", "url": f"articles/a{i}.html", "title": body[0][:90], "date": "1er janvier 2016",
                     "source": rng.choice(["Le Monde", "Le Vif", "Reuters", "AFP", "Le Temps"]),
                     "actors": "", "text": " ".join(body)})
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "docs.json", Path(tmp) / "search-index.js"
        src.write_text(json.dumps({"stopwords": sorted(stopwords()), "docs": docs}, ensure_ascii=False),
                       encoding="utf-8")
        start = time.perf_counter()
        subprocess.run(["node", str(ROOT / "search" / "build-index.js"), str(src), str(out)], check=True,
                       capture_output=True)
        took = time.perf_counter() - start
        shards = sorted((Path(tmp) / "search-index").glob("t-*.js"), key=lambda p: p.stat().st_size)
        chunks = sorted((Path(tmp) / "search-index").glob("d-*.js"), key=lambda p: p.stat().st_size)
        manifest = out.stat().st_size
        total = manifest + sum(p.stat().st_size for p in shards + chunks)
        largest, chunk = shards[-1].stat().st_size, chunks[-1].stat().st_size
    text_mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    print(f"{n} articles ({text_mb:.0f} MB of text): index {total / 1e6:.1f} MB in {len(shards)} shards and "
          f"{len(chunks)} title chunks; a first query of one word downloads at most "
          f"{(manifest + largest + chunk) / 1e6:.2f} MB (manifest {manifest / 1e3:.0f} kB, largest shard "
          f"{largest / 1e6:.2f} MB, a titles chunk {chunk / 1e3:.0f} kB); built in {took:.1f} s")


if __name__ == "__main__":
    main()
