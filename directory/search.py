"""One normalisation for everything that is searched, so a user finds a record however they type it.

Stored search text and queries pass through the same function: case and accents are dropped (``École`` →
``ecole``), Arabic tashkeel and tatweel are removed, and the letters Moroccan users type interchangeably are
folded (أ إ آ → ا, ة → ه, ى → ي). Places spelt several ways (Bni/Beni Makada, Tanger/Tangier/طنجة) are folded
through the maintained list in ``directory.synonyms``: stored text keeps what was written and adds the common
spelling, a query is rewritten to the common spelling, so either finds the other on every database.

A record's search text also holds the names, in all five languages, of the sectors, target groups and areas it
is tagged with (an arrondissement brings its city), so free text finds what the facets find.
"""

import contextlib
import functools
import re
import unicodedata

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connections, models
from django.db.models import Case, Q, When
from django.db.models.signals import m2m_changed, post_save

from directory import caching
from directory.models import Area, SearchTerm
from directory.synonyms import PLACE_SYNONYMS
from directory.translated import LANGUAGE_CODES

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


# Arabic writes "in", "and", "to", "so" as a letter joined to the next word (بطنجة، وطنجة، لطنجة).
_ARABIC_PROCLITIC = "[\u0648\u0628\u0644\u0641]?"


@functools.cache
def _synonyms():
    """The pattern matching any known variant (whole words, longest first) and each variant's common spelling."""
    common = {}
    for canonical, variants in PLACE_SYNONYMS.items():
        for variant in variants:
            if normalise(variant) and normalise(variant) != normalise(canonical):
                common[normalise(variant)] = normalise(canonical)
    alternatives = "|".join(re.escape(v) for v in sorted(common, key=len, reverse=True))
    return re.compile(rf"(?<!\S){_ARABIC_PROCLITIC}({alternatives})(?!\S)"), common


def index_text(text):
    """Normalised text to store, followed by the common spelling of every place variant it contains."""
    text = normalise(text)
    pattern, common = _synonyms()
    found = dict.fromkeys(common[match.group(1)] for match in pattern.finditer(text))
    return " ".join([text, *found]) if found else text


def fold_query(query):
    """A query, normalised, with each place variant replaced by its common spelling."""
    pattern, common = _synonyms()
    return pattern.sub(lambda match: common[match.group(1)], normalise(query))


def query_words(query, *, limit=8):
    """The distinct normalised words of a query; a bounded number keeps the SQL bounded."""
    seen = []
    for word in fold_query(query).split():
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
        """Every word of the plan (any of its spellings) occurs in the search text.

        PostgreSQL answers from the full-text index (``WordsFound``) whatever the word; elsewhere, and for the
        short words the dictionary does not keep, a substring match on the column.
        """
        on_postgres = connections[self.db].vendor == "postgresql"
        for variants in plan:
            if on_postgres and all(FULL_TEXT_WORD.fullmatch(v) for v in variants):
                self = self.filter(WordsFound(variants))
                continue
            condition = Q()
            for variant in variants:
                condition |= Q(search_text__contains=variant)
            self = self.filter(condition)
        return self

    @staticmethod
    def relevance(plan):
        """Cheap to compute on any row, from the short name column only: each word scores 3 where a word of
        the name starts with it, 2 where the name holds it elsewhere, 1 where only the rest of the text does."""
        if not plan:
            return models.Value(0.0, output_field=models.FloatField())
        scores = []
        for variants in plan:
            at_word_start, in_name = Q(), Q()
            for variant in variants:
                at_word_start |= Q(search_name__startswith=variant) | Q(search_name__contains=f" {variant}")
                in_name |= Q(search_name__contains=variant)
            scores.append(
                Case(
                    When(at_word_start, then=3.0),
                    When(in_name, then=2.0),
                    default=1.0,
                    output_field=models.FloatField(),
                )
            )
        return sum(scores[1:], scores[0])

    def search(self, query):
        """Records in which every word of the query appears, in any language, annotated with ``relevance``."""
        plan = self.search_plan(query)
        return self.matching(plan).annotate(relevance=self.relevance(plan))


# Words PostgreSQL's text parser keeps whole (letters and digits in any script, no underscore) and the dictionary
# holds when they occur inside a longer word.
FULL_TEXT_WORD = re.compile(rf"[^\W_]{{{MIN_TERM},{MAX_TERM}}}")


class WordsFound(models.Func):
    """PostgreSQL: the search text holds one of ``variants``, anywhere in one of its words, as the portable
    substring match would find it, but answered by the full-text index on ``to_tsvector('simple', search_text)``.

    A word of the text that starts with a variant is found by prefix (``variant:*``); one that holds it further
    in (``بالجمعية``, ``gezondheidszorg`` for ``zorg``) through the dictionary of words in use (``SearchTerm``,
    kept by every write of the search text), whose trigram index lists the words containing the variant. Both
    are one tsquery, made inside the same statement, so the matches never leave the database.
    """

    output_field = models.BooleanField()

    def __init__(self, variants):
        patterns = [f"%{variant}%" for variant in variants]  # letters and digits only: nothing to escape
        super().__init__(models.F("search_text"), models.Value(list(variants)), models.Value(patterns))

    def as_sql(self, compiler, connection, **extra_context):
        (column, column_params), (words, words_params), (patterns, patterns_params) = (
            compiler.compile(expression) for expression in self.get_source_expressions()
        )
        terms = connection.ops.quote_name(SearchTerm._meta.db_table)
        sql = (
            f"to_tsvector('simple', {column}) @@ (SELECT string_agg(quote_literal(word) || ':*', ' | ')::tsquery "
            f"FROM (SELECT unnest({words}::text[]) AS word UNION "
            f"SELECT term FROM {terms} WHERE term LIKE ANY({patterns}::text[])) AS words)"
        )
        return sql, (*column_params, *words_params, *patterns_params)


