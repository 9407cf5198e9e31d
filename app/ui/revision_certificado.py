"""Reading a certificate PDF off the UI thread, and the review panel of what was found.

* :class:`LectorEnSegundoPlano` reads the PDF (``app.extract``), applies the mill templates,
  draws the pages for the panel and keeps a content-addressed copy of the file — all on a plain
  Python thread that the page joins when the wizard closes (a ``QThreadPool`` worker would leave
  a ``threading._DummyThread`` behind once the OCR starts its own thread pools). Progress,
  result and failure arrive on the UI thread through queued signals. Cancelling raises from the
  ``progreso`` callback, as ``app.extract`` asks.
* :class:`DialogoRevision` shows each proposed value next to the page image, its evidence box
  highlighted; the clerk accepts, corrects or rejects each one (arrows, Enter, F2, Supr) or
  accepts everything marked at once. Nothing is written here: the certificate page takes
  :meth:`DialogoRevision.valores` through its normal edit path.

pdfium is not thread-safe: reading and drawing hold :data:`PDFIUM` (one certificate at a time,
even with several wizards open).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QKeyEvent, QPainter, QPen, QPixmap, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.documentos import guardar_documento
from app.domain.catalogos import normalizar
from app.extract import Campo, Lectura, leer_certificado
from app.extract.paises import pais_de_nombre
from app.extract.plantillas import TIPOS, Plantilla, aplicar, cargar_plantillas, identificar
from app.ui import estilo
from app.ui.formato import fecha_vista, numero_captura, texto_a_fecha_mx

#: Only one thread touches pdfium at a time (reading and drawing).
PDFIUM = threading.Lock()
#: Drawing scale of the page images (2 = 144 dpi: small print stays readable when zoomed).
ESCALA_VISTA = 2.0
#: Pages drawn for the panel (those with evidence first).
MAX_PAGINAS_VISTA = 12
#: Proposals at least this sure are marked for «Aceptar todo lo marcado».
UMBRAL_MARCADO = 0.6

PENDIENTE, ACEPTADO, CORREGIDO, RECHAZADO = "pendiente", "aceptado", "corregido", "rechazado"


# ------------------------------------------------------------------------------------------
# reading in the background


class LecturaCancelada(Exception):
    """The clerk cancelled the reading (raised from the progress callback)."""


@dataclass
class ResultadoLectura:
    ruta: Path
    lectura: Lectura  # with the mill template applied, when one matched
    plantilla: Plantilla | None
    imagenes: dict[int, QImage]
    sha256: str
    copia: Path
    contrasena: str | None = None


def dibujar_paginas(ruta: Path, lectura: Lectura, contrasena: str | None = None, *, escala: float = ESCALA_VISTA,
                    max_paginas: int = MAX_PAGINAS_VISTA) -> dict[int, QImage]:
    """Page images in the frame of the evidence boxes: drawn as displayed, then turned by the
    rotation correction the reader reports. Call with :data:`PDFIUM` held."""
    import pypdfium2 as pdfium

    from app.extract.ocr import girar

    con_evidencia = {c.pagina for c in lectura.campos.values()}
    orden = sorted(lectura.paginas, key=lambda p: (p.numero not in con_evidencia, p.numero))[:max_paginas]
    imagenes: dict[int, QImage] = {}
    pdf = pdfium.PdfDocument(str(ruta), password=contrasena or None)
    try:
        for p in orden:
            pil = pdf[p.numero - 1].render(scale=escala).to_pil().convert("RGB")
            pil = girar(pil, p.rotacion)
            imagen = QImage(pil.tobytes(), pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
            imagenes[p.numero] = imagen.copy()  # own the pixels: ``pil`` goes away
    finally:
        pdf.close()
    return imagenes


def leer_para_revision(ruta: Path, paths: Any, *, contrasena: str | None = None,
                       progreso: Callable[[int, int], None] | None = None,
                       cancelado: threading.Event | None = None) -> ResultadoLectura:
    """Everything slow, in order: read (text or OCR), draw the pages, apply the mill template,
    keep a copy of the PDF. Blocking; :class:`LectorEnSegundoPlano` runs it off the UI thread."""
    cancelado = cancelado or threading.Event()

    def avance(hechas: int, total: int) -> None:
        if cancelado.is_set():
            raise LecturaCancelada()
        if progreso is not None:
            progreso(hechas, total)

    with PDFIUM:
        if cancelado.is_set():
            raise LecturaCancelada()
        lectura = leer_certificado(ruta, contrasena=contrasena, progreso=avance)
        if cancelado.is_set():
            raise LecturaCancelada()
        imagenes = dibujar_paginas(ruta, lectura, contrasena)
    plantilla = identificar(lectura, cargar_plantillas(paths.plantillas))
    if plantilla is not None:
        lectura = aplicar(lectura, plantilla)
    if cancelado.is_set():
        raise LecturaCancelada()
    sha, copia = guardar_documento(paths, ruta)
    return ResultadoLectura(Path(ruta), lectura, plantilla, imagenes, sha, copia, contrasena)


class LectorEnSegundoPlano(QObject):
    """One reading at a time on a Python thread; results delivered on the UI thread."""

    progreso = Signal(int, int)
    terminado = Signal(object)  # ResultadoLectura
    fallado = Signal(object)  # BaseException (LecturaCancelada when cancelled)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._hilo: threading.Thread | None = None
        self._cancelado = threading.Event()

    def activo(self) -> bool:
        return self._hilo is not None and self._hilo.is_alive()

    def iniciar(self, ruta: Path, paths: Any, contrasena: str | None = None) -> None:
        if self.activo():
            raise RuntimeError("ya hay una lectura en curso")
        self._cancelado = threading.Event()
        cancelado = self._cancelado

        def trabajo() -> None:
            try:
                r = leer_para_revision(ruta, paths, contrasena=contrasena, cancelado=cancelado,
                                       progreso=lambda h, t: self.progreso.emit(h, t))
            except BaseException as e:  # noqa: BLE001 - delivered to the UI thread, never lost
                self.fallado.emit(e)
            else:
                if cancelado.is_set():
                    self.fallado.emit(LecturaCancelada())
                else:
                    self.terminado.emit(r)

        self._hilo = threading.Thread(target=trabajo, name="lectura-certificado", daemon=True)
        self._hilo.start()

    def cancelar(self) -> None:
        self._cancelado.set()

    def esperar(self, segundos: float = 60.0) -> bool:
        """Join the thread; True when it is over."""
        if self._hilo is not None:
            self._hilo.join(segundos)
            if self._hilo.is_alive():
                return False
            self._hilo = None
        return True


# ------------------------------------------------------------------------------------------
# the proposals


@dataclass
class Propuesta:
    """One value the reader proposes, with its evidence and the clerk's decision."""

    clave: str  # "numero", "productor.nombre", "tipo"...
    nombre: str  # the row's label
    propuesto: str  # as the certificate form shows it ("" = not found)
    campo: Campo | None  # evidence (page, box, text, confidence, method)
    opciones: list[tuple[str, str]] = field(default_factory=list)  # (key, text) for choice fields
    decision: str = PENDIENTE
    valor: str = ""  # final value (form format, or the option key)
    marcado: bool = False
    original: str = ""  # the value as proposed (form format, or the option key)
    texto_corregido: str = ""  # how a corrected value is shown

    @property
    def encontrado(self) -> bool:
        return bool(self.propuesto)

    @property
    def usado(self) -> bool:
        return self.decision in (ACEPTADO, CORREGIDO)

    def texto_opcion(self, clave: str) -> str:
        return next((t for k, t in self.opciones if k == clave), clave)

    def mostrado(self) -> str:
        if self.decision != CORREGIDO:
            return self.propuesto
        if self.texto_corregido:
            return self.texto_corregido
        return self.texto_opcion(self.valor) if self.opciones else self.valor


