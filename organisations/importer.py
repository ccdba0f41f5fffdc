"""Bulk import of organisations from a CSV file, so moderators can onboard the lists associations already keep.

The whole file is one transaction. Rows are saved as they are read, so the model's own validation runs for
real and a later row can see an organisation an earlier row created; if any row is wrong, or on a dry run,
the transaction is rolled back and nothing from the file remains.

A re-import updates instead of duplicating: a row matches the organisation with the same registration
number, else the one with the same name (in any language, compared normalised) in the same city. Empty cells
never erase what is stored, so re-importing an old list does not undo corrections made in the admin since.
"""

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from directory.models import Area, Language, LegalForm, Sector, TargetGroup
from directory.moderation import ModerationStatus
from directory.moderation.decisions import moderation_decide
from directory.search import normalise
from directory.translated import LANGUAGE_CODES
from organisations.models import Organisation

NAME_COLUMNS = [f"name_{code}" for code in LANGUAGE_CODES]
DESCRIPTION_COLUMNS = [f"description_{code}" for code in LANGUAGE_CODES]
RELATION_COLUMNS = {"sectors": Sector, "target_groups": TargetGroup, "areas": Area, "languages": Language}
COLUMNS = [
    *NAME_COLUMNS,
    "acronym",
    *DESCRIPTION_COLUMNS,
    "legal_form",
    "sectors",
    "target_groups",
    "areas",
    "address",
    "city",
    "country",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
    "founded",
    "registration_number",
    "languages",
    "status",
]
TEXT_COLUMNS = {
    *NAME_COLUMNS,
    *DESCRIPTION_COLUMNS,
    "acronym",
    "address",
    "city",
    "website",
    "email",
    "phone",
    "registration_number",
}
# Statuses anyone allowed to add organisations may give a new record; the others are moderation decisions.
UNMODERATED_STATUSES = {ModerationStatus.DRAFT, ModerationStatus.PENDING}
COORDINATE_PLACES = Decimal("0.000001")


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self):
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class RowOutcome:
    line: int
    created: bool
    name: str


@dataclass
class ImportResult:
    dry_run: bool = False
    rows: list[RowOutcome] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def created(self):
        return sum(row.created for row in self.rows)

    @property
    def updated(self):
        return sum(not row.created for row in self.rows)

    @property
    def saved(self):
        return not (self.dry_run or self.errors)


def import_organisations(fileobj, *, dry_run=False, actor=None):
    """Import the CSV in ``fileobj`` (bytes or text); on any error, or a dry run, nothing is saved."""
    result = ImportResult(dry_run=dry_run)
    try:
        text = _read_text(fileobj)
    except UnicodeDecodeError as exc:
        line = exc.object.count(b"\n", 0, exc.start) + 1
        message = _("the file is not UTF-8 text; in your spreadsheet, save it as “CSV UTF-8”.")
        result.errors.append(RowError(line, message))
        return result
    first_line = text.split("\n", 1)[0]
    # Spreadsheets in a French locale save CSV with semicolons; the header alone tells which was used.
    delimiter = ";" if ";" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    with transaction.atomic():
        _Importer(result, actor).run(reader)
        if not result.saved:
            transaction.set_rollback(True)
    return result


def _read_text(fileobj):
    data = fileobj.read()
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    return data.decode("utf-8-sig")


