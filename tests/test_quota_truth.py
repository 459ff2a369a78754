"""The quota as the server tells it: its limits or "unknown", and 429 and QuotaLimitExceed alike."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from msdesk.core.errors import QuotaExhausted, ServerError, error_for_status
from msdesk.core.inference import ChatRequest, parse_chunk
from msdesk.core.ratelimit import next_reset
from msdesk.ui.quota import standing
from tests.conftest import run
from tests.fakes.modelscope import new_token
from tests.test_failover import MODEL, answer, open_services, tokens_used

CREDIT_BODIES = [
    {"errors": {"code": "QuotaLimitExceed", "message": "quota used up", "request_id": "r1"}},
    {"error": {"code": "QuotaLimitExceed", "message": "quota used up"}},
    {"Code": "QuotaLimitExceed", "Message": "Your free quota for today is used up."},
]


@pytest.mark.parametrize("body", CREDIT_BODIES)
@pytest.mark.parametrize("status", [429, 400, 403])
def test_a_quota_limit_exceed_body_is_a_spent_quota_whatever_the_status(body, status):
    error = error_for_status(status, json.dumps(body), provider_name="ModelScope",
                             reset_hint="at 00:00 UTC+8 (in 1h 0m)")
    assert isinstance(error, QuotaExhausted) and error.credit
    assert error.exit_code == 4
    assert "QuotaLimitExceed" in error.message and "resets at 00:00 UTC+8 (in 1h 0m)" in error.message


def test_a_plain_429_is_a_spent_quota_and_other_errors_are_not():
    limit = error_for_status(429, '{"errors": {"message": "Request limit exceeded."}}')
    assert isinstance(limit, QuotaExhausted) and not limit.credit
    assert isinstance(error_for_status(500, '{"errors": {"message": "boom"}}'), ServerError)


def test_a_quota_limit_exceed_in_the_stream_is_a_spent_quota():
    with pytest.raises(QuotaExhausted):
        parse_chunk(json.dumps(CREDIT_BODIES[0]))


def test_without_limit_headers_the_limits_are_unknown_and_the_count_an_estimate(fake_env, tmp_path):
    fake_env.limit_headers = False
    token = new_token()
    fake_env.add_token(token)

    async def scenario():
        async with open_services(tmp_path, {"main": token}) as services:
            text, who, _ = await answer(services, "no headers")
            provider = services.provider("modelscope")
            return text, who, standing(services, provider, "main", MODEL), \
                services.quota.token_usage("modelscope", "main")

    text, who, shown, usage = run(scenario())
    assert text.startswith("Echo: no headers") and who.client.last_rate_limit is None
    assert usage.requests_limit is None and usage.models == {} and usage.calls_today == 1
    assert (shown.text, shown.state, shown.source) == ("≈ 1 call today · limit unknown", "unknown", "estimate")
    assert shown.limit is None and shown.remaining is None
    assert "an estimate" in shown.detail and "2000" not in shown.detail


def test_with_limit_headers_the_servers_own_limits_are_shown(fake_env, tmp_path):
    token = new_token()
    fake_env.add_token(token, daily_limit=250, model_limit=200)

    async def scenario():
        async with open_services(tmp_path, {"main": token}) as services:
            await answer(services)
            return standing(services, services.provider("modelscope"), "main", MODEL)

    shown = run(scenario())
    assert (shown.text, shown.source) == ("249 / 250 · model 199 / 200", "server")
    assert "msdesk's own count (an estimate): 1 call today" in shown.detail


def test_a_spent_credit_fails_over_like_a_429_and_marks_the_token_for_the_day(fake_env, tmp_path):
    """QuotaLimitExceed while the call figures still show calls left: the token is spent all the same."""
    main, backup = new_token(), new_token()
    fake_env.add_token(main)
    fake_env.add_token(backup)
    fake_env.quota_error = "credit"
    fake_env.set_behaviour("429", token=main, times=1)  # the headers still say 2000 left

    async def scenario():
        async with open_services(tmp_path, {"main": main, "backup": backup}) as services:
            first = await answer(services, "one")
            second = await answer(services, "two")
            provider = services.provider("modelscope")
            return first, second, standing(services, provider, "main", MODEL)

    (text1, who1, notices1), (_, who2, _), shown = run(scenario())
    assert text1.startswith("Echo: one") and who1.token_label == "backup"
    assert notices1 == ['Token "main" has no calls left today; answering with "backup".']
    assert who2.token_label == "backup"  # spent for the day: not tried again
    assert tokens_used(fake_env) == [main, backup, backup]
    assert (shown.text, shown.state, shown.source) == ("No calls left today", "out", "spent")


def test_every_token_out_of_credit_names_the_reset_time(fake_env, tmp_path):
    main = new_token()
    fake_env.add_token(main, daily_limit=0)
    fake_env.quota_error = "credit"
    fake_env.limit_headers = False

    async def scenario():
        async with open_services(tmp_path, {"main": main}) as services:
            with pytest.raises(QuotaExhausted) as caught:
                await services.failover.open("modelscope", MODEL, ChatRequest(
                    model=MODEL, messages=[{"role": "user", "content": "hi"}]))
            return caught.value

    error = run(scenario())
    local = next_reset(datetime.now(UTC)).astimezone().strftime("%H:%M")
    assert error.exit_code == 4
    assert "00:00 UTC+8" in error.message and f"{local} your time" in error.message


# -- the credit balance (reported, unconfirmed) ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"total_balance": 250, "available_balance": 230, "frozen_amount": 0},
        {"Code": 200, "Data": {"TotalBalance": 250, "AvailableBalance": 230, "FrozenAmount": 0}},
        {"data": {"balance": {"total_balance": "250", "available_balance": "230"}}},
    ],
)
def test_the_balance_is_read_from_any_of_its_likely_shapes(body):
    from msdesk.core.credits import parse_balance

    balance = parse_balance(body)
    assert balance is not None and (balance.available, balance.total) == (230, 250)
    assert balance.summary() == "230 of 250 credits left"


def test_an_answer_without_a_balance_or_cost_is_no_answer():
    from msdesk.core.credits import parse_balance, parse_cost

    assert parse_balance({"Code": 200, "Data": {}}) is None
    assert parse_balance({"available_balance": True}) is None
    assert parse_cost("a/b", {"Data": []}) is None
    cost = parse_cost("a/b", {"Data": {"Providers": [{"EstimatedMagicGrainCost": 2, "CostTier": "premium"}]}})
    assert cost is not None and cost.summary() == "a call of a/b costs 2 credits (tier premium)"


def test_balance_and_cost_from_the_hub_where_it_answers_and_none_where_not(fake_env):
    from msdesk.core.credits import fetch_balance, fetch_model_cost
    from msdesk.core.network import make_http_client
    from msdesk.core.settings import NetworkSettings

    token = new_token()
    fake_env.add_token(token)

    async def ask():
        http = make_http_client(NetworkSettings())
        try:
            return (await fetch_balance(http, fake_env.hub_base, token),
                    await fetch_model_cost(http, fake_env.hub_base, MODEL, token))
        finally:
            await http.aclose()

    assert run(ask()) == (None, None)  # the endpoints do not answer: nothing is shown
    fake_env.credit_grant = 250
    fake_env.credit_costs[MODEL] = 2
    balance, cost = run(ask())
    assert (balance.available, balance.total) == (250, 250)
    assert (cost.model, cost.cost, cost.tier) == (MODEL, 2, "premium")
    sent = [r for r in fake_env.requests if r.path.endswith("/magicubes/balance")]
    assert sent[-1].token == token


def test_credits_spent_by_calls_end_in_quota_limit_exceed(fake_env, tmp_path):
    main = new_token()
    fake_env.add_token(main)
    fake_env.credit_grant = 3
    fake_env.credit_costs[MODEL] = 2

    async def scenario():
        async with open_services(tmp_path, {"main": main}) as services:
            await answer(services, "one")
            with pytest.raises(QuotaExhausted) as caught:
                await answer(services, "two")
            return caught.value

    error = run(scenario())
    assert error.exit_code == 4
    assert fake_env.credits_used(main) == 2
