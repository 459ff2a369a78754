"""Freed memory goes back to the system after a long conversation is closed (Linux, glibc)."""

from __future__ import annotations

import platform
import sys

import pytest

from msdesk.ui.memory import release_freed_memory


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="malloc_trim exists only in glibc; elsewhere release_freed_memory does nothing",
)
def test_freed_heap_pages_are_returned_on_glibc():
    def rss_pages() -> int:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1])

    blocks = [bytearray(64 * 1024 - 64) for _ in range(1500)]  # ~96 MB in heap chunks below mmap size
    pin = bytearray(64 * 1024 - 64)  # stays: the heap cannot simply shrink from its top
    for block in blocks:
        block[::4096] = b"x" * len(block[::4096])
    del blocks
    kept = rss_pages()  # freed, but still held by the allocator
    assert release_freed_memory() is True
    assert rss_pages() < kept - (40 * 1024 * 1024) // 4096  # at least 40 MB handed back
    del pin


def test_a_page_built_leaves_no_module_sources_held(qtbot):
    """PySide6 reads each imported module's source; building a page must not keep them all."""
    import linecache

    from PySide6.QtWidgets import QLabel

    from msdesk.ui.main_window import MainWindow

    linecache.getlines(__file__)  # something held, as PySide6's import hook leaves it
    assert linecache.cache
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.set_page_factory("models", lambda: QLabel("the Models page"))
    window.page("models")
    assert window.page_content("models").text() == "the Models page"
    assert not linecache.cache
