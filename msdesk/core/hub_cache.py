"""The model library, offline-first: answers cached on disk, and a bundled snapshot.

``CachedHub`` asks the network first and keeps every answer on disk with the
time it was fetched. When the network fails it answers from the cache (even
a stale entry) and says so; with nothing cached it answers API-Inference
searches from the snapshot that ships with msdesk (the known API-Inference
model IDs), filtered locally. Callers always learn where an answer came from
and why, so a window can show "offline: showing saved results · Retry".
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msdesk.core.errors import BadResponse, MsdeskError, NetworkError, ServerError
from msdesk.core.hub import HubClient, HubModel, HubModelDetail, SearchPage, SearchQuery

log = logging.getLogger(__name__)

#: Part of every cache key: a new format (or a new meaning of a field) leaves old files unread.
CACHE_FORMAT = 2

SEARCH_TTL = 60 * 60  # an hour: the list of served models changes slowly
DETAIL_TTL = 24 * 60 * 60  # a day: model cards change rarely

#: Failures after which saved or bundled answers are better than nothing.
OFFLINE_ERRORS = (NetworkError, ServerError, BadResponse)


@dataclass(frozen=True)
class HubAnswer:
    """An answer and where it came from: "network", "cache" or "snapshot"."""

    value: Any
    source: str
    fetched_at: float | None = None
    error: MsdeskError | None = None  # set when the network failed and this is a fallback

    @property
    def offline(self) -> bool:
        return self.error is not None


def _model_to_json(model: HubModel) -> dict[str, Any]:
    return dataclasses.asdict(model)


def _model_from_json(data: dict[str, Any], cls: type[HubModel] = HubModel) -> HubModel:
    names = {f.name for f in dataclasses.fields(cls)}
    values = {k: v for k, v in data.items() if k in names}
    for key in ("tasks", "tags"):
        if key in values:
            values[key] = tuple(values[key] or ())
    return cls(**values)


def _page_to_json(page: SearchPage) -> dict[str, Any]:
    return {
        "total": page.total,
        "page": page.page,
        "page_size": page.page_size,
        "models": [_model_to_json(m) for m in page.models],
    }


def _page_from_json(data: dict[str, Any]) -> SearchPage:
    return SearchPage(
        total=int(data["total"]),
        page=int(data["page"]),
        page_size=int(data["page_size"]),
        models=tuple(_model_from_json(m) for m in data["models"]),
    )


class HubCache:
    """Search pages and model details as JSON files under the cache folder."""

    def __init__(self, folder: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.folder = Path(folder)
        self._clock = clock

    def _path(self, kind: str, hub_base: str, key: Any) -> Path:
        digest = hashlib.sha256(
            json.dumps([CACHE_FORMAT, hub_base, key], sort_keys=True, ensure_ascii=False).encode("utf-8")
        ).hexdigest()[:32]
        return self.folder / kind / f"{digest}.json"

    def _read(self, path: Path) -> tuple[float, Any] | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return float(data["fetched_at"]), data["value"]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("dropping an unreadable cache file %s", path.name)
            with contextlib.suppress(OSError):
                path.unlink()
            return None

    def _write(self, path: Path, value: Any) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"fetched_at": self._clock(), "value": value}, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(prefix=".cache-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            log.warning("could not write the cache file %s", path.name)

    def now(self) -> float:
        return self._clock()

    def age(self, fetched_at: float) -> float:
        return max(0.0, self._clock() - fetched_at)

    def get_search(self, hub_base: str, query: SearchQuery) -> tuple[float, SearchPage] | None:
        found = self._read(self._path("search", hub_base, query.body()))
        if found is None:
            return None
        try:
            return found[0], _page_from_json(found[1])
        except (KeyError, TypeError, ValueError):
            return None

    def put_search(self, hub_base: str, query: SearchQuery, page: SearchPage) -> None:
        self._write(self._path("search", hub_base, query.body()), _page_to_json(page))

    def get_detail(self, hub_base: str, model_id: str) -> tuple[float, HubModelDetail] | None:
        found = self._read(self._path("detail", hub_base, model_id))
        if found is None:
            return None
        try:
            detail = _model_from_json(found[1], HubModelDetail)
        except (KeyError, TypeError, ValueError):
            return None
        assert isinstance(detail, HubModelDetail)
        return found[0], detail

    def put_detail(self, hub_base: str, detail: HubModelDetail) -> None:
        self._write(self._path("detail", hub_base, detail.id), _model_to_json(detail))

    def get_gateway(self, key: str) -> tuple[float, list[str]] | None:
        """The model IDs a gateway listed (``key``: see ``msdesk.core.served.gateway_key``)."""
        found = self._read(self._path("gateway", key, "models"))
        if found is None or not isinstance(found[1], list):
            return None
        return found[0], [i for i in found[1] if isinstance(i, str)]

    def put_gateway(self, key: str, model_ids: list[str]) -> None:
        self._write(self._path("gateway", key, "models"), list(model_ids))


def snapshot_page(query: SearchQuery) -> SearchPage:
    """Answer an API-Inference search from the bundled list of known model IDs."""
    from msdesk.core.known_models import known_models

    text = query.text.strip().lower()
    models = [
        HubModel(id=m.id, owner=m.owner, name=m.name, tasks=(m.task,), api_inference=True)
        for m in known_models()
    ]
    if text:
        models = [m for m in models if text in m.id.lower()]
    if query.tasks:
        models = [m for m in models if set(m.tasks) & set(query.tasks)]
    if query.organizations:
        models = [m for m in models if m.owner in query.organizations]
    start = (max(1, query.page) - 1) * query.page_size
    return SearchPage(
        total=len(models),
        page=query.page,
        page_size=query.page_size,
        models=tuple(models[start:start + query.page_size]),
    )


class CachedHub:
    """``HubClient`` with a disk cache and the bundled snapshot behind it."""

    def __init__(
        self,
        client: HubClient,
        cache: HubCache,
        *,
        search_ttl: float = SEARCH_TTL,
        detail_ttl: float = DETAIL_TTL,
    ) -> None:
        self.client = client
        self.cache = cache
        self.search_ttl = search_ttl
        self.detail_ttl = detail_ttl

    @property
    def hub_base(self) -> str:
        return self.client.hub_base

    def cached_search(self, query: SearchQuery) -> HubAnswer | None:
        """What can be shown at once, before the network answers (cache, else snapshot)."""
        found = self.cache.get_search(self.hub_base, query)
        if found is not None:
            return HubAnswer(found[1], "cache", found[0])
        if query.api_inference:
            return HubAnswer(snapshot_page(query), "snapshot")
        return None

    async def search(self, query: SearchQuery, *, max_age: float | None = None) -> HubAnswer:
        """A fresh enough cached page, else the network; on failure the best fallback."""
        max_age = self.search_ttl if max_age is None else max_age
        found = self.cache.get_search(self.hub_base, query)
        if found is not None and self.cache.age(found[0]) <= max_age:
            return HubAnswer(found[1], "cache", found[0])
        try:
            page = await self.client.search(query)
        except OFFLINE_ERRORS as exc:
            if found is not None:
                return HubAnswer(found[1], "cache", found[0], error=exc)
            if query.api_inference:
                return HubAnswer(snapshot_page(query), "snapshot", error=exc)
            raise
        self.cache.put_search(self.hub_base, query, page)
        return HubAnswer(page, "network")

    async def model(self, model_id: str, *, max_age: float | None = None) -> HubAnswer:
        max_age = self.detail_ttl if max_age is None else max_age
        found = self.cache.get_detail(self.hub_base, model_id)
        if found is not None and self.cache.age(found[0]) <= max_age:
            return HubAnswer(found[1], "cache", found[0])
        try:
            detail = await self.client.model(model_id)
        except OFFLINE_ERRORS as exc:
            if found is not None:
                return HubAnswer(found[1], "cache", found[0], error=exc)
            raise
        self.cache.put_detail(self.hub_base, detail)
        return HubAnswer(detail, "network")
