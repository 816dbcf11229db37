"""What a merge brings in, as plain rows: read from another project, a .qdpx or a .qdc.

Keys (``key``, ``document``, ``code``, ``coder``, ``parent``) are the other side's own
identifiers (GUIDs where it has them), only used to link its rows to each other.
Offsets are code points into ``text`` (already normalised as the project stores text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.messages import Message


@dataclass
class InDocument:
    key: str
    title: str
    text: str
    guid: str | None = None
    source_file: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass
class InCode:
    key: str
    name: str
    parent: str | None = None
    colour: str | None = None
    description: str = ""
    guid: str | None = None


@dataclass
class InCoder:
    key: str
    name: str
    guid: str | None = None


@dataclass
class InCoding:
    document: str
    code: str
    coder: str
    start: int
    end: int
    memo: str = ""
    guid: str | None = None


@dataclass
class InMemo:
    target: str  # 'project', 'document', 'code'
    target_key: str | None
    text: str
    coder: str | None = None
    guid: str | None = None


@dataclass
class Incoming:
    """Everything read from the other file, and what the reading itself noticed."""

    name: str
    documents: list[InDocument] = field(default_factory=list)
    codes: list[InCode] = field(default_factory=list)  # parents before children
    coders: list[InCoder] = field(default_factory=list)
    codings: list[InCoding] = field(default_factory=list)
    memos: list[InMemo] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    skipped_codings: list[Message] = field(default_factory=list)
