"""Changing providers and their model lists: every change is saved at once.

The settings panel and the command line call these; each call validates its
input, applies it to a copy of the settings and saves atomically. Secrets
never pass through here (tokens live in ``secret_store``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from msdesk.core.capabilities import clean_overrides, overrides_for
from msdesk.core.changes import Change, Changes
from msdesk.core.i18n import translate
from msdesk.core.inference import RemoteModel
from msdesk.core.known_models import CHAT_TASKS, guess_task, is_model_id, lookup
from msdesk.core.network import PROXY_PROVIDER
from msdesk.core.providers import (
    Provider,
    ProviderRegistry,
    UnknownProvider,
    builtin_providers,
    slug,
    validate_base_url,
)
from msdesk.core.settings import CustomProvider, ModelEntry, Settings, SettingsStore

TASKS = (
    ("text-generation", "Chat (text generation)"),
    ("image-text-to-text", "Vision chat (image + text)"),
    ("text-to-image-synthesis", "Image generation"),
    ("sentence-embedding", "Embedding"),
    ("other", "Other"),
)

CAPABILITIES = ("chat", "vision", "reasoning", "tools", "embedding", "image-generation")

PROVIDER_KINDS = (("openai", "OpenAI-compatible"), ("modelscope", "ModelScope-compatible"))


def task_choices() -> tuple[tuple[str, str], ...]:
    """``TASKS`` with the labels in the user's language, for lists a person picks from."""
    return (
        ("text-generation", translate("core.provider_config", "Chat (text generation)")),
        ("image-text-to-text", translate("core.provider_config", "Vision chat (image + text)")),
        ("text-to-image-synthesis", translate("core.provider_config", "Image generation")),
        ("sentence-embedding", translate("core.provider_config", "Embedding")),
        ("other", translate("core.provider_config", "Other")),
    )


def provider_kind_choices() -> tuple[tuple[str, str], ...]:
    """``PROVIDER_KINDS`` with the labels in the user's language."""
    return (
        ("openai", translate("core.provider_config", "OpenAI-compatible")),
        ("modelscope", translate("core.provider_config", "ModelScope-compatible")),
    )


def model_entry(model_id: str, *, name: str = "", task: str = "", group: str = "",
                capabilities: Iterable[str] | None = None,
                overrides: Mapping[str, bool] | None = None) -> ModelEntry:
    """A model list entry with the task and group filled in from the ID.

    Its capabilities follow the capability table; ``overrides`` sets some of
    them, and ``capabilities`` (the whole set the user wants) becomes the
    overrides that differ from the table.
    """
    model_id = model_id.strip()
    known = lookup(model_id)
    task = task or (known.task if known else guess_task(model_id))
    wanted = clean_overrides(overrides)
    if capabilities is not None:
        wanted = overrides_for(model_id, task, capabilities)
    return ModelEntry(
        id=model_id,
        name=name.strip() or model_id.split("/")[-1],
        task=task,
        group=group.strip() or (model_id.split("/")[0] if "/" in model_id else model_id.split("-")[0]),
        overrides=wanted,
    )


def parse_model_ids(text: str, *, require_owner: bool = True) -> tuple[list[str], list[str]]:
    """Split "a/b, c/d" into IDs; return (valid, invalid). Duplicates are dropped."""
    valid: list[str] = []
    invalid: list[str] = []
    for part in re.split(r"[,\s]+", text):
        part = part.strip()
        if not part:
            continue
        ok = is_model_id(part) if require_owner else bool(re.fullmatch(r"[\w.:/-]+", part))
        target = valid if ok else invalid
        if part not in target:
            target.append(part)
    return valid, invalid


@dataclass(frozen=True)
class ModelCandidate:
    """A model the Manage dialog offers, and whether it is in the user's list."""

    entry: ModelEntry
    in_list: bool
    sources: tuple[str, ...]  # "list", "default", "remote"


