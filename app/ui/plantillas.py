"""«Plantillas de molinos…»: what the program learned about each mill's certificates.

Lists the templates in ``paths.plantillas`` (one JSON per mill, written by the certificate
review when the clerk corrects a value) and shares them with colleagues: export to a ``.zip``
(or one ``.json``) and import, merging with what is already there (per field, the rule learned
last wins). All through :mod:`app.ui.dialogos`; the files are small, so no background work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.extract.plantillas import (
    ErrorPlantilla,
    Plantilla,
    cargar_plantillas,
    combinar,
    eliminar_plantilla,
    exportar,
    guardar_plantilla,
    importar,
)
from app.ui import dialogos
from app.ui.asistente.base import nota
from app.ui.revision_certificado import nombres_campos
from app.ui.tablas import tabla_de_lectura

ROL_CLAVE = Qt.ItemDataRole.UserRole


class DialogoPlantillas(QDialog):
    def __init__(self, servicios, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dialogoPlantillas")
        self.servicios = servicios
        self.carpeta = Path(servicios.paths.plantillas)
        self.setWindowTitle(self.tr("Plantillas de molinos"))
        v = QVBoxLayout(self)
        v.addWidget(nota(self.tr(
            "Cuando corrige un dato al revisar un certificado leído, el programa recuerda dónde lo pone ese molino "
            "y lo busca ahí la próxima vez. Aquí puede compartir lo aprendido con sus colegas (Exportar / Importar) "
            "o borrar lo de un molino."), "nota-info", "info"))
        self.tabla = tabla_de_lectura("tablaPlantillas", [self.tr("Molino"), self.tr("Datos aprendidos"),
                                                          self.tr("Actualizada")],
                                      estirar=1, seleccion=QAbstractItemView.SelectionMode.ExtendedSelection)
        v.addWidget(self.tabla, 1)
        botones = QHBoxLayout()
        self.b_exportar = QPushButton(self.tr("&Exportar…"))
        self.b_exportar.setToolTip(self.tr("Las seleccionadas, o todas si no hay selección, a un archivo .zip o .json"))
        self.b_importar = QPushButton(self.tr("&Importar…"))
        self.b_eliminar = QPushButton(self.tr("E&liminar"))
        cerrar = QPushButton(self.tr("&Cerrar"))
        for b in (self.b_exportar, self.b_importar, self.b_eliminar, cerrar):
            b.setAutoDefault(False)
        self.b_exportar.clicked.connect(self.exportar)
        self.b_importar.clicked.connect(self.importar)
        self.b_eliminar.clicked.connect(self.eliminar)
        cerrar.clicked.connect(self.accept)
        botones.addWidget(self.b_exportar)
        botones.addWidget(self.b_importar)
        botones.addWidget(self.b_eliminar)
        botones.addStretch(1)
        botones.addWidget(cerrar)
        v.addLayout(botones)
        self.tabla.itemSelectionChanged.connect(self._botones)
        self.resize(760, 420)
        self.refrescar()

    def refrescar(self) -> None:
        self.plantillas: list[Plantilla] = sorted(cargar_plantillas(self.carpeta), key=lambda p: p.nombre.lower())
        self.tabla.setRowCount(len(self.plantillas))
        for i, p in enumerate(self.plantillas):
            nombre = QTableWidgetItem(p.nombre)
            nombre.setData(ROL_CLAVE, p.clave)
            nombre.setToolTip(self.tr("Archivo: {archivo}").format(archivo=f"{p.clave}.json"))
            self.tabla.setItem(i, 0, nombre)
            nombres = nombres_campos()
            self.tabla.setItem(i, 1, QTableWidgetItem(", ".join(nombres.get(c, c) for c in p.campos_aprendidos())))
            self.tabla.setItem(i, 2, QTableWidgetItem(p.actualizada[:10]))
        self.tabla.resizeRowsToContents()
        self._botones()

    def elegidas(self) -> list[Plantilla]:
        filas = sorted({i.row() for i in self.tabla.selectedIndexes()})
        return [self.plantillas[f] for f in filas]

    def _botones(self) -> None:
        self.b_exportar.setEnabled(bool(self.plantillas))
        self.b_eliminar.setEnabled(bool(self.elegidas()))

    def exportar(self) -> Path | None:
        plantillas = self.elegidas() or self.plantillas
        if not plantillas:
            return None
        sugerida = str(Path.home() / "plantillas_molinos.zip")
        ruta = dialogos.elegir_archivo_guardar(self, self.tr("Exportar plantillas de molinos"), sugerida,
                                               self.tr("Paquete ZIP (*.zip);;Archivo JSON (*.json)"))
        if ruta is None:
            return None
        if ruta.suffix.lower() not in (".zip", ".json"):
            ruta = ruta.with_name(ruta.name + ".zip")
        try:
            exportar(plantillas, ruta)
        except OSError as e:
            dialogos.error(self, self.tr("No se pudo exportar"), self.tr(
                "No se pudo escribir «{archivo}»: {error}. Elija otra carpeta.").format(archivo=ruta.name, error=e))
            return None
        dialogos.informar(self, self.tr("Plantillas exportadas"), self.tr(
            "Se exportaron {n} plantilla(s) a «{archivo}». Su colega las agrega con «Importar…».").format(
            n=len(plantillas), archivo=ruta))
        return ruta

    def importar(self) -> int:
        ruta = dialogos.elegir_archivo_abrir(self, self.tr("Importar plantillas de molinos"), "",
                                             self.tr("Plantillas (*.zip *.json);;Todos los archivos (*)"))
        if ruta is None:
            return 0
        try:
            llegadas = importar(ruta)
        except ErrorPlantilla as e:
            dialogos.error(self, self.tr("No se pudo importar"), str(e))
            return 0
        actuales = {p.clave: p for p in cargar_plantillas(self.carpeta)}
        nuevas = actualizadas = 0
        try:
            for p in llegadas:
                if p.clave in actuales:
                    p = combinar(actuales[p.clave], p)
                    actualizadas += 1
                else:
                    nuevas += 1
                actuales[p.clave] = p
                guardar_plantilla(self.carpeta, p)
        except OSError as e:
            dialogos.error(self, self.tr("No se pudo importar"), self.tr(
                "No se pudo guardar en {carpeta}: {error}").format(carpeta=self.carpeta, error=e))
        self.refrescar()
        dialogos.informar(self, self.tr("Plantillas importadas"), self.tr(
            "De «{archivo}»: {n} molino(s) nuevo(s) y {a} actualizado(s).").format(
            archivo=ruta.name, n=nuevas, a=actualizadas))
        return nuevas + actualizadas

    def eliminar(self) -> int:
        elegidas = self.elegidas()
        if not elegidas:
            return 0
        nombres = ", ".join(p.nombre for p in elegidas)
        if not dialogos.confirmar(self, self.tr("Eliminar plantillas"), self.tr(
                "¿Olvidar lo aprendido de: {molinos}? Los certificados ya capturados no cambian.").format(molinos=nombres),
                self.tr("&Eliminar")):
            return 0
        for p in elegidas:
            try:
                eliminar_plantilla(self.carpeta, p.clave)
            except OSError as e:
                dialogos.error(self, self.tr("No se pudo eliminar"), str(e))
        self.refrescar()
        return len(elegidas)


def abrir_plantillas(servicios, parent: QWidget | None = None) -> None:
    DialogoPlantillas(servicios, parent).exec()


__all__ = ["DialogoPlantillas", "abrir_plantillas"]
