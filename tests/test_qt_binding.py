"""The Qt binding itself: a release that corrupts reference counts must not ship with msdesk."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_drop_references_to_none(qapp):
    # PySide6 6.12.0 on Python 3.11 released a reference to None on every call that
    # returns nothing, until the interpreter aborted with "deallocating None".
    probe = QObject()
    label = QLabel()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        probe.setObjectName("probe")
        label.setText("x")
        label.isVisible()
        label.setVisible(False)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a >= b - 20 for a, b in zip(after, before, strict=True)), (before, after)
