"""Errors of the local database. ``str()`` of each one is a Spanish message for the clerk that
says what happened and what to do; the technical cause stays in ``__cause__``."""

from __future__ import annotations

from pathlib import Path

from app.domain.estado import CambioEstadoInvalido


class ErrorAlmacen(Exception):
    """Base of every error of :mod:`app.store`."""


class BaseDanada(ErrorAlmacen):
    """The file is not a SQLite database of the Asistente, or it is damaged."""

    def __init__(self, ruta: Path, detalle: str = ""):
        self.ruta = ruta
        motivo = detalle or "no es una base de datos SQLite o está dañado"
        super().__init__(
            f"No se puede abrir la base de datos «{ruta}»: {motivo}. "
            "No se modificó el archivo. Restaure un respaldo de la carpeta «respaldos» "
            "o elija otra carpeta de datos."
        )


class BaseMasNueva(ErrorAlmacen):
    """The database was written by a newer version of the program."""

    def __init__(self, ruta: Path, revision: str):
        self.ruta = ruta
        self.revision = revision
        super().__init__(
            f"La base de datos «{ruta}» fue creada por una versión más nueva del Asistente AAIPS "
            f"(esquema {revision}). Actualice el programa para abrirla. El archivo no se modificó."
        )


class BaseBloqueada(ErrorAlmacen):
    """Another process holds a write lock on the database longer than the busy timeout."""

    def __init__(self, ruta: Path):
        self.ruta = ruta
        super().__init__(
            f"La base de datos «{ruta}» está ocupada por otra ventana del Asistente o por otro programa. "
            "Cierre la otra ventana (o espere a que termine) y vuelva a intentarlo. No se perdió nada: "
            "lo que ya estaba guardado sigue igual."
        )


class ErrorEscritura(ErrorAlmacen):
    """The disk is full, the file is read-only or the operating system refused the write."""

    def __init__(self, ruta: Path, detalle: str):
        self.ruta = ruta
        super().__init__(
            f"No se pudo escribir en la base de datos «{ruta}»: {detalle}. "
            "Lo que ya estaba guardado sigue igual; resuelva el problema y vuelva a intentarlo."
        )


class NoEncontrado(ErrorAlmacen):
    """The expediente or notice asked for is not in the database (or is in the recycle bin)."""


class DatosInconsistentes(ErrorAlmacen):
    """What was to be saved refers to something that does not exist, or repeats an id.

    Nothing was written."""


class EstadoNoPermitido(ErrorAlmacen, CambioEstadoInvalido):
    """A status change the life cycle refuses (also a :class:`CambioEstadoInvalido`)."""
