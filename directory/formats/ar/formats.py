# Arabic as read in Morocco (CLDR ar_MA): day first, month names, Latin digits, 24-hour clock.
# Django's own "ar" has no DATETIME_FORMAT, so datetimes fell back to the American "N j, Y, P" ("ديسمبر 3, 2026, 6 م").
# The Moroccan month names (يناير … ماي … دجنبر) come from the project's Arabic catalogue (directory/formats/months.py).
DATE_FORMAT = "j F Y"  # 3 دجنبر 2026
TIME_FORMAT = "H:i"  # 18:00
DATETIME_FORMAT = "j F Y، H:i"  # 3 دجنبر 2026، 18:00
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
# Moroccan Arabic has no abbreviated month names: the short forms keep the full name.
SHORT_DATE_FORMAT = "j F Y"
SHORT_DATETIME_FORMAT = "j F Y، H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]
DATETIME_INPUT_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
# Not a Django setting: how directory_tags.money places the currency (CLDR ar_MA puts it after the amount).
CURRENCY_FORMAT = "{amount}\xa0{currency}"
