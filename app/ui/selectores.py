"""Searchable pickers over the catalogs, usable with the keyboard alone.

* :class:`SelectorClave`: countries, currencies, units. An editable combo box: type the key
  (``TUR``) or part of the name, with or without accents (``turquia``); the list filters as you
  type; Enter or Tab takes the highlighted entry; it shows ``TUR - TURQUÍA`` as VUCEM does.
* :func:`filtrar_fracciones`: digits with or without dots, or words.
* :func:`buscar_molinos`: fuzzy search (rapidfuzz) over ``Molino.etiqueta()``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QLineEdit, QWidget

from app.domain.catalogos import CatalogoClaves, CatalogoFracciones, CatalogoMolinos, Fraccion, Molino, normalizar

ROL_CLAVE = Qt.ItemDataRole.UserRole + 1
ROL_BUSQUEDA = Qt.ItemDataRole.UserRole + 2


class _FiltroPalabras(QSortFilterProxyModel):
    """Keeps the rows whose normalized text contains every word typed (or starts with the key)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._palabras: list[str] = []

    def fijar(self, texto: str) -> None:
        palabras = normalizar(texto).split()
        if palabras == self._palabras:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._palabras = palabras
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self._palabras = palabras
            self.invalidateFilter()

    def filterAcceptsRow(self, fila: int, padre: QModelIndex) -> bool:  # noqa: N802 - Qt API
        if not self._palabras:
            return True
        texto = self.sourceModel().index(fila, 0, padre).data(ROL_BUSQUEDA) or ""
        return all(p in texto for p in self._palabras)


_MODELOS: dict[tuple[int, bool], tuple[CatalogoClaves | None, QStandardItemModel, dict[str, str], dict[str, str]]] = {}


def _modelo_de(catalogo: CatalogoClaves | None, con_nombre: bool) -> tuple[QStandardItemModel, dict[str, str], dict[str, str]]:
    """One read-only item model per catalog, shared by every picker over it (built once)."""
    clave = (id(catalogo), con_nombre)
    guardado = _MODELOS.get(clave)
    if guardado is not None and guardado[0] is catalogo:
        return guardado[1], guardado[2], guardado[3]
    modelo = QStandardItemModel(QCoreApplication.instance())
    nombres: dict[str, str] = {}
    busqueda: dict[str, str] = {}
    for c in (catalogo.filas if catalogo else ()):
        it = QStandardItem(f"{c.clave} - {c.nombre}" if con_nombre else c.clave)
        texto = f"{normalizar(c.clave)} {normalizar(c.nombre)}"
        it.setData(c.clave, ROL_CLAVE)
        it.setData(texto, ROL_BUSQUEDA)
        modelo.appendRow(it)
        nombres[c.clave] = c.nombre
        busqueda[c.clave] = texto
    _MODELOS[clave] = (catalogo, modelo, nombres, busqueda)
    return modelo, nombres, busqueda


