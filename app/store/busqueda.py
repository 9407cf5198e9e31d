"""Folded text for the main window's search: case- and accent-insensitive, computed on write.

Each table that the search looks at keeps a ``busqueda`` column with the folded text of the
columns the clerk searches (see ``COLUMNAS_*``), written together with the row. The list query
then only runs SQLite's ``instr`` (no Python per row), which keeps a search over 10,000
notices far below the list's time budget.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from app.domain.texto import plegar

COLUMNAS_AVISO = (
    "fraccion", "descripcion", "observaciones", "folio_vucem", "numero_aviso",
    "fabricante_nombre", "molino_clave", "molino_nombre",
)
COLUMNAS_CERTIFICADO = ("numero", "productor_nombre")  # + the heat numbers
COLUMNAS_FACTURA = ("numero", "proveedor")


def pliegue(texto: str | None) -> str:
    """``"Acería Yazıcı ÇELİK"`` -> ``"aceria yazici celik"`` (the domain's one folding)."""
    return plegar(texto)


def texto_busqueda(*partes: str | None) -> str:
    return pliegue("\n".join(p for p in partes if p))


def busqueda_aviso(fila: Mapping[str, Any]) -> str:
    """From the row values (column -> value) of a notice; a fraction is also findable without dots."""
    fraccion = fila.get("fraccion") or ""
    return texto_busqueda(*(fila.get(c) for c in COLUMNAS_AVISO), fraccion.replace(".", ""))


def busqueda_certificado(fila: Mapping[str, Any], coladas: tuple[str, ...] | list[str]) -> str:
    return texto_busqueda(*(fila.get(c) for c in COLUMNAS_CERTIFICADO), *coladas)


def busqueda_factura(fila: Mapping[str, Any]) -> str:
    return texto_busqueda(*(fila.get(c) for c in COLUMNAS_FACTURA))


def palabras(texto: str) -> list[str]:
    """The words of a query, folded; ``7214.20.99`` also as ``72142099``."""
    out = []
    for p in pliegue(texto).split():
        if re.fullmatch(r"\d{4}\.\d{2}(\.\d{2})?(\.\d{2})?", p):
            p = p.replace(".", "")
        out.append(p)
    return out
