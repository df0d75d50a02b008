#!/usr/bin/env bash
# Median wall time of a warm `make html` of the seed dossier, with and without a plugin.
# Usage: benchmarks/bench_make.sh [PLUGIN] [N]   (PLUGIN as in PLUGINS: dossier_boilerplate, dossier_actors…)
set -euo pipefail
cd "$(dirname "$0")/.."
plugin=${1:-dossier_boilerplate}
n=${2:-10}
conf=$(mktemp --suffix=.py -p .)
trap 'rm -f "$conf"' EXIT
printf 'import sys, os\nsys.path.insert(0, os.getcwd())\nfrom pelicanconf import *\nPLUGINS = [p for p in PLUGINS if p != "%s"]\n' "$plugin" > "$conf"
make html >/dev/null 2>&1
time_it() { local s e; s=$(date +%s.%N); make html "$@" >/dev/null 2>&1 || { echo "make html $* failed" >&2; exit 1; }; e=$(date +%s.%N); echo "$e - $s" | bc; }
with=(); without=()
for _ in $(seq "$n"); do
  with+=("$(time_it)")
  without+=("$(time_it CONFFILE="$conf")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
make html >/dev/null 2>&1  # leave output/ as the normal build makes it
w=$(median "${with[@]}"); wo=$(median "${without[@]}")
echo "make html, $n runs each: with $plugin ${w}s, without ${wo}s (median): +$(echo "scale=1; 100*($w-$wo)/$wo" | bc)%"
