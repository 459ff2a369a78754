"""Model capabilities: one data table, checked against real model IDs; the user's say wins."""

from __future__ import annotations

import json

import pytest

from msdesk.core.bundled import load_json
from msdesk.core.capabilities import (
    CapabilityTable,
    CapabilityTableError,
    capability_tags,
    classify,
    think_switch,
)
from msdesk.core.chat import ChatService
from msdesk.core.known_models import takes_enable_thinking
from msdesk.core.provider_config import model_entry
from msdesk.core.settings import ModelEntry, SettingsStore

CATALOGUE = load_json("data/api-inference-models.json")["models"]


# -- the ground truth: task and reasoning of 115 real ModelScope IDs --------------------


@pytest.mark.parametrize("entry", CATALOGUE, ids=[m["id"] for m in CATALOGUE])
def test_the_table_agrees_with_the_known_model_ids(entry):
    caps = classify(entry["id"])
    assert caps.task == entry["task"]
    if entry["reasoning"] is not None:
        assert caps.reasoning is entry["reasoning"]
    tags = caps.tags()
    assert ("vision" in tags) == (entry["task"] == "image-text-to-text")
    assert ("embedding" in tags) == (entry["task"] == "sentence-embedding")
    assert ("image-generation" in tags) == (entry["task"] == "text-to-image-synthesis")
    assert ("chat" in tags) == (entry["task"] in ("text-generation", "image-text-to-text"))
    # A Think switch only where the model reasons and can be told not to.
    assert not caps.takes_enable_thinking or caps.reasoning is True


def test_the_ground_truth_is_the_reference_list():
    assert len(CATALOGUE) == 115
    assert sum(m["reasoning"] is not None for m in CATALOGUE) >= 100


# -- the classifications the issue names ------------------------------------------------

#: model ID -> (reasons, Think switch: None or its default, sees images)
CLASSIFIED = {
    # Qwen3 Instruct and Coder models do not reason.
    "Qwen/Qwen3-235B-A22B-Instruct-2507": (False, None, False),
    "Qwen/Qwen3-30B-A3B-Instruct-2507": (False, None, False),
    "Qwen/Qwen3-Coder-480B-A35B-Instruct": (False, None, False),
    "Qwen/Qwen3-Coder-30B-A3B-Instruct": (False, None, False),
    "Qwen/Qwen3-Next-80B-A3B-Instruct": (False, None, False),
    "Qwen/Qwen3-VL-235B-A22B-Instruct": (False, None, True),
    # Qwen3 hybrids take enable_thinking; Thinking models always reason.
    "Qwen/Qwen3-32B": (True, "on", False),
    "Qwen/Qwen3-8B": (True, "on", False),
    "Qwen/Qwen3-235B-A22B-Thinking-2507": (True, None, False),
    # Qwen3.5: reasoning, vision, enable_thinking.
    "Qwen/Qwen3.5-397B-A17B": (True, "on", True),
    "Qwen/Qwen3.5-27B": (True, "on", True),
    # MiniMax-M2 family and later.
    "MiniMax/MiniMax-M2": (True, None, False),
    "MiniMax/MiniMax-M2.5": (True, None, False),
    "MiniMax/MiniMax-M2.7": (True, None, False),
    "MiniMax/MiniMax-M3": (True, None, False),
    # Kimi-K2.5 and later; K2 Instruct does not reason.
    "moonshotai/Kimi-K2.5": (True, None, True),
    "moonshotai/Kimi-K2.7": (True, None, False),
    "moonshotai/Kimi-K2-Instruct-0905": (False, None, False),
    # MiMo.
    "XiaomiMiMo/MiMo-V2-Flash": (True, None, False),
    # DeepSeek-V3.2 family; V3 does not reason.
    "deepseek-ai/DeepSeek-V3.2": (True, None, False),
    "deepseek-ai/DeepSeek-V3.2-Exp": (True, None, False),
    "deepseek-ai/DeepSeek-V3": (False, None, False),
    "deepseek-ai/DeepSeek-R1-0528": (True, None, False),
    # Bailian: qwen-plus/turbo/flash take enable_thinking and think only when asked.
    "qwen-plus": (True, "off", False),
    "qwen-turbo": (True, "off", False),
    "qwen-flash": (True, "off", False),
    "qwen-max": (False, None, False),
    "qwen-vl-plus": (False, None, True),
    "qwen3-32b": (True, "on", False),
}


