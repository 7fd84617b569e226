#!/usr/bin/env bash
# One post of about 100 MB (issue 6), plus a post with a block-comment attribute of 16 MB and one nested 100,000
# levels deep: converts them and reports time, peak memory and the diagnostics. Not a test (too big for CI).
# Usage: scripts/big-post.sh [megabytes]
set -euo pipefail

MB=${1:-100}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cdsmigrate-big.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

dotnet build "$ROOT/src/CdsMigrate.Cli" -c Release -v quiet -nologo >/dev/null
CLI=("dotnet" "$ROOT/src/CdsMigrate.Cli/bin/Release/net10.0/cdsmigrate.dll")

python3 - "$WORK" "$MB" <<'PY'
import os, sys
work, mb = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.join(work, "in"))
para = "<!-- wp:paragraph -->\n<p>Paragraph {i} with <strong>bold</strong>, a <a href=\"https://example.com/{i}\">link</a>, *stars* and_underscores_.</p>\n<!-- /wp:paragraph -->\n\n"
with open(os.path.join(work, "in", "huge.md"), "w") as f:
    f.write("---\ntitle: Huge\n---\n")
    i = 0
    while f.tell() < mb * 1024 * 1024:
        f.write("".join(para.format(i=i + k) for k in range(1000)))
        i += 1000
with open(os.path.join(work, "in", "attribute.md"), "w") as f:
    f.write("---\ntitle: Attribute\n---\n<!-- wp:image {\"data\":\"" + "A" * (16 * 1024 * 1024) + "\"} -->\n<p>After.</p>\n<!-- /wp:image -->\n")
with open(os.path.join(work, "in", "deep.md"), "w") as f:
    f.write("---\ntitle: Deep\n---\n" + "".join(f"<div><blockquote>w{i} " for i in range(100000)))
PY
ls -la "$WORK/in" | awk 'NR>1 && $5 > 0 {printf "   %-14s %12d bytes\n", $9, $5}'

for file in huge attribute deep; do
  echo "== $file"
  mkdir -p "$WORK/one-$file"
  cp "$WORK/in/$file.md" "$WORK/one-$file/"
  set +e
  /usr/bin/time -f "   %e s elapsed, %M KB peak resident memory" "${CLI[@]}" convert "$WORK/one-$file" --out "$WORK/out-$file" --max-input-mb 200 2>"$WORK/$file.log"
  rc=$?
  set -e
  grep -vE '^\s*$' "$WORK/$file.log" | cut -c1-220 | sed 's/^/   /'
  echo "   exit code $rc; output $(stat -c %s "$WORK/out-$file/$file.md" 2>/dev/null || echo none) bytes"
done
