"""Measure the bundle's start-to-window time under Xvfb, without any hook in the app.

    python packaging/startup_time.py [--exe dist/Biaozhu/Biaozhu] [--runs 5]

Starts a private Xvfb display, launches the program on the xcb platform with a fresh
data folder (so the first run also builds the demo project), polls ``xwininfo`` until a
top-level window whose name holds "Biaozhu" is viewable, records the elapsed time and
stops the program. The first run is cold (demo project built, jieba cache written); the
others are warm. Needs Xvfb and x11-utils (Debian: xvfb x11-utils). Linux only.
Source checkout: ``--exe "$PWD/.venv/bin/python -m desktop_app"``.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60.0
_WINDOW = re.compile(r"^\s*(0x[0-9a-f]+) \"([^\"]*)\"", re.M)


def _free_display() -> int:
    for n in range(91, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


def _viewable_window(display: str) -> str | None:
    env = {**os.environ, "DISPLAY": display}
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                          env=env).stdout
    for wid, name in _WINDOW.findall(tree):
        if "Biaozhu" not in name:
            continue
        info = subprocess.run(["xwininfo", "-id", wid], capture_output=True, text=True,
                              env=env).stdout
        if "IsViewable" in info:
            return name
    return None


def time_to_window(cmd: list[str], display: str, env: dict[str, str]) -> tuple[float, str]:
    """Seconds from starting `cmd` to its main window being viewable; stops the program."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while time.perf_counter() - t0 < TIMEOUT:
            name = _viewable_window(display)
            if name:
                return time.perf_counter() - t0, name
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"the program exited ({proc.returncode}) before a window:\n{err}")
            time.sleep(0.01)
        raise RuntimeError(f"no window after {TIMEOUT:.0f} s")
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", default=str(ROOT / "dist" / "Biaozhu" / "Biaozhu"),
                        help="program to start (a command line is split like a shell would)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xwininfo"):
        if not shutil.which(tool):
            print(f"startup_time.py: {tool} is not installed")
            return 1
    n = _free_display()
    display = f":{n}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp",
                             "-noreset"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.02)
        with tempfile.TemporaryDirectory(prefix="biaozhu-startup-") as tmp:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                   "BIAOZHU_DATA_DIR": str(Path(tmp) / "data"),
                   "BIAOZHU_CACHE_DIR": str(Path(tmp) / "cache"), "BIAOZHU_CODER": "bench"}
            times = []
            for i in range(args.runs):
                seconds, name = time_to_window(shlex.split(args.exe), display, env)
                times.append(seconds)
                kind = "cold: demo built, fresh caches" if i == 0 else "warm"
                print(f"run {i + 1}: {seconds * 1000:.0f} ms to a viewable window '{name}' ({kind})")
        if len(times) > 1:
            print(f"warm median: {statistics.median(times[1:]) * 1000:.0f} ms "
                  f"over {len(times) - 1} runs")
    finally:
        xvfb.terminate()
        xvfb.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
