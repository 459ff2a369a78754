"""One answer to "what does this model do", for the model card, the add dialog and chat."""

from __future__ import annotations

import pytest

from msdesk.core.capabilities import classify, task_from_hub
from msdesk.core.known_models import known_models, model_task


@pytest.mark.parametrize(
    ("model_id", "hub_tasks", "task"),
    [
        # The bundled list of served models wins over the library's task names.
        ("Qwen/Qwen3-Embedding-8B", ("text-generation",), "sentence-embedding"),
        ("Qwen/Qwen-Image-Edit", ("text-to-image-synthesis",), "other"),
        ("Qwen/Qwen3-32B", (), "text-generation"),
        # Then a task the capability table names for the ID.
        ("someone/bge-small-zh", ("text-generation",), "sentence-embedding"),
        ("someone/my-flux-lora", (), "text-to-image-synthesis"),
        # Then the library's own names, mapped onto the table's tasks.
        ("damo/nlp_corom_sentence", ("sentence-similarity",), "sentence-embedding"),
        ("iic/clip-vit", ("feature-extraction",), "sentence-embedding"),
        ("someone/painter", ("text-to-image",), "text-to-image-synthesis"),
        ("someone/seer", ("multi-modal-dialogue",), "image-text-to-text"),
        ("someone/talker", ("chat",), "text-generation"),
        # A task msdesk has no page for is "other", never chat.
        ("damo/speech_paraformer", ("automatic-speech-recognition",), "other"),
        ("iic/text-to-video-synthesis", ("text-to-video-synthesis",), "other"),
        # Nothing known at all: the table's default.
        ("someone/unknown", (), "text-generation"),
    ],
)
def test_model_task(model_id: str, hub_tasks: tuple[str, ...], task: str) -> None:
    assert model_task(model_id, hub_tasks) == task


def test_the_first_known_library_task_counts() -> None:
    assert task_from_hub(("automatic-speech-recognition", "feature-extraction")) == "sentence-embedding"
    assert task_from_hub(()) is None
    assert task_from_hub(("", " ")) is None


def test_every_served_model_keeps_its_bundled_task() -> None:
    for known in known_models():
        assert model_task(known.id, ("other",)) == known.task
        # And the table, where it names a task, agrees with the bundled list.
        assert classify(known.id).task == known.task
