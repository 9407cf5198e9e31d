"""Business days in Mexico: weekends and the official rest days of the Ley Federal del Trabajo.

Used for the 10-business-day wait of a mill registration request (rule R10). Pure Python.

The rest days are kept as **data** (the tables below), as listed in article 74 of the Ley
Federal del Trabajo:

- fixed dates: 1 January, 1 May, 16 September, 25 December;
- movable Mondays: first Monday of February, third Monday of March, third Monday of November;
- transmission of the Federal Executive: 1 October every six years from 2024 (2024, 2030...);
  before the 2024 reform it was 1 December every six years (2000, 2006, 2012, 2018).

Not included, because they are not fixed by that article: election days that electoral laws
declare, and the extra non-working days an authority publishes in the DOF (for instance Holy
Thursday and Friday, or end-of-year days of a ministry). Pass those as ``inhabiles_extra``.
Whether the SE counts its 10 days exactly this way is not verified: treat the result as an
estimate for follow-up, not as a legal deadline.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

#: (month, day) rest days every year
DESCANSOS_FIJOS: tuple[tuple[int, int], ...] = ((1, 1), (5, 1), (9, 16), (12, 25))

#: (month, which Monday) rest days every year: 1 = first Monday of the month
DESCANSOS_LUNES: tuple[tuple[int, int], ...] = ((2, 1), (3, 3), (11, 3))

#: rest day of the transmission of the Federal Executive, every ``cada`` years:
#: (first year, last year or None, month, day, cada)
TRANSMISION_EJECUTIVO: tuple[tuple[int, int | None, int, int, int], ...] = (
    (2000, 2018, 12, 1, 6),
    (2024, None, 10, 1, 6),
)

SABADO = 5


def _lunes(anio: int, mes: int, n: int) -> date:
    """The ``n``-th Monday of ``mes`` (``n`` from 1)."""
    primero = date(anio, mes, 1)
    desplazamiento = (0 - primero.weekday()) % 7  # Monday is weekday 0
    return primero + timedelta(days=desplazamiento + 7 * (n - 1))


@lru_cache(maxsize=256)
def descansos_obligatorios(anio: int) -> frozenset[date]:
    """The official rest days of ``anio`` (LFT art. 74), whatever day of the week they fall on."""
    dias = {date(anio, m, d) for m, d in DESCANSOS_FIJOS}
    dias.update(_lunes(anio, m, n) for m, n in DESCANSOS_LUNES)
    for desde, hasta, mes, dia, cada in TRANSMISION_EJECUTIVO:
        if anio >= desde and (hasta is None or anio <= hasta) and (anio - desde) % cada == 0:
            dias.add(date(anio, mes, dia))
    return frozenset(dias)


def es_dia_habil(dia: date, inhabiles_extra: Iterable[date] = ()) -> bool:
    """Monday to Friday, not an official rest day and not one of ``inhabiles_extra``."""
    if dia.weekday() >= SABADO:
        return False
    if dia in descansos_obligatorios(dia.year):
        return False
    extra = inhabiles_extra if isinstance(inhabiles_extra, (set, frozenset)) else set(inhabiles_extra)
    return dia not in extra


def sumar_dias_habiles(inicio: date, dias: int, inhabiles_extra: Iterable[date] = ()) -> date:
    """The ``dias``-th business day after ``inicio`` (``inicio`` itself is never counted).

    ``sumar_dias_habiles(viernes, 1)`` is the next Monday (if it is not a rest day). With
    ``dias`` 0 the result is ``inicio``. Negative values are refused.
    """
    if dias < 0:
        raise ValueError("El número de días hábiles no puede ser negativo.")
    extra = frozenset(inhabiles_extra)
    dia = inicio
    faltan = dias
    while faltan:
        dia += timedelta(days=1)
        if es_dia_habil(dia, extra):
            faltan -= 1
    return dia


def dias_habiles_entre(desde: date, hasta: date, inhabiles_extra: Iterable[date] = ()) -> int:
    """Business days after ``desde`` up to ``hasta`` inclusive; negative when ``hasta`` is earlier."""
    if hasta < desde:
        return -dias_habiles_entre(hasta, desde, inhabiles_extra)
    extra = frozenset(inhabiles_extra)
    n = 0
    dia = desde
    while dia < hasta:
        dia += timedelta(days=1)
        if es_dia_habil(dia, extra):
            n += 1
    return n
