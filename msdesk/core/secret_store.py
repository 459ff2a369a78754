"""Tokens in the OS keychain, several per provider, each with a label.

Everything goes through ``keyring`` under the service name ``msdesk``. The
store says which backend it uses and whether that is a real OS keychain.
It stores what it is given: what a valid label or token is, the token
service decides (``msdesk.core.tokens``). Beside each provider's tokens the
keychain holds their index: the labels in order, each with its token's mask,
so a list of tokens needs no token read back.
With no usable keychain (a headless Linux box, say) tokens live in memory for
this session only, and the store says so. A token is never written to a file.

Keyring calls can block (a locked collection, a hung D-Bus): they run in a
worker thread with a timeout, never on the event loop. Cancelling the caller
always cancels it, even when the keychain answers at that very moment.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from msdesk.core.i18n import translate
from msdesk.core.redact import mask, register_secret

log = logging.getLogger(__name__)

SERVICE = "msdesk"
_INDEX_SUFFIX = ":labels"  # token entries are "provider/label"; D-Bus strings cannot hold NUL

T = TypeVar("T")

# Backends that keep secrets in an encrypted, OS-provided store.
_SECURE_BACKENDS = {
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
}


class SecretStoreError(Exception):
    """The keychain failed or did not answer; the message says what to do."""


@dataclass(frozen=True)
class StoredToken:
    """A stored token as lists show it: its label and mask, never the token itself."""

    provider_id: str
    label: str
    masked: str


@dataclass(frozen=True)
class BackendInfo:
    name: str
    secure: bool
    persistent: bool
    note: str = ""


class MemoryBackend:
    """Session-only storage used when no OS keychain works. Never touches disk."""

    priority = 0

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if (service, username) not in self._data:
                import keyring.errors

                raise keyring.errors.PasswordDeleteError("not found")
            del self._data[(service, username)]


def _backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _describe(backend: Any) -> BackendInfo:
    if isinstance(backend, MemoryBackend):
        return BackendInfo("memory", secure=False, persistent=False)
    name = _backend_name(backend)
    if name.startswith("keyring.backends.chainer"):
        inner = getattr(backend, "backends", [])
        secure = bool(inner) and all(_backend_name(b) in _SECURE_BACKENDS for b in inner)
        return BackendInfo(name, secure=secure, persistent=bool(inner))
    return BackendInfo(name, secure=name in _SECURE_BACKENDS, persistent=True)


def _username(provider_id: str, label: str) -> str:
    return f"{provider_id}/{label}"


def choose_backend(env: dict[str, str] | None = None) -> tuple[Any, str]:
    """Pick the keyring backend; return it and a note for the user (blank when fine).

    ``MSDESK_SECRET_BACKEND=memory`` forces session-only storage (portable use).
    Plain-text file backends are refused: a token never goes into a file.
    """
    env = dict(os.environ) if env is None else env
    if env.get("MSDESK_SECRET_BACKEND", "").lower() == "memory":
        return MemoryBackend(), translate(
            "core.secret_store", "Tokens are kept for this session only ({setting})."
        ).format(setting="MSDESK_SECRET_BACKEND=memory")
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring install must not stop the app
        return MemoryBackend(), translate(
            "core.secret_store",
            "The OS keychain could not be loaded ({reason}): tokens are kept for this session only.",
        ).format(reason=type(exc).__name__)
    info = _describe(backend)
    if isinstance(backend, fail.Keyring) or not info.persistent:
        return MemoryBackend(), translate(
            "core.secret_store",
            "No OS keychain was found, so tokens are kept for this session only "
            "(on Linux: install and unlock GNOME Keyring or KWallet).",
        )
    if not info.secure:
        return MemoryBackend(), translate(
            "core.secret_store",
            "The keyring backend {backend} does not encrypt secrets, so msdesk does not use "
            "it: tokens are kept for this session only.",
        ).format(backend=info.name)
    return backend, ""


class SecretStore:
    """Labelled tokens per provider, behind the OS keychain."""

    def __init__(self, backend: Any | None = None, *, timeout: float = 10.0, note: str = "") -> None:
        if backend is None:
            backend, note = choose_backend()
        self._backend = backend
        self._note = note
        self.timeout = timeout
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="msdesk-keyring")
        self._fallback_reason = ""
        self._index_lock: asyncio.Lock | None = None

    def _lock(self) -> asyncio.Lock:
        if self._index_lock is None:
            self._index_lock = asyncio.Lock()
        return self._index_lock

    @property
    def info(self) -> BackendInfo:
        info = _describe(self._backend)
        note = self._fallback_reason or self._note
        if not info.persistent and not note:
            note = translate("core.secret_store", "Tokens are kept for this session only.")
        return BackendInfo(info.name, info.secure, info.persistent, note)

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(self._executor, fn, *args)
        except RuntimeError:  # the executor was shut down: msdesk is closing
            raise SecretStoreError(
                translate("core.secret_store", "The keychain is closed because msdesk is shutting down.")
            ) from None
        try:
            # Not asyncio.wait_for: on Python 3.11 it returns the result when the call ends in
            # the same turn of the loop as a cancel of the caller, and the cancel is lost (a
            # Stop pressed as a chat turn reads its token would not stop it).
            async with asyncio.timeout(self.timeout):
                return await future
        except TimeoutError:
            raise SecretStoreError(
                translate(
                    "core.secret_store",
                    "The keychain did not answer within {seconds} s. It may be locked "
                    "and waiting for a password: unlock it and try again.",
                ).format(seconds=f"{self.timeout:g}")
            ) from None
        except SecretStoreError:
            raise
        except Exception as exc:
            # Keyring error texts do not contain the secret, but keep them short anyway.
            raise SecretStoreError(
                translate(
                    "core.secret_store", "The keychain refused the request ({reason}). Unlock it and try again."
                ).format(reason=type(exc).__name__)
            ) from None

    async def probe(self) -> BackendInfo:
        """Make one harmless read; fall back to session-only storage if it fails."""
        if isinstance(self._backend, MemoryBackend):
            return self.info
        try:
            await self._call(self._backend.get_password, SERVICE, ":probe")
        except SecretStoreError as exc:
            log.warning("keychain unusable, tokens kept for this session only: %s", exc)
            self._fallback_reason = translate(
                "core.secret_store", "{reason} Tokens are kept for this session only."
            ).format(reason=exc)
            self._backend = MemoryBackend()
        return self.info

    async def _index(self, provider_id: str) -> dict[str, str]:
        """Label → mask, in the order the tokens were added (a mask is "" where an older index had none)."""
        raw = await self._call(self._backend.get_password, SERVICE, provider_id + _INDEX_SUFFIX)
        if not raw:
            return {}
        try:
            items = json.loads(raw)
        except ValueError:
            return {}
        index: dict[str, str] = {}
        for item in items if isinstance(items, list) else []:
            if isinstance(item, str):  # written before masks were kept
                index[item] = ""
            elif isinstance(item, dict) and isinstance(item.get("label"), str):
                index[item["label"]] = str(item.get("mask") or "")
        return index

    async def _write_index(self, provider_id: str, index: dict[str, str]) -> None:
        username = provider_id + _INDEX_SUFFIX
        if index:
            items = [{"label": label, "mask": masked} for label, masked in index.items()]
            await self._call(self._backend.set_password, SERVICE, username, json.dumps(items))
        else:
            await self._delete(username)

    async def _delete(self, username: str) -> bool:
        import keyring.errors

        def delete() -> bool:
            try:
                self._backend.delete_password(SERVICE, username)
                return True
            except keyring.errors.PasswordDeleteError:
                return False

        return await self._call(delete)

    async def labels(self, provider_id: str) -> list[str]:
        """Token labels of a provider, in the order they were added."""
        return list(await self._index(provider_id))

    async def entries(self, provider_id: str) -> list[StoredToken]:
        """A provider's tokens as lists show them (label and mask), from the index alone."""
        index = await self._index(provider_id)
        result = []
        for label, masked in index.items():
            if not masked:  # an index from before masks were kept: read this token once
                masked = mask(await self.get(provider_id, label))
            result.append(StoredToken(provider_id, label, masked))
        return result

    async def get(self, provider_id: str, label: str) -> str | None:
        """The token itself: only for a request, Reveal or Copy."""
        token = await self._call(self._backend.get_password, SERVICE, _username(provider_id, label))
        register_secret(token)
        return token

    async def set(self, provider_id: str, label: str, token: str) -> StoredToken:
        """Store (or replace) the token under ``label``, as given."""
        register_secret(token)
        masked = mask(token)
        async with self._lock():
            await self._call(self._backend.set_password, SERVICE, _username(provider_id, label), token)
            index = await self._index(provider_id)
            if index.get(label) != masked:
                index[label] = masked
                await self._write_index(provider_id, index)
        return StoredToken(provider_id, label, masked)

    async def remove(self, provider_id: str, label: str) -> bool:
        async with self._lock():
            removed = await self._delete(_username(provider_id, label))
            index = await self._index(provider_id)
            if label in index:
                del index[label]
                await self._write_index(provider_id, index)
                removed = True
        return removed

    async def rename(self, provider_id: str, old: str, new: str) -> StoredToken:
        """Give a token a new label, keeping its place; refuses to overwrite another token."""
        async with self._lock():
            index = await self._index(provider_id)
            if new == old and old in index:
                return StoredToken(provider_id, old, index[old])
            if new in index:
                raise ValueError(
                    translate("core.secret_store", "A token labelled '{label}' already exists.").format(label=new)
                )
            token = await self._call(self._backend.get_password, SERVICE, _username(provider_id, old))
            if token is None:
                raise ValueError(
                    translate(
                        "core.secret_store", "No token labelled '{label}' is stored any more; add it again."
                    ).format(label=old)
                )
            await self._call(self._backend.set_password, SERVICE, _username(provider_id, new), token)
            await self._delete(_username(provider_id, old))
            masked = index.get(old) or mask(token)
            index = {new if label == old else label: m for label, m in index.items()}
            index[new] = masked
            await self._write_index(provider_id, index)
        return StoredToken(provider_id, new, masked)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def __repr__(self) -> str:
        return f"SecretStore(backend={self.info.name!r}, secure={self.info.secure})"
