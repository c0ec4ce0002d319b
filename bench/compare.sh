#!/usr/bin/env bash
# bench/compare.sh OLD_CLI NEW_CLI [OLD_SEEDS]: two published CLIs (e.g. the commit before a stack
# change and today's, both ReadyToRun), alternating, RUNS times: cold build of the default brief (wall,
# CPU, peak RSS), build --all, and a synthetic ~200-page brief; then the PDF size of each brief.
# OLD_SEEDS: the old commit's seeds/ (its schema may differ); default: this repository's.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
old=$1
new=$2
old_seeds=${3:-$repo/seeds}
runs=${RUNS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/old" "$work/new" "$work/results"
cp -r "$old_seeds" "$work/old/seeds"
cp -r seeds "$work/new/seeds"
SEED="$old_seeds/kidal" "$repo/bench/synthetic.sh" "$work/old/syn" "${EVENTS:-7300}"
"$repo/bench/synthetic.sh" "$work/new/syn" "${EVENTS:-7300}"

run() {
  local name=$1 dir=$2
  shift 2
  python3 "$repo/bench/timed.py" -C "$dir" -e "$work/stderr" "$@" >> "$work/results/$name" || { cat "$work/stderr" >&2; exit 1; }
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { awk -v c="$1" '{ print $c }' "$work/results/$2" | median; }

for side in old new; do
  cli=$old; [[ $side == new ]] && cli=$new
  (cd "$work/$side" && "$cli" build --force --quiet)   # warm the page cache
done
for _ in $(seq "$runs"); do
  for side in old new; do
    cli=$old; [[ $side == new ]] && cli=$new
    run "$side-default" "$work/$side" "$cli" build --force --quiet
    run "$side-all" "$work/$side" "$cli" build --all --force --quiet
  done
done
for _ in $(seq "${PAGES_RUNS:-3}"); do
  for side in old new; do
    cli=$old; [[ $side == new ]] && cli=$new
    run "$side-syn" "$work/$side" "$cli" build --situation syn --force --quiet --out syn.pdf
  done
done

echo "load: $(cut -d' ' -f1-3 /proc/loadavg); medians of $runs alternating runs (synthetic: ${PAGES_RUNS:-3})"
for name in old-default new-default old-all new-all old-syn new-syn; do
  printf '%-12s wall %6s ms  cpu %6s ms  peak RSS %6.1f MB\n' "$name" "$(column 1 "$name")" "$(column 2 "$name")" "$(awk "BEGIN { print $(column 3 "$name") / 1024 }")"
done
for side in old new; do
  echo "$side synthetic: $(pdfinfo "$work/$side/syn.pdf" | awk '/^Pages/ { print $2 }') pages"
  for pdf in "$work/$side"/output/*.pdf; do
    printf '  %-32s %7d bytes  %3s pages\n' "$(basename "$pdf")" "$(stat -c %s "$pdf")" "$(pdfinfo "$pdf" | awk '/^Pages/ { print $2 }')"
  done
done
