"""Start and grow: which legal form fits a new project in Morocco, a step-by-step guide per form, where to go in
Tangier, and a way to ask for accompaniment (app label ``start``).

Why here: like the about pages, these are the project's own editorial pages, written and kept up to date by
moderators in the admin, so they sit with ``news``. They are a sub-package with an app label of their own (as
``directory/portal`` is ``portal``) because they have models, migrations and an admin section of their own that
have nothing to do with articles or events. Like ``news``, they may link into the feature apps (opportunities
open to a legal form, organisations supporting starters); nothing in ``directory``'s core imports them.

- ``models``: ``Guide`` (one per legal form, a column of the comparison), ``Fact`` (one sourced, dated cell of
  the comparison), ``Office`` (where to go in Tangier);
- ``views``/``urls``: the comparison, a guide, and "ask for help" (a sought opportunity, pre-filled);
- ``admin``: moderators' editing, with each replaced version kept as a revision (directory.moderation);
- ``seed``: the facts the section starts with, each from the legal text it cites (data migration 0002).
"""
