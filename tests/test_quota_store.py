"""The one quota store: own call counts per token and UTC+8 quota day, the last figures, spent marks.

Keyed by the token's fingerprint, persisted, whatever the machine's clock says.
"""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime, timedelta

import pytest

from msdesk.core.quota import USAGE_FILE, QuotaStore
from msdesk.core.ratelimit import RateLimit
from tests.conftest import msdesk_cli
from tests.fakes.modelscope import VALID_TOKEN, new_token

MAIN = new_token()
FRESH = new_token()


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
    store = QuotaStore.open(tmp_path / "usage.sqlite3", clock=clock)
    store.record_call("modelscope", MAIN, "Qwen/Qwen3-32B", token_label="main")
    store.record_call("modelscope", MAIN, "Qwen/Qwen3-32B", token_label="main")
    assert store.calls_today("modelscope", "main") == 2
    clock.now = at("2026-11-29T15:59:59+00:00")
    assert store.calls_today("modelscope", "main") == 2
    clock.now = at("2026-11-29T16:00:00+00:00")  # 00:00 UTC+8: a new quota day
    assert store.calls_today("modelscope", "main") == 0
    store.record_call("modelscope", MAIN, "Qwen/Qwen3-32B", token_label="main")
    assert store.calls_today("modelscope", "main") == 1
    assert store.daily_counts("modelscope", "main", days=3) == [
        ("2026-11-28", 0), ("2026-11-29", 2), ("2026-11-30", 1)
    ]


def test_a_daylight_saving_change_on_the_machine_moves_nothing(tmp_path, machine_zone):
    machine_zone("America/New_York")  # clocks went back at 06:00 UTC on 2026-11-01
    clock = Clock(at("2026-11-01T05:30:00+00:00"))  # 01:30 EDT, 13:30 UTC+8
    store = QuotaStore.open(tmp_path / "usage.sqlite3", clock=clock)
    store.record_call("modelscope", MAIN, "m", token_label="main")
    clock.now = at("2026-11-01T06:30:00+00:00")  # 01:30 EST again: the same local hour, an hour later
    store.record_call("modelscope", MAIN, "m", token_label="main")
    assert store.calls_today("modelscope", "main") == 2
    clock.now = at("2026-11-01T15:59:00+00:00")
    assert store.calls_today("modelscope", "main") == 2
    clock.now = at("2026-11-01T16:00:00+00:00")
    assert store.calls_today("modelscope", "main") == 0


def test_a_clock_set_back_does_not_count_twice_or_move_earlier_calls(tmp_path):
    clock = Clock(at("2026-11-30T02:00:00+00:00"))
    store = QuotaStore.open(tmp_path / "usage.sqlite3", clock=clock)
    first = store.record_call("modelscope", MAIN, "m", token_label="main")
    store.record_call("modelscope", MAIN, "m", token_label="main", call_id=first)  # the same call: not counted
    assert store.calls_today("modelscope", "main") == 1
    clock.now = at("2026-11-29T02:00:00+00:00")  # the user sets the clock a day back
    assert store.calls_today("modelscope", "main") == 0
    store.record_call("modelscope", MAIN, "m", token_label="main")
    clock.now = at("2026-11-30T03:00:00+00:00")  # and forward again
    assert store.calls_today("modelscope", "main") == 1  # the call made "yesterday" stays there


def test_counts_and_the_last_figures_survive_a_restart(tmp_path):
    clock = Clock(at("2026-11-30T02:00:00+00:00"))
    store = QuotaStore.open(tmp_path / "usage.sqlite3", clock=clock)
    store.record_call("modelscope", MAIN, "Qwen/Qwen3-32B", token_label="main")
    store.record_figures(RateLimit("modelscope", "main", "Qwen/Qwen3-32B", 2000, 1998, 500, 498), MAIN)
    store.close()
    again = QuotaStore.open(tmp_path / "usage.sqlite3", clock=clock)
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
    store = QuotaStore.open(path)
    assert store.calls_today("modelscope", "main") == 0
    assert [p.name for p in tmp_path.iterdir() if ".corrupt-" in p.name]


def test_a_token_stored_anew_under_the_same_label_is_a_new_key(tmp_path):
    clock = Clock(at("2026-11-30T02:00:00+00:00"))
    store = QuotaStore.open(tmp_path / USAGE_FILE, clock=clock)
    store.record_call("modelscope", MAIN, "m", token_label="main")
    store.record_figures(RateLimit("modelscope", "main", "m", 2000, 0, 500, 0), MAIN)
    store.mark_spent("modelscope", MAIN, now=clock.now)
    assert store.known_spent("modelscope", MAIN, "m", now=clock.now)
    assert store.token_usage("modelscope", "main").requests_remaining == 0

    clock.now += timedelta(minutes=1)
    store.saw("modelscope", "main", FRESH)  # the label holds another token now: nothing is forgotten
    assert not store.known_spent("modelscope", FRESH, "m", now=clock.now)
    fresh = store.token_usage("modelscope", "main")
    assert (fresh.calls_today, fresh.requests_remaining, fresh.models) == (0, None, {})
    assert store.known_spent("modelscope", MAIN, "m", now=clock.now)  # still the old token's

    clock.now += timedelta(minutes=1)
    store.saw("modelscope", "main", MAIN)  # the old one put back (an undone delete): its figures too
    assert store.token_usage("modelscope", "main").calls_today == 1


