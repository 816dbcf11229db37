"""The core's messages in the UI language.

The core (and the CLI on top of it) speaks English: scripts parse its messages and tests
assert them. The GUI shows them through :func:`localise`, which recognises each known
message by its English template and fills the template's translation with the same values
(file names, numbers, code names, offsets are kept exactly as the core wrote them).

Each template below is a copy of a core f-string with its values named: ``{file}`` for a
file name or path, a numeric name (``{n}``, ``{start}``, ``{end}``, ``{byte}`` ...) for a whole
number, any other name for free text. The pattern that recognises a message is derived from
the template itself, so the English source and the pattern cannot drift apart. A message no
template matches is shown as it is: nothing is ever lost.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.gui import i18n
from desktop_app.gui.i18n import QT_TR_NOOP, tr

TEMPLATES = (
    # -- importing: refused files, duplicates, warnings (core/textnorm.py, core/importing.py)
    QT_TR_NOOP("{file}: the file is empty"),
    QT_TR_NOOP("{file}: starts with a {label} byte-order mark but is not valid {label} (byte {byte})"),
    QT_TR_NOOP("{file}: PDF files cannot be imported; save it as .txt or .docx"),
    QT_TR_NOOP("{file}: this is a zip/Office file, not plain text (rename to .docx?)"),
    QT_TR_NOOP("{file}: looks like a binary file, not text"),
    QT_TR_NOOP("{file}: unknown text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5; invalid UTF-8 at byte {byte})"),
    QT_TR_NOOP("{file}: cannot tell the text encoding (best guess {label} gives unreadable text); save it as UTF-8"),
    QT_TR_NOOP("{file}: .docx support is not installed"),
    QT_TR_NOOP("{file}: not a valid .docx file ({detail})"),
    QT_TR_NOOP("{file}: the .docx file is damaged ({detail})"),
    QT_TR_NOOP("{file}: no such file"),
    QT_TR_NOOP("{file}: is a folder, not a file"),
    QT_TR_NOOP("{file}: old Word .doc files are not supported; save it as .docx"),
    QT_TR_NOOP("{file}: unsupported file type '{suffix}' (use .txt or .docx)"),
    QT_TR_NOOP("{file}: cannot be read ({detail})"),
    QT_TR_NOOP("{file}: too large ({size} MB; at most {max} MB)"),
    QT_TR_NOOP("{file}: contains no text"),
    QT_TR_NOOP("{file}: the same text is already document {n}; not imported again"),
    QT_TR_NOOP("{file}: the same text as {other} in this import"),
    QT_TR_NOOP("import cancelled"),
    QT_TR_NOOP("removed {n} control character(s)"),
    QT_TR_NOOP("contains {n} replacement character(s) (�): bytes that could not be decoded, or already in the file"),
    # -- the project file: create, open, write (core/project.py, core/wordindex.py)
    QT_TR_NOOP("{file}: already exists; choose another name"),
    QT_TR_NOOP("{file}: the folder {folder} does not exist"),
    QT_TR_NOOP("{file}: cannot create the project file ({detail})"),
    QT_TR_NOOP("{file}: no such project file"),
    QT_TR_NOOP("{file}: is a folder, not a project file"),
    QT_TR_NOOP("{file}: is not a Biaozhu project (an empty file)"),
    QT_TR_NOOP("{file}: is not a Biaozhu project (not an SQLite database)"),
    QT_TR_NOOP("{file}: the file is read-only; make it writable or copy it to open it for coding"),
    QT_TR_NOOP("{file}: cannot be opened ({detail})"),
    QT_TR_NOOP("{file}: is damaged or not a Biaozhu project ({detail})"),
    QT_TR_NOOP("{file}: is an SQLite database but not a Biaozhu project"),
    QT_TR_NOOP("{file}: was saved by a newer version of Biaozhu (schema {schema}); update Biaozhu to open it. The file was not changed."),
    QT_TR_NOOP("{file}: needs upgrading to this version of Biaozhu, which a read-only file does not allow"),
    QT_TR_NOOP("{file}: is locked by another program (open in another Biaozhu window, or a sync tool?); close it there and try again"),
    QT_TR_NOOP("{file}: opened read-only; nothing can be changed"),
    QT_TR_NOOP("{file}: cannot write ({detail}); is it open elsewhere?"),
    QT_TR_NOOP("{file}: cannot write ({detail}); nothing was changed"),
    QT_TR_NOOP("{file}: opened read-only; the word index cannot be updated"),
    QT_TR_NOOP("document {n} does not exist"),
    QT_TR_NOOP("code {n} does not exist"),
    QT_TR_NOOP("coding {n} does not exist"),
    QT_TR_NOOP("coder {n} does not exist"),
    QT_TR_NOOP("a coder needs a name"),
    # -- undo and redo (core/project.py)
    QT_TR_NOOP("action {n} does not exist"),
    QT_TR_NOOP("cannot undo '{label}': it was changed since"),
    QT_TR_NOOP("cannot redo '{label}': it was changed since"),
    QT_TR_NOOP("cannot undo '{label}': what it restores clashes with a later change"),
    QT_TR_NOOP("cannot redo '{label}': what it restores clashes with a later change"),
    # -- documents (core/documents.py)
    QT_TR_NOOP("the same text is already document {n} ({title})"),
    QT_TR_NOOP("there is no document {n}"),
    QT_TR_NOOP("there is no document '{ref}'"),
    QT_TR_NOOP("several documents are titled '{ref}'; use the id"),
    QT_TR_NOOP("a document needs a title"),
    QT_TR_NOOP("an attribute needs a name"),
    QT_TR_NOOP("document {n} has no attribute '{name}'"),
    # -- codings (core/codings.py)
    QT_TR_NOOP("start must be a whole number, not '{value}'"),
    QT_TR_NOOP("end must be a whole number, not '{value}'"),
    QT_TR_NOOP("document id must be a whole number, not '{value}'"),
    QT_TR_NOOP("coding id must be a whole number, not '{value}'"),
    QT_TR_NOOP("span {start}-{end} is not inside document {doc} (it has {n} characters; need 0 <= start < end <= {n})"),
    QT_TR_NOOP("unknown coding source '{source}'"),
    QT_TR_NOOP("this passage ({start}-{end}) already has that code from this coder (coding {n})"),
    QT_TR_NOOP("there is no coding {n}"),
    QT_TR_NOOP("that would duplicate coding {n}"),
    QT_TR_NOOP("there is no coder '{name}'"),
    # -- the codebook (core/codebook.py)
    QT_TR_NOOP("a code needs a name"),
    QT_TR_NOOP("a code name can have at most {n} characters"),
    QT_TR_NOOP("'{colour}' is not a colour; use #RRGGBB"),
    QT_TR_NOOP("there is no code {n}"),
    QT_TR_NOOP("there is no code '{name}'"),
    QT_TR_NOOP("several codes are called '{name}' in English ({names}); use the name or id"),
    QT_TR_NOOP("there is already a code named '{name}'"),
    QT_TR_NOOP("'{key}' is not a shortcut key; use 1 to 9"),
    QT_TR_NOOP("a code cannot be moved under itself or one of its children"),
    QT_TR_NOOP("a code cannot be merged into itself"),
    QT_TR_NOOP("a code cannot be merged into one of its own children"),
    # -- exports (core/export_common.py, export_xlsx.py, export_csv.py, wordfreq.py)
    QT_TR_NOOP("unknown language '{lang}'; use zh or en"),
    QT_TR_NOOP("{file}: there is no coder '{name}' (coders: {names})"),
    QT_TR_NOOP("{file}: there is no code '{name}'"),
    QT_TR_NOOP("{file}: the file name must end with {suffix}"),
    QT_TR_NOOP("{file}: is a folder; give a file name ending with {suffix}"),
    QT_TR_NOOP("{file}: {folder} is a file, not a folder"),
    QT_TR_NOOP("{file}: cannot be written: the folder {folder} does not exist"),
    QT_TR_NOOP("{file}: is the project file itself; choose another name"),
    QT_TR_NOOP("{file}: the file exists and is read-only; choose another name"),
    QT_TR_NOOP("{file}: cannot be replaced ({detail}); is it open in another program?"),
    QT_TR_NOOP("{file}: cannot write in {folder} ({detail})"),
    QT_TR_NOOP("{file}: cannot create a temporary file in {folder}"),
    QT_TR_NOOP("{file}: too many codes for one sheet; choose some with --code"),
    QT_TR_NOOP("{file}: cannot be written ({detail})"),
    QT_TR_NOOP("export cancelled; no file was written"),
    QT_TR_NOOP("nothing to export"),
    # -- search (core/textsearch.py)
    QT_TR_NOOP("nothing to search for"),
    QT_TR_NOOP("word search needs a word; use substring mode to find punctuation"),
    QT_TR_NOOP("unknown search mode '{mode}'; use one of {modes}"),
    QT_TR_NOOP("invalid regular expression '{query}': {detail}"),
    QT_TR_NOOP("unknown unit '{unit}'; use one of {units}"),
    QT_TR_NOOP("there are no results to code"),
    # -- keyword dictionaries and suggestions (core/suggest.py)
    QT_TR_NOOP("a keyword cannot span lines: '{word}'"),
    QT_TR_NOOP("a keyword can have at most {n} characters"),
    QT_TR_NOOP("a keyword cannot be empty"),
    QT_TR_NOOP("'{word}' is already a keyword of this code"),
    QT_TR_NOOP("'{word}' is not a keyword of this code"),
    QT_TR_NOOP("no suggestions to accept"),
    QT_TR_NOOP("no suggestions to reject"),
    # -- the project dictionary (core/segmentation.py)
    QT_TR_NOOP("a dictionary term cannot be empty"),
    QT_TR_NOOP("'{term}': a dictionary term cannot contain spaces or line breaks"),
    QT_TR_NOOP("'{term}…': a dictionary term can have at most {n} characters"),
    QT_TR_NOOP("'{term}': a dictionary term needs at least two characters"),
    QT_TR_NOOP("unknown term kind '{kind}'; use one of {kinds}"),
    QT_TR_NOOP("'{term}' is already in the project dictionary"),
    QT_TR_NOOP("'{term}' is not in the project dictionary"),
    # -- word frequencies (core/wordfreq.py)
    QT_TR_NOOP("--top must be at least 1"),
)

NUMERIC = frozenset({"n", "start", "end", "doc", "byte", "size", "max"})
_FIELD = re.compile(r"\{(\w+)\}")


def pattern(template: str) -> re.Pattern[str]:
    """The regular expression that recognises the messages an English template produces."""
    parts: list[str] = []
    seen: set[str] = set()
    pos = 0
    for m in _FIELD.finditer(template):
        parts.append(re.escape(template[pos:m.start()]))
        name = m.group(1)
        if name in seen:
            parts.append(f"(?P={name})")
        else:
            seen.add(name)
            value = r"-?\d+" if name in NUMERIC else ".+?" if name == "file" else ".*?"
            parts.append(f"(?P<{name}>{value})")
        pos = m.end()
    parts.append(re.escape(template[pos:]))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    # the template with the most fixed text first: "{file}: cannot be written: the folder
    # {folder} does not exist" before "{file}: the folder {folder} does not exist"
    ordered = sorted(TEMPLATES, key=lambda t: len(_FIELD.sub("", t)), reverse=True)
    return tuple((pattern(t), t) for t in ordered)


def match(message: str) -> tuple[str, dict[str, str]] | None:
    """(English template, its values) for a known core message, else None."""
    for regex, template in _rules():
        m = regex.fullmatch(message)
        if m:
            return template, m.groupdict()
    return None


def localise(message: str) -> str:
    """A core message in the UI language; unchanged in English or when it is not known."""
    if not message or i18n.current_language() == "en":
        return message
    found = match(message)
    if found is None:
        return message
    template, values = found
    try:
        return tr(template).format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation never hides the message
        return message

