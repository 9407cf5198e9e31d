"""Fechas en los estilos de los certificados: 07.07.2025, 07/07/2025, 2025-07-07, 7 Jul 2025,
07-JUL-25, July 7, 2025, 7 de julio de 2025, 7. Juli 2025, 7 Temmuz 2025, 2025年7月7日, 2025년 7월 7일.

Con día y mes ambiguos (ambos ≤ 12) se prefiere día primero y se baja la confianza.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

_MESES_RAW = {
    1: "jan january januar jänner janvier ene enero gennaio janeiro ocak sty stycznia styczen styczeń ",
    2: "feb february februar fev février fevrier febrero febbraio fevereiro şubat subat lut lutego luty",
    3: "mar march märz marz maerz mär mars marzo março marco mart marca marzec",
    4: "apr april abr abril avril aprile nisan kwi kwietnia kwiecien kwiecień avr",
    5: "may mai mayo maggio maio mayıs mayis maj maja",
    6: "jun june juni juin junio giugno junho haziran cze czerwca czerwiec",
    7: "jul july juli juillet julio luglio julho temmuz lipca lipiec juil",
    8: "aug august ago agosto août aout agosto ağustos agustos sierpnia sierpien sierpień",
    9: "sep sept september septembre septiembre setiembre settembre setembro eylül eylul wrz wrzesnia września wrzesien",
    10: "oct october okt oktober octobre octubre ottobre outubro ekim pazdziernika października pazdziernik",
    11: "nov november novembre noviembre novembro kasım kasim listopada listopad",
    12: "dec december dez dezember décembre decembre dic diciembre dicembre dezembro aralık aralik gru grudnia grudzien grudzień",
}


def _sin_acentos(s: str) -> str:
    s = s.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MESES: dict[str, int] = {}
for _n, _palabras in _MESES_RAW.items():
    for _p in _palabras.split():
        MESES[_p.lower()] = _n
        MESES[_sin_acentos(_p).lower()] = _n

_ALT_MESES = "|".join(sorted({re.escape(k) for k in MESES}, key=len, reverse=True))
_MES = rf"(?P<mes>{_ALT_MESES})\.?"

ANIO_MIN = 1980


@dataclass(frozen=True, slots=True)
class FechaEncontrada:
    inicio: int
    fin: int
    fecha: dt.date
    confianza: float
    ambigua: bool = False


def _anio(texto: str) -> int | None:
    a = int(texto)
    if len(texto) == 2:
        a += 2000 if a < 70 else 1900
    elif len(texto) != 4:
        return None
    if a < ANIO_MIN or a > dt.date.today().year + 2:
        return None
    return a


def _fecha(a: int | None, m: int, d: int) -> dt.date | None:
    if a is None:
        return None
    try:
        return dt.date(a, m, d)
    except ValueError:
        return None


_PATRONES = [
    # 2025-07-07, 2025/07/07, 2025.07.07
    ("iso", re.compile(r"(?<![\d.])(?P<a>(?:19|20)\d{2})\s?(?P<s>[-/.])\s?(?P<m>\d{1,2})\s?(?P=s)\s?(?P<d>\d{1,2})(?![\d])")),
    # 2025年7月7日 / 2025년 7월 7일
    ("cjk", re.compile(r"(?P<a>(?:19|20)\d{2})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]?")),
    # 07.07.2025 / 07/07/25 / 7-7-2025
    ("num", re.compile(r"(?<![\d.,/])(?P<x>\d{1,2})\s?(?P<s>[./\-])\s?(?P<y>\d{1,2})\s?(?P=s)\s?(?P<a>\d{4}|\d{2})(?![\d])")),
    # 7 Jul 2025, 07-JUL-25, 7th July 2025, 7 de julio de 2025, 7. Juli 2025
    (
        "dma",
        re.compile(
            rf"(?<![\w])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?[\s\-/.,]*(?:de\s+)?{_MES}[\s\-/.,]*(?:de\s+|of\s+)?(?P<a>\d{{4}}|\d{{2}})(?![\d])",
            re.IGNORECASE,
        ),
    ),
    # July 7, 2025 / Jul. 07 2025
    (
        "mda",
        re.compile(
            rf"(?<![\w]){_MES}[\s\-/.]*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?[\s\-/.]+(?P<a>\d{{4}})(?![\d])",
            re.IGNORECASE,
        ),
    ),
    # 2025-Jul-07 / 2025 July 7
    (
        "amd",
        re.compile(rf"(?<![\d])(?P<a>(?:19|20)\d{{2}})[\s\-/.]+{_MES}[\s\-/.]+(?P<d>\d{{1,2}})(?![\d])", re.IGNORECASE),
    ),
]


def _mes(texto: str) -> int | None:
    t = texto.lower().rstrip(".")
    return MESES.get(t) or MESES.get(_sin_acentos(t))


def buscar_fechas(texto: str) -> list[FechaEncontrada]:
    """Todas las fechas plausibles del texto, sin traslapes, en orden de aparición."""
    encontradas: list[FechaEncontrada] = []
    ocupado: list[tuple[int, int]] = []

    def libre(i: int, f: int) -> bool:
        return all(f <= a or i >= b for a, b in ocupado)

    for tipo, patron in _PATRONES:
        for m in patron.finditer(texto):
            i, f = m.span()
            if not libre(i, f):
                continue
            fecha, conf, ambigua = None, 0.0, False
            if tipo in ("iso", "cjk"):
                fecha = _fecha(_anio(m["a"]), int(m["m"]), int(m["d"]))
                conf = 0.95
            elif tipo == "num":
                x, y, a = int(m["x"]), int(m["y"]), _anio(m["a"])
                if x > 12 and y <= 12:
                    fecha, conf = _fecha(a, y, x), 0.9
                elif y > 12 and x <= 12:
                    fecha, conf = _fecha(a, x, y), 0.8  # estilo estadounidense mes/día
                elif x <= 12 and y <= 12:
                    fecha = _fecha(a, y, x)
                    ambigua = x != y
                    conf = 0.65 if ambigua else 0.9
                if len(m["a"]) == 2:
                    conf -= 0.1
            else:
                mes = _mes(m["mes"])
                if mes is None:
                    continue
                fecha = _fecha(_anio(m["a"]), mes, int(m["d"]))
                conf = 0.92 if len(m["a"]) == 4 else 0.85
            if fecha is None:
                continue
            encontradas.append(FechaEncontrada(i, f, fecha, conf, ambigua))
            ocupado.append((i, f))
    encontradas.sort(key=lambda e: e.inicio)
    return encontradas


def leer_fecha(texto: str) -> FechaEncontrada | None:
    r = buscar_fechas(texto)
    return r[0] if r else None
