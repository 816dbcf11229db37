"""Web pages written for the tests the way Chinese government portals and newspapers lay
them out: navigation, breadcrumbs, a "字体：大 中 小" bar, share/print links, scripts, a
footer, the article in a TRS editor block, date and source in an info line."""

from __future__ import annotations

ARTICLE = [
    "湖州市人民政府办公室关于推进城乡融合发展的实施意见",
    "各区县人民政府，市政府各部门、各直属单位：",
    "为深入贯彻落实省委、省政府关于高质量发展建设共同富裕示范区的决策部署，加快推进城乡融合发展，现提出如下实施意见。",
    "一、总体要求",
    "坚持以人民为中心的发展思想，以缩小城乡差距、地区差距、收入差距为主攻方向，推动城乡要素平等交换、双向流动。",
    "二、主要任务",
    "（一）推进基本公共服务均等化。健全城乡一体的教育、医疗、养老服务体系，到2025年城乡居民收入倍差缩小到1.6以内。",
    "（二）深化农村综合改革。稳慎推进宅基地制度改革试点，探索农村集体经营性建设用地入市。",
    "湖州市人民政府办公室",
    "2021年6月10日",
]


def gov_page(charset: str = "gb2312", meta: bool = True, title_suffix: str = "_湖州市人民政府") -> str:
    paras = "\n".join(
        f"<p style='text-indent:2em'>　　{p}</p>" if i not in (0, 3, 5) else
        (f"<h1>{p}</h1>" if i == 0 else f"<p><strong>{p}</strong></p>")
        for i, p in enumerate(ARTICLE))
    head_meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if meta else ""
    return f"""<!DOCTYPE html>
<html><head>{head_meta}
<title>{ARTICLE[0]}{title_suffix}</title>
<meta name="ArticleTitle" content="{ARTICLE[0]}">
<meta name="PubDate" content="2021-06-10 09:30">
<meta name="ContentSource" content="湖州市人民政府办公室">
<style>.nav {{ color: red }}</style>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
</head><body>
<div class="top-bar"><a href="/">首页</a> | <a href="/en">English</a> | 无障碍浏览</div>
<div id="nav" class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政策文件</div>
<div class="main">
  <div class="article-title"><h1>{ARTICLE[0]}</h1></div>
  <div class="info">发布时间：2021-06-10 09:30 来源：湖州日报 浏览次数：1234
     <span class="fontsize">字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
  <div id="zoom" class="TRS_Editor">
{paras}
  </div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
  <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="related"><h3>相关文章</h3><ul>
     <li><a href="/a1">湖州市关于印发乡村振兴战略规划的通知</a></li>
     <li><a href="/a2">关于做好2021年城乡居民基本医疗保险工作的通知</a></li></ul></div>
</div>
<div class="footer"><p>主办：湖州市人民政府办公室 承办：湖州市大数据发展管理局</p>
<p>浙ICP备05000000号 浙公网安备 33050202000000号 网站标识码：3305000000</p></div>
<script src="/js/stat.js"></script>
</body></html>"""


BOILERPLATE = ["首页", "政务公开", "当前位置", "字体", "分享到", "打印本页", "关闭窗口", "相关文章",
               "主办", "ICP", "统计代码", "无障碍", "浏览次数", "乡村振兴战略规划"]


def table_page() -> str:
    """An older portal: table layout, no class names, a left menu, no charset declared."""
    rows = "".join(f"<tr><td>　　{p}</td></tr>" for p in ARTICLE[1:])
    menu = "".join(f"<tr><td><a href='/m{i}'>{m}</a></td></tr>" for i, m in enumerate(
        ["机构概况", "政务公开", "政策文件", "办事指南", "公众参与", "在线访谈"]))
    return f"""<html><head><title>{ARTICLE[0]}-湖州市发展和改革委员会</title></head>
<body><table width="1000"><tr><td colspan="2"><img src="/banner.jpg">首页 | 机构概况 | 政务公开</td></tr>
<tr><td width="200" valign="top"><table>{menu}</table></td>
<td valign="top"><table><tr><td align="center"><b>{ARTICLE[0]}</b></td></tr>
<tr><td align="center">发布日期：2021年6月10日　信息来源：市发改委　【字体：大 中 小】</td></tr>
{rows}</table></td></tr>
<tr><td colspan="2" align="center">版权所有：湖州市发展和改革委员会　地址：湖州市仁皇山路　浙ICP备12345678号</td></tr>
</table></body></html>"""
