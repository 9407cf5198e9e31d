"""Translatable names of domain values shown in the UI (status names, certificate types)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.model import EstadoAviso

_ESTADOS = {
    EstadoAviso.BORRADOR: lambda: QCoreApplication.translate("Estados", "Borrador"),
    EstadoAviso.LISTO: lambda: QCoreApplication.translate("Estados", "Listo"),
    EstadoAviso.PRESENTADO: lambda: QCoreApplication.translate("Estados", "Presentado"),
    EstadoAviso.EMITIDO: lambda: QCoreApplication.translate("Estados", "Emitido"),
    EstadoAviso.RECHAZADO: lambda: QCoreApplication.translate("Estados", "Rechazado"),
}


def nombre_estado(estado: EstadoAviso | str) -> str:
    try:
        return _ESTADOS[EstadoAviso(estado)]()
    except (ValueError, KeyError):
        return str(estado)
