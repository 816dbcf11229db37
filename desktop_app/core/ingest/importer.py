"""Importing files and folders: read each (in worker processes for many), refuse bad ones,
skip duplicates, and write every accepted document in one action.

Each file is read on its own; a refused file never stops the others. Reading runs in
parallel worker processes when there are many files; this process is the one writer, and
all accepted files of one import go in as one action (one transaction, one undo step).
Cancelling stops the reading: what was read until then goes in, consistently.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import BiaozhuError, ImportRefused
from desktop_app.core.ingest.bounded import MAX_BYTES, base_name, display_name
from desktop_app.core.ingest.reader import Extracted, ReadOptions, read_file, supported
from desktop_app.core.messages import Message
from desktop_app.core.project.documents import text_sha256

Progress = Callable[[int, int, str], bool | None]  # (done, total, file) -> False to cancel
PARALLEL_FROM = 8  # files; fewer are read in this process (starting workers costs ~0.3 s)
# the files' UTF-8 bytes kept to be hashed and stored as they are (faster than encoding the
# texts again), up to this much in one import; past it, the texts are encoded again
KEEP_UTF8_BYTES = 256 * 1024 * 1024
__all__ = ["ImportResult", "MAX_BYTES", "expand_paths", "import_files", "parse_attributes",
           "read_file"]


@dataclass
class ImportResult:
    path: str
    status: str  # 'imported', 'duplicate', 'refused', 'skipped', 'cancelled'
    message: Message | None = None
    document_id: int | None = None
    title: str = ""
    encoding: str = ""
    chars: int = 0
    warnings: list[Message] = field(default_factory=list)
    report: list[Message] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    sha256: str | None = None  # of the text, once read


@dataclass
class _Item:
    path: str | bytes  # as the file system gave it (bytes or a str with surrogate escapes)
    skipped: Message | None = None  # found in a folder but not a supported type


def _walk_folder(folder: Path) -> Iterator[_Item]:
    """Every non-hidden file below `folder`, sorted, hidden folders not entered; symbolic
    links to folders are not followed (no cycles)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        yield _Item(str(folder), Message("{file}: cannot be read ({detail})", file=base_name(folder),
                                         detail=e.strerror or type(e).__name__))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk_folder(Path(entry.path))
        elif supported(entry.path):
            yield _Item(entry.path)
        else:
            suffix = Path(entry.name).suffix.lower() or "(none)"
            yield _Item(entry.path, Message("{file}: not a supported file type ('{suffix}')", file=base_name(entry.path), suffix=suffix))


def expand_paths(paths: Sequence[str | bytes | os.PathLike]) -> list[_Item]:
    """Files as given, folders replaced by the files below them."""
    items: list[_Item] = []
    for raw in paths:
        p = os.fsdecode(raw)
        if os.path.isdir(p):
            found = list(_walk_folder(Path(p)))
            items += found or [_Item(p, Message("{file}: is a folder without files to import", file=display_name(p)))]
        else:
            items.append(_Item(p))
    return items


def _extract(path: str, options: ReadOptions) -> Extracted | Message:
    """Read one file (in a worker process or here): the text, or the reason it was refused."""
    try:
        return read_file(path, options)
    except ImportRefused as e:
        return e.message
    except MemoryError:
        return Message("{file}: too large to read in memory", file=base_name(path))
    except Exception as e:  # a reader's bug must not stop the other files
        return Message("{file}: cannot be read ({detail})", file=base_name(path), detail=type(e).__name__)


def _workers(n_files: int, workers: int | None) -> int:
    if workers is not None:
        return max(1, workers)
    if n_files < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 4, n_files))


