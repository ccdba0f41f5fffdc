"""One archive holding the database and the media files (logos, covers), and its restore.

The database goes in as Django's JSON dump, so an archive made on PostgreSQL restores on SQLite and back. Primary
keys are kept as they are (sessions, the admin's log and generic relations refer to rows by key); only references
to content types and permissions use natural keys, because ``migrate`` recreates those with keys of its own.
The manifest lists the rows of every table and the SHA-256 of every file, and a restore checks both.

Layout of the archive (a .tar.gz)::

    manifest.json   format, creation time, database vendor, {table: rows}, {media path: {sha256, size}}
    database.json   the dump
    media/...       the media storage (MEDIA_ROOT or the S3 bucket) as it was
"""

import hashlib
import io
import json
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

FORMAT = 1
# Recreated by ``migrate`` for the code being run; dumping them would clash with the recreated rows.
NOT_DUMPED = ["contenttypes.ContentType", "auth.Permission"]


class BackupError(Exception):
    pass


def _dumped_models():
    skipped = {apps.get_model(label) for label in NOT_DUMPED}
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed
        and not model._meta.proxy
        and model not in skipped
        and (not model._meta.auto_created or model._meta.auto_created not in skipped)
    ]


def table_counts():
    """{table: number of rows} for every table the dump holds, many-to-many tables included."""
    return {model._meta.db_table: model._base_manager.count() for model in _dumped_models()}


def _sha256(handle):
    digest = hashlib.sha256()
    for block in iter(lambda: handle.read(1 << 20), b""):
        digest.update(block)
    return digest.hexdigest()


def _walk(storage, folder=""):
    """Every file name in the storage under ``folder``, with forward slashes, in sorted order."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a media folder not created yet
        return
    prefix = f"{folder}/" if folder else ""
    names = [(name, True) for name in folders] + [(name, False) for name in files]
    for name, is_folder in sorted(names):
        if is_folder:
            yield from _walk(storage, prefix + name)
        else:
            yield prefix + name


def media_files(storage=None):
    """{media file name, with forward slashes: {sha256, size}} for every file in the media storage.

    Read through the storage API, so a bucket (MEDIA_STORAGE=s3) is backed up and restored like a folder.
    """
    storage = storage or default_storage
    files = {}
    for name in _walk(storage):
        with storage.open(name, "rb") as handle:
            files[name] = {"sha256": _sha256(handle), "size": storage.size(name)}
    return files


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def backup_create(destination):
    """Write the archive to ``destination`` (a file, or a folder to put a dated file in); returns its path."""
    destination = Path(destination)
    if destination.is_dir():
        destination = destination / f"backup-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / "database.json"
        # The counts and the dump must describe the same moment, whatever is written meanwhile.
        # (Inside a transaction already, as in tests, the caller's snapshot applies.)
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            if connection.vendor == "postgresql" and outermost:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            counts = table_counts()
            call_command(
                "dumpdata",
                exclude=NOT_DUMPED,
                natural_foreign=True,
                use_base_manager=True,
                output=str(dump),
                verbosity=0,
            )
        files = media_files()
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "database_vendor": connection.vendor,
            "tables": counts,
            "files": files,
        }
        partial = destination.with_name(destination.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=2, sort_keys=True).encode())
            archive.add(dump, arcname="database.json")
            for name, entry in files.items():
                info = tarfile.TarInfo(f"media/{name}")
                info.size = entry["size"]
                info.mtime = int(timezone.now().timestamp())
                with default_storage.open(name, "rb") as handle:
                    archive.addfile(info, handle)
        # Only a complete archive gets the real name, so a crash never leaves a truncated "backup".
        partial.replace(destination)
    return destination, manifest


def _safe_media_name(name):
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise BackupError(f"Unsafe file name in the archive: {name!r}")
    return path


def _set_constraints(mode):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SET CONSTRAINTS ALL {mode}")


def _database_is_empty():
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return not user_model._base_manager.exists()


def backup_restore(source, *, force=False):
    """Restore the archive at ``source`` into the (migrated) database and the media storage; returns the manifest.

    Refuses a database that has accounts or a media folder that has files, unless ``force``: a restore replaces
    everything, so it is meant for a fresh installation or a drill.
    """
    if not force:
        if not _database_is_empty():
            raise BackupError("The database is not empty (it has accounts); restore into an empty one.")
        if next(_walk(default_storage), None) is not None:
            raise BackupError("The media storage is not empty; restore into an empty one.")
    with tarfile.open(source, "r:gz") as archive, tempfile.TemporaryDirectory() as scratch:
        try:
            manifest = json.load(archive.extractfile("manifest.json"))
        except KeyError:
            raise BackupError("This is not a backup made by manage.py backup (no manifest).") from None
        if manifest.get("format") != FORMAT:
            raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
        # Everything is checked before anything is changed.
        staged = Path(scratch)
        archive.extract("database.json", staged, filter="data")
        for name, expected in manifest["files"].items():
            target = staged / "media" / _safe_media_name(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            member = archive.extractfile(f"media/{name}")
            if member is None:
                raise BackupError(f"{name} is listed in the manifest but missing from the archive.")
            target.write_bytes(member.read())
            with open(target, "rb") as handle:
                checksum = _sha256(handle)
            if checksum != expected["sha256"]:
                raise BackupError(f"{name} is damaged in the archive (checksum differs).")

        with transaction.atomic():
            # flush empties every table, then migrate's post-migrate step recreates content types, permissions
            # and the moderators' group; the dump brings its own copy of the group.
            _set_constraints("IMMEDIATE")  # PostgreSQL will not TRUNCATE a table with checks still pending
            call_command("flush", interactive=False, verbosity=0)
            _set_constraints("DEFERRED")  # the dump may name a row before the row it points to
            for model in reversed(_dumped_models()):
                model._base_manager.all()._raw_delete(using=model._base_manager.db)
            call_command("loaddata", str(staged / "database.json"), verbosity=0)
            restored = table_counts()
            wrong = {
                table: (rows, restored.get(table))
                for table, rows in manifest["tables"].items()
                if restored.get(table) != rows
            }
            if wrong:
                raise BackupError(f"Row counts differ after loading (table: expected, found): {wrong}")

        for name in manifest["files"]:
            _safe_media_name(name)
            # Saving never overwrites on the filesystem (it picks another name), so a file being replaced
            # (--force) goes first.
            if default_storage.exists(name):
                default_storage.delete(name)
            with open(staged / "media" / name, "rb") as handle:
                saved = default_storage.save(name, File(handle, name=name))
            if saved != name:
                raise BackupError(f"{name} was stored as {saved}.")
        found = media_files()
        missing = [name for name, expected in manifest["files"].items() if found.get(name) != expected]
        if missing:
            raise BackupError(f"Files differ after restoring: {missing}")
    return manifest
