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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from msdesk.core.quota import TokenState, utc_now
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
    token_label: str | None = None  # the token the figures are for (the next to answer)
    resets: datetime | None = None  # set when no token can answer (for the model): when calls come back

    def short(self) -> str:
        """The text with the local reset time when nothing is left: 'All tokens spent · back at 08:00'."""
        if self.resets is None:
            return self.text
        return f"{self.text} · back at {self.resets.astimezone():%H:%M}"


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
             now: datetime | None = None, labels: Sequence[str] | None = None) -> Standing:
    """The figures for ``provider`` (a ``Provider``) with one token and model, as known now.

    ``labels``: the provider's stored tokens, in the order the failover tries
    them (``token_label`` alone when not given). When every one is spent, the
    standing says so for all of them; when ``token_label`` is spent but
    another is not, it is the other's (the next call goes there).

    The server's latest figures today first. Without them the limits are
    unknown (ModelScope changes them without notice, and may meter in credits
    instead of calls): msdesk's own count is shown, labelled as an estimate.
    A token marked spent (a 429 or ``QuotaLimitExceed``), or whose figures
    today show nothing left, shows as spent, with no figures beside it.
    """
    if token_label is None:
        return Standing(
            f"{provider.name}: no token", UNKNOWN, "none",
            f"No token is stored for {provider.name}. Add one in Settings.",
        )
    now = now or utc_now()
    stored = list(labels or ())
    # The failover's order; a token not stored (the environment's) is the one asked for first.
    order = stored if token_label in stored else [token_label, *stored]
    states = {state.label: state for state in services.quota.token_states(provider.id, order, model, now=now)}
    shown = states[token_label]
    note = ""
    if not shown.can_answer:
        spare = next((states[label] for label in order if states[label].can_answer), None)
        if spare is None:
            return _all_spent(provider, model, [states[label] for label in order], shown)
        note = (f"Token “{token_label}” has no calls left today{_for(model, shown)}; "
                f"the next call uses “{spare.label}”. ")
        shown = spare
    label = shown.label
    usage = services.quota.token_usage(provider.id, label)
    remaining, limit = usage.requests_remaining, usage.requests_limit
    model_figures = usage.models.get(model or "", (None, None))
    seen = usage.seen_at
    calls = usage.calls_today
    count = f"msdesk's own count (an estimate): {_calls(calls)} today with this token"
    text = _figures(remaining, limit, model_figures)
    state = quota_state((remaining, limit), (model_figures[1], model_figures[0]))
    if text:
        when = f" at {seen.astimezone():%H:%M}" if seen is not None else ""
        return Standing(
            text,
            state,
            "server",
            f"{note}Calls left today, as {provider.name} said{when}. {count}.",
            calls,
            remaining,
            limit,
            token_label=label,
        )
    if provider.is_modelscope:
        return Standing(
            f"≈ {_calls(calls)} today · limit unknown",
            UNKNOWN,
            "estimate",
            f"{note}{provider.name} has sent no quota figures today, so the limits are unknown "
            "(ModelScope changes them without notice). "
            f"{count}; calls made elsewhere are not counted.",
            calls,
            token_label=label,
        )
    return Standing(
        f"≈ {_calls(calls)} today (msdesk's count)",
        UNKNOWN,
        "count",
        f"{note}{provider.name} sends no quota figures: {count}.",
        calls,
        token_label=label,
    )


def _for(model: str | None, state: TokenState) -> str:
    """' for MODEL' when only that model is spent ('' when the whole day is)."""
    return f" for {model}" if model and state.model_spent and not state.spent else ""


def _all_spent(provider: Any, model: str | None, states: list[TokenState], shown: TokenState) -> Standing:
    """Every token of the provider is spent (for the model, or for the day): say so, and until when."""
    whole_day = all(state.spent for state in states)
    which = "" if whole_day or not model else f" for {model}"
    if len(states) == 1:
        text = "No calls left today" if whole_day else "No calls left today for this model"
        who = f"Token “{shown.label}” has no calls left today{which}"
    else:
        text = "All tokens spent" if whole_day else "All tokens spent for this model"
        names = ", ".join(f"“{state.label}”" for state in states)
        who = f"Every {provider.name} token ({names}) has no calls left today{which}"
    why = (
        f"{provider.name} refused a call (request limit exceeded: HTTP 429 or QuotaLimitExceed), "
        f"or its figures showed none left."
    )
    calls = sum(state.calls_today for state in states)
    tokens = "this token" if len(states) == 1 else "these tokens"
    count = f"msdesk's own count (an estimate): {_calls(calls)} today with {tokens}"
    return Standing(
        text, OUT, "spent", f"{who}. {why} {count}.", shown.calls_today, 0, shown.requests_limit,
        token_label=shown.label, resets=shown.resets,
    )
