"""The chat history: conversations as message trees in one SQLite file.

A conversation is a tree of messages (``parent_id``). Regenerating an answer
or editing a question adds a sibling: a new version under the same parent.
The conversation shows one path, root to ``current_leaf_id``; switching
versions moves the leaf.

The file runs in WAL mode; every write is one transaction. The schema is
versioned through ``PRAGMA user_version`` and brought up to date by the
``MIGRATIONS`` list. A file SQLite cannot read, or one written by a newer
msdesk, is never opened in place: it is renamed aside (with its ``-wal`` and
``-shm`` files), msdesk starts a new history, and ``warnings`` says where the
old file is. Opening runs SQLite's quick check, so damage anywhere in the file
is found then; a damaged file's readable rows are copied into the new history
(``recover_into``).

``ChatHistory`` is synchronous and not thread-safe: one owner thread. The
app reads through one on its GUI thread and writes through ``HistoryWriter``,
which runs every write on a thread of its own, in the order asked (WAL lets
the reader see each write once it has been awaited).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import math
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

from msdesk.core.dbrepair import quick_check, salvage
from msdesk.core.errors import MsdeskError
from msdesk.core.i18n import translate

T = TypeVar("T")

log = logging.getLogger(__name__)

ROLES = ("user", "assistant")
STATUSES = ("ok", "streaming", "stopped", "cut", "error")
ATTACHMENT_KINDS = ("input", "output")
DEFAULT_TITLE = "New chat"

_SNIPPET_CHARS = 80
_CHUNK = 500  # ids per ``IN (...)`` query


# -- the data model --------------------------------------------------------------


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _count(value: Any, minimum: int) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or value < minimum:
        return None
    return value


@dataclass
class ConversationParams:
    """Per-conversation request settings; ``None`` means "the model's default, not sent"."""

    system_prompt: str = ""
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    context_messages: int | None = None  # how many earlier messages to send; None = all
    enable_thinking: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Any) -> ConversationParams:
        """Read what ``to_dict`` wrote; anything of the wrong type falls back to its default."""
        if not isinstance(data, dict):
            return cls()
        prompt = data.get("system_prompt")
        thinking = data.get("enable_thinking")
        return cls(
            system_prompt=prompt if isinstance(prompt, str) else "",
            temperature=_number(data.get("temperature")),
            top_p=_number(data.get("top_p")),
            max_tokens=_count(data.get("max_tokens"), 1),
            context_messages=_count(data.get("context_messages"), 0),
            enable_thinking=thinking if isinstance(thinking, bool) else None,
        )


@dataclass
class Conversation:
    id: int
    title: str
    provider_id: str | None
    model_id: str | None
    params: ConversationParams
    created_at: float
    updated_at: float
    current_leaf_id: int | None
    auto_titled: bool  # True once an automatic title was set or the user renamed it


@dataclass
class ConversationSummary:
    """A row of the conversation list; ``snippet`` is the matching text when searching."""

    id: int
    title: str
    updated_at: float
    model_id: str | None
    snippet: str


@dataclass
class Attachment:
    """An attachment's metadata; the bytes come from ``ChatHistory.attachment_data``."""

    id: int
    message_id: int
    kind: str  # "input" (user-attached image) | "output" (generated image)
    mime: str
    name: str
    size: int


@dataclass
class Message:
    id: int
    conversation_id: int
    parent_id: int | None
    role: str  # "user" | "assistant"
    content: str
    reasoning: str = ""
    status: str = "ok"  # "ok" | "streaming" | "stopped" | "cut" | "error"
    error: str = ""
    provider_id: str | None = None
    model_id: str | None = None
    token_label: str | None = None
    usage: dict[str, Any] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    created_at: float = 0.0
    updated_at: float = 0.0
    sibling_index: int = 0  # 0-based position among its versions (same parent and role)
    sibling_count: int = 1


# -- automatic titles --------------------------------------------------------------

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LEADING_MARKERS = re.compile(r"^(?:#{1,6}(?=\s|$)\s*|>\s*|[-*+](?=\s|$)\s*)+")
_EMPHASIS = re.compile(r"(?<!\w)[*_]+|[*_]+(?!\w)")
_ONLY_MARKS = re.compile(r"[-*_=#>`~+|:\s]*")


def auto_title(user_text: str, max_chars: int = 48) -> str:
    """A title from the first meaningful line of a message, "…" when cut; "New chat" if none."""
    for raw in user_text.splitlines():
        line = " ".join(raw.split())
        if line.startswith(("```", "~~~")):
            continue  # a code fence line (with its language tag) is no title
        line = _LINK.sub(r"\1", line)
        line = line.replace("`", "")
        line = _LEADING_MARKERS.sub("", line)
        line = _EMPHASIS.sub("", line)
        line = " ".join(line.split())
        if line and not _ONLY_MARKS.fullmatch(line):
            return _shorten(line, max_chars)
    return DEFAULT_TITLE


