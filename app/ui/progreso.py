"""A progress window for slow work that runs off the UI thread (see :mod:`app.ui.operaciones`).

``con_progreso(padre, operaciones, titulo, texto, funcion, al_terminar, al_fallar)`` runs
``funcion(avanzar)`` on a worker thread and shows a window-modal progress dialog that appears
only if the work lasts more than half a second; «Cancelar» stops the work at its next step (the
worker gets :class:`~app.ui.operaciones.Cancelada`, and ``al_fallar`` receives it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.operaciones import Avance, Operaciones


class Progreso(QProgressDialog):
    def __init__(self, padre: QWidget | None, titulo: str, texto: str):
        super().__init__(texto, self.tr("Cancelar"), 0, 0, padre)
        self.setObjectName("progreso")
        self.setWindowTitle(titulo)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(500)
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumWidth(420)
        self.avance: Avance | None = None
        self.canceled.connect(self._cancelar)

    def _cancelar(self) -> None:
        if self.avance is not None:
            self.avance.cancelar()
        self.setLabelText(self.tr("Cancelando…"))

    def avanzar(self, hechos: int, total: int) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(hechos, total))

    def terminar(self) -> None:
        self.canceled.disconnect(self._cancelar)
        self.reset()
        self.close()
        self.deleteLater()


def con_progreso(padre: QWidget | None, operaciones: Operaciones, titulo: str, texto: str,
                 funcion: Callable[[Avance], Any], al_terminar: Callable[[Any], None],
                 al_fallar: Callable[[BaseException], None]) -> Progreso:
    dialogo = Progreso(padre, titulo, texto)

    def fin(resultado: Any) -> None:
        dialogo.terminar()
        al_terminar(resultado)

    def fallo(error: BaseException) -> None:
        dialogo.terminar()
        al_fallar(error)

    dialogo.avance = operaciones.ejecutar_con_avance(funcion, fin, fallo, dialogo.avanzar)
    return dialogo
