"""The core's figures and notices in Chinese and Russian: counts, local times, whole sentences."""

from __future__ import annotations

from datetime import UTC, datetime

from msdesk.core.credits import CreditBalance, ModelCost
from msdesk.core.failover import _all_spent_message, _token_switch_notice
from msdesk.core.ratelimit import next_reset, reset_phrase
from tests.test_error_advice import speak  # noqa: F401 (the fixture)

MODEL = "Qwen/Qwen3-32B"


def test_a_calls_cost_takes_the_russian_plural_and_stays_english_without_a_translation(speak):  # noqa: F811
    assert ModelCost(MODEL, 1).summary() == f"a call of {MODEL} costs 1 credit"
    assert ModelCost(MODEL, 2, "basic").summary() == f"a call of {MODEL} costs 2 credits (tier basic)"
    speak("ru")
    assert ModelCost(MODEL, 1).summary() == f"вызов {MODEL} стоит 1 кредит"
    assert ModelCost(MODEL, 3).summary() == f"вызов {MODEL} стоит 3 кредита"
    assert ModelCost(MODEL, 11).summary() == f"вызов {MODEL} стоит 11 кредитов"
    assert CreditBalance(230, 250).summary() == "осталось кредитов: 230 из 250"


def test_the_reset_is_said_in_local_time_and_in_the_users_language(speak):  # noqa: F811
    now = datetime(2031, 6, 1, 12, 0, tzinfo=UTC)
    local = next_reset(now).astimezone().strftime("%H:%M")
    speak("zh_CN")
    assert reset_phrase(now) == f"UTC+8 00:00（你的当地时间 {local}，4 小时 00 分钟后）"
    message = _all_spent_message("ModelScope", ["main"], MODEL, now)
    assert f"你的当地时间 {local}" in message and "。" in message and ". " not in message
    speak("ru")
    assert reset_phrase(now) == f"в 00:00 UTC+8 ({local} по вашему времени, через 4 ч 00 мин)"


def test_a_switch_notice_is_one_translated_sentence(speak):  # noqa: F811
    speak("ru")
    notice = _token_switch_notice([("main", "spent for the model")], MODEL, "backup")
    assert notice == f'У токена "main" на сегодня не осталось вызовов {MODEL}; отвечает «backup».'
    speak("zh_CN")
    notice = _token_switch_notice([("main", "limited")], MODEL, None)
    assert notice == "访问令牌 \"main\" 暂时超出请求限制；改用“（无）”回答。"
