"""Counts maintained, not recounted: the numbers the unfiltered pages show, kept in summary tables.

A *counter* (one per counted model, defined by its app) says which keys each public record adds to the tallies:
``sector:3`` for a facet option, ``sector@12:3`` for a cell of the overview's matrices, ``total``. Each record's
keys are stored with it (``TalliedRecord``), so any change — a save, a moderation decision, a link added or
removed, a delete — subtracts exactly the keys the record added and adds its new ones, inside the transaction of
the change (signals, not ``on_commit``). Readers add nothing up: they read the tallies (a few hundred rows).

Time: keys starting with ``o:`` hold only while a record is open (before its deadline). They are counted as of the
counter's clock (``TallyClock.as_of``); a reader subtracts the keys of records whose deadline has passed since —
a range of the ``open_until`` index, a handful of rows — and ``advance`` moves the clock on, so that range stays
short. ``rebuild`` (the ``recount`` command, and ``migrate`` for a counter never built) counts from scratch.

The core knows no feature app: apps register their counters (``register``) in ``AppConfig.ready``.
"""

from collections import defaultdict
from decimal import Decimal

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import F, Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils import timezone

from directory.models import TalliedRecord, Tally, TallyClock

OPEN = "o:"
# The clock is moved on by a task once it lags this much behind: readers then subtract a few minutes of deadlines.
ADVANCE_AFTER_SECONDS = 300
BATCH = 2000

_counters = {}


class Counter:
    """What one model adds to its tallies. Subclasses set ``name`` and ``model`` and define ``keys``."""

    name = ""
    model = None
    # True when some keys hold only while a record is open (``o:``): readers then subtract passed deadlines.
    timed = False

    def scope(self):
        """The records counted at all (the public ones)."""
        return self.model._default_manager.all()

    def keys(self, queryset, as_of):
        """{pk: ({key: amount}, open_until)} for the records of ``queryset`` (already within the scope).

        ``amount`` is 0 for a plain count; ``open_until`` is the moment the record's ``o:`` keys stop holding
        (None if they always hold or it has none); keys starting with ``o:`` are left out for a record that is
        not open at ``as_of``.
        """
        raise NotImplementedError


def register(counter):
    """Keep ``counter``'s tallies up to date on every save, delete and link change of its model."""
    _counters[counter.name] = counter
    model = counter.model
    uid = f"counting-{counter.name}"

    def saved(sender, instance, **kwargs):
        recount(counter, [instance.pk])

    def linked(sender, instance, action, reverse, model, pk_set, **kwargs):
        if action == "pre_clear" and reverse:
            # The records about to lose a link to ``instance`` (a term): only known before the links go.
            through = sender.objects.filter(**{_term_column(sender, counter.model): instance.pk})
            instance._counting_cleared = list(
                through.values_list(_owner_column(sender, counter.model), flat=True)
            )
        elif action in ("post_add", "post_remove"):
            recount(counter, list(pk_set) if reverse else [instance.pk])
        elif action == "post_clear":
            recount(counter, getattr(instance, "_counting_cleared", []) if reverse else [instance.pk])

    post_save.connect(saved, sender=model, weak=False, dispatch_uid=f"{uid}-save")
    post_delete.connect(saved, sender=model, weak=False, dispatch_uid=f"{uid}-delete")
    for field in model._meta.many_to_many:
        through = field.remote_field.through
        m2m_changed.connect(linked, sender=through, weak=False, dispatch_uid=f"{uid}-{through._meta.label}")
        _follow_term_deletes(counter, field)
    return counter