def _shorten(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    max_chars = max(2, max_chars)
    cut = text[: max_chars - 1]
    space = cut.rfind(" ")
    if space >= max_chars // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


# -- search helpers --------------------------------------------------------------


def _fold(text: Any) -> str | None:
    """Lower case for every script (SQLite's own LIKE folds ASCII only)."""
    return text.lower() if isinstance(text, str) else None


def _like_pattern(search: str) -> str:
    escaped = search.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _snippet(content: str, search: str, width: int = _SNIPPET_CHARS) -> str:
    """About ``width`` characters of ``content`` around the first match, on one line."""
    text = " ".join(content.split())
    needle = search.lower()
    # Fold character by character so a match maps back to a position in ``text``
    # even where lower() changes the length (e.g. "İ").
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        low = char.lower()
        folded.append(low)
        origin.extend([index] * len(low))
    at = "".join(folded).find(needle)
    start = origin[at] if at >= 0 else 0
    length = len(search) if at >= 0 else 0
    begin = max(0, start - (width - length) // 2)
    end = min(len(text), begin + width)
    begin = max(0, end - width)
    if begin > 0:
        space = text.find(" ", begin, start)
        if space >= 0:
            begin = space + 1
    if end < len(text):
        space = text.rfind(" ", start + length, end)
        if space >= 0:
            end = space
    piece = text[begin:end].strip()
    return ("…" if begin > 0 else "") + piece + ("…" if end < len(text) else "")


# -- schema -----------------------------------------------------------------------


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    statements = [
        """CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT 'New chat',
            provider_id TEXT,
            model_id TEXT,
            params TEXT NOT NULL DEFAULT '{}',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            current_leaf_id INTEGER,
            auto_titled INTEGER NOT NULL DEFAULT 0,
            deleted_at REAL
        )""",
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL
                REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES messages(id),
            role TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            reasoning TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'ok',
            error TEXT NOT NULL DEFAULT '',
            provider_id TEXT,
            model_id TEXT,
            token_label TEXT,
            usage TEXT NOT NULL DEFAULT '{}',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )""",
        """CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            mime TEXT NOT NULL,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            data BLOB NOT NULL
        )""",
        "CREATE INDEX messages_by_conversation ON messages(conversation_id, parent_id)",
        "CREATE INDEX messages_by_parent ON messages(parent_id)",
        "CREATE INDEX attachments_by_message ON attachments(message_id)",
        "CREATE INDEX conversations_by_update ON conversations(updated_at)",
    ]
    for statement in statements:
        conn.execute(statement)


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    # What was typed and not sent yet, per conversation (0: the new chat not stored yet).
    conn.execute(
        """CREATE TABLE drafts (
            conversation_id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            updated_at REAL NOT NULL
        )"""
    )


#: ``MIGRATIONS[n]`` brings a file from ``user_version`` n to n + 1, in one transaction.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_to_1, _migrate_to_2]
SCHEMA_VERSION = len(MIGRATIONS)

#: The drafts row of the new chat (conversation ids start at 1).
NEW_CHAT_DRAFT = 0

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_HEADER = b"SQLite format 3\x00"


class HistoryUnavailable(MsdeskError):
    """The history file cannot be opened at all (permissions, a full disk, a lock)."""

    def __init__(self, path: Path, cause: BaseException) -> None:
        reason = getattr(cause, "strerror", None) or str(cause) or type(cause).__name__
        super().__init__(
            translate(
                "core.history",
                "Could not open the chat history {path} ({reason}). Check that its folder is "
                "writable and the disk is not full, close any other running msdesk, then restart.",
            ).format(path=path, reason=reason)
        )
        self.path = path


class _NewerSchema(Exception):
    """The file was written by a newer msdesk."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}")
        self.version = version


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return not isinstance(exc, sqlite3.OperationalError)


_MESSAGE_COLUMNS = (
    "id, conversation_id, parent_id, role, content, reasoning, status, error, provider_id, "
    "model_id, token_label, usage, created_at, updated_at"
)
_CONVERSATION_COLUMNS = (
    "id, title, provider_id, model_id, params, created_at, updated_at, current_leaf_id, auto_titled"
)


def _json_dict(text: Any) -> dict[str, Any]:
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        value = None
    return value if isinstance(value, dict) else {}


_REPAIRING = threading.Lock()  # one repair at a time, whichever connection finds the damage


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _read(method: Callable[..., T]) -> Callable[..., T]:
    """A read that repairs a damaged file once and tries again (see ``ChatHistory._repair_after``)."""

    @functools.wraps(method)
    def reading(self: ChatHistory, *args: Any, **kwargs: Any) -> T:
        self._follow()
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if not _is_corruption(exc):
                raise
            self._repair_after(exc)
        return method(self, *args, **kwargs)

    return reading


# -- the store ----------------------------------------------------------------------


