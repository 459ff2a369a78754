"""The command line as a user runs it: real subprocesses, the fake server, a real keychain."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from msdesk import __version__
from tests.conftest import msdesk_cli
from tests.fakes.modelscope import BIND_TOKEN, VALID_TOKEN, new_token

MODEL = "Qwen/Qwen2.5-72B-Instruct"


def env_with(_server, **extra):
    """The test's environment (MSDESK_HOME, fake addresses set by fixtures) plus ``extra``."""
    env = dict(os.environ)
    env.update(extra)
    return env


def assert_clean_failure(done, code):
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("msdesk:")]
    assert lines, done.stderr
    return lines[-1]


def test_version():
    done = msdesk_cli("--version", cold=True)
    assert done.returncode == 0 and done.stdout.strip() == f"msdesk {__version__}"


@pytest.mark.keychain
def test_a_whole_session_leaves_the_token_nowhere(keychain, fake_env, isolated_home):
    env = env_with(fake_env)
    outputs = []

    def cli(*args, stdin=None):
        done = msdesk_cli(*args, env=env, stdin=stdin, cold=True)  # the real entry point, every call
        outputs.extend([done.stdout, done.stderr])
        return done

    done = cli("token", "set", stdin=VALID_TOKEN + "\n")  # the first token is "main", as in the window
    assert done.returncode == 0, done.stderr
    assert "Stored token 'main'" in done.stdout and "SecretService" in done.stdout

    listing = json.loads(cli("token", "list", "--json").stdout)
    assert listing["secure"] is True and "SecretService" in listing["backend"]
    assert listing["tokens"] == [{"provider": "modelscope", "label": "main", "masked": "ms-6f…2c3d"}]

    page = json.loads(cli("models", "--search", "qwen", "--json").stdout)
    assert page["models"] and all(m["api_inference"] for m in page["models"])

    chat = cli("-v", "chat", "-m", MODEL, "what is ModelScope?")
    assert chat.returncode == 0, chat.stderr
    assert "what is ModelScope?" in chat.stdout
    assert "HTTP Request: POST" in chat.stderr  # -v logs to stderr, and that is scanned too
    assert fake_env.requests[-1].headers["authorization"] == f"Bearer {VALID_TOKEN}"

    check = cli("token", "check", "--model", MODEL)
    assert check.returncode == 0 and "main: OK" in check.stdout and "one call" in check.stderr

    replaced = cli("token", "set", "--label", "main", stdin=VALID_TOKEN)
    assert "Replaced token 'main'" in replaced.stdout
    assert len(json.loads(cli("token", "list", "--json").stdout)["tokens"]) == 1

    # Scan every file msdesk wrote, and everything it printed.
    files = [p for p in Path(isolated_home).rglob("*") if p.is_file()]
    assert any(p.name == "msdesk.log" for p in files), "the session logged something"
    log_text = next(p for p in files if p.name == "msdesk.log").read_text(encoding="utf-8")
    assert "chat/completions" in log_text
    for path in files:
        assert VALID_TOKEN.encode() not in path.read_bytes(), path
    for text in outputs:
        assert VALID_TOKEN not in text

    assert cli("token", "remove", "--label", "main").returncode == 0
    assert json.loads(cli("token", "list", "--json").stdout)["tokens"] == []


def test_token_set_without_a_keychain_refuses_and_says_what_to_do(isolated_home):
    done = msdesk_cli("token", "set", "--label", "x", stdin=VALID_TOKEN)
    line = assert_clean_failure(done, 3)
    assert "MODELSCOPE_API_TOKEN" in line
    assert VALID_TOKEN not in done.stdout + done.stderr


@pytest.mark.keychain
def test_token_set_warns_about_an_odd_format_but_stores_it(keychain, isolated_home):
    done = msdesk_cli("token", "set", "--label", "odd", stdin="not-a-modelscope-token")
    assert done.returncode == 0 and "does not look like a ModelScope token" in done.stderr
    assert msdesk_cli("token", "remove", "--label", "odd").returncode == 0


