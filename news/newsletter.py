from django.shortcuts import render


def subscribe(request):
    return render(request, "news/newsletter/subscribe.html", {})