def _follow_term_deletes(counter, field):
    """A deleted term (a sector, an area) takes its links along without a m2m_changed signal: the records linked
    to it are noted before it goes and recounted once it has."""
    through = field.remote_field.through
    owner, term = field.m2m_column_name(), field.m2m_reverse_name()
    noted = f"_counting_{counter.name}_{field.name}"

    def deleting(sender, instance, **kwargs):
        linked = through.objects.filter(**{term: instance.pk}).values_list(owner, flat=True)
        setattr(instance, noted, list(linked))

    def deleted(sender, instance, **kwargs):
        recount(counter, getattr(instance, noted, []))

    uid = f"counting-{counter.name}-{field.name}"
    pre_delete.connect(deleting, sender=field.related_model, weak=False, dispatch_uid=f"{uid}-deleting")
    post_delete.connect(deleted, sender=field.related_model, weak=False, dispatch_uid=f"{uid}-deleted")


def counters():
    return dict(_counters)


def _owner_column(through, model):
    return next(f.attname for f in through._meta.fields if f.is_relation and f.related_model is model)


def _term_column(through, model):
    return next(f.attname for f in through._meta.fields if f.is_relation and f.related_model is not model)


def _apply(clock, delta):
    """Add ``delta`` ({key: [n, total]}) to the tallies: a few statements, however many keys."""
    delta = {key: change for key, change in delta.items() if change[0] or change[1]}
    if not delta:
        return
    Tally.objects.bulk_create([Tally(clock=clock, key=key) for key in delta], ignore_conflicts=True)
    groups = defaultdict(list)
    for key, (n, total) in delta.items():
        groups[(n, total)].append(key)
    for (n, total), keys in groups.items():
        Tally.objects.filter(clock=clock, key__in=keys).update(n=F("n") + n, total=F("total") + total)


def _add(delta, keys, sign, only_open=False):
    for key, amount in keys.items():
        if only_open and not key.startswith(OPEN):
            continue
        change = delta[key]
        change[0] += sign
        change[1] += sign * Decimal(str(amount or 0))


def _stored(keys):
    """Amounts as strings in JSON (a Decimal is exact there), zero as 0."""
    return {key: (str(amount) if amount else 0) for key, amount in keys.items()}


def recount(counter, pks):
    """Bring the tallies up to date with the current state of records ``pks`` (gone, hidden or changed)."""
    pks = [pk for pk in pks if pk is not None]
    if not pks:
        return
    with transaction.atomic():
        # One writer per counter at a time: the clock's row is the lock (see ``advance`` and ``rebuild``).
        clock = TallyClock.objects.select_for_update().filter(pk=counter.name).first()
        if clock is None:
            return  # never built: readers count for themselves until ``recount`` builds it
        if counter.timed:
            _advance(clock, timezone.now())  # the writer holds the lock anyway: readers subtract less
        stored = {r.record_id: r for r in TalliedRecord.objects.filter(clock=clock, record_id__in=pks)}
        fresh = counter.keys(counter.scope().filter(pk__in=pks), clock.as_of) if pks else {}
        delta = defaultdict(lambda: [0, Decimal(0)])
        for pk in pks:
            if pk in stored:
                _add(delta, stored[pk].keys, -1)
            if pk in fresh:
                _add(delta, fresh[pk][0], +1)
        _apply(clock, delta)
        gone = [pk for pk in stored if pk not in fresh]
        if gone:
            TalliedRecord.objects.filter(clock=clock, record_id__in=gone).delete()
        for pk, (keys, open_until) in fresh.items():
            record = stored.get(pk) or TalliedRecord(clock=clock, record_id=pk)
            record.keys, record.open_until = _stored(keys), open_until
            record.save()


def rebuild(counter, now=None):
    """Count every record of ``counter`` from scratch (the ``recount`` command)."""
    now = now or timezone.now()
    with transaction.atomic():
        clock, _created = TallyClock.objects.select_for_update().get_or_create(
            counter=counter.name, defaults={"as_of": now}
        )
        clock.as_of = now
        clock.save()
        Tally.objects.filter(clock=clock).delete()
        TalliedRecord.objects.filter(clock=clock).delete()
        totals = defaultdict(lambda: [0, Decimal(0)])
        pks = list(counter.scope().order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(pks), BATCH):
            batch = pks[start : start + BATCH]
            fresh = counter.keys(counter.scope().filter(pk__in=batch), now)
            for keys, _open_until in fresh.values():
                _add(totals, keys, +1)
            TalliedRecord.objects.bulk_create(
                [
                    TalliedRecord(clock=clock, record_id=pk, keys=_stored(keys), open_until=open_until)
                    for pk, (keys, open_until) in fresh.items()
                ]
            )
        Tally.objects.bulk_create(
            [Tally(clock=clock, key=key, n=n, total=total) for key, (n, total) in totals.items()],
            batch_size=BATCH,
        )


