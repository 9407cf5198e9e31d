"""Step 6 — fields 11 and 12: description of the goods (with a helper) and observations."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.conversion import UnidadNoConvertible, factor, precio_texto
from app.domain.descripcion import PartesDescripcion, componer_descripcion, nota_conversion
from app.ui.asistente.base import EstadoAsistente, Pagina, PaginaBase, ayuda, con_extra, con_mensaje
from app.ui.asistente.pag_cantidad import conversion_del_aviso, umt_del_aviso

# Suggestions in Spanish: they end up in the text typed into VUCEM, whatever the UI language.
PRODUCTOS = ["Varilla corrugada", "Alambrón", "Barra lisa", "Lámina rolada en caliente", "Lámina rolada en frío",
             "Lámina galvanizada", "Lámina prepintada", "Placa en rollo", "Placa", "Perfil estructural (viga IPR)",
             "Ángulo", "Tubo sin costura", "Tubo con costura", "Hojalata", "Alambre"]
TIPOS_ACERO = ["acero al carbono", "acero sin alear", "acero aleado", "acero inoxidable", "acero al boro"]
ACABADOS = ["sin recubrimiento", "laminado en caliente, sin recubrimiento", "laminado en frío", "decapado y aceitado",
            "galvanizado por inmersión en caliente", "galvalume (aluminio-zinc)", "prepintado", "pintado",
            "negro, sin acabado"]
ACCESORIOS = ["sin accesorios integrados"]


class PaginaDescripcion(PaginaBase):
    pagina = Pagina.DESCRIPCION

    def __init__(self, estado: EstadoAsistente, parent: QWidget | None = None):
        super().__init__(estado, parent)
        h = QHBoxLayout()
        h.setSpacing(14)
        self.nombres.update({"descripcion": self.tr("Descripción"), "observaciones": self.tr("Observaciones")})

        # -- helper --------------------------------------------------------------------------
        ga = QGroupBox(self.tr("Asistente de descripción"))
        fa = QFormLayout(ga)
        self.producto = self._combo("producto", PRODUCTOS)
        self.tipo_acero = self._combo("tipoAcero", TIPOS_ACERO)
        self.norma = QLineEdit()
        self.norma.setObjectName("norma")
        self.norma.setPlaceholderText("BS 4449 B500B, ASTM A653 SS33...")
        self.dimensiones = QLineEdit()
        self.dimensiones.setObjectName("dimensiones")
        self.dimensiones.setPlaceholderText(self.tr("25 mm x 14 m; 0.50 mm x 1220 mm en rollo"))
        self.acabado = self._combo("acabado", ACABADOS)
        self.accesorios = self._combo("accesorios", ACCESORIOS)
        for w in (self.norma, self.dimensiones):
            w.textEdited.connect(lambda _t: self.editar(self._leer_partes))
        for etiqueta, w in ((self.tr("&Producto:"), self.producto), (self.tr("&Tipo de acero:"), self.tipo_acero),
                            (self.tr("Nor&ma y grado:"), self.norma), (self.tr("D&imensiones:"), self.dimensiones),
                            (self.tr("Recubrimiento o a&cabado:"), self.acabado),
                            (self.tr("Acce&sorios integrados:"), self.accesorios)):
            et = QLabel(etiqueta)
            et.setBuddy(w)
            fa.addRow(et, w)
        self.precio = QLabel()
        self.precio.setObjectName("precioDescripcion")
        self.conversion = QLabel()
        self.conversion.setObjectName("conversionDescripcion")
        self.conversion.setWordWrap(True)
        fa.addRow(self.tr("Precio unitario:"), self.precio)
        fa.addRow(self.tr("Conversión de unidad:"), self.conversion)
        self.vista_previa = QLabel()
        self.vista_previa.setObjectName("vistaPrevia")
        self.vista_previa.setWordWrap(True)
        self.vista_previa.setProperty("rol", "ayuda")
        fa.addRow(self.tr("Quedaría:"), self.vista_previa)
        self.escribir = QPushButton(self.tr("&Escribir en la descripción"))
        self.escribir.setObjectName("escribirDescripcion")
        self.escribir.setAutoDefault(False)
        self.escribir.clicked.connect(lambda: self.editar(self._escribir))
        fa.addRow("", self.escribir)
        h.addWidget(ga, 1)

        # -- fields 11 and 12 -------------------------------------------------------------------
        derecha = QVBoxLayout()
        g11 = QGroupBox(self.tr("Campo 11 · Descripción de la mercancía"))
        v11 = QVBoxLayout(g11)
        self.descripcion = QPlainTextEdit()
        self.descripcion.setObjectName("descripcion")
        self.descripcion.setTabChangesFocus(True)
        self.descripcion.setMinimumHeight(110)
        self.descripcion.setPlaceholderText(self.tr("Tipo de acero, dimensiones, recubrimiento o acabado, accesorios y "
                                                    "precio unitario en USD/kg."))
        self.descripcion.textChanged.connect(lambda: self.editar(self._leer_textos))
        caja, self.marcas["descripcion"] = con_mensaje(self.descripcion)
        et = QLabel(self.tr("&Descripción (campo 11):"))
        et.setBuddy(self.descripcion)
        v11.addWidget(et)
        v11.addWidget(caja)
        self.cuenta = ayuda("")
        v11.addWidget(self.cuenta)
        derecha.addWidget(g11, 3)
        g12 = QGroupBox(self.tr("Campo 12 · Observaciones"))
        v12 = QVBoxLayout(g12)
        self.observaciones = QPlainTextEdit()
        self.observaciones.setObjectName("observaciones")
        self.observaciones.setTabChangesFocus(True)
        self.observaciones.setMaximumHeight(80)
        self.observaciones.setPlaceholderText(self.tr("Texto libre (opcional)."))
        self.observaciones.textChanged.connect(lambda: self.editar(self._leer_textos))
        caja, self.marcas["observaciones"] = con_mensaje(self.observaciones)
        et = QLabel(self.tr("&Observaciones (campo 12):"))
        et.setBuddy(self.observaciones)
        v12.addWidget(et)
        v12.addWidget(caja)
        derecha.addWidget(g12, 1)
        h.addLayout(derecha, 1)

        v = QVBoxLayout(self)
        v.setSpacing(8)
        v.addLayout(h, 1)
        v.addWidget(self.panel)
        self.editable(self.producto, self.tipo_acero, self.norma, self.dimensiones, self.acabado, self.accesorios,
                      self.escribir, self.descripcion, self.observaciones)
        orden = [self.producto, self.tipo_acero, self.norma, self.dimensiones, self.acabado, self.accesorios,
                 self.escribir, self.descripcion, self.observaciones]
        for a, b in zip(orden, orden[1:], strict=False):
            self.setTabOrder(a, b)

    def _combo(self, nombre: str, opciones: list[str]) -> QComboBox:
        c = QComboBox()
        c.setObjectName(nombre)
        c.setEditable(True)
        c.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        c.addItems(opciones)
        c.setCurrentIndex(-1)
        c.lineEdit().textEdited.connect(lambda _t: self.editar(self._leer_partes))
        c.activated.connect(lambda _i: self.editar(self._leer_partes))
        return c

    def titulo(self) -> str:
        return self.tr("Descripción y observaciones")

    def titulo_corto(self) -> str:
        return self.tr("Descripción")

    def subtitulo(self) -> str:
        return self.tr("Campos 11 y 12. La descripción debe decir tipo de acero, dimensiones, acabado, accesorios y el "
                       "precio unitario en USD/kg.")

    def primer_campo(self) -> QWidget:
        return self.producto if not self.estado.aviso.descripcion else self.descripcion

    # -- load ----------------------------------------------------------------------------------
    def cargar(self) -> None:
        a = self.estado.aviso
        partes = PartesDescripcion.desde(a.extra.get("asistente_descripcion"))
        for combo, valor in ((self.producto, partes.producto), (self.tipo_acero, partes.tipo_acero),
                             (self.acabado, partes.acabado), (self.accesorios, partes.accesorios)):
            combo.setEditText(valor)
        self.norma.setText(partes.norma)
        self.dimensiones.setText(partes.dimensiones)
        if self.descripcion.toPlainText() != a.descripcion:
            self.descripcion.setPlainText(a.descripcion)
        if self.observaciones.toPlainText() != a.observaciones:
            self.observaciones.setPlainText(a.observaciones)
        self._vista()

    # -- helper --------------------------------------------------------------------------------
    def _partes(self) -> PartesDescripcion:
        return PartesDescripcion(
            producto=self.producto.currentText().strip(), tipo_acero=self.tipo_acero.currentText().strip(),
            norma=self.norma.text().strip(), dimensiones=self.dimensiones.text().strip(),
            acabado=self.acabado.currentText().strip(), accesorios=self.accesorios.currentText().strip())

    def _precio_kg(self) -> Decimal | None:
        precio = self.estado.aviso.precio_unitario_usd
        if precio is None:
            return None
        try:
            return precio / factor(umt_del_aviso(self.estado), "KGM")
        except UnidadNoConvertible:
            return None

    def _unidades_factura(self) -> list[str]:
        unidades = [p.unidad for _, p in self.estado.lineas_del_aviso() if p.unidad]
        conv = conversion_del_aviso(self.estado).get("unidad_factura", "")
        return unidades or ([conv] if conv else [])

    def _texto_propuesto(self) -> str:
        return componer_descripcion(self._partes(), self._precio_kg(), self._unidades_factura(), umt_del_aviso(self.estado))

    def _leer_partes(self) -> None:
        self.estado.aviso = con_extra(self.estado.aviso, "asistente_descripcion", self._partes().a_dict())
        self._vista()

    def _escribir(self) -> None:
        self._leer_partes()
        self.descripcion.setPlainText(self._texto_propuesto())  # textChanged saves it
        self.descripcion.setFocus()

    def _leer_textos(self) -> None:
        self.estado.aviso = replace(self.estado.aviso, descripcion=self.descripcion.toPlainText().strip(),
                                    observaciones=self.observaciones.toPlainText().strip())
        self._vista()

    def _vista(self) -> None:
        precio = self._precio_kg()
        self.precio.setText(f"{precio_texto(precio)} USD/kg" if precio is not None else
                            self.tr("falta la cantidad o el valor (paso 2)"))
        nota = nota_conversion(self._unidades_factura(), umt_del_aviso(self.estado))
        self.conversion.setText(nota or self.tr("no aplica: la factura está en la unidad de la tarifa"))
        self.vista_previa.setText(self._texto_propuesto() or "—")
        self.cuenta.setText(self.tr("{n} caracteres").format(n=len(self.descripcion.toPlainText())))

    def recargar(self) -> None:
        super().recargar()
        self._vista()