def merge_candidates(
    current: Iterable[ModelEntry],
    defaults: Iterable[ModelEntry],
    remote: Iterable[RemoteModel],
) -> list[ModelCandidate]:
    """The user's list, the built-in defaults and the provider's /models, merged by ID."""
    order: list[str] = []
    entries: dict[str, ModelEntry] = {}
    sources: dict[str, list[str]] = {}
    in_list: set[str] = set()

    def add(entry: ModelEntry, source: str) -> None:
        if entry.id not in entries:
            order.append(entry.id)
            entries[entry.id] = entry
            sources[entry.id] = []
        if source not in sources[entry.id]:
            sources[entry.id].append(source)

    for entry in current:
        add(entry, "list")
        in_list.add(entry.id)
    for entry in defaults:
        add(entry, "default")
    for remote_model in remote:
        add(model_entry(remote_model.id), "remote")
    return [ModelCandidate(entries[i], i in in_list, tuple(sources[i])) for i in order]


def group_models(models: Iterable[ModelEntry]) -> list[tuple[str, list[ModelEntry]]]:
    """Models grouped by owner (the part of the ID before ``/``), groups in first-seen order."""
    groups: dict[str, list[ModelEntry]] = {}
    for entry in models:
        groups.setdefault(entry.group or entry.id.split("/")[0], []).append(entry)
    return list(groups.items())


