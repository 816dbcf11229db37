"""Rows Biaozhu would never write, found and kept out of everything that reads them.

A crafted or damaged project may hold codings with negative, reversed or out-of-range
offsets (Python slicing would quietly read from the end), offsets or texts of the wrong
type (BLOB, integer), codings of documents, codes or coders that do not exist, a NULL text,
or a codebook whose parents form a cycle. :func:`bad_rows` names each such row (the open
report); :data:`VALID_CODING` is the condition every reader of codings uses, so exports,
segment lists and the GUI never see them.
"""

from __future__ import annotations

import sqlite3

from desktop_app.core.messages import Message

MAX_REPORTED = 50

# a coding row `g` that can be read: integer offsets inside an existing, well-typed document,
# an existing code and coder
# (the count comes from the index documents_chars: read from the table it costs a walk over the
# whole text, stored before it; typeof(text) reads only the row's header). The documents with a
# text, the codes and the coders are each read once into a set (IN (SELECT ...)), not looked
# up for every coding (EXISTS): half the time on 100,000 codings. COALESCE keeps the condition
# true or false, never NULL (NULL ids, a missing document), so NOT VALID_CODING finds them.
# every document `t` with its character count `x.chars` read from the index documents_chars
_DOCUMENTS_WITH_CHARS = ("FROM documents t JOIN documents x INDEXED BY documents_chars "
                        "ON x.id = t.id")

VALID_CODING = (
    "(typeof(g.start)='integer' AND typeof(g.\"end\")='integer' AND g.start >= 0 "
    "AND g.\"end\" > g.start AND g.\"end\" <= COALESCE((SELECT CASE WHEN typeof(d.chars)="
    "'integer' THEN d.chars END FROM documents d INDEXED BY documents_chars "
    "WHERE d.id = g.document_id), -1) "
    "AND COALESCE(g.document_id IN (SELECT t.id FROM documents t WHERE typeof(t.text)='text'), 0) "
    "AND COALESCE(g.code_id IN (SELECT c.id FROM codes c), 0) "
    "AND COALESCE(g.coder_id IN (SELECT k.id FROM coders k), 0))"
)


def _coding_problem(conn: sqlite3.Connection, row: tuple) -> Message:
    gid, doc_id, code_id, coder_id, start, end = row
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        return Message("coding {n}: its offsets are not whole numbers ({start}, {end})", n=gid, start=repr(start), end=repr(end))
    doc = conn.execute("SELECT typeof(text), chars FROM documents WHERE id=?", (doc_id,)).fetchone()
    if doc is None:
        return Message("coding {n}: its document {doc} does not exist", n=gid, doc=doc_id)
    if start < 0 or end <= start:
        return Message("coding {n}: offsets {start}-{end} are negative or reversed", n=gid, start=start, end=end)
    if doc[0] != "text" or not isinstance(doc[1], int):
        return Message("coding {n}: its document {doc} is damaged", n=gid, doc=doc_id)
    if end > doc[1]:
        return Message("coding {n}: offsets {start}-{end} lie outside document {doc} ({chars} characters)", n=gid, start=start, end=end, doc=doc_id, chars=doc[1])
    if conn.execute("SELECT 1 FROM codes WHERE id=?", (code_id,)).fetchone() is None:
        return Message("coding {n}: its code {code} does not exist", n=gid, code=code_id)
    return Message("coding {n}: its coder {coder} does not exist", n=gid, coder=coder_id)


def document_problem(doc_id: int, text: object, chars: object) -> Message | None:
    """Why a document's stored text cannot be used, or None."""
    if not isinstance(text, str):
        kind = "NULL" if text is None else type(text).__name__
        return Message("document {n}: its text is not text ({kind})", n=doc_id, kind=kind)
    if not isinstance(chars, int) or chars != len(text):
        return Message("document {n}: its character count ({chars}) does not match its text ({length})", n=doc_id, chars=repr(chars), length=len(text))
    return None


