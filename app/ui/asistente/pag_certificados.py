"""Step 4 — fields 7 and 8: the certificates (number and issue date) and everything R3 asks of them.

The certificates belong to the expediente; a notice links some of them (the check boxes). The
form edits the highlighted certificate; its findings appear next to its fields. Reading a
certificate from its PDF comes with ``app.extract`` (the button is there, disabled).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.hallazgos import Hallazgo
from app.domain.model import Certificado, Contacto, TipoCertificado, nuevo_id
from app.ui import estilo
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
        self.leer_pdf.setAutoDefault(False)
        self.leer_pdf.setEnabled(False)
        self.leer_pdf.setToolTip(self.tr(
            "Llega con la lectura de certificados: el programa leerá el PDF (texto u OCR) y llenará número, fecha, "
            "coladas, productor, país y volumen con la evidencia de cada dato. Por ahora, captúrelos a mano."))
        botones.addWidget(self.agregar)
        botones.addWidget(self.leer_pdf)
        botones.addStretch(1)
        arriba.addLayout(botones)
        v.addLayout(arriba)

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
        self.editable(self.lista, self.agregar, self.tipo, self.numero, self.fecha, self.volumen, self.pais, self.coladas,
                      self.descripcion, self.prod_nombre, self.prod_domicilio, self.prod_pais, self.prod_telefono,
                      self.prod_correo, self.firma, self.idioma, self.traduccion)
        orden = [self.lista, self.agregar, self.tipo, self.numero, self.fecha, self.volumen, self.pais, self.coladas,
                 self.descripcion, self.prod_nombre, self.prod_domicilio, self.prod_pais, self.prod_telefono,
                 self.prod_correo, self.firma, self.idioma, self.traduccion]
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
        finally:
            self._cargando = cargando
        self._marcar_certificado()

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
