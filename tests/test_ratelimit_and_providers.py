"""Rate-limit headers, the UTC+8 reset, and the provider registry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from msdesk.core.known_models import guess_capabilities, is_model_id, known_models
from msdesk.core.providers import (
    BAILIAN,
    MODELSCOPE,
    ProviderRegistry,
    UnknownProvider,
    chat_url,
    is_insecure_remote,
    validate_base_url,
)
from msdesk.core.quota import QuotaStore
from msdesk.core.ratelimit import next_reset, parse_rate_limit, quota_day
from msdesk.core.settings import CustomProvider, ModelEntry, Settings


def test_headers_parse_in_any_case():
    headers = {
        "Modelscope-Ratelimit-Requests-Limit": "2000",
        "modelscope-ratelimit-requests-remaining": "1234",
        "MODELSCOPE-RATELIMIT-MODEL-REQUESTS-LIMIT": "500",
        "modelscope-ratelimit-model-requests-remaining": " 77 ",
    }
    info = parse_rate_limit(headers, provider_id="modelscope", token_label="main", model="A/B")
    assert (info.requests_limit, info.requests_remaining) == (2000, 1234)
    assert (info.model_requests_limit, info.model_requests_remaining) == (500, 77)
    assert info.summary() == "1234 / 2000 · model 77 / 500"
    assert parse_rate_limit({"x": "1"}, provider_id="p").empty
    assert parse_rate_limit({"modelscope-ratelimit-requests-remaining": "junk"}, provider_id="p").empty


@pytest.mark.parametrize("offset_hours", [-10, 0, 14])
def test_reset_is_midnight_utc_plus_8_whatever_the_local_zone(offset_hours):
    zone = timezone(timedelta(hours=offset_hours))
    # 15:59:59 UTC is 23:59:59 in UTC+8: the reset is one second away.
    now = datetime(2026, 3, 8, 15, 59, 59, tzinfo=UTC).astimezone(zone)
    assert next_reset(now) == datetime(2026, 3, 8, 16, 0, tzinfo=UTC)
    assert quota_day(now) == "2026-03-08"
    later = now + timedelta(seconds=2)
    assert quota_day(later) == "2026-03-09"
    assert next_reset(later) == datetime(2026, 3, 9, 16, 0, tzinfo=UTC)


def test_the_quota_store_forgets_figures_when_the_day_turns():
    clock = {"now": datetime(2026, 5, 1, 15, 0, tzinfo=UTC)}
    store = QuotaStore.in_memory(clock=lambda: clock["now"])
    info = parse_rate_limit(
        {"modelscope-ratelimit-requests-limit": "2000", "modelscope-ratelimit-requests-remaining": "5",
         "modelscope-ratelimit-model-requests-limit": "500", "modelscope-ratelimit-model-requests-remaining": "1"},
        provider_id="modelscope", token_label="main", model="A/B")
    store.record_figures(info, "ms-token")
    view = store.token_usage("modelscope", "main")
    assert view.requests_remaining == 5 and view.models == {"A/B": (500, 1)}
    assert view.day == "2026-05-01"
    clock["now"] += timedelta(hours=1, seconds=1)  # past 00:00 UTC+8
    after = store.token_usage("modelscope", "main")
    assert (after.day, after.requests_remaining, after.models) == ("2026-05-02", None, {})


def test_builtin_providers_and_env_overrides():
    registry = ProviderRegistry(Settings(), env={"MSDESK_API_BASE": "http://127.0.0.1:9/v1",
                                                 "MSDESK_HUB_BASE": "http://127.0.0.1:9"})
    assert registry.ids()[:3] == [MODELSCOPE, "modelscope-intl", BAILIAN]
    ms = registry.default()
    assert ms.id == MODELSCOPE and ms.api_base == "http://127.0.0.1:9/v1"
    assert ms.hub_base == "http://127.0.0.1:9"
    assert ms.links.token_page == "https://modelscope.cn/my/myaccesstoken"
    assert "inference_type" in ms.links.models
    assert ms.default_models[0].id == "Qwen/Qwen3-32B"
    assert registry.get("modelscope-intl").api_base == "https://api-inference.modelscope.ai/v1/"
    plain = ProviderRegistry(Settings(), env={}).default()
    assert plain.api_base == "https://api-inference.modelscope.cn/v1/"
    assert plain.chat_url == "https://api-inference.modelscope.cn/v1/chat/completions"


def test_bailian_region_and_custom_providers_from_settings():
    settings = Settings()
    settings.provider(BAILIAN).region = "singapore"
    settings.provider(BAILIAN).enabled = True
    settings.custom_providers.append(CustomProvider("local", "Local vLLM", "http://127.0.0.1:8000/v1"))
    settings.provider("local").models = [ModelEntry.from_dict({"id": "my/model"})]
    settings.provider_order = ["local", BAILIAN]
    registry = ProviderRegistry(settings, env={})
    assert registry.ids()[:2] == ["local", BAILIAN]
    bailian = registry.get(BAILIAN)
    assert bailian.enabled and bailian.api_base.startswith("https://dashscope-intl.aliyuncs.com")
    assert [m.id for m in registry.models("local")] == ["my/model"]
    assert registry.models(BAILIAN)[0].id == "qwen-plus"
    with pytest.raises(UnknownProvider, match="Known providers"):
        registry.get("nope")


def test_chat_url_rules():
    assert chat_url("https://x/v1/") == "https://x/v1/chat/completions"
    assert chat_url("https://x/v1") == "https://x/v1/chat/completions"
    assert chat_url("https://x/custom/path#") == "https://x/custom/path"
    assert validate_base_url(" https://x/v1 ") == "https://x/v1"
    with pytest.raises(ValueError):
        validate_base_url("ftp://x")
    with pytest.raises(ValueError):
        validate_base_url("https://")
    assert is_insecure_remote("http://example.com/v1")
    assert not is_insecure_remote("http://127.0.0.1:8000/v1")
    assert not is_insecure_remote("https://example.com/v1")


def test_bundled_models_and_capability_guesses():
    models = known_models()
    assert len(models) == 115 and all(is_model_id(m.id) for m in models)
    by_id = {m.id: m for m in models}
    assert "reasoning" in by_id["deepseek-ai/DeepSeek-R1"].capabilities
    assert "vision" in by_id["Qwen/Qwen2.5-VL-72B-Instruct"].capabilities
    assert by_id["Qwen/Qwen-Image"].capabilities == {"image-generation"}
    assert guess_capabilities("Qwen/Qwen3-Embedding-8B") == {"embedding"}
    assert not is_model_id("no-slash") and not is_model_id("a/b/c")
