"""The opportunities' background work (run by ``manage.py db_worker``, see directory/tasks.py)."""

from django_tasks import task

from directory import counting


@task()
def advance_counts(name):
    """Move a counter's clock on when no change has for a while, so readers subtract few passed deadlines."""
    counting.advance(name)


def advance_counts_later(name):
    advance_counts.enqueue(name)
