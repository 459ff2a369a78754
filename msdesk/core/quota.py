"""The one quota store: what is known about each token's daily quota, keyed by the token's fingerprint.

ModelScope counts calls per day, the day running from 00:00 to 00:00 UTC+8.
The rate-limit headers say what is left, but only after a call. This store
keeps, per (provider, token fingerprint):

- msdesk's own count of its calls, per quota day (persisted, for 14 days of
  history and an estimate before any header has come);
- the last rate-limit figures per model (persisted, so a new process and
  ``msdesk quota`` know them too);
- spent marks after a 429 or a ``QuotaLimitExceed`` error, until the next
  00:00 UTC+8 (this process only);
- under which label it last saw the token, so the views can list tokens by
  label without reading any token from the keychain.

A token's fingerprint is a short keyed hash (HMAC-SHA256 with a random key
kept in the same file), never the token. A token stored anew under the same
label is simply a new key: nothing needs to be forgotten.

Every call is one row with its own id and the quota day it was made in (taken
from the clock when the call is made, always in UTC+8). Re-recording the same
call does not count it twice, and a clock that jumps back moves nothing
already counted.

SQLite in the data folder (``usage.sqlite3``), WAL. A file of an older
layout is kept aside and a new one started. Every change ends with one
``Change.QUOTA`` notice for its provider.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from msdesk.core.changes import Change, Changes
from msdesk.core.dbrepair import quick_check, salvage
from msdesk.core.i18n import translate
from msdesk.core.ratelimit import RateLimit, next_reset, quota_day

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
USAGE_FILE = "usage.sqlite3"
SCHEMA_VERSION = 2

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    provider_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    label TEXT NOT NULL,
    seen_at REAL NOT NULL,
    PRIMARY KEY (provider_id, fingerprint)
);
CREATE INDEX IF NOT EXISTS tokens_by_label ON tokens (provider_id, label, seen_at);
CREATE TABLE IF NOT EXISTS calls (
    id TEXT PRIMARY KEY,
    day TEXT NOT NULL,
    at REAL NOT NULL,
    provider_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    model TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS calls_by_day ON calls (provider_id, fingerprint, day);
CREATE TABLE IF NOT EXISTS figures (
    provider_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    model TEXT NOT NULL,
    day TEXT NOT NULL,
    seen_at REAL NOT NULL,
    requests_limit INTEGER,
    requests_remaining INTEGER,
    model_requests_limit INTEGER,
    model_requests_remaining INTEGER,
    PRIMARY KEY (provider_id, fingerprint, model)
);
PRAGMA user_version = {SCHEMA_VERSION};
"""


def utc_now() -> datetime:
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


@dataclass(frozen=True)
class TokenState:
    """Whether one token can still answer today, as the failover sees it (``QuotaStore.token_states``).

    ``spent``: no calls left today for any model (a spent mark, or today's figures
    show 0 left); ``model_spent``: none left for the model asked about (its own
    figures or mark), though the day's total may have some. Both last until
    ``resets`` (the next 00:00 UTC+8).
    """

    label: str
    calls_today: int
    spent: bool
    model_spent: bool
    resets: datetime
    requests_limit: int | None = None
    requests_remaining: int | None = None
    seen: bool = True  # False: msdesk has never seen this token (no calls, no figures)

    @property
    def can_answer(self) -> bool:
        return not (self.spent or self.model_spent)


