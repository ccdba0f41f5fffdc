"""One normalisation for everything that is searched, so a user finds a record however they type it.

Stored search text and queries pass through the same function: case and accents are dropped (``École`` →
``ecole``), Arabic tashkeel and tatweel are removed, and the letters Moroccan users type interchangeably are
folded (أ إ آ → ا, ة → ه, ى → ي).
"""

import re
import unicodedata

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db import connections, models
from django.db.models import Case, Q, When

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


class SearchableQuerySet(models.QuerySet):
    """For models keeping ``search_text`` (every language, normalised) and ``search_name`` (names only)."""

    def search(self, query):
        """Records in which every word of the query appears, in any language, annotated with ``relevance``.

        The portable rule (a normalised substring match per word) holds on every database; PostgreSQL adds
        tolerance for small typos and a finer ranking through pg_trgm, never removing a portable match.
        """
        words = query_words(query)
        if not words:
            return self.annotate(relevance=models.Value(0.0, output_field=models.FloatField()))
        on_postgres = connections[self.db].vendor == "postgresql"
        relevance = []
        for word in words:
            match = Q(search_text__contains=word)
            if on_postgres and len(word) >= 4:
                match |= Q(search_text__trigram_word_similar=word)
            self = self.filter(match)
            relevance.append(
                Case(
                    When(search_name__contains=word, then=2.0), default=1.0, output_field=models.FloatField()
                )
            )
            if on_postgres:
                relevance.append(TrigramWordSimilarity(word, "search_text"))
        return self.annotate(relevance=sum(relevance[1:], relevance[0]))
