"""Crash safety: a process killed (SIGKILL) while saving settings or streaming an answer loses nothing.

30 kills each, at random early points chosen by what the process has done,
never by a sleep: the settings child is killed by the test once it has begun
its Nth save; the chat child (tests/crash_child.py, forked from the command
line tests' helper) kills itself once N characters of its answer are on disk,
or once the question is stored. After every kill the settings file is a whole
version with no temporary file left behind, the history passes SQLite's
integrity check, and the partial answer is there, marked as interrupted
(status "streaming", which the window shows as "interrupted").
"""

from __future__ import annotations

import functools
import os
import random
import signal
import sqlite3
import traceback
from pathlib import Path

from msdesk.core.history import ChatHistory
from msdesk.core.settings import Settings, SettingsStore
from tests.conftest import ROOT, _cli_runner
from tests.fakes.modelscope import VALID_TOKEN

ROUNDS = 30
PLAIN_MODEL = "Qwen/Qwen2.5-72B-Instruct"


def _fork(work) -> int:
    """Run ``work()`` in a child process that never returns into the test run."""
    pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            work()
        except BaseException:
            traceback.print_exc()  # shown with the test's output when the check below fails
            code = 3
        finally:
            os._exit(code)
    return pid


def _kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL  # killed, not ended


def _save_forever(path: Path, start: int, read: int, write: int) -> None:
    """The child: save versions ``start``, ``start + 1``, … and say when each save begins."""
    os.close(read)
    store = SettingsStore(path)
    store.load()
    for number in range(start, start + 1000):
        settings = Settings(last_model=f"Org/Model-{number}")
        settings.ui = {"number": number, "padding": "x" * 50_000}  # a write takes a while
        store.save(settings)
        os.write(write, b".")  # this save is under way
        store.flush()


def test_settings_are_always_a_whole_version_when_a_save_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    first = SettingsStore(path)
    first.save(Settings(last_model="Org/Model--1", ui={"number": -1}))
    first.flush()
    choose = random.Random(14)
    leftovers = 0
    last_seen = -1
    for round_ in range(ROUNDS):
        read, write = os.pipe()
        start = round_ * 1000
        pid = _fork(functools.partial(_save_forever, path, start, read, write))
        os.close(write)
        wanted = choose.randint(1, 6)  # the save during which the child dies
        seen = b""
        while len(seen) < wanted:
            chunk = os.read(read, wanted - len(seen))
            assert chunk, "the child ended before it was killed"
            seen += chunk
        _kill(pid)
        os.close(read)
        leftovers += len(list(tmp_path.glob(".settings-*.tmp")))

        store = SettingsStore(path)
        settings = store.load()
        assert store.warnings == []  # a whole version: it parses, with every value usable
        number = settings.ui["number"]
        assert settings.last_model == f"Org/Model-{number}"  # both values from one save
        # The version before this round's, or one this round's child saved (it may have
        # finished a save or two more between the test's reading and the kill).
        assert number == last_seen or start <= number < start + 1000
        last_seen = number
        assert list(tmp_path.glob(".settings-*.tmp")) == []  # the killed save's leftover is gone
    print(f"settings: {ROUNDS} kills, {leftovers} mid-write (temp file left), 0 failures")


def test_a_killed_stream_leaves_a_whole_history_with_the_partial_answer_marked(
    fake_env, tmp_path: Path
) -> None:
    fake_env.chunk_delay = 0.002
    fake_env.answer_words = 400  # far longer than any round lets it run
    home = tmp_path / "home"
    history_file = home / "data" / "history.sqlite3"
    choose = random.Random(14)
    early = 0

    env = {**os.environ, "CRASH_TOKEN": VALID_TOKEN, "MSDESK_HOME": str(home)}
    for round_ in range(ROUNDS):
        prompt = f"round {round_}"
        # Killed once the question is stored (every fifth round), else once this much
        # of the answer is on disk.
        wanted = 0 if round_ % 5 == 0 else choose.randint(1, 40)
        early += wanted == 0
        done = _cli_runner.run("tests.crash_child", [prompt, str(wanted)], env=env, cwd=str(ROOT),
                               stdin=None, timeout=20)
        assert done.returncode == -signal.SIGKILL, done.stderr  # killed mid-answer, not ended

        with sqlite3.connect(history_file) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with ChatHistory.open(history_file) as history:
            assert history.warnings == []
            answers = _answers_to(history, prompt)
        if wanted:
            [answer] = answers
            assert answer.status == "streaming"  # the window shows it as interrupted
            assert answer.content.startswith(f"Echo: {prompt}"[: len(answer.content)])
            assert len(answer.content) >= wanted  # what was on disk before the kill is kept

    with ChatHistory.open(history_file) as history:
        conversations = history.list_conversations()
        assert len(conversations) == ROUNDS  # every round's question is kept
    print(f"streaming: {ROUNDS} kills ({early} right after the question was stored), 0 failures")


def _has_messages(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'messages'").fetchone() is not None


def _answers_to(history: ChatHistory, prompt: str) -> list:
    found = []
    for summary in history.list_conversations():
        path = history.context(summary.id)
        if path and path[0].content == prompt:
            found.extend(m for m in path if m.role == "assistant")
    return found

