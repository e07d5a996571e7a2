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

# "WALL_MS CPU_MS" of one run: wall-clock time, and user + system CPU time of the command and
# its children (steadier than wall time on a machine shared with other work).
measure() {
  local start end
  start=$(date +%s%N)
  local cpu
  cpu=$( { TIMEFORMAT='%3U %3S'; time "$@" >/dev/null 2>&1; } 2>&1 )
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(awk -v u="${cpu% *}" -v s="${cpu#* }" 'BEGIN { printf "%d", (u + s) * 1000 }')"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure "$exe" "${report[@]}" --format pdf -o "$work/direct.pdf" >/dev/null
measure "${soffice_convert[@]}" >/dev/null
ours=$(for _ in $(seq $runs); do measure "$exe" "${report[@]}" --format pdf -o "$work/direct.pdf"; done)
theirs=$(for _ in $(seq $runs); do measure "${soffice_convert[@]}"; done)
[ -s "$work/direct.pdf" ] && [ -s "$work/lo/demo.pdf" ] || { echo "a run produced no PDF" >&2; exit 1; }
ours_wall=$(cut -d' ' -f1 <<<"$ours" | median); ours_cpu=$(cut -d' ' -f2 <<<"$ours" | median)
theirs_wall=$(cut -d' ' -f1 <<<"$theirs" | median); theirs_cpu=$(cut -d' ' -f2 <<<"$theirs" | median)

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages/ { print $2 }'; }
echo "demo board paper, median of $runs runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "  ccg-selfassess report --format pdf : ${ours_wall} ms wall, ${ours_cpu} ms CPU ($(pages "$work/direct.pdf") pages)"
echo "  soffice --convert-to pdf (our HTML): ${theirs_wall} ms wall, ${theirs_cpu} ms CPU ($(pages "$work/lo/demo.pdf") pages)"
awk -v a="$ours_wall" -v b="$theirs_wall" -v c="$ours_cpu" -v d="$theirs_cpu" 'BEGIN {
  r = (a > 0) ? b / a : 0; q = (c > 0) ? d / c : 0
  printf "  ratio: %.1fx faster by wall time, %.1fx by CPU time (target >= 20x)\n", r, q
  exit !(r >= 20) }'
