"""msdesk's own count of the calls it made, per token and model, per quota day (persisted).

ModelScope counts calls per user per day, the day running from 00:00 to
00:00 UTC+8. The rate-limit headers say what is left, but only after a call;
this ledger lets msdesk say how many calls it made today before any header
has come, and keeps the last figures the headers gave, so a new process (or
``msdesk quota``) shows them too.

Every call is one row with its own id and the quota day it was made in (the
day is taken from the clock when the call is made, always in UTC+8, whatever
the machine's time zone). Re-recording the same call does not count it twice,
and a clock that jumps back moves nothing already counted: the days of
earlier calls do not change.

SQLite in the data folder (``usage.sqlite3``), WAL; one owner thread.
"""

from __future__ import annotations

import logging
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from msdesk.core.ratelimit import RateLimit, quota_day

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
USAGE_FILE = "usage.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    id TEXT PRIMARY KEY,
    day TEXT NOT NULL,
    at REAL NOT NULL,
    provider_id TEXT NOT NULL,
    token_label TEXT NOT NULL,
    model TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS calls_by_day ON calls (provider_id, token_label, day);
CREATE TABLE IF NOT EXISTS headers (
    provider_id TEXT NOT NULL,
    token_label TEXT NOT NULL,
    model TEXT NOT NULL,
    day TEXT NOT NULL,
    seen_at REAL NOT NULL,
    requests_limit INTEGER,
    requests_remaining INTEGER,
    model_requests_limit INTEGER,
    model_requests_remaining INTEGER,
    PRIMARY KEY (provider_id, token_label, model)
);
"""


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class TokenUsage:
    """What is known today about one token (and its models), for showing."""

    provider_id: str
    token_label: str
    day: str
    calls_today: int
    calls_by_model: dict[str, int]
    requests_limit: int | None
    requests_remaining: int | None
    models: dict[str, tuple[int | None, int | None]]  # model -> (limit, remaining) from headers
    seen_at: datetime | None


class UsageLedger:
    """Own call counts and the last header figures, in a small SQLite file."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None, clock: Clock = _utc_now) -> None:
        self._db = connection
        self.path = path
        self._clock = clock

    @classmethod
    def open(cls, path: Path, *, clock: Clock = _utc_now) -> UsageLedger:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = cls._connect(path)
        except sqlite3.DatabaseError as exc:
            aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
            log.warning("the usage file %s is damaged (%s); kept as %s", path, exc, aside.name)
            path.replace(aside)
            connection = cls._connect(path)
        return cls(connection, path, clock)

    @classmethod
    def in_memory(cls, *, clock: Clock = _utc_now) -> UsageLedger:
        connection = sqlite3.connect(":memory:", isolation_level=None)
        connection.executescript(_SCHEMA)
        return cls(connection, None, clock)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        connection = sqlite3.connect(str(path), isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.executescript(_SCHEMA)
        return connection

    def __repr__(self) -> str:
        return f"UsageLedger({str(self.path) if self.path else ':memory:'!r})"

    def close(self) -> None:
        self._db.close()

    # -- recording -----------------------------------------------------------------

    def record_call(
        self,
        provider_id: str,
        token_label: str | None,
        model: str | None,
        *,
        kind: str = "chat",
        call_id: str | None = None,
    ) -> str:
        """Count one call made now; returns its id (recording the same id again counts nothing)."""
        now = self._clock()
        call_id = call_id or uuid.uuid4().hex
        self._db.execute(
            "INSERT OR IGNORE INTO calls (id, day, at, provider_id, token_label, model, kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (call_id, quota_day(now), now.timestamp(), provider_id, token_label or "", model or "", kind),
        )
        return call_id

    def record_headers(self, info: RateLimit) -> None:
        """Keep the latest figures a response gave for this token (and model)."""
        if info.empty:
            return
        now = self._clock()
        self._db.execute(
            "INSERT INTO headers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (provider_id, token_label, model) DO UPDATE SET day = excluded.day, "
            "seen_at = excluded.seen_at, requests_limit = excluded.requests_limit, "
            "requests_remaining = excluded.requests_remaining, "
            "model_requests_limit = excluded.model_requests_limit, "
            "model_requests_remaining = excluded.model_requests_remaining",
            (
                info.provider_id, info.token_label or "", info.model or "", quota_day(now), now.timestamp(),
                info.requests_limit, info.requests_remaining,
                info.model_requests_limit, info.model_requests_remaining,
            ),
        )

    def forget_headers(self, provider_id: str, token_label: str | None) -> None:
        """Drop the kept figures of a token (it was replaced); its call counts stay."""
        self._db.execute(
            "DELETE FROM headers WHERE provider_id = ? AND token_label = ?", (provider_id, token_label or "")
        )

    # -- reading -----------------------------------------------------------------------

    def calls_today(self, provider_id: str, token_label: str | None) -> int:
        day = quota_day(self._clock())
        row = self._db.execute(
            "SELECT COUNT(*) FROM calls WHERE provider_id = ? AND token_label = ? AND day = ?",
            (provider_id, token_label or "", day),
        ).fetchone()
        return int(row[0])

    def daily_counts(self, provider_id: str, token_label: str | None, days: int = 14) -> list[tuple[str, int]]:
        """(quota day, calls) for the last ``days`` quota days, oldest first, zeros included."""
        today = self._clock()
        wanted = [quota_day(today - timedelta(days=offset)) for offset in range(days - 1, -1, -1)]
        rows = dict(
            self._db.execute(
                "SELECT day, COUNT(*) FROM calls WHERE provider_id = ? AND token_label = ? "
                "AND day >= ? GROUP BY day",
                (provider_id, token_label or "", wanted[0]),
            ).fetchall()
        )
        return [(day, int(rows.get(day, 0))) for day in wanted]

    def labels_seen_today(self, provider_id: str) -> list[str]:
        """Token labels with calls or quota figures today (e.g. the environment's token)."""
        day = quota_day(self._clock())
        rows = self._db.execute(
            "SELECT token_label FROM calls WHERE provider_id = ? AND day = ? "
            "UNION SELECT token_label FROM headers WHERE provider_id = ? AND day = ?",
            (provider_id, day, provider_id, day),
        ).fetchall()
        return sorted(str(row[0]) for row in rows)

    def token_usage(self, provider_id: str, token_label: str | None) -> TokenUsage:
        """Today's own counts and the headers seen today for one token."""
        label = token_label or ""
        day = quota_day(self._clock())
        by_model = dict(
            self._db.execute(
                "SELECT model, COUNT(*) FROM calls WHERE provider_id = ? AND token_label = ? AND day = ? "
                "GROUP BY model",
                (provider_id, label, day),
            ).fetchall()
        )
        limit = remaining = None
        models: dict[str, tuple[int | None, int | None]] = {}
        seen: float | None = None
        for model, requests_limit, requests_remaining, model_limit, model_remaining, seen_at in self._db.execute(
            "SELECT model, requests_limit, requests_remaining, model_requests_limit, "
            "model_requests_remaining, seen_at FROM headers "
            "WHERE provider_id = ? AND token_label = ? AND day = ? ORDER BY seen_at",
            (provider_id, label, day),
        ):
            if requests_remaining is not None or requests_limit is not None:
                limit, remaining = requests_limit, requests_remaining  # the latest wins (ordered)
            if model and (model_remaining is not None or model_limit is not None):
                models[model] = (model_limit, model_remaining)
            seen = seen_at
        return TokenUsage(
            provider_id=provider_id,
            token_label=label,
            day=day,
            calls_today=sum(int(v) for v in by_model.values()),
            calls_by_model={str(k): int(v) for k, v in by_model.items() if k},
            requests_limit=limit,
            requests_remaining=remaining,
            models=models,
            seen_at=datetime.fromtimestamp(seen, UTC) if seen is not None else None,
        )


__all__ = ["USAGE_FILE", "TokenUsage", "UsageLedger"]
