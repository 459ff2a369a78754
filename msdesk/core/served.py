"""Is this model served by API-Inference? The one answer the badge, the card and the filter share.

A model is served when any of these says so:

- the model library's own record: a non-empty ``SupportInference`` (what
  ModelScope's own clients read). The ``SupportApiInference`` flag is wrong
  for some models and is never used;
- the model library's API-Inference filter: a model a filtered search lists
  is served (``HubModel.api_inference`` is set when the page is read);
- where a token is stored, the gateway's own list (``GET /v1/models``): a
  model it lists is served. The list is kept on disk for a day, keyed by the
  provider and API host it came from.

``is_served`` is the only place that combines them; every view asks it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from msdesk.core.errors import MsdeskError

if TYPE_CHECKING:
    from msdesk.core.hub import HubModel
    from msdesk.core.hub_cache import HubCache
    from msdesk.core.providers import Provider

log = logging.getLogger(__name__)

#: How long the gateway's model list is trusted before it is asked again.
GATEWAY_TTL = 24 * 60 * 60


def hub_says_served(record: Mapping[str, Any]) -> bool:
    """A model library record's own answer: a non-empty ``SupportInference``."""
    value = record.get("SupportInference")
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


@dataclass(frozen=True)
class GatewayModels:
    """The model IDs one gateway lists (compared without regard to case)."""

    key: str = ""
    ids: frozenset[str] = frozenset()
    fetched_at: float | None = None

    @classmethod
    def of(cls, key: str, ids: Iterable[str], fetched_at: float | None = None) -> GatewayModels:
        return cls(key, frozenset(i.strip().casefold() for i in ids if isinstance(i, str) and i.strip()), fetched_at)

    def __contains__(self, model_id: object) -> bool:
        return isinstance(model_id, str) and model_id.casefold() in self.ids

    def __len__(self) -> int:
        return len(self.ids)


#: No gateway list (no token stored, or not asked yet).
NO_GATEWAY = GatewayModels()


def is_served(model: HubModel, gateway: GatewayModels = NO_GATEWAY) -> bool:
    """Whether API-Inference serves ``model``: the model library says so, or the gateway lists it."""
    return bool(model.api_inference) or model.id in gateway


def gateway_key(provider: Provider) -> str:
    """What a gateway list is derived from (and cached under): the provider and its API host."""
    return f"{provider.id} {provider.api_base}"


class GatewayCatalogue:
    """The gateway's model list for the provider whose model library is shown, kept a day on disk.

    ``provider`` names the provider to use, ``has_token`` says whether a token
    is stored for it and ``list_ids`` asks its gateway; ``for_services`` ties
    them to the services. Failures never reach the caller: the saved list (even
    an old one) is kept, else nothing is known.
    """

    def __init__(
        self,
        cache: HubCache,
        provider: Callable[[], Provider],
        has_token: Callable[[Provider], Any],
        list_ids: Callable[[Provider], Any],
        *,
        ttl: float = GATEWAY_TTL,
    ) -> None:
        self.cache = cache
        self._provider = provider
        self._has_token = has_token
        self._list_ids = list_ids
        self.ttl = ttl
        self.last_error: MsdeskError | None = None

    @classmethod
    def for_services(cls, services: Any, **kwargs: Any) -> GatewayCatalogue:
        """The catalogue of the provider whose model library ``services.cached_hub()`` shows."""
        from msdesk.core.hub_cache import HubCache

        def provider() -> Provider:
            chosen = services.provider()
            return chosen if chosen.hub_base else services.provider("modelscope")

        async def has_token(chosen: Provider) -> bool:
            return bool(await services.secrets.labels(chosen.id))

        async def list_ids(chosen: Provider) -> list[str]:
            client = await services.inference(chosen.id, require_token=False)
            return [model.id for model in await client.list_models()]

        return cls(HubCache(services.paths.cache_dir / "hub"), provider, has_token, list_ids, **kwargs)

    def saved(self) -> GatewayModels:
        """The saved list for the current provider and host, of any age (no network, no token check)."""
        try:
            key = gateway_key(self._provider())
        except MsdeskError:
            return NO_GATEWAY
        found = self.cache.get_gateway(key)
        if found is None:
            return NO_GATEWAY
        return GatewayModels.of(key, found[1], found[0])

    async def models(self, *, max_age: float | None = None) -> GatewayModels:
        """The gateway's list where a token is stored (saved within ``max_age``, else asked); else none."""
        max_age = self.ttl if max_age is None else max_age
        try:
            provider = self._provider()
        except MsdeskError as exc:
            self.last_error = exc
            return NO_GATEWAY
        try:
            if not await self._has_token(provider):
                return NO_GATEWAY
        except Exception as exc:  # an unreadable keychain: nothing is known, nothing breaks
            log.info("could not tell whether a token is stored: %s", type(exc).__name__)
            return NO_GATEWAY
        key = gateway_key(provider)
        found = self.cache.get_gateway(key)
        if found is not None and self.cache.age(found[0]) <= max_age:
            return GatewayModels.of(key, found[1], found[0])
        try:
            ids = list(await self._list_ids(provider))
        except MsdeskError as exc:
            self.last_error = exc
            log.info("the gateway's model list could not be read: %s", exc.message)
            return GatewayModels.of(key, found[1], found[0]) if found is not None else NO_GATEWAY
        self.last_error = None
        self.cache.put_gateway(key, ids)
        return GatewayModels.of(key, ids, self.cache.now())
