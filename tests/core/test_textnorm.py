import pytest

from desktop_app.core.errors import ImportRefused
from desktop_app.core.textnorm import decode_bytes, normalise

SIMPLIFIED = ["收入", "社会保障", "城乡居民收入倍差", "去,", "系统15", "共同富裕示范区建设"]
TRADITIONAL = ["收入", "社會保障體系", "統籌城鄉發展，促進共同富裕。"]


@pytest.mark.parametrize("text", SIMPLIFIED)
def test_short_gb18030_files(text):
    d = decode_bytes(text.encode("gb18030"), "a.txt")
    assert (d.text, d.encoding) == (text, "GB18030")


@pytest.mark.parametrize("text", TRADITIONAL)
def test_short_big5_files(text):
    d = decode_bytes(text.encode("big5"), "a.txt")
    assert (d.text, d.encoding) == (text, "Big5")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("收入𠮷".encode(), "UTF-8"),
        (b"\xef\xbb\xbf" + "收入".encode(), "UTF-8 (BOM)"),
        (b"\xff\xfe" + "收入𠮷".encode("utf-16-le"), "UTF-16LE"),
        (b"\xfe\xff" + "收入".encode("utf-16-be"), "UTF-16BE"),
        ("城乡融合 urban-rural".encode("utf-16-le"), "UTF-16LE"),
    ],
)
def test_unicode_encodings(data, encoding):
    d = decode_bytes(data, "a.txt")
    assert d.encoding == encoding
    assert d.text.lstrip("\ufeff") in ("收入𠮷", "收入", "城乡融合 urban-rural")


def test_long_seed_in_gb18030(tmp_path):
    from desktop_app.core.paths import seeds_dir

    text = (seeds_dir() / "000_c7611806bbfb2c05.txt").read_text(encoding="utf-8")
    data = text.encode("gb18030")
    assert decode_bytes(data, "seed.txt").text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"PK\x03\x04rest", "zip"),
        (b"\xff\xfe\x00\xd8", "UTF-16LE"),  # BOM then a lone surrogate
    ],
)
def test_refused_with_the_file_name_and_reason(data, reason):
    with pytest.raises(ImportRefused) as e:
        decode_bytes(data, "bad.txt")
    assert "bad.txt" in str(e.value)
    assert reason in str(e.value)


def test_normalise_line_ends_bom_and_controls():
    text, warnings = normalise("\ufeffa\r\nb\rc\x00d\x07e\tf\n")
    assert text == "a\nb\ncd" + "e\tf\n"
    assert warnings == ["removed 2 control character(s)"]
