"""Importing invoice lines from an Excel workbook or a CSV file: which column is which, with a preview.

The file is read off the UI thread (``leer_tabla``); the header row is found and a column is
proposed for each field (``detectar_encabezado``, ``proponer_mapeo``), or the mapping the clerk
confirmed for the same supplier and the same column titles is taken (``MemoriaMapeos``). Every
change of sheet, header row or column runs ``importar_partidas`` again on the table already
read, so the preview shows at once which rows become lines, which are skipped (header repeats,
totals, notes) and which have an error, with the reason. Only the good rows are imported; the
rows with an error are listed (and kept with the invoice) so the clerk can type them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.report.facturas import (
    CAMPOS,
    ErrorArchivo,
    ErrorEncabezado,
    ErrorMapeo,
    Mapeo,
    MemoriaMapeos,
    ResultadoImportacion,
    Tabla,
    detectar_encabezado,
    encabezados,
    importar_partidas,
    leer_tabla,
    letra_columna,
    proponer_mapeo,
)
from app.ui import dialogos, estilo
from app.ui.formato import dinero_vista
from app.ui.operaciones import Operaciones
from app.ui.servicios import Servicios

FILAS_VISTA = 300  # rows of the preview below the header


def _nombres_campo() -> dict[str, str]:
    return {
        "descripcion": QCoreApplication.translate("DialogoImportarFactura", "&Descripción"), "fraccion": QCoreApplication.translate("DialogoImportarFactura", "&Fracción arancelaria"), "nico": QCoreApplication.translate("DialogoImportarFactura", "NI&CO"),
        "cantidad": QCoreApplication.translate("DialogoImportarFactura", "Cant&idad"), "unidad": QCoreApplication.translate("DialogoImportarFactura", "&Unidad"), "precio_unitario": QCoreApplication.translate("DialogoImportarFactura", "&Precio unitario"),
        "importe": QCoreApplication.translate("DialogoImportarFactura", "I&mporte"), "pais_origen": QCoreApplication.translate("DialogoImportarFactura", "País de &origen"), "certificado": QCoreApplication.translate("DialogoImportarFactura", "C&ertificado"),
    }


class DialogoImportarFactura(QDialog):
    def __init__(self, servicios: Servicios, ruta: Path, *, proveedor: str = "", prefijo: str = "F1-",
                 operaciones: Operaciones | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.ruta = Path(ruta)
        self.prefijo = prefijo
        self.operaciones = operaciones or Operaciones(self)
        self.memoria = MemoriaMapeos(servicios.ruta_mapeos)
        self.tabla: Tabla | None = None
        self.fila_encabezado = 0
        self.mapeo = Mapeo()
        self.resultado: ResultadoImportacion | None = None
        self.recordado = False
        self._cargando = False
        self.setObjectName("dialogoImportarFactura")
        self.setWindowTitle(self.tr("Importar factura · {archivo}").format(archivo=self.ruta.name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self._construir(proveedor)
        self.resize(1180, 780)
        self._leer(None)

    # -- construction ------------------------------------------------------------------------------
    def _construir(self, proveedor: str) -> None:
        v = QVBoxLayout(self)
        arriba = QGridLayout()
        self.campo_proveedor = QLineEdit(proveedor)
        self.campo_proveedor.setObjectName("proveedorImportacion")
        self.campo_proveedor.setPlaceholderText(self.tr("Nombre del proveedor: se recuerda qué columna es cada dato"))
        self.campo_proveedor.editingFinished.connect(self._recordar)
        self.hoja = QComboBox()
        self.hoja.setObjectName("hojaImportacion")
        self.hoja.activated.connect(lambda _i: self._leer(self.hoja.currentText()))
        self.fila = QSpinBox()
        self.fila.setObjectName("filaTitulos")
        self.fila.setMinimum(1)
        self.fila.valueChanged.connect(self._fila_cambiada)
        for col, (texto, w) in enumerate(((self.tr("Pro&veedor:"), self.campo_proveedor), (self.tr("&Hoja:"), self.hoja),
                                          (self.tr("Fila de &títulos:"), self.fila))):
            et = QLabel(texto)
            et.setBuddy(w)
            arriba.addWidget(et, 0, col * 2)
            arriba.addWidget(w, 0, col * 2 + 1)
        arriba.setColumnStretch(1, 3)
        arriba.setColumnStretch(3, 1)
        self.nota = QLabel(self.tr("Leyendo el archivo…"))
        self.nota.setObjectName("notaMapeo")
        self.nota.setWordWrap(True)
        self.nota.setProperty("rol", "ayuda")
        v.addLayout(arriba)
        v.addWidget(self.nota)

        # mapping
        caja = QGroupBox(self.tr("¿Qué columna tiene cada dato?"))
        g = QGridLayout(caja)
        g.setHorizontalSpacing(10)
        self.combos: dict[str, QComboBox] = {}
        nombres = _nombres_campo()
        for i, campo in enumerate(CAMPOS):
            combo = QComboBox()
            combo.setObjectName(f"columna_{campo}")
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.activated.connect(lambda _i, c=campo: self._columna_elegida(c))
            et = QLabel(nombres[campo] + ":")
            et.setBuddy(combo)
            fila, col = divmod(i, 3)
            g.addWidget(et, fila, col * 2)
            g.addWidget(combo, fila, col * 2 + 1)
            self.combos[campo] = combo
        self.unidad = QLineEdit()
        self.unidad.setObjectName("unidadTabla")
        self.unidad.setMaximumWidth(90)
        self.unidad.setPlaceholderText("KGM")
        self.unidad.editingFinished.connect(self._unidad_cambiada)
        et = QLabel(self.tr("Unidad para toda la ta&bla (si no hay columna):"))
        et.setBuddy(self.unidad)
        fila_u = QHBoxLayout()
        fila_u.setSpacing(8)
        fila_u.addWidget(et)
        fila_u.addWidget(self.unidad)
        fila_u.addStretch(1)
        g.addLayout(fila_u, 3, 0, 1, 6)
        for c in (1, 3, 5):
            g.setColumnStretch(c, 1)
        v.addWidget(caja)

        # preview and results
        self.vista = QTableWidget()
        self.vista.setObjectName("vistaPreviaFactura")
        self.vista.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vista.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vista.setWordWrap(False)
        self.vista.verticalHeader().setDefaultSectionSize(22)
        self.resumen = QLabel()
        self.resumen.setObjectName("resumenImportacion")
        self.resumen.setWordWrap(True)
        self.resumen.setTextFormat(Qt.TextFormat.RichText)
        self.problemas = QListWidget()
        self.problemas.setObjectName("problemasImportacion")
        self.problemas.setWordWrap(True)
        self.problemas.itemActivated.connect(self._ir_a_fila)
        self.problemas.itemClicked.connect(self._ir_a_fila)
        abajo = QWidget()
        av = QVBoxLayout(abajo)
        av.setContentsMargins(0, 0, 0, 0)
        av.addWidget(self.resumen)
        av.addWidget(self.problemas, 1)
        divisor = QSplitter(Qt.Orientation.Vertical)
        divisor.addWidget(self.vista)
        divisor.addWidget(abajo)
        divisor.setStretchFactor(0, 3)
        divisor.setStretchFactor(1, 1)
        divisor.setChildrenCollapsible(False)
        v.addWidget(divisor, 1)

        self.botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.boton_importar = self.botones.button(QDialogButtonBox.StandardButton.Ok)
        self.boton_importar.setObjectName("botonImportarPartidas")
        self.boton_importar.setEnabled(False)
        self.botones.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.botones.accepted.connect(self.accept)
        self.botones.rejected.connect(self.reject)
        for b in self.botones.buttons():  # Enter in a field must not import by accident
            b.setAutoDefault(False)
            b.setDefault(False)
        v.addWidget(self.botones)

    # -- reading --------------------------------------------------------------------------------------
    def _leer(self, hoja: str | None) -> None:
        self._habilitar(False)
        self.nota.setText(self.tr("Leyendo «{archivo}»…").format(archivo=self.ruta.name))
        ruta = self.ruta
        self.operaciones.ejecutar(lambda: leer_tabla(ruta, hoja), self._leida, self._fallo_lectura)

    def _habilitar(self, si: bool) -> None:
        for w in (self.hoja, self.fila, self.unidad, *self.combos.values()):
            w.setEnabled(si)

    def _fallo_lectura(self, e: BaseException) -> None:
        texto = str(e) if isinstance(e, ErrorArchivo) else self.tr("No se pudo leer el archivo: {error}").format(error=e)
        self.nota.setText(texto)
        self.nota.setProperty("rol", "mensaje-error")
        estilo.repulir(self.nota)
        dialogos.error(self, self.tr("No se pudo leer la factura"), texto)
        self.reject()

    def _leida(self, tabla: Tabla) -> None:
        self.tabla = tabla
        self._cargando = True
        try:
            self.hoja.clear()
            self.hoja.addItems([h or self.tr("(única)") for h in tabla.hojas] or [self.tr("(única)")])
            if tabla.hoja in tabla.hojas:
                self.hoja.setCurrentIndex(tabla.hojas.index(tabla.hoja))
            self.hoja.setEnabled(len(tabla.hojas) > 1)
            self.fila.setMaximum(max(1, len(tabla.filas)))
            try:
                fila = detectar_encabezado(tabla)
                aviso = ""
            except ErrorEncabezado as e:
                fila = 0
                aviso = str(e)
            self.fila.setValue(fila + 1)
            self.fila_encabezado = fila
            self._llenar_combos()
        finally:
            self._cargando = False
        self._habilitar(True)
        self.hoja.setEnabled(len(tabla.hojas) > 1)
        self._proponer(aviso)

    def _llenar_combos(self) -> None:
        assert self.tabla is not None
        titulos = encabezados(self.tabla, self.fila_encabezado)
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— ninguna —"), None)
            for j in range(self.tabla.ancho):
                t = titulos[j] if j < len(titulos) else ""
                t = t if len(t) <= 34 else t[:33] + "…"
                combo.addItem(f"{letra_columna(j)} · {t}" if t else letra_columna(j), j)
            combo.blockSignals(False)

    def _proponer(self, aviso: str = "") -> None:
        assert self.tabla is not None
        titulos = encabezados(self.tabla, self.fila_encabezado)
        recordado = self.memoria.recordar(self.campo_proveedor.text().strip(), titulos) if self.campo_proveedor.text().strip() else None
        self.recordado = recordado is not None
        self.mapeo = recordado if recordado is not None else proponer_mapeo(self.tabla, self.fila_encabezado)
        partes = [aviso] if aviso else []
        if self.recordado:
            partes.append(self.tr("Se usaron las columnas que confirmó para «{proveedor}» la última vez.").format(
                proveedor=self.campo_proveedor.text().strip()))
        else:
            partes.append(self.tr("Columnas propuestas por sus títulos: revíselas; las marcadas en ámbar son dudosas. "
                                  "Al importar se recuerdan para este proveedor."))
        self.nota.setText(" ".join(partes))
        self.nota.setProperty("rol", "ayuda")
        estilo.repulir(self.nota)
        self._mostrar_mapeo()
        self.actualizar()

    def _recordar(self) -> None:
        if self.tabla is not None and self.campo_proveedor.text().strip():
            titulos = encabezados(self.tabla, self.fila_encabezado)
            if self.memoria.recordar(self.campo_proveedor.text().strip(), titulos) is not None:
                self._proponer()

    # -- mapping ---------------------------------------------------------------------------------------
    def _mostrar_mapeo(self) -> None:
        dudosos = set(self.mapeo.dudosos())
        for campo, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(self.mapeo.columna(campo))))
            combo.blockSignals(False)
            sev = "aviso" if campo in dudosos else ""
            combo.setToolTip(self.tr("Propuesta dudosa: confirme la columna.") if sev else "")
            if combo.property("hallazgo") != sev:
                combo.setProperty("hallazgo", sev)
                estilo.repulir(combo)
        self.unidad.setText(self.mapeo.unidad)

    def fijar_columna(self, campo: str, columna: int | None) -> None:
        """Set the column of ``campo`` (None: no column), as choosing it in its list does."""
        combo = self.combos[campo]
        combo.setCurrentIndex(max(0, combo.findData(columna)))
        self._columna_elegida(campo)

    def _columna_elegida(self, campo: str) -> None:
        if self._cargando:
            return
        self.mapeo = self.mapeo.con(campo, self.combos[campo].currentData())
        self._mostrar_mapeo()
        self.actualizar()

    def _unidad_cambiada(self) -> None:
        if self.unidad.text().strip() != self.mapeo.unidad:
            self.mapeo = self.mapeo.con_unidad(self.unidad.text())
            self.actualizar()

    def _fila_cambiada(self, valor: int) -> None:
        if self._cargando or self.tabla is None:
            return
        self.fila_encabezado = valor - 1
        self._llenar_combos()
        self._proponer()

    # -- preview ---------------------------------------------------------------------------------------
    def actualizar(self) -> None:
        """Import again with the current mapping and show the outcome of every row."""
        if self.tabla is None:
            return
        self.resultado = None
        faltan = self.mapeo.faltantes()
        error_mapeo = ""
        if not faltan:
            try:
                self.resultado = importar_partidas(self.tabla, self.mapeo, fila_encabezado=self.fila_encabezado,
                                                   prefijo_id=self.prefijo, catalogos=self.servicios.catalogos)
            except ErrorMapeo as e:
                error_mapeo = str(e)
        self._llenar_vista()
        self._llenar_resultados(faltan, error_mapeo)

    def _llenar_vista(self) -> None:
        assert self.tabla is not None
        t = self.tabla
        desde = self.fila_encabezado
        hasta = min(len(t.filas), desde + 1 + FILAS_VISTA)
        nombres = {v: k for k, v in self.mapeo.columnas.items()}
        cortos = {c: n.replace("&", "").split(" ")[0] for c, n in _nombres_campo().items()}
        self.vista.clear()
        self.vista.setRowCount(hasta - desde)
        self.vista.setColumnCount(t.ancho)
        self.vista.setHorizontalHeaderLabels([
            f"{letra_columna(j)}\n→ {cortos[nombres[j]]}" if j in nombres else f"{letra_columna(j)}\n"
            for j in range(t.ancho)])
        self.vista.setVerticalHeaderLabels([str(i + 1) for i in range(desde, hasta)])
        estado: dict[int, tuple[str, str]] = {}
        r = self.resultado
        if r is not None:
            for n in r.filas_origen:
                estado[n] = ("ok", self.tr("Se importa como partida."))
            for a in r.avisos:
                estado[a.fila] = ("aviso", str(a))
            for o in r.omitidas:
                estado[o.fila] = ("omitida", self.tr("Fila {n} omitida: {motivo}.").format(n=o.fila, motivo=o.motivo))
            for e in r.errores:
                anterior = estado.get(e.fila)
                texto = str(e) if anterior is None or anterior[0] != "error" else f"{anterior[1]}\n{e}"
                estado[e.fila] = ("error", texto)
        negrita = QFont(self.vista.font())
        negrita.setBold(True)
        colores = {"error": (estilo.ROJO_FONDO, estilo.ROJO_TEXTO), "aviso": (estilo.AMBAR_FONDO, estilo.AMBAR_TEXTO),
                   "omitida": (None, estilo.GRIS), "titulos": (estilo.AZUL_FONDO, None)}
        for i in range(desde, hasta):
            n = i + 1
            tipo, explicacion = ("titulos", self.tr("Fila de títulos")) if i == desde else estado.get(n, ("", ""))
            fondo, texto = colores.get(tipo, (None, None))
            for j in range(t.ancho):
                item = QTableWidgetItem(t.texto(i, j))
                if fondo:
                    item.setBackground(QBrush(QColor(fondo)))
                if texto:
                    item.setForeground(QBrush(QColor(texto)))
                if tipo == "titulos":
                    item.setFont(negrita)
                if explicacion:
                    item.setToolTip(explicacion)
                self.vista.setItem(i - desde, j, item)
        self.vista.resizeColumnsToContents()
        for j in range(t.ancho):
            self.vista.setColumnWidth(j, min(max(self.vista.columnWidth(j), 70), 280))

    def _llenar_resultados(self, faltan: tuple[str, ...], error_mapeo: str) -> None:
        self.problemas.clear()
        r = self.resultado
        if r is None:
            texto = error_mapeo or self.tr("Indique qué columna tiene: {faltan}.").format(
                faltan=" y ".join(faltan))
            self.resumen.setText(f"<span style='color:{estilo.ROJO_TEXTO}'><b>{texto}</b></span>")
            self.boton_importar.setEnabled(False)
            self.boton_importar.setText(self.tr("Impo&rtar"))
            return
        n = len(r.partidas)
        partes = [self.tr("<b>{n} partida(s)</b> se importarán (importe {total}).").format(
            n=n, total=dinero_vista(r.total_importe()))]
        if r.errores:
            filas = len({e.fila for e in r.errores})
            partes.append(f"<span style='color:{estilo.ROJO_TEXTO}'><b>" + self.tr(
                "{n} fila(s) con error no se importarán").format(n=filas) + "</b></span>")
        if r.avisos:
            partes.append(f"<span style='color:{estilo.AMBAR_TEXTO}'>" + self.tr("{n} observación(es)").format(
                n=len(r.avisos)) + "</span>")
        if r.omitidas:
            partes.append(self.tr("{n} fila(s) omitidas (títulos repetidos, totales, notas)").format(n=len(r.omitidas)))
        if r.moneda:
            partes.append(self.tr("moneda: {moneda}").format(moneda=r.moneda))
        self.resumen.setText(" · ".join(partes))
        for e in r.errores:
            self._problema(estilo.icono("error"), str(e), e.fila)
        for a in r.avisos:
            self._problema(estilo.icono("aviso"), str(a), a.fila)
        for o in r.omitidas:
            self._problema(estilo.icono("info"), self.tr("Fila {n} omitida: {motivo}.").format(n=o.fila, motivo=o.motivo), o.fila)
        self.boton_importar.setEnabled(n > 0)
        self.boton_importar.setText(self.tr("Impo&rtar {n} partida(s)").format(n=n))

    def _problema(self, icono, texto: str, fila: int) -> None:
        item = QListWidgetItem(icono, texto)
        item.setData(Qt.ItemDataRole.UserRole, fila)
        self.problemas.addItem(item)

    def _ir_a_fila(self, item: QListWidgetItem) -> None:
        fila = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(fila, int):
            i = fila - 1 - self.fila_encabezado
            if 0 <= i < self.vista.rowCount():
                self.vista.selectRow(i)
                self.vista.scrollToItem(self.vista.item(i, 0))

    # -- result ------------------------------------------------------------------------------------------
    def errores(self) -> list[str]:
        return [str(e) for e in self.resultado.errores] if self.resultado is not None else []

    def proveedor(self) -> str:
        return self.campo_proveedor.text().strip()

    def accept(self) -> None:
        if self.resultado is None or not self.resultado.partidas:
            return
        nombre = self.proveedor()
        if nombre:
            try:
                self.memoria.guardar(nombre, self.mapeo)
            except OSError:
                pass  # remembering the columns is a convenience; the import goes on
        super().accept()
