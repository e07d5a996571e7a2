#!/usr/bin/env bash
# Benchmark (not a ctest test): the demo board paper written directly as PDF by
# `ccg-selfassess report --format pdf` against LibreOffice converting our own HTML report of the
# same review (`soffice --headless --convert-to pdf`). Median of 5 timed runs each, after one
# untimed warm-up run each (LibreOffice builds its profile on first start). Target: >= 20x.
#
# LibreOffice is not part of the build or CI; install it only to run this, e.g.
#   apt-get install --no-install-recommends libreoffice-writer-nogui
# Usage: tests/bench/report_vs_libreoffice.sh [path/to/ccg-selfassess]   (exit 77: no soffice)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exe="${1:-$root/build/app/ccg-selfassess}"
runs=5
if ! command -v soffice >/dev/null 2>&1; then
  echo "soffice not found; install libreoffice-writer-nogui to run this benchmark" >&2
  exit 77
fi
work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT

report=(report --checklist "$root/checklists/ccg-commissioning-2013.xml"
        --answers "$root/resources/demo/northmoor-2014.xml"
        --previous "$root/resources/demo/northmoor-2013.xml")
"$exe" "${report[@]}" --format html -o "$work/demo.html" >/dev/null
soffice_convert=(soffice "-env:UserInstallation=file://$work/profile" --headless --norestore
                 --convert-to pdf --outdir "$work/lo" "$work/demo.html")

# Milliseconds one run of the command takes.
elapsed_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

elapsed_ms "$exe" "${report[@]}" --format pdf -o "$work/direct.pdf" >/dev/null
elapsed_ms "${soffice_convert[@]}" >/dev/null
ours=$(for _ in $(seq $runs); do elapsed_ms "$exe" "${report[@]}" --format pdf -o "$work/direct.pdf"; done | median)
theirs=$(for _ in $(seq $runs); do elapsed_ms "${soffice_convert[@]}"; done | median)
[ -s "$work/direct.pdf" ] && [ -s "$work/lo/demo.pdf" ] || { echo "a run produced no PDF" >&2; exit 1; }

echo "demo board paper, median of $runs runs"
echo "  ccg-selfassess report --format pdf : ${ours} ms ($(pdfinfo "$work/direct.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages)"
echo "  soffice --convert-to pdf (our HTML): ${theirs} ms ($(pdfinfo "$work/lo/demo.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages)"
awk -v a="$ours" -v b="$theirs" 'BEGIN { r = (a > 0) ? b / a : 0; printf "  ratio: %.1fx faster (target >= 20x)\n", r; exit !(r >= 20) }'
