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

    @property
    def carpeta_documentos(self) -> str:
        """Last folder used for attachments, workbooks and PDF copies ("" = not chosen yet)."""
        return str(self._s.value("archivos/carpeta_documentos", "") or "")

    @carpeta_documentos.setter
    def carpeta_documentos(self, valor: str) -> None:
        self._s.setValue("archivos/carpeta_documentos", valor)

    # -- printing -----------------------------------------------------------------------
    @property
    def tamano_papel(self) -> str:
        """Paper of the printed checklist: ``carta`` (Letter, the usual size in Mexico) or ``a4``."""
        valor = str(self._s.value("impresion/papel", "carta") or "carta")
        return valor if valor in ("carta", "a4") else "carta"

    @tamano_papel.setter
    def tamano_papel(self, valor: str) -> None:
        self._s.setValue("impresion/papel", valor if valor in ("carta", "a4") else "carta")

    # -- what VUCEM accepts as an attachment ------------------------------------------------
    @property
    def limites_vucem(self):  # -> app.report.adjuntos.LimitesVucem
        """The attachment limits (size, dpi, grayscale, PDF version); VUCEM's defaults when not set."""
        from app.report.adjuntos import LimitesVucem

        base = LimitesVucem()
        try:
            max_bytes = int(self._s.value("anexos/max_bytes", base.max_bytes))
            dpi = int(self._s.value("anexos/dpi", base.dpi))
        except (TypeError, ValueError):
            return base
        grises = str(self._s.value("anexos/escala_grises", "true")).lower() in ("true", "1", "si", "yes")
        version = str(self._s.value("anexos/version_pdf", base.version_pdf) or base.version_pdf)
        if not (64 * 1024 <= max_bytes <= 1024 * 1024 * 1024) or not (72 <= dpi <= 1200):
            return base
        return LimitesVucem(max_bytes=max_bytes, dpi=dpi, escala_grises=grises, version_pdf=version)

    @limites_vucem.setter
    def limites_vucem(self, limites) -> None:  # noqa: ANN001 - LimitesVucem
        self._s.setValue("anexos/max_bytes", int(limites.max_bytes))
        self._s.setValue("anexos/dpi", int(limites.dpi))
        self._s.setValue("anexos/escala_grises", "true" if limites.escala_grises else "false")
        self._s.setValue("anexos/version_pdf", str(limites.version_pdf))

    # -- OCR ------------------------------------------------------------------------------
    @property
    def ruta_tesseract(self) -> str:
        """The Tesseract program chosen in Preferencias › OCR ("" = find it: bundled, TESSERACT_CMD, PATH)."""
        return str(self._s.value("ocr/tesseract", "") or "").strip()

    @ruta_tesseract.setter
    def ruta_tesseract(self, valor: str) -> None:
        self._s.setValue("ocr/tesseract", str(valor or "").strip())

    def sincronizar(self) -> None:
        self._s.sync()
