"""The repository: :class:`Almacen` saves and loads domain records in the local SQLite file.

Design:

* Every public write is ONE transaction started with ``BEGIN IMMEDIATE`` (the write lock is
  taken at the start, so ``busy_timeout`` applies and a concurrent writer never makes the
  transaction fail half-way): all or nothing.
* Writes use SQLAlchemy Core on the declarative tables (executemany for bulk rows). Reads
  compile Core SELECTs once and run them on the raw sqlite3 cursor of the same transaction,
  converting the text columns with the functions of ``columnas`` and building the frozen
  domain dataclasses directly (no ORM identity map, no per-row Result objects).
* The search of the main window runs on ``busqueda`` columns (folded text written with each
  row, see ``busqueda.py``), so it is plain SQL with no Python per row.
* A notice is identified by ``(expediente_id, clave)``; its row id, ``creado_en`` and status
  history stay while the clave stays. ``actualizado_en`` only moves when the content changes.
* Any change of status, by :meth:`Almacen.cambiar_estado` or by saving a record with another
  status, is written to ``historial_estados``.
* Safe to call from several threads (each call takes its own pooled connection).
"""

from __future__ import annotations

import gc
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Text,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.domain.archivo import aviso_a_dict
from app.domain.estado import CambioEstadoInvalido
from app.domain.estado import cambiar_estado as _cambiar_estado_dominio
from app.domain.model import (
    Aviso,
    Certificado,
    Contacto,
    EstadoAviso,
    Expediente,
    Fabricante,
    Factura,
    Importador,
    MolinoRef,
    Partida,
    nuevo_id,
)

from . import migrar
from .busqueda import busqueda_aviso, busqueda_certificado, busqueda_factura, palabras, pliegue
from .columnas import a_booleano, a_decimal, a_fecha, a_mapa, a_marca, a_textos, marca_texto
from .errores import DatosInconsistentes, ErrorAlmacen, EstadoNoPermitido, NoEncontrado
from .modelos import (
    aviso_certificados,
    aviso_partidas,
    avisos,
    certificados,
    expedientes,
    facturas,
    historial_estados,
    partidas,
    solicitudes_molino,
)
from .tipos import (
    ESTADOS_SOLICITUD,
    ORIGEN_CAMBIO,
    ORIGEN_GUARDADO,
    CambioEstado,
    FilaAviso,
    FiltroAvisos,
    ResumenExpediente,
    SolicitudMolino,
)

ESPERA_BLOQUEO_S = 5.0


def abrir_almacen(ruta: Path, respaldos: Path, *, espera_bloqueo_s: float = ESPERA_BLOQUEO_S) -> Almacen:
    """Open (or create) the database at ``ruta``, upgrading its schema if it is behind.

    Raises :class:`BaseDanada`, :class:`BaseMasNueva`, :class:`BaseBloqueada` or
    :class:`ErrorEscritura` (all :class:`ErrorAlmacen`) with a Spanish message; an existing
    database is backed up to ``respaldos`` before any upgrade. ``espera_bloqueo_s`` is SQLite's
    ``busy_timeout``: how long a write waits for another process's lock before giving up.
    """
    ruta = Path(ruta)
    respaldo = migrar.preparar(ruta, Path(respaldos), espera_bloqueo_s)
    almacen = Almacen(ruta, _motor(ruta, espera_bloqueo_s), respaldo)
    try:
        with almacen._lectura() as c:
            c.exec_driver_sql("SELECT 1 FROM expedientes LIMIT 1").all()
    except BaseException:
        almacen.cerrar()
        raise
    return almacen


# ------------------------------------------------------------------------------------------
# connection set-up


def _motor(ruta: Path, espera_s: float) -> Engine:
    motor = create_engine(
        URL.create("sqlite+pysqlite", database=str(ruta)),
        connect_args={"timeout": espera_s, "check_same_thread": False},
    )
    ms = int(espera_s * 1000)

    @event.listens_for(motor, "connect")
    def _conectar(dbapi: Any, _registro: Any) -> None:
        # Driver autocommit: the "begin" event below emits BEGIN itself (SQLAlchemy's recipe).
        dbapi.isolation_level = None
        dbapi.execute(f"PRAGMA busy_timeout = {ms}")
        dbapi.execute("PRAGMA foreign_keys = ON")
        dbapi.execute("PRAGMA journal_mode = WAL")
        dbapi.execute("PRAGMA synchronous = NORMAL")
        dbapi.execute("PRAGMA cache_size = -16384")  # 16 MiB of pages per connection

    @event.listens_for(motor, "begin")
    def _empezar(conexion: Connection) -> None:
        escritura = conexion.get_execution_options().get("aaips_escritura", False)
        conexion.exec_driver_sql("BEGIN IMMEDIATE" if escritura else "BEGIN")

    return motor


def _ahora() -> datetime:
    return datetime.now(UTC)


def _en(columna: Any, valores: Iterable[Any]) -> ColumnElement[bool]:
    """``columna IN (values)`` with ONE parameter (a JSON array), whatever the number of values."""
    tabla = func.json_each(bindparam(None, json.dumps(list(valores)), unique=True)).table_valued("value")
    return columna.in_(select(tabla.c.value))


# ------------------------------------------------------------------------------------------
# fast reads: Core statements compiled once, run on the raw sqlite3 connection of the current
# transaction, rows converted with the same functions as the column types (columnas.a_*)


class _Consulta:
    """A Core SELECT compiled once; ``filas(c, **binds)`` runs it without per-row overhead.

    Binds must be plain values (int, str): no type processing happens on this path."""

    def __init__(self, stmt: Any):
        self.stmt = stmt
        self._sql: str | None = None
        self._nombres: tuple[str, ...] = ()

    def filas(self, c: Connection, **valores: Any) -> list[Any]:
        if self._sql is None:
            comp = self.stmt.compile(dialect=c.dialect)
            self._nombres = tuple(comp.positiontup or ())
            self._sql = str(comp)
        return _crudo(c, self._sql, [valores[n] for n in self._nombres])


def _crudo(c: Connection, sql: str, parametros: Sequence[Any]) -> list[Any]:
    dbapi = c.connection.driver_connection
    assert dbapi is not None
    return dbapi.execute(sql, parametros).fetchall()


def _compilar(c: Connection, stmt: Any) -> list[Any]:
    """Run a dynamic Core SELECT whose binds are plain values, raw rows back."""
    comp = stmt.compile(dialect=c.dialect)
    valores = comp.construct_params()
    return _crudo(c, str(comp), [valores[n] for n in comp.positiontup or ()])


def _fila_certificado(c: Certificado) -> dict[str, Any]:
    p = c.productor
    fila = {
        "clave": c.id, "tipo": c.tipo, "numero": c.numero, "fecha_expedicion": c.fecha_expedicion,
        "volumen_kg": c.volumen_kg, "pais": c.pais, "coladas": c.coladas,
        "productor_nombre": p.nombre, "productor_domicilio": p.domicilio, "productor_pais": p.pais,
        "productor_telefono": p.telefono, "productor_correo": p.correo, "productor_extra": p.extra,
        "descripcion": c.descripcion, "firma_sello_qr": c.firma_sello_qr, "idioma": c.idioma,
        "traduccion": c.traduccion, "archivo": c.archivo, "extra": c.extra, "invalidos": c.invalidos,
    }
    fila["busqueda"] = busqueda_certificado(fila, c.coladas)
    return fila


