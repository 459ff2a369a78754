"""The ModelScope model library (the hub): search with the API-Inference filter, details.

Search is ``PUT /api/v1/dolphin/models`` (only PUT works), unauthenticated;
the search text goes in ``Name``. The API-Inference filter is the
``inference_type = 1`` single criterion. ``HubModel.api_inference`` is the
hub's own answer for one model (see ``msdesk.core.served``): a non-empty
``SupportInference``, or being listed by a filtered search. The
``SupportApiInference`` flag is known to be wrong for some models and is not
read. Model IDs are ``Path + "/" + Name``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

from msdesk.core.errors import (
    BadResponse,
    ModelNotServed,
    decode_json,
    error_from_response,
    network_error,
)
from msdesk.core.i18n import translate
from msdesk.core.known_models import is_model_id
from msdesk.core.served import hub_says_served

SORTS = {
    "default": "Default",
    "downloads": "DownloadsCount",
    "likes": "StarsCount",
    "updated": "GmtModified",
}


class ModelNotFound(ModelNotServed):
    """The model library has no model with this ID."""


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    api_inference: bool = True
    tasks: tuple[str, ...] = ()
    sort: str = "default"
    page: int = 1
    page_size: int = 30
    organizations: tuple[str, ...] = ()

    def body(self) -> dict[str, Any]:
        if self.sort not in SORTS:
            raise ValueError(
                translate("core.hub", "Unknown sort '{sort}'; use one of: {sorts}.").format(
                    sort=self.sort, sorts=", ".join(SORTS)
                )
            )
        criterion = []
        if self.tasks:
            criterion.append(
                {"category": "tasks", "predicate": "contains", "values": list(self.tasks), "sub_values": []}
            )
        if self.organizations:
            criterion.append(
                {"category": "organizations", "predicate": "contains",
                 "values": list(self.organizations), "sub_values": []}
            )
        single = []
        if self.api_inference:
            single.append(
                {"category": "inference_type", "DateType": "int", "predicate": "equal", "IntValue": 1}
            )
        return {
            "PageSize": max(1, int(self.page_size)),
            "PageNumber": max(1, int(self.page)),
            "SortBy": SORTS[self.sort],
            "Name": self.text.strip(),  # the search text (not ``Target``)
            "Criterion": criterion,
            "SingleCriterion": single,
        }


@dataclass(frozen=True)
class HubModel:
    id: str
    owner: str
    name: str
    chinese_name: str = ""
    tasks: tuple[str, ...] = ()
    downloads: int = 0
    likes: int = 0
    updated: int | None = None  # unix seconds
    license: str = ""
    tags: tuple[str, ...] = ()
    avatar: str = ""
    #: The model library says API-Inference serves it (ask ``msdesk.core.served.is_served``).
    api_inference: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "owner": self.owner,
            "name": self.name,
            "chinese_name": self.chinese_name,
            "tasks": list(self.tasks),
            "downloads": self.downloads,
            "likes": self.likes,
            "updated": self.updated,
            "api_inference": self.api_inference,
        }


@dataclass(frozen=True)
class HubModelDetail(HubModel):
    created: int | None = None
    readme: str = ""
    organization_name: str = ""

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        data.update(
            license=self.license,
            tags=list(self.tags),
            created=self.created,
            readme=self.readme,
        )
        return data


@dataclass(frozen=True)
class SearchPage:
    total: int
    page: int
    page_size: int
    models: tuple[HubModel, ...] = field(default_factory=tuple)

    @property
    def has_more(self) -> bool:
        return self.page * self.page_size < self.total

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "page": self.page, "models": [m.to_json() for m in self.models]}


_MAX_COUNT = 10**15


def _int(value: Any) -> int:
    """A count from the hub; junk, negatives, NaN and infinities become 0."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return 0
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0
    if isinstance(value, float) and not math.isfinite(value):
        return 0
    return int(value) if 0 <= value <= _MAX_COUNT else 0


def _opt_time(value: Any) -> int | None:
    """Unix seconds (milliseconds are understood); implausible values become None."""
    number = _int(value)
    if number > 10**11:
        number //= 1000
    # Between 2000-01-01 and 2200-01-01.
    return number if 946_684_800 <= number <= 7_258_118_400 else None


