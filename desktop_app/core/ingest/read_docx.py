"""Word .docx: paragraphs and tables in document order, read without trusting the zip.

A .docx is a zip: its size on disk says nothing about what it inflates to, and python-docx
loads every part of the package. So the members' uncompressed sizes are checked first (the
XML parts together at most :data:`MAX_XML_BYTES`), and a copy of the package with its media
and embedded objects emptied is what python-docx reads: an unused 3 GiB picture costs
nothing, and a zip bomb is refused before anything is inflated.
"""

from __future__ import annotations

import io
import zipfile

from desktop_app.core.errors import ImportRefused
from desktop_app.core.ingest.bounded import too_large
from desktop_app.core.ingest.decoding import Decoded
from desktop_app.core.messages import Message

MAX_XML_BYTES = 100 * 1024 * 1024  # the XML of one document, uncompressed
MAX_MEMBERS = 10_000
_TEXT_PARTS = (".xml", ".rels")


def _needed(name: str) -> bool:
    """Parts python-docx must parse: XML and relationships outside media/embeddings."""
    low = name.lower()
    return low.endswith(_TEXT_PARTS) and not low.startswith(("word/media/", "word/embeddings/"))


def slim_package(data: bytes, name: str, limit: int = MAX_XML_BYTES) -> bytes:
    """The package with only its XML parts (checked and bounded); other parts empty."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as e:
        raise ImportRefused(Message("{file}: not a valid .docx file ({detail})", file=name,
                                    detail=f"{type(e).__name__}: {e}")) from None
    if len(infos) > MAX_MEMBERS:
        raise ImportRefused(Message("{file}: not a valid .docx file ({detail})", file=name,
                                    detail=f"{len(infos)} parts"))
    total = sum(i.file_size for i in infos if _needed(i.filename))
    if total > limit:
        raise too_large(name, total, limit)
    out = io.BytesIO()
    with zf, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as slim:
        read = 0
        for info in infos:
            if info.is_dir():
                continue
            if not _needed(info.filename):
                slim.writestr(info.filename, b"")
                continue
            try:
                with zf.open(info) as member:  # stops at the declared size (CRC checked)
                    blob = member.read(info.file_size + 1)
            except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError,
                    RuntimeError) as e:
                raise ImportRefused(Message("{file}: the .docx file is damaged ({detail})", file=name,
                                            detail=type(e).__name__)) from None
            read += len(blob)
            if len(blob) > info.file_size or read > limit:
                raise too_large(name, max(read, total), limit)
            if b"<!ENTITY" in blob[:4096]:
                raise ImportRefused(Message("{file}: the .docx file is damaged ({detail})", file=name,
                                            detail="XML entity declarations"))
            slim.writestr(info.filename, blob)
    return out.getvalue()


def read_docx(data: bytes, name: str) -> Decoded:
    """Paragraphs and tables of a .docx in document order; table cells joined by tabs."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise ImportRefused(Message("{file}: .docx support is not installed", file=name)) from None
    package = slim_package(data, name)
    try:
        document = docx.Document(io.BytesIO(package))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise ImportRefused(Message("{file}: not a valid .docx file ({detail})", file=name,
                                    detail=f"{type(e).__name__}: {e}")) from None
    except Exception as e:  # lxml and python-docx raise many kinds on damaged files
        raise ImportRefused(Message("{file}: the .docx file is damaged ({detail})", file=name, detail=type(e).__name__)) from None
    lines: list[str] = []
    for child in document.element.body.iterchildren():
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
