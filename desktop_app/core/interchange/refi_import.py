"""Reading REFI-QDA files from other programs (.qdpx projects, .qdc codebooks) into plain rows.

Read defensively (see refi_common for the archive and XML bounds):

- a text source's text comes from ``PlainTextContent`` (inline) or ``plainTextPath``
  (``internal://name`` = ``sources/name`` in the archive, or a path relative to the archive);
  a BOM is dropped and positions count from the text without it; the text is then
  normalised as every imported text is, and the positions follow it;
- a producer that counted UTF-16 units instead of code points is detected per source, by
  checking each selection against the source text and the passage the selection carries in
  its ``name``/``Description``, and the positions converted (reported);
- non-text sources (PDF, picture, audio, video) and texts outside the archive are skipped
  with a note; a selection that does not fit its text is skipped with a reason.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from desktop_app.core.interchange.incoming import (
    InCode,
    InCoder,
    InCoding,
    Incoming,
    InDocument,
    InMemo,
)
from desktop_app.core.interchange.refi_common import (
    RefiRefused,
    SafeArchive,
    local,
    normal_guid,
    parse_xml,
    read_bounded,
)
from desktop_app.core.messages import Message
from desktop_app.core.text.normalise import normalise_with_offsets

__all__ = ["read_qdpx", "read_qdc", "Utf16Offsets"]

UNKNOWN_CODER = "unknown"
_RGB = re.compile(r"^#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # characters that UTF-16 counts as two
_ATTRIBUTE_SPACES = str.maketrans("\t\n\r", "   ")
_NON_TEXT = {"PDFSource": Message("PDF"), "PictureSource": Message("picture"),
             "AudioSource": Message("audio"), "VideoSource": Message("video")}


def _kids(el: Element, name: str) -> Iterator[Element]:
    for child in el:
        if local(child.tag) == name:
            yield child


def _kid(el: Element, name: str) -> Element | None:
    return next(_kids(el, name), None)


def _kid_text(el: Element, name: str) -> str:
    child = _kid(el, name)
    return (child.text or "") if child is not None else ""


def _colour(value: str | None) -> str | None:
    m = _RGB.match((value or "").strip())
    if not m:
        return None
    hexes = m.group(1)
    if len(hexes) == 3:
        hexes = "".join(c * 2 for c in hexes)
    return "#" + hexes.upper()


class _Keys:
    """A key per object: its GUID when it has a usable one, else a made-up one."""

    def __init__(self) -> None:
        self.n = 0

    def of(self, el: Element) -> tuple[str, str | None]:
        guid = normal_guid(el.get("guid"))
        if guid is not None:
            return guid, guid
        self.n += 1
        return f"#{self.n}", None


def _read_codes(codes_el: Element | None, keys: _Keys, out: Incoming) -> dict[str, list[str]]:
    """Codes in tree order; returns code key -> note GUIDs it refers to."""
    refs: dict[str, list[str]] = {}
    if codes_el is None:
        return refs

    def walk(el: Element, parent: str | None) -> None:
        for code in _kids(el, "Code"):
            key, guid = keys.of(code)
            name = " ".join((code.get("name") or "").split()) or key
            out.codes.append(InCode(key=key, name=name[:200], parent=parent,
                                    colour=_colour(code.get("color")),
                                    description=_kid_text(code, "Description"), guid=guid))
            refs[key] = [g for r in _kids(code, "NoteRef") if (g := normal_guid(r.get("targetGUID")))]
            walk(code, key)

    walk(codes_el, None)
    return refs


def read_qdc(path: str | Path) -> Incoming:
    """A REFI-QDA codebook: codes only."""
    p = Path(path)
    root = parse_xml(read_bounded(p), p)
    if local(root.tag) != "CodeBook":
        raise RefiRefused(Message("{file}: is not a REFI-QDA codebook (the root element is {name})", file=p, name=local(root.tag)))
    out = Incoming(name=p.name)
    _read_codes(_kid(root, "Codes"), _Keys(), out)
    return out


def _decode(data: bytes) -> str | None:
    """Text of a source file: UTF-8 (BOM dropped) or UTF-16 with a BOM; None if neither."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


