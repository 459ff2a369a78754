"""``QuotaStore.token_states``: every token of a provider, spent or not, as the failover judges it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from msdesk.core.quota import QuotaStore
from msdesk.core.ratelimit import RateLimit
from tests.fakes.modelscope import new_token

MODEL, OTHER = "Qwen/Qwen3-32B", "deepseek-ai/DeepSeek-V3.2"
NOW = datetime(2025, 3, 10, 3, 0, tzinfo=UTC)  # 11:00 UTC+8
RESET = datetime(2025, 3, 10, 16, 0, tzinfo=UTC)  # the next 00:00 UTC+8


def figures(label: str, remaining: int, model_remaining: int) -> RateLimit:
    return RateLimit("modelscope", label, MODEL, 2000, remaining, 500, model_remaining)


def test_each_token_is_spent_exactly_when_the_failover_would_skip_it():
    clock = [NOW]
    store = QuotaStore.in_memory(clock=lambda: clock[0])
    tokens = {label: new_token() for label in ("day", "model", "marked", "fine", "unseen")}
    store.record_figures(figures("day", 0, 77), tokens["day"])  # the day's total is spent
    store.record_figures(figures("model", 1500, 0), tokens["model"])  # only MODEL is spent
    store.record_call("modelscope", tokens["marked"], MODEL, token_label="marked")
    store.mark_spent("modelscope", tokens["marked"], now=NOW)  # a 429 without figures
    store.record_figures(figures("fine", 1999, 499), tokens["fine"])
    store.record_call("modelscope", tokens["fine"], MODEL, token_label="fine")

    labels = list(tokens)
    states = store.token_states("modelscope", labels, MODEL)
    assert [(s.label, s.spent, s.model_spent, s.can_answer) for s in states] == [
        ("day", True, False, False),
        ("model", False, True, False),
        ("marked", True, False, False),
        ("fine", False, False, True),
        ("unseen", False, False, True),
    ]
    assert [s.calls_today for s in states] == [0, 0, 1, 1, 0]
    assert {s.resets for s in states} == {RESET}
    assert not states[-1].seen and states[0].seen
    # The same verdicts as the failover's shortcut, token by token.
    for state in states:
        assert (not state.can_answer) == store.known_spent("modelscope", tokens[state.label], MODEL, now=NOW)

    # Another model: only the day's total and the marks count.
    other = store.token_states("modelscope", labels, OTHER)
    assert [s.can_answer for s in other] == [False, True, False, True, True]

    # The day turns at 00:00 UTC+8: nothing is spent any more.
    clock[0] = RESET + timedelta(minutes=1)
    assert all(s.can_answer for s in store.token_states("modelscope", labels, MODEL))
