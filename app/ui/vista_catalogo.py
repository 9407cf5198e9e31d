"""What a catalog file would change, before it replaces the catalog in use.

The file (CSV or XLSX, the SE's or Banxico's layout or the Asistente's own) is converted and
compared with the catalog in use off the UI thread (``preparar_actualizacion``); nothing is
written until «Aplicar». The clerk sees the rows added, removed and changed (each field before
and after), the rows of the file that could not be used and why, and the version and date of
both catalogs; and says whether the file is the official list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogos import EXPRESIONES, ErrorCatalogo, Metadatos
from app.report.catalogos_excel import Actualizacion, aplicar_catalogo, preparar_actualizacion
from app.report.facturas import ErrorArchivo
from app.report.tipos_cambio import ErrorTipoCambio
from app.ui import dialogos, estilo
from app.ui.formato import fecha_vista
from app.ui.operaciones import Operaciones
from app.ui.servicios import Servicios


def nombre_catalogo(nombre: str) -> str:
    from PySide6.QtCore import QCoreApplication

    from app.ui.preferencias import NOMBRES_CATALOGO

    return QCoreApplication.translate("DialogoPreferencias", NOMBRES_CATALOGO.get(nombre, nombre))


def texto_expresion(expresion: str) -> str:
    from PySide6.QtCore import QCoreApplication

    textos = {
        "usd_por_unidad": QCoreApplication.translate("TiposCambio", "dólares por unidad de la moneda"),
        "unidades_por_usd": QCoreApplication.translate("TiposCambio", "unidades de la moneda por dólar (como el FIX en pesos)"),
        "usd_por_mil": QCoreApplication.translate("TiposCambio", "dólares por cada 1,000 unidades"),
    }
    return textos.get(expresion, expresion)


class DialogoVistaPreviaCatalogo(QDialog):
    aplicado = Signal(object)  # Metadatos of the installed catalog

    def __init__(self, servicios: Servicios, nombre: str, ruta: Path, *, oficial: bool = False,
                 operaciones: Operaciones | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.nombre = nombre
        self.ruta = Path(ruta)
        self.operaciones = operaciones or Operaciones(self)
        self.actualizacion: Actualizacion | None = None
        self.error = ""
        self._pendiente = False
        self.setObjectName("vistaPreviaCatalogo")
        self.setWindowTitle(self.tr("Vista previa: {catalogo}").format(catalogo=nombre_catalogo(nombre)))
        self.setSizeGripEnabled(True)
        v = QVBoxLayout(self)
        cab = QLabel(self.tr("Archivo: <b>{archivo}</b>. Nada se cambia hasta que elija «Aplicar».").format(
            archivo=self.ruta.name))
        cab.setWordWrap(True)
        v.addWidget(cab)

        self.oficial = QCheckBox(self.tr("El archivo es la lista &oficial publicada por la autoridad (SE, Banxico, DOF)"))
        self.oficial.setObjectName("catalogoOficial")
        self.oficial.setChecked(oficial)
        self.oficial.toggled.connect(lambda _c: self.preparar())
        v.addWidget(self.oficial)

        # exchange-rate files may need to say what the file does not
        self.opciones = QGroupBox(self.tr("Si el archivo no lo dice"))
        og = QGridLayout(self.opciones)
        self.mes = QLineEdit()
        self.mes.setObjectName("mesTabla")
        self.mes.setPlaceholderText("2025-07")
        self.mes.setMaximumWidth(110)
        self.expresion = QComboBox()
        self.expresion.setObjectName("expresionTabla")
        self.expresion.addItem(self.tr("(la que diga el archivo)"), None)
        for e in EXPRESIONES:
            self.expresion.addItem(texto_expresion(e), e)
        self.dato = QComboBox()
        self.dato.setObjectName("datoMensual")
        self.dato.addItem(self.tr("último dato del mes"), "ultimo")
        self.dato.addItem(self.tr("promedio del mes"), "promedio")
        self.releer = QPushButton(self.tr("&Leer de nuevo"))
        self.releer.setAutoDefault(False)
        self.releer.clicked.connect(self.preparar)
        for col, (texto, w) in enumerate(((self.tr("&Mes de la tabla:"), self.mes),
                                          (self.tr("&Expresión de los valores:"), self.expresion),
                                          (self.tr("&Datos diarios:"), self.dato))):
            et = QLabel(texto)
            et.setBuddy(w)
            og.addWidget(et, 0, col * 2)
            og.addWidget(w, 0, col * 2 + 1)
        og.addWidget(self.releer, 0, 6)
        og.setColumnStretch(3, 1)
        self.opciones.setVisible(nombre == "tipos_cambio")
        v.addWidget(self.opciones)

        # versions
        versiones = QGroupBox(self.tr("Versiones"))
        vf = QFormLayout(versiones)
        self.meta_actual = QLabel("—")
        self.meta_actual.setObjectName("metaActual")
        self.meta_nueva = QLabel("—")
        self.meta_nueva.setObjectName("metaNueva")
        for w in (self.meta_actual, self.meta_nueva):
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        vf.addRow(self.tr("En uso:"), self.meta_actual)
        vf.addRow(self.tr("Archivo nuevo:"), self.meta_nueva)
        v.addWidget(versiones)

        self.resumen = QLabel(self.tr("Leyendo el archivo…"))
        self.resumen.setObjectName("resumenDiferencia")
        self.resumen.setWordWrap(True)
        self.resumen.setFont(estilo.fuente_negrita(self.resumen.font()))
        v.addWidget(self.resumen)

        self.pestanas = QTabWidget()
        self.pestanas.setObjectName("pestanasDiferencia")
        self.agregadas = self._tabla("tablaAgregadas")
        self.eliminadas = self._tabla("tablaEliminadas")
        self.cambiadas = self._tabla("tablaCambiadas")
        self.omitidas = QListWidget()
        self.omitidas.setObjectName("listaOmitidas")
        self.omitidas.setWordWrap(True)
        for w in (self.agregadas, self.eliminadas, self.cambiadas, self.omitidas):
            self.pestanas.addTab(w, "")
        v.addWidget(self.pestanas, 1)

        self.botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.boton_aplicar = self.botones.button(QDialogButtonBox.StandardButton.Apply)
        self.boton_aplicar.setText(self.tr("&Aplicar"))
        self.boton_aplicar.setObjectName("aplicarCatalogo")
        self.boton_aplicar.setEnabled(False)
        self.boton_aplicar.clicked.connect(self.aplicar)
        self.botones.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.botones.rejected.connect(self.reject)
        fila = QHBoxLayout()
        fila.addStretch(1)
        fila.addWidget(self.botones)
        v.addLayout(fila)
        self._titulos_pestanas()
        self.resize(980, 640)
        self.preparar()

    def _tabla(self, nombre: str) -> QTableWidget:
        t = QTableWidget()
        t.setObjectName(nombre)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setAlternatingRowColors(True)
        t.verticalHeader().hide()
        t.horizontalHeader().setStretchLastSection(True)
        return t

    def _titulos_pestanas(self) -> None:
        act = self.actualizacion
        d = act.diferencia if act is not None else None
        self.pestanas.setTabText(0, self.tr("Nuevas ({n})").format(n=len(d.agregadas) if d else 0))
        self.pestanas.setTabText(1, self.tr("Eliminadas ({n})").format(n=len(d.eliminadas) if d else 0))
        self.pestanas.setTabText(2, self.tr("Con cambios ({n})").format(n=len(d.cambiadas) if d else 0))
        self.pestanas.setTabText(3, self.tr("Filas no usadas ({n})").format(n=len(act.omitidas) if act else 0))

    # -- preparing ---------------------------------------------------------------------------------
    def _opciones(self) -> dict[str, Any]:
        if self.nombre != "tipos_cambio":
            return {}
        op: dict[str, Any] = {"dato_mensual": self.dato.currentData()}
        if self.mes.text().strip():
            op["mes"] = self.mes.text().strip()
        if self.expresion.currentData():
            op["expresion"] = self.expresion.currentData()
        return op

    def preparar(self) -> None:
        """Convert and compare the file again (off the UI thread) with the current options."""
        if self._pendiente:
            return
        self._pendiente = True
        self.boton_aplicar.setEnabled(False)
        self.resumen.setText(self.tr("Leyendo y comparando «{archivo}»…").format(archivo=self.ruta.name))
        paths, nombre, ruta, oficial = self.servicios.paths, self.nombre, self.ruta, self.oficial.isChecked()
        hoy, cats, op = self.servicios.hoy(), self.servicios.catalogos, self._opciones()
        self.operaciones.ejecutar(
            lambda: preparar_actualizacion(paths, nombre, ruta, oficial=oficial, hoy=hoy, catalogos=cats, **op),
            self._preparada, self._fallo)

    def _fallo(self, e: BaseException) -> None:
        self._pendiente = False
        self.actualizacion = None
        if isinstance(e, (ErrorArchivo, ErrorCatalogo, ErrorTipoCambio)):
            self.error = str(e)
        elif isinstance(e, OSError):
            self.error = self.tr("No se pudo leer el archivo: {error}").format(error=e.strerror or e)
        else:
            self.error = f"{type(e).__name__}: {e}"
        self.resumen.setText(self.error)
        self.resumen.setStyleSheet(f"color: {estilo.ROJO_TEXTO};")
        self._titulos_pestanas()
        dialogos.error(self, self.tr("No se puede usar el archivo"), self.tr(
            "{error}\n\nEl catálogo en uso no cambió.").format(error=self.error))

    def _preparada(self, act: Actualizacion) -> None:
        self._pendiente = False
        self.error = ""
        self.actualizacion = act
        d = act.diferencia
        self.resumen.setStyleSheet("")
        self.resumen.setText(d.resumen() if d.hay_cambios else self.tr("El archivo no cambia ninguna fila. ") + d.resumen())
        self.meta_actual.setText(self._texto_meta(d.meta_actual))
        self.meta_nueva.setText(self._texto_meta(d.meta_nueva))
        self._llenar_filas(self.agregadas, list(d.agregadas))
        self._llenar_filas(self.eliminadas, list(d.eliminadas))
        self._llenar_cambios(d.cambiadas)
        self.omitidas.clear()
        for o in act.omitidas:
            self.omitidas.addItem(o)
        self._titulos_pestanas()
        primera = next((i for i, n in enumerate((d.agregadas, d.eliminadas, d.cambiadas, act.omitidas)) if n), 0)
        self.pestanas.setCurrentIndex(primera)
        self.boton_aplicar.setEnabled(True)

    def _texto_meta(self, meta: Metadatos | None) -> str:
        if meta is None:
            return self.tr("ninguno")
        oficial = self.tr("oficial") if meta.oficial else self.tr("no oficial")
        partes = [self.tr("versión {version}").format(version=meta.version or "—"),
                  self.tr("vigente desde {fecha}").format(fecha=fecha_vista(meta.vigencia) or "—"), oficial]
        texto = ", ".join(partes)
        if meta.fuente:
            texto += " · " + self.tr("fuente: {fuente}").format(fuente=meta.fuente)
        return texto

    def _llenar_filas(self, tabla: QTableWidget, filas: list[Any]) -> None:
        columnas: list[str] = []
        for f in filas[:50]:
            for k in f:
                if k not in columnas:
                    columnas.append(k)
        tabla.clear()
        tabla.setColumnCount(len(columnas))
        tabla.setHorizontalHeaderLabels(columnas)
        tabla.setRowCount(len(filas))
        for i, f in enumerate(filas):
            for j, k in enumerate(columnas):
                tabla.setItem(i, j, QTableWidgetItem(str(f.get(k, "") or "")))
        tabla.resizeColumnsToContents()
        self._limitar(tabla)

    def _llenar_cambios(self, cambios) -> None:
        t = self.cambiadas
        t.clear()
        t.setColumnCount(4)
        t.setHorizontalHeaderLabels([self.tr("Clave"), self.tr("Dato"), self.tr("Antes"), self.tr("Después")])
        filas = [(c.etiqueta(), campo, c.antes.get(campo, ""), c.despues.get(campo, "")) for c in cambios for campo in c.campos]
        t.setRowCount(len(filas))
        for i, valores in enumerate(filas):
            for j, valor in enumerate(valores):
                item = QTableWidgetItem(str(valor or ""))
                if j == 3:
                    item.setForeground(Qt.GlobalColor.darkBlue)
                t.setItem(i, j, item)
        t.resizeColumnsToContents()
        self._limitar(t)

    @staticmethod
    def _limitar(t: QTableWidget) -> None:
        for j in range(t.columnCount()):
            t.setColumnWidth(j, min(t.columnWidth(j), 360))
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    # -- applying -------------------------------------------------------------------------------------
    def aplicar(self) -> bool:
        act = self.actualizacion
        if act is None or self._pendiente:
            return False
        try:
            meta = aplicar_catalogo(self.servicios.paths, self.nombre, act.texto)
        except (ErrorCatalogo, OSError) as e:
            dialogos.error(self, self.tr("No se aplicó el catálogo"), self.tr(
                "{error}\n\nSe sigue usando el catálogo anterior.").format(error=getattr(e, "strerror", None) or e))
            return False
        self.servicios.recargar_catalogos()
        self.aplicado.emit(meta)
        self.accept()
        return True
