"""The only place that reads and writes the user's settings (an INI file in the data folder).

Nothing else in the program creates a ``QSettings``: every setting has a method here, with its
default, so the list of what is remembered can be read in one screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

VERSION_AJUSTES = 1
IDIOMAS = ("es", "en")


class Ajustes:
    def __init__(self, ruta: Path):
        self.ruta = Path(ruta)
        self._s = QSettings(str(self.ruta), QSettings.Format.IniFormat)
        self._actualizar()

    def _actualizar(self) -> None:
        """Versioned upgrades of the settings file (none yet beyond stamping the version)."""
        version = int(self._s.value("general/version", 0) or 0)
        if version < VERSION_AJUSTES:
            self._s.setValue("general/version", VERSION_AJUSTES)

    # -- language -------------------------------------------------------------------------
    @property
    def idioma(self) -> str:
        valor = str(self._s.value("general/idioma", "es") or "es")
        return valor if valor in IDIOMAS else "es"

    @idioma.setter
    def idioma(self, valor: str) -> None:
        self._s.setValue("general/idioma", valor if valor in IDIOMAS else "es")

    # -- window geometry and splitter/header states ----------------------------------------
    def geometria(self, ventana: str) -> QByteArray | None:
        v = self._s.value(f"ventanas/{ventana}_geometria")
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def guardar_geometria(self, ventana: str, datos: QByteArray) -> None:
        self._s.setValue(f"ventanas/{ventana}_geometria", datos)

    def estado(self, nombre: str) -> QByteArray | None:
        v = self._s.value(f"estados/{nombre}")
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def guardar_estado(self, nombre: str, datos: QByteArray) -> None:
        self._s.setValue(f"estados/{nombre}", datos)

    # -- folders --------------------------------------------------------------------------
    @property
    def carpeta_archivos(self) -> str:
        """Last folder used to import or export an expediente file."""
        return str(self._s.value("archivos/carpeta", "") or "")

    @carpeta_archivos.setter
    def carpeta_archivos(self, valor: str) -> None:
        self._s.setValue("archivos/carpeta", valor)

    def sincronizar(self) -> None:
        self._s.sync()
