"""Step 4 — fields 7 and 8: the certificates (number and issue date) and everything R3 asks of them.

The certificates belong to the expediente; a notice links some of them (the check boxes). The
form edits the highlighted certificate; its findings appear next to its fields.

A certificate PDF dropped on the step (or picked with «Leer PDF…») is read in the background
(:mod:`app.ui.revision_certificado`) with a progress bar and a Cancel button; the review panel
shows what was found beside the page; the accepted values go into the form and through the
normal edit path (live checks, autosave), the PDF is kept with the notice (``app.documentos``)
and the clerk's corrections teach the mill's template (``app.extract.plantillas``).
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documentos import ErrorDocumento, ruta_documento
from app.domain.hallazgos import Hallazgo
from app.domain.model import Certificado, Contacto, TipoCertificado, nuevo_id
from app.domain.reglas import PARTIDAS_MATERIA_PRIMA
from app.ui import dialogos, estilo
from app.ui.asistente.base import (
    CAMPOS_CERTIFICADO,
    EstadoAsistente,
    MarcaCampo,
    Pagina,
    PaginaBase,
    ayuda,
    con_invalido,
    con_mensaje,
    ordenar,
    poner_texto,
    ubicar,
)
from app.ui.formato import decimal_o_crudo, fecha_vista, numero_captura, texto_a_fecha_mx
from app.ui.selectores import SelectorClave

if TYPE_CHECKING:  # reading certificates (app.extract) is imported only when a PDF is read: it is slow to import
    from app.ui.revision_certificado import DialogoRevision, LectorEnSegundoPlano, ResultadoLectura

IDIOMAS = [
    ("es", QT_TRANSLATE_NOOP("PaginaCertificados", "Español")),
    ("en", QT_TRANSLATE_NOOP("PaginaCertificados", "Inglés")),
    ("zh", QT_TRANSLATE_NOOP("PaginaCertificados", "Chino")),
    ("ko", QT_TRANSLATE_NOOP("PaginaCertificados", "Coreano")),
    ("tr", QT_TRANSLATE_NOOP("PaginaCertificados", "Turco")),
    ("ja", QT_TRANSLATE_NOOP("PaginaCertificados", "Japonés")),
    ("de", QT_TRANSLATE_NOOP("PaginaCertificados", "Alemán")),
    ("it", QT_TRANSLATE_NOOP("PaginaCertificados", "Italiano")),
    ("pt", QT_TRANSLATE_NOOP("PaginaCertificados", "Portugués")),
    ("fr", QT_TRANSLATE_NOOP("PaginaCertificados", "Francés")),
    ("ru", QT_TRANSLATE_NOOP("PaginaCertificados", "Ruso")),
    ("uk", QT_TRANSLATE_NOOP("PaginaCertificados", "Ucraniano")),
    ("pl", QT_TRANSLATE_NOOP("PaginaCertificados", "Polaco")),
    ("vi", QT_TRANSLATE_NOOP("PaginaCertificados", "Vietnamita")),
    ("hi", QT_TRANSLATE_NOOP("PaginaCertificados", "Hindi")),
    ("th", QT_TRANSLATE_NOOP("PaginaCertificados", "Tailandés")),
    ("id", QT_TRANSLATE_NOOP("PaginaCertificados", "Indonesio")),
    ("nl", QT_TRANSLATE_NOOP("PaginaCertificados", "Neerlandés")),
]

ROL_ID = Qt.ItemDataRole.UserRole
CLAVE_DOCUMENTO = "documento_sha256"  # Certificado.extra: the kept copy of its PDF (app.documentos)


def _pdfs(evento) -> list[Path]:
    """Local PDF files in a drag and drop."""
    datos = evento.mimeData()
    if not datos.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in datos.urls() if u.isLocalFile() and u.toLocalFile().lower().endswith(".pdf")]


class PaginaCertificados(PaginaBase):
    pagina = Pagina.CERTIFICADOS

    def __init__(self, estado: EstadoAsistente, parent: QWidget | None = None):
        super().__init__(estado, parent)
        self.marcas_cert: dict[str, MarcaCampo] = {}
        self._hallazgos: list[Hallazgo] = []
        self._actual: str | None = None
        v = QVBoxLayout(self)
        v.setSpacing(8)

        # -- the expediente's certificates, linked or not ---------------------------------------
        arriba = QHBoxLayout()
        izquierda = QVBoxLayout()
        self.requerido = QLabel()
        self.requerido.setObjectName("certificadoRequerido")
        self.requerido.setWordWrap(True)
        izquierda.addWidget(self.requerido)
        self.lista = QListWidget()
        self.lista.setObjectName("listaCertificados")
        self.lista.setMaximumHeight(104)
        self.lista.currentItemChanged.connect(lambda actual, _ant: self._seleccionar(actual))
        self.lista.itemChanged.connect(lambda item: self.editar(lambda: self._vincular(item)))
        caja, self.marcas["certificados"] = con_mensaje(self.lista)
        izquierda.addWidget(caja)
        izquierda.addWidget(ayuda(self.tr("Marque los certificados que amparan este aviso (barra espaciadora)."
                                          " Un certificado puede amparar varios avisos.")))
        arriba.addLayout(izquierda, 1)
        botones = QVBoxLayout()
        self.agregar = QPushButton(self.tr("A&gregar certificado"))
        self.agregar.setAutoDefault(False)
        self.agregar.clicked.connect(lambda: self.editar(self._agregar))
        self.leer_pdf = QPushButton(self.tr("Leer &PDF…"))
        self.leer_pdf.setObjectName("leerPdf")
        self.leer_pdf.setAutoDefault(False)
        self.leer_pdf.setToolTip(self.tr(
            "Lee el certificado en PDF (texto u OCR si es escaneo) y le muestra cada dato junto a la página para "
            "que lo acepte, lo corrija o lo rechace. También puede arrastrar el PDF a este paso."))
        self.leer_pdf.clicked.connect(self.elegir_pdf)
        botones.addWidget(self.agregar)
        botones.addWidget(self.leer_pdf)
        botones.addStretch(1)
        arriba.addLayout(botones)
        v.addLayout(arriba)

        # -- reading a PDF: progress and cancel, then what happened ------------------------------
        self.barra_lectura = QFrame()
        self.barra_lectura.setObjectName("barraLectura")
        self.barra_lectura.setProperty("rol", "nota-info")
        bl = QHBoxLayout(self.barra_lectura)
        bl.setContentsMargins(8, 4, 8, 4)
        self.lectura_texto = QLabel()
        self.lectura_texto.setObjectName("textoLectura")
        self.lectura_progreso = QProgressBar()
        self.lectura_progreso.setObjectName("progresoLectura")
        self.lectura_progreso.setMaximumWidth(260)
        self.lectura_progreso.setTextVisible(True)
        self.lectura_cancelar = QPushButton(self.tr("&Cancelar lectura"))
        self.lectura_cancelar.setObjectName("cancelarLectura")
        self.lectura_cancelar.setAutoDefault(False)
        self.lectura_cancelar.clicked.connect(self.cancelar_lectura)
        bl.addWidget(self.lectura_texto, 1)
        bl.addWidget(self.lectura_progreso)
        bl.addWidget(self.lectura_cancelar)
        self.barra_lectura.hide()
        v.addWidget(self.barra_lectura)
        self.lectura_estado = ayuda("")
        self.lectura_estado.setObjectName("estadoLectura")
        self.lectura_estado.hide()
        v.addWidget(self.lectura_estado)
        self._lector: LectorEnSegundoPlano | None = None
        self._leyendo: Path | None = None
        self.revision: DialogoRevision | None = None
        self._cierre_conectado = False
        self.setAcceptDrops(True)

        # -- the form of the highlighted certificate ------------------------------------------------
        self.formulario = QWidget()
        grid = QGridLayout(self.formulario)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        g1 = QGroupBox(self.tr("Certificado (campos 7 y 8)"))
        f1 = QFormLayout(g1)
        self.tipo = QComboBox()
        self.tipo.setObjectName("tipo")
        self.tipo.addItem(self.tr("De molino (acería: fundió o laminó el acero)"), TipoCertificado.MOLINO.value)
        self.tipo.addItem(self.tr("De calidad (fabricante de la mercancía)"), TipoCertificado.CALIDAD.value)
        self.tipo.addItem(self.tr("Sin indicar"), "")
        self.tipo.activated.connect(lambda _i: self.editar(self._leer))
        self.numero = self._linea("numero", "MTC-2600219")
        self.fecha = self._linea("fecha_expedicion", self.tr("dd/mm/aaaa"))
        self.fecha.setMaximumWidth(140)
        self.volumen = self._linea("volumen_kg", "24800")
        self.volumen.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.volumen.setMaximumWidth(160)
        self.pais = SelectorClave(estado.catalogos.paises)
        self.pais.setObjectName("paisCertificado")
        self.pais.editado.connect(lambda: self.editar(self._leer))
        self.coladas = self._linea("coladas", "2600219, 2600217")
        self.descripcion = self._linea("descripcionCertificado", "BS 4449:2005 B500B ribbed bars, 25 mm x 14 m")
        self._fila(f1, self.tr("&Tipo:"), self.tipo, "tipo")
        self._fila(f1, self.tr("Nú&mero (7):"), self.numero, "numero")
        self._fila(f1, self.tr("&Fecha de expedición (8):"), self.fecha, "fecha_expedicion")
        self._fila(f1, self.tr("&Volumen (kg):"), self.volumen, "volumen_kg")
        self._fila(f1, self.tr("Paí&s de origen:"), self.pais, "pais")
        self._fila(f1, self.tr("C&oladas:"), self.coladas, "coladas")
        self._fila(f1, self.tr("Descripción (&especificación):"), self.descripcion, "descripcion")
        grid.addWidget(g1, 0, 0, 2, 1)

        g2 = QGroupBox(self.tr("Productor (molino o fabricante que lo emite)"))
        f2 = QFormLayout(g2)
        self.prod_nombre = self._linea("productorNombre", "")
        self.prod_domicilio = self._linea("productorDomicilio", "")
        self.prod_pais = SelectorClave(estado.catalogos.paises)
        self.prod_pais.setObjectName("productorPais")
        self.prod_pais.editado.connect(lambda: self.editar(self._leer))
        self.prod_telefono = self._linea("productorTelefono", "+90 212 000 0000")
        self.prod_correo = self._linea("productorCorreo", "qa@ejemplo.com")
        self._fila(f2, self.tr("Nom&bre:"), self.prod_nombre, "productor")
        self._fila(f2, self.tr("&Domicilio:"), self.prod_domicilio)
        self._fila(f2, self.tr("País:"), self.prod_pais)
        self._fila(f2, self.tr("Teléfono:"), self.prod_telefono)
        self._fila(f2, self.tr("Correo:"), self.prod_correo)
        grid.addWidget(g2, 0, 1)

        g3 = QGroupBox(self.tr("Requisitos del documento"))
        f3 = QFormLayout(g3)
        self.firma = QCheckBox(self.tr("Tiene firma a&utógrafa, sello o código QR del emisor"))
        self.firma.setObjectName("firma_sello_qr")
        self.firma.toggled.connect(lambda _b: self.editar(self._leer))
        caja, self.marcas_cert["firma_sello_qr"] = con_mensaje(self.firma)
        self.nombres["firma_sello_qr"] = self.tr("Firma, sello o QR")
        f3.addRow(caja)
        self.idioma = QComboBox()
        self.idioma.setObjectName("idioma")
        self.idioma.addItem(self.tr("Sin indicar"), "")
        for clave, nombre in IDIOMAS:
            self.idioma.addItem(f"{self.tr(nombre)} ({clave})", clave)
        self.idioma.activated.connect(lambda _i: self.editar(self._leer))
        self._fila(f3, self.tr("&Idioma:"), self.idioma, "idioma")
        self.traduccion = QCheckBox(self.tr("Traducción al español ad&junta (libre y completa)"))
        self.traduccion.setObjectName("traduccion")
        self.traduccion.toggled.connect(lambda _b: self.editar(self._leer))
        caja, self.marcas_cert["traduccion"] = con_mensaje(self.traduccion)
        self.nombres["traduccion"] = self.tr("Traducción")
        f3.addRow(caja)
        self.documento = QLabel()
        self.documento.setObjectName("documentoCertificado")
        self.documento.setWordWrap(True)
        self.documento.setProperty("rol", "ayuda")
        self.documento.linkActivated.connect(self._abrir_documento)
        f3.addRow(self.documento)
        self.compartido = ayuda("")
        f3.addRow(self.compartido)
        grid.addWidget(g3, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        v.addWidget(self.formulario)
        self.vacio = ayuda(self.tr("El expediente no tiene certificados. Use «Agregar certificado»."))
        v.addWidget(self.vacio)
        v.addStretch(1)
        v.addWidget(self.panel)
        self.editable(self.lista, self.agregar, self.leer_pdf, self.tipo, self.numero, self.fecha, self.volumen, self.pais,
                      self.coladas, self.descripcion, self.prod_nombre, self.prod_domicilio, self.prod_pais,
                      self.prod_telefono, self.prod_correo, self.firma, self.idioma, self.traduccion)
        orden = [self.lista, self.agregar, self.leer_pdf, self.tipo, self.numero, self.fecha, self.volumen, self.pais,
                 self.coladas, self.descripcion, self.prod_nombre, self.prod_domicilio, self.prod_pais,
                 self.prod_telefono, self.prod_correo, self.firma, self.idioma, self.traduccion]
        for a, b in zip(orden, orden[1:], strict=False):
            self.setTabOrder(a, b)

    # -- construction helpers -------------------------------------------------------------------
    def _linea(self, nombre: str, ejemplo: str) -> QLineEdit:
        w = QLineEdit()
        w.setObjectName(nombre)
        w.setPlaceholderText(ejemplo)
        w.textEdited.connect(lambda _t: self.editar(self._leer))
        return w

    def _fila(self, form: QFormLayout, etiqueta: str, w: QWidget, campo: str | None = None) -> None:
        et = QLabel(etiqueta)
        et.setBuddy(w)
        if campo:
            self.nombres[campo] = etiqueta.replace("&", "").rstrip(":")
            caja, self.marcas_cert[campo] = con_mensaje(w)
            form.addRow(et, caja)
        else:
            form.addRow(et, w)

    def titulo(self) -> str:
        return self.tr("Certificados")

    def subtitulo(self) -> str:
        return self.tr("Campos 7 y 8: número y fecha de expedición de cada certificado, y lo que el certificado debe mostrar (R3).")

    def primer_campo(self) -> QWidget:
        return self.lista if self.lista.count() else self.agregar

    def certificado(self) -> Certificado | None:
        return self.estado.exp.certificado(self._actual) if self._actual else None

    # -- load ------------------------------------------------------------------------------------
    def cargar(self) -> None:
        a = self.estado.aviso
        tipo = self._tipo_requerido()
        if tipo:
            self.requerido.setText(
                self.tr("La partida {partida} pide certificado <b>de {tipo}</b>.").format(
                    partida=a.fraccion[:4], tipo=self.tr("molino") if tipo == "molino" else self.tr("calidad")))
        else:
            self.requerido.setText(self.tr("Elija la fracción (paso 1) para saber qué certificado pide."))
        self._llenar_lista()

    def _tipo_requerido(self) -> str:
        a = self.estado.aviso
        cat = self.estado.catalogos.certificados
        if cat is None or not (len(a.fraccion) == 8 and a.fraccion.isdigit()):
            return ""
        tipo, _ = cat.tipo_requerido(int(a.fraccion[:4]), self.estado.exp.fecha_preparacion or self.estado.hoy())
        return tipo or ""

    def _llenar_lista(self) -> None:
        a = self.estado.aviso
        anterior = self._actual
        self.lista.blockSignals(True)
        self.lista.clear()
        errores = {h.certificado for h in self._hallazgos if h.certificado and h.es_error}
        avisos = {h.certificado for h in self._hallazgos if h.certificado and not h.es_error}
        # linked first, in link order, then the others
        certs = self.estado.certificados_del_aviso() + [c for c in self.estado.exp.certificados if c.id not in a.certificados]
        for c in certs:
            item = QListWidgetItem(self._etiqueta(c))
            item.setData(ROL_ID, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in a.certificados else Qt.CheckState.Unchecked)
            if c.id in errores:
                item.setIcon(estilo.icono("error"))
            elif c.id in avisos:
                item.setIcon(estilo.icono("aviso"))
            elif c.id in a.certificados:
                item.setIcon(estilo.icono("ok"))
            else:
                item.setIcon(estilo.icono("pendiente"))
            self.lista.addItem(item)
        self.lista.blockSignals(False)
        ids = [c.id for c in certs]
        elegido = anterior if anterior in ids else (a.certificados[0] if a.certificados else (ids[0] if ids else None))
        if elegido is not None:
            self.lista.setCurrentRow(ids.index(elegido))
        self._seleccionar(self.lista.currentItem())

    def _etiqueta(self, c: Certificado) -> str:
        tipo = {"molino": self.tr("molino"), "calidad": self.tr("calidad")}.get(c.tipo, self.tr("tipo sin indicar"))
        partes = [c.numero or self.tr("(sin número)"), tipo]
        if c.pais:
            partes.append(c.pais)
        if c.fecha_expedicion:
            partes.append(fecha_vista(c.fecha_expedicion))
        if c.volumen_kg is not None:
            partes.append(f"{numero_captura(c.volumen_kg)} kg")
        return "  ·  ".join(partes)

    def _seleccionar(self, item: QListWidgetItem | None) -> None:
        self._actual = item.data(ROL_ID) if item is not None else None
        c = self.certificado()
        self.formulario.setVisible(c is not None)
        self.vacio.setVisible(c is None)
        if c is None:
            return
        cargando, self._cargando = self._cargando, True
        try:
            self.tipo.setCurrentIndex(max(0, self.tipo.findData(c.tipo)))
            poner_texto(self.numero, c.numero)
            self.fecha.setText(c.invalidos.get("fecha_expedicion", fecha_vista(c.fecha_expedicion)))
            self.volumen.setText(c.invalidos.get("volumen_kg", numero_captura(c.volumen_kg)))
            self.pais.fijar_clave(c.pais)
            poner_texto(self.coladas, ", ".join(c.coladas))
            poner_texto(self.descripcion, c.descripcion)
            poner_texto(self.prod_nombre, c.productor.nombre)
            poner_texto(self.prod_domicilio, c.productor.domicilio)
            self.prod_pais.fijar_clave(c.productor.pais)
            poner_texto(self.prod_telefono, c.productor.telefono)
            poner_texto(self.prod_correo, c.productor.correo)
            self.firma.setChecked(c.firma_sello_qr is True)
            self.idioma.setCurrentIndex(max(0, self.idioma.findData(c.idioma)))
            self.traduccion.setChecked(c.traduccion is True)
            otros = [a.id for a in self.estado.exp.avisos if c.id in a.certificados and a.id != self.estado.aviso_id]
            self.compartido.setText(
                self.tr("Este certificado también ampara: {avisos}. Los cambios valen para todos.").format(avisos=", ".join(otros))
                if otros else "")
            self.compartido.setVisible(bool(otros))
            self._mostrar_documento(c)
        finally:
            self._cargando = cargando
        self._marcar_certificado()

    def _mostrar_documento(self, c: Certificado) -> None:
        sha = str(c.extra.get(CLAVE_DOCUMENTO) or "")
        servicios = self._servicios()
        ruta = ruta_documento(servicios.paths, sha) if (sha and servicios is not None) else None
        if ruta is not None:
            self.documento.setText(self.tr("PDF guardado con el expediente: <a href=\"abrir\">{archivo}</a>").format(
                archivo=html.escape(c.archivo or ruta.name)))
            self.documento.setToolTip(str(ruta))
        elif c.archivo:
            self.documento.setText(self.tr("Archivo: {archivo} (no hay copia guardada; léalo de nuevo con «Leer PDF…»)")
                                   .format(archivo=html.escape(c.archivo)))
            self.documento.setToolTip("")
        else:
            self.documento.setText(self.tr("Sin PDF: arrástrelo a este paso o use «Leer PDF…»."))
            self.documento.setToolTip("")

    def _abrir_documento(self, _enlace: str = "") -> None:
        c = self.certificado()
        servicios = self._servicios()
        if c is None or servicios is None:
            return
        ruta = ruta_documento(servicios.paths, str(c.extra.get(CLAVE_DOCUMENTO) or ""))
        if ruta is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(ruta)))

    # -- edits -------------------------------------------------------------------------------------
    def _leer(self) -> None:
        c = self.certificado()
        if c is None:
            return
        fecha_txt = self.fecha.text().strip()
        fecha = texto_a_fecha_mx(fecha_txt) if fecha_txt else None
        c = con_invalido(c, "fecha_expedicion", fecha, fecha_txt if fecha_txt and fecha is None else None)
        volumen, crudo = decimal_o_crudo(self.volumen.text())
        c = con_invalido(c, "volumen_kg", volumen, crudo)
        coladas = tuple(x.strip() for x in self.coladas.text().replace(";", ",").split(",") if x.strip())
        c = replace(
            c, tipo=self.tipo.currentData() or "", numero=self.numero.text().strip(), pais=self.pais.clave(),
            coladas=coladas, descripcion=self.descripcion.text().strip(),
            productor=replace(c.productor, nombre=self.prod_nombre.text().strip(),
                              domicilio=self.prod_domicilio.text().strip(), pais=self.prod_pais.clave(),
                              telefono=self.prod_telefono.text().strip(), correo=self.prod_correo.text().strip()),
            firma_sello_qr=self.firma.isChecked(), idioma=self.idioma.currentData() or "",
            traduccion=self.traduccion.isChecked(),
        )
        self.estado.fijar_certificado(c)
        item = self.lista.currentItem()
        if item is not None:
            self.lista.blockSignals(True)
            item.setText(self._etiqueta(c))
            self.lista.blockSignals(False)

    def _vincular(self, item: QListWidgetItem) -> None:
        cid = item.data(ROL_ID)
        a = self.estado.aviso
        ligados = list(a.certificados)
        if item.checkState() == Qt.CheckState.Checked and cid not in ligados:
            ligados.append(cid)
        elif item.checkState() != Qt.CheckState.Checked and cid in ligados:
            ligados.remove(cid)
        self.estado.aviso = replace(a, certificados=tuple(ligados))

    def _agregar(self) -> None:
        ids = [c.id for c in self.estado.exp.certificados]
        nuevo = Certificado(id=nuevo_id("C", ids), tipo=self._tipo_requerido() or TipoCertificado.MOLINO.value,
                            productor=Contacto())
        self.estado.fijar_certificado(nuevo)
        a = self.estado.aviso
        self.estado.aviso = replace(a, certificados=(*a.certificados, nuevo.id))
        self._actual = nuevo.id
        self._llenar_lista()
        QTimer.singleShot(0, self.numero, self.numero.setFocus)  # after the button's own click handling

    # -- reading a PDF -------------------------------------------------------------------------------
    def _servicios(self):
        """The wizard's services (paths, catalogs); the page lives inside it."""
        return getattr(self.window(), "servicios", None)

    def leyendo(self) -> bool:
        return self._lector is not None and self._lector.activo()

    def elegir_pdf(self) -> None:
        if not self.estado.editable or self.leyendo():
            return
        ruta = dialogos.elegir_archivo_abrir(self, self.tr("Leer certificado en PDF"), "",
                                             self.tr("Certificados en PDF (*.pdf *.PDF);;Todos los archivos (*)"))
        if ruta is not None:
            self.leer(ruta)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if _pdfs(e) and self.estado.editable and not self.leyendo() and self.revision is None:
            e.acceptProposedAction()
        else:
            e.ignore()

    def dragMoveEvent(self, e) -> None:  # noqa: N802 - Qt API
        self.dragEnterEvent(e)

    def dropEvent(self, e: QDropEvent) -> None:  # noqa: N802 - Qt API
        pdfs = _pdfs(e)
        if not pdfs or not self.estado.editable or self.leyendo():
            e.ignore()
            return
        e.acceptProposedAction()
        if len(pdfs) > 1:
            dialogos.informar(self, self.tr("Un certificado a la vez"), self.tr(
                "Se leerá «{archivo}». Arrastre los demás PDF uno por uno.").format(archivo=pdfs[0].name))
        self.leer(pdfs[0])

    def leer(self, ruta: Path, contrasena: str | None = None) -> bool:
        """Start reading ``ruta`` in the background; False if it could not start."""
        servicios = self._servicios()
        if servicios is None or self.leyendo() or not self.estado.editable:
            return False
        if not self._cierre_conectado and hasattr(self.window(), "finished"):
            self.window().finished.connect(lambda _r: self.detener_lectura())
            self._cierre_conectado = True
        ruta = Path(ruta)
        self._leyendo = ruta
        from app.ui.revision_certificado import LectorEnSegundoPlano

        self._lector = LectorEnSegundoPlano(self)
        self._lector.progreso.connect(self._progreso)
        self._lector.terminado.connect(self._leido)
        self._lector.fallado.connect(lambda e, r=ruta, c=contrasena: self._fallo(r, c, e))
        self.lectura_texto.setText(self.tr("Leyendo «{archivo}»…").format(archivo=ruta.name))
        self.lectura_progreso.setRange(0, 0)  # busy until the first page is done
        self.lectura_cancelar.setEnabled(True)
        self.barra_lectura.show()
        self.lectura_estado.hide()
        self.leer_pdf.setEnabled(False)
        self._lector.iniciar(ruta, servicios.paths, contrasena)
        return True

    def cancelar_lectura(self) -> None:
        if self._lector is not None and self.leyendo():
            self._lector.cancelar()
            self.lectura_cancelar.setEnabled(False)
            self.lectura_texto.setText(self.tr("Cancelando… (termina la página en curso)"))

    def detener_lectura(self) -> None:
        """The wizard closes: cancel and wait, so no thread outlives it."""
        if self._lector is not None:
            self._lector.cancelar()
            self._lector.esperar()
        if self.revision is not None:
            self.revision.reject()

    def _progreso(self, hechas: int, total: int) -> None:
        self.lectura_progreso.setRange(0, max(1, total))
        self.lectura_progreso.setValue(hechas)
        if self._leyendo is not None:
            self.lectura_texto.setText(self.tr("Leyendo «{archivo}»: página {n} de {total}…").format(
                archivo=self._leyendo.name, n=hechas, total=total))

    def _fin_lectura(self) -> None:
        if self._lector is not None:
            self._lector.esperar(5)
        self.barra_lectura.hide()
        self.leer_pdf.setEnabled(self.estado.editable)

    def _avisar(self, texto: str) -> None:
        self.lectura_estado.setText(texto)
        self.lectura_estado.show()

    def _fallo(self, ruta: Path, contrasena: str | None, e: BaseException) -> None:
        from app.extract import ErrorLectura, PdfCifrado
        from app.ui.revision_certificado import LecturaCancelada

        self._fin_lectura()
        if isinstance(e, LecturaCancelada):
            self._avisar(self.tr("Se canceló la lectura de «{archivo}»; no cambió nada.").format(archivo=ruta.name))
        elif isinstance(e, PdfCifrado):
            nueva = dialogos.pedir_contrasena(self, self.tr("PDF protegido con contraseña"),
                                         str(e) + "\n\n" + self.tr("Contraseña del PDF:"))
            if nueva:
                self.leer(ruta, nueva)
            else:
                self._avisar(self.tr("No se leyó «{archivo}»: está protegido con contraseña.").format(archivo=ruta.name))
        elif isinstance(e, ErrorLectura):
            dialogos.error(self, self.tr("No se pudo leer el certificado"), str(e))
        elif isinstance(e, ErrorDocumento):
            dialogos.error(self, self.tr("No se pudo guardar el PDF"), str(e))
        else:
            dialogos.error(self, self.tr("No se pudo leer el certificado"), self.tr(
                "Ocurrió un error inesperado al leer «{archivo}». Capture los datos a mano; nada se perdió.").format(
                archivo=ruta.name), detalle=repr(e))

    def _leido(self, resultado: ResultadoLectura) -> None:
        self._fin_lectura()
        if not self.estado.editable:
            return
        from app.ui.revision_certificado import DialogoRevision

        paises = self.estado.catalogos.paises
        dlg = DialogoRevision(resultado, idiomas=[(k, self.tr(n)) for k, n in IDIOMAS],
                              nombre_pais=(paises.nombre if paises else None),
                              claves_pais=((lambda k: k in paises) if paises else None), parent=self.window())
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        servicios = self._servicios()
        geometria = servicios.ajustes.geometria("revision_certificado") if servicios is not None else None
        if geometria is not None:
            dlg.restoreGeometry(geometria)
        self.revision = dlg
        dlg.accepted.connect(lambda: self.aplicar_revision(dlg, resultado))
        dlg.finished.connect(lambda _r: self._revision_cerrada(dlg))
        dlg.open()

    def _revision_cerrada(self, dlg: DialogoRevision) -> None:
        if self.revision is dlg:
            self.revision = None
        servicios = self._servicios()
        if servicios is not None:
            servicios.ajustes.guardar_geometria("revision_certificado", QByteArray(dlg.saveGeometry()))
        if dlg.result() != dlg.DialogCode.Accepted:
            self._avisar(self.tr("Se cerró la revisión de «{archivo}» sin usar sus datos; no cambió nada.")
                         .format(archivo=dlg.resultado.ruta.name))
        dlg.deleteLater()

    def _vacio(self, c: Certificado) -> bool:
        return not (c.numero or c.fecha_expedicion or c.volumen_kg is not None or c.coladas or c.productor.nombre
                    or c.archivo or c.extra.get(CLAVE_DOCUMENTO))

    def aplicar_revision(self, dlg: DialogoRevision, resultado: ResultadoLectura) -> None:
        """Fill a certificate with what the clerk accepted, through the normal edit path."""
        valores = dlg.valores()
        if not valores or not self.estado.editable:
            return
        actual = self.certificado()
        destino: str | None = None  # None: a new certificate
        if actual is not None and (self._vacio(actual) or actual.extra.get(CLAVE_DOCUMENTO) == resultado.sha256):
            destino = actual.id
        elif actual is not None:
            i = dialogos.elegir_opcion(self, self.tr("¿Qué certificado se llena?"), self.tr(
                "El certificado seleccionado ya tiene datos. ¿Dónde se ponen los de «{archivo}»?").format(
                archivo=resultado.ruta.name),
                [self.tr("En un certificado nuevo"),
                 self.tr("En el seleccionado ({numero}), reemplazando sus datos").format(numero=actual.numero or actual.id)])
            if i is None:
                self._avisar(self.tr("No se usaron los datos de «{archivo}»; no cambió nada.").format(
                    archivo=resultado.ruta.name))
                return
            destino = actual.id if i == 1 else None
        tipo = valores.get("tipo") or (actual.tipo if destino and actual else self._tipo_requerido() or "molino")
        campo_pais = {"molino": "pais_origen_acero", "calidad": "pais_origen_mercancia"}.get(tipo)
        pais = valores.get("pais", "")
        a = self.estado.aviso
        poner_pais = False
        if campo_pais and pais and not (campo_pais == "pais_origen_acero" and a.fraccion[:4] in PARTIDAS_MATERIA_PRIMA):
            actual_pais = getattr(a, campo_pais)
            if not actual_pais:
                poner_pais = True
            elif actual_pais != pais:
                numero_campo = "4" if campo_pais == "pais_origen_acero" else "5"
                poner_pais = dialogos.confirmar(self, self.tr("País del aviso"), self.tr(
                    "El certificado dice {pais}, pero el campo {n} del aviso tiene {actual}. ¿Cambiar el campo {n} a {pais}?")
                    .format(pais=pais, n=numero_campo, actual=actual_pais), self.tr("Cambiar a {pais}").format(pais=pais))

        def hacer() -> None:
            if destino is None:
                self._agregar()
            elif self._actual != destino:
                self.enfocar("certificados", destino)
            self._poner_valores(valores)
            self._leer()
            c = self.certificado()
            assert c is not None
            extra = dict(c.extra)
            extra[CLAVE_DOCUMENTO] = resultado.sha256
            self.estado.fijar_certificado(replace(c, archivo=resultado.ruta.name, extra=extra))
            aviso = self.estado.aviso
            cambios: dict = {}
            if c.id not in aviso.certificados:  # read for this notice: it covers it
                cambios["certificados"] = (*aviso.certificados, c.id)
            if poner_pais and campo_pais:
                cambios[campo_pais] = c.pais
            if not aviso.fabricante.nombre and c.productor.nombre and (
                    c.tipo == TipoCertificado.CALIDAD
                    or not any(x.tipo == TipoCertificado.CALIDAD for x in self.estado.certificados_del_aviso())):
                cambios["fabricante"] = replace(aviso.fabricante, nombre=c.productor.nombre,
                                                domicilio=c.productor.domicilio)
            if cambios:
                self.estado.aviso = replace(aviso, **cambios)

        self.editar(hacer)
        self._seleccionar(self.lista.currentItem())
        usados = len(valores)
        corregidos = sum(1 for d in dlg.decisiones().values() if d == "corregido")
        rechazados = sum(1 for d in dlg.decisiones().values() if d == "rechazado")
        texto = self.tr("Se llenó el certificado con {n} dato(s) de «{archivo}» ({c} corregido(s), {r} rechazado(s)); "
                        "el PDF quedó guardado con el expediente.").format(
            n=usados, archivo=resultado.ruta.name, c=corregidos, r=rechazados)
        if dlg.recordar.isChecked():
            aprendidos = self._aprender(dlg, resultado)
            if aprendidos:
                texto += " " + self.tr("Se recordó dónde pone «{molino}»: {campos}.").format(
                    molino=aprendidos[0], campos=", ".join(aprendidos[1]))
        self._avisar(texto)

    def _poner_valores(self, valores: dict[str, str]) -> None:
        """The accepted values into the form's fields (their handlers stay quiet: ``_leer`` follows)."""
        cargando, self._cargando = self._cargando, True
        try:
            lineas = {"numero": self.numero, "fecha_expedicion": self.fecha, "volumen_kg": self.volumen,
                      "coladas": self.coladas, "productor.nombre": self.prod_nombre,
                      "productor.domicilio": self.prod_domicilio, "productor.telefono": self.prod_telefono,
                      "productor.correo": self.prod_correo}
            for clave, w in lineas.items():
                if clave in valores:
                    poner_texto(w, valores[clave])
            if "tipo" in valores:
                self.tipo.setCurrentIndex(max(0, self.tipo.findData(valores["tipo"])))
            if "pais" in valores:
                self.pais.fijar_clave(valores["pais"])
            if "productor.pais" in valores:
                self.prod_pais.fijar_clave(valores["productor.pais"])
            partes = [valores[k] for k in ("descripcion", "norma") if valores.get(k)]
            if len(partes) == 2 and partes[1].lower() in partes[0].lower():
                partes = partes[:1]
            if partes:
                poner_texto(self.descripcion, "; ".join(partes))
            if "firma_sello_qr" in valores:
                self.firma.setChecked(valores["firma_sello_qr"] == "si")
            if "idioma" in valores:
                i = self.idioma.findData(valores["idioma"])
                if i >= 0:
                    self.idioma.setCurrentIndex(i)
        finally:
            self._cargando = cargando

    def _aprender(self, dlg: DialogoRevision, resultado: ResultadoLectura) -> tuple[str, list[str]] | None:
        from app.extract.plantillas import aprender, guardar_plantilla
        from app.ui.revision_certificado import nombres_campos

        """Teach the mill's template what the clerk corrected; (mill, fields learned) or None."""
        correcciones = dlg.correcciones()
        servicios = self._servicios()
        if not correcciones or servicios is None:
            return None
        valores = dlg.valores()
        productor = valores.get("productor.nombre", "")
        plantilla = resultado.plantilla
        aprendidos = []
        for campo, valor in correcciones.items():
            nueva = aprender(resultado.lectura, campo, valor, plantilla=plantilla, productor=productor)
            if nueva is not None:
                plantilla = nueva
                aprendidos.append(nombres_campos().get(campo, campo))
        if plantilla is None or not aprendidos:
            return None
        try:
            guardar_plantilla(servicios.paths.plantillas, plantilla)
        except OSError as e:
            dialogos.advertir(self, self.tr("No se guardó lo aprendido"), self.tr(
                "Los datos del certificado sí se guardaron, pero no se pudo guardar la plantilla del molino: {error}")
                .format(error=e))
            return None
        return plantilla.nombre, aprendidos

    # -- findings ------------------------------------------------------------------------------------
    def mostrar_hallazgos(self, hallazgos: list[Hallazgo]) -> None:
        self._hallazgos = hallazgos
        super().mostrar_hallazgos(hallazgos)
        # icons of the list items
        errores = {h.certificado for h in hallazgos if h.certificado and h.es_error}
        avisos = {h.certificado for h in hallazgos if h.certificado and not h.es_error}
        ligados = set(self.estado.aviso.certificados)
        self.lista.blockSignals(True)  # setIcon emits itemChanged
        for i in range(self.lista.count()):
            item = self.lista.item(i)
            cid = item.data(ROL_ID)
            tipo = "error" if cid in errores else "aviso" if cid in avisos else "ok" if cid in ligados else "pendiente"
            item.setIcon(estilo.icono(tipo))
        self.lista.blockSignals(False)
        self._marcar_certificado()

    def _marcar_certificado(self) -> None:
        propios = [h for h in self._hallazgos if h.certificado == self._actual and ubicar(h).campo in CAMPOS_CERTIFICADO]
        self.marcar(self.marcas_cert, propios)

    def widget_de(self, campo: str, certificado: str | None = None) -> QWidget | None:
        if certificado and campo in CAMPOS_CERTIFICADO:
            m = self.marcas_cert.get(campo)
            return m.objetivo if m else None
        return super().widget_de(campo, certificado)

    def enfocar(self, campo: str, certificado: str | None = None) -> None:
        if certificado:
            for i in range(self.lista.count()):
                if self.lista.item(i).data(ROL_ID) == certificado:
                    self.lista.setCurrentRow(i)
                    break
        super().enfocar(campo, certificado)


def hallazgos_de_certificado(hallazgos: list[Hallazgo], cert_id: str) -> list[Hallazgo]:
    return ordenar([h for h in hallazgos if h.certificado == cert_id])
