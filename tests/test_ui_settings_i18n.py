"""Settings → Model providers in another language: what a Russian or Chinese reader sees.

Each token row's buttons are named after their row (a screen reader lists
"Delete token backup", not five "Delete" buttons), in the user's language, and
counts read as the language counts.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from msdesk import translations
from msdesk.core import i18n
from msdesk.core.secret_store import StoredToken


@pytest.fixture
def language(qapp) -> Iterator[object]:
    def use(choice: str) -> str:
        return translations.apply(choice)

    yield use
    for translator in translations._installed:
        QCoreApplication.removeTranslator(translator)  # type: ignore[arg-type]
    translations._installed.clear()
    i18n.install(None)


def _names(row) -> dict[str, str]:
    buttons = {
        "reveal": row.reveal_button, "copy": row.copy_button, "edit": row.edit_button,
        "delete": row.delete_button, "check": row.check_button,
    }
    return {key: button.accessibleName() for key, button in buttons.items()}


def test_token_row_buttons_name_their_row_in_english(qtbot, language) -> None:
    from msdesk.ui.settings.token_row import CheckState, TokenRow

    language("en")
    row = TokenRow(StoredToken("modelscope", "backup", "ms-bbbb…"), first=False)
    qtbot.addWidget(row)
    assert _names(row) == {
        "reveal": "Show token backup", "copy": "Copy token backup", "edit": "Edit token backup",
        "delete": "Delete token backup", "check": "Check token backup",
    }
    # Icon-only buttons say what they do when hovered.
    assert row.copy_button.toolTip() == "Copy this token to the clipboard"
    row.set_state(CheckState("running", "Checking with Qwen/Qwen3-32B…"))
    assert row.check_button.accessibleName() == "Cancel the check of token backup"
    assert row.check_button.text() == "Cancel"


def test_token_row_speaks_russian(qtbot, language) -> None:
    from msdesk.ui.settings.token_row import TokenRow

    assert language("ru") == "ru"
    row = TokenRow(StoredToken("modelscope", "backup", "ms-bbbb…"), first=True)
    qtbot.addWidget(row)
    assert _names(row) == {
        "reveal": "Показать токен backup", "copy": "Копировать токен backup",
        "edit": "Изменить токен backup", "delete": "Удалить токен backup",
        "check": "Проверить токен backup",
    }
    assert row.check_button.text() == "Проверить"
    row.set_revealed(True)
    assert row.reveal_button.accessibleName() == "Скрыть токен backup"
    assert row.reveal_button.toolTip() == "Скрыть этот токен (скроется сам через 30 с)"


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("ru", {0: "Нет токенов", 1: "1 токен", 3: "3 токена", 5: "5 токенов", 21: "21 токен"}),
        ("zh_CN", {0: "尚无令牌", 1: "1 个令牌", 5: "5 个令牌"}),
        ("en", {0: "No token yet", 1: "1 token", 5: "5 tokens"}),
    ],
)
def test_provider_rows_count_tokens_as_the_language_counts(language, choice, expected) -> None:
    from msdesk.ui.settings.provider_list import token_count_text

    assert language(choice) == choice
    assert {count: token_count_text(count) for count in expected} == expected
