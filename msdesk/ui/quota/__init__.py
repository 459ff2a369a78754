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

from msdesk.core.i18n import list_separator, translate
from msdesk.core.quota import TokenState, utc_now
from msdesk.core.ratelimit import next_reset
from msdesk.ui.formats import clock_time, date_text, number

log = logging.getLogger(__name__)

__all__ = [
    "LOW_SHARE",
    "TICK_MS",
    "Standing",
    "countdown",
    "local_date",
    "local_time",
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
        return translate("ui.quota.__init__", "{text} · back at {time}").format(
            text=self.text, time=local_time(self.resets))


def local_time(moment: datetime) -> str:
    """``moment`` as a clock time in the user's time zone and locale (``08:00``)."""
    return clock_time(moment)


def local_date(moment: datetime) -> str:
    """``moment``'s day in the user's time zone, with its weekday (``Sat 05 Dec``)."""
    pattern = translate("ui.quota.__init__", "ddd dd MMM", "a date with its weekday (Qt date format)")
    return date_text(moment.astimezone().date(), pattern)


def _sentences(first: str, second: str) -> str:
    """Two sentences one after the other (with a space, or none in Chinese)."""
    if not first:
        return second
    return translate("ui.quota.__init__", "{first} {second}", "two sentences one after the other").format(
        first=first, second=second)


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
        return translate("ui.quota.__init__", "in less than a minute")
    hours, minutes = divmod(minutes, 60)
    if hours == 0:
        return translate("ui.quota.__init__", "in {minutes} min").format(minutes=minutes)
    return translate("ui.quota.__init__", "in {hours} h {minutes} min").format(hours=hours, minutes=minutes)


def reset_line(now: datetime, counting: bool = False) -> str:
    """'Resets tomorrow at 06:00 your time (00:00 UTC+8), in 13 h 0 min' (``counting``: the
    sentence for msdesk's own count, 'msdesk's count starts again …')."""
    reset = next_reset(now)
    local = reset.astimezone()
    days = (local.date() - now.astimezone().date()).days
    values = {"time": local_time(reset), "date": local_date(reset),
              "left": countdown((reset - now).total_seconds())}
    if counting:
        if days == 0:
            line = translate("ui.quota.__init__", "msdesk's count starts again at {time} your time (00:00 UTC+8), {left}")
        elif days == 1:
            line = translate("ui.quota.__init__", "msdesk's count starts again tomorrow at {time} your time (00:00 UTC+8), {left}")
        else:
            line = translate("ui.quota.__init__", "msdesk's count starts again on {date} at {time} your time (00:00 UTC+8), {left}")
    elif days == 0:
        line = translate("ui.quota.__init__", "Resets at {time} your time (00:00 UTC+8), {left}")
    elif days == 1:
        line = translate("ui.quota.__init__", "Resets tomorrow at {time} your time (00:00 UTC+8), {left}")
    else:
        line = translate("ui.quota.__init__", "Resets on {date} at {time} your time (00:00 UTC+8), {left}")
    return line.format(**values)


def figures(remaining: int | None, limit: int | None) -> str:
    """'1234 / 2000' (the limit '?' when unknown), the numbers in the user's locale."""
    return translate("ui.quota.__init__", "{remaining} / {limit}").format(
        remaining=number(remaining or 0), limit=number(limit) if limit else "?")


def _figures(remaining: int | None, limit: int | None, model: tuple[int | None, int | None]) -> str:
    parts = []
    if remaining is not None:
        parts.append(figures(remaining, limit))
    model_limit, model_remaining = model
    if model_remaining is not None:
        parts.append(translate("ui.quota.__init__", "model {figures}").format(
            figures=figures(model_remaining, model_limit)))
    return " · ".join(parts)


def _quoted(label: str) -> str:
    return translate("ui.quota.__init__", "“{token}”", "a token's name in quotes").format(token=label)


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
            translate("ui.quota.__init__", "{provider}: no token").format(provider=provider.name), UNKNOWN, "none",
            translate("ui.quota.__init__", "No token is stored for {provider}. Add one in Settings.").format(
                provider=provider.name),
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
        if model and shown.model_spent and not shown.spent:
            note = translate(
                "ui.quota.__init__", "Token “{token}” has no calls left today for {model}; the next call uses “{spare}”."
            ).format(token=token_label, model=model, spare=spare.label)
        else:
            note = translate(
                "ui.quota.__init__", "Token “{token}” has no calls left today; the next call uses “{spare}”."
            ).format(token=token_label, spare=spare.label)
        shown = spare
    label = shown.label
    usage = services.quota.token_usage(provider.id, label)
    remaining, limit = usage.requests_remaining, usage.requests_limit
    model_figures = usage.models.get(model or "", (None, None))
    seen = usage.seen_at
    calls = usage.calls_today
    count = translate("ui.quota.__init__", "msdesk's own count (an estimate): %n call(s) today with this token.", "", calls)
    text = _figures(remaining, limit, model_figures)
    state = quota_state((remaining, limit), (model_figures[1], model_figures[0]))
    if text:
        if seen is not None:
            said = translate("ui.quota.__init__", "Calls left today, as {provider} said at {time}.").format(
                provider=provider.name, time=local_time(seen))
        else:
            said = translate("ui.quota.__init__", "Calls left today, as {provider} said.").format(provider=provider.name)
        return Standing(
            text,
            state,
            "server",
            _sentences(note, _sentences(said, count)),
            calls,
            remaining,
            limit,
            token_label=label,
        )
    if provider.is_modelscope:
        unknown = translate(
            "ui.quota.__init__", "{provider} has sent no quota figures today, so the limits are unknown "
            "(ModelScope changes them without notice).").format(provider=provider.name)
        elsewhere = translate(
            "ui.quota.__init__", "msdesk's own count (an estimate): %n call(s) today with this token; "
            "calls made elsewhere are not counted.", "", calls)
        return Standing(
            translate("ui.quota.__init__", "≈ %n call(s) today · limit unknown", "", calls),
            UNKNOWN,
            "estimate",
            _sentences(note, _sentences(unknown, elsewhere)),
            calls,
            token_label=label,
        )
    own = translate(
        "ui.quota.__init__", "{provider} sends no quota figures: msdesk's own count (an estimate): "
        "%n call(s) today with this token.", "", calls).format(provider=provider.name)
    return Standing(
        translate("ui.quota.__init__", "≈ %n call(s) today (msdesk's count)", "", calls),
        UNKNOWN,
        "count",
        _sentences(note, own),
        calls,
        token_label=label,
    )


def _all_spent(provider: Any, model: str | None, states: list[TokenState], shown: TokenState) -> Standing:
    """Every token of the provider is spent (for the model, or for the day): say so, and until when."""
    whole_day = all(state.spent for state in states)
    for_model = not whole_day and bool(model)
    calls = sum(state.calls_today for state in states)
    if len(states) == 1:
        if whole_day:
            text = translate("ui.quota.__init__", "No calls left today")
        else:
            text = translate("ui.quota.__init__", "No calls left today for this model")
        if for_model:
            who = translate("ui.quota.__init__", "Token “{token}” has no calls left today for {model}.")
        else:
            who = translate("ui.quota.__init__", "Token “{token}” has no calls left today.")
        count = translate("ui.quota.__init__", "msdesk's own count (an estimate): %n call(s) today with this token.",
                          "", calls)
    else:
        if whole_day:
            text = translate("ui.quota.__init__", "All tokens spent")
        else:
            text = translate("ui.quota.__init__", "All tokens spent for this model")
        if for_model:
            who = translate("ui.quota.__init__", "Every {provider} token ({tokens}) has no calls left today for {model}.")
        else:
            who = translate("ui.quota.__init__", "Every {provider} token ({tokens}) has no calls left today.")
        count = translate("ui.quota.__init__", "msdesk's own count (an estimate): %n call(s) today with these tokens.",
                          "", calls)
    names = list_separator().join(_quoted(state.label) for state in states)
    who = who.format(token=shown.label, model=model, provider=provider.name, tokens=names)
    why = translate(
        "ui.quota.__init__", "{provider} refused a call (request limit exceeded: HTTP 429 or QuotaLimitExceed), "
        "or its figures showed none left.").format(provider=provider.name)
    return Standing(
        text, OUT, "spent", _sentences(who, _sentences(why, count)), shown.calls_today, 0,
        shown.requests_limit,
        token_label=shown.label, resets=shown.resets,
    )
