"""The command line: the same services as the desktop app, headless.

Exit codes: 0 done; 1 the app itself could not run (an unusable folder, an
internal error: the log has details); 2 bad usage; 3 token missing or rejected; 4 quota
exhausted; 5 network, server or malformed-response error; 6 model not served.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from msdesk import __version__
from msdesk.core.i18n import translate

if TYPE_CHECKING:
    from msdesk.core.inference import ChatChunk
    from msdesk.core.providers import Provider
    from msdesk.core.services import Services

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_TOKEN = 3
EXIT_QUOTA = 4
EXIT_NETWORK = 5
EXIT_MODEL = 6
EXIT_INTERRUPTED = 130

ENV_TOKEN = "MODELSCOPE_API_TOKEN"

log = logging.getLogger("msdesk.cli")


class UsageError(Exception):
    """Bad usage: exit 2 with the message."""


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with its own word "usage:" in the user's language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, translate("cli", "usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse, but what it prints (a usage error echoes the argument) is redacted, and its
    own words (usage, the section titles, -h, "error:") are in the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        self.add_argument("-h", "--help", action="help", help=translate("cli", "show this help message and exit"))

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(2, translate("cli", "{prog}: error: {message}").format(prog=self.prog, message=message) + "\n")

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            from msdesk.core.redact import printable, redact

            super()._print_message(printable(redact(message)), file)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="msdesk",
        description=translate(
            "cli",
            "ModelScope on the desktop: tokens in the OS keychain, the model library "
            "with its API-Inference filter, and chat. Without a command, starts the desktop app.",
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"msdesk {__version__}",
        help=translate("cli", "show program's version number and exit"),
    )
    parser.add_argument("-v", "--verbose", action="store_true", help=translate("cli", "log details to stderr"))
    parser.add_argument(
        "--self-test", action="store_true",
        help=translate(
            "cli",
            "check that this installation can run (window, pages, keychain, stores, Markdown, "
            "HTTP) without your data or the network; prints one JSON line, exit 0 or 1",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    provider_help = translate("cli", "provider ID (default: modelscope)")

    sub.add_parser("gui", help=translate("cli", "start the desktop app (the default)"))

    token = sub.add_parser("token", help=translate("cli", "manage access tokens in the OS keychain"))
    token_sub = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    t_set = token_sub.add_parser(
        "set", help=translate("cli", "store a token read from stdin (no echo on a terminal)")
    )
    t_set.add_argument("--provider", default="modelscope", help=provider_help)
    t_set.add_argument("--label", default="main", help=translate("cli", "a name for this token (default: main)"))
    t_list = token_sub.add_parser("list", help=translate("cli", "list stored tokens, masked"))
    t_list.add_argument("--provider", help=translate("cli", "only this provider"))
    t_list.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    t_rm = token_sub.add_parser("remove", help=translate("cli", "remove a stored token"))
    t_rm.add_argument("--provider", default="modelscope")
    t_rm.add_argument("--label", required=True)
    t_check = token_sub.add_parser(
        "check",
        help=translate("cli", "check tokens with one real tiny call each (costs one call of the daily quota)"),
    )
    t_check.add_argument("--provider", default="modelscope")
    t_check.add_argument("--label", help=translate("cli", "only this token (default: every stored token)"))
    t_check.add_argument(
        "--model", help=translate("cli", "model to call (default: the provider's first chat model)")
    )

    models = sub.add_parser("models", help=translate("cli", "search the ModelScope model library"))
    models.add_argument(
        "--all", action="store_true", help=translate("cli", "include models without API-Inference")
    )
    models.add_argument("--search", default="", help=translate("cli", "search text"))
    models.add_argument(
        "--task", action="append", default=[], help=translate("cli", "task filter, e.g. {task}").format(task="text-generation")
    )
    models.add_argument("--sort", default="default", choices=["default", "downloads", "likes", "updated"])
    models.add_argument("--page", type=int, default=1)
    models.add_argument("--page-size", type=int, default=30)
    models.add_argument(
        "--provider", default="modelscope", help=translate("cli", "whose model library (default: modelscope)")
    )
    models.add_argument("--json", action="store_true")

    model = sub.add_parser("model", help=translate("cli", "one model of the library"))
    model_sub = model.add_subparsers(dest="model_command", metavar="ACTION", required=True)
    m_show = model_sub.add_parser("show", help=translate("cli", "details and README of a model"))
    m_show.add_argument("model_id", metavar="MODEL_ID")
    m_show.add_argument("--provider", default="modelscope")
    m_show.add_argument("--json", action="store_true")

    quota = sub.add_parser("quota", help=translate("cli", "calls made today and the quota left, per token"))
    quota.add_argument("--provider", default="modelscope", help=provider_help)
    quota.add_argument(
        "--model", default=None,
        help=translate("cli", "also say what a call of this model costs, where ModelScope reports credits"),
    )
    quota.add_argument("--json", action="store_true")

    chat = sub.add_parser("chat", help=translate("cli", "ask a model; streams the answer to stdout"))
    chat.add_argument(
        "-m", "--model", required=True, help=translate("cli", "model ID, e.g. {model}").format(model="Qwen/Qwen3-32B")
    )
    chat.add_argument("--provider", default=None, help=provider_help)
    chat.add_argument("--label", default=None, help=translate("cli", "which stored token to use"))
    chat.add_argument("--system", default=None, help=translate("cli", "system prompt"))
    chat.add_argument("--no-stream", action="store_true", help=translate("cli", "wait for the whole answer"))
    chat.add_argument("--json", action="store_true", help=translate("cli", "print one JSON object at the end"))
    chat.add_argument("--max-tokens", type=int, default=None)
    chat.add_argument("--temperature", type=float, default=None)
    thinking = chat.add_mutually_exclusive_group()
    thinking.add_argument("--thinking", dest="thinking", action="store_true", default=None,
                          help=translate("cli", "ask for reasoning (models that take enable_thinking)"))
    thinking.add_argument("--no-thinking", dest="thinking", action="store_false")
    chat.add_argument(
        "prompt", metavar="PROMPT", help=translate("cli", "the question; '-' reads it from stdin")
    )
    return parser


# -- helpers ---------------------------------------------------------------


def _err(message: str) -> None:
    from msdesk.core.redact import printable, redact

    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", printable(redact(message)))
    print(f"msdesk: {text}", file=sys.stderr, flush=True)


# Control characters (an escape sequence in a name given back) are shown, not obeyed.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _bad_argument(arguments: Sequence[str]) -> str | None:
    """What is wrong with an argument that is not text (undecodable bytes), or None."""
    from msdesk.core.redact import printable, redact

    for argument in arguments:
        if any("\ud800" <= char <= "\udfff" for char in argument):
            shown = printable(redact(argument))
            if len(shown) > 60:
                shown = shown[:57] + "..."
            return translate(
                "cli", "an argument is not valid text (bytes that are not UTF-8): '{argument}'"
            ).format(argument=shown)
    return None


def _read_text(stream: TextIO, not_utf8: str) -> str:
    """All of ``stream``, decoded as UTF-8; bytes that are not UTF-8 are a usage error.

    ``not_utf8`` is that error's message, with ``{byte}`` for where the bad bytes start.
    """
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        return stream.read()
    data = buffer.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(not_utf8.format(byte=exc.start)) from None


def _env_token(provider: Provider, label: str | None = None) -> str | None:
    """The token from MODELSCOPE_API_TOKEN, for ModelScope providers only (never stored).

    An explicit ``--label`` asks for a stored token, so it wins over the variable.
    """
    if label is not None:
        return None
    value = os.environ.get(ENV_TOKEN, "").strip()
    return value if value and provider.is_modelscope else None


def _warn_if_unencrypted(provider: Provider) -> None:
    from msdesk.core.providers import is_insecure_remote

    if is_insecure_remote(provider.api_base):
        _err(
            translate("cli", "warning: {url} is plain http: the token travels unencrypted.").format(
                url=provider.api_base
            )
        )


def _read_secret(stream: TextIO) -> str:
    try:
        if stream.isatty():
            return getpass.getpass(translate("cli", "Paste the token (it will not be shown): "))
        return _read_text(stream, translate("cli", "The token on stdin is not valid UTF-8 (at byte {byte})."))
    except EOFError:
        return ""


def _first_chat_model(services: Services, provider_id: str) -> str:
    from msdesk.core.known_models import CHAT_TASKS

    for entry in services.providers.models(provider_id):
        if entry.task in CHAT_TASKS:
            return entry.id
    raise UsageError(
        translate("cli", "Provider '{provider}' has no chat model configured; pass --model.").format(
            provider=provider_id
        )
    )


def _relative(ts: int | None) -> str:
    if not ts:
        return "-"
    try:
        return datetime.fromtimestamp(ts).strftime("%Y-%m-%d")
    except (OverflowError, OSError, ValueError):
        return "-"


# -- commands --------------------------------------------------------------


async def cmd_token_set(services: Services, args: argparse.Namespace) -> int:
    from msdesk.core.tokens import check_label, check_token, looks_like_modelscope_token

    provider = services.provider(args.provider)
    try:
        label = check_label(args.label)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    info = services.secrets.info
    if not info.persistent:
        _err(
            translate(
                "cli",
                "No OS keychain is available, so the token cannot be stored. {note} "
                "For the command line, set {variable} instead.",
            ).format(note=info.note, variable=ENV_TOKEN)
        )
        return EXIT_TOKEN
    secret = _read_secret(sys.stdin)
    if not secret.strip():
        raise UsageError(translate("cli", "No token was given on stdin."))
    try:
        token = check_token(secret)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if provider.is_modelscope and not looks_like_modelscope_token(token):
        _err(
            translate(
                "cli", "warning: this does not look like a ModelScope token (ms- followed by a UUID); stored anyway."
            )
        )
    replaced = label in await services.tokens.labels(provider.id)
    try:
        stored = await services.tokens.store(provider.id, label, token)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if replaced:
        done = translate("cli", "Replaced token '{label}' for {provider} ({masked}) in {keychain}.")
    else:
        done = translate("cli", "Stored token '{label}' for {provider} ({masked}) in {keychain}.")
    print(done.format(label=stored.label, provider=provider.name, masked=stored.masked, keychain=info.name))
    return EXIT_OK


async def cmd_token_list(services: Services, args: argparse.Namespace) -> int:
    info = services.secrets.info
    providers = [services.provider(args.provider)] if args.provider else services.providers.all()
    rows = []
    for provider in providers:
        for stored in await services.tokens.entries(provider.id):
            rows.append({"provider": provider.id, "label": stored.label, "masked": stored.masked})
        env = _env_token(provider)
        if env and provider.id == "modelscope":
            from msdesk.core.redact import mask, register_secret

            register_secret(env)
            rows.append({"provider": provider.id, "label": f"${ENV_TOKEN}", "masked": mask(env)})
    if args.json:
        print(json.dumps({
            "backend": info.name, "secure": info.secure, "persistent": info.persistent,
            "note": info.note, "tokens": rows,
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    if info.secure:
        print(translate("cli", "Keychain: {name} (secure OS keychain)").format(name=info.name))
    else:
        print(translate("cli", "Keychain: {name} (NOT a secure keychain)").format(name=info.name))
    if info.note:
        print(translate("cli", "Note: {note}").format(note=info.note))
    if not rows:
        print(
            translate("cli", "No tokens stored. Add one with: {command}  (reads stdin)").format(
                command="msdesk token set --label NAME"
            )
        )
    for row in rows:
        print(f"  {row['provider']:<18} {row['label']:<20} {row['masked']}")
    return EXIT_OK


async def cmd_token_remove(services: Services, args: argparse.Namespace) -> int:
    provider = services.provider(args.provider)
    if await services.tokens.delete(provider.id, args.label.strip()):
        print(translate("cli", "Removed token '{label}' of {provider}.").format(label=args.label, provider=provider.name))
        return EXIT_OK
    _err(
        translate("cli", "No token labelled '{label}' is stored for {provider}.").format(
            label=args.label, provider=provider.name
        )
    )
    return EXIT_USAGE


async def cmd_token_check(services: Services, args: argparse.Namespace) -> int:
    from msdesk.core.errors import MsdeskError

    provider = services.provider(args.provider)
    model = args.model or _first_chat_model(services, provider.id)
    env = _env_token(provider, args.label)
    _warn_if_unencrypted(provider)
    if env:
        targets: list[tuple[str | None, str | None]] = [("environment", env)]
    elif args.label:
        targets = [(args.label, None)]
    else:
        targets = [(label, None) for label in await services.tokens.labels(provider.id)]
        if not targets:
            targets = [(None, None)]  # raises TokenMissing with the how-to
    print(
        translate("cli", "Checking with {model}: each check costs one call of the daily quota.").format(model=model),
        file=sys.stderr,
    )
    worst = EXIT_OK
    for label, token in targets:
        name = label or translate("cli", "(none)")
        try:
            client = await services.inference(provider.id, label=label, token=token)
            latency = await client.check_token(model)
        except MsdeskError as exc:
            print(translate("cli", "{name}: FAILED: {error}").format(name=name, error=exc.message))
            worst = worst or exc.exit_code
            continue
        quota = client.last_rate_limit.summary() if client.last_rate_limit else ""
        seconds = f"{latency:.2f}"
        if quota:
            print(
                translate("cli", "{name}: OK ({seconds} s); calls left today: {quota}").format(
                    name=name, seconds=seconds, quota=quota
                )
            )
        else:
            print(translate("cli", "{name}: OK ({seconds} s)").format(name=name, seconds=seconds))
    return worst


async def cmd_models(services: Services, args: argparse.Namespace) -> int:
    from msdesk.core.hub import SearchQuery

    if args.page < 1 or args.page_size < 1 or args.page_size > 100:
        raise UsageError(translate("cli", "--page must be 1 or more and --page-size between 1 and 100."))
    query = SearchQuery(
        text=args.search,
        api_inference=not args.all,
        tasks=tuple(args.task),
        sort=args.sort,
        page=args.page,
        page_size=args.page_size,
    )
    page = await services.hub(args.provider).search(query)
    if args.json:
        print(json.dumps(page.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    first = (page.page - 1) * page.page_size + 1 if page.models else 0
    last = first + len(page.models) - 1 if page.models else 0
    if args.all:
        shown = translate("cli", "all models: {first}-{last} of {total}")
    else:
        shown = translate("cli", "API-Inference models: {first}-{last} of {total}")
    print(shown.format(first=first, last=last, total=page.total))
    width = max([len(m.id) for m in page.models] + [8])
    for m in page.models:
        task = m.tasks[0] if m.tasks else "-"
        api = "API" if m.api_inference else "   "
        print(f"{m.id:<{width}}  {api}  {task:<24} ↓{m.downloads:<9} ♥{m.likes:<6} {_relative(m.updated)}")
    if page.has_more:
        print(translate("cli", "More: {option}").format(option=f"--page {page.page + 1}"))
    return EXIT_OK


async def cmd_model_show(services: Services, args: argparse.Namespace) -> int:
    from msdesk.core.known_models import is_model_id

    if not is_model_id(args.model_id):
        raise UsageError(
            translate("cli", "'{model}' is not a model ID; a model ID looks like owner/name.").format(model=args.model_id)
        )
    hub = services.hub(args.provider)
    detail = await hub.model(args.model_id)
    if args.json:
        data = detail.to_json()
        data["url"] = hub.model_page_url(detail.id)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(detail.id + (f"  ({detail.chinese_name})" if detail.chinese_name else ""))
    print("  " + translate("cli", "tasks:     {tasks}").format(tasks=", ".join(detail.tasks) or "-"))
    if detail.api_inference:
        print("  " + translate("cli", "API-Inference: yes"))
    else:
        print("  " + translate("cli", "API-Inference: not known"))
    print("  " + translate("cli", "license:   {license}").format(license=detail.license or "-"))
    print(
        "  "
        + translate("cli", "downloads: {downloads}   likes: {likes}   updated: {updated}").format(
            downloads=detail.downloads, likes=detail.likes, updated=_relative(detail.updated)
        )
    )
    if detail.tags:
        print("  " + translate("cli", "tags:      {tags}").format(tags=", ".join(detail.tags)))
    print("  " + translate("cli", "page:      {url}").format(url=hub.model_page_url(detail.id)))
    print()
    print(detail.readme or translate("cli", "(no README)"))
    return EXIT_OK


async def cmd_chat(services: Services, args: argparse.Namespace) -> int:
    from msdesk.core.chat import Answer, ChatService
    from msdesk.core.errors import MsdeskError

    if args.prompt == "-":
        prompt = _read_text(sys.stdin, translate("cli", "The prompt on stdin is not valid UTF-8 (at byte {byte})."))
    else:
        prompt = args.prompt
    if not prompt.strip():
        raise UsageError(translate("cli", "The prompt is empty."))
    chat = ChatService(services)
    provider = services.provider(args.provider)
    chat.check_chat_model(provider.id, args.model)
    _warn_if_unencrypted(provider)
    request = chat.request(
        args.model,
        [{"role": "user", "content": prompt}],
        system_prompt=args.system or "",
        max_tokens=args.max_tokens,
        temperature=args.temperature,
        enable_thinking=args.thinking,
    )
    stream, answerer = await chat.open(
        provider.id, request, label=args.label, token=_env_token(provider, args.label),
        whole=args.no_stream, on_switch=_err, on_retry=_err,
    )
    if answerer.provider_id != provider.id:
        _warn_if_unencrypted(services.provider(answerer.provider_id))
    answer = Answer()
    error: MsdeskError | None = None
    printer = _AnswerPrinter(quiet=args.json or args.no_stream)
    try:
        await chat.read(stream, answer, printer.piece)
    except MsdeskError as exc:
        if not answer.has_text:
            raise
        error = exc
    if not args.json:
        if args.no_stream:
            if answer.reasoning:
                print(answer.reasoning, file=sys.stderr)
            print(answer.content)
        elif answer.content:
            sys.stdout.write("\n")
            sys.stdout.flush()
    if args.json:
        out: dict[str, Any] = {
            "provider": answerer.provider_id,
            "model": answerer.model,
            "token_label": answerer.token_label,
            "notices": list(answerer.notices),  # in the user's language
            "failover": answerer.failover_record(),  # the same, as English codes
            "content": answer.content,
            "reasoning": answer.reasoning,
            "finish_reason": answer.finish_reason,
            "usage": answer.server_usage.__dict__ if answer.server_usage else None,
        }
        if error is not None:
            out["error"] = error.message  # in the user's language
            out["error_kind"] = error.kind  # the same in every language
        print(json.dumps(out, ensure_ascii=False, indent=2))
    if error is not None:
        _err(error.message)
        return error.exit_code
    return EXIT_OK


class _AnswerPrinter:
    """Writes a streamed answer as it arrives: the reasoning to stderr, the text to stdout."""

    def __init__(self, *, quiet: bool) -> None:
        self.quiet = quiet
        self._wrote_reasoning = False

    def piece(self, chunk: ChatChunk) -> None:
        if self.quiet:
            return
        if chunk.reasoning:
            sys.stderr.write(chunk.reasoning)
            sys.stderr.flush()
            self._wrote_reasoning = True
        if chunk.content:
            if self._wrote_reasoning:
                sys.stderr.write("\n")
                sys.stderr.flush()
                self._wrote_reasoning = False
            sys.stdout.write(chunk.content)
            sys.stdout.flush()


async def cmd_quota(services: Services, args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from msdesk.core.ratelimit import next_reset, quota_day, reset_phrase

    provider = services.provider(args.provider)
    labels = list(await services.secrets.labels(provider.id))
    for label in services.quota.labels_seen_today(provider.id):
        if label and label not in labels:
            labels.append(label)
    now = datetime.now(UTC)
    reset = next_reset(now)
    rows = [services.quota.token_usage(provider.id, label) for label in labels]
    credits, cost = await _credits(services, provider, labels, args.model)
    if args.json:
        print(json.dumps({
            "provider": provider.id,
            "day": quota_day(now),
            "resets_at": reset.isoformat(),
            "resets_in_seconds": int((reset - now).total_seconds()),
            "tokens": [
                {
                    "label": row.token_label,
                    "calls_today": row.calls_today,
                    "calls_today_is_estimate": True,
                    "calls_by_model": row.calls_by_model,
                    "requests_limit": row.requests_limit,
                    "requests_remaining": row.requests_remaining,
                    "models": {m: {"limit": lim, "remaining": rem} for m, (lim, rem) in row.models.items()},
                    "seen_at": row.seen_at.isoformat() if row.seen_at else None,
                    "credits": (
                        {"available": balance.available, "total": balance.total, "frozen": balance.frozen}
                        if (balance := credits.get(row.token_label)) is not None else None
                    ),
                }
                for row in rows
            ],
            "model_cost": (
                {"model": cost.model, "credits": cost.cost, "tier": cost.tier} if cost is not None else None
            ),
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        translate("cli", "{provider} ({id}) · quota day {day} (UTC+8)").format(
            provider=provider.name, id=provider.id, day=quota_day(now)
        )
    )
    print(translate("cli", "Resets {when}").format(when=reset_phrase(now)))
    if not rows:
        print(
            translate("cli", "No tokens stored and no calls today. Add one with: {command}").format(
                command="msdesk token set --label NAME"
            )
        )
    if rows:
        print(
            translate(
                "cli",
                "Calls are msdesk's own count (an estimate: calls made elsewhere are not counted); "
                "limits are the server's, or unknown.",
            )
        )
    for row in rows:
        calls = row.calls_today
        parts = [translate("cli", "≈ %n call(s) today", "", calls)]
        if row.requests_remaining is not None:
            parts.append(
                translate("cli", "{remaining} / {limit} left (server)").format(
                    remaining=row.requests_remaining, limit=row.requests_limit or "?"
                )
            )
        else:
            parts.append(translate("cli", "limit unknown (no figures from the server today)"))
        print(f"  {row.token_label:<16} " + " · ".join(parts))
        for model, (limit, remaining) in sorted(row.models.items()):
            left = translate("cli", "{model}: {remaining} / {limit} left").format(
                model=model, remaining=remaining if remaining is not None else "?", limit=limit or "?"
            )
            print(f"  {'':<16}   {left}")
        balance = credits.get(row.token_label)
        if balance is not None:
            said = translate("cli", "credits, as {provider} said: {summary}").format(
                provider=provider.name, summary=balance.summary()
            )
            print(f"  {'':<16}   {said}")
    if cost is not None and cost.summary():
        print(translate("cli", "Credits: {summary}.").format(summary=cost.summary()))
    return EXIT_OK


async def _credits(services: Services, provider: Provider, labels: list[str],
                   model: str | None) -> tuple[dict[str, Any], Any]:
    """Each token's credit balance and the model's cost, where ModelScope's hub answers with them."""
    from msdesk.core.credits import fetch_balance, fetch_model_cost
    from msdesk.core.failover import ENV_LABEL

    if not provider.is_modelscope or not provider.hub_base:
        return {}, None
    found: dict[str, Any] = {}
    stored = set(await services.secrets.labels(provider.id))
    for label in labels:
        if label in stored:
            token = await services.secrets.get(provider.id, label)
        else:
            token = _env_token(provider) if label == ENV_LABEL else None
        if token:
            balance = await fetch_balance(services.http, provider.hub_base, token)
            if balance is not None:
                found[label] = balance
    cost = None
    if model and found:
        cost = await fetch_model_cost(services.http, provider.hub_base, model)
    return found, cost


