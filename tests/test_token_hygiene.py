"""Token hygiene: after a session through the window and one on the command line, no file
under MSDESK_HOME, no output, no log line and no error shown holds a token or any
8-character piece of one.

The sessions add tokens, check them, chat, fail over to a backup token, meet errors
(one from a server that echoes a truncated token back), export a chat and show the crash
dialog; then everything they left is scanned.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from msdesk.core.logs import setup_logging
from msdesk.core.services import Services
from tests.conftest import msdesk_cli, until
from tests.fakes.modelscope import VALID_TOKEN, new_token

# Fixed, so that every 8-character piece holds a digit or a dash: a piece of letters only is a
# word, which messages keep (msdesk.core.redact).
SPENT_TOKEN = new_token()  # made up for this run

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def pieces(secret: str, size: int = 8) -> set[str]:
    return {secret[i:i + size] for i in range(len(secret) - size + 1)}


def leaks(tokens: list[str], texts: dict[str, str | bytes]) -> list[str]:
    """Where a token, or any 8-character piece of one, appears."""
    found = []
    for token in tokens:
        for piece in pieces(token):
            for where, text in texts.items():
                if (piece.encode() if isinstance(text, bytes) else piece) in text:
                    found.append(f"{piece!r} in {where}")
    return found


def files_under(home: Path) -> dict[str, bytes]:
    return {str(path.relative_to(home)): path.read_bytes() for path in home.rglob("*") if path.is_file()}


def widget_texts(root: QWidget) -> str:
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        for getter in ("text", "toPlainText", "windowTitle"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    result = value()
                except TypeError:
                    continue
                if isinstance(result, str):
                    parts.append(result)
    return "\n".join(parts)


class EchoingServer:
    """A server that answers every call 401, echoing the first 24 characters of the token."""

    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                token = self.headers.get("Authorization", "").removeprefix("Bearer ")
                body = json.dumps({"errors": {"message": f"Invalid token '{token[:24]}...' for this account"}})
                self.send_response(401)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_a_command_line_session_leaves_no_token_anywhere(fake_env, isolated_home):
    spent = SPENT_TOKEN
    fake_env.add_token(spent, daily_limit=0)
    tokens = [VALID_TOKEN, spent]
    outputs: dict[str, str | bytes] = {}
    base = dict(os.environ)

    def run(name: str, *args: str, token: str = VALID_TOKEN, stdin: str | None = None, **extra: str):
        result = msdesk_cli(*args, env=base | {"MODELSCOPE_API_TOKEN": token} | extra, stdin=stdin)
        outputs[f"{name} stdout"] = result.stdout
        outputs[f"{name} stderr"] = result.stderr
        return result

    assert run("chat", "-v", "chat", "--json", "-m", "Qwen/Qwen3-32B", "hello").returncode == 0
    assert run("list json", "token", "list", "--json").returncode == 0
    assert run("check", "token", "check").returncode == 0
    assert run("spent", "chat", "-m", "Qwen/Qwen3-32B", "hello", token=spent).returncode == 4
    assert run("quota", "quota").returncode == 0
    with EchoingServer() as echo:
        assert run("echo chat", "chat", "-m", "Qwen/Qwen3-32B", "hi", MSDESK_API_BASE=echo).returncode == 3
        assert run("echo check", "token", "check", MSDESK_API_BASE=echo).returncode == 3
        assert run("echo verbose", "-v", "chat", "-m", "Qwen/Qwen3-32B", "hi", MSDESK_API_BASE=echo).returncode == 3
    # A token pasted into the wrong place.
    assert run("pasted model", "chat", "-m", spent, "hi").returncode != 0
    assert run("pasted show", "model", "show", spent[:20]).returncode == 2
    assert run("pasted label", "token", "remove", "--label", spent).returncode == 2
    assert run("pasted sort", "models", "--sort", spent).returncode == 2

    assert "Invalid token" in outputs["echo chat stderr"]  # the server's message is shown, masked
    files = files_under(isolated_home)
    assert "logs/msdesk.log" in files
    assert leaks(tokens, {**outputs, **files}) == []


def test_a_window_session_leaves_no_token_anywhere(qtbot, run_async, fake_env, isolated_home, capfd):
    from msdesk.ui.chat.page import ChatPage
    from msdesk.ui.crash import CrashHandler
    from msdesk.ui.settings.page import SettingsPage

    spent = SPENT_TOKEN
    fake_env.add_token(spent, daily_limit=0)
    tokens = [VALID_TOKEN, spent]
    shown: dict[str, str | bytes] = {}

    async def scenario():
        services = await Services.open()
        setup_logging(services.paths)
        try:
            # Settings: the first token through the inline form, a backup through the dialog, a check.
            page = SettingsPage(services)
            page.resize(1100, 760)
            page.show()
            page.focus_first_token("modelscope")
            rows = page.panel.tokens
            await until(lambda: rows.first_form is not None and rows.first_form.isVisible())
            qtbot.keyClicks(rows.first_form.token_edit, spent)
            qtbot.mouseClick(rows.first_form.save_button, Qt.MouseButton.LeftButton)
            await until(lambda: rows.loaded and len(rows.rows) == 1, message="no first token row")
            qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(rows.token_dialog.findChild(QWidget, "tokenEdit"), VALID_TOKEN)
            rows.token_dialog.accept()
            await until(lambda: len(rows.rows) == 2, message="no backup token row")
            for label in list(rows.rows):
                row = rows.rows[label]
                row.check_button.click()
                rows.check_dialog.accept()
                await until(lambda row=row: row.state is not None and row.state.kind != "running")
            assert rows.rows["main"].state.kind == "error"  # the spent token
            shown["settings page"] = widget_texts(page)
            page.hide()
            page.deleteLater()
            await until(lambda: not shiboken6.isValid(page))

            # Chat: an answer after a failover to the backup token, then an error.
            chat = ChatPage(services)
            qtbot.addWidget(chat)
            chat.resize(1100, 760)
            chat.show()

            def answers():
                return [w for w in chat.transcript.widgets if w.message.role == "assistant"]

            chat.composer.input.setPlainText("hello")
            qtbot.keyClick(chat.composer.input, Qt.Key.Key_Return)
            await until(lambda: not chat.streaming and answers() and answers()[-1].message.status == "ok")
            assert answers()[-1].message.token_label == "backup 1"
            fake_env.set_behaviour("401")
            chat.composer.input.setPlainText("again")
            qtbot.keyClick(chat.composer.input, Qt.Key.Key_Return)
            await until(lambda: not chat.streaming and answers()[-1].message.status == "error")
            fake_env.set_behaviour("ok")
            chat.export_to(isolated_home / "export.md", include_thinking=True)
            shown["chat page"] = widget_texts(chat)
            chat.runner.cancel_all()
            from msdesk.ui.async_task import cancel_background_tasks

            await cancel_background_tasks()
            chat.hide()

            # A crash whose message carries a piece of a token, as an echoing server's would.
            handler = CrashHandler()
            try:
                raise RuntimeError(f"server said: token {VALID_TOKEN[:20]}... {spent} is invalid")
            except RuntimeError as exc:
                handler.handle(type(exc), exc, exc.__traceback__, where="test")
            await until(lambda: handler.dialog is not None and handler.dialog.isVisible())
            shown["crash dialog"] = handler.dialog.report_text() + widget_texts(handler.dialog)
            assert "RuntimeError" in shown["crash dialog"]
            handler.dialog.hide()  # closing the last window would quit the application
            handler.dispose()
            logging.getLogger("msdesk.test").warning("a server echoed %s", spent[5:29])
        finally:
            await services.aclose()
            for handler_ in logging.getLogger().handlers:
                handler_.flush()

    run_async(scenario())
    captured = capfd.readouterr()
    shown["stdout"], shown["stderr"] = captured.out, captured.err
    files = files_under(isolated_home)
    assert "export.md" in files and "logs/msdesk.log" in files
    assert b"a server echoed" in files["logs/msdesk.log"]
    assert leaks(tokens, {**shown, **files}) == []
