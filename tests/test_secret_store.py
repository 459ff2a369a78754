"""The secret store against a real Secret Service (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from msdesk.core.secret_store import (
    MemoryBackend,
    SecretStore,
    SecretStoreError,
    StoredToken,
    choose_backend,
)
from tests.conftest import run

TOKEN = "ms-0b5e3c1a-2f4d-4e6a-9b8c-7d6e5f4a3b2c"
TOKEN2 = "ms-11111111-2222-4333-8444-555555555555"


def real_store() -> SecretStore:
    from keyring.backends import SecretService

    return SecretStore(SecretService.Keyring())


@pytest.mark.keychain
def test_real_keychain_round_trip_with_labels(keychain):
    store = real_store()

    async def scenario():
        info = await store.probe()
        assert info.secure and info.persistent and "SecretService" in info.name
        await store.set("modelscope", "main", TOKEN)
        await store.set("modelscope", "backup", TOKEN2)
        assert await store.labels("modelscope") == ["main", "backup"]
        assert await store.get("modelscope", "backup") == TOKEN2
        # Setting an existing label replaces it and keeps one entry.
        await store.set("modelscope", "main", TOKEN2)
        assert await store.labels("modelscope") == ["main", "backup"]
        assert await store.get("modelscope", "main") == TOKEN2
        # Other providers are separate.
        assert await store.labels("bailian") == []
        assert await store.remove("modelscope", "main") is True
        assert await store.labels("modelscope") == ["backup"]
        assert await store.get("modelscope", "main") is None
        assert await store.remove("modelscope", "nope") is False
        await store.remove("modelscope", "backup")

    run(scenario())
    store.close()


@pytest.mark.keychain
def test_tokens_survive_a_new_store_instance(keychain):
    async def write():
        store = real_store()
        await store.set("modelscope-intl", "work", TOKEN)
        store.close()

    async def read():
        store = real_store()
        try:
            return [(t.label, t.masked, await store.get("modelscope-intl", t.label))
                    for t in await store.entries("modelscope-intl")]
        finally:
            await store.remove("modelscope-intl", "work")
            store.close()

    run(write())
    assert run(read()) == [("work", "ms-0b…3b2c", TOKEN)]


@pytest.mark.keychain
def test_default_backend_choice_picks_the_secret_service(keychain):
    import keyring.core

    keyring.core._keyring_backend = None  # let keyring choose again on this bus
    backend, note = choose_backend()
    assert note == ""
    assert "SecretService" in type(backend).__module__
    keyring.core._keyring_backend = None


def test_no_keychain_falls_back_to_memory_and_says_so(monkeypatch):
    backend, note = choose_backend({"MSDESK_SECRET_BACKEND": "memory"})
    assert isinstance(backend, MemoryBackend)
    store = SecretStore(backend, note=note)
    info = run(store.probe())
    assert not info.persistent and not info.secure
    assert "session only" in info.note


def test_a_plaintext_file_backend_is_refused(monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class PlainFile(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("must not be used")

        def delete_password(self, service, username):
            pass

    monkeypatch.setattr(keyring, "get_keyring", lambda: PlainFile())
    backend, note = choose_backend({})
    assert isinstance(backend, MemoryBackend)
    assert "does not encrypt" in note


def test_a_hanging_keychain_times_out_and_falls_back():
    released = threading.Event()

    class Hanging:
        """A keychain that does not answer (a locked collection waiting for a prompt)."""

        def get_password(self, service, username):
            released.wait(30)  # until the test is over
            return None

    store = SecretStore(Hanging(), timeout=0.2)
    try:
        started = time.monotonic()
        info = run(store.probe())
        assert time.monotonic() - started < 1.5
        assert not info.persistent
        assert "did not answer" in info.note
    finally:
        released.set()
        store.close()


def test_keychain_calls_run_off_the_event_loop_thread():
    seen = []

    class Recording(MemoryBackend):
        def get_password(self, service, username):
            seen.append(threading.current_thread().name)
            return None

    store = SecretStore(Recording())

    async def scenario():
        await store.get("modelscope", "x")
        return threading.current_thread().name

    loop_thread = run(scenario())
    assert seen and seen[0] != loop_thread
    store.close()


def test_a_cancel_that_lands_as_the_keychain_answers_is_not_lost():
    # The keychain answers from its thread while the caller is cancelled in the same turn of
    # the loop (the cancel is queued first): the caller is cancelled, not handed the token.
    armed: list = []

    class Answering(MemoryBackend):
        def get_password(self, service, username):
            found = super().get_password(service, username)
            if armed:
                loop, task = armed.pop()
                loop.call_soon_threadsafe(task.cancel)
            return found

    store = SecretStore(Answering())

    async def scenario():
        await store.set("modelscope", "main", TOKEN)
        reading = asyncio.ensure_future(store.get("modelscope", "main"))
        armed.append((asyncio.get_running_loop(), reading))
        await asyncio.wait([reading], timeout=5)
        return reading.cancelled(), await store.get("modelscope", "main")

    try:
        cancelled, after = run(scenario())
    finally:
        store.close()
    assert not armed
    assert cancelled
    assert after == TOKEN  # the store goes on working


def test_a_failing_call_raises_a_clear_error_without_the_token():
    class Locked(MemoryBackend):
        def set_password(self, service, username, password):
            raise RuntimeError(f"locked while storing {password}")

    store = SecretStore(Locked())
    with pytest.raises(SecretStoreError) as info:
        run(store.set("modelscope", "main", TOKEN))
    assert TOKEN not in str(info.value)
    assert "Unlock" in str(info.value)
    store.close()


def test_a_stored_entry_carries_the_mask_never_the_token():
    store = SecretStore(MemoryBackend())
    stored = run(store.set("modelscope", "main", TOKEN))
    assert stored == StoredToken("modelscope", "main", "ms-0b…3b2c")
    assert TOKEN not in repr(stored) and TOKEN not in str(stored)
    assert TOKEN not in repr(store)
    store.close()


def test_the_list_comes_from_the_index_without_reading_a_token():
    reads = []

    class Counting(MemoryBackend):
        def get_password(self, service, username):
            reads.append(username)
            return super().get_password(service, username)

    store = SecretStore(Counting())

    async def scenario():
        await store.set("modelscope", "main", TOKEN)
        await store.set("modelscope", "backup", TOKEN2)
        reads.clear()
        return await store.entries("modelscope")

    entries = run(scenario())
    store.close()
    assert [(e.label, e.masked) for e in entries] == [("main", "ms-0b…3b2c"), ("backup", "ms-11…5555")]
    assert reads == ["modelscope:labels"]


def test_an_index_written_before_masks_were_kept_still_lists_its_tokens():
    backend = MemoryBackend()
    backend.set_password("msdesk", "modelscope/main", TOKEN)
    backend.set_password("msdesk", "modelscope:labels", '["main"]')
    store = SecretStore(backend)
    entries = run(store.entries("modelscope"))
    store.close()
    assert [(e.label, e.masked) for e in entries] == [("main", "ms-0b…3b2c")]


def test_rename_keeps_the_token_and_its_place():
    store = SecretStore(MemoryBackend())

    async def scenario():
        await store.set("modelscope", "a", TOKEN)
        await store.set("modelscope", "b", TOKEN2)
        await store.rename("modelscope", "a", "work")
        return await store.labels("modelscope"), await store.get("modelscope", "work")

    labels, token = run(scenario())
    store.close()
    assert labels == ["work", "b"] and token == TOKEN


def test_rename_never_loses_or_overwrites_a_token():
    store = SecretStore(MemoryBackend())

    async def scenario():
        await store.set("modelscope", "a", TOKEN)
        await store.set("modelscope", "b", TOKEN2)
        await store.rename("modelscope", "a", "a")
        with pytest.raises(ValueError, match="already exists"):
            await store.rename("modelscope", "a", "b")
        return [(label, await store.get("modelscope", label)) for label in await store.labels("modelscope")]

    assert run(scenario()) == [("a", TOKEN), ("b", TOKEN2)]
    store.close()


def test_concurrent_sets_keep_every_label():
    store = SecretStore(MemoryBackend())

    async def scenario():
        await asyncio.gather(*(store.set("modelscope", f"t{i}", TOKEN) for i in range(5)))
        return await store.labels("modelscope")

    labels = run(scenario())
    store.close()
    assert sorted(labels) == [f"t{i}" for i in range(5)]


def test_a_call_after_close_is_a_clear_error():
    store = SecretStore(MemoryBackend())
    store.close()
    with pytest.raises(SecretStoreError, match="shutting down"):
        run(store.labels("modelscope"))
