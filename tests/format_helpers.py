"""What Moroccan readers expect of dates, shared by the format tests and the admin's browser tests."""

# CLDR ar_MA: the month names Moroccan media and administration use (not the Mashriq مايو … ديسمبر).
MOROCCAN_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
]
