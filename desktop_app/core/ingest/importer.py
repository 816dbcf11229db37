"""Importing .txt and .docx files: decode, normalise, refuse bad files, skip duplicates.

Each file is decoded on its own; a refused file never stops the others. All accepted files
of one import go in as one action (one transaction, one undo step).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import BiaozhuError, ImportRefused
from desktop_app.core.ingest.decoding import Decoded, decode_bytes
from desktop_app.core.messages import Message
from desktop_app.core.project.documents import text_sha256
from desktop_app.core.text.normalise import normalise

MAX_BYTES = 200 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".csv", ".tsv", ""}
Progress = Callable[[int, int, str], bool | None]  # (done, total, file) -> False to cancel


@dataclass
class ImportResult:
    path: str
    status: str  # 'imported', 'duplicate', 'refused', 'cancelled'
    message: Message | None = None
    document_id: int | None = None
    title: str = ""
    encoding: str = ""
    chars: int = 0
    warnings: list[Message] = field(default_factory=list)


def read_docx(path: Path, name: str) -> Decoded:
    """Paragraphs and tables of a .docx in document order; table cells joined by tabs."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise ImportRefused(Message("{file}: .docx support is not installed", file=name)) from None
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise ImportRefused(Message("{file}: not a valid .docx file ({detail})", file=name,
                                    detail=f"{type(e).__name__}: {e}")) from None
    except Exception as e:  # lxml and python-docx raise many kinds on damaged files
        raise ImportRefused(Message("{file}: the .docx file is damaged ({detail})", file=name, detail=type(e).__name__)) from None
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    t = cell.text.replace("\n", " ")
                    if not cells or cells[-1] != t:  # merged cells repeat themselves
                        cells.append(t)
                lines.append("\t".join(cells))
    return Decoded("\n".join(lines), "docx")


def read_file(path: Path) -> Decoded:
    """Decode one file into normalised text, or raise ImportRefused naming it."""
    name = path.name
    if not path.exists():
        raise ImportRefused(Message("{file}: no such file", file=path))
    if path.is_dir():
        raise ImportRefused(Message("{file}: is a folder, not a file", file=path))
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ImportRefused(Message("{file}: old Word .doc files are not supported; save it as .docx", file=name))
    if suffix not in TEXT_SUFFIXES | {".docx"}:
        raise ImportRefused(Message("{file}: unsupported file type '{suffix}' (use .txt or .docx)", file=name, suffix=suffix))
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ImportRefused(Message("{file}: cannot be read ({detail})", file=name, detail=e.strerror)) from None
    if size > MAX_BYTES:
        raise ImportRefused(Message("{file}: too large ({size} MB; at most {max} MB)", file=name, size=size // 2**20, max=MAX_BYTES // 2**20))
    if suffix == ".docx":
        decoded = read_docx(path, name)
    else:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ImportRefused(Message("{file}: cannot be read ({detail})", file=name, detail=e.strerror)) from None
        decoded = decode_bytes(data, name)
    text, warnings = normalise(decoded.text)
    if not text.strip():
        raise ImportRefused(Message("{file}: contains no text", file=name))
    decoded.text = text
    decoded.warnings += warnings
    return decoded


def import_files(
    project,
    paths: Sequence[str | Path],
    attributes: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> list[ImportResult]:
    """Import files into a project; one result per file, in order."""
    results: list[ImportResult] = []
    accepted: list[tuple[ImportResult, str]] = []
    seen: dict[str, str] = {}
    total = len(paths)
    for i, raw in enumerate(paths):
        path = Path(raw)
        if progress and progress(i, total, path.name) is False:
            results += [ImportResult(str(p), "cancelled", Message("import cancelled")) for p in paths[i:]]
            break
        res = ImportResult(str(path), "refused", title=path.stem)
        try:
            decoded = read_file(path)
        except ImportRefused as e:
            res.message = e.message
            results.append(res)
            continue
        res.encoding, res.chars, res.warnings = decoded.encoding, len(decoded.text), decoded.warnings
        digest = text_sha256(decoded.text)
        existing = project.find_duplicate(digest)
        if existing is not None:
            res.status, res.document_id = "duplicate", existing
            res.message = Message(
                "{file}: the same text is already document {n}; not imported again",
                file=path.name, n=existing)
        elif digest in seen:
            res.status = "duplicate"
            res.message = Message("{file}: the same text as {other} in this import",
                                  file=path.name, other=seen[digest])
        else:
            seen[digest] = path.name
            res.status = "imported"
            accepted.append((res, decoded.text))
        results.append(res)
    if accepted:
        with project.action(Message("Import %n document(s)", n=len(accepted))):
            for res, text in accepted:
                res.document_id = project.add_document(
                    res.title, text, source_file=Path(res.path).name, encoding=res.encoding,
                    attributes=attributes,
                )
    if progress:
        progress(total, total, "")
    return results


def parse_attributes(pairs: Sequence[str]) -> dict[str, str]:
    """`key=value` strings (from the command line) -> dict; a clear error for anything else."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise BiaozhuError(Message("--attr needs key=value, not '{value}'", value=pair))
        out[key.strip()] = value.strip()
    return out
