#!/usr/bin/env bash
# kill -9 in the middle of a large conversion (issue 6): afterwards no output file may be partial (every .md
# present is byte-identical to the uninterrupted run's), and a re-run completes and gives output identical to an
# uninterrupted run. Not a test: it takes about a minute. Usage: scripts/kill9-test.sh [files] [kills]
set -euo pipefail

FILES=${1:-1500}
KILLS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cdsmigrate-kill9.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "== build"
dotnet build "$ROOT/src/CdsMigrate.Cli" -c Release -v quiet -nologo >/dev/null
CLI=("dotnet" "$ROOT/src/CdsMigrate.Cli/bin/Release/net10.0/cdsmigrate.dll")

echo "== generate $FILES posts in $WORK/in"
python3 - "$WORK/in" "$FILES" <<'PY'
import os, sys, random
out, n = sys.argv[1], int(sys.argv[2])
random.seed(6)
words = "migration safe write rename durable folder slug title block quote list heading paragraph émigré naïve".split()
for i in range(n):
    folder = os.path.join(out, f"{i % 20:02d}")
    os.makedirs(folder, exist_ok=True)
    parts = [f"---\ntitle: Post {i}\ndate: 2024-01-{i % 28 + 1:02d}\n---\n"]
    for p in range(random.randint(150, 400)):
        text = " ".join(random.choice(words) for _ in range(random.randint(8, 30)))
        kind = p % 7
        if kind == 0:
            parts.append(f"<h2>Section {p}: {text[:40]}</h2>\n")
        elif kind == 1:
            parts.append("<ul>" + "".join(f"<li>{w} <em>{text[:20]}</em></li>" for w in text.split()[:4]) + "</ul>\n")
        elif kind == 2:
            parts.append(f"<blockquote><p>{text}</p></blockquote>\n")
        else:
            parts.append(f"<p>{text} <a href=\"https://example.com/{i}/{p}\">link {p}</a> and <strong>{text[:15]}</strong>.</p>\n")
    with open(os.path.join(folder, f"post-{i:05d}.html"), "w", encoding="utf-8") as f:
        f.write("".join(parts))
PY
du -sh "$WORK/in" | cut -f1 | sed 's/^/   input size: /'

echo "== uninterrupted reference run"
start=$(date +%s.%N)
"${CLI[@]}" convert "$WORK/in" --out "$WORK/ref" --no-verify >/dev/null 2>"$WORK/ref.log"
end=$(date +%s.%N)
total=$(find "$WORK/ref" -name '*.md' | wc -l)
printf '   %d outputs in %.1f s\n' "$total" "$(echo "$end - $start" | bc)"

fail=0
for k in $(seq 1 "$KILLS"); do
  # Kill at a different point each time: after about k/(KILLS+1) of the outputs exist.
  target=$(( total * k / (KILLS + 1) ))
  "${CLI[@]}" convert "$WORK/in" --out "$WORK/killed" --no-verify >/dev/null 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null && [ "$(find "$WORK/killed" -name '*.md' 2>/dev/null | wc -l)" -lt "$target" ]; do
    sleep 0.05
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  present=$(find "$WORK/killed" -name '*.md' | wc -l)
  temps=$(find "$WORK/killed" -name '.*.cdsmigrate-*.tmp' | wc -l)
  partial=0
  while IFS= read -r -d '' f; do
    rel=${f#"$WORK/killed/"}
    if ! cmp -s "$f" "$WORK/ref/$rel"; then
      echo "   PARTIAL OR WRONG: $rel ($(stat -c %s "$f") bytes, reference $(stat -c %s "$WORK/ref/$rel"))"
      partial=$((partial + 1))
    fi
  done < <(find "$WORK/killed" -name '*.md' -print0)
  echo "== kill $k: killed with $present of $total outputs present; $partial partial or wrong; $temps hidden temporary file(s) left"
  [ "$partial" -eq 0 ] || fail=1
done

echo "== re-run after the kills"
set +e
"${CLI[@]}" convert "$WORK/in" --out "$WORK/killed" --no-verify >/dev/null 2>"$WORK/rerun.log"
rc=$?
set -e
grep -E 'created|temporary' "$WORK/rerun.log" | sed 's/^/   /'
echo "   exit code $rc"
[ "$rc" -eq 0 ] || fail=1
if diff -r "$WORK/ref" "$WORK/killed" >/dev/null; then
  echo "   output identical to the uninterrupted run (diff -r: no difference, no temporary file left)"
else
  echo "   OUTPUT DIFFERS from the uninterrupted run:"; diff -rq "$WORK/ref" "$WORK/killed" | head
  fail=1
fi

[ "$fail" -eq 0 ] && echo "PASS" || { echo "FAIL"; exit 1; }
