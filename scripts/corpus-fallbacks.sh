#!/usr/bin/env bash
# Measurement (not a test): per export, the documents, verification errors and raw HTML fallbacks by tag, as
# issue 10's closing note asks. Reads JSON reports (cdsmigrate convert … --report r.json); with no argument,
# converts ../shared/corpus/{wxr,wxr-real,rest-real} into a temporary folder first.
#
#   scripts/corpus-fallbacks.sh [report.json ...]
#
# Raw HTML fallbacks are the diagnostics that keep HTML in the output: CDS1001 (block kept as raw HTML),
# CDS1103 (inline element kept as HTML), CDS1107 (table), CDS1112 (Custom HTML block), CDS1114 (video/audio),
# CDS1117 (preformatted). The tag is the first <tag> the message names, else the block's name without its
# namespace (core/table: table); a plugin block kept whole also shows its name (div[jetpack/subscriptions]).
set -euo pipefail
reports=()
for r in "$@"; do reports+=("$(realpath "$r")"); done
cd "$(dirname "$0")/.."

if [ ${#reports[@]} -eq 0 ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  dotnet build -v q src/CdsMigrate.Cli >/dev/null
  for corpus in wxr wxr-real rest-real; do
    dir=../shared/corpus/$corpus
    [ -d "$dir" ] || { echo "corpus-fallbacks: $dir not found" >&2; continue; }
    dotnet src/CdsMigrate.Cli/bin/Debug/net10.0/cdsmigrate.dll convert "$dir" --out "$work/$corpus" \
      --report "$work/$corpus.json" --fail-on never -q >/dev/null || true
    reports+=("$work/$corpus.json")
  done
fi

python3 - "${reports[@]}" <<'EOF'
import collections, json, os, re, sys

FALLBACKS = {"CDS1001", "CDS1103", "CDS1107", "CDS1112", "CDS1114", "CDS1117"}
rows = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    for doc in report["documents"]:
        source = os.path.basename(doc.get("source") or "?").split("#")[0]
        row = rows.setdefault(source, {"documents": 0, "verification": 0, "fallbacks": collections.Counter()})
        row["documents"] += 1
        for d in doc.get("diagnostics", []):
            code = d["code"]
            if code.startswith("CDS9") and d["severity"] == "error":
                row["verification"] += 1
            if code in FALLBACKS:
                m = re.search(r"<([A-Za-z][\w:-]*)", d.get("message", ""))
                block = d.get("block") or "?"
                tag = m.group(1).lower() if m else block.split("/")[-1]
                # A named block kept whole (a Jetpack form) is shown with its name: its tag alone says little.
                if m and "/" in block and not block.startswith("core/"):
                    tag += f"[{block}]"
                row["fallbacks"][tag] += 1

print(f"{'export':<72} {'docs':>5} {'verif':>5}  raw HTML fallbacks by tag")
total = collections.Counter()
for source in sorted(rows):
    row = rows[source]
    total["documents"] += row["documents"]
    total["verification"] += row["verification"]
    tags = ", ".join(f"{t} {n}" for t, n in row["fallbacks"].most_common()) or "-"
    print(f"{source[:72]:<72} {row['documents']:>5} {row['verification']:>5}  {tags}")
all_tags = sum((r["fallbacks"] for r in rows.values()), collections.Counter())
print(f"{'TOTAL':<72} {total['documents']:>5} {total['verification']:>5}  " + (", ".join(f"{t} {n}" for t, n in all_tags.most_common()) or "-"))
EOF
