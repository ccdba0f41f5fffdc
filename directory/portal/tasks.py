"""The portal's background work (run by ``manage.py db_worker``, see directory/tasks.py)."""

from django_tasks import task

from directory.portal.overview.counts import refresh_counts


@task()
def refresh_overview_counts():
    """Count the overview's unfiltered tables after a change, so that no reader waits for the counting."""
    refresh_counts()


def refresh_overview_counts_later():
    """Registered with ``directory.caching.after_change``: the request that changed the data only queues it."""
    refresh_overview_counts.enqueue()
