from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils.html import strip_tags
from django.views.generic import ListView
from django_filters.views import FilterView

from directory import seo
from directory.richtext import render as render_markdown
from news.filters import ArticleFilter, ProjectFilter
from news.models import Article, Event, Page, Project
from news.seo import event_json_ld, project_json_ld
from organisations.models import Organisation


class ArticleListView(FilterView):
    filterset_class = ArticleFilter
    template_name = "news/list.html"
    paginate_by = settings.DIRECTORY_PAGE_SIZE
    context_object_name = "articles"
    strict = False

    def get_queryset(self):
        return Article.objects.public().prefetch_related("categories")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facets"] = self.filterset.facet_counts(Article.objects.public())
        context["organisation"] = self.filterset.values.get("organisation")
        return context


def article_detail(request, slug):
    article = get_object_or_404(
        Article.objects.public()
        .select_related("submitted_by")
        .prefetch_related(
            "categories",
            "areas",
            # Only published profiles may be linked: the others are 404s.
            Prefetch("organisations", queryset=Organisation.objects.public()),
        ),
        slug=slug,
    )
    text = article.reading()
    return render(
        request,
        "news/detail.html",
        {
            "article": article,
            "text": text,
            "description": text.summary or strip_tags(render_markdown(text.body)),
            "share_url": request.build_absolute_uri(article.get_absolute_url()),
            "related": article.related(),
        },
    )


class EventListView(ListView):
    """Upcoming events, soonest first; the archive lists the past ones, latest first."""

    template_name = "news/events.html"
    paginate_by = settings.DIRECTORY_PAGE_SIZE
    context_object_name = "events"
    archive = False

    def get_queryset(self):
        if self.archive:
            events = Event.objects.past().order_by("-start", "-pk")
        else:
            events = Event.objects.upcoming().order_by("start", "pk")
        return events.select_related("organiser", "area")

    def get_context_data(self, **kwargs):
        return super().get_context_data(archive=self.archive, **kwargs)


def event_detail(request, slug):
    event = get_object_or_404(
        Event.objects.public().select_related("organiser", "area").prefetch_related("sectors"), slug=slug
    )
    text = event.reading()
    return render(
        request,
        "news/event.html",
        {
            "event": event,
            "text": text,
            "description": strip_tags(render_markdown(text.description)),
            "share_url": request.build_absolute_uri(event.get_absolute_url()),
            "json_ld": event_json_ld(event, text, seo.origin(request)),
        },
    )


class ProjectListView(FilterView):
    """The founders' projects: upcoming first, then running, then done; filterable by status."""

    filterset_class = ProjectFilter
    template_name = "news/projects.html"
    paginate_by = settings.DIRECTORY_PAGE_SIZE
    context_object_name = "projects"
    strict = False

    def get_queryset(self):
        return Project.objects.public().select_related("area")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facets"] = self.filterset.facet_counts(Project.objects.public())
        return context


def project_detail(request, slug):
    project = get_object_or_404(
        Project.objects.public()
        .select_related("area")
        .prefetch_related(
            "sectors",
            # A partner that is not public is left out, never linked: its profile is a 404.
            Prefetch("partners", queryset=Organisation.objects.public().order_by_name()),
        ),
        slug=slug,
    )
    text = project.reading()
    return render(
        request,
        "news/project.html",
        {
            "project": project,
            "text": text,
            "partners": project.public_partners(),
            "description": text.summary or strip_tags(render_markdown(text.body)),
            "share_url": request.build_absolute_uri(project.get_absolute_url()),
            "json_ld": project_json_ld(project, text, project.public_partners(), seo.origin(request)),
        },
    )


def page(request, slug):
    about = get_object_or_404(Page, slug=slug)
    return render(
        request,
        "news/page.html",
        {"page": about, "text": about.reading(), "upcoming_projects": Project.objects.next_upcoming()},
    )
