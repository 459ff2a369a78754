"""The parameters dialog gives back what it was given, and "Model default" sends nothing."""

from __future__ import annotations

import pytest

from msdesk.core.history import ConversationParams
from msdesk.ui.chat.params_dialog import ParamsDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def test_values_round_trip_and_model_default_leaves_them_unset(qtbot):
    given = ConversationParams(system_prompt="Be brief.", temperature=0.3, top_p=None, max_tokens=512,
                               context_messages=0, enable_thinking=False)
    dialog = ParamsDialog(given, model="Qwen/Qwen3-32B")
    qtbot.addWidget(dialog)
    assert dialog.params() == given
    assert not dialog.top_p.spin.isEnabled()  # at the model's default: not editable, not sent
    dialog.temperature.default.setChecked(True)
    dialog.top_p.default.setChecked(False)
    dialog.top_p.spin.setValue(0.5)
    dialog.context.default.setChecked(True)
    result = dialog.params()
    assert (result.temperature, result.top_p, result.context_messages) == (None, 0.5, None)
    assert result.max_tokens == 512 and result.enable_thinking is False
    with qtbot.waitSignal(dialog.accepted_params) as accepted:
        dialog._accept()
    assert accepted.args == [result]
