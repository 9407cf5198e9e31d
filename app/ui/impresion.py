"""The printable checklist: preview, print through the system dialog, and save as PDF.

One renderer for paper and screen: the checklist is the reportlab PDF of
:func:`app.report.checklist.generar_checklist`, written to a temporary folder off the UI thread;
its pages are rendered with pypdfium2 to images for the preview; printing renders them again at
the printer's resolution (up to 300 dpi), off the UI thread too, and paints one image per page
on the ``QPrinter`` the system dialog configured. «Guardar PDF» copies the file.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Expediente
from app.domain.reglas import revisar
from app.ui import dialogos
from app.ui.operaciones import Operaciones
from app.ui.servicios import Servicios

DPI_VISTA = 110
DPI_IMPRESION_MAX = 300


def renderizar_paginas(ruta_pdf: Path, dpi: int) -> list[QImage]:
    """Every page of the PDF as an RGB image at ``dpi`` (worker thread: QImage, never QPixmap)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(ruta_pdf)
    imagenes: list[QImage] = []
    try:
        for i in range(len(pdf)):
            pagina = pdf[i]
            try:
                mapa = pagina.render(scale=dpi / 72)
                pil = mapa.to_pil().convert("RGB")
                mapa.close()
            finally:
                pagina.close()
            datos = pil.tobytes()
            img = QImage(datos, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888).copy()
            img.setDotsPerMeterX(round(dpi / 0.0254))
            img.setDotsPerMeterY(round(dpi / 0.0254))
            imagenes.append(img)
    finally:
        pdf.close()
    return imagenes


@dataclass(frozen=True)
class Documento:
    """A checklist to show: which expediente, which notices (None: all), its title."""

    expediente_id: int
    nombre_expediente: str
    avisos: tuple[str, ...] | None
    titulo: str

    def nombre_archivo(self) -> str:
        base = self.nombre_expediente if self.avisos is None else f"{self.nombre_expediente}_{'_'.join(self.avisos)}"
        limpio = "".join(c if c.isalnum() or c in "-_" else "_" for c in base).strip("_")[:80]
        return f"lista_verificacion_{limpio or 'expediente'}.pdf"


def _generar(exp: Expediente, servicios: Servicios, doc: Documento, tamano: str, carpeta: Path) -> tuple[Path, list[QImage]]:
    from app.report.checklist import generar_checklist

    revision = revisar(exp, servicios.catalogos, servicios.hoy())
    ruta = carpeta / f"lista_{tamano}_{datetime.now().strftime('%H%M%S%f')}.pdf"
    generar_checklist(exp, revision, servicios.catalogos, ruta, avisos=list(doc.avisos) if doc.avisos else None,
                      tamano=tamano, nombre_expediente=doc.nombre_expediente, limites=servicios.ajustes.limites_vucem)
    return ruta, renderizar_paginas(ruta, DPI_VISTA)


