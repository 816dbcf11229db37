"""The project file's schema, as an append-only ladder of sqlite-utils migrations.

Never edit a migration that has shipped: add a new one at the end.
"""

from __future__ import annotations

import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

APP_ID = "biaozhu"
migrations = Migrations("biaozhu")


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE project_info (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            chars INTEGER NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            source_file TEXT,
            encoding TEXT,
            imported_at TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE document_attributes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (document_id, name)
        );
        CREATE TABLE codes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE,
            name_en TEXT,
            parent_id INTEGER REFERENCES codes(id),
            colour TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            shortcut TEXT UNIQUE,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE coders (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE codings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            code_id INTEGER NOT NULL REFERENCES codes(id),
            coder_id INTEGER NOT NULL REFERENCES coders(id),
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" > start),
            memo TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (document_id, code_id, coder_id, start, "end")
        );
        CREATE INDEX codings_document ON codings(document_id, start);
        CREATE INDEX codings_code ON codings(code_id);
        CREATE TABLE memos (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            target TEXT NOT NULL,          -- 'project', 'document', 'code'
            target_id INTEGER,
            text TEXT NOT NULL DEFAULT '',
            coder_id INTEGER REFERENCES coders(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            coder TEXT NOT NULL,
            label TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'do',      -- 'do', 'undo', 'redo'
            target_action_id INTEGER REFERENCES actions(id)
        );
        CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            action_id INTEGER NOT NULL REFERENCES actions(id),
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            before TEXT,                           -- JSON of the row, NULL when inserted
            after TEXT                             -- JSON of the row, NULL when deleted
        );
        CREATE INDEX history_action ON history(action_id);
        """
    )


@migrations(name="0002_text")
def _text(db: Database) -> None:
    """Chinese text tools: user dictionary, keyword lists, rejected suggestions, word index.

    No foreign keys to codes/documents on purpose: deleting a code or document must not be
    blocked or cascade outside the history, and undo brings the same ids back. Rows whose
    code or document is gone are ignored by the queries.
    """
    db.executescript(
        """
        CREATE TABLE user_terms (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            term TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'word' CHECK (kind IN ('word', 'split')),
            created_at TEXT NOT NULL
        );
        CREATE TABLE code_keywords (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            code_id INTEGER NOT NULL UNIQUE,
            keywords TEXT NOT NULL DEFAULT '[]',   -- JSON list; no row = the defaults
            updated_at TEXT NOT NULL
        );
        CREATE TABLE rejected_suggestions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL,
            code_id INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (document_id, code_id, start, "end")
        );
        -- derived data (never in history): jieba tokens per paragraph under FTS5
        CREATE TABLE text_chunks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL,
            start INTEGER NOT NULL,                -- code point offset of the paragraph
            tokens TEXT NOT NULL                   -- jieba tokens joined by U+001F
        );
        CREATE INDEX text_chunks_document ON text_chunks(document_id);
        CREATE VIRTUAL TABLE text_fts USING fts5(
            tokens, content='text_chunks', content_rowid='id',
            tokenize='unicode61 remove_diacritics 0'
        );
        CREATE TABLE text_index_state (
            document_id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            dictionary TEXT NOT NULL,              -- segmenter version the tokens came from
            indexed_at TEXT NOT NULL
        );
        """
    )

@migrations(name="0003_undo_in_library")
def _undo_in_library(db: Database) -> None:
    """Action labels as messages (language-neutral), and the undo pointer in the file.

    ``step_id``: the undo step an action belongs to (NULL: nothing to undo); ``undone``: 0 live,
    the id of the undo action that reverted it (can be redone), -1 (can no longer be redone).
    Earlier undo/redo actions are replayed here to set the pointer where the user left it.
    """
    db.executescript(
        """
        ALTER TABLE actions ADD COLUMN message TEXT;
        ALTER TABLE actions ADD COLUMN step_id INTEGER;
        ALTER TABLE actions ADD COLUMN step_message TEXT;
        ALTER TABLE actions ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;
        UPDATE actions SET step_id = id WHERE kind = 'do'
            AND EXISTS (SELECT 1 FROM history h WHERE h.action_id = actions.id);
        UPDATE actions SET undone = COALESCE((
            SELECT CASE WHEN e.kind = 'undo' THEN e.id ELSE 0 END FROM actions e
            WHERE e.target_action_id = actions.id AND e.kind IN ('undo', 'redo')
            ORDER BY e.id DESC LIMIT 1), 0)
        WHERE step_id IS NOT NULL;
        UPDATE actions SET undone = -1 WHERE undone > 0 AND undone < (
            SELECT MAX(id) FROM actions WHERE step_id IS NOT NULL AND kind = 'do');
        CREATE INDEX actions_steps ON actions(undone, id) WHERE step_id IS NOT NULL;
        """
    )


GUID_TABLES = ("documents", "codes", "coders", "codings", "memos")


def new_guid() -> str:
    """A random GUID in the form REFI-QDA expects (8-4-4-4-12 lower-case hex)."""
    return str(uuid.uuid4())


@migrations(name="0004_guids")
def _guids(db: Database) -> None:
    """A stable GUID per document, code, coder, coding and memo (REFI-QDA exchange and
    merging), and one for the project; existing rows get one now, new rows at insert
    (Store._insert). Unique per table; the history keeps it, so undo/redo bring it back."""
    for table in GUID_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN guid TEXT")
        ids = [r[0] for r in db.execute(f"SELECT id FROM {table} ORDER BY id").fetchall()]
        db.conn.executemany(f"UPDATE {table} SET guid=? WHERE id=?", [(new_guid(), i) for i in ids])
        db.execute(f"CREATE UNIQUE INDEX {table}_guid ON {table}(guid)")
    db.execute("INSERT OR IGNORE INTO project_info (key, value) VALUES ('guid', ?)", [new_guid()])


@migrations(name="0005_documents_chars")
def _documents_chars(db: Database) -> None:
    """A covering index for a document's character count: every reader checks a coding's end
    against it, and reading ``chars`` from the table walks past the whole text (it is stored
    after it), 2 ms a coding on a 10 MB document."""
    db.execute("CREATE INDEX documents_chars ON documents(id, chars)")


@migrations(name="0006_codings_code_documents")
def _codings_code_documents(db: Database) -> None:
    """The codings of a code with their documents in one index: the codebook counts the
    documents of each code, which read every coding's row otherwise (45 ms for 100,000
    codings, on every list of codes)."""
    db.execute("DROP INDEX IF EXISTS codings_code")
    db.execute("CREATE INDEX codings_code_documents ON codings(code_id, document_id)")


@migrations(name="0007_documents_list")
def _documents_list(db: Database) -> None:
    """The list of documents (everything but the text) in one index, in list order: the
    columns stored after a text are read by walking past all of it (2 ms on a 10 MB document,
    each time the list, a filter or an export reads the documents)."""
    db.execute("CREATE INDEX documents_list ON documents(position, id, title, chars, sha256, "
               "source_file, encoding, imported_at)")


@migrations(name="0008_codings_document_order")
def _codings_document_order(db: Database) -> None:
    """A document's codings in the order a view draws them: start, end, then id (the rowid,
    which every index ends with). With start alone, SQLite sorted each page of codings it
    read (100,000 codings in pages of 10,000: 175-215 ms, 131-145 ms with this index)."""
    db.execute("DROP INDEX IF EXISTS codings_document")
    db.execute('CREATE INDEX codings_document ON codings(document_id, start, "end")')


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
