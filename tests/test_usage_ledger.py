"""msdesk's own call counts: per token, per UTC+8 quota day, persisted, whatever the machine's clock says."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime, timedelta

import pytest

from msdesk.core.ratelimit import RateLimit
from msdesk.core.usage_ledger import UsageLedger
from tests.conftest import msdesk_cli
from tests.fakes.modelscope import VALID_TOKEN


class Clock:
    """A clock the test moves."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


@pytest.fixture
def machine_zone():
    """Set the process's local time zone (TZ) for a test, and put it back after."""
    before = os.environ.get("TZ")

    def use(zone: str) -> None:
        os.environ["TZ"] = zone
        time.tzset()

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize("zone", ["Pacific/Honolulu", "UTC", "Pacific/Kiritimati"])  # UTC-10, UTC, UTC+14
def test_the_count_resets_at_midnight_utc8_whatever_the_machines_zone(tmp_path, machine_zone, zone):
    machine_zone(zone)
    clock = Clock(at("2026-11-29T15:59:00+00:00"))  # 23:59 in UTC+8
    ledger = UsageLedger.open(tmp_path / "usage.sqlite3", clock=clock)
    ledger.record_call("modelscope", "main", "Qwen/Qwen3-32B")
    ledger.record_call("modelscope", "main", "Qwen/Qwen3-32B")
    assert ledger.calls_today("modelscope", "main") == 2
    clock.now = at("2026-11-29T15:59:59+00:00")
    assert ledger.calls_today("modelscope", "main") == 2
    clock.now = at("2026-11-29T16:00:00+00:00")  # 00:00 UTC+8: a new quota day
    assert ledger.calls_today("modelscope", "main") == 0
    ledger.record_call("modelscope", "main", "Qwen/Qwen3-32B")
    assert ledger.calls_today("modelscope", "main") == 1
    assert ledger.daily_counts("modelscope", "main", days=3) == [
        ("2026-11-28", 0), ("2026-11-29", 2), ("2026-11-30", 1)
    ]


def test_a_daylight_saving_change_on_the_machine_moves_nothing(tmp_path, machine_zone):
    machine_zone("America/New_York")  # clocks went back at 06:00 UTC on 2026-11-01
    clock = Clock(at("2026-11-01T05:30:00+00:00"))  # 01:30 EDT, 13:30 UTC+8
    ledger = UsageLedger.open(tmp_path / "usage.sqlite3", clock=clock)
    ledger.record_call("modelscope", "main", "m")
    clock.now = at("2026-11-01T06:30:00+00:00")  # 01:30 EST again: the same local hour, an hour later
    ledger.record_call("modelscope", "main", "m")
    assert ledger.calls_today("modelscope", "main") == 2
    clock.now = at("2026-11-01T15:59:00+00:00")
    assert ledger.calls_today("modelscope", "main") == 2
    clock.now = at("2026-11-01T16:00:00+00:00")
    assert ledger.calls_today("modelscope", "main") == 0


def test_a_clock_set_back_does_not_count_twice_or_move_earlier_calls(tmp_path):
    clock = Clock(at("2026-11-30T02:00:00+00:00"))
    ledger = UsageLedger.open(tmp_path / "usage.sqlite3", clock=clock)
    first = ledger.record_call("modelscope", "main", "m")
    ledger.record_call("modelscope", "main", "m", call_id=first)  # the same call again: not counted
    assert ledger.calls_today("modelscope", "main") == 1
    clock.now = at("2026-11-29T02:00:00+00:00")  # the user sets the clock a day back
    assert ledger.calls_today("modelscope", "main") == 0
    ledger.record_call("modelscope", "main", "m")
    clock.now = at("2026-11-30T03:00:00+00:00")  # and forward again
    assert ledger.calls_today("modelscope", "main") == 1  # the call made "yesterday" stays there


def test_counts_and_the_last_figures_survive_a_restart(tmp_path):
    clock = Clock(at("2026-11-30T02:00:00+00:00"))
    ledger = UsageLedger.open(tmp_path / "usage.sqlite3", clock=clock)
    ledger.record_call("modelscope", "main", "Qwen/Qwen3-32B")
    ledger.record_headers(RateLimit("modelscope", "main", "Qwen/Qwen3-32B", 2000, 1998, 500, 498))
    ledger.close()
    again = UsageLedger.open(tmp_path / "usage.sqlite3", clock=clock)
    usage = again.token_usage("modelscope", "main")
    assert usage.calls_today == 1 and usage.calls_by_model == {"Qwen/Qwen3-32B": 1}
    assert (usage.requests_limit, usage.requests_remaining) == (2000, 1998)
    assert usage.models == {"Qwen/Qwen3-32B": (500, 498)}
    clock.now += timedelta(days=1)
    tomorrow = again.token_usage("modelscope", "main")
    assert tomorrow.calls_today == 0 and tomorrow.requests_remaining is None  # yesterday's figures are gone


def test_a_damaged_usage_file_is_kept_aside(tmp_path):
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    ledger = UsageLedger.open(path)
    assert ledger.calls_today("modelscope", "main") == 0
    assert [p.name for p in tmp_path.iterdir() if ".corrupt-" in p.name]


def test_msdesk_quota_shows_own_calls_and_the_servers_figures(fake_env):
    env = dict(os.environ, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    assert msdesk_cli("chat", "-m", "Qwen/Qwen3-32B", "--no-thinking", "one", env=env).returncode == 0
    fake_env.set_behaviour("429", times=1)
    assert msdesk_cli("chat", "-m", "Qwen/Qwen3-32B", "two", env=env).returncode == 4  # not served: not counted
    done = msdesk_cli("quota", "--json", env=env)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    [token] = [t for t in report["tokens"] if t["label"] == "environment"]
    assert token["calls_today"] == 1 and token["calls_by_model"] == {"Qwen/Qwen3-32B": 1}
    served = fake_env.usage(VALID_TOKEN)["total"]
    assert token["requests_limit"] and token["requests_remaining"] == token["requests_limit"] - served
    assert 0 < report["resets_in_seconds"] <= 24 * 3600
    text = msdesk_cli("quota", env=env)
    assert "1 call today by msdesk" in text.stdout and "left" in text.stdout
    assert VALID_TOKEN not in done.stdout + text.stdout + text.stderr