def rebuild_missing(**kwargs):
    """After ``migrate`` (and a test database's flush): build the counters that have never been built."""
    built = set(TallyClock.objects.values_list("counter", flat=True))
    for name, counter in _counters.items():
        if name not in built:
            rebuild(counter)


def _passed(clock, now):
    return TalliedRecord.objects.filter(clock=clock, open_until__gt=clock.as_of, open_until__lte=now)


def advance(name, now=None):
    """Move the clock of counter ``name`` to ``now``: the records whose deadline passed since lose their open
    keys. Readers then have fewer passed records to subtract; the tallies they read do not change."""
    with transaction.atomic():
        clock = TallyClock.objects.select_for_update().filter(pk=name).first()
        if clock is not None:
            _advance(clock, now or timezone.now())


def _advance(clock, now):
    if clock.as_of >= now:
        return
    delta = defaultdict(lambda: [0, Decimal(0)])
    for record in _passed(clock, now):
        _add(delta, record.keys, -1, only_open=True)
        record.keys = {key: amount for key, amount in record.keys.items() if not key.startswith(OPEN)}
        record.open_until = None
        record.save(update_fields=["keys", "open_until"])
    _apply(clock, delta)
    clock.as_of = now
    clock.save(update_fields=["as_of"])


class TalliedPaginator(Paginator):
    """A paginator told the size of its list where a maintained count holds it (``count``, or None to count):
    an unfiltered list's count needs no scan of every public row."""

    def __init__(self, object_list, per_page, *args, count=None, **kwargs):
        super().__init__(object_list, per_page, *args, **kwargs)
        if count is not None:
            self.count = count  # the cached property's value, so ``count`` is never computed


def tallies(name, now=None, *, prefixes=None, advance_later=None):
    """{key: (count, total)} of counter ``name`` as of ``now`` (only keys starting with one of ``prefixes``, if
    given), or None if it has never been built.

    One query, and for a timed counter a second: the records whose deadline has passed since its clock.
    ``advance_later`` (a function queuing ``advance``) is called when the clock lags behind.
    """
    now = now or timezone.now()
    wanted = Q()
    for prefix in prefixes or ():
        wanted |= Q(key__startswith=prefix)
    rows = Tally.objects.filter(wanted, clock_id=name).order_by().values_list("key", "n", "total")
    counts = {key: [n, total] for key, n, total in rows}
    if not counts and not TallyClock.objects.filter(pk=name).exists():
        return None
    if _counters[name].timed:
        # The clock's moment joined in: a range of the (counter, open_until) index, usually a few rows.
        passed = TalliedRecord.objects.filter(
            clock_id=name, open_until__gt=F("clock__as_of"), open_until__lte=now
        ).order_by()
        delta, clock = defaultdict(lambda: [0, Decimal(0)]), []
        for keys, as_of in passed.values_list("keys", "clock__as_of"):
            _add(delta, keys, -1, only_open=True)
            clock.append(as_of)
        for key, (n, total) in delta.items():
            if key not in counts:
                continue  # a key not asked for (or already at zero, and a count never goes below)
            counts[key][0] += n
            counts[key][1] += total
        # One request per lag period queues the task (cache.add is atomic); the task finds the clock moved on.
        lagging = clock and (now - clock[0]).total_seconds() > ADVANCE_AFTER_SECONDS
        if advance_later and lagging and cache.add(f"tally-advance:{name}", 1, 60):
            advance_later(name)
    return {key: (n, total) for key, (n, total) in counts.items() if n > 0}
