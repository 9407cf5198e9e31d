"""Proposing the notices an expediente needs (rule R4).

Invoice lines are grouped by fraction+NICO, country of origin, unit price in USD per UMT (at 4
decimals, as VUCEM compares it) and certificate; each group becomes one draft notice with its
quantity in the UMT, its USD value, the countries and certificate links, and a description
that already states the unit price in USD/kg and, when the invoice unit differs, the conversion.
Lines that cannot be converted (a piece has no known weight) are left out and reported in
:attr:`Propuesta.omitidas` with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from .campos_vucem import UMT_POR_DEFECTO
from .catalogos import Catalogos
from .conversion import (
    UnidadNoConvertible,
    a_usd,
    cantidad_umt,
    centavos,
    convertir,
    cuatro_decimales,
    factor,
    nombre_unidad,
    precio_texto,
    texto_numero,
    unidad_corta,
)
from .model import Aviso, Certificado, Expediente, Fabricante, Factura, MolinoRef, Partida, TipoCertificado
from .totales import CAPITULOS_ACERO, importe_partida, tasa_factura


@dataclass(frozen=True, slots=True)
class Grupo:
    fraccion: str
    nico: str
    pais_origen: str
    precio_usd_umt: Decimal
    certificado: str | None
    umt: str


@dataclass(frozen=True, slots=True)
class Omitida:
    partida: str
    motivo: str


@dataclass(frozen=True, slots=True)
class Propuesta:
    avisos: tuple[Aviso, ...]
    motivos: dict[str, str]  # notice id -> why it is a separate notice (Spanish)
    omitidas: tuple[Omitida, ...]
    notas: dict[str, tuple[str, ...]] = field(default_factory=dict)  # notice id -> what to confirm (Spanish)

    def aplicar(self, exp: Expediente) -> Expediente:
        """The same expediente with its notices replaced by the proposal."""
        return replace(exp, avisos=self.avisos)


def _limpio(d: Decimal) -> Decimal:
    """``24500.000`` -> ``24500``: the quantity as a clerk types it."""
    return Decimal(texto_numero(d))


def _umt(catalogos: Catalogos, p: Partida) -> str:
    cat = catalogos.fracciones
    return (cat.umt(p.fraccion, p.nico) if cat else None) or UMT_POR_DEFECTO


def _grupo(catalogos: Catalogos, f: Factura, p: Partida) -> Grupo | Omitida:
    if p.fraccion and p.fraccion[:2] not in CAPITULOS_ACERO:
        return Omitida(p.id, f"la fracción {p.fraccion} no es de acero de los capítulos 72 y 73; no requiere aviso")
    umt = _umt(catalogos, p)
    tasa = tasa_factura(f)
    if tasa is None:
        return Omitida(p.id, f"la factura {f.numero or f.id} está en {f.moneda} y no tiene tipo de cambio aplicado")
    if p.cantidad is None or p.cantidad <= 0:
        return Omitida(p.id, "no tiene cantidad")
    importe = importe_partida(p)
    if importe is None:
        return Omitida(p.id, "no tiene importe ni precio unitario")
    try:
        kg = factor(p.unidad or umt, umt)
    except UnidadNoConvertible as e:
        return Omitida(p.id, str(e))
    precio = p.precio_unitario if p.precio_unitario is not None else importe / p.cantidad
    return Grupo(
        fraccion=p.fraccion, nico=p.nico, pais_origen=p.pais_origen,
        precio_usd_umt=cuatro_decimales(a_usd(precio, tasa) / kg), certificado=p.certificado, umt=umt,
    )


def _descripcion(lineas: list[Partida], umt: str, precio_kg: Decimal | None) -> str:
    textos = list(dict.fromkeys(p.descripcion.strip().rstrip(".") for p in lineas if p.descripcion.strip()))
    partes = ["; ".join(textos) + "." if textos else ""]
    if precio_kg is not None:
        partes.append(f"Precio unitario {precio_texto(precio_kg)} USD/kg.")
    otras = sorted({p.unidad for p in lineas if p.unidad and p.unidad != umt})
    if otras:
        de = " y ".join(f"{nombre_unidad(u)} ({u})" for u in otras)
        partes.append(f"Factura en {de}, convertidas a {nombre_unidad(umt)} ({umt}).")
    return " ".join(x for x in partes if x)


def _molino(catalogos: Catalogos, cert: Certificado | None) -> tuple[MolinoRef, str]:
    """Field 10 from the certificate's producer, resolved against the SE mill catalog (never
    the producer's name typed as if it were a catalog entry), and a note saying how."""
    if cert is None or cert.tipo != TipoCertificado.MOLINO or not cert.productor.nombre:
        return MolinoRef(), ""
    productor = cert.productor.nombre
    cat = catalogos.molinos
    if cat is None:
        return MolinoRef(), (f"Molino: no hay catálogo de molinos cargado; elija en VUCEM el que corresponde a "
                             f"«{productor}».")
    encontrado = cat.parecido(productor)
    if encontrado is None:
        return MolinoRef(), (f"Molino: «{productor}» (productor del certificado {cert.numero or cert.id}) no "
                             "coincide con seguridad con ningún molino del catálogo de la SE; elíjalo en el paso 5 o "
                             "prepare la solicitud de alta si no está registrado.")
    m, puntos = encontrado
    como = "" if puntos >= 1 else f" (coincidencia {round(puntos * 100)}%; confírmelo)"
    return MolinoRef(clave=m.clave, nombre=m.nombre), f"Molino: «{productor}» es {m.etiqueta()}{como}."


