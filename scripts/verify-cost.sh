#!/usr/bin/env bash
# Measures what verification costs: convert with and without --no-verify, and check, over a folder of
# post files repeated N times (to amortise process start-up). Needs hyperfine.
# Usage: scripts/verify-cost.sh [corpus-folder] [copies]   (default ../shared/corpus/cds, 10)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$root/../shared/corpus/cds}"
copies="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish "$root/src/CdsMigrate.Cli" -c Release -o "$work/bin" >/dev/null
for i in $(seq 1 "$copies"); do cp -r "$corpus" "$work/in/copy$i" 2>/dev/null || { mkdir -p "$work/in"; cp -r "$corpus" "$work/in/copy$i"; }; done
n=$(find "$work/in" -type f \( -name '*.md' -o -name '*.html' \) | wc -l)
echo "$n documents"
hyperfine -N --warmup 2 --runs "${RUNS:-10}" \
  -n "convert (verify)" "$work/bin/cdsmigrate convert $work/in --out $work/out-a" \
  -n "convert --no-verify" "$work/bin/cdsmigrate convert $work/in --out $work/out-b --no-verify" \
  -n "check" "$work/bin/cdsmigrate check $work/in"
