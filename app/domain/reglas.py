"""The rules R1–R12 of DOMAIN.md, each a plain function that returns findings.

``revisar(expediente, catalogos, hoy)`` runs every rule on every notice and the expediente-level
rules, and returns a :class:`Revision`. Rules never raise on bad data and never guess: when
they lack data the clerk has not given (no rate, no catalog) they say so as a warning.

Data about a certificate or an invoice (a missing heat number, a bad date) is reported on each
notice that uses it, so the clerk sees it where the work is; data that no notice uses is
reported at the expediente level.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .campos_vucem import PARTIDAS_MATERIA_PRIMA, UMT_POR_DEFECTO, es_materia_prima, umt_de_fraccion
from .catalogos import Catalogos
from .contexto import (
    COMO_FECHA,
    Contexto,
    fmt,
    formato,
    kg_texto,
    obligatorio,
    precio_linea_usd,
    revisar_pais,
)
from .conversion import (
    UnidadNoConvertible,
    convertir,
    cuatro_decimales,
    factor,
    precio_texto,
    texto_numero,
    unidad_corta,
)
from .descripcion import faltan_en_descripcion, precios_por_kg
from .hallazgos import Hallazgo, hallazgo
from .model import Aviso, Certificado, Expediente, Factura, Partida, TipoCertificado
from .reglas_factura import regla_conversion, regla_factura, regla_suma_facturas, revisar_factura
from .texto import NOMBRE_IDIOMA, es_espanol, nombre_idioma
from .totales import CAPITULOS_ACERO
from .volumen import PORCENTAJE_TOLERANCIA, TOLERANCIA_VOLUMEN, MargenCertificado, UsoCertificado

__all__ = [
    "NOMBRE_IDIOMA", "PARTIDAS_MATERIA_PRIMA", "TOLERANCIA_VOLUMEN", "UMT_POR_DEFECTO", "Contexto", "Revision",
    "revisar", "revisar_aviso",
]
# Kept for callers that test membership; the rules use :func:`app.domain.texto.es_espanol`.
IDIOMAS_ESPANOL = frozenset({"es", "spa", "español", "espanol"})
_COMO_FECHA = "Escriba una fecha que exista: dd/mm/aaaa en la aplicación, AAAA-MM-DD en el archivo JSON."
_RFC = re.compile(r"^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$")
_PAIS = re.compile(r"^[A-Z]{3}$")



def regla_campos(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    """Required fields of the notice are present and well formed."""
    for campo in ("fraccion", "nico", "cantidad", "valor_usd"):
        if campo in a.invalidos:
            continue
        if getattr(a, campo) in ("", None):
            yield obligatorio(campo)
    if not a.pais_origen_acero and not es_materia_prima(a.fraccion):
        yield obligatorio("pais_origen_acero")
    for campo in ("pais_origen_mercancia", "pais_exportador", "descripcion"):
        if not getattr(a, campo):
            yield obligatorio(campo)
    if not (a.fabricante.nombre and a.fabricante.domicilio):
        falta = "el nombre" if not a.fabricante.nombre else "el domicilio"
        if not (a.fabricante.nombre or a.fabricante.domicilio):
            falta = "el nombre y domicilio"
        yield hallazgo("CAMPO_OBLIGATORIO", ["fabricante"], que=f"{falta} del fabricante", como="Tómelo del certificado.")
    if not (a.molino.clave or a.molino.nombre):
        yield obligatorio("molino")

    if a.fraccion and not re.fullmatch(r"\d{8}", a.fraccion):
        yield formato("fraccion", "Fracción arancelaria", a.fraccion, "Debe tener 8 dígitos, sin puntos (p. ej. 72142099).")
    if a.nico and not re.fullmatch(r"\d{2}", a.nico):
        yield formato("nico", "NICO", a.nico, "Debe tener 2 dígitos (p. ej. 00).")
    for campo, que in (("cantidad", "Cantidad"), ("valor_usd", "Valor en dólares")):
        crudo = a.invalidos.get(campo)
        valor = getattr(a, campo)
        if crudo is not None:
            yield formato(campo, que, crudo, "Escriba un número con punto decimal, sin comas (p. ej. 16905.00).")
        elif valor is not None and valor <= 0:
            yield formato(campo, que, fmt(valor), "Debe ser mayor que cero.")
    yield from revisar_pais(ctx, "pais_origen_acero", a.pais_origen_acero, "País de origen del acero")
    yield from revisar_pais(ctx, "pais_origen_mercancia", a.pais_origen_mercancia, "País de origen de la mercancía")
    yield from revisar_pais(ctx, "pais_exportador", a.pais_exportador, "País exportador")
    unidades = ctx.catalogos.unidades
    if a.umt and unidades is not None and a.umt not in unidades:
        yield formato("umt", "Unidad de medida", a.umt, "Use la clave de unidad del catálogo (KGM para kilogramos).")
    elif a.umt and re.fullmatch(r"\d{8}", a.fraccion):
        yield from _regla_umt(a, ctx)


def _regla_umt(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    """Field 2 is in the fraction's tariff unit: 24.5 in tonnes for a fraction measured in
    kilograms would reach VUCEM as 24.5 kg."""
    esperada = umt_de_fraccion(ctx.catalogos, a.fraccion, a.nico)
    if not esperada or esperada == a.umt.upper():
        return
    convertida = ""
    if a.cantidad is not None:
        try:
            convertida = fmt(convertir(a.cantidad, a.umt, esperada))
        except UnidadNoConvertible:
            convertida = "?"
    yield hallazgo("UMT_NO_COINCIDE_FRACCION", ["cantidad", "umt"], umt_aviso=a.umt.upper(), umt=esperada,
                   fraccion=a.fraccion, cantidad=fmt(a.cantidad) if a.cantidad is not None else "",
                   convertida=convertida)


# ------------------------------------------------------------------------------------------
# R1 fraction subject to the notice


def regla_fraccion(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    if not (re.fullmatch(r"\d{8}", a.fraccion) and re.fullmatch(r"\d{2}", a.nico)):
        return
    base = {"fraccion": a.fraccion, "nico": a.nico}
    if a.fraccion[:2] not in CAPITULOS_ACERO:
        yield hallazgo("FRACCION_NO_SUJETA", ["fraccion"], motivo=f"capítulo {a.fraccion[:2]}", **base)
        return
    cat = ctx.catalogos.fracciones
    if cat is None:
        yield hallazgo("FRACCION_NO_CONFIRMADA", ["fraccion"], motivo="no hay catálogo de fracciones cargado", **base)
        return
    base["_catalogo"] = cat.meta.etiqueta()
    fila = cat.buscar(a.fraccion, a.nico)
    if fila is None:
        otros = [f.nico for f in cat.nicos(a.fraccion)]
        if otros:
            motivo = (f"el NICO {a.nico} no está en el catálogo {cat.meta.etiqueta()} para esa fracción "
                      f"(NICO: {', '.join(otros)})")
            yield hallazgo("FRACCION_NO_CONFIRMADA", ["fraccion", "nico"], motivo=motivo, **base)
        else:
            motivo = f"no aparece en el catálogo {cat.meta.etiqueta()}"
            yield hallazgo("FRACCION_NO_CONFIRMADA", ["fraccion"], motivo=motivo, **base)
        return
    if fila.sujeta is True:
        return
    if fila.sujeta is False and cat.meta.oficial:
        yield hallazgo("FRACCION_NO_SUJETA", ["fraccion"], motivo=f"según el catálogo {cat.meta.etiqueta()}", **base)
        return
    motivo = f"el catálogo {cat.meta.etiqueta()} no la marca como sujeta"
    yield hallazgo("FRACCION_NO_CONFIRMADA", ["fraccion"], motivo=motivo, **base)


def regla_fraccion_factura(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    if not re.fullmatch(r"\d{8}", a.fraccion):
        return
    for _, p in ctx.lineas_de(a):
        if re.fullmatch(r"\d{8}", p.fraccion) and (p.fraccion != a.fraccion or (p.nico and a.nico and p.nico != a.nico)):
            yield hallazgo(
                "FRACCION_NO_COINCIDE_FACTURA", ["fraccion", "nico"], partida=p.id,
                fraccion_factura=f"{p.fraccion}-{p.nico}" if p.nico else p.fraccion,
                fraccion=f"{a.fraccion}-{a.nico}" if a.nico else a.fraccion,
            )


# ------------------------------------------------------------------------------------------
# R2 which certificate, R3 certificate contents, R11 translation


def regla_certificado_tipo(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    certs = ctx.certs_de(a)
    requerido, desde = ctx.tipo_requerido(a.fraccion)
    if not certs:
        yield hallazgo("CERTIFICADO_FALTANTE", ["certificados"], tipo_txt=f"de {requerido} " if requerido else "")
        return
    if requerido and not any(c.tipo == requerido for c in certs):
        presentes = sorted({c.tipo for c in certs if c.tipo in ("molino", "calidad")}) or ["tipo sin indicar"]
        meta = ctx.catalogos.certificados.meta if ctx.catalogos.certificados else None
        yield hallazgo(
            "CERTIFICADO_TIPO_INCORRECTO", ["certificados"], partida=a.fraccion[:4], requerido=requerido,
            desde=desde.strftime("%d/%m/%Y") if desde else "", presentes=" y ".join(presentes),
            catalogo=meta.etiqueta() if meta else "sin catálogo", _catalogo=meta.etiqueta() if meta else None,
        )


def revisar_certificado(c: Certificado, ctx: Contexto) -> Iterator[Hallazgo]:
    """Everything rule R3 (and R11) demands of one certificate."""
    ref = {"_certificado": c.id}
    etiqueta = c.numero or c.id
    if c.tipo not in (TipoCertificado.MOLINO, TipoCertificado.CALIDAD):
        if c.tipo:
            yield formato("tipo", "Tipo de certificado", c.tipo, "Debe ser «molino» o «calidad».", **ref)
        else:
            yield hallazgo("CAMPO_OBLIGATORIO", ["tipo"], que=f"el tipo del certificado {etiqueta}",
                           como="Indique si es certificado de molino o de calidad.", **ref)
    faltan: list[tuple[str, str]] = []
    if not c.descripcion:
        faltan.append(("descripcion", "la descripción de la mercancía"))
    if c.tipo == TipoCertificado.MOLINO and not c.coladas:
        faltan.append(("coladas", "los números de colada"))
    if not c.pais and "pais" not in c.invalidos:
        faltan.append(("pais", "el país de origen"))
    if not c.productor.nombre:
        faltan.append(("productor", "el nombre del productor"))
    contacto = [t for ok, t in ((c.productor.domicilio, "domicilio"), (c.productor.pais or c.pais, "país"),
                                (c.productor.telefono, "teléfono")) if not ok]
    if contacto:
        faltan.append(("productor", "los datos de contacto del productor (" + ", ".join(contacto) + ")"))
    if not c.numero:
        faltan.append(("numero", "el número de certificado"))
    if c.fecha_expedicion is None and "fecha_expedicion" not in c.invalidos:
        faltan.append(("fecha_expedicion", "la fecha de expedición"))
    if c.volumen_kg is None and "volumen_kg" not in c.invalidos:
        faltan.append(("volumen_kg", "el volumen en kilogramos"))
    if c.firma_sello_qr is not True:
        faltan.append(("firma_sello_qr", "la firma autógrafa, el sello o el código QR del emisor"))
    if faltan:
        campos = list(dict.fromkeys(k for k, _ in faltan))
        emisor = "molino" if c.tipo == TipoCertificado.MOLINO else "fabricante"
        yield hallazgo("CERTIFICADO_INCOMPLETO", campos, certificado=etiqueta, faltan="; ".join(t for _, t in faltan),
                       emisor=emisor, **ref)

    crudo = c.invalidos.get("fecha_expedicion")
    if crudo is not None:
        yield formato("fecha_expedicion", f"Fecha de expedición del certificado {etiqueta}", crudo,
                       COMO_FECHA, **ref)
    elif c.fecha_expedicion and c.fecha_expedicion > ctx.hoy:
        yield hallazgo("CERTIFICADO_FECHA_FUTURA", ["fecha_expedicion"], certificado=etiqueta,
                       fecha=c.fecha_expedicion.strftime("%d/%m/%Y"), referencia=ctx.hoy.strftime("%d/%m/%Y"), **ref)
    crudo = c.invalidos.get("volumen_kg")
    if crudo is not None:
        yield formato("volumen_kg", f"Volumen del certificado {etiqueta}", crudo, "Escriba los kilogramos con punto decimal.", **ref)
    elif c.volumen_kg is not None and c.volumen_kg <= 0:
        yield formato("volumen_kg", f"Volumen del certificado {etiqueta}", fmt(c.volumen_kg), "Debe ser mayor que cero.", **ref)
    yield from revisar_pais(ctx, "pais", c.pais, f"País del certificado {etiqueta}", **ref)
    if c.productor.pais != c.pais:
        yield from revisar_pais(ctx, "productor", c.productor.pais, f"País del productor del certificado {etiqueta}", **ref)

    if c.idioma.strip() and not es_espanol(c.idioma) and c.traduccion is not True:
        yield hallazgo("TRADUCCION_REQUERIDA", ["traduccion"], certificado=etiqueta, idioma=nombre_idioma(c.idioma), **ref)


# ------------------------------------------------------------------------------------------
# R4 one notice per fraction, origin, unit price and certificate


def regla_dividir(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    lineas = ctx.lineas_de(a)
    umt = ctx.umt(a)

    def mezcla(dimension: str, singular: str, valores: Iterable[str], campos: list[str]) -> Iterator[Hallazgo]:
        distintos = sorted(set(valores))
        if len(distintos) > 1:
            yield hallazgo("AVISO_DEBE_DIVIDIRSE", campos, dimension=dimension, dimension_singular=singular,
                           valores=", ".join(distintos))

    yield from mezcla("fracciones arancelarias", "fracción y NICO",
                      (f"{p.fraccion}-{p.nico}" if p.nico else p.fraccion for _, p in lineas if p.fraccion),
                      ["fraccion", "nico"])
    yield from mezcla("países de origen", "país de origen", (p.pais_origen for _, p in lineas if p.pais_origen),
                      ["pais_origen_mercancia"])
    precios = [precio_linea_usd(f, p, umt) for f, p in lineas]
    yield from mezcla("precios unitarios", "precio unitario",
                      (f"{precio_texto(x)} USD/{unidad_corta(umt)}" for x in precios if x is not None), ["valor_usd", "cantidad"])
    certs_lineas = {p.certificado for _, p in lineas if p.certificado}
    por_tipo: dict[str, set[str]] = {}
    for c in ctx.certs_de(a):
        por_tipo.setdefault(c.tipo, set()).add(c.numero or c.id)
    numeros = {(ctx.certs[c].numero or c) for c in certs_lineas if c in ctx.certs}
    mezclados = max([numeros] + list(por_tipo.values()), key=len)
    yield from mezcla("certificados", "certificado", mezclados, ["certificados"])


# ------------------------------------------------------------------------------------------
# R5 volume tolerance


def regla_volumen(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    """R5 for the notice alone: its quantity ≤ 1.03 × the volume of its certificates."""
    relevantes = ctx.certs_volumen(a)
    if a.cantidad is None or a.cantidad <= 0 or not relevantes:
        return
    if any(c.volumen_kg is None or c.volumen_kg <= 0 for c in relevantes):
        return  # the missing volume is reported by R3
    cantidad_kg = ctx.cantidad_kg(a)
    if cantidad_kg is None:
        return
    volumen = sum((c.volumen_kg for c in relevantes if c.volumen_kg is not None), Decimal(0))
    maximo = volumen * TOLERANCIA_VOLUMEN
    if cantidad_kg > maximo:
        exceso = ((cantidad_kg / volumen) - 1) * 100
        yield hallazgo("VOLUMEN_EXCEDE_TOLERANCIA", ["cantidad"], cantidad=fmt(cantidad_kg), volumen=fmt(volumen),
                       maximo=fmt(maximo), exceso=texto_numero(exceso.quantize(Decimal("0.01"))),
                       tolerancia=PORCENTAJE_TOLERANCIA)
    else:
        yield from _regla_certificado_compartido(a, ctx)


def _regla_certificado_compartido(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    """R5 across notices: every notice that cites the certificate shares its volume."""
    relevantes = ctx.certs_volumen(a)
    m = ctx.margenes.get(relevantes[0].id) if relevantes else None
    if m is None or m.maximo_kg is None or m.volumen_kg is None or not m.excedido:
        return
    numero = ", ".join(ctx.certs[c].numero or c for c in m.certificados if c in ctx.certs)
    base = {"certificado": numero, "volumen": kg_texto(m.volumen_kg), "maximo": kg_texto(m.maximo_kg),
            "tolerancia": PORCENTAJE_TOLERANCIA, "suma": kg_texto(m.usado_total_kg),
            "exceso": kg_texto(m.usado_total_kg - m.maximo_kg)}
    locales = [f"{u.aviso}: {kg_texto(u.cantidad_kg)} kg" for u in m.usos if u.cantidad_kg is not None]
    if m.excedido_aqui:
        if len(m.usos) > 1:  # one notice alone over the limit is VOLUMEN_EXCEDE_TOLERANCIA
            yield hallazgo("CERTIFICADO_EXCEDIDO_ENTRE_AVISOS", ["cantidad", "certificados"], avisos=locales, **base)
        return
    externos = [f"{u.expediente} · {u.aviso}: {kg_texto(u.cantidad_kg)} kg" for u in m.externos if u.cantidad_kg is not None]
    yield hallazgo("CERTIFICADO_EXCEDIDO_ENTRE_AVISOS", ["cantidad", "certificados"], externos=externos,
                   suma_aqui=kg_texto(m.usado_kg), suma_fuera=kg_texto(m.usado_total_kg - m.usado_kg),
                   expedientes=sorted({u.expediente for u in m.externos}),
                   _variante="otro_expediente", _severidad="aviso", **base)


# ------------------------------------------------------------------------------------------
# R9 countries, R10 mill


def regla_paises(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    certs = ctx.certs_de(a)
    molino = [c for c in certs if c.tipo == TipoCertificado.MOLINO and c.pais]
    if a.pais_origen_acero and molino and a.pais_origen_acero not in {c.pais for c in molino}:
        c = molino[0]
        yield hallazgo("PAIS_ACERO_NO_COINCIDE", ["pais_origen_acero"], pais=a.pais_origen_acero,
                       certificado=c.numero or c.id, pais_certificado=c.pais, _certificado=c.id)
    calidad = [c for c in certs if c.tipo == TipoCertificado.CALIDAD and c.pais]
    if a.pais_origen_mercancia and calidad and a.pais_origen_mercancia not in {c.pais for c in calidad}:
        c = calidad[0]
        yield hallazgo("PAIS_MERCANCIA_NO_COINCIDE", ["pais_origen_mercancia"], pais=a.pais_origen_mercancia,
                       certificado=c.numero or c.id, pais_certificado=c.pais, _certificado=c.id)


def regla_molino(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    if not (a.molino.clave or a.molino.nombre):
        return
    cat = ctx.catalogos.molinos
    if cat is None:
        yield hallazgo("CATALOGO_NO_CARGADO", ["molino"], catalogo="molinos de la SE", que="el molino")
        return
    encontrado = cat.buscar(clave=a.molino.clave) if a.molino.clave else cat.buscar(nombre=a.molino.nombre)
    if encontrado is None:
        nombre = " - ".join(x for x in (a.molino.clave, a.molino.nombre) if x)
        yield hallazgo("MOLINO_NO_EN_CATALOGO", ["molino"], molino=nombre, catalogo=cat.meta.etiqueta(),
                       _catalogo=cat.meta.etiqueta())
    elif a.molino.clave and a.molino.nombre and not cat.nombre_coincide(encontrado, a.molino.nombre):
        # key and name are one catalog entry: SE00006 with another mill's name is neither
        yield hallazgo("MOLINO_CLAVE_NOMBRE_NO_COINCIDEN", ["molino"], clave=encontrado.clave,
                       nombre_catalogo=encontrado.nombre, nombre=a.molino.nombre, etiqueta=encontrado.etiqueta(),
                       _catalogo=cat.meta.etiqueta())


# ------------------------------------------------------------------------------------------
# R12 description

def regla_descripcion(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    if not a.descripcion:
        return
    texto = ctx.descripcion_plana(a)
    precio = _por_kg(a.precio_unitario_usd, ctx.umt(a))
    encontrados = precios_por_kg(texto)
    precio_txt = precio_texto(precio) if precio is not None else "0.00"
    if not encontrados:
        yield hallazgo("PRECIO_UNITARIO_NO_EN_DESCRIPCION", ["descripcion"], precio=precio_txt)
    elif precio is not None and not any(_mismo_precio(x, precio) for x in encontrados):
        factura = _precio_factura_kg(a, ctx)
        # The description states the invoice's price and the notice's value is what is off
        # (e.g. freight added to it): R6 points at the value, the description is right.
        if factura is None or not any(_mismo_precio(x, factura) for x in encontrados):
            yield hallazgo("PRECIO_UNITARIO_NO_EN_DESCRIPCION", ["descripcion"], precio=precio_txt,
                           escrito=fmt(encontrados[0]), _variante="distinto")
    faltan = faltan_en_descripcion(texto)
    if faltan:
        yield hallazgo("DESCRIPCION_INSUFICIENTE", ["descripcion"], faltan=faltan)


def _por_kg(precio: Decimal | None, umt: str) -> Decimal | None:
    if precio is None or umt == "KGM":
        return precio
    try:
        return precio / factor(umt, "KGM")
    except UnidadNoConvertible:
        return None


def _precio_factura_kg(a: Aviso, ctx: Contexto) -> Decimal | None:
    """The invoice's unit price of the notice's lines in USD/kg, when they all have one."""
    umt = ctx.umt(a)
    precios = {cuatro_decimales(x) for x in (precio_linea_usd(f, p, umt) for f, p in ctx.lineas_de(a)) if x is not None}
    return _por_kg(precios.pop(), umt) if len(precios) == 1 else None


def _mismo_precio(escrito: Decimal, real: Decimal) -> bool:
    """The written price is the real one rounded to the decimals written (at least 2, at most 4)."""
    exponente = escrito.as_tuple().exponent
    decimales = max(2, min(4, -exponente)) if isinstance(exponente, int) else 2
    q = Decimal(1).scaleb(-decimales)
    return escrito.quantize(q, rounding=ROUND_HALF_UP) == real.quantize(q, rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------------------------------
# pipeline

ReglaAviso = Callable[[Aviso, Contexto], Iterable[Hallazgo]]

REGLAS_AVISO: tuple[ReglaAviso, ...] = (
    regla_campos,
    regla_fraccion,
    regla_fraccion_factura,
    regla_certificado_tipo,
    regla_dividir,
    regla_volumen,
    regla_factura,
    regla_conversion,
    regla_paises,
    regla_molino,
    regla_descripcion,
)


@dataclass(frozen=True)
class Revision:
    """The findings of one check of an expediente."""

    por_aviso: dict[str, tuple[Hallazgo, ...]]
    expediente: tuple[Hallazgo, ...]
    margenes: dict[str, MargenCertificado] = field(default_factory=dict)  # certificate id -> R5 margin

    @property
    def valido(self) -> bool:
        return not self.errores()

    def errores(self) -> list[Hallazgo]:
        return [h for h in self.todos() if h.es_error]

    def todos(self) -> list[Hallazgo]:
        return [h for hs in self.por_aviso.values() for h in hs] + list(self.expediente)

    def aviso_valido(self, aviso_id: str) -> bool:
        return not any(h.es_error for h in self.por_aviso.get(aviso_id, ()))

    def a_json(self) -> dict[str, Any]:
        return {
            "valido": self.valido,
            "avisos": [
                {"id": aid, "valido": self.aviso_valido(aid), "hallazgos": [h.a_json() for h in hs]}
                for aid, hs in self.por_aviso.items()
            ],
            "expediente": {"hallazgos": [h.a_json() for h in self.expediente]},
        }


def _unicos(hallazgos: Iterable[Hallazgo]) -> tuple[Hallazgo, ...]:
    vistos: set[tuple[Any, ...]] = set()
    out = []
    for h in hallazgos:
        clave = (h.codigo, h.campos, h.certificado, h.factura, h.mensaje)
        if clave not in vistos:
            vistos.add(clave)
            out.append(h)
    return tuple(out)


def revisar_aviso(a: Aviso, ctx: Contexto) -> tuple[Hallazgo, ...]:
    """All findings of one notice, including those of the certificates and invoices it uses."""
    hs: list[Hallazgo] = []
    for regla in REGLAS_AVISO:
        hs.extend(regla(a, ctx))
    for c in ctx.certs_de(a):
        hs.extend(ctx.hallazgos_certificado(c))
    lineas_por_factura: dict[str, tuple[Factura, list[Partida]]] = {}
    for f, p in ctx.lineas_de(a):
        lineas_por_factura.setdefault(f.id, (f, []))[1].append(p)
    for f, ps in lineas_por_factura.values():
        hs.extend(revisar_factura(f, ctx, ps))
    return _unicos(hs)


def revisar_nivel_expediente(ctx: Contexto) -> tuple[Hallazgo, ...]:
    exp = ctx.exp
    hs: list[Hallazgo] = []
    crudo = exp.invalidos.get("fecha_preparacion")
    if crudo is not None:
        hs.append(formato("fecha_preparacion", "Fecha de preparación", crudo, COMO_FECHA))
    rfc = exp.importador.rfc.upper()
    if rfc and not _RFC.match(rfc):
        hs.append(formato("rfc", "RFC del importador", exp.importador.rfc,
                           "El RFC de una persona moral tiene 12 caracteres y el de una persona física 13."))
    hs.extend(regla_suma_facturas(ctx))
    usados_c = {c for a in exp.avisos for c in a.certificados}
    for c in exp.certificados:
        if c.id not in usados_c:
            hs.extend(ctx.hallazgos_certificado(c))
    usadas_p = {p for a in exp.avisos for p in a.partidas_factura}
    for f in exp.facturas:
        libres = [p for p in f.partidas if p.id not in usadas_p]
        # An invoice some notice uses has its header reported on that notice already.
        usada = len(libres) < len(f.partidas)
        hs.extend(revisar_factura(f, ctx, libres, cabecera=not usada))
    return _unicos(hs)


def revisar(exp: Expediente, catalogos: Catalogos, hoy: date,
            externos: Mapping[str, Iterable[UsoCertificado]] | None = None) -> Revision:
    """Check every notice of ``exp`` and the expediente as a whole.

    ``externos``: certificate id -> the notices of OTHER expedientes of the database that cite
    the same certificate (``app.store.usos_certificado``), for the shared volume of rule R5."""
    ctx = Contexto.crear(exp, catalogos, hoy, externos)
    return Revision(
        por_aviso={a.id: revisar_aviso(a, ctx) for a in exp.avisos},
        expediente=revisar_nivel_expediente(ctx),
        margenes=dict(ctx.margenes),
    )
