"""Model IDs that ModelScope API-Inference is known to serve (bundled data).

Used for defaults, capability guesses and a first list before the live
service answers. The live answer always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from msdesk.core.bundled import load_json

CHAT_TASKS = frozenset({"text-generation", "image-text-to-text", "chat"})
IMAGE_TASKS = frozenset({"text-to-image-synthesis"})
EMBEDDING_TASKS = frozenset({"sentence-embedding", "embedding"})

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


def guess_capabilities(model_id: str, task: str | None = None, reasoning: bool | None = None) -> frozenset[str]:
    """Capability tags from the task and, failing that, from the ID itself."""
    lowered = model_id.lower()
    caps: set[str] = set()
    task = task or guess_task(model_id)
    if task in CHAT_TASKS:
        caps.add("chat")
        caps.add("tools")
    if task == "image-text-to-text" or re.search(r"(-vl|vl-|qvq|vision|-v-|kimi-k2\.5)", lowered):
        caps.add("vision")
    if task in IMAGE_TASKS:
        caps.add("image-generation")
    if task in EMBEDDING_TASKS:
        caps = {"embedding"}
    if reasoning or (
        reasoning is None and re.search(r"(r1|qwq|qvq|thinking|qwen3-|glm-4\.[5-9]|glm-5)", lowered)
    ):
        if "chat" in caps:
            caps.add("reasoning")
    return frozenset(caps)


def guess_task(model_id: str) -> str:
    lowered = model_id.lower()
    if "embedding" in lowered or "bge-" in lowered:
        return "sentence-embedding"
    if re.search(r"(qwen-image|flux|z-image|majicflus|stable-diffusion|sdxl)", lowered) and "edit" not in lowered:
        return "text-to-image-synthesis"
    if re.search(r"(-vl|vl-|qvq|vision)", lowered):
        return "image-text-to-text"
    return "text-generation"


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
                capabilities=guess_capabilities(model_id, task, reasoning),
            )
        )
    return tuple(result)


def lookup(model_id: str) -> KnownModel | None:
    for model in known_models():
        if model.id == model_id:
            return model
    return None


def takes_enable_thinking(model_id: str) -> bool:
    """Qwen3 hybrid models take ``enable_thinking``; other models ignore or reject it."""
    lowered = model_id.lower()
    return "qwen3" in lowered and "instruct" not in lowered and "thinking" not in lowered and "coder" not in lowered
