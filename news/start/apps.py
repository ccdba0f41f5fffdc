from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StartConfig(AppConfig):
    name = "news.start"
    label = "start"
    verbose_name = _("Start and grow")
