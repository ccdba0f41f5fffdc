"""The portal's background work (run by ``manage.py db_worker``, see directory/tasks.py)."""

from django.conf import settings
from django_tasks import task

from directory.portal.overview.counts import refresh_counts
from organisations.open_data import build_package


@task()
def refresh_overview_counts():
    """Count the overview's unfiltered tables after a change, so that no reader waits for the counting."""
    refresh_counts()


def refresh_overview_counts_later():
    """Registered with ``directory.caching.after_change``: the request that changed the data only queues it."""
    refresh_overview_counts.enqueue()


@task()
def export_open_data():
    """Write the whole directory's HSDS package again, so the open-data page's download follows the data."""
    build_package()


def export_open_data_later():
    """Registered with ``directory.caching.after_change`` when ``OPEN_DATA_ON_CHANGE`` is on (see settings)."""
    if settings.OPEN_DATA_ON_CHANGE:
        export_open_data.enqueue()
