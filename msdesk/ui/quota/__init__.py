"""Where the user stands with the daily quota: what the status-bar item and the usage view say.

This module holds the words and figures both show, without widgets: the
calls left for one provider, token and model (the server's latest figures,
else an estimate from msdesk's own count), whether that is fine, low or
spent, and when the quota comes back in the user's local time. Both widgets
read the one quota store (``services.quota``) and refresh on its notices
(``Change.QUOTA`` through ``ChangeRelay``) and on a slow tick (the countdown).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from msdesk.core.quota import utc_now
from msdesk.core.ratelimit import next_reset

log = logging.getLogger(__name__)

__all__ = [
    "LOW_SHARE",
    "MODELSCOPE_DAILY_LIMIT",
    "TICK_MS",
    "Standing",
    "countdown",
    "quota_state",
    "reset_line",
    "standing",
    "utc_now",
]

#: The slow tick of both widgets (the countdown moves by the minute).
TICK_MS = 30_000
#: ModelScope's documented daily API-Inference allowance per user; only used to estimate.
MODELSCOPE_DAILY_LIMIT = 2000
#: Under this share of the limit left, the figures turn amber.
LOW_SHARE = 0.10

# States, also the value of the widgets' ``quotaState`` property.
OK, LOW, OUT, UNKNOWN = "ok", "low", "out", "unknown"


@dataclass(frozen=True)
class Standing:
    """What to show for one provider, token and model today.

    ``source``: "server" (figures from the rate-limit headers), "estimate"
    (ModelScope, no header yet today: the documented limit minus msdesk's own
    count), "count" (a provider without quota figures: msdesk's own count) or
    "none" (no token).
    """

    text: str
    state: str
    source: str
    detail: str
    calls_today: int = 0
    remaining: int | None = None  # calls left today (from the server, or the estimate)
    limit: int | None = None


def quota_state(*pairs: tuple[int | None, int | None]) -> str:
    """The worst of (remaining, limit) pairs: "out" at 0, "low" under 10 %, else "ok"."""
    state = UNKNOWN
    for remaining, limit in pairs:
        if remaining is None:
            continue
        if remaining <= 0:
            return OUT
        if limit and remaining < limit * LOW_SHARE:
            state = LOW
        elif state == UNKNOWN:
            state = OK
    return state


def countdown(seconds: float) -> str:
    """'in 3 h 12 min', 'in 7 min', 'in less than a minute'."""
    minutes = max(0, int(seconds // 60))
    if minutes < 1:
        return "in less than a minute"
    hours, minutes = divmod(minutes, 60)
    if hours == 0:
        return f"in {minutes} min"
    return f"in {hours} h {minutes} min"


def reset_line(now: datetime, what: str = "Resets") -> str:
    """'Resets tomorrow at 06:00 your time (00:00 UTC+8), in 13 h 0 min'."""
    reset = next_reset(now)
    local = reset.astimezone()
    days = (local.date() - now.astimezone().date()).days
    if days == 0:
        day = ""
    elif days == 1:
        day = "tomorrow "
    else:
        day = f"on {local:%a %d %b} "
    left = countdown((reset - now).total_seconds())
    return f"{what} {day}at {local:%H:%M} your time (00:00 UTC+8), {left}"


def _figures(remaining: int | None, limit: int | None, model: tuple[int | None, int | None]) -> str:
    parts = []
    if remaining is not None:
        parts.append(f"{remaining} / {limit if limit else '?'}")
    model_limit, model_remaining = model
    if model_remaining is not None:
        parts.append(f"model {model_remaining} / {model_limit if model_limit else '?'}")
    return " · ".join(parts)


def _calls(count: int) -> str:
    return f"{count} call{'' if count == 1 else 's'}"


def standing(services: Any, provider: Any, token_label: str | None, model: str | None) -> Standing:
    """The figures for ``provider`` (a ``Provider``) with one token and model, as known now.

    The server's latest figures today first; before any header today,
    ModelScope gets an estimate from msdesk's own count, other providers just
    that count.
    """
    if token_label is None:
        return Standing(
            f"{provider.name}: no token", UNKNOWN, "none",
            f"No token is stored for {provider.name}. Add one in Settings.",
        )
    usage = services.quota.token_usage(provider.id, token_label)
    remaining, limit = usage.requests_remaining, usage.requests_limit
    model_figures = usage.models.get(model or "", (None, None))
    seen = usage.seen_at
    text = _figures(remaining, limit, model_figures)
    if text:
        when = f" at {seen.astimezone():%H:%M}" if seen is not None else ""
        return Standing(
            text,
            quota_state((remaining, limit), (model_figures[1], model_figures[0])),
            "server",
            f"Calls left today, as {provider.name} said{when}. "
            f"msdesk made {_calls(usage.calls_today)} today with this token.",
            usage.calls_today,
            remaining,
            limit,
        )
    calls = usage.calls_today
    if provider.is_modelscope:
        left = max(0, MODELSCOPE_DAILY_LIMIT - calls)
        return Standing(
            f"≈ {left} / {MODELSCOPE_DAILY_LIMIT} (msdesk's count)",
            quota_state((left, MODELSCOPE_DAILY_LIMIT)),
            "estimate",
            f"No figures from {provider.name} yet today: an estimate from the {_calls(calls)} "
            f"msdesk made today with this token ({MODELSCOPE_DAILY_LIMIT} a day is the usual "
            "allowance; calls made elsewhere are not counted).",
            calls,
            left,
            MODELSCOPE_DAILY_LIMIT,
        )
    return Standing(
        f"{_calls(calls)} today (msdesk's count)",
        UNKNOWN,
        "count",
        f"{provider.name} sends no quota figures: msdesk's own count of its calls today.",
        calls,
    )
