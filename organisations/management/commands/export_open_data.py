from django.core.management.base import BaseCommand

from organisations.open_data import build_package


class Command(BaseCommand):
    help = "Write the whole directory as an Open Referral HSDS package (CSV tables and JSON, zipped) for download."

    def handle(self, *args, **options):
        path = build_package()
        self.stdout.write(f"Wrote {path}.")
