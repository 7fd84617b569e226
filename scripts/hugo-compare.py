#!/usr/bin/env python3
"""Builds two Hugo sites, one from the source posts as they are and one from cdsmigrate's output, and
compares every page as a reader gets it: words (non-breaking spaces kept), headings, links, images.

usage: hugo-compare.py SOURCE_DIR OUTPUT_DIR [--show N]
Both folders hold the same relative paths (cdsmigrate keeps a post file's path). Needs hugo on PATH.
"""
import html.parser, unicodedata, urllib.parse, os, re, shutil, subprocess, sys, tempfile

CONFIG = """baseURL = "https://example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = true
"""
SINGLE = "<main>{{ .Content }}</main>\n"


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.words, self.headings, self.links, self.images = [], [], [], []
        self._in_main = 0
        self._heading = None
        self._link = None
        self._skip = 0
        self._text = []

    BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th",
              "figure", "figcaption", "details", "summary", "section", "br", "hr", "img", "dl", "dt", "dd"}

    def close(self):
        super().close()
        for w in re.split(r"[ \t\r\n]+", "".join(self._text)):
            w = w.strip("\xa0")
            if w:
                self.words.append(w)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.BLOCKS:
            self._text.append("\n")
        if tag == "main":
            self._in_main += 1
        if not self._in_main:
            return
        if tag in ("script", "style"):
            self._skip += 1
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = [tag, ""]
        if tag == "a" and a.get("href") is not None:
            self._link = [url(a.get("href")), ""]
        if tag == "img":
            self.images.append((url(a.get("src") or ""), norm(a.get("alt") or "")))

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self._text.append("\n")
        if tag == "main":
            self._in_main -= 1
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if self._heading and tag == self._heading[0]:
            self.headings.append((self._heading[0], norm(self._heading[1])))
            self._heading = None
        if tag == "a" and self._link:
            self.links.append((self._link[0], norm(self._link[1])))
            self._link = None

    def handle_data(self, data):
        if not self._in_main or self._skip:
            return
        # A non-breaking space at the edge of a word is invisible where a block starts or ends (the
        # converter drops those): compare words without them, and count the ones inside words apart.
        self._text.append(data)
        if self._heading:
            self._heading[1] += data
        if self._link:
            self._link[1] += data


def url(u):
    # Markdown writers percent-encode what a browser would encode anyway: the same address.
    return unicodedata.normalize("NFC", urllib.parse.unquote(u))


def norm(text):
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def build(content_root, site):
    os.makedirs(os.path.join(site, "layouts", "_default"))
    with open(os.path.join(site, "config.toml"), "w") as f:
        f.write(CONFIG)
    for name in ("single.html", "list.html"):
        with open(os.path.join(site, "layouts", "_default", name), "w") as f:
            f.write(SINGLE)
    shutil.copytree(content_root, os.path.join(site, "content", "posts"))
    run = subprocess.run(["hugo", "--quiet", "--destination", "public"], cwd=site, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"hugo failed in {site}:\n{run.stderr}")
    pages = {}
    public = os.path.join(site, "public")
    for root, _, files in os.walk(public):
        for f in files:
            if f == "index.html":
                rel = os.path.relpath(root, public)
                p = Page()
                with open(os.path.join(root, f), encoding="utf-8") as h:
                    p.feed(h.read())
                p.close()
                pages[rel] = p
    return pages, run.stderr


def main():
    source, output = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 5
    work = tempfile.mkdtemp(prefix="hugo-compare-")
    before, _ = build(source, os.path.join(work, "before"))
    after, _ = build(output, os.path.join(work, "after"))
    same, differ, shown = 0, {}, 0
    missing = sorted(set(before) - set(after))
    extra = sorted(set(after) - set(before))
    for rel in sorted(set(before) & set(after)):
        b, a = before[rel], after[rel]
        aspects = [name for name in ("words", "headings", "links", "images") if getattr(b, name) != getattr(a, name)]
        if not aspects:
            same += 1
            continue
        for name in aspects:
            differ[name] = differ.get(name, 0) + 1
        if shown < show:
            shown += 1
            print(f"--- {rel}: {', '.join(aspects)}")
            for name in aspects:
                bb, aa = getattr(b, name), getattr(a, name)
                for i, (x, y) in enumerate(zip(bb, aa)):
                    if x != y:
                        print(f"    {name}[{i}]: before {x!r}\n    {' ' * len(name)}   after  {y!r}")
                        break
                else:
                    print(f"    {name}: {len(bb)} before, {len(aa)} after")
    total = len(before)
    hb = sum(len(p.headings) for p in before.values()); ha = sum(len(p.headings) for p in after.values())
    print(f"pages: {total} before, {len(after)} after; same: {same}; differ: {total - same - len(missing)} {differ}; "
          f"missing after: {len(missing)}; new after: {len(extra)}; headings {hb} -> {ha}")
    for m in missing[:10]:
        print("  missing:", m)
    shutil.rmtree(work)
    return 0 if same == total and not extra else 1


if __name__ == "__main__":
    sys.exit(main())
