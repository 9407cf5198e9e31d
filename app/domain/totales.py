"""Invoice amounts: what a line is worth, in which rate, and an invoice against its notices.

The arithmetic of rule R6 at the expediente level, shared by the rule (``reglas``), the split
(``division``) and the screens that show the invoice total against its notices while the clerk
works: the steel lines of an invoice (chapters 72 and 73, or without a fraction yet) in dollars
with the rate the invoice applies, to the cent, against the sum of the values of its notices.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .conversion import centavos
from .model import Aviso, Expediente, Factura, Partida

CAPITULOS_ACERO = ("72", "73")


def tasa_factura(f: Factura) -> Decimal | None:
    """USD per unit of the invoice currency: the rate applied; always 1 for a dollar invoice
    (its amounts are dollars whatever the rate field says; rule R8 reports a rate other than 1)."""
    if f.moneda == "USD":
        return Decimal(1)
    return f.usd_por_unidad


def importe_partida(p: Partida) -> Decimal | None:
    """The line's amount, or quantity x unit price when the amount is missing."""
    if p.importe is not None:
        return p.importe
    if p.cantidad is not None and p.precio_unitario is not None:
        return p.cantidad * p.precio_unitario
    return None


@dataclass(frozen=True, slots=True)
class TotalFactura:
    factura_id: str
    numero: str
    moneda: str
    total_moneda: Decimal | None  # every line, in the invoice currency (None: a line has no amount)
    acero_usd: Decimal | None  # steel lines in USD, rounded to the cent notice by notice (None: no rate...)
    avisos: tuple[str, ...]  # live notices that cover lines of this invoice
    suma_avisos: Decimal | None  # sum of their values in USD (None: one has no value yet)
    compartida: bool  # a notice also covers lines of another invoice: the sum cannot be split
    partidas_sin_aviso: int  # steel lines no notice covers yet
    partidas: int
    sin_aviso: tuple[str, ...] = ()  # ids of the steel lines no notice covers
    sin_aviso_usd: Decimal | None = None  # what they are worth in USD
    divididas: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # line id -> the notices sharing it

    @property
    def diferencia(self) -> Decimal | None:
        if self.acero_usd is None or self.suma_avisos is None or self.compartida or not self.avisos:
            return None
        return self.suma_avisos - self.acero_usd

    @property
    def cuadra(self) -> bool | None:
        """True when the notices add up to the invoice's steel lines; None when it cannot be told."""
        d = self.diferencia
        return None if d is None else d == 0


def es_acero(fraccion: str) -> bool:
    """A line of chapters 72/73, or one without a fraction yet: it needs a notice."""
    return not fraccion or fraccion[:2] in CAPITULOS_ACERO


def usd_por_aviso(f: Factura, avisos: Sequence[Aviso], tasa: Decimal) -> list[tuple[tuple[str, ...], tuple[str, ...], Decimal]]:
    """The invoice's steel lines in USD, grouped and rounded the way the notices are: the lines
    a notice covers alone make one amount rounded to the cent (its expected value); a line
    shared by several notices, or in none, is rounded on its own. Each item: (notices, lines, USD)."""
    grupos: dict[tuple[str, ...], tuple[list[str], Decimal]] = {}
    for p in f.partidas:
        if not es_acero(p.fraccion):
            continue
        importe = importe_partida(p) or Decimal(0)
        cubren = tuple(a.id for a in avisos if p.id in a.partidas_factura)
        clave = cubren if len(cubren) == 1 else (*cubren, "#" + p.id)
        lineas, valor = grupos.get(clave, ([], Decimal(0)))
        lineas.append(p.id)
        grupos[clave] = (lineas, valor + importe * tasa)
    return [(tuple(x for x in k if not x.startswith("#")), tuple(v[0]), centavos(v[1])) for k, v in grupos.items()]


def total_factura(f: Factura, avisos: tuple[Aviso, ...] | list[Aviso], factura_de: dict[str, str]) -> TotalFactura:
    ids = {p.id for p in f.partidas}
    suyos = [a for a in avisos if ids.intersection(a.partidas_factura)]
    compartida = any({factura_de.get(x) for x in a.partidas_factura} - {f.id, None} for a in suyos)
    importes = [importe_partida(p) for p in f.partidas]
    total = None if None in importes else sum((i for i in importes if i is not None), Decimal(0))
    tasa = tasa_factura(f)
    acero = [importe_partida(p) for p in f.partidas if es_acero(p.fraccion)]
    acero_usd = sin_aviso_usd = None
    grupos = usd_por_aviso(f, suyos, tasa) if tasa is not None and None not in acero else []
    if tasa is not None and None not in acero:
        acero_usd = sum((v for _, _, v in grupos), Decimal(0))
        sin_aviso_usd = sum((v for cubren, _, v in grupos if not cubren), Decimal(0))
    valores = [a.valor_usd for a in suyos]
    suma = None if None in valores else centavos(sum((v for v in valores if v is not None), Decimal(0)))
    cubiertas = {x for a in avisos for x in a.partidas_factura}
    sin = tuple(p.id for p in f.partidas if es_acero(p.fraccion) and p.id not in cubiertas)
    divididas = {p.id: tuple(a.id for a in suyos if p.id in a.partidas_factura) for p in f.partidas}
    divididas = {k: v for k, v in divididas.items() if len(v) > 1}
    return TotalFactura(f.id, f.numero, f.moneda, total, acero_usd, tuple(a.id for a in suyos), suma, compartida,
                        len(sin), len(f.partidas), sin, sin_aviso_usd, divididas)


def totales_facturas(exp: Expediente) -> list[TotalFactura]:
    """One :class:`TotalFactura` per invoice of ``exp`` (its notices are the live ones)."""
    factura_de = {p.id: f.id for f, p in exp.partidas()}
    return [total_factura(f, exp.avisos, factura_de) for f in exp.facturas]
