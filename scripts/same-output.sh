#!/usr/bin/env bash
# Check (not a test) for changes meant to keep output byte for byte, such as performance work: converts every
# corpus set of ../shared/corpus plus samples/ in all three flavours with a reference build (another checkout,
# e.g. a worktree of main) and with this checkout, then compares the output files, the JSON report's
# diagnostics (codes, positions, messages, order) and the exit codes. One line per set and flavour; exit 1 on
# any difference. Then the same for the command-line surface on samples/ (help, rules, inventory, check with every
# report format, init, --dry-run, --site with a TOML, YAML and JSON Hugo configuration, standard input, and input
# and option errors): standard output, standard error, exit code and files written. Since issue 11 a publish is a
# native (ahead-of-time compiled) build: against a framework-dependent reference build (PublishAot=false, which
# the reference gets here) this is the check that the native build behaves as the one the tests run.
#   scripts/same-output.sh REFERENCE_CHECKOUT
#   (git worktree add --detach /tmp/ref main && scripts/same-output.sh /tmp/ref)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ref_src="${1:?usage: scripts/same-output.sh REFERENCE_CHECKOUT}"
corpus="${CORPUS:-$root/../shared/corpus}"
[ -n "${CLI_ONLY:-}" ] || [ -d "$corpus" ] || { echo "same-output: corpus $corpus not found" >&2; exit 2; }
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
dotnet publish "$ref_src/src/CdsMigrate.Cli" -c Release -p:PublishAot=false -o "$w/ref" -v q >/dev/null 2>&1 || { echo "same-output: reference build failed" >&2; exit 2; }
dotnet publish "$root/src/CdsMigrate.Cli" -c Release -o "$w/cand" -v q >/dev/null 2>&1 || { echo "same-output: build failed" >&2; exit 2; }
status=0
# CLI_ONLY=1 skips the corpus sets (a quick check of the command-line surface alone).
for set in $([ -n "${CLI_ONLY:-}" ] || echo "$corpus"/*/); do
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

# The command-line surface. Each case runs in a scratch folder with the same paths for both builds, so messages
# that name a path compare equal.
site="$w/site"; mkdir -p "$site/toml" "$site/yaml" "$site/json"
cat > "$site/toml/hugo.toml" <<'TOML'
baseURL = "https://digital.canada.ca/"
[languages.en]
baseURL = "https://digital.canada.ca/"
[languages.en.permalinks]
posts = "/:year/:month/:day/:filename"
[languages.fr]
baseURL = "https://numerique.canada.ca/"
[languages.fr.permalinks]
posts = "/:year/:month/:day/:filename"
[markup.goldmark.renderer]
unsafe = true
TOML
printf 'baseURL: https://digital.canada.ca/\npermalinks:\n  posts: /:slug/\n' > "$site/yaml/config.yaml"
printf '{"baseURL": "https://digital.canada.ca/", "permalinks": {"posts": "/blog/:slug/"}}\n' > "$site/json/hugo.json"
one_post=$(find "$root/samples/posts" -name '*.md' | sort | head -1)
cases=(
  "--version" "--help" "convert --help" "rules" "inventory SAMPLES" "inventory SAMPLES --json"
  "check SAMPLES" "check SAMPLES --report-format json" "check SAMPLES --report-format sarif"
  "check SAMPLES --report-format junit" "check SAMPLES --report-format github" "check SAMPLES --report-format markdown"
  "convert SAMPLES --out OUT --report OUT.json --report OUT.sarif --report OUT.xml --report OUT.md"
  "convert SAMPLES --out OUT --dry-run" "init SAMPLES --config OUT.yml"
  "convert SAMPLES/posts --out OUT --flavor hugo --site SITE/toml --report OUT.json"
  "convert SAMPLES/posts --out OUT --site SITE/yaml --report OUT.json"
  "convert SAMPLES/posts --out OUT --site SITE/json --report OUT.json"
  "convert - STDIN" "convert SAMPLES/nowhere --out OUT" "convert SAMPLES --out OUT --flavour gfm" "convert SAMPLES --out OUT --fail-on sometimes"
)
for case in "${cases[@]}"; do
  for who in ref cand; do
    rm -rf "$w/cli"; mkdir -p "$w/cli/run"
    args=${case//SAMPLES/$root/samples}; args=${args//OUT/$w/cli/out}; args=${args//SITE/$site}
    stdin=/dev/null
    [[ $args == *STDIN ]] && { args=${args% STDIN}; stdin=$one_post; }
    # shellcheck disable=SC2086
    (cd "$w/cli/run" && NO_COLOR=1 "$w/$who/cdsmigrate" $args <"$stdin" >"$w/cli/stdout" 2>"$w/cli/stderr"; echo "exit $?" >"$w/cli/rc")
    rm -rf "$w/cli-$who"; mv "$w/cli" "$w/cli-$who"
  done
  if diff -r "$w/cli-ref" "$w/cli-cand" >/dev/null; then
    echo "same      cli: $case ($(cat "$w/cli-ref/rc"))"
  else
    echo "DIFFERENT cli: $case: $(diff -r "$w/cli-ref" "$w/cli-cand" | wc -l) lines of diff"
    diff -r "$w/cli-ref" "$w/cli-cand" | head -10
    status=1
  fi
done
exit $status
