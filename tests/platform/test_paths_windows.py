"""Project paths with drive letters, UNC shares and Chinese names.

A read-only project is opened through a ``file:`` URI (store.py). SQLite accepts only an empty
(or ``localhost``) authority, so ``Path.as_uri()`` of a UNC path (``file://server/share/...``),
which ``Path.resolve()`` also makes of a mapped network drive, would be refused on Windows.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PureWindowsPath
from urllib.parse import unquote, urlsplit

import pytest

from desktop_app.core import paths
from desktop_app.core.project import create_project, open_project
from tests.platform.conftest import USER


@pytest.mark.parametrize(("path", "expected_path"), [
    (rf"C:\Users\{USER}\文档\课题 #1\项目.biaozhu", f"/C:/Users/{USER}/文档/课题 #1/项目.biaozhu"),
    (r"d:\data\p.biaozhu", "/d:/data/p.biaozhu"),
    (rf"\\fileserver\课题组\{USER}\p.biaozhu", f"//fileserver/课题组/{USER}/p.biaozhu"),
    (r"\\?\C:\very\long\p.biaozhu", "/C:/very/long/p.biaozhu"),
    (r"\\?\UNC\fileserver\share\p.biaozhu", "//fileserver/share/p.biaozhu"),
    (r"Z:\共享\p?.biaozhu", "/Z:/共享/p?.biaozhu"),
])
def test_windows_paths_become_uris_sqlite_accepts(path: str, expected_path: str) -> None:
    uri = paths.sqlite_uri(path, windows=True, mode="ro")
    parts = urlsplit(uri)
    assert parts.scheme == "file"
    assert parts.netloc == ""  # SQLite: "invalid uri authority" for anything else
    assert unquote(parts.path) == expected_path
    assert parts.query == "mode=ro"
    assert uri.isascii()  # CJK, spaces, '#' and '?' are percent-encoded (UTF-8)


@pytest.mark.skipif(os.name == "nt", reason="shows the POSIX side of the same URI rules")
def test_pathlib_uri_of_a_share_is_what_sqlite_refuses(tmp_path: Path) -> None:
    """Why sqlite_uri exists: the authority form is an error, the empty-authority form with a
    path starting '//' is accepted (on Linux '//tmp/x' is '/tmp/x', so it can be opened)."""
    db = tmp_path / "p.sqlite"
    sqlite3.connect(db).close()
    assert PureWindowsPath(r"\\server\share\p.biaozhu").as_uri().startswith("file://server/")
    with pytest.raises(sqlite3.OperationalError, match="authority"):
        sqlite3.connect(f"file://server{db}?mode=ro", uri=True)
    uri = paths.sqlite_uri("/" + str(db), windows=False, mode="ro")
    assert uri.startswith("file:////")
    sqlite3.connect(uri, uri=True).close()


def test_readonly_project_in_a_folder_with_awkward_characters(tmp_path: Path) -> None:
    folder = tmp_path / USER / "文档" / ("课题 #1 % 😀" + (" ?" if os.name != "nt" else ""))
    folder.mkdir(parents=True)
    path = folder / "政策 100%.biaozhu"
    with create_project(path, coder=USER) as p:
        p.add_document("第一篇", "城乡居民收入增加。")
    with open_project(path, readonly=True) as p:
        assert [d["title"] for d in p.documents()] == ["第一篇"]
    if os.name != "nt":
        with open_project("//" + str(path).lstrip("/"), readonly=True) as p:  # '//' kept
            assert len(p.documents()) == 1


def test_project_file_another_program_holds_is_named(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows: a backup or sync tool that opened the file without sharing makes even reading
    fail (PermissionError, 'being used by another process'): a clear message, no traceback."""
    from desktop_app.core.errors import ProjectFileError

    path = tmp_path / f"{USER}.biaozhu"
    create_project(path, coder=USER).close()
    real_open = open

    def held(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "The process cannot access the file because it is being "
                                      "used by another process", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", held)
    with pytest.raises(ProjectFileError) as info:
        open_project(path)
    text = str(info.value)
    assert str(path) in text and "being used by another process" in text