class ProviderConfig:
    """Operations on the provider part of the settings; each one saves at once.

    After each change, ``changes`` (when given) hears one ``Change.PROVIDERS``
    notice naming the provider whose settings changed (none for the order).
    """

    def __init__(self, store: SettingsStore, env: Mapping[str, str] | None = None,
                 changes: Changes | None = None) -> None:
        self._store = store
        self._env = env
        self._changes = changes

    @property
    def registry(self) -> ProviderRegistry:
        return ProviderRegistry(self._store.settings, self._env)

    def providers(self) -> list[Provider]:
        return self.registry.all()

    def get(self, provider_id: str) -> Provider:
        return self.registry.get(provider_id)

    def default_api_base(self, provider_id: str) -> str:
        """The API host the provider has with no user override (region included)."""
        provider = self.get(provider_id)
        if not provider.builtin:
            return provider.api_base
        for base in builtin_providers(self._env):
            if base.id == provider_id:
                if base.regions and provider.region:
                    return next(url for key, _label, url in base.regions if key == provider.region)
                return base.api_base
        return provider.api_base

    def _change(self, change: Callable[[Settings], None], provider_id: str | None = None) -> None:
        self._store.update(change)
        if self._changes is not None:
            self._changes.notify(Change.PROVIDERS, provider_id=provider_id)

    # -- providers ------------------------------------------------------------

    def set_enabled(self, provider_id: str, enabled: bool) -> None:
        self.get(provider_id)
        self._change(lambda s: setattr(s.provider(provider_id), "enabled", bool(enabled)), provider_id)

    def set_order(self, provider_ids: list[str]) -> None:
        known = self.registry.ids()
        ordered = [p for p in provider_ids if p in known]
        ordered += [p for p in known if p not in ordered]
        self._change(lambda s: setattr(s, "provider_order", ordered))

    def add_custom(self, name: str, api_base: str, kind: str = "openai") -> Provider:
        name = name.strip()
        if not name:
            raise ValueError(translate("core.provider_config", "Give the provider a name."))
        api_base = validate_base_url(api_base)
        if kind not in dict(PROVIDER_KINDS):
            raise ValueError(translate("core.provider_config", "Unknown provider type '{kind}'.").format(kind=kind))
        # "proxy" names the proxy's password in the keychain: a provider of that id would share it.
        taken = set(self.registry.ids()) | {PROXY_PROVIDER}
        base_id = slug(name)
        provider_id, counter = base_id, 2
        while provider_id in taken:
            provider_id, counter = f"{base_id}-{counter}", counter + 1

        def change(s: Settings) -> None:
            s.custom_providers.append(CustomProvider(provider_id, name, api_base, kind))
            s.provider(provider_id).enabled = True
            s.provider(provider_id).models = []

        self._change(change, provider_id)
        return self.get(provider_id)

    def edit_custom(self, provider_id: str, *, name: str | None = None, api_base: str | None = None,
                    kind: str | None = None) -> Provider:
        if self.get(provider_id).builtin:
            raise ValueError(translate("core.provider_config", "Built-in providers cannot be renamed."))
        if api_base is not None:
            api_base = validate_base_url(api_base)
        if name is not None and not name.strip():
            raise ValueError(translate("core.provider_config", "Give the provider a name."))

        def change(s: Settings) -> None:
            for custom in s.custom_providers:
                if custom.id == provider_id:
                    if name is not None:
                        custom.name = name.strip()
                    if api_base is not None:
                        custom.api_base = api_base
                    if kind is not None:
                        custom.kind = kind

        self._change(change, provider_id)
        return self.get(provider_id)

    def remove_custom(self, provider_id: str) -> None:
        if self.get(provider_id).builtin:
            raise ValueError(
                translate("core.provider_config", "Built-in providers cannot be deleted; switch them off instead.")
            )

        def change(s: Settings) -> None:
            s.custom_providers = [c for c in s.custom_providers if c.id != provider_id]
            s.providers.pop(provider_id, None)
            s.provider_order = [p for p in s.provider_order if p != provider_id]
            if s.default_provider == provider_id:
                s.default_provider = "modelscope"

        self._change(change, provider_id)

    def set_api_base(self, provider_id: str, api_base: str | None) -> Provider:
        """Set the API host (validated), or ``None`` to go back to the default."""
        provider = self.get(provider_id)
        if api_base is not None:
            api_base = validate_base_url(api_base)
            if api_base == self.default_api_base(provider_id):
                api_base = None
        if not provider.builtin:
            if api_base is None:
                return provider
            return self.edit_custom(provider_id, api_base=api_base)
        self._change(lambda s: setattr(s.provider(provider_id), "api_base", api_base), provider_id)
        return self.get(provider_id)

    def set_region(self, provider_id: str, region: str) -> Provider:
        provider = self.get(provider_id)
        if region not in [key for key, _label, _url in provider.regions]:
            raise ValueError(
                translate("core.provider_config", "{provider} has no region '{region}'.").format(
                    provider=provider.name, region=region
                )
            )
        self._change(lambda s: setattr(s.provider(provider_id), "region", region), provider_id)
        return self.get(provider_id)

    # -- models -----------------------------------------------------------------

    def models(self, provider_id: str) -> list[ModelEntry]:
        return self.registry.models(provider_id)

    def first_chat_model(self, provider_id: str) -> str | None:
        for entry in self.models(provider_id):
            if entry.task in CHAT_TASKS:
                return entry.id
        return None

    def set_models(self, provider_id: str, models: Iterable[ModelEntry]) -> None:
        self.get(provider_id)
        unique: dict[str, ModelEntry] = {}
        for entry in models:
            unique.setdefault(entry.id, entry)
        self._change(lambda s: setattr(s.provider(provider_id), "models", list(unique.values())), provider_id)

    def add_models(self, provider_id: str, entries: Iterable[ModelEntry]) -> list[str]:
        """Add models not yet in the list; return the IDs actually added."""
        current = self.models(provider_id)
        have = {m.id for m in current}
        added = []
        for entry in entries:
            if entry.id not in have:
                current.append(entry)
                have.add(entry.id)
                added.append(entry.id)
        if added:
            self.set_models(provider_id, current)
        return added

    def update_model(self, provider_id: str, entry: ModelEntry) -> None:
        current = self.models(provider_id)
        if not any(m.id == entry.id for m in current):
            raise ValueError(translate("core.provider_config", "'{model}' is not in the list.").format(model=entry.id))
        self.set_models(provider_id, [entry if m.id == entry.id else m for m in current])

    def remove_models(self, provider_id: str, model_ids: Iterable[str]) -> None:
        drop = set(model_ids)
        self.set_models(provider_id, [m for m in self.models(provider_id) if m.id not in drop])

    def remove_group(self, provider_id: str, group: str) -> None:
        self.set_models(provider_id, [m for m in self.models(provider_id) if m.group != group])


__all__ = [
    "CAPABILITIES",
    "PROVIDER_KINDS",
    "TASKS",
    "provider_kind_choices",
    "task_choices",
    "ModelCandidate",
    "ProviderConfig",
    "UnknownProvider",
    "group_models",
    "merge_candidates",
    "model_entry",
    "parse_model_ids",
]
