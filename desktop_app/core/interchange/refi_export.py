"""REFI-QDA export: the project as ``.qdpx`` (zip: project.qde + sources) or the codebook
as ``.qdc``, valid against the standard's Project.xsd / Codebook.xsd.

- Every object carries the GUID kept in the project file, so exporting twice gives the same
  GUIDs (objects the file has no row for, such as the Coding inside a selection or a coding's
  memo, get GUIDs derived from their owner's).
- Sources are ``sources/<guid>.txt``, UTF-8 without BOM, LF line ends (the stored text), and
  ``PlainTextSelection`` positions are code points: ``source[start:end]`` is the passage.
- Codes keep their hierarchy, colour and description; coders are Users; coding memos and
  document/code/project memos are Notes; document attributes are Variables with one Case per
  document that has any.

Written to a temporary file renamed over the target at the end (interchange/common.py).
"""

from __future__ import annotations

import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ElementTree, SubElement

from desktop_app import __version__
from desktop_app.core.interchange.common import (
    ExportError,
    ExportSummary,
    Progress,
    Ticker,
    atomic_target,
    check_target,
    open_readonly,
    snapshot,
)
from desktop_app.core.interchange.refi_common import (
    CODEBOOK_NS,
    ORIGIN,
    PROJECT_NS,
    derived_guid,
    xml_text,
)
from desktop_app.core.messages import Message
from desktop_app.core.project import Project
from desktop_app.core.project.validation import VALID_CODING, document_problem

__all__ = ["export_qdpx", "export_qdc", "source_member"]


PROJECT_NAMESPACE = "6f1d3c1e-5b0a-4c55-9d1e-62696168a07a"  # when a project has no GUID yet


def source_member(guid: str) -> str:
    return f"sources/{guid}.txt"


def _origin() -> str:
    return f"{ORIGIN} {__version__}"


def _stamp(value: str | None) -> str | None:
    """An ISO time from the project as xsd:dateTime (they already are; None stays None)."""
    if not value or "T" not in value:
        return None
    return value


def _set(el: Element, **attrs: Any) -> Element:
    for k, v in attrs.items():
        if v is not None:
            el.set(k, xml_text(v))
    return el


def _text_child(parent: Element, tag: str, text: str) -> Element:
    child = SubElement(parent, tag)
    child.text = xml_text(text)
    return child


def _code_elements(parent: Element, codes: list[dict[str, Any]], notes: dict[int, list[str]],
                   with_notes: bool) -> None:
    """Codes nested under their parents, in tree order (Description, NoteRef*, Code*)."""
    children: dict[int | None, list[dict]] = defaultdict(list)
    ids = {c["id"] for c in codes}
    for c in codes:
        children[c["parent_id"] if c["parent_id"] in ids else None].append(c)

    def add(under: Element, code: dict[str, Any]) -> None:
        el = _set(SubElement(under, "Code"), guid=code["guid"], name=code["name"],
                  isCodable="true", color=code["colour"])
        if code["description"]:
            _text_child(el, "Description", code["description"])
        if with_notes:
            for g in notes.get(code["id"], []):
                _set(SubElement(el, "NoteRef"), targetGUID=g)
        for child in children.get(code["id"], []):
            add(el, child)

    for top in children.get(None, []):
        add(parent, top)


def export_qdc(project_path: str | Path, out_path: str | Path, *,
               progress: Progress | None = None) -> ExportSummary:
    """The codebook alone as a REFI-QDA ``.qdc`` file."""
    out = check_target(out_path, ".qdc", Path(project_path))
    with open_readonly(project_path) as project, snapshot(project):
        codes = project.codes()
        if not codes:
            raise ExportError(Message("{file}: the project has no codes; a codebook needs at least one", file=out))
        root = _set(Element("CodeBook"), xmlns=CODEBOOK_NS, origin=_origin())
        _code_elements(SubElement(root, "Codes"), codes, {}, with_notes=False)
        with atomic_target(out) as tmp:
            with open(tmp, "wb") as f:
                ElementTree(root).write(f, encoding="utf-8", xml_declaration=True)
    if progress is not None:
        progress(1, 1)
    return ExportSummary(path=out, rows=len(codes))


def export_qdpx(project_path: str | Path, out_path: str | Path, *,
                progress: Progress | None = None) -> ExportSummary:
    """The whole project as a REFI-QDA ``.qdpx`` archive."""
    out = check_target(out_path, ".qdpx", Path(project_path))
    with open_readonly(project_path) as project, snapshot(project):
        total = int(project.conn.execute("SELECT COUNT(*) FROM codings").fetchone()[0])
        ticker = Ticker(progress, total + 1)
        with atomic_target(out) as tmp:
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                root, rows = _project_xml(project, zf, ticker)
                with zf.open("project.qde", "w", force_zip64=True) as f:
                    ElementTree(root).write(f, encoding="utf-8", xml_declaration=True)
            ticker.finish()
    return ExportSummary(path=out, rows=rows)


