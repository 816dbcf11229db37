"""Run all benchmarks (or those named: python -m bench core export) and print their figures.

Each module runs in a process of its own, so one cannot warm up another (jieba, Qt, caches).
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import tempfile
from pathlib import Path

import bench


def _run_one(name: str) -> int:
    over = 0
    print(f"\n== {name} ==", flush=True)
    with tempfile.TemporaryDirectory(prefix=f"biaozhu-{name}-") as tmp:
        results = importlib.import_module(f"bench.{name}").run(Path(tmp))
    width = max((len(label) for label, _, _ in results), default=0)
    for label, value, target in results:
        ok = "" if target is None else ("  ok" if value[0] <= target else "  OVER TARGET")
        over += ok == "  OVER TARGET"
        shown = f"{value[0]:,.3f} {value[1]}"
        tgt = "" if target is None else f"  (target <= {target:,} {value[1]})"
        print(f"  {label:<{width}} {shown:>14}{tgt}{ok}", flush=True)
    return over


def main(names: list[str]) -> int:
    modules = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    if names:
        modules = [m for m in modules if m.removeprefix("bench_") in names]
    if len(modules) == 1:
        return min(_run_one(modules[0]), 100)
    over = 0
    for name in modules:
        r = subprocess.run([sys.executable, "-m", "bench", name.removeprefix("bench_")])
        over += r.returncode
    print(f"\n{len(modules)} benchmark module(s); {over} figure(s) over target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
