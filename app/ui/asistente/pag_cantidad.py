"""Step 2 — fields 2 and 3: quantity in the tariff unit and value in dollars.

The conversion from the invoice currency is a small calculator (currency, amount in that
currency, dollars per unit of it -> dollars) whose inputs are kept with the notice in
``extra["conversion"]``; when the notice is linked to invoice lines they are filled from the
invoice. The unit price (what VUCEM computes) is shown live in USD per UMT and USD per kg.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.archivo import decimal_a_texto
from app.domain.catalogos import TipoCambio, mes_anterior
from app.domain.conversion import (
    UnidadNoConvertible,
    cantidad_umt,
    centavos,
    convertir,
    factor,
    nombre_unidad,
    precio_texto,
    texto_numero,
)
from app.domain.model import Factura
from app.domain.totales import importe_partida, tasa_factura
from app.ui import estilo
from app.ui.asistente.base import EstadoAsistente, Pagina, PaginaBase, ayuda, con_extra, con_invalido, con_mensaje
from app.ui.formato import decimal_o_crudo, dinero_captura, dinero_vista, fecha_vista, numero_captura, numero_vista
from app.ui.selectores import SelectorClave

UNIDADES_MASA = ("TNE", "KGM", "LBR")


def umt_del_aviso(estado: EstadoAsistente) -> str:
    a = estado.aviso
    if a.umt:
        return a.umt
    cat = estado.catalogos.fracciones
    return (cat.umt(a.fraccion, a.nico) if cat and a.fraccion else None) or "KGM"


def conversion_del_aviso(estado: EstadoAsistente) -> dict[str, str]:
    """The calculator's inputs: saved with the notice, else taken from the linked invoice."""
    guardada = estado.aviso.extra.get("conversion")
    if isinstance(guardada, dict) and guardada:
        return {k: str(v) for k, v in guardada.items()}
    lineas = estado.lineas_del_aviso()
    facturas = {f.id: f for f, _ in lineas}
    if len(facturas) == 1:
        f = next(iter(facturas.values()))
        importes = [importe_partida(p) for _, p in lineas]
        tasa = tasa_factura(f)
        unidades = sorted({p.unidad for _, p in lineas if p.unidad})
        return {
            "moneda": f.moneda,
            "importe": decimal_a_texto(sum((i for i in importes if i is not None), Decimal(0))) if None not in importes else "",
            "usd_por_unidad": decimal_a_texto(tasa) if tasa is not None else "",
            "unidad_factura": unidades[0] if len(unidades) == 1 else "",
        }
    return {"moneda": "USD", "importe": "", "usd_por_unidad": "1", "unidad_factura": ""}


