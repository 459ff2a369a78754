"""Provider and model-list changes: validated, saved at once, never holding a secret."""

from __future__ import annotations

import json

import pytest

from msdesk.core.inference import RemoteModel
from msdesk.core.provider_config import (
    ProviderConfig,
    group_models,
    merge_candidates,
    model_entry,
    parse_model_ids,
)
from msdesk.core.settings import SettingsStore


@pytest.fixture
def config(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    store.load()
    return ProviderConfig(store, env={})


def on_disk(config):
    config._store.flush()  # written in the background: wait for the disk
    return json.loads(config._store.path.read_text(encoding="utf-8"))


def test_enable_and_reorder_are_saved(config):
    config.set_enabled("bailian", True)
    assert config.get("bailian").enabled and on_disk(config)["providers"]["bailian"]["enabled"] is True
    config.set_order(["bailian", "nope", "modelscope"])
    assert [p.id for p in config.providers()] == ["bailian", "modelscope", "modelscope-intl"]


def test_a_provider_named_proxy_does_not_share_the_proxy_password(config):
    """The proxy's user and password are kept in the keychain under "proxy"/"default"."""
    from msdesk.core.network import PROXY_PROVIDER

    provider = config.add_custom("Proxy", "http://127.0.0.1:8000/v1")
    assert provider.id != PROXY_PROVIDER and provider.id == "proxy-2" and provider.name == "Proxy"


def test_custom_providers_add_edit_remove(config):
    local = config.add_custom("My vLLM", " http://127.0.0.1:8000/v1 ")
    assert local.id == "my-vllm" and local.api_base == "http://127.0.0.1:8000/v1" and local.enabled
    again = config.add_custom("My vLLM", "http://127.0.0.1:8001/v1")
    assert again.id == "my-vllm-2"
    assert config.models("my-vllm") == []
    config.edit_custom("my-vllm", name="Local", api_base="http://127.0.0.1:9000/v1#")
    assert config.get("my-vllm").name == "Local" and config.get("my-vllm").chat_url == "http://127.0.0.1:9000/v1"
    with pytest.raises(ValueError, match="http"):
        config.add_custom("Bad", "ftp://x")
    with pytest.raises(ValueError, match="name"):
        config.add_custom("  ", "http://x")
    with pytest.raises(ValueError, match="cannot be deleted"):
        config.remove_custom("modelscope")
    config.remove_custom("my-vllm")
    assert "my-vllm" not in [p.id for p in config.providers()]
    assert all(c["id"] != "my-vllm" for c in on_disk(config)["custom_providers"])


def test_api_host_override_and_reset(config):
    assert config.default_api_base("modelscope") == "https://api-inference.modelscope.cn/v1/"
    config.set_api_base("modelscope", "https://proxy.example.com/v1")
    assert config.get("modelscope").api_base == "https://proxy.example.com/v1"
    with pytest.raises(ValueError):
        config.set_api_base("modelscope", "not a url")
    assert config.get("modelscope").api_base == "https://proxy.example.com/v1"
    config.set_api_base("modelscope", None)
    assert config.get("modelscope").api_base == "https://api-inference.modelscope.cn/v1/"
    assert on_disk(config)["providers"]["modelscope"]["api_base"] is None


def test_bailian_region_changes_the_default_host(config):
    config.set_region("bailian", "us")
    assert config.get("bailian").api_base.startswith("https://dashscope-us.aliyuncs.com")
    assert config.default_api_base("bailian") == config.get("bailian").api_base
    with pytest.raises(ValueError, match="no region"):
        config.set_region("bailian", "mars")


def test_model_list_add_update_remove_group(config):
    defaults = [m.id for m in config.models("modelscope")]
    assert defaults[0] == "Qwen/Qwen3-32B"
    added = config.add_models("modelscope", [model_entry("Qwen/Qwen3-8B"), model_entry("Qwen/Qwen3-32B")])
    assert added == ["Qwen/Qwen3-8B"]
    entry = model_entry("Qwen/Qwen3-8B", name="Small Qwen", capabilities=["chat"])
    config.update_model("modelscope", entry)
    assert next(m for m in config.models("modelscope") if m.id == "Qwen/Qwen3-8B").name == "Small Qwen"
    config.remove_models("modelscope", ["Qwen/Qwen3-8B"])
    config.remove_group("modelscope", "Qwen")
    remaining = config.models("modelscope")
    assert remaining and all(m.group != "Qwen" for m in remaining)
    assert [m["id"] for m in on_disk(config)["providers"]["modelscope"]["models"]] == [m.id for m in remaining]
    assert config.first_chat_model("modelscope") == "deepseek-ai/DeepSeek-V3.2"


def test_model_ids_are_validated_and_guessed():
    assert parse_model_ids("Qwen/Qwen3-8B, deepseek-ai/DeepSeek-V3 Qwen/Qwen3-8B") == (
        ["Qwen/Qwen3-8B", "deepseek-ai/DeepSeek-V3"], [])
    assert parse_model_ids("not-an-id, a/b/c") == ([], ["not-an-id", "a/b/c"])
    assert parse_model_ids("qwen-max-latest", require_owner=False) == (["qwen-max-latest"], [])
    vision = model_entry("Qwen/Qwen2.5-VL-72B-Instruct")
    assert vision.task == "image-text-to-text" and "vision" in vision.capabilities and vision.group == "Qwen"
    image = model_entry("Qwen/Qwen-Image")
    assert image.task == "text-to-image-synthesis" and image.capabilities == ["image-generation"]
    assert model_entry("qwen-max").group == "qwen"


def test_merge_candidates_marks_what_is_in_the_list():
    current = [model_entry("A/one")]
    defaults = [model_entry("A/one"), model_entry("B/two")]
    remote = [RemoteModel("B/two"), RemoteModel("C/three")]
    merged = merge_candidates(current, defaults, remote)
    assert [(c.entry.id, c.in_list, c.sources) for c in merged] == [
        ("A/one", True, ("list", "default")),
        ("B/two", False, ("default", "remote")),
        ("C/three", False, ("remote",)),
    ]
    assert [g for g, _ in group_models(c.entry for c in merged)] == ["A", "B", "C"]


@pytest.mark.parametrize("url", ["https://exa mple.com/v1", "https://:80", "http://", "example.com/v1"])
def test_api_hosts_that_cannot_work_are_refused(config, url):
    with pytest.raises(ValueError):
        config.set_api_base("modelscope", url)


def test_each_change_is_announced_once_with_its_provider(tmp_path):
    from msdesk.core.changes import Change, Changes

    store = SettingsStore(tmp_path / "settings.json")
    store.load()
    changes = Changes()
    heard = []
    changes.subscribe(heard.append)
    config = ProviderConfig(store, env={}, changes=changes)
    config.set_enabled("bailian", True)
    local = config.add_custom("My vLLM", "http://127.0.0.1:8000/v1")
    config.add_models(local.id, [model_entry("Qwen/Qwen3-8B")])
    config.add_models(local.id, [model_entry("Qwen/Qwen3-8B")])  # nothing new: nothing said
    config.set_order(["bailian"])
    config.remove_custom(local.id)
    assert [(n.what, n.provider_id) for n in heard] == [
        (Change.PROVIDERS, "bailian"),
        (Change.PROVIDERS, local.id),
        (Change.PROVIDERS, local.id),
        (Change.PROVIDERS, None),
        (Change.PROVIDERS, local.id),
    ]
    with pytest.raises(ValueError):
        config.add_custom("", "http://127.0.0.1:8000/v1")
    assert len(heard) == 5  # a refused change says nothing
