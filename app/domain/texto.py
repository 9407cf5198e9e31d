"""Text as the clerk types it compared the way a person reads it: one accent folding, one
language normaliser, one month name. Pure Python (stdlib only).

``plegar`` is the only accent-folding function of the program: the rules read descriptions
through it, the catalogs compare names with it and the database's search column stores it.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into base letter + accent (Turkish dotless i of
# "Yazıcı", Polish ł, Nordic ø...).
_SIN_DESCOMPOSICION = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe", "þ": "th"}
_MARCAS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def plegar(texto: str | None) -> str:
    """Lower case without accents: ``"Acería Yazıcı ÇELİK"`` -> ``"aceria yazici celik"``."""
    if not texto:
        return ""
    if texto.isascii():
        return texto.lower()
    t = texto.casefold()
    for letra, base in _SIN_DESCOMPOSICION.items():
        if letra in t:
            t = t.replace(letra, base)
    return _MARCAS.sub("", unicodedata.normalize("NFKD", t))


def normalizar_nombre(texto: str) -> str:
    """Upper case, no accents, punctuation as spaces, single spaces: for comparing names."""
    t = plegar(texto).upper()
    return re.sub(r"\s+", " ", re.sub(r"[^\w]+", " ", t)).strip()


# ------------------------------------------------------------------------------------------
# languages (rule R11): BCP 47 tags, ISO 639-1/-2 codes and names, all to ISO 639-1

NOMBRE_IDIOMA = {
    "es": "español", "en": "inglés", "zh": "chino", "ko": "coreano", "tr": "turco", "de": "alemán",
    "ja": "japonés", "pt": "portugués", "it": "italiano", "fr": "francés", "pl": "polaco", "ru": "ruso",
    "vi": "vietnamita", "uk": "ucraniano", "hi": "hindi", "id": "indonesio", "th": "tailandés",
    "nl": "neerlandés", "cs": "checo", "sv": "sueco", "fi": "finés", "ro": "rumano", "ar": "árabe",
    "ms": "malayo", "hu": "húngaro", "sk": "eslovaco", "el": "griego", "fa": "persa",
}
# ISO 639-2 (bibliographic and terminological) -> ISO 639-1
_ISO639_2 = {
    "spa": "es", "eng": "en", "zho": "zh", "chi": "zh", "kor": "ko", "tur": "tr", "deu": "de", "ger": "de",
    "jpn": "ja", "por": "pt", "ita": "it", "fra": "fr", "fre": "fr", "pol": "pl", "rus": "ru", "vie": "vi",
    "ukr": "uk", "hin": "hi", "ind": "id", "tha": "th", "nld": "nl", "dut": "nl", "ces": "cs", "cze": "cs",
    "swe": "sv", "fin": "fi", "ron": "ro", "rum": "ro", "ara": "ar", "msa": "ms", "may": "ms", "hun": "hu",
    "slk": "sk", "slo": "sk", "ell": "el", "gre": "el", "fas": "fa", "per": "fa", "cmn": "zh", "yue": "zh",
}
# names clerks and readers write, folded
_NOMBRES = {
    "espanol": "es", "castellano": "es", "spanish": "es", "espagnol": "es", "spanisch": "es",
    "ingles": "en", "english": "en", "chino": "zh", "chinese": "zh", "mandarin": "zh", "coreano": "ko",
    "korean": "ko", "turco": "tr", "turkish": "tr", "turkce": "tr", "aleman": "de", "german": "de",
    "deutsch": "de", "japones": "ja", "japanese": "ja", "portugues": "pt", "portuguese": "pt",
    "italiano": "it", "italian": "it", "frances": "fr", "french": "fr", "francais": "fr", "polaco": "pl",
    "polish": "pl", "ruso": "ru", "russian": "ru", "vietnamita": "vi", "vietnamese": "vi",
    "ucraniano": "uk", "ukrainian": "uk", "indonesio": "id", "indonesian": "id", "tailandes": "th",
    "thai": "th", "neerlandes": "nl", "holandes": "nl", "dutch": "nl", "hindi": "hi",
}


def normalizar_idioma(texto: str | None) -> str:
    """``"es-MX"``, ``"es_ES"``, ``"spa"``, ``"Español"`` -> ``"es"``; ``""`` stays ``""``.

    An unknown value is kept folded (``"klingon"``) so the rule can still name it."""
    t = plegar((texto or "").strip())
    if not t:
        return ""
    if t in _NOMBRES:
        return _NOMBRES[t]
    primera = re.split(r"[-_\s(/,;]", t, maxsplit=1)[0]
    if primera in _NOMBRES:
        return _NOMBRES[primera]
    if len(primera) == 2 and primera.isalpha():
        return primera
    if primera in _ISO639_2:
        return _ISO639_2[primera]
    return t


def es_espanol(idioma: str | None) -> bool:
    return normalizar_idioma(idioma) == "es"


def nombre_idioma(idioma: str | None) -> str:
    """Spanish name of a language value (``"en"`` -> ``"inglés"``)."""
    clave = normalizar_idioma(idioma)
    return NOMBRE_IDIOMA.get(clave, f"un idioma distinto del español ({clave})" if clave else "")


# ------------------------------------------------------------------------------------------
# months

MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")


def nombre_mes(mes: str) -> str:
    """``"2025-06"`` -> ``"junio de 2025"`` (the text as given if it is not ``AAAA-MM``)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", mes or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return mes
    return f"{MESES[int(m.group(2)) - 1]} de {m.group(1)}"