class Utf16Offsets:
    """UTF-16 unit offsets of a text -> code point offsets (None inside a surrogate pair or
    past the end), by bisecting the characters outside the BMP."""

    def __init__(self, text: str) -> None:
        astral = [m.start() for m in _ASTRAL.finditer(text)]
        self.starts = [i + k for k, i in enumerate(astral)]  # their UTF-16 offsets
        self.units = len(text) + len(astral)

    def __call__(self, unit: int) -> int | None:
        if not 0 <= unit <= self.units:
            return None
        k = bisect_left(self.starts, unit)  # characters outside the BMP that start before
        if k and self.starts[k - 1] + 1 == unit:
            return None  # between the two halves of a surrogate pair
        return unit - k


def _same(carried: str, passage: str) -> int:
    """How well a selection's name/description matches its passage: 2 exactly, 1 as the
    beginning a producer shortened it to or up to white space, 0 not at all. (An XML
    attribute value turns each tab and line break into a space.)"""
    if not carried:
        return 0
    if carried == passage:
        return 2
    n = len(carried)
    if n == len(passage) and carried == passage.translate(_ATTRIBUTE_SPACES):
        return 2
    if 8 <= n < len(passage) and passage[:n].translate(_ATTRIBUTE_SPACES) == carried:
        return 1
    if abs(n - len(passage)) <= 4 and carried.split() == passage.split():
        return 1
    return 0


MAX_VOTES = 50  # selections whose name is compared, per source (the rest must only fit)


def _counts_utf16(raw: str, selections: list[tuple[int, int, str]]) -> bool:
    """Whether this source's selections count UTF-16 units (decided on evidence)."""
    if not selections or not _ASTRAL.search(raw):
        return False
    u16 = Utf16Offsets(raw)
    cp_votes = u16_votes = voted = 0
    cp_fits = u16_fits = True
    for start, end, carried in selections:
        cp_fits &= 0 <= start < end <= len(raw)
        s, e = u16(start), u16(end)
        fits = s is not None and e is not None and s < e
        u16_fits &= fits
        if carried and voted < MAX_VOTES:
            voted += 1
            cp_votes += _same(carried, raw[start:end])
            if fits:
                u16_votes += _same(carried, raw[s:e])
    if u16_votes != cp_votes:
        return u16_votes > cp_votes
    return u16_fits and not cp_fits


