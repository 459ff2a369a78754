"""Run ``python -m msdesk ...`` without paying for Python's imports every time.

A cold ``python -m msdesk`` spends most of its time importing (asyncio,
httpx, the services, the keyring backends). ``ForkRunner`` starts one helper
process that has imported all of that and nothing else: it runs no msdesk
code and starts no thread. For each call the helper forks a child, and the
child becomes what a cold run would be:

* its environment is the call's own, replaced wholesale, and its working
  folder is the call's own;
* stdin is the given text (or, with none given, the stdin a subprocess
  would inherit), stdout and stderr go to files read back afterwards;
* it runs ``msdesk/__main__.py`` as ``python -m msdesk`` does, and then
  leaves the helper's code for good: the interpreter itself ends the child,
  so an exit code, an uncaught exception (a traceback and 1), the atexit
  handlers and the flushing of stdout are those of a real run;
* the exit code is the child's own (``-N`` when a signal N ended it), and a
  child still running at its timeout is killed and reported as
  ``subprocess.TimeoutExpired``, as ``subprocess.run`` does.

What the preloaded modules could have read at import time is not the call's
value: the helper records every environment variable read while it imports
(msdesk's modules read none), and a call whose environment differs from the
helper's in one of those, or in one the interpreter and C libraries read at
start (``LANG``, ``TZ``, ``PYTHON*``, ...), goes to a helper started with
its environment, or past three helpers runs as a cold subprocess.

Run as ``python -m tests.cli_fork``, this module is the helper.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import threading
from collections.abc import Iterator, MutableMapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What a cold `python -m msdesk` imports on its way to a command (the command line,
# the services, httpx's transport, the log file, the Secret Service's crypto), plus
# every module of msdesk.core and the keyring backends keyring discovers, but for
# macOS's: importing it on Linux runs the C compiler with a copy of the whole
# environment (ctypes.util.find_library), so children import it as a cold run does.
PRELOAD = (
    "asyncio",
    "email.utils",
    "logging.handlers",
    "httpx",
    "httpx_sse",
    "httpcore",
    "h11",
    "anyio._backends._asyncio",
    "anyio.streams.tls",
    "anyio.to_thread",
    "certifi",
    "platformdirs",
    "keyring",
    "keyring.errors",
    "keyring.backends.fail",
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.chainer",
    "keyring.backends.Windows",
    "cryptography.hazmat.backends.openssl.backend",
    "msdesk.cli",
)

# Read by the interpreter or a C library when the helper started (or at import, in C):
# a call that changes one of these cannot share the helper's imports.
START_KEYS = ("LANG", "LANGUAGE", "TZ", "TMPDIR", "TEMP", "TMP", "HOME")  # HOME: site's user folder
START_PREFIXES = ("PYTHON", "LC_", "OPENSSL_", "LD_")


# -- the helper (a separate process) ------------------------------------------------


class _RecordingEnviron(MutableMapping):
    """``os.environ`` while the helper imports: the same values, every key read noted."""

    def __init__(self, environ: MutableMapping[str, str]) -> None:
        self._environ = environ
        self.read: set[str] = set()

    def _note(self, key: object) -> None:
        self.read.add(os.fsdecode(key) if isinstance(key, str | bytes) else repr(key))

    def __getitem__(self, key: str) -> str:
        self._note(key)
        return self._environ[key]

    def __contains__(self, key: object) -> bool:
        self._note(key)
        return key in self._environ

    def __iter__(self) -> Iterator[str]:
        self.read.update(self._environ)  # every variable there was seen
        return iter(self._environ)

    def __len__(self) -> int:
        return len(self._environ)

    def __setitem__(self, key: str, value: str) -> None:
        self._environ[key] = value

    def __delitem__(self, key: str) -> None:
        del self._environ[key]

    def copy(self) -> dict[str, str]:
        self.read.update(self._environ)
        return dict(self._environ)


def _preload() -> list[str]:
    """Import what a cold run imports; return the environment variables read meanwhile."""
    real = os.environ
    recorder = _RecordingEnviron(real)
    # Swapped, not cleared: the values stay; os.getenv and expanduser read os.environ too.
    os.environ = recorder  # noqa: B003
    try:
        import importlib
        import pkgutil

        for name in PRELOAD:
            importlib.import_module(name)
        core = importlib.import_module("msdesk.core")
        for module in pkgutil.iter_modules(core.__path__, "msdesk.core."):
            importlib.import_module(module.name)
    finally:
        os.environ = real  # noqa: B003
    return sorted(recorder.read)


def _threads() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _wait(pid: int, timeout: float) -> tuple[int, bool]:
    """Wait for the child ``pid``; kill it at ``timeout``. Return (exit code, timed out)."""
    if hasattr(os, "pidfd_open"):
        pidfd = os.pidfd_open(pid)
        try:
            timed_out = not select.select([pidfd], [], [], timeout)[0]
        finally:
            os.close(pidfd)
    else:
        import time

        deadline = time.monotonic() + timeout
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status), False
            if time.monotonic() > deadline:
                timed_out = True
                break
            time.sleep(0.002)
    if timed_out:
        os.kill(pid, signal.SIGKILL)  # not reaped yet, so the pid is still this child's
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), timed_out


def _serve(requests_fd: int, answers_fd: int) -> dict | None:
    """Answer requests until the runner hangs up; in a forked child, return its request."""
    requests = os.fdopen(requests_fd, "r", encoding="utf-8")
    answers = os.fdopen(answers_fd, "w", encoding="utf-8")

    def answer(**fields: object) -> None:
        answers.write(json.dumps(fields) + "\n")
        answers.flush()

    try:
        env_read = _preload()
    except BaseException as exc:
        answer(error=f"preloading failed: {type(exc).__name__}: {exc}")
        raise
    import gc

    # What was imported lives on in every child: frozen, no child's collection (and
    # no child's exit) walks it, nor copies its pages by touching them.
    gc.collect()
    gc.freeze()
    answer(ready=True, env_read=env_read, env=dict(os.environ))
    for line in requests:
        request = json.loads(line)
        threads = _threads()
        if threads != 1:
            answer(error=f"the helper has {threads} threads; it forks only with one")
            return None
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            requests.close()
            answers.close()
            return request
        answer(pid=pid)
        code, timed_out = _wait(pid, request["timeout"])
        answer(returncode=code, timed_out=timed_out)
    return None


def _become(request: dict) -> None:
    """In the forked child: take the call's environment, folder and standard streams."""
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    if request["stdin"] is not None:
        fd = os.open(request["stdin"], os.O_RDONLY)
        os.dup2(fd, 0)
        os.close(fd)
    for target, path in ((1, request["stdout"]), (2, request["stderr"])):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, target)
        os.close(fd)
    sys.argv = [sys.argv[0], *request["args"]]


