"""The model library offline-first: disk cache with a time-to-live, then the bundled snapshot."""

from __future__ import annotations

import pytest

from msdesk.core.errors import NetworkError, ServerError
from msdesk.core.hub import HubClient, SearchQuery
from msdesk.core.hub_cache import CachedHub, HubCache, snapshot_page
from msdesk.core.network import make_http_client
from msdesk.core.settings import NetworkSettings
from tests.conftest import run


class Clock:
    def __init__(self):
        self.now = 1_800_000_000.0

    def __call__(self):
        return self.now


async def with_cached(hub_base, folder, clock, body):
    http = make_http_client(NetworkSettings(connect_timeout=2, read_timeout=5))
    try:
        return await body(CachedHub(HubClient(http, hub_base), HubCache(folder, clock=clock)))
    finally:
        await http.aclose()


def searches(fake):
    return [r for r in fake.requests if r.path == "/api/v1/dolphin/models"]


def test_answers_are_cached_until_they_expire(fake, tmp_path):
    clock = Clock()
    query = SearchQuery(text="qwen", page_size=5)
    first = run(with_cached(fake.hub_base, tmp_path, clock, lambda h: h.search(query)))
    assert first.source == "network" and not first.offline and first.value.models
    again = run(with_cached(fake.hub_base, tmp_path, clock, lambda h: h.search(query)))
    assert again.source == "cache" and again.value == first.value
    assert len(searches(fake)) == 1  # the second answer came from disk
    clock.now += 2 * 60 * 60  # past the hour
    third = run(with_cached(fake.hub_base, tmp_path, clock, lambda h: h.search(query)))
    assert third.source == "network" and len(searches(fake)) == 2


def test_a_failing_network_falls_back_to_the_saved_page_and_says_why(fake, tmp_path):
    clock = Clock()
    query = SearchQuery(page_size=5)
    saved = run(with_cached(fake.hub_base, tmp_path, clock, lambda h: h.search(query)))
    clock.now += 2 * 60 * 60
    fake.set_behaviour("500")
    answer = run(with_cached(fake.hub_base, tmp_path, clock, lambda h: h.search(query)))
    assert answer.source == "cache" and answer.value == saved.value
    assert isinstance(answer.error, ServerError) and answer.offline


def test_with_nothing_saved_api_inference_searches_come_from_the_snapshot(tmp_path):
    dead = "http://127.0.0.1:9"
    query = SearchQuery(text="deepseek", tasks=("text-generation",), page_size=50)
    answer = run(with_cached(dead, tmp_path, Clock(), lambda h: h.search(query)))
    assert answer.source == "snapshot" and isinstance(answer.error, NetworkError)
    ids = [m.id for m in answer.value.models]
    assert "deepseek-ai/DeepSeek-R1" in ids and all("deepseek" in i.lower() for i in ids)
    assert all(m.api_inference and m.tasks == ("text-generation",) for m in answer.value.models)
    with pytest.raises(NetworkError):  # no snapshot of the whole library
        run(with_cached(dead, tmp_path, Clock(), lambda h: h.search(SearchQuery(api_inference=False))))


def test_something_to_show_before_the_network_answers(fake, tmp_path):
    async def body(hub):
        before = hub.cached_search(SearchQuery())
        await hub.search(SearchQuery())
        after = hub.cached_search(SearchQuery())
        return before, after

    before, after = run(with_cached(fake.hub_base, tmp_path, Clock(), body))
    assert before.source == "snapshot" and len(before.value.models) == 30
    assert before.value.total == 115
    assert after.source == "cache"


def test_model_details_are_cached_and_survive_an_outage(fake, tmp_path):
    clock = Clock()
    model_id = "Qwen/Qwen2.5-72B-Instruct"
    fresh = run(with_cached(fake.hub_base, tmp_path, clock, lambda h: h.model(model_id)))
    assert fresh.source == "network" and fresh.value.readme
    clock.now += 2 * 24 * 60 * 60
    fake.set_behaviour("502_html")
    stale = run(with_cached(fake.hub_base, tmp_path, clock, lambda h: h.model(model_id)))
    assert stale.source == "cache" and stale.value == fresh.value and stale.offline


def test_a_corrupt_cache_file_is_dropped_not_fatal(fake, tmp_path):
    query = SearchQuery(page_size=3)
    run(with_cached(fake.hub_base, tmp_path, Clock(), lambda h: h.search(query)))
    [path] = list((tmp_path / "search").glob("*.json"))
    path.write_text("{broken")
    answer = run(with_cached(fake.hub_base, tmp_path, Clock(), lambda h: h.search(query)))
    assert answer.source == "network"
    assert path.exists()  # rewritten with the fresh answer


def test_snapshot_paging_and_filters():
    page = snapshot_page(SearchQuery(tasks=("text-to-image-synthesis",), page_size=4, page=2))
    assert page.total == 9 and len(page.models) == 4 and page.page == 2
    assert all(m.tasks == ("text-to-image-synthesis",) for m in page.models)
