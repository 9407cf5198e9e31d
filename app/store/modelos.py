"""SQLAlchemy 2 declarative models: the schema at the newest migration (head).

The migrations in ``migrations/versions`` are frozen snapshots written by hand; a test checks
that upgrading an empty file to head gives exactly these tables (``compare_metadata``).

Every table keeps the order of the domain tuples (``orden``) and the domain id as ``clave``
(``"A1"``, ``"C1"``, ``"F1-1"``), unique inside its expediente. Amounts are decimal text;
``extra`` (unknown JSON keys) and ``invalidos`` (raw text of values that did not parse) are JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, MetaData, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.domain.model import EstadoAviso

from .columnas import DecimalTexto, EstadoColumna, FechaTexto, JSONExacto, ListaTextos, MarcaTiempo
from .tipos import ESTADOS_SOLICITUD

CONVENCION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=CONVENCION)


def _texto() -> Mapped[str]:
    return mapped_column(Text, nullable=False, default="", server_default="")


def _extra() -> Mapped[Mapping[str, Any]]:
    return mapped_column(JSONExacto, nullable=True)


def _fk(tabla: str) -> Any:
    return ForeignKey(f"{tabla}.id", ondelete="CASCADE")


class ExpedienteDB(Base):
    __tablename__ = "expedientes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nombre: Mapped[str] = _texto()
    formato: Mapped[str] = _texto()
    fecha_preparacion: Mapped[date | None] = mapped_column(FechaTexto)
    importador_rfc: Mapped[str] = _texto()
    importador_nombre: Mapped[str] = _texto()
    importador_extra: Mapped[Mapping[str, Any]] = _extra()
    extra: Mapped[Mapping[str, Any]] = _extra()
    invalidos: Mapped[Mapping[str, Any]] = _extra()
    creado_en: Mapped[datetime] = mapped_column(MarcaTiempo, nullable=False)
    actualizado_en: Mapped[datetime] = mapped_column(MarcaTiempo, nullable=False)
    eliminado_en: Mapped[datetime | None] = mapped_column(MarcaTiempo)
    busqueda: Mapped[str] = _texto()  # 0002: folded ``nombre`` (see busqueda.py)


class FacturaDB(Base):
    __tablename__ = "facturas"
    __table_args__ = (UniqueConstraint("expediente_id", "clave"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    expediente_id: Mapped[int] = mapped_column(_fk("expedientes"), nullable=False)
    orden: Mapped[int] = mapped_column(Integer, nullable=False)
    clave: Mapped[str] = mapped_column(Text, nullable=False)
    numero: Mapped[str] = _texto()
    fecha: Mapped[date | None] = mapped_column(FechaTexto)
    proveedor: Mapped[str] = _texto()
    moneda: Mapped[str] = _texto()
    usd_por_unidad: Mapped[Decimal | None] = mapped_column(DecimalTexto)
    incoterm: Mapped[str] = _texto()
    fletes: Mapped[Decimal | None] = mapped_column(DecimalTexto)
    seguros: Mapped[Decimal | None] = mapped_column(DecimalTexto)
    extra: Mapped[Mapping[str, Any]] = _extra()
    invalidos: Mapped[Mapping[str, Any]] = _extra()
    busqueda: Mapped[str] = _texto()  # 0002


class PartidaDB(Base):
    """An invoice line. ``certificado`` is the line's own certificate reference (a clave, as
    typed), not a link: the links that matter for the notice are in ``aviso_partidas``."""

    __tablename__ = "partidas"
    __table_args__ = (
        UniqueConstraint("expediente_id", "clave"),
        Index(None, "factura_id"),  # 0002
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    expediente_id: Mapped[int] = mapped_column(_fk("expedientes"), nullable=False)
    factura_id: Mapped[int] = mapped_column(_fk("facturas"), nullable=False)
    orden: Mapped[int] = mapped_column(Integer, nullable=False)
    clave: Mapped[str] = mapped_column(Text, nullable=False)
    descripcion: Mapped[str] = _texto()
    fraccion: Mapped[str] = _texto()
    nico: Mapped[str] = _texto()
    cantidad: Mapped[Decimal | None] = mapped_column(DecimalTexto)
    unidad: Mapped[str] = _texto()
    precio_unitario: Mapped[Decimal | None] = mapped_column(DecimalTexto)
    importe: Mapped[Decimal | None] = mapped_column(DecimalTexto)
    pais_origen: Mapped[str] = _texto()
    certificado: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[Mapping[str, Any]] = _extra()
    invalidos: Mapped[Mapping[str, Any]] = _extra()


class CertificadoDB(Base):
    __tablename__ = "certificados"
    __table_args__ = (UniqueConstraint("expediente_id", "clave"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    expediente_id: Mapped[int] = mapped_column(_fk("expedientes"), nullable=False)
    orden: Mapped[int] = mapped_column(Integer, nullable=False)
    clave: Mapped[str] = mapped_column(Text, nullable=False)
    tipo: Mapped[str] = _texto()
    numero: Mapped[str] = _texto()
    fecha_expedicion: Mapped[date | None] = mapped_column(FechaTexto)
    volumen_kg: Mapped[Decimal | None] = mapped_column(DecimalTexto)
    pais: Mapped[str] = _texto()
    coladas: Mapped[tuple[str, ...]] = mapped_column(ListaTextos, nullable=False, server_default="[]")
    productor_nombre: Mapped[str] = _texto()
    productor_domicilio: Mapped[str] = _texto()
    productor_pais: Mapped[str] = _texto()
    productor_telefono: Mapped[str] = _texto()
    productor_correo: Mapped[str] = _texto()
    productor_extra: Mapped[Mapping[str, Any]] = _extra()
    descripcion: Mapped[str] = _texto()
    firma_sello_qr: Mapped[bool | None] = mapped_column(Boolean)
    idioma: Mapped[str] = _texto()
    traduccion: Mapped[bool | None] = mapped_column(Boolean)
    archivo: Mapped[str] = _texto()
    extra: Mapped[Mapping[str, Any]] = _extra()
    invalidos: Mapped[Mapping[str, Any]] = _extra()
    busqueda: Mapped[str] = _texto()  # 0002


ESTADOS_SQL = ", ".join(f"'{e.value}'" for e in EstadoAviso)


class AvisoDB(Base):
    """A notice. ``clave`` is unique per expediente among the notices not in the recycle bin
    (partial unique index): a deleted notice does not block its clave."""

    __tablename__ = "avisos"
    __table_args__ = (
        Index(
            "uq_avisos_expediente_id_clave_vivos", "expediente_id", "clave",
            unique=True, sqlite_where=text("eliminado_en IS NULL"),
        ),
        CheckConstraint(f"estado IN ({ESTADOS_SQL})", name="estado"),
        # 0002: the main window's list and the per-expediente look-ups
        Index(None, "expediente_id", "orden"),
        Index(None, "actualizado_en"),
        Index(None, "estado"),
        Index(None, "fraccion"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    expediente_id: Mapped[int] = mapped_column(_fk("expedientes"), nullable=False)
    orden: Mapped[int] = mapped_column(Integer, nullable=False)
    clave: Mapped[str] = mapped_column(Text, nullable=False)
    fraccion: Mapped[str] = _texto()
    nico: Mapped[str] = _texto()
    cantidad: Mapped[Decimal | None] = mapped_column(DecimalTexto)
    umt: Mapped[str] = _texto()
    valor_usd: Mapped[Decimal | None] = mapped_column(DecimalTexto)
    pais_origen_acero: Mapped[str] = _texto()
    pais_origen_mercancia: Mapped[str] = _texto()
    pais_exportador: Mapped[str] = _texto()
    fabricante_nombre: Mapped[str] = _texto()
    fabricante_domicilio: Mapped[str] = _texto()
    fabricante_extra: Mapped[Mapping[str, Any]] = _extra()
    molino_clave: Mapped[str] = _texto()
    molino_nombre: Mapped[str] = _texto()
    molino_extra: Mapped[Mapping[str, Any]] = _extra()
    descripcion: Mapped[str] = _texto()
    observaciones: Mapped[str] = _texto()
    estado: Mapped[EstadoAviso] = mapped_column(
        EstadoColumna, nullable=False, default=EstadoAviso.BORRADOR, server_default=EstadoAviso.BORRADOR.value
    )
    folio_vucem: Mapped[str] = _texto()
    numero_aviso: Mapped[str] = _texto()
    extra: Mapped[Mapping[str, Any]] = _extra()
    invalidos: Mapped[Mapping[str, Any]] = _extra()
    ultima_pagina: Mapped[int | None] = mapped_column(Integer)  # 0002: where the wizard was left
    busqueda: Mapped[str] = _texto()  # 0002
    creado_en: Mapped[datetime] = mapped_column(MarcaTiempo, nullable=False)
    actualizado_en: Mapped[datetime] = mapped_column(MarcaTiempo, nullable=False)
    eliminado_en: Mapped[datetime | None] = mapped_column(MarcaTiempo)


class AvisoCertificadoDB(Base):
    """Link notice -> certificate (fields 7 and 8), in the notice's order."""

    __tablename__ = "aviso_certificados"
    __table_args__ = (Index(None, "certificado_id"),)  # 0002

    aviso_id: Mapped[int] = mapped_column(_fk("avisos"), primary_key=True)
    orden: Mapped[int] = mapped_column(Integer, primary_key=True)
    certificado_id: Mapped[int] = mapped_column(_fk("certificados"), nullable=False)


