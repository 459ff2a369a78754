"""Where msdesk keeps its files.

By default the user's platform folders (through platformdirs). ``MSDESK_HOME``
puts config, data, cache and logs under one folder, for tests and portable use.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

APP_NAME = "msdesk"


class AppPaths(NamedTuple):
    """The four folders (read before the window's first paint: a plain tuple, not a dataclass,
    whose module would be imported on that path for it alone)."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "msdesk.log"

    def ensure(self) -> AppPaths:
        for folder in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @classmethod
    def under(cls, home: Path) -> AppPaths:
        home = Path(home)
        return cls(home / "config", home / "data", home / "cache", home / "logs")

    @classmethod
    def default(cls) -> AppPaths:
        home = os.environ.get("MSDESK_HOME")
        if home:
            return cls.under(Path(home).expanduser())
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            Path(dirs.user_config_dir),
            Path(dirs.user_data_dir),
            Path(dirs.user_cache_dir),
            Path(dirs.user_log_dir),
        )
