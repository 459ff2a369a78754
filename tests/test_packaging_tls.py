"""TLS: msdesk trusts the roots the system trusts (a company's own included), and always verifies."""

from __future__ import annotations

import asyncio
import ssl
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from msdesk.core import network
from msdesk.core.services import Services

# A root that no system trusts, and a certificate it signed for localhost and 127.0.0.1
# (valid until 2126), made with openssl for these tests.
TEST_ROOT = """-----BEGIN CERTIFICATE-----
MIIBnDCCAUOgAwIBAgIUeZ2O6J7t2jCrjLyKB596wA1/GG8wCgYIKoZIzj0EAwIw
GzEZMBcGA1UEAwwQbXNkZXNrIHRlc3Qgcm9vdDAgFw0yNjEyMDUwOTE0NTdaGA8y
MTI2MTExMTA5MTQ1N1owGzEZMBcGA1UEAwwQbXNkZXNrIHRlc3Qgcm9vdDBZMBMG
ByqGSM49AgEGCCqGSM49AwEHA0IABO1mdlK5Oo3j5T1nY2lTT4+V0zYdScrBmOz9
QBqXaNrSfkjj2jAVSXslJ1oz2HObo8kQzwKGr9bWdXtXOWIQyGejYzBhMB0GA1Ud
DgQWBBSkBxvgfm5FYB06kFO1/5lDV3SP2TAfBgNVHSMEGDAWgBSkBxvgfm5FYB06
kFO1/5lDV3SP2TAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAKBggq
hkjOPQQDAgNHADBEAiB/eb9WEQxubI07XNpMFO7Si1lvMQqeuYODiy3/bsfZzgIg
XLFlvv668eFcXeAvAziwQ3XvrFL7dyiwsBtXZO4PXjY=
-----END CERTIFICATE-----"""
SERVER_CERT = """-----BEGIN CERTIFICATE-----
MIIBxjCCAWygAwIBAgIUGeUtOn91QP+/XkWkoYIpDkewevgwCgYIKoZIzj0EAwIw
GzEZMBcGA1UEAwwQbXNkZXNrIHRlc3Qgcm9vdDAgFw0yNjEyMDUwOTE0NTdaGA8y
MTI2MTExMTA5MTQ1N1owFDESMBAGA1UEAwwJbG9jYWxob3N0MFkwEwYHKoZIzj0C
AQYIKoZIzj0DAQcDQgAEFUR0OV7fhSoGJQq6179OELarzDEgFCTVbiy2ytabjzN8
nKelHpBJatn+gwWndv8GrjzY/1SgDRZkA2IGHDPB+6OBkjCBjzAaBgNVHREEEzAR
gglsb2NhbGhvc3SHBH8AAAEwDAYDVR0TAQH/BAIwADAOBgNVHQ8BAf8EBAMCB4Aw
EwYDVR0lBAwwCgYIKwYBBQUHAwEwHwYDVR0jBBgwFoAUpAcb4H5uRWAdOpBTtf+Z
Q1d0j9kwHQYDVR0OBBYEFKy4TMrI/5ehiNDQV/I9CUdVDpcWMAoGCCqGSM49BAMC
A0gAMEUCIQCkxEaAAfg9je2305bGhqk/lEWeFEG1yqi1vdYdP7dRjQIgWdysyrWX
ul0Rr0claojPfANZlnsdKm+Re0INO5V8HLg=
-----END CERTIFICATE-----"""
SERVER_KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg3W3RZpAB4oja11gs
rQR3zxdipTisMAXo1VFuiAYKI1WhRANCAAQVRHQ5Xt+FKgYlCrrXv04QtqvMMSAU
JNVuLLbK1puPM3ycp6UekElq2f6DBad2/wauPNj/VKANFmQDYgYcM8H7
-----END PRIVATE KEY-----"""


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"hello over TLS"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args) -> None:
        pass


def _serve(tmp_path: Path, host: str) -> Iterator[str]:
    (tmp_path / "server.pem").write_text(SERVER_CERT)
    (tmp_path / "server.key").write_text(SERVER_KEY)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "server.pem", tmp_path / "server.key")
    server = ThreadingHTTPServer((host, 0), _Hello)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://{'localhost' if host == '127.0.0.1' else host}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[str]:
    """An HTTPS server on localhost with a certificate from TEST_ROOT; yields its URL."""
    yield from _serve(tmp_path, "127.0.0.1")


@pytest.fixture
def tls_server_elsewhere(tmp_path: Path) -> Iterator[str]:
    """The same server on 127.0.0.2, an address its certificate does not name."""
    yield from _serve(tmp_path, "127.0.0.2")


async def _get(url: str) -> httpx.Response:
    services = await Services.open()
    try:
        assert services.ssl_context.verify_mode == ssl.CERT_REQUIRED
        assert services.ssl_context.check_hostname is True
        return await services.http.current.get(url, timeout=10)
    finally:
        await services.aclose()


def test_a_server_whose_root_the_system_does_not_trust_is_refused(tls_server):
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        asyncio.run(_get(tls_server))


def test_a_root_added_to_the_system_store_is_trusted(tls_server, tmp_path, monkeypatch):
    # As a company installs its root: a CA file the system's OpenSSL reads.
    bundle = tmp_path / "ca-bundle.pem"
    bundle.write_text(TEST_ROOT)
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)

    response = asyncio.run(_get(tls_server))

    assert response.status_code == 200 and response.text == "hello over TLS"


def test_the_host_name_is_checked_even_with_a_trusted_root(tls_server_elsewhere, tmp_path, monkeypatch):
    bundle = tmp_path / "ca-bundle.pem"
    bundle.write_text(TEST_ROOT)
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))

    with pytest.raises(httpx.ConnectError, match="mismatch"):
        asyncio.run(_get(tls_server_elsewhere))


def test_without_a_system_store_the_shipped_bundle_is_used(monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setattr(network, "_default_store_found", lambda: False)
    monkeypatch.setattr(network, "SYSTEM_CA_FILES", ("/nonexistent/ca.pem",))

    context = network._new_ssl_context(None, None)

    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 100  # certifi's roots


def test_windows_and_macos_verify_with_the_systems_own_verifier(monkeypatch):
    import truststore

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")

    context = network._new_ssl_context(None, None)

    assert isinstance(context, truststore.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
