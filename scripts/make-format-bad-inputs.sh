#!/usr/bin/env bash
# Regenerates testdata/formats/bad/ (issue 13): hostile Word and PDF files, each made by a real
# tool or derived by a script from a fixture that a real tool made (testdata/formats/, see
# make-format-fixtures.sh). What each file must give is in testdata/formats/bad/README.md and
# formats/src/test/java/org/clausediff/formats/BadFormatsTest.java.
#
# Needs: python3, libreoffice, qpdf, img2pdf, poppler-utils (pdftoppm), msoffcrypto-tool
# (Debian: python3-msoffcrypto-tool).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fixtures="$root/testdata/formats"
out="$fixtures/bad"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

docx="$fixtures/qinghai-2018-county-innovation.docx"
pdf="$fixtures/qinghai-2018-county-innovation.pdf"

# Encrypted: a PDF with an open password (qpdf, AES-256) and a .docx with one (Office's agile
# encryption, an OLE2 container holding EncryptedPackage, written by Apache POI from the Maven
# repository: build the project once first).
qpdf --encrypt secret secret 256 -- "$pdf" "$out/encrypted.pdf"
m2="${HOME}/.m2/repository"
poi_cp=$(find "$m2/org/apache/poi" "$m2/org/apache/xmlbeans" "$m2/commons-io" "$m2/commons-codec" \
  "$m2/org/apache/commons/commons-collections4" "$m2/org/apache/commons/commons-compress" \
  "$m2/org/apache/commons/commons-math3" "$m2/org/apache/logging/log4j/log4j-api" \
  "$m2/com/zaxxer/SparseBitSet" "$m2/com/github/virtuald/curvesapi" -name '*.jar' 2>/dev/null |
  grep -E '/(poi|poi-ooxml|poi-ooxml-lite)/5\.5\.1/|xmlbeans|commons-io/2\.21|commons-codec/1\.20|collections4|compress/1\.28|math3|log4j-api|SparseBitSet|curvesapi' |
  grep -v -- '-sources' | tr '\n' ':')
java -cp "$poi_cp" "$root/scripts/EncryptDocx.java" "$docx" "$out/encrypted.docx" secret

# Scanned: the 6 pages of the Yunnan PDF as images only (pdftoppm, then img2pdf), twice over: 12
# pages without a text layer.
pdftoppm -r 40 -gray -png "$fixtures/yunnan-2017-new-growth-drivers-garbled.pdf" "$work/page"
img2pdf "$work"/page-*.png "$work"/page-*.png -o "$out/scanned-12-pages.pdf"

# Truncated: the first half of a real PDF and of a real .docx.
head -c $(($(stat -c %s "$pdf") / 2)) "$pdf" >"$out/truncated.pdf"
head -c $(($(stat -c %s "$docx") / 2)) "$docx" >"$out/truncated.docx"

python3 - "$docx" "$fixtures/henan-2017-new-growth-drivers.html" "$fixtures/henan-2017-new-growth-drivers.doc" "$out" "$work" <<'PY'
import io, shutil, struct, sys, zipfile, zlib
docx, html, doc, out, work = sys.argv[1:]

def copy_entries(src, dst, skip=(), replace=None):
    with zipfile.ZipFile(src) as zin:
        for info in zin.infolist():
            if info.filename in skip:
                continue
            data = zin.read(info.filename)
            if replace and info.filename in replace:
                data = replace[info.filename]
            dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)

# Corrupt: a .docx whose document.xml has its compressed bytes overwritten in the middle.
raw = bytearray(open(docx, "rb").read())
with zipfile.ZipFile(docx) as z:
    info = z.getinfo("word/document.xml")
header = info.header_offset
name_len, extra_len = struct.unpack("<HH", raw[header + 26:header + 30])
data_start = header + 30 + name_len + extra_len
middle = data_start + info.compress_size // 2
raw[middle:middle + 64] = b"\xff" * 64
open(f"{out}/corrupt-entry.docx", "wb").write(raw)

