"""The portal: the pages that sit above the feature apps and bring them together (the home page, the overview).

This package is the only part of ``directory/`` allowed to import ``organisations``, ``opportunities`` or
``news``; the rest of ``directory/`` is the shared core those apps build on (tests/test_architecture.py).
It is an app of its own (label ``portal``, no models) so that it can wire its cache invalidation in ``ready``
and own the ``benchmark`` command, which measures its pages and the feature apps' lists.
"""
