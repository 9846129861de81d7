#!/usr/bin/env bash
# Regenerates the format fixtures in testdata/formats/ (issue 13) with a real office suite:
# scripts/make-format-fixtures.py writes flat OpenDocument sources (.fodt) for the five seeds and
# the law text, LibreOffice (headless) converts each to .docx, .doc and .pdf, and headless
# Chromium saves the gov.cn-style web page as a browser would (its DOM after parsing).
#
# Needs: python3, libreoffice (writer), a CJK font (Debian: fonts-wqy-zenhei), chromium,
# poppler-utils.
# Run from anywhere; review the diff of testdata/formats/ before committing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/testdata/formats"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! fc-list :lang=zh family | grep -q 'WenQuanYi Zen Hei'; then
  echo "make-format-fixtures: the CJK font WenQuanYi Zen Hei is missing (apt-get install fonts-wqy-zenhei)" >&2
  exit 2
fi

python3 "$root/scripts/make-format-fixtures.py" "$root/testdata" "$work"

# A private profile, so that a running LibreOffice or the user's settings change nothing.
profile="file://$work/profile"
convert() { # convert FILTER EXT FILE...
  local filter=$1 ext=$2
  shift 2
  soffice -env:UserInstallation="$profile" --headless --norestore --convert-to "$ext:$filter" \
    --outdir "$work/out" "$@" >/dev/null
}
mkdir -p "$work/out"
convert "MS Word 2007 XML" docx "$work"/*.fodt
convert "MS Word 97" doc "$work"/*.fodt
convert writer_pdf_Export pdf "$work"/*.fodt

for f in "$work"/out/*; do
  name=$(basename "$f")
  case "$name" in
    law-articles.pdf) continue ;; # the law text is a .docx and .doc fixture only
    english-wrapping.doc | english-wrapping.docx) continue ;; # a .pdf fixture only
  esac
  cp "$f" "$out/$name"
done

# What an independent reader (poppler's pdftotext) finds on each page, pages separated by form
# feeds: SourceLocationsTest checks the PDF reader's page and line numbers against it.
for f in "$out"/*.pdf; do
  pdftotext -enc UTF-8 "$f" "$f.pdftotext.txt"
done

chromium --headless=new --no-sandbox --disable-gpu --dump-dom \
  "file://$work/henan-2017-new-growth-drivers.html" >"$out/henan-2017-new-growth-drivers.html" 2>/dev/null
ls -l "$out"