def nombres_campos() -> dict[str, str]:
    """The fields' names as the panel shows them (translated); also for the mill templates."""
    return {
        "tipo": QCoreApplication.translate("RevisionCertificado", "Tipo de certificado"),
        "numero": QCoreApplication.translate("RevisionCertificado", "Número (7)"),
        "fecha_expedicion": QCoreApplication.translate("RevisionCertificado", "Fecha de expedición (8)"),
        "coladas": QCoreApplication.translate("RevisionCertificado", "Coladas"),
        "productor.nombre": QCoreApplication.translate("RevisionCertificado", "Productor: nombre"),
        "productor.domicilio": QCoreApplication.translate("RevisionCertificado", "Productor: domicilio"),
        "productor.pais": QCoreApplication.translate("RevisionCertificado", "Productor: país"),
        "productor.telefono": QCoreApplication.translate("RevisionCertificado", "Productor: teléfono"),
        "productor.correo": QCoreApplication.translate("RevisionCertificado", "Productor: correo"),
        "pais": QCoreApplication.translate("RevisionCertificado", "País de origen"),
        "volumen_kg": QCoreApplication.translate("RevisionCertificado", "Volumen (kg)"),
        "descripcion": QCoreApplication.translate("RevisionCertificado", "Descripción"),
        "norma": QCoreApplication.translate("RevisionCertificado", "Norma y grado"),
        "firma_sello_qr": QCoreApplication.translate("RevisionCertificado", "Firma, sello o QR"),
        "idioma": QCoreApplication.translate("RevisionCertificado", "Idioma"),
    }


