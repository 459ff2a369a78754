"""Corrupt files: msdesk starts, keeps the bad file aside once, says so once, loses nothing readable.

Settings (truncated, empty, deeply nested, from a newer msdesk, wrongly typed),
the chat history and the usage file (garbage, truncated, from a newer msdesk,
a page damaged in the middle): each through the store itself, then the
command line and the window start on a home where every file is bad at once.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from msdesk.core.history import ChatHistory
from msdesk.core.paths import AppPaths
from msdesk.core.quota import QuotaStore
from msdesk.core.settings import SettingsStore
from tests.conftest import msdesk_cli

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

MARK = re.compile(rb"MARK-(\d+)-(\d+)-")
VALID_SETTINGS = {"version": 1, "default_provider": "modelscope", "last_model": "Qwen/Qwen3-8B"}


def _backups(folder: Path, name: str) -> list[Path]:
    return sorted(
        p for p in folder.iterdir()
        if p.name.startswith(name + ".") and not p.name.endswith(("-wal", "-shm", "-journal"))
    )


# -- settings -------------------------------------------------------------------------

SETTINGS_CASES = {
    "truncated": json.dumps(VALID_SETTINGS)[:25],
    "empty": "",
    "deeply nested": "[" * 200_000,
    "deeply nested object": '{"version": 1, "ui": ' + "[" * 200_000 + "]" * 200_000 + "}",
    "newer version": json.dumps({"version": 99, "default_provider": "x"}),
    "wrongly typed": json.dumps({**VALID_SETTINGS, "network": {"read_timeout": "soon"}}),
}


@pytest.mark.parametrize("case", SETTINGS_CASES)
def test_a_bad_settings_file_is_kept_aside_once_and_said_once(tmp_path: Path, case: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(SETTINGS_CASES[case], encoding="utf-8")
    store = SettingsStore(path)
    settings = store.load()  # never raises
    [warning] = store.warnings
    [backup] = _backups(tmp_path, "settings.json")
    assert backup.name in warning
    assert backup.read_text(encoding="utf-8") == SETTINGS_CASES[case]  # the original, whole
    if case == "wrongly typed":
        assert "network.read_timeout" in warning
        assert settings.last_model == "Qwen/Qwen3-8B"  # the readable values are kept
        assert settings.network.read_timeout == 60.0
    # The next start is quiet and keeps no second backup; what was readable is still there.
    again = SettingsStore(path)
    assert again.load().last_model == settings.last_model
    assert again.warnings == []
    assert _backups(tmp_path, "settings.json") == [backup]


def test_temporary_files_of_a_killed_save_are_removed_at_start(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(VALID_SETTINGS), encoding="utf-8")
    dead = tmp_path / ".settings-999999999-abc.tmp"  # no such process
    old = tmp_path / ".settings-xyz.tmp"  # an older name with no process: by its age
    live = tmp_path / f".settings-{os.getppid()}-def.tmp"  # a process that runs: left alone
    for leftover in (dead, old, live):
        leftover.write_text('{"version": 1, "defa', encoding="utf-8")
    os.utime(old, (1_000_000, 1_000_000))
    store = SettingsStore(path)
    assert store.load().last_model == "Qwen/Qwen3-8B"
    assert store.warnings == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["settings.json", live.name])


# -- the chat history -------------------------------------------------------------------


def make_history(path: Path, conversations: int = 4, messages: int = 30) -> None:
    """A history of several pages: each message about 1.5 KB with a marker of its own."""
    with ChatHistory.open(path) as history:
        for c in range(conversations):
            conversation = history.create_conversation(title=f"Chat {c}")
            parent = None
            for m in range(messages):
                role = "user" if m % 2 == 0 else "assistant"
                text = f"MARK-{c}-{m}- " + "lorem ipsum " * 120
                parent = history.add_message(conversation.id, parent_id=parent, role=role, content=text).id
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the file itself


def damage_page(path: Path, marker: bytes) -> bytes:
    """Overwrite the page that holds ``marker`` with garbage; return what it held."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    at = data.index(marker)
    start = at - at % page_size
    lost = bytes(data[start : start + page_size])
    data[start : start + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    return lost


def damage_page_with(path: Path, marker: bytes) -> set[tuple[int, int]]:
    """Damage the page that holds ``marker``; return the markers still intact in the file."""
    damage_page(path, marker)
    return markers_in(path.read_bytes())


def markers_in(data: bytes) -> set[tuple[int, int]]:
    return {(int(c), int(m)) for c, m in MARK.findall(data)}


def recovered_markers(path: Path) -> set[tuple[int, int]]:
    found = set()
    with ChatHistory.open(path) as history:
        assert history.warnings == []  # said once: the recovered file is whole
        for summary in history.list_conversations():
            for message in history.context(summary.id):
                found |= markers_in(message.content.encode())
    return found


def test_history_damage_past_the_first_page_is_found_at_open_and_the_rest_recovered(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    make_history(path)
    readable = damage_page_with(path, b"MARK-2-11-")
    assert (2, 11) not in readable and len(readable) >= 110  # one page of 120 messages lost
    with ChatHistory.open(path) as history:
        [warning] = history.warnings
        assert "damaged" in warning and "recovered" in warning
        titles = sorted(s.title for s in history.list_conversations())
    assert titles == ["Chat 0", "Chat 1", "Chat 2", "Chat 3"]
    [backup] = _backups(tmp_path, "history.sqlite3")
    assert str(backup) in warning
    assert recovered_markers(path) == readable  # every message still readable, none lost
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _backups(tmp_path, "history.sqlite3") == [backup]  # kept aside once


def test_damage_found_by_a_read_is_repaired_then_and_the_read_answered(tmp_path: Path) -> None:
    """Damage a read meets (the file was whole when it opened): kept aside, recovered, said once."""
    path = tmp_path / "history.sqlite3"
    make_history(path)
    reader = ChatHistory.open(path)
    assert reader.warnings == []
    readable = damage_page_with(path, b"MARK-1-20-")
    repairs: list[str] = []
    # A connection opened without the check, as the history writer's is.
    writer = ChatHistory(path, ChatHistory._connect(path), [])
    writer.on_repaired = repairs.append
    try:
        conversations = writer.list_conversations()
        found = set()
        for summary in conversations:
            for message in writer.context(summary.id):  # meets the damaged page, then recovered
                found |= markers_in(message.content.encode())
        assert found == readable
        [warning] = repairs
        assert writer.warnings == [warning] and "damaged" in warning
        [backup] = _backups(tmp_path, "history.sqlite3")
        assert str(backup) in warning
        # The other connection follows to the repaired file, and writes go there too.
        assert len(reader.list_conversations()) == 4
        reader.rename(conversations[0].id, "Still here")
        assert writer.conversation(conversations[0].id).title == "Still here"
        assert reader.warnings == []  # said once, by the connection that found it
    finally:
        writer.close()
        reader.close()
    assert recovered_markers(path) == readable
    assert _backups(tmp_path, "history.sqlite3") == [backup]


def test_a_truncated_history_keeps_what_is_left(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    make_history(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    with ChatHistory.open(path) as history:
        [warning] = history.warnings
        assert "damaged" in warning
    [backup] = _backups(tmp_path, "history.sqlite3")
    assert backup.stat().st_size == len(data) * 2 // 3  # the bad file is kept as it was
    recovered = recovered_markers(path)
    assert recovered and recovered <= markers_in(data[: len(data) * 2 // 3])


@pytest.mark.parametrize("case", ["garbage", "empty-header", "newer schema"])
def test_an_unreadable_history_is_kept_aside_and_a_new_one_started(tmp_path: Path, case: str) -> None:
    path = tmp_path / "history.sqlite3"
    if case == "garbage":
        path.write_bytes(os.urandom(8192))
    elif case == "empty-header":
        path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    else:
        make_history(path, conversations=1, messages=2)
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA user_version = 99")
        conn.close()
    original = path.read_bytes()
    with ChatHistory.open(path) as history:
        [warning] = history.warnings
        assert history.list_conversations() == []
    [backup] = _backups(tmp_path, "history.sqlite3")
    assert str(backup) in warning and backup.read_bytes() == original
    with ChatHistory.open(path) as history:
        assert history.warnings == []
    assert _backups(tmp_path, "history.sqlite3") == [backup]


# -- the usage file -----------------------------------------------------------------------


def make_usage(path: Path, calls: int = 300) -> None:
    store = QuotaStore.open(path)
    for index in range(calls):
        store.record_call("modelscope", "ms-test-token-value", f"Org/Model-{index % 7}-" + "x" * 60,
                          token_label="main", call_id=f"call-{index:04d}-" + "y" * 40)
    store.close()


@pytest.mark.parametrize("case", ["page damaged", "truncated", "garbage", "newer layout"])
def test_a_bad_usage_file_is_kept_aside_once_said_once_and_its_readable_calls_kept(
    tmp_path: Path, case: str
) -> None:
    path = tmp_path / "usage.sqlite3"
    make_usage(path)
    data = path.read_bytes()
    if case == "page damaged":
        at_most_lost = len(set(re.findall(rb"call-(\d{4})-", damage_page(path, b"call-0150-"))))
    elif case == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif case == "garbage":
        path.write_bytes(os.urandom(4096))
    else:
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA user_version = 99")
        conn.close()
    store = QuotaStore.open(path)
    [warning] = store.warnings
    [backup] = _backups(tmp_path, "usage.sqlite3")
    assert str(backup) in warning
    counted = store.calls_today("modelscope", "main")
    store.close()
    if case == "page damaged":
        assert counted >= 300 - at_most_lost  # only the calls on the damaged page may be lost
        assert "kept" in warning
    elif case in ("garbage", "newer layout"):
        assert counted == 0 and "starts again" in warning
    again = QuotaStore.open(path)
    assert again.warnings == []
    assert again.calls_today("modelscope", "main") == counted
    again.close()
    assert _backups(tmp_path, "usage.sqlite3") == [backup]


# -- the command line and the window, every file bad at once --------------------------------


def spoil_home(home: Path) -> set[tuple[int, int]]:
    """Bad settings, a page-damaged history and a garbage usage file; the readable markers."""
    paths = AppPaths.under(home).ensure()
    paths.settings_file.write_text("[" * 200_000, encoding="utf-8")
    history = paths.data_dir / "history.sqlite3"
    make_history(history, conversations=3, messages=20)
    readable = damage_page_with(history, b"MARK-1-9-")
    (paths.data_dir / "usage.sqlite3").write_bytes(os.urandom(4096))
    return readable


def _said_once(text: str) -> None:
    for needle in ("settings file could not be read", "chat history file was damaged", "usage file was damaged"):
        assert text.count(needle) == 1, (needle, text)


def test_the_command_line_starts_says_each_once_and_keeps_each_aside_once(isolated_home: Path) -> None:
    readable = spoil_home(isolated_home)
    first = msdesk_cli("quota")
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    _said_once(first.stderr)
    second = msdesk_cli("quota")
    assert second.returncode == 0 and "warning" not in second.stderr.lower()
    paths = AppPaths.under(isolated_home)
    assert len(_backups(paths.config_dir, "settings.json")) == 1
    assert len(_backups(paths.data_dir, "history.sqlite3")) == 1
    assert len(_backups(paths.data_dir, "usage.sqlite3")) == 1
    assert recovered_markers(paths.data_dir / "history.sqlite3") == readable


def test_the_window_starts_and_its_banner_says_each_once(qapp, isolated_home: Path) -> None:
    from msdesk import __version__
    from msdesk.ui.app import amain
    from msdesk.ui.loop import AppLoop
    from msdesk.ui.main_window import MainWindow

    readable = spoil_home(isolated_home)

    def start() -> str:
        window = MainWindow(version=__version__)
        try:
            with asyncio.Runner(loop_factory=lambda: AppLoop(qapp)) as runner:
                assert runner.run(amain(qapp, window, quit_after_paint_ms=300)) == 0
            return window.banner_text()
        finally:
            window.deleteLater()

    _said_once(start())
    assert start() == ""  # the next start is quiet
    paths = AppPaths.under(isolated_home)
    assert len(_backups(paths.data_dir, "history.sqlite3")) == 1
    assert recovered_markers(paths.data_dir / "history.sqlite3") == readable
