"""Checking an SQLite file and saving what can still be read from a damaged one.

Used by the chat history and the usage file. ``quick_check`` reads every page
(a few milliseconds for a typical history), so damage anywhere in the file is
found when it opens, not later when a conversation is read. ``salvage`` copies
every row it can read, table by table, from a damaged file into a fresh one:
rows on a damaged page are lost, every other row is kept.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from msdesk.core.i18n import translate

log = logging.getLogger(__name__)

_BATCH = 200  # rows per read while scanning a table
_GIVE_UP = 64  # batches in a row that cannot be read before a table's scan ends


def quick_check(conn: sqlite3.Connection) -> str:
    """``"ok"``, or the first problem SQLite's quick check found."""
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc) or type(exc).__name__
    problems = [str(row[0]) for row in rows]
    if problems == ["ok"]:
        return "ok"
    return problems[0] if problems else translate("core.dbrepair", "no answer")


def salvage(source: Path, target: sqlite3.Connection, tables: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Copy every readable row of ``tables`` from the file ``source`` into ``target``.

    ``target`` has the tables already (same columns, by name). Returns, per
    table, (rows copied, rows or stretches that could not be read). Never raises
    for damage: a table that cannot be read at all copies nothing.
    """
    found: dict[str, tuple[int, int]] = {}
    tables = list(tables)
    fixed: Path | None = None
    src = _open_readable(f"file:{source}?mode=ro", uri=True)
    if src is None:  # a read-only open cannot start a missing -shm file
        src = _open_readable(str(source))
    if src is None:  # a cut file: its header counts pages it no longer has
        fixed = _with_true_size(source)
        src = _open_readable(str(fixed)) if fixed is not None else None
    if src is None:
        log.warning("nothing could be read from %s", source.name)
        if fixed is not None:
            _remove(fixed)
        return {name: (0, 0) for name in tables}
    try:
        for table in tables:
            found[table] = _copy_table(src, target, table)
    finally:
        src.close()
        if fixed is not None:
            _remove(fixed)
    return found


def _open_readable(name: str, uri: bool = False) -> sqlite3.Connection | None:
    try:
        conn = sqlite3.connect(name, uri=uri, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        # Tolerate a schema that names pages the file lost (e.g. sqlite_stat1 of a cut file).
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        return None
    return conn


def _with_true_size(source: Path) -> Path | None:
    """A copy of ``source`` whose header counts the pages the file really has."""
    try:
        data = bytearray(source.read_bytes())
    except OSError:
        return None
    if len(data) < 100 or not data.startswith(b"SQLite format 3\x00"):
        return None
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512:
        return None
    pages = len(data) // page_size
    del data[pages * page_size :]
    data[28:32] = pages.to_bytes(4, "big")
    copy = source.with_name(source.name + ".reading")
    try:
        copy.write_bytes(bytes(data))
    except OSError:
        return None
    return copy


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            path.with_name(path.name + suffix).unlink()
        except OSError:
            pass


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]


def _copy_table(src: sqlite3.Connection, target: sqlite3.Connection, table: str) -> tuple[int, int]:
    try:
        wanted = _columns(target, table)
        have = set(_columns(src, table))
    except sqlite3.DatabaseError:
        return 0, 1
    columns = [c for c in wanted if c in have]
    if not columns:
        return 0, 0
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    select = f'SELECT rowid, {names} FROM "{table}"'
    try:
        top = src.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    copied = lost = 0
    after = -(2**63)
    failures = 0
    target.execute("BEGIN")
    try:
        while True:
            try:
                rows = src.execute(
                    f"{select} WHERE rowid > ? ORDER BY rowid LIMIT {_BATCH}", (after,)
                ).fetchall()
            except sqlite3.DatabaseError:
                rows = None
            if rows is None:  # a damaged stretch: read its rows one by one
                failures += 1
                start = max(after, 0)
                for rowid in range(start + 1, start + 1 + _BATCH):
                    try:
                        row = src.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
                    except sqlite3.DatabaseError:
                        lost += 1
                        continue
                    if row is not None:
                        target.execute(insert, row[1:])
                        copied += 1
                after = start + _BATCH
                if (top is not None and after >= top) or (top is None and failures >= _GIVE_UP):
                    break
                continue
            if not rows:
                break
            failures = 0
            for row in rows:
                target.execute(insert, row[1:])
            copied += len(rows)
            after = rows[-1][0]
    finally:
        target.execute("COMMIT")
    return copied, lost