def _certificados(filas: Iterable[Sequence[Any]]) -> tuple[Certificado, ...]:
    return tuple(
        Certificado(
            id=clave, tipo=tipo, numero=numero, fecha_expedicion=a_fecha(fecha), volumen_kg=a_decimal(volumen),
            pais=pais, coladas=a_textos(coladas),
            productor=Contacto(
                nombre=p_nombre, domicilio=p_dom, pais=p_pais, telefono=p_tel, correo=p_correo,
                extra=a_mapa(p_extra),
            ),
            descripcion=descripcion, firma_sello_qr=a_booleano(firma), idioma=idioma,
            traduccion=a_booleano(traduccion), archivo=archivo, extra=a_mapa(extra), invalidos=a_mapa(invalidos),
        )
        for (clave, tipo, numero, fecha, volumen, pais, coladas, p_nombre, p_dom, p_pais, p_tel, p_correo, p_extra,
             descripcion, firma, idioma, traduccion, archivo, extra, invalidos) in filas
    )


_T = certificados.c
_CERTIFICADOS_DE = _Consulta(
    select(
        _T.clave, _T.tipo, _T.numero, _T.fecha_expedicion, _T.volumen_kg, _T.pais, _T.coladas,
        _T.productor_nombre, _T.productor_domicilio, _T.productor_pais, _T.productor_telefono, _T.productor_correo,
        _T.productor_extra, _T.descripcion, _T.firma_sello_qr, _T.idioma, _T.traduccion, _T.archivo,
        _T.extra, _T.invalidos,
    ).where(_T.expediente_id == bindparam("eid")).order_by(_T.orden, _T.id)
)


def _fila_factura(f: Factura) -> dict[str, Any]:
    fila = {
        "clave": f.id, "numero": f.numero, "fecha": f.fecha, "proveedor": f.proveedor, "moneda": f.moneda,
        "usd_por_unidad": f.usd_por_unidad, "incoterm": f.incoterm, "fletes": f.fletes, "seguros": f.seguros,
        "extra": f.extra, "invalidos": f.invalidos,
    }
    fila["busqueda"] = busqueda_factura(fila)
    return fila


_T = facturas.c
_FACTURAS_DE = _Consulta(
    select(
        _T.id, _T.clave, _T.numero, _T.fecha, _T.proveedor, _T.moneda, _T.usd_por_unidad, _T.incoterm,
        _T.fletes, _T.seguros, _T.extra, _T.invalidos,
    ).where(_T.expediente_id == bindparam("eid")).order_by(_T.orden, _T.id)
)


def _fila_partida(p: Partida) -> dict[str, Any]:
    return {
        "clave": p.id, "descripcion": p.descripcion, "fraccion": p.fraccion, "nico": p.nico,
        "cantidad": p.cantidad, "unidad": p.unidad, "precio_unitario": p.precio_unitario, "importe": p.importe,
        "pais_origen": p.pais_origen, "certificado": p.certificado, "extra": p.extra, "invalidos": p.invalidos,
    }


_T = partidas.c
_PARTIDAS_DE = _Consulta(
    select(
        _T.factura_id, _T.clave, _T.descripcion, _T.fraccion, _T.nico, _T.cantidad, _T.unidad,
        _T.precio_unitario, _T.importe, _T.pais_origen, _T.certificado, _T.extra, _T.invalidos,
    ).where(_T.expediente_id == bindparam("eid")).order_by(_T.factura_id, _T.orden, _T.id)
)


def _facturas(filas_f: Iterable[Sequence[Any]], filas_p: Iterable[Sequence[Any]]) -> tuple[Factura, ...]:
    por_factura: dict[int, list[Partida]] = {}
    for (fid, clave, descripcion, fraccion, nico, cantidad, unidad, precio, importe, pais, cert, extra,
         invalidos) in filas_p:
        por_factura.setdefault(fid, []).append(Partida(
            id=clave, descripcion=descripcion, fraccion=fraccion, nico=nico, cantidad=a_decimal(cantidad),
            unidad=unidad, precio_unitario=a_decimal(precio), importe=a_decimal(importe), pais_origen=pais,
            certificado=cert, extra=a_mapa(extra), invalidos=a_mapa(invalidos),
        ))
    return tuple(
        Factura(
            id=clave, numero=numero, fecha=a_fecha(fecha), proveedor=proveedor, moneda=moneda,
            usd_por_unidad=a_decimal(usd), incoterm=incoterm, fletes=a_decimal(fletes), seguros=a_decimal(seguros),
            partidas=tuple(por_factura.get(fid, ())), extra=a_mapa(extra), invalidos=a_mapa(invalidos),
        )
        for fid, clave, numero, fecha, proveedor, moneda, usd, incoterm, fletes, seguros, extra, invalidos in filas_f
    )


def _fila_aviso(a: Aviso) -> dict[str, Any]:
    """The content columns of a notice (without ids, order, timestamps, ultima_pagina)."""
    fila = {
        "clave": a.id, "fraccion": a.fraccion, "nico": a.nico, "cantidad": a.cantidad, "umt": a.umt,
        "valor_usd": a.valor_usd, "pais_origen_acero": a.pais_origen_acero,
        "pais_origen_mercancia": a.pais_origen_mercancia, "pais_exportador": a.pais_exportador,
        "fabricante_nombre": a.fabricante.nombre, "fabricante_domicilio": a.fabricante.domicilio,
        "fabricante_extra": a.fabricante.extra, "molino_clave": a.molino.clave, "molino_nombre": a.molino.nombre,
        "molino_extra": a.molino.extra, "descripcion": a.descripcion, "observaciones": a.observaciones,
        "estado": a.estado, "folio_vucem": a.folio_vucem, "numero_aviso": a.numero_aviso,
        "extra": a.extra, "invalidos": a.invalidos,
    }
    fila["busqueda"] = busqueda_aviso(fila)
    return fila


_T = avisos.c
_COLS_AVISO = (
    _T.id, _T.orden, _T.ultima_pagina, _T.clave, _T.fraccion, _T.nico, _T.cantidad, _T.umt, _T.valor_usd,
    _T.pais_origen_acero, _T.pais_origen_mercancia, _T.pais_exportador, _T.fabricante_nombre,
    _T.fabricante_domicilio, _T.fabricante_extra, _T.molino_clave, _T.molino_nombre, _T.molino_extra,
    _T.descripcion, _T.observaciones, _T.estado, _T.folio_vucem, _T.numero_aviso, _T.extra, _T.invalidos,
)


def _vivo(expediente_id: Any, clave: Any = None) -> ColumnElement[bool]:
    cond = and_(avisos.c.expediente_id == expediente_id, avisos.c.eliminado_en.is_(None))
    return cond if clave is None else and_(cond, avisos.c.clave == clave)


def _consultas_avisos(cond: ColumnElement[bool]) -> tuple[_Consulta, _Consulta, _Consulta]:
    """The notices matching ``cond`` and their links (certificate and line claves, in order)."""
    ids = select(avisos.c.id).where(cond)
    ac, ap = aviso_certificados.c, aviso_partidas.c
    return (
        _Consulta(select(*_COLS_AVISO).where(cond).order_by(avisos.c.orden, avisos.c.id)),
        _Consulta(
            select(ac.aviso_id, certificados.c.clave)
            .join(certificados, certificados.c.id == ac.certificado_id)
            .where(ac.aviso_id.in_(ids)).order_by(ac.aviso_id, ac.orden)
        ),
        _Consulta(
            select(ap.aviso_id, partidas.c.clave)
            .join(partidas, partidas.c.id == ap.partida_id)
            .where(ap.aviso_id.in_(ids)).order_by(ap.aviso_id, ap.orden)
        ),
    )


