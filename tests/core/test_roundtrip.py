"""The offsets rule, end to end: file -> import -> code -> close -> reopen -> segments."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli.main import main
from desktop_app.core.ingest.importer import import_files
from desktop_app.core.project import create_project, open_project

ALPHABET = list("收入社会保障城乡ab 1。\n\r\t") + ["𠮷", "𠀀", "😀", "\r\n", "\u3000"]

texts = st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=80).map("".join).filter(
    lambda t: t.replace("\r", "").replace("\n", "").strip()
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, bom=st.booleans(), spans=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)),
                                                     min_size=1, max_size=6))
def test_every_segment_is_the_slice_of_the_stored_text(tmp_path_factory, text, bom, spans):
    folder = tmp_path_factory.mktemp("rt")
    source = folder / "doc.txt"
    source.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    path = folder / "p.biaozhu"
    with create_project(path, coder="alice") as p:
        [res] = import_files(p, [source])
        doc = res.document_id
        stored = p.document_text(doc)
        assert stored == text.replace("\r\n", "\n").replace("\r", "\n")
        made = set()
        for a, b in spans:
            start, end = sorted((int(a * len(stored)), int(b * len(stored))))
            end = max(end, start + 1)
            if end > len(stored) or (start, end) in made:
                continue
            made.add((start, end))
            p.add_coding(doc, "居民增收", start, end)
    with open_project(path) as p:
        stored = p.document_text(doc)
        segs = p.segments()
        assert {(s["start"], s["end"]) for s in segs} == made
        for s in segs:
            assert s["text"] == stored[s["start"]:s["end"]]


def test_cli_json_keeps_characters_outside_the_bmp(tmp_path, capsys):
    text = "𠮷𠀀😀收入\r\n社会保障"
    src = tmp_path / "a.txt"
    src.write_bytes(b"\xef\xbb\xbf" + text.encode())
    path = tmp_path / "p.biaozhu"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(src)]) == 0
    assert main(["code", str(path), "1", "1", "5", "1"]) == 0
    capsys.readouterr()
    assert main(["segments", str(path), "--json"]) == 0
    [seg] = json.loads(capsys.readouterr().out)
    assert seg["text"] == "𠀀😀收入" == "𠮷𠀀😀收入\n社会保障"[1:5]