COMMANDS = {
    ("token", "set"): cmd_token_set,
    ("token", "list"): cmd_token_list,
    ("token", "remove"): cmd_token_remove,
    ("token", "check"): cmd_token_check,
    ("models", None): cmd_models,
    ("model", "show"): cmd_model_show,
    ("chat", None): cmd_chat,
    ("quota", None): cmd_quota,
}


async def run_command(args: argparse.Namespace) -> int:
    from msdesk.core.errors import MsdeskError
    from msdesk.core.logs import setup_logging
    from msdesk.core.paths import AppPaths
    from msdesk.core.redact import redact
    from msdesk.core.secret_store import SecretStoreError
    from msdesk.core.services import Services

    key = (args.command, getattr(args, "token_command", None) or getattr(args, "model_command", None))
    command = COMMANDS[key]
    paths = AppPaths.default()
    try:
        paths.ensure()
        setup_logging(paths, stderr_level=logging.DEBUG if args.verbose else None)
    except OSError as exc:
        _err(
            translate(
                "cli", "cannot use the folder {folder} ({reason}). Check MSDESK_HOME and the folder's permissions."
            ).format(folder=exc.filename or paths.config_dir, reason=exc.strerror)
        )
        return EXIT_FAILURE
    services = await Services.open(paths)
    try:
        for warning in services.file_warnings:
            _err(translate("cli", "warning: {warning}").format(warning=warning))
        return await command(services, args)
    except MsdeskError as exc:
        log.info("command failed: %s", exc.message)
        _err(exc.message)
        return exc.exit_code
    except SecretStoreError as exc:
        _err(str(exc))
        return EXIT_TOKEN
    except UsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except UnicodeError as exc:
        # A host name IDNA cannot encode (http://xn--/v1), text a server cannot take.
        log.info("bad input: %s", exc)
        _err(
            translate("cli", "a name or address given cannot be used ({error}); check it.").format(
                error=f"{type(exc).__name__}: {exc}"
            )
        )
        return EXIT_USAGE
    except BrokenPipeError:
        raise
    except Exception as exc:
        log.exception("unexpected error")
        _err(
            translate("cli", "unexpected error ({error}). Details are in {log}; please report it.").format(
                error=f"{type(exc).__name__}: {redact(str(exc))}", log=paths.log_file
            )
        )
        return EXIT_FAILURE
    finally:
        await services.aclose()


def _apply_language() -> None:
    """Human-readable output in the language of Settings → General (or the system's)."""
    from msdesk import translations
    from msdesk.core.appearance import read_appearance
    from msdesk.core.paths import AppPaths

    try:
        choice = read_appearance(AppPaths.default().settings_file).language
    except OSError:
        choice = "system"
    translations.apply(choice)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    bad = _bad_argument(arguments)
    if bad is not None:
        _err(bad)
        return EXIT_USAGE
    if arguments in ([], ["gui"]):
        # The window, at once: it applies the language itself (with its colours, before its
        # first paint); building the command line's parser would only delay that paint.
        from msdesk.ui.app import main as gui_main

        return gui_main([])
    _apply_language()
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.self_test:
        from msdesk.self_test import run_self_test

        return run_self_test()
    if args.command in (None, "gui"):
        from msdesk.ui.app import main as gui_main

        return gui_main([])
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        return asyncio.run(run_command(args))
    except KeyboardInterrupt:
        _err(translate("cli", "interrupted."))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`msdesk models | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILURE


if __name__ == "__main__":
    raise SystemExit(main())