def test_one_token_under_two_labels_is_one_key_and_the_latest_label_names_it(tmp_path):
    clock = Clock(at("2026-11-30T02:00:00+00:00"))
    store = QuotaStore.open(tmp_path / USAGE_FILE, clock=clock)
    store.record_figures(RateLimit("modelscope", "main", "m", 2000, 0), MAIN)
    assert store.known_spent("modelscope", MAIN, "m", now=clock.now)
    clock.now += timedelta(seconds=1)
    store.record_call("modelscope", MAIN, "m", token_label="renamed")
    assert store.token_usage("modelscope", "renamed").requests_remaining == 0
    assert store.token_usage("modelscope", "main").requests_remaining is None  # the label moved on
    assert store.labels_seen_today("modelscope") == ["renamed"]
    assert store.latest_label("modelscope") == "renamed"


def test_the_fingerprint_is_keyed_short_and_the_token_is_never_written(tmp_path):
    path = tmp_path / USAGE_FILE
    store = QuotaStore.open(path)
    fingerprint = store.fingerprint(MAIN)
    store.record_call("modelscope", MAIN, "m", token_label="main")
    store.record_figures(RateLimit("modelscope", "main", "m", 2000, 1999), MAIN)
    store.close()
    again = QuotaStore.open(path)
    assert again.fingerprint(MAIN) == fingerprint  # the key is kept: the same token, the same key
    assert QuotaStore.in_memory().fingerprint(MAIN) != fingerprint  # another key, another hash
    assert len(fingerprint) == 16 and MAIN not in repr(again)
    again.close()
    written = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert MAIN.encode() not in written and MAIN[3:].encode() not in written


def test_a_usage_file_of_the_older_layout_is_kept_aside_and_counting_starts_again(tmp_path, caplog):
    import sqlite3

    path = tmp_path / USAGE_FILE
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE calls (id TEXT PRIMARY KEY, day TEXT, at REAL, provider_id TEXT, token_label TEXT,"
        " model TEXT, kind TEXT); INSERT INTO calls VALUES ('x', '2026-11-30', 0, 'modelscope', 'main', 'm', 'chat');"
    )
    old.close()
    clock = Clock(at("2026-11-30T02:00:00+00:00"))
    with caplog.at_level("WARNING"):
        store = QuotaStore.open(path, clock=clock)
    assert "older layout" in caplog.text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(f"{USAGE_FILE}.v0-")]
    assert store.calls_today("modelscope", "main") == 0
    store.record_call("modelscope", MAIN, "m", token_label="main")
    assert store.calls_today("modelscope", "main") == 1


def test_every_change_is_one_quota_notice_for_its_provider(tmp_path):
    from msdesk.core.changes import Change, Changes

    changes = Changes()
    heard = []
    changes.subscribe(heard.append)
    clock = Clock(at("2026-11-30T02:00:00+00:00"))
    store = QuotaStore.open(tmp_path / USAGE_FILE, clock=clock, changes=changes)
    store.record_call("modelscope", MAIN, "m", token_label="main")
    store.record_figures(RateLimit("bailian", "key", "m", 10, 9), FRESH)
    store.record_figures(RateLimit("bailian", "key", "m"), FRESH)  # no figures: no change
    store.mark_spent("modelscope", MAIN, now=clock.now)
    assert [(n.what, n.provider_id) for n in heard] == [
        (Change.QUOTA, "modelscope"), (Change.QUOTA, "bailian"), (Change.QUOTA, "modelscope")
    ]


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
    assert "≈ 1 call today" in text.stdout and "left (server)" in text.stdout
    assert "msdesk's own count (an estimate" in text.stdout
    assert token["calls_today_is_estimate"] is True
    assert VALID_TOKEN not in done.stdout + text.stdout + text.stderr


def test_msdesk_quota_says_unknown_when_the_server_sends_no_limits(fake_env):
    fake_env.limit_headers = False
    env = dict(os.environ, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    assert msdesk_cli("chat", "-m", "Qwen/Qwen3-32B", "--no-thinking", "one", env=env).returncode == 0
    text = msdesk_cli("quota", env=env)
    assert text.returncode == 0, text.stderr
    line = next(row for row in text.stdout.splitlines() if "environment" in row)
    assert "≈ 1 call today" in line and "limit unknown" in line
    assert "2000" not in text.stdout


def test_msdesk_quota_shows_the_credit_balance_where_the_hub_answers(fake_env):
    fake_env.credit_grant = 250
    fake_env.credit_costs["Qwen/Qwen3-32B"] = 2
    env = dict(os.environ, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    assert msdesk_cli("chat", "-m", "Qwen/Qwen3-32B", "--no-thinking", "one", env=env).returncode == 0
    text = msdesk_cli("quota", "--model", "Qwen/Qwen3-32B", env=env)
    assert text.returncode == 0, text.stderr
    assert "credits, as ModelScope said: 248 of 250 credits left" in text.stdout
    assert "Credits: a call of Qwen/Qwen3-32B costs 2 credits (tier premium)." in text.stdout
    report = json.loads(msdesk_cli("quota", "--json", "--model", "Qwen/Qwen3-32B", env=env).stdout)
    [token] = [t for t in report["tokens"] if t["label"] == "environment"]
    assert token["credits"] == {"available": 248.0, "total": 250.0, "frozen": 0.0}
    assert report["model_cost"] == {"model": "Qwen/Qwen3-32B", "credits": 2.0, "tier": "premium"}
