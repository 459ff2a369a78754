"""Give the main window its real pages once the services are open.

Each page is built on its first visit (start-up stays fast); the first page
shown depends on what the user has: with no ModelScope token stored, the app
opens on Settings → ModelScope with the token field focused.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from msdesk.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from msdesk.core.services import Services
    from msdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _settings_page(services: Services) -> QWidget:
    from msdesk.ui.settings.page import SettingsPage

    return SettingsPage(services)


def _models_page(window: MainWindow, services: Services) -> QWidget:
    from msdesk.ui.models.page import ModelsPage

    page = ModelsPage(services)
    page.chatRequested.connect(lambda model_id: _chat_with(window, services, model_id))
    return page


def _chat_page(window: MainWindow, services: Services) -> QWidget:
    from msdesk.ui.chat.page import ChatPage

    page = ChatPage(services)
    page.statusMessage.connect(lambda text: window.set_status(text, 8000))
    # A failed answer's actions lead to where the user can do what it says.
    page.tokenSettingsRequested.connect(window.show_provider_token)
    page.providerSettingsRequested.connect(window.show_provider_settings)
    page.modelsRequested.connect(lambda: _browse_served_models(window))
    return page


def _browse_served_models(window: MainWindow) -> None:
    """The Models page with its API-Inference filter on: the models a chat can use."""
    window.show_page("models")
    models = window.page_content("models")
    api_filter = getattr(models, "api_filter", None)
    if api_filter is not None and not api_filter.isChecked():
        api_filter.setChecked(True)  # the list refreshes itself


def _chat_with(window: MainWindow, services: Services, model_id: str) -> None:
    """Remember the model for the next conversation and go to Chat."""
    try:
        services.settings_store.update(lambda s: setattr(s, "last_model", model_id))
    except Exception as exc:  # a full disk must not lose the click silently
        window.set_status(
            translate("ui.pages", "Could not remember {model}: {error}").format(model=model_id, error=exc), 8000
        )
        return
    window.show_page("chat")
    page = window.page_content("chat")
    start = getattr(page, "new_conversation", None)
    if callable(start):
        start()  # a new conversation on that model, ready to type into
    window.set_status(translate("ui.pages", "New chat with {model}").format(model=model_id), 8000)


def _install_quota_status(window: MainWindow, services: Services) -> None:
    """Calls left today in the status bar; clicking it opens the usage view."""
    if not hasattr(services, "quota"):
        return  # a stand-in container without quota tracking
    from msdesk.ui.quota.status_item import install_status_item

    install_status_item(window, services)


async def install_pages(window: MainWindow, services: Any) -> None:
    """Install the pages that need services; route a first-time user to the token field.

    The first page is chosen before the pages are installed, so only the page
    on screen is built: a first-time user's start does not build the Chat page
    (and load Markdown and syntax colouring) behind the Settings page.
    """
    if not hasattr(services, "config") or not hasattr(services, "secrets"):
        return  # a stand-in container (tests of the shell itself)
    try:
        first_time = not await services.secrets.labels("modelscope")
    except Exception as exc:  # the keychain's trouble is shown on the Settings page itself
        log.warning("could not list tokens at start-up: %s", type(exc).__name__)
        first_time = False
    window.set_page_factory("settings", lambda: _settings_page(services))
    window.set_page_factory("models", lambda: _models_page(window, services))
    if first_time:
        window.show_page("settings")
    window.set_page_factory("chat", lambda: _chat_page(window, services))
    _install_quota_status(window, services)
    if first_time:
        page = window.page_content("settings")
        focus = getattr(page, "focus_first_token", None)
        if callable(focus):
            focus("modelscope")
