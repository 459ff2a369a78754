"""The files msdesk ships: the model list, the icon, the desktop entry."""

from __future__ import annotations

import configparser

from msdesk.core.bundled import load_json, resources_dir


def test_bundled_model_list_is_there():
    data = load_json("data/api-inference-models.json")
    assert data["version"] == 1 and len(data["models"]) == 115


def test_the_icon_renders(qapp):
    from PySide6.QtGui import QIcon

    icon = QIcon(str(resources_dir() / "icons" / "msdesk.svg"))
    pixmap = icon.pixmap(64, 64)
    assert not pixmap.isNull() and pixmap.width() == 64
    image = pixmap.toImage()
    assert image.pixelColor(32, 32).alpha() > 0  # something is drawn in the middle


def test_the_desktop_entry_starts_the_gui():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(resources_dir() / "io.github.msdesk.msdesk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "msdesk gui"
    assert section["Icon"] == "msdesk" and section["Terminal"] == "false"
