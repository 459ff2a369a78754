"""The app's asyncio loop on Qt's event loop: callbacks in order, sockets read, Qt still turning."""

from __future__ import annotations

import asyncio
import socket
import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from msdesk.ui.loop import AppLoop


@pytest.fixture
def run(run_async):
    """On the app's loop (``AppLoop``), as the app runs."""
    return run_async


def test_the_loop_the_tests_run_on_is_the_apps(run):
    async def scenario():
        return type(asyncio.get_running_loop())

    assert run(scenario()) is AppLoop


def test_callbacks_run_in_the_order_they_were_scheduled_and_cancelled_ones_do_not(run):
    async def scenario():
        loop = asyncio.get_running_loop()
        seen: list[int] = []
        done = loop.create_future()
        handles = [loop.call_soon(seen.append, n) for n in range(200)]
        for handle in handles[::3]:
            handle.cancel()
        loop.call_soon(done.set_result, None)
        await done
        return seen

    assert run(scenario()) == [n for n in range(200) if n % 3]


def test_qt_gets_its_turn_while_callbacks_keep_scheduling_more(run):
    """A chain of callbacks that never ends by itself must not starve Qt's own timers."""

    async def scenario():
        loop = asyncio.get_running_loop()
        fired = loop.create_future()
        steps = 0

        def step() -> None:
            nonlocal steps
            steps += 1
            if not fired.done():
                loop.call_soon(step)

        QTimer.singleShot(0, lambda: fired.set_result(steps))
        loop.call_soon(step)
        return await asyncio.wait_for(fired, 5)

    assert run(scenario()) < 1000


def test_callbacks_from_other_threads_arrive(run):
    async def scenario():
        loop = asyncio.get_running_loop()
        return await asyncio.wait_for(loop.run_in_executor(None, sum, range(10)), 5)

    assert run(scenario()) == 45


def test_a_socket_read_through_many_pauses_gets_every_byte(run):
    """Reading stops and resumes around each read (as httpx's I/O layer does), bytes intact."""

    async def scenario():
        left, right = socket.socketpair()
        try:
            reader, writer = await asyncio.open_connection(sock=left)
            payload = bytes(range(256)) * 64
            got = bytearray()
            for offset in range(0, len(payload), 512):
                right.sendall(payload[offset:offset + 512])
                reader._transport.resume_reading()  # type: ignore[attr-defined]
                got += await reader.readexactly(512)
                reader._transport.pause_reading()  # type: ignore[attr-defined]
            writer.close()
            return bytes(got) == payload
        finally:
            right.close()

    assert run(scenario())


def test_a_socket_number_used_again_after_close_is_watched_afresh(run):
    async def scenario():
        loop = asyncio.get_running_loop()
        answers = []
        for round_ in range(3):  # the closed pair's numbers come back to the next pair
            left, right = socket.socketpair()
            left.setblocking(False)
            try:
                arrived = loop.create_future()
                loop.add_reader(left, lambda s=left, f=arrived: f.done() or f.set_result(s.recv(16)))
                right.send(f"round {round_}".encode())
                answers.append((await asyncio.wait_for(arrived, 5)).decode())
                assert loop.remove_reader(left)
                assert not loop.remove_reader(left)
            finally:
                left.close()
                right.close()
        return answers

    assert run(scenario()) == ["round 0", "round 1", "round 2"]


def test_a_failing_reader_is_reported_and_the_loop_goes_on(run):
    async def scenario():
        loop = asyncio.get_running_loop()
        reported = []
        loop.set_exception_handler(lambda _loop, context: reported.append(context["exception"]))
        left, right = socket.socketpair()
        left.setblocking(False)
        try:
            def fail() -> None:
                left.recv(16)
                raise ValueError("reader failed")

            loop.add_reader(left, fail)
            right.send(b"x")
            await asyncio.sleep(0.05)
            loop.remove_reader(left)
            await asyncio.sleep(0)
            return [str(err) for err in reported]
        finally:
            left.close()
            right.close()

    assert run(scenario()) == ["reader failed"]


