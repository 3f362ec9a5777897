"""Text helpers: whitespace, title keys, case folding."""
from __future__ import annotations

from pipeline.text import _WHITESPACE, collapse_whitespace, fold_case


def test_collapse_whitespace_treats_every_unicode_space_alike():
    # the fast path (str.split) and the full pattern agree on every character of the BMP
    for code in range(0x10000):
        char = chr(code)
        text = f"{char}a{char}{char}b c{char}"
        assert collapse_whitespace(text) == _WHITESPACE.sub(" ", text).strip(), hex(code)
    assert collapse_whitespace("\u00a0Viet\u2009Nam\u200b\ufeff ILO\t\n") == "Viet Nam ILO"


def test_fold_case_keeps_offsets():
    text = "İstanbul’s ‘Decent‑Work’\u00a0Agenda"
    folded = fold_case(text)
    assert len(folded) == len(text) and folded.endswith("'decent-work' agenda")
