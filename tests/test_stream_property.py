"""Property: however the byte stream is split on the wire, the answer is the same."""

from __future__ import annotations

import json

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msdesk.core.inference import ChatRequest, InferenceClient
from msdesk.core.providers import Provider
from tests.conftest import run

PROVIDER = Provider(id="modelscope", name="ModelScope", api_base="http://fake.invalid/v1", kind="modelscope")

pieces = st.lists(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
    min_size=1,
    max_size=12,
)


def sse_bytes(reasoning: list[str], content: list[str], newline: str) -> bytes:
    events = []
    for text in reasoning:
        events.append({"choices": [{"index": 0, "delta": {"reasoning_content": text}}]})
    for text in content:
        events.append({"choices": [{"index": 0, "delta": {"content": text}}]})
    events.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    events.append({"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": len(content),
                                            "total_tokens": 3 + len(content)}})
    lines = [f"data: {json.dumps(e, ensure_ascii=False)}{newline}{newline}" for e in events]
    lines.insert(0, f": keep-alive comment{newline}{newline}")
    lines.append(f"data: [DONE]{newline}{newline}")
    return "".join(lines).encode("utf-8")


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    parts, start = [], 0
    for point in points:
        parts.append(data[start:point])
        start = point
    parts.append(data[start:])
    return [p for p in parts if p]


async def read_answer(parts: list[bytes]) -> tuple[str, str, int]:
    class Body(httpx.AsyncByteStream):
        async def __aiter__(self):
            for part in parts:
                yield part

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Body())

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        client = InferenceClient(http, PROVIDER, "ms-token-for-tests")
        content, reasoning, completion = [], [], 0
        request = ChatRequest(model="A/B", messages=[{"role": "user", "content": "x"}])
        async for chunk in client.chat_stream(request):
            content.append(chunk.content)
            reasoning.append(chunk.reasoning)
            if chunk.usage:
                completion = chunk.usage.completion_tokens
        return "".join(content), "".join(reasoning), completion


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    reasoning=pieces,
    content=pieces,
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=40),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_any_split_of_the_stream_gives_the_same_text(reasoning, content, cuts, newline):
    data = sse_bytes(reasoning, content, newline)
    got_content, got_reasoning, completion = run(read_answer(split(data, cuts)))
    assert got_content == "".join(content)
    assert got_reasoning == "".join(reasoning)
    assert completion == len(content)


def test_one_byte_at_a_time_gives_the_same_answer():
    data = sse_bytes(["思考", "中…"], ["你好", "，世界", " 🌏 done"], "\r\n")
    whole = run(read_answer([data]))
    assert whole == ("你好，世界 🌏 done", "思考中…", 3)
    assert run(read_answer([data[i:i + 1] for i in range(len(data))])) == whole
