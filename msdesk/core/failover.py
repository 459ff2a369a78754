"""Start an answer with a token that still has calls left: failover on 429, retries before the first byte.

``Failover.open`` picks the first token of the provider that is not known to
be spent today, starts the stream and waits for its first piece. A 429 before
that piece marks the token spent (until the next 00:00 UTC+8) and the next
token is tried at once; when every token is spent, the fallback provider and
model of the settings (``Settings.fallback_for``) answer, if one is set;
otherwise ``QuotaExhausted`` names the reset time. A ``QuotaLimitExceed`` error (a spent
credit balance, whatever its HTTP status) is a 429 here. Connection errors,
timeouts and 5xx before the first piece are retried with exponential backoff
and full jitter (``RetryPolicy``); other 4xx never are. Once the first piece
has arrived nothing is ever sent again: later errors reach the caller as
they are.

What is known to be spent lives in the one quota store
(``msdesk.core.quota.QuotaStore``), keyed by the token's fingerprint: its
spent marks and the figures the responses gave today (persisted, so a new
process skips a spent token too). A token stored anew is a new key there, so
it is tried at once.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from msdesk.core.errors import (
    MsdeskError,
    NetworkError,
    QuotaExhausted,
    ServerError,
    TokenMissing,
    first_sentence,
    sentences,
)
from msdesk.core.i18n import join_names, translate
from msdesk.core.inference import ChatRequest, InferenceClient
from msdesk.core.known_models import takes_enable_thinking
from msdesk.core.providers import Provider
from msdesk.core.quota import QuotaStore, utc_now
from msdesk.core.ratelimit import RateLimit, reset_phrase
from msdesk.core.secret_store import SecretStore
from msdesk.core.settings import FallbackRule

log = logging.getLogger(__name__)

T = TypeVar("T")
Clock = Callable[[], datetime]
Notice = Callable[[str], None]
Starter = Callable[[InferenceClient, ChatRequest], AsyncIterator[Any]]

ENV_LABEL = "environment"  # the label ``Services.inference`` gives a token passed in directly


class ClientFactory(Protocol):
    """Makes the inference client for a provider with a stored label or a given token."""

    def __call__(
        self, provider_id: str | None = None, *, label: str | None = None, token: str | None = None
    ) -> Awaitable[InferenceClient]: ...


# -- retries ------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, bounded in count and in total time.

    The n-th retry (0-based) waits ``random() * min(max_delay, base_delay * 2**n)``
    seconds, or what the server's ``Retry-After`` asked for. No retry starts
    once ``total`` seconds would be passed.
    """

    retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    total: float = 20.0
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep
    random: Callable[[], float] = random.random
    monotonic: Callable[[], float] = time.monotonic

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return max(0.0, retry_after)
        return self.random() * min(self.max_delay, self.base_delay * (2**retry))


NO_RETRY = RetryPolicy(retries=0)


def retryable(exc: BaseException) -> bool:
    """Connection errors, timeouts and 5xx; never a 4xx (429 is failed over, not retried),
    nor what a retry cannot mend (``retryable = False``: a certificate that fails
    verification, a server name that does not exist)."""
    return isinstance(exc, NetworkError | ServerError) and getattr(exc, "retryable", True)


# -- the started stream -------------------------------------------------------------


class StartedStream(Generic[T]):
    """An answer whose first piece has arrived: yields that piece, then the rest.

    ``aclose()`` closes the underlying stream (and its connection) even when
    nothing was read from here yet.
    """

    _NOTHING: Any = object()

    def __init__(self, first: Any, rest: AsyncIterator[T] | None) -> None:
        self._first = first
        self._rest = rest

    def __repr__(self) -> str:
        return f"StartedStream(open={self._rest is not None})"

    def __aiter__(self) -> StartedStream[T]:
        return self

    async def __anext__(self) -> T:
        if self._first is not self._NOTHING:
            first, self._first = self._first, self._NOTHING
            return first
        if self._rest is None:
            raise StopAsyncIteration
        return await anext(self._rest)

    async def aclose(self) -> None:
        self._first = self._NOTHING
        rest, self._rest = self._rest, None
        if rest is not None:
            await _aclose(rest)


