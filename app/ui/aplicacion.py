"""Building the application object and the main window (used by ``app.main``, the screenshots
and the benchmark): settings -> translations -> store -> catalogs -> window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from app import APP_ID, APP_NAME, __version__
from app.paths import Paths


def crear_aplicacion(argv: Sequence[str] | None = None):
    """The QApplication (reused if one exists), with name, icon and style."""
    from PySide6.QtWidgets import QApplication

    from app.ui import estilo

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or [sys.argv[0] if sys.argv else APP_ID]))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setWindowIcon(estilo.icono("app"))
    estilo.aplicar_estilo(app)
    return app


def construir_ventana(paths: Paths, app: Any = None, *, almacen: Any = None, hoy=date.today):
    """Build the main window on ``paths`` (opening the store unless one is given).

    Raises :class:`app.store.ErrorAlmacen` if the database cannot be opened."""
    from app.catalog_files import cargar_catalogos
    from app.store import abrir_almacen
    from app.ui import traducciones
    from app.ui.ajustes import Ajustes
    from app.ui.servicios import Servicios
    from app.ui.ventana import VentanaPrincipal

    paths.crear()
    ajustes = Ajustes(paths.configuracion)
    if app is not None:
        traducciones.quitar(app, getattr(app, "_aaips_traductores", []))
        app._aaips_traductores = traducciones.instalar(app, ajustes.idioma, paths.recursos)  # keep them alive
    if almacen is None:
        almacen = abrir_almacen(paths.base_datos, paths.respaldos)
    catalogos, estados = cargar_catalogos(paths)
    servicios = Servicios(paths=paths, almacen=almacen, catalogos=catalogos, ajustes=ajustes,
                          estados_catalogos=estados, hoy=hoy)
    return VentanaPrincipal(servicios)
