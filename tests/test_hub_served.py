"""Is a model served by API-Inference: the badge agrees with the filter and with the gateway's list."""

from __future__ import annotations

from msdesk.core.errors import BadResponse
from msdesk.core.hub import HubClient, HubModel, SearchQuery, parse_model
from msdesk.core.hub_cache import HubCache
from msdesk.core.network import make_http_client
from msdesk.core.served import NO_GATEWAY, GatewayCatalogue, GatewayModels, is_served
from msdesk.core.services import Services
from msdesk.core.settings import NetworkSettings
from tests.conftest import run
from tests.fakes.catalogue import CHAT_TASKS
from tests.fakes.modelscope import VALID_TOKEN

#: A model of the fake library that the hub does not list as served (a quantised variant).
UNLISTED = "Qwen/Qwen2.5-7B-Instruct-GGUF"


async def _all_pages(fake, api_inference: bool) -> list[HubModel]:
    http = make_http_client(NetworkSettings(read_timeout=30))
    try:
        hub = HubClient(http, fake.hub_base)
        models: list[HubModel] = []
        page_number = 1
        while True:
            page = await hub.search(SearchQuery(api_inference=api_inference, page=page_number, page_size=100))
            models.extend(page.models)
            if not page.has_more:
                return models
            page_number += 1
    finally:
        await http.aclose()


def _gateway_lists_also(fake, monkeypatch, model_id: str) -> None:
    """The gateway serves ``model_id`` although the model library does not say so (yet)."""
    extra = next(m for m in fake.catalogue if m.id == model_id)
    assert not extra.api_inference and extra.task in CHAT_TASKS
    listed = fake._api_models
    monkeypatch.setattr(fake, "_api_models", lambda: [*listed(), extra])


def test_every_badge_equals_membership_in_the_filtered_results(fake):
    everything = run(_all_pages(fake, api_inference=False))
    filtered = {m.id for m in run(_all_pages(fake, api_inference=True))}
    assert len(everything) == len(fake.catalogue) and 0 < len(filtered) < len(everything)
    badges = {m.id: is_served(m) for m in everything}
    assert {i for i, served in badges.items() if served} == filtered
    # The hub's SupportApiInference flag lies both ways for some models: the badge does not follow it.
    liars = [m for m in fake.catalogue if m.api_flag != m.api_inference]
    assert any(m.api_flag for m in liars) and any(not m.api_flag for m in liars)
    assert all(badges[m.id] == m.api_inference for m in liars)
    # With the filter on, every row is served.
    assert all(is_served(m) for m in run(_all_pages(fake, api_inference=True)))


def test_only_a_non_empty_support_inference_marks_a_record_served():
    def served(**fields):
        model = parse_model({"Path": "o", "Name": "n", **fields})
        return is_served(model)

    assert served(SupportInference="txt2img")
    assert not served(SupportInference="", SupportApiInference=True)
    assert not served(SupportInference="   ", SupportApiInference=True)
    assert not served(SupportApiInference=True)
    assert not served(SupportInference=None)
    # Listed by a search with the API-Inference filter: served.
    assert is_served(parse_model({"Path": "o", "Name": "n"}, api_inference=True))


def test_a_model_the_gateway_lists_is_served():
    model = parse_model({"Path": "Qwen", "Name": "Qwen3-8B", "SupportInference": ""})
    assert not is_served(model) and not is_served(model, NO_GATEWAY)
    assert is_served(model, GatewayModels.of("k", ["qwen/qwen3-8b"]))
    assert not is_served(model, GatewayModels.of("k", ["Qwen/Qwen3-8B-Instruct"]))


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _gateway_requests(fake) -> list:
    return [r for r in fake.requests if r.method == "GET" and r.path == "/v1/models"]


def test_the_gateway_is_asked_only_where_a_token_is_stored_and_its_list_kept_a_day(
    fake_env, monkeypatch, tmp_path
):
    _gateway_lists_also(fake_env, monkeypatch, UNLISTED)
    clock = Clock()

    async def scenario():
        services = await Services.open()
        try:
            catalogue = GatewayCatalogue.for_services(services)
            catalogue.cache = HubCache(tmp_path, clock=clock)
            assert await catalogue.models() is NO_GATEWAY
            assert _gateway_requests(fake_env) == []  # no token: not asked

            await services.secrets.set("modelscope", "main", VALID_TOKEN)
            listed = await catalogue.models()
            assert UNLISTED in listed and "Qwen/Qwen3-8B" in listed
            assert len(_gateway_requests(fake_env)) == 1
            assert _gateway_requests(fake_env)[0].headers.get("authorization") == f"Bearer {VALID_TOKEN}"

            clock.now += 23 * 3600
            assert (await catalogue.models()).ids == listed.ids
            assert catalogue.saved().ids == listed.ids
            assert len(_gateway_requests(fake_env)) == 1  # from disk within the day
            clock.now += 2 * 3600
            await catalogue.models()
            assert len(_gateway_requests(fake_env)) == 2  # asked again after a day

            fake_env.set_behaviour("500")
            clock.now += 25 * 3600
            kept = await catalogue.models()
            assert kept.ids == listed.ids and catalogue.last_error is not None

            # Another API host is another list: nothing saved for it yet.
            monkeypatch.setenv("MSDESK_API_BASE", fake_env.api_base.rstrip("/") + "/other/")
            assert catalogue.saved() is NO_GATEWAY
        finally:
            await services.aclose()

    run(scenario())


def test_with_the_gateway_list_the_badge_is_filter_membership_or_gateway(fake_env, monkeypatch, tmp_path):
    _gateway_lists_also(fake_env, monkeypatch, UNLISTED)

    async def scenario():
        services = await Services.open()
        try:
            await services.secrets.set("modelscope", "main", VALID_TOKEN)
            return await GatewayCatalogue.for_services(services).models()
        finally:
            await services.aclose()

    gateway = run(scenario())
    everything = run(_all_pages(fake_env, api_inference=False))
    filtered = {m.id for m in run(_all_pages(fake_env, api_inference=True))}
    assert UNLISTED not in filtered
    for model in everything:
        assert is_served(model, gateway) == (model.id in filtered or model.id in gateway), model.id
    assert is_served(next(m for m in everything if m.id == UNLISTED), gateway)


def test_a_failing_gateway_with_nothing_saved_means_nothing_is_known(tmp_path):
    class Provider:
        id = "modelscope"
        api_base = "https://example.invalid/v1/"
        hub_base = "https://example.invalid"

    async def has_token(_provider):
        return True

    async def broken(_provider):
        raise BadResponse("The gateway answered /models without a model list.")

    catalogue = GatewayCatalogue(HubCache(tmp_path), Provider, has_token, broken)
    assert run(catalogue.models()) is NO_GATEWAY
    assert isinstance(catalogue.last_error, BadResponse)
