"""How windows run work: a worker thread cancelled with its task is waited for."""

from __future__ import annotations

import asyncio
import threading

from msdesk.ui.async_task import in_thread


def test_a_cancelled_thread_job_ends_once_its_thread_has_ended(run_async):
    # A cancelled asyncio.to_thread ends at once while its thread runs on; the thread's end then
    # reaches the loop later, on qasync's loop even once it has closed. in_thread waits for it.
    gate = threading.Event()
    ended = threading.Event()

    def work() -> str:
        gate.wait(5)
        ended.set()
        return "done"

    async def scenario():
        task = asyncio.ensure_future(in_thread(work))
        await asyncio.sleep(0.02)
        task.cancel()
        await asyncio.sleep(0.05)
        waiting = not task.done()
        gate.set()
        await asyncio.wait([task], timeout=5)
        return waiting, ended.is_set(), task.cancelled()

    assert run_async(scenario()) == (True, True, True)


def test_a_thread_job_gives_its_result_and_its_error(run_async):
    def fail() -> None:
        raise ValueError("no")

    async def scenario():
        result = await in_thread(lambda: 6 * 7)
        try:
            await in_thread(fail)
        except ValueError as exc:
            return result, str(exc)
        return result, None

    assert run_async(scenario()) == (42, "no")
