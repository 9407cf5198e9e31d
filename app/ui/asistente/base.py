"""What every page of the notice wizard shares: its id, the state it edits, the field markers.

The wizard holds ONE mutable :class:`EstadoAsistente` (the expediente being edited and the id of
the notice); pages read their fields into it with ``dataclasses.replace`` and emit ``cambiado``.
The rules never run here: the wizard runs ``revisar`` and hands each page the findings, which
the page shows next to the fields they name (:func:`ubicar` decides where).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogos import Catalogos
from app.domain.hallazgos import Hallazgo
from app.domain.model import Aviso, Certificado, EstadoAviso, Expediente, Factura
from app.ui import estilo


class Pagina(IntEnum):
    """The wizard's steps, in VUCEM's order of the 12 fields. Stored as ``ultima_pagina``."""

    FRACCION = 0  # field 1
    CANTIDAD = 1  # fields 2 and 3
    PAISES = 2  # fields 4, 5 and 6
    CERTIFICADOS = 3  # fields 7 and 8
    FABRICANTE = 4  # fields 9 and 10
    DESCRIPCION = 5  # fields 11 and 12
    REVISION = 6


# Fields of a certificate that findings name (with ``Hallazgo.certificado`` set).
CAMPOS_CERTIFICADO = frozenset({
    "tipo", "numero", "fecha_expedicion", "volumen_kg", "pais", "coladas", "productor", "descripcion",
    "firma_sello_qr", "idioma", "traduccion",
})

# Fields of the notice (and of its invoice) -> the page that edits them.
PAGINA_DE_CAMPO: dict[str, Pagina] = {
    "fraccion": Pagina.FRACCION,
    "nico": Pagina.FRACCION,
    "cantidad": Pagina.CANTIDAD,
    "umt": Pagina.CANTIDAD,
    "valor_usd": Pagina.CANTIDAD,
    "partidas_factura": Pagina.CANTIDAD,
    "usd_por_unidad": Pagina.CANTIDAD,
    "moneda": Pagina.CANTIDAD,
    "fletes": Pagina.CANTIDAD,
    "seguros": Pagina.CANTIDAD,
    "fecha": Pagina.CANTIDAD,
    "pais_origen_acero": Pagina.PAISES,
    "pais_origen_mercancia": Pagina.PAISES,
    "pais_exportador": Pagina.PAISES,
    "certificados": Pagina.CERTIFICADOS,
    "fabricante": Pagina.FABRICANTE,
    "molino": Pagina.FABRICANTE,
    "descripcion": Pagina.DESCRIPCION,
    "observaciones": Pagina.DESCRIPCION,
}

# Invoice-level fields shown next to a notice field.
CAMPO_FACTURA_EN_AVISO = {"usd_por_unidad": "valor_usd", "moneda": "valor_usd", "fletes": "valor_usd",
                          "seguros": "valor_usd", "fecha": "valor_usd"}


@dataclass(frozen=True, slots=True)
class Ubicacion:
    pagina: Pagina
    campo: str  # a notice field, or a certificate field when ``certificado`` is set
    certificado: str | None = None


def ubicar(h: Hallazgo) -> Ubicacion:
    """Which page, field (and certificate) a finding belongs to."""
    if h.certificado:
        for c in h.campos:
            if c in CAMPOS_CERTIFICADO:
                return Ubicacion(Pagina.CERTIFICADOS, c, h.certificado)
    for c in h.campos:
        if h.factura and c in CAMPO_FACTURA_EN_AVISO:
            return Ubicacion(Pagina.CANTIDAD, CAMPO_FACTURA_EN_AVISO[c])
        if c in PAGINA_DE_CAMPO:
            return Ubicacion(PAGINA_DE_CAMPO[c], c)
    if h.certificado:
        return Ubicacion(Pagina.CERTIFICADOS, "certificados", h.certificado)
    return Ubicacion(Pagina.REVISION, "")


def ordenar(hallazgos: Iterable[Hallazgo]) -> list[Hallazgo]:
    """Errors first, then warnings; within each, in VUCEM field order."""
    return sorted(hallazgos, key=lambda h: (not h.es_error, int(ubicar(h).pagina)))


# ------------------------------------------------------------------------------------------
# the state the pages edit


@dataclass
class EstadoAsistente:
    exp: Expediente
    aviso_id: str
    catalogos: Catalogos
    hoy: Callable[[], date] = date.today
    solo_lectura: bool = False
    certificados_modificados: set[str] = field(default_factory=set)
    facturas_modificadas: set[str] = field(default_factory=set)
    aviso_modificado: bool = False

    @property
    def aviso(self) -> Aviso:
        a = self.exp.aviso(self.aviso_id)
        assert a is not None
        return a

    @aviso.setter
    def aviso(self, nuevo: Aviso) -> None:
        if nuevo != self.aviso:
            self.exp = self.exp.con_aviso(nuevo)
            self.aviso_modificado = True

    def fijar_certificado(self, cert: Certificado) -> None:
        if cert != self.exp.certificado(cert.id):
            self.exp = self.exp.con_certificado(cert)
            self.certificados_modificados.add(cert.id)

    def fijar_factura(self, factura: Factura) -> None:
        facturas = list(self.exp.facturas)
        for i, f in enumerate(facturas):
            if f.id == factura.id and f != factura:
                facturas[i] = factura
                self.exp = replace(self.exp, facturas=tuple(facturas))
                self.facturas_modificadas.add(factura.id)

    def certificados_del_aviso(self) -> list[Certificado]:
        return [c for c in (self.exp.certificado(i) for i in self.aviso.certificados) if c is not None]

    def lineas_del_aviso(self) -> list[tuple[Factura, Any]]:
        ids = set(self.aviso.partidas_factura)
        return [(f, p) for f, p in self.exp.partidas() if p.id in ids]

    def hay_cambios(self) -> bool:
        return self.aviso_modificado or bool(self.certificados_modificados) or bool(self.facturas_modificadas)

    def limpiar_cambios(self) -> None:
        self.aviso_modificado = False
        self.certificados_modificados.clear()
        self.facturas_modificadas.clear()

    @property
    def editable(self) -> bool:
        return not self.solo_lectura and self.aviso.estado not in (EstadoAviso.PRESENTADO, EstadoAviso.EMITIDO)


def con_invalido(rec: Any, campo: str, valor: Any, crudo: str | None) -> Any:
    """``rec`` with ``campo`` set to ``valor``; the raw text kept in ``invalidos`` when it did not parse."""
    invalidos = dict(rec.invalidos)
    if crudo is None:
        invalidos.pop(campo, None)
    else:
        invalidos[campo] = crudo
    return replace(rec, **{campo: valor, "invalidos": invalidos})


def con_extra(rec: Any, clave: str, valor: Any) -> Any:
    extra = dict(rec.extra)
    if valor in (None, {}, ""):
        extra.pop(clave, None)
    else:
        extra[clave] = valor
    return replace(rec, extra=extra)


# ------------------------------------------------------------------------------------------
# widgets: the message under a field, the findings panel of a page


class MarcaCampo:
    """Marks one field: red (error) or amber (warning) frame, an icon and the message under it."""

    def __init__(self, objetivo: QWidget, mensaje: QWidget, icono: QLabel, texto: QLabel):
        self.objetivo = objetivo
        self.mensaje = mensaje
        self.icono = icono
        self.texto = texto
        self.hallazgos: list[Hallazgo] = []

    def mostrar(self, hallazgos: list[Hallazgo], referencias: list[tuple[Hallazgo, str]] | None = None) -> None:
        """``hallazgos``: shown in full here. ``referencias``: findings shown under another field
        (named by the text) that also name this one: only the frame and a pointer."""
        referencias = referencias or []
        self.hallazgos = ordenar(hallazgos)
        todos = list(hallazgos) + [h for h, _ in referencias]
        sev = "" if not todos else ("error" if any(h.es_error for h in todos) else "aviso")
        if self.objetivo.property("hallazgo") != sev:
            self.objetivo.setProperty("hallazgo", sev)
            estilo.repulir(self.objetivo)
        if not todos:
            self.mensaje.hide()
            self.texto.clear()
            return
        self.icono.setPixmap(estilo.pixmap(sev, 16))
        self.texto.setProperty("rol", f"mensaje-{sev}")
        estilo.repulir(self.texto)
        lineas = [(h.es_error, h.mensaje) for h in self.hallazgos]
        vistos = set()
        for h, donde in referencias:
            if donde not in vistos:
                vistos.add(donde)
                lineas.append((h.es_error, QCoreApplication.translate("MarcaCampo", "Vea el mensaje junto a «{campo}».")
                               .format(campo=donde)))
        self.texto.setTextFormat(Qt.TextFormat.RichText)
        self.texto.setText("<br>".join(
            f"<span style='color:{estilo.ROJO_TEXTO if error else estilo.AMBAR_TEXTO}'>{html.escape(t)}</span>"
            for error, t in lineas))
        self.mensaje.show()

    @property
    def severidad(self) -> str:
        return str(self.objetivo.property("hallazgo") or "")


def con_mensaje(campo: QWidget, objetivo: QWidget | None = None) -> tuple[QWidget, MarcaCampo]:
    """``campo`` with room for a finding's message under it; ``objetivo`` gets the coloured frame."""
    caja = QWidget()
    v = QVBoxLayout(caja)
    v.setContentsMargins(0, 0, 0, 0)
    v.setSpacing(2)
    v.addWidget(campo)
    mensaje = QWidget()
    h = QHBoxLayout(mensaje)
    h.setContentsMargins(2, 0, 0, 2)
    h.setSpacing(6)
    icono = QLabel()
    icono.setFixedSize(16, 16)
    texto = QLabel()
    texto.setWordWrap(True)
    texto.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    texto.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    texto.setObjectName("mensajeCampo")
    h.addWidget(icono, 0, Qt.AlignmentFlag.AlignTop)
    h.addWidget(texto, 1)
    v.addWidget(mensaje)
    mensaje.hide()
    return caja, MarcaCampo(objetivo or campo, mensaje, icono, texto)


