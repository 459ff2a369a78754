"""Tests of the fake ModelScope server itself (tests/fakes/modelscope.py)."""

from __future__ import annotations

import base64
import json
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from tests.conftest import wait_until
from tests.fakes.catalogue import build_catalogue, hub_model_json, load_real_models
from tests.fakes.modelscope import (
    BEHAVIOURS,
    BIND_TOKEN,
    VALID_TOKEN,
    FakeModelScope,
)

CHAT_MODEL = "Qwen/Qwen2.5-7B-Instruct"
HYBRID_MODEL = "Qwen/Qwen3-8B"  # reasons unless enable_thinking is false
R1_MODEL = "deepseek-ai/DeepSeek-R1"  # always reasons
EMBED_MODEL = "Qwen/Qwen3-Embedding-8B"
IMAGE_MODEL = "Qwen/Qwen-Image"
AUTH = {"Authorization": f"Bearer {VALID_TOKEN}"}
API_FILTER = [
    {"category": "inference_type", "DateType": "int", "predicate": "equal", "IntValue": 1}
]
RATE_HEADERS = (
    "modelscope-ratelimit-requests-limit",
    "modelscope-ratelimit-requests-remaining",
    "modelscope-ratelimit-model-requests-limit",
    "modelscope-ratelimit-model-requests-remaining",
)


def local_client(**options: object) -> httpx.Client:
    # Plain HTTP to 127.0.0.1: no TLS, so skip loading the CA bundle (saves ~0.1 s a client).
    return httpx.Client(verify=False, timeout=10, **options)


def api_client(fake: FakeModelScope, key: str = VALID_TOKEN) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=fake.api_base, api_key=key, max_retries=0, http_client=local_client()
    )


@pytest.fixture
def fake() -> Iterator[FakeModelScope]:
    with FakeModelScope() as server:
        yield server
        assert server.server_errors == []


@pytest.fixture
def client(fake: FakeModelScope) -> Iterator[openai.OpenAI]:
    with api_client(fake) as api:
        yield api


@pytest.fixture
def http(fake: FakeModelScope) -> Iterator[httpx.Client]:
    with local_client(base_url=fake.base_url) as session:
        yield session


def chat_body(model: str = CHAT_MODEL, text: str = "hello world", **extra: object) -> dict:
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


def hub_search(http: httpx.Client, **body: object) -> dict:
    response = http.put("/api/v1/dolphin/models", json=body)
    assert response.status_code == 200, response.text
    payload = response.json()
    assert payload["Code"] == 200 and payload["Success"] is True
    return payload


# --- the catalogue ---------------------------------------------------------------


def test_catalogue_holds_every_real_model_and_is_deterministic() -> None:
    real = load_real_models()
    catalogue = build_catalogue(300)
    assert len(real) == 115
    assert len(catalogue) == 300
    api = {model.id: model for model in catalogue if model.api_inference}
    assert set(api) == {entry["id"] for entry in real}
    assert all(api[entry["id"]].task == entry["task"] for entry in real)
    assert len({model.id for model in catalogue}) == len(catalogue)
    assert [m.id for m in build_catalogue(300, seed=1)] == [
        m.id for m in build_catalogue(300, seed=1)
    ]
    # tolerance material: wrong flags, missing and empty fields
    assert sum(model.api_flag != model.api_inference for model in catalogue) >= 3
    shapes = [hub_model_json(model) for model in catalogue]
    assert any("ChineseName" not in shape for shape in shapes)
    assert any(shape.get("ChineseName") == "" for shape in shapes)
    assert any("License" not in shape for shape in shapes)
    assert any("Avatar" not in shape.get("Organization", {}) for shape in shapes)
    assert len({model.task for model in catalogue}) >= 10


# --- chat with the official client -------------------------------------------------


def test_chat_non_stream(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model=CHAT_MODEL, messages=[{"role": "user", "content": "hello world"}]
    )
    assert completion.object == "chat.completion"
    assert completion.model == CHAT_MODEL
    choice = completion.choices[0]
    assert choice.message.role == "assistant"
    assert choice.message.content.startswith("Echo: hello world")
    assert len(choice.message.content.split()) == 12
    assert choice.finish_reason == "stop"
    assert completion.usage.completion_tokens == 12
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + 12
    assert (choice.message.model_extra or {}).get("reasoning_content") is None


