"""The invoices of an expediente: header fields, the lines in an editable table, import from Excel
or CSV, and the invoice total against the sum of its notices, live.

Everything typed is saved by itself (600 ms after the first change, and on closing), one invoice at
a time with ``Almacen.guardar_factura``. A number that does not parse is kept as typed (in the
record's ``invalidos``) and shown in red, so nothing typed is lost; the rules report it.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.archivo import decimal_a_texto
from app.domain.catalogos import mes_anterior
from app.domain.conversion import texto_numero
from app.domain.model import Certificado, Expediente, Factura, Partida, nuevo_id
from app.domain.totales import TotalFactura, importe_partida, totales_facturas
from app.report.facturas import normalizar_fraccion, normalizar_unidad, resolver_pais, vincular_certificados
from app.store import ErrorAlmacen, NoEncontrado
from app.ui import dialogos, estilo
from app.ui.asistente.base import con_invalido
from app.ui.formato import (
    decimal_o_crudo,
    dinero_captura,
    dinero_vista,
    fecha_vista,
    fraccion_vista,
    numero_captura,
    numero_vista,
    solo_digitos,
    texto_a_fecha_mx,
)
from app.ui.operaciones import Operaciones
from app.ui.selectores import SelectorClave
from app.ui.servicios import Servicios

INCOTERMS = ("", "EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP")
RETARDO_GUARDADO_MS = 600


class Col(IntEnum):
    CLAVE = 0
    DESCRIPCION = 1
    FRACCION = 2
    NICO = 3
    CANTIDAD = 4
    UNIDAD = 5
    PRECIO = 6
    IMPORTE = 7
    PAIS = 8
    CERTIFICADO = 9


ATRIBUTO = {Col.DESCRIPCION: "descripcion", Col.FRACCION: "fraccion", Col.NICO: "nico", Col.CANTIDAD: "cantidad",
            Col.UNIDAD: "unidad", Col.PRECIO: "precio_unitario", Col.IMPORTE: "importe", Col.PAIS: "pais_origen",
            Col.CERTIFICADO: "certificado"}
NUMERICAS = (Col.CANTIDAD, Col.PRECIO, Col.IMPORTE)


def etiqueta_certificado(c: Certificado) -> str:
    return c.numero or c.id


# ------------------------------------------------------------------------------------------
# the lines of one invoice as an editable table


class ModeloPartidas(QAbstractTableModel):
    """The lines of one invoice. Editing a cell replaces that :class:`Partida` and emits ``editado``."""

    editado = Signal()

    def __init__(self, servicios: Servicios, parent=None):
        super().__init__(parent)
        self.servicios = servicios
        self.partidas: list[Partida] = []
        self.certificados: dict[str, Certificado] = {}
        self.solo_lectura = False
        self._titulos = {
            Col.CLAVE: self.tr("Partida"), Col.DESCRIPCION: self.tr("Descripción"), Col.FRACCION: self.tr("Fracción"),
            Col.NICO: self.tr("NICO"), Col.CANTIDAD: self.tr("Cantidad"), Col.UNIDAD: self.tr("Unidad"),
            Col.PRECIO: self.tr("Precio unitario"), Col.IMPORTE: self.tr("Importe"), Col.PAIS: self.tr("País de origen"),
            Col.CERTIFICADO: self.tr("Certificado"),
        }

    def fijar(self, partidas: list[Partida] | tuple[Partida, ...], certificados: dict[str, Certificado]) -> None:
        self.beginResetModel()
        self.partidas = list(partidas)
        self.certificados = dict(certificados)
        self.endResetModel()

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.partidas)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, seccion: int, orientacion: Qt.Orientation, rol: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientacion == Qt.Orientation.Horizontal and rol == Qt.ItemDataRole.DisplayRole and 0 <= seccion < len(Col):
            return self._titulos[Col(seccion)]
        if orientacion == Qt.Orientation.Vertical and rol == Qt.ItemDataRole.DisplayRole:
            return str(seccion + 1)
        return None

    def flags(self, indice: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if indice.isValid() and indice.column() != Col.CLAVE and not self.solo_lectura:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, indice: QModelIndex | QPersistentModelIndex, rol: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not indice.isValid() or not 0 <= indice.row() < len(self.partidas):
            return None
        p = self.partidas[indice.row()]
        col = Col(indice.column())
        if rol == Qt.ItemDataRole.DisplayRole:
            return self._vista(p, col)
        if rol == Qt.ItemDataRole.EditRole:
            return self._edicion(p, col)
        if rol == Qt.ItemDataRole.TextAlignmentRole and col in NUMERICAS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problema = self._problema(p, col)
        if rol == Qt.ItemDataRole.BackgroundRole and problema:
            return QBrush(QColor(estilo.ROJO_FONDO if problema[0] == "error" else estilo.AMBAR_FONDO))
        if rol == Qt.ItemDataRole.ForegroundRole:
            if problema:
                return QBrush(QColor(estilo.ROJO_TEXTO if problema[0] == "error" else estilo.AMBAR_TEXTO))
            if col == Col.IMPORTE and p.importe is None and "importe" not in p.invalidos and importe_partida(p) is not None:
                return QBrush(QColor(estilo.GRIS))
        if rol == Qt.ItemDataRole.FontRole and col == Col.IMPORTE and p.importe is None and importe_partida(p) is not None:
            f = QFont()
            f.setItalic(True)
            return f
        if rol == Qt.ItemDataRole.ToolTipRole:
            if problema:
                return problema[1]
            if col == Col.IMPORTE and p.importe is None and importe_partida(p) is not None:
                return self.tr("Calculado: cantidad × precio unitario.")
            if col == Col.PAIS and p.pais_origen:
                cat = self.servicios.catalogos.paises
                return cat.nombre(p.pais_origen) if cat is not None else None
            if col == Col.DESCRIPCION:
                return p.descripcion or None
        return None

    def _vista(self, p: Partida, col: Col) -> str:
        if col == Col.CLAVE:
            return p.id
        attr = ATRIBUTO[col]
        crudo = p.invalidos.get(attr)
        if crudo is not None:
            return crudo
        if col == Col.FRACCION:
            return fraccion_vista(p.fraccion)
        if col in (Col.CANTIDAD, Col.PRECIO):
            return numero_vista(getattr(p, attr))
        if col == Col.IMPORTE:
            return dinero_vista(importe_partida(p))
        if col == Col.CERTIFICADO:
            c = self.certificados.get(p.certificado or "")
            if c is not None:
                return etiqueta_certificado(c)
            return str(p.extra.get("certificado_factura", "") or p.certificado or "")
        return str(getattr(p, attr) or "")

    def _edicion(self, p: Partida, col: Col) -> str:
        if col == Col.CLAVE:
            return p.id
        attr = ATRIBUTO[col]
        crudo = p.invalidos.get(attr)
        if crudo is not None:
            return crudo
        if col in NUMERICAS:
            return numero_captura(getattr(p, attr))
        if col == Col.CERTIFICADO:
            return p.certificado or ""
        return str(getattr(p, attr) or "")

    def _problema(self, p: Partida, col: Col) -> tuple[str, str] | None:
        if col == Col.CLAVE:
            return None
        attr = ATRIBUTO[col]
        crudo = p.invalidos.get(attr)
        if crudo is not None:
            return "error", self.tr("«{texto}» no es un número; escriba cifras con punto decimal, p. ej. 24500 o 585.50.").format(
                texto=crudo)
        if col == Col.FRACCION and p.fraccion and not (len(p.fraccion) == 8 and p.fraccion.isdigit()):
            return "aviso", self.tr("La fracción arancelaria lleva 8 dígitos.")
        if col == Col.NICO and p.nico and not (len(p.nico) == 2 and p.nico.isdigit()):
            return "aviso", self.tr("El NICO lleva 2 dígitos.")
        if col == Col.PAIS and p.pais_origen:
            cat = self.servicios.catalogos.paises
            if cat is not None and p.pais_origen not in cat:
                return "aviso", self.tr("«{pais}» no está en el catálogo de países; use la clave de 3 letras.").format(
                    pais=p.pais_origen)
        if col == Col.CERTIFICADO and not p.certificado and p.extra.get("certificado_factura"):
            return "aviso", self.tr("La factura cita el certificado «{numero}», que no está en el expediente.").format(
                numero=p.extra.get("certificado_factura"))
        if col == Col.CANTIDAD and p.cantidad is None and "cantidad" not in p.invalidos:
            return "aviso", self.tr("Falta la cantidad.")
        return None

    def setData(self, indice: QModelIndex | QPersistentModelIndex, valor: Any, rol: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if rol != Qt.ItemDataRole.EditRole or not indice.isValid() or self.solo_lectura:
            return False
        col = Col(indice.column())
        if col == Col.CLAVE:
            return False
        p = self.partidas[indice.row()]
        nueva = self._con_valor(p, col, "" if valor is None else str(valor))
        if nueva == p:
            return False
        self.partidas[indice.row()] = nueva
        self.dataChanged.emit(self.index(indice.row(), 0), self.index(indice.row(), len(Col) - 1))
        self.editado.emit()
        return True

    def _con_valor(self, p: Partida, col: Col, texto: str) -> Partida:
        t = texto.strip()
        if col in NUMERICAS:
            valor, crudo = decimal_o_crudo(t)
            return con_invalido(p, ATRIBUTO[col], valor, crudo)
        if col == Col.FRACCION:
            fr = normalizar_fraccion(t)
            if fr is not None:
                fraccion, nico = fr
                return replace(p, fraccion=fraccion, nico=nico or p.nico)
            return replace(p, fraccion=solo_digitos(t))
        if col == Col.NICO:
            d = solo_digitos(t)
            return replace(p, nico=d.zfill(2) if d.isdigit() and len(d) <= 2 else d)
        if col == Col.UNIDAD:
            return replace(p, unidad=normalizar_unidad(t) or t.upper())
        if col == Col.PAIS:
            return replace(p, pais_origen=(resolver_pais(t, self.servicios.catalogos) or t.upper()) if t else "")
        if col == Col.CERTIFICADO:
            if not t:
                return replace(p, certificado=None)
            if t in self.certificados:
                return replace(p, certificado=t)
            clave = "".join(ch for ch in t.upper() if ch.isalnum())
            for c in self.certificados.values():
                if "".join(ch for ch in c.numero.upper() if ch.isalnum()) == clave:
                    return replace(p, certificado=c.id)
            extra = dict(p.extra)
            extra["certificado_factura"] = t
            return replace(p, certificado=None, extra=extra)
        return replace(p, **{ATRIBUTO[col]: t})


class _DelegadoCertificado(QStyledItemDelegate):
    """The certificate column is chosen from the expediente's certificates."""

    def __init__(self, modelo: ModeloPartidas, parent=None):
        super().__init__(parent)
        self.modelo = modelo

    def createEditor(self, padre, opcion, indice):  # noqa: N802 - Qt API
        if indice.column() != Col.CERTIFICADO:
            return super().createEditor(padre, opcion, indice)
        combo = QComboBox(padre)
        combo.addItem(self.tr("(ninguno)"), "")
        for c in self.modelo.certificados.values():
            tipo = self.tr("molino") if c.tipo == "molino" else (self.tr("calidad") if c.tipo == "calidad" else "")
            combo.addItem(f"{etiqueta_certificado(c)}" + (f" · {tipo}" if tipo else ""), c.id)
        return combo

    def setEditorData(self, editor, indice):  # noqa: N802 - Qt API
        if isinstance(editor, QComboBox):
            i = editor.findData(indice.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(0, i))
            return
        super().setEditorData(editor, indice)

    def setModelData(self, editor, modelo, indice):  # noqa: N802 - Qt API
        if isinstance(editor, QComboBox):
            modelo.setData(indice, editor.currentData() or "", Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, modelo, indice)


