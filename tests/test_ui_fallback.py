"""Settings → Network & failover: the fallback for a spent quota is chosen and saved at once."""

from __future__ import annotations

import pytest

from msdesk.core.services import Services
from msdesk.core.settings import FallbackRule

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def test_choosing_a_fallback_saves_it_and_no_fallback_removes_it(qtbot, run_async, fake_env):
    from msdesk.ui.settings.fallback_section import FallbackSection

    async def scenario():
        services = await Services.open()
        try:
            services.config.set_enabled("bailian", True)  # fallbacks are chosen among enabled providers
            section = FallbackSection(services)
            qtbot.addWidget(section)
            section.show()
            assert section.provider_box.currentData() is None and not section.model_box.isEnabled()
            index = section.provider_box.findData("bailian")
            assert index > 0
            section.provider_box.setCurrentIndex(index)
            section.provider_box.activated.emit(index)
            assert section.model_box.isEnabled() and section.model_box.findText("qwen-plus") >= 0
            section.model_box.setCurrentIndex(section.model_box.findText("qwen-plus"))
            section.model_box.activated.emit(section.model_box.currentIndex())
            assert services.settings.fallbacks["*"] == FallbackRule("bailian", "qwen-plus")
            assert services.settings.fallback_for("Qwen/Qwen3-32B") == FallbackRule("bailian", "qwen-plus")
            # Saved in the file: a new store reads it back.
            again = type(services.settings_store)(services.settings_store.path)
            assert again.load().fallbacks["*"].model == "qwen-plus"
            section.provider_box.setCurrentIndex(0)
            section.provider_box.activated.emit(0)
            assert "*" not in services.settings.fallbacks
            assert "no fallback" in section.status.text().lower()
        finally:
            await services.aclose()

    run_async(scenario())
