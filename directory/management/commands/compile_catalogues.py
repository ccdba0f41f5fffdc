import shutil
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the committed .po catalogues to .mo, with GNU gettext when present, else in pure Python."

    def handle(self, *args, **options):
        if shutil.which("msgfmt"):
            call_command("compilemessages", verbosity=0, ignore_patterns=[".venv/*"])
            self.stdout.write("Compiled translation catalogues with msgfmt.")
            return
        # A fresh machine may lack gettext; the site must still start translated.
        import polib

        count = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in Path(locale_path).glob("*/LC_MESSAGES/*.po"):
                polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
                count += 1
        self.stdout.write(f"Compiled {count} translation catalogues with polib (GNU gettext not found).")
