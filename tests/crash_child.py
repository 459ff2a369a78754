"""A chat turn that kills itself (SIGKILL) once its answer is partly on disk: for test_crash_safety.

``python -m tests.crash_child PROMPT CHARS``: one turn of the window's chat
engine on ``MSDESK_HOME`` (token in ``CRASH_TOKEN``, the fake server in
``MSDESK_API_BASE``), saving the answer as it streams. Once the stored
question exists (CHARS 0), or once at least CHARS characters of the answer
are on disk, the process sends itself SIGKILL: no clean-up of any kind runs.
It exits 0 only if the answer ended first (the test counts that a failure).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


async def turn(prompt: str, chars: int) -> None:
    from msdesk.core.chat import ChatEngine, TurnEvents
    from msdesk.core.history import ChatHistory
    from msdesk.core.paths import AppPaths
    from msdesk.core.services import Services

    services = await Services.open(AppPaths.default())
    await services.secrets.set("modelscope", "main", os.environ["CRASH_TOKEN"])
    history = ChatHistory.open(services.paths.data_dir / "history.sqlite3")
    engine = ChatEngine(services, history, save_interval=0.005)
    conversation = history.create_conversation(
        provider_id="modelscope", model_id="Qwen/Qwen2.5-72B-Instruct"
    )
    answer: list[int] = []

    def started(message) -> None:  # the answer's row, status "streaming"
        answer.append(message.id)

    def piece(_text: str) -> None:
        # What is on disk, read as the window reads it (its own connection).
        if answer and len(history.message(answer[0]).content) >= chars:
            _die()

    def stored(_message) -> None:
        if chars == 0:
            _die()

    await engine.send(
        conversation.id, prompt, events=TurnEvents(on_user=stored, on_start=started, on_content=piece)
    )


if __name__ == "__main__":
    asyncio.run(turn(sys.argv[1], int(sys.argv[2])))
