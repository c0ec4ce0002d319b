#!/usr/bin/env bash
# Publishes the CLI as Native AOT and proves it makes the same briefs as the JIT build: every built-in
# template for the default situation, compared byte for byte; then the AOT binary's JSON, check and
# error paths (source-generated JSON, reflection-free YAML binding, embedded resources, native libraries).
# Usage: .ci/aot-check.sh [PUBLISH_DIR]   (the JIT build is src/SitRep/bin/Debug, built beforehand;
# SKIP_PUBLISH=1 checks a binary already published there)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
publish=${1:-/tmp/sitrep-aot}
jit="$repo/src/SitRep/bin/Debug/net10.0/sitrep.dll"
fail() { echo "AOT CHECK FAILED: $*" >&2; exit 1; }

[[ -f $jit ]] || fail "no JIT build at $jit (run dotnet build first)"
log=$(mktemp)
if [[ -n "${SKIP_PUBLISH:-}" ]]; then
  : > "$log"
elif ! dotnet publish src/SitRep -r linux-x64 -c Release -p:PublishAot=true -o "$publish" >"$log" 2>&1; then
  cat "$log" >&2
  fail "dotnet publish -p:PublishAot=true failed"
fi
# Trim and AOT analysis warnings of our own code fail the build (TreatWarningsAsErrors); a library's would show here.
if grep -E "warning (IL|CS)[0-9]+" "$log" | grep -v "^\s*$" >&2; then
  fail "the AOT publish printed warnings"
fi
for file in sitrep libSkiaSharp.so libHarfBuzzSharp.so; do
  [[ -f "$publish/$file" ]] || fail "$file is not beside the published binary"
done

work=$(mktemp -d)
trap 'rm -rf "$work" "$log"' EXIT
for side in jit aot; do
  mkdir -p "$work/$side"
  cp -r seeds "$work/$side/seeds"
done
# SITUATIONS: folders under seeds/ (the built-in templates name the default situation's key figures).
for situation in ${SITUATIONS:-seeds/kidal}; do
  (cd "$work/jit" && dotnet "$jit" build --all --force --quiet --situation "$situation") || fail "JIT build of $situation failed"
  (cd "$work/aot" && "$publish/sitrep" build --all --force --quiet --situation "$situation") || fail "AOT build of $situation failed"
done

count=0
for pdf in "$work"/jit/output/*.pdf; do
  name=$(basename "$pdf")
  cmp "$pdf" "$work/aot/output/$name" || fail "$name differs between the JIT and the AOT build"
  count=$((count + 1))
done
(( count >= 3 )) || fail "only $count briefs were built"
# The manifests agree but for the tool's build id (Debug and Release are different builds) and the hashes that include it.
mask() { sed -E 's/"(inputsHash|contentHash|toolVersion)": "[^"]*"/"\1": "…"/' "$1"; }
diff <(mask "$work/jit/output/manifest.json") <(mask "$work/aot/output/manifest.json") || fail "manifest.json differs"

# The JSON summary and check report (source-generated contracts) are the same too.
(cd "$work/jit" && dotnet "$jit" build --force --json --out json/brief.pdf > "$work/jit.json") || fail "JIT --json build failed"
(cd "$work/aot" && "$publish/sitrep" build --force --json --out json/brief.pdf > "$work/aot.json") || fail "AOT --json build failed"
diff <(grep -Ev '"(milliseconds|inputsHash)"' "$work/jit.json") <(grep -Ev '"(milliseconds|inputsHash)"' "$work/aot.json") || fail "build --json differs"
(cd "$work/jit" && dotnet "$jit" check --format json > "$work/jit-check.json") || fail "JIT check failed"
(cd "$work/aot" && "$publish/sitrep" check --format json > "$work/aot-check.json") || fail "AOT check failed"
cmp "$work/jit-check.json" "$work/aot-check.json" || fail "check --format json differs"

# Bad input: the binder's file:line:col messages and exit code 1 are the same.
for side in jit aot; do
  cp -r "$work/$side/seeds/kidal" "$work/$side/bad"
  sed -i 's/^  - id: /  - idd: /' "$work/$side/bad/figures.yaml"
done
set +e
(cd "$work/jit" && dotnet "$jit" build --situation bad --out bad/brief.pdf > "$work/jit-bad.txt" 2>&1); jit_rc=$?
(cd "$work/aot" && "$publish/sitrep" build --situation bad --out bad/brief.pdf > "$work/aot-bad.txt" 2>&1); aot_rc=$?
set -e
[[ $jit_rc == 1 && $aot_rc == 1 ]] || fail "bad input: exit codes $jit_rc (JIT) and $aot_rc (AOT), expected 1"
grep -q "did you mean 'id'" "$work/aot-bad.txt" || fail "the AOT binary's bad-input message lost its suggestion"
cmp "$work/jit-bad.txt" "$work/aot-bad.txt" || fail "bad-input messages differ"

echo "AOT check: $count briefs byte-identical to the JIT build; JSON, check and bad-input output identical ($(du -h "$publish/sitrep" | cut -f1) binary)"