def _helper_main() -> None:
    requests_fd, answers_fd = (int(fd) for fd in sys.argv[1:3])
    request = _serve(requests_fd, answers_fd)
    if request is None:
        return
    _become(request)
    import runpy

    # As `python -m <module>` does; whatever it raises, the interpreter handles as
    # it would in a cold run (no helper frame catches it).
    runpy.run_module(request["module"], run_name="__main__", alter_sys=True)


# -- the runner (in the test process) ----------------------------------------------


class _Helper:
    """One helper process, started with ``env``; ``fork`` runs one call in a child of it."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        import subprocess

        self.env = env
        self._log_path = log
        requests_r, requests_w = os.pipe()
        answers_r, answers_w = os.pipe()
        with open(log, "wb") as log_file:
            try:
                self._process = subprocess.Popen(
                    [sys.executable, "-m", "tests.cli_fork", str(requests_r), str(answers_w)],
                    pass_fds=(requests_r, answers_w), cwd=str(ROOT), env=env,
                    stdout=subprocess.DEVNULL, stderr=log_file, process_group=0,
                )
            finally:
                os.close(requests_r)
                os.close(answers_w)
        self._requests = os.fdopen(requests_w, "w", encoding="utf-8")
        self._answers = answers_r
        self._pending = b""
        ready = self._answer(timeout=60)
        if not ready.get("ready"):
            self.stop()
            raise RuntimeError(ready.get("error", "the helper did not start"))
        # What the children share with the helper: the variables read while it imported,
        # and those read when any interpreter starts.
        keys = set(ready["env_read"]) | set(env)
        self.shared = {k for k in keys if k in ready["env_read"] or _read_at_start(k)}
        # What the interpreter added to its own environment as it started (LC_CTYPE when
        # it coerces the C locale): a cold run with the same locale adds the same.
        self.added = {k: v for k, v in ready["env"].items() if k not in env}

    def can_fork(self, env: dict[str, str]) -> bool:
        """Whether a child of this helper sees what a cold run with ``env`` would."""
        shared = self.shared | {k for k in env if _read_at_start(k)}
        return all(env.get(k) == self.env.get(k) for k in shared)

    def _answer(self, timeout: float) -> dict:
        """The helper's next line (read from the raw pipe: no buffer hides a line from select)."""
        import time

        deadline = time.monotonic() + timeout
        while b"\n" not in self._pending:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._answers], [], [], left)[0]:
                raise RuntimeError(f"the msdesk helper did not answer within {timeout:g} s")
            chunk = os.read(self._answers, 65536)
            if not chunk:
                detail = self._log_path.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"the msdesk helper ended: {detail}")
            self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        return json.loads(line)

    def fork(self, request: dict) -> dict:
        """Run ``request`` in a new child; return its exit code and whether it timed out."""
        request = {**request, "env": {**self.added, **request["env"]}}
        self._requests.write(json.dumps(request) + "\n")
        self._requests.flush()
        started = self._answer(timeout=30)
        if "error" in started:
            raise RuntimeError(started["error"])
        return self._answer(timeout=request["timeout"] + 30)

    def stop(self) -> None:
        """End the helper (and the child of an interrupted call): nothing is left behind."""
        import subprocess

        try:
            self._requests.close()
        except OSError:
            pass
        os.close(self._answers)
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            # Alive, so not reaped: the process group is still the helper's own.
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait()


