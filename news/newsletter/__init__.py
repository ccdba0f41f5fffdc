"""The newsletter: subscribe with double opt-in, confirm, unsubscribe with one click; a digest by e-mail.

``views`` and ``forms`` are the public side, ``tokens`` the signed links (also used by the ``send_digest``
command, which stays in news/management/commands), ``admin`` the subscribers in the admin. The ``Subscriber``
model stays in news.models.
"""
