"""Where the user stands with the daily quota: what the status-bar item and the usage view say.

This module holds the words and figures both show, without widgets: the
calls left for one provider, token and model (the server's latest figures,
else "unknown" with msdesk's own count as an estimate), whether that is fine, low or
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
#: Under this share of the limit left, the figures turn amber.
LOW_SHARE = 0.10

# States, also the value of the widgets' ``quotaState`` property.
OK, LOW, OUT, UNKNOWN = "ok", "low", "out", "unknown"


@dataclass(frozen=True)
class Standing:
    """What to show for one provider, token and model today.

    ``source``: "server" (figures from the rate-limit headers), "spent" (a
    429 or ``QuotaLimitExceed`` marked the token spent until the reset),
    "estimate" (ModelScope without figures today: the limits are unknown,
    msdesk's own count is shown), "count" (a provider without quota figures:
    msdesk's own count) or "none" (no token).
    """

    text: str
    state: str
    source: str
    detail: str
    calls_today: int = 0
    remaining: int | None = None  # calls left today (from the server; 0 when spent; else unknown)
    limit: int | None = None  # the server's daily limit; None: unknown


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


def standing(services: Any, provider: Any, token_label: str | None, model: str | None,
             now: datetime | None = None) -> Standing:
    """The figures for ``provider`` (a ``Provider``) with one token and model, as known now.

    The server's latest figures today first. Without them the limits are
    unknown (ModelScope changes them without notice, and may meter in credits
    instead of calls): msdesk's own count is shown, labelled as an estimate.
    A token marked spent (a 429 or ``QuotaLimitExceed``) shows as spent.
    """
    if token_label is None:
        return Standing(
            f"{provider.name}: no token", UNKNOWN, "none",
            f"No token is stored for {provider.name}. Add one in Settings.",
        )
    now = now or utc_now()
    usage = services.quota.token_usage(provider.id, token_label)
    remaining, limit = usage.requests_remaining, usage.requests_limit
    model_figures = usage.models.get(model or "", (None, None))
    seen = usage.seen_at
    calls = usage.calls_today
    count = f"msdesk's own count (an estimate): {_calls(calls)} today with this token"
    text = _figures(remaining, limit, model_figures)
    state = quota_state((remaining, limit), (model_figures[1], model_figures[0]))
    spent = services.quota.spent_until(provider.id, token_label, model, now=now)
    if spent is not None and state != OUT:
        _until, model_only = spent
        which = f" for {model}" if model_only and model else ""
        return Standing(
            f"No calls left{which} today",
            OUT,
            "spent",
            f"{provider.name} refused a call with this token{which}: request limit exceeded "
            f"(HTTP 429 or QuotaLimitExceed). {count}.",
            calls,
            0,
            limit,
        )
    if text:
        when = f" at {seen.astimezone():%H:%M}" if seen is not None else ""
        return Standing(
            text,
            state,
            "server",
            f"Calls left today, as {provider.name} said{when}. {count}.",
            calls,
            remaining,
            limit,
        )
    if provider.is_modelscope:
        return Standing(
            f"≈ {_calls(calls)} today · limit unknown",
            UNKNOWN,
            "estimate",
            f"{provider.name} has sent no quota figures today, so the limits are unknown "
            "(ModelScope changes them without notice). "
            f"{count}; calls made elsewhere are not counted.",
            calls,
        )
    return Standing(
        f"≈ {_calls(calls)} today (msdesk's count)",
        UNKNOWN,
        "count",
        f"{provider.name} sends no quota figures: {count}.",
        calls,
    )
