#!/usr/bin/env python3
"""Writes the small bad inputs of testdata/bad/ (issue 6). The bytes are spelled out here so that no
editor or tool normalizes them on the way. Run from the repository root; review the diff."""
import io
import struct
import zipfile
import zlib
from pathlib import Path

OUT = Path("testdata/bad")


def w(name, data):
    (OUT / name).write_bytes(data)


def png_1x1():
    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def small_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("policy.txt", date_time=(2020, 1, 1, 0, 0, 0)),
                   "一、总体要求\n（一）推进改革。\n" * 20)
    return buf.getvalue()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    w("invalid-utf8.txt", "总体要求".encode("utf-8") + b"\xff\xfe\xfd" + b"abc\n")
    gb = "一、总体要求\n（一）指导思想。全面贯彻新发展理念。\n".encode("gb18030")
    w("truncated-gb18030.txt", gb[:-2])  # cut inside "。" (the line end goes too)
    w("gb18030.txt", gb)
    t = "一、总体要求\n（一）推进改革。建立机制，完善制度。\n"
    w("utf16le-no-bom.txt", t.encode("utf-16-le"))
    w("utf16be-no-bom.txt", t.encode("utf-16-be"))
    w("utf16le-no-bom-supplementary.txt", "一、𠮷野家\n（一）推进改革。\n".encode("utf-16-le"))
    w("utf16le-lone-surrogate.txt",
      b"\xff\xfe" + "一、".encode("utf-16-le") + b"\x00\xd8" + "要求".encode("utf-16-le"))
    w("utf16be-lone-low-surrogate.txt",
      b"\xfe\xff" + "一、".encode("utf-16-be") + b"\xdc\x00" + "要求".encode("utf-16-be"))
    w("utf32le-bom.txt", b"\xff\xfe\x00\x00" + "\ufeff一、总体要求\n".encode("utf-32-le"))
    w("nul-bytes.txt",
      "一、总体要求\n".encode("utf-8") + b"\x00\x00" + "（一）推进。\n".encode("utf-8"))
    w("image.png", png_1x1())
    w("archive.zip", small_zip())
    w("empty.txt", b"")
    w("bom-only.txt", b"\xef\xbb\xbf")
    w("whitespace-only.txt", " \t\n\u3000\u3000\r\n\u00a0\n\n  \u2028 \n".encode("utf-8"))
    w("combining-and-selectors.txt", (
        "一、总体要求\n"
        "（一）Cafe\u0301 and re\u0301sume\u0301 stay whole, n\u0303 too。"
        "葛\U000E0100城与葛城，禰\ufe00豆子；\u2764\ufe0f心。\u1100\u1161\u11a8 가각。\n"
        "（二）Zalgo：a" + "\u0301\u0323" * 150 + "b，然后继续。\n").encode("utf-8"))
    w("bidi-marks.txt", (
        "\u200f一、总体要求\n"
        "（一）\u202eTEXT REVERSED\u202c 与 \u2067שלום עולם\u2069 并列。"
        "阿拉伯文 \u200fمرحبا بالعالم\u200f 也在。\n"
        "\u200e（二）左到右标记开头的条目。\n").encode("utf-8"))
    w("cr-line-endings.txt", (
        "一、总体要求\r（一）指导思想。全面贯彻。\r（二）基本原则。坚持改革。\r"
        "二、主要任务\r（三）推进改革，建立机制。\r").encode("utf-8"))
    w("mixed-line-endings.txt", (
        "一、总体要求\r\n（一）指导思想。全面贯彻。\n（二）基本原则。坚持改革。\r"
        "二、主要任务\u2028（三）推进改革，建立机制。\u0085（四）完善制度。\u2029\r\n\n"
        "三、保障措施\n\r（五）加强领导。").encode("utf-8"))
    w("html-and-script.html", (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>关于推进改革的意见</title>\n'
        '<script type="text/javascript">var a = 1; if (a < 2 && b > 3) '
        '{ alert("一、不是标题。"); }</script>\n'
        "<style>p { margin: 0; } /* 1. 不是条目 */</style></head>\n<body>\n"
        "<p>一、总体要求</p>\n<p>（一）指导思想。全面贯彻&nbsp;新发展理念，&lt;坚持&gt;改革。</p>\n"
        "<div><p>（二）基本原则。<b>坚持</b>问题导向。</p></div>\n"
        '<script>document.write("<p>二、伪造</p>");</script>\n'
        "</body></html>\n").encode("utf-8"))


if __name__ == "__main__":
    main()
