"""Spellings of the same place, so that "Beni Makada" finds what is written "Bni Makada" or "بني مكادة".

Maintained by hand: each canonical spelling (as ``normalise`` writes it) is followed by the other spellings
people use for it — French and Spanish transliterations, English, Arabic. Search text and queries are both
folded through this list (see ``directory.search``), so adding a line here and running
``manage.py reindex_search`` is all a new variant needs. A variant matches whole words only.

Left out on purpose: a bare "الشرف" (Charf is also the everyday word for "honour") and "Chorfa" (a different
word, الشرفاء, and the name of neighbourhoods elsewhere); both would find records that have nothing to do with
Charf-Mghogha or Charf-Souani.
"""

PLACE_SYNONYMS = {
    "tanger": ["tangier", "tangiers", "tánger", "tanja", "tangeri", "طنجة"],
    "bni makada": [
        "beni makada",
        "béni makada",
        "beni mkada",
        "bni mkada",
        "bni makkada",
        "beni mekada",
        "بني مكادة",
    ],
    "souani": ["swani", "suani", "souane", "السواني"],
    "mghogha": ["mghougha", "mghoga", "mgogha", "mghogua", "مغوغة"],
    "charf": ["chraf"],
    # The Arabic names of the two Charf arrondissements, folded whole so the pair stays specific.
    "charf mghogha": ["الشرف مغوغة"],
    "charf souani": ["الشرف السواني"],
    "tanger medina": ["tangier medina", "tánger medina", "medina de tanger", "طنجة المدينة"],
    "assilah": ["asilah", "asila", "arcila", "arzila", "أصيلة", "أصيلا"],
    "gueznaia": ["guezenaya", "gueznaya", "gzenaya", "كزناية"],
    "laaouama": ["laouama", "laouamra", "al aouama", "el aouama", "العوامة"],
    "bahraoyine": ["bahraouiyine", "bahraouine", "البحراويين"],
    "sahel chamali": ["sahel chamalia", "الساحل الشمالي"],
    "hjar ennhal": ["hjar nhal", "hajar nnahl", "حجر النحل"],
    "dar chaoui": ["dar chaui", "دار الشاوي"],
    "sidi lyamani": ["sidi el yamani", "sidi lyamani", "سيدي اليمني"],
    "had al gharbia": ["had gharbia", "had el gharbia", "حد الغربية"],
    "azzinate": ["zinat", "azzinat", "الزينات"],
    "manzla": ["al manzla", "el manzla", "المنزلة"],
    "aquouass briech": ["aqwas briech", "akouass briech", "اقواس بريش"],
}
