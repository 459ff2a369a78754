"""The settings file: one versioned JSON document, written atomically.

A corrupt file, or one written by a newer msdesk, is kept aside as a backup
and msdesk starts with defaults and a warning: never a crash, never a silent
loss. Secrets never pass through here (see ``secret_store``).
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from msdesk.core.redact import redact

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


class SettingsError(Exception):
    pass


@dataclass
class ModelEntry:
    """A model in a provider's list, as the user configured it."""

    id: str
    name: str = ""
    task: str = "text-generation"
    group: str = ""
    capabilities: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelEntry:
        model_id = str(data.get("id", "")).strip()
        caps = data.get("capabilities")
        return cls(
            id=model_id,
            name=str(data.get("name") or model_id.split("/")[-1]),
            task=str(data.get("task") or "text-generation"),
            group=str(data.get("group") or (model_id.split("/")[0] if "/" in model_id else "")),
            capabilities=[str(c) for c in caps] if isinstance(caps, list) else [],
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
    def from_dict(cls, data: dict[str, Any]) -> ProviderSettings:
        models = data.get("models")
        return cls(
            enabled=data.get("enabled") if isinstance(data.get("enabled"), bool) else None,
            api_base=_opt_str(data.get("api_base")),
            hub_base=_opt_str(data.get("hub_base")),
            region=_opt_str(data.get("region")),
            models=[ModelEntry.from_dict(m) for m in models if isinstance(m, dict) and m.get("id")]
            if isinstance(models, list)
            else None,
        )


@dataclass
class CustomProvider:
    """A user-defined OpenAI-compatible provider."""

    id: str
    name: str
    api_base: str
    kind: str = "openai"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CustomProvider | None:
        if not data.get("id") or not data.get("api_base"):
            return None
        return cls(
            id=str(data["id"]),
            name=str(data.get("name") or data["id"]),
            api_base=str(data["api_base"]),
            kind=str(data.get("kind") or "openai"),
        )


@dataclass
class NetworkSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 60.0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NetworkSettings:
        result = cls()
        for name in ("connect_timeout", "read_timeout"):
            value = data.get(name)
            if isinstance(value, int | float) and value > 0:
                setattr(result, name, float(value))
        return result


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    default_provider: str = "modelscope"
    provider_order: list[str] = field(default_factory=list)
    providers: dict[str, ProviderSettings] = field(default_factory=dict)
    custom_providers: list[CustomProvider] = field(default_factory=list)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    last_model: str | None = None
    ui: dict[str, Any] = field(default_factory=dict)

    def provider(self, provider_id: str) -> ProviderSettings:
        return self.providers.setdefault(provider_id, ProviderSettings())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Build settings from a parsed file, tolerating missing and unknown keys."""
        if not isinstance(data, dict):
            raise SettingsError("the settings file does not hold a JSON object")
        result = cls()
        if isinstance(data.get("default_provider"), str):
            result.default_provider = data["default_provider"]
        order = data.get("provider_order")
        if isinstance(order, list):
            result.provider_order = [str(x) for x in order]
        providers = data.get("providers")
        if isinstance(providers, dict):
            result.providers = {
                str(key): ProviderSettings.from_dict(value)
                for key, value in providers.items()
                if isinstance(value, dict)
            }
        custom = data.get("custom_providers")
        if isinstance(custom, list):
            result.custom_providers = [
                p for p in (CustomProvider.from_dict(c) for c in custom if isinstance(c, dict)) if p
            ]
        if isinstance(data.get("network"), dict):
            result.network = NetworkSettings.from_dict(data["network"])
        if isinstance(data.get("last_model"), str):
            result.last_model = data["last_model"]
        if isinstance(data.get("ui"), dict):
            result.ui = data["ui"]
        return result


def _opt_str(value: Any) -> str | None:
    return str(value) if isinstance(value, str) and value.strip() else None


class SettingsStore:
    """Loads, holds and atomically saves the settings file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.settings = Settings()
        self.warnings: list[str] = []
        self._listeners: list[Callable[[Settings], None]] = []

    def load(self) -> Settings:
        """Read the file. Never raises for a bad file: keeps it aside and uses defaults."""
        self.warnings = []
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self.settings = Settings()
            return self.settings
        except OSError as exc:
            self.warnings.append(
                f"Could not read the settings file ({exc.strerror}); starting with defaults."
            )
            self.settings = Settings()
            return self.settings
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise SettingsError("not a JSON object")
            version = data.get("version")
            if not isinstance(version, int) or version < 1:
                raise SettingsError("no valid version number")
            if version > SETTINGS_VERSION:
                backup = self._keep_aside(f"v{version}")
                self.warnings.append(
                    f"The settings file was written by a newer msdesk (version {version}); "
                    f"it was kept as {backup.name} and msdesk started with defaults."
                )
                self.settings = Settings()
                return self.settings
            self.settings = Settings.from_dict(migrate(data))
        except (ValueError, SettingsError) as exc:
            backup = self._keep_aside("corrupt")
            reason = exc.args[0] if isinstance(exc, SettingsError) else "it is not valid JSON"
            self.warnings.append(
                f"The settings file could not be read ({reason}); it was kept as "
                f"{backup.name} and msdesk started with defaults."
            )
            log.warning("settings file unreadable, kept aside as %s", backup)
            self.settings = Settings()
        return self.settings

    def _keep_aside(self, tag: str) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.{tag}-{stamp}.bak")
        counter = 1
        while backup.exists():
            backup = self.path.with_name(f"{self.path.name}.{tag}-{stamp}-{counter}.bak")
            counter += 1
        os.replace(self.path, backup)
        return backup

    def save(self, settings: Settings | None = None) -> None:
        """Write atomically: temp file in the same folder, fsync, rename."""
        target = self.settings if settings is None else settings
        text = json.dumps(target.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)
        if redact(text) != text:
            raise SettingsError("refusing to write something that looks like a token to settings")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
        _fsync_dir(self.path.parent)
        self.settings = target
        for listener in list(self._listeners):
            listener(self.settings)

    def update(self, change: Callable[[Settings], None]) -> Settings:
        """Apply ``change`` to a copy and save it; the held settings change only on success."""
        candidate = copy.deepcopy(self.settings)
        change(candidate)
        self.save(candidate)
        return self.settings

    def subscribe(self, listener: Callable[[Settings], None]) -> None:
        self._listeners.append(listener)


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings document up to ``SETTINGS_VERSION``."""
    version = data.get("version", 1)
    # Version 1 is the first format; later versions add steps here, one per version.
    if version == SETTINGS_VERSION:
        return data
    raise SettingsError(f"unknown version {version}")


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

