#!/usr/bin/env bash
# Check (not a test) for changes meant to keep output byte for byte, such as performance work: converts every
# corpus set of ../shared/corpus plus samples/ in all three flavours with a reference build (another checkout,
# e.g. a worktree of main) and with this checkout, then compares the output files, the JSON report's
# diagnostics (codes, positions, messages, order) and the exit codes. One line per set and flavour; exit 1 on
# any difference.
#   scripts/same-output.sh REFERENCE_CHECKOUT
#   (git worktree add --detach /tmp/ref main && scripts/same-output.sh /tmp/ref)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ref_src="${1:?usage: scripts/same-output.sh REFERENCE_CHECKOUT}"
corpus="${CORPUS:-$root/../shared/corpus}"
[ -d "$corpus" ] || { echo "same-output: corpus $corpus not found" >&2; exit 2; }
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
dotnet publish "$ref_src/src/CdsMigrate.Cli" -c Release -o "$w/ref" -v q >/dev/null 2>&1 || { echo "same-output: reference build failed" >&2; exit 2; }
dotnet publish "$root/src/CdsMigrate.Cli" -c Release -o "$w/cand" -v q >/dev/null 2>&1 || { echo "same-output: build failed" >&2; exit 2; }
status=0
for set in "$corpus"/*/; do
  set=$(basename "$set")
  for flavor in gfm hugo commonmark; do
    for who in ref cand; do
      rm -rf "$w/out-$who"
      "$w/$who/cdsmigrate" convert "$corpus/$set" "$root/samples" --out "$w/out-$who" --flavor "$flavor" \
        --fail-on never --quiet --report "$w/report-$who.json" >/dev/null 2>&1
      echo $? > "$w/rc-$who"
      # Every diagnostic object of the report, in report order, as one sorted-key JSON line each.
      python3 - "$w/report-$who.json" > "$w/diag-$who.txt" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1]))
except Exception as e:
    print("no report", e); sys.exit()
def walk(o):
    if isinstance(o, dict):
        if "code" in o and ("line" in o or "message" in o):
            yield json.dumps(o, sort_keys=True)
        for v in o.values(): yield from walk(v)
    elif isinstance(o, list):
        for v in o: yield from walk(v)
for d in walk(report): print(d)
PY
    done
    files=$(find "$w/out-ref" -type f | wc -l)
    if diff -r "$w/out-ref" "$w/out-cand" >/dev/null && cmp -s "$w/diag-ref.txt" "$w/diag-cand.txt" && cmp -s "$w/rc-ref" "$w/rc-cand"; then
      echo "same      $set $flavor ($files files, $(wc -l < "$w/diag-ref.txt") diagnostics)"
    else
      echo "DIFFERENT $set $flavor: $(diff -r "$w/out-ref" "$w/out-cand" | wc -l) lines of output diff, $(diff "$w/diag-ref.txt" "$w/diag-cand.txt" | wc -l) of diagnostics diff, exit $(cat "$w/rc-ref") vs $(cat "$w/rc-cand")"
      status=1
    fi
  done
done
exit $status
