"""One input file -> its text: the dispatcher over the readers (one module per format).

:func:`read_file` reads the file within bounds (bounded.py), hands the bytes to the reader
for its type, normalises the text (text/normalise.py) and returns it with the warnings, the
clean-up report and what the file says about itself (title, date, source ...).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import ImportRefused
from desktop_app.core.ingest.bounded import (
    MAX_BYTES,
    base_name,
    display_name,
    is_valid_name,
    read_bounded,
)
from desktop_app.core.ingest.layout import LayoutOptions
from desktop_app.core.ingest.read_txt import read_txt
from desktop_app.core.messages import Message
from desktop_app.core.text.normalise import normalise

TEXT_SUFFIXES = {".txt", ".text", ".csv", ".tsv", ""}
SUFFIXES = TEXT_SUFFIXES | {".docx", ".pdf", ".html", ".htm", ".xhtml", ".md", ".markdown"}


@dataclass(frozen=True)
class ReadOptions:
    layout: LayoutOptions = LayoutOptions()
    max_bytes: int = MAX_BYTES


@dataclass
class Extracted:
    """A file's text (normalised) and what was learnt on the way."""

    text: str
    encoding: str
    warnings: list[Message] = field(default_factory=list)
    title: str | None = None  # None: the file name's stem
    attributes: dict[str, str] = field(default_factory=dict)
    report: list[Message] = field(default_factory=list)  # what the clean-up changed
    name: str = ""  # the file name as stored (valid UTF-8)
    # the file's bytes when they are the text's UTF-8 exactly: the import hashes and stores
    # them as they are instead of encoding the text twice more
    utf8: bytes | None = None


def supported(path: str | os.PathLike) -> bool:
    return Path(os.fsdecode(path)).suffix.lower() in SUFFIXES - {""}


def _refuse_type(name: str, suffix: str) -> ImportRefused:
    if suffix == ".doc":
        return ImportRefused(Message("{file}: old Word .doc files are not supported; save it as .docx", file=name))
    return ImportRefused(Message("{file}: unsupported file type '{suffix}' (use .txt, .docx, .pdf, .html or .md)", file=name, suffix=suffix))


def read_file(path: str | bytes | os.PathLike, options: ReadOptions = ReadOptions()) -> Extracted:
    """Read one file into normalised text, or raise ImportRefused naming it."""
    fs_path = Path(os.fsdecode(path))
    name = base_name(fs_path)
    suffix = fs_path.suffix.lower()
    if not os.path.lexists(fs_path):  # a path typed wrong: shown whole
        raise ImportRefused(Message("{file}: no such file", file=display_name(fs_path)))
    if suffix not in SUFFIXES:
        raise _refuse_type(name, suffix)
    data = read_bounded(fs_path, name, options.max_bytes)
    out = _read(data, name, suffix, options)
    text, warnings = normalise(out.text, out.utf8)
    if not text or text.isspace():
        raise ImportRefused(Message("{file}: contains no text", file=name))
    if text is not out.text:
        out.utf8 = None  # the clean-up changed the text: the bytes are no longer its UTF-8
    out.text = text
    out.warnings += warnings
    out.name = name
    if not is_valid_name(fs_path):
        out.warnings.insert(0, Message("{file}: the file name is not valid UTF-8; stored with � for the bytes that are not", file=name))
    return out


def _read(data: bytes, name: str, suffix: str, options: ReadOptions) -> Extracted:
    if suffix == ".docx":
        from desktop_app.core.ingest.read_docx import read_docx

        d = read_docx(data, name)
        return Extracted(d.text, d.encoding, d.warnings)
    if suffix == ".pdf":
        from desktop_app.core.ingest.read_pdf import read_pdf

        if not data or data.isspace():
            raise ImportRefused(Message("{file}: the file is empty", file=name))
        cleaned, warnings, attrs = read_pdf(data, name, options.layout)
        title = attrs.pop("title", None)
        return Extracted(cleaned.text, "PDF", warnings, title, attrs, cleaned.report)
    if suffix in (".html", ".htm", ".xhtml"):
        from desktop_app.core.ingest.read_html import read_html

        if not data or data.isspace():
            raise ImportRefused(Message("{file}: the file is empty", file=name))
        page = read_html(data, name)
        return Extracted(page.text, page.encoding, page.warnings, page.title, page.attributes)
    decoded = read_txt(data, name)
    if suffix in (".md", ".markdown"):
        from desktop_app.core.ingest.read_md import strip_markdown

        md = strip_markdown(decoded.text)
        return Extracted(md.text, decoded.encoding, decoded.warnings, md.title, md.attributes)
    return Extracted(decoded.text, decoded.encoding, decoded.warnings, utf8=decoded.utf8)