def code_cycles(conn: sqlite3.Connection) -> list[int]:
    """Codes that cannot be reached from the top of the codebook (a parent cycle or a missing
    parent), in id order."""
    parents = dict(conn.execute("SELECT id, parent_id FROM codes"))
    bad = []
    for cid in sorted(parents):
        seen = {cid}
        p = parents[cid]
        while p is not None:
            if p in seen or p not in parents:
                bad.append(cid)
                break
            seen.add(p)
            p = parents[p]
    return bad


def _codings_look_valid(conn: sqlite3.Connection) -> bool:
    """Whether every coding passes VALID_CODING, told by one aggregate per document (half the
    time of evaluating VALID_CODING on each of 100,000 codings at every open). False whenever
    any row might fail it: then each failing row is looked for and named."""
    docs = {doc_id: chars for doc_id, kind, chars in conn.execute(
        f"SELECT t.id, typeof(t.text), x.chars {_DOCUMENTS_WITH_CHARS}")
        if kind == "text" and type(chars) is int}
    # an odd value makes its OR true (typeof is checked first: a NULL never hides a row)
    for doc_id, last_end, odd in conn.execute(
            'SELECT g.document_id, MAX(g."end"), SUM(typeof(g.start) <> \'integer\' '
            'OR typeof(g."end") <> \'integer\' OR g.start < 0 OR g."end" <= g.start) '
            "FROM codings g GROUP BY g.document_id"):
        chars = docs.get(doc_id) if type(doc_id) is int else None
        if odd or chars is None or type(last_end) is not int or last_end > chars:
            return False
    return not conn.execute(
        "SELECT EXISTS (SELECT 1 FROM codings g WHERE g.code_id IS NULL "
        "OR g.code_id NOT IN (SELECT c.id FROM codes c) OR g.coder_id IS NULL "
        "OR g.coder_id NOT IN (SELECT k.id FROM coders k))").fetchone()[0]


def bad_rows(conn: sqlite3.Connection, full: bool = False) -> list[Message]:
    """Every row that breaks the rules, each named. `full` also compares each text's length
    with its stored character count (reads every text: done when a file is first seen)."""
    out: list[Message] = []
    if full:
        sql = ("SELECT id, typeof(text), chars, CASE WHEN typeof(text)='text' THEN length(text) "
               "END FROM documents WHERE typeof(text) <> 'text' OR typeof(chars) <> 'integer' "
               "OR typeof(title) <> 'text' OR (typeof(text)='text' AND chars <> length(text))")
    else:  # the count from the index (see VALID_CODING): no walk over every text
        sql = (f"SELECT t.id, typeof(t.text), x.chars, NULL {_DOCUMENTS_WITH_CHARS} "
               "WHERE typeof(t.text) <> 'text' OR typeof(x.chars) <> 'integer' "
               "OR typeof(t.title) <> 'text'")
    for doc_id, kind, chars, n in conn.execute(sql):
        if kind != "text":
            out.append(Message("document {n}: its text is not text ({kind})", n=doc_id, kind=kind.upper()))
        elif n is not None and n != chars:
            out.append(Message("document {n}: its character count ({chars}) does not match its text ({length})", n=doc_id, chars=repr(chars), length=n))
        else:
            out.append(Message("document {n}: its title or character count is of the wrong type", n=doc_id))
    rows = [] if _codings_look_valid(conn) else conn.execute(
        'SELECT g.id, g.document_id, g.code_id, g.coder_id, g.start, g."end" FROM codings g '
        f"WHERE NOT {VALID_CODING} ORDER BY g.id LIMIT {MAX_REPORTED + 1}").fetchall()
    out += [_coding_problem(conn, r) for r in rows]
    for cid in code_cycles(conn):
        out.append(Message("code {n}: its parents form a cycle or do not exist", n=cid))
    if len(out) > MAX_REPORTED:
        out = [*out[:MAX_REPORTED], Message("and more rows like these")]
    return out
