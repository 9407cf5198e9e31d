"""Running slow work (reading files, parsing, writing exports) off the UI thread.

Like Anki's operations: ``ejecutar(funcion, al_terminar, al_fallar)`` runs ``funcion()`` on a
worker thread and delivers its result (or exception) back on the UI thread. The pool belongs to
the window; ``esperar()`` is called when it closes, so no thread outlives it.

``ejecutar_con_avance(funcion, al_terminar, al_fallar, al_avanzar)`` is the same for work that
reports progress: ``funcion(avanzar)`` calls ``avanzar(hechos, total)``, which reaches
``al_avanzar`` on the UI thread; after :meth:`Avance.cancelar` the next ``avanzar`` raises
:class:`Cancelada` inside the worker, so the work stops where it is (and ``al_fallar`` gets it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Senales(QObject):
    terminado = Signal(object)
    fallado = Signal(object)
    avance = Signal(int, int)


class Cancelada(Exception):
    """The clerk cancelled a slow operation; nothing half-done is left."""


class Avance:
    """What a worker calls to report progress; the UI calls :meth:`cancelar`."""

    def __init__(self, senales: _Senales):
        self._senales = senales
        self.cancelada = False

    def __call__(self, hechos: int, total: int) -> bool:
        if self.cancelada:
            raise Cancelada()
        self._senales.avance.emit(int(hechos), int(total))
        return True

    def cancelar(self) -> None:
        self.cancelada = True


class _Tarea(QRunnable):
    def __init__(self, funcion: Callable[[], Any], senales: _Senales):
        super().__init__()
        self.setAutoDelete(True)
        self._funcion = funcion
        self._senales = senales

    def run(self) -> None:
        try:
            resultado = self._funcion()
        except BaseException as e:  # noqa: BLE001 - delivered to the UI thread, never lost
            self._senales.fallado.emit(e)
        else:
            self._senales.terminado.emit(resultado)


class Operaciones(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._pool.setExpiryTimeout(2000)
        self._vivas: set[_Senales] = set()

    def ejecutar(self, funcion: Callable[[], Any], al_terminar: Callable[[Any], None],
                 al_fallar: Callable[[BaseException], None]) -> None:
        self._lanzar(lambda _avance: funcion(), _Senales(), al_terminar, al_fallar)

    def ejecutar_con_avance(self, funcion: Callable[[Avance], Any], al_terminar: Callable[[Any], None],
                            al_fallar: Callable[[BaseException], None],
                            al_avanzar: Callable[[int, int], None] | None = None) -> Avance:
        """Like :meth:`ejecutar`, for ``funcion(avanzar)``; returns the :class:`Avance` (to cancel)."""
        senales = _Senales()
        if al_avanzar is not None:
            senales.avance.connect(al_avanzar)
        return self._lanzar(funcion, senales, al_terminar, al_fallar)

    def _lanzar(self, funcion: Callable[[Avance], Any], senales: _Senales, al_terminar: Callable[[Any], None],
                al_fallar: Callable[[BaseException], None]) -> Avance:
        # ``senales`` lives in the UI thread, so its signals arrive there (queued); it is kept alive
        # until the task reports.
        avance = Avance(senales)
        self._vivas.add(senales)

        def fin(resultado: Any) -> None:
            self._vivas.discard(senales)
            al_terminar(resultado)

        def fallo(error: BaseException) -> None:
            self._vivas.discard(senales)
            al_fallar(error)

        senales.terminado.connect(fin)
        senales.fallado.connect(fallo)
        self._pool.start(_Tarea(lambda: funcion(avance), senales))
        return avance

    def activas(self) -> int:
        return len(self._vivas)

    def esperar(self, ms: int = 30000) -> bool:
        """Wait for running work; True when none is left."""
        ok = self._pool.waitForDone(ms)
        self._pool.clear()
        return ok
