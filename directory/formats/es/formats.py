# Spanish: Django's formats, with a short form that keeps the month's name (never "03/12/2026").
DATE_FORMAT = r"j \d\e F \d\e Y"  # 3 de diciembre de 2026
TIME_FORMAT = "H:i"
DATETIME_FORMAT = r"j \d\e F \d\e Y \a \l\a\s H:i"  # 3 de diciembre de 2026 a las 18:00
YEAR_MONTH_FORMAT = r"F \d\e Y"
MONTH_DAY_FORMAT = r"j \d\e F"
SHORT_DATE_FORMAT = "j N Y"  # 3 dic. 2026
SHORT_DATETIME_FORMAT = "j N Y, H:i"
FIRST_DAY_OF_WEEK = 1
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
# Not a Django setting: how directory_tags.money places the currency (CLDR es: "150.000 MAD").
CURRENCY_FORMAT = "{amount}\xa0{currency}"