@pytest.mark.parametrize("model_id", CLASSIFIED)
def test_the_issue_classifications(model_id):
    reasons, think, vision = CLASSIFIED[model_id]
    caps = classify(model_id)
    assert bool(caps.reasoning) is reasons
    assert caps.think == think
    assert ("vision" in caps.tags()) is vision
    assert takes_enable_thinking(model_id) is (think is not None)


def test_enable_thinking_reaches_only_the_models_that_take_it():
    messages = [{"role": "user", "content": "hi"}]
    assert ChatService.request("qwen-plus", messages, enable_thinking=True).enable_thinking is True
    assert ChatService.request("Qwen/Qwen3-32B", messages, enable_thinking=False).enable_thinking is False
    coder = ChatService.request("Qwen/Qwen3-Coder-480B-A35B-Instruct", messages, enable_thinking=True)
    assert coder.enable_thinking is None
    assert "enable_thinking" not in coder.body(stream=True)


# -- the table file: ordered rules, exact entries, checked on load ----------------------


def test_an_exact_entry_wins_and_the_first_rule_naming_a_field_decides_it():
    table = CapabilityTable.from_data({
        "models": {"acme/special": {"reasoning": False}},
        "rules": [
            {"match": "special", "think": "on"},
            {"match": "acme/", "reasoning": True, "think": "off", "task": "image-text-to-text"},
            {"match": "acme/", "task": "other", "tools": False},
        ],
    })
    special = table.classify("Acme/Special")
    assert (special.reasoning, special.think, special.task) == (False, "on", "image-text-to-text")
    assert special.vision and not special.tools
    plain = table.classify("acme/plain")
    assert (plain.reasoning, plain.think) == (True, "off")
    other = table.classify("someone/else")
    assert (other.task, other.reasoning, other.think, other.tools) == ("text-generation", None, None, True)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"rules": [{"match": "(", "reasoning": True}]}, "bad pattern"),
        ({"rules": [{"reasoning": True}]}, "needs a 'match'"),
        ({"rules": [{"match": "x", "reasons": True}]}, "unknown field 'reasons'"),
        ({"models": {"x": {"think": "yes"}}}, "think must be"),
        ({"models": {"x": {"task": "chatting"}}}, "unknown task"),
        ({"models": {"x": {"vision": "yes"}}}, "vision must be"),
    ],
)
def test_a_malformed_table_names_what_is_wrong(data, message):
    with pytest.raises(CapabilityTableError, match=message):
        CapabilityTable.from_data(data)


def test_the_bundled_table_documents_itself_and_every_rule_is_used():
    data = load_json("data/model-capabilities.json")
    assert any("first rule" in line for line in data["about"])
    ids = [m["id"].lower() for m in CATALOGUE] + list(data["models"]) + list(CLASSIFIED)
    table = CapabilityTable.from_data(data)
    for rule in table.rules:
        assert any(rule.pattern.search(i.lower()) for i in ids), rule.pattern.pattern


# -- the user's say wins ----------------------------------------------------------------


def test_an_override_wins_over_the_table():
    assert "reasoning" in capability_tags("Qwen/Qwen3-32B")
    entry = ModelEntry("Qwen/Qwen3-32B", overrides={"reasoning": False, "vision": True})
    assert "reasoning" not in entry.capabilities and "vision" in entry.capabilities
    coder = ModelEntry("Qwen/Qwen3-Coder-480B-A35B-Instruct", overrides={"reasoning": True})
    assert "reasoning" in coder.capabilities
    # Only the four a user may set; a task's own tags are not overridden.
    odd = ModelEntry("Qwen/Qwen3-32B", overrides={"chat": False, "tools": "no"})
    assert "chat" in odd.capabilities and "tools" in odd.capabilities


def test_the_wanted_capabilities_become_overrides_that_differ_from_the_table():
    entry = model_entry("Qwen/Qwen3-8B", capabilities=["chat", "tools"])
    assert entry.overrides == {"reasoning": False}
    assert entry.capabilities == ["chat", "tools"]
    same = model_entry("Qwen/Qwen3-8B", capabilities=capability_tags("Qwen/Qwen3-8B"))
    assert same.overrides == {}


