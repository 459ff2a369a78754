"""Give memory that Python and Qt freed, or hold for nothing, back to the operating system.

After a long conversation's widgets are destroyed, the C allocator keeps the
freed pages for reuse, so the process looks as large as at its peak. On
Linux (glibc) ``malloc_trim`` hands them back; elsewhere this does nothing.

PySide6 reads the source of every module imported after it (looking for
``from __feature__ import``), and Python's ``linecache`` keeps those sources:
about 11 MB once the first page is built. They are only needed to print a
traceback, which reads them again; ``forget_source_lines`` drops them after
start-up and after a page is built.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import linecache
import logging
import sys
from functools import cache

log = logging.getLogger(__name__)


@cache
def _trim() -> object | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_freed_memory() -> bool:
    """Return freed heap pages to the system; True if the platform can."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)  # type: ignore[operator]
    return True


def forget_source_lines() -> None:
    """Drop the module sources ``linecache`` holds (read again if a traceback needs them)."""
    linecache.clearcache()
    release_freed_memory()