def propuestas_de(lectura: Lectura, idiomas: list[tuple[str, str]], nombre_pais: Callable[[str], str] | None = None
                  ) -> list[Propuesta]:
    """The rows of the panel, in the order of the certificate form."""
    nombres = nombres_campos()
    c = lectura.campos
    prod = c.get("productor")
    datos_prod = prod.valor if prod is not None and isinstance(prod.valor, dict) else {}
    filas: list[Propuesta] = []

    def pais_texto(clave: str | None) -> str:
        if not clave:
            return ""
        nombre = nombre_pais(clave) if nombre_pais else ""
        return f"{clave} - {nombre}" if nombre else clave

    def agregar(clave: str, texto: str, campo: Campo | None, opciones=None, valor: str | None = None) -> None:
        p = Propuesta(clave, nombres[clave], texto, campo, list(opciones or []))
        p.valor = p.original = valor if valor is not None else texto
        conf = campo.confianza if campo is not None else 0.0
        p.marcado = bool(texto) and (campo is None or conf >= UMBRAL_MARCADO)
        filas.append(p)

    tipos = [("molino", QCoreApplication.translate("RevisionCertificado", "De molino")),
             ("calidad", QCoreApplication.translate("RevisionCertificado", "De calidad"))]
    tipo = lectura.tipo_probable or ""
    agregar("tipo", dict(tipos).get(tipo, ""), None, tipos, tipo)
    numero = c.get("numero")
    agregar("numero", str(numero.valor) if numero else "", numero)
    fecha = c.get("fecha_expedicion")
    agregar("fecha_expedicion", fecha_vista(date.fromisoformat(fecha.valor)) if fecha and fecha.valor else "", fecha)
    coladas = c.get("coladas")
    agregar("coladas", ", ".join(coladas.valor) if coladas and coladas.valor else "", coladas)
    for sub in ("nombre", "domicilio", "pais", "telefono", "correo"):
        ev = c.get(f"productor.{sub}")
        if ev is None and sub == "pais" and c.get("pais") is not None and c["pais"].valor == datos_prod.get("pais"):
            ev = c["pais"]
        ev = ev or prod
        v = datos_prod.get(sub) or ""
        if sub == "pais":
            agregar("productor.pais", pais_texto(v), ev if v else None, valor=v)
        else:
            agregar(f"productor.{sub}", str(v), ev if v else None)
    pais = c.get("pais")
    agregar("pais", pais_texto(pais.valor) if pais else "", pais, valor=pais.valor if pais else "")
    vol = c.get("volumen_kg")
    agregar("volumen_kg", numero_captura(Decimal(vol.valor)) if vol and vol.valor else "", vol)
    desc = c.get("descripcion")
    agregar("descripcion", str(desc.valor) if desc else "", desc)
    norma = c.get("norma")
    agregar("norma", str(norma.valor) if norma else "", norma)
    sino = [("si", QCoreApplication.translate("RevisionCertificado", "Sí")),
            ("no", QCoreApplication.translate("RevisionCertificado", "No"))]
    firma = c.get("firma_sello_qr")
    tiene_firma = bool(firma and firma.valor)
    agregar("firma_sello_qr", sino[0][1] if tiene_firma else "", firma, sino, "si" if tiene_firma else "")
    idioma = c.get("idioma")
    clave_idioma = str(idioma.valor) if idioma else ""
    textos = dict(idiomas)
    agregar("idioma", textos.get(clave_idioma, clave_idioma), idioma, idiomas, clave_idioma)
    return filas


def valor_canonico(clave: str, texto: str) -> Any:
    """A form value as :func:`app.extract.plantillas.aprender` takes it (``None`` if it does not parse)."""
    from app.domain.archivo import texto_a_decimal

    t = (texto or "").strip()
    if not t:
        return None
    tipo = TIPOS.get(clave)
    if tipo == "fecha":
        return texto_a_fecha_mx(t)
    if tipo == "cantidad":
        return texto_a_decimal(t)
    if tipo == "coladas":
        return [x.strip() for x in t.replace(";", ",").split(",") if x.strip()]
    if tipo == "pais":
        return t.split(" - ")[0].strip().upper() or None
    return t


# ------------------------------------------------------------------------------------------
# the page view with the boxes


COLOR_DECISION = {PENDIENTE: estilo.AMBAR, ACEPTADO: estilo.VERDE, CORREGIDO: estilo.AZUL, RECHAZADO: estilo.GRIS}


