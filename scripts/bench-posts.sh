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
# The published build (native since issue 11; PUBLISH_ARGS=-p:PublishAot=false for the framework-dependent one).
dotnet publish -c Release -v q -o "$work/bin" ${PUBLISH_ARGS:-} src/CdsMigrate.Cli >/dev/null
cli="$work/bin/cdsmigrate"
for mode in verify no-verify; do
  flag=""; [ "$mode" = no-verify ] && flag="--no-verify"
  rm -rf "$work/out"
  # CPU time (user + system) too: on a machine busy with other work, elapsed time says little.
  TIMEFORMAT='%R %U %S'
  times=$( { time $cli convert "$work/in" --out "$work/out" $flag 2>"$work/err" >/dev/null || true; } 2>&1 )
  read -r secs user sys <<<"$times"
  cpu=$(echo "$user + $sys" | bc)
  printf '%-10s %6d posts in %6.2f s = %7.0f posts/s; CPU %6.2f s = %7.0f posts per CPU-second   (%s)\n' \
    "$mode" "$posts" "$secs" "$(echo "$posts / $secs" | bc -l)" "$cpu" "$(echo "$posts / $cpu" | bc -l)" "$(tail -1 "$work/err")"
done
