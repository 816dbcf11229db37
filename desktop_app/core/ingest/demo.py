"""The demo project: the seed corpus with its metadata and a few example codings."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.ingest.reader import read_file
from desktop_app.core.messages import Message
from desktop_app.core.paths import data_dir, seeds_dir
from desktop_app.core.project import Project, remove_project_files

DEMO_CODER = "demo"


def manifest() -> dict:
    return json.loads((seeds_dir() / "manifest.json").read_text(encoding="utf-8"))


def build_demo(path: str | os.PathLike, coder: str = DEMO_CODER) -> Project:
    """Create a project at `path` holding the seeds; returns it open."""
    m = manifest()
    project = Project.create(path, coder=coder)
    try:
        ids: dict[str, int] = {}
        with project.action(Message("Build demo project"), undoable=False):
            for entry in m["documents"]:
                decoded = read_file(seeds_dir() / entry["file"])
                ids[entry["file"]] = project.add_document(
                    entry["title"], decoded.text, source_file=entry["file"],
                    encoding=decoded.encoding, attributes=entry.get("attributes", {}),
                )
            for ex in m.get("example_codings", []):
                doc = ids[ex["file"]]
                start = project.document_text(doc).find(ex["text"])
                if start < 0:
                    raise BiaozhuError(Message("demo: passage not found in {file}: {text}", file=ex["file"],
                                               text=ex["text"]))
                project.add_coding(doc, ex["code"], start, start + len(ex["text"]))
    except BaseException:
        project.close()
        remove_project_files(path)
        raise
    return project


def default_demo_path() -> Path:
    return data_dir() / "demo.biaozhu"


def ensure_demo() -> Path:
    """The demo project in the user's data folder, built on first use."""
    path = default_demo_path()
    if not path.exists():
        build_demo(path).close()
    return path
