"""ModelScope's rate-limit headers, parsed from every response."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from msdesk.core.i18n import translate

SHANGHAI = timezone(timedelta(hours=8), "UTC+8")

_HEADERS = {
    "requests_limit": "modelscope-ratelimit-requests-limit",
    "requests_remaining": "modelscope-ratelimit-requests-remaining",
    "model_requests_limit": "modelscope-ratelimit-model-requests-limit",
    "model_requests_remaining": "modelscope-ratelimit-model-requests-remaining",
}


@dataclass(frozen=True)
class RateLimit:
    """What one response said about the quota left, for one token and model."""

    provider_id: str
    token_label: str | None
    model: str | None
    requests_limit: int | None = None
    requests_remaining: int | None = None
    model_requests_limit: int | None = None
    model_requests_remaining: int | None = None

    @property
    def empty(self) -> bool:
        return all(
            value is None
            for value in (
                self.requests_limit,
                self.requests_remaining,
                self.model_requests_limit,
                self.model_requests_remaining,
            )
        )

    def summary(self) -> str:
        """'480 / 500 · model 90 / 100': the calls left of the day's limits, in the user's language."""
        parts = []
        if self.requests_remaining is not None:
            parts.append(f"{self.requests_remaining} / {self.requests_limit or '?'}")
        if self.model_requests_remaining is not None:
            parts.append(translate("core.ratelimit", "model {left} / {limit}").format(
                left=self.model_requests_remaining, limit=self.model_requests_limit or "?"))
        return " · ".join(parts)


RateLimitListener = Callable[[RateLimit], None]


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value.strip()))
    except ValueError:
        return None


def parse_rate_limit(
    headers: Mapping[str, str],
    *,
    provider_id: str,
    token_label: str | None = None,
    model: str | None = None,
) -> RateLimit:
    """Read the ``modelscope-ratelimit-*`` headers, whatever their case."""
    lowered = {key.lower(): value for key, value in headers.items()}
    values = {field: _int(lowered.get(name)) for field, name in _HEADERS.items()}
    return RateLimit(provider_id=provider_id, token_label=token_label, model=model, **values)


def next_reset(now: datetime) -> datetime:
    """The next 00:00 UTC+8 after ``now`` (an aware datetime), as an aware UTC datetime."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    local = now.astimezone(SHANGHAI)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.astimezone(UTC)


def quota_day(now: datetime) -> str:
    """The quota day (``YYYY-MM-DD`` in UTC+8) that ``now`` falls in."""
    return now.astimezone(SHANGHAI).date().isoformat()


def _time_left(now: datetime) -> tuple[int, int]:
    """Hours and minutes until the next reset."""
    minutes = max(0, int((next_reset(now) - now).total_seconds() // 60))
    return divmod(minutes, 60)


def reset_hint(now: datetime | None = None) -> str:
    """'at 00:00 UTC+8 (in 3h 12m)': when the daily quota comes back, in the user's language."""
    now = now or datetime.now(UTC)
    hours, minutes = _time_left(now)
    return translate("core.ratelimit", "at 00:00 UTC+8 (in {hours}h {minutes}m)").format(
        hours=hours, minutes=minutes)


def reset_phrase(now: datetime) -> str:
    """'at 00:00 UTC+8 (17:00 your time, in 3h 12m)': the reset, also in the machine's local
    time, in the user's language."""
    hours, minutes = _time_left(now)
    local = next_reset(now).astimezone()
    return translate("core.ratelimit", "at 00:00 UTC+8 ({time} your time, in {hours}h {minutes}m)").format(
        time=f"{local:%H:%M}", hours=hours, minutes=f"{minutes:02d}")
