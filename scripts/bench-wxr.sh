#!/usr/bin/env bash
# Benchmark (not a test): converts a WXR export of at least 500 MB, made by repeating the items of the
# corpus exports, and reports items per second and peak memory (RSS). Target: peak RSS under 200 MB.
# Everything generated stays in $BENCH_DIR (default /tmp/cdsmigrate-bench) and is never committed.
#
#   scripts/bench-wxr.sh [size-in-MB] [extra cdsmigrate options...]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${CORPUS:-$root/../shared/corpus/wxr}"
size_mb="${1:-500}"
shift || true
bench="${BENCH_DIR:-/tmp/cdsmigrate-bench}"
wxr="$bench/big.xml"
out="$bench/out"
mkdir -p "$bench"

if [[ ! -d "$corpus" ]]; then
  echo "bench-wxr: corpus not found at $corpus" >&2
  exit 2
fi

if [[ -f "$wxr" && "$(cat "$bench/size" 2>/dev/null)" == "$size_mb" ]]; then
  echo "bench-wxr: reusing $wxr (delete it to rebuild)"
else
echo "bench-wxr: building a WXR of at least $size_mb MB from $corpus ..."
python3 - "$corpus" "$wxr" "$size_mb" <<'PY'
import re, sys, pathlib
corpus, target, size_mb = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
items = []
for f in sorted(corpus.glob("*.xml")):
    if f.name.endswith("crazy-cdata.xml"):
        continue  # not well-formed on purpose
    text = f.read_text(encoding="utf-8")
    if "http://wordpress.org/export/1.2/" not in text:
        continue  # keep one namespace set: items are pasted into a 1.2 channel
    items += re.findall(r"<item>.*?</item>", text, flags=re.S)
if not items:
    sys.exit("no WXR 1.2 items found")
head = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Benchmark</title>
<wp:wxr_version>1.2</wp:wxr_version>
"""
limit = size_mb * 1024 * 1024
written = 0
rounds = 0
count = 0
name = re.compile(r"(<wp:post_name>(?:<!\[CDATA\[)?)(.*?)((?:\]\]>)?</wp:post_name>)", re.S)
pid = re.compile(r"<wp:post_id>(\d+)</wp:post_id>")
with open(target, "w", encoding="utf-8") as out:
    out.write(head)
    while written < limit:
        rounds += 1
        for item in items:
            # Each round gets its own ids and slugs, as a real site's posts would have.
            item = pid.sub(lambda m: f"<wp:post_id>{int(m.group(1)) + rounds * 1000000}</wp:post_id>", item, count=1)
            item = name.sub(lambda m: m.group(1) + (m.group(2) + f"-r{rounds}" if m.group(2) else "") + m.group(3), item, count=1)
            out.write(item)
            out.write("\n")
            written += len(item) + 1
            count += 1
    out.write("</channel>\n</rss>\n")
print(f"bench-wxr: {count} items in {rounds} rounds")
PY
echo "$size_mb" > "$bench/size"
fi
bytes=$(stat -c %s "$wxr")
items=$(grep -c "<item>" "$wxr" || true)
echo "bench-wxr: $wxr is $((bytes / 1024 / 1024)) MB, $items items"

# The published build, as users run it: native since issue 11 (PUBLISH_ARGS=-p:PublishAot=false for the
# framework-dependent one).
echo "bench-wxr: publishing cdsmigrate (Release) ..."
dotnet publish "$root/src/CdsMigrate.Cli" -c Release -o "$bench/bin" -v q -nologo ${PUBLISH_ARGS:-} >/dev/null
cli="$bench/bin/cdsmigrate"

rm -rf "$out"
start=$(date +%s.%N)
set +e
/usr/bin/time -v "$cli" convert "$wxr" --out "$out" --fail-on never "$@" 2> "$bench/stderr.txt" >/dev/null
code=$?
set -e
end=$(date +%s.%N)
seconds=$(echo "$end - $start" | bc)
files=$(find "$out" -name '*.md' | wc -l)
rss_kb=$(grep "Maximum resident set size" "$bench/stderr.txt" | awk '{print $NF}')
grep "^cdsmigrate:" "$bench/stderr.txt" | tail -1 || true
echo "bench-wxr: exit code $code"
echo "bench-wxr: $files Markdown files written in ${seconds}s"
echo "bench-wxr: $(echo "scale=1; $items / $seconds" | bc) items/s (all items read), $(echo "scale=1; $files / $seconds" | bc) documents/s (converted)"
echo "bench-wxr: peak RSS $((rss_kb / 1024)) MB (target < 200 MB)"