class AvisoPartidaDB(Base):
    """Link notice -> invoice line it covers, in the notice's order."""

    __tablename__ = "aviso_partidas"
    __table_args__ = (Index(None, "partida_id"),)  # 0002

    aviso_id: Mapped[int] = mapped_column(_fk("avisos"), primary_key=True)
    orden: Mapped[int] = mapped_column(Integer, primary_key=True)
    partida_id: Mapped[int] = mapped_column(_fk("partidas"), nullable=False)


class HistorialEstadoDB(Base):
    __tablename__ = "historial_estados"
    __table_args__ = (Index(None, "aviso_id"),)  # 0002

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    aviso_id: Mapped[int] = mapped_column(_fk("avisos"), nullable=False)
    desde: Mapped[EstadoAviso | None] = mapped_column(EstadoColumna)
    hacia: Mapped[EstadoAviso] = mapped_column(EstadoColumna, nullable=False)
    folio_vucem: Mapped[str] = _texto()
    numero_aviso: Mapped[str] = _texto()
    cuando: Mapped[datetime] = mapped_column(MarcaTiempo, nullable=False)
    origen: Mapped[str] = _texto()


class SolicitudMolinoDB(Base):
    """0003: a request to add a mill to the SE's catalog (R10) and its follow-up.

    ``expediente_id`` and ``aviso_clave`` say which operation needed it (the expediente may go
    away; the request stays). ``datos`` is the request form as the clerk left it (JSON)."""

    __tablename__ = "solicitudes_molino"
    __table_args__ = (
        CheckConstraint(f"estado IN ({', '.join(repr(e) for e in ESTADOS_SOLICITUD)})", name="estado"),
        Index(None, "expediente_id"),
        Index(None, "estado"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    expediente_id: Mapped[int | None] = mapped_column(ForeignKey("expedientes.id", ondelete="SET NULL"))
    aviso_clave: Mapped[str] = _texto()
    molino_nombre: Mapped[str] = _texto()
    pais: Mapped[str] = _texto()
    estado: Mapped[str] = mapped_column(Text, nullable=False, default="preparada", server_default="preparada")
    enviada: Mapped[date | None] = mapped_column(FechaTexto)
    respuesta_esperada: Mapped[date | None] = mapped_column(FechaTexto)
    archivo: Mapped[str] = _texto()
    clave_se: Mapped[str] = _texto()
    notas: Mapped[str] = _texto()
    datos: Mapped[Mapping[str, Any]] = _extra()
    creado_en: Mapped[datetime] = mapped_column(MarcaTiempo, nullable=False)
    actualizado_en: Mapped[datetime] = mapped_column(MarcaTiempo, nullable=False)


expedientes = ExpedienteDB.__table__
facturas = FacturaDB.__table__
partidas = PartidaDB.__table__
certificados = CertificadoDB.__table__
avisos = AvisoDB.__table__
aviso_certificados = AvisoCertificadoDB.__table__
aviso_partidas = AvisoPartidaDB.__table__
historial_estados = HistorialEstadoDB.__table__
solicitudes_molino = SolicitudMolinoDB.__table__
