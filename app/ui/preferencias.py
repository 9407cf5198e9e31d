"""Preferences: the interface language (applies on restart), the catalogs in use (import with a
preview of what changes) and the limits VUCEM puts on attachments."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalog_files import restaurar_catalogo
from app.domain.catalogos import ATRIBUTO
from app.report.adjuntos import LimitesVucem
from app.tesseract import autoprueba
from app.ui import dialogos, estilo
from app.ui.formato import fecha_vista
from app.ui.servicios import Servicios
from app.ui.tablas import tabla_de_lectura

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
    catalogos_cambiados = Signal()

    def __init__(self, servicios: Servicios, parent: QWidget | None = None, *, operaciones=None):  # noqa: ANN001
        super().__init__(parent)
        self.servicios = servicios
        self.operaciones = operaciones  # the main window's (None: the preview makes its own)
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
        self.tabla = tabla_de_lectura("tablaCatalogos", [
            self.tr("Catálogo"), self.tr("Filas"), self.tr("Versión"), self.tr("Vigencia"), self.tr("Origen"),
            self.tr("Estado")])
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
            "del Anexo 2.2.1, el catálogo de molinos de la SE o la tabla de tipos de cambio de Banxico (CSV o Excel), "
            "elija la fila e impórtelo: antes de aplicarlo verá qué filas se agregan, se quitan y cambian."))
        nota.setWordWrap(True)
        nota.setProperty("rol", "ayuda")
        cv.addWidget(nota)
        pestanas.addTab(cats, self.tr("&Catálogos"))
        self._llenar_catalogos()
        self.tabla.selectRow(0)

        # -- attachments -----------------------------------------------------------------
        anexos = QWidget()
        av = QVBoxLayout(anexos)
        g_anexos = QGroupBox(self.tr("Lo que VUCEM acepta como anexo"))
        form = QFormLayout(g_anexos)
        limites = servicios.ajustes.limites_vucem
        self.max_mb = QSpinBox()
        self.max_mb.setObjectName("maxMb")
        self.max_mb.setRange(1, 100)
        self.max_mb.setSuffix(" MB")
        self.max_mb.setValue(max(1, round(limites.max_bytes / (1024 * 1024))))
        self.dpi = QSpinBox()
        self.dpi.setObjectName("dpiAnexos")
        self.dpi.setRange(100, 600)
        self.dpi.setSingleStep(50)
        self.dpi.setSuffix(" dpi")
        self.dpi.setValue(limites.dpi)
        self.grises = QCheckBox(self.tr("Imágenes en &escala de grises"))
        self.grises.setObjectName("grisesAnexos")
        self.grises.setChecked(limites.escala_grises)
        self.version_pdf = QComboBox()
        self.version_pdf.setObjectName("versionPdf")
        self.version_pdf.addItems(["1.4", "1.5", "1.6", "1.7"])
        self.version_pdf.setCurrentText(limites.version_pdf)
        for texto, w in ((self.tr("Tamaño &máximo por archivo:"), self.max_mb), (self.tr("Reso&lución:"), self.dpi),
                         (self.tr("Versión de P&DF:"), self.version_pdf)):
            et = QLabel(texto)
            et.setBuddy(w)
            fila_w = QHBoxLayout()
            fila_w.addWidget(w)
            fila_w.addStretch(1)
            form.addRow(et, fila_w)
        form.addRow("", self.grises)
        omision = QPushButton(self.tr("Valores p&or omisión"))
        omision.setAutoDefault(False)
        omision.clicked.connect(lambda: self._mostrar_limites(LimitesVucem()))
        fila_o = QHBoxLayout()
        fila_o.addWidget(omision)
        fila_o.addStretch(1)
        form.addRow(fila_o)
        nota_anexos = QLabel(self.tr(
            "Son los límites que describen las guías públicas de VUCEM (PDF 1.4 sin contraseña, 300 dpi en escala de "
            "grises, hasta 3 MB). Si VUCEM los cambia, ajústelos aquí: «Anexos para VUCEM» revisa y convierte con estos "
            "valores."))
        nota_anexos.setWordWrap(True)
        nota_anexos.setProperty("rol", "ayuda")
        form.addRow(nota_anexos)
        av.addWidget(g_anexos)
        av.addStretch(1)
        self.pestana_anexos = anexos
        pestanas.addTab(anexos, self.tr("A&nexos para VUCEM"))

        self.ocr = PaginaOcr(servicios)  # OCR (Tesseract): the program and its self-test
        pestanas.addTab(self.ocr, self.tr("OCR (&Tesseract)"))

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
        self.servicios.recargar_catalogos()
        self._llenar_catalogos()
        self.catalogos_cambiados.emit()

    def importar_catalogo(self):  # -> DialogoVistaPreviaCatalogo | None
        """Choose a CSV or Excel file for the catalog of the selected row and show what it would change."""
        from app.ui.vista_catalogo import DialogoVistaPreviaCatalogo

        nombre = self._catalogo_elegido()
        if nombre is None:
            return None
        ruta = dialogos.elegir_archivo_abrir(self, self.tr("Importar catálogo"), self.servicios.ajustes.carpeta_archivos,
                                             self.tr("Catálogos (*.csv *.xlsx *.xlsm *.txt);;Todos los archivos (*)"))
        if ruta is None:
            return None
        self.servicios.ajustes.carpeta_archivos = str(ruta.parent)
        vista = DialogoVistaPreviaCatalogo(self.servicios, nombre, ruta, operaciones=self.operaciones, parent=self)
        vista.aplicado.connect(self._aplicado)
        vista.open()
        return vista

    def _aplicado(self, meta) -> None:  # noqa: ANN001 - Metadatos
        self._llenar_catalogos()
        self.catalogos_cambiados.emit()
        dialogos.informar(self, self.tr("Catálogo importado"), self.tr(
            "Se importó {catalogo}. Las revisiones lo usan desde ahora, también en los avisos abiertos.").format(
            catalogo=meta.etiqueta()))

    def restaurar_catalogo(self) -> None:
        nombre = self._catalogo_elegido()
        if nombre is None:
            return
        if restaurar_catalogo(self.servicios.paths, nombre):
            self._recargar()

    def _mostrar_limites(self, limites: LimitesVucem) -> None:
        self.max_mb.setValue(max(1, round(limites.max_bytes / (1024 * 1024))))
        self.dpi.setValue(limites.dpi)
        self.grises.setChecked(limites.escala_grises)
        self.version_pdf.setCurrentText(limites.version_pdf)

    def limites(self) -> LimitesVucem:
        return LimitesVucem(max_bytes=self.max_mb.value() * 1024 * 1024, dpi=self.dpi.value(),
                            escala_grises=self.grises.isChecked(), version_pdf=self.version_pdf.currentText())

    def accept(self) -> None:
        self.servicios.ajustes.idioma = self.idioma.currentData()
        self.servicios.ajustes.limites_vucem = self.limites()
        self.ocr.guardar()
        self.servicios.ajustes.sincronizar()
        super().accept()


# ------------------------------------------------------------------------------------------
# OCR (Tesseract): which program reads scanned certificates, and a self-test


def aplicar_tesseract(ajuste: str) -> None:
    """Tell the certificate reader which Tesseract to use: the setting, else the automatic search
    (bundled copy, ``TESSERACT_CMD``, ``PATH``; see :mod:`app.tesseract`)."""
    from app.extract import configurar_tesseract
    from app.tesseract import localizar_tesseract

    configurar_tesseract(localizar_tesseract(ajuste or None))


class PaginaOcr(QWidget):
    """Preferencias › «OCR (Tesseract)»: the program's path and a «Probar» button that shows
    :func:`app.tesseract.autoprueba` (run off the UI thread: it starts Tesseract twice)."""

    def __init__(self, servicios: Servicios, parent: QWidget | None = None):
        super().__init__(parent)
        from app.ui.operaciones import Operaciones

        self.servicios = servicios
        self.setObjectName("paginaOcr")
        self._operaciones = Operaciones(self)
        self.grupo = QGroupBox(self.tr("OCR (Tesseract)"))
        self.grupo.setObjectName("grupoOcr")
        g = QVBoxLayout(self.grupo)
        self.ruta = QLineEdit(servicios.ajustes.ruta_tesseract)
        self.ruta.setObjectName("rutaTesseract")
        self.ruta.setPlaceholderText(self.tr("Automático (el que trae el Asistente o el del sistema)"))
        self.ruta.setClearButtonEnabled(True)
        examinar = QPushButton(self.tr("E&xaminar…"))
        examinar.setAutoDefault(False)
        examinar.clicked.connect(self.examinar)
        self.probar = QPushButton(self.tr("&Probar"))
        self.probar.setObjectName("probarTesseract")
        self.probar.setAutoDefault(False)
        self.probar.clicked.connect(self.probar_ahora)
        et = QLabel(self.tr("P&rograma:"))
        et.setBuddy(self.ruta)
        fila = QHBoxLayout()
        fila.addWidget(et)
        fila.addWidget(self.ruta, 1)
        fila.addWidget(examinar)
        fila.addWidget(self.probar)
        g.addLayout(fila)
        nota = QLabel(self.tr("Solo los certificados escaneados (sin capa de texto) necesitan Tesseract; todo lo demás "
                              "funciona sin él. Deje la ruta vacía para usar el que trae el Asistente o el del sistema; "
                              "«Probar» muestra la versión y los idiomas (español, inglés y orientación)."))
        nota.setWordWrap(True)
        nota.setProperty("rol", "ayuda")
        g.addWidget(nota)
        self.resultado = QLabel()
        self.resultado.setObjectName("resultadoTesseract")
        self.resultado.setWordWrap(True)
        self.resultado.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resultado.hide()
        g.addWidget(self.resultado)
        v = QVBoxLayout(self)
        v.addWidget(self.grupo)
        v.addStretch(1)

    def examinar(self) -> None:
        ruta = dialogos.elegir_archivo_abrir(self, self.tr("Programa Tesseract"), self.ruta.text().strip(),
                                             self.tr("Tesseract (tesseract.exe tesseract);;Todos los archivos (*)"))
        if ruta is not None:
            self.ruta.setText(str(ruta))

    def probar_ahora(self) -> None:
        ajuste = self.ruta.text().strip() or None
        self.probar.setEnabled(False)
        self._mostrar(None, self.tr("Probando Tesseract…"))
        self._operaciones.ejecutar(lambda: autoprueba(ajuste), lambda r: self._mostrar(*r),
                                   lambda e: self._mostrar(False, f"{type(e).__name__}: {e}"))

    def _mostrar(self, ok: bool | None, texto: str) -> None:
        self.resultado.setText(texto)
        self.resultado.setProperty("rol", "" if ok is not False else "mensaje-error")
        estilo.repulir(self.resultado)
        self.resultado.show()
        if ok is not None:
            self.probar.setEnabled(True)

    def esperar(self, ms: int = 30000) -> bool:
        """Wait for a running self-test (the dialog's owner calls it before destroying the dialog)."""
        return self._operaciones.esperar(ms)

    def guardar(self) -> None:
        nueva = self.ruta.text().strip()
        if nueva != self.servicios.ajustes.ruta_tesseract:
            self.servicios.ajustes.ruta_tesseract = nueva
            aplicar_tesseract(nueva)
