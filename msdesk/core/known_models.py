"""Model IDs that ModelScope API-Inference is known to serve (bundled data).

Used for defaults and a first list before the live service answers. The
live answer always wins. What a model can do comes from the capability
table (``msdesk.core.capabilities``), not from this list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from msdesk.core.bundled import load_json
from msdesk.core.capabilities import (
    CHAT_TASKS,
    EMBEDDING_TASKS,
    IMAGE_TASKS,
    capability_tags,
    classify,
    table,
    task_from_hub,
)

__all__ = [
    "CHAT_TASKS",
    "EMBEDDING_TASKS",
    "IMAGE_TASKS",
    "KnownModel",
    "guess_capabilities",
    "guess_task",
    "is_model_id",
    "known_models",
    "lookup",
    "model_task",
    "takes_enable_thinking",
]


MODEL_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*/[A-Za-z0-9][A-Za-z0-9_.\-]*$")


@dataclass(frozen=True)
class KnownModel:
    id: str
    task: str = "text-generation"
    reasoning: bool | None = None
    context: int | None = None
    capabilities: frozenset[str] = field(default_factory=frozenset)

    @property
    def owner(self) -> str:
        return self.id.split("/", 1)[0] if "/" in self.id else ""

    @property
    def name(self) -> str:
        return self.id.split("/", 1)[-1]

    @property
    def is_chat(self) -> bool:
        return self.task in CHAT_TASKS


def is_model_id(text: str) -> bool:
    """True for a ModelScope model ID of the form ``owner/name``."""
    return bool(MODEL_ID_RE.match(text.strip()))


def guess_capabilities(model_id: str, task: str | None = None) -> frozenset[str]:
    """Capability tags from the capability table (``msdesk.core.capabilities``)."""
    return capability_tags(model_id, task)


def guess_task(model_id: str) -> str:
    """The task the capability table gives ``model_id``."""
    return classify(model_id).task


@cache
def known_models() -> tuple[KnownModel, ...]:
    data = load_json("data/api-inference-models.json")
    result = []
    for entry in data.get("models", []):
        model_id = str(entry.get("id", "")).strip()
        if not is_model_id(model_id):
            continue
        task = str(entry.get("task") or guess_task(model_id))
        reasoning = entry.get("reasoning")
        context = entry.get("context")
        result.append(
            KnownModel(
                id=model_id,
                task=task,
                reasoning=reasoning if isinstance(reasoning, bool) else None,
                context=context if isinstance(context, int) else None,
                capabilities=guess_capabilities(model_id, task),
            )
        )
    return tuple(result)


def lookup(model_id: str) -> KnownModel | None:
    for model in known_models():
        if model.id == model_id:
            return model
    return None


def model_task(model_id: str, hub_tasks: Iterable[str] = ()) -> str:
    """What ``model_id`` does, the one answer for every page.

    The bundled list of served models first, then a task the capability
    table names for the ID, then the model library's own task names
    (``hub_tasks``; a speech or vision task there is ``"other"``), else the
    table's default, chat.
    """
    known = lookup(model_id)
    if known is not None:
        return known.task
    return table().named_task(model_id) or task_from_hub(hub_tasks) or classify(model_id).task


def takes_enable_thinking(model_id: str) -> bool:
    """True for models the capability table says take ``enable_thinking`` (a Think switch)."""
    return classify(model_id).takes_enable_thinking
