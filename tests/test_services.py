"""The service container: opened inside a loop, tokens resolved from the store, closed cleanly."""

from __future__ import annotations

import pytest

from msdesk.core.errors import TokenMissing
from msdesk.core.paths import AppPaths
from msdesk.core.services import Services
from tests.conftest import run
from tests.fakes.modelscope import VALID_TOKEN

MODEL = "Qwen/Qwen2.5-72B-Instruct"


def test_open_warns_about_session_only_tokens_and_a_corrupt_file(isolated_home):
    paths = AppPaths.default().ensure()
    paths.settings_file.write_text("{oops")

    async def scenario():
        services = await Services.open()
        try:
            return list(services.warnings), services.http.is_closed
        finally:
            await services.aclose()

    warnings, closed_while_open = run(scenario())
    assert not closed_while_open
    assert any("kept as settings.json.corrupt-" in w for w in warnings)
    assert any("session only" in w for w in warnings)


def test_inference_uses_the_first_stored_token_or_the_named_one(fake_env):
    async def scenario():
        services = await Services.open()
        try:
            with pytest.raises(TokenMissing, match="No token is stored for ModelScope"):
                await services.inference()
            await services.secrets.set("modelscope", "backup", "ms-00000000-0000-4000-8000-00000000000b")
            fake_env.add_token("ms-00000000-0000-4000-8000-00000000000b")
            await services.secrets.set("modelscope", "main", VALID_TOKEN)
            first = await services.inference()
            named = await services.inference(label="main")
            with pytest.raises(TokenMissing, match="'nope'"):
                await services.inference(label="nope")
            from msdesk.core.inference import ChatRequest

            answer = await named.chat(ChatRequest(MODEL, [{"role": "user", "content": "hey"}]))
            view = services.quota.token_usage("modelscope", "main")
            return first.token_label, named.token_label, answer.content, view
        finally:
            await services.aclose()

    first, named, content, view = run(scenario())
    assert first == "backup" and named == "main"
    assert "hey" in content
    assert view.requests_remaining == 1999 and view.calls_today == 1
    assert fake_env.requests[-1].headers["authorization"] == f"Bearer {VALID_TOKEN}"


def test_hub_follows_the_provider_and_env(fake_env):
    async def scenario():
        services = await Services.open()
        try:
            return services.hub().hub_base, services.provider().api_base, repr(services)
        finally:
            await services.aclose()

    hub_base, api_base, text = run(scenario())
    assert hub_base == fake_env.hub_base and api_base == fake_env.api_base
    assert "Services(" in text
