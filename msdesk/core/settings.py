"""The settings file: one versioned JSON document, written atomically.

A corrupt file (also one nested too deep to parse), or one written by a
newer msdesk, is kept aside as a backup and msdesk starts with defaults and a
warning: never a crash, never a silent loss. A file with values of the wrong
type is copied aside once, repaired and saved, so the next start is quiet.
Temporary files left by a process killed while saving are removed at load.
Secrets never pass through here (see ``secret_store``).

Saving turns the settings into text on the caller's thread (so later changes
cannot race the write) and leaves the disk write, with its fsync, to a
background writer: a burst of saves is written once, the latest wins.
``flush`` waits for it; the services flush on close, and reading the file in
the same process waits for a write still under way.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from msdesk.core.appearance import AppearanceSettings, parse_appearance
from msdesk.core.capabilities import capability_tags, clean_overrides, overrides_from_old_list
from msdesk.core.i18n import translate
from msdesk.core.redact import contains_secret

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


class SettingsError(Exception):
    pass


class _Reader:
    """Reads values of the expected type and notes every one it had to drop."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def get(self, data: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if data.get(key) is None:
            return None
        value = data[key]
        number_wanted = kind in (float, (int, float))
        if isinstance(value, kind) and not (number_wanted and isinstance(value, bool)):
            return value
        self.problems.append(f"{where}{key}")
        return None

    def text(self, data: dict[str, Any], key: str, where: str) -> str | None:
        value = self.get(data, key, str, where)
        return value.strip() if isinstance(value, str) and value.strip() else None


@dataclass
class ModelEntry:
    """A model in a provider's list, as the user configured it.

    Its capabilities come from the capability table (``msdesk.core.capabilities``);
    ``overrides`` holds the user's own say on some of them (``{"reasoning": False}``),
    which wins. A list written by older msdesk stored every capability instead:
    reading it keeps only what the user had changed from msdesk's guess.
    """

    id: str
    name: str = ""
    task: str = "text-generation"
    group: str = ""
    overrides: dict[str, bool] = field(default_factory=dict)

    @property
    def capabilities(self) -> list[str]:
        """The capability tags in effect: the table's for this task, then the overrides."""
        return sorted(capability_tags(self.id, self.task, self.overrides))

    @classmethod
    def from_dict(cls, data: dict[str, Any], reader: _Reader | None = None, where: str = "") -> ModelEntry:
        reader = reader or _Reader()
        model_id = reader.text(data, "id", where) or ""
        task = reader.text(data, "task", where) or "text-generation"
        if "overrides" in data:
            raw = reader.get(data, "overrides", dict, where) or {}
            overrides = clean_overrides(raw)
            if len(overrides) != len(raw):
                reader.problems.append(f"{where}overrides")
        else:  # written before the capability table
            stored = reader.get(data, "capabilities", list, where) or []
            overrides = overrides_from_old_list(model_id, task, stored)
        return cls(
            id=model_id,
            name=reader.text(data, "name", where) or model_id.split("/")[-1],
            task=task,
            group=reader.text(data, "group", where) or (model_id.split("/")[0] if "/" in model_id else ""),
            overrides=overrides,
        )


@dataclass
class ProviderSettings:
    """What the user changed about one provider (``None`` keeps the built-in default)."""

    enabled: bool | None = None
    api_base: str | None = None
    hub_base: str | None = None
    region: str | None = None
    models: list[ModelEntry] | None = None

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], reader: _Reader | None = None, where: str = ""
    ) -> ProviderSettings:
        reader = reader or _Reader()
        models = reader.get(data, "models", list, where)
        entries = None
        if models is not None:
            entries = []
            for index, item in enumerate(models):
                if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"].strip():
                    entries.append(ModelEntry.from_dict(item, reader, f"{where}models[{index}]."))
                else:
                    reader.problems.append(f"{where}models[{index}]")
        return cls(
            enabled=reader.get(data, "enabled", bool, where),
            api_base=reader.text(data, "api_base", where),
            hub_base=reader.text(data, "hub_base", where),
            region=reader.text(data, "region", where),
            models=entries,
        )


@dataclass
class CustomProvider:
    """A user-defined OpenAI-compatible provider."""

    id: str
    name: str
    api_base: str
    kind: str = "openai"

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], reader: _Reader | None = None, where: str = ""
    ) -> CustomProvider | None:
        reader = reader or _Reader()
        provider_id = reader.text(data, "id", where)
        api_base = reader.text(data, "api_base", where)
        if not provider_id or not api_base:
            reader.problems.append(
                translate("core.settings", "{where} (needs an id and an api_base)").format(where=where.rstrip("."))
            )
            return None
        return cls(
            id=provider_id,
            name=reader.text(data, "name", where) or provider_id,
            api_base=api_base,
            kind=reader.text(data, "kind", where) or "openai",
        )


