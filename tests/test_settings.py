"""The settings file: atomic writes, corrupt or newer files kept aside, never a crash."""

from __future__ import annotations

import json
import os

import pytest

from msdesk.core.paths import AppPaths
from msdesk.core.settings import (
    SETTINGS_VERSION,
    CustomProvider,
    ModelEntry,
    Settings,
    SettingsError,
    SettingsStore,
)


def test_msdesk_home_puts_every_folder_under_one_root(isolated_home):
    paths = AppPaths.default().ensure()
    for folder in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir):
        assert folder.is_dir() and isolated_home in folder.parents


def test_defaults_when_no_file(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    settings = store.load()
    assert settings.default_provider == "modelscope"
    assert store.warnings == []
    assert not (tmp_path / "settings.json").exists()


def test_round_trip_keeps_every_change(tmp_path):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.load()

    def change(s: Settings) -> None:
        s.default_provider = "bailian"
        s.provider("bailian").region = "singapore"
        s.provider("modelscope").models = [ModelEntry.from_dict({"id": "Qwen/Qwen3-32B"})]
        s.custom_providers.append(CustomProvider("local", "Local", "http://127.0.0.1:8000/v1"))
        s.last_model = "Qwen/Qwen3-32B"

    store.update(change)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == SETTINGS_VERSION
    again = SettingsStore(path)
    loaded = again.load()
    assert again.warnings == []
    assert loaded.default_provider == "bailian"
    assert loaded.providers["bailian"].region == "singapore"
    assert loaded.providers["modelscope"].models[0].group == "Qwen"
    assert loaded.custom_providers[0].api_base == "http://127.0.0.1:8000/v1"
    assert loaded.last_model == "Qwen/Qwen3-32B"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"[1, 2]", b'{"version": "x"}', "\ufeff{".encode(), b"\x00\xff\xfe"],
)
def test_a_corrupt_file_is_kept_aside_and_defaults_start(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    store = SettingsStore(path)
    settings = store.load()
    assert settings == Settings()
    assert len(store.warnings) == 1 and "kept as" in store.warnings[0]
    backups = list(tmp_path.glob("settings.json.corrupt-*.bak"))
    assert len(backups) == 1 and backups[0].read_bytes() == content  # nothing lost
    assert not path.exists()


def test_a_newer_version_is_kept_aside_not_overwritten(tmp_path):
    path = tmp_path / "settings.json"
    newer = {"version": SETTINGS_VERSION + 1, "something": "new"}
    path.write_text(json.dumps(newer))
    store = SettingsStore(path)
    store.load()
    assert "newer msdesk" in store.warnings[0]
    backup = next(tmp_path.glob("settings.json.v2-*.bak"))
    assert json.loads(backup.read_text()) == newer
    store.save()
    assert json.loads(backup.read_text()) == newer


def test_unknown_keys_are_kept_quiet_and_wrong_types_are_reported(tmp_path):
    path = tmp_path / "settings.json"
    original = {
        "version": 1,
        "default_provider": 42,
        "providers": {"modelscope": {"enabled": "yes", "models": [{"id": "A/B"}, "junk", {}]}},
        "custom_providers": [{"name": "no url"}],
        "network": {"connect_timeout": -1, "read_timeout": 30},
        "from_the_future": True,
    }
    path.write_text(json.dumps(original))
    store = SettingsStore(path)
    settings = store.load()
    assert settings.default_provider == "modelscope"
    assert settings.providers["modelscope"].enabled is None
    assert [m.id for m in settings.providers["modelscope"].models] == ["A/B"]
    assert settings.custom_providers == []
    assert settings.network.connect_timeout == 10.0 and settings.network.read_timeout == 30.0
    # Nothing is lost silently: the user is told what was dropped, and the original is kept.
    [warning] = store.warnings
    for where in ("default_provider", "providers.modelscope.enabled", "models[1]", "network.connect_timeout"):
        assert where in warning
    backup = next(tmp_path.glob("settings.json.repaired-*.bak"))
    assert json.loads(backup.read_text()) == original
    assert path.exists()


def test_unknown_keys_alone_give_no_warning(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "from_the_future": {"x": 1}, "last_model": "A/B"}))
    store = SettingsStore(path)
    assert store.load().last_model == "A/B"
    assert store.warnings == [] and list(tmp_path.glob("*.bak")) == []


def test_write_is_atomic_a_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.load()
    store.update(lambda s: setattr(s, "last_model", "A/one"))
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        store.update(lambda s: setattr(s, "last_model", "A/two"))
    assert path.read_bytes() == before
    assert store.settings.last_model == "A/one"  # the held settings did not change either
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left


def test_a_token_can_never_be_written_to_settings(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    store.load()
    with pytest.raises(SettingsError):
        store.update(lambda s: s.ui.update(note="ms-0b5e3c1a-2f4d-4e6a-9b8c-7d6e5f4a3b2c"))
    assert not (tmp_path / "settings.json").exists()


def test_listeners_hear_every_save(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    store.load()
    heard = []
    store.subscribe(lambda s: heard.append(s.last_model))
    store.update(lambda s: setattr(s, "last_model", "A/b"))
    assert heard == ["A/b"]
