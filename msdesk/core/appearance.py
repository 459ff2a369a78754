"""Settings → General: the language, the colour scheme and the text size.

They live in the settings file (``appearance``) with the rest, but the window
needs them before its first paint, while the settings proper still load off
the GUI thread: :func:`read_appearance` reads just this part, with nothing
heavier than ``json`` imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

LANGUAGES = ("system", "en", "zh_CN", "ru")
THEMES = ("system", "light", "dark")
FONT_SCALES = (90, 100, 115, 130, 150, 175, 200)


class AppearanceSettings:
    """The section (a plain class, not a dataclass: it is read before the window's first
    paint, and the dataclasses module would be imported on that path for it alone).

    ``language``: "system" follows the OS; otherwise one of LANGUAGES.
    ``theme``: "system" follows the OS's light or dark scheme; otherwise "light" or "dark".
    ``font_scale``: text size in per cent of the OS's font; one of FONT_SCALES.
    """

    __slots__ = ("language", "theme", "font_scale")

    def __init__(self, language: str = "system", theme: str = "system", font_scale: int = 100) -> None:
        self.language = language
        self.theme = theme
        self.font_scale = font_scale

    def to_dict(self) -> dict[str, Any]:
        return {"language": self.language, "theme": self.theme, "font_scale": self.font_scale}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AppearanceSettings):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable, as the settings around it

    def __repr__(self) -> str:
        return (f"AppearanceSettings(language={self.language!r}, theme={self.theme!r}, "
                f"font_scale={self.font_scale!r})")


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
