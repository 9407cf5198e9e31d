"""Exchange rates for rule R8: the rates loaded, a Banxico or DOF file, or a month's rate typed with its source.

A file goes through the same preview as any catalog (``preparar_actualizacion(paths,
"tipos_cambio", ...)``): months already loaded stay, the file's months are added or replace the
same currency and month. A typed rate is validated (``tipo_cambio_manual``: month, positive
value, a plausible peso rate, the source required) and merged (``guardar_tipos_cambio``).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogos import EXPRESIONES, ErrorCatalogo, mes_anterior
from app.domain.conversion import texto_numero
from app.report.catalogos_excel import guardar_tipos_cambio, texto_catalogo_actual
from app.report.tipos_cambio import ErrorTipoCambio, FilaTipoCambio, filas_desde_catalogo, tipo_cambio_manual
from app.ui import dialogos, estilo
from app.ui.operaciones import Operaciones
from app.ui.selectores import SelectorClave
from app.ui.servicios import Servicios
from app.ui.tablas import tabla_de_lectura
from app.ui.vista_catalogo import DialogoVistaPreviaCatalogo, texto_expresion


def usd_por_unidad_texto(valor: Decimal) -> str:
    """A rate for reading: six decimals for a small one (1/18.846 = 0.053062), as is otherwise."""
    return texto_numero(valor.quantize(Decimal("0.000001"))) if abs(valor) < 1 else texto_numero(valor)


class DialogoTiposCambio(QDialog):
    catalogos_cambiados = Signal()

    def __init__(self, servicios: Servicios, *, operaciones: Operaciones | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.operaciones = operaciones or Operaciones(self)
        self.setObjectName("dialogoTiposCambio")
        self.setWindowTitle(self.tr("Tipos de cambio (regla R8)"))
        self.setSizeGripEnabled(True)
        v = QVBoxLayout(self)
        nota = QLabel(self.tr(
            "Una factura en otra moneda se convierte a dólares con el tipo que publica Banco de México para el mes "
            "anterior a la fecha de la factura. Cargue el archivo que descarga de Banxico (SIE) o la tabla de "
            "equivalencias del DOF, o escriba el tipo de un mes con su fuente."))
        nota.setWordWrap(True)
        nota.setProperty("rol", "ayuda")
        v.addWidget(nota)

        self.tabla = tabla_de_lectura("tablaTiposCambio", [
            self.tr("Moneda"), self.tr("Mes"), self.tr("Valor"), self.tr("Expresado en"), self.tr("USD por unidad"),
            self.tr("Fuente")], seleccion=QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tabla.setAlternatingRowColors(True)
        et = QLabel(self.tr("Tipos de cambio &cargados:"))
        et.setBuddy(self.tabla)
        et.setFont(estilo.fuente_negrita(et.font()))
        v.addWidget(et)
        v.addWidget(self.tabla, 1)
        self.vacio = QLabel()
        self.vacio.setObjectName("sinTiposCambio")
        self.vacio.setProperty("rol", "mensaje-aviso")
        v.addWidget(self.vacio)

        fila_archivo = QHBoxLayout()
        self.bot_archivo = QPushButton(self.tr("Cargar &archivo de Banxico o del DOF…"))
        self.bot_archivo.setObjectName("cargarArchivoTipos")
        self.bot_archivo.setAutoDefault(False)
        self.bot_archivo.clicked.connect(self.cargar_archivo)
        fila_archivo.addWidget(self.bot_archivo)
        fila_archivo.addStretch(1)
        v.addLayout(fila_archivo)

        caja = QGroupBox(self.tr("Escribir el tipo de un mes"))
        g = QGridLayout(caja)
        self.moneda = SelectorClave(servicios.catalogos.monedas)
        self.moneda.setObjectName("monedaTipo")
        self.moneda.fijar_clave("MXN")
        self.mes = QLineEdit(mes_anterior(servicios.hoy()))
        self.mes.setObjectName("mesTipo")
        self.mes.setPlaceholderText("2025-07")
        self.mes.setMaximumWidth(110)
        self.valor = QLineEdit()
        self.valor.setObjectName("valorTipo")
        self.valor.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.valor.setPlaceholderText("18.8460")
        self.valor.setMaximumWidth(140)
        self.expresion = QComboBox()
        self.expresion.setObjectName("expresionTipo")
        for e in EXPRESIONES:
            self.expresion.addItem(texto_expresion(e), e)
        self.expresion.setCurrentIndex(self.expresion.findData("unidades_por_usd"))
        self.moneda.editado.connect(self._sugerir_expresion)
        self.fuente = QLineEdit()
        self.fuente.setObjectName("fuenteTipo")
        self.fuente.setPlaceholderText(self.tr("p. ej. DOF 01/08/2025, Banxico FIX del 31/07/2025"))
        self.bot_guardar = QPushButton(self.tr("&Guardar este tipo"))
        self.bot_guardar.setObjectName("guardarTipo")
        self.bot_guardar.setAutoDefault(False)
        self.bot_guardar.clicked.connect(self.guardar_manual)
        def poner(renglon: int, col: int, texto: str, w: QWidget, ancho: int = 1) -> None:
            et = QLabel(texto)
            et.setBuddy(w)
            g.addWidget(et, renglon, col)
            g.addWidget(w, renglon, col + 1, 1, ancho)

        self.mes.setMinimumWidth(100)
        self.valor.setMinimumWidth(120)
        poner(0, 0, self.tr("M&oneda:"), self.moneda)
        poner(0, 2, self.tr("&Mes (AAAA-MM):"), self.mes)
        poner(0, 4, self.tr("&Valor:"), self.valor)
        poner(1, 0, self.tr("&Expresado en:"), self.expresion, 5)
        poner(2, 0, self.tr("&Fuente:"), self.fuente, 4)
        g.addWidget(self.bot_guardar, 2, 5)
        g.setColumnStretch(1, 1)
        v.addWidget(caja)

        abajo = QHBoxLayout()
        abajo.addStretch(1)
        cerrar = QPushButton(self.tr("Ce&rrar"))
        cerrar.setAutoDefault(False)
        cerrar.clicked.connect(self.accept)
        abajo.addWidget(cerrar)
        v.addLayout(abajo)
        self.llenar()
        self.resize(900, 600)

    def _sugerir_expresion(self) -> None:
        self.expresion.setCurrentIndex(self.expresion.findData("unidades_por_usd" if self.moneda.clave() == "MXN"
                                                               else "usd_por_unidad"))

    def filas(self) -> list[FilaTipoCambio]:
        texto = texto_catalogo_actual(self.servicios.paths, "tipos_cambio") or ""
        try:
            return sorted(filas_desde_catalogo(texto), key=lambda f: (f.mes, f.moneda), reverse=True)
        except (ErrorCatalogo, ErrorTipoCambio):
            return []

    def llenar(self) -> None:
        filas = self.filas()
        self.tabla.setRowCount(len(filas))
        for i, f in enumerate(filas):
            valores = [f.moneda, f.mes, texto_numero(f.valor), texto_expresion(f.expresion),
                       usd_por_unidad_texto(f.usd_por_unidad), f.fuente]
            for j, t in enumerate(valores):
                item = QTableWidgetItem(t)
                if j in (2, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if j == 5:
                    item.setToolTip(t)
                self.tabla.setItem(i, j, item)
        self.vacio.setText("" if filas else self.tr("No hay tipos de cambio cargados: la revisión advierte (R8) en cada "
                                                    "factura que no está en dólares."))
        self.vacio.setVisible(not filas)

    def guardar_manual(self) -> bool:
        try:
            fila = tipo_cambio_manual(self.moneda.clave(), self.mes.text().strip(), self.valor.text().strip(),
                                      self.expresion.currentData(), self.fuente.text(),
                                      monedas=self.servicios.catalogos.monedas, hoy=self.servicios.hoy())
            guardar_tipos_cambio(self.servicios.paths, [fila], hoy=self.servicios.hoy())
        except (ErrorTipoCambio, ErrorCatalogo) as e:
            dialogos.error(self, self.tr("No se guardó el tipo de cambio"), str(e))
            return False
        except OSError as e:
            dialogos.error(self, self.tr("No se guardó el tipo de cambio"), self.tr(
                "No se pudo escribir el catálogo de tipos de cambio: {error}").format(error=e.strerror or e))
            return False
        self._cambiaron()
        self.valor.clear()
        return True

    def cargar_archivo(self) -> DialogoVistaPreviaCatalogo | None:
        ruta = dialogos.elegir_archivo_abrir(self, self.tr("Cargar tipos de cambio"), self.servicios.ajustes.carpeta_documentos,
                                             self.tr("Archivos de Banxico o del DOF (*.csv *.txt *.xlsx);;Todos los archivos (*)"))
        if ruta is None:
            return None
        self.servicios.ajustes.carpeta_documentos = str(ruta.parent)
        vista = DialogoVistaPreviaCatalogo(self.servicios, "tipos_cambio", ruta, oficial=True, operaciones=self.operaciones,
                                           parent=self)
        vista.aplicado.connect(lambda _m: self._cambiaron())
        vista.open()
        return vista

    def _cambiaron(self) -> None:
        self.servicios.recargar_catalogos()
        self.llenar()
        self.catalogos_cambiados.emit()
