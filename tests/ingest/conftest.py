"""Fixtures for the readers: the seed texts as paragraphs, PDFs made from them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%]) +(?=[\u4e00-\u9fff])")


def seed_paragraphs(name: str = "000_c7611806bbfb2c05.txt", n: int = 40) -> list[str]:
    """Real paragraphs of a seed document (spaces between Chinese and Latin taken out, as
    the clean-up does; lines of table debris left out)."""
    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    # the seed's lines run several paragraphs together as "。 ": one paragraph each here
    paras = [_CJK_SPACE.sub("", p.strip()) for line in text.split("\n")
             for p in re.split(r"(?<=。) +", line)]
    return [p for p in paras if len(p) >= 30 and "|" not in p][:n]


def sentences(paragraphs: list[str]) -> list[str]:
    return [s.strip() for p in paragraphs for s in re.split(r"(?<=[。！？])", p) if len(s.strip()) > 3]


@pytest.fixture(scope="session")
def paragraphs() -> list[str]:
    return seed_paragraphs()


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pdfs")