async def _aclose(iterator: AsyncIterator[Any]) -> None:
    closer = getattr(iterator, "aclose", None)
    if closer is not None:
        await closer()


@dataclass(frozen=True)
class Answerer:
    """Who answered: for the usage line, the history row and ``--json``."""

    provider_id: str
    provider_name: str
    model: str
    token_label: str | None
    client: InferenceClient
    fallback: bool = False  # the fallback provider/model of the settings answered
    notices: tuple[str, ...] = ()  # what was told through on_switch
    retries: int = 0
    #: (label, reason) of the tokens passed over before this one answered: "spent",
    #: "spent for the model" or "limited" (for the fallback: the asked provider's tokens)
    skipped: tuple[tuple[str | None, str], ...] = ()
    asked_provider_name: str = ""  # the provider asked first (differs after a fallback)
    asked_model: str = ""

    def failover_record(self) -> dict[str, Any] | None:
        """Why another token or provider answered, for the answer's saved usage (None: no failover).

        ``{"skipped": [[label, reason], ...]}``, and after a fallback also
        ``"fallback": {"from_provider", "from_model", "provider"}`` (provider names).
        """
        if not self.skipped and not self.fallback:
            return None
        record: dict[str, Any] = {"skipped": [[label or "", reason] for label, reason in self.skipped]}
        if self.fallback:
            record["fallback"] = {
                "from_provider": self.asked_provider_name,
                "from_model": self.asked_model,
                "provider": self.provider_name,
            }
        return record


# -- notices and messages -------------------------------------------------------------


def _quoted(labels: Iterable[str | None]) -> str:
    names = [f'"{label or translate("core.failover", "(none)")}"' for label in labels]
    return join_names(names, limit=len(names))


def _token_switch_notice(skipped: list[tuple[str | None, str]], model: str, to: str | None) -> str:
    groups: dict[str, list[str | None]] = {}
    for label, reason in skipped:
        groups.setdefault(reason, []).append(label)
    clauses = []
    for reason, labels in groups.items():
        one = len(labels) == 1
        if reason == "limited":
            if one:
                clause = translate("core.failover", "Token {tokens} is over its request limit for now")
            else:
                clause = translate("core.failover", "Tokens {tokens} are over their request limits for now")
        elif reason == "spent for the model":
            if one:
                clause = translate("core.failover", "Token {tokens} has no calls left today for {model}")
            else:
                clause = translate("core.failover", "Tokens {tokens} have no calls left today for {model}")
        elif one:
            clause = translate("core.failover", "Token {tokens} has no calls left today")
        else:
            clause = translate("core.failover", "Tokens {tokens} have no calls left today")
        clauses.append(clause.format(tokens=_quoted(labels), model=model))
    reasons = translate("core.failover", "; ", "between the reasons of a switch").join(clauses)
    return translate("core.failover", '{reasons}; answering with "{token}".').format(
        reasons=reasons, token=to or translate("core.failover", "(none)"))


def _all_spent_message(provider_name: str, labels: list[str | None], model: str, now: datetime,
                       note: str = "") -> str:
    """Why no token can answer, when the quota comes back and what to do (``note``: a sentence)."""
    if len(labels) == 1:
        which = translate(
            "core.failover",
            "Request limit exceeded: the {provider} token {tokens} has no calls left for {model} right now.",
        )
    else:
        which = translate(
            "core.failover",
            "Request limit exceeded: every {provider} token ({tokens}) has no calls left for {model} "
            "right now.",
        )
    return sentences(
        which.format(provider=provider_name, tokens=_quoted(labels), model=model),
        translate("core.failover", "The daily quota resets {when}.").format(when=reset_phrase(now)),
        note,
        translate(
            "core.failover",
            "Add another token, or choose a fallback provider and model in Settings, to go on meanwhile.",
        ),
    )


