"""Error bodies of every style map to one clear line; tokens never leak."""

from __future__ import annotations

import logging

import pytest

from msdesk.core.errors import (
    BadRequest,
    ModelNotServed,
    QuotaExhausted,
    ServerError,
    TokenRejected,
    error_for_status,
    extract_error_message,
)
from msdesk.core.logs import setup_logging
from msdesk.core.paths import AppPaths
from msdesk.core.redact import mask, redact, register_secret
from tests.fakes.modelscope import new_token

TOKEN = "ms-0b5e3c1a-2f4d-4e6a-9b8c-7d6e5f4a3b2c"


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ('{"errors": {"message": "Request limit exceeded.", "request_id": "r1"}}', "application/json",
         ("Request limit exceeded.", "r1")),
        ('{"error": {"message": "Invalid key", "type": "auth"}}', "application/json", ("Invalid key", None)),
        ('{"message": "boom", "request_id": "r2"}', "application/json", ("boom", "r2")),
        ('{"Code": 500, "Message": "hub down", "RequestId": "r3"}', "application/json", ("hub down", "r3")),
        ("upstream connect error", "text/plain", ("upstream connect error", None)),
        ("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "text/html",
         ("502 Bad Gateway", None)),
        ("<!DOCTYPE html><html><body><h1>Service <b>Unavailable</b></h1></body></html>", "", ("Service Unavailable", None)),
        ("", "", ("", None)),
        ('{"errors": "flat"}', "application/json", ("flat", None)),
    ],
)
def test_every_error_body_style_gives_a_message(body, content_type, expected):
    assert extract_error_message(body, content_type) == expected


def test_status_codes_map_to_types_with_a_next_step():
    e401 = error_for_status(401, '{"errors": {"message": "Invalid API token."}}', provider_name="ModelScope")
    assert isinstance(e401, TokenRejected) and e401.exit_code == 3
    assert "myaccesstoken" in e401.message and "Invalid API token." in e401.message

    bind = error_for_status(401, '{"errors": {"message": "Please bind your Alibaba Cloud account before use."}}')
    assert isinstance(bind, TokenRejected) and bind.needs_binding
    assert "Alibaba Cloud" in bind.message and "https://" in bind.message

    e403 = error_for_status(403, '{"error": {"message": "forbidden"}}')
    assert isinstance(e403, TokenRejected)

    e429 = error_for_status(429, '{"errors": {"message": "Request limit exceeded.", "request_id": "x"}}',
                            reset_hint="at 00:00 UTC+8 (in 1h 2m)")
    assert isinstance(e429, QuotaExhausted) and e429.exit_code == 4
    assert "00:00 UTC+8 (in 1h 2m)" in e429.message and e429.request_id == "x"

    e400 = error_for_status(400, '{"errors": {"message": "Model id : A/B , has no provider supported"}}', model="A/B")
    assert isinstance(e400, ModelNotServed) and e400.exit_code == 6 and "'A/B'" in e400.message

    assert isinstance(error_for_status(422, "nope"), BadRequest)
    e502 = error_for_status(502, "<html><title>Bad Gateway</title></html>", content_type="text/html")
    assert isinstance(e502, ServerError) and "Bad Gateway" in e502.message
    assert "\n" not in e502.message


def test_an_error_that_echoes_the_token_is_redacted():
    error = error_for_status(401, f'{{"errors": {{"message": "token {TOKEN} is invalid"}}}}')
    assert TOKEN not in error.message and TOKEN not in repr(error) and TOKEN not in str(error)
    assert TOKEN not in (error.detail or "")


def test_redact_masks_known_and_token_shaped_secrets():
    odd = "custom-secret-value-123"
    old_style = "9a8b7c6d-0000-4000-8000-0123456789ab"  # older ModelScope tokens are bare UUIDs
    register_secret(odd)
    register_secret(old_style)
    text = (f"Authorization: Bearer abc.def and token {TOKEN} and key sk-abcdef1234567890abcdef "
            f"and {odd} and {old_style}")
    cleaned = redact(text)
    for secret in ("abc.def", TOKEN, "sk-abcdef1234567890abcdef", odd, old_style):
        assert secret not in cleaned
    assert mask(TOKEN) == "ms-0b…3b2c"


def test_model_ids_provider_ids_and_task_ids_stay_readable():
    for text in ("Qwen/Qwen3-32B", "cross-encoder/ms-marco-MiniLM-L-6-v2", "ms-azure-gateway",
                 "task 5f0c2d9e-81aa-4c3b-b7e1-2a9d6c4e8f10", "sk-learn"):
        assert redact(text) == text


def test_short_keys_are_barely_shown():
    assert mask("sk-abcdefgh") == "sk-••••••"
    assert mask("sk-0123456789abcdef0123456789abcdef") == "sk-01…cdef"
    assert mask("0123456789abcd") == "…cd"


def test_log_file_never_holds_a_token(isolated_home):
    paths = AppPaths.default().ensure()
    setup_logging(paths)
    log = logging.getLogger("msdesk.test")
    log.warning("calling with token %s", TOKEN)
    try:
        raise RuntimeError(f"failed with {TOKEN}")
    except RuntimeError:
        log.exception("boom")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = paths.log_file.read_text(encoding="utf-8")
    assert "calling with token" in text and "RuntimeError" in text
    assert TOKEN not in text


def pieces(secret: str, size: int = 8) -> list[str]:
    return [secret[i:i + size] for i in range(len(secret) - size + 1)]


def test_a_truncated_echo_of_a_known_token_is_redacted():
    register_secret(TOKEN)
    for cut in (TOKEN[:12], TOKEN[:20], TOKEN[5:30], TOKEN[-10:]):
        error = error_for_status(401, f'{{"errors": {{"message": "token {cut}... is invalid"}}}}')
        for text in (error.message, str(error), repr(error), error.detail or ""):
            assert not any(piece in text for piece in pieces(TOKEN)), text
        assert "is invalid" in error.message


def test_token_shaped_pieces_are_masked_even_when_never_registered():
    whole = new_token()  # never registered with the redactor
    for text, secret in (("bad key ms-7e1d2c3b-aa", "ms-7e1d2c3b"), ("key sk-0f3a9b2c", "sk-0f3a9b2c"),
                         (f"label {whole}", whole[:11])):
        assert secret not in redact(text)


def test_a_log_line_with_undecodable_bytes_is_written_without_a_traceback(isolated_home, capfd):
    paths = AppPaths.default().ensure()
    setup_logging(paths, stderr_level=logging.INFO)
    root = logging.getLogger()
    # pytest's own capture handlers keep the raw record, which its workers cannot send on.
    others = [handler for handler in root.handlers if not getattr(handler, "_msdesk", False)]
    for handler in others:
        root.removeHandler(handler)
    try:
        logging.getLogger("msdesk.test").info("unknown provider '%s'", "\udcff")
    finally:
        for handler in others:
            root.addHandler(handler)
    for handler in logging.getLogger().handlers:
        handler.flush()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Logging error" not in err
    assert "unknown provider '\\udcff'" in paths.log_file.read_text(encoding="utf-8")
    setup_logging(paths)  # drop the stderr handler
