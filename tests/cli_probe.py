"""A tiny program for the runner's own tests: ``python -m tests.cli_probe WHAT``.

tests/test_cli_fork.py runs it both cold and through tests/cli_fork.py and
compares what each run gives.
"""

from __future__ import annotations

import atexit
import json
import os
import sys
import threading
import time

what = sys.argv[1]
if what == "exit":
    raise SystemExit(int(sys.argv[2]))
if what == "exit-text":
    raise SystemExit("bye from the probe")
if what == "raise":
    raise ValueError("boom")
if what == "unflushed":
    sys.stdout.write("no newline, never flushed")
    sys.stderr.write("to stderr")
elif what == "late":
    atexit.register(lambda: print("atexit ran"))

    def later():
        time.sleep(0.05)
        print("the thread finished")

    threading.Thread(target=later).start()
elif what == "signal":
    os.kill(os.getpid(), 15)
    time.sleep(5)
elif what == "world":
    print(json.dumps({
        "argv": sys.argv[1:],
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "stdin": sys.stdin.read() if len(sys.argv) > 2 else None,
        "stdout_tty": sys.stdout.isatty(),
    }))
elif what == "hang":
    print(os.getpid(), flush=True)
    time.sleep(120)
