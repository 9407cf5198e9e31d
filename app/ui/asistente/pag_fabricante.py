"""Step 5 — fields 9 and 10: the manufacturer, and the mill from the SE catalog.

The mill is searched with rapidfuzz over ``Molino.etiqueta()`` (``SE00006 - PLANT (COMPANY)``).
When it is not there the page explains the registration request to the SE and the wait of up to
10 business days, and lets the clerk type the mill as VUCEM shows it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
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

from app.domain.catalogos import Molino
from app.domain.dias_habiles import sumar_dias_habiles
from app.domain.model import MolinoRef, TipoCertificado
from app.ui import estilo
from app.ui.asistente.base import EstadoAsistente, Pagina, PaginaBase, ayuda, con_mensaje, nota, poner_texto
from app.ui.formato import fecha_vista
from app.ui.selectores import CampoBusqueda, buscar_molinos

ROL_MOLINO = Qt.ItemDataRole.UserRole
DIAS_RESPUESTA_SE = 10


class PaginaFabricante(PaginaBase):
    pagina = Pagina.FABRICANTE
    pedir_alta = Signal()  # the clerk wants to prepare the mill registration request

    def __init__(self, estado: EstadoAsistente, parent: QWidget | None = None):
        super().__init__(estado, parent)
        cat = estado.catalogos.molinos
        v = QVBoxLayout(self)
        v.setSpacing(10)
        self.nombres.update({"fabricante": self.tr("Nombre del fabricante"), "molino": self.tr("Molino")})

        # -- field 9 -------------------------------------------------------------------------
        g9 = QGroupBox(self.tr("Campo 9 · Nombre y domicilio del fabricante de la mercancía"))
        f9 = QFormLayout(g9)
        self.fab_nombre = QLineEdit()
        self.fab_nombre.setObjectName("fabricanteNombre")
        self.fab_domicilio = QLineEdit()
        self.fab_domicilio.setObjectName("fabricanteDomicilio")
        self.fab_domicilio.setPlaceholderText(self.tr("Calle y número, ciudad, código postal, país"))
        for w in (self.fab_nombre, self.fab_domicilio):
            w.textEdited.connect(lambda _t: self.editar(self._leer_fabricante))
        caja, self.marcas["fabricante"] = con_mensaje(self.fab_nombre)
        et = QLabel(self.tr("N&ombre:"))
        et.setBuddy(self.fab_nombre)
        f9.addRow(et, caja)
        et = QLabel(self.tr("&Domicilio:"))
        et.setBuddy(self.fab_domicilio)
        f9.addRow(et, self.fab_domicilio)
        self.copiar = QPushButton(self.tr("&Tomar del certificado"))
        self.copiar.setAutoDefault(False)
        self.copiar.clicked.connect(lambda: self.editar(self._tomar_del_certificado))
        self.copiar_ayuda = ayuda("")
        fila = QHBoxLayout()
        fila.addWidget(self.copiar)
        fila.addWidget(self.copiar_ayuda, 1)
        f9.addRow("", _envolver(fila))
        v.addWidget(g9)

        # -- field 10 ------------------------------------------------------------------------
        g10 = QGroupBox(self.tr("Campo 10 · Molino (catálogo de molinos de la SE que muestra VUCEM)"))
        f10 = QVBoxLayout(g10)
        if cat is not None:
            n = len(cat.filas)
            texto = self.tr("Catálogo de molinos {version}: {n} molino(s), {oficial}.").format(
                version=cat.meta.version or "-", n=n,
                oficial=self.tr("oficial") if cat.meta.oficial else
                self.tr("no oficial: importe el catálogo completo de la SE en Preferencias ▸ Catálogos"))
            f10.addWidget(ayuda(texto))
        self.lista = QListWidget()
        self.lista.setObjectName("resultadosMolino")
        self.lista.setMaximumHeight(112)
        self.lista.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.lista.itemActivated.connect(lambda _i: self.editar(self._elegir))
        self.lista.itemDoubleClicked.connect(lambda _i: self.editar(self._elegir))
        self.buscar = CampoBusqueda(self.lista, self._elegir_con_intro)
        self.buscar.setObjectName("buscarMolino")
        self.buscar.setPlaceholderText(self.tr("Nombre de la planta o de la empresa, o la clave SE"))
        self.buscar.setClearButtonEnabled(True)
        self.buscar.textChanged.connect(self._buscar)
        fila = QHBoxLayout()
        et = QLabel(self.tr("&Buscar molino:"))
        et.setBuddy(self.buscar)
        fila.addWidget(et)
        fila.addWidget(self.buscar, 1)
        f10.addLayout(fila)
        f10.addWidget(self.lista)
        self.elegido = QLabel()
        self.elegido.setObjectName("molinoElegido")
        self.elegido.setWordWrap(True)
        self.elegido.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fila_e = QHBoxLayout()
        fila_e.addWidget(QLabel(self.tr("Molino del aviso:")))
        fila_e.addWidget(self.elegido, 1)
        caja, self.marcas["molino"] = con_mensaje(_envolver(fila_e), self.buscar)
        f10.addWidget(caja)

        self.no_esta = QCheckBox(self.tr("El molino no a&parece en el catálogo"))
        self.no_esta.setObjectName("molinoNoEsta")
        self.no_esta.toggled.connect(self._alternar_manual)
        f10.addWidget(self.no_esta)
        self.manual = QWidget()
        mv = QVBoxLayout(self.manual)
        mv.setContentsMargins(18, 0, 0, 0)
        self.explicacion = nota("", "nota-aviso", "aviso")
        self.explicacion.setObjectName("explicacionAlta")
        mv.addWidget(self.explicacion)
        fm = QFormLayout()
        self.manual_nombre = QLineEdit()
        self.manual_nombre.setObjectName("molinoNombreVucem")
        self.manual_nombre.setPlaceholderText(self.tr("p. ej. MARMARA STEEL MILL (MARMARA DEMIR CELIK SAN. A.S.)"))
        self.manual_clave = QLineEdit()
        self.manual_clave.setObjectName("molinoClaveVucem")
        self.manual_clave.setPlaceholderText("SE00000")
        self.manual_clave.setMaximumWidth(120)
        for w in (self.manual_nombre, self.manual_clave):
            w.textEdited.connect(lambda _t: self.editar(self._leer_manual))
        et = QLabel(self.tr("Nombre como aparece en &VUCEM:"))
        et.setBuddy(self.manual_nombre)
        fm.addRow(et, self.manual_nombre)
        et = QLabel(self.tr("C&lave SE (si VUCEM la muestra):"))
        et.setBuddy(self.manual_clave)
        fm.addRow(et, self.manual_clave)
        mv.addLayout(fm)
        self.boton_alta = QPushButton(self.tr("Preparar &solicitud de alta…"))
        self.boton_alta.setObjectName("prepararAlta")
        self.boton_alta.setAutoDefault(False)
        self.boton_alta.setToolTip(self.tr("Libro de Excel y carta para pedir a la SE el alta del molino, y su seguimiento"))
        self.boton_alta.clicked.connect(self.pedir_alta.emit)
        self.seguimiento_alta = QLabel()
        self.seguimiento_alta.setObjectName("seguimientoAlta")
        self.seguimiento_alta.setWordWrap(True)
        fila_alta = QHBoxLayout()
        fila_alta.addWidget(self.boton_alta, 0, Qt.AlignmentFlag.AlignTop)
        fila_alta.addWidget(self.seguimiento_alta, 1)
        mv.addLayout(fila_alta)
        f10.addWidget(self.manual)
        self.manual.hide()
        v.addWidget(g10)
        v.addStretch(1)
        v.addWidget(self.panel)
        self.editable(self.fab_nombre, self.fab_domicilio, self.copiar, self.buscar, self.lista, self.no_esta,
                      self.manual_nombre, self.manual_clave)
        orden = [self.fab_nombre, self.fab_domicilio, self.copiar, self.buscar, self.no_esta, self.manual_nombre,
                 self.manual_clave, self.boton_alta]
        for a, b in zip(orden, orden[1:], strict=False):
            self.setTabOrder(a, b)

    def titulo(self) -> str:
        return self.tr("Fabricante y molino")

    def subtitulo(self) -> str:
        return self.tr("Campos 9 y 10. El molino se elige del catálogo de la SE; si no está, hay que pedir su alta.")

    def primer_campo(self) -> QWidget:
        return self.fab_nombre

    def widget_de(self, campo: str, certificado: str | None = None) -> QWidget | None:
        if campo == "molino":
            return self.manual_nombre if self.no_esta.isChecked() else self.buscar
        return super().widget_de(campo, certificado)

    # -- load ----------------------------------------------------------------------------------
    def cargar(self) -> None:
        a = self.estado.aviso
        poner_texto(self.fab_nombre, a.fabricante.nombre)
        poner_texto(self.fab_domicilio, a.fabricante.domicilio)
        encontrado = self._en_catalogo(a.molino)
        manual = bool(a.molino.clave or a.molino.nombre) and encontrado is None
        self.no_esta.blockSignals(True)
        self.no_esta.setChecked(manual)
        self.no_esta.blockSignals(False)
        self.manual.setVisible(manual)
        self._marcar_objetivo()
        self.manual_nombre.setText(a.molino.nombre if manual else "")
        self.manual_clave.setText(a.molino.clave if manual else "")
        if not self.buscar.text():
            productor = self._productor_molino()
            self.buscar.setText(encontrado.nombre if encontrado else (productor or (a.molino.nombre if manual else "")))
        self._buscar(self.buscar.text())
        self._mostrar_elegido()
        self._explicar()
        certs = [c for c in self.estado.certificados_del_aviso() if c.productor.nombre]
        self.copiar.setEnabled(bool(certs) and self.estado.editable)
        self.copiar_ayuda.setText(
            self.tr("Del certificado {numero}: {nombre}").format(numero=certs[0].numero or certs[0].id,
                                                                 nombre=certs[0].productor.nombre)
            if certs else self.tr("Vincule un certificado (paso 4) para tomar de él nombre y domicilio."))

    def _en_catalogo(self, ref: MolinoRef) -> Molino | None:
        cat = self.estado.catalogos.molinos
        if cat is None:
            return None
        return cat.buscar(clave=ref.clave) if ref.clave else (cat.buscar(nombre=ref.nombre) if ref.nombre else None)

    def _productor_molino(self) -> str:
        for c in self.estado.certificados_del_aviso():
            if c.tipo == TipoCertificado.MOLINO and c.productor.nombre:
                return c.productor.nombre
        return ""

    # -- manufacturer ----------------------------------------------------------------------------
    def _leer_fabricante(self) -> None:
        a = self.estado.aviso
        self.estado.aviso = replace(a, fabricante=replace(a.fabricante, nombre=self.fab_nombre.text().strip(),
                                                          domicilio=self.fab_domicilio.text().strip()))

    def _tomar_del_certificado(self) -> None:
        certs = [c for c in self.estado.certificados_del_aviso() if c.productor.nombre]
        if not certs:
            return
        # the quality certificate's maker transformed the goods; else the mill made them
        c = next((x for x in certs if x.tipo == TipoCertificado.CALIDAD), certs[0])
        self.fab_nombre.setText(c.productor.nombre)
        self.fab_domicilio.setText(c.productor.domicilio)
        self._leer_fabricante()

    # -- mill --------------------------------------------------------------------------------------
    def _buscar(self, texto: str) -> None:
        self.lista.clear()
        resultados = buscar_molinos(self.estado.catalogos.molinos, texto)
        for m, puntos in resultados:
            etiqueta = m.etiqueta() + (f"   · {m.pais}" if m.pais else "")
            if texto.strip():
                etiqueta += "   " + self.tr("({puntos} % de parecido)").format(puntos=round(puntos))
            item = QListWidgetItem(etiqueta)
            item.setData(ROL_MOLINO, m)
            self.lista.addItem(item)
        if not resultados:
            item = QListWidgetItem(self.tr("Ningún molino del catálogo se parece a «{texto}».").format(texto=texto.strip())
                                   if texto.strip() else self.tr("El catálogo de molinos está vacío."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.lista.addItem(item)
        else:
            self.lista.setCurrentRow(0)

    def _elegir_con_intro(self) -> bool:
        item = self.lista.currentItem()
        m = item.data(ROL_MOLINO) if item is not None else None
        if m is None or not self.estado.editable:
            return False
        a = self.estado.aviso
        if (a.molino.clave, a.molino.nombre) == (m.clave, m.nombre):
            return False
        self.editar(self._elegir)
        return True

    def _elegir(self) -> None:
        item = self.lista.currentItem()
        m: Molino | None = item.data(ROL_MOLINO) if item is not None else None
        if m is None:
            return
        a = self.estado.aviso
        self.estado.aviso = replace(a, molino=MolinoRef(clave=m.clave, nombre=m.nombre, extra=a.molino.extra))
        self.no_esta.blockSignals(True)
        self.no_esta.setChecked(False)
        self.no_esta.blockSignals(False)
        self.manual.hide()
        self._marcar_objetivo()
        self._mostrar_elegido()

    def _marcar_objetivo(self) -> None:
        """The mill's finding frames the field in use: the search, or the name typed as in VUCEM."""
        marca = self.marcas["molino"]
        nuevo = self.manual_nombre if self.no_esta.isChecked() else self.buscar
        if marca.objetivo is not nuevo:
            marca.objetivo.setProperty("hallazgo", "")
            estilo.repulir(marca.objetivo)
            marca.objetivo = nuevo
            marca.mostrar(marca.hallazgos)

    def _alternar_manual(self, activo: bool) -> None:
        self.manual.setVisible(activo)
        self._marcar_objetivo()
        self._explicar()
        if activo:
            if not self.manual_nombre.text():
                self.manual_nombre.setText(self.buscar.text().strip().upper())
            self.editar(self._leer_manual)
            self.manual_nombre.setFocus()

    def _leer_manual(self) -> None:
        a = self.estado.aviso
        self.estado.aviso = replace(a, molino=MolinoRef(clave=self.manual_clave.text().strip().upper(),
                                                        nombre=self.manual_nombre.text().strip(), extra=a.molino.extra))
        self._mostrar_elegido()

    def _mostrar_elegido(self) -> None:
        a = self.estado.aviso
        m = self._en_catalogo(a.molino)
        if m is not None:
            self.elegido.setText(f"<b>{m.etiqueta()}</b>")
        elif a.molino.clave or a.molino.nombre:
            texto = " - ".join(x for x in (a.molino.clave, a.molino.nombre) if x)
            self.elegido.setText(self.tr("<b>{molino}</b> (escrito a mano; no está en el catálogo cargado)").format(molino=texto))
        else:
            self.elegido.setText(self.tr("ninguno: elija uno de la lista (Intro) o marque que no aparece"))

    def mostrar_seguimiento(self, texto: str, vencida: bool = False) -> None:
        """Where the registration request of this mill stands (the wizard looks it up)."""
        self.seguimiento_alta.setText(texto)
        self.seguimiento_alta.setStyleSheet(f"color: {estilo.ROJO_TEXTO}; font-weight: bold;" if vencida else "")

    def _explicar(self) -> None:
        limite = sumar_dias_habiles(self.estado.hoy(), DIAS_RESPUESTA_SE)
        self.explicacion.texto.setText(self.tr(
            "<b>Si el molino tampoco aparece en VUCEM</b>, la SE debe darlo de alta antes de presentar el aviso: "
            "envíe la solicitud por escrito con el formato de Excel de la SE (nombre y domicilio de la planta, "
            "empresa propietaria, país, productos) y espere la respuesta, que tarda hasta {dias} días hábiles "
            "(si la envía hoy, a más tardar el {fecha}, sin contar fines de semana ni días de descanso obligatorio). Mientras tanto este aviso no "
            "puede presentarse.<br><b>Si VUCEM sí lo muestra</b>, escríbalo abajo tal como aparece allí y después "
            "importe el catálogo de molinos actualizado para que la revisión lo reconozca."
        ).format(dias=DIAS_RESPUESTA_SE, fecha=fecha_vista(limite)))


def _envolver(layout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w