# ------------------------------------------------------------------------------------------
# the invoice total against its notices, as text


def html_total(t: TotalFactura, *, corto: bool = False) -> str:
    """The invoice against its notices as rich text; ``corto``: one short line (main window)."""
    if corto:
        return _html_corto(t)
    partes = []
    if t.total_moneda is not None:
        partes.append(QCoreApplication.translate("Totales", "Total de la factura: <b>{total} {moneda}</b>").format(total=dinero_vista(t.total_moneda),
                                                                                  moneda=html.escape(t.moneda)))
    else:
        partes.append(QCoreApplication.translate("Totales", "Total de la factura: <b>incompleto</b> (hay partidas sin importe)"))
    if t.acero_usd is not None:
        partes.append(QCoreApplication.translate("Totales", "Partidas de acero en dólares: <b>{usd} USD</b>").format(usd=dinero_vista(t.acero_usd)))
    else:
        partes.append(QCoreApplication.translate("Totales", "Partidas de acero en dólares: <b>—</b> (falta el tipo de cambio o un importe)"))
    if not t.avisos:
        partes.append(QCoreApplication.translate("Totales", "Avisos: <b>ninguno todavía</b>"))
    elif t.suma_avisos is None:
        partes.append(QCoreApplication.translate("Totales", "Suma de sus avisos ({avisos}): <b>—</b> (un aviso no tiene valor)").format(
            avisos=", ".join(t.avisos)))
    else:
        partes.append(QCoreApplication.translate("Totales", "Suma de sus avisos ({avisos}): <b>{suma} USD</b>").format(
            avisos=", ".join(t.avisos), suma=dinero_vista(t.suma_avisos)))
    linea = " · ".join(partes)
    if t.compartida:
        estado = QCoreApplication.translate("Totales", "un aviso abarca partidas de otra factura: la suma no se puede comparar")
        color = estilo.AMBAR_TEXTO
    elif t.cuadra is True:
        estado = QCoreApplication.translate("Totales", "✔ la suma de los avisos coincide con la factura")
        color = estilo.VERDE
    elif t.cuadra is False:
        dif = t.diferencia or Decimal(0)
        estado = (QCoreApplication.translate("Totales", "✖ los avisos suman {dif} USD más que la factura") if dif > 0 else
                  QCoreApplication.translate("Totales", "✖ a los avisos les faltan {dif} USD para sumar la factura")).format(dif=dinero_vista(abs(dif)))
        color = estilo.ROJO_TEXTO
    else:
        estado = ""
        color = estilo.GRIS
    if t.partidas_sin_aviso and t.partidas:
        extra = QCoreApplication.translate("Totales", "{n} partida(s) de acero sin aviso").format(n=t.partidas_sin_aviso)
        estado = f"{estado}; {extra}" if estado else extra
        if t.cuadra is not False:
            color = estilo.AMBAR_TEXTO
    if estado:
        linea += f" · <span style='color:{color}'><b>{html.escape(estado)}</b></span>"
    return linea


