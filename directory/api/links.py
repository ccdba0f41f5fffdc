"""The terms a page of records links to (sectors, areas…), read in bulk from the link tables.

``prefetch_related`` builds one term per link and, for every record and relation, a related manager and a filtered
queryset: on a page of 50 records with four relations that was most of an API page's time after a change. Here a
relation costs one or two plain queries, each term linked is built once however many records share it (or not at
all when only slugs are wanted), and the terms come in the vocabulary's own order, as the prefetch gave them.
"""


def _links(model, name, pks):
    field = model._meta.get_field(name)
    through = field.remote_field.through
    owner, term = field.m2m_column_name(), field.m2m_reverse_name()
    return field, through.objects.filter(**{f"{owner}__in": pks}).order_by(), owner, term


def linked_terms(model, name, pks, queryset=None):
    """{pk: [terms of ``model``'s many-to-many ``name``]} for the records ``pks``, in the order of ``queryset``
    (by default the vocabulary's own), as ``Prefetch(name, queryset)`` gives them."""
    field, links, owner, term = _links(model, name, pks)
    pairs = list(links.values_list(owner, term))
    if queryset is None:
        queryset = field.related_model._default_manager.all()
    # The terms in their order: a rank for each, by which every record's list is sorted.
    terms = list(queryset.filter(pk__in={term_pk for _pk, term_pk in pairs}))
    rank = {found.pk: n for n, found in enumerate(terms)}
    found = {pk: [] for pk in pks}
    # A term deleted between the two reads (with its links) is left out, as a read after the delete would.
    for pk, term_pk in sorted((pair for pair in pairs if pair[1] in rank), key=lambda pair: rank[pair[1]]):
        found[pk].append(terms[rank[term_pk]])
    return found


def linked_slugs(model, name, pks):
    """{pk: [slugs of the terms of ``model``'s many-to-many ``name``, in the vocabulary's order]}: one query."""
    field, links, owner, _term = _links(model, name, pks)
    target = field.m2m_reverse_field_name()
    ordering = [
        f"-{target}__{key[1:]}" if key.startswith("-") else f"{target}__{key}"
        for key in field.related_model._meta.ordering
    ]
    found = {pk: [] for pk in pks}
    for pk, slug in links.order_by(*ordering).values_list(owner, f"{target}__slug"):
        found[pk].append(slug)
    return found
