"""Units of measure and money: the only arithmetic the rules and the split rely on.

Mass units convert exactly (the pound is defined as 0.45359237 kg). Any other pair of units is
refused with :class:`UnidadNoConvertible`: a piece or a metre has no weight we could know.
Money is converted with the rate the clerk applied (USD per one unit of the invoice currency)
and compared to the cent; unit prices are compared at 4 decimals, as VUCEM shows them.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

KG_POR_UNIDAD: dict[str, Decimal] = {
    "KGM": Decimal(1),
    "TNE": Decimal(1000),
    "LBR": Decimal("0.45359237"),
    "GRM": Decimal("0.001"),
}

NOMBRE_UNIDAD = {
    "KGM": "kilogramos",
    "TNE": "toneladas",
    "LBR": "libras",
    "GRM": "gramos",
    "H87": "piezas",
    "MTR": "metros",
}

CENTAVO = Decimal("0.01")
CUATRO_DECIMALES = Decimal("0.0001")
MIL_GRAMOS = Decimal("0.001")


class UnidadNoConvertible(ValueError):
    def __init__(self, de: str, a: str):
        self.de, self.a = de, a
        super().__init__(
            f"No se puede convertir de {nombre_unidad(de)} ({de}) a {nombre_unidad(a)} ({a}): "
            "solo se convierten unidades de masa (KGM, TNE, LBR)."
        )


def nombre_unidad(clave: str) -> str:
    return NOMBRE_UNIDAD.get(clave, clave or "sin unidad")


def factor(de: str, a: str) -> Decimal:
    """How many ``a`` make one ``de`` (TNE -> KGM is 1000)."""
    de, a = de.upper(), a.upper()
    if de == a:
        return Decimal(1)
    if de in KG_POR_UNIDAD and a in KG_POR_UNIDAD:
        return KG_POR_UNIDAD[de] / KG_POR_UNIDAD[a]
    raise UnidadNoConvertible(de, a)


def convertir(cantidad: Decimal, de: str, a: str) -> Decimal:
    return cantidad * factor(de, a)


def a_usd(importe: Decimal, usd_por_unidad: Decimal) -> Decimal:
    """An amount of the invoice currency in dollars, unrounded."""
    return importe * usd_por_unidad


def centavos(valor: Decimal) -> Decimal:
    return valor.quantize(CENTAVO, rounding=ROUND_HALF_UP)


def cuatro_decimales(valor: Decimal) -> Decimal:
    return valor.quantize(CUATRO_DECIMALES, rounding=ROUND_HALF_UP)


def cantidad_umt(valor: Decimal) -> Decimal:
    """A quantity in the tariff unit, to the gram when the unit is the kilogram."""
    return valor.quantize(MIL_GRAMOS, rounding=ROUND_HALF_UP)


def texto_numero(valor: Decimal, minimo_decimales: int = 0) -> str:
    """Plain text for a decimal, trailing zeros trimmed down to ``minimo_decimales``."""
    t = format(valor, "f")
    if "." in t:
        entero, dec = t.split(".")
        dec = dec.rstrip("0")
        if len(dec) < minimo_decimales:
            dec = dec.ljust(minimo_decimales, "0")
        return f"{entero}.{dec}" if dec else entero
    return f"{t}.{'0' * minimo_decimales}" if minimo_decimales else t


def precio_texto(precio: Decimal) -> str:
    """A unit price as written in the description: 4 decimals at most, 2 at least (0.69, 0.6877)."""
    return texto_numero(cuatro_decimales(precio), minimo_decimales=2)


UNIDAD_CORTA = {"KGM": "kg", "TNE": "t", "LBR": "lb", "GRM": "g", "H87": "pieza", "MTR": "m"}


def unidad_corta(clave: str) -> str:
    """The unit as a price is written: ``KGM`` -> ``kg`` (``USD/kg``, never ``USD/KGM``)."""
    return UNIDAD_CORTA.get((clave or "").upper(), clave or "unidad")


def cifras_significativas(valor: Decimal, cifras: int = 6) -> str:
    """``0.0530616576...`` -> ``0.0530617``; ``1.0812345`` -> ``1.08123``."""
    if valor == 0:
        return "0"
    exponente = valor.adjusted() - cifras + 1
    return texto_numero(valor.quantize(Decimal(1).scaleb(exponente), rounding=ROUND_HALF_UP))


def texto_tipo_cambio(moneda: str, usd_por_unidad: Decimal, publicado: Decimal | None = None,
                      expresion: str = "usd_por_unidad") -> str:
    """A rate as the source publishes it: pesos per dollar with 4 decimals (Banco de México's
    FIX), or dollars per unit to 6 significant figures (the monthly equivalence table), or per
    1,000 units for the currencies quoted that way."""
    moneda = (moneda or "").upper()
    if usd_por_unidad <= 0:
        return f"{texto_numero(usd_por_unidad)} USD por {moneda}"
    if moneda == "MXN" or expresion == "unidades_por_usd":
        por_usd = publicado if (publicado is not None and expresion == "unidades_por_usd") else 1 / usd_por_unidad
        unidad = "pesos por dólar" if moneda == "MXN" else f"{moneda} por dólar"
        return f"{texto_numero(por_usd.quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP), minimo_decimales=4)} {unidad}"
    if expresion == "usd_por_mil":
        return f"{cifras_significativas(usd_por_unidad * 1000)} USD por 1,000 {moneda}"
    return f"{cifras_significativas(usd_por_unidad)} USD por {moneda}"