class SelectorClave(QComboBox):
    """Editable combo over a key -> name catalog. ``clave()`` is what goes into the record."""

    editado = Signal()  # the clerk changed the value (typing or choosing)

    def __init__(self, catalogo: CatalogoClaves | None, parent: QWidget | None = None, *, con_nombre: bool = True):
        super().__init__(parent)
        self._catalogo = catalogo
        self._con_nombre = con_nombre
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        modelo, self._nombres, self._busqueda = _modelo_de(catalogo, con_nombre)
        self.setModel(modelo)
        self._filtro = _FiltroPalabras(self)
        self._filtro.setSourceModel(modelo)
        comp = QCompleter(self._filtro, self)
        comp.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setMaxVisibleItems(12)
        comp.activated[QModelIndex].connect(self._elegido_en_lista)
        self._comp = comp
        # On the line edit, not through QComboBox.setCompleter: the combo would map the filtered
        # row back onto its own model and pick the wrong entry.
        self.lineEdit().setCompleter(comp)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Escriba la clave o el nombre"))
        self.lineEdit().textEdited.connect(self._tecleado)
        self.lineEdit().installEventFilter(self)
        comp.popup().installEventFilter(self)
        comp.popup().setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.lineEdit().editingFinished.connect(self._confirmar)
        self.activated.connect(lambda _i: self.editado.emit())

    # -- value -----------------------------------------------------------------------------
    def nombre(self, clave: str) -> str:
        return self._nombres.get(clave, "")

    def _resolver(self, texto: str) -> str:
        t = texto.strip()
        if not t:
            return ""
        m = re.match(r"^([A-Za-z0-9]{3})(\s*-.*)?$", t)
        if m and m.group(1).upper() in self._nombres:
            return m.group(1).upper()
        n = normalizar(t)
        exactos = [k for k, t in self._busqueda.items() if t.partition(" ")[2] == n]
        if len(exactos) == 1:
            return exactos[0]
        return t.upper()

    def clave(self) -> str:
        return self._resolver(self.currentText())

    def fijar_clave(self, clave: str) -> None:
        self.blockSignals(True)
        try:
            if clave in self._nombres:
                self.setCurrentIndex(self.findData(clave, ROL_CLAVE))
                self.setEditText(f"{clave} - {self._nombres[clave]}" if self._con_nombre else clave)
            else:
                self.setCurrentIndex(-1)
                self.setEditText(clave)
            self.lineEdit().setCursorPosition(0)
        finally:
            self.blockSignals(False)

    # -- typing ----------------------------------------------------------------------------
    def _tecleado(self, texto: str) -> None:
        self._filtro.fijar(texto)
        if texto.strip():
            self._comp.complete()
            QTimer.singleShot(0, self, self._resaltar_primero)  # after QLineEdit's own completion pass
        self.editado.emit()

    def _resaltar_primero(self) -> None:
        popup = self._comp.popup()
        modelo = self._comp.completionModel()
        if popup.isVisible() and modelo.rowCount() and not popup.currentIndex().isValid():
            popup.selectionModel().setCurrentIndex(modelo.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def eventFilter(self, objeto, evento) -> bool:  # noqa: N802 - Qt API
        """With the list open, Enter takes the highlighted entry (and stays), Tab takes it and
        moves on; Escape closes the list."""
        if evento.type() == QEvent.Type.KeyPress and self._comp.popup().isVisible():
            k = evento.key()
            if k in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._tomar_resaltado()
                self._cerrar_lista()
                if k in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    return True
                self.lineEdit().setFocus()
                return objeto is not self.lineEdit() and self._pasar_tab(evento)
        return super().eventFilter(objeto, evento)

    def _cerrar_lista(self) -> None:
        self._comp.popup().hide()
        # Some platforms (offscreen, some X11 window managers) activate the popup window
        # asynchronously; give the activation back to the form so typing goes on there.
        self.window().activateWindow()

    def _pasar_tab(self, evento) -> bool:
        self.focusNextPrevChild(evento.key() == Qt.Key.Key_Tab)
        return True

    def _tomar_resaltado(self) -> None:
        popup = self._comp.popup()
        indice = popup.currentIndex()
        modelo = self._comp.completionModel()
        if not indice.isValid() and modelo.rowCount():
            indice = modelo.index(0, 0)
        clave = indice.data(ROL_CLAVE) if indice.isValid() else None
        if clave and clave != self.clave():
            self.fijar_clave(clave)
            self.editado.emit()
        elif clave:
            self.fijar_clave(clave)

    def focusOutEvent(self, e) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(e)
        if e.reason() != Qt.FocusReason.PopupFocusReason:
            if self._comp.popup().isVisible():
                self._cerrar_lista()
            self._confirmar()

    def _elegido_en_lista(self, indice: QModelIndex) -> None:
        clave = indice.data(ROL_CLAVE)
        if clave:
            self.fijar_clave(clave)
            self.editado.emit()

    def _coincidencias(self, texto: str) -> list[str]:
        palabras = normalizar(texto).split()
        return [k for k, t in self._busqueda.items() if all(p in t for p in palabras)]

    def _confirmar(self) -> None:
        """Leaving the field: a unique match becomes the full ``KEY - NAME`` entry."""
        texto = self.currentText()
        clave = self._resolver(texto)
        if clave not in self._nombres and texto.strip():
            unicas = self._coincidencias(texto)
            if len(unicas) == 1:
                clave = unicas[0]
        if clave in self._nombres:
            anterior = self.currentText()
            self.fijar_clave(clave)
            if self.currentText() != anterior:
                self.editado.emit()


class CampoBusqueda(QLineEdit):
    """A search box over a result list: arrows move in the list, Enter takes the highlighted row.

    ``al_elegir()`` returns True when it took something (the Enter is consumed: the wizard stays
    on the page); otherwise Enter goes on to the dialog (next page)."""

    def __init__(self, vista: QAbstractItemView, al_elegir, parent: QWidget | None = None):
        super().__init__(parent)
        self._vista = vista
        self._al_elegir = al_elegir

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt API
        k = e.key()
        pasos = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
        if k in pasos:
            modelo = self._vista.model()
            if modelo is not None and modelo.rowCount():
                fila = self._vista.currentIndex().row()
                fila = max(0, min(modelo.rowCount() - 1, (fila if fila >= 0 else -1) + pasos[k]))
                indice = modelo.index(fila, 0)
                self._vista.setCurrentIndex(indice)
                self._vista.scrollTo(indice)
            e.accept()
            return
        if k in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._al_elegir():
            e.accept()
            return
        super().keyPressEvent(e)


# ------------------------------------------------------------------------------------------
# fraction search


def filtrar_fracciones(cat: CatalogoFracciones | None, consulta: str, limite: int = 400) -> list[Fraccion]:
    """Rows matching ``consulta``: digits (dots, dashes and spaces ignored) as a prefix of
    fraction+NICO, or words that must all appear in the description (accents ignored)."""
    if cat is None:
        return []
    q = consulta.strip()
    if not q:
        return list(cat.filas[:limite])
    digitos = re.sub(r"[\s.\-]", "", q)
    if digitos.isdigit():
        return [f for f in cat.filas if f.clave.startswith(digitos) or f.fraccion.startswith(digitos)][:limite]
    palabras = normalizar(q).split()
    out = []
    for f in cat.filas:
        texto = normalizar(f"{f.fraccion} {f.texto_completo()}")
        if all(p in texto for p in palabras):
            out.append(f)
            if len(out) >= limite:
                break
    return out


# ------------------------------------------------------------------------------------------
# mill search


def buscar_molinos(cat: CatalogoMolinos | None, consulta: str, limite: int = 8) -> list[tuple[Molino, float]]:
    """The best matches of ``consulta`` in the SE mill catalog, with their score (0-100)."""
    if cat is None or not cat.filas:
        return []
    q = consulta.strip()
    if not q:
        return [(m, 0.0) for m in cat.filas[:limite]]
    from rapidfuzz import fuzz, process, utils

    etiquetas = [m.etiqueta() for m in cat.filas]
    resultados = process.extract(q, etiquetas, scorer=fuzz.WRatio, processor=utils.default_process,
                                 limit=limite, score_cutoff=55)
    return [(cat.filas[i], float(puntos)) for _, puntos, i in resultados]