_T = expedientes.c
_EXPEDIENTE = _Consulta(
    select(_T.formato, _T.fecha_preparacion, _T.importador_rfc, _T.importador_nombre, _T.importador_extra,
           _T.extra, _T.invalidos).where(_T.id == bindparam("eid"))
)
_AVISOS_DE = _consultas_avisos(_vivo(bindparam("eid")))
_AVISO_CLAVE = _consultas_avisos(_vivo(bindparam("eid"), bindparam("clave")))
_AVISOS_CLAVES = _consultas_avisos(and_(
    _vivo(bindparam("eid")),
    avisos.c.clave.in_(select(func.json_each(bindparam("claves")).table_valued("value").c.value)),
))
del _T


_ESTADOS = {e.value: e for e in EstadoAviso}


class _AvisoGuardado(NamedTuple):
    fila_id: int
    orden: int
    ultima_pagina: int | None
    aviso: Aviso


def _mismo_aviso(a: Aviso, b: Aviso) -> bool:
    """Same content, digit for digit (``Decimal("1.50")`` and ``Decimal("1.5")`` differ here)."""
    return a == b and aviso_a_dict(a) == aviso_a_dict(b)


def _cargar_avisos(
    c: Connection, expediente_id: int, *, clave: str | None = None, claves: Sequence[str] | None = None
) -> list[_AvisoGuardado]:
    """Live notices of the expediente (all, the one with ``clave``, or those in ``claves``)."""
    if clave is not None:
        consultas, binds = _AVISO_CLAVE, {"eid": expediente_id, "clave": clave}
    elif claves is not None:
        consultas, binds = _AVISOS_CLAVES, {"eid": expediente_id, "claves": json.dumps(list(claves))}
    else:
        consultas, binds = _AVISOS_DE, {"eid": expediente_id}
    q_avisos, q_certs, q_partidas = consultas
    filas = q_avisos.filas(c, **binds)
    if not filas:
        return []
    certs: dict[int, list[str]] = {}
    for aid, x in q_certs.filas(c, **binds):
        certs.setdefault(aid, []).append(x)
    parts: dict[int, list[str]] = {}
    for aid, x in q_partidas.filas(c, **binds):
        parts.setdefault(aid, []).append(x)
    vacio: tuple[str, ...] = ()
    estados = _ESTADOS
    dec, mapa = Decimal, a_mapa  # hot loop: local names, conversions inline
    return [
        _AvisoGuardado(fid, orden, pagina, Aviso(
            id=clave_, fraccion=fraccion, nico=nico, cantidad=None if cantidad is None else dec(cantidad), umt=umt,
            valor_usd=None if valor is None else dec(valor),
            pais_origen_acero=p_acero, pais_origen_mercancia=p_merc, pais_exportador=p_exp,
            certificados=tuple(certs[fid]) if fid in certs else vacio,
            fabricante=Fabricante(nombre=f_nombre, domicilio=f_dom, extra=mapa(f_extra)),
            molino=MolinoRef(clave=m_clave, nombre=m_nombre, extra=mapa(m_extra)),
            descripcion=descripcion, observaciones=observaciones,
            partidas_factura=tuple(parts[fid]) if fid in parts else vacio,
            estado=estados[estado], folio_vucem=folio, numero_aviso=numero,
            extra=mapa(extra), invalidos=mapa(invalidos),
        ))
        for (
            fid, orden, pagina, clave_, fraccion, nico, cantidad, umt, valor, p_acero, p_merc, p_exp, f_nombre, f_dom,
            f_extra, m_clave, m_nombre, m_extra, descripcion, observaciones, estado, folio, numero, extra, invalidos,
        ) in filas
    ]


def _repetidos(claves: Iterable[str]) -> list[str]:
    vistos: set[str] = set()
    rep = []
    for x in claves:
        if x in vistos:
            rep.append(x)
        vistos.add(x)
    return rep


def _revisar_expediente(exp: Expediente) -> None:
    """Ids unique and links pointing inside the expediente, before anything is written."""
    for nombre, claves in (
        ("factura", [f.id for f in exp.facturas]),
        ("partida", [p.id for _, p in exp.partidas()]),
        ("certificado", [c.id for c in exp.certificados]),
        ("aviso", [a.id for a in exp.avisos]),
    ):
        rep = _repetidos(claves)
        if rep:
            raise DatosInconsistentes(
                f"No se guardó el expediente: el identificador de {nombre} «{rep[0]}» está repetido."
            )
    certs = {c.id for c in exp.certificados}
    parts = {p.id for _, p in exp.partidas()}
    for a in exp.avisos:
        _revisar_vinculos(a, certs, parts)


def _revisar_vinculos(a: Aviso, certs: set[str], parts: set[str]) -> None:
    for x in a.certificados:
        if x not in certs:
            raise DatosInconsistentes(
                f"No se guardó el aviso «{a.id}»: el certificado «{x}» no está en el expediente."
            )
    for x in a.partidas_factura:
        if x not in parts:
            raise DatosInconsistentes(
                f"No se guardó el aviso «{a.id}»: la partida «{x}» no está en ninguna factura del expediente."
            )


def _nombre_por_defecto(exp: Expediente) -> str:
    partes = []
    if exp.importador.nombre:
        partes.append(exp.importador.nombre)
    numeros = [f.numero for f in exp.facturas if f.numero]
    if numeros:
        partes.append(", ".join(numeros[:3]) + ("…" if len(numeros) > 3 else ""))
    if not partes:
        partes.append("Expediente")
    if exp.fecha_preparacion:
        partes.append(exp.fecha_preparacion.isoformat())
    return " · ".join(partes)


# ------------------------------------------------------------------------------------------


