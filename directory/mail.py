"""E-mail in the recipient's language, sent by a task rather than in the request.

A mail is rendered when it is decided (so it says what was true then, in the language of the person it is for)
and handed to the ``send_email`` task, which delivers it and tries again later if the mail server is down.
Every mail is plain text: nothing in it needs HTML, and plain text reads the same in every mail program.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from directory.shortlinks import shorten_links
from directory.tasks import send_email


def mail_language(language):
    """``language`` if the site speaks it, else the site's default."""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def render_mail(*, to, language, subject_template, body_template, context, headers=None):
    """The mail as the task stores it: plain strings only, so it survives a trip through the database."""
    language = mail_language(language)
    with translation.override(language):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = shorten_links(render_to_string(body_template, context))
    return {"to": to, "language": language, "subject": subject, "body": body, "headers": dict(headers or {})}


def send_mail_in_language(*, to, language, subject_template, body_template, context, headers=None):
    """Render one e-mail in the recipient's language (not the request's) and queue it for sending.

    Inside a transaction the database queue keeps the mail only if the transaction commits.
    """
    message = render_mail(
        to=to,
        language=language,
        subject_template=subject_template,
        body_template=body_template,
        context=context,
        headers=headers,
    )
    send_email.enqueue(message=message)
    return message
