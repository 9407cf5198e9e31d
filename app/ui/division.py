"""From invoice to notices: the split rule R4 asks for, shown as a proposal the clerk reviews.

``proponer_avisos`` runs on the invoice lines that no live notice covers yet (of one invoice, or
of the whole expediente). The table shows each proposed notice with *why it is a separate one*;
below, the lines left out and the reason. «Crear avisos» saves the chosen drafts in one
transaction (``Almacen.crear_avisos``), which gives each a clave no notice of the expediente
uses, including those in the recycle bin.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.conversion import UnidadNoConvertible, convertir, precio_texto
from app.domain.division import Propuesta, proponer_avisos
from app.domain.model import Aviso, Expediente
from app.store import ErrorAlmacen
from app.ui import dialogos, estilo
from app.ui.formato import dinero_vista, fraccion_vista, numero_vista
from app.ui.servicios import Servicios
from app.ui.tablas import tabla_de_lectura


def lineas_libres(exp: Expediente, factura_id: str | None = None) -> tuple[Expediente, list[tuple[str, str]]]:
    """The expediente with only the invoice lines no live notice covers (of ``factura_id``, or all)
    and no notices; and the lines left out because a notice already covers them (id, notice)."""
    cubiertas = {p: a.id for a in exp.avisos for p in a.partidas_factura}
    facturas = []
    ya: list[tuple[str, str]] = []
    for f in exp.facturas:
        if factura_id is not None and f.id != factura_id:
            continue
        libres = []
        for p in f.partidas:
            if p.id in cubiertas:
                ya.append((p.id, cubiertas[p.id]))
            else:
                libres.append(p)
        facturas.append(replace(f, partidas=tuple(libres)))
    return replace(exp, facturas=tuple(facturas), avisos=()), ya


class DialogoPropuesta(QDialog):
    creados = Signal(list)  # ids of the notices created

    COLUMNAS = 9

    def __init__(self, servicios: Servicios, expediente_id: int, *, factura_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.expediente_id = expediente_id
        self.factura_id = factura_id
        self.creados_ids: list[str] = []
        self.setObjectName("dialogoPropuesta")
        self.setSizeGripEnabled(True)
        exp = servicios.almacen.cargar_expediente(expediente_id)
        self.exp = exp
        libre, self.ya_cubiertas = lineas_libres(exp, factura_id)
        self.propuesta: Propuesta = proponer_avisos(libre, servicios.catalogos)
        factura = next((f for f in exp.facturas if f.id == factura_id), None)
        if factura is not None:
            self.setWindowTitle(self.tr("Avisos propuestos para la factura {numero}").format(numero=factura.numero or factura.id))
        else:
            self.setWindowTitle(self.tr("Avisos propuestos para el expediente"))

        v = QVBoxLayout(self)
        explicacion = QLabel(self.tr(
            "La regla R4 pide un aviso por cada combinación de fracción arancelaria, país de origen, precio unitario y "
            "certificado. Estos son los avisos que necesitan las partidas que todavía no están en un aviso. Desmarque los "
            "que no quiera crear; los demás se crean como borradores para completarlos en el asistente."))
        explicacion.setWordWrap(True)
        v.addWidget(explicacion)

        self.tabla = tabla_de_lectura("tablaPropuesta", [
            self.tr("Crear"), self.tr("Fracción"), self.tr("País de origen"), self.tr("Certificado"), self.tr("Cantidad"),
            self.tr("Valor USD"), self.tr("Precio USD/kg"), self.tr("Partidas"), self.tr("Por qué va separado")],
            seleccion=QAbstractItemView.SelectionMode.ExtendedSelection)
        et = QLabel(self.tr("A&visos propuestos (barra espaciadora marca o desmarca):"))
        et.setBuddy(self.tabla)
        et.setFont(estilo.fuente_negrita(et.font()))
        v.addWidget(et)
        v.addWidget(self.tabla, 1)
        self.tabla.itemChanged.connect(lambda _i: self._actualizar_boton())

        et_fuera = QLabel(self.tr("Partidas que quedan &fuera:"))
        et_fuera.setFont(estilo.fuente_negrita(et_fuera.font()))
        self.fuera = QListWidget()
        self.fuera.setObjectName("partidasFuera")
        self.fuera.setWordWrap(True)
        et_fuera.setBuddy(self.fuera)
        self.fuera.setMaximumHeight(120)
        v.addWidget(et_fuera)
        v.addWidget(self.fuera)
        self.resumen = QLabel()
        self.resumen.setObjectName("resumenPropuesta")
        self.resumen.setWordWrap(True)
        v.addWidget(self.resumen)

        self.botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.boton_crear = self.botones.button(QDialogButtonBox.StandardButton.Ok)
        self.boton_crear.setObjectName("crearAvisos")
        self.botones.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.botones.accepted.connect(self.crear)
        self.botones.rejected.connect(self.reject)
        v.addWidget(self.botones)
        self._llenar()
        self.resize(1180, 620)

    def _llenar(self) -> None:
        certs = {c.id: c for c in self.exp.certificados}
        paises = self.servicios.catalogos.paises
        self.tabla.blockSignals(True)
        self.tabla.setRowCount(len(self.propuesta.avisos))
        for i, a in enumerate(self.propuesta.avisos):
            marca = QTableWidgetItem()
            marca.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            marca.setCheckState(Qt.CheckState.Checked)
            marca.setData(Qt.ItemDataRole.UserRole, a.id)
            c = certs.get(a.certificados[0]) if a.certificados else None
            try:
                precio = precio_texto(a.valor_usd / convertir(a.cantidad, a.umt or "KGM", "KGM")) \
                    if a.valor_usd is not None and a.cantidad else ""
            except UnidadNoConvertible:
                precio = ""
            pais = a.pais_origen_mercancia
            if pais and paises is not None and paises.nombre(pais):
                pais = f"{pais} - {paises.nombre(pais)}"
            textos = [
                fraccion_vista(a.fraccion, a.nico) or self.tr("(sin fracción)"), pais or self.tr("(sin país)"),
                (c.numero or c.id) if c else self.tr("(sin certificado)"),
                f"{numero_vista(a.cantidad)} {a.umt}", dinero_vista(a.valor_usd), precio,
                ", ".join(a.partidas_factura), self.propuesta.motivos.get(a.id, ""),
            ]
            self.tabla.setItem(i, 0, marca)
            for j, t in enumerate(textos, start=1):
                item = QTableWidgetItem(t)
                if j in (4, 5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if j == self.COLUMNAS - 1:
                    item.setToolTip(t)
                self.tabla.setItem(i, j, item)
        self.tabla.blockSignals(False)
        self.tabla.resizeRowsToContents()
        if self.propuesta.avisos:
            self.tabla.setCurrentCell(0, 0)  # Space on the first column marks or unmarks the row
        self.fuera.clear()
        for o in self.propuesta.omitidas:
            self.fuera.addItem(QListWidgetItem(estilo.icono("aviso"), self.tr("{partida}: {motivo}.").format(
                partida=o.partida, motivo=o.motivo)))
        for pid, aviso in self.ya_cubiertas:
            self.fuera.addItem(QListWidgetItem(estilo.icono("info"), self.tr("{partida}: ya está en el aviso {aviso}.").format(
                partida=pid, aviso=aviso)))
        if not self.fuera.count():
            self.fuera.addItem(QListWidgetItem(estilo.icono("ok"), self.tr("Ninguna: todas las partidas van en un aviso.")))
        self._actualizar_boton()

    def resizeEvent(self, e) -> None:  # noqa: N802 - Qt API: the reasons wrap to the new width
        super().resizeEvent(e)
        self.tabla.resizeRowsToContents()

    def showEvent(self, e) -> None:  # noqa: N802 - Qt API
        super().showEvent(e)
        self.tabla.resizeRowsToContents()

    def elegidos(self) -> list[Aviso]:
        ids = {self.tabla.item(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(self.tabla.rowCount())
               if self.tabla.item(i, 0).checkState() == Qt.CheckState.Checked}
        return [a for a in self.propuesta.avisos if a.id in ids]

    def _actualizar_boton(self) -> None:
        n = len(self.elegidos())
        self.boton_crear.setEnabled(n > 0)
        self.boton_crear.setText(self.tr("&Crear {n} aviso(s)").format(n=n))
        total = sum((a.valor_usd for a in self.elegidos() if a.valor_usd is not None), Decimal(0))
        if not self.propuesta.avisos:
            self.resumen.setText(self.tr("No hay partidas nuevas que dividir: todas están en un aviso o quedaron fuera."))
        else:
            self.resumen.setText(self.tr("{n} de {total_avisos} aviso(s) elegidos, por {valor} USD.").format(
                n=n, total_avisos=len(self.propuesta.avisos), valor=dinero_vista(total)))

    def crear(self) -> None:
        elegidos = self.elegidos()
        if not elegidos:
            return
        try:
            creados = self.servicios.almacen.crear_avisos(self.expediente_id, elegidos)
        except ErrorAlmacen as e:
            dialogos.error(self, self.tr("No se crearon los avisos"), self.tr(
                "{error}\n\nNo se creó ninguno; el expediente quedó como estaba.").format(error=e))
            return
        self.creados_ids = [a.id for a in creados]
        self.creados.emit(self.creados_ids)
        self.accept()