class _Importer:
    def __init__(self, result, actor):
        self.result = result
        self.actor = actor
        self.may_moderate = actor is None or actor.has_perm("organisations.moderate_organisation")
        self.legal_forms = {form.slug: form for form in LegalForm.objects.all()}
        self.countries = {
            area.code: area for area in Area.objects.filter(kind=Area.Kind.COUNTRY).exclude(code="")
        }
        self.relations = {
            column: {term.slug: term for term in model.objects.all()}
            for column, model in RELATION_COLUMNS.items()
        }
        self.by_registration = defaultdict(set)
        self.by_name_and_city = defaultdict(set)
        self.registration_of = {}
        self.imported_on_line = {}
        for organisation in Organisation.objects.only(
            "city", "registration_number", *NAME_COLUMNS
        ).iterator():
            self._remember(organisation)

    def error(self, line, message):
        self.result.errors.append(RowError(line, message))

    def run(self, reader):
        try:
            columns = [cell.strip() for cell in next(reader, [])]
            if not self._check_header(columns, reader.line_num or 1):
                return
            previous_end = reader.line_num
            for cells in reader:
                line, previous_end = previous_end + 1, reader.line_num
                if any(cell.strip() for cell in cells):
                    self._import_row(line, columns, cells)
        except csv.Error as exc:
            self.error(reader.line_num, _("the file is not valid CSV (%(reason)s).") % {"reason": exc})

    def _check_header(self, columns, line):
        if not any(columns):
            self.error(line, _("the file is empty; the first line must name the columns."))
            return False
        errors_before = len(self.result.errors)
        for number, column in enumerate(columns, start=1):
            if not column:
                self.error(line, _("column %(number)d has no name in the header.") % {"number": number})
            elif column not in COLUMNS:
                self.error(line, _("unknown column “%(column)s”.") % {"column": column})
            elif column in columns[: number - 1]:
                self.error(line, _("the column “%(column)s” appears more than once.") % {"column": column})
        if not set(columns) & set(NAME_COLUMNS):
            self.error(
                line,
                _("no name column; give at least one of %(columns)s.") % {"columns": ", ".join(NAME_COLUMNS)},
            )
        return len(self.result.errors) == errors_before

    def _import_row(self, line, columns, cells):
        if len(cells) != len(columns):
            message = _("expected %(expected)d cells like the header, found %(found)d.")
            self.error(line, message % {"expected": len(columns), "found": len(cells)})
            return
        values = {column: cell.strip() for column, cell in zip(columns, cells, strict=True) if cell.strip()}
        if not any(column in values for column in NAME_COLUMNS):
            message = _("no name; give at least one of %(columns)s.") % {"columns": ", ".join(NAME_COLUMNS)}
            self.error(line, message)
            return
        organisation, problems = self._match(values)
        parsed, parse_problems = self._parse(values)
        problems += parse_problems + self._apply(organisation, parsed, rejected=values.keys() - parsed.keys())
        for problem in problems:
            self.error(line, problem)
        if not problems:
            self._save(line, organisation, parsed)

    def _apply(self, organisation, parsed, rejected):
        """Set the parsed values on ``organisation`` and return what the model and permissions object to."""
        for column, value in parsed.items():
            if column not in RELATION_COLUMNS and column != "status":
                setattr(organisation, column, value)
        problems = []
        status = parsed.get("status")
        if status and not self._may_set_status(organisation, status):
            problems.append(_("only moderators may import the status “%(status)s”.") % {"status": status})
        # With a cell already rejected, the model's cross-field rules would only add false alarms (a bad
        # latitude makes "give both latitude and longitude" fire), so then only the other fields are checked.
        validate = organisation.clean_fields if rejected else organisation.full_clean
        try:
            validate(exclude=list(rejected))
        except ValidationError as exc:
            problems += _validation_messages(exc)
        return problems

    def _match(self, values):
        """The stored organisation this row describes (or a new one), and why it cannot be used, if so."""
        registration = values.get("registration_number", "")
        pks = self.by_registration.get(registration, set()) if registration else set()
        if not pks:
            city = values.get("city", "").casefold()
            names = {normalise(values[column]) for column in NAME_COLUMNS if column in values}
            pks = set().union(*(self.by_name_and_city.get((name, city), set()) for name in names if name))
            # A different registration number means a namesake, not the same organisation.
            pks = {pk for pk in pks if self.registration_of[pk] in ("", registration)}
        if not pks:
            return Organisation(), []
        if len(pks) > 1:
            message = _("matches several existing organisations (ids %(ids)s); add the registration number.")
            return Organisation(), [message % {"ids": ", ".join(str(pk) for pk in sorted(pks))}]
        (pk,) = pks
        if pk in self.imported_on_line:
            message = _("describes the same organisation as line %(line)d.")
            return Organisation(), [message % {"line": self.imported_on_line[pk]}]
        return Organisation.objects.get(pk=pk), []

    def _parse(self, values):
        """Typed values for the non-empty cells that are valid, and a message for each that is not."""
        parsed, problems = {}, []
        for column, text in values.items():
            try:
                parsed[column] = self._parse_cell(column, text)
            except ValidationError as exc:
                problems += [f"{column}: {message}" for message in exc.messages]
        return parsed, problems

    def _parse_cell(self, column, text):
        if "\x00" in text:
            # Text in a database never holds one (PostgreSQL refuses it): a sign of a binary file or a bad export.
            raise ValidationError(_("the cell holds a NUL character, which is not text; remove it."))
        if column in TEXT_COLUMNS:
            return text
        if column in RELATION_COLUMNS:
            return _terms(self.relations[column], text)
        if column == "legal_form":
            return _terms(self.legal_forms, text, many=False)[0]
        if column == "country":
            return _terms(self.countries, text.upper(), many=False)[0]
        if column in ("latitude", "longitude"):
            return _coordinate(text)
        if column == "founded":
            return _year(text)
        return _status(text)

    def _may_set_status(self, organisation, status):
        if self.may_moderate or status == organisation.status:
            return True
        return organisation._state.adding and status in UNMODERATED_STATUSES

    def _save(self, line, organisation, parsed):
        created = organisation._state.adding
        organisation.save()
        for column in RELATION_COLUMNS:
            if column in parsed:
                getattr(organisation, column).set(parsed[column])
        status = parsed.get("status")
        if status and status != organisation.status:
            # The decision log is the one place that says who published what, imports included.
            moderation_decide(
                obj=organisation,
                to_status=status,
                actor=self.actor,
                reason=gettext("Imported from a CSV file."),
            )
        self._remember(organisation)
        self.imported_on_line[organisation.pk] = line
        self.result.rows.append(RowOutcome(line, created, str(organisation)))

    def _remember(self, organisation):
        registration = organisation.registration_number.strip()
        self.registration_of[organisation.pk] = registration
        if registration:
            self.by_registration[registration].add(organisation.pk)
        city = organisation.city.strip().casefold()
        for column in NAME_COLUMNS:
            name = normalise(getattr(organisation, column))
            if name:
                self.by_name_and_city[(name, city)].add(organisation.pk)


