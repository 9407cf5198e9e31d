"""Rules R6 (invoice match), R7 (units) and R8 (exchange rate): a notice against the invoice
lines it covers, the notices of one invoice against the invoice, and the invoice's own data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

from .catalogos import mes_anterior
from .contexto import COMO_FECHA, Contexto, dinero, fmt, formato, pais_valido, precio_linea_usd
from .conversion import UnidadNoConvertible, a_usd, centavos, convertir, cuatro_decimales, factor, nombre_unidad, precio_texto
from .descripcion import dice_conversion
from .hallazgos import Hallazgo, hallazgo
from .model import Aviso, Factura, Partida
from .totales import importe_partida, tasa_factura, totales_facturas


def _linea_inconsistente(f: Factura, p: Partida) -> Hallazgo | None:
    """The invoice line's amount is not its quantity × unit price (to the cent)."""
    if p.cantidad is None or p.precio_unitario is None or p.importe is None:
        return None
    calculado = centavos(p.cantidad * p.precio_unitario)
    exponente = p.precio_unitario.as_tuple().exponent
    # the written unit price may itself be rounded: allow what that rounding explains
    holgura = abs(p.cantidad) * Decimal(5).scaleb(exponente - 1) if isinstance(exponente, int) else Decimal(0)
    if abs(centavos(p.importe) - calculado) <= max(holgura, Decimal(0)) + Decimal("0.005"):
        return None
    return hallazgo("FACTURA_INCONSISTENTE", ["partidas_factura"], factura=f.numero or f.id, partida=p.id,
                    cantidad=fmt(p.cantidad), unidad=p.unidad or "", precio=fmt(p.precio_unitario),
                    moneda=f.moneda, calculado=dinero(calculado), importe=dinero(p.importe), _factura=f.id)