class DialogoVistaPrevia(QDialog):
    """Preview of the checklist, with «Imprimir…» and «Guardar PDF…»."""

    def __init__(self, servicios: Servicios, doc: Documento, *, operaciones: Operaciones | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.doc = doc
        self.operaciones = operaciones or Operaciones(self)
        self._tmp = tempfile.TemporaryDirectory(prefix="aaips-lista-")
        self.ruta_pdf: Path | None = None
        self.imagenes: list[QImage] = []
        self.impresas = 0
        self._ocupado = False
        self._cerrado = False
        self.setObjectName("vistaPreviaLista")
        self.setWindowTitle(self.tr("Vista previa · {titulo}").format(titulo=doc.titulo))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)

        barra = QHBoxLayout()
        self.papel = QComboBox()
        self.papel.setObjectName("papel")
        self.papel.addItem(self.tr("Carta (216 × 279 mm)"), "carta")
        self.papel.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.papel.setCurrentIndex(max(0, self.papel.findData(servicios.ajustes.tamano_papel)))
        self.papel.activated.connect(lambda _i: self._papel_cambiado())
        et = QLabel(self.tr("&Papel:"))
        et.setBuddy(self.papel)
        self.zoom = QComboBox()
        self.zoom.setObjectName("zoom")
        for z in (50, 75, 100, 125, 150):
            self.zoom.addItem(f"{z} %", z)
        self.zoom.setCurrentIndex(self.zoom.findData(75))
        self.zoom.activated.connect(lambda _i: self._mostrar_paginas())
        et_z = QLabel(self.tr("&Zoom:"))
        et_z.setBuddy(self.zoom)
        self.paginas = QLabel()
        self.paginas.setObjectName("numeroPaginas")
        self.bot_imprimir = QPushButton(self.tr("&Imprimir…"))
        self.bot_imprimir.setObjectName("imprimirLista")
        self.bot_imprimir.clicked.connect(self.imprimir)
        self.bot_pdf = QPushButton(self.tr("&Guardar PDF…"))
        self.bot_pdf.setObjectName("guardarPdf")
        self.bot_pdf.clicked.connect(self.guardar_pdf)
        self.bot_cerrar = QPushButton(self.tr("&Cerrar"))
        self.bot_cerrar.clicked.connect(self.close)
        for b in (self.bot_imprimir, self.bot_pdf, self.bot_cerrar):
            b.setAutoDefault(False)
        barra.addWidget(et)
        barra.addWidget(self.papel)
        barra.addSpacing(12)
        barra.addWidget(et_z)
        barra.addWidget(self.zoom)
        barra.addSpacing(12)
        barra.addWidget(self.paginas, 1)
        barra.addWidget(self.bot_imprimir)
        barra.addWidget(self.bot_pdf)
        barra.addWidget(self.bot_cerrar)

        self.hojas = QWidget()
        self.hojas.setObjectName("hojas")
        self.hojas.setStyleSheet("QWidget#hojas { background: #8a8f94; }")
        self.capa = QVBoxLayout(self.hojas)
        self.capa.setSpacing(14)
        self.capa.setContentsMargins(20, 20, 20, 20)
        self.capa.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.area = QScrollArea()
        self.area.setObjectName("areaVistaPrevia")
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.hojas)
        self.estado = QLabel()
        self.estado.setObjectName("estadoVistaPrevia")
        self.estado.setProperty("rol", "ayuda")

        v = QVBoxLayout(self)
        v.addLayout(barra)
        v.addWidget(self.area, 1)
        v.addWidget(self.estado)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.imprimir)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.guardar_pdf)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self._zoom(+1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self._zoom(-1))
        self.resize(980, 860)
        self.generar()

    # -- generating --------------------------------------------------------------------------------
    def _habilitar(self, si: bool) -> None:
        for w in (self.papel, self.bot_imprimir, self.bot_pdf):
            w.setEnabled(si)

    def generar(self) -> None:
        """Write the PDF for the chosen paper and render its pages (off the UI thread)."""
        self._ocupado = True
        self._habilitar(False)
        self.estado.setText(self.tr("Preparando la lista de verificación…"))
        try:
            exp = self.servicios.almacen.cargar_expediente(self.doc.expediente_id)
        except Exception as e:  # noqa: BLE001 - ErrorAlmacen: explained, the dialog stays usable
            self._fallo(e)
            return
        tamano = self.papel.currentData()
        carpeta = Path(self._tmp.name)
        servicios, doc = self.servicios, self.doc
        self.operaciones.ejecutar(lambda: _generar(exp, servicios, doc, tamano, carpeta), self._listo, self._fallo)

    def _listo(self, resultado: tuple[Path, list[QImage]]) -> None:
        if self._despues_de_cerrar():
            return
        self._ocupado = False
        self.ruta_pdf, self.imagenes = resultado
        self._habilitar(True)
        self.paginas.setText(self.tr("{n} página(s)").format(n=len(self.imagenes)))
        self.estado.setText(self.tr("Lista de verificación lista para imprimir o guardar como PDF."))
        self._mostrar_paginas()

    def _fallo(self, e: BaseException) -> None:
        if self._despues_de_cerrar():
            return
        self._ocupado = False
        self._habilitar(self.ruta_pdf is not None)
        self.papel.setEnabled(True)
        texto = str(e) if isinstance(e, (ValueError, OSError)) or e.__class__.__name__.startswith("Error") else \
            f"{type(e).__name__}: {e}"
        self.estado.setText(self.tr("No se pudo preparar la lista: {error}").format(error=texto))
        dialogos.error(self, self.tr("No se pudo preparar la lista de verificación"), texto)

    def _papel_cambiado(self) -> None:
        self.servicios.ajustes.tamano_papel = self.papel.currentData()
        self.generar()

    # -- showing ---------------------------------------------------------------------------------------
    def _zoom(self, paso: int) -> None:
        self.zoom.setCurrentIndex(max(0, min(self.zoom.count() - 1, self.zoom.currentIndex() + paso)))
        self._mostrar_paginas()

    def _mostrar_paginas(self) -> None:
        while self.capa.count():
            item = self.capa.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        factor = (self.zoom.currentData() or 100) / 100 * (self.logicalDpiX() / DPI_VISTA)
        for i, img in enumerate(self.imagenes, start=1):
            hoja = QLabel()
            hoja.setObjectName(f"pagina{i}")
            tam = QSize(round(img.width() * factor), round(img.height() * factor))
            hoja.setPixmap(QPixmap.fromImage(img).scaled(tam, Qt.AspectRatioMode.KeepAspectRatio,
                                                         Qt.TransformationMode.SmoothTransformation))
            hoja.setFixedSize(tam)
            hoja.setStyleSheet("background: white; border: 1px solid #5f6368;")
            hoja.setToolTip(self.tr("Página {n} de {total}").format(n=i, total=len(self.imagenes)))
            self.capa.addWidget(hoja, 0, Qt.AlignmentFlag.AlignHCenter)

    # -- printing and saving ----------------------------------------------------------------------------
    def imprimir(self) -> bool:
        """The system print dialog; then each page is rendered at the printer's resolution and painted."""
        from PySide6.QtPrintSupport import QPrinter

        if self.ruta_pdf is None or self._ocupado:
            return False
        impresora = QPrinter(QPrinter.PrinterMode.HighResolution)
        impresora.setDocName(self.doc.titulo)
        impresora.setFullPage(True)
        pagina = QPageSize(QPageSize.PageSizeId.Letter if self.papel.currentData() == "carta" else QPageSize.PageSizeId.A4)
        impresora.setPageLayout(QPageLayout(pagina, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        impresora.setFromTo(1, len(self.imagenes))
        if not dialogos.elegir_impresora(self, impresora):
            return False
        dpi = max(72, min(DPI_IMPRESION_MAX, impresora.resolution()))
        ruta = self.ruta_pdf
        self._ocupado = True
        self._habilitar(False)
        self.estado.setText(self.tr("Preparando las páginas para la impresora…"))
        self._impresora = impresora  # alive until the pages are painted
        self.operaciones.ejecutar(lambda: renderizar_paginas(ruta, dpi), self._pintar, self._fallo_impresion)
        return True

    def _pintar(self, imagenes: list[QImage]) -> None:
        if self._despues_de_cerrar():
            return
        impresora = self._impresora
        desde, hasta = impresora.fromPage(), impresora.toPage()
        if desde <= 0 or hasta <= 0:
            desde, hasta = 1, len(imagenes)
        elegidas = imagenes[desde - 1:hasta]
        pintor = QPainter()
        try:
            if not pintor.begin(impresora):
                raise OSError(self.tr("la impresora no aceptó el trabajo"))
            for i, img in enumerate(elegidas):
                if i:
                    impresora.newPage()
                area = QRectF(pintor.viewport())
                escala = min(area.width() / img.width(), area.height() / img.height())
                w, h = img.width() * escala, img.height() * escala
                pintor.drawImage(QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h), img)
        except OSError as e:
            if pintor.isActive():
                pintor.end()
            self._fallo_impresion(e)
            return
        pintor.end()
        self.impresas = len(elegidas)
        self._ocupado = False
        self._habilitar(True)
        self.estado.setText(self.tr("Se enviaron {n} página(s) a la impresora.").format(n=len(elegidas)))

    def _fallo_impresion(self, e: BaseException) -> None:
        if self._despues_de_cerrar():
            return
        self._ocupado = False
        self._habilitar(True)
        texto = getattr(e, "strerror", None) or str(e)
        self.estado.setText(self.tr("No se imprimió: {error}").format(error=texto))
        dialogos.error(self, self.tr("No se imprimió"), self.tr("No se pudo imprimir la lista: {error}").format(error=texto))

    def guardar_pdf(self) -> Path | None:
        if self.ruta_pdf is None or self._ocupado:
            return None
        carpeta = Path(self.servicios.ajustes.carpeta_documentos or self.servicios.paths.documentos)
        destino = dialogos.elegir_archivo_guardar(self, self.tr("Guardar la lista como PDF"),
                                                  str(carpeta / self.doc.nombre_archivo()), self.tr("PDF (*.pdf)"))
        if destino is None:
            return None
        if destino.suffix.lower() != ".pdf":
            destino = destino.with_suffix(".pdf")
        try:
            shutil.copyfile(self.ruta_pdf, destino)
        except OSError as e:
            dialogos.error(self, self.tr("No se guardó el PDF"), self.tr("No se pudo escribir {ruta}: {error}").format(
                ruta=destino, error=e.strerror or e))
            return None
        self.servicios.ajustes.carpeta_documentos = str(destino.parent)
        self.estado.setText(self.tr("PDF guardado en {ruta}").format(ruta=destino))
        return destino

    def done(self, resultado: int) -> None:  # noqa: D401 - Qt API
        self._cerrado = True
        super().done(resultado)
        if not self._ocupado:
            self._tmp.cleanup()

    def _despues_de_cerrar(self) -> bool:
        """Work that ends after the window closed: drop its result, remove the temporary files."""
        if not self._cerrado:
            return False
        self._ocupado = False
        self._tmp.cleanup()
        return True
