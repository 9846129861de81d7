#!/usr/bin/env python3
"""Writes the sources of the format fixtures (issue 13) for make-format-fixtures.sh.

For each seed document testdata/<seed>.txt this writes <out>/<seed>.fodt, a flat OpenDocument
text that LibreOffice then converts to .docx, .doc and .pdf: one paragraph per non-empty line of
the seed, a running header (the document's title) and a page-number footer (— 3 —). Two seeds get
real automatic list numbering instead of their typed labels:

  henan-2017-new-growth-drivers     一、 and （一） as one two-level list; （一） restarts under
                                    each 一、 (as in the text)
  qinghai-2018-county-innovation    一、 sections and （一） items as two lists; the items go on
                                    counting across sections (（三） follows （二） of the section
                                    before, as in the text)

It also writes english-wrapping.fodt (English paragraphs that wrap, for the PDF reader's joining
of Latin lines), law-articles.fodt from law-articles.md (第X章 headings and 第X条 articles as
automatic numbering, a table, a footnote, an endnote and a tracked insertion and deletion), and
the gov.cn-style web page henan-2017-new-growth-drivers.html (navigation, breadcrumbs, a sidebar,
share buttons, a footer, scripts and styles around the text).
"""
import html
import re
import sys
from pathlib import Path

CN = "一二三四五六七八九十"


