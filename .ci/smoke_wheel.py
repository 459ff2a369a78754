"""Run the installed ``msdesk`` (from a wheel) against the fake ModelScope.

Catches a wheel that lacks a subpackage or its bundled resources.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fakes.modelscope import VALID_TOKEN, FakeModelScope


def main() -> int:
    exe = sys.argv[1]
    with FakeModelScope() as fake, tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "MSDESK_HOME": home,
            "MSDESK_API_BASE": fake.api_base,
            "MSDESK_HUB_BASE": fake.hub_base,
            "MODELSCOPE_API_TOKEN": VALID_TOKEN,
            "MSDESK_SECRET_BACKEND": "memory",
        }

        def run(*args: str) -> subprocess.CompletedProcess:
            done = subprocess.run([exe, *args], env=env, capture_output=True, text=True,
                                  timeout=60, cwd=home)
            print(f"$ msdesk {' '.join(args)} -> exit {done.returncode}")
            if done.returncode != 0:
                print(done.stdout, done.stderr, sep="\n")
                raise SystemExit(1)
            return done

        assert run("--version").stdout.startswith("msdesk ")
        assert json.loads(run("--self-test").stdout)["ok"] is True
        page = json.loads(run("models", "--json", "--page-size", "5").stdout)
        assert page["models"] and all(m["api_inference"] for m in page["models"])
        answer = run("chat", "-m", "Qwen/Qwen2.5-72B-Instruct", "hello wheel").stdout
        assert "hello wheel" in answer, answer
        # The window's chat engine streams an answer in-process, from the installed package.
        python = str(Path(exe).with_name("python"))
        engine_check = (
            "import asyncio, os\n"
            "from msdesk.core.chat import ChatEngine, TurnEvents\n"
            "from msdesk.core.history import ConversationParams\n"
            "from msdesk.core.services import Services\n"
            "async def main():\n"
            "    services = await Services.open()\n"
            "    await services.secrets.set('modelscope', 'main', os.environ['MODELSCOPE_API_TOKEN'])\n"
            "    history = services.history\n"
            "    chat = await services.history_writes.run(lambda h: h.create_conversation("
            "provider_id='modelscope', model_id='Qwen/Qwen2.5-72B-Instruct', params=ConversationParams()))\n"
            "    pieces = []\n"
            "    answer = await ChatEngine(services, history).send("
            "chat.id, 'hello engine', events=TurnEvents(on_content=pieces.append))\n"
            "    await services.aclose()\n"
            "    print(answer.status, len(pieces), ''.join(pieces))\n"
            "asyncio.run(main())\n"
        )
        done = subprocess.run([python, "-c", engine_check], env=env, capture_output=True, text=True,
                              timeout=60, cwd=home)
        print(f"$ (an answer streamed by the chat engine) -> exit {done.returncode}")
        if done.returncode != 0 or not done.stdout.startswith("ok ") or "hello engine" not in done.stdout:
            print(done.stdout, done.stderr, sep="\n")
            return 1
        gui_env = dict(env, QT_QPA_PLATFORM="offscreen", MSDESK_BENCH="quit_after_ms=1500")
        done = subprocess.run([exe, "gui"], env=gui_env, capture_output=True, text=True, timeout=60)
        print(f"$ msdesk gui (quits after 1.5 s) -> exit {done.returncode}")
        if done.returncode != 0 or "Traceback" in done.stderr:
            print(done.stderr)
            return 1
    print("installed wheel works")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