def regla_factura(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    lineas = ctx.lineas_de(a)
    if not lineas:
        yield hallazgo("PARTIDAS_NO_VINCULADAS", ["partidas_factura"])
        return
    umt = ctx.umt(a)
    esperado = Decimal(0)
    cantidad_umt = Decimal(0)
    completo = True
    cantidad_completa = True
    inconsistente = False
    # A line split across notices: each carries part of it, the sum is checked per invoice (R6).
    dividida = any(len(ctx.avisos_de_partida.get(p.id, ())) > 1 for _, p in lineas)
    for f, p in lineas:
        tasa = tasa_factura(f)
        importe = importe_partida(p)
        if tasa is None:
            completo = False
        if importe is None:
            completo = False
            if not ({"importe", "cantidad", "precio_unitario"} & p.invalidos.keys()):
                yield hallazgo("CAMPO_OBLIGATORIO", ["partidas_factura"], que=f"el importe de la partida {p.id}",
                               como="Complete cantidad, precio unitario e importe de la partida.", _factura=f.id)
        if (h := _linea_inconsistente(f, p)) is not None:
            inconsistente = True
            yield h
        if tasa is not None and importe is not None:
            esperado += a_usd(importe, tasa)
        try:
            if p.cantidad is None:
                cantidad_completa = False
            else:
                cantidad_umt += convertir(p.cantidad, p.unidad or umt, umt)
        except UnidadNoConvertible:
            cantidad_completa = False
            yield hallazgo("UNIDAD_NO_CONVERTIBLE", ["cantidad"], partida=p.id, unidad_factura=p.unidad,
                           umt=umt, _factura=f.id)
    if inconsistente:
        return  # no notice value can match an invoice that contradicts itself
    if completo and not dividida and a.valor_usd is not None and centavos(a.valor_usd) != centavos(esperado):
        yield _valor_no_coincide(a, ctx, lineas, esperado)
    precios = {cuatro_decimales(x) for x in (precio_linea_usd(f, p, umt) for f, p in lineas) if x is not None}
    if len(precios) == 1 and a.valor_usd is not None and a.cantidad:
        precio_factura = precios.pop()
        precio_aviso = cuatro_decimales(a.valor_usd / a.cantidad)
        if precio_aviso != precio_factura:
            yield hallazgo("PRECIO_UNITARIO_NO_COINCIDE", ["valor_usd", "cantidad"], umt=umt,
                           precio_aviso=precio_texto(precio_aviso), precio_factura=precio_texto(precio_factura))
    if cantidad_completa and not dividida and a.cantidad is not None and abs(a.cantidad - cantidad_umt) >= 1:
        yield hallazgo("CANTIDAD_NO_COINCIDE_FACTURA", ["cantidad"], cantidad=fmt(a.cantidad), umt=umt,
                       esperada=fmt(cantidad_umt))


def _valor_no_coincide(a: Aviso, ctx: Contexto, lineas: list[tuple[Factura, Partida]], esperado: Decimal) -> Hallazgo:
    """The notice's value against its lines; when the difference is the invoice's freight and
    insurance (whole or prorated by value), say so."""
    assert a.valor_usd is not None
    diferencia = centavos(a.valor_usd) - centavos(esperado)
    facturas = {f.id: f for f, _ in lineas}
    for f in facturas.values():
        cargos = (f.fletes or Decimal(0)) + (f.seguros or Decimal(0))
        tasa = tasa_factura(f)
        if not cargos or tasa is None or diferencia <= 0:
            continue
        total_factura = sum((importe_partida(p) or Decimal(0) for p in f.partidas), Decimal(0))
        propias = sum((importe_partida(p) or Decimal(0) for g, p in lineas if g.id == f.id), Decimal(0))
        candidatos = {centavos(cargos * tasa)}
        if total_factura:
            candidatos.add(centavos(cargos * tasa * propias / total_factura))
        if any(abs(diferencia - c) <= Decimal("0.02") for c in candidatos):
            return hallazgo("VALOR_NO_COINCIDE_FACTURA", ["valor_usd"], valor=dinero(a.valor_usd),
                            esperado=dinero(esperado), diferencia=dinero(diferencia), factura=f.numero or f.id,
                            _variante="fletes")
    return hallazgo("VALOR_NO_COINCIDE_FACTURA", ["valor_usd"], valor=dinero(a.valor_usd), esperado=dinero(esperado))


def regla_conversion(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    umt = ctx.umt(a)
    unidades = sorted({p.unidad for _, p in ctx.lineas_de(a) if p.unidad and p.unidad != umt})
    convertibles = []
    for u in unidades:
        try:
            factor(u, umt)
            convertibles.append(u)
        except UnidadNoConvertible:
            pass  # reported by regla_factura
    if convertibles and not dice_conversion(ctx.descripcion_plana(a), convertibles):
        yield hallazgo("CONVERSION_UNIDAD_NO_DECLARADA", ["descripcion"],
                       unidad_factura=" y ".join(nombre_unidad(u) for u in convertibles), umt=umt,
                       umt_nombre=nombre_unidad(umt))


def revisar_factura(f: Factura, ctx: Contexto, partidas: Iterable[Partida], *, cabecera: bool = True) -> Iterator[Hallazgo]:
    """Format of an invoice's header (and exchange rate, R8) and of the given lines of it."""
    ref = {"_factura": f.id}
    etiqueta = f.numero or f.id
    partidas = list(partidas)
    if cabecera:
        yield from ctx.hallazgos_cabecera(f)
    for p in partidas:
        for clave, que in (("cantidad", "Cantidad"), ("precio_unitario", "Precio unitario"), ("importe", "Importe")):
            crudo = p.invalidos.get(clave)
            valor = getattr(p, clave)
            if crudo is not None:
                yield formato("partidas_factura", f"{que} de la partida {p.id} (factura {etiqueta})", crudo,
                               "Escriba un número con punto decimal.", **ref)
            elif valor is not None and valor <= 0:
                yield formato("partidas_factura", f"{que} de la partida {p.id} (factura {etiqueta})", fmt(valor),
                               "Debe ser mayor que cero.", **ref)
        if p.pais_origen and not pais_valido(ctx, p.pais_origen):
            yield formato("partidas_factura", f"País de origen de la partida {p.id}", p.pais_origen,
                           "Use la clave de 3 letras del catálogo de países.", **ref)


def revisar_cabecera_factura(f: Factura, ctx: Contexto) -> Iterator[Hallazgo]:
    ref = {"_factura": f.id}
    etiqueta = f.numero or f.id
    crudo = f.invalidos.get("fecha")
    if crudo is not None:
        yield formato("fecha", f"Fecha de la factura {etiqueta}", crudo, COMO_FECHA, **ref)
    monedas = ctx.catalogos.monedas
    if not re.fullmatch(r"[A-Z]{3}", f.moneda) or (monedas is not None and f.moneda not in monedas):
        yield formato("moneda", f"Moneda de la factura {etiqueta}", f.moneda, "Use la clave ISO 4217 (USD, MXN, EUR...).", **ref)
        return
    for clave, que in (("usd_por_unidad", "Tipo de cambio"), ("fletes", "Fletes"), ("seguros", "Seguros")):
        crudo = f.invalidos.get(clave)
        valor = getattr(f, clave)
        minimo_cero = clave != "usd_por_unidad"
        if crudo is not None:
            yield formato(clave, f"{que} de la factura {etiqueta}", crudo, "Escriba un número con punto decimal.", **ref)
        elif valor is not None and (valor < 0 or (valor == 0 and not minimo_cero)):
            yield formato(clave, f"{que} de la factura {etiqueta}", fmt(valor),
                           "No puede ser negativo." if minimo_cero else "Debe ser mayor que cero.", **ref)
    if f.moneda != "USD" and f.usd_por_unidad is None and "usd_por_unidad" not in f.invalidos:
        yield hallazgo("CAMPO_OBLIGATORIO", ["usd_por_unidad"],
                       que=f"el tipo de cambio aplicado a la factura {etiqueta} ({f.moneda})",
                       como="Escriba cuántos dólares vale una unidad de la moneda de la factura.", **ref)
    yield from _regla_tipo_cambio(f, ctx, list(f.partidas))


def _regla_tipo_cambio(f: Factura, ctx: Contexto, partidas: list[Partida]) -> Iterator[Hallazgo]:
    ref = {"_factura": f.id}
    etiqueta = f.numero or f.id
    if f.moneda == "USD":
        # The amounts of a dollar invoice are dollars whatever the rate field says: only the field is wrong.
        if f.usd_por_unidad is not None and f.usd_por_unidad != 1:
            yield hallazgo("TIPO_CAMBIO_NO_COINCIDE", ["usd_por_unidad"], factura=etiqueta,
                           aplicado=fmt(f.usd_por_unidad), moneda="USD", _variante="usd", **ref)
        return
    fecha = f.fecha or ctx.hoy
    mes = mes_anterior(fecha)
    cat = ctx.catalogos.tipos_cambio
    tc = cat.buscar(f.moneda, mes) if cat is not None else None
    version = cat.meta.etiqueta() if cat is not None else "sin catálogo de tipos de cambio"
    if cat is not None:
        ref["_catalogo"] = version
    base = {"factura": etiqueta, "moneda": f.moneda, "mes": mes, "fecha_base": fecha.strftime("%d/%m/%Y"),
            "base": "factura" if f.fecha else "preparacion", "catalogo": version}
    if tc is None:
        yield hallazgo("TIPO_CAMBIO_DESCONOCIDO", ["valor_usd"], **base, **ref)
        return
    if f.usd_por_unidad is None:
        return
    total = sum((importe_partida(p) or Decimal(0) for p in partidas), Decimal(0))
    aplicado, correcto = centavos(total * f.usd_por_unidad), centavos(total * tc.usd_por_unidad)
    if aplicado != correcto or (total == 0 and f.usd_por_unidad != tc.usd_por_unidad):
        yield hallazgo("TIPO_CAMBIO_NO_COINCIDE", ["valor_usd"], aplicado=str(f.usd_por_unidad),
                       publicado=str(tc.usd_por_unidad),
                       publicado_fuente=str(tc.publicado) if tc.publicado is not None else "",
                       publicado_expresion=tc.expresion, valor_correcto=dinero(correcto), **base, **ref)



def regla_suma_facturas(ctx: Contexto) -> Iterator[Hallazgo]:
    """R6 at the expediente level: the notices of one invoice add up to its steel lines, each
    notice's part converted and rounded the way that notice is."""
    facturas = {f.id: f for f in ctx.exp.facturas}
    valores = {a.id: a.valor_usd for a in ctx.exp.avisos}
    for t in totales_facturas(ctx.exp):
        diferencia = t.diferencia  # None when it cannot be told (no notices, no rate, a shared notice...)
        if diferencia is None or diferencia == 0 or t.suma_avisos is None or t.acero_usd is None:
            continue
        f = facturas[t.factura_id]
        base = {"factura": f.numero or f.id, "suma": dinero(t.suma_avisos), "total": dinero(t.acero_usd),
                "diferencia": dinero(diferencia), "_factura": f.id}
        if t.sin_aviso and t.sin_aviso_usd is not None and diferencia == -t.sin_aviso_usd:
            yield hallazgo("SUMA_AVISOS_NO_COINCIDE_FACTURA", ["valor_usd"], partidas=list(t.sin_aviso),
                           valor_partidas=dinero(t.sin_aviso_usd), _variante="sin_aviso", **base)
            continue
        dividida = _grupo_dividido(ctx, f, t.divididas, valores)
        if dividida is not None:
            lineas, avisos, suma, total = dividida
            base.update(suma=dinero(suma), total=dinero(total), diferencia=dinero(suma - total))
            yield hallazgo("SUMA_AVISOS_NO_COINCIDE_FACTURA", ["valor_usd"], partidas=lineas, avisos=avisos,
                           _variante="compartida", **base)
            continue
        yield hallazgo("SUMA_AVISOS_NO_COINCIDE_FACTURA", ["valor_usd"], **base)


def _grupo_dividido(ctx: Contexto, f: Factura, divididas: Mapping[str, tuple[str, ...]],
                    valores: Mapping[str, Decimal | None]) -> tuple[list[str], list[str], Decimal, Decimal] | None:
    """A line split across notices whose values do not add up to it: (lines, notices, their sum,
    what the lines are worth). Only when those notices cover nothing else."""
    tasa = tasa_factura(f)
    for avisos in divididas.values():
        lineas = {p for a in ctx.exp.avisos if a.id in avisos for p in a.partidas_factura}
        if any(set(ctx.avisos_de_partida.get(p, ())) - set(avisos) for p in lineas) or tasa is None:
            continue
        importes = [importe_partida(ctx.partidas[p][1]) for p in lineas if p in ctx.partidas]
        vals = [valores.get(a) for a in avisos]
        if None in importes or None in vals or len(importes) != len(lineas):
            continue
        suma = centavos(sum((v for v in vals if v is not None), Decimal(0)))
        total = centavos(sum((i * tasa for i in importes if i is not None), Decimal(0)))
        if suma != total:
            return sorted(lineas), list(avisos), suma, total
    return None
