"""Settings → General: the language, the colour scheme and the text size.

They live in the settings file (``appearance``) with the rest, but the window
needs them before its first paint, while the settings proper still load off
the GUI thread: :func:`read_appearance` reads just this part, with nothing
heavier than ``json`` imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

LANGUAGES = ("system", "en", "zh_CN", "ru")
THEMES = ("system", "light", "dark")
FONT_SCALES = (90, 100, 115, 130, 150, 175, 200)


@dataclass
class AppearanceSettings:
    # "system" follows the OS; otherwise one of LANGUAGES.
    language: str = "system"
    # "system" follows the OS's light or dark scheme; otherwise "light" or "dark".
    theme: str = "system"
    # Text size in per cent of the OS's font; one of FONT_SCALES.
    font_scale: int = 100


def parse_appearance(data: dict[str, Any], problems: list[str], where: str = "appearance.") -> AppearanceSettings:
    """The section as found; a value that is not one of the choices is left at its default
    and its path (``appearance.theme``) added to ``problems``."""
    result = AppearanceSettings()
    for key, choices in (("language", LANGUAGES), ("theme", THEMES), ("font_scale", FONT_SCALES)):
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            value = value.strip()
        if value in choices and not isinstance(value, bool):
            setattr(result, key, value)
        else:
            problems.append(f"{where}{key}")
    return result


def read_appearance(path: Path) -> AppearanceSettings:
    """The appearance in the settings file at ``path``; any problem (no file, a damaged
    one) gives the defaults (loading the settings proper reports it)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        if '"appearance"' not in text:
            return AppearanceSettings()  # never set: no JSON parser to load before the first paint
        import json

        data = json.loads(text)
        section = data.get("appearance") if isinstance(data, dict) else None
        if isinstance(section, dict):
            return parse_appearance(section, [])
    except (OSError, ValueError, RecursionError):  # unreadable, not JSON, nested too deep
        pass
    return AppearanceSettings()
