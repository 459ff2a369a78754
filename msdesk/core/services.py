"""The service container both the desktop app and the command line stand on.

Created inside the running event loop (``await Services.open()``) and closed
with ``await services.aclose()`` before the loop stops.
"""

from __future__ import annotations

import asyncio
import logging
import os
import ssl
from collections.abc import Mapping

import httpx

from msdesk import __version__
from msdesk.core.errors import TokenMissing
from msdesk.core.history import ChatHistory
from msdesk.core.hub import HubClient
from msdesk.core.hub_cache import CachedHub, HubCache
from msdesk.core.inference import InferenceClient
from msdesk.core.paths import AppPaths
from msdesk.core.provider_config import ProviderConfig
from msdesk.core.providers import Provider, ProviderRegistry
from msdesk.core.quota import QuotaTracker
from msdesk.core.ratelimit import RateLimit
from msdesk.core.redact import register_secret
from msdesk.core.secret_store import SecretStore
from msdesk.core.settings import NetworkSettings, Settings, SettingsStore
from msdesk.core.stream_worker import StreamWorker
from msdesk.core.usage_ledger import USAGE_FILE, UsageLedger

log = logging.getLogger(__name__)

HISTORY_FILE = "history.sqlite3"


def make_http_client(
    network: NetworkSettings, *, ssl_context: ssl.SSLContext | None = None
) -> httpx.AsyncClient:
    """One AsyncClient per service container; call inside the running loop."""
    timeout = httpx.Timeout(
        connect=network.connect_timeout, read=network.read_timeout, write=30.0, pool=10.0
    )
    return httpx.AsyncClient(
        timeout=timeout,
        verify=ssl_context if ssl_context is not None else True,
        follow_redirects=True,
        headers={"User-Agent": f"msdesk/{__version__}"},
        limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
    )


