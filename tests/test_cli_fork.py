"""The forked command-line runner (tests/cli_fork.py) gives what a cold run gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.cli_fork import ForkRunner
from tests.conftest import ROOT

# Without fork (Windows) every call of the runner is a cold subprocess.
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the runner forks")


@pytest.fixture(scope="module")
def runner():
    runner = ForkRunner()
    runner.MAX_HELPERS = 1  # a call no helper can serve runs cold
    yield runner
    helpers = [helper._process for helper in runner._helpers]
    runner.stop()
    assert helpers and all(process.poll() is not None for process in helpers)
    assert runner.workdir is None


def both(runner, *args, env=None, stdin=None, timeout=30, module="tests.cli_probe"):
    env = dict(os.environ) if env is None else env
    cold = subprocess.run([sys.executable, "-m", module, *args], input=stdin, capture_output=True,
                          text=True, timeout=timeout, env=env, cwd=str(ROOT))
    forked = runner.run(module, list(args), env=env, cwd=str(ROOT), stdin=stdin, timeout=timeout)
    assert forked.args == cold.args
    return cold, forked


def same(cold, forked):
    assert (forked.returncode, forked.stdout, forked.stderr) == (
        cold.returncode, cold.stdout, cold.stderr
    )


@pytest.mark.parametrize("code", ["0", "3", "130"])
def test_exit_codes_are_the_childs_own(runner, code):
    cold, forked = both(runner, "exit", code)
    same(cold, forked)
    assert forked.returncode == int(code)


def test_an_exit_with_text_prints_it_and_exits_1(runner):
    cold, forked = both(runner, "exit-text")
    same(cold, forked)
    assert forked.returncode == 1 and forked.stderr == "bye from the probe\n"


def test_an_uncaught_exception_is_a_traceback_and_1(runner):
    cold, forked = both(runner, "raise")
    assert cold.returncode == forked.returncode == 1
    for done in (cold, forked):
        assert done.stderr.startswith("Traceback") and done.stderr.endswith("ValueError: boom\n")


def test_unflushed_output_atexit_and_threads_end_as_in_a_cold_run(runner):
    same(*both(runner, "unflushed"))
    cold, forked = both(runner, "late")
    same(cold, forked)
    assert forked.stdout == "the thread finished\natexit ran\n"


def test_a_signal_ends_the_child_as_it_would(runner):
    cold, forked = both(runner, "signal")
    same(cold, forked)
    assert forked.returncode == -15


def test_environment_folder_argv_and_stdin_are_the_calls_own(runner):
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    env.update(MSDESK_HOME="/nowhere/a", PROBE_ONLY_HERE="yes")
    cold, forked = both(runner, "world", "read", env=env, stdin="line one\nline two\n")
    same(cold, forked)
    seen = json.loads(forked.stdout)
    assert seen["env"]["PROBE_ONLY_HERE"] == "yes" and seen["stdin"] == "line one\nline two\n"
    assert seen["cwd"] == str(ROOT) and seen["argv"] == ["world", "read"]

    del env["PROBE_ONLY_HERE"]  # a variable the last call had is gone from the next
    env["MSDESK_HOME"] = "/nowhere/b"
    cold, forked = both(runner, "world", "read", env=env, stdin="")
    same(cold, forked)
    assert "PROBE_ONLY_HERE" not in json.loads(forked.stdout)["env"]


def test_msdesk_itself_answers_as_in_a_cold_run(runner, isolated_home):
    before = runner.forked
    for args in (["token", "list", "--json"], ["models", "--sort", "stars"]):
        same(*both(runner, *args, module="msdesk"))
    assert runner.forked == before + 2 and runner.cold == 0


def test_a_call_that_changes_what_imports_read_runs_cold(runner):
    same(*both(runner, "world"))  # the one helper there may be, started with this environment
    env = dict(os.environ, LANG="C", LC_ALL="C")
    before = (runner.forked, runner.cold)
    cold, forked = both(runner, "world", env=env)
    same(cold, forked)
    assert (runner.forked, runner.cold) == (before[0], before[1] + 1)


def test_a_hung_child_is_killed_at_the_timeout(runner):
    with pytest.raises(subprocess.TimeoutExpired) as caught:
        runner.run("tests.cli_probe", ["hang"], env=dict(os.environ), cwd=str(ROOT), stdin=None,
                   timeout=0.2)
    pid = int(caught.value.output.split()[0])
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    same(*both(runner, "exit", "0"))  # and the helper goes on serving
