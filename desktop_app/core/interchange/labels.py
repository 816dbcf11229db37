"""Sheet names and the About sheet's explanations, in Chinese and English."""

from __future__ import annotations

SHEETS: dict[str, tuple[str, str]] = {
    "segments": ("编码片段", "Segments"),
    "codebook": ("编码本", "Codebook"),
    "documents": ("文档", "Documents"),
    "matrix": ("编码×文档", "Code × document"),
    "cooccurrence": ("共现", "Co-occurrence"),
    "agreement": ("编码者一致性", "Agreement"),
    "memos": ("备忘", "Memos"),
    "about": ("说明", "About"),
}

MATRIX_LABELS: dict[str, tuple[str, str]] = {
    "counts": ("编码片段数（每个文档中每个编码的编码片段数）",
               "Codings (number of codings of each code in each document)"),
    "chars": ("已编码字符数（每个编码在每个文档中所覆盖字符的并集大小）",
              "Coded characters (size of the union of each code's passages in each document)"),
    "any": ("任一编码", "any code"),
    "chart": ("各编码的编码片段数", "Codings per code"),
}

MEMO_HEADERS: dict[str, tuple[str, str]] = {
    "id": ("备忘ID", "memo id"),
    "target": ("所属", "on"),
    "target_id": ("对象ID", "target id"),
    "about": ("对象", "about"),
    "text": ("备忘", "memo"),
    "coder": ("编码者", "coder"),
    "created": ("创建时间", "created"),
    "updated": ("修改时间", "updated"),
}
MEMO_TARGETS: dict[str, tuple[str, str]] = {
    "project": ("项目", "project"), "document": ("文档", "document"), "code": ("编码", "code"),
}

AGREEMENT_HEADERS: dict[str, tuple[str, str]] = {
    "coder_a": ("编码者A", "coder A"),
    "coder_b": ("编码者B", "coder B"),
    "documents": ("共同编码的文档数", "documents coded by both"),
    "characters": ("字符数", "characters"),
    "a_chars": ("A编码的字符", "characters coded by A"),
    "b_chars": ("B编码的字符", "characters coded by B"),
    "both": ("双方都编码的字符", "characters coded by both"),
    "percent": ("一致率%", "agreement %"),
    "kappa": ("Cohen's kappa", "Cohen's kappa"),
    "alpha": ("Krippendorff's alpha", "Krippendorff's alpha"),
}

ABOUT_KEYS: dict[str, tuple[str, str]] = {
    "project": ("项目", "project"),
    "file": ("项目文件", "project file"),
    "exported": ("导出时间", "exported at"),
    "version": ("软件版本", "app version"),
    "coders": ("编码者筛选", "coders"),
    "codes": ("编码筛选", "codes"),
    "all": ("全部", "all"),
    "rows": ("导出的编码片段", "codings exported"),
    "documents": ("文档", "documents"),
    "removed": ("删除的Excel禁用字符", "characters Excel forbids, removed"),
    "truncated": ("截断的单元格", "cells cut at 32,767 characters"),
    "definitions": ("定义", "definitions"),
}

DEFINITIONS: list[tuple[str, tuple[str, str]]] = [
    ("segments", (
        "每行一个编码片段。起始/结束是文档存储文本中的Unicode码位索引，结束不包含"
        "（片段文本 = 文本[起始:结束]）。注意Excel的LEN/MID按UTF-16计数，"
        "基本多文种平面以外的字符（如𠮷）在Excel中算两个。超过32,767个字符的文本被截断，"
        "以“…[truncated]”结尾，并在“已截断”列标出。时间为UTC的ISO 8601文本。"
        "编号、起始/结束和时间列已分组折叠：点击列标上方的“+”即可显示。",
        "One row per coding. Start/end are Unicode code point indices into the document's stored "
        "text, end exclusive (passage = text[start:end]). Excel's LEN/MID count UTF-16 units, so "
        "a character outside the BMP (such as 𠮷) counts as two there. Text over 32,767 "
        "characters is cut, ends with '…[truncated]' and is flagged in the 'truncated' column. "
        "Times are ISO 8601 text in UTC. The id, offset and time columns are grouped and folded: "
        "click the + above the column letters to show them.",
    )),
    ("codebook", (
        "编码片段数与文档数只计算本次导出（经筛选）的编码片段。",
        "Codings and documents count only the codings in this export (after the filters).",
    )),
    ("documents", (
        "字符数是文档文本的Unicode码位数；编码片段数只计算本次导出的编码片段。",
        "Characters is the number of Unicode code points of the text; codings counts only the "
        "codings in this export.",
    )),
    ("matrix", (
        "上表：每个文档中每个编码的编码片段数。下表：已编码字符数 = 该编码在该文档中所有片段"
        "（所有导出的编码者）覆盖的字符的并集大小，重叠部分只算一次；“任一编码”列为任一导出"
        "编码覆盖的字符数。图表为各编码的编码片段总数。",
        "Top table: number of codings of each code in each document. Bottom table: coded "
        "characters = size of the union of the code's passages in the document (all exported "
        "coders), overlaps counted once; the 'any code' column counts characters covered by any "
        "exported code. The chart shows the total codings per code.",
    )),
    ("cooccurrence", (
        "非对角线：两个不同编码的编码片段对的数量，条件是同一文档、同一编码者、至少共享一个字符"
        "（a.起始 < b.结束 且 b.起始 < a.结束）；每对只计一次，矩阵对称。对角线：该编码的编码片段数。",
        "Off the diagonal: the number of unordered pairs of codings, one of each code, in the "
        "same document by the same coder, sharing at least one character (a.start < b.end and "
        "b.start < a.end); each pair counts once and the matrix is symmetric. The diagonal holds "
        "the number of codings of the code.",
    )),
    ("agreement", (
        "对每个编码和每两个编码者：在两人都编码过（各至少有一个导出的编码片段）的文档的全部字符上，"
        "比较每个字符是否被各自标上该编码。一致率 = 判断相同的字符所占百分比；Cohen's kappa = "
        "(po − pe)/(1 − pe)，pe由两人各自的编码比例计算；当pe = 1（两人都没有或全部编码）时kappa留空；"
        "Krippendorff's alpha（名义尺度）在没有变异时留空。与 biaozhu agreement 的数值相同。",
        "For each code and pair of coders: over every character of the documents both coders "
        "coded (each has at least one exported coding there), whether each coder gave the "
        "character the code. Agreement % = share of characters judged the same; Cohen's kappa = "
        "(po − pe)/(1 − pe) with pe from each coder's share of coded characters; left empty "
        "when pe = 1 (neither or both coded everything); Krippendorff's alpha (nominal) left "
        "empty when there is no variation. The same figures as biaozhu agreement.",
    )),
]


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "zh" else pair[1]
