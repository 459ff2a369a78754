"""The chat history on real SQLite files: survival across restarts, trees, paging, search."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from msdesk.core import history as history_module
from msdesk.core.history import (
    SCHEMA_VERSION,
    Attachment,
    ChatHistory,
    ConversationParams,
    HistoryUnavailable,
    auto_title,
)

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "nested" / "history.sqlite3"


@pytest.fixture
def history(db_path: Path):
    store = ChatHistory.open(db_path)
    yield store
    store.close()


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A second, independent connection, as another tool would open the file."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            yield conn
    finally:
        conn.close()


def exchange(history: ChatHistory, conversation_id: int, parent: int | None, n: int) -> list[int]:
    """n alternating user/assistant messages in a chain under ``parent``; their ids."""
    ids = []
    for i in range(n):
        role = "user" if i % 2 == 0 else "assistant"
        parent = history.add_message(
            conversation_id, parent_id=parent, role=role, content=f"{role} {i}"
        ).id
        ids.append(parent)
    return ids


# -- opening, restart, schema --------------------------------------------------------


def test_history_survives_a_restart(db_path: Path):
    params = ConversationParams(system_prompt="Be brief.", temperature=0.3, max_tokens=512,
                                context_messages=6, enable_thinking=True)
    store = ChatHistory.open(db_path)
    assert store.warnings == []
    conv = store.create_conversation(title="Trip", provider_id="modelscope",
                                     model_id="Qwen/Qwen3-32B", params=params)
    user = store.add_message(conv.id, parent_id=None, role="user", content="Hi",
                             attachments=[("input", "image/png", "cat.png", PNG)])
    answer = store.add_message(
        conv.id, parent_id=user.id, role="assistant", content="Hello!", reasoning="Greet back.",
        status="cut", error="The connection dropped.", provider_id="modelscope",
        model_id="Qwen/Qwen3-32B", token_label="work",
        usage={"prompt_tokens": 5, "completion_tokens": 2, "ttft": 0.4, "tps": 12.5},
    )
    store.set_auto_title(conv.id, "Greeting")
    before_conv = store.conversation(conv.id)
    before_messages = store.context(conv.id)
    store.close()

    again = ChatHistory.open(db_path)
    try:
        assert again.warnings == []
        assert again.conversation(conv.id) == before_conv
        assert before_conv.title == "Greeting" and before_conv.auto_titled
        assert before_conv.params == params
        assert before_conv.current_leaf_id == answer.id
        after = again.context(conv.id)
        assert after == before_messages
        assert after[1].usage == {"prompt_tokens": 5, "completion_tokens": 2, "ttft": 0.4,
                                  "tps": 12.5}
        assert (after[1].status, after[1].error, after[1].token_label) == (
            "cut", "The connection dropped.", "work")
        [image] = after[0].attachments
        assert (image.kind, image.mime, image.name, image.size) == ("input", "image/png",
                                                                    "cat.png", len(PNG))
        assert again.attachment_data(image.id) == PNG
        assert [s.title for s in again.list_conversations()] == ["Greeting"]
    finally:
        again.close()


def test_file_is_in_wal_mode_with_the_current_schema(history: ChatHistory, db_path: Path):
    assert db_path.parent.is_dir()  # the folder was created
    with raw(db_path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert other.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in other.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"conversations", "messages", "attachments"} <= tables


def test_an_empty_file_is_migrated_to_the_current_schema(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"")
    with ChatHistory.open(path) as store:
        assert store.warnings == []
        conv = store.create_conversation()
        store.add_message(conv.id, parent_id=None, role="user", content="works")
    with raw(path) as other:
        assert other.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert other.execute("SELECT content FROM messages").fetchall() == [("works",)]


def test_a_new_migration_upgrades_an_old_file_and_keeps_its_data(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "history.sqlite3"
    with ChatHistory.open(path) as store:
        conv = store.create_conversation(title="Old one")
        store.add_message(conv.id, parent_id=None, role="user", content="kept")

    def add_pinned(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")

    monkeypatch.setattr(history_module, "MIGRATIONS", [*history_module.MIGRATIONS, add_pinned])
    monkeypatch.setattr(history_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with ChatHistory.open(path) as store:
        assert store.warnings == []
        assert store.conversation(conv.id).title == "Old one"
        assert [m.content for m in store.context(conv.id)] == ["kept"]
    with raw(path) as other:
        assert other.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert other.execute("SELECT pinned FROM conversations").fetchall() == [(0,)]


def test_a_failing_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "history.sqlite3"
    ChatHistory.open(path).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(history_module, "MIGRATIONS", [*history_module.MIGRATIONS, broken])
    monkeypatch.setattr(history_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError, match="migration bug"):
        ChatHistory.open(path)
    with raw(path) as other:
        assert other.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = {r[0] for r in other.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    assert list(tmp_path.glob("*.corrupt-*")) == []


def test_a_file_from_a_newer_msdesk_is_kept_aside(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    with ChatHistory.open(path) as store:
        store.create_conversation(title="From the future")
    with raw(path) as other:
        other.execute("PRAGMA user_version = 99")

    with ChatHistory.open(path) as store:
        assert store.list_conversations() == []
        [warning] = store.warnings
        [backup] = tmp_path.glob("history.sqlite3.v99-*[0-9]")
        assert str(backup) in warning
        assert "newer version of msdesk" in warning
        store.create_conversation(title="Fresh")
    with raw(backup) as other:
        assert other.execute("PRAGMA user_version").fetchone()[0] == 99
        assert other.execute("SELECT title FROM conversations").fetchall() == [("From the future",)]
    with ChatHistory.open(path) as store:  # the fresh file opens without warnings
        assert store.warnings == []
        assert [s.title for s in store.list_conversations()] == ["Fresh"]


def test_a_corrupt_file_is_kept_aside_with_a_warning(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    garbage = b"this is not a database at all\n" * 200
    path.write_bytes(garbage)
    (tmp_path / "history.sqlite3-wal").write_bytes(b"stale wal")

    with ChatHistory.open(path) as store:
        [warning] = store.warnings
        [backup] = tmp_path.glob("history.sqlite3.corrupt-*[0-9]")
        assert str(backup) in warning
        assert "could not be read" in warning
        assert backup.read_bytes() == garbage
        assert Path(str(backup) + "-wal").read_bytes() == b"stale wal"
        conv = store.create_conversation(title="Starting over")
    with ChatHistory.open(path) as store:
        assert store.warnings == []
        assert store.conversation(conv.id).title == "Starting over"


def test_a_damaged_sqlite_file_is_kept_aside_too(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    with ChatHistory.open(path) as store:
        store.create_conversation(title="Lost")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, after the valid header
    path.write_bytes(bytes(data))

    with ChatHistory.open(path) as store:
        [warning] = store.warnings
        [backup] = tmp_path.glob("history.sqlite3.corrupt-*[0-9]")
        assert str(backup) in warning
        assert backup.read_bytes()[:4096] == bytes(data[:4096])
        assert store.list_conversations() == []


def test_a_file_that_cannot_be_opened_is_not_moved(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    path.mkdir()  # e.g. a permissions or path problem: not corruption
    with pytest.raises(HistoryUnavailable) as caught:
        ChatHistory.open(path)
    assert str(path) in caught.value.message
    assert "Check that its folder is writable" in caught.value.message
    assert path.is_dir()
    assert list(tmp_path.iterdir()) == [path]


def test_repr_shows_only_the_path(history: ChatHistory, db_path: Path):
    assert repr(history) == f"ChatHistory({str(db_path)!r})"


def test_two_stores_on_one_file_see_each_others_writes(history: ChatHistory, db_path: Path):
    conv = history.create_conversation()
    ids = exchange(history, conv.id, None, 2)
    with ChatHistory.open(db_path) as other:
        assert other.path_ids(conv.id) == ids
        more = exchange(other, conv.id, ids[-1], 2)
    page, _ = history.load_page(conv.id)
    assert [m.id for m in page] == ids + more


# -- conversations ------------------------------------------------------------------


def test_list_is_newest_first_and_titles_behave(history: ChatHistory):
    first = history.create_conversation(title="  First \n chat ")
    second = history.create_conversation()
    assert first.title == "First chat" and second.title == "New chat"
    history.add_message(first.id, parent_id=None, role="user", content="bump")
    assert [s.id for s in history.list_conversations()] == [first.id, second.id]
    assert [s.id for s in history.list_conversations(limit=1)] == [first.id]

    history.set_auto_title(second.id, "Automatic")
    history.set_auto_title(second.id, "Not again")
    assert history.conversation(second.id).title == "Automatic"
    history.rename(first.id, "Mine")
    history.set_auto_title(first.id, "Automatic")
    renamed = history.conversation(first.id)
    assert renamed.title == "Mine" and renamed.auto_titled

    history.set_model(first.id, "modelscope", "deepseek-ai/DeepSeek-V3")
    history.set_params(first.id, ConversationParams(top_p=0.9))
    changed = history.conversation(first.id)
    assert (changed.provider_id, changed.model_id) == ("modelscope", "deepseek-ai/DeepSeek-V3")
    assert changed.params == ConversationParams(top_p=0.9)
    assert history.list_conversations()[0].model_id == "deepseek-ai/DeepSeek-V3"
    with pytest.raises(KeyError):
        history.conversation(12345)


def test_delete_restore_and_purge(history: ChatHistory, db_path: Path):
    keep = history.create_conversation(title="Keep")
    gone = history.create_conversation(title="Gone")
    user = history.add_message(gone.id, parent_id=None, role="user", content="bye",
                               attachments=[("input", "image/png", "x.png", PNG)])
    history.add_message(gone.id, parent_id=user.id, role="assistant", content="ok")

    history.delete_conversation(gone.id)
    assert [s.id for s in history.list_conversations()] == [keep.id]
    with pytest.raises(KeyError):
        history.conversation(gone.id)
    history.restore_conversation(gone.id)
    assert history.conversation(gone.id).title == "Gone"
    assert [m.content for m in history.context(gone.id)] == ["bye", "ok"]

    history.delete_conversation(gone.id)
    assert history.purge_deleted() == 1
    assert history.purge_deleted() == 0
    with pytest.raises(KeyError):
        history.restore_conversation(gone.id)
    with raw(db_path) as other:
        assert other.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
        assert other.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
        assert other.execute("SELECT title FROM conversations").fetchall() == [("Keep",)]


# -- the message tree ------------------------------------------------------------------


def test_versions_switching_and_edits(history: ChatHistory):
    conv = history.create_conversation()
    u1 = history.add_message(conv.id, parent_id=None, role="user", content="Question")
    a1 = history.add_message(conv.id, parent_id=u1.id, role="assistant", content="Answer 1")
    u2 = history.add_message(conv.id, parent_id=a1.id, role="user", content="Follow-up")
    a2 = history.add_message(conv.id, parent_id=u2.id, role="assistant", content="Answer 2")
    assert history.path_ids(conv.id) == [u1.id, a1.id, u2.id, a2.id]

    # regenerate the first answer: a sibling under the same question, now current
    a1b = history.add_message(conv.id, parent_id=u1.id, role="assistant", content="Answer 1b")
    assert history.siblings(a1.id) == history.siblings(a1b.id) == [a1.id, a1b.id]
    assert (a1b.sibling_index, a1b.sibling_count) == (1, 2)
    assert history.path_ids(conv.id) == [u1.id, a1b.id]
    assert history.conversation(conv.id).current_leaf_id == a1b.id

    # back to the first version: the path follows it down to its newest leaf
    history.switch_version(a1.id)
    page, more = history.load_page(conv.id)
    assert [m.content for m in page] == ["Question", "Answer 1", "Follow-up", "Answer 2"]
    assert not more
    assert (page[1].sibling_index, page[1].sibling_count) == (0, 2)
    assert (page[2].sibling_index, page[2].sibling_count) == (0, 1)

    # a newer branch under a1 wins when switching to a1
    u2b = history.add_message(conv.id, parent_id=a1.id, role="user", content="Other follow-up")
    a2b = history.add_message(conv.id, parent_id=u2b.id, role="assistant", content="Other answer")
    history.switch_version(a1b.id)
    assert history.path_ids(conv.id) == [u1.id, a1b.id]
    history.switch_version(a1.id)
    assert history.path_ids(conv.id) == [u1.id, a1.id, u2b.id, a2b.id]
    history.switch_version(u2.id)
    assert history.path_ids(conv.id) == [u1.id, a1.id, u2.id, a2.id]

    # editing the first question: a sibling user message with no parent
    u1b = history.add_message(conv.id, parent_id=None, role="user", content="Better question")
    assert history.siblings(u1.id) == [u1.id, u1b.id]
    assert history.path_ids(conv.id) == [u1b.id]
    assert history.message(u1b.id).sibling_index == 1
    assert history.context(conv.id, upto=a2.id)[-1].content == "Answer 2"
    assert [m.id for m in history.context(conv.id, upto=u2.id)] == [u1.id, a1.id, u2.id]


def test_messages_stay_in_their_conversation(history: ChatHistory):
    one = history.create_conversation()
    two = history.create_conversation()
    message = history.add_message(one.id, parent_id=None, role="user", content="mine")
    with pytest.raises(ValueError):
        history.add_message(two.id, parent_id=message.id, role="assistant", content="x")
    with pytest.raises(ValueError):
        history.add_message(one.id, parent_id=None, role="robot", content="x")
    with pytest.raises(ValueError):
        history.context(two.id, upto=message.id)
    history.delete_conversation(two.id)
    with pytest.raises(KeyError):
        history.add_message(two.id, parent_id=None, role="user", content="x")
    assert history.path_ids(one.id) == [message.id]


def test_update_message_changes_only_what_is_given(history: ChatHistory):
    conv = history.create_conversation()
    user = history.add_message(conv.id, parent_id=None, role="user", content="Q")
    row = history.add_message(conv.id, parent_id=user.id, role="assistant", content="",
                              status="streaming", model_id="m1", token_label="work")
    history.update_message(row.id, content="Partial", reasoning="Hmm")
    history.update_message(row.id, status="stopped", usage={"completion_tokens": 3,
                                                             "tps": float("inf")})
    saved = history.message(row.id)
    assert (saved.content, saved.reasoning, saved.status) == ("Partial", "Hmm", "stopped")
    assert (saved.model_id, saved.token_label, saved.error) == ("m1", "work", "")
    assert saved.usage == {"completion_tokens": 3, "tps": None}
    assert saved.updated_at >= saved.created_at
    with pytest.raises(ValueError):
        history.update_message(row.id, status="done")
    with pytest.raises(KeyError):
        history.update_message(999, content="x")

    output = history.add_attachment(row.id, "output", "image/jpeg", "result.jpg", b"jpeg!")
    assert output == Attachment(output.id, row.id, "output", "image/jpeg", "result.jpg", 5)
    assert history.message(row.id).attachments == [output]
    assert history.attachment_data(output.id) == b"jpeg!"
    with pytest.raises(KeyError):
        history.attachment_data(output.id + 100)


def test_load_page_walks_back_to_the_start(history: ChatHistory):
    conv = history.create_conversation()
    ids = exchange(history, conv.id, None, 130)
    assert history.path_ids(conv.id) == ids

    pages = []
    before = None
    while True:
        page, more = history.load_page(conv.id, before=before)
        pages.append([m.id for m in page])
        if not more:
            break
        before = ids.index(page[0].id)
    assert [len(p) for p in pages] == [40, 40, 40, 10]
    assert [i for p in reversed(pages) for i in p] == ids
    assert pages[-1][0] == ids[0]

    page, more = history.load_page(conv.id, before=50, limit=20)
    assert [m.content for m in page] == [f"{'user' if i % 2 == 0 else 'assistant'} {i}"
                                         for i in range(30, 50)]
    assert more
    assert history.load_page(conv.id, before=0) == ([], False)
    empty = history.create_conversation()
    assert history.load_page(empty.id) == ([], False)


def test_load_page_gives_attachment_metadata_not_bytes(history: ChatHistory):
    conv = history.create_conversation()
    user = history.add_message(conv.id, parent_id=None, role="user", content="look",
                               attachments=[("input", "image/png", "a.png", PNG),
                                            ("input", "image/webp", "b.webp", b"RIFF....WEBP")])
    [message], _ = history.load_page(conv.id)
    assert [(a.name, a.mime, a.size) for a in message.attachments] == [
        ("a.png", "image/png", len(PNG)), ("b.webp", "image/webp", 12)]
    assert all(not hasattr(a, "data") for a in message.attachments)
    assert message.id == user.id


def test_a_5000_message_conversation_pages_quickly(history: ChatHistory):
    conv = history.create_conversation()
    ids = exchange(history, conv.id, None, 5000)
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        page, more = history.load_page(conv.id, limit=40)
        timings.append(time.perf_counter() - start)
    assert [m.id for m in page] == ids[-40:] and more
    # typically ~10 ms here; the bound only catches an accidental quadratic walk
    assert min(timings) < 0.25, timings


def test_delete_message_keeps_the_path_connected(history: ChatHistory):
    conv = history.create_conversation()
    u1, a1, u2, a2 = exchange(history, conv.id, None, 4)

    history.delete_message(a1)  # in the middle: u2 moves up to u1
    assert history.path_ids(conv.id) == [u1, u2, a2]
    assert history.message(u2).parent_id == u1
    with pytest.raises(KeyError):
        history.message(a1)

    history.delete_message(u1)  # the root: u2 becomes a root
    assert history.path_ids(conv.id) == [u2, a2]
    assert history.message(u2).parent_id is None


def test_deleting_the_current_leaf(history: ChatHistory):
    conv = history.create_conversation()
    user = history.add_message(conv.id, parent_id=None, role="user", content="Q")
    first = history.add_message(conv.id, parent_id=user.id, role="assistant", content="A")
    second = history.add_message(conv.id, parent_id=user.id, role="assistant", content="B")

    history.delete_message(second.id)  # another version remains: it is shown
    assert history.path_ids(conv.id) == [user.id, first.id]
    assert history.message(first.id).sibling_count == 1

    history.delete_message(first.id)  # no version left: the question is the leaf
    assert history.path_ids(conv.id) == [user.id]

    history.delete_message(user.id)
    assert history.path_ids(conv.id) == []
    assert history.conversation(conv.id).current_leaf_id is None


def test_deleting_a_message_off_the_path_leaves_the_view_alone(history: ChatHistory):
    conv = history.create_conversation()
    user = history.add_message(conv.id, parent_id=None, role="user", content="Q")
    old = history.add_message(conv.id, parent_id=user.id, role="assistant", content="old")
    new = history.add_message(conv.id, parent_id=user.id, role="assistant", content="new")
    history.delete_message(old.id)
    assert history.path_ids(conv.id) == [user.id, new.id]
    assert (history.message(new.id).sibling_index, history.message(new.id).sibling_count) == (0, 1)


# -- search -----------------------------------------------------------------------------


def test_search_titles_and_content(history: ChatHistory):
    trip = history.create_conversation(title="Trip to Kazan")
    code = history.create_conversation(title="Python help")
    history.add_message(code.id, parent_id=None, role="user",
                        content="How do I sort a list of dicts by a Key in Python?")
    hidden = history.create_conversation(title="Kazan again")
    history.delete_conversation(hidden.id)

    assert [s.id for s in history.list_conversations("kazan")] == [trip.id]
    assert history.list_conversations("kazan")[0].snippet == ""  # matched the title only
    [hit] = history.list_conversations("  BY A key ")
    assert hit.id == code.id
    assert "by a Key" in hit.snippet
    assert history.list_conversations("nothing like this") == []


def test_search_is_case_insensitive_beyond_ascii(history: ChatHistory):
    ru = history.create_conversation(title="ПРИВЕТ, мир")
    zh = history.create_conversation()
    history.add_message(zh.id, parent_id=None, role="user", content="请把这段话翻译成英文")
    body = history.create_conversation()
    history.add_message(body.id, parent_id=None, role="user", content="Ну привет, ЁЖИК!")

    assert {s.id for s in history.list_conversations("Привет")} == {ru.id, body.id}
    assert {s.id for s in history.list_conversations("ПРИВЕТ")} == {ru.id, body.id}
    assert [s.id for s in history.list_conversations("ёжик")] == [body.id]
    assert history.list_conversations("ёжик")[0].snippet == "Ну привет, ЁЖИК!"
    [hit] = history.list_conversations("翻译")
    assert hit.id == zh.id and "翻译" in hit.snippet


def test_search_wildcards_are_literal(history: ChatHistory):
    sure = history.create_conversation(title="a")
    history.add_message(sure.id, parent_id=None, role="user", content="I am 100% sure")
    other = history.create_conversation(title="b")
    history.add_message(other.id, parent_id=None, role="user", content="1000 things, snake_case")
    back = history.create_conversation(title="c")
    history.add_message(back.id, parent_id=None, role="user", content=r"C:\temp\x")

    assert [s.id for s in history.list_conversations("100%")] == [sure.id]
    assert [s.id for s in history.list_conversations("%")] == [sure.id]
    assert [s.id for s in history.list_conversations("e_c")] == [other.id]
    assert history.list_conversations("0_t") == []
    assert [s.id for s in history.list_conversations("\\temp")] == [back.id]


def test_search_snippet_is_short_and_around_the_match(history: ChatHistory):
    conv = history.create_conversation(title="Long")
    text = ("lorem ipsum dolor sit amet " * 20) + "the NEEDLE is here " + ("consectetur " * 20)
    history.add_message(conv.id, parent_id=None, role="user", content="nothing here")
    history.add_message(conv.id, parent_id=None, role="user", content=text)
    [hit] = history.list_conversations("needle")
    assert "NEEDLE" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert 40 <= len(hit.snippet) <= 84


# -- text handling ----------------------------------------------------------------------


def test_non_ascii_round_trip(history: ChatHistory, db_path: Path):
    conv = history.create_conversation(title="Ёлка 🎄 树 שלום")
    text = "Привет 👋🏽 — 你好，世界！ مرحبا\n\ttab\x00nul\u200dzwj"
    message = history.add_message(conv.id, parent_id=None, role="user", content=text,
                                  reasoning="思考…", usage={"note": "ß"},
                                  attachments=[("input", "image/png", "фото 照片.png", PNG)])
    history.close()
    with ChatHistory.open(db_path) as again:
        saved = again.message(message.id)
        assert again.conversation(conv.id).title == "Ёлка 🎄 树 שלום"
        assert (saved.content, saved.reasoning, saved.usage) == (text, "思考…", {"note": "ß"})
        assert saved.attachments[0].name == "фото 照片.png"


def test_auto_title():
    assert auto_title("# Hello   world\nsecond line") == "Hello world"
    assert auto_title("\n\n  > quoted `code` here") == "quoted code here"
    assert auto_title("- **Bold** item") == "Bold item"
    assert auto_title("```python\nprint(1)\n```") == "print(1)"
    assert auto_title("---\n\nreal text") == "real text"
    assert auto_title("") == auto_title("  \n\t\n") == auto_title("```\n```") == "New chat"
    long = "Please explain how quantum computers manage to keep coherence for long"
    title = auto_title(long)
    assert title == "Please explain how quantum computers manage to…"
    assert len(title) <= 48
    assert auto_title(long, max_chars=20) == "Please explain how…"
    chinese = auto_title("这是一个非常长的中文句子没有任何空格" * 4, max_chars=10)
    assert chinese == "这是一个非常长的中…"
    assert auto_title("snake_case and 2*3=6") == "snake_case and 2*3=6"


def test_params_tolerate_junk():
    assert ConversationParams.from_dict(None) == ConversationParams()
    assert ConversationParams.from_dict(["x"]) == ConversationParams()
    junk = {"system_prompt": 3, "temperature": "hot", "top_p": True, "max_tokens": -5,
            "context_messages": 2.5, "enable_thinking": "yes", "extra": 1}
    assert ConversationParams.from_dict(junk) == ConversationParams()
    good = ConversationParams("Sys", 0.7, 1, 2048, 0, False)
    assert ConversationParams.from_dict(good.to_dict()) == good
    assert ConversationParams.from_dict({"max_tokens": 512.0, "temperature": 1}).max_tokens == 512
    assert ConversationParams.from_dict({"temperature": float("nan")}).temperature is None


def test_junk_params_in_the_file_do_not_break_loading(history: ChatHistory, db_path: Path):
    conv = history.create_conversation(params=ConversationParams(temperature=0.5))
    with raw(db_path) as other:
        other.execute("UPDATE conversations SET params = 'not json' WHERE id = ?", (conv.id,))
    assert history.conversation(conv.id).params == ConversationParams()


# -- drafts ------------------------------------------------------------------------------


def test_a_draft_is_kept_per_conversation_until_it_is_cleared(history: ChatHistory, db_path: Path):
    first = history.create_conversation()
    second = history.create_conversation()
    history.save_draft(first.id, "half a question about Пушкин и 李白")
    history.save_draft(None, "a new chat's first words")
    history.save_draft(second.id, "   ")  # blank: nothing to keep
    again = ChatHistory.open(db_path)  # another run of the app
    try:
        assert again.draft(first.id) == "half a question about Пушкин и 李白"
        assert again.draft(None) == "a new chat's first words"
        assert again.draft(second.id) == ""
        again.save_draft(first.id, "")
        assert again.draft(first.id) == ""
    finally:
        again.close()


def test_purging_a_deleted_conversation_drops_its_draft_only(history: ChatHistory, db_path: Path):
    kept = history.create_conversation()
    gone = history.create_conversation()
    for conversation_id, text in ((kept.id, "keep me"), (gone.id, "drop me"), (None, "new chat")):
        history.save_draft(conversation_id, text)
    history.delete_conversation(gone.id)
    assert history.draft(gone.id) == "drop me"  # Undo still brings it back whole
    history.purge_deleted()
    with raw(db_path) as other:
        rows = sorted(other.execute("SELECT conversation_id, text FROM drafts").fetchall())
    assert rows == [(0, "new chat"), (kept.id, "keep me")]


def test_a_file_of_the_first_schema_gains_drafts_and_keeps_its_messages(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    with raw(path) as other:  # as msdesk's first release left it
        history_module.MIGRATIONS[0](other)
        other.execute("PRAGMA user_version = 1")
        other.execute(
            "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'Old', 1, 1)"
        )
        other.execute(
            "INSERT INTO messages (conversation_id, role, content, created_at, updated_at) "
            "VALUES (1, 'user', 'from before', 1, 1)"
        )
        other.commit()
    with ChatHistory.open(path) as store:
        assert store.warnings == []
        assert [c.title for c in store.list_conversations()] == ["Old"]
        store.save_draft(1, "now with a draft")
        assert store.draft(1) == "now with a draft"
    with raw(path) as other:
        assert other.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        assert other.execute("SELECT content FROM messages").fetchall() == [("from before",)]


# -- writes off the calling thread ---------------------------------------------------


def test_the_writer_writes_on_its_own_thread_in_order_and_the_reader_sees_it(history: ChatHistory,
                                                                             db_path: Path):
    import asyncio
    import threading

    from msdesk.core.history import HistoryWriter

    written: list[int | None] = []
    writer = HistoryWriter(db_path, on_written=written.append)
    conversation = history.create_conversation(provider_id="modelscope", model_id="Qwen/Qwen3-32B")
    threads: set[str] = set()

    def add(n: int):
        def write(h: ChatHistory):
            threads.add(threading.current_thread().name)
            parent = h.conversation(conversation.id).current_leaf_id
            return h.add_message(conversation.id, parent_id=parent, role="user", content=f"question {n}")
        return write

    async def main():
        # Asked at once, done one after another in the order asked.
        rows = await asyncio.gather(*(writer.run(add(n), conversation_id=conversation.id) for n in range(5)))
        await writer.run(lambda h: h.rename(conversation.id, "Plans"), conversation_id=conversation.id)
        return rows

    try:
        rows = asyncio.run(main())
    finally:
        writer.close()
    assert threading.current_thread().name not in threads and len(threads) == 1
    assert [m.content for m in history.context(conversation.id)] == [f"question {n}" for n in range(5)]
    assert [row.parent_id for row in rows[1:]] == [row.id for row in rows[:-1]]
    assert history.conversation(conversation.id).title == "Plans"
    assert written == [conversation.id] * 6


def test_a_failed_write_raises_to_its_caller_and_the_next_one_goes_on(history: ChatHistory,
                                                                     db_path: Path):
    import asyncio

    from msdesk.core.history import HistoryWriter

    writer = HistoryWriter(db_path)
    conversation = history.create_conversation(provider_id="modelscope", model_id="Qwen/Qwen3-32B")

    async def main():
        with pytest.raises(KeyError):
            await writer.run(lambda h: h.rename(conversation.id + 99, "nowhere"))
        await writer.run(lambda h: h.rename(conversation.id, "still works"))

    try:
        asyncio.run(main())
    finally:
        writer.close()
    assert history.conversation(conversation.id).title == "still works"
    writer.close()  # twice is harmless
    with pytest.raises(HistoryUnavailable):
        asyncio.run(writer.run(lambda h: h.rename(conversation.id, "after close")))


def test_a_write_asked_for_is_done_even_when_its_waiter_is_cancelled(history: ChatHistory, db_path: Path):
    import asyncio
    import threading

    from msdesk.core.history import HistoryWriter

    written: list[int | None] = []
    writer = HistoryWriter(db_path, on_written=written.append)
    conversation = history.create_conversation(title="Before")
    gate = threading.Event()

    async def main():
        writer.submit(lambda h: gate.wait(5))  # the writer is busy: the next write waits in line
        waiting = asyncio.ensure_future(
            writer.run(lambda h: h.rename(conversation.id, "After"), conversation_id=conversation.id)
        )
        await asyncio.sleep(0)  # the rename is queued...
        waiting.cancel()  # ...and its caller gives up before it ran
        with pytest.raises(asyncio.CancelledError):
            await waiting
        gate.set()
        writer.submit(lambda h: h.save_draft(conversation.id, "queued before closing"))
        await writer.aclose()  # finishes what was queued

    asyncio.run(main())
    assert history.conversation(conversation.id).title == "After"
    assert history.draft(conversation.id) == "queued before closing"
    assert conversation.id in written


def test_settled_waits_for_the_writes_asked_before_and_writes_nothing(history: ChatHistory, db_path: Path):
    import asyncio
    import threading

    from msdesk.core.history import HistoryWriter

    written: list[int | None] = []
    writer = HistoryWriter(db_path, on_written=written.append)
    conversation = history.create_conversation(title="Before")
    gate = threading.Event()

    async def main():
        writer.submit(lambda h: (gate.wait(5), h.rename(conversation.id, "After")), conversation_id=conversation.id)
        asyncio.get_running_loop().call_later(0.05, gate.set)
        await writer.settled()
        return history.conversation(conversation.id).title

    try:
        title = asyncio.run(main())
    finally:
        writer.close()
    assert title == "After"
    assert written == [conversation.id]  # the rename's notice, none for waiting


def test_a_quiet_write_is_done_without_a_notice(history: ChatHistory, db_path: Path):
    import asyncio

    from msdesk.core.history import HistoryWriter

    told: list[int | None] = []
    writer = HistoryWriter(db_path, on_written=told.append)
    conversation = history.create_conversation(provider_id="modelscope", model_id="Qwen/Qwen3-32B")

    async def main():
        await writer.submit(lambda h: h.rename(conversation.id, "quiet"), conversation_id=conversation.id,
                            tell=False)
        await writer.run(lambda h: h.rename(conversation.id, "told"), conversation_id=conversation.id)

    try:
        asyncio.run(main())
    finally:
        writer.close()
    assert history.conversation(conversation.id).title == "told"
    assert told == [conversation.id]
