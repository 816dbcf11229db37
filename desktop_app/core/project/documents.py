"""Documents and their attributes (region, date, author, newspaper ...)."""

from __future__ import annotations

import hashlib
from typing import Any

from desktop_app.core.errors import BiaozhuError, InvalidRow
from desktop_app.core.messages import Message
from desktop_app.core.project.store import Store, now
from desktop_app.core.project.validation import document_problem


def _doc_id(doc_id: object) -> object:
    if isinstance(doc_id, int) and not -(2**63) <= doc_id < 2**63:
        raise BiaozhuError(Message("there is no document {n}", n=doc_id))
    return doc_id


def text_sha256(text: str, utf8: bytes | None = None) -> str:
    """The hex sha256 of the text's UTF-8 (`utf8`, when the caller has it already)."""
    return hashlib.sha256(text.encode("utf-8") if utf8 is None else utf8).hexdigest()


def _matches(have: dict[str, str], want: dict[str, str]) -> bool:
    return all(have.get(k) == v for k, v in want.items())


class DocumentsMixin(Store):
    def add_document(
        self,
        title: str,
        text: str,
        source_file: str | None = None,
        encoding: str | None = None,
        attributes: dict[str, str] | None = None,
        digest: str | None = None,
        utf8: bytes | None = None,
    ) -> int:
        """Add an already normalised text. Raises if the same text is already in the project.
        `digest`: its :func:`text_sha256`, and `utf8`: its UTF-8, when the caller has them
        already (an import): the bytes are stored as they are, without encoding the text."""
        digest = digest or text_sha256(text, utf8)
        dup = self.conn.execute("SELECT id, title FROM documents WHERE sha256=?", (digest,)).fetchone()
        if dup:
            raise BiaozhuError(Message("the same text is already document {n} ({title})", n=dup[0], title=dup[1]))
        with self.action(Message("Import {title}", title=title)):
            pos = self.conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM documents").fetchone()[0]
            doc_id = self._insert(
                "documents",
                {
                    "title": title,
                    "text": text if utf8 is None else utf8,
                    "chars": len(text),
                    "sha256": digest,
                    "source_file": source_file,
                    "encoding": encoding,
                    "imported_at": now(),
                    "position": pos,
                },
                as_text=() if utf8 is None else ("text",),
            )
            for name, value in (attributes or {}).items():
                self.set_attribute(doc_id, name, value)
        self._text_cache[doc_id] = text
        return doc_id

    def find_duplicate(self, digest: str) -> int | None:
        """The document whose text has this sha256 (see text_sha256), if any."""
        row = self.conn.execute("SELECT id FROM documents WHERE sha256=?", (digest,)).fetchone()
        return int(row[0]) if row else None

    def documents(self, attributes: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """All documents (or those whose attributes match, see :meth:`matching_documents`)
        without their text, with coding counts and attributes."""
        docs = self.query(
            """SELECT d.id, d.title, d.chars, d.sha256, d.source_file, d.encoding, d.imported_at,
                      d.position, (SELECT COUNT(*) FROM codings c WHERE c.document_id = d.id) AS codings
               FROM documents d ORDER BY d.position, d.id"""
        )
        attrs = self.all_attributes()
        for d in docs:
            d["attributes"] = attrs.get(d["id"], {})
        if attributes:
            docs = [d for d in docs if _matches(d["attributes"], attributes)]
        return docs

    def matching_documents(self, attributes: dict[str, str] | None) -> list[int] | None:
        """Ids of the documents whose attributes have every given value (None: no filter)."""
        if not attributes:
            return None
        return [d for d, a in self.all_attributes().items() if _matches(a, attributes)]

    def document_delete_impact(self, doc_id: int) -> dict[str, int]:
        """What deleting a document takes with it (to state before asking)."""
        self.document_length(doc_id)
        count = self.conn.execute
        return {
            "codings": int(count("SELECT COUNT(*) FROM codings WHERE document_id=?", (doc_id,)).fetchone()[0]),
            "attributes": int(count("SELECT COUNT(*) FROM document_attributes WHERE document_id=?", (doc_id,)).fetchone()[0]),
        }

    def document(self, doc_id: int) -> dict[str, Any]:
        rows = self.query("SELECT * FROM documents WHERE id=?", (doc_id,))
        if not rows:
            raise BiaozhuError(Message("there is no document {n}", n=doc_id))
        doc = rows[0]
        doc["attributes"] = self.attributes(doc_id)
        return doc

    def document_titles(self) -> dict[int, str]:
        return dict(self.conn.execute("SELECT id, title FROM documents"))

    def has_document(self, doc_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def document_text(self, doc_id: int) -> str:
        """The stored text; :class:`InvalidRow` when a crafted file holds no usable text."""
        text = self._text_cache.get(doc_id)
        if text is None:
            row = self.conn.execute("SELECT text, chars FROM documents WHERE id=?",
                                    (_doc_id(doc_id),)).fetchone()
            if row is None:
                raise BiaozhuError(Message("there is no document {n}", n=doc_id))
            problem = document_problem(doc_id, row[0], row[1])
            if problem is not None:
                raise InvalidRow(problem)
            text = self._text_cache[doc_id] = row[0]
        return text

    def document_length(self, doc_id: int) -> int:
        if doc_id in self._text_cache:
            return len(self._text_cache[doc_id])
        row = self.conn.execute("SELECT chars FROM documents WHERE id=?",
                                (_doc_id(doc_id),)).fetchone()
        if row is None:
            raise BiaozhuError(Message("there is no document {n}", n=doc_id))
        if not isinstance(row[0], int) or isinstance(row[0], bool):
            raise InvalidRow(Message("document {n}: its character count ({chars}) does not match its text ({length})", n=doc_id, chars=repr(row[0]), length="?"))
        return int(row[0])

    def resolve_document(self, ref: str | int) -> int:
        """A document by id or exact title."""
        ref_s = str(ref).strip()
        rows = self.conn.execute("SELECT id FROM documents WHERE title=?", (ref_s,)).fetchall()
        if len(rows) == 1:
            return int(rows[0][0])
        if ref_s.isdigit() and int(ref_s) < 2**63 and self.conn.execute(
            "SELECT 1 FROM documents WHERE id=?", (int(ref_s),)
        ).fetchone():
            return int(ref_s)
        if len(rows) > 1:
            raise BiaozhuError(Message("several documents are titled '{ref}'; use the id", ref=ref_s))
        raise BiaozhuError(Message("there is no document '{ref}'", ref=ref_s))

    def rename_document(self, doc_id: int, title: str) -> None:
        title = title.strip()
        if not title:
            raise BiaozhuError(Message("a document needs a title"))
        with self.action(Message("Rename document {n}", n=doc_id)):
            self._update("documents", doc_id, {"title": title})

    def delete_document(self, doc_id: int) -> int:
        """Delete a document with its attributes and codings; returns how many codings went."""
        self.document_length(doc_id)  # raises for an unknown id
        with self.action(Message("Delete document {n}", n=doc_id)):
            ids = [r[0] for r in self.conn.execute(
                "SELECT id FROM codings WHERE document_id=?", (doc_id,))]
            for cid in ids:
                self._delete("codings", cid)
            for (aid,) in self.conn.execute(
                "SELECT id FROM document_attributes WHERE document_id=?", (doc_id,)
            ).fetchall():
                self._delete("document_attributes", aid)
            self._delete("documents", doc_id)
        return len(ids)

    # -- attributes ------------------------------------------------------------------------

    def set_attribute(self, doc_id: int, name: str, value: str) -> None:
        name = name.strip()
        if not name:
            raise BiaozhuError(Message("an attribute needs a name"))
        self.document_length(doc_id)
        with self.action(Message("Set {name} of document {n}", name=name, n=doc_id)):
            row = self.conn.execute(
                "SELECT id FROM document_attributes WHERE document_id=? AND name=?", (doc_id, name)
            ).fetchone()
            if row:
                self._update("document_attributes", row[0], {"value": str(value)})
            else:
                self._insert(
                    "document_attributes", {"document_id": doc_id, "name": name, "value": str(value)}
                )

    def set_attributes(self, doc_id: int, values: dict[str, str]) -> None:
        """Several attributes of one document as one action."""
        with self.action(Message("Set %n attribute(s) of document {doc}", n=len(values), doc=doc_id)):
            for name, value in values.items():
                self.set_attribute(doc_id, name, value)

    def edit_attributes(self, doc_id: int, values: dict[str, str], remove: list[str]) -> None:
        """Set some attributes and remove others, as one action."""
        self.document_length(doc_id)
        with self.action(Message("Edit attributes of document {n}", n=doc_id)):
            for name in remove:
                self.remove_attribute(doc_id, name)
            for name, value in values.items():
                self.set_attribute(doc_id, name, value)

    def remove_attribute(self, doc_id: int, name: str) -> None:
        row = self.conn.execute(
            "SELECT id FROM document_attributes WHERE document_id=? AND name=?", (doc_id, name)
        ).fetchone()
        if row is None:
            raise BiaozhuError(Message("document {n} has no attribute '{name}'", n=doc_id, name=name))
        with self.action(Message("Remove {name} of document {n}", name=name, n=doc_id)):
            self._delete("document_attributes", row[0])

    def attributes(self, doc_id: int) -> dict[str, str]:
        return dict(self.conn.execute(
            "SELECT name, value FROM document_attributes WHERE document_id=? ORDER BY id", (doc_id,)
        ).fetchall())

    def all_attributes(self) -> dict[int, dict[str, str]]:
        out: dict[int, dict[str, str]] = {}
        for doc_id, name, value in self.conn.execute(
            "SELECT document_id, name, value FROM document_attributes ORDER BY id"
        ):
            out.setdefault(doc_id, {})[name] = value
        return out

    def attribute_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM document_attributes GROUP BY name ORDER BY MIN(id)")]

    def attribute_values(self) -> dict[str, list[tuple[str, int]]]:
        """Each attribute's values with the number of documents that have each, names in
        :meth:`attribute_names` order, values sorted: what a filter offers to choose from."""
        out: dict[str, list[tuple[str, int]]] = {name: [] for name in self.attribute_names()}
        for name, value, n in self.conn.execute(
            "SELECT name, value, COUNT(DISTINCT document_id) FROM document_attributes "
            "GROUP BY name, value ORDER BY name, value"
        ):
            out.setdefault(name, []).append((value, int(n)))
        return out
