#!/usr/bin/env bash
# bench/cold.sh: cold command-line builds in one alternating series, so that load changes hit every
# contender alike. Contenders: the CLI published as Native AOT, the CLI published ReadyToRun
# (framework-dependent), and, when Node is installed, Typst compiling an equivalent brief through its npm
# binding (installed into bench/typst/ on the first run; bench/README.md). Reports medians of wall time, CPU time
# (user + system) and peak RSS (bench/timed.py), their ratios, and the cost per page at about 10,
# 200 and 1,000 pages (synthetic briefs: bench/synthetic.sh).
#
#   RUNS=11 bench/cold.sh            # SKIP_PUBLISH=1 reuses the binaries in /tmp/sitrep-bench-*
#   AOT=/path/sitrep R2R=/path/sitrep bench/cold.sh   # time other builds (e.g. an older commit's)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
runs=${RUNS:-11}
aot=${AOT:-/tmp/sitrep-bench-aot/sitrep}
r2r=${R2R:-/tmp/sitrep-bench-r2r/sitrep}
pages_runs=${PAGES_RUNS:-3}

if [[ -z "${SKIP_PUBLISH:-}" && -z "${AOT:-}" ]]; then
  dotnet publish src/SitRep -c Release -r linux-x64 -p:PublishAot=true -o "$(dirname "$aot")" >/dev/null
  dotnet publish src/SitRep -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -o "$(dirname "$r2r")" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r seeds "$work/seeds"
results="$work/results"
mkdir -p "$results"

# run NAME COMMAND...: one timed run, appended to results/NAME as "wall_ms cpu_ms rss_kb" (bench/timed.py).
run() {
  local name=$1
  shift
  python3 "$repo/bench/timed.py" -e "$work/stderr" "$@" >> "$results/$name" || { cat "$work/stderr" >&2; echo "$name failed: $*" >&2; exit 1; }
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { awk -v c="$1" '{ print $c }' "$results/$2" | median; }

typst_ok=""
if command -v npm >/dev/null && [[ ! -d bench/typst/node_modules ]]; then
  # The binding's version is pinned by bench/typst/package-lock.json.
  npm ci --prefix bench/typst --no-audit --no-fund >/dev/null 2>&1 || echo "cold.sh: npm ci --prefix bench/typst failed; timing without Typst" >&2
fi
if command -v node >/dev/null && [[ -d bench/typst/node_modules ]]; then
  python3 bench/typst/brief.py "$work/seeds/kidal" > "$work/brief.typ"
  typst_ok=1
fi

cd "$work"
# Warm the page cache once.
"$aot" build --force --quiet --out "$work/aot.pdf"
"$r2r" build --force --quiet --out "$work/r2r.pdf"
[[ -n $typst_ok ]] && node "$repo/bench/typst/compile.js" "$work/brief.typ" "$work/typst.pdf" "$repo/assets/fonts"

# Rounds alternate the order (ABBA): a run that follows another is slowed by what that one leaves behind (its
# memory being given back): in series of 1,000-page briefs without it, whichever ran first in a round was 6-12% faster.
for round in $(seq "$runs"); do
  if (( round % 2 )); then
    run aot-default "$aot" build --force --quiet --out "$work/aot.pdf"
    run r2r-default "$r2r" build --force --quiet --out "$work/r2r.pdf"
    [[ -n $typst_ok ]] && run typst-default node "$repo/bench/typst/compile.js" "$work/brief.typ" "$work/typst.pdf" "$repo/assets/fonts"
    run aot-all "$aot" build --all --force --quiet
    run r2r-all "$r2r" build --all --force --quiet
  else
    [[ -n $typst_ok ]] && run typst-default node "$repo/bench/typst/compile.js" "$work/brief.typ" "$work/typst.pdf" "$repo/assets/fonts"
    run r2r-default "$r2r" build --force --quiet --out "$work/r2r.pdf"
    run aot-default "$aot" build --force --quiet --out "$work/aot.pdf"
    run r2r-all "$r2r" build --all --force --quiet
    run aot-all "$aot" build --all --force --quiet
  fi
done

report() {
  local name=$1
  [[ -s "$results/$name" ]] || return 0
  printf '%-16s wall %6s ms   cpu %6s ms   peak RSS %6s MB   (%s runs)\n' "$name" "$(column 1 "$name")" "$(column 2 "$name")" \
    "$(awk "BEGIN { printf \"%.1f\", $(column 3 "$name") / 1024 }")" "$(wc -l < "$results/$name")"
}
ratio() { awk "BEGIN { printf \"%.2f\", $(column "$3" "$1") / $(column "$3" "$2") }"; }

echo "load before the series: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== cold builds, medians of $runs alternating runs"
for name in aot-default r2r-default typst-default aot-all r2r-all; do report "$name"; done
echo "ratios: r2r/aot default wall $(ratio r2r-default aot-default 1), cpu $(ratio r2r-default aot-default 2), rss $(ratio r2r-default aot-default 3)"
[[ -n $typst_ok ]] && echo "ratios: aot/typst default wall $(ratio aot-default typst-default 1), cpu $(ratio aot-default typst-default 2), rss $(ratio aot-default typst-default 3)"
echo "ratios: r2r/aot --all wall $(ratio r2r-all aot-all 1)"

# Cost per page: synthetic briefs of about 10, 200 and 1,000 pages (about 37 timeline events a page).
echo "== cost per page, medians of $pages_runs alternating runs"
# PAGE_SPECS: "events:paragraphs[:judgments]" per size (about 10, 200 and 1,000 pages); a template loop runs
# at most 10,000 steps and a YAML file holds at most 4 MB, so the largest brief adds paragraphs and judgments.
for spec in ${PAGE_SPECS:-150:0 7900:0 9500:2350:1100}; do
  IFS=: read -r events paragraphs judgments <<< "$spec"
  judgments=${judgments:-0}
  name="syn$events-$paragraphs-$judgments"
  "$repo/bench/synthetic.sh" "$work/$name" "$events" "$paragraphs" "$judgments"
  pages=$("$aot" build --situation "$work/$name" --force --json --out "$work/syn.pdf" | awk -F': ' '/"pages"/ { gsub(/,/, "", $2); print $2 }')
  for round in $(seq "$pages_runs"); do
    sides=(aot r2r)
    (( round % 2 )) || sides=(r2r aot)
    for side in "${sides[@]}"; do
      # A long brief's memory takes the kernel a moment to take back; the next run starts after it.
      sleep "${PAUSE:-1}"
      if [[ $side == aot ]]; then bin=$aot; else bin=$r2r; fi
      run "$side-$name" "$bin" build --situation "$work/$name" --force --quiet --out "$work/syn-$side.pdf"
    done
  done
  for side in aot r2r; do
    printf '%-22s %5s pages  wall %7s ms  cpu %7s ms  peak RSS %7s MB  %6s ms/page\n' "$side-$name" "$pages" "$(column 1 "$side-$name")" "$(column 2 "$side-$name")" \
      "$(awk "BEGIN { printf \"%.1f\", $(column 3 "$side-$name") / 1024 }")" "$(awk "BEGIN { printf \"%.2f\", $(column 1 "$side-$name") / $pages }")"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
