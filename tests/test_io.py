"""Bad input: every broken dump gets a one-line message naming it, and the good dumps' items all stay."""
from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline import io
from pipeline.__main__ import main
from pipeline.extract import truncation
from tests.conftest import RAW, copy_seeds

SMALL = ("News\n\n  1. Workers in Türkiye and Côte d’Ivoire gain cover\n\n    12 May 2023\n\n"
         "    The ILO’s report – with €5 million – helps.\n")


@pytest.fixture(scope="module")
def seed_item_ids(seed_items) -> set[str]:
    return set(seed_items["item_id"])


def _run_with(tmp_path: Path, name: str, data: bytes | None, capsys) -> tuple[int, str, str, Path]:
    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
    if data is not None:
        (raw / name).write_bytes(data)
    code = main(["run", "--raw", str(raw), "--out", str(out)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err, out


# name -> (bytes, what the summary must say about it, whether it yields items)
CASES = {
    "empty.txt": (b"", "empty file", False),
    "blank.txt": (b"\n \t\n\n", "empty file", False),
    "binary.bin": (bytes(range(256)) * 16, "binary file (NUL bytes), not text", False),
    "windows1252.txt": (SMALL.encode("cp1252"), "cp1252", True),
    "latin1.txt": (SMALL.replace("’", "'").replace("–", "-").replace("€", "EUR ").encode("latin-1"),
                   "cp1252", True),
    "utf16.txt": (SMALL.encode("utf-16"), "utf-16", True),
    "utf8bom.txt": (codecs.BOM_UTF8 + SMALL.encode("utf-8"), "utf-8-sig", True),
    "crlf.txt": (SMALL.replace("\n", "\r\n").encode("utf-8"), "utf-8", True),
    "truncated.txt": ((SMALL + "\n  2. A truncated ite").encode("utf-8"),
                      "the last item looks truncated: line 9 ends mid-text", True),
    "menu.txt": (b"Home\n\nAbout the ILO\n\nContact us\n", "no listing entry found", False),
}


@pytest.mark.parametrize("name", CASES)
def test_bad_dump_is_named_and_the_good_items_stay(tmp_path, capsys, seed_item_ids, name):
    data, message, yields = CASES[name]
    code, out, err, folder = _run_with(tmp_path, name, data, capsys)
    assert code == 0 and "Traceback" not in out + err
    assert any(name in line and message in line for line in (out + err).splitlines()), out + err
    items = pd.read_parquet(folder / "items.parquet")
    assert seed_item_ids <= set(items["item_id"])
    if yields:
        mine = items[items["sources"].map(lambda s: name in s)]
        # the Latin-1 copy was written with a plain apostrophe, the others with ’
        assert any(t.startswith("Workers in Türkiye and Côte d") for t in mine["title"]), list(mine["title"])
    else:
        assert "Dumps that gave nothing: " in out and name in out


def test_decoded_text_is_right_not_just_decoded():
    """The legacy encodings give back the very characters, not look-alikes."""
    assert io.decode(SMALL.encode("cp1252"))[0] == SMALL
    assert io.decode(SMALL.encode("utf-16"))[0] == SMALL
    assert io.decode(codecs.BOM_UTF8 + SMALL.encode())[0] == SMALL


@pytest.mark.parametrize("encoding", ["cp1250", "iso8859_2"])
def test_a_central_european_page_is_read_in_its_code_page(encoding):
    """A Polish page saved in Windows-1250 or ISO 8859-2 reads as written, not as the
    Windows-1252 look-alike (`po³owa` for `połowa`); a Western page stays Western."""
    polish = ("Współpraca międzynarodowa - aktualności\n\n14.05.2024\n"
              "Raport MOP: ponad połowa ludności świata objęta ochroną socjalną\n"
              "Po raz pierwszy ponad połowa ludności świata korzysta z co najmniej jednego świadczenia.\n")
    assert io.decode(polish.encode(encoding)) == (polish, encoding, None)
    french = "Protection sociale : la moitié du monde est couverte, selon l’OIT (14 mai 2024)\n"
    assert io.decode(french.encode("cp1252")) == (french, "cp1252", None)


def test_a_turkish_page_is_read_in_its_code_page():
    """A Turkish page saved in Windows-1254 reads as written, not as the Windows-1252 look-
    alike whose `ı ş ğ` are Icelandic letters (`Mayýs`, no month); an Icelandic page in
    Windows-1252 stays Western."""
    turkish = ("Haberler ve etkinlikler\n\nBasın bülteni | 14 Mayıs 2024, Ankara\n"
               "Türkiye’de kayıt dışı istihdamla mücadele için yeni proje başladı\n"
               "Proje, 10 ilde 20.000 işçiye ulaşacak ve İstanbul’da başlayacak.\n")
    assert io.decode(turkish.encode("cp1254")) == (turkish, "cp1254", None)
    icelandic = ("Fréttir og viðburðir\n\nFréttatilkynning | 14. maí 2024, Reykjavík\n"
                 "Alþjóðavinnumálastofnunin birti í dag skýrslu um vinnuaðstæður á Íslandi.\n")
    assert io.decode(icelandic.encode("cp1252")) == (icelandic, "cp1252", None)


@pytest.mark.parametrize("encoding", ["cp932", "gb18030", "euc_kr"])
def test_an_east_asian_page_is_read_in_its_code_page(encoding):
    """A Japanese, Chinese or Korean page saved in its Windows or legacy code page (Shift_JIS,
    GBK, EUC-KR), which no Western reading passes, reads as written (it was refused)."""
    pages = {"cp932": "ニュース\n\nプレスリリース | 2024年5月29日\n世界の失業率、2024年は4.9％に低下の見通し\n"
                      "ILOの最新報告書によると、今年の世界の失業者数は約1億8,300万人となる見込みです。\n",
             "gb18030": "新闻\n\n新闻稿 | 2024年5月29日\n国际劳工组织：2024年全球失业率预计降至4.9%\n"
                        "今年全球失业人数约为1.83亿人。\n",
             "euc_kr": "뉴스\n\n보도자료 | 2024년 5월 29일\n2024년 세계 실업률 4.9%로 하락 전망\n"
                       "올해 전 세계 실업자 수는 약 1억 8300만 명으로 예상된다.\n"}
    assert io.decode(pages[encoding].encode(encoding)) == (pages[encoding], encoding, None)


def test_huge_dump_is_refused_by_size(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * 2048)
    dump = io.read_dump(path, max_bytes=1024)
    assert dump.text is None and dump.problem.startswith("too large")


def test_vanished_dump_is_named(tmp_path, capsys, seed_item_ids):
    raw = copy_seeds(tmp_path / "raw")
    os.symlink(tmp_path / "gone.txt", raw / "gone.txt")  # listed, then nothing there to read
    assert main(["run", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "gone.txt" in out and "vanished before it could be read" in out
    assert seed_item_ids <= set(pd.read_parquet(tmp_path / "out" / "items.parquet")["item_id"])


def test_a_file_that_vanishes_mid_run(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(SMALL)
    real = Path.read_bytes

    def vanish(self):
        if self.name == "a.txt":
            raise FileNotFoundError(2, "No such file or directory")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    assert io.read_dump(path).problem.startswith("vanished")


def test_whole_pages_are_not_called_truncated():
    for seed in RAW.glob("*.txt"):
        assert truncation(seed.read_text(encoding="utf-8")) is None, seed.name
    assert truncation(SMALL.rstrip("\n")) is None  # ends on a full sentence


def test_a_tab_tables_last_row_with_no_newline():
    """A spreadsheet's TSV ends with no newline after its last row: a row with every cell the
    header names is whole; one with fewer is cut."""
    table = "Date\tTitle\tOwner\n5/14/2024\tWages rise in Chile\tJ. Park\n5/28/2024\tSkills forum opens\tA. Gurung"
    assert truncation(table) is None
    assert truncation(table.removesuffix("\tA. Gurung")) == (
        "the last item looks truncated: line 3 ends mid-text ('5/28/2024 Skills forum opens')")


def test_all_bad_kinds_at_once(tmp_path, capsys, seed_item_ids):
    """The seeds plus one dump of each bad kind: no traceback, each bad dump named, 73 seed items."""
    raw = copy_seeds(tmp_path / "raw")
    for name, (data, _, _) in CASES.items():
        (raw / name).write_bytes(data)
    os.symlink(tmp_path / "gone.txt", raw / "gone.txt")
    assert main(["run", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "Traceback" not in text
    for name, (_, message, _) in {**CASES, "gone.txt": (None, "vanished", None)}.items():
        assert any(name in line and message in line for line in text.splitlines()), name
    nothing = next(line for line in captured.out.splitlines() if line.startswith("Dumps that gave nothing"))
    assert all(n in nothing for n in ("empty.txt", "blank.txt", "binary.bin", "menu.txt", "gone.txt"))
    assert seed_item_ids <= set(pd.read_parquet(tmp_path / "out" / "items.parquet")["item_id"])


def test_the_dumps_listed_are_every_entry_but_folders_and_hidden_ones(tmp_path):
    """In name order; a link counts as what it points to, and one that cannot be followed
    (gone, or a loop) is listed, to be reported as unreadable."""
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    for name in ("b.txt", "A.txt", ".hidden.txt", "sub/inner.txt"):
        (raw / name).write_text(SMALL)
    (raw / "to_sub").symlink_to(raw / "sub")
    (raw / "to_b").symlink_to(raw / "b.txt")
    (raw / "gone").symlink_to(tmp_path / "nowhere.txt")
    (raw / "loop1").symlink_to(raw / "loop2")
    (raw / "loop2").symlink_to(raw / "loop1")
    os.mkfifo(raw / "pipe")
    assert io.list_dumps(raw) == [raw / name for name in ("A.txt", "b.txt", "gone", "loop1", "loop2", "pipe", "to_b")]


def test_a_named_pipe_is_named_not_waited_on(tmp_path, capsys, seed_item_ids):
    """Reading a pipe would wait for a writer forever; it is reported instead."""
    raw = copy_seeds(tmp_path / "raw")
    os.mkfifo(raw / "zz_pipe")
    assert main(["run", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert any("zz_pipe" in line and "not a regular file" in line for line in out.splitlines()), out
    assert "Dumps that gave nothing: zz_pipe" in out
    assert seed_item_ids <= set(pd.read_parquet(tmp_path / "out" / "items.parquet")["item_id"])


def test_a_file_name_that_is_not_utf8_is_named_escaped(tmp_path, capsys, seed_item_ids):
    raw = copy_seeds(tmp_path / "raw")
    (raw / os.fsdecode(b"caf\xe9.txt")).write_text(SMALL, encoding="utf-8")
    assert main(["run", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    line = next(line for line in captured.out.splitlines() if "caf" in line)
    assert "caf\\xe9.txt" in line and "file name is not valid UTF-8; rename the file" in line
    assert seed_item_ids == set(pd.read_parquet(tmp_path / "out" / "items.parquet")["item_id"])
    report = json.loads((tmp_path / "out" / "_run.json").read_text(encoding="utf-8"))
    assert any(d["name"] == "caf\\xe9.txt" for d in report["dumps"])
