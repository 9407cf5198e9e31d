"""Records of the customs declarations (pedimentos) the product reads after VUCEM.

Pure Python. These are the shared vocabulary of the Data Stage import (``app.io.datastage``),
the SAAI M3 reader (``app.io.m3``), the reconciliation of notices against their uses
(``app.domain.conciliacion``) and the RAOCE figures (``app.domain.raoce``): each reader turns
its file into these records, and the domain functions only ever see these.

Conventions (``../shared/PEDIMENTOS.md``):

* Keys stay text: leading zeros matter (patente ``"3953"``, pedimento ``"6000098"``, section
  ``"240"``, fraction ``"72142099"``).
* Money and quantities are ``Decimal`` (``None`` when the source left the field empty);
  dates are ``datetime.date``.
* A pedimento is ``patente + pedimento + seccion``; a partida adds its ``secuencia``.
  The printed 15-digit form is ``YY AA PPPP NNNNNNN`` (see :func:`numero_pedimento`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

# Operation types of table 501 / record 500 (TipoOperacion).
IMPORTACION = "1"
EXPORTACION = "2"

# The permit key of the steel notice in table 553 / record 553. Unverified (PEDIMENTOS.md §2):
# callers take it from a setting whose default is this value.
CLAVE_PERMISO_ACERO = "AV"
# The partida identifier (554) that declares the exception to an automatic notice.
IDENTIFICADOR_EXCEPCION_AVISO = "EA"


def _vacio() -> Mapping[str, Any]:
    return {}


@dataclass(frozen=True, slots=True, order=True)
class ClavePedimento:
    """``patente + pedimento + seccion``: the key of a pedimento in every table."""

    patente: str
    pedimento: str
    seccion: str

    def __str__(self) -> str:
        return f"{self.patente}-{self.pedimento}-{self.seccion}"


def numero_pedimento(clave: ClavePedimento, fecha_pago: date | None) -> str:
    """The 15-digit printed form ``"YY AA PPPP NNNNNNN"``.

    ``YY`` is the year of payment (``"??"`` when unknown), ``AA`` the first two digits of the
    customs section, ``PPPP`` the patente and ``NNNNNNN`` the pedimento, zero-padded.
    """
    anio = f"{fecha_pago.year % 100:02d}" if fecha_pago else "??"
    aduana = clave.seccion.strip().zfill(3)[:2]
    return f"{anio} {aduana} {clave.patente.strip().zfill(4)} {clave.pedimento.strip().zfill(7)}"


_NO_ALFANUMERICO = re.compile(r"[\s\-_./]+")


def normalizar_numero_aviso(numero: str) -> str:
    """Notice numbers match ignoring case, spaces and dashes (CONTRACT §4)."""
    return _NO_ALFANUMERICO.sub("", numero or "").upper()


@dataclass(frozen=True, slots=True)
class Permiso:
    """One permit declared on a partida (table/record 553)."""

    clave: str  # ClavePermiso: "AV" for the steel notice (a setting)
    numero: str  # NumeroPermiso: the notice number for "AV"
    firma_descargo: str = ""
    valor_usd: Decimal | None = None  # ValorComercialDolares discharged
    cantidad: Decimal | None = None  # CantidadMUMTarifa discharged, in the UMT


@dataclass(frozen=True, slots=True)
class Identificador:
    """One identifier declared on a partida (table/record 554); ``EA`` = notice exception."""

    clave: str
    complemento1: str = ""
    complemento2: str = ""


@dataclass(frozen=True, slots=True)
class CuentaGarantia:
    """One guarantee account of a partida (table/record 555), fields as text and typed.

    The 555 rules (``app.domain.garantias``) read the text fields, since they judge the
    format; the typed values are ``None`` where the text does not parse.
    """

    institucion: str = ""
    numero_cuenta: str = ""
    folio_constancia: str = ""
    fecha_constancia: str = ""  # ddmmaaaa in M3; as delivered in Data Stage
    clave_garantia: str = ""
    valor_unitario_titulo: str = ""
    total_garantia: str = ""
    cantidad_unidades: str = ""
    titulos_asignados: str = ""
    fraccion: str = ""  # as declared in the 555 row itself
    documento: str = ""  # 555.2 in M3: the pedimento number it claims
    renglon: int | None = None  # line in the source file, for findings


@dataclass(frozen=True, slots=True)
class PartidaPedimento:
    """One partida (table/record 551) with its permits, identifiers and guarantees."""

    secuencia: int
    fraccion: str = ""
    nico: str = ""  # SubdivisionFraccion
    descripcion: str = ""
    precio_unitario: Decimal | None = None
    valor_aduana: Decimal | None = None  # pesos
    valor_comercial: Decimal | None = None  # pesos
    valor_dolares: Decimal | None = None
    cantidad_umc: Decimal | None = None
    umc: str = ""
    cantidad_umt: Decimal | None = None
    umt: str = ""
    valor_agregado: Decimal | None = None
    pais_origen: str = ""  # PaisOrigenDestino
    pais_vendedor: str = ""  # PaisCompradorVendedor
    permisos: tuple[Permiso, ...] = ()
    identificadores: tuple[Identificador, ...] = ()
    garantias: tuple[CuentaGarantia, ...] = ()
    formas_pago: tuple[str, ...] = ()  # payment forms of the partida's taxes (557)
    renglon: int | None = None  # line in the source file, for findings
    extra: Mapping[str, Any] = field(default_factory=_vacio)


@dataclass(frozen=True, slots=True)
class Rectificacion:
    """A 701 row: ``clave`` rectifies ``anterior`` (and ``original`` is the first of the chain)."""

    clave: ClavePedimento
    anterior: ClavePedimento
    original: ClavePedimento | None = None
    fecha_pago: date | None = None


@dataclass(frozen=True, slots=True)
class Pedimento:
    """A pedimento as the product uses it: general data (501 / 500) and its partidas."""

    clave: ClavePedimento
    tipo_operacion: str = ""  # IMPORTACION or EXPORTACION
    clave_documento: str = ""  # A1, IN, V1, R1...
    rfc: str = ""  # importer / exporter
    nombre: str = ""
    fecha_pago: date | None = None  # FechaPagoReal
    tipo_cambio: Decimal | None = None
    partidas: tuple[PartidaPedimento, ...] = ()
    formas_pago: tuple[str, ...] = ()  # payment forms of the pedimento-level taxes (510)
    rectifica: ClavePedimento | None = None  # from 701, when this one is a rectification
    folio_datastage: str = ""  # the delivery it came from ("" for an M3 file)
    renglon: int | None = None
    extra: Mapping[str, Any] = field(default_factory=_vacio)

    @property
    def numero(self) -> str:
        return numero_pedimento(self.clave, self.fecha_pago)

    def partida(self, secuencia: int) -> PartidaPedimento | None:
        return next((p for p in self.partidas if p.secuencia == secuencia), None)