@dataclass
class NetworkSettings:
    """Timeouts and proxy, for every provider.

    ``read_timeout`` is the longest wait between two pieces of an answer (idle);
    ``first_byte_timeout`` the longest wait for the answer to start. The proxy is
    the system's (environment variables), none, or ``proxy_url`` (without
    credentials: a user name and password go to the keychain).
    """

    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    first_byte_timeout: float = 120.0
    proxy_mode: str = "system"  # "system" | "none" | "custom"
    proxy_url: str | None = None

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], reader: _Reader | None = None, where: str = ""
    ) -> NetworkSettings:
        reader = reader or _Reader()
        result = cls()
        for name in ("connect_timeout", "read_timeout", "first_byte_timeout"):
            value = reader.get(data, name, (int, float), where)
            if value is None:
                continue
            if value > 0:
                setattr(result, name, float(value))
            else:
                reader.problems.append(f"{where}{name}")
        mode = reader.text(data, "proxy_mode", where)
        if mode in ("system", "none", "custom"):
            result.proxy_mode = mode
        elif mode is not None:
            reader.problems.append(f"{where}proxy_mode")
        result.proxy_url = reader.text(data, "proxy_url", where)
        return result


@dataclass
class FallbackRule:
    """Where to send a request when every token of its provider is spent for the day."""

    provider_id: str
    model: str

    @classmethod
    def from_dict(cls, data: Any, reader: _Reader, where: str) -> FallbackRule | None:
        if not isinstance(data, dict):
            reader.problems.append(where.rstrip("."))
            return None
        provider_id = reader.text(data, "provider_id", where)
        model = reader.text(data, "model", where)
        if not provider_id or not model:
            reader.problems.append(
                translate("core.settings", "{where} (needs a provider_id and a model)").format(where=where.rstrip("."))
            )
            return None
        return cls(provider_id=provider_id, model=model)


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    default_provider: str = "modelscope"
    provider_order: list[str] = field(default_factory=list)
    providers: dict[str, ProviderSettings] = field(default_factory=dict)
    custom_providers: list[CustomProvider] = field(default_factory=list)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    #: Fallbacks by source model ID ("Qwen/Qwen3-32B"), or "*" for any model of any provider.
    fallbacks: dict[str, FallbackRule] = field(default_factory=dict)
    last_model: str | None = None
    appearance: AppearanceSettings = field(default_factory=AppearanceSettings)
    ui: dict[str, Any] = field(default_factory=dict)

    def fallback_for(self, model: str) -> FallbackRule | None:
        return self.fallbacks.get(model) or self.fallbacks.get("*")

    def provider(self, provider_id: str) -> ProviderSettings:
        return self.providers.setdefault(provider_id, ProviderSettings())

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["appearance"] = self.appearance.to_dict()  # (not a dataclass: see its module)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], problems: list[str] | None = None) -> Settings:
        """Build settings from a parsed file, tolerating missing and unknown keys.

        Values of the wrong type are dropped and their paths added to ``problems``.
        """
        if not isinstance(data, dict):
            raise SettingsError(translate("core.settings", "the settings file does not hold a JSON object"))
        reader = _Reader()
        result = cls()
        result.default_provider = reader.text(data, "default_provider", "") or result.default_provider
        order = reader.get(data, "provider_order", list, "")
        if order is not None:
            result.provider_order = [str(x) for x in order]
        providers = reader.get(data, "providers", dict, "")
        for key, value in (providers or {}).items():
            if isinstance(value, dict):
                result.providers[str(key)] = ProviderSettings.from_dict(value, reader, f"providers.{key}.")
            else:
                reader.problems.append(f"providers.{key}")
        custom = reader.get(data, "custom_providers", list, "")
        for index, item in enumerate(custom or []):
            where = f"custom_providers[{index}]."
            parsed = CustomProvider.from_dict(item, reader, where) if isinstance(item, dict) else None
            if parsed:
                result.custom_providers.append(parsed)
            elif not isinstance(item, dict):
                reader.problems.append(where.rstrip("."))
        network = reader.get(data, "network", dict, "")
        if network is not None:
            result.network = NetworkSettings.from_dict(network, reader, "network.")
        fallbacks = reader.get(data, "fallbacks", dict, "")
        for key, value in (fallbacks or {}).items():
            rule = FallbackRule.from_dict(value, reader, f"fallbacks.{key}.")
            if rule is not None:
                result.fallbacks[str(key)] = rule
        result.last_model = reader.text(data, "last_model", "")
        appearance = reader.get(data, "appearance", dict, "")
        if appearance is not None:
            result.appearance = parse_appearance(appearance, reader.problems, "appearance.")
        result.ui = reader.get(data, "ui", dict, "") or {}
        if problems is not None:
            problems.extend(reader.problems)
        return result