class Almacen:
    """The local database of expedientes and notices. Create it with :func:`abrir_almacen`."""

    def __init__(self, ruta: Path, motor: Engine, respaldo: Path | None = None):
        self.ruta = ruta
        #: the backup copy made before upgrading the schema at opening, if one was made
        self.respaldo = respaldo
        self._motor = motor

    def cerrar(self) -> None:
        try:
            with self._motor.connect() as c:
                c.exec_driver_sql("PRAGMA optimize")
        except Exception:  # closing must not fail because of the optimizer
            pass
        self._motor.dispose()

    def __enter__(self) -> Almacen:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.cerrar()

    # -- transactions ------------------------------------------------------------------
    @contextmanager
    def _errores(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as e:
            error = migrar.traducir_error(self.ruta, e.orig)
            if error is None:
                if isinstance(e, IntegrityError):
                    error = DatosInconsistentes(f"No se guardó el cambio: los datos no son coherentes ({e.orig}).")
                else:
                    error = ErrorAlmacen(
                        f"Error de la base de datos «{self.ruta}»: {e.orig}. No se guardó el último cambio."
                    )
            raise error from e
        except sqlite3.Error as e:  # the raw read path (_crudo) is not wrapped by SQLAlchemy
            raise (migrar.traducir_error(self.ruta, e) or ErrorAlmacen(
                f"Error de la base de datos «{self.ruta}»: {e}. No se guardó el último cambio."
            )) from e

    @contextmanager
    def _escritura(self) -> Iterator[Connection]:
        with self._errores(), self._motor.connect() as c:
            c.execution_options(aaips_escritura=True)
            with c.begin():
                yield c

    @contextmanager
    def _lectura(self) -> Iterator[Connection]:
        with self._errores(), self._motor.connect() as c, c.begin():
            yield c

    # -- helpers inside a transaction ----------------------------------------------------------
    @staticmethod
    def _exigir_expediente(c: Connection, expediente_id: int) -> None:
        if c.execute(select(expedientes.c.id).where(expedientes.c.id == expediente_id)).first() is None:
            raise NoEncontrado(f"No existe el expediente {expediente_id}.")

    @staticmethod
    def _tocar_expediente(c: Connection, expediente_id: int, ahora: datetime) -> None:
        c.execute(update(expedientes).where(expedientes.c.id == expediente_id).values(actualizado_en=ahora))

    @staticmethod
    def _aviso_vivo(c: Connection, expediente_id: int, clave: str) -> _AvisoGuardado:
        g = _cargar_avisos(c, expediente_id, clave=clave)
        if not g:
            raise NoEncontrado(f"No existe el aviso «{clave}» en el expediente {expediente_id}.")
        return g[0]

    @staticmethod
    def _ids_por_clave(c: Connection, tabla: Any, expediente_id: int, claves: Iterable[str] | None = None) -> dict[str, int]:
        q = select(tabla.c.clave, tabla.c.id).where(tabla.c.expediente_id == expediente_id)
        if claves is not None:
            q = q.where(_en(tabla.c.clave, set(claves)))
        return {k: i for k, i in c.execute(q)}

    @staticmethod
    def _siguiente_orden(c: Connection, tabla: Any, expediente_id: int) -> int:
        n = c.execute(select(func.max(tabla.c.orden)).where(tabla.c.expediente_id == expediente_id)).scalar()
        return 0 if n is None else n + 1

    def _sincronizar(
        self, c: Connection, tabla: Any, expediente_id: int, filas: list[dict[str, Any]], *, borrar_faltantes: bool
    ) -> dict[str, int]:
        """Upsert rows by clave (row ids stay); optionally delete the rows not given."""
        existentes = self._ids_por_clave(c, tabla, expediente_id)
        nuevas = [f for f in filas if f["clave"] not in existentes]
        cambios = [{**f, "b_id": existentes[f["clave"]]} for f in filas if f["clave"] in existentes]
        if cambios:
            c.execute(update(tabla).where(tabla.c.id == bindparam("b_id")), cambios)
        if nuevas:
            c.execute(insert(tabla), nuevas)
        if borrar_faltantes:
            dadas = {f["clave"] for f in filas}
            sobran = [i for k, i in existentes.items() if k not in dadas]
            if sobran:
                c.execute(delete(tabla).where(_en(tabla.c.id, sobran)))
        return self._ids_por_clave(c, tabla, expediente_id) if nuevas else existentes

    def _escribir_avisos(
        self,
        c: Connection,
        expediente_id: int,
        lista: Sequence[Aviso],
        ahora: datetime,
        *,
        ordenes: Sequence[int] | None = None,
        ultima_pagina: int | None = None,
        certs: dict[str, int] | None = None,
        parts: dict[str, int] | None = None,
        todos_vivos: bool = False,
    ) -> bool:
        """Insert or update these notices (by clave) with their links and status history.

        ``ordenes``: position of each notice (None: new ones go last, existing ones keep theirs).
        ``todos_vivos``: ``lista`` is every live notice of the expediente (load them all at once).
        Returns whether the content of any notice changed (or a notice was added).
        """
        claves = [a.id for a in lista]
        if certs is None:
            certs = self._ids_por_clave(c, certificados, expediente_id, {x for a in lista for x in a.certificados})
        if parts is None:
            parts = self._ids_por_clave(c, partidas, expediente_id, {x for a in lista for x in a.partidas_factura})
        certs_ok, parts_ok = set(certs), set(parts)
        for a in lista:
            _revisar_vinculos(a, certs_ok, parts_ok)
        existentes = {
            g.aviso.id: g for g in _cargar_avisos(c, expediente_id, claves=None if todos_vivos else claves)
        }
        siguiente = self._siguiente_orden(c, avisos, expediente_id) if ordenes is None else 0

        nuevos: list[dict[str, Any]] = []
        cambios: list[dict[str, Any]] = []
        solo_orden: list[dict[str, Any]] = []
        vinculos: list[Aviso] = []  # notices whose links are (re)written
        historial: list[tuple[str, EstadoAviso | None, Aviso]] = []
        for i, a in enumerate(lista):
            g = existentes.get(a.id)
            if ordenes is not None:
                orden = ordenes[i]
            elif g is not None:
                orden = g.orden
            else:
                orden = siguiente
                siguiente += 1
            if g is None:
                nuevos.append({
                    **_fila_aviso(a), "expediente_id": expediente_id, "orden": orden, "ultima_pagina": ultima_pagina,
                    "creado_en": ahora, "actualizado_en": ahora,
                })
                vinculos.append(a)
                if a.estado != EstadoAviso.BORRADOR:
                    historial.append((a.id, None, a))
                continue
            pagina = g.ultima_pagina if ultima_pagina is None else ultima_pagina
            if not _mismo_aviso(a, g.aviso):
                cambios.append({
                    **_fila_aviso(a), "orden": orden, "ultima_pagina": pagina, "actualizado_en": ahora,
                    "b_id": g.fila_id,
                })
                if (a.certificados, a.partidas_factura) != (g.aviso.certificados, g.aviso.partidas_factura):
                    vinculos.append(a)
                if a.estado != g.aviso.estado:
                    historial.append((a.id, g.aviso.estado, a))
            elif orden != g.orden or pagina != g.ultima_pagina:
                solo_orden.append({"orden": orden, "ultima_pagina": pagina, "b_id": g.fila_id})

        if nuevos:
            c.execute(insert(avisos), nuevos)
        if cambios:
            c.execute(update(avisos).where(avisos.c.id == bindparam("b_id")), cambios)
        if solo_orden:
            c.execute(update(avisos).where(avisos.c.id == bindparam("b_id")), solo_orden)
        if not (nuevos or cambios):
            return False  # at most the order or the wizard page moved: not a change of content

        ids = {k: g.fila_id for k, g in existentes.items()}
        if nuevos:
            ids.update(self._ids_vivos(c, expediente_id, [f["clave"] for f in nuevos]))
        if vinculos:
            reescribir = [ids[a.id] for a in vinculos if a.id in existentes]
            if reescribir:
                c.execute(delete(aviso_certificados).where(_en(aviso_certificados.c.aviso_id, reescribir)))
                c.execute(delete(aviso_partidas).where(_en(aviso_partidas.c.aviso_id, reescribir)))
            filas_c = [
                {"aviso_id": ids[a.id], "orden": j, "certificado_id": certs[x]}
                for a in vinculos for j, x in enumerate(a.certificados)
            ]
            filas_p = [
                {"aviso_id": ids[a.id], "orden": j, "partida_id": parts[x]}
                for a in vinculos for j, x in enumerate(a.partidas_factura)
            ]
            if filas_c:
                c.execute(insert(aviso_certificados), filas_c)
            if filas_p:
                c.execute(insert(aviso_partidas), filas_p)
        if historial:
            c.execute(insert(historial_estados), [
                {
                    "aviso_id": ids[clave], "desde": desde, "hacia": a.estado, "folio_vucem": a.folio_vucem,
                    "numero_aviso": a.numero_aviso, "cuando": ahora, "origen": ORIGEN_GUARDADO,
                }
                for clave, desde, a in historial
            ])
        return True

    @staticmethod
    def _ids_vivos(c: Connection, expediente_id: int, claves: Sequence[str]) -> dict[str, int]:
        q = select(avisos.c.clave, avisos.c.id).where(_vivo(expediente_id))
        if len(claves) == 1:
            q = q.where(avisos.c.clave == claves[0])
        else:
            q = q.where(_en(avisos.c.clave, claves))
        return {k: i for k, i in c.execute(q)}

    # -- expedientes ------------------------------------------------------------------
    def guardar_expediente(
        self, exp: Expediente, *, nombre: str | None = None, expediente_id: int | None = None
    ) -> int:
        """Save a whole expediente: a new one (returns its id) or replacing ``expediente_id``.

        Replacing keeps the row ids, ``creado_en``, status history (and ``actualizado_en`` when
        unchanged) of the notices whose clave stays; a live notice missing from ``exp`` goes to
        the recycle bin (see :meth:`restaurar_aviso`); invoices, lines and certificates missing
        from ``exp`` are deleted. ``nombre`` None keeps the current name (or makes one up).
        """
        _revisar_expediente(exp)
        ahora = _ahora()
        cabecera = {
            "formato": exp.formato, "fecha_preparacion": exp.fecha_preparacion,
            "importador_rfc": exp.importador.rfc, "importador_nombre": exp.importador.nombre,
            "importador_extra": exp.importador.extra, "extra": exp.extra, "invalidos": exp.invalidos,
            "actualizado_en": ahora,
        }
        with self._escritura() as c:
            if expediente_id is None:
                nombre = nombre if nombre is not None else _nombre_por_defecto(exp)
                cabecera.update(nombre=nombre, busqueda=pliegue(nombre), creado_en=ahora)
                eid = int(c.execute(insert(expedientes).values(**cabecera)).inserted_primary_key[0])
            else:
                eid = expediente_id
                if nombre is not None:
                    cabecera.update(nombre=nombre, busqueda=pliegue(nombre))
                if c.execute(update(expedientes).where(expedientes.c.id == eid).values(**cabecera)).rowcount == 0:
                    raise NoEncontrado(f"No existe el expediente {eid}.")

            certs = self._sincronizar(
                c, certificados, eid,
                [{**_fila_certificado(x), "expediente_id": eid, "orden": i} for i, x in enumerate(exp.certificados)],
                borrar_faltantes=False,
            )
            facts = self._sincronizar(
                c, facturas, eid,
                [{**_fila_factura(f), "expediente_id": eid, "orden": i} for i, f in enumerate(exp.facturas)],
                borrar_faltantes=False,
            )
            parts = self._sincronizar(
                c, partidas, eid,
                [
                    {**_fila_partida(p), "expediente_id": eid, "factura_id": facts[f.id], "orden": j}
                    for f in exp.facturas for j, p in enumerate(f.partidas)
                ],
                borrar_faltantes=True,
            )
            # live notices that are not in ``exp`` go to the recycle bin
            c.execute(
                update(avisos).where(_vivo(eid), ~_en(avisos.c.clave, [a.id for a in exp.avisos]))
                .values(eliminado_en=ahora)
            )
            self._escribir_avisos(
                c, eid, exp.avisos, ahora, ordenes=range(len(exp.avisos)), certs=certs, parts=parts, todos_vivos=True
            )
            # Only now (nothing live links them any more): invoices and certificates not in ``exp``.
            # Their links from notices in the recycle bin go with them (ON DELETE CASCADE).
            for tabla, quedan, dadas in (
                (facturas, facts, {f.id for f in exp.facturas}),
                (certificados, certs, {x.id for x in exp.certificados}),
            ):
                sobran = [i for k, i in quedan.items() if k not in dadas]
                if sobran:
                    c.execute(delete(tabla).where(_en(tabla.c.id, sobran)))
        return eid

    def cargar_expediente(self, expediente_id: int) -> Expediente:
        """The expediente as saved, without the notices in the recycle bin.

        An expediente in the recycle bin can still be loaded (to look at it before restoring)."""
        with self._lectura() as c:
            cabecera = _EXPEDIENTE.filas(c, eid=expediente_id)
            if not cabecera:
                raise NoEncontrado(f"No existe el expediente {expediente_id}.")
            formato, fecha, rfc, imp_nombre, imp_extra, extra, invalidos = cabecera[0]
            with _gc_en_pausa():
                certs = _certificados(_CERTIFICADOS_DE.filas(c, eid=expediente_id))
                facts = _facturas(_FACTURAS_DE.filas(c, eid=expediente_id), _PARTIDAS_DE.filas(c, eid=expediente_id))
                avs = tuple(g.aviso for g in _cargar_avisos(c, expediente_id))
        return Expediente(
            formato=formato, fecha_preparacion=a_fecha(fecha),
            importador=Importador(rfc=rfc, nombre=imp_nombre, extra=a_mapa(imp_extra)),
            facturas=facts, certificados=certs, avisos=avs, extra=a_mapa(extra), invalidos=a_mapa(invalidos),
        )

    def listar_expedientes(self, *, eliminados: bool = False) -> list[ResumenExpediente]:
        """Expedientes, most recently changed first; ``eliminados=True``: the recycle bin."""
        e = expedientes.c
        n = (
            select(func.count()).select_from(avisos)
            .where(avisos.c.expediente_id == e.id, avisos.c.eliminado_en.is_(None))
            .scalar_subquery()
        )
        cond = e.eliminado_en.is_not(None) if eliminados else e.eliminado_en.is_(None)
        with self._lectura() as c:
            filas = c.execute(
                select(e.id, e.nombre, e.importador_rfc, e.importador_nombre, e.fecha_preparacion, n,
                       e.creado_en, e.actualizado_en, e.eliminado_en)
                .where(cond).order_by(e.actualizado_en.desc(), e.id.desc())
            ).all()
        return [ResumenExpediente(*f) for f in filas]

    def renombrar_expediente(self, expediente_id: int, nombre: str) -> None:
        with self._escritura() as c:
            if c.execute(
                update(expedientes).where(expedientes.c.id == expediente_id)
                .values(nombre=nombre, busqueda=pliegue(nombre), actualizado_en=_ahora())
            ).rowcount == 0:
                raise NoEncontrado(f"No existe el expediente {expediente_id}.")

    def eliminar_expediente(self, expediente_id: int) -> None:
        """Move the expediente to the recycle bin (its notices leave the main list)."""
        self._marcar_expediente(expediente_id, _ahora())

    def restaurar_expediente(self, expediente_id: int) -> None:
        self._marcar_expediente(expediente_id, None)

    def _marcar_expediente(self, expediente_id: int, cuando: datetime | None) -> None:
        with self._escritura() as c:
            if c.execute(
                update(expedientes).where(expedientes.c.id == expediente_id).values(eliminado_en=cuando)
            ).rowcount == 0:
                raise NoEncontrado(f"No existe el expediente {expediente_id}.")

    # -- pieces of an expediente -------------------------------------------------------------
    def guardar_aviso(self, expediente_id: int, aviso: Aviso, *, ultima_pagina: int | None = None) -> None:
        """Insert or update ONE notice and its links (the wizard's autosave).

        Other notices are not touched. ``ultima_pagina`` None keeps the stored page. Saving the
        same content again writes nothing. Links must name certificates and invoice lines
        already saved in the expediente (:meth:`guardar_certificado`, :meth:`guardar_factura`).
        """
        ahora = _ahora()
        with self._escritura() as c:
            self._exigir_expediente(c, expediente_id)
            if self._escribir_avisos(c, expediente_id, [aviso], ahora, ultima_pagina=ultima_pagina):
                self._tocar_expediente(c, expediente_id, ahora)

    def cargar_aviso(self, expediente_id: int, clave: str) -> tuple[Aviso, int | None]:
        """The live notice and the wizard page where it was left (None: never saved one)."""
        with self._lectura() as c:
            g = self._aviso_vivo(c, expediente_id, clave)
        return g.aviso, g.ultima_pagina

    def guardar_certificado(self, expediente_id: int, cert: Certificado) -> None:
        """Insert or update one certificate (by its id); a new one goes last."""
        ahora = _ahora()
        with self._escritura() as c:
            self._exigir_expediente(c, expediente_id)
            fila = {**_fila_certificado(cert), "expediente_id": expediente_id}
            ids = self._ids_por_clave(c, certificados, expediente_id, [cert.id])
            if cert.id in ids:
                c.execute(update(certificados).where(certificados.c.id == ids[cert.id]).values(**fila))
            else:
                fila["orden"] = self._siguiente_orden(c, certificados, expediente_id)
                c.execute(insert(certificados).values(**fila))
            self._tocar_expediente(c, expediente_id, ahora)

    def guardar_factura(self, expediente_id: int, factura: Factura) -> None:
        """Insert or update one invoice (by its id) with its lines.

        A line removed from the invoice that a live notice still covers is refused
        (:class:`DatosInconsistentes`): take it out of the notice first."""
        ahora = _ahora()
        with self._escritura() as c:
            self._exigir_expediente(c, expediente_id)
            rep = _repetidos(p.id for p in factura.partidas)
            if rep:
                raise DatosInconsistentes(
                    f"No se guardó la factura «{factura.id}»: la partida «{rep[0]}» está repetida."
                )
            fila = {**_fila_factura(factura), "expediente_id": expediente_id}
            ids = self._ids_por_clave(c, facturas, expediente_id, [factura.id])
            if factura.id in ids:
                fid = ids[factura.id]
                c.execute(update(facturas).where(facturas.c.id == fid).values(**fila))
            else:
                fila["orden"] = self._siguiente_orden(c, facturas, expediente_id)
                fid = int(c.execute(insert(facturas).values(**fila)).inserted_primary_key[0])
            actuales = {
                clave: (pid, f_id) for clave, pid, f_id in c.execute(
                    select(partidas.c.clave, partidas.c.id, partidas.c.factura_id)
                    .where(partidas.c.expediente_id == expediente_id)
                )
            }
            for p in factura.partidas:
                if p.id in actuales and actuales[p.id][1] != fid:
                    raise DatosInconsistentes(
                        f"No se guardó la factura «{factura.id}»: la partida «{p.id}» ya está en otra factura."
                    )
            dadas = {p.id for p in factura.partidas}
            sobran = [pid for clave, (pid, f_id) in actuales.items() if f_id == fid and clave not in dadas]
            if sobran:
                usada = c.execute(
                    select(partidas.c.clave, avisos.c.clave)
                    .select_from(aviso_partidas.join(avisos, avisos.c.id == aviso_partidas.c.aviso_id)
                                 .join(partidas, partidas.c.id == aviso_partidas.c.partida_id))
                    .where(_en(aviso_partidas.c.partida_id, sobran), avisos.c.eliminado_en.is_(None))
                ).first()
                if usada is not None:
                    raise DatosInconsistentes(
                        f"No se guardó la factura «{factura.id}»: la partida «{usada[0]}» está en el aviso "
                        f"«{usada[1]}»; quítela del aviso antes de borrarla de la factura."
                    )
                c.execute(delete(partidas).where(_en(partidas.c.id, sobran)))
            filas = [
                {**_fila_partida(p), "expediente_id": expediente_id, "factura_id": fid, "orden": j}
                for j, p in enumerate(factura.partidas)
            ]
            cambios = [{**f, "b_id": actuales[f["clave"]][0]} for f in filas if f["clave"] in actuales]
            nuevas = [f for f in filas if f["clave"] not in actuales]
            if cambios:
                c.execute(update(partidas).where(partidas.c.id == bindparam("b_id")), cambios)
            if nuevas:
                c.execute(insert(partidas), nuevas)
            self._tocar_expediente(c, expediente_id, ahora)

    def eliminar_factura(self, expediente_id: int, factura_id: str) -> None:
        """Delete one invoice and its lines.

        Refused (:class:`DatosInconsistentes`) while a live notice covers one of its lines: take
        the lines out of the notice (or delete the notice) first. Notices in the recycle bin lose
        their links to those lines, as when :meth:`guardar_expediente` drops an invoice."""
        ahora = _ahora()
        with self._escritura() as c:
            self._exigir_expediente(c, expediente_id)
            ids = self._ids_por_clave(c, facturas, expediente_id, [factura_id])
            if factura_id not in ids:
                raise NoEncontrado(f"No existe la factura «{factura_id}» en el expediente {expediente_id}.")
            usada = c.execute(
                select(partidas.c.clave, avisos.c.clave)
                .select_from(aviso_partidas.join(avisos, avisos.c.id == aviso_partidas.c.aviso_id)
                             .join(partidas, partidas.c.id == aviso_partidas.c.partida_id))
                .where(partidas.c.factura_id == ids[factura_id], avisos.c.eliminado_en.is_(None))
            ).first()
            if usada is not None:
                raise DatosInconsistentes(
                    f"No se eliminó la factura «{factura_id}»: su partida «{usada[0]}» está en el aviso "
                    f"«{usada[1]}». Quítela del aviso (o elimine el aviso) antes de eliminar la factura."
                )
            c.execute(delete(facturas).where(facturas.c.id == ids[factura_id]))
            self._tocar_expediente(c, expediente_id, ahora)

    def crear_avisos(self, expediente_id: int, nuevos: Sequence[Aviso]) -> list[Aviso]:
        """Save ``nuevos`` as new notices of the expediente, all in ONE transaction, and return
        them with the claves they got.

        Whatever id each one comes with (a proposal numbers its notices from ``A1``), it takes the
        first free ``A<n>`` among the claves used in the expediente, live or in the recycle bin,
        so a restored notice never collides with a new one. They go after the existing notices,
        in the given order. Links must name certificates and invoice lines already saved."""
        ahora = _ahora()
        with self._escritura() as c:
            self._exigir_expediente(c, expediente_id)
            usadas = self._claves_avisos(c, expediente_id)
            lista: list[Aviso] = []
            for a in nuevos:
                clave = nuevo_id("A", usadas)
                usadas.add(clave)
                lista.append(replace(a, id=clave))
            if lista:
                self._escribir_avisos(c, expediente_id, lista, ahora)
                self._tocar_expediente(c, expediente_id, ahora)
        return lista

    # -- life cycle -------------------------------------------------------------------------
    def cambiar_estado(
        self,
        expediente_id: int,
        clave: str,
        nuevo: EstadoAviso,
        *,
        folio_vucem: str = "",
        numero_aviso: str = "",
        errores_pendientes: int = 0,
    ) -> Aviso:
        """Apply :func:`app.domain.estado.cambiar_estado`, save it and record it in the history.

        A change the life cycle refuses raises :class:`EstadoNoPermitido` and writes nothing."""
        ahora = _ahora()
        with self._escritura() as c:
            g = self._aviso_vivo(c, expediente_id, clave)
            try:
                a = _cambiar_estado_dominio(
                    g.aviso, nuevo, folio_vucem=folio_vucem, numero_aviso=numero_aviso,
                    errores_pendientes=errores_pendientes,
                )
            except CambioEstadoInvalido as e:
                raise EstadoNoPermitido(str(e)) from e
            c.execute(
                update(avisos).where(avisos.c.id == g.fila_id).values(
                    estado=a.estado, folio_vucem=a.folio_vucem, numero_aviso=a.numero_aviso,
                    busqueda=busqueda_aviso(_fila_aviso(a)), actualizado_en=ahora,
                )
            )
            c.execute(insert(historial_estados).values(
                aviso_id=g.fila_id, desde=g.aviso.estado, hacia=a.estado, folio_vucem=a.folio_vucem,
                numero_aviso=a.numero_aviso, cuando=ahora, origen=ORIGEN_CAMBIO,
            ))
            self._tocar_expediente(c, expediente_id, ahora)
        return a

    def historial(self, expediente_id: int, clave: str) -> list[CambioEstado]:
        """Status changes of the live notice, oldest first."""
        h = historial_estados.c
        with self._lectura() as c:
            g = self._aviso_vivo(c, expediente_id, clave)
            filas = c.execute(
                select(h.desde, h.hacia, h.folio_vucem, h.numero_aviso, h.cuando, h.origen)
                .where(h.aviso_id == g.fila_id).order_by(h.id)
            ).all()
        return [CambioEstado(*f) for f in filas]

    # -- recycle bin and duplicates -------------------------------------------------------------
    def eliminar_aviso(self, expediente_id: int, clave: str) -> None:
        """Move the notice to the recycle bin (recoverable with :meth:`restaurar_aviso`)."""
        ahora = _ahora()
        with self._escritura() as c:
            if c.execute(update(avisos).where(_vivo(expediente_id, clave)).values(eliminado_en=ahora)).rowcount == 0:
                raise NoEncontrado(f"No existe el aviso «{clave}» en el expediente {expediente_id}.")
            self._tocar_expediente(c, expediente_id, ahora)

    def restaurar_aviso(self, expediente_id: int, clave: str) -> Aviso:
        """Bring back the most recently deleted notice with this clave and return it.

        If a live notice took its clave meanwhile, the restored one gets a new clave
        (``nuevo_id("A", ...)``): look at the returned notice's ``id``."""
        ahora = _ahora()
        with self._escritura() as c:
            fila = c.execute(
                select(avisos.c.id).where(
                    avisos.c.expediente_id == expediente_id, avisos.c.clave == clave,
                    avisos.c.eliminado_en.is_not(None),
                ).order_by(avisos.c.eliminado_en.desc(), avisos.c.id.desc()).limit(1)
            ).first()
            if fila is None:
                raise NoEncontrado(f"No hay un aviso «{clave}» eliminado en el expediente {expediente_id}.")
            nueva = clave
            if self._ids_vivos(c, expediente_id, [clave]):
                nueva = nuevo_id("A", self._claves_avisos(c, expediente_id))
            c.execute(
                update(avisos).where(avisos.c.id == fila[0])
                .values(clave=nueva, eliminado_en=None, actualizado_en=ahora)
            )
            self._tocar_expediente(c, expediente_id, ahora)
            return self._aviso_vivo(c, expediente_id, nueva).aviso

    @staticmethod
    def _claves_avisos(c: Connection, expediente_id: int) -> set[str]:
        """Every clave used in the expediente, live or in the recycle bin."""
        return set(c.execute(select(avisos.c.clave).where(avisos.c.expediente_id == expediente_id)).scalars())

    def avisos_eliminados(self) -> list[FilaAviso]:
        """The notices in the recycle bin, most recently changed first."""
        return self._listar(FiltroAvisos(incluir_eliminados=True), solo_eliminados=True)

    def duplicar_aviso(self, expediente_id: int, clave: str) -> Aviso:
        """Save and return a copy of the notice as a new draft (new clave, no folio or number)."""
        ahora = _ahora()
        with self._escritura() as c:
            g = self._aviso_vivo(c, expediente_id, clave)
            copia = replace(
                g.aviso, id=nuevo_id("A", self._claves_avisos(c, expediente_id)), estado=EstadoAviso.BORRADOR,
                folio_vucem="", numero_aviso="",
            )
            self._escribir_avisos(c, expediente_id, [copia], ahora)
            self._tocar_expediente(c, expediente_id, ahora)
        return copia

    # -- mill registration requests (R10) --------------------------------------------------------
    def guardar_solicitud_molino(self, solicitud: SolicitudMolino) -> SolicitudMolino:
        """Insert (``id`` None) or update a mill registration request; returns it as saved."""
        if solicitud.estado not in ESTADOS_SOLICITUD:
            raise DatosInconsistentes(
                f"No se guardó la solicitud: el estado «{solicitud.estado}» no existe "
                f"({', '.join(ESTADOS_SOLICITUD)})."
            )
        if not solicitud.molino_nombre.strip():
            raise DatosInconsistentes("No se guardó la solicitud: falta el nombre del molino.")
        ahora = _ahora()
        fila = {
            "expediente_id": solicitud.expediente_id, "aviso_clave": solicitud.aviso_clave,
            "molino_nombre": solicitud.molino_nombre.strip(), "pais": solicitud.pais, "estado": solicitud.estado,
            "enviada": solicitud.enviada, "respuesta_esperada": solicitud.respuesta_esperada,
            "archivo": solicitud.archivo, "clave_se": solicitud.clave_se, "notas": solicitud.notas,
            "datos": dict(solicitud.datos), "actualizado_en": ahora,
        }
        with self._escritura() as c:
            if solicitud.expediente_id is not None:
                self._exigir_expediente(c, solicitud.expediente_id)
            if solicitud.id is None:
                sid = int(c.execute(insert(solicitudes_molino).values(**fila, creado_en=ahora)).inserted_primary_key[0])
            else:
                sid = solicitud.id
                if c.execute(
                    update(solicitudes_molino).where(solicitudes_molino.c.id == sid).values(**fila)
                ).rowcount == 0:
                    raise NoEncontrado(f"No existe la solicitud de alta de molino {sid}.")
            return self._solicitudes(c, solicitudes_molino.c.id == sid)[0]

    def solicitudes_molino(self, *, expediente_id: int | None = None) -> list[SolicitudMolino]:
        """The mill registration requests (of one expediente, or all), most recently changed first."""
        cond = solicitudes_molino.c.expediente_id == expediente_id if expediente_id is not None else None
        with self._lectura() as c:
            return self._solicitudes(c, cond)

    def eliminar_solicitud_molino(self, solicitud_id: int) -> None:
        with self._escritura() as c:
            if c.execute(delete(solicitudes_molino).where(solicitudes_molino.c.id == solicitud_id)).rowcount == 0:
                raise NoEncontrado(f"No existe la solicitud de alta de molino {solicitud_id}.")

    @staticmethod
    def _solicitudes(c: Connection, cond: ColumnElement[bool] | None) -> list[SolicitudMolino]:
        s = solicitudes_molino.c
        q = select(s.id, s.expediente_id, s.aviso_clave, s.molino_nombre, s.pais, s.estado, s.enviada,
                   s.respuesta_esperada, s.archivo, s.clave_se, s.notas, s.datos, s.creado_en, s.actualizado_en)
        if cond is not None:
            q = q.where(cond)
        filas = c.execute(q.order_by(s.actualizado_en.desc(), s.id.desc())).all()
        return [
            SolicitudMolino(
                id=sid, expediente_id=eid, aviso_clave=aviso, molino_nombre=nombre, pais=pais, estado=estado,
                enviada=enviada, respuesta_esperada=esperada, archivo=archivo, clave_se=clave, notas=notas,
                datos=dict(datos or {}), creado_en=creado, actualizado_en=actualizado,
            )
            for (sid, eid, aviso, nombre, pais, estado, enviada, esperada, archivo, clave, notas, datos, creado,
                 actualizado) in filas
        ]

    # -- the main window's list -------------------------------------------------------------
    def listar_avisos(
        self, filtro: FiltroAvisos | None = None, *, desde: int = 0, limite: int | None = None
    ) -> list[FilaAviso]:
        """Rows for the main window, most recently changed first; ``desde``/``limite`` page them."""
        return self._listar(filtro or FiltroAvisos(), desde=desde, limite=limite)

    def contar_avisos(self, filtro: FiltroAvisos | None = None) -> int:
        q = (
            select(func.count()).select_from(avisos.join(expedientes, expedientes.c.id == avisos.c.expediente_id))
            .where(*self._condiciones(filtro or FiltroAvisos()))
        )
        with self._lectura() as c:
            return int(_compilar(c, q)[0][0])

    @staticmethod
    def _condiciones(filtro: FiltroAvisos, solo_eliminados: bool = False) -> list[ColumnElement[bool]]:
        a, e = avisos.c, expedientes.c
        conds: list[ColumnElement[bool]] = []
        if solo_eliminados:
            conds.append(a.eliminado_en.is_not(None))
        elif not filtro.incluir_eliminados:
            conds += [a.eliminado_en.is_(None), e.eliminado_en.is_(None)]
        if filtro.expediente_id is not None:
            conds.append(a.expediente_id == filtro.expediente_id)
        if filtro.estado is not None:
            conds.append(type_coerce(a.estado, Text) == EstadoAviso(filtro.estado).value)
        prefijo = filtro.fraccion.replace(".", "").strip()
        if prefijo:
            conds += [a.fraccion >= prefijo, a.fraccion < prefijo[:-1] + chr(ord(prefijo[-1]) + 1)]
        if filtro.desde is not None:
            # local midnight of that day, as the stored UTC text
            inicio = marca_texto(datetime.combine(filtro.desde, time.min).astimezone())
            conds.append(type_coerce(a.actualizado_en, Text) >= inicio)
        if filtro.hasta is not None:
            fin = marca_texto(datetime.combine(filtro.hasta + timedelta(days=1), time.min).astimezone())
            conds.append(type_coerce(a.actualizado_en, Text) < fin)
        ac, c, ap, p, f = aviso_certificados.c, certificados.c, aviso_partidas.c, partidas.c, facturas.c
        for palabra in palabras(filtro.texto):
            w = bindparam(None, palabra, type_=Text, unique=True)
            conds.append(or_(
                func.instr(a.busqueda, w) > 0,
                func.instr(e.busqueda, w) > 0,
                exists(
                    select(literal_column("1"))
                    .select_from(aviso_certificados.join(certificados, c.id == ac.certificado_id))
                    .where(ac.aviso_id == a.id, func.instr(c.busqueda, w) > 0)
                ),
                exists(
                    select(literal_column("1"))
                    .select_from(aviso_partidas.join(partidas, p.id == ap.partida_id)
                                 .join(facturas, f.id == p.factura_id))
                    .where(ap.aviso_id == a.id, func.instr(f.busqueda, w) > 0)
                ),
            ))
        return conds

    def _listar(
        self, filtro: FiltroAvisos, *, solo_eliminados: bool = False, desde: int = 0, limite: int | None = None
    ) -> list[FilaAviso]:
        a, e = avisos.c, expedientes.c
        q = (
            select(a.id, a.expediente_id, e.nombre, a.clave, a.estado, a.fraccion, a.nico, a.cantidad, a.umt,
                   a.valor_usd, a.descripcion, a.folio_vucem, a.numero_aviso, a.creado_en, a.actualizado_en,
                   a.eliminado_en)
            .select_from(avisos.join(expedientes, e.id == a.expediente_id))
            .where(*self._condiciones(filtro, solo_eliminados))
            .order_by(a.actualizado_en.desc(), a.id.desc())
        )
        if desde or limite is not None:
            q = q.limit(-1 if limite is None else max(limite, 0)).offset(max(desde, 0))
        with self._lectura() as c:
            filas = _compilar(c, q)
            if not filas:
                return []
            ids = json.dumps([f[0] for f in filas])
            certs: dict[int, list[tuple[str, str | None]]] = {}
            for aid, numero, fecha in _CERTS_DE_AVISOS.filas(c, ids=ids):
                certs.setdefault(aid, []).append((numero, fecha))
            provs: dict[int, list[str]] = {}
            for aid, proveedor in _PROVEEDORES_DE_AVISOS.filas(c, ids=ids):
                lista = provs.setdefault(aid, [])
                if proveedor and proveedor not in lista:
                    lista.append(proveedor)
        vacio: tuple[str, ...] = ()
        estados = _ESTADOS
        with _gc_en_pausa():
            return [
                FilaAviso(
                    aviso_id=aid, expediente_id=eid, expediente_nombre=enombre, clave=clave, estado=estados[estado],
                    fraccion=fraccion, nico=nico, cantidad=a_decimal(cantidad), umt=umt, valor_usd=a_decimal(valor),
                    descripcion=descripcion, folio_vucem=folio, numero_aviso=numero,
                    proveedores=tuple(provs[aid]) if aid in provs else vacio,
                    certificados=tuple(x[0] for x in certs[aid]) if aid in certs else vacio,
                    fecha_certificado=a_fecha(certs[aid][0][1]) if aid in certs else None,
                    creado_en=datetime.fromisoformat(creado), actualizado_en=datetime.fromisoformat(actualizado),
                    eliminado_en=a_marca(eliminado),
                )
                for (aid, eid, enombre, clave, estado, fraccion, nico, cantidad, umt, valor, descripcion, folio,
                     numero, creado, actualizado, eliminado) in filas
            ]


def _ids_json() -> Any:
    return select(func.json_each(bindparam("ids")).table_valued("value").c.value)


_CERTS_DE_AVISOS = _Consulta(
    select(aviso_certificados.c.aviso_id, certificados.c.numero, certificados.c.fecha_expedicion)
    .join(certificados, certificados.c.id == aviso_certificados.c.certificado_id)
    .where(aviso_certificados.c.aviso_id.in_(_ids_json()))
    .order_by(aviso_certificados.c.aviso_id, aviso_certificados.c.orden)
)
_PROVEEDORES_DE_AVISOS = _Consulta(
    select(aviso_partidas.c.aviso_id, facturas.c.proveedor)
    .select_from(aviso_partidas.join(partidas, partidas.c.id == aviso_partidas.c.partida_id)
                 .join(facturas, facturas.c.id == partidas.c.factura_id))
    .where(aviso_partidas.c.aviso_id.in_(_ids_json()))
    .order_by(aviso_partidas.c.aviso_id, aviso_partidas.c.orden)
)


@contextmanager
def _gc_en_pausa() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of records are built.

    They are all alive, so the collections that their allocation triggers (each one walking
    every object of the process) are pure waste; reference counting keeps working."""
    activo = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if activo:
            gc.enable()
