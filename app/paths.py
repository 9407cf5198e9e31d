"""Where the application keeps its files: one immutable :class:`Paths` value.

Order of precedence for the data directory: ``--data-dir`` on the command line, then the
``AAIPS_DATA_DIR`` environment variable, then the per-user data directory of the operating
system (platformdirs: ``%LOCALAPPDATA%\\AsistenteAAIPS`` on Windows,
``~/.local/share/asistente-aaips`` on Linux). Nothing is ever written inside the program's own
folder, so the same code runs from source and from an installed bundle.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_ID

ENV_DATA_DIR = "AAIPS_DATA_DIR"


def _raiz_programa() -> Path:
    """Folder that holds ``catalogs/`` and ``resources/``: the source tree or the frozen bundle."""
    congelado = getattr(sys, "_MEIPASS", None)
    if congelado:
        return Path(congelado)
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Paths:
    datos: Path
    programa: Path

    @classmethod
    def resolver(cls, data_dir: str | os.PathLike[str] | None = None) -> Paths:
        elegido = data_dir or os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP_ID, appauthor=False)
        return cls(datos=Path(elegido).expanduser().resolve(), programa=_raiz_programa())

    # -- user data (writable) ----------------------------------------------------------
    @property
    def base_datos(self) -> Path:
        return self.datos / "aaips.sqlite3"

    @property
    def respaldos(self) -> Path:
        return self.datos / "respaldos"

    @property
    def catalogos_usuario(self) -> Path:
        """Catalogs the clerk imported; a file here replaces the bundled one of the same name."""
        return self.datos / "catalogos"

    @property
    def documentos(self) -> Path:
        """Content-addressed copies of certificate PDFs and other attachments."""
        return self.datos / "documentos"

    @property
    def plantillas(self) -> Path:
        return self.datos / "plantillas"

    @property
    def configuracion(self) -> Path:
        return self.datos / "configuracion.ini"

    # -- program files (read-only) -------------------------------------------------------
    @property
    def catalogos_incluidos(self) -> Path:
        return self.programa / "catalogs"

    @property
    def recursos(self) -> Path:
        return self.programa / "resources"

    def crear(self) -> Paths:
        """Create the writable folders (idempotent) and return self."""
        for d in (self.datos, self.respaldos, self.catalogos_usuario, self.documentos, self.plantillas):
            d.mkdir(parents=True, exist_ok=True)
        return self
