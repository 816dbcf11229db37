"""A synthetic corpus generated from the seeds: seed paragraphs shuffled and varied."""

from __future__ import annotations

import random
from pathlib import Path

from desktop_app.core.paths import seeds_dir

ASTRAL = "𠮷𠀀😀"


def seed_paragraphs() -> list[str]:
    paras = []
    for f in sorted(seeds_dir().glob("*.txt")):
        paras += [p for p in f.read_text(encoding="utf-8").split("\n") if len(p) > 20]
    return paras


def make_text(chars: int, seed: int = 0) -> str:
    """About `chars` characters of seed-like text, with a few characters outside the BMP."""
    rnd = random.Random(seed)
    paras = seed_paragraphs()
    out: list[str] = []
    n = 0
    while n < chars:
        p = rnd.choice(paras)
        if rnd.random() < 0.2:
            i = rnd.randrange(len(p))
            p = p[:i] + rnd.choice(ASTRAL) + p[i:]
        out.append(p)
        n += len(p) + 1
    return "\n".join(out)[:chars]


def write_corpus(folder: Path, total_chars: int, files: int, seed: int = 0) -> list[Path]:
    """`files` UTF-8 text files totalling about `total_chars` characters."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(files):
        path = folder / f"doc{i:04d}.txt"
        path.write_text(make_text(total_chars // files, seed=seed + i), encoding="utf-8")
        paths.append(path)
    return paths