def _html_corto(t: TotalFactura) -> str:
    partes = [QCoreApplication.translate("Totales", "<b>{numero}</b>").format(numero=html.escape(t.numero or t.factura_id))]
    if t.acero_usd is not None:
        partes.append(QCoreApplication.translate("Totales", "acero {usd} USD").format(usd=dinero_vista(t.acero_usd)))
    else:
        partes.append(QCoreApplication.translate("Totales", "acero: falta el tipo de cambio o un importe"))
    if not t.avisos:
        partes.append(QCoreApplication.translate("Totales", "sin avisos"))
    elif t.suma_avisos is not None:
        partes.append(QCoreApplication.translate("Totales", "avisos {avisos}: {suma} USD").format(avisos=", ".join(t.avisos), suma=dinero_vista(t.suma_avisos)))
    else:
        partes.append(QCoreApplication.translate("Totales", "avisos {avisos}: un aviso sin valor").format(avisos=", ".join(t.avisos)))
    if t.compartida:
        estado, color = QCoreApplication.translate("Totales", "no comparable (un aviso abarca otra factura)"), estilo.AMBAR_TEXTO
    elif t.cuadra is True:
        estado, color = QCoreApplication.translate("Totales", "✔ coinciden"), estilo.VERDE
    elif t.cuadra is False:
        dif = t.diferencia or Decimal(0)
        estado = (QCoreApplication.translate("Totales", "✖ avisos {dif} USD de más") if dif > 0 else QCoreApplication.translate("Totales", "✖ faltan {dif} USD en avisos")).format(
            dif=dinero_vista(abs(dif)))
        color = estilo.ROJO_TEXTO
    else:
        estado, color = "", estilo.GRIS
    if t.partidas_sin_aviso and t.partidas:
        extra = QCoreApplication.translate("Totales", "{n} partida(s) sin aviso").format(n=t.partidas_sin_aviso)
        estado = f"{estado}; {extra}" if estado else extra
        if t.cuadra is not False:
            color = estilo.AMBAR_TEXTO
    texto = " · ".join(partes)
    if estado:
        texto += f" · <span style='color:{color}'><b>{html.escape(estado)}</b></span>"
    return texto


# ------------------------------------------------------------------------------------------
# the dialog


