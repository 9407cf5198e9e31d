"""Read-only tables as the dialogs use them: one row selected at a time, text wrapped, one column
taking the spare width and the others sized to their contents."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def tabla_de_lectura(
    nombre: str,
    titulos: list[str],
    *,
    estirar: int = -1,
    seleccion: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
    ajustar_texto: bool = True,
    parent: QWidget | None = None,
) -> QTableWidget:
    """A table the clerk reads and selects rows of (never edits in place).

    ``estirar`` is the column that takes the spare width (-1: the last one)."""
    tabla = QTableWidget(0, len(titulos), parent)
    tabla.setObjectName(nombre)
    tabla.setHorizontalHeaderLabels(titulos)
    tabla.verticalHeader().hide()
    tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setSelectionMode(seleccion)
    tabla.setWordWrap(ajustar_texto)
    estirada = estirar % len(titulos)
    cabecera = tabla.horizontalHeader()
    for col in range(len(titulos)):
        modo = QHeaderView.ResizeMode.Stretch if col == estirada else QHeaderView.ResizeMode.ResizeToContents
        cabecera.setSectionResizeMode(col, modo)
    return tabla
