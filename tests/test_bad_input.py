"""Bad input on the command line: exit 2 (or the command's own error), never 1, never a
traceback, never a token given back.

A property test puts hostile text (empty, huge, control characters, right-to-left
marks, undecodable bytes, lone surrogates, tokens whole or cut short) into each
argument and into stdin of the commands, against the fake ModelScope.
"""

from __future__ import annotations

import os
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import msdesk_cli
from tests.fakes.modelscope import VALID_TOKEN

SECRET_KEY = "sk-" + uuid.uuid4().hex  # a Bailian key of the real shape, made up for this run
TOKENS = (VALID_TOKEN, SECRET_KEY)


def pieces(secret: str, size: int = 8) -> set[str]:
    return {secret[i:i + size] for i in range(len(secret) - size + 1)}


TOKEN_PIECES = set().union(*(pieces(token) for token in TOKENS))

HOSTILE = st.one_of(
    st.sampled_from([
        "", " ", "-", "--", "\n", "\t\r\x0b", "\x1b[31mred\x1b[0m", "\x00", "\x07bell",
        "\u202eevil\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd", "\ufeff", "a" * 20_000,
        "hi \udcff", "\udcff\udcfe", "\ud800", "owner/\udce9",
        VALID_TOKEN, VALID_TOKEN[:14], VALID_TOKEN[:22] + "...", VALID_TOKEN[3:20],
        SECRET_KEY, SECRET_KEY[:12], f"Bearer {VALID_TOKEN}", f"x/{VALID_TOKEN}",
        "Qwen/Qwen3-32B", "../../etc/passwd", "%s%n{0}", "-1", "1e999", "nan",
    ]),
    st.text(max_size=40),
)

# Each shape is a command with one place for the hostile text ("{}"), or "-" reading it from stdin.
SHAPES = [
    ("chat", "-m", "{}", "hello"),
    ("chat", "-m", "Qwen/Qwen3-32B", "{}"),
    ("chat", "-m", "Qwen/Qwen3-32B", "-"),
    ("chat", "--provider", "{}", "-m", "Qwen/Qwen3-32B", "hello"),
    ("chat", "-m", "Qwen/Qwen3-32B", "--label", "{}", "hello"),
    ("chat", "-m", "Qwen/Qwen3-32B", "--temperature", "{}", "hello"),
    ("chat", "-m", "Qwen/Qwen3-32B", "--system", "{}", "hello"),
    ("model", "show", "{}"),
    ("models", "--search", "{}"),
    ("models", "--sort", "{}"),
    ("models", "--page", "{}"),
    ("models", "--task", "{}"),
    ("token", "remove", "--label", "{}"),
    ("token", "set", "--label", "{}"),
    ("token", "list", "--provider", "{}"),
    ("quota", "--provider", "{}"),
    ("{}",),
]
# Where the text reaches the model as the prompt, the fake answers (and reasons) with an
# echo of it: that is the model's answer, not msdesk giving a token back.
ECHOED_BY_THE_MODEL = {1, 2, 6}

@settings(max_examples=30, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(shape=st.integers(0, len(SHAPES) - 1), text=HOSTILE)
def test_hostile_arguments_and_stdin_never_crash_or_echo_a_token(fake_env, shape, text):
    args = [text if part == "{}" else part for part in SHAPES[shape]]
    # stdin carries bytes: a lone surrogate becomes bytes that are not UTF-8 (ED A0 80).
    raw = text.encode("utf-8", "surrogatepass").decode("utf-8", "surrogateescape")
    stdin = raw if "-" in SHAPES[shape] else "some text"
    env = dict(os.environ, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    result = msdesk_cli(*args, env=env, stdin=stdin, timeout=30)
    shown = result.stderr + result.stdout
    if shape in ECHOED_BY_THE_MODEL:  # only msdesk's own lines, not the answer and its reasoning
        shown = "\n".join(line for line in result.stderr.splitlines() if line.startswith("msdesk"))
    assert result.returncode not in (1,) and result.returncode >= 0, (args, result.stderr)
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr, result.stderr
    assert not [piece for piece in TOKEN_PIECES if piece in shown], (args, shown[-400:])


def test_stdin_that_is_not_utf8_is_a_usage_error(fake_env):
    env = dict(os.environ, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    result = msdesk_cli("chat", "-m", "Qwen/Qwen3-32B", "-", env=env, stdin="hi \udcff")
    assert result.returncode == 2
    assert result.stderr.strip() == "msdesk: The prompt on stdin is not valid UTF-8 (at byte 3)."


def test_an_undecodable_argument_is_a_usage_error_in_one_line(fake_env):
    for args in (("chat", "--provider", "\udcff", "-m", "a/b", "hi"), ("models", "--search", "\udced\udca0\udc80"),
                 ("chat", "-m", "Qwen/Qwen3-32B", "hi \udcff")):
        result = msdesk_cli(*args, env=dict(os.environ, MODELSCOPE_API_TOKEN=VALID_TOKEN))
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "not valid text" in result.stderr and "Traceback" not in result.stderr


def test_a_host_name_that_cannot_be_encoded_is_a_usage_error(fake_env):
    env = dict(os.environ, MODELSCOPE_API_TOKEN=VALID_TOKEN, MSDESK_API_BASE="http://xn--/v1")
    result = msdesk_cli("chat", "-m", "Qwen/Qwen3-32B", "hi", env=env)
    assert result.returncode == 2, result.stderr
    assert "cannot be used" in result.stderr and "Traceback" not in result.stderr


def test_a_token_pasted_into_another_argument_is_not_given_back(fake_env):
    for args in (("chat", "-m", VALID_TOKEN), ("model", "show", VALID_TOKEN), ("models", "--sort", VALID_TOKEN),
                 ("token", "remove", "--label", VALID_TOKEN), ("chat", "-m", VALID_TOKEN[:20], "hi"),
                 ("models", "--page", SECRET_KEY[:14])):
        result = msdesk_cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert not [piece for piece in TOKEN_PIECES if piece in result.stdout + result.stderr], result.stderr
