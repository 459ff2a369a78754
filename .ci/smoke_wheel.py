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
        page = json.loads(run("models", "--json", "--page-size", "5").stdout)
        assert page["models"] and all(m["api_inference"] for m in page["models"])
        answer = run("chat", "-m", "Qwen/Qwen2.5-72B-Instruct", "hello wheel").stdout
        assert "hello wheel" in answer, answer
        # The app reads answers in its answer reader process: started from the installed package.
        python = str(Path(exe).with_name("python"))
        reader_check = (
            "import asyncio, os\n"
            "from msdesk.core.inference import ChatRequest\n"
            "from msdesk.core.services import Services\n"
            "async def main():\n"
            "    services = await Services.open()\n"
            "    await services.secrets.set('modelscope', 'main', os.environ['MODELSCOPE_API_TOKEN'])\n"
            "    client = await services.inference('modelscope')\n"
            "    request = ChatRequest(model='Qwen/Qwen2.5-72B-Instruct',"
            " messages=[{'role': 'user', 'content': 'hello reader'}])\n"
            "    text = ''\n"
            "    async for batch in services.stream_worker.chat_stream(client, request):\n"
            "        text += ''.join(chunk.content for chunk in batch)\n"
            "    await services.aclose()\n"
            "    print(text)\n"
            "asyncio.run(main())\n"
        )
        done = subprocess.run([python, "-c", reader_check], env=env, capture_output=True, text=True,
                              timeout=60, cwd=home)
        print(f"$ (an answer through the answer reader process) -> exit {done.returncode}")
        if done.returncode != 0 or "hello reader" not in done.stdout:
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
