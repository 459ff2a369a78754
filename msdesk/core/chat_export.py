"""Export a conversation as a Markdown document, and save it atomically.

The document has the title as a heading, a line with the model and the date
the conversation started, then one section per message: "## You" for the
user, the model ID (or "Assistant") for answers. Message text is copied
verbatim; attachments, a stopped or failed answer, and optionally the model's
thinking are added around it.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

from msdesk.core.history import Attachment, Conversation, Message
from msdesk.core.i18n import translate

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def _escape(text: str) -> str:
    """Plain text safe inside our own italic notes (one line, no Markdown meaning)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _attachment_line(item: Attachment) -> str:
    name = _escape(item.name) or translate("core.chat_export", "unnamed")
    if item.mime.startswith("image/"):
        shown = translate("core.chat_export", "image: {name}").format(name=name)
    else:
        shown = translate("core.chat_export", "file: {name}").format(name=name)
    return f"_[{shown}]_"


def _status_note(message: Message) -> str:
    error = _escape(message.error)
    if message.status == "stopped":
        note = translate("core.chat_export", "Stopped by the user.")
    elif message.status == "cut" and error:
        note = translate("core.chat_export", "The answer was cut off: {error}").format(error=error)
    elif message.status == "cut":
        note = translate("core.chat_export", "The answer was cut off.")
    elif message.status == "error" and error:
        note = translate("core.chat_export", "Error: {error}").format(error=error)
    elif message.status == "error":
        note = translate("core.chat_export", "Error: the request failed.")
    elif message.status == "streaming":
        note = translate("core.chat_export", "The answer was still being written when this was exported.")
    else:
        return ""
    return f"_{note}_"


#: The tags of the Thinking block, opening or closing, as they could appear in the reasoning.
_FOLD_TAG = re.compile(r"<(/?\s*(?:details|summary)\b)", re.IGNORECASE)


def _section(message: Message, include_thinking: bool) -> str:
    if message.role == "user":
        heading = "## " + translate("core.chat_export", "You")
    else:
        heading = "## " + (" ".join((message.model_id or "").split()) or translate("core.chat_export", "Assistant"))
    blocks = [heading]
    reasoning = message.reasoning.strip("\n")
    if include_thinking and message.role != "user" and reasoning.strip():
        # A "</details>" the model wrote itself would close the block early: show it as text.
        reasoning = _FOLD_TAG.sub(r"&lt;\1", reasoning)
        summary = translate("core.chat_export", "Thinking")
        blocks.append(f"<details><summary>{summary}</summary>\n\n{reasoning}\n\n</details>")
    content = message.content.strip("\n")
    if content.strip():
        blocks.append(content)
    blocks.extend(_attachment_line(item) for item in message.attachments)
    note = _status_note(message)
    if note:
        blocks.append(note)
    return "\n\n".join(blocks)


def export_markdown(
    conversation: Conversation, messages: list[Message], *, include_thinking: bool = False
) -> str:
    """The conversation as Markdown: title, model and date, then each message in order."""
    title = " ".join(conversation.title.split()) or translate("core.chat_export", "New chat")
    date = time.strftime("%Y-%m-%d %H:%M", time.localtime(conversation.created_at))
    model = " ".join((conversation.model_id or "").split())
    about = translate("core.chat_export", "Model: {model} · {date}").format(model=model, date=date) if model else date
    parts = [f"# {title}", about]
    parts.extend(_section(message, include_thinking) for message in messages)
    return "\n\n".join(parts) + "\n"


def save_markdown(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically (a temp file beside it, then a rename)."""
    path = Path(path)
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
