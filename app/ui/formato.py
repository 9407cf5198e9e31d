"""Text shown on screen and typed by the clerk: numbers, dates, keys. Pure Python (no Qt).

Two kinds of numbers: what VUCEM wants typed (``24500``, ``16905.00``: no thousands separator,
point as decimal mark) and what a list shows to be read at a glance (``24,500``, ``16,905.00``).
Dates are shown and typed as ``dd/mm/aaaa``, as in VUCEM; ``aaaa-mm-dd`` is accepted too.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from app.domain.archivo import texto_a_decimal, texto_a_fecha
from app.domain.conversion import centavos, texto_numero

_FECHA_MX = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def fecha_vista(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def texto_a_fecha_mx(texto: str) -> date | None:
    """``07/07/2025`` (or ISO ``2025-07-07``) -> date; ``None`` if it is not a real date."""
    m = _FECHA_MX.match(texto)
    if m:
        dia, mes, anio = (int(x) for x in m.groups())
        try:
            return date(anio, mes, dia)
        except ValueError:
            return None
    return texto_a_fecha(texto)


def numero_captura(d: Decimal | None) -> str:
    """A quantity as typed into VUCEM: ``24500``, ``24500.5`` (no separators, no trailing zeros)."""
    return "" if d is None else texto_numero(d)


def dinero_captura(d: Decimal | None) -> str:
    """An amount in dollars as typed into VUCEM: ``16905.00``."""
    return "" if d is None else texto_numero(centavos(d), minimo_decimales=2)


def _miles(t: str) -> str:
    signo = "-" if t.startswith("-") else ""
    t = t.lstrip("-")
    entero, _, dec = t.partition(".")
    grupos = []
    while len(entero) > 3:
        grupos.insert(0, entero[-3:])
        entero = entero[:-3]
    grupos.insert(0, entero)
    return signo + ",".join(grupos) + (f".{dec}" if dec else "")


def numero_vista(d: Decimal | None) -> str:
    """A quantity for reading: ``24,500``."""
    return "" if d is None else _miles(texto_numero(d))


def dinero_vista(d: Decimal | None) -> str:
    """An amount for reading: ``16,905.00``."""
    return "" if d is None else _miles(texto_numero(centavos(d), minimo_decimales=2))


def fraccion_vista(fraccion: str, nico: str = "") -> str:
    """``72142099`` + ``00`` -> ``7214.20.99-00`` (the way the tariff prints it)."""
    if re.fullmatch(r"\d{8}", fraccion):
        t = f"{fraccion[:4]}.{fraccion[4:6]}.{fraccion[6:]}"
    else:
        t = fraccion
    return f"{t}-{nico}" if nico else t


def solo_digitos(texto: str) -> str:
    """``7214.20.99`` -> ``72142099``; any other character is kept so a wrong entry stays visible."""
    return re.sub(r"[\s.]", "", texto)


def decimal_o_crudo(texto: str) -> tuple[Decimal | None, str | None]:
    """Parse what the clerk typed: ``(valor, None)``, ``(None, None)`` if empty, ``(None, texto)`` if invalid."""
    t = texto.strip()
    if not t:
        return None, None
    d = texto_a_decimal(t)
    return (d, None) if d is not None else (None, t)


def clave_y_nombre(clave: str, nombre: str) -> str:
    """``TUR - TURQUÍA``, as VUCEM lists countries."""
    if clave and nombre:
        return f"{clave} - {nombre}"
    return clave or nombre