class _QdpxReader:
    def __init__(self, path: Path, archive: SafeArchive) -> None:
        self.path = path
        self.archive = archive
        self.keys = _Keys()
        self.out = Incoming(name=path.name)
        self.users: dict[str, str] = {}
        self.notes: dict[str, tuple[str, str | None]] = {}  # guid -> (text, user guid)
        self.coders: dict[str, InCoder] = {}

    # -- pieces --------------------------------------------------------------------------------

    def member_text(self, ref: str) -> str | None:
        """The text a plainTextPath refers to, or None (with a note) when it cannot be had."""
        ref = ref.strip()
        candidates = []
        if ref.lower().startswith("internal://"):
            name = ref[len("internal://"):]
            candidates = [f"sources/{name}", name]
        elif "://" not in ref and not ref.lower().startswith("file:"):
            candidates = [ref, f"sources/{ref}"]
        for c in candidates:
            member = self.archive.find(c)
            if member is not None:
                return _decode(self.archive.read(member))
        return None

    def coder(self, user_guid: str | None) -> str:
        key = user_guid or ""
        if key not in self.coders:
            name = self.users.get(key) or (f"{UNKNOWN_CODER} {key[:8]}" if key else UNKNOWN_CODER)
            self.coders[key] = InCoder(key=key, name=name, guid=user_guid)
            self.out.coders.append(self.coders[key])
        return key

    def note_text(self, refs: list[str]) -> str:
        return "\n\n".join(self.notes[g][0] for g in refs if g in self.notes and self.notes[g][0])

    @staticmethod
    def refs(el: Element) -> list[str]:
        return [g for r in _kids(el, "NoteRef") if (g := normal_guid(r.get("targetGUID")))]

    def read_notes(self, root: Element) -> None:
        parent = _kid(root, "Notes")
        for note in (_kids(parent, "Note") if parent is not None else ()):
            guid = normal_guid(note.get("guid"))
            if guid is None:
                continue
            text: str | None = _kid_text(note, "PlainTextContent") if _kid(note, "PlainTextContent") is not None else None
            if text is None and note.get("plainTextPath"):
                text = self.member_text(note.get("plainTextPath", ""))
            self.notes[guid] = (text or "", normal_guid(note.get("creatingUser")))

    def read_variables(self, root: Element) -> dict[str, dict[str, str]]:
        """Source GUID -> attributes, from the Cases (and below, the sources' own values)."""
        names = {}
        parent = _kid(root, "Variables")
        for var in (_kids(parent, "Variable") if parent is not None else ()):
            guid = normal_guid(var.get("guid"))
            if guid and (var.get("name") or "").strip():
                names[guid] = var.get("name", "").strip()
        self.variable_names = names
        out: dict[str, dict[str, str]] = {}
        parent = _kid(root, "Cases")
        for case in (_kids(parent, "Case") if parent is not None else ()):
            values = self.values(case)
            for ref in _kids(case, "SourceRef"):
                guid = normal_guid(ref.get("targetGUID"))
                if guid:
                    out.setdefault(guid, {}).update(values)
        return out

    def values(self, el: Element) -> dict[str, str]:
        values = {}
        for vv in _kids(el, "VariableValue"):
            ref = _kid(vv, "VariableRef")
            name = self.variable_names.get(normal_guid(ref.get("targetGUID")) or "") if ref is not None else None
            given = [c for c in vv if local(c.tag) != "VariableRef"]
            if name and given:
                values[name] = (given[0].text or "").strip()
        return values

    # -- the whole ------------------------------------------------------------------------------

    def read(self, root: Element) -> Incoming:
        if local(root.tag) != "Project":
            raise RefiRefused(Message("{file}: is not a REFI-QDA project (the root element is {name})", file=self.path, name=local(root.tag)))
        users = _kid(root, "Users")
        for u in (_kids(users, "User") if users is not None else ()):
            guid = normal_guid(u.get("guid"))
            if guid:
                self.users[guid] = " ".join((u.get("name") or "").split()) or guid
        book = _kid(root, "CodeBook")
        code_notes = _read_codes(_kid(book, "Codes") if book is not None else None, self.keys, self.out)
        self.code_keys = {c.key for c in self.out.codes}
        self.read_notes(root)
        attributes = self.read_variables(root)
        for key, refs in code_notes.items():
            for g in refs:
                if g in self.notes:
                    self.memo("code", key, g)
        sources = _kid(root, "Sources")
        skipped: dict[str, int] = {}
        for src in (sources if sources is not None else ()):
            kind = local(src.tag)
            if kind == "TextSource":
                self.text_source(src, attributes)
            else:
                skipped[kind] = skipped.get(kind, 0) + 1
        for kind, n in skipped.items():
            self.out.notes.append(Message("skipped %n {kind} source(s): only text sources can be merged", n=n, kind=_NON_TEXT.get(kind) or Message.verbatim(kind)))
        for g in self.refs(root):
            if g in self.notes:
                self.memo("project", None, g)
        return self.out

    def memo(self, target: str, key: str | None, note_guid: str) -> None:
        text, user = self.notes[note_guid]
        if text.strip():
            self.out.memos.append(InMemo(target=target, target_key=key, text=text,
                                         coder=self.coder(user) if user else None, guid=note_guid))

    def text_source(self, src: Element, attributes: dict[str, dict[str, str]]) -> None:
        key, guid = self.keys.of(src)
        title = " ".join((src.get("name") or "").split()) or key
        inline = _kid(src, "PlainTextContent")
        raw: str | None
        if inline is not None:
            raw = inline.text or ""
        elif src.get("plainTextPath"):
            raw = self.member_text(src.get("plainTextPath", ""))
            if raw is None:
                self.out.notes.append(Message("skipped source {title}: its text ({path}) is not in the archive or not UTF-8/UTF-16", title=title, path=src.get("plainTextPath")))
                return
        else:
            self.out.notes.append(Message("skipped source {title}: it has no plain text", title=title))
            return
        raw = raw.removeprefix("\ufeff")
        text, moved, _warnings = normalise_with_offsets(raw)
        attrs = dict(attributes.get(guid or "", {}))
        attrs.update(self.values(src))
        doc = InDocument(key=key, title=title, text=text, guid=guid, attributes=attrs)
        self.out.documents.append(doc)
        for g in self.refs(src):
            if g in self.notes:
                self.memo("document", key, g)

        selections = []
        for sel in _kids(src, "PlainTextSelection"):
            try:
                start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
            except ValueError:
                self.out.skipped_codings.append(Message("{title}: a selection without whole-number positions was skipped", title=title))
                continue
            carried = sel.get("name") or _kid_text(sel, "Description")
            selections.append((sel, start, end, carried))
        utf16 = _counts_utf16(raw, [(s, e, c) for _, s, e, c in selections])
        u16 = Utf16Offsets(raw) if utf16 else None
        if utf16:
            self.out.notes.append(Message("{title}: positions were counted in UTF-16 units; converted to characters", title=title))
        for sel, start, end, _carried in selections:
            if u16 is not None:
                s16, e16 = u16(start), u16(end)
                if s16 is None or e16 is None:
                    self.out.skipped_codings.append(Message("{title}: selection {start}-{end} splits a character; skipped", title=title, start=start, end=end))
                    continue
                start, end = s16, e16
            if not 0 <= start < end <= len(raw):
                self.out.skipped_codings.append(Message("{title}: selection {start}-{end} is not inside the text ({n} characters); skipped", title=title, start=start, end=end, n=len(raw)))
                continue
            s, e = moved[start], moved[end]
            if s >= e:
                self.out.skipped_codings.append(Message("{title}: selection {start}-{end} holds only line-end or control characters; skipped", title=title, start=start, end=end))
                continue
            sel_user = normal_guid(sel.get("creatingUser")) or normal_guid(src.get("creatingUser"))
            sel_refs = self.refs(sel)
            codings = list(_kids(sel, "Coding"))
            # one coding per selection (as Biaozhu writes it): the selection's GUID is the coding's
            sel_guid = normal_guid(sel.get("guid")) if len(codings) == 1 else None
            for coding in codings:
                self.add_coding(doc, coding, s, e, sel_user, sel_refs, sel_guid)
        for coding in _kids(src, "Coding"):  # the whole source coded
            if text:
                self.add_coding(doc, coding, 0, len(text), normal_guid(src.get("creatingUser")), [])

    def add_coding(self, doc: InDocument, coding: Element, start: int, end: int,
                   user: str | None, refs: list[str], guid: str | None = None) -> None:
        ref = _kid(coding, "CodeRef")
        code = normal_guid(ref.get("targetGUID")) if ref is not None else None
        if code is None or code not in self.code_keys:
            self.out.skipped_codings.append(Message("{title}: a coding of {start}-{end} refers to no code of the codebook; skipped", title=doc.title, start=start, end=end))
            return
        who = normal_guid(coding.get("creatingUser")) or user
        self.out.codings.append(InCoding(
            document=doc.key, code=code, coder=self.coder(who), start=start, end=end,
            memo=self.note_text(refs + self.refs(coding)),
            guid=guid or normal_guid(coding.get("guid"))))


def read_qdpx(path: str | Path) -> Incoming:
    """A REFI-QDA project archive as plain rows (RefiRefused when unsafe or unreadable)."""
    p = Path(path)
    with SafeArchive(p) as archive:
        names = [n for n in archive.names() if n.lower().endswith(".qde")]
        if not names:
            raise RefiRefused(Message("{file}: is not a REFI-QDA project archive (no .qde file inside)", file=p))
        qde = archive.find("project.qde") or sorted(names, key=lambda n: (n.count("/"), n))[0]
        root = parse_xml(archive.read(qde), p)
        return _QdpxReader(p, archive).read(root)