def taxonomy_text(links):
    """The names in every language of the taxonomy terms in ``links`` ({field: terms}); an arrondissement also
    brings its city's names, as choosing the city in the facets includes its arrondissements."""
    names = []
    for terms in links.values():
        for term in terms:
            names.extend(getattr(term, f"name_{code}", "") or "" for code in LANGUAGE_CODES)
            if isinstance(term, Area) and term.kind == Area.Kind.ARRONDISSEMENT and term.parent_id:
                names.extend(getattr(term.parent, f"name_{code}", "") or "" for code in LANGUAGE_CODES)
    return " ".join(name for name in names if name)


class Searchable(models.Model):
    """A record found by ``SearchableQuerySet.search``; subclasses define ``build_search_text`` (every language
    of the record) and ``build_search_name`` (its names), which each save writes to the two columns.

    ``search_taxonomies`` names the many-to-many fields whose terms' names belong to the search text; as they
    are written after the record itself, a change to them (or a renamed term) rewrites the search text too.
    """

    search_taxonomies = ("sectors", "target_groups", "areas")

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
        if _DEFERRED:
            _DEFERRED[-1].setdefault((type(self), self._state.db), set()).add(self.pk)
        else:
            remember_terms(self.search_text, using=self._state.db)

    def taxonomy_links(self, links=None):
        """{field: terms} of ``search_taxonomies``, from ``links`` when given, else as stored (nothing before
        the record has a primary key, or while a bulk load defers the work to its end)."""
        if links is not None:
            return {field: links.get(field, []) for field in self.search_taxonomies}
        if self.pk is None or _DEFERRED:
            return {}
        return {field: list(getattr(self, field).all()) for field in self.search_taxonomies}

    def refresh_search_text(self):
        """Rewrite the stored search columns without a full save (no moderation or timestamp side effects)."""
        self.search_text = self.build_search_text()
        self.search_name = self.build_search_name()
        type(self)._base_manager.using(self._state.db).filter(pk=self.pk).update(
            search_text=self.search_text, search_name=self.search_name
        )
        remember_terms(self.search_text, using=self._state.db)


def reindex(queryset, *, batch_size=500):
    """Rebuild the search columns of every record of ``queryset``; returns how many were written."""
    model = queryset.model
    prefetch = [f"{field}__parent" if field == "areas" else field for field in model.search_taxonomies]
    queryset = queryset.prefetch_related(*prefetch).order_by("pk")
    if any(field.name == "organisation" for field in model._meta.concrete_fields):
        queryset = queryset.select_related("organisation")  # an opportunity's text holds its publisher's name
    batch, written = [], 0
    for record in queryset.iterator(chunk_size=batch_size):
        record.search_text = record.build_search_text()
        record.search_name = record.build_search_name()
        batch.append(record)
        if len(batch) >= batch_size:
            written += _write_batch(model, batch, queryset.db)
            batch = []
    written += _write_batch(model, batch, queryset.db)
    if written:
        caching.bump_models(model, using=queryset.db)  # bulk_update sends no signal; lists search the columns
    return written


def _write_batch(model, batch, using):
    if batch:
        model._base_manager.using(using).bulk_update(batch, ["search_text", "search_name"])
        remember_terms(" ".join(record.search_text for record in batch), using=using)
    return len(batch)


# One dict per active ``search_reindex_deferred`` block: {(model, database): primary keys to rebuild}.
_DEFERRED = []


@contextlib.contextmanager
def search_reindex_deferred():
    """Within the block, saves and taxonomy links only note which records changed; their search text is
    rebuilt once, in bulk, when the block ends (a bulk load sets the links of many records one by one)."""
    pending = {}
    _DEFERRED.append(pending)
    try:
        yield
    finally:
        _DEFERRED.pop()
    for (model, using), pks in pending.items():
        reindex(model._base_manager.using(using).filter(pk__in=pks))


def _links_changed(sender, instance, action, reverse, model, pk_set, using, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if _DEFERRED:
        searchable, pks = (model, pk_set or ()) if reverse else (type(instance), [instance.pk])
        _DEFERRED[-1].setdefault((searchable, using), set()).update(pks)
        return
    if not reverse:
        instance.refresh_search_text()
    elif pk_set:
        # From the term's side (sector.organisations.add(...)): the records are the ones added or removed.
        reindex(model._base_manager.using(using).filter(pk__in=pk_set))


def _term_renamed(sender, instance, created, raw=False, using="default", **kwargs):
    if created or raw:
        return
    for model in SEARCHABLE_MODELS:
        for field in model.search_taxonomies:
            related = getattr(model, field).field.related_model
            if related is not sender:
                continue
            terms = [instance.pk]
            if sender is Area:  # an arrondissement's record carries its city's names too
                terms += list(instance.children.values_list("pk", flat=True))
            reindex(model._base_manager.using(using).filter(**{f"{field}__in": terms}).distinct())


SEARCHABLE_MODELS = []


def connect_search_signals(model):
    """Keep ``model``'s search text in step with its taxonomy links and with renamed terms."""
    if model not in SEARCHABLE_MODELS:
        SEARCHABLE_MODELS.append(model)
    for field in model.search_taxonomies:
        m2m_field = getattr(model, field)
        m2m_changed.connect(
            _links_changed, sender=m2m_field.through, dispatch_uid=f"search-{model._meta.label}-{field}"
        )
        post_save.connect(
            _term_renamed,
            sender=m2m_field.field.related_model,
            dispatch_uid=f"search-rename-{m2m_field.field.related_model._meta.label}",
        )