def _what_failed(error: MsdeskError, provider_name: str) -> str:
    """A short 'what went wrong' for a retry note: the status, or the first sentence."""
    if error.status:
        return translate("core.failover", "{provider} answered with HTTP {status}").format(
            provider=provider_name, status=error.status)
    return first_sentence(error.message)


def _with_message(exc: MsdeskError, message: str) -> MsdeskError:
    """The same error (same type, kind and exit code) saying ``message``."""
    changed = copy.copy(exc)
    changed.message = message
    changed.args = (changed.message,)
    return changed


# -- starting an answer -------------------------------------------------------------


@dataclass
class _Run:
    """State shared by the attempts of one ``Failover.open`` call."""

    start: Starter
    retry: RetryPolicy
    clock: Clock
    on_retry: Notice | None
    first_byte_timeout: float | None
    started: float = 0.0
    retries: int = 0
    notices: list[str] = field(default_factory=list)


async def _first_piece(run: _Run, client: InferenceClient, request: ChatRequest) -> StartedStream[Any]:
    """Start the stream with this client; retry what may be retried until the first piece."""
    while True:
        served_before = client.served_calls
        iterator = run.start(client, request)
        deadline = asyncio.timeout(run.first_byte_timeout or None)
        try:
            async with deadline:
                first = await anext(iterator)
        except StopAsyncIteration:
            return StartedStream(StartedStream._NOTHING, None)
        except TimeoutError:
            await _aclose(iterator)
            if not deadline.expired():
                raise
            error: MsdeskError = NetworkError(translate(
                "core.failover",
                "{provider} did not start answering within {seconds} s. Try again, or raise the "
                "first-byte timeout in Settings.",
            ).format(provider=client.provider.name, seconds=f"{run.first_byte_timeout:g}"))
        except MsdeskError as exc:
            await _aclose(iterator)
            if not retryable(exc):
                raise
            error = exc
        except BaseException:
            await _aclose(iterator)
            raise
        else:
            return StartedStream(first, iterator)
        if client.served_calls > served_before:
            # The server answered (and counted the call) before this failed: sending it
            # again would cost another call and could repeat what was already shown.
            raise error
        policy = run.retry
        if run.retries >= policy.retries:
            raise error
        delay = policy.delay(run.retries, getattr(error, "retry_after", None))
        if policy.monotonic() - run.started + delay > policy.total:
            raise error
        run.retries += 1
        log.info("retry %d in %.2f s after: %s", run.retries, delay, error.message)
        if run.on_retry is not None:
            run.on_retry(translate(
                "core.failover", "{problem}; trying again in {seconds} s ({retry} of {retries})."
            ).format(problem=_what_failed(error, client.provider.name), seconds=f"{delay:.1f}",
                     retry=run.retries, retries=policy.retries))
        await policy.sleep(delay)