# ZIP bomb: the .docx plus a 1 GiB entry of zeros (about 1 MiB compressed).
with zipfile.ZipFile(f"{out}/zip-bomb.docx", "w") as z:
    copy_entries(docx, z)
    with z.open(zipfile.ZipInfo("word/media/bomb.bin"), "w", force_zip64=True) as entry:
        chunk = bytes(1 << 20)
        for _ in range(1024):
            entry.write(chunk)
# zipfile stores it uncompressed unless told otherwise: rewrite with deflate.
src = f"{out}/zip-bomb.docx"
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(f"{work}/bomb.docx", "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        if info.filename == "word/media/bomb.bin":
            zi = zipfile.ZipInfo(info.filename)
            zi.compress_type = zipfile.ZIP_DEFLATED
            with zin.open(info) as r, zout.open(zi, "w", force_zip64=True) as w:
                shutil.copyfileobj(r, w, 1 << 20)
        else:
            zout.writestr(info, zin.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
shutil.move(f"{work}/bomb.docx", src)

# Macros: the .docx as a macro-enabled .docm with a VBA project part (an OLE2 stream; the bytes
# of a real Word 97 file stand in for the project, which is never read).
ct_old = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
ct_new = "application/vnd.ms-word.document.macroEnabled.main+xml"
with zipfile.ZipFile(docx) as z:
    types = z.read("[Content_Types].xml").decode("utf-8")
    rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
types = types.replace(ct_old, ct_new).replace(
    "</Types>",
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
rels = rels.replace(
    "</Relationships>",
    '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
with zipfile.ZipFile(f"{out}/macros.docm", "w", zipfile.ZIP_DEFLATED) as z:
    copy_entries(docx, z, replace={"[Content_Types].xml": types.encode("utf-8"),
                                   "word/_rels/document.xml.rels": rels.encode("utf-8")})
    z.writestr("word/vbaProject.bin", open(doc, "rb").read())

# An HTML page saved under a Word name.
shutil.copy(html, f"{out}/html-renamed.docx")

# A huge image: a PNG that declares 40000 x 40000 pixels (200 MB of pixels once decoded, 200 KB
# on disk), in place of the image of a .docx that LibreOffice made (make-format-bad-inputs.sh
# writes that .docx below before this script runs... see the image step).
def png(width, height):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw_row = b"\x00" + bytes((width + 7) // 8)
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(raw_row) for _ in range(height)) + compressor.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", body) + chunk(b"IEND", b""))
open(f"{work}/small.png", "wb").write(png(16, 16))
open(f"{work}/huge.png", "wb").write(png(40000, 40000))
PY

# The .docx with an image: a flat ODF with the small PNG, through LibreOffice; then the PNG inside
# is replaced by the huge one.
python3 - "$work" <<'PY'
import base64, sys
work = sys.argv[1]
b64 = base64.b64encode(open(f"{work}/small.png", "rb").read()).decode()
open(f"{work}/image.fodt", "w", encoding="utf-8").write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:p>第一条 图片之前的条文。</text:p>
  <text:p><draw:frame draw:name="image1" text:anchor-type="as-char" svg:width="4cm" svg:height="4cm"><draw:image><office:binary-data>{b64}</office:binary-data></draw:image></draw:frame></text:p>
  <text:p>第二条 图片之后的条文。</text:p>
 </office:text></office:body>
</office:document>
""")
PY
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to "docx:MS Word 2007 XML" --outdir "$work" "$work/image.fodt" >/dev/null
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to odt --outdir "$work" "$work/image.fodt" >/dev/null
python3 - "$work" "$out" <<'PY'
import sys, zipfile
work, out = sys.argv[1:]
with zipfile.ZipFile(f"{work}/image.docx") as zin, zipfile.ZipFile(f"{out}/huge-image.docx", "w", zipfile.ZIP_DEFLATED) as zout:
    media = [n for n in zin.namelist() if n.startswith("word/media/")]
    assert media, "LibreOffice wrote no image"
    for info in zin.infolist():
        data = open(f"{work}/huge.png", "rb").read() if info.filename in media else zin.read(info.filename)
        zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
PY
# An OpenDocument text under a Word name: a ZIP, but not a Word document.
cp "$work/image.odt" "$out/opendocument-renamed.docx"
ls -l "$out"
