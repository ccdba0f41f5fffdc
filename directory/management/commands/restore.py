from django.core.management.base import BaseCommand, CommandError

from directory.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Restore an archive made by `manage.py backup` into a migrated, empty database and an empty media storage, "
        "then check every table's row count and every file's checksum against the archive's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="SRC")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database and media folder that are not empty (everything in them is lost).",
        )

    def handle(self, *args, source, force, **options):
        try:
            manifest = backup_restore(source, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            f"Restored {rows} rows in {len(manifest['tables'])} tables and {len(manifest['files'])} media files "
            f"from the backup of {manifest['created_at']}; every count and checksum matches."
        )