def test_an_async_generator_left_half_way_is_closed_by_the_loop(run):
    closed = []

    async def pieces():
        try:
            for n in range(10):
                yield n
        finally:
            closed.append(asyncio.get_running_loop())

    async def scenario():
        hooks = sys.get_asyncgen_hooks()
        async for n in pieces():
            if n == 2:
                break  # the generator is left suspended: the loop must finalize it
        await asyncio.sleep(0)
        return hooks.finalizer is not None

    saved = sys.get_asyncgen_hooks()
    assert run(scenario())
    assert len(closed) == 1  # inside the loop, with a running loop (not by the collector)
    assert sys.get_asyncgen_hooks() == saved


def test_callbacks_handed_over_by_threads_run_in_the_order_given(run):
    async def scenario():
        loop = asyncio.get_running_loop()
        seen: list[int] = []
        done = loop.create_future()

        def hand_over() -> None:
            for n in range(100):
                loop.call_soon_threadsafe(seen.append, n)
            loop.call_soon_threadsafe(done.set_result, None)

        worker = threading.Thread(target=hand_over)
        worker.start()
        await asyncio.wait_for(done, 5)
        worker.join()
        return seen

    assert run(scenario()) == list(range(100))


def test_a_callback_a_thread_hands_over_as_the_loop_closes_is_dropped(qapp):
    loop = AppLoop(qapp)
    ran: list[int] = []
    worker = threading.Thread(target=lambda: loop.call_soon_threadsafe(ran.append, 1))
    worker.start()
    worker.join()  # handed over; Qt has not delivered it yet
    loop.close()
    qapp.processEvents()
    qapp.processEvents()
    assert ran == []


def test_once_it_watches_a_socket_the_loop_tells_httpx_its_async_library_without_a_look(run):
    import sniffio

    async def scenario():
        loop = asyncio.get_running_loop()
        left, right = socket.socketpair()
        try:
            loop.add_reader(left.fileno(), lambda: None)
            told = sniffio.thread_local.name
            loop.remove_reader(left.fileno())
            return told, sniffio.current_async_library()
        finally:
            left.close()
            right.close()

    assert run(scenario()) == ("asyncio", "asyncio")
    assert sniffio.thread_local.name is None  # once it stopped, nothing is claimed


def test_what_a_socket_read_makes_due_runs_right_after_it_before_qt_timers(run):
    async def scenario():
        loop = asyncio.get_running_loop()
        left, right = socket.socketpair()
        seen: list[str] = []
        done = loop.create_future()

        def readable():
            left.recv(16)
            loop.remove_reader(left.fileno())
            QTimer.singleShot(0, lambda: (seen.append("qt timer"), done.set_result(None)))
            loop.call_soon(seen.append, "made due by the read")

        try:
            loop.add_reader(left.fileno(), readable)
            right.send(b"x")
            await done
        finally:
            left.close()
            right.close()
        return seen

    # As in asyncio's own loop: the task waiting for the data goes on in the same turn.
    assert run(scenario()) == ["made due by the read", "qt timer"]


def test_a_socket_read_inside_a_dialogs_event_loop_leaves_other_tasks_for_after_it(run):
    from PySide6.QtCore import QEventLoop

    async def scenario():
        loop = asyncio.get_running_loop()
        left, right = socket.socketpair()
        seen: list[str] = []
        errors: list[dict] = []
        loop.set_exception_handler(lambda _loop, context: errors.append(context))
        data = loop.create_future()

        def readable():
            left.recv(16)
            loop.remove_reader(left.fileno())
            data.set_result(None)

        async def waiting():
            await data
            seen.append("the task that waited for the data")

        other = asyncio.ensure_future(waiting())
        await asyncio.sleep(0)
        try:
            loop.add_reader(left.fileno(), readable)
            right.send(b"x")
            dialog = QEventLoop()  # as a modal dialog runs one, inside this task's step
            QTimer.singleShot(100, dialog.quit)
            dialog.exec()
            seen.append("dialog closed")
            await asyncio.wait_for(other, 5)
        finally:
            left.close()
            right.close()
        return seen, errors

    assert run(scenario()) == (["dialog closed", "the task that waited for the data"], [])
