"""Step 7 — review: every field as it must be typed into VUCEM, with a Copy button each, and the
findings of all the rules. The verdict «Listo para VUCEM» appears only when there is no error."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogos import CatalogoClaves
from app.domain.conversion import UnidadNoConvertible, factor, nombre_unidad, precio_texto
from app.domain.hallazgos import Hallazgo
from app.domain.model import EstadoAviso
from app.ui import estilo
from app.ui.asistente.base import EstadoAsistente, Pagina, PaginaBase, PanelHallazgos, ubicar
from app.ui.asistente.pag_cantidad import umt_del_aviso
from app.ui.formato import clave_y_nombre, dinero_captura, fecha_vista, numero_captura
from app.ui.nombres import nombre_estado


def _pais(cat: CatalogoClaves | None, clave: str) -> str:
    return clave_y_nombre(clave, cat.nombre(clave) if cat and clave else "")


class PaginaRevision(PaginaBase):
    pagina = Pagina.REVISION
    marcar_listo = Signal()

    def __init__(self, estado: EstadoAsistente, parent: QWidget | None = None):
        super().__init__(estado, parent)
        self._copiables: dict[str, tuple[QLabel, QPushButton, QLabel]] = {}
        self.ultimo_copiado = ""
        v = QVBoxLayout(self)
        v.setSpacing(8)

        # -- verdict --------------------------------------------------------------------------
        self.veredicto = QFrame()
        self.veredicto.setObjectName("veredicto")
        hv = QHBoxLayout(self.veredicto)
        hv.setContentsMargins(12, 8, 12, 8)
        self.veredicto_icono = QLabel()
        self.veredicto_icono.setFixedSize(32, 32)
        self.veredicto_texto = QLabel()
        self.veredicto_texto.setObjectName("veredictoTexto")
        self.veredicto_texto.setWordWrap(True)
        self.veredicto_texto.setFont(estilo.fuente_negrita(self.veredicto_texto.font(), 1.25))
        self.veredicto_detalle = QLabel()
        self.veredicto_detalle.setWordWrap(True)
        textos = QVBoxLayout()
        textos.setSpacing(2)
        textos.addWidget(self.veredicto_texto)
        textos.addWidget(self.veredicto_detalle)
        self.boton_listo = QPushButton(self.tr("Marcar como &listo"))
        self.boton_listo.setObjectName("marcarListo")
        self.boton_listo.setAutoDefault(False)
        self.boton_listo.clicked.connect(self.marcar_listo.emit)
        hv.addWidget(self.veredicto_icono, 0, Qt.AlignmentFlag.AlignTop)
        hv.addLayout(textos, 1)
        self.estado_aviso = QLabel()
        self.estado_aviso.setObjectName("estadoAviso")
        self.estado_aviso.setFont(estilo.fuente_negrita(self.estado_aviso.font()))
        hv.addWidget(self.estado_aviso, 0, Qt.AlignmentFlag.AlignVCenter)
        hv.addWidget(self.boton_listo, 0, Qt.AlignmentFlag.AlignVCenter)
        v.addWidget(self.veredicto)

        # -- the fields, as typed into VUCEM -------------------------------------------------------
        divisor = QSplitter(Qt.Orientation.Vertical)
        divisor.setObjectName("divisorRevision")
        divisor.setChildrenCollapsible(False)
        tabla = QWidget()
        tabla.setObjectName("tablaVucem")
        self.grid = QGridLayout(tabla)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(2, 1)
        encabezados = ["", self.tr("Campo de VUCEM"), self.tr("Valor a capturar"), ""]
        for col, t in enumerate(encabezados):
            et = QLabel(t)
            et.setFont(estilo.fuente_negrita(et.font()))
            self.grid.addWidget(et, 0, col)
        filas = [
            ("fraccion", "1", self.tr("Fracción arancelaria")),
            ("nico", "1", self.tr("NICO")),
            ("cantidad", "2", self.tr("Cantidad (UMT)")),
            ("valor_usd", "3", self.tr("Valor en dólares")),
            ("pais_origen_acero", "4", self.tr("País de origen del acero")),
            ("pais_origen_mercancia", "5", self.tr("País de origen de la mercancía")),
            ("pais_exportador", "6", self.tr("País exportador")),
            ("certificados", "7", self.tr("Número(s) de certificado")),
            ("fechas", "8", self.tr("Fecha(s) de expedición")),
            ("fabricante", "9", self.tr("Nombre del fabricante")),
            ("domicilio", "9", self.tr("Domicilio del fabricante")),
            ("molino", "10", self.tr("Molino")),
            ("descripcion", "11", self.tr("Descripción de la mercancía")),
            ("observaciones", "12", self.tr("Observaciones")),
        ]
        self._nombres_filas = {clave: nombre for clave, _n, nombre in filas}
        for i, (clave, numero, nombre) in enumerate(filas, start=1):
            marca = QLabel()
            marca.setFixedSize(16, 16)
            num = QLabel(numero)
            num.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            num.setProperty("rol", "ayuda")
            cab = QHBoxLayout()
            cab.setContentsMargins(0, 0, 0, 0)
            cab.addWidget(marca)
            cab.addWidget(num)
            contenedor = QWidget()
            contenedor.setLayout(cab)
            contenedor.setFixedWidth(44)
            et = QLabel(nombre)
            et.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            valor = QLabel()
            valor.setObjectName(f"vucem_{clave}")
            valor.setProperty("rol", "valor-vucem")
            valor.setWordWrap(True)
            valor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            valor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            boton = QPushButton(self.tr("Copiar"))
            boton.setObjectName(f"copiar_{clave}")
            boton.setAutoDefault(False)
            boton.setToolTip(self.tr("Copiar «{campo}» al portapapeles").format(campo=nombre))
            boton.clicked.connect(lambda _=False, c=clave: self.copiar(c))
            self.grid.addWidget(contenedor, i, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(et, i, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(valor, i, 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(boton, i, 3, Qt.AlignmentFlag.AlignTop)
            self._copiables[clave] = (valor, boton, marca)
        self.precio = QLabel()
        self.precio.setProperty("rol", "ayuda")
        self.grid.addWidget(self.precio, len(filas) + 1, 1, 1, 3)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(tabla)
        divisor.addWidget(area)

        self.todos = PanelHallazgos(titulo=self.tr("Revisión de todas las reglas"),
                                    vacio=self.tr("Ninguna regla encontró errores ni advertencias en este aviso."))
        self.todos.lista.setMaximumHeight(16777215)
        self.todos.elegido.connect(self._hallazgo_elegido)
        divisor.addWidget(self.todos)
        divisor.setStretchFactor(0, 3)
        divisor.setStretchFactor(1, 2)
        v.addWidget(divisor, 1)
        self.copiado = QLabel()
        self.copiado.setProperty("rol", "ayuda")
        self.copiado.setObjectName("avisoCopiado")
        v.addWidget(self.copiado)
        self.hallazgos: list[Hallazgo] = []

    def titulo(self) -> str:
        return self.tr("Revisión para VUCEM")

    def subtitulo(self) -> str:
        return self.tr("Cada dato tal como se captura en VUCEM, en su orden, y el resultado de todas las reglas.")

    def primer_campo(self) -> QWidget:
        return self._copiables["fraccion"][1]

    # -- values ---------------------------------------------------------------------------------
    def valores(self) -> dict[str, str]:
        """What goes into each VUCEM field (also what «Copiar» puts on the clipboard)."""
        e = self.estado
        a = e.aviso
        paises = e.catalogos.paises
        certs = e.certificados_del_aviso()
        umt = umt_del_aviso(e)
        molino = a.molino
        cat_mol = e.catalogos.molinos
        encontrado = (cat_mol.buscar(clave=molino.clave) if molino.clave else cat_mol.buscar(nombre=molino.nombre)) \
            if cat_mol and (molino.clave or molino.nombre) else None
        return {
            "fraccion": a.invalidos.get("fraccion", a.fraccion),
            "nico": a.nico,
            "cantidad": a.invalidos.get("cantidad", numero_captura(a.cantidad)),
            "valor_usd": a.invalidos.get("valor_usd", dinero_captura(a.valor_usd)),
            "pais_origen_acero": _pais(paises, a.pais_origen_acero),
            "pais_origen_mercancia": _pais(paises, a.pais_origen_mercancia),
            "pais_exportador": _pais(paises, a.pais_exportador),
            "certificados": ", ".join(c.numero or c.id for c in certs),
            "fechas": ", ".join(c.invalidos.get("fecha_expedicion", fecha_vista(c.fecha_expedicion)) for c in certs),
            "fabricante": a.fabricante.nombre,
            "domicilio": a.fabricante.domicilio,
            "molino": encontrado.etiqueta() if encontrado else " - ".join(x for x in (molino.clave, molino.nombre) if x),
            "descripcion": a.descripcion,
            "observaciones": a.observaciones,
            "_umt": umt,
        }

    def cargar(self) -> None:
        valores = self.valores()
        umt = valores["_umt"]
        for clave, (etiqueta, boton, _m) in self._copiables.items():
            texto = valores.get(clave, "")
            if clave == "cantidad" and texto:
                etiqueta.setText(f"{texto}  <span style='color:#5f6368'>{umt} - {nombre_unidad(umt)}</span>")
                etiqueta.setTextFormat(Qt.TextFormat.RichText)
            else:
                etiqueta.setTextFormat(Qt.TextFormat.PlainText)
                etiqueta.setText(texto or "—")
            boton.setEnabled(bool(texto))
        a = self.estado.aviso
        precio = a.precio_unitario_usd
        if precio is not None:
            try:
                kg = precio_texto(precio / factor(umt, "KGM"))
            except UnidadNoConvertible:
                kg = "—"
            self.precio.setText(self.tr("Precio unitario que calculará VUCEM: {precio} USD/{umt} ({kg} USD/kg).").format(
                precio=precio_texto(precio), umt=umt, kg=kg))
        else:
            self.precio.setText("")
        self._veredicto()

    def copiar(self, clave: str) -> None:
        texto = self.valores().get(clave, "")
        if not texto:
            return
        QGuiApplication.clipboard().setText(texto)
        self.ultimo_copiado = texto
        self.copiado.setText(self.tr("Copiado al portapapeles: {campo}").format(campo=self._nombres_filas.get(clave, clave)))

    # -- findings and verdict --------------------------------------------------------------------------
    def mostrar_hallazgos(self, hallazgos: list[Hallazgo], del_expediente: list[Hallazgo] | None = None) -> None:
        """``hallazgos``: the notice's (they decide the verdict); ``del_expediente``: findings about the
        expediente as a whole (e.g. the notices of an invoice do not add up yet), listed after them."""
        self.hallazgos = hallazgos
        self.todos.mostrar(hallazgos)
        for h in del_expediente or []:
            self.todos.agregar(h, self.tr("Expediente: "))
        fila_de = {"fraccion": "fraccion", "nico": "nico", "cantidad": "cantidad", "valor_usd": "valor_usd",
                   "pais_origen_acero": "pais_origen_acero", "pais_origen_mercancia": "pais_origen_mercancia",
                   "pais_exportador": "pais_exportador", "certificados": "certificados", "fabricante": "fabricante",
                   "molino": "molino", "descripcion": "descripcion", "observaciones": "observaciones"}
        sev: dict[str, str] = {}
        for h in hallazgos:
            u = ubicar(h)
            fila = "certificados" if u.certificado else fila_de.get(u.campo)
            if u.certificado and u.campo == "fecha_expedicion":
                fila = "fechas"
            if fila:
                sev[fila] = "error" if h.es_error or sev.get(fila) == "error" else "aviso"
        for clave, (_v, _b, marca) in self._copiables.items():
            s = sev.get(clave)
            marca.setPixmap(estilo.pixmap(s, 16) if s else estilo.pixmap("ok", 16))
        self._veredicto()

    def _veredicto(self) -> None:
        errores = [h for h in self.hallazgos if h.es_error]
        avisos = [h for h in self.hallazgos if not h.es_error]
        a = self.estado.aviso
        if errores:
            self.veredicto.setProperty("rol", "veredicto-error")
            self.veredicto_icono.setPixmap(estilo.pixmap("error", 32))
            self.veredicto_texto.setText(self.tr("Con {n} error(es): todavía no lo capture en VUCEM").format(n=len(errores)))
            self.veredicto_detalle.setText(self.tr(
                "Corrija los errores de la lista (clic para ir al campo). Un aviso con datos distintos a la factura o a "
                "los certificados carece de validez."))
        else:
            self.veredicto.setProperty("rol", "veredicto-ok")
            self.veredicto_icono.setPixmap(estilo.pixmap("ok", 32))
            self.veredicto_texto.setText(self.tr("Listo para VUCEM"))
            self.veredicto_detalle.setText(
                self.tr("Sin errores. Revise las {n} advertencia(s) antes de capturar.").format(n=len(avisos)) if avisos
                else self.tr("Sin errores ni advertencias. Capture los datos en este orden."))
        estilo.repulir(self.veredicto)
        borrador = a.estado is EstadoAviso.BORRADOR
        self.boton_listo.setVisible(borrador)
        self.boton_listo.setEnabled(not errores and borrador and self.estado.editable)
        self.estado_aviso.setVisible(not borrador)
        self.estado_aviso.setText(self.tr("Estado: {estado}").format(estado=nombre_estado(a.estado)))

    def widget_de(self, campo: str, certificado: str | None = None) -> QWidget | None:
        fila = self._copiables.get(campo)
        return fila[1] if fila else None
