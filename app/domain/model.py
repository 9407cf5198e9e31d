"""Immutable records of an import operation (expediente) and its steel notices (avisos).

Pure Python: no Qt, no database, no PDF library. Amounts and quantities are ``Decimal``;
dates are ``datetime.date``. A value the clerk or a file gave that does not parse (``"12,5x"``
as a quantity, ``"2025-13-40"`` as a date) is never silently dropped: the typed attribute is
``None`` and the raw text is kept in ``invalidos`` under the attribute name, so the rules can
report it (``FORMATO_INVALIDO``) and the file can be written back unchanged.

Unknown keys of the expediente file live in ``extra`` and are written back on save.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any


def _empty() -> Mapping[str, Any]:
    return {}


class TipoCertificado(StrEnum):
    MOLINO = "molino"
    CALIDAD = "calidad"


class EstadoAviso(StrEnum):
    """Life cycle of a notice, from draft to the SE's answer."""

    BORRADOR = "borrador"
    LISTO = "listo"
    PRESENTADO = "presentado"  # sent in VUCEM, has a folio
    EMITIDO = "emitido"  # issued by the SE, has a notice number
    RECHAZADO = "rechazado"


@dataclass(frozen=True, slots=True)
class Importador:
    rfc: str = ""
    nombre: str = ""
    extra: Mapping[str, Any] = field(default_factory=_empty)


@dataclass(frozen=True, slots=True)
class Contacto:
    """Producer of a certificate (mill or manufacturer) with its contact data (R3 d)."""

    nombre: str = ""
    domicilio: str = ""
    pais: str = ""
    telefono: str = ""
    correo: str = ""
    extra: Mapping[str, Any] = field(default_factory=_empty)


@dataclass(frozen=True, slots=True)
class Partida:
    """One line of a commercial invoice."""

    id: str
    descripcion: str = ""
    fraccion: str = ""
    nico: str = ""
    cantidad: Decimal | None = None
    unidad: str = ""
    precio_unitario: Decimal | None = None
    importe: Decimal | None = None
    pais_origen: str = ""
    certificado: str | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)
    invalidos: Mapping[str, str] = field(default_factory=_empty)


@dataclass(frozen=True, slots=True)
class Factura:
    id: str
    numero: str = ""
    fecha: date | None = None
    proveedor: str = ""
    moneda: str = "USD"
    usd_por_unidad: Decimal | None = None
    incoterm: str = ""
    fletes: Decimal | None = None
    seguros: Decimal | None = None
    partidas: tuple[Partida, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=_empty)
    invalidos: Mapping[str, str] = field(default_factory=_empty)


@dataclass(frozen=True, slots=True)
class Certificado:
    """A mill certificate (``molino``) or a quality certificate (``calidad``)."""

    id: str
    tipo: str = ""
    numero: str = ""
    fecha_expedicion: date | None = None
    volumen_kg: Decimal | None = None
    pais: str = ""
    coladas: tuple[str, ...] = ()
    productor: Contacto = field(default_factory=Contacto)
    descripcion: str = ""
    firma_sello_qr: bool | None = None
    idioma: str = ""
    traduccion: bool | None = None
    archivo: str = ""
    extra: Mapping[str, Any] = field(default_factory=_empty)
    invalidos: Mapping[str, str] = field(default_factory=_empty)


@dataclass(frozen=True, slots=True)
class Fabricante:
    nombre: str = ""
    domicilio: str = ""
    extra: Mapping[str, Any] = field(default_factory=_empty)


@dataclass(frozen=True, slots=True)
class MolinoRef:
    """Field 10: a mill of the SE catalog, as ``clave`` (SE00006) and name."""

    clave: str = ""
    nombre: str = ""
    extra: Mapping[str, Any] = field(default_factory=_empty)


@dataclass(frozen=True, slots=True)
class Aviso:
    """The notice: the 12 VUCEM fields plus links to invoice lines and certificates."""

    id: str
    fraccion: str = ""  # 1
    nico: str = ""  # 1
    cantidad: Decimal | None = None  # 2, in the UMT
    umt: str = ""  # 2
    valor_usd: Decimal | None = None  # 3
    pais_origen_acero: str = ""  # 4
    pais_origen_mercancia: str = ""  # 5
    pais_exportador: str = ""  # 6
    certificados: tuple[str, ...] = ()  # 7 and 8 come from these
    fabricante: Fabricante = field(default_factory=Fabricante)  # 9
    molino: MolinoRef = field(default_factory=MolinoRef)  # 10
    descripcion: str = ""  # 11
    observaciones: str = ""  # 12
    partidas_factura: tuple[str, ...] = ()
    estado: EstadoAviso = EstadoAviso.BORRADOR
    folio_vucem: str = ""
    numero_aviso: str = ""
    fecha_emision: date | None = None  # the SE's issue date, once emitido (optional)
    extra: Mapping[str, Any] = field(default_factory=_empty)
    invalidos: Mapping[str, str] = field(default_factory=_empty)

    @property
    def precio_unitario_usd(self) -> Decimal | None:
        """USD per UMT, as VUCEM computes it (value / quantity), unrounded."""
        if self.valor_usd is None or not self.cantidad:
            return None
        return self.valor_usd / self.cantidad


FORMATO_EXPEDIENTE = "aaips-expediente/1"


@dataclass(frozen=True, slots=True)
class Expediente:
    formato: str = FORMATO_EXPEDIENTE
    fecha_preparacion: date | None = None
    importador: Importador = field(default_factory=Importador)
    facturas: tuple[Factura, ...] = ()
    certificados: tuple[Certificado, ...] = ()
    avisos: tuple[Aviso, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=_empty)
    invalidos: Mapping[str, str] = field(default_factory=_empty)

    # -- look-ups -----------------------------------------------------------------
    def certificado(self, cert_id: str) -> Certificado | None:
        return next((c for c in self.certificados if c.id == cert_id), None)

    def aviso(self, aviso_id: str) -> Aviso | None:
        return next((a for a in self.avisos if a.id == aviso_id), None)

    def partidas(self) -> list[tuple[Factura, Partida]]:
        return [(f, p) for f in self.facturas for p in f.partidas]

    # -- edits (return a new expediente) --------------------------------------------
    def con_aviso(self, aviso: Aviso) -> Expediente:
        """Replace the notice with the same id, or append it."""
        avisos = list(self.avisos)
        for i, a in enumerate(avisos):
            if a.id == aviso.id:
                avisos[i] = aviso
                break
        else:
            avisos.append(aviso)
        return replace(self, avisos=tuple(avisos))

    def con_certificado(self, cert: Certificado) -> Expediente:
        certs = list(self.certificados)
        for i, c in enumerate(certs):
            if c.id == cert.id:
                certs[i] = cert
                break
        else:
            certs.append(cert)
        return replace(self, certificados=tuple(certs))

    def sin_aviso(self, aviso_id: str) -> Expediente:
        return replace(self, avisos=tuple(a for a in self.avisos if a.id != aviso_id))


def nuevo_id(prefijo: str, existentes: set[str] | frozenset[str] | list[str]) -> str:
    """The first free id of the form ``A1``, ``A2``... not in ``existentes``."""
    usados = set(existentes)
    n = 1
    while f"{prefijo}{n}" in usados:
        n += 1
    return f"{prefijo}{n}"