class Failover:
    """Starts answers with a token that has calls left, given what it needs.

    ``secrets`` lists the tokens and reads one when it is about to be used;
    ``quota`` says which are spent and hears of each 429; ``providers(id)``
    gives a provider; ``client_factory(provider_id, label=, token=)`` makes
    the inference client (counting calls and keeping figures);
    ``fallbacks(model)`` gives the fallback rule of the settings for a model.
    """

    def __init__(
        self,
        secrets: SecretStore,
        quota: QuotaStore,
        providers: Callable[[str], Provider],
        client_factory: ClientFactory,
        fallbacks: Callable[[str], FallbackRule | None] = lambda _model: None,
    ) -> None:
        self._secrets = secrets
        self._quota = quota
        self._providers = providers
        self._client_factory = client_factory
        self._fallbacks = fallbacks

    def __repr__(self) -> str:
        return f"Failover({self._quota!r})"

    async def _candidates(self, provider_id: str, label: str | None,
                          token: str | None) -> list[tuple[str | None, str | None, bool]]:
        """(label, token, forced) in the order to try; forced ones are tried even if known spent.

        A token given is the only one; stored ones come as None here and are read
        from the keychain one at a time, when they are about to be used.
        """
        if token is not None:
            return [(label or ENV_LABEL, token, True)]
        labels = list(await self._secrets.labels(provider_id))
        if label is not None:
            return [(label, None, True)] + [(other, None, False) for other in labels if other != label]
        if not labels:
            return [(None, None, True)]  # the client factory says how to add a token
        return [(other, None, False) for other in labels]

    def _mark_after_429(self, provider_id: str, token: str | None, model: str,
                        info: RateLimit | None, now: datetime, *, credit: bool = False) -> str:
        """Record what a 429 (or ``QuotaLimitExceed``) means for this token; returns the reason for the notice."""
        if credit:
            # The token's credit is spent, whatever the call counts say: for every model, for the day.
            self._quota.mark_spent(provider_id, token, now=now)
            return "spent"
        total = info.requests_remaining if info is not None else None
        per_model = info.model_requests_remaining if info is not None else None
        if total == 0:
            self._quota.mark_spent(provider_id, token, now=now)
            return "spent"
        if per_model == 0:
            self._quota.mark_spent(provider_id, token, model, now=now)
            return "spent for the model"
        if total is None and per_model is None:
            if not self._is_modelscope(provider_id):
                # Other providers' 429s are per-minute limits, not the day's quota.
                return "limited"
            self._quota.mark_spent(provider_id, token, now=now)  # no figures: take the 429 at its word
            return "spent"
        # The figures say calls remain: a limit for now, not for the day. Skipped this time only.
        return "limited"

    def _is_modelscope(self, provider_id: str) -> bool:
        try:
            return self._providers(provider_id).is_modelscope
        except MsdeskError:
            return False

    async def _try_provider(
        self, run: _Run, provider_id: str, model: str, request: ChatRequest, *, label: str | None = None,
        token: str | None = None,
    ) -> tuple[StartedStream[Any] | None, InferenceClient | None, list[tuple[str | None, str]]]:
        """Each token of one provider in turn; (stream, client, spent ones before it) or (None, None, spent)."""
        skipped: list[tuple[str | None, str]] = []
        for candidate, given, forced in await self._candidates(provider_id, label, token):
            secret = given
            if secret is None and candidate is not None:
                # Read now: it is about to be used, or skipped as known spent by its fingerprint.
                secret = await self._secrets.get(provider_id, candidate)
            if not forced and secret is not None and self._quota.known_spent(
                provider_id, secret, model, now=run.clock()
            ):
                skipped.append((candidate, "spent"))
                continue
            client = await self._client_factory(provider_id, label=candidate, token=secret)
            try:
                stream = await _first_piece(run, client, request)
            except QuotaExhausted as exc:
                reason = self._mark_after_429(
                    provider_id, client.secret_token(), model, client.last_rate_limit, run.clock(),
                    credit=exc.credit,
                )
                skipped.append((client.token_label, reason))
                continue
            return stream, client, skipped
        return None, None, skipped

    async def open(
        self,
        provider_id: str,
        model: str,
        request: ChatRequest,
        *,
        label: str | None = None,
        token: str | None = None,
        start: Starter | None = None,
        on_switch: Notice | None = None,
        on_retry: Notice | None = None,
        clock: Clock = utc_now,
        retry: RetryPolicy | None = None,
        first_byte_timeout: float | None = None,
        fallback: bool = True,
    ) -> tuple[StartedStream[Any], Answerer]:
        """Start ``request`` with the first token that has calls left; return the stream and who answers.

        ``start(client, request)`` opens the stream (default ``client.chat_stream``).
        ``label`` / ``token`` pin the first token to try (an explicit token is
        the only one of its provider). ``on_switch`` hears one line per switch
        to another token or provider, ``on_retry`` one line per retry. The
        wait for the first byte is bounded by the HTTP client (Settings →
        Network, see ``msdesk.core.network``); ``first_byte_timeout`` adds a
        bound of its own here, for starters that do not go through that
        client. ``fallback=False`` tries only the provider's own tokens (image
        tasks: the fallback provider may not draw at all). Raises
        ``QuotaExhausted`` (naming the reset time) when no token and no
        fallback can answer, and any error that may not be retried as it is.
        """
        run = _Run(
            start=start or (lambda client, req: client.chat_stream(req)),
            retry=retry or RetryPolicy(),
            clock=clock,
            on_retry=on_retry,
            first_byte_timeout=first_byte_timeout,
        )
        run.started = run.retry.monotonic()
        provider = self._providers(provider_id)
        request = _for_model(request, model)

        def tell(message: str) -> None:
            run.notices.append(message)
            if on_switch is not None:
                on_switch(message)

        stream, client, skipped = await self._try_provider(
            run, provider.id, model, request, label=label, token=token
        )
        if stream is not None and client is not None:
            if skipped:
                tell(_token_switch_notice(skipped, model, client.token_label))
            return stream, Answerer(
                provider.id, provider.name, model, client.token_label, client,
                notices=tuple(run.notices), retries=run.retries, skipped=tuple(skipped),
                asked_provider_name=provider.name, asked_model=model,
            )
        spent_labels = [entry[0] for entry in skipped]
        rule = self._fallbacks(model) if fallback else None
        if rule is None or (rule.provider_id == provider.id and rule.model == model):
            raise QuotaExhausted(_all_spent_message(provider.name, spent_labels, model, clock()),
                                 status=429)
        try:
            other = self._providers(rule.provider_id)
        except MsdeskError as exc:
            note = translate(
                "core.failover", "The fallback provider '{provider}' is not configured ({problem})."
            ).format(provider=rule.provider_id, problem=exc.message.rstrip(".。"))
            raise QuotaExhausted(
                _all_spent_message(provider.name, spent_labels, model, clock(), note), status=429
            ) from None
        fallback_request = _for_model(request, rule.model)
        failed_too = translate(
            "core.failover",
            "Every {provider} token has no calls left for {model}; the fallback {fallback} "
            "{fallback_model} failed too: {problem}",
        )
        try:
            same = other.id == provider.id  # another model of the same provider: the same tokens
            stream, client, _ = await self._try_provider(
                run, other.id, rule.model, fallback_request,
                label=label if same else None, token=token if same else None,
            )
        except MsdeskError as exc:
            if isinstance(exc, TokenMissing):
                note = translate(
                    "core.failover", "The fallback {fallback} has no token stored: add one in Settings."
                ).format(fallback=other.name)
                raise QuotaExhausted(
                    _all_spent_message(provider.name, spent_labels, model, clock(), note), status=429
                ) from None
            raise _with_message(exc, failed_too.format(
                provider=provider.name, model=model, fallback=other.name, fallback_model=rule.model,
                problem=exc.message,
            )) from None
        if stream is None or client is None:
            note = translate(
                "core.failover", "The fallback {fallback} {fallback_model} has no calls left either."
            ).format(fallback=other.name, fallback_model=rule.model)
            raise QuotaExhausted(
                _all_spent_message(provider.name, spent_labels, model, clock(), note), status=429
            )
        tell(translate(
            "core.failover",
            "All {provider} tokens are spent until 00:00 UTC+8; answering with {fallback} {fallback_model}.",
        ).format(provider=provider.name, fallback=other.name, fallback_model=rule.model))
        return stream, Answerer(
            other.id, other.name, rule.model, client.token_label, client, fallback=True,
            notices=tuple(run.notices), retries=run.retries, skipped=tuple(skipped),
            asked_provider_name=provider.name, asked_model=model,
        )


def _for_model(request: ChatRequest, model: str) -> ChatRequest:
    if request.model == model:
        return request
    thinking = request.enable_thinking if takes_enable_thinking(model) else None
    return replace(request, model=model, enable_thinking=thinking)


__all__ = [
    "NO_RETRY",
    "Answerer",
    "Failover",
    "RetryPolicy",
    "StartedStream",
    "reset_phrase",
    "retryable",
    "utc_now",
]
