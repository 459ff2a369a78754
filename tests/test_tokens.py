"""The token service: one check of labels and tokens, stored entries without the token, one notice per change."""

from __future__ import annotations

import pytest

from msdesk.core.changes import Change, Changes
from msdesk.core.providers import ProviderRegistry
from msdesk.core.secret_store import MemoryBackend, SecretStore
from msdesk.core.settings import Settings
from msdesk.core.tokens import TokenService, check_label, check_token, next_label, token_warning
from tests.conftest import run
from tests.fakes.modelscope import new_token

TOKEN = new_token()
TOKEN2 = new_token()


@pytest.fixture
def service():
    changes = Changes()
    notices = []
    changes.subscribe(notices.append)
    secrets = SecretStore(MemoryBackend())
    tokens = TokenService(secrets, changes)
    tokens.notices = notices  # what a view would have heard
    yield tokens
    secrets.close()


def provider(provider_id: str):
    return ProviderRegistry(Settings(), {}).get(provider_id)


def test_store_cleans_checks_and_returns_the_entry_without_the_token(service):
    stored = run(service.store("modelscope", "  main ", f"  {TOKEN}\n"))
    assert (stored.label, stored.masked) == ("main", f"{TOKEN[:5]}…{TOKEN[-4:]}")
    assert TOKEN not in repr(stored)
    assert run(service.reveal("modelscope", "main")) == TOKEN
    assert [n.what for n in service.notices] == [Change.TOKENS]
    assert service.notices[0].provider_id == "modelscope"


@pytest.mark.parametrize(("label", "token", "message"), [
    ("", TOKEN, "label"),
    ("a/b", TOKEN, "label"),
    ("x" * 65, TOKEN, "label"),
    ("main", "   ", "Paste the token"),
    ("main", "ms-abc’", "cannot be sent"),
    ("main", "x" * 5000, "far longer"),
], ids=["empty label", "slash in label", "long label", "blank token", "curly quote", "long token"])
def test_a_bad_label_or_token_is_refused_and_nothing_changes(service, label, token, message):
    with pytest.raises(ValueError, match=message):
        run(service.store("modelscope", label, token))
    assert run(service.labels("modelscope")) == []
    assert service.notices == []


def test_an_added_token_does_not_replace_a_taken_label_by_accident(service):
    run(service.store("modelscope", "main", TOKEN))
    with pytest.raises(ValueError, match="already exists"):
        run(service.store("modelscope", "main", TOKEN2, taken=["main"]))
    assert run(service.reveal("modelscope", "main")) == TOKEN
    run(service.store("modelscope", "main", TOKEN2))  # a replacement, on purpose
    assert run(service.reveal("modelscope", "main")) == TOKEN2


def test_rename_and_delete_notify_and_undo_puts_the_token_back(service):
    run(service.store("modelscope", "a", TOKEN))
    run(service.store("modelscope", "b", TOKEN2))
    renamed = run(service.rename("modelscope", "a", " work "))
    assert (renamed.label, renamed.masked) == ("work", f"{TOKEN[:5]}…{TOKEN[-4:]}")
    assert run(service.labels("modelscope")) == ["work", "b"]
    assert run(service.delete("modelscope", "work", keep_for_undo=True)) is True
    assert run(service.labels("modelscope")) == ["b"]
    assert "ms-0b" not in repr(service.__dict__)  # the kept token does not show in a repr
    restored = run(service.undo_delete("modelscope", "work"))
    assert restored is not None and restored.label == "work"
    assert run(service.reveal("modelscope", "work")) == TOKEN
    assert run(service.undo_delete("modelscope", "work")) is None  # undone once
    assert run(service.delete("modelscope", "nope")) is False
    assert [n.what for n in service.notices] == [Change.TOKENS] * 5


def test_a_dropped_undo_keeps_nothing(service):
    run(service.store("modelscope", "a", TOKEN))
    run(service.delete("modelscope", "a", keep_for_undo=True))
    service.forget_deleted("modelscope", "a")
    assert run(service.undo_delete("modelscope", "a")) is None
    assert run(service.labels("modelscope")) == []


def test_labels_and_warnings():
    assert check_label("  team  ") == "team"
    assert check_token(" ms-abc \n") == "ms-abc"
    assert next_label([]) == "main" and next_label(["main", "backup 1"]) == "backup 2"
    modelscope = provider("modelscope")
    assert token_warning(modelscope, TOKEN) == ""
    assert token_warning(modelscope, TOKEN[3:]) == ""  # older tokens: a bare UUID
    assert "ModelScope token" in token_warning(modelscope, "sk-123456")
    assert "sk-" in token_warning(provider("bailian"), "abc")


def test_a_token_pasted_twice_is_noticed_from_the_masks(service):
    stored = run(service.store("modelscope", "main", TOKEN))
    assert "“main”" in token_warning(provider("modelscope"), f" {TOKEN} ", [stored])
    assert token_warning(provider("modelscope"), TOKEN2, [stored]) == ""