class VistaPagina(QGraphicsView):
    """The page image (scene units: PDF points of the corrected page) with the evidence boxes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vistaPagina")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#e9eaec"))
        self.pagina = 0
        self.cajas: dict[int, QGraphicsRectItem] = {}  # proposal index -> its box on this page

    def mostrar(self, pagina: int, imagen: QImage | None, ancho: float, alto: float,
                cajas: list[tuple[int, QRectF, str, str]]) -> None:
        """``cajas``: (index, box in points, decision, tooltip)."""
        escena = self.scene()
        escena.clear()
        self.cajas.clear()
        self.pagina = pagina
        hoja = QRectF(0, 0, ancho, alto)
        escena.addRect(hoja, QPen(QColor("#b0b4b9")), QBrush(QColor("white")))
        if imagen is not None and not imagen.isNull():
            item = QGraphicsPixmapItem(QPixmap.fromImage(imagen))
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setTransform(QTransform.fromScale(ancho / max(1, imagen.width()), alto / max(1, imagen.height())))
            escena.addItem(item)
        else:
            aviso = escena.addSimpleText(QCoreApplication.translate("RevisionCertificado", "(sin vista de esta página)"))
            aviso.setPos(20, 20)
        for i, rect, decision, ayuda in cajas:
            r = escena.addRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
            r.setToolTip(ayuda)
            r.setZValue(2)
            self.cajas[i] = r
            self._estilo_caja(r, decision, False)
        escena.setSceneRect(hoja.adjusted(-20, -20, 20, 20))

    def _estilo_caja(self, r: QGraphicsRectItem, decision: str, elegida: bool) -> None:
        color = QColor(COLOR_DECISION.get(decision, estilo.AMBAR))
        pen = QPen(color, 2.6 if elegida else 1.2)
        pen.setCosmetic(True)
        if decision == RECHAZADO:
            pen.setStyle(Qt.PenStyle.DashLine)
        r.setPen(pen)
        relleno = QColor(color)
        relleno.setAlpha(70 if elegida else 28)
        r.setBrush(QBrush(relleno))
        r.setZValue(3 if elegida else 2)

    def resaltar(self, indice: int | None, decisiones: dict[int, str], zoom: bool = True) -> None:
        """Emphasise the box of proposal ``indice`` (no text drawn on the page: it would hide the label
        next to the value, which is what the clerk wants to see)."""
        for i, r in self.cajas.items():
            self._estilo_caja(r, decisiones.get(i, PENDIENTE), i == indice)
        r = self.cajas.get(indice) if indice is not None else None
        if r is None:
            return
        caja = r.rect()
        if zoom:
            self.acercar_a(caja)

    def acercar_a(self, caja: QRectF) -> None:
        """Zoom so the box reads comfortably with some of its surroundings, and centre it."""
        hoja = self.scene().sceneRect()
        margen_x = max(caja.width() * 0.8, hoja.width() * 0.22)
        margen_y = max(caja.height() * 2.5, hoja.height() * 0.08)
        zona = caja.adjusted(-margen_x, -margen_y, margen_x, margen_y)
        self.fitInView(zona, Qt.AspectRatioMode.KeepAspectRatio)
        self.centerOn(caja.center())

    def pagina_completa(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        escala = self.transform().m11() * factor
        if 0.1 <= escala <= 12:
            self.scale(factor, factor)

    def wheelEvent(self, e: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.2 if e.angleDelta().y() > 0 else 1 / 1.2)
            e.accept()
            return
        super().wheelEvent(e)


# ------------------------------------------------------------------------------------------
# the table of proposals


COL_DATO, COL_VALOR, COL_DECISION, COL_CONFIANZA = range(4)


class _Delegado(QStyledItemDelegate):
    """Choice fields edit with a combo box; the others with a line edit."""

    def __init__(self, dialogo: DialogoRevision):
        super().__init__(dialogo)
        self.dialogo = dialogo

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        p = self.dialogo.propuestas[index.row()]
        if p.opciones:
            combo = QComboBox(parent)
            for clave, texto in p.opciones:
                combo.addItem(texto, clave)
            return combo
        return QLineEdit(parent)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        p = self.dialogo.propuestas[index.row()]
        if isinstance(editor, QComboBox):
            i = editor.findData(p.valor)
            editor.setCurrentIndex(max(0, i))
        else:
            editor.setText(p.valor if p.decision == CORREGIDO else p.propuesto)
            editor.selectAll()

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        fila = index.row()
        if isinstance(editor, QComboBox):
            self.dialogo.corregir(fila, str(editor.currentData() or ""))
        else:
            self.dialogo.corregir(fila, editor.text())


class TablaPropuestas(QTableWidget):
    """Up/Down move, Enter accepts, Supr rejects, F2 (or double click) corrects, Space marks."""

    aceptar = Signal(int)
    rechazar = Signal(int)
    marcar = Signal(int)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt API
        fila = self.currentRow()
        if self.state() != QAbstractItemView.State.EditingState and fila >= 0:
            if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not e.modifiers():
                self.aceptar.emit(fila)
                e.accept()
                return
            if e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.rechazar.emit(fila)
                e.accept()
                return
            if e.key() == Qt.Key.Key_Space:
                self.marcar.emit(fila)
                e.accept()
                return
            if e.key() == Qt.Key.Key_F2:
                self.editItem(self.item(fila, COL_VALOR))
                e.accept()
                return
        super().keyPressEvent(e)


class DialogoRevision(QDialog):
    """What the reader found, beside the page, for the clerk to accept, correct or reject."""

    def __init__(self, resultado: ResultadoLectura, *, idiomas: list[tuple[str, str]],
                 nombre_pais: Callable[[str], str] | None = None, claves_pais: Callable[[str], bool] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from app.ui.asistente.base import nota  # here: the wizard package imports this module

        self.setObjectName("revisionCertificado")
        self.resultado = resultado
        self.lectura = resultado.lectura
        self._nombre_pais = nombre_pais
        self._claves_pais = claves_pais
        self.propuestas = propuestas_de(self.lectura, idiomas, nombre_pais)
        self._paginas = {p.numero: p for p in self.lectura.paginas}
        self._actualizando = False
        self.setWindowTitle(self.tr("Revisar lo leído del certificado — {archivo}").format(archivo=resultado.ruta.name))
        self.setSizeGripEnabled(True)

        v = QVBoxLayout(self)
        v.setContentsMargins(12, 10, 12, 10)
        v.setSpacing(8)
        self.resumen = nota(self._texto_resumen(), "nota-info", "info")
        self.resumen.setObjectName("resumenLectura")
        v.addWidget(self.resumen)

        divisor = QSplitter(Qt.Orientation.Horizontal)
        divisor.setObjectName("divisorRevision")
        izquierda = QWidget()
        iv = QVBoxLayout(izquierda)
        iv.setContentsMargins(0, 0, 0, 0)
        iv.setSpacing(6)
        self.tabla = TablaPropuestas(len(self.propuestas), 4)
        self.tabla.setObjectName("tablaPropuestas")
        self.tabla.setHorizontalHeaderLabels([self.tr("Dato"), self.tr("Valor leído"), self.tr("Decisión"),
                                              self.tr("Confianza")])
        self.tabla.verticalHeader().hide()
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tabla.setItemDelegateForColumn(COL_VALOR, _Delegado(self))
        self.tabla.setWordWrap(False)
        self.tabla.setTextElideMode(Qt.TextElideMode.ElideRight)
        cab = self.tabla.horizontalHeader()
        cab.setSectionResizeMode(COL_DATO, QHeaderView.ResizeMode.ResizeToContents)
        cab.setSectionResizeMode(COL_VALOR, QHeaderView.ResizeMode.Stretch)
        cab.setSectionResizeMode(COL_DECISION, QHeaderView.ResizeMode.ResizeToContents)
        cab.setSectionResizeMode(COL_CONFIANZA, QHeaderView.ResizeMode.ResizeToContents)
        iv.addWidget(self.tabla, 1)
        self.evidencia = QLabel()
        self.evidencia.setObjectName("evidencia")
        self.evidencia.setWordWrap(True)
        self.evidencia.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidencia.setMinimumHeight(46)
        self.evidencia.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        iv.addWidget(self.evidencia)
        botones = QHBoxLayout()
        self.b_aceptar = QPushButton(estilo.icono("ok"), self.tr("&Aceptar"))
        self.b_corregir = QPushButton(estilo.icono("info"), self.tr("C&orregir…"))
        self.b_rechazar = QPushButton(estilo.icono("error"), self.tr("&Rechazar"))
        self.b_todo = QPushButton(self.tr("Aceptar &todo lo marcado"))
        self.b_todo.setObjectName("aceptarMarcados")
        for b in (self.b_aceptar, self.b_corregir, self.b_rechazar, self.b_todo):
            b.setAutoDefault(False)
        self.b_aceptar.setToolTip(self.tr("Intro"))
        self.b_corregir.setToolTip(self.tr("F2 o doble clic en el valor"))
        self.b_rechazar.setToolTip(self.tr("Supr"))
        self.b_todo.setToolTip(self.tr("Acepta los valores con la casilla marcada que aún no tienen decisión."))
        self.b_aceptar.clicked.connect(lambda: self.aceptar(self.tabla.currentRow()))
        self.b_rechazar.clicked.connect(lambda: self.rechazar(self.tabla.currentRow()))
        self.b_corregir.clicked.connect(self._editar_actual)
        self.b_todo.clicked.connect(self.aceptar_marcados)
        botones.addWidget(self.b_aceptar)
        botones.addWidget(self.b_corregir)
        botones.addWidget(self.b_rechazar)
        botones.addStretch(1)
        botones.addWidget(self.b_todo)
        iv.addLayout(botones)
        ayuda = QLabel(self.tr("Flechas: moverse · Intro: aceptar · F2: corregir · Supr: rechazar · "
                               "Espacio: marcar o desmarcar"))
        ayuda.setProperty("rol", "ayuda")
        ayuda.setWordWrap(True)
        iv.addWidget(ayuda)
        divisor.addWidget(izquierda)

        derecha = QWidget()
        dv = QVBoxLayout(derecha)
        dv.setContentsMargins(0, 0, 0, 0)
        dv.setSpacing(4)
        barra = QHBoxLayout()
        self.selector_pagina = QComboBox()
        self.selector_pagina.setObjectName("paginaRevision")
        for p in self.lectura.paginas:
            metodo = self.tr("texto") if p.metodo == "texto" else self.tr("OCR")
            giro = self.tr(", girada {g}°").format(g=p.rotacion) if p.rotacion else ""
            self.selector_pagina.addItem(self.tr("Página {n} de {t} ({metodo}{giro})").format(
                n=p.numero, t=len(self.lectura.paginas), metodo=metodo, giro=giro), p.numero)
        self.selector_pagina.activated.connect(lambda _i: self._ver_pagina(int(self.selector_pagina.currentData())))
        menos = QPushButton("−")
        mas = QPushButton("+")
        completa = QPushButton(self.tr("Página completa"))
        for b in (menos, mas, completa):
            b.setAutoDefault(False)
        menos.setToolTip(self.tr("Alejar (Ctrl+rueda)"))
        mas.setToolTip(self.tr("Acercar (Ctrl+rueda)"))
        menos.setFixedWidth(32)
        mas.setFixedWidth(32)
        barra.addWidget(self.selector_pagina, 1)
        barra.addWidget(menos)
        barra.addWidget(mas)
        barra.addWidget(completa)
        dv.addLayout(barra)
        self.vista = VistaPagina()
        dv.addWidget(self.vista, 1)
        menos.clicked.connect(lambda: self.vista.zoom(1 / 1.25))
        mas.clicked.connect(lambda: self.vista.zoom(1.25))
        completa.clicked.connect(self.vista.pagina_completa)
        divisor.addWidget(derecha)
        divisor.setStretchFactor(0, 5)
        divisor.setStretchFactor(1, 6)
        v.addWidget(divisor, 1)

        pie = QHBoxLayout()
        self.recordar = QCheckBox(self.tr("Re&cordar mis correcciones para los certificados de este molino"))
        self.recordar.setObjectName("recordarCorrecciones")
        self.recordar.setChecked(True)
        self.recordar.setToolTip(self.tr(
            "La próxima vez que lea un certificado de este molino, el programa buscará cada dato corregido en el "
            "mismo lugar (Plantillas de molinos en el menú Archivo)."))
        pie.addWidget(self.recordar, 1)
        self.cuenta = QLabel()
        self.cuenta.setObjectName("cuentaDecisiones")
        self.cuenta.setProperty("rol", "ayuda")
        pie.addWidget(self.cuenta)
        self.boton_llenar = QPushButton(self.tr("&Llenar el certificado"))
        self.boton_llenar.setObjectName("llenarCertificado")
        self.boton_llenar.setAutoDefault(False)
        self.boton_llenar.clicked.connect(self.accept)
        cancelar = QPushButton(self.tr("Cancelar"))
        cancelar.setAutoDefault(False)
        cancelar.clicked.connect(self.reject)
        pie.addWidget(self.boton_llenar)
        pie.addWidget(cancelar)
        v.addLayout(pie)

        self._llenar_tabla()
        self.tabla.currentCellChanged.connect(lambda fila, _c, _f, _c2: self._fila_elegida(fila))
        self.tabla.itemChanged.connect(self._item_cambiado)
        self.tabla.aceptar.connect(lambda f: self.aceptar(f, avanzar=True))
        self.tabla.rechazar.connect(lambda f: self.rechazar(f, avanzar=True))
        self.tabla.marcar.connect(self._alternar_marca)
        pantalla = self.screen().availableGeometry() if self.screen() is not None else None
        if pantalla is not None and pantalla.width() > 0:
            self.resize(min(1280, int(pantalla.width() * 0.94)), min(800, int(pantalla.height() * 0.92)))
        else:
            self.resize(1280, 800)
        primera = next((i for i, p in enumerate(self.propuestas) if p.encontrado and p.campo is not None), 0)
        pagina = self.propuestas[primera].campo.pagina if self.propuestas[primera].campo else 1
        self._ver_pagina(pagina)
        self.tabla.setCurrentCell(primera, COL_VALOR)
        self.tabla.setFocus()
        self._contar()

    # -- text -----------------------------------------------------------------------------------
    def _texto_resumen(self) -> str:
        lec = self.lectura
        n = len(lec.paginas)
        ocr = sum(1 for p in lec.paginas if p.metodo == "ocr")
        partes = [self.tr("Se leyó «{archivo}»: {n} página(s)").format(archivo=self.resultado.ruta.name, n=n)]
        if ocr:
            partes.append(self.tr("{k} con OCR (escaneo): revise con cuidado").format(k=ocr))
        texto = ", ".join(partes) + ". "
        encontrados = sum(1 for p in self.propuestas if p.encontrado)
        texto += self.tr("{e} de {t} datos encontrados; cada uno muestra dónde se leyó.").format(
            e=encontrados, t=len(self.propuestas))
        if self.resultado.plantilla is not None:
            texto += " " + self.tr("Se aplicó lo aprendido del molino «{molino}».").format(
                molino=self.resultado.plantilla.nombre)
        otras = [a for a in lec.advertencias if not a.startswith("Se aplicó la plantilla")]
        if otras:
            texto += " " + " ".join(otras)
        return texto

    def _texto_decision(self, p: Propuesta) -> str:
        if not p.encontrado and p.decision == PENDIENTE:
            return self.tr("No encontrado")
        return {PENDIENTE: self.tr("Pendiente"), ACEPTADO: self.tr("Aceptado"), CORREGIDO: self.tr("Corregido"),
                RECHAZADO: self.tr("Rechazado")}[p.decision]

    def _icono_decision(self, p: Propuesta):
        if not p.encontrado and p.decision == PENDIENTE:
            return estilo.icono("pendiente")
        return estilo.icono({PENDIENTE: "aviso", ACEPTADO: "ok", CORREGIDO: "info", RECHAZADO: "error"}[p.decision])

    # -- table ------------------------------------------------------------------------------------
    def _llenar_tabla(self) -> None:
        self._actualizando = True
        try:
            for i, p in enumerate(self.propuestas):
                dato = QTableWidgetItem(p.nombre)
                dato.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                dato.setCheckState(Qt.CheckState.Checked if p.marcado else Qt.CheckState.Unchecked)
                dato.setToolTip(self.tr("Marcado: «Aceptar todo lo marcado» lo acepta (Espacio)."))
                self.tabla.setItem(i, COL_DATO, dato)
                valor = QTableWidgetItem()
                valor.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
                self.tabla.setItem(i, COL_VALOR, valor)
                decision = QTableWidgetItem()
                decision.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.tabla.setItem(i, COL_DECISION, decision)
                conf = QTableWidgetItem()
                conf.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                conf.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if p.campo is not None and p.encontrado:
                    conf.setText(f"{round(100 * p.campo.confianza)} %")
                self.tabla.setItem(i, COL_CONFIANZA, conf)
                self._pintar_fila(i)
        finally:
            self._actualizando = False

    def _pintar_fila(self, i: int) -> None:
        p = self.propuestas[i]
        cargando, self._actualizando = self._actualizando, True
        try:
            valor = self.tabla.item(i, COL_VALOR)
            texto = p.mostrado()
            valor.setText(texto if texto else self.tr("(no se encontró; F2 para escribirlo)"))
            f = valor.font()
            f.setStrikeOut(p.decision == RECHAZADO)
            f.setItalic(not texto)
            valor.setFont(f)
            valor.setForeground(QBrush(QColor(estilo.GRIS if (p.decision == RECHAZADO or not texto) else "black")))
            tip = texto
            if p.decision == CORREGIDO and p.propuesto:
                tip = self.tr("Corregido; se leyó: {leido}").format(leido=p.propuesto)
            valor.setToolTip(tip)
            d = self.tabla.item(i, COL_DECISION)
            d.setText(self._texto_decision(p))
            d.setIcon(self._icono_decision(p))
            if p.campo is not None and p.campo.metodo == "plantilla":
                self.tabla.item(i, COL_DATO).setIcon(estilo.icono("info"))
                self.tabla.item(i, COL_DATO).setToolTip(self.tr("Hallado con lo aprendido de este molino."))
        finally:
            self._actualizando = cargando

    def _item_cambiado(self, item: QTableWidgetItem) -> None:
        if self._actualizando or item.column() != COL_DATO:
            return
        self.propuestas[item.row()].marcado = item.checkState() == Qt.CheckState.Checked

    def _alternar_marca(self, fila: int) -> None:
        item = self.tabla.item(fila, COL_DATO)
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked)

    def _editar_actual(self) -> None:
        fila = self.tabla.currentRow()
        if fila >= 0:
            self.tabla.setCurrentCell(fila, COL_VALOR)
            self.tabla.editItem(self.tabla.item(fila, COL_VALOR))

    # -- decisions ----------------------------------------------------------------------------------
    def fila(self, clave: str) -> int:
        return next(i for i, p in enumerate(self.propuestas) if p.clave == clave)

    def propuesta(self, clave: str) -> Propuesta:
        return self.propuestas[self.fila(clave)]

    def aceptar(self, fila: int, avanzar: bool = False) -> None:
        if not 0 <= fila < len(self.propuestas):
            return
        p = self.propuestas[fila]
        if p.decision != CORREGIDO:  # Enter on a corrected value keeps the correction
            if not p.encontrado:
                if fila == self.tabla.currentRow():
                    self._editar_actual()  # nothing to accept: type it
                return
            p.decision = ACEPTADO
            p.valor = p.original
        self._decidido(fila, avanzar)

    def rechazar(self, fila: int, avanzar: bool = False) -> None:
        if not 0 <= fila < len(self.propuestas):
            return
        self.propuestas[fila].decision = RECHAZADO
        self._decidido(fila, avanzar)

    def corregir(self, fila: int, texto: str) -> None:
        """The clerk typed (or chose) a value for the row."""
        p = self.propuestas[fila]
        t = (texto or "").strip()
        p.texto_corregido = ""
        if p.clave in ("pais", "productor.pais"):
            t = self._resolver_pais(t)
            nombre = self._nombre_pais(t) if (t and self._nombre_pais) else ""
            p.texto_corregido = f"{t} - {nombre}" if nombre else t
        if not t:
            p.decision = RECHAZADO if p.encontrado else PENDIENTE
            p.valor = p.original
        elif p.encontrado and t == p.original:
            p.decision = ACEPTADO
            p.valor = p.original
        else:
            p.decision = CORREGIDO
            p.valor = t
        self._decidido(fila, False)

    def _resolver_pais(self, texto: str) -> str:
        t = texto.strip()
        if not t:
            return ""
        clave = t.split(" - ")[0].strip().upper()
        if self._claves_pais is not None and self._claves_pais(clave):
            return clave
        desde_nombre = pais_de_nombre(t)
        if desde_nombre:
            return desde_nombre
        return clave if len(clave) == 3 else normalizar(t).upper()

    def aceptar_marcados(self) -> int:
        n = 0
        for i, p in enumerate(self.propuestas):
            if p.marcado and p.decision == PENDIENTE and p.encontrado:
                p.decision = ACEPTADO
                self._pintar_fila(i)
                n += 1
        self._decidido(self.tabla.currentRow(), False)
        return n

    def _decidido(self, fila: int, avanzar: bool) -> None:
        if 0 <= fila < len(self.propuestas):
            self._pintar_fila(fila)
        self._contar()
        if avanzar and fila + 1 < len(self.propuestas):
            self.tabla.setCurrentCell(fila + 1, COL_VALOR)
        else:
            self._resaltar(self.tabla.currentRow(), zoom=False)

    def _contar(self) -> None:
        usados = sum(1 for p in self.propuestas if p.usado)
        pendientes = sum(1 for p in self.propuestas if p.decision == PENDIENTE and p.encontrado)
        texto = self.tr("{u} dato(s) para el certificado").format(u=usados)
        if pendientes:
            texto += " · " + self.tr("{p} pendiente(s) no se usarán").format(p=pendientes)
        self.cuenta.setText(texto)
        self.boton_llenar.setEnabled(usados > 0)

    # -- page view ------------------------------------------------------------------------------------
    def _cajas_de(self, pagina: int) -> list[tuple[int, QRectF, str, str]]:
        salida = []
        for i, p in enumerate(self.propuestas):
            c = p.campo
            if c is None or c.pagina != pagina or not p.encontrado:
                continue
            x0, y0, x1, y1 = c.bbox
            salida.append((i, QRectF(x0, y0, x1 - x0, y1 - y0), p.decision, f"{p.nombre}: {p.mostrado()}"))
        return salida

    def _ver_pagina(self, pagina: int) -> None:
        pl = self._paginas.get(pagina)
        if pl is None:
            return
        self.vista.mostrar(pagina, self.resultado.imagenes.get(pagina), pl.ancho, pl.alto, self._cajas_de(pagina))
        i = self.selector_pagina.findData(pagina)
        if i >= 0 and self.selector_pagina.currentIndex() != i:
            self.selector_pagina.setCurrentIndex(i)
        self.vista.pagina_completa()
        fila = self.tabla.currentRow()
        if fila >= 0:
            self._resaltar(fila, zoom=False)

    def _fila_elegida(self, fila: int) -> None:
        if fila < 0:
            return
        self._resaltar(fila, zoom=True)

    def _resaltar(self, fila: int, zoom: bool) -> None:
        if not 0 <= fila < len(self.propuestas):
            return
        p = self.propuestas[fila]
        c = p.campo if p.encontrado else None
        if c is not None and c.pagina != self.vista.pagina:
            self._ver_pagina(c.pagina)
        decisiones = {i: q.decision for i, q in enumerate(self.propuestas)}
        self.vista.resaltar(fila if c is not None else None, decisiones, zoom=zoom)
        self.evidencia.setText(self._texto_evidencia(p))

    def _texto_evidencia(self, p: Propuesta) -> str:
        c = p.campo
        if c is None or not p.encontrado:
            if p.clave == "tipo" and p.encontrado:
                return self.tr("Tipo deducido de las palabras del documento (colada, molino, calidad…).")
            return self.tr("No se encontró en el documento. Si lo ve en la página, escríbalo con F2.")
        metodo = {"texto": self.tr("texto del PDF"), "ocr": self.tr("OCR del escaneo"),
                  "plantilla": self.tr("lo aprendido de este molino")}.get(c.metodo, c.metodo)
        return self.tr("Página {n} · {metodo} · confianza {conf} %\nLeído: «{texto}»").format(
            n=c.pagina, metodo=metodo, conf=round(100 * c.confianza), texto=c.texto)

    # -- results -----------------------------------------------------------------------------------------
    def valores(self) -> dict[str, str]:
        """Accepted and corrected values, in the certificate form's format (options: their key)."""
        return {p.clave: p.valor for p in self.propuestas if p.usado and p.valor != ""}

    def correcciones(self) -> dict[str, Any]:
        """Corrected (or typed where nothing was found) values of the fields a mill template can
        learn, as :func:`app.extract.plantillas.aprender` takes them."""
        salida = {}
        for p in self.propuestas:
            if p.decision != CORREGIDO or p.clave not in TIPOS:
                continue
            v = valor_canonico(p.clave, p.valor)
            if v not in (None, "", []):
                salida[p.clave] = v
        return salida

    def decisiones(self) -> dict[str, str]:
        return {p.clave: p.decision for p in self.propuestas}


__all__ = [
    "DialogoRevision",
    "LectorEnSegundoPlano",
    "LecturaCancelada",
    "Propuesta",
    "ResultadoLectura",
    "leer_para_revision",
    "dibujar_paginas",
    "propuestas_de",
    "nombres_campos",
    "valor_canonico",
    "PDFIUM",
]
