from django.shortcuts import get_object_or_404, render

from news.models import Article, Event, Page


def article_list(request):
    articles = Article.objects.live()[:20]
    return render(request, "news/list.html", {"articles": articles})


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.live(), slug=slug)
    return render(request, "news/detail.html", {"article": article})


def event_list(request):
    return render(request, "news/events.html", {"events": Event.objects.upcoming()[:50]})


def event_detail(request, slug):
    event = get_object_or_404(Event.objects.published(), slug=slug)
    return render(request, "news/event.html", {"event": event})


def page(request, slug):
    return render(request, "news/page.html", {"page": get_object_or_404(Page, slug=slug)})
