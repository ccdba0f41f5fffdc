from django.core.management.base import BaseCommand, CommandError

from organisations.importer import COLUMNS, import_organisations


class Command(BaseCommand):
    help = (
        "Import organisations from a UTF-8 CSV file with a header row naming some of these columns: "
        + ", ".join(COLUMNS)
        + ". A row updates the organisation with the same registration number, else the same name in the "
        "same city. If any row is wrong, nothing is saved."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path of the CSV file.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would change; save nothing.",
        )

    def handle(self, *args, file, dry_run, **options):
        try:
            with open(file, "rb") as fileobj:
                result = import_organisations(fileobj, dry_run=dry_run)
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}.") from exc
        if result.errors:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{len(result.errors)} error(s) in {file}; nothing was imported.")
        if dry_run:
            for row in result.rows:
                action = "create" if row.created else "update"
                self.stdout.write(f"line {row.line}: would {action} {row.name}")
            self.stdout.write(
                f"Dry run: would create {result.created} and update {result.updated} organisation(s); "
                "nothing was saved."
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Created {result.created} and updated {result.updated} organisation(s).")
            )
