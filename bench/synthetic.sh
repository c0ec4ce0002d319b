#!/usr/bin/env bash
# bench/synthetic.sh DIR EVENTS: copies seeds/kidal to DIR and appends EVENTS timeline events (unique
# texts, a day apart from 2 January 2012, citing RFI verbatim), as tests/SitRep.Tests/Layout/SyntheticSituation.cs
# does. About 37 events fill a page of the analyst brief.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir=$1
count=$2
rm -rf "$dir"
cp -r "$root/seeds/kidal" "$dir"
python3 - "$dir/timeline.yaml" "$count" <<'PY'
import datetime, sys
path, count = sys.argv[1], int(sys.argv[2])
text = open(path, encoding="utf-8").read()
if not text.endswith("\n"):
    text += "\n"
first = datetime.date(2012, 1, 2)
lines = []
for n in range(1, count + 1):
    lines.append(f"  - id: ev-synthetic-{n:03d}\n    date: {first + datetime.timedelta(days=n - 1):%Y-%m-%d}\n    precision: day\n"
                 f"    text: \"Synthetic event {n:03d} of the long test timeline.\"\n    source: rfi\n"
                 f"    evidence: \"Kidal was ruled by rebels for more than ten years.\"\n")
open(path, "w", encoding="utf-8").write(text + "".join(lines))
PY
