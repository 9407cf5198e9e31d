"""What the windows need from the rest of the program, built once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.catalog_files import EstadoCatalogo, cargar_catalogos
from app.domain.archivo import escribir_expediente
from app.domain.catalogos import Catalogos
from app.domain.model import Expediente
from app.paths import Paths
from app.ui.ajustes import Ajustes


@dataclass
class Servicios:
    paths: Paths
    almacen: Any  # app.store.Almacen (typed loosely: the UI only calls its public methods)
    catalogos: Catalogos
    ajustes: Ajustes
    estados_catalogos: list[EstadoCatalogo] = field(default_factory=list)
    hoy: Callable[[], date] = date.today

    def rescatar(self, exp: Expediente, nombre: str) -> Path | None:
        """Last resort when the database refuses a write: the expediente as a JSON file in
        ``rescate/`` of the data folder, so nothing typed is lost."""
        carpeta = self.paths.datos / "rescate"
        try:
            carpeta.mkdir(parents=True, exist_ok=True)
            ruta = carpeta / f"{nombre}-{datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
            ruta.write_text(escribir_expediente(exp), encoding="utf-8")
            return ruta
        except OSError:
            return None

    def recargar_catalogos(self) -> None:
        """Read every catalog again (after the clerk imported one or typed an exchange rate)."""
        self.catalogos, self.estados_catalogos = cargar_catalogos(self.paths)

    @property
    def ruta_mapeos(self) -> Path:
        """Where the invoice column mapping of each supplier is remembered."""
        return self.paths.datos / "mapeos_factura.json"
