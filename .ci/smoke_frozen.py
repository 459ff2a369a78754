"""Run the frozen ``msdesk`` as installed from the .deb, against the fake ModelScope and a real keychain.

    python .ci/smoke_frozen.py /scratch/opt/msdesk/msdesk

Run it inside a D-Bus session with gnome-keyring's Secret Service unlocked (.ci/run does).
It checks what the source tree's tests cannot: the frozen app's self-test with the real
Secret Service (and with QT_API=pyqt5 in the environment), a token stored from stdin and
listed back through that keychain, and an answer streamed by ``msdesk chat``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fakes.modelscope import VALID_TOKEN, FakeModelScope

MODEL = "Qwen/Qwen2.5-72B-Instruct"


def main() -> int:
    exe = sys.argv[1]
    with FakeModelScope() as fake, tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "MSDESK_HOME": home,
            "MSDESK_API_BASE": fake.api_base,
            "MSDESK_HUB_BASE": fake.hub_base,
            "QT_QPA_PLATFORM": "offscreen",
        }
        for name in ("MODELSCOPE_API_TOKEN", "MSDESK_SECRET_BACKEND"):
            env.pop(name, None)  # the token comes from the keychain, the real one

        def run(*args: str, stdin: str | None = None, **extra: str) -> str:
            done = subprocess.run([exe, *args], env={**env, **extra}, input=stdin, capture_output=True,
                                  text=True, timeout=120, cwd=home)
            shown = " ".join(f"{k}={v}" for k, v in extra.items())
            print(f"$ {shown + ' ' if shown else ''}msdesk {' '.join(args)} -> exit {done.returncode}")
            if done.returncode != 0:
                print(done.stdout, done.stderr, sep="\n")
                raise SystemExit(1)
            return done.stdout

        report = json.loads(run("--self-test"))
        print("  ", json.dumps(report, sort_keys=True))
        assert report["ok"] and report["keychain_secure"] is True, report
        assert "SecretService" in report["keychain"] and report["child_env"] == "clean", report
        assert json.loads(run("--self-test", QT_API="pyqt5"))["ok"] is True

        run("token", "set", "--label", "frozen-ci", stdin=VALID_TOKEN + "\n")
        listed = run("token", "list", "--json")
        assert VALID_TOKEN not in listed, "token list printed the whole token"
        labels = [t["label"] for t in json.loads(listed)["tokens"]]
        assert labels == ["frozen-ci"], listed

        fake.chunk_delay = 0.05
        started = time.monotonic()
        chat = subprocess.Popen([exe, "chat", "-m", MODEL, "hello frozen"], env=env, cwd=home,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert chat.stdout is not None
        pieces: list[tuple[float, bytes]] = []
        while data := os.read(chat.stdout.fileno(), 4096):
            pieces.append((time.monotonic() - started, data))
        err = chat.stderr.read().decode() if chat.stderr else ""
        code = chat.wait(60)
        answer = b"".join(data for _, data in pieces).decode()
        print(f"$ msdesk chat -m {MODEL} 'hello frozen' -> exit {code}, {len(pieces)} pieces "
              f"over {pieces[-1][0] - pieces[0][0]:.2f} s" if pieces else f"-> exit {code}, no output")
        if code != 0 or "hello frozen" not in answer:
            print(answer, err, sep="\n")
            return 1
        assert len(pieces) > 2 and pieces[-1][0] - pieces[0][0] > 0.2, "the answer did not stream"

        run("token", "remove", "--label", "frozen-ci")
        assert json.loads(run("token", "list", "--json"))["tokens"] == []
    print("the frozen app works")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
