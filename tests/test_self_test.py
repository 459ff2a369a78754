"""``msdesk --self-test``: what a packager runs on the built app, and what it must prove."""

from __future__ import annotations

import json

import pytest

from msdesk import __version__
from tests.conftest import msdesk_cli


def one_json_line(done) -> dict:
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, (done.stdout, done.stderr)
    return json.loads(lines[0])


def test_the_self_test_builds_everything_and_says_so_in_one_json_line(isolated_home):
    done = msdesk_cli("--self-test", cold=True)
    assert done.returncode == 0, (done.stdout, done.stderr)
    report = one_json_line(done)
    assert report["ok"] is True and "failed" not in report
    assert report["version"] == __version__
    assert report["pages"] == ["chat", "models", "settings"]
    assert (report["markdown"], report["http"], report["stores"]) == ("coloured", "ok", "ok")
    assert report["qt"].startswith("6.") and report["python"].count(".") == 2
    assert report["keychain"] and report["ms"] > 0
    # The user's own folder is not where it ran.
    assert not isolated_home.exists() or not any(isolated_home.iterdir())


@pytest.mark.keychain
def test_the_self_test_opens_the_real_keychain_and_writes_nothing_to_it(keychain):
    report = one_json_line(msdesk_cli("--self-test", cold=True))
    assert report["ok"] is True
    assert "SecretService" in report["keychain"] and report["keychain_secure"] is True
    assert json.loads(msdesk_cli("token", "list", "--json").stdout)["tokens"] == []


def test_a_step_that_fails_is_named_and_the_exit_code_is_1(qapp, monkeypatch):
    from msdesk import self_test

    async def no_answer(_services):
        raise ConnectionRefusedError("the local server did not answer")

    monkeypatch.setattr(self_test, "_round_trip", no_answer)
    printed: list[str] = []
    assert self_test.run_self_test(out=printed.append) == 1
    report = json.loads(printed[0])
    assert report["ok"] is False and report["failed"] == "http"
    assert report["error"] == "ConnectionRefusedError: the local server did not answer"
