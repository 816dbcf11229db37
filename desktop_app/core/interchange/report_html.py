"""A retrieval report as one self-contained HTML file (every user text escaped)."""

from __future__ import annotations

from html import escape

from desktop_app.core.interchange.report_text import source_line, word
from desktop_app.core.interchange.retrieval import Retrieval

STYLE = """
body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; max-width: 50em;
       margin: 2em auto; line-height: 1.7; }
h2 .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .4em; }
blockquote { margin: .6em 0 .2em 1em; padding-left: .8em; border-left: 4px solid #ccc;
             white-space: pre-wrap; }
.context { color: #888; }
.source { color: #555; font-size: 90%; margin: 0 0 .2em 1.8em; }
.memo { font-size: 90%; margin: 0 0 .8em 1.8em; font-style: italic; }
"""


def _text(s: str) -> str:
    return escape(s, quote=True)


def render_html(report: Retrieval, lang: str = "zh", title: str | None = None) -> str:
    title = title or word("report", lang)
    out = [f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}"><head>'
           f'<meta charset="utf-8"><title>{_text(title)}</title><style>{STYLE}</style></head><body>',
           f"<h1>{_text(title)}</h1>"]
    if report.attributes:
        filt = "; ".join(f"{k} = {' / '.join(v)}" for k, v in report.attributes.items())
        out.append(f"<p>{_text(word('filters', lang))}: {_text(filt)}</p>")
    if not report.groups:
        out.append(f"<p>{_text(word('none', lang))}</p>")
    for g in report.groups:
        out.append(f'<h2 id="code-{g.code_id}"><span class="swatch" style="background:'
                   f'{_text(g.colour)}"></span>{_text(g.name)} ({g.count} '
                   f'{_text(word("passages", lang))})</h2>')
        for d in g.documents:
            out.append(f"<h3>{_text(d.title)}</h3>")
            for p in d.passages:
                out.append(
                    f'<blockquote id="coding-{p.coding_id}"><span class="context">'
                    f'{_text(p.before)}</span><mark style="background:{_text(g.colour)}40">'
                    f'{_text(p.text)}</mark><span class="context">{_text(p.after)}</span>'
                    "</blockquote>")
                out.append(f'<p class="source">{_text(source_line(d.title, p.start, p.end, p.coder, lang))}</p>')
                if p.memo:
                    out.append(f'<p class="memo">{_text(word("memo", lang))}: {_text(p.memo)}</p>')
    out.append("</body></html>\n")
    return "\n".join(out)