def test_the_think_switch_follows_the_table_and_the_override():
    assert think_switch("Qwen/Qwen3-32B", reasons=True) == think_switch(
        "Qwen/Qwen3-32B", reasons=True, asked=True
    )
    on = think_switch("Qwen/Qwen3-32B", reasons=True)
    assert on.shown and on.enabled and on.checked
    off = think_switch("qwen-plus", reasons=True)
    assert off.shown and not off.checked
    assert think_switch("qwen-plus", reasons=True, asked=True).checked
    always = think_switch("deepseek-ai/DeepSeek-V3.2", reasons=True)
    assert not always.shown and "reasons on its own" in always.reason
    turned_off = think_switch("Qwen/Qwen3-32B", reasons=False)
    assert not turned_off.shown and "does not reason" in turned_off.reason


def test_overrides_are_saved_and_read_back(tmp_path):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.load()
    store.update(lambda s: setattr(s.provider("modelscope"), "models", [
        ModelEntry("Qwen/Qwen3-32B", overrides={"reasoning": False}),
        ModelEntry("ZhipuAI/GLM-4.6"),
    ]))
    store.flush()
    saved = json.loads(path.read_text(encoding="utf-8"))["providers"]["modelscope"]["models"]
    assert saved[0]["overrides"] == {"reasoning": False} and "capabilities" not in saved[0]
    loaded = SettingsStore(path).load().providers["modelscope"].models
    assert loaded[0].overrides == {"reasoning": False} and "reasoning" not in loaded[0].capabilities
    assert loaded[1].overrides == {} and "reasoning" in loaded[1].capabilities


def test_old_capability_lists_keep_only_what_the_user_changed(tmp_path):
    """Older msdesk stored every capability: its guesses give way to the table, edits stay."""
    old = {
        "version": 1,
        "providers": {
            "modelscope": {"models": [
                # msdesk's old guess, untouched: the table decides now.
                {"id": "Qwen/Qwen3-Coder-Plus", "task": "text-generation",
                 "capabilities": ["chat", "reasoning", "tools"]},
                # The user unticked Tools on a Qwen3 model.
                {"id": "Qwen/Qwen3-8B", "task": "text-generation", "capabilities": ["chat", "reasoning"]},
                # The user ticked Vision on GLM-4.6.
                {"id": "ZhipuAI/GLM-4.6", "task": "text-generation",
                 "capabilities": ["chat", "reasoning", "tools", "vision"]},
                {"id": "Qwen/Qwen-Image", "task": "text-to-image-synthesis", "capabilities": []},
            ]},
            "bailian": {"models": [
                # The old built-in list, written by hand: qwen-plus now reasons.
                {"id": "qwen-plus", "task": "text-generation", "capabilities": ["chat", "tools"]},
            ]},
        },
    }
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    store = SettingsStore(path)
    settings = store.load()
    assert store.warnings == []
    models = {m.id: m for p in settings.providers.values() for m in p.models or []}
    assert models["Qwen/Qwen3-Coder-Plus"].overrides == {}
    assert "reasoning" not in models["Qwen/Qwen3-Coder-Plus"].capabilities
    assert models["Qwen/Qwen3-8B"].overrides == {"tools": False}
    assert models["Qwen/Qwen3-8B"].capabilities == ["chat", "reasoning"]
    assert models["ZhipuAI/GLM-4.6"].overrides == {"vision": True}
    assert models["Qwen/Qwen-Image"].capabilities == ["image-generation"]
    assert models["qwen-plus"].overrides == {} and "reasoning" in models["qwen-plus"].capabilities


def test_a_bad_override_is_reported_and_dropped(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "providers": {"modelscope": {"models": [
        {"id": "Qwen/Qwen3-8B", "overrides": {"reasoning": "off", "vision": True}},
    ]}}}), encoding="utf-8")
    store = SettingsStore(path)
    entry = store.load().providers["modelscope"].models[0]
    assert entry.overrides == {"vision": True}
    assert any("overrides" in w for w in store.warnings)
