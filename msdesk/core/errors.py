"""One typed hierarchy for everything that can go wrong talking to a provider.

Every error carries a one-line ``message`` that says what happened and what
to do next, in the user's language, and a ``kind`` (an English code, one of
the ``KIND_*``) that says what went wrong whatever the language: what the
window offers (``advise``) is decided from the kind, never from the wording,
and JSON output names the kind. Messages never contain a token: they are built
from the provider's answer and passed through ``redact``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

from msdesk.core.i18n import language, translate
from msdesk.core.redact import redact

TOKEN_PAGE = "https://modelscope.cn/my/myaccesstoken"
BIND_PAGE = "https://modelscope.cn/my/myaccesstoken"
LIMITS_PAGE = "https://modelscope.cn/docs/model-service/API-Inference/limits"

# What went wrong, as a code that stays the same in every language (saved with a failed
# answer, named in JSON output). ``advise`` decides the window's actions from it.
KIND_ERROR = "error"
KIND_TOKEN_MISSING = "token-missing"
KIND_TOKEN_REJECTED = "token-rejected"
KIND_NOT_BOUND = "account-not-bound"
KIND_QUOTA = "quota-spent"
KIND_NOT_SERVED = "model-not-served"
KIND_MODEL_NOT_FOUND = "model-not-found"
KIND_BAD_REQUEST = "bad-request"
KIND_BAD_CONFIGURATION = "bad-configuration"
KIND_BAD_HOST = "bad-api-host"
KIND_SERVER = "server-error"
KIND_NETWORK = "network"
KIND_STREAM_CUT = "stream-cut"
KIND_BAD_RESPONSE = "bad-response"
KIND_TASK_FAILED = "task-failed"
#: Not an ``MsdeskError``: a bug inside msdesk (saved with the answer it ended).
KIND_INTERNAL = "internal"


def sentences(*parts: str) -> str:
    """Whole translated sentences as one text: spaced, except in Chinese (full-width stops)."""
    joiner = "" if language() == "zh_CN" else " "
    return joiner.join(part for part in parts if part)


class MsdeskError(Exception):
    """Base of every error msdesk reports to the user."""

    exit_code = 5
    #: What went wrong (a ``KIND_*``); an instance may say more precisely.
    kind = KIND_ERROR

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        request_id: str | None = None,
        detail: str | None = None,
        kind: str | None = None,
    ) -> None:
        message = redact(message)
        super().__init__(message)
        self.message = message
        self.status = status
        self.request_id = request_id
        self.detail = redact(detail) if detail else None
        if kind is not None:
            self.kind = kind

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status!r})"

    def advice(self, provider_id: str | None = None) -> Advice:
        """What the window offers for this error (``message`` stays the command line's form)."""
        return advise(self.message, provider_id, self.kind)


class TokenMissing(MsdeskError):
    exit_code = 3
    kind = KIND_TOKEN_MISSING


class TokenRejected(MsdeskError):
    """401/403: the token is wrong, revoked, or the account is not bound."""

    exit_code = 3
    kind = KIND_TOKEN_REJECTED

    def __init__(self, message: str, *, needs_binding: bool = False, **kwargs: Any) -> None:
        if needs_binding:
            kwargs.setdefault("kind", KIND_NOT_BOUND)
        super().__init__(message, **kwargs)
        self.needs_binding = needs_binding


class QuotaExhausted(MsdeskError):
    """429, or a ``QuotaLimitExceed`` error: a daily limit or the credit balance is spent."""

    exit_code = 4
    kind = KIND_QUOTA

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
    kind = KIND_NOT_SERVED


class BadRequest(MsdeskError):
    """Any other 4xx: the request itself was refused."""

    exit_code = 5
    kind = KIND_BAD_REQUEST


class BadConfiguration(MsdeskError):
    """A setting cannot work as it is (an API host that is no URL, an unknown provider)."""

    exit_code = 2
    kind = KIND_BAD_CONFIGURATION


class ServerError(MsdeskError):
    """5xx from the provider; ``retry_after`` (seconds) when the server said when to try again."""

    exit_code = 5
    kind = KIND_SERVER

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class NetworkError(MsdeskError):
    """No answer: connection refused, DNS, TLS, timeout, or a stream cut mid-way."""

    exit_code = 5
    kind = KIND_NETWORK


class StreamInterrupted(NetworkError):
    """The connection closed before the answer was complete."""

    kind = KIND_STREAM_CUT


class BadResponse(MsdeskError):
    """The provider answered something that is not what the protocol promises."""

    exit_code = 5
    kind = KIND_BAD_RESPONSE


class TaskFailed(MsdeskError):
    """An asynchronous task (image generation) ended as FAILED or ran past its deadline."""

    exit_code = 5
    kind = KIND_TASK_FAILED


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
    provider_name: str | None = None,
    model: str | None = None,
    retry_after: float | None = None,
    reset_hint: str | None = None,
) -> MsdeskError:
    """Map an HTTP error answer to the matching typed error with a next step."""
    provider_name = provider_name or translate("core.errors", "the provider")
    raw, request_id = extract_error_message(body, content_type)
    kwargs: dict[str, Any] = {"status": status, "request_id": request_id, "detail": raw or None}
    lowered = raw.lower()
    # A spent quota first: the code names it whatever the status (429, or 403/400 seen elsewhere).
    credit = is_quota_body(body)
    if status == 429 or credit:
        if credit:
            what = translate(
                "core.errors",
                "Request limit exceeded: the free quota ({code}) of this token or of this model is spent.",
            ).format(code=QUOTA_LIMIT_CODE)
        else:
            what = translate(
                "core.errors",
                "Request limit exceeded: the daily quota of this token or of this model is spent.",
            )
        if reset_hint:
            when = translate("core.errors", "It resets {when}.").format(when=reset_hint)
        else:
            when = translate("core.errors", "It resets at 00:00 UTC+8.")
        return QuotaExhausted(
            sentences(what, when, translate(
                "core.errors", "Use a backup token or another provider meanwhile.")),
            retry_after=retry_after,
            credit=credit,
            **kwargs,
        )
    if status in (401, 403):
        if "bind" in lowered and "alibaba" in lowered:
            return TokenRejected(
                translate(
                    "core.errors",
                    "Your ModelScope account is not bound to an Alibaba Cloud account; bind one, "
                    "then try again: {url}",
                ).format(url=BIND_PAGE),
                needs_binding=True,
                **kwargs,
            )
        if raw:
            rejected = translate(
                "core.errors", "The token was rejected (HTTP {status}) ({provider} said: {said})."
            ).format(status=status, provider=provider_name, said=raw)
        else:
            rejected = translate("core.errors", "The token was rejected (HTTP {status}).").format(
                status=status)
        return TokenRejected(
            sentences(rejected, translate(
                "core.errors",
                "Check that it was copied whole and that your ModelScope account is bound to an "
                "Alibaba Cloud account, or create a new token and store it: {url}",
            ).format(url=TOKEN_PAGE)),
            **kwargs,
        )
    if status == 400 and ("no provider supported" in lowered or "has no provider" in lowered):
        if model:
            which = translate("core.errors", "'{model}' is not served by API-Inference.").format(
                model=model)
        else:
            which = translate("core.errors", "This model is not served by API-Inference.")
        return ModelNotServed(
            sentences(which, _pick_a_served_model().format(command="'msdesk models'")),
            **kwargs,
        )
    if status == 404 and model and "model" in lowered:
        if raw:
            missing = translate(
                "core.errors", "'{model}' was not found at {provider} ({provider} said: {said})."
            ).format(model=model, provider=provider_name, said=raw)
        else:
            missing = translate("core.errors", "'{model}' was not found at {provider}.").format(
                model=model, provider=provider_name)
        return ModelNotServed(
            sentences(missing, translate("core.errors", "Check the model ID.")),
            kind=KIND_MODEL_NOT_FOUND,
            **kwargs,
        )
    if 400 <= status < 500:
        if raw:
            refused = translate(
                "core.errors", "{provider} refused the request (HTTP {status}) ({provider} said: {said})."
            ).format(provider=provider_name, status=status, said=raw)
        else:
            refused = translate("core.errors", "{provider} refused the request (HTTP {status}).").format(
                provider=provider_name, status=status)
        return BadRequest(
            sentences(refused, translate(
                "core.errors", "Check the model ID and the chat parameters, then try again.")),
            **kwargs,
        )
    if raw:
        failed = translate(
            "core.errors", "{provider} had a server error (HTTP {status}) ({provider} said: {said})."
        ).format(provider=provider_name, status=status, said=raw)
    else:
        failed = translate("core.errors", "{provider} had a server error (HTTP {status}).").format(
            provider=provider_name, status=status)
    return ServerError(
        sentences(failed, translate("core.errors", "Try again in a minute.")),
        retry_after=retry_after,
        **kwargs,
    )