class SettingsStore:
    """Loads, holds and saves the settings file (written atomically, in the background)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.settings = Settings()
        self.warnings: list[str] = []
        self._listeners: list[Callable[[Settings], None]] = []
        self._writer = _Writer.of(self.path)

    def load(self) -> Settings:
        """Read the file. Never raises for a bad file: keeps it aside and uses defaults."""
        self.warnings = []
        self._writer.wait()  # a save of this file still being written in this process
        remove_stale_temp_files(self.path.parent)
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self.settings = Settings()
            return self.settings
        except OSError as exc:
            self.warnings.append(
                translate("core.settings", "Could not read the settings file ({reason}); starting with defaults.").format(
                    reason=exc.strerror
                )
            )
            self.settings = Settings()
            return self.settings
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise SettingsError(translate("core.settings", "not a JSON object"))
            version = data.get("version")
            if not isinstance(version, int) or version < 1:
                raise SettingsError(translate("core.settings", "no valid version number"))
            if version > SETTINGS_VERSION:
                backup = self._keep_aside(f"v{version}")
                self.warnings.append(
                    translate(
                        "core.settings",
                        "The settings file was written by a newer msdesk (version {version}); "
                        "it was kept as {backup} and msdesk started with defaults.",
                    ).format(version=version, backup=backup.name)
                )
                self.settings = Settings()
                return self.settings
            problems: list[str] = []
            self.settings = Settings.from_dict(migrate(data), problems)
            if problems:
                backup = self._keep_aside("repaired", copy_only=True)
                shown = ", ".join(problems[:8]) + (" …" if len(problems) > 8 else "")
                self.warnings.append(
                    translate(
                        "core.settings",
                        "Some settings had values msdesk could not use ({problems}); they are back to "
                        "their defaults. The original file was kept as {backup}.",
                    ).format(problems=shown, backup=backup.name)
                )
                self._save_repair()
        except (ValueError, SettingsError, RecursionError) as exc:
            backup = self._keep_aside("corrupt")
            if isinstance(exc, SettingsError):
                reason = exc.args[0]
            elif isinstance(exc, RecursionError):
                reason = translate("core.settings", "it is nested too deeply")
            else:
                reason = translate("core.settings", "it is not valid JSON")
            self.warnings.append(
                translate(
                    "core.settings",
                    "The settings file could not be read ({reason}); it was kept as "
                    "{backup} and msdesk started with defaults.",
                ).format(reason=reason, backup=backup.name)
            )
            log.warning("settings file unreadable, kept aside as %s", backup)
            self.settings = Settings()
        return self.settings

    def _save_repair(self) -> None:
        """Write the repaired settings once, so the next start neither warns nor backs up again."""
        text = json.dumps(self.settings.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)
        if contains_secret(text):
            return  # never written; the file stays as it is and the warning comes again
        try:
            self._writer.write_now(text)
        except OSError as exc:
            log.warning("could not save the repaired settings: %s", exc.strerror or type(exc).__name__)

    def _keep_aside(self, tag: str, *, copy_only: bool = False) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.{tag}-{stamp}.bak")
        counter = 1
        while backup.exists():
            backup = self.path.with_name(f"{self.path.name}.{tag}-{stamp}-{counter}.bak")
            counter += 1
        if copy_only:
            shutil.copy2(self.path, backup)
        else:
            os.replace(self.path, backup)
        return backup

    def save(self, settings: Settings | None = None) -> None:
        """Hold ``settings`` and have them written: temp file in the same folder, fsync, rename.

        The text is made here, on the caller's thread; the disk write runs on the
        background writer. Once a write has failed (a full disk), saves are
        written here again until one succeeds, so the caller hears the error and
        the held settings change only on success.
        """
        target = self.settings if settings is None else settings
        text = json.dumps(target.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)
        if contains_secret(text):
            raise SettingsError(
                translate("core.settings", "refusing to write something that looks like a token to settings")
            )
        if self._writer.failed:
            self._writer.write_now(text)
        else:
            self._writer.submit(text)
        self.settings = target
        for listener in list(self._listeners):
            listener(self.settings)

    @property
    def writing(self) -> bool:
        """True while a save is still on its way to the disk."""
        return self._writer.running

    def flush(self, timeout: float | None = None) -> None:
        """Wait until every save so far is on disk; raise the error of a write that failed."""
        self._writer.flush(timeout)

    def update(self, change: Callable[[Settings], None]) -> Settings:
        """Apply ``change`` to a copy and save it; the held settings change only on success."""
        candidate = copy.deepcopy(self.settings)
        change(candidate)
        self.save(candidate)
        return self.settings

    def subscribe(self, listener: Callable[[Settings], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Settings], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)


class _Writer:
    """Writes one settings file in a background thread; the latest text wins.

    One per file in the process, so a store that reads the file waits for
    another store's write to it. The thread ends when nothing is left to write
    and is not a daemon: a write under way finishes before the process exits.
    """

    _by_path: weakref.WeakValueDictionary[Path, _Writer] = weakref.WeakValueDictionary()
    _registry_lock = threading.Lock()

    @classmethod
    def of(cls, path: Path) -> _Writer:
        key = Path(os.path.abspath(path))
        with cls._registry_lock:
            writer = cls._by_path.get(key)
            if writer is None:
                writer = cls._by_path[key] = cls(key)
            return writer

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending: str | None = None
        self._running = False
        self._writing_here = threading.Lock()  # one write at a time, from any thread
        self._error: Exception | None = None

    @property
    def failed(self) -> bool:
        return self._error is not None

    @property
    def running(self) -> bool:
        return self._running

    def submit(self, text: str) -> None:
        with self._lock:
            self._pending = text
            if self._running:
                return
            self._running = True
        threading.Thread(target=self._run, name="settings writer").start()

    def _run(self) -> None:
        while True:
            with self._lock:
                text, self._pending = self._pending, None
                if text is None:
                    self._running = False
                    self._idle.notify_all()
                    return
            try:
                with self._writing_here:
                    _write_atomically(self.path, text)
                error = None
            except Exception as exc:  # raised by flush and by the next save
                reason = getattr(exc, "strerror", None) or type(exc).__name__
                log.warning("could not write the settings file: %s", reason)
                error = exc
            with self._lock:
                self._error = error

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the background writes; False if they outlast ``timeout``."""
        with self._lock:
            return self._idle.wait_for(lambda: not self._running, timeout)

    def flush(self, timeout: float | None = None) -> None:
        if not self.wait(timeout):
            raise TimeoutError(translate("core.settings", "the settings file is still being written"))
        with self._lock:
            error = self._error
        if error is not None:
            raise error

    def write_now(self, text: str) -> None:
        """Write on the caller's thread, after any background write; raise what fails."""
        with self._lock:
            self._pending = None  # this newer text replaces it
        self.wait()
        with self._writing_here:
            _write_atomically(self.path, text)
        with self._lock:
            self._error = None


