"""Every question and message box of the program goes through these functions.

Widgets call them as ``dialogos.confirmar(...)`` (module attribute), so a test can replace one
with ``monkeypatch.setattr(dialogos, "confirmar", lambda *a, **k: True)`` and no modal box ever
blocks the test run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def informar(padre: QWidget | None, titulo: str, texto: str) -> None:
    QMessageBox.information(padre, titulo, texto)


def advertir(padre: QWidget | None, titulo: str, texto: str) -> None:
    QMessageBox.warning(padre, titulo, texto)


def error(padre: QWidget | None, titulo: str, texto: str, detalle: str = "") -> None:
    caja = QMessageBox(QMessageBox.Icon.Critical, titulo, texto, QMessageBox.StandardButton.Ok, padre)
    if detalle:
        caja.setDetailedText(detalle)
    caja.exec()


def confirmar(padre: QWidget | None, titulo: str, texto: str, boton_si: str = "") -> bool:
    caja = QMessageBox(QMessageBox.Icon.Question, titulo, texto, QMessageBox.StandardButton.NoButton, padre)
    si = caja.addButton(boton_si or QCoreApplication.translate("dialogos", "&Sí"), QMessageBox.ButtonRole.AcceptRole)
    no = caja.addButton(QCoreApplication.translate("dialogos", "&Cancelar"), QMessageBox.ButtonRole.RejectRole)
    caja.setDefaultButton(no)
    caja.setEscapeButton(no)
    caja.exec()
    return caja.clickedButton() is si


def pedir_texto(padre: QWidget | None, titulo: str, etiqueta: str, texto: str = "") -> str | None:
    valor, ok = QInputDialog.getText(padre, titulo, etiqueta, QLineEdit.EchoMode.Normal, texto)
    return valor if ok else None


def pedir_contrasena(padre: QWidget | None, titulo: str, etiqueta: str) -> str | None:
    """A password, typed without showing it."""
    valor, ok = QInputDialog.getText(padre, titulo, etiqueta, QLineEdit.EchoMode.Password)
    return valor if ok else None


def elegir_opcion(padre: QWidget | None, titulo: str, etiqueta: str, opciones: list[str]) -> int | None:
    """Index of the chosen option, or ``None``."""
    if not opciones:
        return None
    valor, ok = QInputDialog.getItem(padre, titulo, etiqueta, opciones, 0, False)
    return opciones.index(valor) if ok and valor in opciones else None


def elegir_archivo_abrir(padre: QWidget | None, titulo: str, carpeta: str, filtro: str) -> Path | None:
    ruta, _ = QFileDialog.getOpenFileName(padre, titulo, carpeta, filtro)
    return Path(ruta) if ruta else None


def elegir_archivo_guardar(padre: QWidget | None, titulo: str, ruta_sugerida: str, filtro: str) -> Path | None:
    ruta, _ = QFileDialog.getSaveFileName(padre, titulo, ruta_sugerida, filtro)
    return Path(ruta) if ruta else None


def elegir_carpeta(padre: QWidget | None, titulo: str, carpeta: str) -> Path | None:
    ruta = QFileDialog.getExistingDirectory(padre, titulo, carpeta)
    return Path(ruta) if ruta else None


def elegir_impresora(padre: QWidget | None, impresora) -> bool:  # noqa: ANN001 - a QPrinter
    """The system print dialog on ``impresora`` (a ``QPrinter``); True when the clerk chose «Imprimir»."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialogo = QPrintDialog(impresora, padre)
    dialogo.setWindowTitle(QCoreApplication.translate("dialogos", "Imprimir"))
    return dialogo.exec() == QDialog.DialogCode.Accepted
