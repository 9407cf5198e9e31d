"""The attachments a notice needs in VUCEM, checked and, when they fail, converted.

For a notice: each certificate's PDF (``Certificado.archivo``), the Spanish translation of a
certificate that is not in Spanish (``extra["archivo_traduccion"]``, rule R11) and the invoice
(``Factura.extra["archivo"]``), the same names the printed checklist lists. The clerk picks each
file; it is checked against the limits in Preferences (``revisar_adjunto``) and what fails is
said in Spanish; «Preparar para VUCEM» writes a conforming copy (grayscale, the dpi, PDF 1.4,
split when too big) in a folder the clerk picks, off the UI thread with progress, never touching
the original. The list at the bottom says which files to upload.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.documentos import ruta_documento
from app.domain.model import Expediente
from app.domain.reglas import IDIOMAS_ESPANOL, NOMBRE_IDIOMA
from app.report.adjuntos import ErrorAdjunto, Problema, convertir_adjunto, revisar_adjunto
from app.store import ErrorAlmacen
from app.ui import dialogos, estilo
from app.ui.operaciones import Cancelada, Operaciones
from app.ui.progreso import con_progreso
from app.ui.servicios import Servicios

# where each kind of attachment keeps its file and its VUCEM copies
CLAVES = {
    "certificado": (None, "vucem"),  # the file is Certificado.archivo
    "traduccion": ("archivo_traduccion", "vucem_traduccion"),
    "factura": ("archivo", "vucem"),
}


@dataclass
class Requisito:
    tipo: str  # certificado | traduccion | factura
    ref: str  # certificate or invoice id
    documento: str  # what it is, for the clerk
    archivo: str = ""  # as stored in the expediente
    copias: list[str] = field(default_factory=list)  # VUCEM-ready copies written before
    problemas: list[Problema] | None = None  # None: not checked yet
    problemas_copias: dict[str, list[Problema]] = field(default_factory=dict)
    sha256: str = ""  # the copy kept with the expediente (``extra["documento_sha256"]``), if any

    def clave(self) -> tuple[str, str]:
        return self.tipo, self.ref


def requisitos(exp: Expediente, aviso_id: str) -> list[Requisito]:
    """The attachments the notice needs, in the order of the printed checklist."""
    a = exp.aviso(aviso_id)
    if a is None:
        return []
    out: list[Requisito] = []
    for cid in a.certificados:
        c = exp.certificado(cid)
        if c is None:
            continue
        tipo = QCoreApplication.translate("DialogoAnexos", "Certificado de molino") if c.tipo == "molino" else (
            QCoreApplication.translate("DialogoAnexos", "Certificado de calidad") if c.tipo == "calidad" else QCoreApplication.translate("DialogoAnexos", "Certificado"))
        out.append(Requisito("certificado", c.id, f"{tipo} {c.numero or c.id}", c.archivo, _lista(c.extra.get("vucem")),
                             sha256=str(c.extra.get("documento_sha256", "") or "")))
        idioma = c.idioma.strip().lower()
        if idioma and idioma not in IDIOMAS_ESPANOL:
            out.append(Requisito("traduccion", c.id, QCoreApplication.translate("DialogoAnexos", "Traducción al español del certificado {numero} (original en {idioma})")
                                 .format(numero=c.numero or c.id, idioma=NOMBRE_IDIOMA.get(idioma, idioma)),
                                 str(c.extra.get("archivo_traduccion", "") or ""), _lista(c.extra.get("vucem_traduccion"))))
    ligadas = set(a.partidas_factura)
    for f in exp.facturas:
        if any(p.id in ligadas for p in f.partidas):
            out.append(Requisito("factura", f.id, QCoreApplication.translate("DialogoAnexos", "Factura comercial {numero}").format(numero=f.numero or f.id),
                                 str(f.extra.get("archivo", "") or ""), _lista(f.extra.get("vucem"))))
    return out


def _lista(v: Any) -> list[str]:
    return [str(x) for x in v] if isinstance(v, (list, tuple)) else []


class DialogoAnexos(QDialog):
    def __init__(self, servicios: Servicios, expediente_id: int, aviso_id: str, *, operaciones: Operaciones | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.expediente_id = expediente_id
        self.aviso_id = aviso_id
        self.operaciones = operaciones or Operaciones(self)
        self.limites = servicios.ajustes.limites_vucem
        self.revisiones = 0  # checks finished (tests wait on it)
        self._pendientes = 0
        self.setObjectName("dialogoAnexos")
        self.setWindowTitle(self.tr("Anexos para VUCEM · aviso {aviso}").format(aviso=aviso_id))
        self.setSizeGripEnabled(True)
        v = QVBoxLayout(self)
        limites = QLabel(self.tr("VUCEM acepta: {limites}. (Se cambian en Preferencias ▸ Anexos para VUCEM.)").format(
            limites=self.limites.texto()))
        limites.setObjectName("limitesVucem")
        limites.setWordWrap(True)
        limites.setProperty("rol", "ayuda")
        v.addWidget(limites)

        self.tabla = QTableWidget(0, 4)
        self.tabla.setObjectName("tablaAnexos")
        self.tabla.setHorizontalHeaderLabels([self.tr("Documento"), self.tr("Archivo"), self.tr("Revisión"),
                                              self.tr("Copia para VUCEM")])
        self.tabla.verticalHeader().hide()
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setWordWrap(True)
        cab = self.tabla.horizontalHeader()
        cab.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            cab.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        cab.resizeSection(1, 210)
        cab.resizeSection(2, 160)
        cab.resizeSection(3, 210)
        self.tabla.currentCellChanged.connect(lambda *_: self._mostrar_detalle())
        et = QLabel(self.tr("&Documentos que pide el aviso:"))
        et.setBuddy(self.tabla)
        et.setFont(estilo.fuente_negrita(et.font()))
        v.addWidget(et)
        v.addWidget(self.tabla, 2)

        fila = QHBoxLayout()
        self.bot_elegir = QPushButton(self.tr("&Elegir archivo…"))
        self.bot_elegir.setObjectName("elegirAnexo")
        self.bot_elegir.clicked.connect(self.elegir_archivo)
        self.bot_revisar = QPushButton(self.tr("&Revisar de nuevo"))
        self.bot_revisar.setObjectName("revisarAnexos")
        self.bot_revisar.clicked.connect(self.revisar)
        self.bot_convertir = QPushButton(self.tr("&Preparar para VUCEM…"))
        self.bot_convertir.setObjectName("convertirAnexo")
        self.bot_convertir.clicked.connect(self.convertir)
        for b in (self.bot_elegir, self.bot_revisar, self.bot_convertir):
            b.setAutoDefault(False)
            fila.addWidget(b)
        fila.addStretch(1)
        v.addLayout(fila)

        self.detalle = QListWidget()
        self.detalle.setObjectName("problemasAnexo")
        self.detalle.setWordWrap(True)
        et_d = QLabel(self.tr("Lo que VUCEM recha&zaría del documento elegido:"))
        et_d.setBuddy(self.detalle)
        v.addWidget(et_d)
        v.addWidget(self.detalle, 1)

        et_s = QLabel(self.tr("Archivos que debe &subir a VUCEM:"))
        et_s.setFont(estilo.fuente_negrita(et_s.font()))
        self.subir = QPlainTextEdit()
        self.subir.setObjectName("archivosParaSubir")
        self.subir.setReadOnly(True)
        self.subir.setMaximumHeight(110)
        et_s.setBuddy(self.subir)
        v.addWidget(et_s)
        v.addWidget(self.subir)
        abajo = QHBoxLayout()
        self.bot_copiar = QPushButton(self.tr("C&opiar la lista"))
        self.bot_copiar.clicked.connect(lambda: QApplication.clipboard().setText(self.subir.toPlainText()))
        cerrar = QPushButton(self.tr("&Cerrar"))
        cerrar.clicked.connect(self.accept)
        for b in (self.bot_copiar, cerrar):
            b.setAutoDefault(False)
        abajo.addWidget(self.bot_copiar)
        abajo.addStretch(1)
        abajo.addWidget(cerrar)
        v.addLayout(abajo)

        self.requisitos: list[Requisito] = []
        self.cargar()
        self.resize(1000, 640)

    # -- data ---------------------------------------------------------------------------------------
    def cargar(self) -> None:
        try:
            exp = self.servicios.almacen.cargar_expediente(self.expediente_id)
        except ErrorAlmacen as e:
            dialogos.error(self, self.tr("No se pudieron leer los anexos"), str(e))
            return
        anteriores = {r.clave(): r for r in self.requisitos}
        self.requisitos = requisitos(exp, self.aviso_id)
        for r in self.requisitos:
            viejo = anteriores.get(r.clave())
            if viejo is not None and viejo.archivo == r.archivo and viejo.copias == r.copias:
                r.problemas, r.problemas_copias = viejo.problemas, viejo.problemas_copias
        self._llenar()
        if self.requisitos and self.tabla.currentRow() < 0:
            self.tabla.selectRow(0)
        self.revisar()

    def resolver(self, archivo: str, sha256: str = "") -> Path | None:
        """The file on disk: as written; else the copy kept with the expediente (by its SHA-256);
        else by its name in the data folder's documents."""
        if not archivo:
            return None
        ruta = Path(archivo)
        if ruta.is_file():
            return ruta
        guardada = ruta_documento(self.servicios.paths, sha256) if sha256 else None
        candidatas = [guardada] if guardada is not None else []
        if not ruta.is_absolute():
            candidatas.append(self.servicios.paths.documentos / ruta)
        return next((c for c in candidatas if c.is_file()), ruta)

    def requisito_actual(self) -> Requisito | None:
        i = self.tabla.currentRow()
        return self.requisitos[i] if 0 <= i < len(self.requisitos) else None

    # -- checking ---------------------------------------------------------------------------------------
    def revisar(self) -> None:
        """Check every file (and the copies made before) off the UI thread."""
        trabajo = []
        for r in self.requisitos:
            ruta = self.resolver(r.archivo, r.sha256)
            trabajo.append((r.clave(), ruta, [Path(c) for c in r.copias]))
        limites = self.limites

        def hacer() -> dict[tuple[str, str], tuple[list[Problema] | None, dict[str, list[Problema]]]]:
            out = {}
            for clave, ruta, copias in trabajo:
                propios = revisar_adjunto(ruta, limites) if ruta is not None else None
                out[clave] = (propios, {str(c): revisar_adjunto(c, limites) for c in copias})
            return out

        self._pendientes += 1
        self.bot_revisar.setEnabled(False)
        self.operaciones.ejecutar(hacer, self._revisado, self._fallo_revision)

    def _revisado(self, resultados) -> None:  # noqa: ANN001
        self._pendientes -= 1
        for r in self.requisitos:
            if r.clave() in resultados:
                r.problemas, r.problemas_copias = resultados[r.clave()]
        self.revisiones += 1
        self.bot_revisar.setEnabled(True)
        self._llenar()

    def _fallo_revision(self, e: BaseException) -> None:
        self._pendientes -= 1
        self.bot_revisar.setEnabled(True)
        self.revisiones += 1
        dialogos.error(self, self.tr("No se pudieron revisar los anexos"), f"{type(e).__name__}: {e}")

    # -- showing -------------------------------------------------------------------------------------------
    def estado(self, r: Requisito) -> tuple[str, str]:
        """(short text, severity: ok | error | aviso | pendiente) of a requirement."""
        if not r.archivo:
            return self.tr("Falta elegir el archivo"), "aviso"
        if r.problemas is None:
            return self.tr("Revisando…"), "pendiente"
        if r.copias and all(not p for p in r.problemas_copias.values()) and r.problemas_copias:
            return self.tr("Copia lista para VUCEM"), "ok"
        if not r.problemas:
            return self.tr("Cumple"), "ok"
        if any(p.codigo == "NO_ENCONTRADO" for p in r.problemas):
            return self.tr("No se encontró el archivo"), "error"
        return self.tr("{n} problema(s)").format(n=len(r.problemas)), "error"

    def _llenar(self) -> None:
        actual = max(0, self.tabla.currentRow())
        self.tabla.blockSignals(True)
        self.tabla.setRowCount(len(self.requisitos))
        colores = {"ok": estilo.VERDE, "error": estilo.ROJO_TEXTO, "aviso": estilo.AMBAR_TEXTO, "pendiente": estilo.GRIS}
        iconos = {"ok": "ok", "error": "error", "aviso": "aviso", "pendiente": "pendiente"}
        for i, r in enumerate(self.requisitos):
            texto, sev = self.estado(r)
            ruta = self.resolver(r.archivo, r.sha256)
            celdas = [
                QTableWidgetItem(r.documento),
                QTableWidgetItem(ruta.name if ruta is not None else self.tr("(sin archivo)")),
                QTableWidgetItem(estilo.icono(iconos[sev]), texto),
                QTableWidgetItem("\n".join(Path(c).name for c in r.copias)),
            ]
            celdas[1].setToolTip(str(ruta) if ruta is not None else "")
            celdas[2].setForeground(QBrush(QColor(colores[sev])))
            celdas[3].setToolTip("\n".join(r.copias))
            for j, c in enumerate(celdas):
                self.tabla.setItem(i, j, c)
        self.tabla.blockSignals(False)
        self.tabla.resizeRowsToContents()
        if self.requisitos:
            self.tabla.selectRow(min(actual, len(self.requisitos) - 1))
        self._mostrar_detalle()
        self._mostrar_subir()

    def _mostrar_detalle(self) -> None:
        r = self.requisito_actual()
        self.detalle.clear()
        self.bot_elegir.setEnabled(r is not None)
        self.bot_convertir.setEnabled(bool(r is not None and r.archivo and r.problemas
                                           and not any(p.codigo == "NO_ENCONTRADO" for p in r.problemas)))
        if r is None:
            return
        if not r.archivo:
            self.detalle.addItem(QListWidgetItem(estilo.icono("aviso"), self.tr(
                "Elija el archivo de este documento (PDF o imagen escaneada).")))
            return
        if r.problemas is None:
            self.detalle.addItem(self.tr("Revisando…"))
            return
        for p in r.problemas:
            self.detalle.addItem(QListWidgetItem(estilo.icono("error"), p.mensaje))
        if not r.problemas:
            self.detalle.addItem(QListWidgetItem(estilo.icono("ok"), self.tr("El archivo cumple: súbalo tal como está.")))
        for copia, problemas in r.problemas_copias.items():
            nombre = Path(copia).name
            if problemas:
                for p in problemas:
                    self.detalle.addItem(QListWidgetItem(estilo.icono("error"), self.tr("Copia {archivo}: {problema}").format(
                        archivo=nombre, problema=p.mensaje)))
            else:
                self.detalle.addItem(QListWidgetItem(estilo.icono("ok"), self.tr("La copia {archivo} cumple.").format(
                    archivo=nombre)))

    def archivos_para_subir(self) -> list[str]:
        """The files to upload (full paths); a line saying what is missing for the others."""
        lineas = []
        for r in self.requisitos:
            texto, sev = self.estado(r)
            copias_ok = [c for c in r.copias if r.problemas_copias.get(c) == []]
            if copias_ok:
                lineas += [f"{r.documento}: {c}" for c in copias_ok]
            elif r.archivo and r.problemas == []:
                lineas.append(f"{r.documento}: {self.resolver(r.archivo, r.sha256)}")
            else:
                lineas.append(self.tr("{documento}: pendiente ({estado})").format(documento=r.documento, estado=texto.lower()))
        return lineas

    def _mostrar_subir(self) -> None:
        lineas = self.archivos_para_subir()
        self.subir.setPlainText("\n".join(lineas) if lineas else self.tr(
            "El aviso no tiene certificados ni partidas de factura vinculados."))

    # -- actions ---------------------------------------------------------------------------------------------
    def _guardar_en_expediente(self, r: Requisito, archivo: str | None = None, copias: list[str] | None = None) -> bool:
        """Write the file (and/or copies) chosen for ``r`` into the certificate or invoice record."""
        try:
            exp = self.servicios.almacen.cargar_expediente(self.expediente_id)
            clave_archivo, clave_copias = CLAVES[r.tipo]
            if r.tipo in ("certificado", "traduccion"):
                c = exp.certificado(r.ref)
                if c is None:
                    return False
                extra = dict(c.extra)
                if copias is not None:
                    extra[clave_copias] = copias
                if archivo is not None:
                    if r.tipo == "certificado":
                        c = replace(c, archivo=archivo)
                    else:
                        extra[clave_archivo] = archivo
                    if copias is None:  # a new file: the copies of the old one no longer apply
                        extra.pop(clave_copias, None)
                self.servicios.almacen.guardar_certificado(self.expediente_id, replace(c, extra=extra))
            else:
                f = next((x for x in exp.facturas if x.id == r.ref), None)
                if f is None:
                    return False
                extra = dict(f.extra)
                if archivo is not None:
                    extra[clave_archivo] = archivo
                    if copias is None:
                        extra.pop(clave_copias, None)
                if copias is not None:
                    extra[clave_copias] = copias
                self.servicios.almacen.guardar_factura(self.expediente_id, replace(f, extra=extra))
        except ErrorAlmacen as e:
            dialogos.error(self, self.tr("No se guardó el anexo"), str(e))
            return False
        return True

    def elegir_archivo(self) -> None:
        r = self.requisito_actual()
        if r is None:
            return
        actual = self.resolver(r.archivo, r.sha256)
        carpeta = str(actual.parent) if actual is not None and actual.parent.is_dir() else (
            self.servicios.ajustes.carpeta_documentos or str(self.servicios.paths.documentos))
        ruta = dialogos.elegir_archivo_abrir(self, self.tr("Archivo de «{documento}»").format(documento=r.documento), carpeta,
                                             self.tr("PDF o imagen (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Todos los archivos (*)"))
        if ruta is None:
            return
        self.servicios.ajustes.carpeta_documentos = str(ruta.parent)
        if self._guardar_en_expediente(r, archivo=str(ruta)):
            self.cargar()

    def convertir(self):  # -> Progreso | None
        r = self.requisito_actual()
        origen = self.resolver(r.archivo, r.sha256) if r is not None else None
        if r is None or origen is None or not origen.is_file():
            return None
        sugerida = origen.parent if _escribible(origen.parent) else self.servicios.paths.documentos
        carpeta = dialogos.elegir_carpeta(self, self.tr("Carpeta para la copia que cumple con VUCEM"), str(sugerida))
        if carpeta is None:
            return None
        limites = self.limites
        self.bot_convertir.setEnabled(False)
        return con_progreso(
            self, self.operaciones, self.tr("Preparar para VUCEM"),
            self.tr("Convirtiendo «{archivo}» a {dpi} dpi…").format(archivo=origen.name, dpi=limites.dpi),
            lambda avanzar: convertir_adjunto(origen, carpeta, limites, progreso=avanzar),
            lambda rutas: self._convertido(r, rutas), self._fallo_conversion)

    def _convertido(self, r: Requisito, rutas: list[Path]) -> None:
        copias = [str(x) for x in rutas]
        if self._guardar_en_expediente(r, copias=copias):
            self.cargar()

    def _fallo_conversion(self, e: BaseException) -> None:
        self._mostrar_detalle()
        if isinstance(e, Cancelada):
            return
        texto = str(e) if isinstance(e, ErrorAdjunto) else f"{type(e).__name__}: {e}"
        dialogos.error(self, self.tr("No se pudo preparar el archivo"), texto)


def _escribible(carpeta: Path) -> bool:
    import os

    return carpeta.is_dir() and os.access(carpeta, os.W_OK)