class PanelHallazgos(QFrame):
    """The findings of one page; activating one focuses its field."""

    elegido = Signal(object)  # Hallazgo

    def __init__(self, parent: QWidget | None = None, *, titulo: str = "", vacio: str = ""):
        super().__init__(parent)
        self.setObjectName("panelHallazgos")
        self._texto_vacio = vacio or self.tr("Sin errores ni advertencias en este paso.")
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 4, 0, 0)
        v.setSpacing(3)
        self.titulo = QLabel(titulo or self.tr("Revisión de este paso"))
        self.titulo.setFont(estilo.fuente_negrita(self.titulo.font()))
        v.addWidget(self.titulo)
        self.lista = QListWidget()
        self.lista.setObjectName("listaHallazgos")
        self.lista.setWordWrap(True)
        self.lista.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.lista.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.lista.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.lista.setMaximumHeight(132)
        self.lista.itemActivated.connect(self._activar)
        self.lista.itemClicked.connect(self._activar)
        v.addWidget(self.lista)
        self.hallazgos: list[Hallazgo] = []
        self._vacio = False

    def mostrar(self, hallazgos: list[Hallazgo]) -> None:
        self.hallazgos = ordenar(hallazgos)
        self.lista.clear()
        self._vacio = not self.hallazgos
        if not self.hallazgos:
            item = QListWidgetItem(estilo.icono("ok"), self._texto_vacio)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.lista.addItem(item)
        for h in self.hallazgos:
            item = QListWidgetItem(estilo.icono("error" if h.es_error else "aviso"), f"{h.mensaje}  [{h.regla}]")
            item.setData(Qt.ItemDataRole.UserRole, h)
            item.setToolTip(self.tr("Clic o Intro para ir al campo."))
            self.lista.addItem(item)
        filas = max(1, len(self.hallazgos))
        self.lista.setMaximumHeight(min(132, 14 + 40 * filas))

    def agregar(self, h: Hallazgo, prefijo: str = "") -> None:
        """Append one more finding (e.g. an expediente-level one) after those shown."""
        if self._vacio:
            self.lista.clear()
            self._vacio = False
        item = QListWidgetItem(estilo.icono("error" if h.es_error else "aviso"), f"{prefijo}{h.mensaje}  [{h.regla}]")
        item.setData(Qt.ItemDataRole.UserRole, h)
        self.lista.addItem(item)

    def _activar(self, item: QListWidgetItem) -> None:
        h = item.data(Qt.ItemDataRole.UserRole)
        if h is not None:
            self.elegido.emit(h)


