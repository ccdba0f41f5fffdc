import json

from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.hashers import make_password
from django.core import signing
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from directory.accounts import services
from directory.accounts.forms import (
    DeleteAccountForm,
    EmailChangeForm,
    EmailForm,
    LoginForm,
    PreferencesForm,
    SignupForm,
)
from directory.accounts.tokens import (
    email_verification_token,
    make_email_change_token,
    read_email_change_token,
)
from directory.mail import send_mail_in_language
from directory.ratelimit import ratelimit

User = get_user_model()
# Model backend named explicitly: logging in after a verification link involves no password to check.
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _absolute(request, name, language, **kwargs):
    with translation.override(language):
        return request.build_absolute_uri(reverse(name, kwargs=kwargs))


def send_verification_email(request, user):
    link = _absolute(
        request,
        "accounts:verify_email",
        user.language,
        uidb64=urlsafe_base64_encode(force_bytes(user.pk)),
        token=email_verification_token.make_token(user),
    )
    send_mail_in_language(
        to=user.email,
        language=user.language,
        subject_template="emails/verify_email_subject.txt",
        body_template="emails/verify_email.txt",
        context={"user": user, "link": link},
    )


def send_signup_attempt_email(request, user):
    """Tell the owner of an address that someone tried to sign up with it (or a new link if not confirmed yet)."""
    if not user.is_active:
        return
    if not user.email_verified:
        send_verification_email(request, user)
        return
    send_mail_in_language(
        to=user.email,
        language=user.language,
        subject_template="emails/signup_existing_subject.txt",
        body_template="emails/signup_existing.txt",
        context={
            "user": user,
            "login_url": _absolute(request, "accounts:login", user.language),
            "reset_url": _absolute(request, "accounts:password_reset", user.language),
        },
    )


@ratelimit("signup", limit=10, window=3600)
def signup(request):
    if request.user.is_authenticated:
        return redirect(settings.LOGIN_REDIRECT_URL)
    form = SignupForm(request.POST or None, initial={"language": get_language()})
    if request.method == "POST" and form.is_valid():
        existing = form.existing_user
        if existing is None:
            try:
                with transaction.atomic():
                    user = form.save()
            except IntegrityError:  # the same address signed up a moment ago, in another request
                existing = User.objects.filter(email__iexact=form.cleaned_data["email"]).first()
            else:
                send_verification_email(request, user)
        if existing is not None:
            # The same page as for a new account, and about the same time spent hashing a password; the mail
            # goes to the owner of the address, who is the only one to learn that the account exists.
            make_password(form.cleaned_data["password1"])
            send_signup_attempt_email(request, existing)
        return render(request, "accounts/signup_done.html", {"email": form.cleaned_data["email"]})
    return render(request, "accounts/signup.html", {"form": form})


def verify_email(request, uidb64, token):
    user = _user_from_uid(uidb64)
    if user is None or not email_verification_token.check_token(user, token):
        return render(request, "accounts/verify_failed.html", {"form": EmailForm()}, status=400)
    user.email_verified = True
    user.save(update_fields=["email_verified"])
    login(request, user, backend=MODEL_BACKEND)
    messages.success(request, _("Thank you: your e-mail address is confirmed and you are logged in."))
    return redirect(settings.LOGIN_REDIRECT_URL)


@ratelimit("resend-verification", limit=5, window=3600)
@require_POST
def resend_verification(request):
    form = EmailForm(request.POST)
    if form.is_valid():
        user = User.objects.filter(email__iexact=form.cleaned_data["email"], email_verified=False).first()
        if user is not None:
            send_verification_email(request, user)
    # The same answer whether or not the address has an account, so the form reveals nothing.
    messages.info(request, _("If this address has an unconfirmed account, a new link is on its way."))
    return redirect("accounts:login")


def _user_from_uid(uidb64):
    try:
        return User.objects.get(pk=force_str(urlsafe_base64_decode(uidb64)))
    except (TypeError, ValueError, OverflowError, User.DoesNotExist):
        return None


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["resend_form"] = EmailForm()
        return context


class LocalisedPasswordResetForm(PasswordResetForm):
    """Write the reset e-mail in the account holder's language, whatever language the form was used in."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with translation.override(context["user"].language):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


@method_decorator(ratelimit("password-reset", limit=5, window=3600), name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    form_class = LocalisedPasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "emails/password_reset.txt"
    subject_template_name = "emails/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")
    post_reset_login = False

    def form_valid(self, form):
        # Following the link proves the address, just as the verification link does; it also lifts a lockout of
        # the address itself, which others could have caused by guessing from many connections.
        form.user.email_verified = True
        axes_reset(username=form.user.email.lower())
        return super().form_valid(form)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:account")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


@login_required
def account(request):
    form = PreferencesForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your preferences have been saved."))
        return redirect("accounts:account")
    return render(request, "accounts/account.html", {"form": form})


@login_required
def email_change(request):
    form = EmailChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        new_email = form.cleaned_data["new_email"]
        link = _absolute(
            request,
            "accounts:email_change_confirm",
            request.user.language,
            token=make_email_change_token(request.user, new_email),
        )
        send_mail_in_language(
            to=new_email,
            language=request.user.language,
            subject_template="emails/email_change_subject.txt",
            body_template="emails/email_change.txt",
            context={"user": request.user, "link": link, "new_email": new_email},
        )
        messages.info(
            request,
            _("We sent a link to %(email)s. Your address changes when you follow it.") % {"email": new_email},
        )
        return redirect("accounts:account")
    return render(request, "accounts/email_change.html", {"form": form})


def email_change_confirm(request, token):
    try:
        data = read_email_change_token(token, max_age=settings.PASSWORD_RESET_TIMEOUT)
    except signing.BadSignature:
        data = None
    user = User.objects.filter(pk=data["user"], email=data["old"]).first() if data else None
    if user is None or User.objects.filter(email__iexact=data["new"]).exists():
        return render(request, "accounts/email_change_failed.html", status=400)
    user.email = data["new"]
    user.email_verified = True
    user.save(update_fields=["email", "email_verified"])
    messages.success(request, _("Your e-mail address is now %(email)s.") % {"email": user.email})
    return redirect("accounts:account" if request.user.is_authenticated else "accounts:login")


@login_required
def data_export(request):
    payload = services.user_data(user=request.user)
    response = HttpResponse(
        json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            services.user_delete(user=request.user)
        logout(request)
        messages.success(request, _("Your account has been deleted."))
        return redirect("home")
    return render(request, "accounts/delete_account.html", {"form": form})
