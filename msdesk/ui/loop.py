"""What the qasync loop needs that ``asyncio.run`` would have done for it."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def asyncgen_hooks(loop: asyncio.AbstractEventLoop) -> Iterator[None]:
    """Install the loop's async-generator hooks while it runs.

    qasync's loop does not install them, so an async generator dropped half-way
    (a stream the user stopped) would be finalized by the garbage collector
    outside any task, which httpx cannot survive. With the hooks, the loop
    closes such generators itself, and ``shutdown_asyncgens`` finds them at exit.
    """
    firstiter = getattr(loop, "_asyncgen_firstiter_hook", None)
    finalizer = getattr(loop, "_asyncgen_finalizer_hook", None)
    if firstiter is None or finalizer is None:
        yield
        return
    saved = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
    try:
        yield
    finally:
        sys.set_asyncgen_hooks(*saved)
