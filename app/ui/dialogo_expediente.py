"""Dialog to create an expediente (one import operation) with its importer and date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class DatosExpediente:
    nombre: str
    rfc: str
    importador: str
    fecha_preparacion: date


class DialogoExpediente(QDialog):
    def __init__(self, hoy: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nuevo expediente"))
        self.setObjectName("dialogoExpediente")
        v = QVBoxLayout(self)
        v.addWidget(QLabel(self.tr("Un expediente reúne una operación de importación: facturas, certificados y sus avisos.")))
        form = QFormLayout()
        self.nombre = QLineEdit()
        self.nombre.setObjectName("nombreExpediente")
        self.nombre.setPlaceholderText(self.tr("p. ej. Varilla Turquía, pedido 4512"))
        self.rfc = QLineEdit()
        self.rfc.setObjectName("rfcImportador")
        self.rfc.setMaxLength(13)
        self.rfc.setPlaceholderText("AAA010101AAA")
        self.importador = QLineEdit()
        self.importador.setObjectName("nombreImportador")
        self.fecha = QDateEdit(QDate(hoy.year, hoy.month, hoy.day))
        self.fecha.setObjectName("fechaPreparacion")
        self.fecha.setCalendarPopup(True)
        self.fecha.setDisplayFormat("dd/MM/yyyy")
        for etiqueta, w in ((self.tr("&Nombre:"), self.nombre), (self.tr("&RFC del importador:"), self.rfc),
                            (self.tr("Nombre del &importador:"), self.importador),
                            (self.tr("&Fecha de preparación:"), self.fecha)):
            et = QLabel(etiqueta)
            et.setBuddy(w)
            form.addRow(et, w)
        v.addLayout(form)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        botones.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Crear"))
        botones.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        v.addWidget(botones)
        self.resize(520, self.sizeHint().height())

    def datos(self) -> DatosExpediente:
        d = self.fecha.date()
        return DatosExpediente(nombre=self.nombre.text().strip() or self.tr("Expediente sin nombre"),
                               rfc=self.rfc.text().strip().upper(), importador=self.importador.text().strip(),
                               fecha_preparacion=date(d.year(), d.month(), d.day()))


def pedir_expediente(padre: QWidget | None, hoy: date) -> DatosExpediente | None:
    """Ask for a new expediente's data; ``None`` if cancelled. (Tests replace this function.)"""
    dialogo = DialogoExpediente(hoy, padre)
    return dialogo.datos() if dialogo.exec() == QDialog.DialogCode.Accepted else None
