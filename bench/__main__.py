"""Run all benchmarks (or those named: python -m bench core export) and print their figures."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import tempfile
from pathlib import Path

import bench


def main(names: list[str]) -> int:
    modules = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    if names:
        modules = [m for m in modules if m.removeprefix("bench_") in names]
    failed = 0
    for name in modules:
        print(f"\n== {name} ==", flush=True)
        with tempfile.TemporaryDirectory(prefix=f"biaozhu-{name}-") as tmp:
            results = importlib.import_module(f"bench.{name}").run(Path(tmp))
        for label, value, target in results:
            ok = "" if target is None else ("  ok" if value[0] <= target else "  OVER TARGET")
            failed += bool(ok == "  OVER TARGET")
            shown = f"{value[0]:,.3f} {value[1]}"
            tgt = "" if target is None else f"  (target <= {target:,} {value[1]})"
            print(f"  {label:<55} {shown:>18}{tgt}{ok}", flush=True)
    print(f"\n{len(modules)} benchmark module(s); {failed} figure(s) over target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
