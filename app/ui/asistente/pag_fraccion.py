"""Step 1 — field 1: tariff fraction and NICO, with a searchable catalog picker."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogos import Fraccion
from app.domain.conversion import nombre_unidad
from app.ui.asistente.base import EstadoAsistente, Pagina, PaginaBase, ayuda, con_mensaje, nota
from app.ui.formato import fecha_vista, fraccion_vista, solo_digitos
from app.ui.selectores import CampoBusqueda, filtrar_fracciones

_SIN_PADRE = QModelIndex()  # default "parent" of flat Qt models


class ModeloFracciones(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.filas: list[Fraccion] = []
        self._encabezados = [self.tr("Fracción"), self.tr("NICO"), self.tr("Descripción"), self.tr("UMT"),
                             self.tr("Certificado"), self.tr("Sujeta")]

    def fijar(self, filas: list[Fraccion]) -> None:
        self.beginResetModel()
        self.filas = filas
        self.endResetModel()

    def rowCount(self, parent=_SIN_PADRE) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.filas)

    def columnCount(self, parent=_SIN_PADRE) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._encabezados)

    def headerData(self, seccion, orientacion, rol=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientacion == Qt.Orientation.Horizontal and rol == Qt.ItemDataRole.DisplayRole:
            return self._encabezados[seccion]
        return None

    def data(self, indice, rol=Qt.ItemDataRole.DisplayRole):
        if not indice.isValid():
            return None
        f = self.filas[indice.row()]
        col = indice.column()
        if rol == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return fraccion_vista(f.fraccion)
            if col == 1:
                return f.nico
            if col == 2:
                if f.descripcion_fraccion and f.descripcion not in f.descripcion_fraccion:
                    return f"{f.descripcion_fraccion} › {f.descripcion}"
                return f.descripcion_fraccion or f.descripcion
            if col == 3:
                return f.umt
            if col == 4:
                return {"molino": self.tr("de molino"), "calidad": self.tr("de calidad")}.get(f.certificado, "")
            if col == 5:
                return {True: self.tr("Sí"), False: self.tr("No")}.get(f.sujeta, "?")  # type: ignore[arg-type]
        if rol == Qt.ItemDataRole.ToolTipRole:
            return f.texto_completo()
        return None


class PaginaFraccion(PaginaBase):
    pagina = Pagina.FRACCION

    def __init__(self, estado: EstadoAsistente, parent: QWidget | None = None):
        super().__init__(estado, parent)
        cat = estado.catalogos.fracciones
        v = QVBoxLayout(self)
        v.setSpacing(8)

        # catalog picker
        grupo = QGroupBox(self.tr("Catálogo de fracciones"))
        gv = QVBoxLayout(grupo)
        self.vista = QTableView()
        self.modelo = ModeloFracciones(self)
        self.vista.setModel(self.modelo)
        self.vista.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vista.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vista.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vista.verticalHeader().hide()
        self.vista.setAlternatingRowColors(True)
        self.vista.setWordWrap(True)
        self.vista.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Fixed sizes: nothing is measured row by row, so 400 rows cost what the visible ones cost.
        fm = self.vista.fontMetrics()
        filas = self.vista.verticalHeader()
        filas.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        filas.setDefaultSectionSize(2 * fm.lineSpacing() + 8)
        cab = self.vista.horizontalHeader()
        cab.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        anchos = {0: "7214.20.01__", 1: "NICO__", 3: "UMT__", 4: "Certificado__", 5: "Sujeta__"}
        for col, muestra in anchos.items():
            cab.resizeSection(col, fm.horizontalAdvance(muestra) + 12)
        cab.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.vista.doubleClicked.connect(lambda _i: self._tomar_seleccion())
        self.vista.activated.connect(lambda _i: self._tomar_seleccion())
        self.vista.setMinimumHeight(170)

        fila_busqueda = QHBoxLayout()
        et = QLabel(self.tr("&Buscar:"))
        self.buscador = CampoBusqueda(self.vista, self._tomar_seleccion)
        self.buscador.setObjectName("buscadorFraccion")
        self.buscador.setPlaceholderText(self.tr("Dígitos con o sin puntos (7214.20 o 721420) o palabras (varilla corrugada)"))
        self.buscador.setClearButtonEnabled(True)
        self.buscador.textChanged.connect(self._filtrar)
        et.setBuddy(self.buscador)
        fila_busqueda.addWidget(et)
        fila_busqueda.addWidget(self.buscador, 1)
        self.cuenta = QLabel()
        self.cuenta.setProperty("rol", "ayuda")
        fila_busqueda.addWidget(self.cuenta)
        gv.addLayout(fila_busqueda)
        gv.addWidget(ayuda(self.tr("Flechas para recorrer la lista; Intro toma la fracción resaltada.")))
        gv.addWidget(self.vista, 1)
        if cat is not None:
            vig = fecha_vista(cat.meta.vigencia) or self.tr("sin fecha")
            if cat.meta.oficial:
                texto = self.tr("Catálogo oficial {version} (vigencia {vigencia}).").format(version=cat.meta.version, vigencia=vig)
                gv.addWidget(nota(texto))
            else:
                texto = self.tr(
                    "Lista candidata NO oficial ({version}, {vigencia}): ayuda a encontrar la fracción, pero no es el "
                    "Anexo 2.2.1. Confirme que la fracción está sujeta al aviso en la publicación vigente del DOF o "
                    "importe la lista oficial en Preferencias ▸ Catálogos."
                ).format(version=cat.meta.version or "-", vigencia=vig)
                gv.addWidget(nota(texto, "nota-aviso", "aviso"))
        else:
            gv.addWidget(nota(self.tr("No hay catálogo de fracciones cargado: escriba la fracción y el NICO a mano."),
                              "nota-aviso", "aviso"))
        v.addWidget(grupo, 1)

        # the two fields and what the catalog says about them
        campos = QGroupBox(self.tr("Campo 1 de VUCEM"))
        grid = QGridLayout(campos)
        grid.setHorizontalSpacing(12)
        self.fraccion = QLineEdit()
        self.fraccion.setObjectName("fraccion")
        self.fraccion.setPlaceholderText("72142099")
        self.fraccion.setMaxLength(12)
        self.fraccion.setMaximumWidth(160)
        self.nico = QLineEdit()
        self.nico.setObjectName("nico")
        self.nico.setPlaceholderText("00")
        self.nico.setMaxLength(4)
        self.nico.setMaximumWidth(70)
        self.editable(self.fraccion, self.nico, self.buscador, self.vista)
        self.nombres.update({"fraccion": self.tr("Fracción arancelaria"), "nico": self.tr("NICO")})
        caja_f, self.marcas["fraccion"] = con_mensaje(self.fraccion)
        caja_n, self.marcas["nico"] = con_mensaje(self.nico)
        et_f = QLabel(self.tr("&Fracción arancelaria (8 dígitos):"))
        et_f.setBuddy(self.fraccion)
        et_n = QLabel(self.tr("N&ICO (2 dígitos):"))
        et_n.setBuddy(self.nico)
        fila = QHBoxLayout()
        fila.setSpacing(8)
        fila.addWidget(et_f)
        fila.addWidget(caja_f, 2)
        fila.addSpacing(16)
        fila.addWidget(et_n)
        fila.addWidget(caja_n, 1)
        fila.addStretch(1)
        grid.addLayout(fila, 0, 0, 1, 2)
        for w in (self.fraccion, self.nico):
            w.textEdited.connect(lambda _t: self.editar(self._leer))

        info = QFormLayout()
        info.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.descripcion = QLabel()
        self.descripcion.setWordWrap(True)
        self.descripcion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.descripcion.setObjectName("descripcionFraccion")
        self.umt = QLabel()
        self.umt.setObjectName("umtFraccion")
        self.certificado = QLabel()
        self.certificado.setWordWrap(True)
        self.certificado.setObjectName("certificadoFraccion")
        info.addRow(self.tr("Descripción en la tarifa:"), self.descripcion)
        info.addRow(self.tr("Unidad de medida de la tarifa (UMT):"), self.umt)
        info.addRow(self.tr("Certificado que pide la partida:"), self.certificado)
        grid.addLayout(info, 1, 0, 1, 2)
        v.addWidget(campos)
        v.addWidget(self.panel)
        self._filtrar("")
        self.setTabOrder(self.buscador, self.fraccion)
        self.setTabOrder(self.fraccion, self.nico)

    def titulo(self) -> str:
        return self.tr("Fracción arancelaria y NICO")

    def titulo_corto(self) -> str:
        return self.tr("Fracción y NICO")

    def subtitulo(self) -> str:
        return self.tr("Campo 1. Busque en el catálogo por número o por palabras, o escriba la fracción y el NICO.")

    def primer_campo(self) -> QWidget:
        return self.buscador if not self.estado.aviso.fraccion else self.fraccion

    # -- catalog search ----------------------------------------------------------------------
    def _filtrar(self, texto: str) -> None:
        filas = filtrar_fracciones(self.estado.catalogos.fracciones, texto)
        self.modelo.fijar(filas)
        total = len(self.estado.catalogos.fracciones.filas) if self.estado.catalogos.fracciones else 0
        self.cuenta.setText(self.tr("{n} de {total}").format(n=len(filas), total=total))
        if filas:
            self.vista.selectRow(0)

    def _tomar_seleccion(self) -> bool:
        """Take the highlighted row; False if there is none or it is already the notice's."""
        fila = self.vista.currentIndex().row()
        if fila < 0 or fila >= len(self.modelo.filas) or not self.estado.editable:
            return False
        f = self.modelo.filas[fila]
        a = self.estado.aviso
        if (a.fraccion, a.nico) == (f.fraccion, f.nico):
            return False
        self.fraccion.setText(f.fraccion)
        self.nico.setText(f.nico)
        self.editar(self._leer)
        return True

    # -- fields ------------------------------------------------------------------------------
    def cargar(self) -> None:
        a = self.estado.aviso
        self.fraccion.setText(a.invalidos.get("fraccion", a.fraccion))
        self.nico.setText(a.nico)
        self._describir()

    def _leer(self) -> None:
        a = self.estado.aviso
        fraccion = solo_digitos(self.fraccion.text())
        nico = solo_digitos(self.nico.text())
        cambios = {"fraccion": fraccion, "nico": nico}
        cat = self.estado.catalogos.fracciones
        umt = cat.umt(fraccion, nico) if cat and fraccion else None
        if umt:
            cambios["umt"] = umt
        self.estado.aviso = replace(a, **cambios)
        self._describir()

    def _describir(self) -> None:
        a = self.estado.aviso
        cat = self.estado.catalogos.fracciones
        fila = cat.buscar(a.fraccion, a.nico) if cat else None
        otras = cat.nicos(a.fraccion) if cat else ()
        if fila is not None:
            self.descripcion.setText(f"{fraccion_vista(fila.fraccion, fila.nico)}  {fila.texto_completo()}")
        elif otras:
            self.descripcion.setText(self.tr("{fraccion}: el NICO {nico} no está en el catálogo; NICO conocidos: {nicos}.").format(
                fraccion=fraccion_vista(a.fraccion), nico=a.nico or "—", nicos=", ".join(f.nico for f in otras)))
        elif a.fraccion:
            self.descripcion.setText(self.tr("La fracción no está en el catálogo cargado."))
        else:
            self.descripcion.setText(self.tr("Elija una fracción."))
        umt = a.umt or (fila.umt if fila else "")
        self.umt.setText(f"{umt} - {nombre_unidad(umt)}" if umt else "—")
        tipo = fila.certificado if fila and fila.certificado else ""
        if not tipo and len(a.fraccion) == 8 and a.fraccion.isdigit() and self.estado.catalogos.certificados:
            tipo, _ = self.estado.catalogos.certificados.tipo_requerido(int(a.fraccion[:4]), self.estado.hoy())
            tipo = tipo or ""
        if tipo:
            self.certificado.setText(
                self.tr("Certificado de molino (partida {partida})").format(partida=a.fraccion[:4]) if tipo == "molino"
                else self.tr("Certificado de calidad (partida {partida})").format(partida=a.fraccion[:4]))
        else:
            self.certificado.setText("—")
