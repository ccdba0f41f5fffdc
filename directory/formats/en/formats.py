# English for readers in Morocco and Europe: day first, 24-hour clock (not Django's American "Dec. 3, 2026, 6 p.m.").
DATE_FORMAT = "j F Y"  # 3 December 2026
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"  # 3 December 2026, 18:00
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j M Y"  # 3 Dec 2026
SHORT_DATETIME_FORMAT = "j M Y, H:i"
FIRST_DAY_OF_WEEK = 1
# Typed dates are read day first too; the ISO form is what date pickers send.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d %b %Y"]
DATETIME_INPUT_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M"]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
# Not a Django setting: how directory_tags.money places the currency (CLDR en: code first, "MAD 150,000").
CURRENCY_FORMAT = "{currency}\xa0{amount}"
