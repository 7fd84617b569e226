#!/usr/bin/env bash
# Benchmark (not a test): converts the CDS corpus copied N times (default 50) and prints posts per second,
# with and without verification. Usage: scripts/bench-posts.sh [copies]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-50}
corpus=../shared/corpus/cds
[ -d "$corpus" ] || { echo "bench: $corpus not found" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do mkdir -p "$work/in/$i" && cp -r "$corpus"/. "$work/in/$i/"; done
posts=$(find "$work/in" -name '*.md' | wc -l)
dotnet build -c Release -v q src/CdsMigrate.Cli >/dev/null
cli="dotnet src/CdsMigrate.Cli/bin/Release/net10.0/cdsmigrate.dll"
for mode in verify no-verify; do
  flag=""; [ "$mode" = no-verify ] && flag="--no-verify"
  rm -rf "$work/out"
  start=$(date +%s.%N)
  $cli convert "$work/in" --out "$work/out" $flag 2>"$work/err" || true
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
  printf '%-10s %6d posts in %6.2f s = %7.0f posts/s   (%s)\n' "$mode" "$posts" "$secs" "$(echo "$posts / $secs" | bc -l)" "$(tail -1 "$work/err")"
done