def _read_at_start(key: str) -> bool:
    return key in START_KEYS or key.startswith(START_PREFIXES)


class ForkRunner:
    """``python -m <module> ...`` as a child of a helper that has imported what it needs.

    One helper per environment that the imports could see (in practice one for
    the session); a call that no helper can serve as a cold run would runs as a
    cold subprocess. ``run`` returns what ``subprocess.run(..., capture_output=True,
    text=True)`` returns.
    """

    MAX_HELPERS = 3
    # msdesk's own variables differ per test (a home folder, a token, the fake's address).
    # Helpers start without them; were one read at import, the helper would have noted
    # the read, and a call that sets it would not be forked.
    APP_PREFIXES = ("MSDESK_", "MODELSCOPE_")

    def __init__(self) -> None:
        self.workdir: Path | None = None  # made on the first call
        self._lock = threading.Lock()
        self._helpers: list[_Helper] = []
        self._count = 0
        self.forked = 0
        self.cold = 0

    def _helper_for(self, env: dict[str, str]) -> _Helper | None:
        for helper in self._helpers:
            if helper.can_fork(env):
                return helper
        if len(self._helpers) >= self.MAX_HELPERS:
            return None
        helper_env = {k: v for k, v in env.items() if not k.startswith(self.APP_PREFIXES)}
        helper = _Helper(helper_env, self.workdir / f"helper-{len(self._helpers) + 1}.log")
        self._helpers.append(helper)
        return helper if helper.can_fork(env) else None

    def run(self, module: str, args: list[str], *, env: dict[str, str], cwd: str,
            stdin: str | None, timeout: float):
        import locale
        import subprocess

        command = [sys.executable, "-m", module, *args]
        with self._lock:
            if self.workdir is None:
                import tempfile

                self.workdir = Path(tempfile.mkdtemp(prefix="msdesk-cli-"))
            helper = self._helper_for(env) if hasattr(os, "fork") else None
            if helper is None:
                self.cold += 1
                return subprocess.run(command, input=stdin, capture_output=True, text=True,
                                      timeout=timeout, env=env, cwd=cwd)
            # What subprocess.run(text=True) uses to encode the input and decode the output.
            encoding = locale.getpreferredencoding(False)
            self._count += 1
            base = self.workdir / f"call-{self._count}"
            paths = {name: Path(f"{base}.{name}") for name in ("stdin", "stdout", "stderr")}
            if stdin is not None:
                paths["stdin"].write_bytes(stdin.encode(encoding, "surrogateescape"))
            request = {
                "module": module, "args": list(args), "env": dict(env), "cwd": str(cwd),
                "stdin": str(paths["stdin"]) if stdin is not None else None,
                "stdout": str(paths["stdout"]), "stderr": str(paths["stderr"]),
                "timeout": timeout,
            }
            try:
                done = helper.fork(request)
            except BaseException:
                self._helpers.remove(helper)  # mid-call: it cannot be trusted with another
                helper.stop()
                raise
            self.forked += 1
            out, err = (
                paths[name].read_bytes().decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
                for name in ("stdout", "stderr")
            )
            for path in paths.values():
                path.unlink(missing_ok=True)
        if done["timed_out"]:
            raise subprocess.TimeoutExpired(command, timeout, output=out, stderr=err)
        return subprocess.CompletedProcess(command, done["returncode"], out, err)

    def stop(self) -> None:
        with self._lock:
            helpers, self._helpers = self._helpers, []
            for helper in helpers:
                helper.stop()
            if self.workdir is not None:
                import shutil

                shutil.rmtree(self.workdir, ignore_errors=True)
                self.workdir = None


if __name__ == "__main__":
    _helper_main()
