"""The providers msdesk talks to: built-in ones and user-defined ones.

A provider is an OpenAI-compatible API base plus, for ModelScope, a hub (the
model library). Built-ins: ModelScope (China, the default), ModelScope
International and Alibaba Cloud Bailian (DashScope compatible mode, by
region). Users add any other OpenAI-compatible service.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from msdesk.core.errors import BadConfiguration
from msdesk.core.i18n import translate
from msdesk.core.known_models import guess_task, lookup
from msdesk.core.settings import ModelEntry, Settings

MODELSCOPE = "modelscope"
MODELSCOPE_INTL = "modelscope-intl"
BAILIAN = "bailian"


class UnknownProvider(BadConfiguration):
    """No provider has this ID."""


@dataclass(frozen=True)
class ProviderLinks:
    token_page: str = ""
    docs: str = ""
    models: str = ""
    usage: str = ""


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    api_base: str
    kind: str = "openai"  # "modelscope" speaks the ModelScope dialect (quota headers, hub)
    hub_base: str | None = None
    links: ProviderLinks = field(default_factory=ProviderLinks)
    default_models: tuple[ModelEntry, ...] = ()
    builtin: bool = False
    enabled: bool = True
    regions: tuple[tuple[str, str, str], ...] = ()  # (key, label, api_base)
    region: str | None = None
    token_prefix: str = ""
    token_help: str = ""

    @property
    def chat_url(self) -> str:
        return chat_url(self.api_base)

    @property
    def is_modelscope(self) -> bool:
        return self.kind == "modelscope"


#: Endpoint paths a ``#`` API host may end with; the other calls go to what is left before them.
ENDPOINT_PATHS = ("chat/completions", "completions", "embeddings", "images/generations", "models")


def api_root(api_base: str) -> str:
    """The base the other endpoints hang from (``/models``, ``/embeddings``, images, tasks).

    For a ``#`` API host ("use this URL as it is", e.g.
    ``https://host/v1/chat/completions#``) that is the URL without the ``#``
    and without a known endpoint path at its end (``https://host/v1``).
    """
    if not api_base.endswith("#"):
        return api_base.rstrip("/")
    url = api_base[:-1].rstrip("/")
    for path in ENDPOINT_PATHS:
        if url.endswith("/" + path):
            return url[: -len(path) - 1]
    return url


def endpoint(api_base: str, path: str) -> str:
    """Join an API base and an endpoint path (``https://x/v1/`` + ``models``); see ``api_root``."""
    return f"{api_root(api_base)}/{path.lstrip('/')}"


def chat_url(api_base: str) -> str:
    """The chat completions URL for an API host.

    A trailing ``#`` means "use this URL exactly as written" (for chat; the
    other calls go to ``api_root``).
    """
    if api_base.endswith("#"):
        return api_base[:-1]
    return endpoint(api_base, "chat/completions")


def validate_base_url(url: str) -> str:
    """Return a cleaned http(s) URL or raise ``ValueError`` with a clear reason."""
    cleaned = url.strip()
    try:
        parts = urlsplit(cleaned.rstrip("#"))
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise ValueError(translate("core.providers", "The API host is not a valid URL ({reason})").format(reason=exc)) from None
    if parts.scheme not in ("http", "https"):
        raise ValueError(translate("core.providers", "The API host must start with http:// or https://"))
    if not parts.hostname:
        raise ValueError(translate("core.providers", "The API host has no server name"))
    if any(ch.isspace() for ch in cleaned):
        raise ValueError(translate("core.providers", "The API host cannot contain spaces"))
    return cleaned


def is_insecure_remote(url: str) -> bool:
    """True for plain http to anything but this machine: tokens would travel unencrypted."""
    try:
        parts = urlsplit(url.rstrip("#"))
        host = (parts.hostname or "").lower()
    except ValueError:
        return False  # not a URL at all: sending fails with its own clear error
    return parts.scheme == "http" and not is_loopback_host(host)


def is_loopback_host(host: str) -> bool:
    """True only for ``localhost`` and a loopback IP address (``127.0.0.1``, ``::1``); never a name
    that merely starts with ``127.`` (``127.attacker.example`` is somebody else's machine)."""
    host = host.strip().lower().removeprefix("[").removesuffix("]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _entry(model_id: str, name: str | None = None, task: str | None = None) -> ModelEntry:
    known = lookup(model_id)
    return ModelEntry(
        id=model_id,
        name=name or model_id.split("/")[-1],
        task=task or (known.task if known else guess_task(model_id)),
        group=model_id.split("/")[0] if "/" in model_id else "",
    )


_MODELSCOPE_MODELS = (
    "Qwen/Qwen3-32B",
    "Qwen/Qwen3-235B-A22B-Instruct-2507",
    "Qwen/Qwen3-Coder-480B-A35B-Instruct",
    "deepseek-ai/DeepSeek-V3.2",
    "deepseek-ai/DeepSeek-R1-0528",
    "ZhipuAI/GLM-4.6",
    "moonshotai/Kimi-K2-Instruct-0905",
    "Qwen/Qwen3-VL-235B-A22B-Instruct",
    "Qwen/Qwen-Image",
    "Qwen/Qwen3-Embedding-8B",
)

def _bailian_regions() -> tuple[tuple[str, str, str], ...]:
    """Bailian's regions: (key, name in the user's language, API host)."""
    return (
        ("beijing", translate("core.providers", "China (Beijing)"), "https://dashscope.aliyuncs.com/compatible-mode/v1"),
        (
            "singapore",
            translate("core.providers", "International (Singapore)"),
            "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
        ),
        ("us", translate("core.providers", "US (Virginia)"), "https://dashscope-us.aliyuncs.com/compatible-mode/v1"),
    )

_BAILIAN_MODELS = (
    ModelEntry("qwen-plus", "Qwen Plus", "text-generation", "qwen"),
    ModelEntry("qwen-max", "Qwen Max", "text-generation", "qwen"),
    ModelEntry("qwen-turbo", "Qwen Turbo", "text-generation", "qwen"),
    ModelEntry("qwen-vl-plus", "Qwen VL Plus", "image-text-to-text", "qwen"),
    ModelEntry("deepseek-r1", "DeepSeek R1", "text-generation", "deepseek"),
    ModelEntry("deepseek-v3", "DeepSeek V3", "text-generation", "deepseek"),
    ModelEntry("text-embedding-v3", "Text Embedding v3", "sentence-embedding", "text-embedding"),
)


def builtin_providers(env: Mapping[str, str] | None = None) -> list[Provider]:
    """The built-in providers, with ``MSDESK_API_BASE``/``MSDESK_HUB_BASE`` applied."""
    env = os.environ if env is None else env
    modelscope_models = tuple(_entry(m) for m in _MODELSCOPE_MODELS)
    bailian_regions = _bailian_regions()
    return [
        Provider(
            id=MODELSCOPE,
            name="ModelScope",
            kind="modelscope",
            api_base=env.get("MSDESK_API_BASE") or "https://api-inference.modelscope.cn/v1/",
            hub_base=env.get("MSDESK_HUB_BASE") or "https://modelscope.cn",
            links=ProviderLinks(
                token_page="https://modelscope.cn/my/myaccesstoken",
                docs="https://modelscope.cn/docs/model-service/API-Inference/intro",
                models="https://modelscope.cn/models?filter=inference_type",
                usage="https://modelscope.cn/docs/model-service/API-Inference/limits",
            ),
            default_models=modelscope_models,
            builtin=True,
            token_prefix="ms-",
            token_help=translate(
                "core.providers", "An access token from {site} → Account settings → Access tokens."
            ).format(site="modelscope.cn"),
        ),
        Provider(
            id=MODELSCOPE_INTL,
            name=translate("core.providers", "ModelScope International"),
            kind="modelscope",
            api_base="https://api-inference.modelscope.ai/v1/",
            hub_base="https://www.modelscope.ai",
            links=ProviderLinks(
                token_page="https://www.modelscope.ai/my/myaccesstoken",
                docs="https://www.modelscope.ai/docs/model-service/API-Inference/intro",
                models="https://www.modelscope.ai/models?filter=inference_type",
                usage="https://www.modelscope.ai/docs/model-service/API-Inference/limits",
            ),
            default_models=modelscope_models,
            builtin=True,
            enabled=False,
            token_prefix="ms-",
            token_help=translate(
                "core.providers", "An access token from {site} → Account settings → Access tokens."
            ).format(site="modelscope.ai"),
        ),
        Provider(
            id=BAILIAN,
            name=translate("core.providers", "Alibaba Cloud Bailian"),
            kind="openai",
            api_base=bailian_regions[0][2],
            links=ProviderLinks(
                token_page="https://bailian.console.aliyun.com/?tab=model#/api-key",
                docs="https://help.aliyun.com/zh/model-studio/compatibility-of-openai-with-dashscope",
                models="https://bailian.console.aliyun.com/?tab=model#/model-market",
                usage="https://bailian.console.aliyun.com/?tab=model#/model-usage",
            ),
            default_models=_BAILIAN_MODELS,
            builtin=True,
            enabled=False,
            regions=bailian_regions,
            region=bailian_regions[0][0],
            token_prefix="sk-",
            token_help=translate(
                "core.providers", "An API key from the Alibaba Cloud Bailian console (paid, its own quota)."
            ),
        ),
    ]


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """A provider ID from a display name: ``My Server`` → ``my-server``."""
    return _SLUG_RE.sub("-", name.lower()).strip("-") or "custom"


class ProviderRegistry:
    """Built-in providers merged with the user's settings and custom providers."""

    def __init__(self, settings: Settings, env: Mapping[str, str] | None = None) -> None:
        self._settings = settings
        self._env = os.environ if env is None else env

    def all(self) -> list[Provider]:
        providers: list[Provider] = []
        for base in builtin_providers(self._env):
            providers.append(self._apply(base))
        for custom in self._settings.custom_providers:
            base = Provider(
                id=custom.id,
                name=custom.name,
                api_base=custom.api_base,
                kind=custom.kind if custom.kind in ("openai", "modelscope") else "openai",
            )
            providers.append(self._apply(base))
        order = {pid: index for index, pid in enumerate(self._settings.provider_order)}
        providers.sort(key=lambda p: order.get(p.id, len(order)))
        return providers

    def ids(self) -> list[str]:
        return [p.id for p in self.all()]

    def get(self, provider_id: str) -> Provider:
        for provider in self.all():
            if provider.id == provider_id:
                return provider
        known = ", ".join(self.ids())
        raise UnknownProvider(
            translate("core.providers", "Unknown provider '{provider}'. Known providers: {known}.").format(
                provider=provider_id, known=known
            )
        )

    def default(self) -> Provider:
        try:
            return self.get(self._settings.default_provider)
        except UnknownProvider:
            return self.get(MODELSCOPE)

    def models(self, provider_id: str) -> list[ModelEntry]:
        """The user's model list for a provider, or the built-in defaults."""
        provider = self.get(provider_id)
        configured = self._settings.providers.get(provider_id)
        if configured and configured.models is not None:
            return list(configured.models)
        return list(provider.default_models)

    def _apply(self, base: Provider) -> Provider:
        overrides = self._settings.providers.get(base.id)
        if overrides is None:
            return base
        changes: dict[str, object] = {}
        if overrides.enabled is not None:
            changes["enabled"] = overrides.enabled
        if overrides.region and base.regions:
            for key, _label, url in base.regions:
                if key == overrides.region:
                    changes["region"] = key
                    changes["api_base"] = url
        # An environment override is for tests and portable use: it beats the settings file.
        env_pinned = base.id == MODELSCOPE and self._env.get("MSDESK_API_BASE")
        if overrides.api_base and not env_pinned:
            changes["api_base"] = overrides.api_base
        hub_pinned = base.id == MODELSCOPE and self._env.get("MSDESK_HUB_BASE")
        if overrides.hub_base and not hub_pinned:
            changes["hub_base"] = overrides.hub_base
        return replace(base, **changes) if changes else base