def test_chat_stream_reasoning_then_content_with_usage(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model=HYBRID_MODEL,
        messages=[{"role": "user", "content": "why is the sky blue"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    reasoning, content, order = [], [], []
    for chunk in chunks:
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta
        thought = getattr(delta, "reasoning_content", None)
        if thought:
            reasoning.append(thought)
            order.append("r")
        if delta.content:
            content.append(delta.content)
            order.append("c")
    assert "".join(reasoning).startswith("Thinking about: why is the sky blue")
    assert "".join(content).startswith("Echo: why is the sky blue")
    assert order == sorted(order, reverse=True)  # every "r" before every "c"
    finish = [
        c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason
    ]
    assert finish == ["stop"]
    last = chunks[-1]
    assert last.choices == []
    assert last.usage.completion_tokens == len(reasoning) + len(content)


def test_stream_without_include_usage_has_no_usage_chunk(client: openai.OpenAI) -> None:
    chunks = list(
        client.chat.completions.create(
            model=CHAT_MODEL, messages=[{"role": "user", "content": "hi"}], stream=True
        )
    )
    assert all(chunk.choices for chunk in chunks)
    assert all(chunk.usage is None for chunk in chunks)
    assert "".join(c.choices[0].delta.content or "" for c in chunks).startswith("Echo: hi")


def _reasoning_of(client: openai.OpenAI, model: str, **extra: object) -> str:
    stream = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": "x"}], stream=True, **extra
    )
    return "".join(
        (chunk.choices[0].delta.model_extra or {}).get("reasoning_content") or ""
        for chunk in stream
        if chunk.choices
    )


def test_enable_thinking_switches(client: openai.OpenAI) -> None:
    assert _reasoning_of(client, HYBRID_MODEL)
    assert _reasoning_of(client, HYBRID_MODEL, extra_body={"enable_thinking": False}) == ""
    assert _reasoning_of(client, R1_MODEL, extra_body={"enable_thinking": False})
    assert _reasoning_of(client, CHAT_MODEL) == ""
    assert _reasoning_of(client, CHAT_MODEL, extra_body={"enable_thinking": True})


def test_enable_thinking_true_without_stream_is_rejected(
    client: openai.OpenAI, fake: FakeModelScope
) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(
            model=HYBRID_MODEL,
            messages=[{"role": "user", "content": "x"}],
            extra_body={"enable_thinking": True},
        )
    assert "enable_thinking" in caught.value.body["errors"]["message"]
    assert fake.usage(VALID_TOKEN)["total"] == 0
    completion = client.chat.completions.create(
        model=HYBRID_MODEL,
        messages=[{"role": "user", "content": "x"}],
        extra_body={"enable_thinking": False},
    )
    assert (completion.choices[0].message.model_extra or {}).get("reasoning_content") is None


def test_max_tokens_stops_with_length(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model=CHAT_MODEL, messages=[{"role": "user", "content": "a b c"}], max_tokens=3
    )
    assert completion.choices[0].message.content == "Echo: a b"
    assert completion.choices[0].finish_reason == "length"
    chunks = list(
        client.chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": "a b c"}],
            max_tokens=1,
            stream=True,
        )
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "Echo:"
    assert chunks[-1].choices[0].finish_reason == "length"


def test_long_answer_streams_fast(http: httpx.Client, fake: FakeModelScope) -> None:
    fake.answer_words = 20000
    started = time.monotonic()
    pieces = []
    with http.stream(
        "POST", "/v1/chat/completions", headers=AUTH, json=chat_body(stream=True)
    ) as response:
        for line in response.iter_lines():
            if line.startswith("data: {"):
                choices = json.loads(line[6:])["choices"]
                if choices:
                    pieces.append(choices[0]["delta"].get("content") or "")
    assert len("".join(pieces).split()) == 20000
    assert time.monotonic() - started < 5


def test_models_list_chat_models_only_without_a_valid_token(fake: FakeModelScope) -> None:
    with api_client(fake, "not-a-token") as api:
        ids = {model.id for model in api.models.list()}
    assert CHAT_MODEL in ids and HYBRID_MODEL in ids and "Qwen/Qwen2.5-VL-7B-Instruct" in ids
    assert IMAGE_MODEL not in ids and EMBED_MODEL not in ids
    assert len(ids) == 96  # text-generation + image-text-to-text of the bundled list
    with local_client() as session:
        response = session.get(fake.api_base + "/models")
    assert response.status_code == 200
    assert response.json()["object"] == "list"
    assert not any(name.startswith("modelscope-ratelimit") for name in response.headers)


def test_embeddings(client: openai.OpenAI) -> None:
    single = client.embeddings.create(model=EMBED_MODEL, input="hello")  # base64 by default
    assert len(single.data) == 1 and len(single.data[0].embedding) == 8
    floats = client.embeddings.create(
        model=EMBED_MODEL, input=["hello", "world"], encoding_format="float"
    )
    assert [item.index for item in floats.data] == [0, 1]
    assert floats.data[0].embedding == pytest.approx(single.data[0].embedding, abs=1e-6)
    assert floats.data[0].embedding != floats.data[1].embedding
    assert sum(value * value for value in floats.data[1].embedding) == pytest.approx(1.0, abs=1e-5)
    with pytest.raises(openai.BadRequestError) as caught:
        client.embeddings.create(model=CHAT_MODEL, input="hello")
    assert "has no provider supported" in caught.value.body["errors"]["message"]


# --- tokens and quota -----------------------------------------------------------------


def test_daily_limit_raises_rate_limit_error(fake: FakeModelScope) -> None:
    fake.add_token("ms-daily", daily_limit=1)
    with api_client(fake, "ms-daily") as api:
        api.chat.completions.create(model=CHAT_MODEL, messages=[{"role": "user", "content": "x"}])
        with pytest.raises(openai.RateLimitError) as caught:
            api.chat.completions.create(
                model=HYBRID_MODEL, messages=[{"role": "user", "content": "x"}]
            )
    body = caught.value.response.json()
    assert body["errors"]["message"] == "Request limit exceeded."
    assert set(body) == {"errors"} and set(body["errors"]) == {"message", "request_id"}
    assert caught.value.response.headers["modelscope-ratelimit-requests-remaining"] == "0"
    assert fake.usage("ms-daily") == {"total": 1, "per_model": {CHAT_MODEL: 1}}


def test_bad_and_unbound_tokens_raise_authentication_error(fake: FakeModelScope) -> None:
    for key, message in (
        ("ms-unknown", "valid ModelScope token"),
        (BIND_TOKEN, "bind your Alibaba Cloud"),
    ):
        with api_client(fake, key) as api:
            with pytest.raises(openai.AuthenticationError) as caught:
                api.chat.completions.create(
                    model=CHAT_MODEL, messages=[{"role": "user", "content": "x"}]
                )
        # the ModelScope shape {"errors": {...}} is not the one the official client reads
        assert message in caught.value.body["errors"]["message"]
    fake.add_token(BIND_TOKEN)
    with local_client(base_url=fake.api_base) as session:
        response = session.post(
            "/chat/completions", headers={"Authorization": f"Bearer {BIND_TOKEN}"}, json=chat_body()
        )
        assert response.status_code == 401
        assert (
            response.json()["errors"]["message"]
            == "Please bind your Alibaba Cloud account before use."
        )
        assert session.post("/chat/completions", json=chat_body()).status_code == 401


def test_ratelimit_headers_count_down(http: httpx.Client) -> None:
    seen = []
    for _ in range(3):
        response = http.post("/v1/chat/completions", headers=AUTH, json=chat_body())
        assert response.status_code == 200
        seen.append(tuple(int(response.headers[name]) for name in RATE_HEADERS))
    assert seen == [(2000, 1999, 500, 499), (2000, 1998, 500, 498), (2000, 1997, 500, 497)]
    other = http.post("/v1/chat/completions", headers=AUTH, json=chat_body(HYBRID_MODEL))
    assert other.headers["modelscope-ratelimit-requests-remaining"] == "1996"
    assert other.headers["modelscope-ratelimit-model-requests-remaining"] == "499"
    # errors carry the headers too
    bad = http.post("/v1/chat/completions", headers=AUTH, json=chat_body("Nobody/Nothing"))
    assert bad.status_code == 400
    assert bad.headers["modelscope-ratelimit-requests-remaining"] == "1996"


def test_per_model_limit(fake: FakeModelScope, http: httpx.Client) -> None:
    fake.add_token("ms-model-cap", model_limit=2)
    headers = {"Authorization": "Bearer ms-model-cap"}
    statuses = [
        http.post("/v1/chat/completions", headers=headers, json=chat_body()).status_code
        for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
    spent = http.post("/v1/chat/completions", headers=headers, json=chat_body())
    assert spent.json() == {
        "errors": {
            "message": "Request limit exceeded.",
            "request_id": spent.json()["errors"]["request_id"],
        }
    }
    assert spent.headers["modelscope-ratelimit-model-requests-remaining"] == "0"
    assert spent.headers["modelscope-ratelimit-requests-remaining"] == "1998"
    other = http.post("/v1/chat/completions", headers=headers, json=chat_body(HYBRID_MODEL))
    assert other.status_code == 200
    assert fake.usage("ms-model-cap") == {"total": 3, "per_model": {CHAT_MODEL: 2, HYBRID_MODEL: 1}}


def test_unknown_model_and_bad_bodies(http: httpx.Client, fake: FakeModelScope) -> None:
    for model in ("Owner/Name", "Qwen/Qwen2.5-7B-Instruct-GGUF", IMAGE_MODEL):
        response = http.post("/v1/chat/completions", headers=AUTH, json=chat_body(model))
        assert response.status_code == 400
        assert (
            response.json()["errors"]["message"]
            == f"Model id : {model} , has no provider supported"
        )
    broken = http.post(
        "/v1/chat/completions",
        headers={**AUTH, "Content-Type": "application/json"},
        content=b"{nope",
    )
    assert broken.status_code == 400
    assert (
        http.post("/v1/chat/completions", headers=AUTH, json={"model": CHAT_MODEL}).status_code
        == 400
    )
    assert http.post("/v1/chat/completions", headers=AUTH, json=[1, 2]).status_code == 400
    assert fake.usage(VALID_TOKEN)["total"] == 0


def test_requests_are_recorded(http: httpx.Client, fake: FakeModelScope) -> None:
    http.post("/v1/chat/completions?x=1", headers={**AUTH, "X-Extra": "yes"}, json=chat_body())
    record = fake.requests[-1]
    assert (record.method, record.path, record.query) == (
        "POST",
        "/v1/chat/completions",
        {"x": "1"},
    )
    assert record.token == VALID_TOKEN
    assert record.headers["x-extra"] == "yes"
    assert record.json["model"] == CHAT_MODEL


# --- behaviours -----------------------------------------------------------------------

EXPECTED = {
    "401": (401, "application/json"),
    "bind": (401, "application/json"),
    "403": (403, "application/json"),
    "429": (429, "application/json"),
    "400_model": (400, "application/json"),
    "500": (500, "application/json"),
    "502_html": (502, "text/html"),
    "plain_text_error": (500, "text/plain"),
    "malformed": (200, "application/json"),
    "slow": (200, "application/json"),
}


@pytest.mark.parametrize("behaviour", sorted(EXPECTED))
def test_each_behaviour_by_header(behaviour: str, fake: FakeModelScope, http: httpx.Client) -> None:
    fake.slow_seconds = 0.2
    started = time.monotonic()
    response = http.post(
        "/v1/chat/completions", headers={**AUTH, "X-Fake-Behaviour": behaviour}, json=chat_body()
    )
    status, content_type = EXPECTED[behaviour]
    assert response.status_code == status
    assert response.headers["content-type"].startswith(content_type)
    assert all(name in response.headers for name in RATE_HEADERS)
    if content_type == "application/json" and behaviour != "malformed":
        body = response.json()
        assert "errors" in body or "error" in body or body["object"] == "chat.completion"
    if behaviour == "malformed":
        with pytest.raises(json.JSONDecodeError):
            json.loads(response.text)
    if behaviour == "slow":
        assert time.monotonic() - started >= 0.2
    if behaviour == "400_model":
        assert CHAT_MODEL in response.json()["errors"]["message"]
    if behaviour == "403":
        assert response.json()["error"]["type"] == "forbidden"
    if behaviour == "bind":
        assert "bind your Alibaba Cloud" in response.json()["errors"]["message"]
    charged = 1 if behaviour in ("malformed", "slow") else 0
    assert fake.usage(VALID_TOKEN)["total"] == charged


def test_unknown_behaviour_header_is_refused(http: httpx.Client, fake: FakeModelScope) -> None:
    response = http.post(
        "/v1/chat/completions", headers={**AUTH, "X-Fake-Behaviour": "nope"}, json=chat_body()
    )
    assert response.status_code == 400
    with pytest.raises(ValueError):
        fake.set_behaviour("nope")


def test_set_behaviour_times_and_token(fake: FakeModelScope, http: httpx.Client) -> None:
    fake.add_token("ms-second")
    second = {"Authorization": "Bearer ms-second"}
    fake.set_behaviour("500", times=2)
    fake.set_behaviour("429", token="ms-second")
    codes = [
        http.post("/v1/chat/completions", headers=AUTH, json=chat_body()).status_code
        for _ in range(3)
    ]
    assert codes == [500, 500, 200]
    assert http.post("/v1/chat/completions", headers=second, json=chat_body()).status_code == 429
    # the header wins over a rule
    assert (
        http.post(
            "/v1/chat/completions", headers={**second, "X-Fake-Behaviour": "ok"}, json=chat_body()
        ).status_code
        == 200
    )
    fake.reset_behaviours()
    assert http.post("/v1/chat/completions", headers=second, json=chat_body()).status_code == 200
    # a rule the hub cannot honour is not used up by hub calls
    fake.set_behaviour("401", times=1)
    assert http.put("/api/v1/dolphin/models", json={}).status_code == 200
    assert http.post("/v1/chat/completions", headers=AUTH, json=chat_body()).status_code == 401
    assert http.post("/v1/chat/completions", headers=AUTH, json=chat_body()).status_code == 200


def test_malformed_stream_has_a_broken_event(http: httpx.Client) -> None:
    with http.stream(
        "POST",
        "/v1/chat/completions",
        headers={**AUTH, "X-Fake-Behaviour": "malformed"},
        json=chat_body(stream=True),
    ) as response:
        events = [
            line.removeprefix("data: ")
            for line in response.iter_lines()
            if line.startswith("data: ")
        ]
    assert events[-1] == "[DONE]"
    broken = 0
    for event in events[:-1]:
        try:
            json.loads(event)
        except json.JSONDecodeError:
            broken += 1
    assert broken == 1


def test_cut_stream_ends_in_an_error_after_partial_data(http: httpx.Client) -> None:
    received = []
    with pytest.raises(httpx.RemoteProtocolError):
        with http.stream(
            "POST",
            "/v1/chat/completions",
            headers={**AUTH, "X-Fake-Behaviour": "cut"},
            json=chat_body(stream=True),
        ) as response:
            assert response.status_code == 200
            for line in response.iter_lines():
                received.append(line)
    data = [line for line in received if line.startswith("data: ")]
    assert len(data) >= 3
    assert "data: [DONE]" not in received


def test_cut_non_stream_ends_in_an_error(http: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(
            "/v1/chat/completions", headers={**AUTH, "X-Fake-Behaviour": "cut"}, json=chat_body()
        )
    # the fake still serves afterwards
    assert http.post("/v1/chat/completions", headers=AUTH, json=chat_body()).status_code == 200


def test_early_client_close_is_counted(
    fake: FakeModelScope, capfd: pytest.CaptureFixture[str]
) -> None:
    fake.chunk_delay = 0.02
    fake.answer_words = 500
    with local_client() as session:
        with session.stream(
            "POST", fake.api_base + "/chat/completions", headers=AUTH, json=chat_body(stream=True)
        ) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    break
    assert fake.wait_for_disconnect(timeout=5)
    assert fake.disconnects == 1
    assert "Traceback" not in capfd.readouterr().err


def test_stop_does_not_wait_for_a_slow_request() -> None:
    fake = FakeModelScope().start()
    fake.slow_seconds = 30

    def call() -> None:
        try:
            with local_client() as session:
                session.post(
                    fake.api_base + "/chat/completions",
                    headers={**AUTH, "X-Fake-Behaviour": "slow"},
                    json=chat_body(),
                )
        except httpx.HTTPError:
            pass

    thread = threading.Thread(target=call)
    thread.start()
    wait_until(lambda: any(r.path == "/v1/chat/completions" for r in fake.requests))  # in its sleep
    started = time.monotonic()
    fake.stop()
    assert time.monotonic() - started < 3
    thread.join(5)


# --- images ---------------------------------------------------------------------------


def test_image_task_lifecycle(http: httpx.Client, fake: FakeModelScope) -> None:
    body = {"model": IMAGE_MODEL, "prompt": "a cat"}
    refused = http.post("/v1/images/generations", headers=AUTH, json=body)
    assert refused.status_code == 400 and "X-ModelScope-Async-Mode" in refused.text
    submit = http.post(
        "/v1/images/generations", headers={**AUTH, "X-ModelScope-Async-Mode": "true"}, json=body
    )
    assert submit.status_code == 200
    assert submit.headers["modelscope-ratelimit-requests-remaining"] == "1999"
    task_id = submit.json()["task_id"]
    poll_headers = {**AUTH, "X-ModelScope-Task-Type": "image_generation"}
    statuses = [http.get(f"/v1/tasks/{task_id}", headers=poll_headers).json() for _ in range(3)]
    assert [s["task_status"] for s in statuses] == ["PENDING", "RUNNING", "SUCCEED"]
    url = statuses[-1]["output_images"][0]
    assert url.startswith(fake.base_url + "/fake-images/")
    image = http.get(url)
    assert image.headers["content-type"] == "image/png"
    assert image.content.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", image.content[16:24])
    assert (width, height) == (8, 8)
    assert http.get("/v1/tasks/nope", headers=poll_headers).status_code == 404
    assert http.get(f"/v1/tasks/{task_id}", headers=AUTH).status_code == 400
    assert (
        http.get(
            f"/v1/tasks/{task_id}", headers={"X-ModelScope-Task-Type": "image_generation"}
        ).status_code
        == 401
    )


def test_image_fail_and_wrong_model(http: httpx.Client, fake: FakeModelScope) -> None:
    fake.image_polls = 0
    headers = {**AUTH, "X-ModelScope-Async-Mode": "true"}
    submit = http.post(
        "/v1/images/generations",
        headers={**headers, "X-Fake-Behaviour": "image_fail"},
        json={"model": IMAGE_MODEL, "prompt": "a dog"},
    )
    task = http.get(
        f"/v1/tasks/{submit.json()['task_id']}",
        headers={**AUTH, "X-ModelScope-Task-Type": "image_generation"},
    ).json()
    assert task["task_status"] == "FAILED"
    wrong = http.post(
        "/v1/images/generations", headers=headers, json={"model": CHAT_MODEL, "prompt": "x"}
    )
    assert wrong.status_code == 400 and "has no provider supported" in wrong.text


# --- the hub --------------------------------------------------------------------------


def test_hub_search_filters(http: httpx.Client) -> None:
    everything = hub_search(http, PageSize=10, PageNumber=1, SortBy="Default")
    assert everything["Data"]["Model"]["TotalCount"] == 300
    api = hub_search(http, PageSize=100, SingleCriterion=API_FILTER)
    assert api["Data"]["Model"]["TotalCount"] == 115
    assert "FiledAgg" in api["Data"]
    models = api["Data"]["Model"]["Models"]
    assert all(
        m.get("BackendSupport", {}).get("model_id") == f"{m['Path']}/{m['Name']}" for m in models
    )

    text = hub_search(
        http,
        PageSize=100,
        Name="QWEN3",
        Criterion=[
            {
                "category": "tasks",
                "predicate": "contains",
                "values": ["text-generation"],
                "sub_values": [],
            }
        ],
        SingleCriterion=API_FILTER,
    )
    found = text["Data"]["Model"]["Models"]
    assert found and all("qwen3" in m["Name"].lower() for m in found)
    assert all(m["Tasks"][0]["Name"] == "text-generation" for m in found)

    orgs = hub_search(
        http,
        PageSize=100,
        Criterion=[
            {"category": "organizations", "predicate": "contains", "values": ["deepseek-ai"]}
        ],
        SingleCriterion=API_FILTER,
    )
    assert {m["Path"] for m in orgs["Data"]["Model"]["Models"]} == {"deepseek-ai"}

    chinese = hub_search(http, PageSize=100, Name="通义千问")
    assert chinese["Data"]["Model"]["TotalCount"] > 0
    # with the API filter the non-API Qwen variants are gone
    qwen_all = hub_search(http, PageSize=100, Name="qwen")["Data"]["Model"]["TotalCount"]
    qwen_api = hub_search(http, PageSize=100, Name="qwen", SingleCriterion=API_FILTER)["Data"][
        "Model"
    ]["TotalCount"]
    assert qwen_all > qwen_api > 0


def test_hub_search_sorts_and_pages(http: httpx.Client) -> None:
    orders = {}
    for sort_by, field in (
        ("DownloadsCount", "Downloads"),
        ("StarsCount", "Stars"),
        ("GmtModified", "LastUpdatedTime"),
    ):
        models = hub_search(http, PageSize=100, SortBy=sort_by)["Data"]["Model"]["Models"]
        values = [m.get(field, 0) for m in models if field in m]
        assert values == sorted(values, reverse=True)
        orders[sort_by] = [f"{m['Path']}/{m['Name']}" for m in models]
    orders["Default"] = [
        f"{m['Path']}/{m['Name']}"
        for m in hub_search(http, PageSize=100)["Data"]["Model"]["Models"]
    ]
    assert len({tuple(order) for order in orders.values()}) == 4

    pages = [
        hub_search(http, PageSize=30, PageNumber=number, SortBy="DownloadsCount")["Data"]["Model"][
            "Models"
        ]
        for number in (1, 2, 11)
    ]
    ids = [[f"{m['Path']}/{m['Name']}" for m in page] for page in pages]
    assert len(ids[0]) == 30 and len(ids[1]) == 30 and ids[2] == []
    assert not set(ids[0]) & set(ids[1])
    assert ids[0] + ids[1] == orders["DownloadsCount"][:60]


def test_hub_search_only_put(http: httpx.Client) -> None:
    for method in ("POST", "GET", "DELETE"):
        response = http.request(method, "/api/v1/dolphin/models", json={})
        assert response.status_code == 405
        assert response.headers["allow"] == "PUT"


def test_hub_model_detail_readme_and_404(http: httpx.Client) -> None:
    response = http.get("/api/v1/models/Qwen/Qwen3-8B")
    assert response.status_code == 200
    data = response.json()["Data"]
    assert (data["Path"], data["Name"]) == ("Qwen", "Qwen3-8B")
    readme = data["ReadMeContent"]
    assert "# Qwen3-8B" in readme and "| --- |" in readme
    assert "```python" in readme and 'model="Qwen/Qwen3-8B"' in readme
    assert "![" in readme
    for key in ("Tasks", "Downloads", "Stars", "CreatedTime", "LastUpdatedTime", "Organization"):
        assert key in data
    raw = http.get(
        "/api/v1/models/Qwen/Qwen3-8B/repo", params={"Revision": "master", "FilePath": "README.md"}
    )
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("text/plain")
    assert raw.text == readme
    missing = http.get("/api/v1/models/Nobody/Nothing")
    assert missing.status_code == 404
    assert missing.json()["Success"] is False and missing.json()["Code"] == 10010205001
    assert (
        http.get("/api/v1/models/Nobody/Nothing/repo", params={"FilePath": "README.md"}).status_code
        == 404
    )
    assert (
        http.get(
            "/api/v1/models/Qwen/Qwen3-8B/repo", params={"FilePath": "config.json"}
        ).status_code
        == 404
    )


@pytest.mark.parametrize(
    ("behaviour", "status", "content_type"),
    [
        ("500", 500, "application/json"),
        ("502_html", 502, "text/html"),
        ("malformed", 200, "application/json"),
    ],
)
def test_hub_behaviours(behaviour: str, status: int, content_type: str, http: httpx.Client) -> None:
    response = http.put("/api/v1/dolphin/models", headers={"X-Fake-Behaviour": behaviour}, json={})
    assert response.status_code == status
    assert response.headers["content-type"].startswith(content_type)
    if behaviour == "malformed":
        with pytest.raises(json.JSONDecodeError):
            json.loads(response.text)


def test_hub_honours_general_rules_and_slow(fake: FakeModelScope, http: httpx.Client) -> None:
    fake.set_behaviour("502_html", times=1)
    assert http.get("/api/v1/models/Qwen/Qwen3-8B").status_code == 502
    assert http.get("/api/v1/models/Qwen/Qwen3-8B").status_code == 200
    fake.slow_seconds = 0.2
    started = time.monotonic()
    assert (
        http.put(
            "/api/v1/dolphin/models", headers={"X-Fake-Behaviour": "slow"}, json={}
        ).status_code
        == 200
    )
    assert time.monotonic() - started >= 0.2
    fake.set_behaviour("500")
    assert http.get("/v1/models").status_code == 500


# --- control over HTTP and the command line -----------------------------------------


def test_control_endpoints(fake: FakeModelScope, http: httpx.Client) -> None:
    assert http.post("/_fake/behaviour", json={"behaviour": "403", "times": 1}).json() == {
        "ok": True
    }
    assert http.post("/v1/chat/completions", headers=AUTH, json=chat_body()).status_code == 403
    http.post("/_fake/behaviour", json={"behaviour": "500"})
    assert http.post("/_fake/reset").status_code == 200
    assert http.post("/v1/chat/completions", headers=AUTH, json=chat_body()).status_code == 200
    assert http.post("/_fake/behaviour", json={"behaviour": "nope"}).status_code == 400
    assert all(not record.path.startswith("/_fake") for record in fake.requests)


def test_every_behaviour_has_a_test() -> None:
    assert set(EXPECTED) | {"ok", "cut", "image_fail"} == BEHAVIOURS


def test_command_line() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    root = Path(__file__).resolve().parents[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.fakes.modelscope",
            "--port",
            str(port),
            "--answer-words",
            "3",
        ],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = []
        for line in process.stdout:
            lines.append(line)
            if "Ctrl+C" in line:
                break
        output = "".join(lines)
        assert f"export MSDESK_API_BASE=http://127.0.0.1:{port}/v1" in output
        assert f"export MSDESK_HUB_BASE=http://127.0.0.1:{port}" in output
        assert VALID_TOKEN in output
        with local_client() as session:
            response = session.post(
                f"http://127.0.0.1:{port}/v1/chat/completions",
                headers=AUTH,
                json=chat_body(text="hi"),
            )
        assert response.json()["choices"][0]["message"]["content"] == "Echo: hi lorem"
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "Traceback" not in err


def test_embedding_base64_matches_floats(http: httpx.Client) -> None:
    body = {"model": EMBED_MODEL, "input": "same"}
    floats = http.post(
        "/v1/embeddings", headers=AUTH, json={**body, "encoding_format": "float"}
    ).json()
    packed = http.post(
        "/v1/embeddings", headers=AUTH, json={**body, "encoding_format": "base64"}
    ).json()
    decoded = struct.unpack("<8f", base64.b64decode(packed["data"][0]["embedding"]))
    assert list(decoded) == pytest.approx(floats["data"][0]["embedding"], abs=1e-6)


def test_async_clients_in_parallel(fake: FakeModelScope) -> None:
    import asyncio

    from httpx_sse import aconnect_sse

    fake.add_token("ms-five", daily_limit=5)
    fake.chunk_delay = 0.001

    async def one_stream(session: httpx.AsyncClient, token: str) -> tuple[int, str]:
        text = []
        headers = {"Authorization": f"Bearer {token}"}
        async with aconnect_sse(
            session,
            "POST",
            "/v1/chat/completions",
            headers=headers,
            json=chat_body(text="par", stream=True),
        ) as source:
            if source.response.status_code != 200:
                return source.response.status_code, ""
            async for event in source.aiter_sse():
                if event.data == "[DONE]":
                    break
                choices = event.json()["choices"]
                if choices:
                    text.append(choices[0]["delta"].get("content") or "")
        return 200, "".join(text)

    async def main() -> list[tuple[int, str]]:
        async with httpx.AsyncClient(base_url=fake.base_url, verify=False, timeout=10) as session:
            jobs = [one_stream(session, VALID_TOKEN) for _ in range(10)]
            jobs += [one_stream(session, "ms-five") for _ in range(10)]
            return await asyncio.gather(*jobs)

    results = asyncio.run(main())
    assert all(result == (200, results[0][1]) for result in results[:10])
    assert results[0][1].startswith("Echo: par")
    assert sorted(status for status, _ in results[10:]) == [200] * 5 + [429] * 5
    assert fake.usage("ms-five")["total"] == 5


def test_async_openai_stream_and_early_close(fake: FakeModelScope) -> None:
    import asyncio

    fake.chunk_delay = 0.02
    fake.answer_words = 300

    async def main() -> str:
        async with openai.AsyncOpenAI(
            base_url=fake.api_base,
            api_key=VALID_TOKEN,
            max_retries=0,
            http_client=httpx.AsyncClient(verify=False, timeout=10),
        ) as api:
            stream = await api.chat.completions.create(
                model=CHAT_MODEL, messages=[{"role": "user", "content": "stop soon"}], stream=True
            )
            first = ""
            async for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    first = chunk.choices[0].delta.content
                    break
            await stream.close()
            return first

    assert asyncio.run(main()) == "Echo:"
    assert fake.wait_for_disconnect(timeout=5)
