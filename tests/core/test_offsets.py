from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.text.offsets import OffsetMap

chars = st.sampled_from(list("ab收入\n𠮷𠀀😀。"))


@given(st.lists(chars, max_size=60).map("".join))
def test_round_trip_matches_utf16_encoding(text):
    m = OffsetMap(text)
    assert m.length_utf16 == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        u16 = m.to_utf16(cp)
        assert u16 == len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_code_point(u16) == cp


def test_index_inside_a_surrogate_pair_rounds_down():
    m = OffsetMap("a𠮷b")  # UTF-16: a=0, 𠮷=1,2, b=3
    assert m.to_code_point(2) == 1
    assert m.to_code_point(3) == 2
    assert m.to_utf16(3) == 4


@given(st.sampled_from(["a", "收", "é"]), st.integers(4096, 9000),
       st.lists(st.tuples(st.integers(0, 9000), st.sampled_from(["𠮷", "😀", "收", "x"])),
                max_size=4))
def test_long_texts_are_mapped_exactly_with_or_without_astral_characters(fill, n, inserts):
    # long texts take the path that asks the string's storage whether any astral character
    # can be in it: an astral character anywhere (first, last, middle) must still be found
    chars = [fill] * n
    for at, ch in inserts:
        chars.insert(min(at, len(chars)), ch)
    text = "".join(chars)
    m = OffsetMap(text)
    astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
    assert m.trivial == (not astral)
    assert m.length_utf16 == len(text.encode("utf-16-le")) // 2
    for cp in {0, len(text), *astral, *(a + 1 for a in astral), len(text) // 2}:
        u16 = len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_utf16(cp) == u16 and m.to_code_point(u16) == cp


def test_an_astral_character_at_the_very_end_of_a_long_text_is_found():
    text = "收" * 10_000 + "😀"
    m = OffsetMap(text)
    assert not m.trivial and m.to_utf16(10_001) == 10_002
