"""One normalisation for everything that is searched, so a user finds a record however they type it.

Stored search text and queries pass through the same function: case and accents are dropped (``École`` →
``ecole``), Arabic tashkeel and tatweel are removed, and the letters Moroccan users type interchangeably are
folded (أ إ آ → ا, ة → ه, ى → ي).
"""

import json
import re
import unicodedata

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connections, models
from django.db.models import Case, Q, When
from django.db.models.expressions import RawSQL

from directory.models import SearchTerm

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


def remember_terms(text, *, using="default"):
    """Add the words of a record's search text to the dictionary PostgreSQL uses to correct typos."""
    if connections[using].vendor != "postgresql":
        return
    terms = {word for word in text.split() if MIN_TERM <= len(word) <= MAX_TERM}
    SearchTerm.objects.using(using).bulk_create([SearchTerm(term=t) for t in terms], ignore_conflicts=True)


def similar_terms(word, *, using="default", limit=5):
    """Words of the dictionary close to ``word`` (pg_trgm), best first."""
    return list(
        SearchTerm.objects.using(using)
        .filter(term__trigram_similar=word)
        .annotate(similarity=TrigramSimilarity("term", word))
        .order_by("-similarity", "term")
        .values_list("term", flat=True)[:limit]
    )


MIN_TERM, MAX_TERM = 4, 40


class SearchableQuerySet(models.QuerySet):
    """For models keeping ``search_text`` (every language, normalised) and ``search_name`` (names only).

    The portable rule is a normalised substring match per word, the same on every database: every word of the
    query must occur. PostgreSQL adds typo tolerance: a word found nowhere is replaced by the closest words that
    do occur (pg_trgm over a dictionary of the words in use), so the query itself stays a plain substring match.
    """

    def search_plan(self, query):
        """For each query word, the spellings to look for (the word itself, or on PostgreSQL its corrections)."""
        plan = []
        on_postgres = connections[self.db].vendor == "postgresql"
        for word in query_words(query):
            variants = [word]
            if on_postgres and len(word) >= MIN_TERM and not self.filter(search_text__contains=word).exists():
                variants = similar_terms(word, using=self.db) or variants
            plan.append(variants)
        return plan

    def matching(self, plan):
        for variants in plan:
            condition = Q()
            for variant in variants:
                condition |= Q(search_text__contains=variant)
            self = self.filter(condition)
        return self

    @staticmethod
    def relevance(plan):
        """Cheap to compute on any row: words found in a name count double."""
        if not plan:
            return models.Value(0.0, output_field=models.FloatField())
        scores = []
        for variants in plan:
            in_name = Q()
            for variant in variants:
                in_name |= Q(search_name__contains=variant)
            scores.append(Case(When(in_name, then=2.0), default=1.0, output_field=models.FloatField()))
        return sum(scores[1:], scores[0])

    def search(self, query):
        """Records in which every word of the query appears, in any language, annotated with ``relevance``."""
        plan = self.search_plan(query)
        return self.matching(plan).annotate(relevance=self.relevance(plan))


def among_ids(ids, *, using="default"):
    """The condition "the primary key is one of ``ids``", sent as a single parameter however long the list.

    A plain ``pk__in=[...]`` sends one parameter per id, which PostgreSQL then plans slowly. PostgreSQL gets one
    array (``= ANY``), whose length it takes into account: a subquery over the array was always estimated at 200
    rows, so with thousands of matches it chose plans that read the whole table. SQLite reads a JSON list.
    """
    if connections[using].vendor == "postgresql":
        return models.Func(
            models.F("pk"),
            models.Value(list(ids)),
            arg_joiner=" = ANY(",
            template="%(expressions)s::bigint[])",
            output_field=models.BooleanField(),
        )
    return Q(pk__in=RawSQL("SELECT value FROM json_each(%s)", [json.dumps(list(ids))]))


class Searchable(models.Model):
    """A record found by ``SearchableQuerySet.search``; subclasses define ``build_search_text`` (every language
    of the record) and ``build_search_name`` (its names), which each save writes to the two columns."""

    # Denormalised, normalised text of every language of the record: one portable column to search.
    search_text = models.TextField(editable=False, blank=True, default="")
    search_name = models.TextField(editable=False, blank=True, default="")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        self.search_name = self.build_search_name()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text", "search_name"}
        super().save(*args, **kwargs)
        remember_terms(self.search_text, using=self._state.db)
