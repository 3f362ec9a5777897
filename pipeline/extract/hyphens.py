"""Words a hard wrap cut at a line's end, with a hyphen (`employ-` / `ment`).

A justified text's wrap cuts a word where it may be hyphenated and sets a hyphen at the
cut: the word is whole again once that hyphen goes (`employment`). A compound cut at its
own hyphen keeps it (`self-` / `employed`: `self-employed`), as does one whose next part
opens in upper case (`Asia-` / `Pacific`). Which of the two a cut is, the dump says first,
where it writes the word whole elsewhere (`framework`, `self-employed`); else a dictionary
does: a word it knows joined (`employment`) lost only the wrap's hyphen. The dictionaries
are pyspellchecker's word lists, in the languages the parser reads dates in that it has a
list for; each is loaded once a process first needs it.
"""
from __future__ import annotations

import re
from functools import cache

from pipeline.dates import LANGUAGES

# the languages of `LANGUAGES` pyspellchecker has a word list for (none for Polish, Turkish,
# Indonesian, Hungarian, Vietnamese); English first: a cut in English text is decided by its list alone
WORD_LISTS = tuple(language for language in LANGUAGES if language in {"en", "fr", "es", "pt", "de", "it", "ru", "ar"})

# the words around a cut are English when this share of them is in the English list
ENGLISH_SHARE = 0.5

_LETTERS = re.compile(r"[^\W\d_]+")


def joined(head: str, tail: str, text: str, context: str) -> str:
    """A word cut at a line's end (`head`, its hyphen kept: `employ-`), whole again with the
    next line's first word (`tail`: `ment,`): `employment,`, or `self-employed`. `text` is
    the dump's, searched for the word written whole; `context`, the two lines around the cut
    (read in English, if they are; else in the other languages too)."""
    stem, word = head[:-1], _LETTERS.match(tail)
    if not stem or word is None or tail[0].isupper():  # (`Asia-` / `Pacific`: a compound)
        return head + tail
    if _written(f"{stem}-{word[0]}", text):
        return head + tail
    if _written(f"{stem}{word[0]}", text) or _known(f"{stem}{word[0]}".lower(), context):
        return stem + tail
    return head + tail


def _written(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I) is not None


def _known(word: str, context: str) -> bool:
    if word in _words("en"):
        return True
    return not _english(context) and any(word in _words(language) for language in WORD_LISTS[1:])


def _english(text: str) -> bool:
    """Whether a text is in English, by the share of its words the English list knows."""
    words = [w.lower() for w in _LETTERS.findall(text) if len(w) > 2]
    return bool(words) and sum(w in _words("en") for w in words) >= ENGLISH_SHARE * len(words)


@cache
def _words(language: str):
    from spellchecker import SpellChecker  # (a data file of ~1 MB per language: loaded when needed)

    return SpellChecker(language=language, distance=1).word_frequency
