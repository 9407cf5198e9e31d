"""The local database of the Asistente: SQLite through SQLAlchemy 2, schema by Alembic.

Public API (everything else is internal)::

    from app.store import abrir_almacen, FiltroAvisos
    almacen = abrir_almacen(paths.base_datos, paths.respaldos)
    eid = almacen.guardar_expediente(expediente)
    filas = almacen.listar_avisos(FiltroAvisos(texto="yazici"), limite=200)

Every error is an :class:`ErrorAlmacen` whose ``str()`` is a Spanish message for the clerk.

Packaging note (PyInstaller): the Alembic scripts are read from the file system next to this
package (``app/store/migrations``). The spec must ship them as data, .py files included, e.g.
``datas += collect_data_files("app.store", include_py_files=True)``
(``from PyInstaller.utils.hooks import collect_data_files``).
"""

from .almacen import Almacen, abrir_almacen
from .errores import (
    BaseBloqueada,
    BaseDanada,
    BaseMasNueva,
    DatosInconsistentes,
    ErrorAlmacen,
    ErrorEscritura,
    EstadoNoPermitido,
    NoEncontrado,
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

__all__ = [
    "Almacen",
    "BaseBloqueada",
    "BaseDanada",
    "BaseMasNueva",
    "CambioEstado",
    "DatosInconsistentes",
    "ESTADOS_SOLICITUD",
    "ErrorAlmacen",
    "ErrorEscritura",
    "EstadoNoPermitido",
    "FilaAviso",
    "FiltroAvisos",
    "NoEncontrado",
    "ORIGEN_CAMBIO",
    "ORIGEN_GUARDADO",
    "ResumenExpediente",
    "SolicitudMolino",
    "abrir_almacen",
]
