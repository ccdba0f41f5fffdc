from django.dispatch import Signal

# The feature apps keep what they know about a person to themselves; they answer these instead (organisations
# connects its receivers in OrganisationsConfig.ready), so that the accounts never import them.
# Receivers of ``personal_data_requested`` return {section name: data} for the "download my data" file.
personal_data_requested = Signal()
# Sent before an account is deleted, while everything linked to it still exists.
account_deleting = Signal()


def user_data(*, user):
    """Everything the site keeps about a person, for the "download my data" button."""
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "language": user.language,
            "email_verified": user.email_verified,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
    }
    for _receiver, sections in personal_data_requested.send(sender=type(user), user=user):
        data.update(sections)
    return data


def user_delete(*, user):
    """Delete the account; what other apps must do first (e.g. flag organisations it alone owned) they do on
    ``account_deleting``."""
    account_deleting.send(sender=type(user), user=user)
    user.delete()
