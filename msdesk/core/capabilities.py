"""What a model can do: read from one data table, with the user's say winning.

The table is ``resources/data/model-capabilities.json`` (its rules are
documented at its top): per-model entries by exact ID, then ordered pattern
rules, field by field. Nothing else in msdesk guesses a model's task,
reasoning, vision, tools or Think switch from its name.

A user overrides a capability per model in Settings (``ModelEntry.overrides``,
e.g. ``{"reasoning": False}``); ``capability_tags`` applies the override last.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from msdesk.core.bundled import load_json
from msdesk.core.i18n import translate

TABLE_FILE = "data/model-capabilities.json"

CHAT_TASKS = frozenset({"text-generation", "image-text-to-text", "chat"})
IMAGE_TASKS = frozenset({"text-to-image-synthesis"})
EMBEDDING_TASKS = frozenset({"sentence-embedding", "embedding"})
TASKS = ("text-generation", "image-text-to-text", "text-to-image-synthesis", "sentence-embedding", "other")

#: The capabilities a user can set per model (the others follow the task).
OVERRIDABLE = ("reasoning", "vision", "tools", "embedding")

THINK_VALUES = ("on", "off", None)
_FIELDS = ("task", "reasoning", "think", "vision", "tools")


class CapabilityTableError(ValueError):
    """The capability table is malformed (a bad field, value or pattern)."""


@dataclass(frozen=True)
class ModelCapabilities:
    """What the table says about one model ID."""

    model_id: str
    task: str = "text-generation"
    reasoning: bool | None = None  # None: unknown
    think: str | None = None  # "on" / "off": takes enable_thinking (default on / off); None: no switch
    vision: bool = False
    tools: bool = False

    @property
    def takes_enable_thinking(self) -> bool:
        return self.think is not None

    def tags(self, task: str | None = None) -> frozenset[str]:
        """The capability tags for ``task`` (the table's own task when not given)."""
        task = task or self.task
        tags: set[str] = set()
        if task in CHAT_TASKS:
            tags.add("chat")
            if self.tools:
                tags.add("tools")
            if self.reasoning:
                tags.add("reasoning")
            if self.vision or task == "image-text-to-text":
                tags.add("vision")
        elif task in IMAGE_TASKS:
            tags.add("image-generation")
        elif task in EMBEDDING_TASKS:
            tags.add("embedding")
        return frozenset(tags)


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class CapabilityTable:
    exact: Mapping[str, Mapping[str, Any]]
    rules: tuple[_Rule, ...]

    @classmethod
    def from_data(cls, data: Any) -> CapabilityTable:
        """Build the table from the parsed file; ``CapabilityTableError`` names what is wrong."""
        if not isinstance(data, dict):
            raise CapabilityTableError("the capability table is not a JSON object")
        exact: dict[str, Mapping[str, Any]] = {}
        for key, fields in (data.get("models") or {}).items():
            exact[str(key).lower()] = _checked_fields(fields, f"models.{key}")
        rules = []
        for index, rule in enumerate(data.get("rules") or []):
            where = f"rules[{index}]"
            if not isinstance(rule, dict) or not isinstance(rule.get("match"), str):
                raise CapabilityTableError(f"{where} needs a 'match' pattern")
            try:
                pattern = re.compile(rule["match"])
            except re.error as exc:
                raise CapabilityTableError(f"{where}: bad pattern ({exc})") from None
            fields = {k: v for k, v in rule.items() if k != "match"}
            rules.append(_Rule(pattern, _checked_fields(fields, where)))
        return cls(exact, tuple(rules))

    def named_task(self, model_id: str) -> str | None:
        """The task an entry or rule names for ``model_id``; None when it only gets the default."""
        key = model_id.strip().lower()
        task = self.exact.get(key, {}).get("task")
        if task:
            return str(task)
        for rule in self.rules:
            if "task" in rule.fields and rule.pattern.search(key):
                return str(rule.fields["task"])
        return None

    def classify(self, model_id: str) -> ModelCapabilities:
        key = model_id.strip().lower()
        found: dict[str, Any] = dict(self.exact.get(key, {}))
        for rule in self.rules:
            if all(name in found for name in _FIELDS):
                break
            if rule.pattern.search(key):
                for name, value in rule.fields.items():
                    found.setdefault(name, value)
        task = found.get("task") or "text-generation"
        vision = found.get("vision")
        tools = found.get("tools")
        return ModelCapabilities(
            model_id=model_id,
            task=task,
            reasoning=found.get("reasoning"),
            think=found.get("think"),
            vision=task == "image-text-to-text" if vision is None else vision,
            tools=task in CHAT_TASKS if tools is None else tools,
        )


def _checked_fields(fields: Any, where: str) -> dict[str, Any]:
    if not isinstance(fields, dict):
        raise CapabilityTableError(f"{where} is not an object")
    result: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "why":
            continue
        if name not in _FIELDS:
            raise CapabilityTableError(f"{where}: unknown field '{name}'")
        if name == "task" and value not in TASKS:
            raise CapabilityTableError(f"{where}: unknown task {value!r}")
        if name == "think" and value not in THINK_VALUES:
            raise CapabilityTableError(f"{where}: think must be 'on', 'off' or null, not {value!r}")
        if name == "reasoning" and value is not None and not isinstance(value, bool):
            raise CapabilityTableError(f"{where}: reasoning must be true, false or null")
        if name in ("vision", "tools") and not isinstance(value, bool):
            raise CapabilityTableError(f"{where}: {name} must be true or false")
        result[name] = value
    return result


@cache
def table() -> CapabilityTable:
    """The bundled capability table (read once)."""
    return CapabilityTable.from_data(load_json(TABLE_FILE))


@cache
def classify(model_id: str) -> ModelCapabilities:
    """What the table says about ``model_id`` (any provider's ID, with or without an owner)."""
    return table().classify(model_id)


#: ModelScope library task names that mean one of the table's tasks.
HUB_TASK_ALIASES = {
    "chat": "text-generation",
    "text2text-generation": "text-generation",
    "visual-question-answering": "image-text-to-text",
    "multi-modal-dialogue": "image-text-to-text",
    "image-to-text": "image-text-to-text",
    "text-to-image": "text-to-image-synthesis",
    "image-generation": "text-to-image-synthesis",
    "feature-extraction": "sentence-embedding",
    "sentence-similarity": "sentence-embedding",
    "text-embedding": "sentence-embedding",
    "embedding": "sentence-embedding",
}


def task_from_hub(hub_tasks: Iterable[str]) -> str | None:
    """The table's task for the model library's task names: the first one known, else
    ``"other"`` (a speech or vision model); None when the library names no task."""
    names = [str(t).strip().lower() for t in hub_tasks if str(t).strip()]
    for name in names:
        task = HUB_TASK_ALIASES.get(name, name)
        if task in TASKS and task != "other":
            return task
    return "other" if names else None


def clean_overrides(overrides: Mapping[str, Any] | None) -> dict[str, bool]:
    """Only the overridable capabilities, each true or false."""
    return {k: v for k, v in (overrides or {}).items() if k in OVERRIDABLE and isinstance(v, bool)}


def capability_tags(
    model_id: str, task: str | None = None, overrides: Mapping[str, bool] | None = None
) -> frozenset[str]:
    """The model's capabilities: the table's for ``task``, then the user's overrides."""
    tags = set(classify(model_id).tags(task))
    for name, on in clean_overrides(overrides).items():
        if on:
            tags.add(name)
        else:
            tags.discard(name)
    return frozenset(tags)


def overrides_for(
    model_id: str, task: str | None, wanted: Iterable[str]
) -> dict[str, bool]:
    """The overrides that turn the table's capabilities into ``wanted`` (overridable ones only)."""
    detected = classify(model_id).tags(task)
    wanted = set(wanted)
    return {cap: cap in wanted for cap in OVERRIDABLE if (cap in wanted) != (cap in detected)}


@dataclass(frozen=True)
class ThinkSwitch:
    """How the chat's Think switch shows for a model.

    Shown only for a reasoning model that takes ``enable_thinking``; ``reason``
    says why it is hidden otherwise (the switch's tooltip).
    """

    shown: bool
    enabled: bool
    checked: bool
    reason: str


def think_switch(model_id: str, *, reasons: bool, asked: bool | None = None) -> ThinkSwitch:
    """The Think switch for ``model_id``.

    ``reasons``: whether the model reasons (the table, or the user's override);
    ``asked``: the conversation's own choice (``None``: the model's default).
    """
    name = model_id.split("/")[-1]
    think = classify(model_id).think
    if not reasons:
        return ThinkSwitch(False, False, False, translate(
            "core.capabilities", "{model} does not reason before answering.").format(model=name))
    if think is None:
        return ThinkSwitch(
            False, False, True,
            translate(
                "core.capabilities", "{model} reasons on its own; it takes no switch to turn reasoning off."
            ).format(model=name),
        )
    checked = (think == "on") if asked is None else asked
    return ThinkSwitch(
        True, True, checked,
        translate(
            "core.capabilities",
            "Let the model reason before answering (enable_thinking). Off answers faster.",
        ),
    )


# -- settings written before the table -------------------------------------------------

#: Built-in Bailian entries as older msdesk stored them (lists written by hand).
_OLD_BUILTIN_LISTS = {
    "qwen-plus": {"chat", "tools"},
    "qwen-max": {"chat", "tools"},
    "qwen-turbo": {"chat", "tools"},
    "qwen-vl-plus": {"chat", "vision"},
    "deepseek-r1": {"chat", "reasoning"},
    "deepseek-v3": {"chat", "tools"},
    "text-embedding-v3": {"embedding"},
}


def _old_guess(model_id: str, task: str) -> set[str]:
    """The capabilities older msdesk stored for a model the user did not edit.

    Frozen as it was: only used to tell a user's own edits from those guesses
    when reading a settings file written before the capability table.
    """
    from msdesk.core.known_models import lookup

    lowered = model_id.lower()
    known = lookup(model_id)
    reasoning = known.reasoning if known else None
    caps: set[str] = set()
    if task in CHAT_TASKS:
        caps |= {"chat", "tools"}
    if task == "image-text-to-text" or re.search(r"(-vl|vl-|qvq|vision|-v-|kimi-k2\.5)", lowered):
        caps.add("vision")
    if task in IMAGE_TASKS:
        caps.add("image-generation")
    if task in EMBEDDING_TASKS:
        caps = {"embedding"}
    if (reasoning or (reasoning is None and re.search(
        r"(r1|qwq|qvq|thinking|qwen3-|glm-4\.[5-9]|glm-5)", lowered
    ))) and "chat" in caps:
        caps.add("reasoning")
    return caps


def overrides_from_old_list(model_id: str, task: str, stored: Iterable[str]) -> dict[str, bool]:
    """Overrides from a capability list stored by older msdesk.

    Such a list was either msdesk's guess (then the table decides now) or the
    user's own choice; only the capabilities the user changed from the guess
    become overrides.
    """
    stored = {str(c) for c in stored}
    if not stored or stored == _OLD_BUILTIN_LISTS.get(model_id.lower()):
        return {}
    guess = _old_guess(model_id, task)
    return {cap: cap in stored for cap in OVERRIDABLE if (cap in stored) != (cap in guess)}
