"""ModelScope's credit balance and what a call of a model costs, where the hub answers.

ModelScope is reported (unconfirmed) to meter free API-Inference in credits
("magic grains"): a daily grant, each call costing 1-2 by model tier. Two
calls on the hub say so, when they answer:

- ``GET {hub}/openapi/v1/magicubes/balance`` with the Bearer token:
  ``total_balance``, ``available_balance``, ``frozen_amount``;
- ``GET {hub}/api/v1/inference/list_model_providers?ModelId=owner/name``:
  ``EstimatedMagicGrainCost`` and ``CostTier``.

Neither shape is confirmed, so both are read tolerantly (the fields anywhere
in the answer, any spelling of their case and underscores), and any failure
(no such endpoint, an error, another shape) is simply "no answer": the
views then show nothing about credits.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import httpx

from msdesk.core.i18n import translate

log = logging.getLogger(__name__)

BALANCE_PATH = "/openapi/v1/magicubes/balance"
COST_PATH = "/api/v1/inference/list_model_providers"
_TIMEOUT = 10.0


@dataclass(frozen=True)
class CreditBalance:
    """The token's credit balance as the hub said."""

    available: float
    total: float | None = None
    frozen: float | None = None

    def summary(self) -> str:
        """'230 of 250 credits left' (or '230 credits left' without a total)."""
        if self.total is not None:
            return translate("core.credits", "{available} of {total} credits left").format(
                available=_number(self.available), total=_number(self.total))
        return translate("core.credits", "{available} credits left").format(available=_number(self.available))


@dataclass(frozen=True)
class ModelCost:
    """What one call of a model costs in credits, as the hub said."""

    model: str
    cost: float | None
    tier: str | None = None

    def summary(self) -> str:
        """'a call of Qwen/Qwen3-32B costs 1 credit (tier basic)'."""
        if self.cost is None:
            if not self.tier:
                return ""
            return translate("core.credits", "a call of {model} is in cost tier {tier}").format(
                model=self.model, tier=self.tier)
        if not float(self.cost).is_integer():
            if self.tier:
                text = translate("core.credits", "a call of {model} costs {cost} credits (tier {tier})")
            else:
                text = translate("core.credits", "a call of {model} costs {cost} credits")
            return text.format(model=self.model, cost=_number(self.cost), tier=self.tier)
        count = int(self.cost)
        if self.tier:
            text = translate("core.credits", "a call of {model} costs %n credit(s) (tier {tier})", "", count)
        else:
            text = translate("core.credits", "a call of {model} costs %n credit(s)", "", count)
        return text.format(model=self.model, tier=self.tier)


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _key(name: str) -> str:
    return name.replace("_", "").lower()


def find_field(data: Any, *names: str, depth: int = 6) -> Any:
    """The first value under any of ``names`` (case and underscores ignored), searched depth first."""
    wanted = {_key(name) for name in names}
    if depth < 0:
        return None
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str) and _key(key) in wanted and value is not None:
                return value
        for value in data.values():
            found = find_field(value, *names, depth=depth - 1)
            if found is not None:
                return found
    elif isinstance(data, list):
        for item in data:
            found = find_field(item, *names, depth=depth - 1)
            if found is not None:
                return found
    return None


def _as_float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def parse_balance(data: Any) -> CreditBalance | None:
    """A ``CreditBalance`` from the balance answer, or ``None`` when it has no available balance."""
    available = _as_float(find_field(data, "available_balance"))
    if available is None:
        return None
    return CreditBalance(
        available=available,
        total=_as_float(find_field(data, "total_balance")),
        frozen=_as_float(find_field(data, "frozen_amount")),
    )


def parse_cost(model: str, data: Any) -> ModelCost | None:
    """A ``ModelCost`` from the providers answer, or ``None`` when it names neither cost nor tier."""
    cost = _as_float(find_field(data, "EstimatedMagicGrainCost"))
    tier = find_field(data, "CostTier")
    tier_text = str(tier) if isinstance(tier, str | int) and not isinstance(tier, bool) else None
    if cost is None and not tier_text:
        return None
    return ModelCost(model=model, cost=cost, tier=tier_text)


async def _get_json(http: httpx.AsyncClient, url: str, *, token: str | None,
                    params: dict[str, str] | None = None) -> Any:
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        response = await http.get(url, headers=headers, params=params, timeout=_TIMEOUT)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        log.debug("no credit figures from %s: %s", url, type(exc).__name__)
        return None
    if response.status_code != 200:
        log.debug("no credit figures from %s: HTTP %s", url, response.status_code)
        return None
    try:
        return response.json()
    except ValueError:
        return None


async def fetch_balance(http: httpx.AsyncClient, hub_base: str, token: str) -> CreditBalance | None:
    """The token's credit balance, or ``None`` where the hub does not answer with one."""
    data = await _get_json(http, hub_base.rstrip("/") + BALANCE_PATH, token=token)
    return parse_balance(data) if data is not None else None


async def fetch_model_cost(http: httpx.AsyncClient, hub_base: str, model: str,
                           token: str | None = None) -> ModelCost | None:
    """What a call of ``model`` costs, or ``None`` where the hub does not say."""
    data = await _get_json(http, hub_base.rstrip("/") + COST_PATH, token=token, params={"ModelId": model})
    return parse_cost(model, data) if data is not None else None


__all__ = [
    "BALANCE_PATH",
    "COST_PATH",
    "CreditBalance",
    "ModelCost",
    "fetch_balance",
    "fetch_model_cost",
    "find_field",
    "parse_balance",
    "parse_cost",
]
