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
    store.flush()
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
    store.flush()
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    store.update(lambda s: setattr(s, "last_model", "A/two"))  # written in the background
    with pytest.raises(OSError):
        store.flush()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left
    # Once a write has failed, the next save says so to its caller (the widgets show
    # "Could not save"), and the held settings do not change.
    with pytest.raises(OSError):
        store.update(lambda s: setattr(s, "last_model", "A/three"))
    assert store.settings.last_model == "A/two"
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    monkeypatch.undo()
    store.update(lambda s: setattr(s, "last_model", "A/four"))  # the disk has room again
    store.flush()
    assert SettingsStore(path).load().last_model == "A/four"


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


class HeldDisk:
    """Stands in for a slow disk: every settings write waits until the test opens the gate."""

    def __init__(self, monkeypatch):
        import threading

        from msdesk.core import settings as settings_module

        self.gate = threading.Event()
        self.started = threading.Event()
        self.threads: list[str] = []
        real = settings_module._write_atomically

        def held(path, text):
            self.threads.append(threading.current_thread().name)
            self.started.set()
            assert self.gate.wait(30), "the test never opened the gate"
            real(path, text)

        monkeypatch.setattr(settings_module, "_write_atomically", held)


def test_a_burst_of_saves_returns_at_once_and_ends_with_the_last_one_on_disk(tmp_path, monkeypatch):
    import threading

    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.load()
    disk = HeldDisk(monkeypatch)
    store.update(lambda s: setattr(s, "last_model", "A/0"))
    assert disk.started.wait(10)
    # The disk is busy with the first write; saving does not wait for it.
    for n in range(1, 51):
        store.update(lambda s, n=n: setattr(s, "last_model", f"A/{n}"))
    assert store.settings.last_model == "A/50"
    assert not path.exists()
    disk.gate.set()
    store.flush()
    assert json.loads(path.read_text(encoding="utf-8"))["last_model"] == "A/50"
    # The first write, then the latest of the fifty that came meanwhile: not fifty writes.
    assert len(disk.threads) == 2
    assert threading.current_thread().name not in disk.threads
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_later_change_to_the_saved_object_is_not_what_gets_written(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.load()
    disk = HeldDisk(monkeypatch)
    candidate = Settings(last_model="A/saved")
    store.save(candidate)
    assert disk.started.wait(10)
    candidate.last_model = "A/changed-after"  # not saved: the file has what save() was given
    disk.gate.set()
    store.flush()
    assert SettingsStore(path).load().last_model == "A/saved"


def test_reading_the_file_waits_for_a_save_still_being_written(tmp_path, monkeypatch):
    import threading

    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.load()
    disk = HeldDisk(monkeypatch)
    store.update(lambda s: setattr(s, "last_model", "A/new"))
    assert disk.started.wait(10)
    threading.Timer(0.05, disk.gate.set).start()
    assert SettingsStore(path).load().last_model == "A/new"


def test_closing_the_services_writes_the_last_save(isolated_home, monkeypatch):
    import asyncio

    from msdesk.core.services import Services

    async def scenario():
        services = await Services.open()
        disk = HeldDisk(monkeypatch)
        services.settings_store.update(lambda s: setattr(s, "last_model", "A/last"))
        closing = asyncio.create_task(services.aclose())
        assert await asyncio.to_thread(disk.started.wait, 10)
        done, _ = await asyncio.wait({closing}, timeout=0.3)
        assert not done  # closing waits for the disk
        disk.gate.set()
        await closing
        return services.paths.settings_file

    settings_file = asyncio.run(scenario())
    assert json.loads(settings_file.read_text(encoding="utf-8"))["last_model"] == "A/last"


def test_the_command_line_exits_with_its_settings_on_disk(isolated_home, monkeypatch):
    import threading

    from msdesk import cli
    from msdesk.core.services import Services

    disk = HeldDisk(monkeypatch)
    real_open = Services.open
    settings_files = []

    async def open_then_save(*args, **kwargs):
        services = await real_open(*args, **kwargs)
        services.settings_store.update(lambda s: setattr(s, "last_model", "A/from-cli"))
        settings_files.append(services.paths.settings_file)
        return services

    monkeypatch.setattr(Services, "open", open_then_save)
    codes = []
    command = threading.Thread(target=lambda: codes.append(cli.main(["token", "list"])))
    command.start()
    assert disk.started.wait(30)
    command.join(0.3)
    assert command.is_alive()  # the command line does not exit before its settings are written
    disk.gate.set()
    command.join(30)
    assert codes == [0]
    assert json.loads(settings_files[0].read_text(encoding="utf-8"))["last_model"] == "A/from-cli"