def test_env_token_is_used_and_never_stored(fake_env):
    env = env_with(fake_env, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    done = msdesk_cli("chat", "-m", MODEL, "hi env", env=env)
    assert done.returncode == 0 and "hi env" in done.stdout
    listing = json.loads(msdesk_cli("token", "list", "--json", env=env).stdout)
    assert listing["tokens"] == [{"provider": "modelscope", "label": "$MODELSCOPE_API_TOKEN",
                                  "masked": "ms-6f…2c3d"}]


def test_chat_reads_stdin_streams_reasoning_to_stderr_and_json(fake_env):
    env = env_with(fake_env, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    done = msdesk_cli("chat", "-m", "deepseek-ai/DeepSeek-R1", "-", env=env, stdin="from stdin")
    assert done.returncode == 0, done.stderr
    assert "from stdin" in done.stdout
    assert done.stderr.strip(), "reasoning goes to stderr"
    assert done.stderr.strip() not in done.stdout

    done = msdesk_cli("chat", "-m", "deepseek-ai/DeepSeek-R1", "--json", "--system", "be brief", "q?", env=env)
    data = json.loads(done.stdout)
    assert "q?" in data["content"] and data["reasoning"]
    assert data["usage"]["completion_tokens"] > 0 and data["token_label"] == "environment"
    assert fake_env.requests[-1].json["messages"][0] == {"role": "system", "content": "be brief"}

    done = msdesk_cli("chat", "-m", "Qwen/Qwen3-32B", "--no-stream", "plain", env=env)
    assert done.returncode == 0 and "plain" in done.stdout
    assert fake_env.requests[-1].json["enable_thinking"] is False


def test_chat_sends_enable_thinking_only_to_models_that_take_it_as_the_window_does(fake_env):
    env = env_with(fake_env, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    done = msdesk_cli("chat", "-m", "Qwen/Qwen3-32B", "--no-thinking", "quiet", env=env)
    assert done.returncode == 0, done.stderr
    assert fake_env.requests[-1].json["enable_thinking"] is False
    done = msdesk_cli("chat", "-m", "Qwen/Qwen2.5-72B-Instruct", "--thinking", "plain", env=env)
    assert done.returncode == 0, done.stderr
    assert "enable_thinking" not in fake_env.requests[-1].json and "plain" in done.stdout


@pytest.mark.parametrize(
    ("behaviour", "code", "words"),
    [
        ("401", 3, "rejected"),
        ("bind", 3, "Alibaba Cloud"),
        ("429", 4, "00:00 UTC+8"),
        ("500", 5, "server error"),
        ("502_html", 5, "HTTP 502"),
        ("malformed", 5, "malformed"),
    ],
)
def test_exit_codes_and_one_line_errors(fake_env, behaviour, code, words):
    fake_env.set_behaviour(behaviour)
    env = env_with(fake_env, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    done = msdesk_cli("chat", "-m", MODEL, "hi", env=env)
    line = assert_clean_failure(done, code)
    assert words in line
    assert VALID_TOKEN not in done.stdout + done.stderr


def test_missing_token_and_unserved_model(fake_env):
    done = msdesk_cli("chat", "-m", MODEL, "hi", env=env_with(fake_env))
    assert "msdesk token set" in assert_clean_failure(done, 3)
    env = env_with(fake_env, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    done = msdesk_cli("chat", "-m", "damo/never-served", "hi", env=env)
    assert "not served by API-Inference" in assert_clean_failure(done, 6)


def test_bind_token_exits_3_with_the_link(fake_env):
    fake_env.add_token(BIND_TOKEN)
    done = msdesk_cli("chat", "-m", MODEL, "hi", env=env_with(fake_env, MODELSCOPE_API_TOKEN=BIND_TOKEN))
    line = assert_clean_failure(done, 3)
    assert "Alibaba Cloud" in line and "https://" in line


def test_a_cut_stream_leaves_the_partial_answer_on_stdout(fake_env):
    fake_env.answer_words = 80
    fake_env.set_behaviour("cut")
    env = env_with(fake_env, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    done = msdesk_cli("chat", "-m", MODEL, "cut me", env=env)
    line = assert_clean_failure(done, 5)
    assert "cut me" in done.stdout
    assert "closed before the answer was complete" in line


def test_a_dead_network_exits_5(isolated_home, monkeypatch):
    env = env_with(None, MSDESK_API_BASE="http://127.0.0.1:9/v1", MODELSCOPE_API_TOKEN=VALID_TOKEN)
    done = msdesk_cli("chat", "-m", MODEL, "hi", env=env)
    assert "Could not connect" in assert_clean_failure(done, 5)


def test_bad_usage_exits_2():
    assert msdesk_cli("chat", "hi").returncode == 2  # no model
    assert msdesk_cli("models", "--sort", "stars").returncode == 2
    done = msdesk_cli("model", "show", "not-an-id")
    assert "owner/name" in assert_clean_failure(done, 2)
    done = msdesk_cli("chat", "-m", "nomodelslash", "hi")
    assert_clean_failure(done, 2)


def test_models_json_shape_filters_and_paging(fake_env):
    env = env_with(fake_env)
    page = json.loads(msdesk_cli("models", "--json", "--page-size", "7", "--page", "2", env=env).stdout)
    assert page["page"] == 2 and len(page["models"]) == 7 and page["total"] > 14
    keys = {"id", "owner", "name", "chinese_name", "tasks", "downloads", "likes", "updated", "api_inference"}
    assert all(set(m) == keys for m in page["models"])
    sent = fake_env.requests[-1].json
    assert sent["SingleCriterion"] and sent["PageNumber"] == 2

    msdesk_cli("models", "--all", "--task", "text-to-image-synthesis", "--sort", "likes", "--json", env=env)
    sent = fake_env.requests[-1].json
    assert sent["SingleCriterion"] == [] and sent["SortBy"] == "StarsCount"
    assert sent["Criterion"][0]["values"] == ["text-to-image-synthesis"]

    text = msdesk_cli("models", "--search", "deepseek", env=env).stdout
    assert "deepseek-ai/DeepSeek-R1" in text and "API" in text


def test_model_show(fake_env):
    env = env_with(fake_env)
    data = json.loads(msdesk_cli("model", "show", MODEL, "--json", env=env).stdout)
    assert data["id"] == MODEL and data["readme"] and data["url"].endswith(MODEL)
    text = msdesk_cli("model", "show", MODEL, env=env).stdout
    assert text.startswith(MODEL) and "```" in text
    done = msdesk_cli("model", "show", "nobody/nothing", env=env)
    assert "no model" in assert_clean_failure(done, 6)


def test_a_corrupt_settings_file_warns_and_goes_on(fake_env, isolated_home):
    settings = Path(isolated_home) / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text("{broken")
    done = msdesk_cli("models", "--json", env=env_with(fake_env))
    assert done.returncode == 0 and "kept as settings.json.corrupt-" in done.stderr
    assert json.loads(done.stdout)["models"]


def test_a_closed_pipe_ends_quietly(fake_env):
    import subprocess
    import sys

    env = env_with(fake_env)
    reader = subprocess.Popen(
        [sys.executable, "-m", "msdesk", "models", "--all", "--page-size", "100"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    reader.stdout.read(10)
    reader.stdout.close()  # like `| head -c 10`
    _, err = reader.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_no_token_on_stdin_is_bad_usage_and_label_checked_first(keychain):
    done = msdesk_cli("token", "set", "--label", "x", stdin="")
    assert "No token was given" in assert_clean_failure(done, 2)
    done = msdesk_cli("token", "set", "--label", "a/b", stdin=VALID_TOKEN)
    line = assert_clean_failure(done, 2)
    assert "label" in line and "stored anyway" not in done.stderr


def test_a_token_with_a_stray_character_is_refused_clearly(fake_env, keychain):
    done = msdesk_cli("token", "set", "--label", "x", stdin="ms-abc’")
    assert "cannot be sent" in assert_clean_failure(done, 2)
    env = env_with(fake_env, MODELSCOPE_API_TOKEN="ms-abc’def")
    done = msdesk_cli("chat", "-m", MODEL, "hi", env=env)
    assert "cannot be sent" in assert_clean_failure(done, 3)


def test_an_unusable_home_folder_is_one_clear_line(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("")
    env = env_with(None, MSDESK_HOME=str(afile))
    done = msdesk_cli("models", env=env)
    assert "MSDESK_HOME" in assert_clean_failure(done, 1)


@pytest.mark.parametrize("base", ["http://[::1", "ftp://127.0.0.1/v1"])
def test_a_broken_api_host_is_a_configuration_error(base):
    env = env_with(None, MSDESK_API_BASE=base, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    done = msdesk_cli("chat", "-m", MODEL, "hi", env=env)
    assert "not a valid http(s) URL" in assert_clean_failure(done, 2)


def test_a_label_wins_over_the_environment_token(fake_env, keychain):
    env = env_with(fake_env, MODELSCOPE_API_TOKEN=VALID_TOKEN)
    done = msdesk_cli("chat", "-m", MODEL, "--label", "nolabel", "hi", env=env)
    assert "'nolabel'" in assert_clean_failure(done, 3)


def test_an_image_model_in_chat_is_explained():
    done = msdesk_cli("chat", "-m", "Qwen/Qwen-Image", "draw", env=env_with(None, MODELSCOPE_API_TOKEN=VALID_TOKEN))
    assert "text-to-image-synthesis model, not a chat model" in assert_clean_failure(done, 2)


def test_plain_http_to_a_remote_host_warns(capsys):
    from msdesk.cli import _warn_if_unencrypted
    from msdesk.core.providers import Provider

    _warn_if_unencrypted(Provider(id="x", name="X", api_base="http://models.example.com/v1"))
    assert "travels unencrypted" in capsys.readouterr().err
    _warn_if_unencrypted(Provider(id="x", name="X", api_base="http://127.0.0.1:8000/v1"))
    _warn_if_unencrypted(Provider(id="x", name="X", api_base="https://models.example.com/v1"))
    assert capsys.readouterr().err == ""


# -- failover on 429 and retries --------------------------------------------------------


def _chat_tokens(fake):
    return [r.token for r in fake.requests if r.path == "/v1/chat/completions"]


@pytest.fixture
def store_tokens(keychain):
    """Store tokens (and a custom provider, a fallback rule) in this test's home, in-process.

    The keychain lives for the whole session: what a test stores is removed after it.
    """
    import asyncio

    from msdesk.core.services import Services
    from msdesk.core.settings import FallbackRule

    stored = []

    async def setup(tokens, custom, fallback):
        services = await Services.open()
        try:
            provider_id = None
            if custom is not None:
                name, api_base = custom
                provider_id = services.config.add_custom(name, api_base).id
            for provider, label, token in tokens:
                provider = provider_id if provider == "custom" else provider
                await services.secrets.set(provider, label, token)
                stored.append((provider, label))
            if fallback is not None:
                rule = FallbackRule(provider_id or fallback[0], fallback[1])
                services.settings_store.update(lambda s: s.fallbacks.__setitem__("*", rule))
            return provider_id
        finally:
            await services.aclose()

    async def remove():
        services = await Services.open()
        try:
            for provider, label in stored:
                await services.secrets.remove(provider, label)
        finally:
            await services.aclose()

    yield lambda tokens, custom=None, fallback=None: asyncio.run(setup(tokens, custom, fallback))
    asyncio.run(remove())


def test_chat_with_every_token_spent_exits_4_naming_the_reset_time(fake_env):
    from datetime import UTC, datetime

    from msdesk.core.ratelimit import next_reset

    spent = new_token()
    fake_env.add_token(spent, daily_limit=0)
    done = msdesk_cli("chat", "-m", MODEL, "hi", env=env_with(fake_env, MODELSCOPE_API_TOKEN=spent))
    line = assert_clean_failure(done, 4)
    local = next_reset(datetime.now(UTC)).astimezone().strftime("%H:%M")
    assert "Request limit exceeded" in line and "00:00 UTC+8" in line
    assert f"{local} your time" in line
    assert done.stdout == "" and spent not in done.stderr


def test_chat_json_names_the_error_kind_in_english_whatever_the_language(fake_env):
    fake_env.set_behaviour("cut")
    env = env_with(fake_env, MODELSCOPE_API_TOKEN=VALID_TOKEN, LANGUAGE="zh_CN")
    done = msdesk_cli("chat", "-m", MODEL, "--json", "cut me", env=env)
    data = json.loads(done.stdout)
    assert data["error_kind"] == "stream-cut"
    assert "与 ModelScope 的连接" in data["error"]  # the message in the user's language


@pytest.mark.keychain
def test_chat_fails_over_to_the_next_token_and_says_so_on_stderr(store_tokens, fake_env):
    main = new_token()
    backup = new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(backup)
    store_tokens([("modelscope", "main", main), ("modelscope", "backup", backup)])
    env = env_with(fake_env)

    done = msdesk_cli("chat", "-m", MODEL, "who answers?", env=env)
    assert done.returncode == 0, done.stderr
    assert "who answers?" in done.stdout
    notice = 'msdesk: Token "main" has no calls left today; answering with "backup".'
    assert notice in done.stderr.splitlines()
    assert _chat_tokens(fake_env) == [main, backup]

    done = msdesk_cli("chat", "-m", MODEL, "--json", "again", env=env)
    data = json.loads(done.stdout)
    assert (data["provider"], data["model"], data["token_label"]) == ("modelscope", MODEL, "backup")
    assert data["notices"] == [notice.removeprefix("msdesk: ")]
    assert data["failover"] == {"skipped": [["main", "spent"]]}
    assert _chat_tokens(fake_env) == [main, backup, backup]  # the spent one is not asked again
    assert main not in done.stdout + done.stderr and backup not in done.stdout + done.stderr


@pytest.mark.keychain
def test_chat_with_every_token_spent_answers_with_the_fallback(store_tokens, fake_env):
    main = new_token()
    paid = new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.add_token(paid)
    provider_id = store_tokens(
        [("modelscope", "main", main), ("custom", "paid", paid)],
        custom=("Backup Cloud", fake_env.api_base),
        fallback=(None, "Qwen/Qwen3-32B"),
    )
    done = msdesk_cli("chat", "-m", MODEL, "--json", "--no-stream", "plan B", env=env_with(fake_env))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["provider"], data["model"], data["token_label"]) == (
        provider_id, "Qwen/Qwen3-32B", "paid"
    )
    assert "plan B" in data["content"]
    assert (
        "msdesk: All ModelScope tokens are spent until 00:00 UTC+8; answering with "
        "Backup Cloud Qwen/Qwen3-32B." in done.stderr.splitlines()
    )
    assert _chat_tokens(fake_env) == [main, paid]


def test_chat_retries_server_errors_before_the_answer_starts(fake_env):
    fake_env.set_behaviour("500", times=2)
    done = msdesk_cli("chat", "-m", MODEL, "third time", env=env_with(fake_env, MODELSCOPE_API_TOKEN=VALID_TOKEN))
    assert done.returncode == 0, done.stderr
    assert "third time" in done.stdout
    retries = [line for line in done.stderr.splitlines() if "trying again" in line]
    assert len(retries) == 2 and retries[0].startswith("msdesk: ModelScope answered with HTTP 500;")
    assert "(1 of 3)" in retries[0] and "(2 of 3)" in retries[1]
    assert len(_chat_tokens(fake_env)) == 3


def test_chat_does_not_retry_a_refused_request(fake_env):
    fake_env.set_behaviour("401")
    done = msdesk_cli("chat", "-m", MODEL, "hi", env=env_with(fake_env, MODELSCOPE_API_TOKEN=VALID_TOKEN))
    assert_clean_failure(done, 3)
    assert len(_chat_tokens(fake_env)) == 1 and "trying again" not in done.stderr


def test_human_output_follows_the_chosen_language_and_json_stays_english(fake_env, isolated_home):
    settings = Path(isolated_home) / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"version": 1, "appearance": {"language": "zh_CN"}}))
    done = msdesk_cli("--help", env=env_with(fake_env))
    assert done.returncode == 0 and "搜索魔搭模型库" in done.stdout  # Settings → General's language
    assert done.stdout.startswith("用法：msdesk") and "选项" in done.stdout  # argparse's own words too
    done = msdesk_cli("token", env=env_with(fake_env))
    assert done.returncode == 2 and "msdesk token：错误：" in done.stderr
    done = msdesk_cli("models", "--page", "0", env=env_with(fake_env))
    assert "--page 必须不小于 1" in assert_clean_failure(done, 2)

    env = env_with(fake_env, LANGUAGE="ru")  # "system" follows the system's language
    settings.write_text("{broken")
    done = msdesk_cli("models", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert "Не удалось прочитать файл настроек" in done.stderr and "settings.json.corrupt-" in done.stderr
    page = json.loads(done.stdout)
    assert page["models"] and set(page["models"][0]) >= {"id", "api_inference"}
