"""A label that ends in "…" only when it really lacks room, with its whole text in the tooltip."""

from __future__ import annotations

import pytest

from msdesk.ui.widgets.elided import ElidedLabel


@pytest.mark.parametrize("text", ["10 models in 4 groups", "10 个模型，共 4 组", "10 моделей в 4 группах"])
def test_given_the_room_it_asks_for_the_whole_text_shows(qtbot, text):
    label = ElidedLabel(text)
    qtbot.addWidget(label)
    label.show()
    label.resize(label.sizeHint())
    assert not label.is_elided(), f"{text!r} cut at its own size hint ({label.sizeHint().width()} px)"
    assert label.shown_text() == text and label.toolTip() == ""


def test_short_of_room_it_ends_in_an_ellipsis_with_the_whole_text_in_the_tooltip(qtbot):
    label = ElidedLabel("Qwen/Qwen3-235B-A22B-Instruct-2507")
    qtbot.addWidget(label)
    label.show()
    label.resize(label.sizeHint().width() // 2, label.sizeHint().height())
    assert label.is_elided() and label.shown_text().endswith("…")
    assert label.text() == "Qwen/Qwen3-235B-A22B-Instruct-2507"
    assert label.toolTip() == "Qwen/Qwen3-235B-A22B-Instruct-2507"
