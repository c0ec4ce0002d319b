#!/usr/bin/env bash
# Times the published CLI (ReadyToRun) building the default brief, cold, over several runs, with
# peak memory; then runs the in-process BenchmarkDotNet suite unless --cli-only is given.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
publish=/tmp/sitrep-bench-publish

dotnet publish src/SitRep -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -o "$publish" >/dev/null
echo "published CLI (ReadyToRun): $publish/sitrep"

"$publish/sitrep" build --force --quiet --out /tmp/sitrep-bench.pdf >/dev/null   # warm the disk cache
times=()
peak=0
for _ in $(seq "$runs"); do
  measured=$(python3 bench/timed.py "$publish/sitrep" build --force --quiet --out /tmp/sitrep-bench.pdf)
  read -r wall _ kb <<< "$measured"
  times+=("${wall%.*}")
  if (( kb > peak )); then peak=$kb; fi
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold CLI build, $runs runs: min ${sorted[0]} ms, median ${sorted[$(( runs / 2 ))]} ms, max ${sorted[$(( runs - 1 ))]} ms; peak RSS $(( peak / 1024 )) MB"

if [[ "${1:-}" != "--cli-only" ]]; then
  dotnet run -c Release --project bench/SitRep.Benchmarks -- --filter '*' "$@"
fi