def nota(texto: str, rol: str = "nota-info", icono_tipo: str = "info") -> QFrame:
    """A framed note with an icon (catalog disclaimers, explanations)."""
    marco = QFrame()
    marco.setProperty("rol", rol)
    h = QHBoxLayout(marco)
    h.setContentsMargins(8, 6, 8, 6)
    h.setSpacing(8)
    ic = QLabel()
    ic.setPixmap(estilo.pixmap(icono_tipo, 18))
    ic.setFixedSize(18, 18)
    h.addWidget(ic, 0, Qt.AlignmentFlag.AlignTop)
    et = QLabel(texto)
    et.setWordWrap(True)
    et.setObjectName("textoNota")
    et.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    h.addWidget(et, 1)
    marco.texto = et  # type: ignore[attr-defined]
    return marco


def ayuda(texto: str) -> QLabel:
    et = QLabel(texto)
    et.setWordWrap(True)
    et.setProperty("rol", "ayuda")
    return et


class PaginaBase(QWidget):
    """One step of the wizard. Subclasses build fields, load them and read them back."""

    cambiado = Signal()
    ir_a = Signal(object, str, object)  # Pagina, campo, certificado id: a finding was activated

    pagina: Pagina

    def __init__(self, estado: EstadoAsistente, parent: QWidget | None = None):
        super().__init__(parent)
        self.estado = estado
        self.marcas: dict[str, MarcaCampo] = {}
        self.nombres: dict[str, str] = {}  # field -> its label, for pointers between fields
        self._cargando = False
        self.panel = PanelHallazgos()
        self.panel.elegido.connect(self._hallazgo_elegido)

    # -- for subclasses -------------------------------------------------------------------
    def titulo(self) -> str:
        raise NotImplementedError

    def subtitulo(self) -> str:
        return ""

    def titulo_corto(self) -> str:
        """For the list of steps."""
        return self.titulo()

    def cargar(self) -> None:
        """Fill the fields from ``self.estado`` (no ``cambiado`` is emitted)."""

    def primer_campo(self) -> QWidget | None:
        return None

    def widget_de(self, campo: str, certificado: str | None = None) -> QWidget | None:
        m = self.marcas.get(campo)
        return m.objetivo if m else None

    # -- shared behaviour ------------------------------------------------------------------
    def recargar(self) -> None:
        self._cargando = True
        try:
            self.cargar()
            self.fijar_solo_lectura(not self.estado.editable)
        finally:
            self._cargando = False

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        for w in self.findChildren(QWidget):
            if w.property("editable_aviso"):
                w.setEnabled(not solo_lectura)

    def editable(self, *ws: QWidget) -> None:
        for w in ws:
            w.setProperty("editable_aviso", True)

    def editar(self, funcion: Callable[[], None]) -> None:
        """Run a field handler unless the page is loading; then tell the wizard."""
        if self._cargando or not self.estado.editable:
            return
        antes = self.estado.exp
        funcion()
        if self.estado.exp is not antes:  # records are replaced only when a value really changed
            self.cambiado.emit()

    def mostrar_hallazgos(self, hallazgos: list[Hallazgo]) -> None:
        """``hallazgos``: the findings located on this page."""
        self.marcar(self.marcas, [h for h in hallazgos
                                  if not (ubicar(h).certificado and ubicar(h).campo in CAMPOS_CERTIFICADO)])
        self.panel.mostrar(hallazgos)

    def marcar(self, marcas: dict[str, MarcaCampo], hallazgos: list[Hallazgo]) -> None:
        """Each finding in full under the first of its fields that this page has; the other
        fields it names get the frame and a pointer to it."""
        completos: dict[str, list[Hallazgo]] = {}
        refs: dict[str, list[tuple[Hallazgo, str]]] = {}
        for h in hallazgos:
            propios = [c for c in h.campos if c in marcas]
            if not propios:
                u = ubicar(h)
                propios = [u.campo] if u.campo in marcas else []
            if not propios:
                continue
            completos.setdefault(propios[0], []).append(h)
            for otro in propios[1:]:
                refs.setdefault(otro, []).append((h, self.nombres.get(propios[0], propios[0])))
        for campo, marca in marcas.items():
            marca.mostrar(completos.get(campo, []), refs.get(campo, []))

    def enfocar(self, campo: str, certificado: str | None = None) -> None:
        w = self.widget_de(campo, certificado)
        if w is not None:
            w.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hallazgo_elegido(self, h: Hallazgo) -> None:
        u = ubicar(h)
        self.ir_a.emit(u.pagina, u.campo, u.certificado)


def tr(contexto: str, texto: str) -> str:
    return QCoreApplication.translate(contexto, texto)


def poner_texto(campo: Any, texto: str) -> None:
    """Set a line edit's text showing its beginning (not its end, as ``setText`` leaves it)."""
    if campo.text() != texto:
        campo.setText(texto)
    campo.setCursorPosition(0)


def ajustar_formularios(raiz: QWidget) -> None:
    """Same look for every form: fields grow to the available width, labels a step apart."""
    for form in raiz.findChildren(QFormLayout):
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
