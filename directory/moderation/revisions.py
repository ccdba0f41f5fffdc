"""Storing, comparing and applying proposed changes to a model instance, for any moderated model.

A revision's data maps field names to values in their string form (``Field.value_to_string``) and
many-to-many fields to lists of primary keys, so it survives a round trip through JSON unchanged.
"""

from django.db import models


def _field(model, name):
    return model._meta.get_field(name)


def snapshot(instance, cleaned_data, field_names):
    """The proposed values: ``instance`` already carries the form's changes (``form.save(commit=False)``)."""
    data = {}
    for name in field_names:
        field = _field(type(instance), name)
        if field.many_to_many:
            data[name] = sorted(obj.pk for obj in cleaned_data.get(name) or [])
        else:
            raw = field.value_from_object(instance)
            data[name] = None if raw in (None, "") and field.null else field.value_to_string(instance)
    return data


def current(instance, field_names):
    """The same representation for what is live now, so a form can start from either."""
    data = {}
    for name in field_names:
        field = _field(type(instance), name)
        if field.many_to_many:
            data[name] = sorted(getattr(instance, name).values_list("pk", flat=True))
        else:
            raw = field.value_from_object(instance)
            data[name] = None if raw in (None, "") and field.null else field.value_to_string(instance)
    return data


def as_initial(instance, data):
    """Form initial values from revision data."""
    initial = {}
    for name, value in data.items():
        field = _field(type(instance), name)
        if field.many_to_many or value is None:
            initial[name] = value
        elif isinstance(field, models.ForeignKey):
            initial[name] = int(value)
        else:
            initial[name] = field.to_python(value)
    return initial


def apply(instance, data):
    """Write the proposed values onto ``instance`` and save it."""
    m2m = {}
    for name, value in data.items():
        field = _field(type(instance), name)
        if field.many_to_many:
            m2m[name] = value
        elif isinstance(field, models.ForeignKey):
            setattr(instance, field.attname, None if value is None else field.target_field.to_python(value))
        else:
            setattr(instance, name, None if value is None else field.to_python(value))
    instance.save()
    for name, pks in m2m.items():
        getattr(instance, name).set(pks)


def _display(field, value):
    if value is None or value == "" or value == []:
        return ""
    if field.many_to_many:
        return ", ".join(str(obj) for obj in field.related_model._default_manager.filter(pk__in=value))
    if isinstance(field, models.ForeignKey):
        return str(field.related_model._default_manager.filter(pk=value).first() or "")
    if field.choices:
        return str(dict(field.flatchoices).get(field.to_python(value), value))
    return str(value)


def diff(instance, data):
    """Field by field, what would change: [(label, live value, proposed value)] for changed fields only."""
    live = current(instance, data.keys())
    rows = []
    for name, proposed in data.items():
        if live.get(name) != proposed:
            field = _field(type(instance), name)
            rows.append((field.verbose_name, _display(field, live.get(name)), _display(field, proposed)))
    return rows