class ChatHistory:
    """SQLite chat history (WAL). Sync API; every write is one transaction. Not thread-safe."""

    def __init__(self, path: Path, conn: sqlite3.Connection, warnings: list[str]) -> None:
        self.path = path
        self.warnings = warnings
        self._conn = conn
        self._file = _identity(path)
        #: Called with the warning when a read finds damage and the file is repaired.
        self.on_repaired: Callable[[str], None] | None = None

    def _follow(self) -> None:
        """Reconnect if the file was replaced (repaired through another connection)."""
        current = _identity(self.path)
        if current is not None and current != self._file:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = self._connect(self.path)
            self._file = current

    def _repair_after(self, exc: sqlite3.DatabaseError) -> None:
        """A read found damage: keep the file aside, recover what can be read, reconnect."""
        with _REPAIRING:
            if _identity(self.path) != self._file:  # another connection repaired it already
                self._follow()
                return
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            found: list[str] = []
            self._conn = self._recover(self.path, str(exc), found)
            self._file = _identity(self.path)
        for warning in found:
            log.warning("%s", warning)
            self.warnings.append(warning)
            if self.on_repaired is not None:
                self.on_repaired(warning)

    def __repr__(self) -> str:
        return f"ChatHistory({str(self.path)!r})"

    def __enter__(self) -> ChatHistory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- opening ------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, check: bool = True) -> ChatHistory:
        """Open (creating and migrating as needed) the history at ``path``.

        A file SQLite cannot read, or one from a newer msdesk, is kept aside and a
        fresh history started; ``warnings`` then says where the old file went.
        ``check=False``: the file was checked already in this process (``quick_check``
        reads every page); damage met by a read later is still repaired then.
        """
        path = Path(path)
        warnings: list[str] = []
        try:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                _check_header(path)
                conn = cls._connect(path)
                problem = quick_check(conn) if check else "ok"
                if problem != "ok":
                    conn.close()
                    raise _Damaged(problem)
            except _NewerSchema as exc:
                backup = _keep_aside(path, f"v{exc.version}")
                warnings.append(
                    translate(
                        "core.history",
                        "The chat history was written by a newer version of msdesk (schema "
                        "{version}); it was kept as {backup} and msdesk started a new, empty "
                        "history. Update msdesk to see the old conversations again.",
                    ).format(version=exc.version, backup=backup)
                )
                log.warning("chat history from a newer msdesk kept aside as %s", backup.name)
                conn = cls._connect(path)
            except _NotADatabase as exc:
                backup = _keep_aside(path, "corrupt")
                warnings.append(
                    translate(
                        "core.history",
                        "The chat history file could not be read ({problem}); it was kept as {backup} "
                        "and msdesk started a new, empty history.",
                    ).format(problem=exc, backup=backup)
                )
                log.warning("chat history unreadable (%s), kept aside as %s", exc, backup.name)
                conn = cls._connect(path)
            except sqlite3.DatabaseError as exc:
                if not _is_corruption(exc):
                    raise
                conn = cls._recover(path, str(exc), warnings)
        except (OSError, sqlite3.Error) as exc:
            raise HistoryUnavailable(path, exc) from exc
        return cls(path, conn, warnings)

    @classmethod
    def _recover(cls, path: Path, problem: str, warnings: list[str]) -> sqlite3.Connection:
        """Keep the damaged file aside and copy what can be read into a fresh history."""
        backup = _keep_aside(path, "corrupt")
        log.warning("chat history damaged (%s), kept aside as %s", problem, backup.name)
        conn = cls._connect(path)
        counts = recover_into(backup, conn)
        conversations, messages = counts.get("conversations", 0), counts.get("messages", 0)
        if conversations or messages:
            warning = translate(
                "core.history",
                "The chat history file was damaged ({problem}); it was kept as {backup} and msdesk "
                "recovered what could still be read ({conversations}, {messages}) into a new history.",
            ).format(
                problem=problem,
                backup=backup,
                conversations=translate("core.history", "%n conversation(s)", "", conversations),
                messages=translate("core.history", "%n message(s)", "", messages),
            )
        else:
            warning = translate(
                "core.history",
                "The chat history file was damaged ({problem}); it was kept as {backup} and nothing "
                "in it could be read, so msdesk started a new, empty history.",
            ).format(problem=problem, backup=backup)
        warnings.append(warning)
        return conn

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _NewerSchema(version)
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("chat history: WAL mode unavailable, using %s", mode)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            for target in range(version, SCHEMA_VERSION):
                with _transaction(conn):
                    MIGRATIONS[target](conn)
                    conn.execute(f"PRAGMA user_version = {target + 1}")
                log.info("chat history migrated to schema %d", target + 1)
        except BaseException:
            conn.close()
            raise
        conn.create_function("msdesk_fold", 1, _fold, deterministic=True)
        return conn

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def _write(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        self._follow()
        return _transaction(self._conn)

    # -- conversations -------------------------------------------------------------

    def create_conversation(
        self,
        *,
        title: str = DEFAULT_TITLE,
        provider_id: str | None = None,
        model_id: str | None = None,
        params: ConversationParams | None = None,
    ) -> Conversation:
        now = time.time()
        params = params or ConversationParams()
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO conversations (title, provider_id, model_id, params, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (_clean_title(title), provider_id, model_id, _dump(params.to_dict()), now, now),
            )
        return self.conversation(int(cursor.lastrowid))

    @_read
    def conversation(self, conversation_id: int) -> Conversation:
        """The conversation; ``KeyError`` if there is none or it is deleted."""
        row = self._conn.execute(
            f"SELECT {_CONVERSATION_COLUMNS} FROM conversations"
            " WHERE id = ? AND deleted_at IS NULL",
            (conversation_id,),
        ).fetchone()
        if row is None:
            raise KeyError(conversation_id)
        return Conversation(
            id=row[0],
            title=row[1],
            provider_id=row[2],
            model_id=row[3],
            params=ConversationParams.from_dict(_json_dict(row[4])),
            created_at=row[5],
            updated_at=row[6],
            current_leaf_id=row[7],
            auto_titled=bool(row[8]),
        )

    @_read
    def list_conversations(self, search: str = "", limit: int = 500) -> list[ConversationSummary]:
        """Newest first, without deleted ones; ``search`` matches titles and message text."""
        search = " ".join(search.split())
        if not search:
            rows = self._conn.execute(
                "SELECT id, title, updated_at, model_id, NULL FROM conversations"
                " WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        else:
            rows = self._conn.execute(
                """
                WITH hits AS (
                    SELECT c.id, c.title, c.updated_at, c.model_id,
                        (SELECT m.content FROM messages m
                          WHERE m.conversation_id = c.id
                            AND msdesk_fold(m.content) LIKE :pattern ESCAPE '\\'
                          ORDER BY m.id LIMIT 1) AS found,
                        msdesk_fold(c.title) LIKE :pattern ESCAPE '\\' AS in_title
                    FROM conversations c
                    WHERE c.deleted_at IS NULL
                )
                SELECT id, title, updated_at, model_id, found FROM hits
                WHERE in_title OR found IS NOT NULL
                ORDER BY updated_at DESC, id DESC LIMIT :limit
                """,
                {"pattern": _like_pattern(search), "limit": limit},
            ).fetchall()
        return [
            ConversationSummary(
                id=row[0],
                title=row[1],
                updated_at=row[2],
                model_id=row[3],
                snippet=_snippet(row[4], search) if row[4] is not None else "",
            )
            for row in rows
        ]

    def rename(self, conversation_id: int, title: str) -> None:
        """The user's own title; automatic titles never replace it."""
        with self._write() as conn:
            self._require(conversation_id)
            conn.execute(
                "UPDATE conversations SET title = ?, auto_titled = 1 WHERE id = ?",
                (_clean_title(title), conversation_id),
            )

    def set_auto_title(self, conversation_id: int, title: str, *, final: bool = True) -> None:
        """Set an automatic title, unless a final one was set already or the user renamed it.

        ``final=False``: a first title, taken from the question as it is sent, which the
        title set once an answer arrives replaces.
        """
        with self._write() as conn:
            self._require(conversation_id)
            conn.execute(
                "UPDATE conversations SET title = ?, auto_titled = ?"
                " WHERE id = ? AND auto_titled = 0",
                (_clean_title(title), int(final), conversation_id),
            )

    def set_model(self, conversation_id: int, provider_id: str | None, model_id: str | None) -> None:
        with self._write() as conn:
            self._require(conversation_id)
            conn.execute(
                "UPDATE conversations SET provider_id = ?, model_id = ? WHERE id = ?",
                (provider_id, model_id, conversation_id),
            )

    def set_params(self, conversation_id: int, params: ConversationParams) -> None:
        with self._write() as conn:
            self._require(conversation_id)
            conn.execute(
                "UPDATE conversations SET params = ? WHERE id = ?",
                (_dump(params.to_dict()), conversation_id),
            )

    def delete_conversation(self, conversation_id: int) -> None:
        """Hide the conversation; ``restore_conversation`` brings it back until a purge."""
        with self._write() as conn:
            self._require(conversation_id)
            conn.execute(
                "UPDATE conversations SET deleted_at = ? WHERE id = ?", (time.time(), conversation_id)
            )

    def restore_conversation(self, conversation_id: int) -> None:
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE conversations SET deleted_at = NULL WHERE id = ?", (conversation_id,)
            )
            if cursor.rowcount == 0:
                raise KeyError(conversation_id)

    def purge_deleted(self) -> int:
        """Really delete the soft-deleted conversations (with their messages); returns how many."""
        with self._write() as conn:
            cursor = conn.execute("DELETE FROM conversations WHERE deleted_at IS NOT NULL")
            conn.execute(
                "DELETE FROM drafts WHERE conversation_id != ? "
                "AND conversation_id NOT IN (SELECT id FROM conversations)",
                (NEW_CHAT_DRAFT,),
            )
            return cursor.rowcount

    # -- drafts --------------------------------------------------------------------

    def save_draft(self, conversation_id: int | None, text: str) -> None:
        """Keep what is typed in a conversation's message box (``None``: the new chat); blank clears it."""
        key = NEW_CHAT_DRAFT if conversation_id is None else conversation_id
        with self._write() as conn:
            if text.strip():
                conn.execute(
                    "INSERT OR REPLACE INTO drafts (conversation_id, text, updated_at) VALUES (?, ?, ?)",
                    (key, text, time.time()),
                )
            else:
                conn.execute("DELETE FROM drafts WHERE conversation_id = ?", (key,))

    @_read
    def draft_saved_at(self, conversation_id: int | None) -> float | None:
        """When the draft of a conversation (``None``: the new chat) was last saved; None if none."""
        key = NEW_CHAT_DRAFT if conversation_id is None else conversation_id
        row = self._conn.execute("SELECT updated_at FROM drafts WHERE conversation_id = ?", (key,)).fetchone()
        return row[0] if row else None

    @_read
    def draft(self, conversation_id: int | None) -> str:
        """What was typed and not sent in a conversation (``None``: the new chat); "" if nothing."""
        key = NEW_CHAT_DRAFT if conversation_id is None else conversation_id
        row = self._conn.execute("SELECT text FROM drafts WHERE conversation_id = ?", (key,)).fetchone()
        return row[0] if row else ""

    # -- messages ------------------------------------------------------------------

    def add_message(
        self,
        conversation_id: int,
        *,
        parent_id: int | None,
        role: str,
        content: str,
        reasoning: str = "",
        status: str = "ok",
        error: str = "",
        provider_id: str | None = None,
        model_id: str | None = None,
        token_label: str | None = None,
        usage: dict[str, Any] | None = None,
        attachments: Iterable[tuple[str, str, str, bytes]] = (),
    ) -> Message:
        """Add a message under ``parent_id``; it becomes the conversation's current leaf."""
        _check(role, ROLES, "role")
        _check(status, STATUSES, "status")
        now = time.time()
        with self._write() as conn:
            self._require(conversation_id)
            if parent_id is not None:
                self._require_message_in(parent_id, conversation_id)
            cursor = conn.execute(
                f"INSERT INTO messages ({_MESSAGE_COLUMNS}) VALUES"
                " (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id, parent_id, role, content, reasoning, status, error,
                    provider_id, model_id, token_label, _dump(usage or {}), now, now,
                ),
            )
            message_id = int(cursor.lastrowid)
            for kind, mime, name, data in attachments:
                self._insert_attachment(message_id, kind, mime, name, data)
            conn.execute(
                "UPDATE conversations SET current_leaf_id = ?, updated_at = ? WHERE id = ?",
                (message_id, now, conversation_id),
            )
        return self.message(message_id)

    def update_message(
        self,
        message_id: int,
        *,
        content: str | None = None,
        reasoning: str | None = None,
        status: str | None = None,
        error: str | None = None,
        token_label: str | None = None,
        usage: dict[str, Any] | None = None,
        provider_id: str | None = None,
        model_id: str | None = None,
    ) -> None:
        """Change the given fields (``None`` leaves a field as it is)."""
        if status is not None:
            _check(status, STATUSES, "status")
        changes: dict[str, Any] = {
            "content": content,
            "reasoning": reasoning,
            "status": status,
            "error": error,
            "token_label": token_label,
            "usage": _dump(usage) if usage is not None else None,
            "provider_id": provider_id,
            "model_id": model_id,
        }
        changes = {key: value for key, value in changes.items() if value is not None}
        now = time.time()
        changes["updated_at"] = now
        assignments = ", ".join(f"{key} = :{key}" for key in changes)
        with self._write() as conn:
            conversation_id = self._conversation_of(message_id)
            conn.execute(
                f"UPDATE messages SET {assignments} WHERE id = :message_id",
                {**changes, "message_id": message_id},
            )
            conn.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id)
            )

    def add_attachment(
        self, message_id: int, kind: str, mime: str, name: str, data: bytes
    ) -> Attachment:
        with self._write():
            self._conversation_of(message_id)
            attachment_id = self._insert_attachment(message_id, kind, mime, name, data)
        return Attachment(attachment_id, message_id, kind, mime, name, len(data))

    @_read
    def attachment_data(self, attachment_id: int) -> bytes:
        row = self._conn.execute(
            "SELECT data FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise KeyError(attachment_id)
        return bytes(row[0])

    def delete_message(self, message_id: int) -> None:
        """Delete one message; its children move up to its parent, so paths stay connected.

        If it was the current leaf, the conversation then shows, in this order of
        preference: the newest leaf below its newest child (if it had any), the
        newest remaining version of it (the newest leaf below that sibling), its
        parent, or else the newest leaf of the conversation.
        """
        with self._write() as conn:
            row = conn.execute(
                "SELECT m.conversation_id, m.parent_id, m.role, c.current_leaf_id"
                " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                " WHERE m.id = ?",
                (message_id,),
            ).fetchone()
            if row is None:
                raise KeyError(message_id)
            conversation_id, parent_id, role, leaf = row
            children = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM messages WHERE parent_id = ? ORDER BY id", (message_id,)
                )
            ]
            conn.execute(
                "UPDATE messages SET parent_id = ? WHERE parent_id = ?", (parent_id, message_id)
            )
            conn.execute("DELETE FROM messages WHERE id = ?", (message_id,))
            if leaf == message_id:
                new_leaf: int | None
                others = self._sibling_ids(conversation_id, parent_id, role)
                if children:
                    new_leaf = self._newest_leaf(children[-1])
                elif others:
                    new_leaf = self._newest_leaf(others[-1])
                elif parent_id is not None:
                    new_leaf = parent_id
                else:
                    newest = conn.execute(
                        "SELECT max(id) FROM messages WHERE conversation_id = ?",
                        (conversation_id,),
                    ).fetchone()[0]
                    new_leaf = self._newest_leaf(newest) if newest is not None else None
                conn.execute(
                    "UPDATE conversations SET current_leaf_id = ? WHERE id = ?",
                    (new_leaf, conversation_id),
                )

    @_read
    def message(self, message_id: int) -> Message:
        found = self._messages_by_ids([message_id])
        if not found:
            raise KeyError(message_id)
        return found[0]

    @_read
    def path_ids(self, conversation_id: int) -> list[int]:
        """The active path (root to current leaf), oldest first."""
        leaf = self.conversation(conversation_id).current_leaf_id
        return self._ancestry(leaf) if leaf is not None else []

    @_read
    def load_page(
        self,
        conversation_id: int,
        *,
        before: int | None = None,
        limit: int = 40,
        path: list[int] | None = None,
    ) -> tuple[list[Message], bool]:
        """Up to ``limit`` messages of the active path before position ``before``.

        ``before`` is an index into ``path_ids`` (``None``: the end); ``path``:
        ``path_ids`` as the caller just read it (else it is read again). Returns
        the messages oldest first, and whether older ones remain.
        """
        if path is None:
            path = self.path_ids(conversation_id)
        end = len(path) if before is None else max(0, min(before, len(path)))
        start = max(0, end - max(0, limit))
        return self._messages_by_ids(path[start:end]), start > 0

    @_read
    def context(self, conversation_id: int, *, upto: int | None = None) -> list[Message]:
        """The path from the root to ``upto`` (default: the current leaf), oldest first."""
        if upto is None:
            ids = self.path_ids(conversation_id)
        else:
            self._require_message_in(upto, conversation_id)
            ids = self._ancestry(upto)
        return self._messages_by_ids(ids)

    @_read
    def siblings(self, message_id: int) -> list[int]:
        """The versions of this message (same parent and role), oldest first."""
        row = self._conn.execute(
            "SELECT conversation_id, parent_id, role FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if row is None:
            raise KeyError(message_id)
        return self._sibling_ids(*row)

    def switch_version(self, message_id: int) -> None:
        """Show this version: the leaf becomes the newest leaf below it (newest child each step)."""
        with self._write() as conn:
            conversation_id = self._conversation_of(message_id)
            conn.execute(
                "UPDATE conversations SET current_leaf_id = ? WHERE id = ?",
                (self._newest_leaf(message_id), conversation_id),
            )

    # -- internals -------------------------------------------------------------------

    def _require(self, conversation_id: int) -> None:
        row = self._conn.execute(
            "SELECT 1 FROM conversations WHERE id = ? AND deleted_at IS NULL", (conversation_id,)
        ).fetchone()
        if row is None:
            raise KeyError(conversation_id)

    def _conversation_of(self, message_id: int) -> int:
        row = self._conn.execute(
            "SELECT conversation_id FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if row is None:
            raise KeyError(message_id)
        return int(row[0])

    def _require_message_in(self, message_id: int, conversation_id: int) -> None:
        if self._conversation_of(message_id) != conversation_id:
            raise ValueError(
                f"message {message_id} belongs to another conversation than {conversation_id}"
            )

    def _insert_attachment(
        self, message_id: int, kind: str, mime: str, name: str, data: bytes
    ) -> int:
        _check(kind, ATTACHMENT_KINDS, "attachment kind")
        cursor = self._conn.execute(
            "INSERT INTO attachments (message_id, kind, mime, name, size, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (message_id, kind, mime, name, len(data), sqlite3.Binary(data)),
        )
        return int(cursor.lastrowid)

    def _ancestry(self, message_id: int) -> list[int]:
        rows = self._conn.execute(
            """
            WITH RECURSIVE up(id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM messages WHERE id = ?
                UNION ALL
                SELECT m.id, m.parent_id, up.depth + 1
                FROM messages m JOIN up ON m.id = up.parent_id
            )
            SELECT id FROM up ORDER BY depth DESC
            """,
            (message_id,),
        ).fetchall()
        return [row[0] for row in rows]

    def _newest_leaf(self, message_id: int) -> int:
        row = self._conn.execute(
            """
            WITH RECURSIVE down(id, depth) AS (
                SELECT ?, 0
                UNION ALL
                SELECT (SELECT max(c.id) FROM messages c WHERE c.parent_id = down.id),
                       down.depth + 1
                FROM down WHERE down.id IS NOT NULL
            )
            SELECT id FROM down WHERE id IS NOT NULL ORDER BY depth DESC LIMIT 1
            """,
            (message_id,),
        ).fetchone()
        return int(row[0])

    def _sibling_ids(self, conversation_id: int, parent_id: int | None, role: str) -> list[int]:
        rows = self._conn.execute(
            "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS ? AND role = ?"
            " ORDER BY id",
            (conversation_id, parent_id, role),
        ).fetchall()
        return [row[0] for row in rows]

    def _messages_by_ids(self, ids: Sequence[int]) -> list[Message]:
        """Messages in the order of ``ids``, with versions and attachment metadata."""
        found: dict[int, Message] = {}
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            for row in self._conn.execute(
                f"""
                SELECT {", ".join("m." + c.strip() for c in _MESSAGE_COLUMNS.split(","))},
                    (SELECT count(*) FROM messages s
                      WHERE s.conversation_id = m.conversation_id AND s.parent_id IS m.parent_id
                        AND s.role = m.role AND s.id < m.id),
                    (SELECT count(*) FROM messages s
                      WHERE s.conversation_id = m.conversation_id AND s.parent_id IS m.parent_id
                        AND s.role = m.role)
                FROM messages m WHERE m.id IN ({marks})
                """,
                chunk,
            ):
                found[row[0]] = Message(
                    id=row[0],
                    conversation_id=row[1],
                    parent_id=row[2],
                    role=row[3],
                    content=row[4],
                    reasoning=row[5],
                    status=row[6],
                    error=row[7],
                    provider_id=row[8],
                    model_id=row[9],
                    token_label=row[10],
                    usage=_json_dict(row[11]),
                    created_at=row[12],
                    updated_at=row[13],
                    sibling_index=row[14],
                    sibling_count=row[15],
                )
            for row in self._conn.execute(
                "SELECT id, message_id, kind, mime, name, size FROM attachments"
                f" WHERE message_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                found[row[1]].attachments.append(Attachment(*row))
        return [found[i] for i in ids if i in found]


class HistoryWriter:
    """Writes to the chat history on one thread of its own, one after another, in the order asked.

    ``await writer.run(lambda h: h.rename(7, "Plans"), conversation_id=7)`` runs
    the function with the writer's own ``ChatHistory`` (its own connection,
    opened on that thread on first use) and returns what it returned; its
    errors are raised to the caller. ``on_written(conversation_id)`` is called
    on the caller's loop after each write that succeeded (the services turn it
    into their one notice of change).

    A write is queued when it is asked for (``submit``, or ``run`` when it is
    awaited), and then always done: a caller cancelled while it waits stops
    waiting, the write still happens, and ``close`` finishes every queued write.
    """

    def __init__(self, path: Path, on_written: Callable[[int | None], None] | None = None) -> None:
        self.path = Path(path)
        self._on_written = on_written
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="msdesk-history")
        self._history: ChatHistory | None = None
        self._closed = False
        #: Called (on the writer's thread) when a read there found damage and repaired the file.
        self.on_repaired: Callable[[str], None] | None = None

    def __repr__(self) -> str:
        return f"HistoryWriter({str(self.path)!r})"

    def _call(self, fn: Callable[[ChatHistory], T]) -> T:
        if self._history is None:
            self._history = ChatHistory(self.path, ChatHistory._connect(self.path), [])
            self._history.on_repaired = self.on_repaired
        return fn(self._history)

    def submit(
        self, fn: Callable[[ChatHistory], T], *, conversation_id: int | None = None, tell: bool = True
    ) -> asyncio.Future[T]:
        """Queue the write now (behind those asked before); the future ends with its result.

        Call it on the running loop. Cancelling the future only stops waiting
        for it: the write is done all the same. ``HistoryUnavailable`` once closed.
        ``tell=False``: no notice of change (a streaming answer's safety save,
        which the window already shows as it arrives).
        """
        if self._closed:
            raise HistoryUnavailable(self.path, RuntimeError(translate("core.history", "the chat history is closed")))
        loop = asyncio.get_running_loop()
        outcome: asyncio.Future[T] = loop.create_future()
        job = self._executor.submit(self._call, fn)

        def settle(_job: Future[T]) -> None:
            error = job.exception()
            if error is None and tell and self._on_written is not None:
                try:
                    self._on_written(conversation_id)
                except Exception:  # the write is done: its caller still hears so
                    log.exception("telling of a chat history write failed")
            if outcome.cancelled():
                return
            if error is not None:
                outcome.set_exception(error)
            else:
                outcome.set_result(job.result())

        def written(_job: Future[T]) -> None:
            with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
                loop.call_soon_threadsafe(settle, job)

        job.add_done_callback(written)
        return outcome

    async def run(self, fn: Callable[[ChatHistory], T], *, conversation_id: int | None = None) -> T:
        """Run the write and return its result (see ``submit``)."""
        outcome = self.submit(fn, conversation_id=conversation_id)
        try:
            # Shielded: the write goes on whatever happens to the caller.
            return await asyncio.shield(outcome)
        except asyncio.CancelledError:
            outcome.add_done_callback(_retrieved)  # its outcome is nobody's business any more
            raise

    async def read(self, fn: Callable[[ChatHistory], T]) -> T:
        """Run a read on the writer's thread, after every write asked for before it.

        It sees what the user saw, and its time is not the window's. No notice
        of change; cancelling only stops waiting.
        """
        return await self.submit(fn, tell=False)

    async def settled(self) -> None:
        """Wait until every write asked for before this call is done (no notice: nothing is written)."""
        if self._closed:
            raise HistoryUnavailable(self.path, RuntimeError(translate("core.history", "the chat history is closed")))
        await asyncio.wrap_future(self._executor.submit(lambda: None))

    def close(self) -> None:
        """Finish the writes asked for, then close the writer's connection (blocks until then)."""
        if self._closed:
            return
        self._closed = True

        def close_history() -> None:
            if self._history is not None:
                self._history.close()
                self._history = None

        self._executor.submit(close_history)
        self._executor.shutdown(wait=True)

    async def aclose(self) -> None:
        await asyncio.to_thread(self.close)


# -- helpers -------------------------------------------------------------------------


def _retrieved(future: asyncio.Future[Any]) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.warning("a chat history write nobody waited for failed: %s", type(future.exception()).__name__)


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction (the connection runs in autocommit mode otherwise)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class _NotADatabase(sqlite3.DatabaseError):
    sqlite_errorcode = _SQLITE_NOTADB


class _Damaged(sqlite3.DatabaseError):
    """SQLite opens the file but its quick check finds damage."""

    sqlite_errorcode = _SQLITE_CORRUPT


_TABLES = ("conversations", "messages", "attachments", "drafts")


def recover_into(source: Path, conn: sqlite3.Connection) -> dict[str, int]:
    """Copy every readable row of the history file ``source`` into the fresh history ``conn``.

    A message whose conversation was lost gets a conversation of its own
    ("Recovered chat"); a conversation whose shown message was lost shows its
    newest one. Returns the rows copied per table.
    """
    conn.execute("PRAGMA foreign_keys=OFF")  # rows come in as found; their parents may be lost
    try:
        found = salvage(source, conn, _TABLES)
        with _transaction(conn):
            conn.execute(
                """INSERT INTO conversations (id, title, params, created_at, updated_at, current_leaf_id)
                SELECT m.conversation_id, 'Recovered chat', '{}', min(m.created_at), max(m.updated_at),
                       max(m.id)
                FROM messages m
                WHERE m.conversation_id NOT IN (SELECT id FROM conversations)
                GROUP BY m.conversation_id"""
            )
            conn.execute(
                """UPDATE conversations SET current_leaf_id =
                    (SELECT max(m.id) FROM messages m WHERE m.conversation_id = conversations.id)
                WHERE current_leaf_id IS NOT NULL
                  AND current_leaf_id NOT IN (SELECT id FROM messages)"""
            )
            # A message whose parent was lost follows the newest message kept before it,
            # so the conversation still shows every message that could be read.
            conn.execute(
                """UPDATE messages SET parent_id =
                    (SELECT max(p.id) FROM messages p
                      WHERE p.conversation_id = messages.conversation_id AND p.id < messages.parent_id)
                WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM messages)"""
            )
            conn.execute("DELETE FROM attachments WHERE message_id NOT IN (SELECT id FROM messages)")
    finally:
        conn.execute("PRAGMA foreign_keys=ON")
    copied = {table: rows for table, (rows, _lost) in found.items()}
    lost = sum(missing for _rows, missing in found.values())
    log.info("chat history recovered: %s (%d unreadable)", copied, lost)
    return copied


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite touches it (and its -wal file)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return
    if header and header != _SQLITE_HEADER:
        raise _NotADatabase("it is not an SQLite database")


def _keep_aside(path: Path, tag: str) -> Path:
    """Rename the file (and its -wal/-shm/-journal companions) to ``<name>.<tag>-<time>``."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.{tag}-{stamp}")
    counter = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.{tag}-{stamp}-{counter}")
        counter += 1
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, backup.with_name(backup.name + suffix))
    os.replace(path, backup)
    return backup


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")


def _clean_title(title: str) -> str:
    return " ".join(title.split()) or DEFAULT_TITLE


def _finite(value: Any) -> Any:
    """JSON-safe: NaN and infinities become null, also inside lists and dicts."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(key): _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def _dump(value: dict[str, Any]) -> str:
    return json.dumps(_finite(value), ensure_ascii=False, allow_nan=False, default=str)