def _terms(known, text, many=True):
    keys = [key.strip() for key in text.split(";") if key.strip()] if many else [text]
    unknown = [key for key in keys if key not in known]
    if unknown:
        raise ValidationError(
            _("unknown code or slug %(keys)s.") % {"keys": ", ".join(f"“{k}”" for k in unknown)}
        )
    return [known[key] for key in keys]


def _coordinate(text):
    try:
        # A decimal comma is how French-locale spreadsheets write numbers. GPS tools give more decimals than
        # stored; six is already about 10 cm. A huge number ("1e30") cannot be rounded so: no coordinate either.
        value = Decimal(text.replace(",", ".")).quantize(COORDINATE_PLACES)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValidationError(_("“%(value)s” is not a number of degrees such as 35.7595.") % {"value": text})
    return value


def _year(text):
    try:
        return int(text)
    except ValueError:
        raise ValidationError(_("“%(value)s” is not a year such as 1998.") % {"value": text}) from None


def _status(text):
    if text not in ModerationStatus.values:
        message = _("“%(value)s” is not a status; use one of %(statuses)s.")
        raise ValidationError(message % {"value": text, "statuses": ", ".join(ModerationStatus.values)})
    return ModerationStatus(text)


def _validation_messages(exc):
    messages = []
    for column, column_messages in exc.message_dict.items():
        prefix = "" if column == NON_FIELD_ERRORS else f"{column}: "
        messages += [prefix + message for message in column_messages]
    return messages
