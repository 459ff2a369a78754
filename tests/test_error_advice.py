"""Errors as the window offers them: actions instead of commands, Retry only where it can succeed.

The command line keeps each message as it is; ``advise`` gives the window's form
of the same message (as it is saved on a failed answer).
"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from msdesk.core import i18n
from msdesk.core.errors import (
    BIND_PAGE,
    KIND_QUOTA,
    KIND_TOKEN_MISSING,
    RETRY_AFTER_SETTINGS,
    RETRY_AFTER_TOKEN,
    RETRY_NEVER,
    RETRY_NOW,
    STEP_LINK,
    STEP_MODELS,
    STEP_SETTINGS,
    STEP_TOKEN,
    TOKEN_PAGE,
    NextStep,
    TokenMissing,
    advise,
    error_for_status,
    network_error,
)
from msdesk.core.failover import _all_spent_message

MISSING = (
    "No token is stored for ModelScope. Add one with 'msdesk token set --provider modelscope' "
    f"or in Settings. Get one at {TOKEN_PAGE}."
)


def kinds(advice) -> list[tuple[str, str]]:
    return [(step.kind, step.target) for step in advice.steps]


def test_no_token_offers_settings_and_the_token_page_and_no_retry_until_a_token_changes():
    advice = TokenMissing(MISSING).advice("modelscope")
    assert advice.text == "No token is stored for ModelScope."
    assert kinds(advice) == [(STEP_TOKEN, "modelscope"), (STEP_LINK, TOKEN_PAGE)]
    assert advice.retry == RETRY_AFTER_TOKEN
    assert "msdesk" not in advice.text
    # The command line keeps its own advice.
    assert "msdesk token set --provider modelscope" in TokenMissing(MISSING).message


def test_a_rejected_token_offers_its_settings_and_a_clickable_token_page():
    error = error_for_status(401, '{"errors": {"message": "Invalid token"}}', provider_name="ModelScope")
    advice = error.advice("modelscope")
    assert TOKEN_PAGE not in advice.text and advice.text.endswith("store it.")
    assert kinds(advice) == [(STEP_TOKEN, "modelscope"), (STEP_LINK, TOKEN_PAGE)]
    assert advice.retry == RETRY_AFTER_TOKEN
    assert TOKEN_PAGE in error.message  # unchanged for the command line


def test_an_unbound_account_offers_the_binding_page_and_retry():
    error = error_for_status(403, '{"message": "Please bind your Alibaba Cloud account"}')
    advice = error.advice("modelscope")
    assert kinds(advice) == [(STEP_LINK, BIND_PAGE)]
    assert advice.retry == RETRY_NOW  # once bound, the same request succeeds


def test_a_model_not_served_offers_the_models_and_no_retry():
    error = error_for_status(400, '{"errors": {"message": "Model has no provider supported"}}',
                             model="org/NotServed")
    advice = error.advice("modelscope")
    assert "msdesk models" in error.message
    assert "msdesk" not in advice.text and "'org/NotServed' is not served" in advice.text
    assert kinds(advice) == [(STEP_MODELS, "")]
    assert advice.retry == RETRY_NEVER


def test_a_spent_quota_offers_a_backup_token_and_retry_once_tokens_change():
    for message in (
        error_for_status(429, "").message,
        _all_spent_message("ModelScope", ["main"], "Qwen/Qwen3-32B", datetime(2026, 1, 1, tzinfo=UTC)),
    ):
        advice = advise(message, "modelscope")
        assert kinds(advice) == [(STEP_TOKEN, "modelscope")], message
        assert advice.retry == RETRY_AFTER_TOKEN


def test_a_bad_api_host_offers_the_providers_settings():
    error = network_error(httpx.UnsupportedProtocol("Request URL is missing a scheme"), what="Bailian")
    advice = error.advice("bailian")
    assert "MSDESK_API_BASE" in error.message and "MSDESK_" not in advice.text
    assert kinds(advice) == [(STEP_SETTINGS, "bailian")]
    assert advice.retry == RETRY_AFTER_SETTINGS


@pytest.mark.parametrize("status", [500, 502])
def test_server_and_network_errors_keep_retry(status):
    assert error_for_status(status, "").advice("modelscope").retry == RETRY_NOW
    assert network_error(httpx.ConnectError("refused")).advice().retry == RETRY_NOW


def test_any_other_url_becomes_a_link():
    advice = advise("Bailian said: see https://help.example.com/quota for details.", "bailian")
    assert kinds(advice) == [(STEP_LINK, "https://help.example.com/quota")]


def test_each_step_has_a_command_line_form():
    assert NextStep(STEP_TOKEN, "bailian").command() == "msdesk token set --provider bailian"
    assert NextStep(STEP_MODELS).command() == "msdesk models"
    assert NextStep(STEP_LINK, TOKEN_PAGE).command() == TOKEN_PAGE


def test_a_window_line_without_an_action_points_at_settings_instead_of_a_command():
    from msdesk.ui.async_task import user_message

    line = user_message(TokenMissing(MISSING))
    assert line == f"No token is stored for ModelScope. Add one in Settings. Get one at {TOKEN_PAGE}."
    served = user_message(error_for_status(400, "Model has no provider supported", model="org/M"))
    assert "msdesk" not in served and "Models page" in served


@pytest.fixture
def speak():
    """Show core's text in a shipped language (the compiled translations), English after."""
    from PySide6.QtCore import QTranslator

    from msdesk.translations import qm_dir

    kept = []

    def use(language: str) -> None:
        translator = QTranslator()
        assert translator.load(str(qm_dir() / f"msdesk_{language}.qm"))
        kept.append(translator)

        def backend(context, text, disambiguation, n):
            found = translator.translate(context, text, disambiguation, n) or text
            return found.replace("%n", str(n)) if n >= 0 else found

        i18n.install(backend, language)

    yield use
    i18n.install(None)


