"""The main window: expedientes and their notices, search and filters, the recycle bin, status
changes with their history, import/export of expediente files, and the door to the wizard.

From here too: the invoices of an expediente and the split of their lines into notices, the
invoice total against the sum of its notices (under the list when an expediente is chosen),
exchange rates, mill registration requests (overdue ones in the status bar), the Excel register,
the printable checklist and the attachments for VUCEM."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.domain.archivo import ErrorExpediente, escribir_expediente, leer_expediente
from app.domain.model import Aviso, EstadoAviso, Expediente, Importador, nuevo_id
from app.domain.reglas import revisar
from app.domain.totales import totales_facturas
from app.report.facturas import ErrorArchivo
from app.store import ErrorAlmacen, FilaAviso, FiltroAvisos, ResumenExpediente
from app.ui import dialogo_expediente, dialogos, estilo
from app.ui.adjuntos import DialogoAnexos
from app.ui.alta_molino import DialogoSolicitudesMolino, vencidas
from app.ui.asistente import Asistente
from app.ui.division import DialogoPropuesta
from app.ui.facturas import DialogoFacturas, html_total
from app.ui.formato import dinero_vista, fecha_vista, fraccion_vista, numero_vista
from app.ui.impresion import DialogoVistaPrevia, Documento
from app.ui.modelo_avisos import Columna, Consulta, ModeloAvisos
from app.ui.nombres import nombre_estado
from app.ui.operaciones import Cancelada, Operaciones
from app.ui.preferencias import DialogoPreferencias
from app.ui.progreso import con_progreso
from app.ui.servicios import Servicios
from app.ui.tipos_cambio import DialogoTiposCambio

ROL_NODO = Qt.ItemDataRole.UserRole + 1
TODOS, PAPELERA = "todos", "papelera"
TAM_MAXIMO_ARCHIVO = 64 * 1024 * 1024


def _leer_archivo_expediente(ruta: Path) -> Expediente:
    """Worker thread: read and parse an expediente file (raises ErrorExpediente / OSError)."""
    if ruta.stat().st_size > TAM_MAXIMO_ARCHIVO:
        raise ErrorExpediente("", "el archivo pesa más de 64 MB; no parece un expediente.")
    return leer_expediente(ruta.read_bytes())


def _escribir_atomico(destino: Path, texto: str) -> Path:
    """Worker thread: write ``texto`` next to ``destino`` and rename it into place."""
    fd, tmp = tempfile.mkstemp(dir=destino.parent, prefix=f".{destino.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(texto)
        os.replace(tmp, destino)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return destino


class VentanaPrincipal(QMainWindow):
    primera_pintura = Signal()  # emitted once, when the window is first shown (benchmark)

    def __init__(self, servicios: Servicios, parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.almacen = servicios.almacen
        self.operaciones = Operaciones(self)
        self.asistentes: dict[tuple[int, str], Asistente] = {}
        self.ventanas_facturas: dict[int, DialogoFacturas] = {}
        self.ventanas: list[QWidget] = []  # other non-modal windows (previews, attachments), closed with this one
        self.ultimo_registro: Path | None = None  # the last Excel register written
        self._mostrada = False
        self.setObjectName("ventanaPrincipal")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(estilo.icono("app"))

        self._crear_acciones()
        self._crear_menus()
        self._crear_barra()
        self._crear_centro()
        self.statusBar().setObjectName("barraEstado")
        self.cuenta = QLabel()
        self.cuenta.setObjectName("cuentaAvisos")
        self.statusBar().addPermanentWidget(self.cuenta)
        self.catalogos_estado = QLabel()
        self.statusBar().addPermanentWidget(self.catalogos_estado)
        self.altas_estado = QLabel()
        self.altas_estado.setObjectName("altasVencidas")
        self.statusBar().addPermanentWidget(self.altas_estado)
        self._estado_catalogos()
        self.estado_altas()

        self._t_busqueda = QTimer(self)
        self._t_busqueda.setSingleShot(True)
        self._t_busqueda.setInterval(250)
        self._t_busqueda.timeout.connect(self.aplicar_filtro)
        self._t_refrescar = QTimer(self)
        self._t_refrescar.setSingleShot(True)
        self._t_refrescar.setInterval(1500)
        self._t_refrescar.timeout.connect(lambda: self.refrescar(arbol=False))

        self._restaurar()
        self.refrescar()

    # ------------------------------------------------------------------------------------------
    # construction

    def _accion(self, texto: str, atajo: QKeySequence | str | None = None, al_activar=None, *,
                icono: QStyle.StandardPixmap | None = None, nombre: str = "", ayuda: str = "") -> QAction:
        a = QAction(texto, self)
        if atajo is not None:
            a.setShortcut(QKeySequence(atajo))
        if icono is not None:
            a.setIcon(self.style().standardIcon(icono))
        if al_activar is not None:
            a.triggered.connect(lambda _=False: al_activar())
        if nombre:
            a.setObjectName(nombre)
        if ayuda:
            a.setStatusTip(ayuda)
            a.setToolTip(f"{texto.replace('&', '')} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                         if atajo else ayuda)
        self.addAction(a)
        return a

    def _crear_acciones(self) -> None:
        SP = QStyle.StandardPixmap
        self.acc_nuevo_expediente = self._accion(self.tr("Nuevo &expediente…"), "Ctrl+Shift+N", self.nuevo_expediente,
                                                 icono=SP.SP_FileDialogNewFolder, nombre="accNuevoExpediente",
                                                 ayuda=self.tr("Crear un expediente (una operación de importación)"))
        self.acc_nuevo = self._accion(self.tr("&Nuevo aviso"), QKeySequence.StandardKey.New, self.nuevo_aviso,
                                      icono=SP.SP_FileIcon, nombre="accNuevoAviso",
                                      ayuda=self.tr("Crear un aviso en el expediente elegido"))
        self.acc_abrir = self._accion(self.tr("&Abrir aviso"), "Ctrl+Return", self.abrir_seleccionado,
                                      icono=SP.SP_DialogOpenButton, nombre="accAbrir",
                                      ayuda=self.tr("Abrir el aviso en el asistente (también Intro o doble clic)"))
        self.acc_duplicar = self._accion(self.tr("&Duplicar aviso"), "Ctrl+D", self.duplicar,
                                         icono=SP.SP_FileLinkIcon, nombre="accDuplicar",
                                         ayuda=self.tr("Nuevo borrador a partir del aviso elegido"))
        self.acc_eliminar = self._accion(self.tr("&Eliminar aviso"), QKeySequence.StandardKey.Delete, self.eliminar,
                                         icono=SP.SP_TrashIcon, nombre="accEliminar",
                                         ayuda=self.tr("Enviar el aviso a la Papelera (se puede restaurar)"))
        self.acc_restaurar = self._accion(self.tr("&Restaurar de la Papelera"), "Ctrl+R", self.restaurar,
                                          icono=SP.SP_BrowserReload, nombre="accRestaurar",
                                          ayuda=self.tr("Devolver el elemento elegido de la Papelera"))
        self.acc_importar = self._accion(self.tr("&Importar expediente…"), QKeySequence.StandardKey.Open, self.importar,
                                         icono=SP.SP_ArrowDown, nombre="accImportar",
                                         ayuda=self.tr("Leer un archivo de expediente (JSON) y guardarlo en la base"))
        self.acc_exportar = self._accion(self.tr("E&xportar expediente…"), "Ctrl+E", self.exportar,
                                         icono=SP.SP_ArrowUp, nombre="accExportar",
                                         ayuda=self.tr("Escribir el expediente elegido a un archivo JSON"))
        self.acc_buscar = self._accion(self.tr("&Buscar"), QKeySequence.StandardKey.Find, self.enfocar_busqueda,
                                       nombre="accBuscar", ayuda=self.tr("Ir al cuadro de búsqueda"))
        self.acc_refrescar = self._accion(self.tr("Ac&tualizar"), QKeySequence.StandardKey.Refresh, self.refrescar,
                                          icono=SP.SP_BrowserReload, nombre="accActualizar",
                                          ayuda=self.tr("Volver a leer la lista"))
        self.acc_papelera = self._accion(self.tr("&Papelera"), "Ctrl+Shift+P", self.ver_papelera,
                                         icono=SP.SP_TrashIcon, nombre="accPapelera",
                                         ayuda=self.tr("Ver los avisos y expedientes eliminados"))
        self.acc_todos = self._accion(self.tr("&Todos los avisos"), "Ctrl+Shift+A", self.ver_todos, nombre="accTodos")
        self.acc_preferencias = self._accion(self.tr("Pre&ferencias…"), "Ctrl+,", self.preferencias,
                                             nombre="accPreferencias")
        self.acc_salir = self._accion(self.tr("&Salir"), "Ctrl+Q", self.close, nombre="accSalir")
        self.acc_listo = self._accion(self.tr("Marcar como &listo"), "Ctrl+L", lambda: self.cambiar_estado(EstadoAviso.LISTO),
                                      nombre="accListo")
        self.acc_presentado = self._accion(self.tr("Marcar como &presentado (folio)…"), "Ctrl+Shift+F",
                                           lambda: self.cambiar_estado(EstadoAviso.PRESENTADO), nombre="accPresentado")
        self.acc_emitido = self._accion(self.tr("Marcar como e&mitido (número)…"), "Ctrl+Shift+E",
                                        lambda: self.cambiar_estado(EstadoAviso.EMITIDO), nombre="accEmitido")
        self.acc_rechazado = self._accion(self.tr("Marcar como r&echazado…"), None,
                                          lambda: self.cambiar_estado(EstadoAviso.RECHAZADO), nombre="accRechazado")
        self.acc_borrador = self._accion(self.tr("&Volver a borrador"), None,
                                         lambda: self.cambiar_estado(EstadoAviso.BORRADOR), nombre="accBorrador")
        self.acc_acerca = self._accion(self.tr("&Acerca de…"), None, self.acerca_de, nombre="accAcerca")
        self.acc_registro = self._accion(self.tr("Exportar &registro Excel…"), "Ctrl+Shift+X", self.exportar_registro,
                                         nombre="accRegistro",
                                         ayuda=self.tr("Escribir todos los avisos de la base en un libro de Excel"))
        self.acc_facturas = self._accion(self.tr("&Facturas…"), "Ctrl+I", self.abrir_facturas,
                                         icono=SP.SP_FileDialogDetailedView, nombre="accFacturas",
                                         ayuda=self.tr("Facturas del expediente: importar de Excel o CSV, capturar y "
                                                       "corregir partidas"))
        self.acc_proponer = self._accion(self.tr("&Proponer avisos de las facturas…"), "Ctrl+Shift+D", self.proponer_avisos,
                                         nombre="accProponer",
                                         ayuda=self.tr("Dividir las partidas sin aviso en los avisos que pide la regla R4"))
        self.acc_lista_expediente = self._accion(self.tr("&Lista de verificación del expediente…"), "Ctrl+Shift+L",
                                                 self.vista_previa_expediente, nombre="accListaExpediente",
                                                 ayuda=self.tr("Vista previa, impresión y PDF de la lista de todos los avisos"))
        self.acc_lista_aviso = self._accion(self.tr("&Lista de verificación…"), QKeySequence.StandardKey.Print,
                                            self.vista_previa_aviso, icono=SP.SP_FileDialogContentsView,
                                            nombre="accListaAviso",
                                            ayuda=self.tr("Vista previa, impresión y PDF de la lista del aviso elegido"))
        self.acc_anexos = self._accion(self.tr("Anexos para &VUCEM…"), "Ctrl+Shift+V", self.anexos, nombre="accAnexos",
                                       ayuda=self.tr("Revisar y convertir los PDF que pide VUCEM para el aviso elegido"))
        self.acc_tipos_cambio = self._accion(self.tr("Tipos de &cambio…"), "Ctrl+Shift+T", self.tipos_cambio,
                                             nombre="accTiposCambio",
                                             ayuda=self.tr("Cargar los tipos de cambio de Banxico o escribir el de un mes"))
        self.acc_altas = self._accion(self.tr("&Altas de molino…"), "Ctrl+Shift+M", self.altas_molino, nombre="accAltas",
                                      ayuda=self.tr("Solicitudes de alta de molino a la SE y su seguimiento"))

    def _crear_menus(self) -> None:
        barra = self.menuBar()
        m = barra.addMenu(self.tr("&Archivo"))
        m.addActions([self.acc_nuevo_expediente, self.acc_nuevo])
        m.addSeparator()
        m.addActions([self.acc_importar, self.acc_exportar, self.acc_registro])
        m.addSeparator()
        m.addAction(self.acc_preferencias)

        self.acc_plantillas = m.addAction(self.tr("Plantillas de &molinos…"), self.plantillas_de_molinos)
        self.acc_plantillas.setObjectName("accPlantillas")
        m.addSeparator()
        m.addAction(self.acc_salir)
        m = barra.addMenu(self.tr("E&xpediente"))
        m.addActions([self.acc_facturas, self.acc_proponer])
        m.addSeparator()
        m.addAction(self.acc_lista_expediente)
        m = barra.addMenu(self.tr("Av&iso"))
        m.addActions([self.acc_abrir, self.acc_duplicar, self.acc_eliminar, self.acc_restaurar])
        m.addSeparator()
        m.addActions([self.acc_lista_aviso, self.acc_anexos])
        m.addSeparator()
        estado = m.addMenu(self.tr("Es&tado"))
        estado.addActions([self.acc_listo, self.acc_presentado, self.acc_emitido, self.acc_rechazado, self.acc_borrador])
        m = barra.addMenu(self.tr("&Ver"))
        m.addActions([self.acc_buscar, self.acc_refrescar])
        m.addSeparator()
        m.addActions([self.acc_todos, self.acc_papelera])
        m = barra.addMenu(self.tr("&Herramientas"))
        m.addActions([self.acc_tipos_cambio, self.acc_altas])
        m = barra.addMenu(self.tr("Ay&uda"))
        m.addAction(self.acc_acerca)

    def _crear_barra(self) -> None:
        barra = QToolBar(self.tr("Barra principal"))
        barra.setObjectName("barraPrincipal")
        barra.setMovable(False)
        barra.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        barra.addActions([self.acc_nuevo, self.acc_duplicar, self.acc_eliminar])
        barra.addSeparator()
        barra.addAction(self.acc_nuevo_expediente)
        barra.addActions([self.acc_importar, self.acc_exportar])
        barra.addSeparator()
        barra.addAction(self.acc_facturas)
        barra.addSeparator()
        barra.addActions([self.acc_refrescar, self.acc_papelera])
        self.addToolBar(barra)

    def _crear_centro(self) -> None:
        # left: expedientes
        self.arbol = QTreeWidget()
        self.arbol.setObjectName("arbolExpedientes")
        self.arbol.setHeaderHidden(True)
        self.arbol.setRootIsDecorated(True)
        self.arbol.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.arbol.customContextMenuRequested.connect(self._menu_arbol)
        self.arbol.currentItemChanged.connect(lambda *_: self.aplicar_filtro())
        izquierda = QWidget()
        iv = QVBoxLayout(izquierda)
        iv.setContentsMargins(6, 6, 0, 6)
        et = QLabel(self.tr("E&xpedientes"))
        et.setBuddy(self.arbol)
        et.setFont(estilo.fuente_negrita(et.font()))
        iv.addWidget(et)
        iv.addWidget(self.arbol, 1)

        # right: filters, table, detail
        self.busqueda = QLineEdit()
        self.busqueda.setObjectName("busqueda")
        self.busqueda.setClearButtonEnabled(True)
        self.busqueda.setPlaceholderText(self.tr("Proveedor, certificado, colada, fracción, descripción, folio…"))
        self.busqueda.textChanged.connect(lambda _t: self._t_busqueda.start())
        self.busqueda.returnPressed.connect(self.aplicar_filtro)
        self.filtro_estado = QComboBox()
        self.filtro_estado.setObjectName("filtroEstado")
        self.filtro_estado.addItem(self.tr("Todos"), None)
        for e in EstadoAviso:
            self.filtro_estado.addItem(nombre_estado(e), e)
        self.filtro_estado.currentIndexChanged.connect(lambda _i: self.aplicar_filtro())
        self.filtro_fraccion = QLineEdit()
        self.filtro_fraccion.setObjectName("filtroFraccion")
        self.filtro_fraccion.setPlaceholderText("7214")
        self.filtro_fraccion.setMaximumWidth(110)
        self.filtro_fraccion.textChanged.connect(lambda _t: self._t_busqueda.start())
        self.filtro_fechas = QCheckBox(self.tr("&Modificados del"))
        self.filtro_fechas.setObjectName("filtroFechas")
        hoy = self.servicios.hoy()
        self.desde = QDateEdit(QDate(hoy.year, hoy.month, 1))
        self.hasta = QDateEdit(QDate(hoy.year, hoy.month, hoy.day))
        for w in (self.desde, self.hasta):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
            w.setEnabled(False)
            w.dateChanged.connect(lambda _d: self.aplicar_filtro())
        self.filtro_fechas.toggled.connect(self._alternar_fechas)
        limpiar = QPushButton(self.tr("&Limpiar filtros"))
        limpiar.setObjectName("limpiarFiltros")
        limpiar.clicked.connect(self.limpiar_filtros)

        for w in (self.desde, self.hasta):
            w.setFixedWidth(130)
        fila1 = QHBoxLayout()
        et_buscar = QLabel(self.tr("&Buscar:"))
        et_buscar.setBuddy(self.busqueda)
        fila1.addWidget(et_buscar)
        fila1.addWidget(self.busqueda, 1)
        fila1.addSpacing(10)
        et = QLabel(self.tr("E&stado:"))
        et.setBuddy(self.filtro_estado)
        fila1.addWidget(et)
        fila1.addWidget(self.filtro_estado)
        fila2 = QHBoxLayout()
        et_fraccion = QLabel(self.tr("&Fracción:"))
        et_fraccion.setBuddy(self.filtro_fraccion)
        fila2.addWidget(et_fraccion)
        fila2.addWidget(self.filtro_fraccion)
        fila2.addSpacing(16)
        fila2.addWidget(self.filtro_fechas)
        fila2.addWidget(self.desde)
        fila2.addWidget(QLabel(self.tr("al")))
        fila2.addWidget(self.hasta)
        fila2.addStretch(1)
        fila2.addWidget(limpiar)
        ancho = max(et_buscar.sizeHint().width(), et_fraccion.sizeHint().width())
        et_buscar.setFixedWidth(ancho)
        et_fraccion.setFixedWidth(ancho)
        self._filtros = [self.busqueda, self.filtro_estado, self.filtro_fraccion, self.filtro_fechas, self.desde,
                         self.hasta, limpiar]
        filtros = QVBoxLayout()
        filtros.setSpacing(6)
        filtros.addLayout(fila1)
        filtros.addLayout(fila2)

        self.modelo = ModeloAvisos(self.almacen, self)
        self.tabla = QTableView()
        self.tabla.setObjectName("tablaAvisos")
        self.tabla.setModel(self.modelo)
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabla.setAlternatingRowColors(True)
        self.tabla.setWordWrap(False)
        self.tabla.verticalHeader().hide()
        self.tabla.verticalHeader().setDefaultSectionSize(24)
        self.tabla.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabla.customContextMenuRequested.connect(self._menu_tabla)
        cab = self.tabla.horizontalHeader()
        cab.setSectionsMovable(True)
        cab.setHighlightSections(False)
        anchos = {Columna.EXPEDIENTE: 140, Columna.AVISO: 48, Columna.ESTADO: 84, Columna.FRACCION: 108,
                  Columna.CANTIDAD: 106, Columna.VALOR: 90, Columna.PROVEEDOR: 130, Columna.CERTIFICADOS: 118,
                  Columna.FECHA_CERTIFICADO: 82, Columna.FOLIO: 112, Columna.MODIFICADO: 110}
        for col, ancho in anchos.items():
            cab.resizeSection(int(col), ancho)
        cab.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        cab.setStretchLastSection(True)
        self.tabla.activated.connect(lambda _i: self.abrir_seleccionado())
        self.tabla.selectionModel().currentRowChanged.connect(lambda *_: self._mostrar_detalle())

        arriba = QWidget()
        av = QVBoxLayout(arriba)
        av.setContentsMargins(0, 6, 6, 0)
        self.titulo_lista = QLabel()
        self.titulo_lista.setObjectName("tituloLista")
        self.titulo_lista.setFont(estilo.fuente_negrita(self.titulo_lista.font(), 1.15))
        av.addWidget(self.titulo_lista)
        self.resumen_facturas = QLabel()
        self.resumen_facturas.setObjectName("resumenFacturas")
        self.resumen_facturas.setWordWrap(True)
        self.resumen_facturas.setTextFormat(Qt.TextFormat.RichText)
        self.resumen_facturas.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.marco_facturas = QFrame()
        self.marco_facturas.setProperty("rol", "nota-info")
        mf = QHBoxLayout(self.marco_facturas)
        mf.setContentsMargins(8, 4, 8, 4)
        mf.addWidget(self.resumen_facturas, 1)
        self.bot_facturas = QPushButton(self.tr("Facturas…"))
        self.bot_facturas.setObjectName("botonFacturas")
        self.bot_facturas.setToolTip(self.tr("Facturas del expediente (Ctrl+I)"))
        self.bot_facturas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bot_facturas.clicked.connect(lambda: self.abrir_facturas())
        mf.addWidget(self.bot_facturas, 0, Qt.AlignmentFlag.AlignTop)
        self.marco_facturas.hide()
        av.addWidget(self.marco_facturas)
        av.addLayout(filtros)
        av.addWidget(self.tabla, 1)

        self.detalle = self._crear_detalle()
        self.divisor_derecho = QSplitter(Qt.Orientation.Vertical)
        self.divisor_derecho.setObjectName("divisorDerecho")
        self.divisor_derecho.addWidget(arriba)
        self.divisor_derecho.addWidget(self.detalle)
        self.divisor_derecho.setStretchFactor(0, 3)
        self.divisor_derecho.setStretchFactor(1, 1)
        self.divisor_derecho.setChildrenCollapsible(False)

        self.divisor = QSplitter(Qt.Orientation.Horizontal)
        self.divisor.setObjectName("divisorPrincipal")
        self.divisor.addWidget(izquierda)
        self.divisor.addWidget(self.divisor_derecho)
        self.divisor.setStretchFactor(0, 0)
        self.divisor.setStretchFactor(1, 1)
        self.divisor.setSizes([220, 1140])
        self.divisor.setChildrenCollapsible(False)
        self.setCentralWidget(self.divisor)
        self.setTabOrder(self.arbol, self.busqueda)
        self.setTabOrder(self.busqueda, self.filtro_estado)
        self.setTabOrder(self.filtro_estado, self.filtro_fraccion)
        self.setTabOrder(self.filtro_fraccion, self.filtro_fechas)
        self.setTabOrder(self.filtro_fechas, self.desde)
        self.setTabOrder(self.desde, self.hasta)
        self.setTabOrder(self.hasta, limpiar)
        self.setTabOrder(limpiar, self.tabla)

    def _crear_detalle(self) -> QWidget:
        marco = QFrame()
        marco.setObjectName("detalleAviso")
        marco.setFrameShape(QFrame.Shape.StyledPanel)
        h = QHBoxLayout(marco)
        h.setContentsMargins(10, 8, 10, 8)
        h.setSpacing(16)
        izquierda = QVBoxLayout()
        self.det_titulo = QLabel()
        self.det_titulo.setObjectName("detalleTitulo")
        self.det_titulo.setFont(estilo.fuente_negrita(self.det_titulo.font(), 1.1))
        self.det_datos = QLabel()
        self.det_datos.setObjectName("detalleDatos")
        self.det_datos.setWordWrap(True)
        self.det_datos.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.det_datos.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        izquierda.addWidget(self.det_titulo)
        izquierda.addWidget(self.det_datos, 1)
        botones = QHBoxLayout()
        self.bot_abrir = QPushButton(self.tr("Abrir"))
        self.bot_abrir.setObjectName("botonAbrir")
        self.bot_abrir.clicked.connect(self.abrir_seleccionado)
        self.bot_estado = QPushButton(self.tr("Cambiar estado"))
        self.bot_estado.setObjectName("botonEstado")
        menu = QMenu(self.bot_estado)
        menu.addActions([self.acc_listo, self.acc_presentado, self.acc_emitido, self.acc_rechazado, self.acc_borrador])
        self.bot_estado.setMenu(menu)
        self.bot_restaurar = QPushButton(self.tr("Restaurar"))
        self.bot_restaurar.setObjectName("botonRestaurar")
        self.bot_restaurar.clicked.connect(self.restaurar)
        for b in (self.bot_abrir, self.bot_estado, self.bot_restaurar):
            botones.addWidget(b)
        botones.addStretch(1)
        izquierda.addLayout(botones)
        h.addLayout(izquierda, 3)
        derecha = QVBoxLayout()
        et = QLabel(self.tr("Historial de estados"))
        et.setFont(estilo.fuente_negrita(et.font()))
        self.historial = QListWidget()
        self.historial.setObjectName("historialEstados")
        self.historial.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        derecha.addWidget(et)
        derecha.addWidget(self.historial, 1)
        h.addLayout(derecha, 2)
        return marco

    def _restaurar(self) -> None:
        a = self.servicios.ajustes
        geo = a.geometria("principal")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1360, 820)
        for nombre, divisor in (("divisor_principal", self.divisor), ("divisor_derecho", self.divisor_derecho)):
            estado = a.estado(nombre)
            if estado is not None:
                divisor.restoreState(estado)
        cab = a.estado("columnas_avisos")
        if cab is not None:
            self.tabla.horizontalHeader().restoreState(cab)

    def _estado_catalogos(self) -> None:
        cats = self.servicios.catalogos
        no_oficiales = [e.nombre for e in self.servicios.estados_catalogos if e.meta is not None and not e.meta.oficial]
        errores = [e.nombre for e in self.servicios.estados_catalogos if e.error and e.archivo is not None]
        if errores:
            texto = self.tr("Catálogos con error: {lista}").format(lista=", ".join(errores))
            self.catalogos_estado.setStyleSheet(f"color: {estilo.ROJO_TEXTO};")
        elif cats.fracciones is not None and not cats.fracciones.meta.oficial:
            texto = self.tr("Catálogos: listas de trabajo no oficiales")
        else:
            texto = ""
        self.catalogos_estado.setText(texto)
        self.catalogos_estado.setToolTip(", ".join(no_oficiales))

    # ------------------------------------------------------------------------------------------
    # list, tree and filters

    def _nodo(self) -> tuple[str, Any]:
        item = self.arbol.currentItem()
        if item is None:
            return TODOS, None
        return item.data(0, ROL_NODO) or (TODOS, None)

    def expediente_elegido(self) -> int | None:
        """The expediente selected in the tree, or the one of the selected notice."""
        tipo, valor = self._nodo()
        if tipo == "expediente":
            return int(valor)
        fila = self.fila_actual()
        return fila.expediente_id if fila and tipo != PAPELERA else None

    def en_papelera(self) -> bool:
        return self._nodo()[0] in (PAPELERA, "expediente_eliminado")

    def filtro(self) -> FiltroAvisos:
        tipo, valor = self._nodo()
        desde = hasta = None
        if self.filtro_fechas.isChecked():
            d, h = self.desde.date(), self.hasta.date()
            desde, hasta = date(d.year(), d.month(), d.day()), date(h.year(), h.month(), h.day())
        return FiltroAvisos(
            texto=self.busqueda.text().strip(), estado=self.filtro_estado.currentData(),
            fraccion=self.filtro_fraccion.text().strip(), desde=desde, hasta=hasta,
            expediente_id=int(valor) if tipo == "expediente" else None,
        )

    def aplicar_filtro(self) -> None:
        self._t_busqueda.stop()
        actual = self.fila_actual()
        papelera = self.en_papelera()
        self.modelo.consultar(Consulta(self.filtro(), papelera=papelera))
        self._despues_de_cargar(actual)

    def refrescar(self, arbol: bool = True) -> None:
        """Read the tree and the list again, keeping the selection."""
        actual = self.fila_actual()
        if arbol:
            self._llenar_arbol()
        self.modelo.consulta = Consulta(self.filtro(), papelera=self.en_papelera())
        self.modelo.recargar()
        self._despues_de_cargar(actual)

    def _despues_de_cargar(self, anterior: FilaAviso | None) -> None:
        papelera = self.en_papelera()
        tipo, valor = self._nodo()
        for w in self._filtros:
            w.setEnabled(not papelera)
        if not papelera:
            self.desde.setEnabled(self.filtro_fechas.isChecked())
            self.hasta.setEnabled(self.filtro_fechas.isChecked())
        if papelera:
            self.titulo_lista.setText(self.tr("Papelera: avisos eliminados (se pueden restaurar)"))
        elif tipo == "expediente":
            item = self.arbol.currentItem()
            self.titulo_lista.setText(self.tr("Avisos del expediente «{nombre}»").format(nombre=item.data(0, ROL_NODO + 1)))
        else:
            self.titulo_lista.setText(self.tr("Todos los avisos"))
        self.mostrar_resumen_facturas()
        total = self.modelo.total
        self.cuenta.setText(self.tr("Avisos: {n}").format(n=numero_vista(total)))
        fila = self.modelo.buscar(anterior.expediente_id, anterior.clave) if anterior else None
        if fila is None and self.modelo.rowCount():
            fila = 0
        if fila is not None:
            self.seleccionar_fila(fila)
        else:
            self._mostrar_detalle()
        self._actualizar_acciones()

    def seleccionar_fila(self, fila: int) -> None:
        indice = self.modelo.index(fila, 0)
        self.tabla.selectionModel().setCurrentIndex(
            indice, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.tabla.scrollTo(indice)
        self._mostrar_detalle()

    def seleccionar_aviso(self, expediente_id: int, clave: str) -> bool:
        fila = self.modelo.buscar(expediente_id, clave)
        while fila is None and self.modelo.canFetchMore():
            self.modelo.fetchMore()
            fila = self.modelo.buscar(expediente_id, clave)
        if fila is not None:
            self.seleccionar_fila(fila)
            return True
        return False

    def _llenar_arbol(self) -> None:
        tipo, valor = self._nodo()
        self.arbol.blockSignals(True)
        self.arbol.clear()
        todos = QTreeWidgetItem([self.tr("Todos los avisos")])
        todos.setData(0, ROL_NODO, (TODOS, None))
        todos.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon))
        self.arbol.addTopLevelItem(todos)
        elegido = todos
        for r in self.almacen.listar_expedientes():
            item = QTreeWidgetItem([f"{r.nombre}  ({r.avisos})"])
            item.setData(0, ROL_NODO, ("expediente", r.id))
            item.setData(0, ROL_NODO + 1, r.nombre)
            item.setToolTip(0, self._tooltip_expediente(r))
            item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon))
            todos.addChild(item)
            if tipo == "expediente" and valor == r.id:
                elegido = item
        papelera = QTreeWidgetItem([self.tr("Papelera")])
        papelera.setData(0, ROL_NODO, (PAPELERA, None))
        papelera.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.arbol.addTopLevelItem(papelera)
        for r in self.almacen.listar_expedientes(eliminados=True):
            item = QTreeWidgetItem([self.tr("Expediente «{nombre}»").format(nombre=r.nombre)])
            item.setData(0, ROL_NODO, ("expediente_eliminado", r.id))
            item.setData(0, ROL_NODO + 1, r.nombre)
            item.setToolTip(0, self.tr("Expediente eliminado: use «Restaurar» para devolverlo."))
            papelera.addChild(item)
            if tipo == "expediente_eliminado" and valor == r.id:
                elegido = item
        if tipo == PAPELERA:
            elegido = papelera
        todos.setExpanded(True)
        papelera.setExpanded(True)
        self.arbol.setCurrentItem(elegido)
        self.arbol.blockSignals(False)

    def _tooltip_expediente(self, r: ResumenExpediente) -> str:
        partes = [r.nombre]
        if r.importador_nombre or r.importador_rfc:
            partes.append(self.tr("Importador: {nombre} {rfc}").format(nombre=r.importador_nombre, rfc=r.importador_rfc))
        if r.fecha_preparacion:
            partes.append(self.tr("Preparado: {fecha}").format(fecha=fecha_vista(r.fecha_preparacion)))
        return "\n".join(partes)

    def _alternar_fechas(self, activo: bool) -> None:
        self.desde.setEnabled(activo)
        self.hasta.setEnabled(activo)
        self.aplicar_filtro()

    def limpiar_filtros(self) -> None:
        for w in (self.busqueda, self.filtro_fraccion, self.filtro_estado, self.filtro_fechas):
            w.blockSignals(True)
        self.busqueda.clear()
        self.filtro_fraccion.clear()
        self.filtro_estado.setCurrentIndex(0)
        self.filtro_fechas.setChecked(False)
        self.desde.setEnabled(False)
        self.hasta.setEnabled(False)
        for w in (self.busqueda, self.filtro_fraccion, self.filtro_estado, self.filtro_fechas):
            w.blockSignals(False)
        self.aplicar_filtro()

    def enfocar_busqueda(self) -> None:
        self.busqueda.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.busqueda.selectAll()

    def ver_papelera(self) -> None:
        for i in range(self.arbol.topLevelItemCount()):
            item = self.arbol.topLevelItem(i)
            if (item.data(0, ROL_NODO) or (None,))[0] == PAPELERA:
                self.arbol.setCurrentItem(item)
                return

    def ver_todos(self) -> None:
        self.arbol.setCurrentItem(self.arbol.topLevelItem(0))

    # ------------------------------------------------------------------------------------------
    # selection and detail

    def fila_actual(self) -> FilaAviso | None:
        if not hasattr(self, "modelo"):
            return None
        return self.modelo.fila(self.tabla.currentIndex().row())

    def _actualizar_acciones(self) -> None:
        fila = self.fila_actual()
        papelera = self.en_papelera()
        tipo, _ = self._nodo()
        hay = fila is not None and not papelera
        for a in (self.acc_abrir, self.acc_duplicar, self.acc_eliminar):
            a.setEnabled(hay)
        self.acc_restaurar.setEnabled(papelera and (fila is not None or tipo == "expediente_eliminado"))
        e = fila.estado if hay else None
        self.acc_listo.setEnabled(e == EstadoAviso.BORRADOR)
        self.acc_presentado.setEnabled(e == EstadoAviso.LISTO)
        self.acc_emitido.setEnabled(e == EstadoAviso.PRESENTADO)
        self.acc_rechazado.setEnabled(e == EstadoAviso.PRESENTADO)
        self.acc_borrador.setEnabled(e in (EstadoAviso.LISTO, EstadoAviso.RECHAZADO))
        eid = self.expediente_elegido()
        for a in (self.acc_exportar, self.acc_facturas, self.acc_proponer, self.acc_lista_expediente):
            a.setEnabled(eid is not None)
        for a in (self.acc_lista_aviso, self.acc_anexos):
            a.setEnabled(hay)
        self.bot_abrir.setVisible(not papelera)
        self.bot_estado.setVisible(not papelera)
        self.bot_restaurar.setVisible(papelera)
        self.bot_abrir.setEnabled(hay)
        self.bot_estado.setEnabled(hay and e != EstadoAviso.EMITIDO)
        self.bot_restaurar.setEnabled(self.acc_restaurar.isEnabled())

    def _mostrar_detalle(self) -> None:
        fila = self.fila_actual()
        self.historial.clear()
        tipo, valor = self._nodo()
        if fila is None:
            if tipo == "expediente_eliminado":
                self.det_titulo.setText(self.tr("Expediente eliminado"))
                self.det_datos.setText(self.tr("Use «Restaurar» para devolverlo con sus avisos."))
            else:
                self.det_titulo.setText(self.tr("Ningún aviso elegido"))
                self.det_datos.setText(self.tr("Cree un aviso con Ctrl+N, o importe un expediente con Ctrl+O."))
            self._actualizar_acciones()
            return
        self.det_titulo.setText(self.tr("Aviso {clave} · {expediente} · {estado}").format(
            clave=fila.clave, expediente=fila.expediente_nombre, estado=nombre_estado(fila.estado)))
        lineas = []
        if fila.fraccion:
            lineas.append(self.tr("Fracción {fraccion}").format(fraccion=fraccion_vista(fila.fraccion, fila.nico)))
        if fila.cantidad is not None:
            lineas.append(f"{numero_vista(fila.cantidad)} {fila.umt or 'KGM'}")
        if fila.valor_usd is not None:
            lineas.append(f"{dinero_vista(fila.valor_usd)} USD")
        datos = " · ".join(lineas)
        extra = []
        if fila.certificados:
            extra.append(self.tr("Certificados: {lista}").format(lista=", ".join(fila.certificados)))
        if fila.proveedores:
            extra.append(self.tr("Proveedor: {lista}").format(lista=", ".join(fila.proveedores)))
        if fila.folio_vucem:
            extra.append(self.tr("Folio VUCEM: {folio}").format(folio=fila.folio_vucem))
        if fila.numero_aviso:
            extra.append(self.tr("Número de aviso: {numero}").format(numero=fila.numero_aviso))
        if fila.descripcion:
            extra.append(fila.descripcion if len(fila.descripcion) <= 170 else fila.descripcion[:168].rstrip() + "…")
        self.det_datos.setToolTip(fila.descripcion)
        self.det_datos.setText("\n".join([datos, *extra]) if datos else "\n".join(extra))
        if self.en_papelera() and fila.eliminado_en is not None:
            self.historial.addItem(self.tr("{cuando}  enviado a la Papelera").format(
                cuando=fila.eliminado_en.astimezone().strftime("%d/%m/%Y %H:%M")))
        if not self.en_papelera():
            try:
                cambios = self.almacen.historial(fila.expediente_id, fila.clave)
                if not cambios or cambios[0].desde is not None:
                    self.historial.addItem(self.tr("{cuando}  creado como {hacia}").format(
                        cuando=fila.creado_en.astimezone().strftime("%d/%m/%Y %H:%M"),
                        hacia=nombre_estado(EstadoAviso.BORRADOR)))
                for c in cambios:
                    cuando = c.cuando.astimezone().strftime("%d/%m/%Y %H:%M")
                    if c.desde is None:
                        texto = self.tr("{cuando}  creado como {hacia}").format(cuando=cuando, hacia=nombre_estado(c.hacia))
                    else:
                        texto = self.tr("{cuando}  {desde} → {hacia}").format(
                            cuando=cuando, desde=nombre_estado(c.desde), hacia=nombre_estado(c.hacia))
                    if c.hacia == EstadoAviso.PRESENTADO and c.folio_vucem:
                        texto += self.tr("  (folio {folio})").format(folio=c.folio_vucem)
                    if c.hacia == EstadoAviso.EMITIDO and c.numero_aviso:
                        texto += self.tr("  (aviso {numero})").format(numero=c.numero_aviso)
                    self.historial.addItem(texto)
            except ErrorAlmacen:
                pass
        self._actualizar_acciones()

    def _menu_tabla(self, pos) -> None:
        menu = QMenu(self)
        if self.en_papelera():
            menu.addAction(self.acc_restaurar)
        else:
            menu.addActions([self.acc_abrir, self.acc_duplicar, self.acc_eliminar])
            menu.addSeparator()
            menu.addActions([self.acc_listo, self.acc_presentado, self.acc_emitido, self.acc_rechazado, self.acc_borrador])
        menu.popup(self.tabla.viewport().mapToGlobal(pos))

    def _menu_arbol(self, pos) -> None:
        item = self.arbol.itemAt(pos)
        if item is None:
            return
        tipo, valor = item.data(0, ROL_NODO) or (None, None)
        menu = QMenu(self)
        if tipo == "expediente":
            menu.addAction(self.acc_nuevo)
            menu.addAction(self.acc_exportar)
            menu.addAction(self.tr("Re&nombrar…"), lambda: self.renombrar_expediente(int(valor)))
            menu.addAction(self.tr("E&liminar expediente…"), lambda: self.eliminar_expediente(int(valor)))
        elif tipo == "expediente_eliminado":
            menu.addAction(self.acc_restaurar)
        else:
            menu.addAction(self.acc_nuevo_expediente)
        menu.popup(self.arbol.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------------------------------
    # expedientes and notices

    def _error_almacen(self, titulo: str, e: Exception) -> None:
        dialogos.error(self, titulo, str(e))

    def nuevo_expediente(self) -> int | None:
        datos = dialogo_expediente.pedir_expediente(self, self.servicios.hoy())
        if datos is None:
            return None
        exp = Expediente(fecha_preparacion=datos.fecha_preparacion,
                         importador=Importador(rfc=datos.rfc, nombre=datos.importador))
        try:
            eid = self.almacen.guardar_expediente(exp, nombre=datos.nombre)
        except ErrorAlmacen as e:
            self._error_almacen(self.tr("No se pudo crear el expediente"), e)
            return None
        self._llenar_arbol()
        self._elegir_expediente(eid)
        self.statusBar().showMessage(self.tr("Expediente «{nombre}» creado.").format(nombre=datos.nombre), 5000)
        return eid

    def _elegir_expediente(self, eid: int) -> None:
        todos = self.arbol.topLevelItem(0)
        for i in range(todos.childCount()):
            item = todos.child(i)
            if item.data(0, ROL_NODO) == ("expediente", eid):
                self.arbol.setCurrentItem(item)
                return

    def nuevo_aviso(self) -> Asistente | None:
        eid = self.expediente_elegido()
        if eid is None:
            resumenes = self.almacen.listar_expedientes()
            if not resumenes:
                eid = self.nuevo_expediente()
            else:
                opciones = [r.nombre for r in resumenes] + [self.tr("Nuevo expediente…")]
                i = dialogos.elegir_opcion(self, self.tr("Nuevo aviso"), self.tr("¿En qué expediente?"), opciones)
                if i is None:
                    return None
                eid = resumenes[i].id if i < len(resumenes) else self.nuevo_expediente()
            if eid is None:
                return None
        try:
            exp = self.almacen.cargar_expediente(eid)
            claves = [a.id for a in exp.avisos]
            for f in self.almacen.avisos_eliminados():
                if f.expediente_id == eid:
                    claves.append(f.clave)
            aviso = Aviso(id=nuevo_id("A", claves))
            self.almacen.guardar_aviso(eid, aviso, ultima_pagina=0)
        except ErrorAlmacen as e:
            self._error_almacen(self.tr("No se pudo crear el aviso"), e)
            return None
        self.refrescar()
        self.seleccionar_aviso(eid, aviso.id)
        return self.abrir(eid, aviso.id)

    def abrir_seleccionado(self) -> Asistente | None:
        fila = self.fila_actual()
        if fila is None or self.en_papelera():
            return None
        return self.abrir(fila.expediente_id, fila.clave)

    def abrir(self, expediente_id: int, clave: str) -> Asistente | None:
        clave_ventana = (expediente_id, clave)
        abierto = self.asistentes.get(clave_ventana)
        if abierto is not None:
            abierto.show()
            abierto.raise_()
            abierto.activateWindow()
            return abierto
        try:
            exp = self.almacen.cargar_expediente(expediente_id)
            _aviso, pagina = self.almacen.cargar_aviso(expediente_id, clave)
            nombre = next((r.nombre for r in self.almacen.listar_expedientes() if r.id == expediente_id), "")
        except ErrorAlmacen as e:
            self._error_almacen(self.tr("No se pudo abrir el aviso"), e)
            return None
        asistente = Asistente(self.servicios, expediente_id, exp, clave, pagina=pagina, nombre_expediente=nombre)
        asistente.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        asistente.guardado.connect(lambda *_: self._t_refrescar.start())
        asistente.guardado.connect(lambda eid, _c: self.expediente_cambiado(eid))
        asistente.estado_cambiado.connect(lambda *_: self.refrescar(arbol=False))
        asistente.finished.connect(lambda _r, k=clave_ventana: self._asistente_cerrado(k))
        self.asistentes[clave_ventana] = asistente
        asistente.show()
        asistente.raise_()
        asistente.activateWindow()
        return asistente

    def _asistente_cerrado(self, clave: tuple[int, str]) -> None:
        self.asistentes.pop(clave, None)
        self.refrescar()

    def duplicar(self) -> Asistente | None:
        fila = self.fila_actual()
        if fila is None or self.en_papelera():
            return None
        asistente = self.asistentes.get((fila.expediente_id, fila.clave))
        if asistente is not None:
            asistente.guardar(forzar=True)
        try:
            copia = self.almacen.duplicar_aviso(fila.expediente_id, fila.clave)
        except ErrorAlmacen as e:
            self._error_almacen(self.tr("No se pudo duplicar el aviso"), e)
            return None
        self.refrescar()
        self.seleccionar_aviso(fila.expediente_id, copia.id)
        self.statusBar().showMessage(self.tr("Se creó el aviso {nuevo} como borrador a partir de {original}.").format(
            nuevo=copia.id, original=fila.clave), 8000)
        return self.abrir(fila.expediente_id, copia.id)

    def eliminar(self) -> bool:
        fila = self.fila_actual()
        if fila is None or self.en_papelera():
            return False
        texto = self.tr("¿Enviar el aviso {clave} del expediente «{expediente}» a la Papelera?\n\n"
                        "Podrá restaurarlo desde Ver ▸ Papelera.").format(clave=fila.clave, expediente=fila.expediente_nombre)
        if fila.estado in (EstadoAviso.PRESENTADO, EstadoAviso.EMITIDO):
            texto += "\n\n" + self.tr("Atención: este aviso ya está {estado} en VUCEM.").format(
                estado=nombre_estado(fila.estado).lower())
        if not dialogos.confirmar(self, self.tr("Eliminar aviso"), texto, self.tr("&Enviar a la Papelera")):
            return False
        abierto = self.asistentes.get((fila.expediente_id, fila.clave))
        if abierto is not None:
            abierto.close()
        try:
            self.almacen.eliminar_aviso(fila.expediente_id, fila.clave)
        except ErrorAlmacen as e:
            self._error_almacen(self.tr("No se pudo eliminar el aviso"), e)
            return False
        self.refrescar()
        self.statusBar().showMessage(self.tr("Aviso {clave} enviado a la Papelera.").format(clave=fila.clave), 8000)
        return True

    def restaurar(self) -> bool:
        tipo, valor = self._nodo()
        try:
            if tipo == "expediente_eliminado":
                self.almacen.restaurar_expediente(int(valor))
                self._llenar_arbol()
                self._elegir_expediente(int(valor))
                self.statusBar().showMessage(self.tr("Expediente restaurado."), 8000)
                return True
            fila = self.fila_actual()
            if fila is None or not self.en_papelera():
                return False
            aviso = self.almacen.restaurar_aviso(fila.expediente_id, fila.clave)
        except ErrorAlmacen as e:
            self._error_almacen(self.tr("No se pudo restaurar"), e)
            return False
        self.refrescar()
        mensaje = self.tr("Aviso {clave} restaurado.").format(clave=aviso.id)
        if aviso.id != fila.clave:
            mensaje = self.tr("Aviso restaurado como {nueva} (la clave {vieja} ya estaba en uso).").format(
                nueva=aviso.id, vieja=fila.clave)
        self.statusBar().showMessage(mensaje, 8000)
        return True

    def renombrar_expediente(self, eid: int) -> None:
        actual = next((r.nombre for r in self.almacen.listar_expedientes() if r.id == eid), "")
        nombre = dialogos.pedir_texto(self, self.tr("Renombrar expediente"), self.tr("Nombre:"), actual)
        if not nombre or not nombre.strip():
            return
        try:
            self.almacen.renombrar_expediente(eid, nombre.strip())
        except ErrorAlmacen as e:
            self._error_almacen(self.tr("No se pudo renombrar"), e)
            return
        self.refrescar()

    def eliminar_expediente(self, eid: int) -> None:
        nombre = next((r.nombre for r in self.almacen.listar_expedientes() if r.id == eid), str(eid))
        if not dialogos.confirmar(self, self.tr("Eliminar expediente"), self.tr(
                "¿Enviar el expediente «{nombre}» y sus avisos a la Papelera?\n\nPodrá restaurarlo desde la Papelera.")
                .format(nombre=nombre), self.tr("&Enviar a la Papelera")):
            return
        for (e, _c), w in list(self.asistentes.items()):
            if e == eid:
                w.close()
        try:
            self.almacen.eliminar_expediente(eid)
        except ErrorAlmacen as err:
            self._error_almacen(self.tr("No se pudo eliminar el expediente"), err)
            return
        self.ver_todos()
        self.refrescar()

    # ------------------------------------------------------------------------------------------
    # status

    def cambiar_estado(self, nuevo: EstadoAviso) -> bool:
        fila = self.fila_actual()
        if fila is None or self.en_papelera():
            return False
        asistente = self.asistentes.get((fila.expediente_id, fila.clave))
        if asistente is not None:
            asistente.guardar(forzar=True)
        folio = numero = ""
        errores = 0
        if nuevo is EstadoAviso.LISTO:
            try:
                exp = self.almacen.cargar_expediente(fila.expediente_id)
            except ErrorAlmacen as e:
                self._error_almacen(self.tr("No se pudo revisar el aviso"), e)
                return False
            rev = revisar(exp, self.servicios.catalogos, self.servicios.hoy())
            errores = sum(1 for h in rev.por_aviso.get(fila.clave, ()) if h.es_error)
        elif nuevo is EstadoAviso.PRESENTADO:
            folio = dialogos.pedir_texto(self, self.tr("Aviso presentado en VUCEM"),
                                         self.tr("Folio que asignó la Ventanilla Digital:")) or ""
            if not folio.strip():
                return False
        elif nuevo is EstadoAviso.EMITIDO:
            numero = dialogos.pedir_texto(self, self.tr("Aviso emitido"),
                                          self.tr("Número de aviso que emitió la Secretaría de Economía:")) or ""
            if not numero.strip():
                return False
        elif nuevo is EstadoAviso.RECHAZADO:
            if not dialogos.confirmar(self, self.tr("Aviso rechazado"), self.tr(
                    "¿Marcar el aviso {clave} como rechazado por la SE? Podrá corregirlo como borrador y volver a "
                    "presentarlo.").format(clave=fila.clave), self.tr("Marcar &rechazado")):
                return False
        try:
            self.almacen.cambiar_estado(fila.expediente_id, fila.clave, nuevo, folio_vucem=folio.strip(),
                                        numero_aviso=numero.strip(), errores_pendientes=errores)
        except ErrorAlmacen as e:
            dialogos.advertir(self, self.tr("No se cambió el estado"), str(e))
            return False
        if asistente is not None:
            asistente.close()
        self.refrescar(arbol=False)
        self.seleccionar_aviso(fila.expediente_id, fila.clave)
        self.statusBar().showMessage(self.tr("Aviso {clave}: {estado}.").format(
            clave=fila.clave, estado=nombre_estado(nuevo)), 8000)
        return True

    # ------------------------------------------------------------------------------------------
    # files

    def importar(self) -> None:
        ruta = dialogos.elegir_archivo_abrir(self, self.tr("Importar expediente"), self.servicios.ajustes.carpeta_archivos,
                                             self.tr("Expedientes (*.json);;Todos los archivos (*)"))
        if ruta is None:
            return
        self.servicios.ajustes.carpeta_archivos = str(ruta.parent)
        self.statusBar().showMessage(self.tr("Leyendo {archivo}…").format(archivo=ruta.name))
        self.operaciones.ejecutar(lambda: _leer_archivo_expediente(ruta),
                                  lambda exp: self._importado(ruta, exp),
                                  lambda e: self._importacion_fallida(ruta, e))

    def _importado(self, ruta: Path, exp: Expediente) -> None:
        try:
            eid = self.almacen.guardar_expediente(exp, nombre=ruta.stem)
        except ErrorAlmacen as e:
            self.statusBar().clearMessage()
            self._error_almacen(self.tr("No se pudo importar"), e)
            return
        self._llenar_arbol()
        self._elegir_expediente(eid)
        self.statusBar().showMessage(self.tr("Expediente «{nombre}» importado: {n} aviso(s).").format(
            nombre=ruta.stem, n=len(exp.avisos)), 8000)

    def _importacion_fallida(self, ruta: Path, e: BaseException) -> None:
        self.statusBar().clearMessage()
        if isinstance(e, ErrorExpediente):
            detalle = str(e)
        elif isinstance(e, OSError):
            detalle = self.tr("No se pudo leer el archivo: {error}").format(error=e.strerror or e)
        else:
            detalle = f"{type(e).__name__}: {e}"
        dialogos.error(self, self.tr("No se pudo importar"), self.tr(
            "El archivo «{archivo}» no se importó.\n\n{detalle}\n\nNo se guardó nada en la base de datos.").format(
            archivo=ruta.name, detalle=detalle))

    def exportar(self) -> None:
        eid = self.expediente_elegido()
        if eid is None:
            dialogos.informar(self, self.tr("Exportar expediente"), self.tr("Elija un expediente o uno de sus avisos."))
            return
        nombre = next((r.nombre for r in self.almacen.listar_expedientes() if r.id == eid), f"expediente-{eid}")
        carpeta = self.servicios.ajustes.carpeta_archivos or str(Path.home())
        sugerido = str(Path(carpeta) / f"{_nombre_archivo(nombre)}.json")
        ruta = dialogos.elegir_archivo_guardar(self, self.tr("Exportar expediente"), sugerido,
                                               self.tr("Expedientes (*.json)"))
        if ruta is None:
            return
        if ruta.suffix.lower() != ".json":
            ruta = ruta.with_suffix(".json")
        self.servicios.ajustes.carpeta_archivos = str(ruta.parent)
        for (e, _c), w in self.asistentes.items():
            if e == eid:
                w.guardar(forzar=True)
        try:
            exp = self.almacen.cargar_expediente(eid)
        except ErrorAlmacen as err:
            self._error_almacen(self.tr("No se pudo exportar"), err)
            return
        texto = escribir_expediente(exp)
        self.operaciones.ejecutar(lambda: _escribir_atomico(ruta, texto),
                                  lambda r: self.statusBar().showMessage(
                                      self.tr("Expediente exportado a {ruta}.").format(ruta=r), 8000),
                                  lambda err: dialogos.error(self, self.tr("No se pudo exportar"), self.tr(
                                      "No se pudo escribir {ruta}: {error}").format(
                                      ruta=ruta, error=getattr(err, "strerror", None) or err)))

    # ------------------------------------------------------------------------------------------
    # other

    def dialogo_preferencias(self) -> DialogoPreferencias:
        """The Preferences dialog, wired so a catalog imported there reaches the open windows."""
        dialogo = DialogoPreferencias(self.servicios, self, operaciones=self.operaciones)
        dialogo.catalogos_cambiados.connect(self.catalogos_cambiados)
        return dialogo

    def plantillas_de_molinos(self) -> None:
        # Imported here: the certificate reader behind it takes about a second to import.
        from app.ui.plantillas import abrir_plantillas

        abrir_plantillas(self.servicios, self)

    def preferencias(self) -> None:
        dialogo = self.dialogo_preferencias()
        idioma = self.servicios.ajustes.idioma
        if dialogo.exec() and self.servicios.ajustes.idioma != idioma:
            dialogos.informar(self, self.tr("Idioma"), self.tr("El nuevo idioma se aplicará la próxima vez que abra el programa."))

    def acerca_de(self) -> None:
        dialogos.informar(self, self.tr("Acerca de {app}").format(app=APP_NAME), self.tr(
            "{app} {version}\n\nPrepara y revisa Avisos Automáticos de Importación de Productos Siderúrgicos antes de "
            "capturarlos en VUCEM. Funciona sin conexión; los datos se guardan en:\n{datos}").format(
            app=APP_NAME, version=__version__, datos=self.servicios.paths.datos))

    def guardar_todo(self) -> None:
        """Save every open wizard and invoice window now (used by the error handler and before exports)."""
        for w in [*self.asistentes.values(), *self.ventanas_facturas.values()]:
            try:
                if isinstance(w, Asistente):
                    w.guardar(forzar=True)
                else:
                    w.guardar()
            except Exception:  # noqa: BLE001 - best effort while handling another error
                pass

    # ------------------------------------------------------------------------------------------
    # invoices, the split into notices, the invoice total against its notices

    def _nombre_expediente(self, eid: int) -> str:
        return next((r.nombre for r in self.almacen.listar_expedientes() if r.id == eid), str(eid))

    def _pedir_expediente(self, titulo: str) -> int | None:
        eid = self.expediente_elegido()
        if eid is None:
            dialogos.informar(self, titulo, self.tr("Elija un expediente (o uno de sus avisos) en la lista."))
        return eid

    def abrir_facturas(self, eid: int | None = None) -> DialogoFacturas | None:
        """The invoices of the chosen expediente (one window per expediente, non-modal)."""
        eid = eid if eid is not None else self._pedir_expediente(self.tr("Facturas"))
        if eid is None:
            return None
        abierta = self.ventanas_facturas.get(eid)
        if abierta is not None:
            abierta.show()
            abierta.raise_()
            abierta.activateWindow()
            return abierta
        for (e, _c), w in self.asistentes.items():
            if e == eid:
                w.guardar(forzar=True)
        try:
            dialogo = DialogoFacturas(self.servicios, eid, self._nombre_expediente(eid), operaciones=self.operaciones,
                                      parent=self)
        except ErrorAlmacen as e:
            self._error_almacen(self.tr("No se pudieron abrir las facturas"), e)
            return None
        dialogo.setWindowFlag(Qt.WindowType.Window, True)
        dialogo.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialogo.guardado.connect(self._facturas_guardadas)
        dialogo.avisos_creados.connect(self._avisos_creados)
        dialogo.finished.connect(lambda _r, k=eid: self.ventanas_facturas.pop(k, None))
        self.ventanas_facturas[eid] = dialogo
        dialogo.show()
        dialogo.raise_()
        dialogo.activateWindow()
        return dialogo

    def _facturas_guardadas(self, eid: int) -> None:
        for (e, _c), w in list(self.asistentes.items()):
            if e == eid:
                w.recargar_facturas()
        self._t_refrescar.start()
        self.mostrar_resumen_facturas()

    def proponer_avisos(self, eid: int | None = None) -> DialogoPropuesta | None:
        """The notices the expediente's invoice lines need (R4), as a proposal to review."""
        eid = eid if eid is not None else self._pedir_expediente(self.tr("Proponer avisos"))
        if eid is None:
            return None
        self.guardar_todo()
        try:
            dialogo = DialogoPropuesta(self.servicios, eid, parent=self)
        except ErrorAlmacen as e:
            self._error_almacen(self.tr("No se pudo preparar la propuesta"), e)
            return None
        dialogo.creados.connect(lambda ids, k=eid: self._avisos_creados(k, ids))
        dialogo.open()
        return dialogo

    def _avisos_creados(self, eid: int, ids: list) -> None:
        self.refrescar()
        if ids:
            self.seleccionar_aviso(eid, ids[0])
        self.expediente_cambiado(eid)
        self.statusBar().showMessage(self.tr("Se crearon {n} aviso(s) como borradores: {lista}.").format(
            n=len(ids), lista=", ".join(ids)), 10000)

    def expediente_cambiado(self, eid: int) -> None:
        """Notices of ``eid`` changed: the invoice totals shown follow at once."""
        ventana = self.ventanas_facturas.get(eid)
        if ventana is not None:
            ventana.avisos_cambiaron()
        tipo, valor = self._nodo()
        if tipo == "expediente" and valor == eid:
            self.mostrar_resumen_facturas()

    def mostrar_resumen_facturas(self) -> None:
        """Under the list, when an expediente is chosen: each invoice's total against its notices."""
        tipo, valor = self._nodo()
        if tipo != "expediente":
            self.marco_facturas.hide()
            return
        try:
            exp = self.almacen.cargar_expediente(int(valor))
        except ErrorAlmacen:
            self.marco_facturas.hide()
            return
        totales = totales_facturas(exp)
        if not totales:
            texto = self.tr("El expediente no tiene facturas: captúrelas o impórtelas de Excel o CSV con «Facturas…».")
        else:
            texto = self.tr("Factura contra sus avisos:") + "<br>" + "<br>".join(html_total(t, corto=True) for t in totales)
        self.resumen_facturas.setText(texto)
        self.marco_facturas.show()

    # ------------------------------------------------------------------------------------------
    # printing, attachments, register, exchange rates, mill requests

    def _guardar_expediente(self, eid: int) -> None:
        for (e, _c), w in self.asistentes.items():
            if e == eid:
                w.guardar(forzar=True)
        ventana = self.ventanas_facturas.get(eid)
        if ventana is not None:
            ventana.guardar()

    def _abrir_ventana(self, w: QWidget) -> QWidget:
        w.setWindowFlag(Qt.WindowType.Window, True)
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.ventanas.append(w)
        w.destroyed.connect(lambda *_a, x=w: self.ventanas.remove(x) if x in self.ventanas else None)
        w.show()
        w.raise_()
        w.activateWindow()
        return w

    def vista_previa_aviso(self) -> DialogoVistaPrevia | None:
        fila = self.fila_actual()
        if fila is None or self.en_papelera():
            return None
        self._guardar_expediente(fila.expediente_id)
        doc = Documento(fila.expediente_id, fila.expediente_nombre, (fila.clave,),
                        self.tr("Aviso {clave} · {expediente}").format(clave=fila.clave, expediente=fila.expediente_nombre))
        return self._abrir_ventana(DialogoVistaPrevia(self.servicios, doc, operaciones=self.operaciones, parent=self))

    def vista_previa_expediente(self) -> DialogoVistaPrevia | None:
        eid = self._pedir_expediente(self.tr("Lista de verificación"))
        if eid is None:
            return None
        self._guardar_expediente(eid)
        nombre = self._nombre_expediente(eid)
        doc = Documento(eid, nombre, None, self.tr("Expediente {nombre}").format(nombre=nombre))
        return self._abrir_ventana(DialogoVistaPrevia(self.servicios, doc, operaciones=self.operaciones, parent=self))

    def anexos(self) -> DialogoAnexos | None:
        fila = self.fila_actual()
        if fila is None or self.en_papelera():
            return None
        self._guardar_expediente(fila.expediente_id)
        return self._abrir_ventana(DialogoAnexos(self.servicios, fila.expediente_id, fila.clave,
                                                 operaciones=self.operaciones, parent=self))

    def exportar_registro(self):  # -> Progreso | None
        """Every notice of the database in an Excel workbook, written off the UI thread with progress."""
        hoy = self.servicios.hoy()
        carpeta = self.servicios.ajustes.carpeta_documentos or self.servicios.ajustes.carpeta_archivos or str(Path.home())
        ruta = dialogos.elegir_archivo_guardar(self, self.tr("Exportar registro de avisos"),
                                               str(Path(carpeta) / f"registro_avisos_{hoy:%Y-%m-%d}.xlsx"),
                                               self.tr("Libro de Excel (*.xlsx)"))
        if ruta is None:
            return None
        if ruta.suffix.lower() != ".xlsx":
            ruta = ruta.with_suffix(".xlsx")
        self.servicios.ajustes.carpeta_documentos = str(ruta.parent)
        self.guardar_todo()
        from app.report.registro import escribir_registro

        almacen, catalogos = self.almacen, self.servicios.catalogos
        self.statusBar().showMessage(self.tr("Exportando el registro a {archivo}…").format(archivo=ruta.name))

        def fin(n: int) -> None:
            self.ultimo_registro = ruta
            self.statusBar().showMessage(self.tr("Registro exportado: {n} aviso(s) en {ruta}.").format(n=n, ruta=ruta), 10000)

        def fallo(e: BaseException) -> None:
            self.statusBar().clearMessage()
            if isinstance(e, Cancelada):
                self.statusBar().showMessage(self.tr("Exportación cancelada; no se escribió el archivo."), 8000)
                return
            if isinstance(e, (ErrorArchivo, ErrorAlmacen)):
                detalle = str(e)
            elif isinstance(e, OSError):
                detalle = self.tr("No se pudo escribir {ruta}: {error}").format(ruta=ruta, error=e.strerror or e)
            else:
                detalle = f"{type(e).__name__}: {e}"
            dialogos.error(self, self.tr("No se exportó el registro"), detalle)

        return con_progreso(self, self.operaciones, self.tr("Exportar registro"),
                            self.tr("Escribiendo el registro de avisos…"),
                            lambda avanzar: escribir_registro(almacen, ruta, catalogos=catalogos, hoy=hoy, progreso=avanzar),
                            fin, fallo)

    def tipos_cambio(self) -> DialogoTiposCambio:
        dialogo = DialogoTiposCambio(self.servicios, operaciones=self.operaciones, parent=self)
        dialogo.catalogos_cambiados.connect(self.catalogos_cambiados)
        dialogo.open()
        return dialogo

    def altas_molino(self) -> DialogoSolicitudesMolino:
        dialogo = DialogoSolicitudesMolino(self.servicios, operaciones=self.operaciones, parent=self)
        dialogo.cambiaron.connect(self.estado_altas)
        dialogo.finished.connect(lambda _r: self.estado_altas())
        dialogo.open()
        return dialogo

    def estado_altas(self) -> None:
        """Overdue mill registration requests, in red in the status bar."""
        try:
            atrasadas = vencidas(self.almacen.solicitudes_molino(), self.servicios.hoy())
        except ErrorAlmacen:
            atrasadas = []
        if atrasadas:
            self.altas_estado.setText(self.tr("Altas de molino vencidas: {n}").format(n=len(atrasadas)))
            self.altas_estado.setStyleSheet(f"color: {estilo.ROJO_TEXTO}; font-weight: bold;")
            self.altas_estado.setToolTip(", ".join(s.molino_nombre for s in atrasadas))
        else:
            self.altas_estado.setText("")
            self.altas_estado.setToolTip("")

    def catalogos_cambiados(self) -> None:
        """A catalog was imported or a rate typed: status bar, open wizards and totals follow."""
        self._estado_catalogos()
        for w in list(self.asistentes.values()):
            w.catalogos_actualizados()
        self.mostrar_resumen_facturas()

    def showEvent(self, e: QShowEvent) -> None:  # noqa: N802
        super().showEvent(e)
        if not self._mostrada:
            self._mostrada = True
            QTimer.singleShot(0, self.primera_pintura.emit)

    def closeEvent(self, e: QCloseEvent) -> None:  # noqa: N802
        for w in [*self.asistentes.values(), *self.ventanas_facturas.values()]:
            w.close()
            if w.isVisible():  # it could not save: keep everything open
                e.ignore()
                return
        for w in list(self.ventanas):
            w.close()
        self._t_refrescar.stop()
        self._t_busqueda.stop()
        self.operaciones.esperar()
        a = self.servicios.ajustes
        a.guardar_geometria("principal", QByteArray(self.saveGeometry()))
        a.guardar_estado("divisor_principal", QByteArray(self.divisor.saveState()))
        a.guardar_estado("divisor_derecho", QByteArray(self.divisor_derecho.saveState()))
        a.guardar_estado("columnas_avisos", QByteArray(self.tabla.horizontalHeader().saveState()))
        a.sincronizar()
        super().closeEvent(e)


def _nombre_archivo(nombre: str) -> str:
    limpio = "".join(c if c.isalnum() or c in "-_ " else "_" for c in nombre).strip()
    return limpio.replace(" ", "_") or "expediente"


__all__ = ["VentanaPrincipal"]
