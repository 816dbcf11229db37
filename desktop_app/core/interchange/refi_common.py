"""What the REFI-QDA export and import share: names, GUIDs, and reading archives safely.

A ``.qdpx`` file is a zip holding ``project.qde`` (XML, namespace ``urn:QDA-XML:project:1.0``)
and the sources under ``sources/``; a ``.qdc`` file is the codebook alone (XML, namespace
``urn:QDA-XML:codebook:1.0``). Both come from other programs, so they are read as hostile
input: member names that leave the archive, archives that inflate beyond a bound (checked on
the declared sizes and again while streaming), and XML with a DTD or entities are refused
before anything reaches the project.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from pathlib import Path, PurePosixPath
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeET

from desktop_app.core.errors import ImportRefused
from desktop_app.core.messages import Message

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = "Biaozhu 标注"

MAX_MEMBERS = 100_000  # entries in one archive
MAX_TOTAL = 1 << 30  # bytes all members of one archive may inflate to (1 GiB)
MAX_MEMBER = 256 << 20  # bytes one member (the .qde, one source) may inflate to
MAX_XML = 256 << 20  # bytes of a .qdc file or of the .qde
CHUNK = 1 << 16

_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")
# characters XML 1.0 cannot carry (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class RefiRefused(ImportRefused):
    """A REFI-QDA file that is not read at all (unsafe or unreadable); nothing was changed."""


def derived_guid(base: str, role: str) -> str:
    """A GUID that follows from another one (the Coding inside a selection, a coding's memo,
    a case): the same every export, without storing it."""
    return str(uuid.uuid5(uuid.UUID(base), role))


def normal_guid(value: str | None) -> str | None:
    """A GUID attribute in our form (lower case, no braces), or None when it is not one."""
    m = _GUID.match((value or "").strip())
    return m.group(1).lower() if m else None


def xml_text(value: object) -> str:
    """A value safe to put in XML 1.0 (characters XML forbids are dropped)."""
    return _NOT_XML.sub("", "" if value is None else str(value))


def local(tag: str) -> str:
    """An element's name without its namespace."""
    return tag.rsplit("}", 1)[-1]


def parse_xml(data: bytes, file: str | Path) -> Element:
    """Parse XML that came from outside: no DTD, no entities, no external references."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True)
    except defusedxml.DTDForbidden:
        raise RefiRefused(Message("{file}: refused: the XML declares a DTD (not allowed in REFI-QDA files from outside)", file=file)) from None
    except defusedxml.EntitiesForbidden:
        raise RefiRefused(Message("{file}: refused: the XML declares entities (not allowed in REFI-QDA files from outside)", file=file)) from None
    except defusedxml.DefusedXmlException:
        raise RefiRefused(Message("{file}: refused: the XML refers to outside resources", file=file)) from None
    except (ParseError, ValueError) as e:
        raise RefiRefused(Message("{file}: is not well-formed XML ({detail})", file=file, detail=e)) from None


def read_bounded(path: Path, limit: int = MAX_XML) -> bytes:
    """A whole file, refused when larger than `limit` (read to the bound, not on trust)."""
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise RefiRefused(Message("{file}: cannot be read ({detail})", file=path, detail=e.strerror or e)) from None
    if len(data) > limit:
        raise RefiRefused(Message("{file}: refused: larger than {n} MB", file=path, n=limit >> 20))
    return data


def member_name(name: str) -> str | None:
    """A member name as a clean relative path, or None when it would leave the archive."""
    if not name or "\x00" in name:
        return None
    p = name.replace("\\", "/")
    if p.startswith("/") or re.match(r"^[A-Za-z]:", p):
        return None
    parts = [s for s in PurePosixPath(p).parts if s not in ("", ".")]
    if any(s == ".." for s in parts):
        return None
    return "/".join(parts)


class SafeArchive:
    """A zip archive opened for reading with every member name checked and sizes bounded.

    Refuses (RefiRefused) an archive whose members leave it (zip-slip), that has too many
    members, or whose declared sizes exceed the bounds; :meth:`read` then streams a member
    and stops as soon as it yields more than it declared or more than the bounds allow, so
    a lying header cannot make it inflate without limit.
    """

    def __init__(self, path: Path, max_total: int | None = None,
                 max_member: int | None = None) -> None:
        self.path = path
        max_total = MAX_TOTAL if max_total is None else max_total
        self.max_member = MAX_MEMBER if max_member is None else max_member
        self.left = max_total
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as e:
            raise RefiRefused(Message("{file}: is not a readable REFI-QDA archive ({detail})", file=path, detail=e)) from None
        try:
            self._check(max_total)
        except BaseException:
            self.zip.close()
            raise

    def _check(self, max_total: int) -> None:
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise RefiRefused(Message("{file}: refused: the archive has more than {n} entries", file=self.path, n=MAX_MEMBERS))
        self.members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = member_name(info.filename)
            if name is None:
                raise RefiRefused(Message("{file}: refused: the entry '{name}' points outside the archive", file=self.path, name=info.filename))
            if info.is_dir():
                continue
            if info.file_size > self.max_member:
                raise RefiRefused(Message("{file}: refused: the entry '{name}' inflates to more than {n} MB", file=self.path, name=name, n=self.max_member >> 20))
            total += info.file_size
            if total > max_total:
                raise RefiRefused(Message("{file}: refused: the archive inflates to more than {n} MB", file=self.path, n=max_total >> 20))
            self.members.setdefault(name.casefold(), info)

    def find(self, name: str) -> str | None:
        """The member of this (clean, relative) name, compared without case, or None."""
        clean = member_name(name)
        if clean is None:
            return None
        info = self.members.get(clean.casefold())
        return None if info is None else info.filename

    def names(self) -> list[str]:
        return [i.filename for i in self.members.values()]

    def read(self, filename: str) -> bytes:
        info = self.zip.getinfo(filename)
        limit = min(info.file_size, self.max_member, self.left)
        chunks: list[bytes] = []
        got = 0
        try:
            with self.zip.open(info) as f:
                while True:
                    chunk = f.read(CHUNK)
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > limit:
                        raise RefiRefused(Message("{file}: refused: the entry '{name}' inflates beyond what the archive declares or allows", file=self.path, name=filename))
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as e:
            raise RefiRefused(Message("{file}: the entry '{name}' cannot be read ({detail})", file=self.path, name=filename, detail=e)) from None
        self.left -= got
        return b"".join(chunks)

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
