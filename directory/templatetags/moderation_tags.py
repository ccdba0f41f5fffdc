# The tag library lives with the rest of moderation; this module keeps it loadable as {% load moderation_tags %}.
from directory.moderation.tags import register  # noqa: F401