def cn_number(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + (CN[n - 11] if n > 10 else "")
    tens, ones = divmod(n, 10)
    return CN[tens - 1] + "十" + (CN[ones - 1] if ones else "")


def esc(s):
    return html.escape(s, quote=True)


def text_span(s):
    """Text with runs of spaces kept (ODF collapses them otherwise)."""
    out = []
    for m in re.finditer(r" {2,}|[^ ]+| ", s):
        t = m.group(0)
        if len(t) > 1 and t.strip() == "":
            out.append('<text:s text:c="%d"/>' % len(t))
        else:
            out.append(esc(t))
    return "".join(out)


FONT = "WenQuanYi Zen Hei"

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{title}</dc:title></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/>
   <style:text-properties style:font-name="{font}" style:font-name-asian="{font}"
     fo:font-size="12pt" style:font-size-asian="12pt" fo:language="zh" fo:country="CN"
     style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Header" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
  {list_styles}
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
     fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.6cm" fo:margin-right="2.6cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
{tracked}{body}
 </office:text></office:body>
</office:document>
"""


def list_style(name, levels):
    """levels: list of (prefix, suffix, followed_by) for levels 1.."""
    out = ['<text:list-style style:name="%s">' % name]
    for i, (prefix, suffix, follow) in enumerate(levels, 1):
        out.append(
            '<text:list-level-style-number text:level="%d" style:num-prefix="%s" '
            'style:num-suffix="%s" style:num-format="一, 二, 三, ..." text:display-levels="1">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="%s" '
            'fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties>'
            "</text:list-level-style-number>" % (i, esc(prefix), esc(suffix), follow)
        )
    out.append("</text:list-style>")
    return "".join(out)


def para(text):
    return "<text:p>%s</text:p>" % text_span(text)


class Lists:
    """Writes list items so that each list style is one list that goes on across other text."""

    def __init__(self):
        self.first_id = {}
        self.count = 0

    def item(self, style, level, text):
        self.count += 1
        own = "list%d" % self.count
        attrs = 'xml:id="%s" text:style-name="%s"' % (own, style)
        if style in self.first_id:
            attrs += ' text:continue-list="%s"' % self.first_id[style]
        else:
            self.first_id[style] = own
        inner = "<text:list-item>%s</text:list-item>" % para(text)
        for _ in range(level - 1):
            inner = "<text:list-item><text:list>%s</text:list></text:list-item>" % inner
        return "<text:list %s>%s</text:list>" % (attrs, inner)


SECTION = re.compile(r"^[\u3000 ]*([一二三四五六七八九十]+)、(.*)$")
ITEM = re.compile(r"^[\u3000 ]*（([一二三四五六七八九十]+)）(.*)$")


def seed_body(lines, numbering):
    lists = Lists()
    body = []
    counters = {"section": 0, "item": 0}
    for line in lines:
        if not line.strip():
            continue
        m = SECTION.match(line) if numbering else None
        if m:
            counters["section"] += 1
            if numbering == "restart":
                counters["item"] = 0
            assert m.group(1) == cn_number(counters["section"]), (line, counters)
            if numbering == "restart":
                body.append(lists.item("Outline", 1, m.group(2)))
            else:
                body.append(lists.item("Sections", 1, m.group(2)))
            continue
        m = ITEM.match(line) if numbering else None
        if m:
            counters["item"] += 1
            assert m.group(1) == cn_number(counters["item"]), (line, counters)
            if numbering == "restart":
                body.append(lists.item("Outline", 2, m.group(2)))
            else:
                body.append(lists.item("Items", 1, m.group(2)))
            continue
        body.append(para(line))
    return "\n".join(body)


SEEDS = {
    "henan-2017-new-growth-drivers": ("河南省人民政府关于创新管理优化服务培育壮大经济发展新动能的实施意见", "restart"),
    "qinghai-2017-new-growth-drivers": ("青海省人民政府关于创新管理优化服务培育壮大经济发展新动能的实施意见", None),
    "qinghai-2018-county-innovation": ("青海省人民政府办公厅关于推进县域创新驱动发展的实施意见", "continue"),
    "qinghai-2018-mass-innovation": ("青海省人民政府关于推动创新创业高质量发展的实施意见", None),
    "yunnan-2017-new-growth-drivers-garbled": ("云南省创新管理优化服务培育壮大经济发展新动能实施方案", None),
}

LIST_STYLES = {
    "restart": list_style("Outline", [("", "、", "nothing"), ("（", "）", "nothing")]),
    "continue": list_style("Sections", [("", "、", "nothing")])
    + list_style("Items", [("（", "）", "nothing")]),
    None: "",
}


def fodt(title, header, body, list_styles="", tracked=""):
    return HEAD.format(
        title=esc(title), header=esc(header), body=body, font=FONT, list_styles=list_styles,
        tracked=tracked,
    )


def law(md_path):
    """law-articles.fodt from the Markdown law text, with automatic 第X章/第X条 numbering."""
    lines = Path(md_path).read_text(encoding="utf-8").split("\n")
    lists = Lists()
    body = []
    styles = list_style("Chapters", [("第", "章", "space")]) + list_style(
        "Articles", [("第", "条", "space")]
    )
    article = 0
    chapter = 0
    for line in lines:
        if not line.strip():
            continue
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"\*\*([^*]+)\*\*|\*([^*]+)\*", lambda m: m.group(1) or m.group(2), line)
        m = re.match(r"^## 第([一二三四五六七八九十]+)章\s+(.*)$", line)
        if m:
            chapter += 1
            assert m.group(1) == cn_number(chapter)
            body.append(lists.item("Chapters", 1, m.group(2)))
            continue
        if line.startswith("<!--"):
            continue
        m = re.match(r"^#+ (.*)$", line)
        if m:
            body.append(para(m.group(1)))
            continue
        m = re.match(r"^第([一二三四五六七八九十]+)条[\u3000 ](.*)$", line)
        if m:
            article += 1
            assert m.group(1) == cn_number(article)
            text = m.group(2)
            if article == 3:
                # A footnote and an endnote on the third article.
                text_xml = (
                    text_span(text)
                    + '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                    "<text:note-body><text:p>本条所称标准文本，是指经批准发布的文本。</text:p></text:note-body></text:note>"
                    + '<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
                    "<text:note-body><text:p>参见本办法附表。</text:p></text:note-body></text:note>"
                )
                body.append(lists.item("Articles", 1, text).replace(text_span(text), text_xml))
                continue
            if article == 4:
                # Tracked changes: 一年 deleted, 两年 inserted.
                assert "两年" in text
                before, after = text.split("两年", 1)
                marked = (
                    text_span(before)
                    + '<text:change text:change-id="ct1"/>'
                    + '<text:change-start text:change-id="ct2"/>两年<text:change-end text:change-id="ct2"/>'
                    + text_span(after)
                )
                body.append(lists.item("Articles", 1, text).replace(text_span(text), marked))
                continue
            body.append(lists.item("Articles", 1, text))
            continue
        body.append(para(line))
    table = (
        '<table:table table:name="附表"><table:table-column table:number-columns-repeated="3"/>'
        + "".join(
            "<table:table-row>%s</table:table-row>"
            % "".join('<table:table-cell office:value-type="string">%s</table:table-cell>' % para(c) for c in row)
            for row in [("序号", "事项", "期限"), ("1", "登记", "十个工作日"), ("2", "复核", "五个工作日")]
        )
        + "</table:table>"
    )
    body.append(para("附表：办理期限"))
    body.append(table)
    info = '<office:change-info><dc:creator>审校</dc:creator><dc:date>2024-05-01T10:00:00</dc:date></office:change-info>'
    tracked = (
        '<text:tracked-changes text:track-changes="false">'
        '<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>%s<text:p>一年</text:p></text:deletion></text:changed-region>'
        '<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion>%s</text:insertion></text:changed-region>'
        "</text:tracked-changes>\n" % (info, info)
    )
    return fodt("示范条例", "示范条例（草案）", "\n".join(body), styles, tracked)


NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进河南", "数据发布"]
SIDEBAR = ["河南省人民政府关于印发河南省推进供给侧结构性改革总体方案的通知", "河南省人民政府办公厅关于加快发展众创空间的实施意见", "河南省人民政府关于促进大数据产业发展的若干意见"]


def web_page(seed_lines, title):
    paras = "\n".join(
        '<p style="text-indent: 2em;">%s</p>' % esc(l.strip("\u3000 ")) for l in seed_lines if l.strip()
    )
    nav = "".join('<li><a href="/%d/">%s</a></li>' % (i, esc(n)) for i, n in enumerate(NAV))
    side = "".join('<li><a href="/zwgk/%d.html" title="%s">%s</a></li>' % (i, esc(s), esc(s)) for i, s in enumerate(SIDEBAR))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}_政策文件_河南省人民政府门户网站</title>
<meta name="keywords" content="新动能,放管服">
<link rel="stylesheet" href="/css/common.css">
<style>
body {{ font-family: "Microsoft YaHei", sans-serif; margin: 0; }}
.nav li {{ display: inline-block; padding: 0 1em; }}
.main {{ display: flex; width: 1100px; margin: 0 auto; }}
.sidebar {{ width: 260px; }} .article {{ flex: 1; }}
</style>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); hm.src = "/stat.js"; }})();</script>
</head>
<body>
<div class="top-bar"><span>欢迎访问河南省人民政府门户网站</span> <a href="/wza/">无障碍</a> <a href="/en/">English</a> <a href="/search/">搜索</a></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="河南省人民政府"></div>
<ul class="nav">{nav}</ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; 正文</div>
<div class="main">
<div class="sidebar"><h3>相关文件</h3><ul>{side}</ul>
<h3>热点专题</h3><ul><li><a href="/zt/1/">优化营商环境</a></li><li><a href="/zt/2/">放管服改革</a></li></ul></div>
<div class="article">
<h1 class="article-title">{esc(title)}</h1>
<div class="article-info"><span>发布时间：2017-09-13</span> <span>来源：河南省人民政府</span> <span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="share bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" title="分享到微信">微信</a><a href="#" class="bds_tsina" title="分享到新浪微博">微博</a><a href="#" class="bds_qzone">QQ空间</a></div>
<div id="zoom" class="article-content">
{paras}
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><p>主办：河南省人民政府办公厅　承办：河南省人民政府办公厅信息中心</p>
<p>网站标识码：4100000001　豫ICP备05000000号　豫公网安备 41010502000001号</p>
<p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p></div>
<script src="/js/share.js"></script>
</body>
</html>
"""


def main():
    testdata, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for seed, (title, numbering) in SEEDS.items():
        lines = (testdata / (seed + ".txt")).read_text(encoding="utf-8").split("\n")
        body = seed_body(lines, numbering)
        (out / (seed + ".fodt")).write_text(fodt(title, title, body, LIST_STYLES[numbering]), encoding="utf-8")
    henan = (testdata / "henan-2017-new-growth-drivers.txt").read_text(encoding="utf-8").split("\n")
    (out / "henan-2017-new-growth-drivers.html").write_text(
        web_page(henan, SEEDS["henan-2017-new-growth-drivers"][0]), encoding="utf-8"
    )
    english = [
        "Article 1. These rules govern the handling of sample matters, so that applications are "
        "received, examined and decided within the time limits set out below, and so that every "
        "applicant is told the reasons for a refusal in writing.",
        "Article 2. A well-known exception applies to matters that were already pending before "
        "these rules took effect; such matters are decided under the rules in force when they "
        "were received.",
    ]
    (out / "english-wrapping.fodt").write_text(
        fodt("Sample rules", "Sample rules", "\n".join(para(p) for p in english)), encoding="utf-8"
    )
    (out / "law-articles.fodt").write_text(law(testdata / "formats" / "law-articles.md"), encoding="utf-8")


if __name__ == "__main__":
    main()
