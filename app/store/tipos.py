"""Result rows and filters of :class:`app.store.Almacen` (frozen, typed, no SQLAlchemy)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.domain.model import EstadoAviso


@dataclass(frozen=True, slots=True)
class ResumenExpediente:
    """One row of the list of expedientes."""

    id: int
    nombre: str
    importador_rfc: str
    importador_nombre: str
    fecha_preparacion: date | None
    avisos: int  # notices not in the recycle bin
    creado_en: datetime  # UTC
    actualizado_en: datetime  # UTC
    eliminado_en: datetime | None = None


@dataclass(frozen=True, slots=True)
class FilaAviso:
    """One row of the main window's list of notices."""

    aviso_id: int  # database row id: stable while the clave stays
    expediente_id: int
    expediente_nombre: str
    clave: str  # the id of the notice inside its expediente ("A1")
    estado: EstadoAviso
    fraccion: str
    nico: str
    cantidad: Decimal | None
    umt: str
    valor_usd: Decimal | None
    descripcion: str
    folio_vucem: str
    numero_aviso: str
    proveedores: tuple[str, ...]  # suppliers of the linked invoice lines, without repeats
    certificados: tuple[str, ...]  # numbers of the linked certificates, in link order
    fecha_certificado: date | None  # issue date of the first linked certificate
    creado_en: datetime  # UTC
    actualizado_en: datetime  # UTC
    eliminado_en: datetime | None = None


@dataclass(frozen=True, slots=True)
class FiltroAvisos:
    """What the main window's search box and filters ask for; every field is optional.

    ``texto``: each word must appear (ignoring case and accents) in the fraction, description,
    expediente name, folio or notice number, a linked certificate's number or heat numbers, or
    a supplier of a linked invoice line. ``fraccion``: prefix (``"7214"``; dots are ignored).
    ``desde``/``hasta``: inclusive range on the local date of the last change.
    """

    texto: str = ""
    estado: EstadoAviso | None = None
    fraccion: str = ""
    desde: date | None = None
    hasta: date | None = None
    expediente_id: int | None = None
    incluir_eliminados: bool = False


@dataclass(frozen=True, slots=True)
class CambioEstado:
    """One entry of a notice's status history."""

    desde: EstadoAviso | None  # None: the notice was created in ``hacia``
    hacia: EstadoAviso
    folio_vucem: str
    numero_aviso: str
    cuando: datetime  # UTC
    origen: str  # ORIGEN_CAMBIO (cambiar_estado) or ORIGEN_GUARDADO (saved with that status)


ORIGEN_CAMBIO = "cambio"
ORIGEN_GUARDADO = "guardado"


ESTADOS_SOLICITUD = ("preparada", "enviada", "aprobada", "rechazada")


@dataclass(frozen=True, slots=True)
class SolicitudMolino:
    """A request to add a mill to the SE's catalog (rule R10) and where it stands.

    ``id`` is None until saved. ``estado``: ``preparada`` (workbook written, not sent yet),
    ``enviada`` (``enviada`` and ``respuesta_esperada`` set), ``aprobada`` (``clave_se`` is the key
    the SE gave) or ``rechazada``. ``datos``: the request form as the clerk left it (JSON values).
    """

    molino_nombre: str
    id: int | None = None
    expediente_id: int | None = None
    aviso_clave: str = ""
    pais: str = ""
    estado: str = "preparada"
    enviada: date | None = None
    respuesta_esperada: date | None = None
    archivo: str = ""
    clave_se: str = ""
    notas: str = ""
    datos: Mapping[str, Any] = field(default_factory=dict)
    creado_en: datetime | None = None  # UTC
    actualizado_en: datetime | None = None  # UTC

    @property
    def pendiente(self) -> bool:
        """Sent and not answered yet."""
        return self.estado == "enviada"
