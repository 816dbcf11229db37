"""What the Excel and CSV exports share: filters, the coding stream, headers, safe targets.

An export opens its own read-only project (it may run on a worker thread), reads
everything inside one read transaction (:func:`snapshot`: a concurrent deletion or a
two-coding action of another program is seen whole or not at all), reads the codings once
in document order, and writes to a temporary file beside the target that is renamed over it
only when everything has been written: a failed or cancelled export leaves no file behind
and never touches a file that was there before; a killed one leaves a temporary file that
the next export into that folder removes. Rows a crafted file holds that break the rules
(validation.py) are left out and listed in the summary's warnings.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.interchange.labels import pick
from desktop_app.core.messages import Message
from desktop_app.core.project import Project
from desktop_app.core.project.debris import clean_folder, part_name
from desktop_app.core.project.validation import VALID_CODING, document_problem

Progress = Callable[[int, int], "bool | None"]
LANGS = ("zh", "en")


class ExportError(BiaozhuError):
    """The export cannot be written (bad target, unknown filter ...)."""


class TargetInUse(ExportError):
    """The target file is held open by another program (Windows: Excel, WPS, a sync tool)."""


class ExportCancelled(BiaozhuError):
    """The user cancelled the export; no file was written."""


@dataclass
class ExportSummary:
    path: Path
    rows: int = 0  # segment rows (codings) written
    removed_characters: int = 0  # characters Excel forbids, removed
    truncated_cells: int = 0  # cells cut at Excel's 32,767 characters
    sheets: list[str] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)  # rows left out, and why


# Header labels: key -> (Chinese, English)
LABELS: dict[str, tuple[str, str]] = {
    "coding_id": ("编码片段ID", "coding id"),
    "document_id": ("文档ID", "document id"),
    "document": ("文档标题", "document title"),
    "code": ("编码", "code"),
    "code_id": ("编码ID", "code id"),
    "name_en": ("英文名", "English name"),
    "path": ("编码路径", "code path"),
    "coder": ("编码者", "coder"),
    "start": ("起始", "start"),
    "end": ("结束", "end"),
    "passage": ("片段文本", "passage"),
    "memo": ("备忘", "memo"),
    "created": ("创建时间", "created"),
    "updated": ("修改时间", "updated"),
    "truncated": ("已截断", "truncated"),
    "colour": ("颜色", "colour"),
    "description": ("说明", "description"),
    "shortcut": ("快捷键", "shortcut"),
    "codings": ("编码片段数", "codings"),
    "documents": ("文档数", "documents"),
    "title": ("标题", "title"),
    "characters": ("字符数", "characters"),
    "source_file": ("源文件", "source file"),
    "encoding": ("编码格式", "encoding"),
    "total": ("合计", "total"),
}


def label(key: str, lang: str) -> str:
    return pick(LABELS[key], lang)


def unique_headers(fixed: list[str], extra: list[str]) -> list[str]:
    """`extra` names (user-made attribute names) made distinct from each other and `fixed`."""
    taken = {h.casefold() for h in fixed}
    out = []
    for name in extra:
        name = " ".join(name.split()) or "?"
        candidate, n = name, 2
        while candidate.casefold() in taken:
            candidate = f"{name} ({n})"
            n += 1
        taken.add(candidate.casefold())
        out.append(candidate)
    return out


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ExportError(Message("unknown language '{lang}'; use zh or en", lang=lang))
    return lang


@dataclass
class Selection:
    """The codes, coders and documents an export covers."""

    codes: list[dict[str, Any]]  # tree order, with path
    code_ids: list[int] | None  # None = every code
    coder_ids: list[int] | None  # None = every coder
    coder_names: dict[int, str]
    documents: list[dict[str, Any]]  # without text, with attributes
    attribute_names: list[str]
    document_ids: list[int] | None = None  # None = every document
    excluded_codes: list[int] = field(default_factory=list)  # outside the tree (crafted file)

    def where(self) -> tuple[str, list[int]]:
        """The conditions on a coding row `g` (joined by AND), and their parameters."""
        parts: list[str] = [VALID_CODING]
        params: list[int] = []
        if self.code_ids is not None:
            parts.append(f"g.code_id IN ({','.join('?' * len(self.code_ids))})")
            params += self.code_ids
        if self.coder_ids is not None:
            parts.append(f"g.coder_id IN ({','.join('?' * len(self.coder_ids))})")
            params += self.coder_ids
        if self.document_ids is not None:
            parts.append(f"g.document_id IN ({','.join('?' * len(self.document_ids))})")
            params += self.document_ids
        if self.excluded_codes:
            parts.append(f"g.code_id NOT IN ({','.join('?' * len(self.excluded_codes))})")
            params += self.excluded_codes
        return " AND ".join(parts), params


def select(project: Project, coders: list[str] | None, codes: list[str | int] | None,
           attributes: dict[str, str] | None = None) -> Selection:
    """Resolve the filters; an unknown coder or code is a clear error. `attributes`: only
    the documents whose attributes have these values."""
    coder_names = {int(i): n for i, n in project.conn.execute("SELECT id, name FROM coders")}
    coder_ids = None
    if coders:
        coder_ids = []
        for name in coders:
            cid = project.coder_id(name, create=False)
            if cid is None:
                known = ", ".join(sorted(coder_names.values())) or "none"
                raise ExportError(
                    Message("{file}: there is no coder '{name}' (coders: {names})", file=project.path, name=name, names=known))
            if cid not in coder_ids:
                coder_ids.append(cid)
    all_codes = project.codes()
    code_ids = None
    if codes:
        code_ids = []
        for ref in codes:
            try:
                cid = project.resolve_code(ref)
            except BiaozhuError:
                raise ExportError(Message("{file}: there is no code '{name}'", file=project.path, name=ref)) from None
            if cid not in code_ids:
                code_ids.append(cid)
    chosen = all_codes if code_ids is None else [c for c in all_codes if c["id"] in code_ids]
    return Selection(
        codes=chosen,
        code_ids=code_ids,
        coder_ids=coder_ids,
        coder_names=coder_names,
        documents=project.documents(attributes=attributes),
        attribute_names=project.attribute_names(),
        document_ids=project.matching_documents(attributes),
        excluded_codes=project.unreachable_codes(),
    )


def count_codings(project: Project, sel: Selection) -> int:
    where, params = sel.where()
    return int(project.conn.execute(f"SELECT COUNT(*) FROM codings g WHERE {where}",
                                    params).fetchone()[0])


def document_groups(
    project: Project, sel: Selection
) -> Iterator[tuple[dict[str, Any], str, list[tuple]]]:
    """(document, its text, its codings) for every document, in document order.

    A coding tuple is (id, code_id, coder_id, start, end, memo, created_at, updated_at),
    ordered by start, end, id. Only one document's text is held at a time.
    """
    where, params = sel.where()
    sql = (
        'SELECT g.id, g.code_id, g.coder_id, g.start, g."end", g.memo, g.created_at, '
        f"g.updated_at FROM codings g WHERE g.document_id=? AND {where} "
        'ORDER BY g.start, g."end", g.id'
    )
    for doc in sel.documents:
        row = project.conn.execute(
            "SELECT text, chars FROM documents WHERE id=?", (doc["id"],)).fetchone()
        if row is None or document_problem(doc["id"], row[0], row[1]) is not None:
            continue  # damaged: named in the project's open report (summary warnings)
        rows = project.conn.execute(sql, (doc["id"], *params)).fetchall()
        yield doc, row[0], rows


@contextmanager
def snapshot(project: Project) -> Iterator[None]:
    """Every read inside the block sees one state of the file (one read transaction)."""
    project.conn.execute("BEGIN")
    try:
        yield
    finally:
        try:
            project.conn.execute("COMMIT")
        except sqlite3.Error:
            pass


class Ticker:
    """Calls progress(done, total) every `every` steps; a False answer cancels."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = max(total, 1)
        self.every = max(1, min(2000, total // 200))  # about 200 reports, never too many
        self.done = 0
        self._next = 0

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.progress is not None and self.done >= self._next:
            self._next = self.done + self.every
            self._report()

    def finish(self) -> None:
        self.done = self.total
        if self.progress is not None:
            self._report()

    def _report(self) -> None:
        if self.progress(min(self.done, self.total), self.total) is False:  # type: ignore[misc]
            raise ExportCancelled(Message("export cancelled; no file was written"))


def check_target(out_path: str | os.PathLike, suffix: str, project_path: Path | None) -> Path:
    """The target as a Path, or a clear error naming it. Never the project file itself."""
    out = Path(out_path)
    if out.suffix.lower() != suffix:
        raise ExportError(Message("{file}: the file name must end with {suffix}", file=out, suffix=suffix))
    if out.is_dir():
        raise ExportError(Message("{file}: is a folder; give a file name ending with {suffix}", file=out, suffix=suffix))
    parent = out.parent
    if parent.exists() and not parent.is_dir():
        raise ExportError(Message("{file}: {folder} is a file, not a folder", file=out, folder=parent))
    if not parent.is_dir():
        raise ExportError(Message("{file}: cannot be written: the folder {folder} does not exist", file=out, folder=parent))
    if out.exists():
        if project_path is not None and out.resolve() == project_path.resolve():
            raise ExportError(Message("{file}: is the project file itself; choose another name", file=out))
        if not os.access(out, os.W_OK):
            raise ExportError(Message("{file}: the file exists and is read-only; choose another name", file=out))
    return out


# Windows refuses to replace a file another program has open (PermissionError); a virus
# scanner or a sync tool lets go within moments, Excel only when the user closes the file.
REPLACE_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)


def replace_file(tmp: Path, out: Path, delays: tuple[float, ...] | None = None) -> None:
    """os.replace(tmp, out), tried again after each of `delays` while it raises PermissionError
    (by default REPLACE_RETRY_DELAYS on Windows; elsewhere such an error does not go away)."""
    if delays is None:
        delays = REPLACE_RETRY_DELAYS if sys.platform == "win32" else ()
    for delay in (*delays, None):
        try:
            os.replace(tmp, out)
            return
        except PermissionError:
            if delay is None:
                raise
            time.sleep(delay)


@contextmanager
def atomic_target(out: Path) -> Iterator[Path]:
    """A temporary path beside `out`, renamed to `out` if the block succeeds, else removed."""
    tmp = _new_temp(out)
    try:
        yield tmp
        try:
            replace_file(tmp, out)
        except PermissionError as e:
            if sys.platform != "win32":
                raise ExportError(
                    Message("{file}: cannot be replaced ({detail}); is it open in another program?", file=out, detail=e.strerror or e)
                ) from None
            raise TargetInUse(
                Message("{file}: is open in another program (Excel, WPS?) and cannot be replaced; close it there and export again", file=out)
            ) from None
        except OSError as e:
            raise ExportError(
                Message("{file}: cannot be replaced ({detail}); is it open in another program?", file=out, detail=e.strerror or e)
            ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save_workbook(wb: Any, out: Path) -> Path:
    """Save an openpyxl workbook to `out` through a temporary file beside it (see
    :func:`atomic_target`); a file that cannot be written is an ExportError naming it."""
    with atomic_target(out) as tmp:
        try:
            wb.save(tmp)
        except OSError as e:
            raise ExportError(Message("{file}: cannot be written ({detail})", file=out, detail=e.strerror or e)) from None
    return out


def _new_temp(out: Path) -> Path:
    """An empty new file beside `out`, created with the usual permissions (umask applies).
    Temporary files of killed exports into this folder are removed first."""
    clean_folder(out.parent)
    for _ in range(100):
        tmp = part_name(out)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as e:
            raise ExportError(Message("{file}: cannot write in {folder} ({detail})", file=out, folder=out.parent, detail=e.strerror or e)) from None
        os.close(fd)
        return tmp
    raise ExportError(Message("{file}: cannot create a temporary file in {folder}", file=out, folder=out.parent))


def open_readonly(project_path: str | os.PathLike) -> Project:
    from desktop_app.core.project import open_project

    return open_project(project_path, readonly=True)
