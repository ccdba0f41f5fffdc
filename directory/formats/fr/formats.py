# French: Django's formats, with a short form that keeps the month's name (never "03/12/2026").
DATE_FORMAT = "j F Y"  # 3 décembre 2026
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y H:i"  # 3 décembre 2026 18:00
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j N Y"  # 3 déc. 2026
SHORT_DATETIME_FORMAT = "j N Y H:i"
FIRST_DAY_OF_WEEK = 1
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
# Not a Django setting: how directory_tags.money places the currency (CLDR fr: "150 000 MAD").
CURRENCY_FORMAT = "{amount}\xa0{currency}"
