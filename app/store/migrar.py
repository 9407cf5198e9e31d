"""Opening the database file safely: check it, back it up, bring its schema to head.

Order (nothing is written before the checks pass):

1. a non-empty file must start with the SQLite header, else :class:`BaseDanada`;
2. its Alembic revision is read with a plain ``sqlite3`` connection that writes nothing;
   a revision this program does not know -> :class:`BaseMasNueva` (the file is not touched);
   tables but no ``alembic_version`` -> :class:`BaseDanada` (not a database of the Asistente);
3. an existing database behind head is copied to
   ``respaldos/aaips-YYYYmmdd-HHMMSS-<rev>.sqlite3`` with the sqlite3 backup API
   (consistent even in WAL mode);
4. the migrations run in ONE ``BEGIN IMMEDIATE`` transaction with foreign keys off (batch
   migrations recreate tables), followed by ``PRAGMA foreign_key_check``: all or nothing.

The migration scripts are found next to this module (``migrations/``), never through the
current directory or an alembic.ini, so this also works from a PyInstaller bundle as long as
the bundle ships ``app/store/migrations`` as data (see the note in ``app/store/__init__.py``).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import NullPool

from .errores import BaseBloqueada, BaseDanada, BaseMasNueva, ErrorAlmacen, ErrorEscritura

MIGRACIONES = Path(__file__).resolve().parent / "migrations"
CABECERA_SQLITE = b"SQLite format 3\x00"


def config_alembic(conexion: Any = None) -> Config:
    """An Alembic configuration without alembic.ini; ``conexion`` goes to env.py."""
    cfg = Config()
    # ConfigParser interpolation: a '%' in the folder name must be doubled.
    cfg.set_main_option("script_location", str(MIGRACIONES).replace("%", "%%"))
    if conexion is not None:
        cfg.attributes["connection"] = conexion
    return cfg


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(config_alembic())


def revision_head() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def revision_conocida(revision: str) -> bool:
    try:
        return _scripts().get_revision(revision) is not None
    except CommandError:
        return False


# ------------------------------------------------------------------------------------------
# sqlite3 errors -> clerk's errors


def traducir_error(ruta: Path, error: BaseException) -> ErrorAlmacen | None:
    """The :class:`ErrorAlmacen` for a ``sqlite3`` error, or None if it is not one we know."""
    nombre = getattr(error, "sqlite_errorname", "") or ""
    texto = str(error).lower()
    if nombre.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in texto:
        return BaseBloqueada(ruta)
    if nombre.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in texto or "malformed" in texto:
        return BaseDanada(ruta, "el archivo está dañado o no es una base de datos del Asistente")
    if nombre.startswith("SQLITE_FULL"):
        return ErrorEscritura(ruta, "el disco está lleno")
    if nombre.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH")):
        return ErrorEscritura(ruta, "el archivo o su carpeta no permiten escribir (permisos o solo lectura)")
    if nombre.startswith("SQLITE_IOERR"):
        return ErrorEscritura(ruta, "el sistema operativo no pudo leer o escribir el archivo")
    return None


def _sqlite3(ruta: Path, espera_s: float) -> sqlite3.Connection:
    """Plain connection to an EXISTING file (``mode=rw``: never creates one)."""
    con = sqlite3.connect(f"{ruta.resolve().as_uri()}?mode=rw", uri=True, timeout=espera_s, isolation_level=None)
    con.execute(f"PRAGMA busy_timeout = {int(espera_s * 1000)}")
    return con


def _revisar_cabecera(ruta: Path) -> None:
    try:
        with ruta.open("rb") as f:
            cabecera = f.read(len(CABECERA_SQLITE))
    except OSError as e:
        raise BaseDanada(ruta, f"no se pudo leer ({e.strerror or e})") from e
    if cabecera != CABECERA_SQLITE:
        raise BaseDanada(ruta, "no es una base de datos SQLite")


def revision_actual(ruta: Path, espera_s: float = 5.0) -> str | None:
    """The Alembic revision of an existing file, None for a database without tables.

    Reads only: the file stays byte-identical."""
    _revisar_cabecera(ruta)
    try:
        con = _sqlite3(ruta, espera_s)
        try:
            tablas = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tablas:
                return None
            if "alembic_version" not in tablas:
                raise BaseDanada(ruta, "es una base de datos SQLite, pero no del Asistente AAIPS")
            filas = con.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            con.close()
    except sqlite3.Error as e:
        raise (traducir_error(ruta, e) or BaseDanada(ruta, f"no se pudo leer ({e})")) from e
    if len(filas) != 1:
        raise BaseDanada(ruta, "su registro de versión del esquema está dañado")
    return str(filas[0][0])


# ------------------------------------------------------------------------------------------
# backup


def respaldar(ruta: Path, respaldos: Path, revision: str, espera_s: float = 5.0) -> Path:
    """Copy ``ruta`` to ``respaldos/aaips-YYYYmmdd-HHMMSS-<revision>.sqlite3`` (backup API)."""
    respaldos.mkdir(parents=True, exist_ok=True)
    sello = datetime.now().strftime("%Y%m%d-%H%M%S")
    destino = respaldos / f"aaips-{sello}-{revision}.sqlite3"
    n = 1
    while destino.exists():
        n += 1
        destino = respaldos / f"aaips-{sello}-{revision}-{n}.sqlite3"
    parcial = destino.with_name(destino.name + ".parcial")
    try:
        origen = _sqlite3(ruta, espera_s)
        try:
            copia = sqlite3.connect(parcial, isolation_level=None)
            try:
                origen.backup(copia)
                # A single self-contained file, whatever the journal mode of the original.
                copia.execute("PRAGMA journal_mode = DELETE")
            finally:
                copia.close()
        finally:
            origen.close()
        os.replace(parcial, destino)
    except sqlite3.Error as e:
        parcial.unlink(missing_ok=True)
        raise (traducir_error(ruta, e) or ErrorEscritura(respaldos, f"no se pudo hacer el respaldo ({e})")) from e
    except OSError as e:
        parcial.unlink(missing_ok=True)
        raise ErrorEscritura(respaldos, f"no se pudo hacer el respaldo ({e.strerror or e})") from e
    return destino


# ------------------------------------------------------------------------------------------
# migration


def motor_migracion(ruta: Path, espera_s: float) -> Engine:
    """Engine for migrations: driver autocommit, ``BEGIN IMMEDIATE``, foreign keys OFF."""
    motor = create_engine(URL.create("sqlite+pysqlite", database=str(ruta)), poolclass=NullPool)

    @event.listens_for(motor, "connect")
    def _conectar(dbapi: Any, _registro: Any) -> None:
        dbapi.isolation_level = None
        dbapi.execute(f"PRAGMA busy_timeout = {int(espera_s * 1000)}")
        dbapi.execute("PRAGMA foreign_keys = OFF")
        dbapi.execute("PRAGMA journal_mode = WAL")

    @event.listens_for(motor, "begin")
    def _empezar(conexion: Any) -> None:
        conexion.exec_driver_sql("BEGIN IMMEDIATE")

    return motor


def actualizar(ruta: Path, espera_s: float = 5.0, revision: str = "head") -> None:
    """Upgrade the schema to ``revision`` in one transaction (all or nothing)."""
    motor = motor_migracion(ruta, espera_s)
    try:
        with motor.connect() as conexion:
            with conexion.begin():
                command.upgrade(config_alembic(conexion), revision)
                rotas = conexion.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if rotas:
                    raise BaseDanada(ruta, f"la actualización dejó {len(rotas)} referencias rotas; no se aplicó")
    finally:
        motor.dispose()


def preparar(ruta: Path, respaldos: Path, espera_s: float = 5.0) -> Path | None:
    """Steps 1-4 of the module doc. Returns the backup made, if any."""
    from sqlalchemy.exc import DBAPIError

    head = revision_head()
    existe = ruta.exists() and ruta.stat().st_size > 0
    actual = revision_actual(ruta, espera_s) if existe else None
    if actual == head:
        return None
    if actual is not None and not revision_conocida(actual):
        raise BaseMasNueva(ruta, actual)
    respaldo = respaldar(ruta, respaldos, actual, espera_s) if actual is not None else None
    ruta.parent.mkdir(parents=True, exist_ok=True)
    try:
        actualizar(ruta, espera_s)
    except DBAPIError as e:
        raise (traducir_error(ruta, e.orig) or ErrorEscritura(ruta, f"no se pudo actualizar ({e.orig})")) from e
    except sqlite3.Error as e:
        raise (traducir_error(ruta, e) or ErrorEscritura(ruta, f"no se pudo actualizar ({e})")) from e
    return respaldo