@pytest.mark.parametrize("language", ["zh_CN", "ru"])
def test_translated_errors_get_the_same_actions_from_their_kind(speak, language):
    speak(language)
    rejected = error_for_status(401, '{"errors": {"message": "Invalid token"}}', provider_name="ModelScope")
    assert "rejected" not in rejected.message and TOKEN_PAGE in rejected.message
    advice = rejected.advice("modelscope")
    assert kinds(advice) == [(STEP_TOKEN, "modelscope"), (STEP_LINK, TOKEN_PAGE)]
    assert advice.retry == RETRY_AFTER_TOKEN and TOKEN_PAGE not in advice.text
    assert advice.steps[0].label != "Check the token…"

    unbound = error_for_status(403, '{"message": "Please bind your Alibaba Cloud account"}').advice()
    assert kinds(unbound) == [(STEP_LINK, BIND_PAGE)] and unbound.retry == RETRY_NOW
    assert BIND_PAGE not in unbound.text

    spent = error_for_status(429, "").advice("modelscope")
    assert kinds(spent) == [(STEP_TOKEN, "modelscope")] and spent.retry == RETRY_AFTER_TOKEN

    served = error_for_status(400, "Model has no provider supported", model="org/M")
    assert "msdesk models" in served.message  # the command line's step stays
    advice = served.advice("modelscope")
    assert "msdesk" not in advice.text and "org/M" in advice.text
    assert kinds(advice) == [(STEP_MODELS, "")] and advice.retry == RETRY_NEVER

    host = network_error(httpx.UnsupportedProtocol("Request URL is missing a scheme"), what="Bailian")
    advice = host.advice("bailian")
    assert "MSDESK_" in host.message and "MSDESK_" not in advice.text
    assert kinds(advice) == [(STEP_SETTINGS, "bailian")] and advice.retry == RETRY_AFTER_SETTINGS


def test_a_missing_token_said_in_chinese_keeps_its_first_sentence_and_its_link(speak):
    speak("zh_CN")
    message = f"尚未保存 ModelScope 的访问令牌。请用“msdesk token set --provider modelscope”或在设置中添加（在 {TOKEN_PAGE} 获取）。"
    advice = TokenMissing(message).advice("modelscope")
    assert advice.text == "尚未保存 ModelScope 的访问令牌。"
    assert kinds(advice) == [(STEP_TOKEN, "modelscope"), (STEP_LINK, TOKEN_PAGE)]
    assert advice.retry == RETRY_AFTER_TOKEN


def test_an_answer_saved_in_one_language_is_advised_in_another(speak):
    speak("ru")
    saved = error_for_status(429, "")
    assert saved.kind == KIND_QUOTA and "Превышен лимит" in saved.message
    speak("zh_CN")
    advice = advise(saved.message, "modelscope", saved.kind)
    assert kinds(advice) == [(STEP_TOKEN, "modelscope")] and advice.retry == RETRY_AFTER_TOKEN
    assert advice.steps[0].label == "添加备用访问令牌…"
    # The wording alone decides nothing once it is translated: the kind does.
    assert advise(saved.message, "modelscope").retry == RETRY_NOW
    assert advise("Что-то пошло не так.", "modelscope", KIND_TOKEN_MISSING).retry == RETRY_AFTER_TOKEN
