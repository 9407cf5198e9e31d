"""The main window's list of notices: a Qt table model over ``Almacen.listar_avisos``.

Rows are fetched in pages of :data:`TAM_PAGINA` as the view scrolls (``canFetchMore`` /
``fetchMore``), so a database of 10,000 notices opens as fast as one of ten: only the rows that
can be seen are ever read, as light :class:`FilaAviso` records, never whole expedientes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.domain.model import EstadoAviso
from app.store import FilaAviso, FiltroAvisos
from app.ui import estilo
from app.ui.formato import dinero_vista, fecha_vista, fraccion_vista, numero_vista
from app.ui.nombres import nombre_estado

TAM_PAGINA = 200
ROL_FILA = Qt.ItemDataRole.UserRole + 10

_SIN_PADRE = QModelIndex()  # default "parent" of flat Qt models


class Columna(IntEnum):
    EXPEDIENTE = 0
    AVISO = 1
    ESTADO = 2
    FRACCION = 3
    CANTIDAD = 4
    VALOR = 5
    PROVEEDOR = 6
    CERTIFICADOS = 7
    FECHA_CERTIFICADO = 8
    FOLIO = 9
    MODIFICADO = 10


@dataclass(frozen=True)
class Consulta:
    filtro: FiltroAvisos
    papelera: bool = False


class ModeloAvisos(QAbstractTableModel):
    def __init__(self, almacen: Any, parent=None):
        super().__init__(parent)
        self.almacen = almacen
        self.consulta = Consulta(FiltroAvisos())
        self.filas: list[FilaAviso] = []
        self.total = 0
        self._agotado = True
        self._titulos = {
            Columna.EXPEDIENTE: self.tr("Expediente"),
            Columna.AVISO: self.tr("Aviso"),
            Columna.ESTADO: self.tr("Estado"),
            Columna.FRACCION: self.tr("Fracción"),
            Columna.CANTIDAD: self.tr("Cantidad"),
            Columna.VALOR: self.tr("Valor USD"),
            Columna.PROVEEDOR: self.tr("Proveedor"),
            Columna.CERTIFICADOS: self.tr("Certificados"),
            Columna.FECHA_CERTIFICADO: self.tr("Fecha cert."),
            Columna.FOLIO: self.tr("Folio / núm. aviso"),
            Columna.MODIFICADO: self.tr("Modificado"),
        }
        self._negrita = QFont()
        self._negrita.setBold(True)

    # -- loading --------------------------------------------------------------------------
    def consultar(self, consulta: Consulta) -> None:
        self.consulta = consulta
        self.recargar(conservar=False)

    def recargar(self, conservar: bool = True) -> None:
        """Read again from the database; ``conservar`` keeps as many rows loaded as before."""
        cuantas = max(TAM_PAGINA, len(self.filas)) if conservar else TAM_PAGINA
        self.beginResetModel()
        if self.consulta.papelera:
            self.filas = list(self.almacen.avisos_eliminados())
            self.total = len(self.filas)
            self._agotado = True
        else:
            self.filas = list(self.almacen.listar_avisos(self.consulta.filtro, desde=0, limite=cuantas))
            self._agotado = len(self.filas) < cuantas
            self.total = len(self.filas) if self._agotado else self.almacen.contar_avisos(self.consulta.filtro)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = _SIN_PADRE) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._agotado

    def fetchMore(self, parent: QModelIndex = _SIN_PADRE) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self._agotado:
            return
        nuevas = self.almacen.listar_avisos(self.consulta.filtro, desde=len(self.filas), limite=TAM_PAGINA)
        if len(nuevas) < TAM_PAGINA:
            self._agotado = True
        if not nuevas:
            return
        self.beginInsertRows(QModelIndex(), len(self.filas), len(self.filas) + len(nuevas) - 1)
        self.filas.extend(nuevas)
        self.endInsertRows()

    # -- look-ups -------------------------------------------------------------------------
    def fila(self, i: int) -> FilaAviso | None:
        return self.filas[i] if 0 <= i < len(self.filas) else None

    def buscar(self, expediente_id: int, clave: str) -> int | None:
        for i, f in enumerate(self.filas):
            if f.expediente_id == expediente_id and f.clave == clave:
                return i
        return None

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = _SIN_PADRE) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.filas)

    def columnCount(self, parent: QModelIndex = _SIN_PADRE) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Columna)

    def headerData(self, seccion: int, orientacion: Qt.Orientation, rol: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientacion == Qt.Orientation.Horizontal:
            if rol == Qt.ItemDataRole.DisplayRole:
                if seccion == Columna.MODIFICADO and self.consulta.papelera:
                    return self.tr("Eliminado")
                return self._titulos[Columna(seccion)]
            if rol == Qt.ItemDataRole.TextAlignmentRole and seccion in (Columna.CANTIDAD, Columna.VALOR):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, indice: QModelIndex, rol: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not indice.isValid():
            return None
        f = self.filas[indice.row()]
        col = Columna(indice.column())
        if rol == Qt.ItemDataRole.DisplayRole:
            return self._texto(f, col)
        if rol == ROL_FILA:
            return f
        if rol == Qt.ItemDataRole.TextAlignmentRole:
            if col in (Columna.CANTIDAD, Columna.VALOR):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if rol == Qt.ItemDataRole.ForegroundRole and col == Columna.ESTADO:
            return QColor(estilo.COLOR_ESTADO.get(str(f.estado), estilo.GRIS))
        if rol == Qt.ItemDataRole.FontRole and col == Columna.ESTADO and f.estado in (EstadoAviso.EMITIDO, EstadoAviso.RECHAZADO):
            return self._negrita
        if rol == Qt.ItemDataRole.ToolTipRole:
            if col == Columna.PROVEEDOR and f.proveedores:
                return "\n".join(f.proveedores)
            if col == Columna.CERTIFICADOS and f.certificados:
                return "\n".join(f.certificados)
            return f.descripcion or None
        return None

    def _texto(self, f: FilaAviso, col: Columna) -> str:
        if col == Columna.EXPEDIENTE:
            return f.expediente_nombre
        if col == Columna.AVISO:
            return f.clave
        if col == Columna.ESTADO:
            return nombre_estado(f.estado)
        if col == Columna.FRACCION:
            return fraccion_vista(f.fraccion, f.nico) if f.fraccion else ""
        if col == Columna.CANTIDAD:
            return f"{numero_vista(f.cantidad)} {f.umt or 'KGM'}" if f.cantidad is not None else ""
        if col == Columna.VALOR:
            return dinero_vista(f.valor_usd)
        if col == Columna.PROVEEDOR:
            return ", ".join(f.proveedores)
        if col == Columna.CERTIFICADOS:
            return ", ".join(f.certificados)
        if col == Columna.FECHA_CERTIFICADO:
            return fecha_vista(f.fecha_certificado)
        if col == Columna.FOLIO:
            return f.numero_aviso or f.folio_vucem
        if col == Columna.MODIFICADO:
            cuando = f.eliminado_en if self.consulta.papelera and f.eliminado_en else f.actualizado_en
            return cuando.astimezone().strftime("%d/%m/%Y %H:%M") if cuando else ""
        return ""
