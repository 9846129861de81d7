#!/usr/bin/env bash
# Writes the inputs of the format extraction benchmark (docs/PERFORMANCE.md, "Reading Word and PDF files") to
# bench/target/formats/ (never committed):
#   pdf-300-pages.pdf  the five seeds' flat ODF sources (make-format-fixtures.py) ten times over in
#                      one document, through LibreOffice: ~300 pages with a running header and
#                      page numbers
#   docx-10mb.docx     the Henan .docx fixture with its body (numbered paragraphs included)
#                      repeated until the file is 10 MB
#   docx-10mb-text.txt the same text as plain UTF-8, for reference
# Needs what scripts/make-format-fixtures.sh needs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/bench/target/formats"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
python3 "$root/scripts/make-format-fixtures.py" "$root/testdata" "$work"
python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]
seeds = ["henan-2017-new-growth-drivers", "qinghai-2017-new-growth-drivers",
         "qinghai-2018-county-innovation", "qinghai-2018-mass-innovation",
         "yunnan-2017-new-growth-drivers-garbled"]
docs = [open(f"{work}/{s}.fodt", encoding="utf-8").read() for s in seeds]
bodies = [d[d.index("<office:text>") + len("<office:text>"):d.index("</office:text>")] for d in docs]
# the Henan document's styles (its list style) serve all; ids of lists made unique per copy
big = []
for copy in range(10):
    for n, body in enumerate(bodies):
        big.append(re.sub(r'(xml:id|text:continue-list)="list(\d+)"',
                          lambda m: f'{m.group(1)}="c{copy}s{n}list{m.group(2)}"', body))
doc = docs[0]
start = doc.index("<office:text>") + len("<office:text>")
end = doc.index("</office:text>")
open(f"{work}/pdf-300-pages.fodt", "w", encoding="utf-8").write(doc[:start] + "".join(big) + doc[end:])
PY
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to pdf:writer_pdf_Export --outdir "$out" "$work/pdf-300-pages.fodt" >/dev/null
python3 - "$root/testdata/formats/henan-2017-new-growth-drivers.docx" "$out/docx-10mb.docx" <<'PY'
import sys, zipfile
src, dst = sys.argv[1:]
with zipfile.ZipFile(src) as z:
    xml = z.read("word/document.xml").decode("utf-8")
    entries = [(i, z.read(i.filename)) for i in z.infolist()]
body_start = xml.index("<w:body>") + len("<w:body>")
sect = xml.rindex("<w:sectPr")
body = xml[body_start:sect]
copies = 1
while True:
    doc = xml[:body_start] + body * copies + xml[sect:]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in entries:
            out.writestr(info, doc.encode("utf-8") if info.filename == "word/document.xml" else data)
    import os
    size = os.path.getsize(dst)
    if size >= 10 * 1000 * 1000:
        break
    copies = max(copies + 1, int(copies * 10.2e6 / size))
print(f"docx-10mb.docx: {copies} copies of the Henan body, {size} bytes")
PY
# The reference: the same text as a plain .txt (the document's w:t text, paragraphs separated by an
# empty line), so that a run can compare reading a .docx with reading its text.
python3 - "$out/docx-10mb.docx" "$out/docx-10mb-text.txt" <<'PY'
import html, re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml)
text = "\n\n".join("".join(html.unescape(t) for t in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paragraphs)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
pdfinfo "$out/pdf-300-pages.pdf" | grep Pages
ls -l "$out"
