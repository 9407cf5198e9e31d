"""Opening the file: migrations, backups, and the files the store must refuse."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from app.paths import Paths
from app.store import (
    BaseBloqueada,
    BaseDanada,
    BaseMasNueva,
    ErrorAlmacen,
    FiltroAvisos,
    abrir_almacen,
    migrar,
)
from app.store.modelos import Base

from .conftest import expediente_ejemplo


def _pragma(ruta: Path, pragma: str) -> object:
    con = sqlite3.connect(ruta)
    try:
        return con.execute(f"PRAGMA {pragma}").fetchone()[0]
    finally:
        con.close()


def _revision(ruta: Path) -> str:
    con = sqlite3.connect(ruta)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def _archivos(carpeta: Path) -> dict[str, bytes]:
    return {str(p.relative_to(carpeta)): p.read_bytes() for p in sorted(carpeta.rglob("*")) if p.is_file()}


def test_archivo_nuevo_queda_en_la_ultima_revision(tmp_path: Path) -> None:
    paths = Paths(datos=tmp_path / "datos", programa=tmp_path)  # folders not created yet
    with abrir_almacen(paths.base_datos, paths.respaldos) as a:
        assert a.respaldo is None
        assert a.listar_expedientes() == []
        con = a._motor.connect()
        try:
            pragmas = {p: con.exec_driver_sql(f"PRAGMA {p}").scalar() for p in
                       ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")}
        finally:
            con.close()
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": 1}
    assert _revision(paths.base_datos) == migrar.revision_head() == "0003"
    assert not paths.respaldos.exists()  # nothing to back up


def test_archivo_vacio_se_inicializa(tmp_path: Path) -> None:
    ruta = tmp_path / "vacio.sqlite3"
    ruta.touch()
    with abrir_almacen(ruta, tmp_path / "r") as a:
        assert a.listar_expedientes() == []
    assert _revision(ruta) == "0003"


def test_migraciones_dan_el_mismo_esquema_que_los_modelos(tmp_path: Path) -> None:
    ruta = tmp_path / "a.sqlite3"
    abrir_almacen(ruta, tmp_path / "r").cerrar()
    motor = create_engine(f"sqlite:///{ruta}")
    try:
        with motor.connect() as c:
            diferencias = compare_metadata(MigrationContext.configure(c, opts={"compare_type": True}), Base.metadata)
    finally:
        motor.dispose()
    assert diferencias == []


def _base_en_0001(ruta: Path) -> None:
    """A database written by the first version: schema 0001 and one notice."""
    migrar.actualizar(ruta, revision="0001")
    con = sqlite3.connect(ruta, isolation_level=None)
    try:
        con.execute(
            "INSERT INTO expedientes (id, nombre, formato, creado_en, actualizado_en) VALUES "
            "(1, 'Viejo', 'aaips-expediente/1', '2025-01-01T00:00:00.000000+00:00', "
            "'2025-01-01T00:00:00.000000+00:00')"
        )
        con.execute(
            "INSERT INTO avisos (expediente_id, orden, clave, fraccion, valor_usd, estado, creado_en, actualizado_en) "
            "VALUES (1, 0, 'A1', '72142099', '100.50', 'listo', '2025-01-01T00:00:00.000000+00:00', "
            "'2025-01-01T00:00:00.000000+00:00')"
        )
    finally:
        con.close()
    assert _revision(ruta) == "0001"


def test_actualizar_revision_vieja_hace_respaldo(tmp_path: Path) -> None:
    ruta, respaldos = tmp_path / "aaips.sqlite3", tmp_path / "respaldos"
    _base_en_0001(ruta)
    columnas = {r[1] for r in sqlite3.connect(ruta).execute("PRAGMA table_info(avisos)")}
    assert "ultima_pagina" not in columnas

    with abrir_almacen(ruta, respaldos) as a:
        (aviso, pagina) = a.cargar_aviso(1, "A1")
        assert (aviso.fraccion, str(aviso.valor_usd), aviso.estado.value, pagina) == ("72142099", "100.50", "listo", None)
        a.guardar_aviso(1, aviso, ultima_pagina=2)  # the new column works
        # 0002 filled the search text of the rows that were already there
        assert [f.clave for f in a.listar_avisos(FiltroAvisos(texto="7214"))] == ["A1"]
        assert [f.clave for f in a.listar_avisos(FiltroAvisos(texto="viejo"))] == ["A1"]
        assert a.respaldo is not None
        (respaldo,) = respaldos.iterdir()
    assert a.respaldo == respaldo
    assert _revision(ruta) == "0003"
    # aaips-YYYYmmdd-HHMMSS-<rev>.sqlite3, a complete database at the old revision with the data
    nombre = respaldo.name
    assert nombre.startswith("aaips-") and nombre.endswith("-0001.sqlite3")
    assert len(nombre) == len("aaips-20250101-000000-0001.sqlite3")
    assert _revision(respaldo) == "0001"
    assert _pragma(respaldo, "integrity_check") == "ok"
    assert _pragma(respaldo, "journal_mode") == "delete"  # one self-contained file
    con = sqlite3.connect(respaldo)
    assert con.execute("SELECT clave, valor_usd FROM avisos").fetchall() == [("A1", "100.50")]
    con.close()
    indices = {r[0] for r in sqlite3.connect(ruta).execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_avisos_actualizado_en" in indices
    # the next opening is at head: no new backup
    abrir_almacen(ruta, respaldos).cerrar()
    assert len(list(respaldos.iterdir())) == 1


def test_base_mas_nueva_se_rechaza_sin_tocarla(tmp_path: Path) -> None:
    carpeta = tmp_path / "datos"
    ruta = carpeta / "aaips.sqlite3"
    with abrir_almacen(ruta, carpeta / "respaldos") as a:
        a.guardar_expediente(expediente_ejemplo())
    con = sqlite3.connect(ruta, isolation_level=None)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.close()
    antes = _archivos(carpeta)
    with pytest.raises(BaseMasNueva) as e:
        abrir_almacen(ruta, carpeta / "respaldos")
    mensaje = str(e.value)
    assert "versión más nueva" in mensaje and "Actualice el programa" in mensaje and "no se modificó" in mensaje
    assert isinstance(e.value, ErrorAlmacen)
    assert _archivos(carpeta) == antes  # byte-identical, no backup, no -wal left


@pytest.mark.parametrize(
    "contenido",
    [
        b"Esto es una factura en texto, no una base de datos.\n" * 10,
        b"%PDF-1.7\n" + bytes(range(256)) * 8,
        b"SQLite format 3\x00" + b"\xff" * 4000,  # right header, garbage after it
    ],
)
def test_archivo_que_no_es_base_sqlite(tmp_path: Path, contenido: bytes) -> None:
    ruta = tmp_path / "aaips.sqlite3"
    ruta.write_bytes(contenido)
    with pytest.raises(BaseDanada) as e:
        abrir_almacen(ruta, tmp_path / "respaldos")
    assert "No se puede abrir la base de datos" in str(e.value) and "respaldo" in str(e.value)
    assert ruta.read_bytes() == contenido
    assert not (tmp_path / "respaldos").exists()


def test_base_sqlite_de_otro_programa(tmp_path: Path) -> None:
    ruta = tmp_path / "otra.sqlite3"
    con = sqlite3.connect(ruta)
    con.execute("CREATE TABLE clientes (id INTEGER)")
    con.commit()
    con.close()
    antes = ruta.read_bytes()
    with pytest.raises(BaseDanada, match="no del Asistente"):
        abrir_almacen(ruta, tmp_path / "respaldos")
    assert ruta.read_bytes() == antes


def _bloquear(ruta: Path) -> sqlite3.Connection:
    otra = sqlite3.connect(ruta, isolation_level=None)
    otra.execute("BEGIN EXCLUSIVE")
    return otra


def test_base_bloqueada_al_guardar(tmp_path: Path) -> None:
    ruta = tmp_path / "aaips.sqlite3"
    exp = expediente_ejemplo()
    with abrir_almacen(ruta, tmp_path / "r") as a:
        eid = a.guardar_expediente(exp)
    otra = _bloquear(ruta)
    try:
        a = abrir_almacen(ruta, tmp_path / "r", espera_bloqueo_s=0.2)
        cambiado = replace(exp.avisos[0], observaciones="cambio")
        t0 = time.monotonic()
        with pytest.raises(BaseBloqueada) as e:
            a.guardar_aviso(eid, cambiado)
        assert time.monotonic() - t0 < 2.0
        assert "Cierre la otra ventana" in str(e.value) and "No se perdió nada" in str(e.value)
        with pytest.raises(BaseBloqueada):
            a.cambiar_estado(eid, "A1", "listo")
        assert a.cargar_expediente(eid) == exp  # reading still works (WAL)
    finally:
        otra.execute("ROLLBACK")
        otra.close()
    a.guardar_aviso(eid, cambiado)  # retry after the other window closed
    assert a.cargar_expediente(eid) == exp.con_aviso(cambiado)
    a.cerrar()


def test_base_bloqueada_al_actualizar_el_esquema(tmp_path: Path) -> None:
    ruta = tmp_path / "aaips.sqlite3"
    _base_en_0001(ruta)
    otra = _bloquear(ruta)
    try:
        with pytest.raises(BaseBloqueada):
            abrir_almacen(ruta, tmp_path / "r", espera_bloqueo_s=0.2)
    finally:
        otra.execute("ROLLBACK")
        otra.close()
    assert _revision(ruta) == "0001"  # nothing half-done
    with abrir_almacen(ruta, tmp_path / "r") as a:
        assert a.cargar_aviso(1, "A1")[0].fraccion == "72142099"


def test_script_location_no_depende_del_directorio_actual(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert not (tmp_path / "alembic.ini").exists()
    with abrir_almacen(Path("relativa.sqlite3"), Path("respaldos")) as a:
        assert a.listar_expedientes() == []
    assert (tmp_path / "relativa.sqlite3").exists()
    assert os.path.isabs(migrar.MIGRACIONES)


def test_archivo_danado_despues_de_abrir(tmp_path: Path) -> None:
    """A file damaged while the program runs gives the clerk's message, not a traceback."""
    ruta = tmp_path / "aaips.sqlite3"
    with abrir_almacen(ruta, tmp_path / "r") as a:
        eid = a.guardar_expediente(expediente_ejemplo())
    a = abrir_almacen(ruta, tmp_path / "r")
    try:
        a._motor.dispose()  # no page cached anywhere
        datos = bytearray(ruta.read_bytes())
        datos[4096:] = b"\x00\xff" * ((len(datos) - 4096) // 2)  # every page after the first
        ruta.write_bytes(bytes(datos))
        with pytest.raises(BaseDanada):
            a.cargar_expediente(eid)
    finally:
        a.cerrar()