def _pick_a_served_model() -> str:
    """The command line's next step for a model that is not served (``{command}`` to fill)."""
    return translate("core.errors", "Pick a model with the API-Inference filter ({command}) and try again.")


def error_from_response(
    response: httpx.Response,
    body: bytes,
    *,
    provider_name: str | None = None,
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
    """Parse a JSON answer, or raise BadResponse naming what came instead (``fix``: a sentence)."""
    try:
        return json.loads(body)
    except ValueError:
        kind = response.headers.get("content-type") or translate("core.errors", "unknown type")
        raise BadResponse(sentences(
            translate("core.errors", "{what} sent a malformed answer (not JSON; {type}).").format(
                what=what, type=kind),
            fix,
        )) from None


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
    exc: BaseException, *, what: str | None = None, partial_kept: bool = False
) -> MsdeskError:
    """Map an httpx exception to a clear NetworkError (or BadConfiguration for a bad URL)."""
    what = what or translate("core.errors", "the provider")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return BadConfiguration(
            translate(
                "core.errors",
                "The address of {what} is not a valid http(s) URL ({reason}). Fix the API host in "
                "settings (or MSDESK_API_BASE / MSDESK_HUB_BASE).",
            ).format(what=what, reason=_first_line(exc)),
            kind=KIND_BAD_HOST,
        )
    if isinstance(exc, httpx.TimeoutException):
        if isinstance(exc, httpx.ConnectTimeout):
            text = translate(
                "core.errors",
                "Could not reach {what}: connecting timed out. Check your connection or proxy and "
                "try again.",
            )
        elif isinstance(exc, httpx.ReadTimeout):
            text = translate(
                "core.errors",
                "Could not reach {what}: no answer arrived in time. Check your connection or proxy "
                "and try again.",
            )
        elif isinstance(exc, httpx.WriteTimeout):
            text = translate(
                "core.errors",
                "Could not reach {what}: sending timed out. Check your connection or proxy and "
                "try again.",
            )
        elif isinstance(exc, httpx.PoolTimeout):
            text = translate(
                "core.errors",
                "Could not reach {what}: too many requests in flight. Check your connection or "
                "proxy and try again.",
            )
        else:
            text = translate(
                "core.errors",
                "Could not reach {what}: the request timed out. Check your connection or proxy and "
                "try again.",
            )
        return NetworkError(text.format(what=what))
    if isinstance(exc, httpx.ConnectError):
        return NetworkError(
            translate(
                "core.errors",
                "Could not connect to {what} ({reason}). Check your connection, proxy and the API "
                "host in settings.",
            ).format(what=what, reason=_first_line(exc))
        )
    if isinstance(exc, httpx.RemoteProtocolError):
        if partial_kept:
            text = translate(
                "core.errors",
                "The connection to {what} closed before the answer was complete. What arrived is "
                "kept; try again for the rest.",
            )
        else:
            text = translate(
                "core.errors",
                "The connection to {what} closed before the answer was complete. Try again.",
            )
        return StreamInterrupted(text.format(what=what))
    return NetworkError(
        translate("core.errors", "Network error talking to {what}: {reason}. Try again.").format(
            what=what, reason=_first_line(exc))
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return redact(text[0]) if text else type(exc).__name__


# -- what to do next, for the window ---------------------------------------------------
#
# The messages above end with what to do next as the command line says it (a
# command to type, a URL to copy). A window offers the same as actions: open
# Settings at the provider's tokens, browse the models, open a web page, and
# Retry only where a retry can succeed. ``advise`` takes a message msdesk wrote
# (as it is saved on a failed answer) with its kind (saved beside it) and gives
# the window's form of it: the actions and the retry follow from the kind alone,
# so a message in any language, or saved in another one, gets the same.

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


URL_PATTERN = re.compile(r"https?://[^\s()<>'\"（）：，。]+[^\s()<>'\".,;:!?（）：，。；！？]")
# Command-line advice in a message: "Add one with 'msdesk …' or in Settings", "('msdesk models')",
# "See 'msdesk token list …'.", "(or MSDESK_API_BASE / MSDESK_HUB_BASE)"; the brackets and
# stops of a translation too.
_WITH_COMMAND = re.compile(r" with '(msdesk [^']*)' or in Settings")
_COMMAND_ASIDE = re.compile(r"\s*[(（]'msdesk [^']*'[)）]")
_COMMAND_SENTENCE = re.compile(r"\s*See 'msdesk [^']*'\.")
_ENV_ASIDE = re.compile(r"\s*[(（][^()（）]*MSDESK_[A-Z_]+[^()（）]*[)）]")
_STOPS = (".", "!", "?", "。", "！", "？")

#: Kinds whose retry waits for a token to change, for the provider's settings, or never comes.
_RETRY_BY_KIND = {
    KIND_TOKEN_MISSING: RETRY_AFTER_TOKEN,
    KIND_TOKEN_REJECTED: RETRY_AFTER_TOKEN,
    KIND_QUOTA: RETRY_AFTER_TOKEN,
    KIND_NOT_SERVED: RETRY_NEVER,
    KIND_MODEL_NOT_FOUND: RETRY_NEVER,
    KIND_BAD_HOST: RETRY_AFTER_SETTINGS,
}


def advise(message: str, provider_id: str | None = "modelscope", kind: str | None = None) -> Advice:
    """The window's form of ``message`` (as msdesk wrote it, in any language) for an answer from
    ``provider_id``; ``kind`` (a ``KIND_*``) decides the actions. Without one (an answer saved
    before kinds were), the English wording of that time tells the kind."""
    provider = provider_id or "modelscope"
    text = message.strip()
    kind = kind or legacy_kind(text)
    urls = URL_PATTERN.findall(text)
    steps: list[NextStep] = []

    def link(url: str, label: str) -> None:
        steps.append(NextStep(STEP_LINK, url, label))

    if kind == KIND_TOKEN_MISSING:
        text = _sentences(text, 1)
        steps.append(NextStep(STEP_TOKEN, provider, translate("core.errors", "Add a token…")))
        for url in urls:
            link(url, translate("core.errors", "Get a token ↗"))
    elif kind == KIND_NOT_BOUND:
        text = _drop_urls(text, urls)
        for url in urls:
            link(url, translate("core.errors", "Bind an account ↗"))
    elif kind == KIND_TOKEN_REJECTED:
        text = _drop_urls(text, urls)
        steps.append(NextStep(STEP_TOKEN, provider, translate("core.errors", "Check the token…")))
        for url in urls:
            link(url, translate("core.errors", "Create a token ↗"))
    elif kind == KIND_QUOTA:
        steps.append(NextStep(STEP_TOKEN, provider, translate("core.errors", "Add a backup token…")))
    elif kind == KIND_NOT_SERVED:
        text = _COMMAND_ASIDE.sub("", text).replace(
            _pick_a_served_model().format(command="").replace(" ()", "").replace("（）", ""),
            translate("core.errors", "Pick another model above, or browse the models API-Inference serves."),
        )
        steps.append(NextStep(STEP_MODELS, "", translate("core.errors", "Browse models")))
    elif kind == KIND_MODEL_NOT_FOUND:
        steps.append(NextStep(STEP_MODELS, "", translate("core.errors", "Browse models")))
    elif kind == KIND_BAD_HOST:
        text = _ENV_ASIDE.sub("", text)
        steps.append(NextStep(
            STEP_SETTINGS, provider, translate("core.errors", "Open the provider's settings…")))
    else:
        for url in urls:
            link(url, translate("core.errors", "Open the link ↗"))
    return Advice(without_commands(text), tuple(steps), _RETRY_BY_KIND.get(kind, RETRY_NOW))


def legacy_kind(message: str) -> str:
    """The kind of an English message as msdesk wrote it before kinds were saved beside it
    (those answers were all saved in English); ``KIND_ERROR`` when it names none."""
    lowered = message.strip().lower()
    if lowered.startswith("no token is stored for") or lowered.startswith("no token labelled"):
        return KIND_TOKEN_MISSING
    if "not bound to an alibaba cloud account" in lowered:
        return KIND_NOT_BOUND
    if "the token was rejected" in lowered or "contains characters that cannot be sent" in lowered:
        return KIND_TOKEN_REJECTED
    if lowered.startswith("request limit exceeded") or "request limit exceeded:" in lowered:
        return KIND_QUOTA
    if "is not served by api-inference" in lowered:
        return KIND_NOT_SERVED
    if " was not found at " in lowered and "check the model id" in lowered:
        return KIND_MODEL_NOT_FOUND
    if "is not a valid http(s) url" in lowered:
        return KIND_BAD_HOST
    return KIND_ERROR


def without_commands(message: str) -> str:
    """``message`` as a window says it: its command-line advice pointed at Settings or left out
    (where no action comes with it, e.g. in a dialog's error line); URLs stay."""
    text = _WITH_COMMAND.sub(" in Settings", message)
    text = _COMMAND_SENTENCE.sub("", _COMMAND_ASIDE.sub("", text))
    text = _ENV_ASIDE.sub("", text).replace(
        _pick_a_served_model().format(command="").replace(" ()", "").replace("（）", ""),
        translate("core.errors", "Pick a model the Models page shows as served by API-Inference."),
    )
    return " ".join(text.split())


def _sentences(text: str, count: int) -> str:
    """The first ``count`` sentences of ``text`` (a sentence ends with ". " outside brackets,
    or with a full-width stop)."""
    depth = 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1, "（": 1, "）": -1}.get(char, 0)
        if depth > 0:
            continue
        ends = char in "。！？" or (char in ".!?" and text[index + 1: index + 2] in ("", " "))
        if ends:
            count -= 1
            if count == 0:
                return text[: index + 1]
    return text


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` without its stop (the whole text when it has one only)."""
    first = _sentences(text, 1)
    return first[:-1] if first.endswith(_STOPS) else first


def _drop_urls(text: str, urls: list[str]) -> str:
    for url in urls:
        text = text.replace(f": {url}", "").replace(f"：{url}", "").replace(url, "")
    text = text.rstrip().rstrip(":：").rstrip()
    if text.endswith(_STOPS):
        return text
    return text + ("。" if re.search(r"[\u3400-\u9fff]", text) else ".")
