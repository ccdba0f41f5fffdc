from django.core.management.base import BaseCommand

from directory.backup import backup_create


class Command(BaseCommand):
    help = (
        "Write the database and the media files (logos, covers) into one .tar.gz archive with a manifest of row "
        "counts and file checksums. DEST is a file name, or a folder to put a dated archive in."
    )

    def add_arguments(self, parser):
        parser.add_argument("destination", metavar="DEST")

    def handle(self, *args, destination, **options):
        path, manifest = backup_create(destination)
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            f"Backup written to {path}: {rows} rows in {len(manifest['tables'])} tables, "
            f"{len(manifest['files'])} media files."
        )
