"""Resources and seeds are found the same way from a checkout and from an installed wheel."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop_app.core import paths

ROOT = Path(__file__).resolve().parents[2]


def test_checkout_finds_resources_and_seeds():
    assert (paths.resource("codebook.json")).is_file()
    assert (paths.seeds_dir() / "manifest.json").is_file()


def test_env_override(tmp_path, monkeypatch):
    monkeypatch.setenv("BIAOZHU_RESOURCES_DIR", str(tmp_path))
    assert paths.resources_dir() == tmp_path


@pytest.mark.slow
def test_wheel_carries_resources_and_seeds(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )
    if r.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {r.stderr[-300:]}")
    [wheel] = tmp_path.glob("*.whl")
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    code = ("from desktop_app.core import paths; "
            "print(paths.resource('codebook.json')); print(paths.seeds_dir() / 'manifest.json')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"}, check=True).stdout
    lines = out.split()
    assert all(line.startswith(str(unpacked / "desktop_app" / "_data")) for line in lines)
    assert all(Path(line).is_file() for line in lines)