def _str(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _tasks(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    names = []
    for task in value:
        if isinstance(task, dict) and _str(task.get("Name")):
            names.append(_str(task["Name"]))
        elif isinstance(task, str) and task:
            names.append(task)
    return tuple(names)


def _fields(data: dict[str, Any], *, api_inference: bool | None) -> dict[str, Any]:
    owner = _str(data.get("Path"))
    name = _str(data.get("Name"))
    org = data.get("Organization") if isinstance(data.get("Organization"), dict) else {}
    tags = data.get("Tags")
    flag = hub_says_served(data) or bool(api_inference)
    return {
        "id": f"{owner}/{name}",
        "owner": owner,
        "name": name,
        "chinese_name": _str(data.get("ChineseName")),
        "tasks": _tasks(data.get("Tasks")),
        "downloads": _int(data.get("Downloads")),
        "likes": _int(data.get("Stars") if "Stars" in data else data.get("Likes")),
        "updated": _opt_time(data.get("LastUpdatedTime")),
        "license": _str(data.get("License")),
        "tags": tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
        "avatar": _str(org.get("Avatar")) or _str(data.get("Avatar")),
        "api_inference": flag,
    }


def parse_model(data: Any, *, api_inference: bool | None = None) -> HubModel | None:
    """One model of a search answer, or ``None`` if it has no usable ID.

    ``api_inference=True``: the model was listed by a search with the API-Inference filter.
    """
    if not isinstance(data, dict):
        return None
    values = _fields(data, api_inference=api_inference)
    if not values["owner"] or not values["name"]:
        return None
    return HubModel(**values)


def parse_search(data: Any, query: SearchQuery) -> SearchPage:
    if not isinstance(data, dict):
        raise BadResponse(translate("core.hub", "The model library answered with something that is not a JSON object."))
    if data.get("Success") is False or (isinstance(data.get("Code"), int) and data["Code"] >= 400):
        message = _str(data.get("Message")) or translate("core.hub", "no reason given")
        raise BadResponse(translate("core.hub", "The model library refused the search: {reason}.").format(reason=message))
    payload = data.get("Data") if isinstance(data.get("Data"), dict) else {}
    block = payload.get("Model") if isinstance(payload.get("Model"), dict) else payload
    raw_models = block.get("Models") if isinstance(block, dict) else None
    if raw_models is None:
        raw_models = []
    if not isinstance(raw_models, list):
        raise BadResponse(translate("core.hub", "The model library answered without a list of models."))
    flag = True if query.api_inference else None
    models = tuple(m for m in (parse_model(item, api_inference=flag) for item in raw_models) if m)
    total = _int(block.get("TotalCount")) if isinstance(block, dict) else 0
    return SearchPage(total=max(total, len(models)), page=query.page, page_size=query.page_size, models=models)


def parse_detail(data: Any) -> HubModelDetail:
    if not isinstance(data, dict):
        raise BadResponse(translate("core.hub", "The model library answered with something that is not a JSON object."))
    payload = data.get("Data")
    if not isinstance(payload, dict):
        message = _str(data.get("Message")) or translate("core.hub", "no details")
        raise BadResponse(
            translate("core.hub", "The model library answered without model details ({reason}).").format(reason=message)
        )
    values = _fields(payload, api_inference=None)
    org = payload.get("Organization") if isinstance(payload.get("Organization"), dict) else {}
    return HubModelDetail(
        **values,
        created=_opt_time(payload.get("CreatedTime")),
        readme=payload.get("ReadMeContent") if isinstance(payload.get("ReadMeContent"), str) else "",
        organization_name=_str(org.get("FullName")) or _str(org.get("Name")),
    )


class HubClient:
    """The model library's search and detail calls."""

    def __init__(self, http: httpx.AsyncClient, hub_base: str, *, name: str | None = None) -> None:
        self._http = http
        self.hub_base = hub_base.rstrip("/")
        self.name = name or translate("core.hub", "the ModelScope model library")

    def __repr__(self) -> str:
        return f"HubClient({self.hub_base!r})"

    def model_page_url(self, model_id: str) -> str:
        return f"{self.hub_base}/models/{model_id}"

    async def _request(self, method: str, path: str, **kwargs: Any) -> tuple[httpx.Response, bytes]:
        url = f"{self.hub_base}{path}"
        try:
            response = await self._http.request(method, url, **kwargs)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise network_error(exc, what=self.name) from None
        return response, response.content

    def _json(self, response: httpx.Response, body: bytes) -> Any:
        return decode_json(
            response, body, what=self.name, fix=translate("core.hub", "Check the hub address or try again later.")
        )

    async def search(self, query: SearchQuery | None = None) -> SearchPage:
        query = query or SearchQuery()
        response, body = await self._request("PUT", "/api/v1/dolphin/models", json=query.body())
        if response.status_code >= 400:
            raise error_from_response(response, body, provider_name=self.name)
        return parse_search(self._json(response, body), query)

    async def model(self, model_id: str) -> HubModelDetail:
        model_id = model_id.strip()
        if not is_model_id(model_id):
            raise ValueError(
                translate("core.hub", "'{model}' is not a model ID; a model ID looks like owner/name.").format(model=model_id)
            )
        owner, name = model_id.split("/", 1)
        path = f"/api/v1/models/{quote(owner, safe='')}/{quote(name, safe='')}"
        response, body = await self._request("GET", path)
        if response.status_code == 404:
            raise ModelNotFound(
                translate("core.hub", "The model library has no model '{model}'. Check the ID (owner/name).").format(
                    model=model_id
                ),
                status=404,
            )
        if response.status_code >= 400:
            raise error_from_response(response, body, provider_name=self.name)
        data = self._json(response, body)
        if isinstance(data, dict) and data.get("Success") is False:
            raise ModelNotFound(
                translate("core.hub", "The model library has no model '{model}' ({reason}).").format(
                    model=model_id, reason=_str(data.get("Message")) or translate("core.hub", "not found")
                ),
                status=response.status_code,
            )
        detail = parse_detail(data)
        if not detail.readme:
            readme = await self._readme(owner, name)
            if readme:
                values = asdict(detail)
                values["readme"] = readme
                values["tasks"] = detail.tasks
                values["tags"] = detail.tags
                detail = HubModelDetail(**values)
        return detail

    async def _readme(self, owner: str, name: str) -> str:
        path = f"/api/v1/models/{quote(owner, safe='')}/{quote(name, safe='')}/repo"
        try:
            response, body = await self._request(
                "GET", path, params={"Revision": "master", "FilePath": "README.md"}
            )
        except Exception:
            return ""
        if response.status_code != 200:
            return ""
        return body.decode("utf-8", errors="replace")
