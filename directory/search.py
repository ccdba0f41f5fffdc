"""One normalisation for everything that is searched, so a user finds a record however they type it.

Stored search text and queries pass through the same function: case and accents are dropped (``École`` →
``ecole``), Arabic tashkeel and tatweel are removed, and the letters Moroccan users type interchangeably are
folded (أ إ آ → ا, ة → ه, ى → ي).
"""

import re
import unicodedata

_ARABIC_FOLD = str.maketrans(
    {
        "\u0640": None,  # tatweel
        "\u0629": "\u0647",  # ta marbuta → ha
        "\u0649": "\u064a",  # alif maqsura → ya
        "\u0671": "\u0627",  # alif wasla → alif
    }
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalise(text):
    if not text:
        return ""
    # NFKD splits أ إ آ into a bare alif plus a combining hamza or madda, and é into e plus an accent,
    # so dropping combining marks handles Latin accents, Arabic tashkeel and hamza seats in one pass.
    decomposed = unicodedata.normalize("NFKD", str(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.translate(_ARABIC_FOLD).casefold()
    return " ".join(_NON_WORD.sub(" ", folded).split())


def query_words(query, *, limit=8):
    """The distinct normalised words of a query; a bounded number keeps the SQL bounded."""
    seen = []
    for word in normalise(query).split():
        if word not in seen:
            seen.append(word)
    return seen[:limit]
