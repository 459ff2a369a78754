"""What is known about the quota left, per provider, token and model.

Fed by the rate-limit headers of every response. Counting the app's own calls
and failing over on 429 build on this.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from msdesk.core.ratelimit import RateLimit, next_reset, quota_day

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class QuotaView:
    """The freshest figures for one token (and one model), and when they reset."""

    day: str
    requests_limit: int | None
    requests_remaining: int | None
    model: str | None
    model_requests_limit: int | None
    model_requests_remaining: int | None
    resets_at: datetime
    seen_at: datetime


class QuotaTracker:
    """Keeps the latest rate-limit figures; forgets them when the UTC+8 day turns."""

    def __init__(self, clock: Clock = utc_now) -> None:
        self._clock = clock
        self._totals: dict[tuple[str, str | None], tuple[str, RateLimit, datetime]] = {}
        self._models: dict[tuple[str, str | None, str], tuple[str, RateLimit, datetime]] = {}
        self._listeners: list[Callable[[RateLimit], None]] = []

    def subscribe(self, listener: Callable[[RateLimit], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[RateLimit], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def record(self, info: RateLimit) -> None:
        now = self._clock()
        day = quota_day(now)
        key = (info.provider_id, info.token_label)
        if info.requests_remaining is not None or info.requests_limit is not None:
            self._totals[key] = (day, info, now)
        if info.model and (
            info.model_requests_remaining is not None or info.model_requests_limit is not None
        ):
            self._models[(info.provider_id, info.token_label, info.model)] = (day, info, now)
        for listener in list(self._listeners):
            listener(info)

    def forget(self, provider_id: str, token_label: str | None) -> None:
        """Drop the figures of a token (it was replaced: they were the old token's)."""
        self._totals.pop((provider_id, token_label), None)
        for key in [k for k in self._models if k[:2] == (provider_id, token_label)]:
            del self._models[key]

    def view(self, provider_id: str, token_label: str | None, model: str | None = None) -> QuotaView | None:
        now = self._clock()
        today = quota_day(now)
        total = self._totals.get((provider_id, token_label))
        per_model = self._models.get((provider_id, token_label, model)) if model else None
        total = total if total and total[0] == today else None
        per_model = per_model if per_model and per_model[0] == today else None
        if total is None and per_model is None:
            return None
        t = total[1] if total else None
        m = per_model[1] if per_model else None
        seen = max(x[2] for x in (total, per_model) if x)
        return QuotaView(
            day=today,
            requests_limit=t.requests_limit if t else None,
            requests_remaining=t.requests_remaining if t else None,
            model=model,
            model_requests_limit=m.model_requests_limit if m else None,
            model_requests_remaining=m.model_requests_remaining if m else None,
            resets_at=next_reset(now),
            seen_at=seen,
        )
