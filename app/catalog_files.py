"""Finding, loading and replacing the catalog files.

The bundled catalogs live in ``catalogs/`` of the program; a catalog the clerk imports is
validated, then copied (atomically) to the data directory's ``catalogos/`` folder, where it
takes precedence over the bundled file of the same name. A catalog that fails to load is
reported by name and the others still load, so one bad file never stops the application.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from app.domain.catalogos import ATRIBUTO, LECTORES, Catalogos, ErrorCatalogo, Metadatos
from app.paths import Paths

NOMBRES = tuple(LECTORES)


@dataclass(frozen=True, slots=True)
class EstadoCatalogo:
    nombre: str
    archivo: Path | None
    meta: Metadatos | None
    importado: bool  # True when the clerk's own file replaced the bundled one
    error: str = ""


def _archivo(paths: Paths, nombre: str) -> tuple[Path | None, bool]:
    propio = paths.catalogos_usuario / f"{nombre}.csv"
    if propio.is_file():
        return propio, True
    incluido = paths.catalogos_incluidos / f"{nombre}.csv"
    return (incluido, False) if incluido.is_file() else (None, False)


def _leer_texto(ruta: Path) -> str:
    datos = ruta.read_bytes()
    for codificacion in ("utf-8-sig", "cp1252"):  # Excel on Windows saves CSV as cp1252
        try:
            return datos.decode(codificacion)
        except UnicodeDecodeError:
            continue
    raise ErrorCatalogo(f"El archivo {ruta.name} no es texto UTF-8 ni Windows-1252.")


def cargar_catalogos(paths: Paths) -> tuple[Catalogos, list[EstadoCatalogo]]:
    """Load every catalog; returns the catalogs and, per catalog, where it came from or its error."""
    catalogos = Catalogos()
    estados = []
    for nombre, lector in LECTORES.items():
        ruta, importado = _archivo(paths, nombre)
        if ruta is None:
            estados.append(EstadoCatalogo(nombre, None, None, False, "no hay archivo"))
            continue
        try:
            cat = lector(_leer_texto(ruta))
        except (ErrorCatalogo, OSError) as e:
            estados.append(EstadoCatalogo(nombre, ruta, None, importado, str(e)))
            continue
        catalogos = replace(catalogos, **{ATRIBUTO[nombre]: cat})
        estados.append(EstadoCatalogo(nombre, ruta, cat.meta, importado))
    return catalogos, estados


def importar_catalogo(paths: Paths, nombre: str, origen: Path) -> Metadatos:
    """Validate ``origen`` as catalog ``nombre`` and install it for this user."""
    if nombre not in LECTORES:
        raise ErrorCatalogo(f"«{nombre}» no es un catálogo; los catálogos son: {', '.join(NOMBRES)}.")
    try:
        texto = _leer_texto(origen)
    except OSError as e:
        raise ErrorCatalogo(f"No se pudo leer {origen}: {e.strerror or e}.") from None
    cat = LECTORES[nombre](texto)
    if not getattr(cat, "filas", None) and not getattr(cat, "rangos", None) and nombre != "tipos_cambio":
        raise ErrorCatalogo(f"El archivo {origen.name} no tiene filas; no se reemplazó el catálogo de {nombre}.")
    paths.catalogos_usuario.mkdir(parents=True, exist_ok=True)
    destino = paths.catalogos_usuario / f"{nombre}.csv"
    fd, tmp = tempfile.mkstemp(dir=paths.catalogos_usuario, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(texto)
        os.replace(tmp, destino)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return cat.meta


def restaurar_catalogo(paths: Paths, nombre: str) -> bool:
    """Remove the clerk's own file so the bundled catalog applies again."""
    propio = paths.catalogos_usuario / f"{nombre}.csv"
    if propio.is_file():
        propio.unlink()
        return True
    return False
