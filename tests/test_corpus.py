"""The benchmark corpus: copies of the seeds whose titles differ, and nothing else."""
from __future__ import annotations

from pipeline.corpus import copy_mark, distinct_copy, make_corpus
from pipeline.extract import extract_entries
from tests.conftest import RAW


def test_copy_marks_are_letters_and_distinct():
    assert [copy_mark(n) for n in (0, 1, 25, 26, 27, 675, 676)] == ["a", "b", "z", "ba", "bb", "zz", "baa"]
    assert len({copy_mark(n) for n in range(5000)}) == 5000


def test_a_copy_marks_every_title_and_changes_nothing_else(seed_texts):
    for name, text in seed_texts.items():
        original, copy = extract_entries(text, name), extract_entries(distinct_copy(text, name, 27), name)
        assert len(copy) == len(original), name
        for before, after in zip(original, copy):
            assert after.title == before.title + " #bb", (name, before.line)
            assert (after.line, after.date_line, after.summary, after.label, after.section) == \
                   (before.line, before.date_line, before.summary, before.label, before.section)


def test_make_corpus_writes_about_the_size_asked(tmp_path):
    files, size = make_corpus(RAW, tmp_path / "corpus", 0.2)
    seeds = sum(p.stat().st_size for p in RAW.glob("*.txt"))
    assert 200_000 <= size < 200_000 + seeds + 5 * 10  # whole rounds of the 5 seeds
    assert files % 5 == 0 and files == len(list((tmp_path / "corpus").glob("*.txt")))
    assert make_corpus(RAW, tmp_path / "corpus", 0.2) == (files, size)  # reused, not rewritten
