"""The words of the reports (retrieval, matrices, coded documents) in Chinese and English."""

from __future__ import annotations

from desktop_app.core.interchange.labels import pick

WORDS: dict[str, tuple[str, str]] = {
    "report": ("编码检索报告", "Retrieval report"),
    "passages": ("片段", "passages"),
    "coder": ("编码者", "coder"),
    "memo": ("备忘", "memo"),
    "chars": ("字符", "characters"),
    "filters": ("筛选", "filters"),
    "none": ("（无片段）", "(no passages)"),
    "codes": ("编码", "codes"),
    "coded_document": ("已编码文档", "Coded document"),
}


def word(key: str, lang: str) -> str:
    return pick(WORDS[key], lang)


def source_line(title: str, start: int, end: int, coder: str, lang: str) -> str:
    """``title, 12–40, coder alice`` — where a passage comes from (offsets: code points)."""
    return f"{title}, {start}–{end}, {word('coder', lang)} {coder}"
