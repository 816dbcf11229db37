import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import ImportRefused
from desktop_app.core.ingest.decoding import decode_bytes
from desktop_app.core.text.normalise import normalise

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
    assert [str(w) for w in warnings] == ["removed 2 control characters"]


def _seed() -> str:
    from desktop_app.core.paths import seeds_dir

    return (seeds_dir() / "002_293c53b2b8ac09bd.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("codec", "label"), [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
def test_utf16_without_bom(codec, label):
    text = _seed()  # has ASCII (NULs on one side) and U+3000 (a NUL on the other)
    d = decode_bytes(text.encode(codec), "a.txt")
    assert (d.text, d.encoding) == (text, label)


@pytest.mark.parametrize(("codec", "label"), [("utf-8", "UTF-8"), ("gb18030", "GB18030")])
def test_a_few_broken_bytes_are_replaced_and_reported(codec, label):
    text = _seed()
    data = bytearray(text.encode(codec))
    data[300] = 0xFF
    d = decode_bytes(bytes(data), "a.txt")
    assert d.encoding == label
    assert 1 <= d.text.count("\ufffd") <= 3
    assert d.text[-200:] == text[-200:]
    _, warnings = normalise(d.text)
    assert any("replacement character" in w for w in map(str, warnings))


def test_other_encodings_are_refused_clearly():
    with pytest.raises(ImportRefused, match="jp.txt: cannot tell the text encoding"):
        decode_bytes("日本語のテキストです。".encode("shift_jis"), "jp.txt")
    with pytest.raises(ImportRefused, match="fr.txt: unknown text encoding"):
        decode_bytes("Café naïve résumé".encode("latin-1"), "fr.txt")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused_cleanly(data):
    try:
        d = decode_bytes(data, "x.txt")
    except ImportRefused as e:
        assert str(e).startswith("x.txt: ")
    else:
        assert isinstance(d.text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aé\u00ff\u0100ĀΩЖ\u1fff\u2000收😀\n"), max_size=60))
def test_the_suspect_utf8_count_is_the_per_character_rule(text):
    from desktop_app.core.ingest.decoding import _suspect_utf8

    non_ascii = [ch for ch in text if ch >= "\x80"]
    suspect = sum(1 for ch in non_ascii if "\u0100" <= ch <= "\u1fff")
    assert _suspect_utf8(text) == (bool(non_ascii) and suspect * 2 > len(non_ascii))