def proponer_avisos(exp: Expediente, catalogos: Catalogos) -> Propuesta:
    certs = {c.id: c for c in exp.certificados}
    grupos: dict[Grupo, list[tuple[Factura, Partida]]] = {}
    omitidas: list[Omitida] = []
    for f, p in exp.partidas():
        g = _grupo(catalogos, f, p)
        if isinstance(g, Omitida):
            omitidas.append(g)
        else:
            grupos.setdefault(g, []).append((f, p))

    avisos: list[Aviso] = []
    motivos: dict[str, str] = {}
    notas: dict[str, tuple[str, ...]] = {}
    anteriores: list[Grupo] = []
    for n, (g, lineas) in enumerate(grupos.items(), start=1):
        aid = f"A{n}"
        partidas = [p for _, p in lineas]
        cantidad = _limpio(cantidad_umt(sum((convertir(p.cantidad or Decimal(0), p.unidad or g.umt, g.umt) for p in partidas), Decimal(0))))
        valor = centavos(sum((a_usd(importe_partida(p) or Decimal(0), tasa_factura(f) or Decimal(0)) for f, p in lineas), Decimal(0)))
        cert = certs.get(g.certificado) if g.certificado else None
        try:
            precio_kg = valor / convertir(cantidad, g.umt, "KGM") if cantidad else None
        except UnidadNoConvertible:
            precio_kg = None
        pais_acero = cert.pais if cert is not None and cert.tipo == TipoCertificado.MOLINO else ""
        molino, nota = _molino(catalogos, cert)
        if nota:
            notas[aid] = (nota,)
        productor = cert.productor if cert is not None else None
        avisos.append(
            Aviso(
                id=aid, fraccion=g.fraccion, nico=g.nico, cantidad=cantidad, umt=g.umt, valor_usd=valor,
                pais_origen_acero=pais_acero, pais_origen_mercancia=g.pais_origen,
                pais_exportador=str(lineas[0][0].extra.get("pais_exportador", "") or g.pais_origen).upper(),
                certificados=(g.certificado,) if g.certificado else (),
                fabricante=Fabricante(productor.nombre, productor.domicilio) if productor else Fabricante(),
                molino=molino,
                descripcion=_descripcion(partidas, g.umt, precio_kg),
                partidas_factura=tuple(p.id for p in partidas),
            )
        )
        motivos[aid] = _motivo(g, anteriores, certs)
        anteriores.append(g)
    return Propuesta(tuple(avisos), motivos, tuple(omitidas), notas)


def _motivo(g: Grupo, anteriores: list[Grupo], certs: dict[str, Certificado]) -> str:
    """Why this group is a notice of its own, compared with the groups before it (Spanish)."""
    if not anteriores:
        return "Primer aviso de la factura."
    razones = []
    if all((a.fraccion, a.nico) != (g.fraccion, g.nico) for a in anteriores):
        razones.append(f"otra fracción ({g.fraccion}-{g.nico})")
    if all(a.pais_origen != g.pais_origen for a in anteriores):
        razones.append(f"otro país de origen ({g.pais_origen or 'sin país'})")
    if all(a.precio_usd_umt != g.precio_usd_umt for a in anteriores):
        razones.append(f"otro precio unitario ({precio_texto(g.precio_usd_umt)} USD/{unidad_corta(g.umt)})")
    if all(a.certificado != g.certificado for a in anteriores):
        c = certs.get(g.certificado or "")
        razones.append(f"otro certificado ({c.numero if c and c.numero else g.certificado or 'sin certificado'})")
    if not razones:
        razones.append("combinación distinta de fracción, país, precio y certificado")
    return "Aviso separado por " + ", ".join(razones) + "."
