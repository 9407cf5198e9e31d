"""Composition root of the desktop application: Paths -> settings -> store -> catalogs -> window.

``ejecutar_gui(paths, argv)`` is what ``aaips gui`` (and ``aaips`` with no verb) calls. Errors
opening the database are shown as a Spanish message box, never as a traceback; any unexpected
error later is written to ``errores.log`` in the data folder and explained in a dialog, after
saving whatever the open windows hold.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from types import TracebackType

from app.paths import Paths
from app.ui.aplicacion import construir_ventana, crear_aplicacion

__all__ = ["construir_ventana", "crear_aplicacion", "ejecutar_gui", "instalar_manejador_errores"]

#: Smoke test of the installed bundle (tests/instalador): with ``AAIPS_SALIR_TRAS_MS=N`` the program
#: prints «aaips: ventana pintada» on stderr when the main window first paints and quits N ms later.
ENV_SALIR_TRAS_MS = "AAIPS_SALIR_TRAS_MS"


def _salir_tras_pintar(app, ventana) -> None:  # noqa: ANN001 - QApplication, VentanaPrincipal
    valor = os.environ.get(ENV_SALIR_TRAS_MS, "").strip()
    if not valor.isdigit():
        return
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PrimeraPintura(QObject):
        def eventFilter(self, objeto, evento):  # noqa: ANN001, N802 - Qt's signature
            if evento.type() == QEvent.Type.Paint:
                ventana.removeEventFilter(self)
                if sys.stderr is not None:  # None in the windowed Windows executable
                    print("aaips: ventana pintada", file=sys.stderr, flush=True)
                QTimer.singleShot(int(valor), app.quit)
            return False

    ventana.installEventFilter(PrimeraPintura(ventana))


def instalar_manejador_errores(paths: Paths, ventana_de=lambda: None) -> None:
    """``sys.excepthook``: log to errores.log, save the open wizards, explain in Spanish."""
    from app.errores import registrar_error

    def manejador(tipo: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(tipo, KeyboardInterrupt):
            sys.__excepthook__(tipo, error, tb)
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        ruta = registrar_error(paths, error)
        ventana = ventana_de()
        if ventana is not None:
            try:
                ventana.guardar_todo()
            except Exception:  # noqa: BLE001 - already handling an error
                pass
        try:
            from PySide6.QtCore import QCoreApplication

            from app.ui import dialogos

            dialogos.error(
                ventana, QCoreApplication.translate("main", "Error inesperado"),
                QCoreApplication.translate(
                    "main",
                    "Ocurrió un error inesperado ({tipo}). Lo que ya estaba guardado no se perdió y los avisos "
                    "abiertos se guardaron. Si vuelve a ocurrir, envíe a soporte el archivo:\n{ruta}",
                ).format(tipo=tipo.__name__, ruta=ruta),
                detalle=f"{tipo.__name__}: {error}",
            )
        except Exception:  # noqa: BLE001 - no dialog possible: the log has it
            sys.__excepthook__(tipo, error, tb)

    sys.excepthook = manejador


def ejecutar_gui(paths: Paths, argv: Sequence[str] | None = None) -> int:
    """Open the main window and run the event loop; returns the exit code."""
    from PySide6.QtCore import QCoreApplication

    from app.store import ErrorAlmacen
    from app.ui import dialogos

    app = crear_aplicacion(argv)
    try:
        ventana = construir_ventana(paths, app)
    except ErrorAlmacen as e:
        dialogos.error(None, QCoreApplication.translate("main", "No se pudo abrir la base de datos"), str(e))
        return 1
    except OSError as e:
        dialogos.error(None, QCoreApplication.translate("main", "No se pudo abrir la carpeta de datos"),
                       QCoreApplication.translate("main", "No se pudo usar la carpeta {ruta}: {error}").format(
                           ruta=paths.datos, error=e.strerror or e))
        return 1
    anterior = sys.excepthook
    instalar_manejador_errores(paths, lambda: ventana)
    try:
        _salir_tras_pintar(app, ventana)
        ventana.show()
        if ventana.servicios.ajustes.ruta_tesseract:  # a Tesseract chosen in Preferencias › OCR
            from PySide6.QtCore import QTimer

            from app.ui.preferencias import aplicar_tesseract

            QTimer.singleShot(0, lambda: aplicar_tesseract(ventana.servicios.ajustes.ruta_tesseract))
        return int(app.exec())
    finally:
        sys.excepthook = anterior
        ventana.servicios.almacen.cerrar()
