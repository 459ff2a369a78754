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
    return problems[0] if problems else "no answer"


def salvage(source: Path, target: sqlite3.Connection, tables: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Copy every readable row of ``tables`` from the file ``source`` into ``target``.

    ``target`` has the tables already (same columns, by name). Returns, per
    table, (rows copied, rows or stretches that could not be read). Never raises
    for damage: a table that cannot be read at all copies nothing.
    """
    found: dict[str, tuple[int, int]] = {}
    tables = list(tables)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None)
        try:
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            src.close()
            raise
    except sqlite3.Error:
        try:  # a read-only open cannot start a missing -shm file: open it as it is
            src = sqlite3.connect(source, isolation_level=None)
        except sqlite3.Error as exc:
            log.warning("nothing could be read from %s: %s", source.name, exc)
            return {name: (0, 0) for name in tables}
    try:
        for table in tables:
            found[table] = _copy_table(src, target, table)
    finally:
        src.close()
    return found


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