def _project_xml(project: Project, zf: zipfile.ZipFile, ticker: Ticker) -> tuple[Element, int]:
    q = project.query
    coders = q("SELECT id, guid, name FROM coders ORDER BY id")
    user = {c["id"]: c["guid"] for c in coders}
    me = project.coder_id(create=False)
    root = _set(Element("Project"), xmlns=PROJECT_NS, name=project.info("name") or project.path.stem,
                origin=_origin(), creationDateTime=_stamp(project.info("created_at")),
                creatingUserGUID=user.get(me) if me is not None else None)
    if coders:
        users = SubElement(root, "Users")
        for c in coders:
            _set(SubElement(users, "User"), guid=c["guid"], name=c["name"])

    memos = q("SELECT id, guid, target, target_id, text, coder_id, created_at, updated_at "
              "FROM memos ORDER BY id")
    notes: list[tuple[str, str, str | None, str | None]] = []  # guid, text, user, time
    memo_refs: dict[tuple[str, int | None], list[str]] = defaultdict(list)
    for m in memos:
        notes.append((m["guid"], m["text"], user.get(m["coder_id"]), _stamp(m["created_at"])))
        memo_refs[m["target"], m["target_id"]].append(m["guid"])

    codes = project.codes()
    code_guid = {c["id"]: c["guid"] for c in codes}
    if codes:
        code_notes = {cid: g for (t, cid), g in memo_refs.items() if t == "code" and cid is not None}
        _code_elements(SubElement(SubElement(root, "CodeBook"), "Codes"), codes, code_notes,
                       with_notes=True)

    docs = q("SELECT id, guid, title, imported_at FROM documents ORDER BY position, id")
    attrs = project.all_attributes()
    names = project.attribute_names()
    base = project.info("guid") or PROJECT_NAMESPACE
    var_guid = {n: derived_guid(base, "variable:" + n) for n in names}
    if names:
        variables = SubElement(root, "Variables")
        for n in names:
            _set(SubElement(variables, "Variable"), guid=var_guid[n], name=n, typeOfVariable="Text")
        cases = SubElement(root, "Cases")
        for d in docs:
            if not attrs.get(d["id"]):
                continue
            case = _set(SubElement(cases, "Case"), guid=derived_guid(d["guid"], "case"),
                        name=d["title"])
            for n, v in attrs[d["id"]].items():
                vv = SubElement(case, "VariableValue")
                _set(SubElement(vv, "VariableRef"), targetGUID=var_guid[n])
                _text_child(vv, "TextValue", v)
            _set(SubElement(case, "SourceRef"), targetGUID=d["guid"])
        if not len(cases):
            root.remove(cases)

    rows = 0
    if docs:
        sources = SubElement(root, "Sources")
        sql = ('SELECT g.guid, g.code_id, g.coder_id, g.start, g."end", g.memo, g.created_at, '
               f'g.updated_at FROM codings g WHERE g.document_id=? AND {VALID_CODING} '
               'ORDER BY g.start, g."end", g.id')
        for d in docs:
            row = project.conn.execute("SELECT text, chars FROM documents WHERE id=?",
                                       (d["id"],)).fetchone()
            if row is None or document_problem(d["id"], row[0], row[1]) is not None:
                continue  # a crafted or damaged row, named in the open report
            text = row[0]
            zf.writestr(source_member(d["guid"]), text.encode("utf-8"))
            src = _set(SubElement(sources, "TextSource"), guid=d["guid"], name=d["title"],
                       plainTextPath=f"internal://{d['guid']}.txt",
                       creationDateTime=_stamp(d["imported_at"]))
            for g, code_id, coder_id, start, end, memo, created, updated in project.conn.execute(sql, (d["id"],)):
                if code_id not in code_guid:
                    continue  # a code outside the codebook tree (a parent cycle)
                sel = _set(SubElement(src, "PlainTextSelection"), guid=g,
                           name=text[start:end][:100], startPosition=start, endPosition=end,
                           creatingUser=user.get(coder_id), creationDateTime=_stamp(created),
                           modifiedDateTime=_stamp(updated))
                coding = _set(SubElement(sel, "Coding"), guid=derived_guid(g, "coding"),
                              creatingUser=user.get(coder_id), creationDateTime=_stamp(created))
                _set(SubElement(coding, "CodeRef"), targetGUID=code_guid[code_id])
                if memo:
                    note = derived_guid(g, "memo")
                    notes.append((note, memo, user.get(coder_id), _stamp(updated)))
                    _set(SubElement(sel, "NoteRef"), targetGUID=note)
                rows += 1
                ticker.step()
            for g in memo_refs.get(("document", d["id"]), []):
                _set(SubElement(src, "NoteRef"), targetGUID=g)

    if notes:
        parent = SubElement(root, "Notes")
        for g, text, who, at in notes:
            el = _set(SubElement(parent, "Note"), guid=g, name=text.split("\n", 1)[0][:60] or "memo",
                      creatingUser=who, creationDateTime=at)
            _text_child(el, "PlainTextContent", text)
    for g in memo_refs.get(("project", None), []):
        _set(SubElement(root, "NoteRef"), targetGUID=g)
    return root, rows