_TEMP_PREFIX = ".settings-"
_TEMP_SUFFIX = ".tmp"
#: A temporary file this old is stale whoever wrote it (a write takes milliseconds).
STALE_TEMP_SECONDS = 600.0


def remove_stale_temp_files(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files of saves that never finished; return those removed.

    A temporary file is named after the process that writes it: it is stale when
    that process no longer runs, or when it is older than ``STALE_TEMP_SECONDS``.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        candidates = list(folder.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}"))
    except OSError:
        return removed
    for candidate in candidates:
        try:
            old = now - candidate.stat().st_mtime > STALE_TEMP_SECONDS
            if old or not _writer_alive(candidate.name):
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    if removed:
        log.info("removed %d unfinished settings file(s)", len(removed))
    return removed


def _writer_alive(name: str) -> bool:
    """Whether the process named in a temporary file's name still runs (unknown: yes)."""
    pid_text = name[len(_TEMP_PREFIX) :].split("-", 1)[0]
    if not pid_text.isdigit():
        return True  # no process in the name: only its age can tell
    pid = int(pid_text)
    if pid == os.getpid() or os.name != "posix":
        return True  # elsewhere os.kill would end the process: only its age can tell
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f"{_TEMP_PREFIX}{os.getpid()}-", suffix=_TEMP_SUFFIX, dir=path.parent
    )
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings document up to ``SETTINGS_VERSION``."""
    version = data.get("version", 1)
    # Version 1 is the first format; later versions add steps here, one per version.
    if version == SETTINGS_VERSION:
        return data
    raise SettingsError(translate("core.settings", "unknown version {version}").format(version=version))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