class DialogoFacturas(QDialog):
    """The invoices of one expediente. Non-modal: the wizard can stay open next to it."""

    guardado = Signal(int)  # expediente_id: an invoice was saved
    avisos_creados = Signal(int, list)  # expediente_id, ids of the drafts created from a proposal

    def __init__(self, servicios: Servicios, expediente_id: int, nombre: str = "", *, operaciones: Operaciones | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.almacen = servicios.almacen
        self.expediente_id = expediente_id
        self.nombre = nombre
        self.operaciones = operaciones or Operaciones(self)
        self.setObjectName("dialogoFacturas")
        self.setWindowTitle(self.tr("Facturas · {expediente}").format(expediente=nombre or expediente_id))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.exp: Expediente = self.almacen.cargar_expediente(expediente_id)
        self.facturas: list[Factura] = list(self.exp.facturas)
        self._sucias: set[str] = set()
        self._cargando = False
        self._cerrando = False
        self.error_guardado = ""
        self.ultimo_guardado: datetime | None = None
        self._t_guardado = QTimer(self)
        self._t_guardado.setSingleShot(True)
        self._t_guardado.setInterval(RETARDO_GUARDADO_MS)
        self._t_guardado.timeout.connect(self.guardar)
        self._construir()
        self._llenar_lista(0)
        self._mostrar_factura()
        geo = servicios.ajustes.geometria("facturas")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1180, 760)

    # -- construction ------------------------------------------------------------------------------
    def _construir(self) -> None:
        # left: the invoices
        self.lista = QListWidget()
        self.lista.setObjectName("listaFacturas")
        self.lista.setWordWrap(True)
        self.lista.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lista.setSpacing(2)
        self.lista.currentRowChanged.connect(lambda _f: self._mostrar_factura())
        et_lista = QLabel(self.tr("Facturas del expediente"))
        et_lista.setFont(estilo.fuente_negrita(et_lista.font()))
        self.bot_nueva = QPushButton(self.tr("&Nueva factura"))
        self.bot_nueva.setObjectName("nuevaFactura")
        self.bot_nueva.clicked.connect(self.nueva_factura)
        self.bot_importar = QPushButton(self.tr("Importar de E&xcel o CSV…"))
        self.bot_importar.setObjectName("importarFactura")
        self.bot_importar.clicked.connect(self.importar)
        self.bot_eliminar = QPushButton(self.tr("E&liminar factura"))
        self.bot_eliminar.setObjectName("eliminarFactura")
        self.bot_eliminar.clicked.connect(self.eliminar_factura)
        for b in (self.bot_nueva, self.bot_importar, self.bot_eliminar):
            b.setAutoDefault(False)
        izquierda = QWidget()
        iv = QVBoxLayout(izquierda)
        iv.setContentsMargins(0, 0, 6, 0)
        iv.addWidget(et_lista)
        iv.addWidget(self.lista, 1)
        iv.addWidget(self.bot_nueva)
        iv.addWidget(self.bot_importar)
        iv.addWidget(self.bot_eliminar)

        # right: header of the chosen invoice
        self.cabecera = QGroupBox(self.tr("Datos de la factura"))
        g = QGridLayout(self.cabecera)
        g.setHorizontalSpacing(10)
        self.numero = QLineEdit()
        self.numero.setObjectName("numeroFactura")
        self.fecha = QLineEdit()
        self.fecha.setObjectName("fechaFactura")
        self.fecha.setPlaceholderText(self.tr("dd/mm/aaaa"))
        self.fecha.setMaximumWidth(130)
        self.proveedor = QLineEdit()
        self.proveedor.setObjectName("proveedorFactura")
        self.moneda = SelectorClave(self.servicios.catalogos.monedas)
        self.moneda.setObjectName("monedaFactura")
        self.moneda.setMinimumContentsLength(16)
        self.tasa = QLineEdit()
        self.tasa.setObjectName("usdPorUnidadFactura")
        self.tasa.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tasa.setMaximumWidth(160)
        self.incoterm = QComboBox()
        self.incoterm.setObjectName("incoterm")
        self.incoterm.setEditable(True)
        self.incoterm.addItems(list(INCOTERMS))
        self.incoterm.setMaximumWidth(110)
        self.fletes = QLineEdit()
        self.fletes.setObjectName("fletes")
        self.seguros = QLineEdit()
        self.seguros.setObjectName("seguros")
        for w in (self.fletes, self.seguros):
            w.setAlignment(Qt.AlignmentFlag.AlignRight)
            w.setMaximumWidth(160)
        self.tasa_info = QLabel()
        self.tasa_info.setObjectName("tasaPublicadaFactura")
        self.tasa_info.setProperty("rol", "ayuda")
        self.tasa_info.setWordWrap(True)
        self.usar_tasa = QPushButton(self.tr("Usar el tipo pu&blicado"))
        self.usar_tasa.setObjectName("usarTipoPublicado")
        self.usar_tasa.setAutoDefault(False)
        self.usar_tasa.clicked.connect(self._usar_tasa_publicada)

        def fila(columna: int, renglon: int, texto: str, w: QWidget, ancho: int = 1) -> None:
            et = QLabel(texto)
            et.setBuddy(w.lineEdit() if isinstance(w, QComboBox) and w.isEditable() and not isinstance(w, SelectorClave) else w)
            g.addWidget(et, renglon, columna)
            g.addWidget(w, renglon, columna + 1, 1, ancho)

        fila(0, 0, self.tr("Nú&mero:"), self.numero)
        fila(2, 0, self.tr("&Fecha:"), self.fecha)
        fila(4, 0, self.tr("&Incoterm:"), self.incoterm)
        fila(0, 1, self.tr("&Proveedor:"), self.proveedor, 5)
        fila(0, 2, self.tr("M&oneda:"), self.moneda)
        fila(2, 2, self.tr("&USD por unidad:"), self.tasa)
        g.addWidget(self.usar_tasa, 2, 4, 1, 2, Qt.AlignmentFlag.AlignLeft)
        g.addWidget(self.tasa_info, 3, 1, 1, 5)
        fila(0, 4, self.tr("Fle&tes:"), self.fletes)
        fila(2, 4, self.tr("&Seguros:"), self.seguros)
        nota_fletes = QLabel(self.tr("Fletes y seguros no se suman al valor del aviso."))
        nota_fletes.setProperty("rol", "ayuda")
        g.addWidget(nota_fletes, 4, 4, 1, 2)
        g.setColumnStretch(1, 3)
        g.setColumnStretch(3, 2)
        g.setColumnStretch(5, 1)
        for w in (self.numero, self.fecha, self.proveedor, self.tasa, self.fletes, self.seguros):
            w.textEdited.connect(lambda _t: self._editar_cabecera())
        self.moneda.editado.connect(self._editar_cabecera)
        self.incoterm.currentTextChanged.connect(lambda _t: self._editar_cabecera())

        # the lines
        self.modelo = ModeloPartidas(self.servicios, self)
        self.modelo.editado.connect(self._lineas_editadas)
        self.tabla = QTableView()
        self.tabla.setObjectName("tablaPartidas")
        self.tabla.setModel(self.modelo)
        self.tabla.setItemDelegate(_DelegadoCertificado(self.modelo, self.tabla))
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.tabla.setAlternatingRowColors(True)
        self.tabla.setTabKeyNavigation(True)
        self.tabla.verticalHeader().setDefaultSectionSize(24)
        cab = self.tabla.horizontalHeader()
        cab.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, ancho in {Col.CLAVE: 62, Col.DESCRIPCION: 250, Col.FRACCION: 96, Col.NICO: 46, Col.CANTIDAD: 90,
                           Col.UNIDAD: 58, Col.PRECIO: 104, Col.IMPORTE: 104, Col.PAIS: 104, Col.CERTIFICADO: 130}.items():
            cab.resizeSection(int(col), ancho)
        cab.setStretchLastSection(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tabla, self.quitar_partida,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.tabla, self.agregar_partida, context=Qt.ShortcutContext.WidgetShortcut)
        et_partidas = QLabel(self.tr("Pa&rtidas (F2 edita la celda; Ins agrega una partida y Supr la quita)"))
        et_partidas.setBuddy(self.tabla)
        et_partidas.setFont(estilo.fuente_negrita(et_partidas.font()))
        self.bot_agregar = QPushButton(self.tr("&Agregar partida"))
        self.bot_agregar.setObjectName("agregarPartida")
        self.bot_agregar.clicked.connect(self.agregar_partida)
        self.bot_quitar = QPushButton(self.tr("&Quitar partida"))
        self.bot_quitar.setObjectName("quitarPartida")
        self.bot_quitar.clicked.connect(self.quitar_partida)
        for b in (self.bot_agregar, self.bot_quitar):
            b.setAutoDefault(False)
        fila_lineas = QHBoxLayout()
        fila_lineas.addWidget(et_partidas, 1)
        fila_lineas.addWidget(self.bot_agregar)
        fila_lineas.addWidget(self.bot_quitar)
        self.importacion = QLabel()
        self.importacion.setObjectName("notaImportacion")
        self.importacion.setWordWrap(True)
        self.importacion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.importacion.setProperty("rol", "mensaje-aviso")
        self.importacion.hide()

        # the total against the notices
        self.marco_total = QFrame()
        self.marco_total.setProperty("rol", "nota-info")
        mt = QHBoxLayout(self.marco_total)
        mt.setContentsMargins(10, 6, 10, 6)
        self.total = QLabel()
        self.total.setObjectName("totalFacturaAvisos")
        self.total.setWordWrap(True)
        self.total.setTextFormat(Qt.TextFormat.RichText)
        mt.addWidget(self.total, 1)

        derecha = QWidget()
        dv = QVBoxLayout(derecha)
        dv.setContentsMargins(6, 0, 0, 0)
        dv.addWidget(self.cabecera)
        dv.addLayout(fila_lineas)
        dv.addWidget(self.tabla, 1)
        dv.addWidget(self.importacion)
        dv.addWidget(self.marco_total)

        divisor = QSplitter(Qt.Orientation.Horizontal)
        divisor.addWidget(izquierda)
        divisor.addWidget(derecha)
        divisor.setStretchFactor(0, 0)
        divisor.setStretchFactor(1, 1)
        divisor.setSizes([250, 930])
        divisor.setChildrenCollapsible(False)

        # bottom
        self.estado_guardado = QLabel()
        self.estado_guardado.setObjectName("estadoGuardadoFacturas")
        self.estado_guardado.setProperty("rol", "ayuda")
        self.bot_proponer = QPushButton(self.tr("Proponer a&visos…"))
        self.bot_proponer.setObjectName("proponerAvisos")
        self.bot_proponer.setToolTip(self.tr("Dividir las partidas sin aviso en los avisos que pide la regla R4"))
        self.bot_proponer.clicked.connect(self.proponer_avisos)
        self.bot_cerrar = QPushButton(self.tr("&Cerrar"))
        self.bot_cerrar.setObjectName("cerrarFacturas")
        self.bot_cerrar.clicked.connect(self.close)
        for b in (self.bot_proponer, self.bot_cerrar):
            b.setAutoDefault(False)
        abajo = QHBoxLayout()
        abajo.addWidget(self.estado_guardado, 1)
        abajo.addWidget(self.bot_proponer)
        abajo.addSpacing(12)
        abajo.addWidget(self.bot_cerrar)

        raiz = QVBoxLayout(self)
        raiz.addWidget(divisor, 1)
        raiz.addLayout(abajo)
        self.setTabOrder(self.lista, self.numero)
        orden = [self.numero, self.fecha, self.incoterm, self.proveedor, self.moneda, self.tasa, self.usar_tasa,
                 self.fletes, self.seguros, self.tabla, self.bot_agregar, self.bot_quitar, self.bot_proponer,
                 self.bot_cerrar]
        for a, b in zip(orden, orden[1:], strict=False):
            self.setTabOrder(a, b)

    # -- which invoice ------------------------------------------------------------------------------
    def _texto_lista(self, f: Factura) -> str:
        partes = [f.numero or self.tr("(sin número)")]
        if f.proveedor:
            partes.append(f.proveedor)
        return " · ".join(partes) + "\n" + self.tr("{n} partida(s), {moneda}").format(n=len(f.partidas), moneda=f.moneda)

    def _llenar_lista(self, elegir: int | None = None) -> None:
        """Fill the list of invoices (the caller shows the chosen one with ``_mostrar_factura``)."""
        actual = self.lista.currentRow() if elegir is None else elegir
        self.lista.blockSignals(True)
        self.lista.clear()
        for f in self.facturas:
            item = QListWidgetItem(self._texto_lista(f))
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            item.setToolTip(f.id)
            self.lista.addItem(item)
        if self.facturas:
            self.lista.setCurrentRow(min(max(actual, 0), len(self.facturas) - 1))
        self.lista.blockSignals(False)

    def factura_actual(self) -> Factura | None:
        i = self.lista.currentRow()
        return self.facturas[i] if 0 <= i < len(self.facturas) else None

    def elegir_factura(self, factura_id: str) -> bool:
        for i, f in enumerate(self.facturas):
            if f.id == factura_id:
                if self.lista.currentRow() == i:
                    self._mostrar_factura()
                else:
                    self.lista.setCurrentRow(i)
                return True
        return False

    def _mostrar_factura(self) -> None:
        f = self.factura_actual()
        hay = f is not None
        for w in (self.cabecera, self.tabla, self.bot_agregar, self.bot_quitar, self.bot_eliminar):
            w.setEnabled(hay)
        self._cargando = True
        try:
            if f is None:
                for w in (self.numero, self.fecha, self.proveedor, self.tasa, self.fletes, self.seguros):
                    w.clear()
                self.moneda.fijar_clave("")
                self.modelo.fijar([], {})
            else:
                self.numero.setText(f.numero)
                self.fecha.setText(f.invalidos.get("fecha", fecha_vista(f.fecha)))
                self.proveedor.setText(f.proveedor)
                self.proveedor.setCursorPosition(0)
                self.moneda.fijar_clave(f.moneda)
                self.tasa.setText(f.invalidos.get("usd_por_unidad", "" if f.usd_por_unidad is None
                                                  else decimal_a_texto(f.usd_por_unidad)))
                self.incoterm.setCurrentText(f.incoterm)
                self.fletes.setText(f.invalidos.get("fletes", dinero_captura(f.fletes)))
                self.seguros.setText(f.invalidos.get("seguros", dinero_captura(f.seguros)))
                self.modelo.fijar(f.partidas, {c.id: c for c in self.exp.certificados})
        finally:
            self._cargando = False
        self._marcar_cabecera()
        self._mostrar_importacion()
        self._actualizar_totales()
        self._mostrar_guardado()

    # -- edits ---------------------------------------------------------------------------------------
    def _reemplazar(self, nueva: Factura) -> None:
        for i, f in enumerate(self.facturas):
            if f.id == nueva.id:
                if f == nueva:
                    return
                self.facturas[i] = nueva
                self._sucias.add(nueva.id)
                item = self.lista.item(i)
                if item is not None:
                    item.setText(self._texto_lista(nueva))
                if not self._t_guardado.isActive():
                    self._t_guardado.start()
                self._mostrar_guardado()
                return

    def _editar_cabecera(self) -> None:
        f = self.factura_actual()
        if f is None or self._cargando:
            return
        nueva = replace(f, numero=self.numero.text().strip(), proveedor=self.proveedor.text().strip(),
                        moneda=self.moneda.clave() or "USD", incoterm=self.incoterm.currentText().strip().upper())
        texto_fecha = self.fecha.text().strip()
        fecha = texto_a_fecha_mx(texto_fecha) if texto_fecha else None
        nueva = con_invalido(nueva, "fecha", fecha, texto_fecha if texto_fecha and fecha is None else None)
        for campo, w in (("usd_por_unidad", self.tasa), ("fletes", self.fletes), ("seguros", self.seguros)):
            valor, crudo = decimal_o_crudo(w.text())
            nueva = con_invalido(nueva, campo, valor, crudo)
        self._reemplazar(nueva)
        self._marcar_cabecera()
        self._actualizar_totales()

    def _marcar_cabecera(self) -> None:
        f = self.factura_actual()
        for campo, w in (("fecha", self.fecha), ("usd_por_unidad", self.tasa), ("fletes", self.fletes),
                         ("seguros", self.seguros)):
            sev = "error" if f is not None and campo in f.invalidos else ""
            if f is not None and campo == "usd_por_unidad" and not sev and f.moneda != "USD" and f.usd_por_unidad is None:
                sev = "aviso"
            if w.property("hallazgo") != sev:
                w.setProperty("hallazgo", sev)
                estilo.repulir(w)
        self._mostrar_tasa_publicada()

    def _tipo_publicado(self, f: Factura):  # -> TipoCambio | None, mes
        mes = mes_anterior(f.fecha or self.servicios.hoy())
        cat = self.servicios.catalogos.tipos_cambio
        return (cat.buscar(f.moneda, mes) if cat is not None else None), mes

    def _mostrar_tasa_publicada(self) -> None:
        f = self.factura_actual()
        if f is None or f.moneda == "USD":
            self.tasa_info.setText(self.tr("Factura en dólares: el tipo es 1.") if f is not None else "")
            self.usar_tasa.setVisible(False)
            return
        tc, mes = self._tipo_publicado(f)
        if tc is None:
            self.tasa_info.setText(self.tr(
                "No hay tipo de cambio de {moneda} cargado para {mes} (el mes anterior a la factura). Cárguelo en "
                "Herramientas ▸ Tipos de cambio.").format(moneda=f.moneda, mes=mes))
            self.usar_tasa.setVisible(False)
            return
        self.tasa_info.setText(self.tr("Publicado para {mes}: {valor} USD por {moneda} (fuente: {fuente}).").format(
            mes=mes, valor=texto_numero(tc.usd_por_unidad.quantize(Decimal("0.000001"))) if tc.usd_por_unidad < 1
            else texto_numero(tc.usd_por_unidad), moneda=f.moneda, fuente=tc.fuente or self.tr("sin fuente")))
        self.usar_tasa.setVisible(True)
        self.usar_tasa.setEnabled(f.usd_por_unidad != tc.usd_por_unidad)

    def _usar_tasa_publicada(self) -> None:
        f = self.factura_actual()
        if f is None:
            return
        tc, _mes = self._tipo_publicado(f)
        if tc is None:
            return
        self.tasa.setText(decimal_a_texto(tc.usd_por_unidad))
        self._editar_cabecera()

    def _lineas_editadas(self) -> None:
        f = self.factura_actual()
        if f is None:
            return
        self._reemplazar(replace(f, partidas=tuple(self.modelo.partidas)))
        self._actualizar_totales()

    def agregar_partida(self) -> None:
        f = self.factura_actual()
        if f is None:
            return
        usados = [p.id for _f, p in self._todas_las_partidas()]
        p = Partida(id=nuevo_id(f"{f.id}-", usados), unidad="KGM")
        anterior = f.partidas[-1] if f.partidas else None
        if anterior is not None:  # most invoices repeat these from line to line
            p = replace(p, fraccion=anterior.fraccion, nico=anterior.nico, unidad=anterior.unidad or "KGM",
                        pais_origen=anterior.pais_origen, certificado=anterior.certificado)
        self._reemplazar(replace(f, partidas=(*f.partidas, p)))
        self.modelo.fijar(self.factura_actual().partidas, {c.id: c for c in self.exp.certificados})  # type: ignore[union-attr]
        fila = self.modelo.rowCount() - 1
        self.tabla.setFocus()
        self.tabla.setCurrentIndex(self.modelo.index(fila, int(Col.DESCRIPCION)))
        self._actualizar_totales()

    def quitar_partida(self) -> None:
        f = self.factura_actual()
        fila = self.tabla.currentIndex().row()
        if f is None or not 0 <= fila < len(f.partidas):
            return
        p = f.partidas[fila]
        usada = [a.id for a in self.exp.avisos if p.id in a.partidas_factura]
        if usada:
            dialogos.advertir(self, self.tr("Quitar partida"), self.tr(
                "La partida {partida} está en el aviso {aviso}. Quítela del aviso (paso 2 del asistente) o elimine el "
                "aviso antes de quitarla de la factura.").format(partida=p.id, aviso=", ".join(usada)))
            return
        if not dialogos.confirmar(self, self.tr("Quitar partida"), self.tr("¿Quitar la partida {partida} ({descripcion}) de la "
                                                                          "factura?").format(
                partida=p.id, descripcion=p.descripcion or self.tr("sin descripción")), self.tr("&Quitar")):
            return
        self._reemplazar(replace(f, partidas=tuple(x for x in f.partidas if x.id != p.id)))
        self.modelo.fijar(self.factura_actual().partidas, {c.id: c for c in self.exp.certificados})  # type: ignore[union-attr]
        if self.modelo.rowCount():
            self.tabla.setCurrentIndex(self.modelo.index(min(fila, self.modelo.rowCount() - 1), int(Col.DESCRIPCION)))
        self._actualizar_totales()

    def _todas_las_partidas(self) -> list[tuple[Factura, Partida]]:
        return [(f, p) for f in self.facturas for p in f.partidas]

    def _id_nueva_factura(self) -> str:
        return nuevo_id("F", [f.id for f in self.facturas])

    def nueva_factura(self, factura: Factura | None = None) -> Factura:
        f = factura or Factura(id=self._id_nueva_factura(), moneda="USD", usd_por_unidad=Decimal(1))
        self.facturas.append(f)
        self._sucias.add(f.id)
        self._llenar_lista(len(self.facturas) - 1)
        self._mostrar_factura()
        self.guardar()
        self.numero.setFocus()
        return f

    def eliminar_factura(self) -> bool:
        f = self.factura_actual()
        if f is None:
            return False
        usada = sorted({a.id for a in self.exp.avisos for p in f.partidas if p.id in a.partidas_factura})
        if usada:
            dialogos.advertir(self, self.tr("Eliminar factura"), self.tr(
                "La factura {numero} tiene partidas en los avisos {avisos}. Quite esas partidas de los avisos (o elimine los "
                "avisos) antes de eliminar la factura.").format(numero=f.numero or f.id, avisos=", ".join(usada)))
            return False
        if not dialogos.confirmar(self, self.tr("Eliminar factura"), self.tr(
                "¿Eliminar la factura {numero} y sus {n} partida(s)? Esto no se puede deshacer.").format(
                numero=f.numero or f.id, n=len(f.partidas)), self.tr("&Eliminar")):
            return False
        try:
            self.almacen.eliminar_factura(self.expediente_id, f.id)
        except NoEncontrado:
            pass  # never saved: nothing to delete in the database
        except ErrorAlmacen as e:
            dialogos.error(self, self.tr("No se eliminó la factura"), str(e))
            return False
        self.facturas = [x for x in self.facturas if x.id != f.id]
        self._sucias.discard(f.id)
        self._llenar_lista()
        self._mostrar_factura()
        self.guardado.emit(self.expediente_id)
        return True

    # -- import -----------------------------------------------------------------------------------------
    def importar(self):  # -> DialogoImportarFactura | None
        """Choose a file and open the column-mapping dialog (non-blocking; returns it)."""
        from app.ui.importar_factura import DialogoImportarFactura

        ruta = dialogos.elegir_archivo_abrir(self, self.tr("Importar factura"), self.servicios.ajustes.carpeta_documentos
                                             or self.servicios.ajustes.carpeta_archivos,
                                             self.tr("Facturas en Excel o CSV (*.xlsx *.xlsm *.csv *.txt);;Todos los archivos (*)"))
        if ruta is None:
            return None
        self.servicios.ajustes.carpeta_documentos = str(ruta.parent)
        destino = self.factura_actual()
        if destino is None or destino.partidas:
            destino_id = self._id_nueva_factura()
            proveedor = ""
        else:
            destino_id = destino.id
            proveedor = destino.proveedor
        dialogo = DialogoImportarFactura(self.servicios, ruta, proveedor=proveedor, prefijo=f"{destino_id}-",
                                         operaciones=self.operaciones, parent=self)
        dialogo.accepted.connect(lambda: self._importado(dialogo, destino_id))
        dialogo.open()
        return dialogo

    def _importado(self, dialogo, destino_id: str) -> None:
        r = dialogo.resultado
        if r is None:
            return
        otras = {p.id for f, p in self._todas_las_partidas() if f.id != destino_id}
        partidas = []
        usados = set(otras)
        for p in vincular_certificados(r.partidas, self.exp.certificados):
            if p.id in usados:
                p = replace(p, id=nuevo_id(f"{destino_id}-", usados))
            usados.add(p.id)
            partidas.append(p)
        nota = {
            "archivo": dialogo.ruta.name, "fecha": self.servicios.hoy().isoformat(), "partidas": len(partidas),
            "errores": [str(e) for e in r.errores], "omitidas": len(r.omitidas),
        }
        existente = next((f for f in self.facturas if f.id == destino_id), None)
        proveedor = dialogo.proveedor()
        if existente is None:
            f = Factura(id=destino_id, proveedor=proveedor, moneda=r.moneda or "USD",
                        usd_por_unidad=Decimal(1) if (r.moneda or "USD") == "USD" else None,
                        partidas=tuple(partidas), extra={"importacion": nota})
            self.nueva_factura(f)
        else:
            f = replace(existente, proveedor=existente.proveedor or proveedor, moneda=r.moneda or existente.moneda,
                        partidas=tuple(partidas), extra={**existente.extra, "importacion": nota})
            self._reemplazar(f)
            self.guardar()
            self._mostrar_factura()
        self.elegir_factura(destino_id)
        texto = self.tr("Se importaron {n} partida(s) de «{archivo}».").format(n=len(partidas), archivo=dialogo.ruta.name)
        if r.errores:
            texto += " " + self.tr("{n} fila(s) con error no se importaron: vea la lista bajo la tabla.").format(n=len(r.errores))
        self.estado_guardado.setText(texto)
        if not f.numero:
            self.numero.setFocus()

    def _mostrar_importacion(self) -> None:
        f = self.factura_actual()
        nota = f.extra.get("importacion") if f is not None else None
        errores = nota.get("errores") if isinstance(nota, dict) else None
        if not errores:
            self.importacion.hide()
            return
        lineas = [self.tr("Al importar «{archivo}» quedaron fuera {n} fila(s) con error; agréguelas a mano si son "
                          "partidas:").format(archivo=nota.get("archivo", ""), n=len(errores))]
        lineas += [f"• {e}" for e in errores[:8]]
        if len(errores) > 8:
            lineas.append(self.tr("… y {n} más.").format(n=len(errores) - 8))
        self.importacion.setText("\n".join(lineas))
        self.importacion.show()

    # -- totals --------------------------------------------------------------------------------------------
    def totales(self) -> list[TotalFactura]:
        return totales_facturas(replace(self.exp, facturas=tuple(self.facturas)))

    def _actualizar_totales(self) -> None:
        f = self.factura_actual()
        if f is None:
            self.total.setText(self.tr("El expediente no tiene facturas. Cree una o impórtela de Excel o CSV."))
            self.bot_proponer.setEnabled(False)
            return
        t = next((x for x in self.totales() if x.factura_id == f.id), None)
        self.total.setText(html_total(t) if t is not None else "")
        self.bot_proponer.setEnabled(bool(f.partidas))

    def avisos_cambiaron(self) -> None:
        """The notices of the expediente changed somewhere else (wizard, main window): reload them,
        and the invoices this window has no unsaved change in (the wizard may have set a rate)."""
        try:
            fresco = self.almacen.cargar_expediente(self.expediente_id)
        except ErrorAlmacen:
            return
        self.exp = replace(self.exp, avisos=fresco.avisos, certificados=fresco.certificados)
        frescas = {f.id: f for f in fresco.facturas}
        actual = self.factura_actual()
        cambio_actual = False
        for i, f in enumerate(self.facturas):
            nueva = frescas.get(f.id)
            if nueva is not None and nueva != f and f.id not in self._sucias:
                self.facturas[i] = nueva
                cambio_actual = cambio_actual or (actual is not None and actual.id == f.id)
        if cambio_actual and self.tabla.state() != QAbstractItemView.State.EditingState:
            self._mostrar_factura()
        else:
            self._actualizar_totales()

    # -- proposal ---------------------------------------------------------------------------------------
    def proponer_avisos(self):  # -> DialogoPropuesta | None
        from app.ui.division import DialogoPropuesta

        if not self.guardar():
            return None
        f = self.factura_actual()
        dialogo = DialogoPropuesta(self.servicios, self.expediente_id, factura_id=f.id if f else None, parent=self)
        dialogo.creados.connect(self._avisos_creados)
        dialogo.open()
        return dialogo

    def _avisos_creados(self, ids: list) -> None:
        self.avisos_cambiaron()
        self.avisos_creados.emit(self.expediente_id, list(ids))

    # -- saving --------------------------------------------------------------------------------------------
    def guardar(self) -> bool:
        self._t_guardado.stop()
        guardadas = 0
        for fid in [f.id for f in self.facturas if f.id in self._sucias]:
            f = next(x for x in self.facturas if x.id == fid)
            try:
                self.almacen.guardar_factura(self.expediente_id, f)
            except ErrorAlmacen as e:
                self.error_guardado = str(e)
                self._mostrar_guardado()
                if not self._cerrando:
                    self._t_guardado.start(3000)
                return False
            self._sucias.discard(fid)
            guardadas += 1
        self.error_guardado = ""
        if guardadas:
            self.ultimo_guardado = datetime.now()
            self.exp = replace(self.exp, facturas=tuple(self.facturas))
            self.guardado.emit(self.expediente_id)
        self._mostrar_guardado()
        return True

    def hay_cambios(self) -> bool:
        return bool(self._sucias)

    def _mostrar_guardado(self) -> None:
        if self.error_guardado:
            self.estado_guardado.setStyleSheet(f"color: {estilo.ROJO_TEXTO};")
            self.estado_guardado.setText(self.tr("No se pudo guardar: {error} Se reintentará.").format(error=self.error_guardado))
            return
        self.estado_guardado.setStyleSheet("")
        if self._sucias:
            self.estado_guardado.setText(self.tr("Guardando…"))
        elif self.ultimo_guardado is not None:
            self.estado_guardado.setText(self.tr("Guardado {hora}").format(hora=self.ultimo_guardado.strftime("%H:%M:%S")))
        else:
            self.estado_guardado.setText(self.tr("Todo se guarda solo."))

    def recargar_certificados(self) -> None:
        try:
            self.exp = replace(self.exp, certificados=self.almacen.cargar_expediente(self.expediente_id).certificados)
        except ErrorAlmacen:
            return
        f = self.factura_actual()
        if f is not None:
            self.modelo.fijar(f.partidas, {c.id: c for c in self.exp.certificados})

    def done(self, resultado: int) -> None:  # noqa: D401 - Qt API: Esc, the close box and «Cerrar» end here
        self._cerrando = True
        if not self.guardar():
            exp = replace(self.exp, facturas=tuple(self.facturas))
            ruta = self.servicios.rescatar(exp, f"expediente{self.expediente_id}-facturas")
            donde = self.tr(" Se guardó una copia del expediente en {ruta}.").format(ruta=ruta) if ruta else ""
            dialogos.error(self, self.tr("No se pudo guardar"), self.tr(
                "La base de datos no aceptó los últimos cambios de las facturas: {error}{donde} La ventana sigue "
                "abierta; vuelva a cerrarla cuando el problema se resuelva.").format(error=self.error_guardado, donde=donde))
            self._cerrando = False
            self._t_guardado.start(3000)
            return
        self.servicios.ajustes.guardar_geometria("facturas", QByteArray(self.saveGeometry()))
        super().done(resultado)


__all__ = ["DialogoFacturas", "ModeloPartidas", "html_total"]
