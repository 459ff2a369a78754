"""Files shipped with msdesk (``resources/`` in the source tree).

In a wheel they live inside the package as ``msdesk/resources``; in a source
checkout (and an editable install) at the repository root.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


@cache
def resources_dir() -> Path:
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError(
        "msdesk's resources folder is missing; reinstall msdesk (the package is incomplete)."
    )


def load_json(relative: str) -> Any:
    with (resources_dir() / relative).open(encoding="utf-8") as handle:
        return json.load(handle)
