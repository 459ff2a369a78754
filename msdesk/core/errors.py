"""One typed hierarchy for everything that can go wrong talking to a provider.

Every error carries a one-line ``message`` that says what happened and what
to do next. Messages never contain a token: they are built from the
provider's answer and passed through ``redact``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

from msdesk.core.redact import redact

TOKEN_PAGE = "https://modelscope.cn/my/myaccesstoken"
BIND_PAGE = "https://modelscope.cn/my/myaccesstoken"
LIMITS_PAGE = "https://modelscope.cn/docs/model-service/API-Inference/limits"


class MsdeskError(Exception):
    """Base of every error msdesk reports to the user."""

    exit_code = 5

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        request_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        message = redact(message)
        super().__init__(message)
        self.message = message
        self.status = status
        self.request_id = request_id
        self.detail = redact(detail) if detail else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status!r})"

    def advice(self, provider_id: str | None = None) -> Advice:
        """What the window offers for this error (``message`` stays the command line's form)."""
        return advise(self.message, provider_id)


class TokenMissing(MsdeskError):
    exit_code = 3


class TokenRejected(MsdeskError):
    """401/403: the token is wrong, revoked, or the account is not bound."""

    exit_code = 3

    def __init__(self, message: str, *, needs_binding: bool = False, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.needs_binding = needs_binding


class QuotaExhausted(MsdeskError):
    """429, or a ``QuotaLimitExceed`` error: a daily limit or the credit balance is spent."""

    exit_code = 4

    def __init__(self, message: str, *, retry_after: float | None = None, credit: bool = False,
                 **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after
        #: The server said ``QuotaLimitExceed`` (a credit balance, reported but unconfirmed).
        self.credit = credit


#: The error code reported for a spent credit balance (unconfirmed); handled like a 429.
QUOTA_LIMIT_CODE = "QuotaLimitExceed"


def is_quota_body(body: bytes | str) -> bool:
    """True when an error body names ``QuotaLimitExceed`` (as a code or in its message)."""
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    return QUOTA_LIMIT_CODE.lower() in text[:_QUOTA_SCAN].lower()


_QUOTA_SCAN = 16 * 1024


class ModelNotServed(MsdeskError):
    """400 "has no provider supported": API-Inference does not serve this model."""

    exit_code = 6


class BadRequest(MsdeskError):
    """Any other 4xx: the request itself was refused."""

    exit_code = 5


class BadConfiguration(MsdeskError):
    """A setting cannot work as it is (an API host that is no URL, an unknown provider)."""

    exit_code = 2


class ServerError(MsdeskError):
    """5xx from the provider; ``retry_after`` (seconds) when the server said when to try again."""

    exit_code = 5

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class NetworkError(MsdeskError):
    """No answer: connection refused, DNS, TLS, timeout, or a stream cut mid-way."""

    exit_code = 5


class StreamInterrupted(NetworkError):
    """The connection closed before the answer was complete."""


class BadResponse(MsdeskError):
    """The provider answered something that is not what the protocol promises."""

    exit_code = 5


class TaskFailed(MsdeskError):
    """An asynchronous task (image generation) ended as FAILED or ran past its deadline."""

    exit_code = 5


def extract_error_message(body: bytes | str, content_type: str = "") -> tuple[str, str | None]:
    """Pull a human message and a request id out of an error body.

    Understands ModelScope's ``{"errors": {...}}``, OpenAI's
    ``{"error": {...}}``, ``{"message": ...}``/``{"Message": ...}``, plain
    text and HTML pages (reduced to their title or first words).
    """
    if isinstance(body, bytes):
        text = body.decode("utf-8", errors="replace")
    else:
        text = body
    text = text.strip()
    if not text:
        return "", None
    data: Any = None
    if text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            data = None
    if isinstance(data, dict):
        for key in ("errors", "error"):
            inner = data.get(key)
            if isinstance(inner, dict):
                message = inner.get("message") or inner.get("Message") or inner.get("code")
                request_id = inner.get("request_id") or data.get("request_id")
                if message:
                    return str(message).strip(), _str_or_none(request_id)
            elif isinstance(inner, str) and inner:
                return inner.strip(), _str_or_none(data.get("request_id"))
            elif isinstance(inner, list) and inner:
                first = inner[0]
                if isinstance(first, dict) and first.get("message"):
                    return str(first["message"]).strip(), _str_or_none(data.get("request_id"))
        for key in ("message", "Message", "msg", "detail"):
            if data.get(key):
                request_id = data.get("request_id") or data.get("RequestId")
                return str(data[key]).strip(), _str_or_none(request_id)
        return _shorten(text), None
    lowered = text[:2000].lower()
    if "html" in content_type.lower() or lowered.startswith("<!doctype") or "<html" in lowered:
        return _html_summary(text), None
    return _shorten(text), None


def _str_or_none(value: Any) -> str | None:
    return str(value) if value else None


def _shorten(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _html_summary(html: str) -> str:
    import re

    title = re.search(r"<title[^>]*>(.*?)</title>", html, re.I | re.S)
    if title and title.group(1).strip():
        return _shorten(title.group(1))
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.I | re.S)
    if heading:
        return _shorten(re.sub(r"<[^>]+>", "", heading.group(1)))
    return _shorten(re.sub(r"<[^>]+>", " ", html))


def error_for_status(
    status: int,
    body: bytes | str,
    *,
    content_type: str = "",
    provider_name: str = "the provider",
    model: str | None = None,
    retry_after: float | None = None,
    reset_hint: str | None = None,
) -> MsdeskError:
    """Map an HTTP error answer to the matching typed error with a next step."""
    raw, request_id = extract_error_message(body, content_type)
    said = f" ({provider_name} said: {raw})" if raw else ""
    kwargs: dict[str, Any] = {"status": status, "request_id": request_id, "detail": raw or None}
    lowered = raw.lower()
    # A spent quota first: the code names it whatever the status (429, or 403/400 seen elsewhere).
    credit = is_quota_body(body)
    if status == 429 or credit:
        when = f" It resets {reset_hint}." if reset_hint else " It resets at 00:00 UTC+8."
        what = (
            f"the free quota ({QUOTA_LIMIT_CODE}) of this token or of this model is spent"
            if credit
            else "the daily quota of this token or of this model is spent"
        )
        return QuotaExhausted(
            f"Request limit exceeded: {what}.{when} Use a backup token or another provider meanwhile.",
            retry_after=retry_after,
            credit=credit,
            **kwargs,
        )
    if status in (401, 403):
        if "bind" in lowered and "alibaba" in lowered:
            return TokenRejected(
                f"Your ModelScope account is not bound to an Alibaba Cloud account; "
                f"bind one, then try again: {BIND_PAGE}",
                needs_binding=True,
                **kwargs,
            )
        return TokenRejected(
            f"The token was rejected (HTTP {status}){said}. Check that it was copied whole and "
            f"that your ModelScope account is bound to an Alibaba Cloud account, or create a new "
            f"token and store it: {TOKEN_PAGE}",
            **kwargs,
        )
    if status == 400 and ("no provider supported" in lowered or "has no provider" in lowered):
        which = f"'{model}'" if model else "This model"
        return ModelNotServed(
            f"{which} is not served by API-Inference. Pick a model with the API-Inference "
            f"filter ('msdesk models') and try again.",
            **kwargs,
        )
    if status == 404 and model and "model" in lowered:
        return ModelNotServed(
            f"'{model}' was not found at {provider_name}{said}. Check the model ID.", **kwargs
        )
    if 400 <= status < 500:
        return BadRequest(
            f"{provider_name} refused the request (HTTP {status}){said}. Check the model ID and "
            f"the chat parameters, then try again.",
            **kwargs,
        )
    return ServerError(
        f"{provider_name} had a server error (HTTP {status}){said}. Try again in a minute.",
        retry_after=retry_after,
        **kwargs,
    )


def error_from_response(
    response: httpx.Response,
    body: bytes,
    *,
    provider_name: str = "the provider",
    model: str | None = None,
    reset_hint: str | None = None,
) -> MsdeskError:
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    return error_for_status(
        response.status_code,
        body,
        content_type=response.headers.get("content-type", ""),
        provider_name=provider_name,
        model=model,
        retry_after=retry_after,
        reset_hint=reset_hint,
    )


def decode_json(response: httpx.Response, body: bytes, *, what: str, fix: str) -> Any:
    """Parse a JSON answer, or raise BadResponse naming what came instead."""
    try:
        return json.loads(body)
    except ValueError:
        kind = response.headers.get("content-type", "unknown type")
        raise BadResponse(f"{what} sent a malformed answer (not JSON; {kind}). {fix}") from None


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        import time

        when = parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def network_error(
    exc: BaseException, *, what: str = "the provider", partial_kept: bool = False
) -> MsdeskError:
    """Map an httpx exception to a clear NetworkError (or BadConfiguration for a bad URL)."""
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return BadConfiguration(
            f"The address of {what} is not a valid http(s) URL ({_first_line(exc)}). "
            f"Fix the API host in settings (or MSDESK_API_BASE / MSDESK_HUB_BASE)."
        )
    if isinstance(exc, httpx.TimeoutException):
        kind = {
            httpx.ConnectTimeout: "connecting timed out",
            httpx.ReadTimeout: "no answer arrived in time",
            httpx.WriteTimeout: "sending timed out",
            httpx.PoolTimeout: "too many requests in flight",
        }.get(type(exc), "the request timed out")
        return NetworkError(
            f"Could not reach {what}: {kind}. Check your connection or proxy and try again."
        )
    if isinstance(exc, httpx.ConnectError):
        return NetworkError(
            f"Could not connect to {what} ({_first_line(exc)}). Check your connection, "
            f"proxy and the API host in settings."
        )
    if isinstance(exc, httpx.RemoteProtocolError):
        kept = " What arrived is kept; try again for the rest." if partial_kept else " Try again."
        return StreamInterrupted(
            f"The connection to {what} closed before the answer was complete.{kept}"
        )
    return NetworkError(f"Network error talking to {what}: {_first_line(exc)}. Try again.")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return redact(text[0]) if text else type(exc).__name__


# -- what to do next, for the window ---------------------------------------------------
#
# The messages above end with what to do next as the command line says it (a
# command to type, a URL to copy). A window offers the same as actions: open
# Settings at the provider's tokens, browse the models, open a web page, and
# Retry only where a retry can succeed. ``advise`` reads a message msdesk wrote
# (as it is saved on a failed answer) and gives the window's form of it.

#: Open Settings at a provider's tokens (target: the provider id).
STEP_TOKEN = "token"
#: Open Settings at a provider (its API host, its models; target: the provider id).
STEP_SETTINGS = "settings"
#: Browse the models API-Inference serves (the Models page).
STEP_MODELS = "models"
#: Open a web page (target: its URL).
STEP_LINK = "link"

#: Retry as it is can succeed (a network error, a server error, a binding just made).
RETRY_NOW = "now"
#: Retry can succeed only once a token of the provider changes (none stored, rejected, spent).
RETRY_AFTER_TOKEN = "token"
#: Retry can succeed only once the provider's settings change (an API host that is no URL).
RETRY_AFTER_SETTINGS = "settings"
#: Retry cannot succeed: the same request gets the same answer (a model that is not served).
RETRY_NEVER = "never"


@dataclass(frozen=True)
class NextStep:
    """One thing the user can do about an error: ``kind`` (a ``STEP_*``) on ``target``."""

    kind: str
    target: str = ""
    label: str = ""

    def command(self) -> str:
        """The step as the command line says it."""
        if self.kind == STEP_TOKEN:
            return f"msdesk token set --provider {self.target}"
        if self.kind == STEP_MODELS:
            return "msdesk models"
        return self.target


@dataclass(frozen=True)
class Advice:
    """An error as the window shows it: ``text`` without commands or bare URLs, ``steps``
    as actions, and when a retry can succeed (``retry``, a ``RETRY_*``)."""

    text: str
    steps: tuple[NextStep, ...] = ()
    retry: str = RETRY_NOW


URL_PATTERN = re.compile(r"https?://[^\s()<>'\"]+[^\s()<>'\".,;:!?]")
# Command-line advice in a message: "Add one with 'msdesk …' or in Settings", "('msdesk models')",
# "See 'msdesk token list …'.", "(or MSDESK_API_BASE / MSDESK_HUB_BASE)".
_WITH_COMMAND = re.compile(r" with '(msdesk [^']*)' or in Settings")
_COMMAND_ASIDE = re.compile(r"\s*\('msdesk [^']*'\)")
_COMMAND_SENTENCE = re.compile(r"\s*See 'msdesk [^']*'\.")
_ENV_ASIDE = re.compile(r"\s*\(or MSDESK_[A-Z_]+(?: / MSDESK_[A-Z_]+)*\)")


def advise(message: str, provider_id: str | None = "modelscope") -> Advice:
    """The window's form of ``message`` (as msdesk wrote it) for an answer from ``provider_id``."""
    provider = provider_id or "modelscope"
    text = message.strip()
    urls = URL_PATTERN.findall(text)
    lowered = text.lower()
    steps: list[NextStep] = []
    retry = RETRY_NOW

    def link(url: str, label: str) -> None:
        steps.append(NextStep(STEP_LINK, url, label))

    if lowered.startswith("no token is stored for") or lowered.startswith("no token labelled"):
        text = _sentences(text, 1)
        steps.append(NextStep(STEP_TOKEN, provider, "Add a token…"))
        for url in urls:
            link(url, "Get a token ↗")
        retry = RETRY_AFTER_TOKEN
    elif "not bound to an alibaba cloud account" in lowered:
        text = _drop_urls(text, urls)
        for url in urls:
            link(url, "Bind an account ↗")
    elif "the token was rejected" in lowered or "contains characters that cannot be sent" in lowered:
        text = _drop_urls(text, urls)
        steps.append(NextStep(STEP_TOKEN, provider, "Check the token…"))
        for url in urls:
            link(url, "Create a token ↗")
        retry = RETRY_AFTER_TOKEN
    elif lowered.startswith("request limit exceeded") or "request limit exceeded:" in lowered:
        steps.append(NextStep(STEP_TOKEN, provider, "Add a backup token…"))
        retry = RETRY_AFTER_TOKEN
    elif "is not served by api-inference" in lowered:
        text = _COMMAND_ASIDE.sub("", text).replace(
            "Pick a model with the API-Inference filter and try again.",
            "Pick another model above, or browse the models API-Inference serves.",
        )
        steps.append(NextStep(STEP_MODELS, "", "Browse models"))
        retry = RETRY_NEVER
    elif " was not found at " in lowered and "check the model id" in lowered:
        steps.append(NextStep(STEP_MODELS, "", "Browse models"))
        retry = RETRY_NEVER
    elif "is not a valid http(s) url" in lowered:
        text = _ENV_ASIDE.sub("", text)
        steps.append(NextStep(STEP_SETTINGS, provider, "Open the provider's settings…"))
        retry = RETRY_AFTER_SETTINGS
    else:
        for url in urls:
            link(url, "Open the link ↗")
    return Advice(without_commands(text), tuple(steps), retry)


def without_commands(message: str) -> str:
    """``message`` as a window says it: its command-line advice pointed at Settings or left out
    (where no action comes with it, e.g. in a dialog's error line); URLs stay."""
    text = _WITH_COMMAND.sub(" in Settings", message)
    text = _COMMAND_SENTENCE.sub("", _COMMAND_ASIDE.sub("", text))
    text = _ENV_ASIDE.sub("", text).replace(
        "Pick a model with the API-Inference filter and try again.",
        "Pick a model the Models page shows as served by API-Inference.",
    )
    return " ".join(text.split())


def _sentences(text: str, count: int) -> str:
    """The first ``count`` sentences of ``text`` (a sentence ends with ". " outside brackets)."""
    depth = 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "." and depth <= 0 and text[index + 1: index + 2] in ("", " "):
            count -= 1
            if count == 0:
                return text[: index + 1]
    return text


def _drop_urls(text: str, urls: list[str]) -> str:
    for url in urls:
        text = text.replace(f": {url}", "").replace(url, "")
    text = text.rstrip().rstrip(":").rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."
