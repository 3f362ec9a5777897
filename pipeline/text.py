"""Small text helpers shared by the stages."""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable

# The words that name a photo's credit before its colon (`Photo credit:`, `Picture:`; in
# the offices' languages `Foto:`, `Crédito:`, `Crédit photo :`, `Bild:`, `Фото:`), as a pattern
CREDIT_WORDS = r"(?:(?:photo|picture)(?:\s+credit)?|foto|фото|cr[ée]dit(?:o|s)?(?:\s+photo)?|bild)"
# ... with its colon; or any one word before a colon and `©` (`Ảnh: © ILO/...`, `फ़ोटो: ©
# ...`): a credit's name in a language the list lacks (`Copyright: © 2024 ILO`, a year after
# the sign, is the page's notice)
CREDIT_NAMED = rf"(?:{CREDIT_WORDS}\s*:|[^\s:©]{{1,24}}\s*:(?=\s*(?:©|\(c\))(?!\s*(?:19|20)\d\d\b)))"

# What ends a line, as an editor counts lines: CR, LF or CRLF (a form feed does not)
LINE_END = re.compile(r"\r\n|\r|\n")


def line_numbers(text: str) -> Callable[[int], int]:
    """A function from an index in `text` to the number of the line it is on (1-based)."""
    starts = [0, *(m.end() for m in LINE_END.finditer(text))]
    return lambda index: bisect.bisect_right(starts, index)


# A web address (`https://www.ilo.org/...`, `www.ilo.org`), to be matched whole
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_SITE_PATH = re.compile(r"/\S*")


def is_link(value: str) -> bool:
    """Whether a data file's value is a link alone, no text: a web address, or a site's path
    (`/img/photo.jpg`)."""
    return bool(WEB_ADDRESS.fullmatch(value) or _SITE_PATH.fullmatch(value))

# Every Unicode space (no-break, thin, ideographic...) plus tabs and line breaks.
_WHITESPACE = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def collapse_whitespace(text: str) -> str:
    """Runs of any whitespace become one ordinary space; ends are trimmed."""
    if "\u200b" in text or "\ufeff" in text:  # the two that str.split() does not split on
        return _WHITESPACE.sub(" ", text).strip()
    return " ".join(text.split())


def title_key(title: str) -> str:
    """The form two titles are compared in: NFKC, case-folded, whitespace collapsed."""
    return collapse_whitespace(unicodedata.normalize("NFKC", title)).casefold()


# Characters folded to their plain form without changing the text's length.
_SAME_LENGTH_FOLDS = (("’", "'"), ("‘", "'"), ("\u00a0", " "), ("‐", "-"), ("‑", "-"))


def fold_case(text: str) -> str:
    """Lower case and plain quotes, dashes and spaces, at the same length as `text`.

    Offsets found in the fold are offsets in the text, so matchers can search the fold.
    """
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer (İ): fold one by one
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for char, plain in _SAME_LENGTH_FOLDS:
        if char in folded:  # a scan is much cheaper than str.translate on every text
            folded = folded.replace(char, plain)
    return folded
