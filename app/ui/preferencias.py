"""Preferences: the interface language (applies on restart) and the catalogs in use."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalog_files import cargar_catalogos, importar_catalogo, restaurar_catalogo
from app.domain.catalogos import ATRIBUTO, ErrorCatalogo
from app.ui import dialogos, estilo
from app.ui.formato import fecha_vista
from app.ui.servicios import Servicios

NOMBRES_CATALOGO = {
    "fracciones": QT_TRANSLATE_NOOP("DialogoPreferencias", "Fracciones arancelarias"),
    "certificado_por_partida": QT_TRANSLATE_NOOP("DialogoPreferencias", "Certificado por partida (R2)"),
    "paises": QT_TRANSLATE_NOOP("DialogoPreferencias", "Países"),
    "monedas": QT_TRANSLATE_NOOP("DialogoPreferencias", "Monedas"),
    "unidades": QT_TRANSLATE_NOOP("DialogoPreferencias", "Unidades de medida"),
    "molinos": QT_TRANSLATE_NOOP("DialogoPreferencias", "Molinos de la SE"),
    "tipos_cambio": QT_TRANSLATE_NOOP("DialogoPreferencias", "Tipos de cambio (Banxico)"),
}


class DialogoPreferencias(QDialog):
    def __init__(self, servicios: Servicios, parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.setObjectName("preferencias")
        self.setWindowTitle(self.tr("Preferencias"))
        v = QVBoxLayout(self)
        pestanas = QTabWidget()
        self.pestanas = pestanas
        v.addWidget(pestanas)

        # -- general ----------------------------------------------------------------------
        general = QWidget()
        gv = QVBoxLayout(general)
        g_idioma = QGroupBox(self.tr("Idioma"))
        form = QFormLayout(g_idioma)
        self.idioma = QComboBox()
        self.idioma.setObjectName("idioma")
        self.idioma.addItem("Español (México)", "es")
        self.idioma.addItem("English", "en")
        self.idioma.setCurrentIndex(max(0, self.idioma.findData(servicios.ajustes.idioma)))
        self.idioma.setMinimumWidth(220)
        et = QLabel(self.tr("&Idioma de la interfaz:"))
        et.setBuddy(self.idioma)
        fila = QHBoxLayout()
        fila.addWidget(self.idioma)
        fila.addStretch(1)
        form.addRow(et, fila)
        aviso = QLabel(self.tr("El cambio de idioma se aplica al volver a abrir el programa. Los mensajes de las "
                               "reglas y los textos para VUCEM siempre van en español."))
        aviso.setWordWrap(True)
        aviso.setProperty("rol", "ayuda")
        form.addRow(aviso)
        gv.addWidget(g_idioma)

        g_datos = QGroupBox(self.tr("Datos"))
        form = QFormLayout(g_datos)
        for etiqueta, ruta in ((self.tr("Carpeta de datos:"), servicios.paths.datos),
                               (self.tr("Base de datos:"), servicios.paths.base_datos),
                               (self.tr("Respaldos automáticos:"), servicios.paths.respaldos),
                               (self.tr("Registro de errores:"), servicios.paths.datos / "errores.log")):
            valor = QLabel(str(ruta))
            valor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            valor.setWordWrap(True)
            form.addRow(etiqueta, valor)
        abrir = QPushButton(self.tr("Abrir la carpeta de &datos"))
        abrir.setAutoDefault(False)
        abrir.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(servicios.paths.datos))))
        fila = QHBoxLayout()
        fila.addWidget(abrir)
        fila.addStretch(1)
        form.addRow(fila)
        nota_datos = QLabel(self.tr("Todo se guarda solo en esta carpeta, sin conexión a internet. Antes de cada "
                                    "actualización del programa se hace un respaldo de la base de datos."))
        nota_datos.setWordWrap(True)
        nota_datos.setProperty("rol", "ayuda")
        form.addRow(nota_datos)
        gv.addWidget(g_datos)
        gv.addStretch(1)
        pestanas.addTab(general, self.tr("&General"))

        # -- catalogs ---------------------------------------------------------------------
        cats = QWidget()
        cv = QVBoxLayout(cats)
        self.tabla = QTableWidget(0, 6)
        self.tabla.setObjectName("tablaCatalogos")
        self.tabla.setHorizontalHeaderLabels([self.tr("Catálogo"), self.tr("Filas"), self.tr("Versión"),
                                              self.tr("Vigencia"), self.tr("Origen"), self.tr("Estado")])
        self.tabla.verticalHeader().hide()
        self.tabla.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabla.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        cab = self.tabla.horizontalHeader()
        for col in range(5):
            cab.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        cab.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        cv.addWidget(self.tabla)
        botones_cat = QHBoxLayout()
        self.importar = QPushButton(self.tr("&Importar catálogo…"))
        self.importar.setObjectName("importarCatalogo")
        self.importar.setAutoDefault(False)
        self.importar.clicked.connect(self.importar_catalogo)
        self.restaurar = QPushButton(self.tr("&Volver al incluido"))
        self.restaurar.setObjectName("restaurarCatalogo")
        self.restaurar.setAutoDefault(False)
        self.restaurar.clicked.connect(self.restaurar_catalogo)
        botones_cat.addWidget(self.importar)
        botones_cat.addWidget(self.restaurar)
        botones_cat.addStretch(1)
        cv.addLayout(botones_cat)
        nota = QLabel(self.tr(
            "Los catálogos incluidos son listas de trabajo NO oficiales. Cuando tenga la lista oficial de fracciones "
            "del Anexo 2.2.1, el catálogo de molinos de la SE o la tabla de tipos de cambio de Banxico (CSV con las "
            "columnas del catálogo), elija la fila e impórtelo: reemplaza al incluido desde ese momento."))
        nota.setWordWrap(True)
        nota.setProperty("rol", "ayuda")
        cv.addWidget(nota)
        pestanas.addTab(cats, self.tr("&Catálogos"))
        self._llenar_catalogos()
        self.tabla.selectRow(0)

        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        botones.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Aceptar"))
        botones.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        v.addWidget(botones)
        self.resize(760, 460)

    def _llenar_catalogos(self) -> None:
        cats = self.servicios.catalogos
        fila_actual = max(0, self.tabla.currentRow())
        self.tabla.setRowCount(0)
        for e in self.servicios.estados_catalogos:
            fila = self.tabla.rowCount()
            self.tabla.insertRow(fila)
            nombre = QTableWidgetItem(self.tr(NOMBRES_CATALOGO.get(e.nombre, e.nombre)))
            nombre.setData(Qt.ItemDataRole.UserRole, e.nombre)
            self.tabla.setItem(fila, 0, nombre)
            objeto = getattr(cats, ATRIBUTO.get(e.nombre, ""), None)
            n = len(getattr(objeto, "filas", ()) or getattr(objeto, "rangos", ()) or ())
            filas = QTableWidgetItem(f"{n:,}" if objeto is not None else "—")
            filas.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tabla.setItem(fila, 1, filas)
            if e.meta is not None:
                self.tabla.setItem(fila, 2, QTableWidgetItem(e.meta.version or "—"))
                self.tabla.setItem(fila, 3, QTableWidgetItem(fecha_vista(e.meta.vigencia) or "—"))
                self.tabla.setItem(fila, 4, QTableWidgetItem(self.tr("importado") if e.importado else self.tr("incluido")))
                estado = QTableWidgetItem(estilo.icono("ok" if e.meta.oficial else "aviso"),
                                          self.tr("oficial") if e.meta.oficial else self.tr("no oficial"))
            else:
                for col in (2, 3, 4):
                    self.tabla.setItem(fila, col, QTableWidgetItem("—"))
                estado = QTableWidgetItem(estilo.icono("error"), self.tr("no cargado: {error}").format(error=e.error))
            estado.setToolTip(e.meta.fuente if e.meta is not None else e.error)
            self.tabla.setItem(fila, 5, estado)
        self.tabla.selectRow(min(fila_actual, self.tabla.rowCount() - 1))

    def _catalogo_elegido(self) -> str | None:
        item = self.tabla.item(self.tabla.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _recargar(self) -> None:
        self.servicios.catalogos, self.servicios.estados_catalogos = cargar_catalogos(self.servicios.paths)
        self._llenar_catalogos()

    def importar_catalogo(self) -> None:
        nombre = self._catalogo_elegido()
        if nombre is None:
            return
        ruta = dialogos.elegir_archivo_abrir(self, self.tr("Importar catálogo"), self.servicios.ajustes.carpeta_archivos,
                                             self.tr("Catálogos CSV (*.csv);;Todos los archivos (*)"))
        if ruta is None:
            return
        try:
            meta = importar_catalogo(self.servicios.paths, nombre, ruta)
        except (ErrorCatalogo, OSError) as e:
            dialogos.error(self, self.tr("No se importó el catálogo"), self.tr(
                "{error}\n\nSe sigue usando el catálogo anterior.").format(error=e))
            return
        self._recargar()
        dialogos.informar(self, self.tr("Catálogo importado"), self.tr(
            "Se importó {catalogo}. Las revisiones lo usan desde ahora; los avisos ya abiertos, al volver a "
            "abrirlos.").format(catalogo=meta.etiqueta()))

    def restaurar_catalogo(self) -> None:
        nombre = self._catalogo_elegido()
        if nombre is None:
            return
        if restaurar_catalogo(self.servicios.paths, nombre):
            self._recargar()

    def accept(self) -> None:
        self.servicios.ajustes.idioma = self.idioma.currentData()
        self.servicios.ajustes.sincronizar()
        super().accept()
