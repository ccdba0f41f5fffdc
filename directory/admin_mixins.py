"""Admin behaviour shared by the project's model admins."""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection


def _check_key(field, key):
    """Raise ValidationError unless ``key`` is a value ``field`` (a primary key) can hold in this database."""
    value = field.to_python(key)
    if isinstance(value, int):
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        if (low is not None and value < low) or (high is not None and value > high):
            raise ValidationError("out of range")


class QueryInitialMixin:
    """The add form takes initial values from the query string (``?organisation=3``): each is read as its field's
    type, and one that is not valid is dropped, instead of reaching a widget (an autocomplete's query, a date
    split in two) as a server error."""

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        for name, value in list(initial.items()):
            try:
                field = self.opts.get_field(name)
            except FieldDoesNotExist:
                continue
            try:
                if field.is_relation:
                    for key in value if isinstance(value, list) else [value]:
                        _check_key(field.target_field, key)
                else:
                    initial[name] = field.to_python(value)
            except ValidationError:
                del initial[name]
        return initial
