"""Small text helpers shared by the stages."""
from __future__ import annotations

import re
import unicodedata

# Every Unicode space (no-break, thin, ideographic...) plus tabs and line breaks.
_WHITESPACE = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def collapse_whitespace(text: str) -> str:
    """Runs of any whitespace become one ordinary space; ends are trimmed."""
    return _WHITESPACE.sub(" ", text).strip()


def title_key(title: str) -> str:
    """The form two titles are compared in: NFKC, case-folded, whitespace collapsed."""
    return collapse_whitespace(unicodedata.normalize("NFKC", title)).casefold()
