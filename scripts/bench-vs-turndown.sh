#!/usr/bin/env bash
# Benchmark (not a test): CdsMigrate against turndown + turndown-plugin-gfm on the same post files,
# side by side in one run, as issue 11 asks. Prints wall time, CPU time (user + system) and peak RSS
# of the whole process, median of RUNS runs (default 3; the commands take turns), then the ratios the issue sets
# targets for:
#   - what verification adds in CPU over --no-verify       (target: at most 35%)
#   - verified CdsMigrate wall time / turndown wall time   (target: at most 1/3)
#
#   scripts/bench-vs-turndown.sh [copies] [corpus-folder]
# Defaults: 75 copies of ../shared/corpus/cds (68 posts each: 5,100 posts, about 81 MB).
# turndown is installed from npm into the scratch folder; nothing is committed or kept.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-75}"
corpus="${2:-$root/../shared/corpus/cds}"
runs="${RUNS:-3}"
work="${BENCH_DIR:-$(mktemp -d)}"
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT

[ -d "$corpus" ] || { echo "bench: corpus $corpus not found" >&2; exit 2; }
command -v node >/dev/null || { echo "bench: node not found (turndown runs on node)" >&2; exit 2; }

[ "${KEEP_OUTPUTS:-0}" = 1 ] || rm -rf "$work"/out-* "$work/out"
if [ "$(cat "$work/in.copies" 2>/dev/null)" != "$corpus $copies" ]; then
  echo "bench: copying $corpus $copies times ..." >&2
  rm -rf "$work/in"
  for i in $(seq 1 "$copies"); do mkdir -p "$work/in/$i" && cp -r "$corpus"/. "$work/in/$i/"; done
  echo "$corpus $copies" >"$work/in.copies"
fi
posts=$(find "$work/in" -type f -name '*.md' | wc -l)
megabytes=$(du -sm "$work/in" | cut -f1)

# The published build, as users run it: native since issue 11 (PUBLISH_ARGS=-p:PublishAot=false for the
# framework-dependent one, which compiles its hot code at run time).
# CLI=path/to/cdsmigrate times a build made already instead.
if [ -z "${CLI:-}" ]; then
  echo "bench: publishing CdsMigrate (Release) ..." >&2
  dotnet publish "$root/src/CdsMigrate.Cli" -c Release -o "$work/bin" -v q ${PUBLISH_ARGS:-} >/dev/null
fi

if [ ! -d "$work/node/node_modules/turndown-plugin-gfm" ]; then
  echo "bench: installing turndown and turndown-plugin-gfm from npm ..." >&2
  mkdir -p "$work/node"
  (cd "$work/node" && npm install --silent --no-audit --no-fund turndown turndown-plugin-gfm >/dev/null)
fi
# The same job for turndown: read each post, keep its front matter, convert the body, write the file.
cat >"$work/node/convert.js" <<'JS'
const fs = require("fs"), path = require("path");
const TurndownService = require("turndown");
const { gfm } = require("turndown-plugin-gfm");
const [input, output] = process.argv.slice(2);
const service = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced" });
service.use(gfm);
function walk(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) { walk(full); continue; }
    if (!entry.name.endsWith(".md")) continue;
    const text = fs.readFileSync(full, "utf8");
    const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
    const frontMatter = match ? match[0] : "";
    const body = text.slice(frontMatter.length);
    const target = path.join(output, path.relative(input, full));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, frontMatter + service.turndown(body) + "\n");
  }
}
walk(input);
JS

# The three commands take turns, round after round (RUNS rounds), rather than one command's runs in a row: this
# machine's speed drifts by ±20% within minutes (a shared host), so runs of one command in a row would be timed in
# a different state of the machine than the next command's. Each keeps "wall cpu rss" of its median-wall run.
#
# Each run writes into an output folder of its own, and the outputs are deleted only after the last round. This host's
# ext4 has no journal, and without one ext4 skips every inode freed in the last minute (five if its block is still
# dirty) when it looks for a free one, checking each in the inode table: a run that creates 5,100 files just after the
# previous run's 5,100 were deleted paid for 26 million such checks, 1.5 s of CPU (19% of a CdsMigrate run's samples,
# `recently_deleted` under `__ext4_new_inode`), and more with each round as deleted files piled up. That is the
# benchmark measuring its own deletions: a migration writes into a folder nobody just emptied, and a journalled ext4
# makes no such check. (KEEP_DELETING=1 restores the old way, deleting the output before every run.) Deletions by
# anything else on the same file system in the minutes before a run cost it the same way (a test suite's temporary
# folders, scripts/same-output.sh): on such a host, give the bench a few quiet minutes first.
declare -A result samples
round=0
run_once() {
  local name="$1"; shift
  if [ "${KEEP_DELETING:-0}" = 1 ]; then rm -rf "$work/out"; fi
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  read -r wall user sys rss_kb <"$work/time"
  samples[$name]+="$wall $(echo "$user + $sys" | bc) $((rss_kb / 1024))"$'\n'
}

cli="${CLI:-$work/bin/cdsmigrate}"
echo "bench: $posts posts ($megabytes MB), $runs rounds, $(nproc) cores ..." >&2
for _ in $(seq 1 "$runs"); do
  round=$((round + 1))
  out="$work/out-$round-$$"
  [ "${KEEP_DELETING:-0}" = 1 ] && out="$work/out"
  run_once verified "$cli" convert "$work/in" --out "$out/verified" --quiet
  run_once noverify "$cli" convert "$work/in" --out "$out/noverify" --quiet --no-verify
  run_once turndown node "$work/node/convert.js" "$work/in" "$out/turndown"
done
# KEEP_OUTPUTS=1 leaves them (their folders are named by round and process): for benchmarks run back to back, since
# deleting 15 x 5,100 files charges the next runs' file creation for several minutes (see above).
[ "${KEEP_OUTPUTS:-0}" = 1 ] || rm -rf "$work"/out-* "$work/out"
for name in verified noverify turndown; do
  result[$name]=$(printf '%s' "${samples[$name]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
done

printf '\n%-28s %9s %9s %10s\n' "$posts posts, median of $runs" "wall s" "CPU s" "peak MB"
for name in verified noverify turndown; do
  read -r wall cpu rss <<<"${result[$name]}"
  label=$name
  case $name in verified) label="cdsmigrate (verified)";; noverify) label="cdsmigrate --no-verify";; turndown) label="turndown + gfm (node)";; esac
  printf '%-28s %9.2f %9.2f %10d\n' "$label" "$wall" "$cpu" "$rss"
done
read -r v_wall v_cpu _ <<<"${result[verified]}"
read -r n_wall n_cpu _ <<<"${result[noverify]}"
read -r t_wall t_cpu _ <<<"${result[turndown]}"
printf '\nverification adds %.0f%% CPU over --no-verify (target: at most 35%%)\n' "$(echo "($v_cpu - $n_cpu) * 100 / $n_cpu" | bc -l)"
printf 'verified wall time is %.3f of turndown'"'"'s (target: at most 1/3); turndown/verified = %.2fx\n' \
  "$(echo "$v_wall / $t_wall" | bc -l)" "$(echo "$t_wall / $v_wall" | bc -l)"
# The same ratio round by round (each verified run against the turndown run of its round): how much it moves.
paste <(printf '%s' "${samples[verified]}" | cut -d' ' -f1) <(printf '%s' "${samples[turndown]}" | cut -d' ' -f1) \
  | awk '{printf "%s%.3f", (NR > 1 ? " " : "round by round: "), $1 / $2} END {print ""}'