class PaginaCantidad(PaginaBase):
    pagina = Pagina.CANTIDAD

    def __init__(self, estado: EstadoAsistente, parent: QWidget | None = None):
        super().__init__(estado, parent)
        cats = estado.catalogos
        v = QVBoxLayout(self)
        v.setSpacing(10)
        self.nombres.update({"cantidad": self.tr("Cantidad"), "valor_usd": self.tr("Valor en dólares")})

        # -- field 2 ----------------------------------------------------------------------
        g2 = QGroupBox(self.tr("Campo 2 · Cantidad en la unidad de medida de la tarifa (UMT)"))
        f2 = QFormLayout(g2)
        f2.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.cantidad = QLineEdit()
        self.cantidad.setObjectName("cantidad")
        self.cantidad.setPlaceholderText("24500")
        self.cantidad.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.cantidad.setMaximumWidth(200)
        self.umt = QLabel()
        self.umt.setObjectName("umt")
        fila = QHBoxLayout()
        fila.addWidget(self.cantidad)
        fila.addWidget(self.umt)
        fila.addStretch(1)
        caja, self.marcas["cantidad"] = con_mensaje(_envolver(fila), self.cantidad)
        et = QLabel(self.tr("&Cantidad:"))
        et.setBuddy(self.cantidad)
        f2.addRow(et, caja)
        self.cantidad.textEdited.connect(lambda _t: self.editar(self._leer_cantidad))

        # converter from the invoice unit
        self.conv_cantidad = QLineEdit()
        self.conv_cantidad.setObjectName("cantidadFactura")
        self.conv_cantidad.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.conv_cantidad.setMaximumWidth(140)
        self.conv_cantidad.setPlaceholderText("24.5")
        self.conv_unidad = QComboBox()
        self.conv_unidad.setObjectName("unidadFactura")
        for u in UNIDADES_MASA:
            self.conv_unidad.addItem(f"{u} - {nombre_unidad(u)}", u)
        self.conv_boton = QPushButton(self.tr("Conver&tir"))
        self.conv_boton.setAutoDefault(False)
        self.conv_boton.clicked.connect(lambda: self.editar(self._convertir))
        fila_c = QHBoxLayout()
        fila_c.addWidget(self.conv_cantidad)
        fila_c.addWidget(self.conv_unidad)
        fila_c.addWidget(self.conv_boton)
        fila_c.addStretch(1)
        et_c = QLabel(self.tr("Cantidad en la &factura:"))
        et_c.setBuddy(self.conv_cantidad)
        f2.addRow(et_c, _envolver(fila_c))
        self.partidas = QListWidget()
        self.partidas.setObjectName("partidasFactura")
        self.partidas.setMaximumHeight(4 * self.partidas.fontMetrics().lineSpacing() + 12)
        self.partidas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.partidas.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.partidas.itemChanged.connect(lambda item: self.editar(lambda: self._vincular(item)))
        caja, self.marcas["partidas_factura"] = con_mensaje(self.partidas)
        self.nombres["partidas_factura"] = self.tr("Partidas de factura")
        self.lineas = ayuda("")
        self.lineas.setObjectName("lineasFactura")
        cuerpo = QWidget()
        cv = QVBoxLayout(cuerpo)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.setSpacing(2)
        cv.addWidget(caja)
        cv.addWidget(self.lineas)
        f2.addRow(self.tr("Partidas de factura:"), cuerpo)
        v.addWidget(g2)

        # -- field 3 ----------------------------------------------------------------------
        g3 = QGroupBox(self.tr("Campo 3 · Valor en dólares (sin fletes ni seguros)"))
        f3 = QFormLayout(g3)
        self.moneda = SelectorClave(cats.monedas)
        self.moneda.setObjectName("moneda")
        self.moneda.setMaximumWidth(320)
        et = QLabel(self.tr("&Moneda de la factura:"))
        et.setBuddy(self.moneda)
        f3.addRow(et, self.moneda)
        self.importe = QLineEdit()
        self.importe.setObjectName("importeMoneda")
        self.importe.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.importe.setMaximumWidth(200)
        self.importe.setPlaceholderText("15650.00")
        et = QLabel(self.tr("&Importe en esa moneda:"))
        et.setBuddy(self.importe)
        f3.addRow(et, self.importe)
        self.tasa = QLineEdit()
        self.tasa.setObjectName("usdPorUnidad")
        self.tasa.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tasa.setMaximumWidth(200)
        self.tasa.setPlaceholderText("1.0802")
        self.tasa_ayuda = QLabel()
        self.tasa_ayuda.setProperty("rol", "ayuda")
        fila_t = QHBoxLayout()
        fila_t.addWidget(self.tasa)
        fila_t.addWidget(self.tasa_ayuda, 1)
        et = QLabel(self.tr("&Dólares por unidad:"))
        et.setBuddy(self.tasa)
        f3.addRow(et, _envolver(fila_t))
        # the rate loaded for the month before the invoice (R8), and the button to apply it
        self.tasa_publicada = QLabel()
        self.tasa_publicada.setObjectName("tasaPublicada")
        self.tasa_publicada.setWordWrap(True)
        self.tasa_publicada.setTextFormat(Qt.TextFormat.PlainText)
        self.tasa_estado = QLabel()
        self.tasa_estado.setObjectName("tasaEstado")
        self.tasa_estado.setFont(estilo.fuente_negrita(self.tasa_estado.font()))
        self.usar_publicado = QPushButton(self.tr("Usar el tipo &publicado"))
        self.usar_publicado.setObjectName("usarTipoPublicado")
        self.usar_publicado.setAutoDefault(False)
        self.usar_publicado.setToolTip(self.tr("Poner en la calculadora y en la factura el tipo cargado para el mes anterior "
                                               "a la factura (regla R8)"))
        self.usar_publicado.clicked.connect(lambda: self.editar(self._usar_publicado))
        caja_p = QVBoxLayout()
        caja_p.setSpacing(4)
        caja_p.addWidget(self.tasa_publicada)
        fila_p = QHBoxLayout()
        fila_p.addWidget(self.usar_publicado)
        fila_p.addWidget(self.tasa_estado)
        fila_p.addStretch(1)
        caja_p.addLayout(fila_p)
        self.fila_publicada = _envolver(caja_p)
        self.fila_publicada.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.tasa_publicada.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.tasa_publicada.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.tasa_publicada.setMinimumWidth(520)  # a wrapped label sizes itself for its minimum width
        f3.addRow("", self.fila_publicada)
        self.calculo = QLabel()
        self.calculo.setObjectName("calculoValor")
        f3.addRow(self.tr("Conversión:"), self.calculo)
        for w in (self.importe, self.tasa):
            w.textEdited.connect(lambda _t: self.editar(self._leer_conversion))
        self.moneda.editado.connect(lambda: self.editar(self._leer_conversion))

        self.valor = QLineEdit()
        self.valor.setObjectName("valor_usd")
        self.valor.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.valor.setMaximumWidth(200)
        self.valor.setPlaceholderText("16905.00")
        fila_v = QHBoxLayout()
        fila_v.addWidget(self.valor)
        fila_v.addWidget(QLabel("USD"))
        fila_v.addStretch(1)
        caja, self.marcas["valor_usd"] = con_mensaje(_envolver(fila_v), self.valor)
        et = QLabel(self.tr("&Valor en dólares:"))
        et.setBuddy(self.valor)
        f3.addRow(et, caja)
        self.valor.textEdited.connect(lambda _t: self.editar(self._leer_valor))
        v.addWidget(g3)

        # -- unit price ----------------------------------------------------------------------
        gp = QGroupBox(self.tr("Precio unitario (VUCEM lo calcula: valor ÷ cantidad)"))
        fp = QFormLayout(gp)
        self.precio_umt = QLabel("—")
        self.precio_umt.setObjectName("precioUmt")
        self.precio_kg = QLabel("—")
        self.precio_kg.setObjectName("precioKg")
        self.precio_factura = QLabel("")
        self.precio_factura.setProperty("rol", "ayuda")
        fp.addRow(self.tr("En la unidad de la tarifa:"), self.precio_umt)
        fp.addRow(self.tr("Por kilogramo:"), self.precio_kg)
        fp.addRow("", self.precio_factura)
        v.addWidget(gp)
        v.addStretch(1)
        v.addWidget(self.panel)
        self.editable(self.partidas, self.cantidad, self.conv_cantidad, self.conv_unidad, self.conv_boton, self.moneda,
                      self.importe, self.tasa, self.valor, self.usar_publicado)

    def titulo(self) -> str:
        return self.tr("Cantidad y valor")

    def subtitulo(self) -> str:
        return self.tr("Campos 2 y 3. La cantidad va en la unidad de la tarifa; el valor, en dólares y sin fletes ni seguros.")

    def primer_campo(self) -> QWidget:
        return self.cantidad

    # -- load --------------------------------------------------------------------------------
    def cargar(self) -> None:
        a = self.estado.aviso
        self.cantidad.setText(a.invalidos.get("cantidad", numero_captura(a.cantidad)))
        self.valor.setText(a.invalidos.get("valor_usd", dinero_captura(a.valor_usd)))
        conv = conversion_del_aviso(self.estado)
        self.moneda.fijar_clave(conv.get("moneda", "USD"))
        self.importe.setText(conv.get("importe", ""))
        self.tasa.setText(conv.get("usd_por_unidad", ""))
        unidad = conv.get("unidad_factura", "")
        i = self.conv_unidad.findData(unidad or "TNE")
        self.conv_unidad.setCurrentIndex(max(0, i))
        self.conv_cantidad.setText(conv.get("cantidad_factura", ""))
        self._llenar_partidas()
        self._actualizar_vistas()

    # -- edits -------------------------------------------------------------------------------
    def _leer_cantidad(self) -> None:
        valor, crudo = decimal_o_crudo(self.cantidad.text())
        self.estado.aviso = con_invalido(self.estado.aviso, "cantidad", valor, crudo)
        self._actualizar_vistas()

    def _leer_valor(self) -> None:
        valor, crudo = decimal_o_crudo(self.valor.text())
        self.estado.aviso = con_invalido(self.estado.aviso, "valor_usd", valor, crudo)
        self._actualizar_vistas()

    def _guardar_conversion(self, **cambios: str) -> None:
        conv = conversion_del_aviso(self.estado)
        conv.update(cambios)
        self.estado.aviso = con_extra(self.estado.aviso, "conversion", {k: v for k, v in conv.items() if v})

    def _leer_conversion(self) -> None:
        self._guardar_conversion(moneda=self.moneda.clave(), importe=self.importe.text().strip(),
                                 usd_por_unidad=self.tasa.text().strip())
        calculado = self._valor_calculado()
        if calculado is not None:
            self.valor.setText(dinero_captura(calculado))
            self.estado.aviso = con_invalido(self.estado.aviso, "valor_usd", centavos(calculado), None)
        self._actualizar_vistas()

    def _convertir(self) -> None:
        cantidad, _ = decimal_o_crudo(self.conv_cantidad.text())
        unidad = self.conv_unidad.currentData()
        umt = umt_del_aviso(self.estado)
        if cantidad is None:
            self.conv_cantidad.setFocus()
            return
        try:
            resultado = Decimal(texto_numero(cantidad_umt(convertir(cantidad, unidad, umt))))
        except UnidadNoConvertible:
            return
        self.cantidad.setText(numero_captura(resultado))
        self.estado.aviso = con_invalido(self.estado.aviso, "cantidad", resultado, None)
        self._guardar_conversion(unidad_factura=unidad if unidad != umt else "",
                                 cantidad_factura=self.conv_cantidad.text().strip())
        self._actualizar_vistas()

    def tipo_publicado(self) -> tuple[TipoCambio | None, str, date, Factura | None]:
        """The rate loaded for the calculator's currency and the month before the invoice (R8):
        (rate or None, month ``AAAA-MM``, the date it is counted from, the notice's only invoice)."""
        moneda = self.moneda.clave() or "USD"
        facturas = {f.id: f for f, _ in self.estado.lineas_del_aviso()}
        f = next(iter(facturas.values())) if len(facturas) == 1 else None
        fecha = f.fecha if f is not None and f.fecha else self.estado.hoy()
        mes = mes_anterior(fecha)
        cat = self.estado.catalogos.tipos_cambio
        tc = cat.buscar(moneda, mes) if cat is not None and moneda != "USD" else None
        return tc, mes, fecha, f

    def _usar_publicado(self) -> None:
        tc, _mes, _fecha, f = self.tipo_publicado()
        if tc is None:
            return
        self.tasa.setText(decimal_a_texto(tc.usd_por_unidad))
        self._leer_conversion()
        if f is not None and f.moneda == tc.moneda and f.usd_por_unidad != tc.usd_por_unidad:
            self.estado.fijar_factura(con_invalido(f, "usd_por_unidad", tc.usd_por_unidad, None))
        self._actualizar_vistas()

    def _mostrar_tipo_publicado(self) -> None:
        moneda = self.moneda.clave() or "USD"
        if moneda == "USD":
            self.fila_publicada.hide()
            return
        self.fila_publicada.show()
        tc, mes, fecha, f = self.tipo_publicado()
        cuando = (self.tr("mes anterior a la factura del {fecha}").format(fecha=fecha_vista(fecha)) if f is not None
                  and f.fecha else self.tr("mes anterior a hoy, {fecha}").format(fecha=fecha_vista(fecha)))
        if tc is None:
            self.tasa_publicada.setText(self.tr(
                "No hay tipo de cambio de {moneda} cargado para {mes} ({cuando}). Cárguelo en la ventana principal: "
                "Herramientas ▸ Tipos de cambio.").format(moneda=moneda, mes=mes, cuando=cuando))
            self.tasa_publicada.setStyleSheet(f"color: {estilo.AMBAR_TEXTO};")
            self.usar_publicado.hide()
            self.tasa_estado.hide()
            self.fila_publicada.updateGeometry()
            return
        tasa, _ = decimal_o_crudo(self.tasa.text())
        valor = texto_numero(tc.usd_por_unidad.quantize(Decimal("0.000001"))) if tc.usd_por_unidad < 1 else \
            texto_numero(tc.usd_por_unidad)
        self.tasa_publicada.setStyleSheet("")
        self.tasa_publicada.setText(self.tr("Tipo publicado para {mes} ({cuando}): {valor} USD por {moneda}. Fuente: {fuente}.")
                                    .format(mes=mes, cuando=cuando, valor=valor, moneda=moneda,
                                            fuente=tc.fuente or self.tr("sin fuente")))
        usado = tasa == tc.usd_por_unidad
        self.tasa_estado.setText(self.tr("Es el que se usa.") if usado else self.tr("La tasa escrita es otra."))
        self.tasa_estado.setStyleSheet(f"color: {estilo.VERDE if usado else estilo.AMBAR_TEXTO};")
        self.tasa_estado.show()
        self.usar_publicado.setVisible(not usado)
        self.fila_publicada.updateGeometry()

    def _valor_calculado(self) -> Decimal | None:
        importe, _ = decimal_o_crudo(self.importe.text())
        tasa, _ = decimal_o_crudo(self.tasa.text())
        if importe is None or tasa is None:
            return None
        return importe * tasa

    # -- live views ----------------------------------------------------------------------------
    def _actualizar_vistas(self) -> None:
        a = self.estado.aviso
        umt = umt_del_aviso(self.estado)
        self.umt.setText(f"{umt} - {nombre_unidad(umt)}")
        moneda = self.moneda.clave() or "USD"
        self.tasa_ayuda.setText(
            self.tr("USD por 1 {moneda}; el tipo de cambio que publica Banco de México para el mes anterior a la factura.")
            .format(moneda=moneda) if moneda != "USD" else self.tr("Factura en dólares: 1."))
        self._mostrar_tipo_publicado()
        calc = self._valor_calculado()
        importe, _ = decimal_o_crudo(self.importe.text())
        tasa, _ = decimal_o_crudo(self.tasa.text())
        if calc is not None and importe is not None and tasa is not None:
            self.calculo.setText(self.tr("{importe} {moneda} × {tasa} USD/{moneda} = {valor} USD").format(
                importe=dinero_vista(importe), moneda=moneda, tasa=texto_numero(tasa), valor=dinero_vista(calc)))
        else:
            self.calculo.setText(self.tr("Escriba el importe y el tipo de cambio para calcular el valor."))
        # invoice lines linked to the notice
        lineas = self.estado.lineas_del_aviso()
        todas = self.estado.exp.partidas()
        self.partidas.setVisible(bool(todas))
        if not todas:
            self.lineas.setText(self.tr("El expediente no tiene facturas: el valor y el precio no se podrán comparar con "
                                        "la factura (R6). Importe el expediente con su factura."))
        elif lineas:
            total = sum((cantidad_umt(convertir(p.cantidad, p.unidad or umt, umt)) for _, p in lineas
                         if p.cantidad is not None and _convertible(p.unidad or umt, umt)), Decimal(0))
            self.lineas.setText(self.tr("Marcadas: {n} partida(s) = {cantidad} {umt}.").format(
                n=len(lineas), cantidad=numero_vista(total), umt=umt))
        else:
            self.lineas.setText(self.tr("Marque las partidas de la factura que ampara este aviso (barra espaciadora)."))
        # unit price
        precio = a.precio_unitario_usd
        if precio is not None:
            self.precio_umt.setText(f"{precio_texto(precio)} USD/{umt}")
            try:
                self.precio_kg.setText(f"{precio_texto(precio / factor(umt, 'KGM'))} USD/kg")
            except UnidadNoConvertible:
                self.precio_kg.setText(self.tr("no se puede expresar por kilogramo ({umt})").format(umt=umt))
        else:
            self.precio_umt.setText("—")
            self.precio_kg.setText("—")
        fact = [(f, p) for f, p in lineas if p.precio_unitario is not None]
        if fact:
            f, p = fact[0]
            self.precio_factura.setText(self.tr("Precio en la factura: {precio} {moneda}/{unidad}").format(
                precio=texto_numero(p.precio_unitario), moneda=f.moneda, unidad=p.unidad or umt))
        else:
            self.precio_factura.setText("")

    def recargar(self) -> None:
        super().recargar()
        self._actualizar_vistas()

    def _llenar_partidas(self) -> None:
        ligadas = set(self.estado.aviso.partidas_factura)
        umt = umt_del_aviso(self.estado)
        self.partidas.blockSignals(True)
        self.partidas.clear()
        for f, p in self.estado.exp.partidas():
            try:
                conv = f" = {numero_vista(cantidad_umt(convertir(p.cantidad, p.unidad or umt, umt)))} {umt}" \
                    if p.cantidad is not None and (p.unidad or umt) != umt else ""
            except UnidadNoConvertible:
                conv = ""
            importe = importe_partida(p)
            texto = "  ·  ".join(x for x in (
                f"{p.id} ({f.numero or f.id})", p.descripcion,
                f"{numero_vista(p.cantidad)} {p.unidad or umt}{conv}" if p.cantidad is not None else "",
                f"{dinero_vista(importe)} {f.moneda}" if importe is not None else "") if x)
            item = QListWidgetItem(texto)
            item.setToolTip(texto)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in ligadas else Qt.CheckState.Unchecked)
            self.partidas.addItem(item)
        self.partidas.blockSignals(False)

    def _vincular(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        a = self.estado.aviso
        ligadas = list(a.partidas_factura)
        if item.checkState() == Qt.CheckState.Checked and pid not in ligadas:
            ligadas.append(pid)
        elif item.checkState() != Qt.CheckState.Checked and pid in ligadas:
            ligadas.remove(pid)
        self.estado.aviso = replace(a, partidas_factura=tuple(ligadas))
        self._actualizar_vistas()


def _convertible(de: str, a: str) -> bool:
    try:
        factor(de, a)
        return True
    except UnidadNoConvertible:
        return False


def _envolver(layout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w

