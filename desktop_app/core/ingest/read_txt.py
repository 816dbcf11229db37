"""Plain text (.txt, .csv, .tsv, no extension): the Chinese-aware decoding of decoding.py."""

from __future__ import annotations

from desktop_app.core.ingest.decoding import Decoded, decode_bytes


def read_txt(data: bytes, name: str) -> Decoded:
    return decode_bytes(data, name)
