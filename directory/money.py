"""Amounts as readers expect them: the language's separators and the currency beside every figure."""

from decimal import Decimal

from django.utils import formats, numberformat
from django.utils.translation import get_language

DEFAULT_CURRENCY_FORMAT = "{amount}\xa0{currency}"


def _currency_format(lang):
    for module in formats.get_format_modules(lang):
        if hasattr(module, "CURRENCY_FORMAT"):
            return module.CURRENCY_FORMAT
    return DEFAULT_CURRENCY_FORMAT


def format_amount(value, lang=None):
    """A number with the language's thousands separator; decimals only when there are any (150 000, 12,50)."""
    lang = lang or get_language()
    value = Decimal(value)
    decimals = 0 if value == value.to_integral_value() else 2
    return numberformat.format(
        value,
        formats.get_format("DECIMAL_SEPARATOR", lang),
        decimal_pos=decimals,
        grouping=formats.get_format("NUMBER_GROUPING", lang),
        thousand_sep=formats.get_format("THOUSAND_SEPARATOR", lang),
        force_grouping=True,
    )


def format_money(value, currency, lang=None):
    """ "150 000 MAD" in French, "MAD 150,000" in English; a figure without a currency keeps only its separators."""
    if value is None or value == "":
        return ""
    amount = format_amount(value, lang)
    if not currency:
        return amount
    return _currency_format(lang or get_language()).format(amount=amount, currency=currency)


def format_money_range(low, high, currency, lang=None):
    """ "10 000 – 50 000 MAD": the currency once; one end alone when only one is known."""
    if low is None and high is None:
        return ""
    if low is None or high is None or low == high:
        return format_money(high if low is None else low, currency, lang)
    amounts = f"{format_amount(low, lang)}\u2009–\u2009{format_amount(high, lang)}"
    if not currency:
        return amounts
    return _currency_format(lang or get_language()).format(amount=amounts, currency=currency)