def _results(paths: list[str], options: ReadOptions, workers: int
             ) -> Generator[Extracted | Message, None, None]:
    """Each file's result, in order; read by `workers` processes."""
    if workers <= 1:
        for p in paths:
            yield _extract(p, options)
        return
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")  # no fork of a process holding SQLite or Qt
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    try:
        window = workers * 4  # bounded read-ahead: memory stays proportional to the workers
        futures: list[Future] = []
        nxt = 0
        for i in range(len(paths)):
            while nxt < len(paths) and nxt < i + window:
                futures.append(pool.submit(_extract, paths[nxt], options))
                nxt += 1
            try:
                yield futures[i].result()
            except BrokenProcessPool:  # a reader crashed its process: read the rest here
                pool.shutdown(wait=False, cancel_futures=True)
                yield Message("{file}: the reader stopped on this file (damaged?)", file=base_name(paths[i]))
                for p in paths[i + 1:]:
                    yield _extract(p, options)
                return
            futures[i] = None  # type: ignore[call-overload]  # free the text once used
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def import_files(
    project,
    paths: Sequence[str | bytes | os.PathLike],
    attributes: dict[str, str] | None = None,
    progress: Progress | None = None,
    options: ReadOptions | None = None,
    workers: int | None = None,
) -> list[ImportResult]:
    """Import files and folders into a project; one result per file, in order."""
    options = options or ReadOptions()
    items = expand_paths(paths)
    results: list[ImportResult] = []
    accepted: list[tuple[ImportResult, Extracted]] = []
    seen: dict[str, str] = {}
    todo = [it for it in items if it.skipped is None]
    total = len(todo)
    by_path: dict[int, Extracted | Message] = {}
    done = 0
    cancelled = False
    if progress and todo and progress(0, total, base_name(todo[0].path)) is False:
        cancelled = True
    if not cancelled and todo:
        stream = _results([os.fsdecode(it.path) for it in todo], options, _workers(total, workers))
        try:
            kept = 0
            for k, out in enumerate(stream):
                by_path[k] = out
                if isinstance(out, Extracted) and out.utf8 is not None:
                    kept += len(out.utf8)
                    if kept > KEEP_UTF8_BYTES:
                        out.utf8 = None
                done = k + 1
                if progress and progress(done, total, base_name(todo[done].path) if done < total else "") is False:
                    cancelled = done < total
                    break
        finally:
            stream.close()
    k = 0
    for it in items:
        name = base_name(it.path)
        res = ImportResult(display_name(it.path), "refused", title=Path(name).stem)
        if it.skipped is not None:
            res.status, res.message = "skipped", it.skipped
            results.append(res)
            continue
        got = by_path.get(k, None)
        k += 1
        if got is None:
            res.status, res.message = "cancelled", Message("import cancelled")
        elif isinstance(got, Message):
            res.message = got
        else:
            _accept(project, res, got, seen, accepted)
        results.append(res)
    if accepted:
        with project.action(Message("Import %n document(s)", n=len(accepted))):
            for res, out in accepted:
                attrs = {**res.attributes, **(attributes or {})}
                res.document_id = project.add_document(
                    res.title, out.text, source_file=base_name(res.path), encoding=res.encoding,
                    attributes=attrs, digest=res.sha256, utf8=out.utf8)
    if progress and not cancelled and total == 0:
        progress(0, 0, "")
    return results


def _accept(project, res: ImportResult, out: Extracted, seen: dict[str, str],
            accepted: list[tuple[ImportResult, Extracted]]) -> None:
    res.encoding, res.chars, res.warnings, res.report = out.encoding, len(out.text), out.warnings, out.report
    res.attributes = dict(out.attributes)
    if out.title and out.title.strip():
        res.title = out.title.strip()
    name = base_name(res.path)
    digest = text_sha256(out.text, out.utf8)
    existing = project.find_duplicate(digest)
    if existing is not None:
        res.status, res.document_id = "duplicate", existing
        res.message = Message("{file}: the same text is already document {n}; not imported again",
                              file=name, n=existing)
    elif digest in seen:
        res.status = "duplicate"
        res.message = Message("{file}: the same text as {other} in this import", file=name,
                              other=seen[digest])
    else:
        seen[digest] = name
        res.status = "imported"
        res.sha256 = digest
        accepted.append((res, out))


def parse_attributes(pairs: Sequence[str]) -> dict[str, str]:
    """`key=value` strings (from the command line) -> dict; a clear error for anything else."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise BiaozhuError(Message("--attr needs key=value, not '{value}'", value=pair))
        out[key.strip()] = value.strip()
    return out
