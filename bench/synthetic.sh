#!/usr/bin/env bash
# bench/synthetic.sh DIR EVENTS [PARAGRAPHS [JUDGMENTS]]: copies seeds/kidal to DIR and appends EVENTS timeline events
# (unique texts, dated from 2 January 2012 to before the sources' publication, citing RFI verbatim), as
# tests/SitRep.Tests/Layout/SyntheticSituation.cs does, and PARAGRAPHS long background paragraphs. About 37
# events fill a page of the analyst brief, and JUDGMENTS key judgments of 60 words. Each file stays under the
# loader's 4 MB limit (about 12,000 events, 2,400 paragraphs); past that, another kind makes the pages.
# SEED: another situation to start from.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir=$1
count=$2
paragraphs=${3:-0}
judgments=${4:-0}
rm -rf "$dir"
cp -r "${SEED:-$root/seeds/kidal}" "$dir"
python3 - "$dir/timeline.yaml" "$count" "$dir/background.yaml" "$paragraphs" "$dir/judgments.yaml" "$judgments" <<'PY'
import datetime, sys
path, count = sys.argv[1], int(sys.argv[2])
text = open(path, encoding="utf-8").read()
if not text.endswith("\n"):
    text += "\n"
first = datetime.date(2012, 1, 2)
lines = []
for n in range(1, count + 1):
    day = first + datetime.timedelta(days=(n - 1) % 4300)
    lines.append(f"  - {{id: ev-s{n}, date: {day:%Y-%m-%d}, precision: day, text: \"Synthetic event {n:03d} of the long test timeline.\", source: rfi, evidence: \"Kidal was ruled by rebels for more than ten years.\"}}\n")
open(path, "w", encoding="utf-8").write(text + "".join(lines))
background, paragraphs = sys.argv[3], int(sys.argv[4])
words = "The synthetic paragraph repeats plain words so that the brief grows by whole pages of body text".split()
text = open(background, encoding="utf-8").read().rstrip("\n") + "\n"
items = []
for n in range(1, paragraphs + 1):
    body = " ".join(words[(i * 7 + n) % len(words)] for i in range(260))
    items.append(f"  - {{id: bg-s{n}, topic: history, text: \"Paragraph {n}. {body}.\", source: rfi, evidence: \"Kidal was ruled by rebels for more than ten years.\"}}\n")
open(background, "w", encoding="utf-8").write(text + "".join(items))
judgments_file, judgments = sys.argv[5], int(sys.argv[6])
text = open(judgments_file, encoding="utf-8").read().rstrip("\n") + "\n"
items = []
for n in range(1, judgments + 1):
    body = " ".join(words[(i * 5 + n) % len(words)] for i in range(60))
    items.append(f"  - {{id: j-s{n}, text: \"Judgment {n}. {body}.\", likelihood: likely, confidence: low, topic: security, source: rfi, evidence: \"Kidal was ruled by rebels for more than ten years.\"}}\n")
open(judgments_file, "w", encoding="utf-8").write(text + "".join(items))
PY