class QuotaStore:
    """Call counts, the last rate-limit figures and spent marks per (provider, token fingerprint)."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None,
        *,
        clock: Clock = utc_now,
        changes: Changes | None = None,
    ) -> None:
        self._db = connection
        self.path = path
        #: What opening the file had to say (a damaged file kept aside), for the user.
        self.warnings: list[str] = []
        self._clock = clock
        self._changes = changes
        self._key = self._fingerprint_key()
        #: (provider, fingerprint, model or None for every model) -> spent until
        self._spent: dict[tuple[str, str, str | None], datetime] = {}
        #: provider -> the label of the token that last brought figures or made a call
        self._latest: dict[str, str] = {}

    @classmethod
    def open(cls, path: Path, *, clock: Clock = utc_now, changes: Changes | None = None,
             check: bool = True) -> QuotaStore:
        """Open the usage file; a damaged one is kept aside and its readable rows copied anew.

        ``warnings`` of the store then says so (once: the new file is whole). ``check=False``:
        the file was checked already in this process (``quick_check`` reads every page).
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        warnings: list[str] = []
        try:
            connection = cls._connect(path, warnings)
            problem = quick_check(connection) if check else "ok"
            if problem != "ok":
                connection.close()
                raise sqlite3.DatabaseError(problem)
        except sqlite3.DatabaseError as exc:
            aside = _keep_aside(path, "corrupt")
            log.warning("the usage file %s is damaged (%s); kept as %s", path, exc, aside.name)
            connection = cls._connect(path)
            found = salvage(aside, connection, ("meta", "tokens", "calls", "figures"))
            calls = found.get("calls", (0, 0))[0]
            if calls:
                damaged = translate(
                    "core.quota",
                    "The usage file was damaged ({problem}); it was kept as {file} and the %n "
                    "call(s) that could still be read were kept.",
                    "",
                    calls,
                )
            else:
                damaged = translate(
                    "core.quota",
                    "The usage file was damaged ({problem}); it was kept as {file} and counting "
                    "starts again.",
                )
            warnings.append(damaged.format(problem=exc, file=aside))
        store = cls(connection, path, clock=clock, changes=changes)
        store.warnings = warnings
        return store

    @classmethod
    def in_memory(cls, *, clock: Clock = utc_now, changes: Changes | None = None) -> QuotaStore:
        connection = sqlite3.connect(":memory:", isolation_level=None)
        connection.executescript(_SCHEMA)
        return cls(connection, None, clock=clock, changes=changes)

    @classmethod
    def _connect(cls, path: Path, warnings: list[str] | None = None) -> sqlite3.Connection:
        connection = sqlite3.connect(str(path), isolation_level=None)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = connection.execute(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        except BaseException:
            connection.close()
            raise
        if version != SCHEMA_VERSION and tables:
            # An older layout (counts keyed by label): its figures cannot be tied to tokens.
            connection.close()
            aside = _keep_aside(path, f"v{version}")
            if version > SCHEMA_VERSION and warnings is not None:
                warnings.append(translate(
                    "core.quota",
                    "The usage file was written by a newer msdesk (layout {version}); it was kept "
                    "as {file} and counting starts again.",
                ).format(version=version, file=aside))
            log.warning(
                "the usage file %s has an older layout; kept as %s, counting starts again", path, aside.name
            )
            connection = sqlite3.connect(str(path), isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.executescript(_SCHEMA)
        return connection

    def _fingerprint_key(self) -> bytes:
        self._db.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('fingerprint_key', ?)", (secrets.token_hex(32),)
        )
        row = self._db.execute("SELECT value FROM meta WHERE key = 'fingerprint_key'").fetchone()
        return bytes.fromhex(row[0])

    def __repr__(self) -> str:
        return f"QuotaStore({str(self.path) if self.path else ':memory:'!r})"

    def close(self) -> None:
        self._db.close()

    # -- tokens --------------------------------------------------------------------------

    def fingerprint(self, token: str | None) -> str:
        """A short keyed hash that tells tokens apart without keeping any ("" for no token)."""
        if not token:
            return ""
        return hmac.new(self._key, token.encode(), hashlib.sha256).hexdigest()[:16]

    def saw(self, provider_id: str, token_label: str | None, token: str | None) -> str:
        """Remember that the label holds ``token`` now (stored anew, say); returns its fingerprint.

        When the label held another token before, the figures shown for it change:
        one ``Change.QUOTA`` notice.
        """
        before = self._fingerprint_of(provider_id, token_label)
        fingerprint = self._saw(provider_id, token_label, token)
        if before != fingerprint:
            self._changed(provider_id, None)
        return fingerprint

    def _saw(self, provider_id: str, token_label: str | None, token: str | None) -> str:
        fingerprint = self.fingerprint(token)
        self._db.execute(
            "INSERT INTO tokens VALUES (?, ?, ?, ?) ON CONFLICT (provider_id, fingerprint) "
            "DO UPDATE SET label = excluded.label, seen_at = excluded.seen_at",
            (provider_id, fingerprint, token_label or "", self._clock().timestamp()),
        )
        return fingerprint

    def _fingerprint_of(self, provider_id: str, token_label: str | None) -> str | None:
        """The token last seen under this label (None: never seen)."""
        row = self._db.execute(
            "SELECT fingerprint FROM tokens WHERE provider_id = ? AND label = ? "
            "ORDER BY seen_at DESC LIMIT 1",
            (provider_id, token_label or ""),
        ).fetchone()
        return str(row[0]) if row else None

    def latest_label(self, provider_id: str) -> str | None:
        """The label of the token that last brought figures or made a call here (this process)."""
        return self._latest.get(provider_id)

    def _changed(self, provider_id: str, token_label: str | None) -> None:
        if token_label:
            self._latest[provider_id] = token_label
        if self._changes is not None:
            self._changes.notify(Change.QUOTA, provider_id=provider_id)

    # -- recording -----------------------------------------------------------------

    def record_call(
        self,
        provider_id: str,
        token: str | None,
        model: str | None,
        *,
        token_label: str | None = None,
        kind: str = "chat",
        call_id: str | None = None,
    ) -> str:
        """Count one call made now with ``token``; returns its id (the same id again counts nothing)."""
        now = self._clock()
        fingerprint = self._saw(provider_id, token_label, token)
        call_id = call_id or uuid.uuid4().hex
        self._db.execute(
            "INSERT OR IGNORE INTO calls (id, day, at, provider_id, fingerprint, model, kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (call_id, quota_day(now), now.timestamp(), provider_id, fingerprint, model or "", kind),
        )
        self._changed(provider_id, token_label)
        return call_id

    def record_figures(self, info: RateLimit, token: str | None) -> None:
        """Keep the latest figures a response gave for ``token`` (and its model)."""
        if info.empty:
            return
        now = self._clock()
        fingerprint = self._saw(info.provider_id, info.token_label, token)
        self._db.execute(
            "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (provider_id, fingerprint, model) DO UPDATE SET day = excluded.day, "
            "seen_at = excluded.seen_at, requests_limit = excluded.requests_limit, "
            "requests_remaining = excluded.requests_remaining, "
            "model_requests_limit = excluded.model_requests_limit, "
            "model_requests_remaining = excluded.model_requests_remaining",
            (
                info.provider_id, fingerprint, info.model or "", quota_day(now), now.timestamp(),
                info.requests_limit, info.requests_remaining,
                info.model_requests_limit, info.model_requests_remaining,
            ),
        )
        self._changed(info.provider_id, info.token_label)

    def mark_spent(self, provider_id: str, token: str | None, model: str | None = None, *,
                   now: datetime) -> None:
        """No calls left from ``now`` until the next 00:00 UTC+8 (for ``model`` only, when given)."""
        self._spent[(provider_id, self.fingerprint(token), model)] = next_reset(now)
        self._changed(provider_id, None)

    # -- what is spent -------------------------------------------------------------------

    def is_marked_spent(self, provider_id: str, token: str | None, model: str | None = None, *,
                        now: datetime) -> bool:
        """Marked spent after a 429 (for every model, or for ``model``), and the day has not turned."""
        fingerprint = self.fingerprint(token)
        keys = [(provider_id, fingerprint, None)]
        if model is not None:
            keys.append((provider_id, fingerprint, model))
        for key in keys:
            until = self._spent.get(key)
            if until is None:
                continue
            if now < until:
                return True
            del self._spent[key]  # the day turned: forgotten
        return False

    def spent_until(self, provider_id: str, token_label: str | None, model: str | None = None, *,
                    now: datetime) -> tuple[datetime, bool] | None:
        """(until when, for ``model`` only) when the token last seen under this label is marked spent.

        A 429 or a ``QuotaLimitExceed`` error marks it; ``None`` when it is not (or the day turned).
        """
        fingerprint = self._fingerprint_of(provider_id, token_label)
        if fingerprint is None:
            return None
        keys: list[tuple[str, str, str | None]] = [(provider_id, fingerprint, None)]
        if model is not None:
            keys.append((provider_id, fingerprint, model))
        for key in keys:
            until = self._spent.get(key)
            if until is not None and now < until:
                return until, key[2] is not None
        return None

    def known_spent(self, provider_id: str, token: str | None, model: str, *, now: datetime) -> bool:
        """Marked spent, or the figures of the quota day of ``now`` show nothing left."""
        if self.is_marked_spent(provider_id, token, model, now=now):
            return True
        try:
            usage = self._usage(provider_id, self.fingerprint(token), "", quota_day(now))
        except sqlite3.Error as exc:  # an unreadable file only costs the shortcut
            log.warning("could not read the quota figures: %s", type(exc).__name__)
            return False
        if usage.requests_remaining == 0:
            return True
        return usage.models.get(model, (None, None))[1] == 0

    def token_states(self, provider_id: str, labels: list[str], model: str | None = None, *,
                     now: datetime | None = None) -> list[TokenState]:
        """For each label (in order): today's calls and whether the token is spent, as ``known_spent``
        would judge it (the failover skips exactly these), for every model or for ``model``."""
        now = now or self._clock()
        day, resets = quota_day(now), next_reset(now)
        states = []
        for label in labels:
            fingerprint = self._fingerprint_of(provider_id, label)
            usage = self._usage(provider_id, fingerprint, label, day)
            marks = self._marks(provider_id, fingerprint or "", model, now) if fingerprint else (False, False)
            model_left = usage.models.get(model or "", (None, None))[1] if model else None
            states.append(TokenState(
                label=label,
                calls_today=usage.calls_today,
                spent=marks[0] or usage.requests_remaining == 0,
                model_spent=marks[1] or model_left == 0,
                resets=resets,
                requests_limit=usage.requests_limit,
                requests_remaining=usage.requests_remaining,
                seen=fingerprint is not None,
            ))
        return states

    def _marks(self, provider_id: str, fingerprint: str, model: str | None,
               now: datetime) -> tuple[bool, bool]:
        """(marked spent for every model, marked spent for ``model``) until the day turns."""
        def marked(key: tuple[str, str, str | None]) -> bool:
            until = self._spent.get(key)
            return until is not None and now < until

        every = marked((provider_id, fingerprint, None))
        return every, model is not None and marked((provider_id, fingerprint, model))

    # -- reading -----------------------------------------------------------------------

    def token_usage(self, provider_id: str, token_label: str | None) -> TokenUsage:
        """Today's own counts and the figures seen today for the token last seen under this label."""
        fingerprint = self._fingerprint_of(provider_id, token_label)
        return self._usage(provider_id, fingerprint, token_label or "", quota_day(self._clock()))

    def calls_today(self, provider_id: str, token_label: str | None) -> int:
        return self.token_usage(provider_id, token_label).calls_today

    def daily_counts(self, provider_id: str, token_label: str | None, days: int = 14) -> list[tuple[str, int]]:
        """(quota day, calls) for the last ``days`` quota days, oldest first, zeros included."""
        today = self._clock()
        wanted = [quota_day(today - timedelta(days=offset)) for offset in range(days - 1, -1, -1)]
        fingerprint = self._fingerprint_of(provider_id, token_label)
        rows = dict(
            self._db.execute(
                "SELECT day, COUNT(*) FROM calls WHERE provider_id = ? AND fingerprint = ? "
                "AND day >= ? GROUP BY day",
                (provider_id, fingerprint, wanted[0]),
            ).fetchall()
        ) if fingerprint is not None else {}
        return [(day, int(rows.get(day, 0))) for day in wanted]

    def labels_seen_today(self, provider_id: str) -> list[str]:
        """Labels of tokens with calls or quota figures today (e.g. the environment's token)."""
        day = quota_day(self._clock())
        rows = self._db.execute(
            "SELECT DISTINCT t.label FROM tokens t WHERE t.provider_id = ? AND t.label != '' AND ("
            "EXISTS (SELECT 1 FROM calls c WHERE c.provider_id = t.provider_id "
            "AND c.fingerprint = t.fingerprint AND c.day = ?) OR "
            "EXISTS (SELECT 1 FROM figures f WHERE f.provider_id = t.provider_id "
            "AND f.fingerprint = t.fingerprint AND f.day = ?))",
            (provider_id, day, day),
        ).fetchall()
        return sorted(str(row[0]) for row in rows)

    def _usage(self, provider_id: str, fingerprint: str | None, label: str, day: str) -> TokenUsage:
        by_model: dict[str, int] = {}
        limit = remaining = None
        models: dict[str, tuple[int | None, int | None]] = {}
        seen: float | None = None
        if fingerprint is not None:
            by_model = dict(
                self._db.execute(
                    "SELECT model, COUNT(*) FROM calls WHERE provider_id = ? AND fingerprint = ? "
                    "AND day = ? GROUP BY model",
                    (provider_id, fingerprint, day),
                ).fetchall()
            )
            for model, requests_limit, requests_remaining, model_limit, model_remaining, seen_at in (
                self._db.execute(
                    "SELECT model, requests_limit, requests_remaining, model_requests_limit, "
                    "model_requests_remaining, seen_at FROM figures "
                    "WHERE provider_id = ? AND fingerprint = ? AND day = ? ORDER BY seen_at",
                    (provider_id, fingerprint, day),
                )
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


__all__ = ["USAGE_FILE", "QuotaStore", "TokenState", "TokenUsage", "utc_now"]


def _keep_aside(path: Path, tag: str) -> Path:
    """Rename the file (and its -wal and -shm files) to ``<name>.<tag>-<seconds>``."""
    aside = path.with_name(f"{path.name}.{tag}-{int(time.time())}")
    counter = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.{tag}-{int(time.time())}-{counter}")
        counter += 1
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    path.replace(aside)
    return aside