class Services:
    def __init__(
        self,
        paths: AppPaths,
        settings_store: SettingsStore,
        secrets: SecretStore,
        http: httpx.AsyncClient,
        *,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.paths = paths
        self.settings_store = settings_store
        self.secrets = secrets
        self.http = http
        self.quota = QuotaTracker()
        self.env = os.environ if env is None else env
        self.warnings: list[str] = list(settings_store.warnings)
        self.keychain_warning = ""  # also in ``warnings``; the Settings page shows it in place
        self._history: ChatHistory | None = None
        self._stream_worker: StreamWorker | None = None
        self._usage: UsageLedger | None = None
        self.quota.subscribe(self._keep_headers)  # the last figures outlive the process
        self.ssl_context: ssl.SSLContext | None = None
        self._closed = False

    @classmethod
    async def open(
        cls,
        paths: AppPaths | None = None,
        *,
        secrets: SecretStore | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Services:
        # File reads, keyring's backend discovery and loading the CA bundle are slow
        # enough to freeze a window: they run in worker threads.
        paths = await asyncio.to_thread(lambda: (paths or AppPaths.default()).ensure())
        store = SettingsStore(paths.settings_file)
        await asyncio.to_thread(store.load)
        for warning in store.warnings:
            log.warning("%s", warning)
        if secrets is None:
            secrets = await asyncio.to_thread(SecretStore)
        info = await secrets.probe()
        ssl_context = await asyncio.to_thread(httpx.create_ssl_context)
        http = make_http_client(store.settings.network, ssl_context=ssl_context)
        services = cls(paths, store, secrets, http, env=env)
        services.ssl_context = ssl_context
        if not info.persistent:
            services.keychain_warning = (
                info.note or "No secure OS keychain is available: tokens are kept for this session only."
            )
            services.warnings.append(services.keychain_warning)
        return services

    @property
    def settings(self) -> Settings:
        return self.settings_store.settings

    @property
    def providers(self) -> ProviderRegistry:
        return ProviderRegistry(self.settings, self.env)

    @property
    def config(self) -> ProviderConfig:
        """Change providers and model lists (each change is saved at once)."""
        return ProviderConfig(self.settings_store, self.env)

    def provider(self, provider_id: str | None = None) -> Provider:
        registry = self.providers
        return registry.get(provider_id) if provider_id else registry.default()

    def hub(self, provider_id: str | None = None) -> HubClient:
        provider = self.provider(provider_id)
        if not provider.hub_base:
            provider = self.provider("modelscope")
        return HubClient(self.http, provider.hub_base or "https://modelscope.cn")

    def cached_hub(self, provider_id: str | None = None) -> CachedHub:
        """The model library with the disk cache and the bundled snapshot behind it."""
        return CachedHub(self.hub(provider_id), HubCache(self.paths.cache_dir / "hub"))

    async def inference(
        self,
        provider_id: str | None = None,
        *,
        label: str | None = None,
        token: str | None = None,
        require_token: bool = True,
    ) -> InferenceClient:
        """A client for a provider with the given token, a stored label, or the first stored token."""
        provider = self.provider(provider_id)
        token_label = label
        if token is None:
            labels = await self.secrets.labels(provider.id)
            if label is None and labels:
                token_label = labels[0]
            if token_label is not None:
                token = await self.secrets.get(provider.id, token_label)
                if token is None and label is not None:
                    raise TokenMissing(
                        f"No token labelled '{label}' is stored for {provider.name}. "
                        f"See 'msdesk token list --provider {provider.id}'."
                    )
        else:
            register_secret(token)
            token_label = label or "environment"
        if token is None and require_token:
            hint = f" Get one at {provider.links.token_page}." if provider.links.token_page else ""
            info = self.secrets.info
            keychain = "" if info.persistent else f" ({info.note})"
            raise TokenMissing(
                f"No token is stored for {provider.name}{keychain}. Add one with "
                f"'msdesk token set --provider {provider.id}' or in Settings.{hint}"
            )
        provider_id = provider.id

        def counted(model: str | None, kind: str) -> None:
            try:
                self.usage.record_call(provider_id, token_label, model, kind=kind)
            except Exception as exc:  # counting must never fail the call itself
                log.warning("could not count a call: %s", type(exc).__name__)

        return InferenceClient(
            self.http, provider, token, token_label=token_label, on_rate_limit=self.quota.record,
            on_call=counted,
        )

    @property
    def history(self) -> ChatHistory:
        """The chat history database, opened on first use (a few milliseconds)."""
        if self._history is None:
            self._history = ChatHistory.open(self.paths.data_dir / HISTORY_FILE)
            for warning in self._history.warnings:
                log.warning("%s", warning)
                self.warnings.append(warning)
        return self._history

    @property
    def usage(self) -> UsageLedger:
        """msdesk's own call counts per token and quota day, and the last quota figures (persisted)."""
        if self._usage is None:
            self._usage = UsageLedger.open(self.paths.data_dir / USAGE_FILE)
        return self._usage

    def _keep_headers(self, info: RateLimit) -> None:
        try:
            self.usage.record_headers(info)
        except Exception as exc:  # a full disk must not fail the call that brought them
            log.warning("could not keep the quota figures: %s", type(exc).__name__)

    @property
    def stream_worker(self) -> StreamWorker:
        """Reads long answer streams off the event loop's thread (see ``stream_worker``)."""
        if self._stream_worker is None:
            network, context = self.settings.network, self.ssl_context
            self._stream_worker = StreamWorker(lambda: make_http_client(network, ssl_context=context))
        return self._stream_worker

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._stream_worker is not None:
            await self._stream_worker.aclose()
        if self._history is not None:
            self._history.purge_deleted()
            self._history.close()
        if self._usage is not None:
            self._usage.close()
        await self.http.aclose()
        self.secrets.close()

    def __repr__(self) -> str:
        return f"Services(config={str(self.paths.config_dir)!r})"
