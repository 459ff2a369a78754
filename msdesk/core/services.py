"""The service container both the desktop app and the command line stand on.

Created inside the running event loop (``await Services.open()``) and closed
with ``await services.aclose()`` before the loop stops.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import os
import sqlite3
import ssl
import time
from collections.abc import Mapping

import httpx

from msdesk.core.changes import Change, Changes
from msdesk.core.errors import BadConfiguration, TokenMissing
from msdesk.core.failover import Failover
from msdesk.core.history import ChatHistory, HistoryUnavailable, HistoryWriter
from msdesk.core.hub import HubClient
from msdesk.core.hub_cache import CachedHub, HubCache
from msdesk.core.i18n import translate
from msdesk.core.inference import InferenceClient
from msdesk.core.network import (
    Credentials,
    NetworkClient,
    NetworkConfig,
    build_client,
    create_ssl_context,
    proxy_credentials,
    proxy_for,
)
from msdesk.core.paths import AppPaths
from msdesk.core.provider_config import ProviderConfig
from msdesk.core.providers import Provider, ProviderRegistry
from msdesk.core.quota import USAGE_FILE, QuotaStore
from msdesk.core.ratelimit import RateLimit
from msdesk.core.redact import register_secret
from msdesk.core.secret_store import SecretStore, SecretStoreError
from msdesk.core.settings import NetworkSettings, Settings, SettingsStore
from msdesk.core.tokens import TokenService

log = logging.getLogger(__name__)

HISTORY_FILE = "history.sqlite3"


SETTINGS_FLUSH_TIMEOUT_S = 10.0


class Services:
    def __init__(
        self,
        paths: AppPaths,
        settings_store: SettingsStore,
        secrets: SecretStore,
        http: httpx.AsyncClient | None = None,
        *,
        env: Mapping[str, str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        proxy_credentials: Credentials | None = None,
    ) -> None:
        """``http=None`` builds a ``NetworkClient`` that follows ``apply_network``."""
        self.paths = paths
        self.settings_store = settings_store
        self.secrets = secrets
        self.ssl_context = ssl_context
        self._network = NetworkConfig.of(settings_store.settings.network, proxy_credentials, ssl_context)
        self.http = http if http is not None else NetworkClient(self._network_config, build_client)
        #: The one notice of change to the views (see ``changes``).
        self.changes = Changes()
        #: Store, rename and delete tokens (checked once, each change announced on ``changes``).
        self.tokens = TokenService(secrets, self.changes, on_stored=lambda *seen: self.quota.saw(*seen))
        self.env = os.environ if env is None else env
        self.warnings: list[str] = list(settings_store.warnings)
        #: The warnings about msdesk's own files (settings, history, usage): also in ``warnings``.
        self.file_warnings: list[str] = list(settings_store.warnings)
        self._files_checked = False  # check_data_files ran at open: no second quick_check
        self.keychain_warning = ""  # also in ``warnings``; the Settings page shows it in place
        self._history: ChatHistory | None = None
        self._history_writes: HistoryWriter | None = None
        self._quota: QuotaStore | None = None
        self._failover: Failover | None = None
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
        ssl_context = await asyncio.to_thread(create_ssl_context)
        network = store.settings.network
        credentials, problem = None, ""
        try:
            proxy_for(network, None)  # a custom proxy that cannot work is said at once
            if network.proxy_mode == "custom":
                credentials = await proxy_credentials(secrets)
        except BadConfiguration as exc:
            problem = translate("core.services", "{problem} Until then, every request fails.").format(problem=exc.message)
        except SecretStoreError as exc:
            problem = translate(
                "core.services", "The proxy's user name and password could not be read from the keychain: {reason}"
            ).format(reason=exc)
        services = cls(paths, store, secrets, env=env, ssl_context=ssl_context, proxy_credentials=credentials)
        # A damaged history or usage file is found (and repaired) now, so its warning
        # comes with the others at start-up, not later in the log only.
        for warning in await asyncio.to_thread(check_data_files, paths):
            log.warning("%s", warning)
            services.warnings.append(warning)
            services.file_warnings.append(warning)
        services._files_checked = True  # opened later without reading every page again
        if problem:
            log.warning("%s", problem)
            services.warnings.append(problem)
        if not info.persistent:
            services.keychain_warning = (
                info.note
                or translate("core.services", "No secure OS keychain is available: tokens are kept for this session only.")
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
        return ProviderConfig(self.settings_store, self.env, self.changes)

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
                        translate(
                            "core.services", "No token labelled '{label}' is stored for {provider}. See '{command}'."
                        ).format(label=label, provider=provider.name, command=f"msdesk token list --provider {provider.id}")
                    )
        else:
            register_secret(token)
            token_label = label or "environment"
        if token is None and require_token:
            info = self.secrets.info
            # The keychain's note in brackets after the provider's name (the language's brackets).
            keychain = "" if info.persistent else translate("core.services", " ({note})").format(note=info.note)
            command = f"msdesk token set --provider {provider.id}"
            if provider.links.token_page:
                missing = translate(
                    "core.services",
                    "No token is stored for {provider}{keychain}. Add one with '{command}' or in Settings. "
                    "Get one at {url}.",
                )
            else:
                missing = translate(
                    "core.services", "No token is stored for {provider}{keychain}. Add one with '{command}' or in Settings."
                )
            raise TokenMissing(
                missing.format(
                    provider=provider.name, keychain=keychain, command=command, url=provider.links.token_page
                )
            )
        provider_id = provider.id
        secret = token  # the closures keep this token: its fingerprint keys the figures

        def counted(model: str | None, kind: str) -> None:
            try:
                self.quota.record_call(provider_id, secret, model, token_label=token_label, kind=kind)
            except Exception as exc:  # counting must never fail the call itself
                log.warning("could not count a call: %s", type(exc).__name__)

        def figures(info: RateLimit) -> None:
            try:
                self.quota.record_figures(info, secret)
            except Exception as exc:  # a full disk must not fail the call that brought them
                log.warning("could not keep the quota figures: %s", type(exc).__name__)

        return InferenceClient(
            self.http, provider, token, token_label=token_label, on_rate_limit=figures, on_call=counted,
        )

    @property
    def history(self) -> ChatHistory:
        """The chat history database, opened on first use (a few milliseconds)."""
        if self._history is None:
            self._history = ChatHistory.open(self.paths.data_dir / HISTORY_FILE, check=not self._files_checked)
            for warning in self._history.warnings:
                log.warning("%s", warning)
                self.warnings.append(warning)
                self.file_warnings.append(warning)
            self._history.on_repaired = self._repaired
        return self._history

    def _repaired(self, warning: str) -> None:
        """A read found the history damaged and repaired it: kept with the other warnings."""
        if warning not in self.warnings:
            self.warnings.append(warning)
            self.file_warnings.append(warning)

    @property
    def history_writes(self) -> HistoryWriter:
        """Writes to the chat history, on a thread of their own; each ends in a notice of change."""
        if self._history_writes is None:
            history = self.history  # opened (and repaired) first, on this thread

            def written(conversation_id: int | None) -> None:
                self.changes.notify(Change.CONVERSATIONS, conversation_id=conversation_id)

            self._history_writes = HistoryWriter(history.path, on_written=written)
            self._history_writes.on_repaired = self._repaired
        return self._history_writes

    @property
    def quota(self) -> QuotaStore:
        """The one quota store: call counts, last figures and spent marks per token (opened on first use)."""
        if self._quota is None:
            self._quota = QuotaStore.open(
                self.paths.data_dir / USAGE_FILE, changes=self.changes, check=not self._files_checked
            )
        return self._quota

    @property
    def failover(self) -> Failover:
        """Starts answers with a token that has calls left (see ``msdesk.core.failover``)."""
        if self._failover is None:
            self._failover = Failover(
                self.secrets, self.quota, self.provider, self.inference,
                lambda model: self.settings.fallback_for(model),
            )
        return self._failover

    # -- network ------------------------------------------------------------------

    def _network_config(self) -> NetworkConfig:
        return self._network  # replaced whole, never changed in place

    @property
    def network_config(self) -> NetworkConfig:
        """The network settings the HTTP clients follow (credentials are not in its repr)."""
        return self._network

    async def _network_for(self, network: NetworkSettings | None) -> tuple[NetworkSettings, Credentials | None]:
        network = copy.deepcopy(network if network is not None else self.settings.network)
        proxy_for(network, None)  # BadConfiguration before anything changes
        credentials = await proxy_credentials(self.secrets) if network.proxy_mode == "custom" else None
        return network, credentials

    async def apply_network(self, network: NetworkSettings | None = None) -> None:
        """Make every HTTP client follow ``network`` (default: the saved settings).

        Requests in flight finish on the client they started on, which is closed
        after the last one ends; the next requests use the new settings.
        ``BadConfiguration`` for a proxy
        URL that cannot work, and nothing changes then.
        """
        network, credentials = await self._network_for(network)
        generation = self._network.generation + 1
        self._network = NetworkConfig.of(network, credentials, self.ssl_context, generation)
        if isinstance(self.http, NetworkClient):
            self.http.refresh()

    async def check_network(self, network: NetworkSettings | None = None) -> float:
        """One GET of the default provider's model list through ``network``; the seconds it took.

        Needs no token and costs no quota. Uses a fresh client, so the proxy is really tried.
        """
        network, credentials = await self._network_for(network)
        config = NetworkConfig.of(network, credentials, self.ssl_context, -1)
        client = NetworkClient(lambda: config, build_client)
        try:
            started = time.perf_counter()
            await InferenceClient(client, self.provider(), None).list_models()
            return time.perf_counter() - started
        finally:
            await client.aclose()

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._history_writes is not None:
            await self._history_writes.aclose()
        if self._history is not None:
            self._history.purge_deleted()
            self._history.close()
        if self._quota is not None:
            self._quota.close()
        await self.http.aclose()
        self.secrets.close()
        await self._flush_settings()

    async def _flush_settings(self) -> None:
        """The last saves reach the disk before the process may end (the command line's exit)."""
        try:
            if self.settings_store.writing:
                await asyncio.to_thread(self.settings_store.flush, SETTINGS_FLUSH_TIMEOUT_S)
            else:
                self.settings_store.flush()  # nothing under way: says only if a write failed
        except Exception as exc:
            log.warning(
                "the last settings were not saved: %s",
                getattr(exc, "strerror", None) or type(exc).__name__,
            )

    def __repr__(self) -> str:
        return f"Services(config={str(self.paths.config_dir)!r})"


def check_data_files(paths: AppPaths) -> list[str]:
    """Open the history and usage files once, repairing what is damaged; what the user must hear.

    A file that cannot be opened at all is left to the first real use, which says why.
    """
    found: list[str] = []
    try:
        history = ChatHistory.open(paths.data_dir / HISTORY_FILE)
    except HistoryUnavailable:
        pass
    else:
        found.extend(history.warnings)
        history.close()
    try:
        usage = QuotaStore.open(paths.data_dir / USAGE_FILE)
    except (OSError, sqlite3.Error) as exc:
        log.warning("could not open the usage file: %s", type(exc).__name__)
    else:
        found.extend(usage.warnings)
        usage.close()
    return found
