"""The gateway protocol at its edges: a ``#`` API host, and SSE events that older parsers break on."""

from __future__ import annotations

import pytest

from msdesk.core.inference import ChatRequest, InferenceClient
from msdesk.core.network import make_http_client
from msdesk.core.providers import ProviderRegistry, api_root, chat_url, endpoint
from msdesk.core.settings import NetworkSettings, ProviderSettings, Settings
from tests.conftest import run
from tests.fakes.modelscope import VALID_TOKEN

CHAT_MODEL = "Qwen/Qwen2.5-72B-Instruct"


def provider_with_host(fake, api_base):
    """ModelScope with the API host the user typed in Settings (no environment override)."""
    settings = Settings()
    settings.providers["modelscope"] = ProviderSettings(api_base=api_base)
    return ProviderRegistry(settings, env={"MSDESK_HUB_BASE": fake.hub_base}).get("modelscope")


async def with_client(provider, body):
    http = make_http_client(NetworkSettings())
    try:
        return await body(InferenceClient(http, provider, VALID_TOKEN, token_label="main"))
    finally:
        await http.aclose()


def ask(text="hello there", model=CHAT_MODEL):
    return ChatRequest(model=model, messages=[{"role": "user", "content": text}])


async def answer(client, request):
    parts = []
    async for chunk in client.chat_stream(request):
        parts.append(chunk.content)
    return "".join(parts)


@pytest.mark.parametrize(
    ("host", "chat", "root"),
    [
        ("https://h/v1/chat/completions#", "https://h/v1/chat/completions", "https://h/v1"),
        ("https://h/v1/chat/completions/#", "https://h/v1/chat/completions/", "https://h/v1"),
        ("https://h/api/v3/completions#", "https://h/api/v3/completions", "https://h/api/v3"),
        ("https://h/custom/path#", "https://h/custom/path", "https://h/custom/path"),
        ("https://h/v1/", "https://h/v1/chat/completions", "https://h/v1"),
        ("https://h/compatible-mode/v1", "https://h/compatible-mode/v1/chat/completions",
         "https://h/compatible-mode/v1"),
    ],
)
def test_a_hash_host_is_the_chat_url_and_the_rest_hang_from_its_base(host, chat, root):
    assert chat_url(host) == chat
    assert api_root(host) == root
    assert endpoint(host, "models") == f"{root}/models"
    assert endpoint(host, "tasks/abc") == f"{root}/tasks/abc"


def test_with_a_hash_host_every_call_reaches_its_own_endpoint(fake):
    """Chat at the URL as written; /models, embeddings, images and task polls at the derived base."""
    provider = provider_with_host(fake, f"{fake.api_base}/chat/completions#")
    assert provider.api_base.endswith("#")

    async def body(client):
        text = await answer(client, ask("hash host"))
        models = await client.list_models()
        vectors = await client.embed("Qwen/Qwen3-Embedding-8B", "a")
        task = await client.generate_image("Qwen/Qwen-Image", "a cat", poll_interval=0.01)
        return text, models, vectors, task

    text, models, vectors, task = run(with_client(provider, body))
    assert "hash host" in text
    assert models and vectors and task.status == "SUCCEED"
    paths = [(r.method, r.path) for r in fake.requests]
    assert ("POST", "/v1/chat/completions") in paths
    assert ("GET", "/v1/models") in paths
    assert ("POST", "/v1/embeddings") in paths
    assert ("POST", "/v1/images/generations") in paths
    assert ("GET", f"/v1/tasks/{task.task_id}") in paths
    assert not [p for _m, p in paths if p.startswith("/v1/chat/completions/")]


def test_an_answer_with_unicode_line_separators_streams_whole(fake):
    """U+2028, U+2029 and U+0085 are text inside an SSE line, not line ends (httpx-sse >= 0.4.2)."""
    fake.answer_text = "one\u2028two \u2029three four\u0085five six"
    fake.answer_words = 12
    provider = provider_with_host(fake, fake.api_base)
    text = run(with_client(provider, lambda c: answer(c, ask("separators"))))
    for char in ("\u2028", "\u2029", "\u0085"):
        assert char in text
    assert "one\u2028two \u2029three four\u0085five six" in text


def test_events_with_empty_or_blank_data_are_skipped(fake):
    fake.blank_events = True
    provider = provider_with_host(fake, fake.api_base)
    text = run(with_client(provider, lambda c: answer(c, ask("keep alive"))))
    assert text.startswith("Echo: keep alive")
