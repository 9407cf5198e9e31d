"""What changes when a catalog file replaces another: rows added, removed and changed.

Pure Python. The preview the clerk sees before applying a new catalog (``fracciones``,
``molinos``, ``paises``...) is built from :func:`comparar_catalogos`; applying it is
:func:`app.catalog_files.importar_catalogo`.

Rows are matched by the key columns of each catalog (:data:`CLAVES`): ``fraccion`` + ``nico``
for fractions, ``clave`` for mills, countries, currencies and units, ``moneda`` + ``mes`` for
exchange rates. Keys are compared without case and surrounding spaces (fractions by their digits,
``7214.20.99`` = ``72142099``); values are compared after trimming and collapsing spaces, so a
change of case in a name *is* a change. Only the columns both files have are compared; a column
only one of them has is reported once in ``columnas_agregadas`` / ``columnas_quitadas``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .catalogos import Metadatos, leer_csv

CLAVES: dict[str, tuple[str, ...]] = {
    "fracciones": ("fraccion", "nico"),
    "certificado_por_partida": ("vigente_desde", "tipo", "partida_desde", "partida_hasta"),
    "paises": ("clave",),
    "monedas": ("clave",),
    "unidades": ("clave",),
    "molinos": ("clave",),
    "tipos_cambio": ("moneda", "mes"),
}

Fila = Mapping[str, str]


@dataclass(frozen=True, slots=True)
class CambioFila:
    """A row present in both files whose values differ in ``campos``."""

    clave: tuple[str, ...]
    antes: Fila
    despues: Fila
    campos: tuple[str, ...]

    def etiqueta(self) -> str:
        return " ".join(self.clave)


@dataclass(frozen=True, slots=True)
class DiferenciaCatalogo:
    catalogo: str
    meta_actual: Metadatos | None
    meta_nueva: Metadatos | None
    agregadas: tuple[Fila, ...] = ()
    eliminadas: tuple[Fila, ...] = ()
    cambiadas: tuple[CambioFila, ...] = ()
    iguales: int = 0
    columnas_agregadas: tuple[str, ...] = ()
    columnas_quitadas: tuple[str, ...] = ()
    duplicadas: tuple[tuple[str, ...], ...] = ()  # keys repeated in the new file (the last row counts)

    @property
    def hay_cambios(self) -> bool:
        return bool(self.agregadas or self.eliminadas or self.cambiadas or self.columnas_agregadas or self.columnas_quitadas)

    def resumen(self) -> str:
        """One Spanish sentence for the preview: ``3 filas nuevas, 1 eliminada, 2 con cambios, 400 iguales.``"""
        def n(k: int, singular: str, plural: str) -> str:
            return f"{k} {singular if k == 1 else plural}"

        partes = [
            n(len(self.agregadas), "fila nueva", "filas nuevas"),
            n(len(self.eliminadas), "eliminada", "eliminadas"),
            n(len(self.cambiadas), "con cambios", "con cambios"),
            n(self.iguales, "igual", "iguales"),
        ]
        texto = ", ".join(partes) + "."
        if self.columnas_agregadas:
            texto += f" Columnas nuevas: {', '.join(self.columnas_agregadas)}."
        if self.columnas_quitadas:
            texto += f" Columnas que ya no vienen: {', '.join(self.columnas_quitadas)}."
        if self.duplicadas:
            texto += f" {n(len(self.duplicadas), 'clave repetida', 'claves repetidas')} en el archivo nuevo (cuenta la última)."
        return texto


def _limpio(valor: str | None) -> str:
    return re.sub(r"\s+", " ", (valor or "").strip())


def clave_de(catalogo: str, fila: Fila, columnas: Sequence[str]) -> tuple[str, ...]:
    """The normalised key of ``fila``."""
    partes = []
    for c in columnas:
        v = _limpio(fila.get(c)).upper()
        if catalogo == "fracciones" and c == "fraccion":
            v = re.sub(r"\D", "", v)
        elif catalogo == "fracciones" and c == "nico":
            v = re.sub(r"\D", "", v).zfill(2)
        partes.append(v)
    return tuple(partes)


def comparar_filas(
    catalogo: str,
    actuales: Sequence[Fila],
    nuevas: Sequence[Fila],
    columnas: Sequence[str],
    clave: Sequence[str] | None = None,
) -> tuple[tuple[Fila, ...], tuple[Fila, ...], tuple[CambioFila, ...], int, tuple[tuple[str, ...], ...]]:
    """Compare two lists of rows on ``columnas``: (added, removed, changed, equal, repeated keys)."""
    clave = tuple(clave or CLAVES.get(catalogo, ("clave",)))
    antes: dict[tuple[str, ...], Fila] = {}
    for f in actuales:
        antes[clave_de(catalogo, f, clave)] = f
    despues: dict[tuple[str, ...], Fila] = {}
    duplicadas: list[tuple[str, ...]] = []
    for f in nuevas:
        k = clave_de(catalogo, f, clave)
        if k in despues and k not in duplicadas:
            duplicadas.append(k)
        despues[k] = f
    agregadas = tuple(f for k, f in despues.items() if k not in antes)
    eliminadas = tuple(f for k, f in antes.items() if k not in despues)
    cambiadas = []
    iguales = 0
    for k, nueva in despues.items():
        vieja = antes.get(k)
        if vieja is None:
            continue
        campos = tuple(c for c in columnas if c not in clave and _limpio(vieja.get(c)) != _limpio(nueva.get(c)))
        if campos:
            cambiadas.append(CambioFila(k, vieja, nueva, campos))
        else:
            iguales += 1
    return agregadas, eliminadas, tuple(cambiadas), iguales, tuple(duplicadas)


def comparar_catalogos(catalogo: str, texto_actual: str | None, texto_nuevo: str) -> DiferenciaCatalogo:
    """Compare the catalog in use (``texto_actual``; None if there is none) with a new file.

    Both texts are in the catalog format (``# clave: valor`` comments, header, rows). Raises
    :class:`~app.domain.catalogos.ErrorCatalogo` if the new text lacks the key columns.
    """
    clave = CLAVES.get(catalogo, ("clave",))
    nueva = leer_csv(texto_nuevo, catalogo, clave)
    if texto_actual is None:
        agregadas, _, _, _, duplicadas = comparar_filas(catalogo, (), nueva.filas, nueva.columnas, clave)
        return DiferenciaCatalogo(catalogo, None, nueva.meta, agregadas=agregadas, duplicadas=duplicadas)
    actual = leer_csv(texto_actual, catalogo, clave)
    comunes = [c for c in nueva.columnas if c in actual.columnas]
    agregadas, eliminadas, cambiadas, iguales, duplicadas = comparar_filas(catalogo, actual.filas, nueva.filas, comunes, clave)
    return DiferenciaCatalogo(
        catalogo=catalogo,
        meta_actual=actual.meta,
        meta_nueva=nueva.meta,
        agregadas=agregadas,
        eliminadas=eliminadas,
        cambiadas=cambiadas,
        iguales=iguales,
        columnas_agregadas=tuple(c for c in nueva.columnas if c and c not in actual.columnas),
        columnas_quitadas=tuple(c for c in actual.columnas if c and c not in nueva.columnas),
        duplicadas=duplicadas,
    )
