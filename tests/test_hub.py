"""The model library client against the fake hub."""

from __future__ import annotations

import pytest

from msdesk.core.errors import BadResponse, NetworkError, ServerError
from msdesk.core.hub import HubClient, ModelNotFound, SearchQuery, parse_model
from msdesk.core.network import make_http_client
from msdesk.core.settings import NetworkSettings
from tests.conftest import run


async def with_hub(fake, body, read_timeout=30.0):
    http = make_http_client(NetworkSettings(read_timeout=read_timeout))
    try:
        return await body(HubClient(http, fake.hub_base))
    finally:
        await http.aclose()


def test_api_inference_criterion_is_sent_exactly_when_asked(fake):
    page = run(with_hub(fake, lambda h: h.search(SearchQuery())))
    sent = fake.requests[-1]
    assert sent.method == "PUT" and sent.path == "/api/v1/dolphin/models"
    assert sent.json["SingleCriterion"] == [
        {"category": "inference_type", "DateType": "int", "predicate": "equal", "IntValue": 1}
    ]
    assert page.models and all(m.api_inference for m in page.models)
    everything = run(with_hub(fake, lambda h: h.search(SearchQuery(api_inference=False))))
    assert fake.requests[-1].json["SingleCriterion"] == []
    assert everything.total > page.total


def test_search_text_task_sort_and_paging_reach_the_request(fake):
    query = SearchQuery(text="qwen", tasks=("text-generation",), sort="downloads", page=2, page_size=5)
    page = run(with_hub(fake, lambda h: h.search(query)))
    sent = fake.requests[-1].json
    assert sent["Name"] == "qwen" and "Target" not in sent
    assert sent["SortBy"] == "DownloadsCount"
    assert sent["PageNumber"] == 2 and sent["PageSize"] == 5
    assert sent["Criterion"][0]["category"] == "tasks"
    assert sent["Criterion"][0]["values"] == ["text-generation"]
    assert len(page.models) == 5 and page.page == 2
    assert all("qwen" in m.id.lower() or "qwen" in m.chinese_name.lower() for m in page.models)
    assert all("text-generation" in m.tasks for m in page.models)
    downloads = [m.downloads for m in page.models]
    assert downloads == sorted(downloads, reverse=True)


def test_the_hub_reads_the_search_text_from_name_only(fake):
    """As on the real hub: text sent as ``Target`` narrows nothing, so a client sending it fails."""
    import httpx

    url = f"{fake.hub_base}/api/v1/dolphin/models"
    by_name = httpx.put(url, json={"PageSize": 5, "Name": "deepseek"}).json()["Data"]["Model"]
    by_target = httpx.put(url, json={"PageSize": 5, "Target": "deepseek"}).json()["Data"]["Model"]
    assert by_name["Models"] and all("deepseek" in m["Name"].lower() or "deepseek" in m["Path"].lower()
                                     for m in by_name["Models"])
    assert by_target["TotalCount"] == len(fake.catalogue) > by_name["TotalCount"]
    page = run(with_hub(fake, lambda h: h.search(SearchQuery(text="deepseek", api_inference=False))))
    assert page.total == by_name["TotalCount"]


def test_ids_are_path_slash_name_and_pages_do_not_overlap(fake):
    first = run(with_hub(fake, lambda h: h.search(SearchQuery(page_size=10))))
    second = run(with_hub(fake, lambda h: h.search(SearchQuery(page_size=10, page=2))))
    ids = [m.id for m in first.models + second.models]
    assert len(set(ids)) == 20
    assert all(m.id == f"{m.owner}/{m.name}" for m in first.models)
    assert first.has_more


def test_every_sort_is_accepted(fake):
    for sort in ("default", "downloads", "likes", "updated"):
        page = run(with_hub(fake, lambda h, s=sort: h.search(SearchQuery(sort=s, page_size=10))))
        assert page.models
    with pytest.raises(ValueError, match="Unknown sort"):
        SearchQuery(sort="stars").body()


def test_model_detail_with_readme(fake):
    detail = run(with_hub(fake, lambda h: h.model("Qwen/Qwen2.5-72B-Instruct")))
    assert detail.id == "Qwen/Qwen2.5-72B-Instruct" and detail.api_inference
    assert "```" in detail.readme and detail.tasks
    assert fake.requests[-1].path == "/api/v1/models/Qwen/Qwen2.5-72B-Instruct"


def test_unknown_model_and_bad_ids(fake):
    with pytest.raises(ModelNotFound, match="no model 'nobody/nothing'"):
        run(with_hub(fake, lambda h: h.model("nobody/nothing")))
    with pytest.raises(ValueError, match="owner/name"):
        run(with_hub(fake, lambda h: h.model("not-an-id")))


@pytest.mark.parametrize(
    ("behaviour", "error", "words"),
    [("500", ServerError, "HTTP 500"), ("502_html", ServerError, "HTTP 502"),
     ("malformed", BadResponse, "not JSON")],
)
def test_hub_failures_are_clear(fake, behaviour, error, words):
    fake.set_behaviour(behaviour)
    with pytest.raises(error) as info:
        run(with_hub(fake, lambda h: h.search(SearchQuery())))
    assert words in info.value.message and "\n" not in info.value.message


def test_slow_hub_times_out(fake):
    fake.slow_seconds = 2.0
    fake.set_behaviour("slow")
    with pytest.raises(NetworkError, match="in time"):
        run(with_hub(fake, lambda h: h.search(SearchQuery()), read_timeout=0.3))


def test_missing_fields_are_tolerated():
    model = parse_model({"Name": "x", "Path": "y", "Tasks": "junk", "Downloads": "12", "Stars": None,
                         "LastUpdatedTime": 1730000000000})
    assert model.id == "y/x" and model.tasks == () and model.downloads == 12 and model.likes == 0
    assert model.updated == 1730000000  # milliseconds are understood
    assert parse_model({"Name": "x"}) is None
    assert parse_model("junk") is None


def test_absurd_numbers_from_the_hub_do_not_crash():
    import json

    raw = json.loads('{"Name": "x", "Path": "y", "Downloads": 1e400, "Stars": NaN, '
                     '"LastUpdatedTime": 1e30, "CreatedTime": -5}')
    model = parse_model(raw)
    assert (model.downloads, model.likes, model.updated) == (0, 0, None)
    assert parse_model({"Name": "x", "Path": "y", "LastUpdatedTime": 3e14}).updated is None


def test_a_multi_line_hub_message_stays_one_line():
    from msdesk.core.hub import parse_search

    with pytest.raises(BadResponse) as info:
        parse_search({"Success": False, "Message": "bad\nthings\n  happened"}, SearchQuery())
    assert "bad things happened" in info.value.message
