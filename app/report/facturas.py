"""Importing the lines of a commercial invoice from an Excel workbook (.xlsx) or a CSV file.

The pipeline, each step a plain function the GUI can show and let the clerk correct::

    tabla = leer_tabla(ruta)                        # cells of one sheet, merged cells filled
    fila = detectar_encabezado(tabla)               # which row holds the column titles
    mapeo = proponer_mapeo(tabla, fila)             # which column is each field, with confidence
    r = importar_partidas(tabla, mapeo, fila_encabezado=fila, prefijo_id="F1-")
    r.partidas, r.errores, r.avisos, r.omitidas     # lines kept, rows refused, notes, rows skipped

:func:`importar_archivo` runs the four steps (and the per-supplier memory of mappings,
:class:`MemoriaMapeos`) in one call.

Reading
    ``.xlsx``/``.xlsm`` with openpyxl in read-only mode (values of formulas as Excel last
    saved them). Read-only mode gives a merged cell's value only in its top-left cell, so the
    merged ranges are read from the sheet and the value is copied to every cell of the range
    (:attr:`Tabla.copias` remembers which cells are copies). A number column whose value is a
    copy from another row (an amount merged over several lines) is refused for those rows,
    since the amount would be counted twice. ``.csv``/``.txt``: encoding UTF-8 (with or
    without BOM), else Windows-1252; delimiter ``,`` ``;`` tab or ``|``, the one that splits
    the lines into the most consistent number of columns. Old ``.xls``, password-protected,
    corrupt or empty files raise :class:`ErrorArchivo`, whose ``str()`` says what to do.

Numbers (the rule, for cells stored as text; real Excel numbers are taken as they are)
    - Spaces, currency codes and symbols (``USD``, ``US$``, ``$``, ``€``...) are ignored;
      ``(1,234.00)`` is negative; ``-``, ``n/a`` and empty cells are "no value".
    - With both ``.`` and ``,`` the one that comes **last** is the decimal separator:
      ``1.234,56`` and ``1,234.56`` are both 1234.56.
    - One separator repeated (``1,234,567`` / ``1.234.567``) separates thousands.
    - One separator once is a decimal separator when it is not followed by exactly three
      digits (``12,5``, ``0.75``), or when the integer part is ``0`` or longer than three
      digits (``0,750``, ``1234.567``).
    - Otherwise (``24,500``, ``24.500``) it is ambiguous and the file's convention decides:
      first the other cells of the same column that are not ambiguous, then those of the
      other number columns, then the CSV delimiter (``;`` means decimal comma); with no
      evidence at all the point is decimal and the comma separates thousands (``24,500`` =
      24500; ``24.500`` = 24.5). :attr:`ResultadoImportacion.convencion` reports the choice.
    - Anything else in a number column (``abc``, ``12 kg 5``) is an error of that row.
      A quantity may carry its unit (``24.5 MT``); the unit is then taken from the cell.

Rows
    Blank rows, rows repeating the header, totals rows (a cell starting with *Total*,
    *Subtotal*, *Total general*, *Grand total*, *Suma*..., or a row with amounts but no
    description, fraction or unit price) and text-only rows are skipped and listed in
    ``omitidas``; a text-only row right below a line continues its description. A row with
    an error (missing quantity, text in a number column...) is left out and listed in
    ``errores``; every other row is kept.

Values
    Units are normalised to UN/ECE codes (kg/kgs -> ``KGM``, t/mt/ton/tonnes -> ``TNE``,
    lb/lbs -> ``LBR``, pcs/pza -> ``H87``...). Fractions lose their dots; ten digits are split
    into fraction and NICO. Countries become ISO alpha-3 (``China`` / ``CN`` -> ``CHN``). The
    certificate number of a line goes to ``extra["certificado_factura"]``:
    :func:`vincular_certificados` links it to a certificate of the expediente.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.domain.catalogos import Catalogos, normalizar
from app.domain.model import Certificado, Partida

# ------------------------------------------------------------------------------------------
# errors


class ErrorArchivo(Exception):
    """A file that cannot be read; ``str()`` is a Spanish sentence saying what to do."""

    def __init__(self, archivo: str | os.PathLike[str], problema: str, que_hacer: str = "", *, detalle: str = ""):
        self.archivo = str(archivo)
        self.problema = problema
        self.que_hacer = que_hacer
        self.detalle = detalle  # technical cause, for the log; not shown to the clerk
        nombre = Path(self.archivo).name or self.archivo
        texto = f"No se pudo leer «{nombre}»: {problema}"
        if que_hacer:
            texto += f" {que_hacer}"
        super().__init__(texto)


class ErrorEncabezado(ErrorArchivo):
    """No row of the sheet looks like the column titles of an invoice."""


class ErrorMapeo(ValueError):
    """The mapping lacks a column the import needs; ``str()`` says which."""


# ------------------------------------------------------------------------------------------
# the table


def letra_columna(col: int) -> str:
    """``0`` -> ``A``, ``26`` -> ``AA`` (0-based column index to spreadsheet letters)."""
    n = col + 1
    letras = ""
    while n:
        n, r = divmod(n - 1, 26)
        letras = chr(65 + r) + letras
    return letras


@dataclass(frozen=True, slots=True)
class Tabla:
    """The cells of one sheet (or of a CSV file), row by row, 0-based.

    ``filas[i][j]`` is the value of Excel row ``i + 1``, column ``letra_columna(j)``: ``None``,
    ``str`` (stripped, never empty), ``int``, ``float``, ``Decimal``, ``bool`` or ``datetime``.
    Rows are padded with ``None`` to the same width. ``copias`` maps each cell that got its value
    from a merged range to the range's top-left cell.
    """

    filas: tuple[tuple[Any, ...], ...]
    hoja: str = ""
    hojas: tuple[str, ...] = ()
    archivo: str = ""
    delimitador: str = ""  # CSV only
    copias: Mapping[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    @property
    def ancho(self) -> int:
        return len(self.filas[0]) if self.filas else 0

    def valor(self, fila: int, col: int) -> Any:
        if 0 <= fila < len(self.filas) and 0 <= col < len(self.filas[fila]):
            return self.filas[fila][col]
        return None

    def texto(self, fila: int, col: int) -> str:
        return _texto(self.valor(fila, col))

    def vacia(self, fila: int) -> bool:
        return all(v is None for v in self.filas[fila])


def _texto(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "VERDADERO" if v else "FALSO"
    if isinstance(v, float):
        return _texto(_de_float(v))
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


def _de_float(x: float) -> Decimal:
    """A float from Excel as the decimal the clerk sees: ``0.1 + 0.2`` -> ``0.3``."""
    d = Decimal(repr(x))
    if d.as_tuple().exponent < -9:  # type: ignore[operator]
        d = d.quantize(Decimal("1e-9"))
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


def _limpiar_celda(v: Any) -> Any:
    if isinstance(v, str):
        v = v.replace("\u00a0", " ").strip()
        return v or None
    return v


def _rectangular(filas: list[list[Any]]) -> tuple[tuple[Any, ...], ...]:
    while filas and all(v is None for v in filas[-1]):
        filas.pop()
    ancho = 0
    for f in filas:
        while f and f[-1] is None:
            f.pop()
        ancho = max(ancho, len(f))
    return tuple(tuple(f) + (None,) * (ancho - len(f)) for f in filas)


# ------------------------------------------------------------------------------------------
# reading files

_EXCEL = (".xlsx", ".xlsm", ".xltx", ".xltm")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"
_QUE_HACER_EXCEL = (
    "Ábralo en Excel y guárdelo de nuevo como «Libro de Excel (.xlsx)» (o expórtelo como CSV) e impórtelo otra vez; "
    "si Excel tampoco lo abre, pida al proveedor que se lo envíe de nuevo."
)


def _abrir_bytes(ruta: Path) -> bytes:
    try:
        return ruta.read_bytes()
    except FileNotFoundError:
        raise ErrorArchivo(ruta, "el archivo no existe.", "Revise la carpeta y el nombre.") from None
    except IsADirectoryError:
        raise ErrorArchivo(ruta, "es una carpeta, no un archivo.", "Elija el archivo de la factura.") from None
    except PermissionError:
        raise ErrorArchivo(ruta, "no hay permiso para leerlo.",
                           "Si está abierto en otro programa, ciérrelo; si no, cópielo a su carpeta de Documentos.") from None
    except OSError as e:
        raise ErrorArchivo(ruta, f"error del sistema ({e.strerror or e}).", "Copie el archivo a una carpeta local y vuelva a intentarlo.") from None


def leer_tablas(ruta: str | os.PathLike[str]) -> tuple[Tabla, ...]:
    """Every sheet of the workbook (one :class:`Tabla` for a CSV file)."""
    ruta = Path(ruta)
    ext = ruta.suffix.lower()
    if ext in (".xls", ".xlsb", ".ods", ".numbers"):
        raise ErrorArchivo(ruta, f"el formato «{ext}» no se puede leer.",
                           "Ábralo en Excel (o LibreOffice) y guárdelo como «Libro de Excel (.xlsx)» o como CSV.")
    datos = _abrir_bytes(ruta)
    if not datos.strip():
        raise ErrorArchivo(ruta, "el archivo está vacío (0 datos).", "Revise que eligió el archivo correcto y que se guardó completo.")
    if datos.startswith(_OLE):
        raise ErrorArchivo(ruta, "es un libro de Excel 97-2003 (.xls) o un libro protegido con contraseña.",
                           "Ábralo en Excel, quite la contraseña si la tiene y guárdelo como «Libro de Excel (.xlsx)».")
    if datos.startswith(_ZIP) or ext in _EXCEL:
        if not datos.startswith(_ZIP):
            raise ErrorArchivo(ruta, "no es un libro de Excel válido (el contenido no corresponde a un .xlsx; puede estar dañado o ser otro tipo de archivo).",
                               _QUE_HACER_EXCEL)
        return _leer_xlsx(ruta, datos)
    return (_leer_csv(ruta, datos),)


def leer_tabla(ruta: str | os.PathLike[str], hoja: str | int | None = None) -> Tabla:
    """The sheet ``hoja`` (name or 0-based index) of the file; by default the one that looks most
    like an invoice (best header row), else the first sheet with data.

    Raises :class:`ErrorArchivo` for an unreadable, corrupt or empty file, or a missing sheet.
    """
    tablas = leer_tablas(ruta)
    if hoja is not None:
        for i, t in enumerate(tablas):
            if t.hoja == hoja or i == hoja:
                return t
        raise ErrorArchivo(ruta, f"no tiene la hoja «{hoja}».", f"Las hojas son: {', '.join(t.hoja for t in tablas)}.")
    con_datos = [t for t in tablas if t.filas]
    if not con_datos:
        raise ErrorArchivo(ruta, "no tiene datos: todas las hojas están vacías.",
                           "Revise que la factura se guardó en este archivo, o elija otro.")
    if len(con_datos) == 1:
        return con_datos[0]
    mejor = max(con_datos, key=lambda t: (_mejor_puntaje(t), -con_datos.index(t)))
    return mejor


def _leer_xlsx(ruta: Path, datos: bytes) -> tuple[Tabla, ...]:
    from openpyxl import load_workbook  # heavy import, only when a workbook is read

    try:
        libro = load_workbook(io.BytesIO(datos), read_only=True, data_only=True)
    except Exception as e:  # zipfile.BadZipFile, KeyError (missing part), XML errors...
        raise ErrorArchivo(ruta, "el libro de Excel está dañado o incompleto.", _QUE_HACER_EXCEL, detalle=repr(e)) from None
    try:
        nombres = tuple(libro.sheetnames)
        tablas = []
        for nombre in nombres:
            hoja = libro[nombre]
            if not hasattr(hoja, "iter_rows"):  # a chart sheet
                tablas.append(Tabla((), nombre, nombres, ruta.name))
                continue
            hoja.reset_dimensions()  # some programs write a wrong size; read every row
            filas = [[_limpiar_celda(v) for v in fila] for fila in hoja.iter_rows(values_only=True)]
            rangos = _rangos_combinados(libro, hoja)
            filas_t = _rectangular(filas)
            filas_t, copias = _llenar_combinadas(filas_t, rangos)
            tablas.append(Tabla(filas_t, nombre, nombres, ruta.name, "", copias))
    except ErrorArchivo:
        raise
    except Exception as e:
        raise ErrorArchivo(ruta, "el libro de Excel está dañado.", _QUE_HACER_EXCEL, detalle=repr(e)) from None
    finally:
        libro.close()
    return tuple(tablas)


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _col_indice(letras: bytes) -> int:
    n = 0
    for c in letras:
        n = n * 26 + (c - 64)
    return n - 1


def _rangos_combinados(libro: Any, hoja: Any) -> list[tuple[int, int, int, int]]:
    """Merged ranges of a read-only sheet, 0-based inclusive (r0, c0, r1, c1)."""
    try:
        with libro._archive.open(hoja._worksheet_path) as fh:
            xml = fh.read()
    except (AttributeError, KeyError, OSError, zipfile.BadZipFile):
        return []
    inicio = xml.rfind(b"<mergeCells")
    if inicio < 0:
        inicio = xml.rfind(b":mergeCells")
        if inicio < 0:
            return []
    rangos = []
    for m in _MERGE.finditer(xml, inicio):
        c0, r0, c1, r1 = _col_indice(m.group(1)), int(m.group(2)) - 1, _col_indice(m.group(3)), int(m.group(4)) - 1
        rangos.append((min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)))
    return rangos


def _llenar_combinadas(
    filas: tuple[tuple[Any, ...], ...], rangos: list[tuple[int, int, int, int]]
) -> tuple[tuple[tuple[Any, ...], ...], dict[tuple[int, int], tuple[int, int]]]:
    if not rangos or not filas:
        return filas, {}
    alto, ancho = len(filas), len(filas[0])
    mutables = [list(f) for f in filas]
    copias: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in rangos:
        if r0 >= alto or c0 >= ancho:
            continue
        r1, c1 = min(r1, alto - 1), min(c1, ancho - 1)
        if (r1 - r0 + 1) * (c1 - c0 + 1) > 200_000:  # a whole-sheet merge: leave it alone
            continue
        v = mutables[r0][c0]
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    mutables[r][c] = v
                    copias[(r, c)] = (r0, c0)
    return tuple(tuple(f) for f in mutables), copias


def decodificar_texto(datos: bytes, ruta: str | os.PathLike[str] = "") -> str:
    """Bytes of a text file as text: UTF-8 (with or without BOM), else Windows-1252."""
    for codificacion in ("utf-8-sig", "cp1252"):
        try:
            return datos.decode(codificacion)
        except UnicodeDecodeError:
            continue
    if b"\x00" in datos[:4096]:
        raise ErrorArchivo(ruta, "no es un archivo de texto (tiene datos binarios).",
                           "Si es un libro de Excel, guárdelo como .xlsx; si es CSV, guárdelo como «CSV UTF-8».")
    return datos.decode("latin-1")


def detectar_delimitador(texto: str) -> str:
    """``,`` ``;`` tab or ``|``: the one that splits the lines into the most consistent columns."""
    lineas = [ln for ln in texto.splitlines() if ln.strip()][:200]
    if not lineas:
        return ","
    mejor, mejor_puntaje = ",", (-1.0, 0)
    for d in (",", ";", "\t", "|"):
        try:
            cuentas = [len(f) for f in csv.reader(lineas, delimiter=d)]
        except csv.Error:
            continue
        validas = [c for c in cuentas if c > 1]
        if not validas:
            continue
        moda = max(set(validas), key=lambda c: (validas.count(c), c))
        consistencia = sum(1 for c in cuentas if c == moda) / len(cuentas)
        puntaje = (round(consistencia, 2), moda)
        if puntaje > mejor_puntaje:
            mejor, mejor_puntaje = d, puntaje
    return mejor


def _leer_csv(ruta: Path, datos: bytes) -> Tabla:
    if b"\x00" in datos[:4096] and not datos.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ErrorArchivo(ruta, "no es un archivo de texto ni un libro de Excel (tiene datos binarios).",
                           "Si es un libro de Excel, guárdelo como .xlsx; si es CSV, guárdelo como «CSV UTF-8».")
    if datos.startswith((b"\xff\xfe", b"\xfe\xff")):
        texto = datos.decode("utf-16")
    else:
        texto = decodificar_texto(datos, ruta)
    d = detectar_delimitador(texto)
    try:
        filas = [[_limpiar_celda(v) for v in fila] for fila in csv.reader(io.StringIO(texto, newline=""), delimiter=d)]
    except csv.Error as e:
        raise ErrorArchivo(ruta, f"el CSV está mal formado ({e}).", "Ábralo en Excel y guárdelo como «CSV UTF-8» o como .xlsx.") from None
    return Tabla(_rectangular(filas), "", ("",), ruta.name, d, {})


# ------------------------------------------------------------------------------------------
# header words

CAMPOS = ("descripcion", "fraccion", "nico", "cantidad", "unidad", "precio_unitario", "importe", "pais_origen", "certificado")

NOMBRE_CAMPO = {
    "descripcion": "descripción",
    "fraccion": "fracción arancelaria",
    "nico": "NICO",
    "cantidad": "cantidad",
    "unidad": "unidad",
    "precio_unitario": "precio unitario",
    "importe": "importe",
    "pais_origen": "país de origen",
    "certificado": "certificado",
}

_NUMERICOS = ("cantidad", "precio_unitario", "importe")

# (normalised phrase, weight); the phrase matches the whole header (weight) or a run of its words (0.85 x weight)
PALABRAS: dict[str, tuple[tuple[str, float], ...]] = {
    "descripcion": (
        ("descripcion", 1), ("description", 1), ("descripcion de la mercancia", 1), ("description of goods", 1),
        ("goods description", 1), ("descripcion del producto", 1), ("product description", 1), ("mercancia", 0.9),
        ("goods", 0.8), ("producto", 0.8), ("product", 0.8), ("commodity", 0.9), ("articulo", 0.7), ("concepto", 0.75),
        ("designation", 0.8), ("specification", 0.6), ("item", 0.6), ("material", 0.55), ("desc", 0.8),
    ),
    "fraccion": (
        ("fraccion arancelaria", 1), ("fraccion", 1), ("hs code", 1), ("h s code", 1), ("hs", 0.9), ("hts", 0.9),
        ("hts code", 1), ("hs no", 0.95), ("tariff code", 1), ("tariff", 0.9), ("tariff no", 1), ("arancel", 0.9),
        ("codigo arancelario", 1), ("tariff classification", 1), ("customs code", 0.8), ("partida arancelaria", 0.9),
        ("fraccion nico", 1),
    ),
    "nico": (("nico", 1),),
    "cantidad": (
        ("cantidad", 1), ("qty", 1), ("quantity", 1), ("peso neto", 0.95), ("net weight", 0.95), ("net wt", 0.95),
        ("nw", 0.8), ("n w", 0.8), ("peso", 0.7), ("weight", 0.7), ("cant", 0.8), ("tonnage", 0.8), ("volumen", 0.6),
        ("cantidad comercial", 1), ("total quantity", 0.95),
    ),
    "unidad": (
        ("unidad", 1), ("unit", 1), ("uom", 1), ("u m", 0.9), ("um", 0.9), ("unidad de medida", 1),
        ("unit of measure", 1), ("measure", 0.7), ("units", 0.9), ("unidad comercial", 1),
    ),
    "precio_unitario": (
        ("precio unitario", 1), ("unit price", 1), ("price", 0.9), ("precio", 0.9), ("p u", 0.8), ("pu", 0.7),
        ("unit value", 0.9), ("valor unitario", 1), ("rate", 0.6), ("price per", 0.9), ("unit cost", 0.9),
        ("costo unitario", 0.9), ("u price", 0.95), ("price unit", 0.95), ("precio unit", 0.95),
    ),
    "importe": (
        ("importe", 1), ("amount", 1), ("total", 0.8), ("value", 0.8), ("valor", 0.8), ("monto", 0.9),
        ("total amount", 1), ("total value", 1), ("importe total", 1), ("valor total", 1), ("line total", 1),
        ("total price", 0.95), ("precio total", 0.95), ("price total", 0.95), ("amount total", 1), ("ext price", 0.9), ("extended price", 0.95), ("subtotal", 0.6),
    ),
    "pais_origen": (
        ("pais de origen", 1), ("country of origin", 1), ("origen", 0.95), ("origin", 0.95), ("pais", 0.7),
        ("country", 0.7), ("made in", 0.8), ("coo", 0.8), ("origin country", 1), ("pais origen", 1),
    ),
    "certificado": (
        ("certificado", 1), ("certificate", 1), ("mtc", 1), ("cert no", 1), ("cert", 0.9), ("certificado de molino", 1),
        ("mill certificate", 1), ("mill test certificate", 1), ("certificate no", 1), ("mill cert", 1), ("no certificado", 1),
        ("numero de certificado", 1), ("certificado de calidad", 1), ("quality certificate", 1), ("mtc no", 1),
    ),
}

# a header with one of these words is not that field (unless it matches a phrase exactly)
EXCLUSIONES: dict[str, frozenset[str]] = {
    "descripcion": frozenset({"no", "nr", "number", "numero", "code", "codigo", "num"}),
    "unidad": frozenset({"price", "precio", "value", "valor", "cost", "costo", "unitario"}),
    "importe": frozenset({"weight", "peso", "qty", "quantity", "cantidad", "unit", "unitario", "tons", "kg", "kgs"}),
    "cantidad": frozenset({"gross", "bruto", "price", "precio", "amount", "importe", "value", "valor"}),
    "precio_unitario": frozenset({"total", "amount", "importe"}),
    "pais_origen": frozenset({"exportador", "exporter", "destination", "destino", "export", "exportacion"}),
    "certificado": frozenset({"fecha", "date"}),
    "fraccion": frozenset(),
    "nico": frozenset(),
}


def normalizar_encabezado(texto: str) -> str:
    """Lower case, no accents, punctuation as spaces: ``"Precio Unit. (USD/MT)"`` -> ``"precio unit usd mt"``."""
    t = unicodedata.normalize("NFKD", texto)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9#]+", " ", t)).strip()


def puntaje_campo(encabezado: str, campo: str) -> float:
    """How well a header text names ``campo``, from 0 to 1."""
    h = normalizar_encabezado(encabezado)
    if not h:
        return 0.0
    palabras = h.split()
    envuelto = f" {h} "
    mejor = 0.0
    excluido = bool(EXCLUSIONES[campo].intersection(palabras))
    for frase, peso in PALABRAS[campo]:
        if h == frase:
            return float(peso)
        if not excluido and f" {frase} " in envuelto:
            # a long header that merely contains the word is a weaker match
            extra = max(0, len(palabras) - len(frase.split()) - 2) * 0.03
            mejor = max(mejor, peso * 0.85 - extra)
    return max(mejor, 0.0)


def _puntajes_fila(textos: Sequence[str]) -> dict[str, list[tuple[float, int]]]:
    out: dict[str, list[tuple[float, int]]] = {c: [] for c in CAMPOS}
    for col, t in enumerate(textos):
        if not t:
            continue
        for campo in CAMPOS:
            p = puntaje_campo(t, campo)
            if p > 0:
                out[campo].append((p, col))
    return out


def _puntaje_encabezado(tabla: Tabla, fila: int) -> float:
    valores = tabla.filas[fila]
    textos = encabezados(tabla, fila)
    numeros = sum(1 for v in valores if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool))
    asignacion = _asignar(_puntajes_fila(textos))
    buenos = [p for p, _ in asignacion.values() if p >= 0.6]
    if len(buenos) < 2:
        return 0.0
    return sum(buenos) - 0.5 * numeros


def _mejor_puntaje(tabla: Tabla, maximo: int = 60) -> float:
    return max((_puntaje_encabezado(tabla, i) for i in range(min(maximo, len(tabla.filas)))), default=0.0)


def _solo_texto(tabla: Tabla, fila: int) -> bool:
    valores = [v for v in tabla.filas[fila] if v is not None]
    return bool(valores) and all(isinstance(v, str) for v in valores)


def encabezados(tabla: Tabla, fila: int) -> tuple[str, ...]:
    """The titles of the columns in row ``fila``, completed with the row above when the header
    takes two rows: a group title merged over several columns is prefixed (``Precio`` over
    ``Unitario`` | ``Total`` gives ``Precio Unitario`` | ``Precio Total``), and a column empty in
    ``fila`` takes the title above it (``Descripción`` merged or written over both rows)."""
    propios = [tabla.texto(fila, c) for c in range(tabla.ancho)]
    if fila <= 0 or not _solo_texto(tabla, fila) or not _solo_texto(tabla, fila - 1):
        return tuple(propios)
    out = []
    for c, p in enumerate(propios):
        arriba = tabla.texto(fila - 1, c)
        origen = tabla.copias.get((fila - 1, c))
        # the cell above belongs to a merge that spans columns (a group title)
        horizontal = (origen is not None and origen[0] == fila - 1) or tabla.copias.get((fila - 1, c + 1)) == (fila - 1, c)
        if arriba and horizontal and p and arriba != p:
            out.append(f"{arriba} {p}")
        elif arriba and not p:
            out.append(arriba)
        else:
            out.append(p)
    return tuple(out)


def detectar_encabezado(tabla: Tabla, maximo: int = 60) -> int:
    """0-based index of the header row: among the first ``maximo`` rows, the one whose texts name
    the most invoice fields (description, fraction, quantity, unit, price, amount, origin,
    certificate), in Spanish or English. Raises :class:`ErrorEncabezado` if none names two."""
    mejor, puntaje = -1, 0.0
    for i in range(min(maximo, len(tabla.filas))):
        p = _puntaje_encabezado(tabla, i)
        if p > puntaje + 1e-9:
            mejor, puntaje = i, p
    if mejor < 0:
        if not tabla.filas:
            raise ErrorEncabezado(tabla.archivo, f"la hoja «{tabla.hoja or 'única'}» está vacía.",
                                  "Elija la hoja que tiene las partidas de la factura.")
        raise ErrorEncabezado(
            tabla.archivo,
            "no se encontró la fila de títulos de las columnas (Descripción, Cantidad, Precio, Importe...).",
            "Indique a mano la fila de títulos y la columna de cada dato.",
        )
    return mejor


# ------------------------------------------------------------------------------------------
# mapping


@dataclass(frozen=True, slots=True)
class Mapeo:
    """Which column (0-based) holds each field, how sure the proposal is (0 to 1), the header
    texts it was made for, and a unit read from the header (``Net weight (MT)``) for tables
    without a unit column."""

    columnas: Mapping[str, int] = field(default_factory=dict)
    confianza: Mapping[str, float] = field(default_factory=dict)
    encabezados: tuple[str, ...] = ()
    unidad: str = ""

    def columna(self, campo: str) -> int | None:
        return self.columnas.get(campo)

    def con(self, campo: str, columna: int | None) -> Mapeo:
        """The mapping with ``campo`` set by the clerk (confidence 1) or cleared (``None``);
        a column can hold one field only, so another field on that column is cleared."""
        if campo not in CAMPOS:
            raise ErrorMapeo(f"«{campo}» no es un dato de la partida; los datos son: {', '.join(CAMPOS)}.")
        columnas = {k: v for k, v in self.columnas.items() if k != campo and v != columna}
        confianza = {k: v for k, v in self.confianza.items() if k in columnas}
        if columna is not None:
            columnas[campo] = columna
            confianza[campo] = 1.0
        return replace(self, columnas=columnas, confianza=confianza)

    def con_unidad(self, unidad: str) -> Mapeo:
        return replace(self, unidad=normalizar_unidad(unidad) or unidad.strip().upper())

    def faltantes(self) -> tuple[str, ...]:
        """Fields the import cannot do without: the quantity, and the amount or the unit price."""
        faltan = []
        if "cantidad" not in self.columnas:
            faltan.append("cantidad")
        if "importe" not in self.columnas and "precio_unitario" not in self.columnas:
            faltan.append("importe o precio unitario")
        return tuple(faltan)

    def dudosos(self, umbral: float = 0.75) -> tuple[str, ...]:
        """Fields proposed with low confidence: the GUI should ask the clerk to confirm them."""
        return tuple(c for c in CAMPOS if c in self.columnas and self.confianza.get(c, 0) < umbral)

    def a_json(self) -> dict[str, Any]:
        return {"columnas": dict(self.columnas), "encabezados": list(self.encabezados), "unidad": self.unidad}

    @classmethod
    def desde_json(cls, d: Mapping[str, Any]) -> Mapeo:
        columnas = {k: int(v) for k, v in dict(d.get("columnas", {})).items() if k in CAMPOS and isinstance(v, int)}
        return cls(
            columnas=columnas, confianza={k: 1.0 for k in columnas},
            encabezados=tuple(str(x) for x in d.get("encabezados", ())), unidad=str(d.get("unidad", "")),
        )


def _asignar(puntajes: dict[str, list[tuple[float, int]]]) -> dict[str, tuple[float, int]]:
    """Greedy: the best (score, field, column) first; one field per column, one column per field."""
    candidatos = sorted(
        ((p, campo, col) for campo, lista in puntajes.items() for p, col in lista),
        key=lambda x: (-x[0], x[2], CAMPOS.index(x[1])),
    )
    usados: set[int] = set()
    out: dict[str, tuple[float, int]] = {}
    for p, campo, col in candidatos:
        if campo in out or col in usados or p < 0.45:
            continue
        out[campo] = (p, col)
        usados.add(col)
    return out


def proponer_mapeo(tabla: Tabla, fila_encabezado: int) -> Mapeo:
    """Propose the column of each field from the header row's texts, with a confidence per field.

    A field whose best column has a rival nearly as good (two columns titled *Total*) gets a low
    confidence: see :meth:`Mapeo.dudosos`.
    """
    textos = encabezados(tabla, fila_encabezado)
    puntajes = _puntajes_fila(textos)
    asignacion = _asignar(puntajes)
    usadas = {col for _, col in asignacion.values()}
    columnas: dict[str, int] = {}
    confianza: dict[str, float] = {}
    for campo, (p, col) in asignacion.items():
        rival = max((q for q, c in puntajes[campo] if c != col and c not in usadas), default=0.0)
        conf = p * (0.6 if rival >= 0.9 * p else 1.0)
        columnas[campo] = col
        confianza[campo] = round(min(conf, 1.0), 2)
    unidad = ""
    if "unidad" not in columnas:
        for campo in ("cantidad", "precio_unitario"):
            if campo in columnas:
                unidad = _unidad_en_texto(textos[columnas[campo]])
                if unidad:
                    break
    return Mapeo(columnas=columnas, confianza=confianza, encabezados=textos, unidad=unidad)


# ------------------------------------------------------------------------------------------
# units, fractions, countries

UNIDADES: dict[str, str] = {}
for _clave, _alias in {
    "KGM": ("kg", "kgs", "kgm", "kilo", "kilos", "kilogramo", "kilogramos", "kilogram", "kilograms", "kilogramme", "kilogrammes"),
    "TNE": ("t", "tn", "tns", "mt", "mts", "m t", "ton", "tons", "tonne", "tonnes", "tonelada", "toneladas", "tm", "tne",
            "metric ton", "metric tons", "metric tonne", "metric tonnes", "ton metrica", "toneladas metricas", "mton", "mtons"),
    "LBR": ("lb", "lbs", "lbr", "libra", "libras", "pound", "pounds"),
    "GRM": ("g", "gr", "grs", "gramo", "gramos", "gram", "grams", "grm"),
    "H87": ("pcs", "pc", "pce", "pz", "pza", "pzas", "pieza", "piezas", "piece", "pieces", "ea", "each", "h87", "pzs"),
    "MTR": ("m", "mtr", "metro", "metros", "meter", "meters", "metre", "metres", "ml"),
    "MTK": ("m2", "mtk", "sqm", "metro cuadrado", "metros cuadrados", "square meter", "square meters"),
    "SET": ("set", "sets", "juego", "juegos"),
    "XBX": ("box", "boxes", "caja", "cajas", "xbx"),
}.items():
    for _a in _alias:
        UNIDADES[_a] = _clave


def normalizar_unidad(texto: str) -> str:
    """UN/ECE code of a unit as invoices write it (``KGS`` -> ``KGM``, ``MT`` -> ``TNE``); ``""`` if unknown."""
    t = normalizar_encabezado(texto)
    if t in UNIDADES:
        return UNIDADES[t]
    t2 = t.replace(" ", "")
    return UNIDADES.get(t2, "")


def _unidad_en_texto(texto: str) -> str:
    """A unit named inside a header: ``Net weight (MT)`` -> ``TNE``; ``Price USD/kg`` -> ``KGM``."""
    palabras = normalizar_encabezado(texto).split()
    encontradas = {UNIDADES[p] for p in palabras if p in UNIDADES and len(p) > 1 and p not in ("m", "ml", "ea", "set")}
    return encontradas.pop() if len(encontradas) == 1 else ""


def normalizar_fraccion(texto: str) -> tuple[str, str] | None:
    """``"7214.20.99"`` -> ``("72142099", "")``; ``"7214.20.99.00"`` / ``"7214209900"`` ->
    ``("72142099", "00")``; ``None`` when it is not 8 or 10 digits."""
    t = re.sub(r"[\s.\-/]", "", texto)
    if not t.isdigit():
        return None
    if len(t) == 8:
        return t, ""
    if len(t) == 10:
        return t[:8], t[8:]
    return None


# common names of countries that ship steel, in English and Spanish (normalised) -> ISO alpha-3
PAISES_NOMBRE: dict[str, str] = {
    "CHINA": "CHN", "PR CHINA": "CHN", "P R CHINA": "CHN", "PEOPLES REPUBLIC OF CHINA": "CHN", "PRC": "CHN",
    "REPUBLICA POPULAR CHINA": "CHN", "KOREA": "KOR", "SOUTH KOREA": "KOR", "REPUBLIC OF KOREA": "KOR",
    "KOREA REPUBLIC OF": "KOR", "KOREA SOUTH": "KOR", "COREA": "KOR", "COREA DEL SUR": "KOR", "JAPAN": "JPN",
    "JAPON": "JPN", "TURKEY": "TUR", "TURKIYE": "TUR", "TURQUIA": "TUR", "GERMANY": "DEU", "ALEMANIA": "DEU",
    "UNITED STATES": "USA", "UNITED STATES OF AMERICA": "USA", "USA": "USA", "U S A": "USA", "US": "USA",
    "ESTADOS UNIDOS": "USA", "ESTADOS UNIDOS DE AMERICA": "USA", "EUA": "USA", "E U A": "USA", "EE UU": "USA",
    "EEUU": "USA", "INDIA": "IND", "VIETNAM": "VNM", "VIET NAM": "VNM", "TAIWAN": "TWN", "REPUBLIC OF CHINA TAIWAN": "TWN",
    "BRAZIL": "BRA", "BRASIL": "BRA", "SPAIN": "ESP", "ESPANA": "ESP", "ITALY": "ITA", "ITALIA": "ITA",
    "FRANCE": "FRA", "FRANCIA": "FRA", "RUSSIA": "RUS", "RUSSIAN FEDERATION": "RUS", "RUSIA": "RUS",
    "UKRAINE": "UKR", "UCRANIA": "UKR", "CANADA": "CAN", "MEXICO": "MEX", "UNITED KINGDOM": "GBR", "UK": "GBR",
    "GREAT BRITAIN": "GBR", "ENGLAND": "GBR", "REINO UNIDO": "GBR", "NETHERLANDS": "NLD", "HOLLAND": "NLD",
    "THE NETHERLANDS": "NLD", "PAISES BAJOS": "NLD", "HOLANDA": "NLD", "BELGIUM": "BEL", "BELGICA": "BEL",
    "AUSTRIA": "AUT", "SWEDEN": "SWE", "SUECIA": "SWE", "FINLAND": "FIN", "FINLANDIA": "FIN", "POLAND": "POL",
    "POLONIA": "POL", "CZECH REPUBLIC": "CZE", "CZECHIA": "CZE", "REPUBLICA CHECA": "CZE", "SLOVAKIA": "SVK",
    "ESLOVAQUIA": "SVK", "ROMANIA": "ROU", "RUMANIA": "ROU", "THAILAND": "THA", "TAILANDIA": "THA",
    "INDONESIA": "IDN", "MALAYSIA": "MYS", "MALASIA": "MYS", "ARGENTINA": "ARG", "CHILE": "CHL",
    "SOUTH AFRICA": "ZAF", "SUDAFRICA": "ZAF", "EGYPT": "EGY", "EGIPTO": "EGY", "UNITED ARAB EMIRATES": "ARE",
    "UAE": "ARE", "U A E": "ARE", "EMIRATOS ARABES UNIDOS": "ARE", "SAUDI ARABIA": "SAU", "ARABIA SAUDITA": "SAU",
    "IRAN": "IRN", "AUSTRALIA": "AUS", "SWITZERLAND": "CHE", "SUIZA": "CHE", "LUXEMBOURG": "LUX",
    "LUXEMBURGO": "LUX", "PORTUGAL": "PRT", "GREECE": "GRC", "GRECIA": "GRC", "SLOVENIA": "SVN",
    "ESLOVENIA": "SVN", "HUNGARY": "HUN", "HUNGRIA": "HUN", "COLOMBIA": "COL", "PERU": "PER", "GUATEMALA": "GTM",
    "PHILIPPINES": "PHL", "FILIPINAS": "PHL", "KAZAKHSTAN": "KAZ", "KAZAJISTAN": "KAZ", "OMAN": "OMN",
    "QATAR": "QAT", "CATAR": "QAT", "BAHRAIN": "BHR", "BAREIN": "BHR", "ALGERIA": "DZA", "ARGELIA": "DZA",
    "MOROCCO": "MAR", "MARRUECOS": "MAR", "NORWAY": "NOR", "NORUEGA": "NOR", "DENMARK": "DNK", "DINAMARCA": "DNK",
    "IRELAND": "IRL", "IRLANDA": "IRL", "SINGAPORE": "SGP", "SINGAPUR": "SGP", "HONG KONG": "HKG",
    "PAKISTAN": "PAK", "BANGLADESH": "BGD", "ISRAEL": "ISR", "BELARUS": "BLR", "BIELORRUSIA": "BLR",
    "SERBIA": "SRB", "CROATIA": "HRV", "CROACIA": "HRV", "BULGARIA": "BGR", "ESTONIA": "EST", "LATVIA": "LVA",
    "LETONIA": "LVA", "LITHUANIA": "LTU", "LITUANIA": "LTU", "NEW ZEALAND": "NZL", "NUEVA ZELANDA": "NZL",
    "ECUADOR": "ECU", "VENEZUELA": "VEN", "COSTA RICA": "CRI", "EL SALVADOR": "SLV", "HONDURAS": "HND",
    "NICARAGUA": "NIC", "PANAMA": "PAN", "DOMINICAN REPUBLIC": "DOM", "REPUBLICA DOMINICANA": "DOM",
    "URUGUAY": "URY", "PARAGUAY": "PRY", "BOLIVIA": "BOL", "TUNISIA": "TUN", "TUNEZ": "TUN", "NIGERIA": "NGA",
}

ALFA2_ALFA3: dict[str, str] = {
    "CN": "CHN", "KR": "KOR", "JP": "JPN", "TR": "TUR", "DE": "DEU", "US": "USA", "IN": "IND", "VN": "VNM",
    "TW": "TWN", "BR": "BRA", "ES": "ESP", "IT": "ITA", "FR": "FRA", "RU": "RUS", "UA": "UKR", "CA": "CAN",
    "MX": "MEX", "GB": "GBR", "NL": "NLD", "BE": "BEL", "AT": "AUT", "SE": "SWE", "FI": "FIN", "PL": "POL",
    "CZ": "CZE", "SK": "SVK", "RO": "ROU", "TH": "THA", "ID": "IDN", "MY": "MYS", "AR": "ARG", "CL": "CHL",
    "ZA": "ZAF", "EG": "EGY", "AE": "ARE", "SA": "SAU", "IR": "IRN", "AU": "AUS", "CH": "CHE", "LU": "LUX",
    "PT": "PRT", "GR": "GRC", "SI": "SVN", "HU": "HUN", "CO": "COL", "PE": "PER", "PH": "PHL", "KZ": "KAZ",
}


def resolver_pais(texto: str, catalogos: Catalogos | None = None) -> str:
    """ISO alpha-3 of a country as an invoice writes it (``Turkey``, ``TR``, ``Türkiye``,
    ``Made in China``...); ``""`` if it cannot be told. With ``catalogos`` the country catalog's
    codes and Spanish names are used too."""
    t = normalizar(texto)
    t = re.sub(r"^(MADE IN|ORIGIN|ORIGEN|COUNTRY OF ORIGIN|PAIS DE ORIGEN|HECHO EN)\s+", "", t)
    if not t:
        return ""
    paises = catalogos.paises if catalogos else None
    if paises is not None:
        if len(t) == 3 and t in paises:
            return t
        for c in paises.filas:
            if c.dato and c.dato.upper() == t:
                return c.clave
        for c in paises.filas:
            nombre = normalizar(c.nombre)
            if t == nombre or t == normalizar(c.nombre.split("(")[0]):
                return c.clave
    if t in PAISES_NOMBRE:
        return PAISES_NOMBRE[t]
    if t in ALFA2_ALFA3:
        return ALFA2_ALFA3[t]
    if paises is None and len(t) == 3 and t.isalpha() and t in set(PAISES_NOMBRE.values()):
        return t
    return ""


# ------------------------------------------------------------------------------------------
# numbers


class _NoEsNumero(ValueError):
    pass


_MONEDA_TXT = r"(?:US\$|U\$S|USD|US|EUR|MXN|MN|M\.N\.|CNY|RMB|JPY|GBP|KRW|CAD|\$|€|£|¥)"
_PREFIJO = re.compile(rf"^{_MONEDA_TXT}\s*", re.IGNORECASE)
_SUFIJO = re.compile(rf"\s*{_MONEDA_TXT}$", re.IGNORECASE)
_UNIDAD_FINAL = re.compile(r"^(.*?[\d.,])\s*([A-Za-z][A-Za-z .]{0,14})$")
_VACIOS = {"-", "--", "—", "–", "n/a", "na", "n.a.", "s/n", "nil", "none", "/"}
_ESPACIOS = re.compile(r"[\s\u00a0\u2007\u202f']")


def _limpiar_numero(texto: str) -> tuple[str, str]:
    """(digits with separators, unit text found after the number)."""
    t = texto.strip()
    if t.lower() in _VACIOS:
        return "", ""
    unidad = ""
    for _ in range(2):
        t = _PREFIJO.sub("", t).strip()
        t = _SUFIJO.sub("", t).strip()
        m = _UNIDAD_FINAL.match(t)
        if m and normalizar_unidad(m.group(2)):
            t, unidad = m.group(1).strip(), normalizar_unidad(m.group(2))
    negativo = False
    if t.startswith("(") and t.endswith(")"):
        negativo, t = True, t[1:-1].strip()
    t = _ESPACIOS.sub("", t)
    if t.startswith("-"):
        negativo, t = not negativo, t[1:]
    elif t.startswith("+"):
        t = t[1:]
    if negativo:
        t = "-" + t
    return t, unidad


def evidencia_decimal(texto: str) -> str | None:
    """``","`` or ``"."`` when a number written as text shows which is its decimal separator;
    ``None`` when it does not (``24,500``, ``1200``)."""
    if _ENTERO.fullmatch(texto):
        return None
    t, _ = _limpiar_numero(texto)
    t = t.lstrip("-")
    if not re.fullmatch(r"[\d.,]+", t or "x"):
        return None
    comas, puntos = t.count(","), t.count(".")
    if comas and puntos:
        return "," if t.rfind(",") > t.rfind(".") else "."
    if comas + puntos == 0:
        return None
    sep = "," if comas else "."
    otro = "." if sep == "," else ","
    if comas + puntos > 1:
        return otro  # repeated: thousands
    entero, dec = t.split(sep)
    if len(dec) != 3 or entero in ("", "0") or len(entero) > 3:
        return sep
    return None


def texto_a_numero(texto: str, decimal: str = ".") -> Decimal | None:
    """Parse a number written as text (see the module docstring for the rule); ``None`` when
    the cell holds no value. Raises ``ValueError`` if it is not a number."""
    valor, _ = _numero_texto(texto, decimal)
    return valor


_ENTERO = re.compile(r"\d+")
_DECIMAL_SIMPLE = re.compile(r"\d+([.,])\d+")


def _numero_texto(texto: str, decimal: str) -> tuple[Decimal | None, str]:
    if _ENTERO.fullmatch(texto):
        return Decimal(texto), ""
    m = _DECIMAL_SIMPLE.fullmatch(texto)
    if m and m.group(1) == decimal:  # one separator that is the decimal one: always a decimal
        return Decimal(texto.replace(",", ".")), ""
    t, unidad = _limpiar_numero(texto)
    if not t:
        return None, unidad
    negativo = t.startswith("-")
    s = t[1:] if negativo else t
    if not re.fullmatch(r"\d[\d.,]*|[.,]\d+", s):
        raise _NoEsNumero(texto)
    comas, puntos = s.count(","), s.count(".")
    if comas and puntos:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        miles = "." if dec == "," else ","
        entero, fr = s.rsplit(dec, 1)
        if not fr.isdigit() or dec in entero:
            raise _NoEsNumero(texto)
        limpio = entero.replace(miles, "") + "." + fr
    elif comas + puntos == 0:
        limpio = s
    else:
        sep = "," if comas else "."
        if comas + puntos > 1:
            limpio = s.replace(sep, "")
        else:
            entero, fr = s.split(sep)
            if not fr:
                limpio = entero
            elif len(fr) != 3 or entero in ("", "0") or len(entero) > 3 or sep == decimal:
                limpio = (entero or "0") + "." + fr
            else:
                limpio = entero + fr
    if not re.fullmatch(r"\d+(\.\d+)?", limpio):
        raise _NoEsNumero(texto)
    try:
        d = Decimal(limpio)
    except InvalidOperation:  # pragma: no cover - the regex guards this
        raise _NoEsNumero(texto) from None
    return (-d if negativo else d), unidad


def _numero(valor: Any, decimal: str) -> tuple[Decimal | None, str]:
    if valor is None:
        return None, ""
    if isinstance(valor, bool) or isinstance(valor, (datetime, date)):
        raise _NoEsNumero(_texto(valor))
    if isinstance(valor, int):
        return Decimal(valor), ""
    if isinstance(valor, float):
        if valor != valor or valor in (float("inf"), float("-inf")):
            raise _NoEsNumero(repr(valor))
        return _de_float(valor), ""
    if isinstance(valor, Decimal):
        return valor, ""
    return _numero_texto(str(valor), decimal)


def _convencion(tabla: Tabla, columnas: Mapping[str, int], desde: int) -> dict[str, str]:
    """Decimal separator of each number column (see the module docstring)."""
    votos: dict[str, dict[str, int]] = {}
    for campo in _NUMERICOS:
        col = columnas.get(campo)
        if col is None:
            continue
        cuenta = {",": 0, ".": 0}
        for fila in tabla.filas[desde:]:
            v = fila[col] if col < len(fila) else None
            if isinstance(v, str):
                e = evidencia_decimal(v)
                if e:
                    cuenta[e] += 1
        votos[campo] = cuenta
    total = {",": sum(v[","] for v in votos.values()), ".": sum(v["."] for v in votos.values())}
    if total[","] != total["."]:
        general = "," if total[","] > total["."] else "."
    else:
        general = "," if tabla.delimitador == ";" else "."
    out = {}
    for campo, cuenta in votos.items():
        if cuenta[","] != cuenta["."]:
            out[campo] = "," if cuenta[","] > cuenta["."] else "."
        else:
            out[campo] = general
    return out


# ------------------------------------------------------------------------------------------
# the import


@dataclass(frozen=True, slots=True)
class ErrorFila:
    """A problem in one row: ``fila`` is the row number as the spreadsheet shows it (from 1),
    ``columna`` the 0-based column (None for the whole row), ``campo`` the field."""

    fila: int
    columna: int | None
    campo: str
    mensaje: str
    encabezado: str = ""

    @property
    def letra(self) -> str:
        return letra_columna(self.columna) if self.columna is not None else ""

    def __str__(self) -> str:
        donde = f"Fila {self.fila}"
        if self.columna is not None:
            donde += f", columna {self.letra}"
            if self.encabezado:
                donde += f" ({self.encabezado})"
        return f"{donde}: {self.mensaje}"


@dataclass(frozen=True, slots=True)
class FilaOmitida:
    fila: int  # from 1
    motivo: str


@dataclass(frozen=True, slots=True)
class ResultadoImportacion:
    partidas: tuple[Partida, ...]
    errores: tuple[ErrorFila, ...] = ()
    avisos: tuple[ErrorFila, ...] = ()  # kept rows with something to check (unknown unit, country...)
    omitidas: tuple[FilaOmitida, ...] = ()
    filas_origen: tuple[int, ...] = ()  # spreadsheet row of each partida (from 1)
    moneda: str = ""  # currency named in the headers or cells, if exactly one
    convencion: Mapping[str, str] = field(default_factory=dict)  # decimal separator per number column

    def total_importe(self) -> Decimal:
        total = Decimal(0)
        for p in self.partidas:
            if p.importe is not None:
                total += p.importe
            elif p.cantidad is not None and p.precio_unitario is not None:
                total += p.cantidad * p.precio_unitario
        return total

    def resumen(self) -> str:
        return (
            f"{len(self.partidas)} partidas importadas, {len(self.errores)} errores, "
            f"{len(self.avisos)} avisos, {len(self.omitidas)} filas omitidas."
        )


_TOTAL = re.compile(
    r"^(sub\s?-?total(es)?|total(es)?|gran\s?total|grand\s?total|total general|suma( total)?|sum|say total|say|"
    r"importe total|total amount|total value|total invoice|invoice total|t o t a l)\b",
)
_MONEDAS = {"USD": "USD", "US$": "USD", "U$S": "USD", "EUR": "EUR", "€": "EUR", "MXN": "MXN", "M.N.": "MXN",
            "CNY": "CNY", "RMB": "CNY", "JPY": "JPY", "GBP": "GBP", "£": "GBP", "KRW": "KRW", "CAD": "CAD"}
_MONEDA_RE = re.compile(r"(US\$|U\$S|€|£|M\.N\.|\b(?:USD|EUR|MXN|CNY|RMB|JPY|GBP|KRW|CAD)\b)", re.IGNORECASE)


def _detectar_moneda(tabla: Tabla, mapeo: Mapeo, desde: int) -> str:
    vistas: set[str] = set()
    for campo in ("importe", "precio_unitario"):
        col = mapeo.columna(campo)
        if col is None:
            continue
        textos = [mapeo.encabezados[col] if col < len(mapeo.encabezados) else ""]
        textos += [v for f in tabla.filas[desde:desde + 50] if col < len(f) and isinstance(v := f[col], str)]
        for t in textos:
            for m in _MONEDA_RE.findall(t):
                vistas.add(_MONEDAS.get(m.upper(), m.upper()))
    return vistas.pop() if len(vistas) == 1 else ""


def _texto_celda(v: Any) -> str:
    if isinstance(v, float):
        return _texto(_de_float(v))
    return _texto(v).strip()


def importar_partidas(
    tabla: Tabla,
    mapeo: Mapeo,
    *,
    fila_encabezado: int,
    prefijo_id: str = "F1-",
    catalogos: Catalogos | None = None,
    hasta_fila: int | None = None,
) -> ResultadoImportacion:
    """Turn the rows below ``fila_encabezado`` (0-based) into invoice lines.

    ``prefijo_id`` + a running number (from 1) is each line's id. ``hasta_fila`` (0-based,
    exclusive) stops before a second table (a packing list below the invoice). Raises
    :class:`ErrorMapeo` if the mapping lacks the quantity or both amount and unit price.
    """
    faltan = mapeo.faltantes()
    if faltan:
        raise ErrorMapeo(f"Indique qué columna tiene: {' y '.join(faltan)}.")
    cols = dict(mapeo.columnas)
    ancho = tabla.ancho
    for campo, col in cols.items():
        if not 0 <= col < max(ancho, 1):
            raise ErrorMapeo(f"La columna {letra_columna(col)} de «{NOMBRE_CAMPO[campo]}» no existe en la hoja.")
    desde = fila_encabezado + 1
    hasta = len(tabla.filas) if hasta_fila is None else min(hasta_fila, len(tabla.filas))
    convencion = _convencion(tabla, cols, desde)
    titulos = mapeo.encabezados or encabezados(tabla, fila_encabezado)
    propios = encabezados(tabla, fila_encabezado)
    titulos_norm = [normalizar_encabezado(t) for t in propios]
    titulos_bajos = [t.lower() for t in propios]
    bajos = {t for t in titulos_bajos if t} | {tabla.texto(fila_encabezado, c).lower() for c in range(tabla.ancho)} - {""}

    def titulo(col: int | None) -> str:
        return titulos[col] if col is not None and col < len(titulos) else ""

    partidas: list[Partida] = []
    origen: list[int] = []
    errores: list[ErrorFila] = []
    avisos: list[ErrorFila] = []
    omitidas: list[FilaOmitida] = []
    ultima_util: int | None = None  # index in ``partidas`` of the line a text-only row may continue
    col_desc = cols.get("descripcion")
    paises_vistos: dict[str, str] = {}

    for i in range(desde, hasta):
        fila = tabla.filas[i]
        n = i + 1
        if all(v is None for v in fila):
            omitidas.append(FilaOmitida(n, "fila vacía"))
            continue
        # the header again (printouts repeat it on every page): a cheap test first
        iguales = sum(
            1 for c, v in enumerate(fila)
            if isinstance(v, str) and c < len(titulos_bajos) and v.lower() == titulos_bajos[c]
        )
        if iguales < 2 and any(isinstance(v, str) and v.lower() in bajos for v in fila):
            iguales = sum(
                1 for c, v in enumerate(fila)
                if isinstance(v, str) and c < len(titulos_norm) and normalizar_encabezado(v) == titulos_norm[c]
            )
        if iguales >= 2:
            omitidas.append(FilaOmitida(n, "encabezado repetido"))
            ultima_util = None
            continue

        def celda(campo: str, fila: tuple[Any, ...] = fila) -> Any:
            col = cols.get(campo)
            return fila[col] if col is not None and col < len(fila) else None

        desc = _texto_celda(celda("descripcion"))
        frac_txt = _texto_celda(celda("fraccion"))
        hay = {c: celda(c) is not None for c in _NUMERICOS}
        # totals
        if not frac_txt and _es_renglon_total(fila):
            omitidas.append(FilaOmitida(n, "renglón de totales"))
            ultima_util = None
            continue
        if (not desc and not frac_txt and not hay["precio_unitario"] and (hay["importe"] or hay["cantidad"])
                and ("descripcion" in cols or "fraccion" in cols)):
            omitidas.append(FilaOmitida(n, "renglón de totales (solo montos, sin descripción ni precio)"))
            ultima_util = None
            continue
        if not any(hay.values()) and not frac_txt:
            otros = [c for c in ("unidad", "pais_origen", "certificado", "nico") if celda(c) is not None]
            solo_desc = bool(desc) and all(v is None for c, v in enumerate(fila) if c != col_desc)
            if solo_desc and ultima_util is not None:
                p = partidas[ultima_util]
                partidas[ultima_util] = replace(p, descripcion=f"{p.descripcion} {desc}".strip())
                omitidas.append(FilaOmitida(n, f"continuación de la descripción de la fila {origen[ultima_util]}"))
                continue
            if not (desc and otros):
                omitidas.append(FilaOmitida(n, "texto sin cantidad ni importe (nota o pie de página)"))
                ultima_util = None
                continue
            # a line with its numbers missing: reported below as an error

        errores_fila: list[ErrorFila] = []
        avisos_fila: list[ErrorFila] = []
        numeros: dict[str, Decimal | None] = {}
        unidad_celda = ""
        for campo in _NUMERICOS:
            col = cols.get(campo)
            if col is None:
                numeros[campo] = None
                continue
            v = celda(campo)
            copia = tabla.copias.get((i, col))
            if copia is not None and copia[0] != i and v is not None:
                errores_fila.append(ErrorFila(
                    n, col, campo,
                    f"la celda está combinada con la de la fila {copia[0] + 1}; un(a) {NOMBRE_CAMPO[campo]} no puede "
                    "abarcar varias partidas. Separe las celdas y escriba el valor de cada partida.", titulo(col)))
                continue
            try:
                d, u = _numero(v, convencion.get(campo, "."))
            except _NoEsNumero as e:
                errores_fila.append(ErrorFila(
                    n, col, campo,
                    f"«{e}» no es un número; en la columna de {NOMBRE_CAMPO[campo]} solo van cifras, "
                    "como 24500 o 1,234.56. Corríjalo en el archivo o escríbalo en la partida.", titulo(col)))
                continue
            if d is not None and d < 0:
                errores_fila.append(ErrorFila(n, col, campo, f"la {NOMBRE_CAMPO[campo]} es negativa ({d}); las partidas llevan valores positivos.", titulo(col)))
                continue
            numeros[campo] = d
            if campo == "cantidad" and u:
                unidad_celda = u
        if not errores_fila:
            if numeros["cantidad"] is None:
                errores_fila.append(ErrorFila(n, cols["cantidad"], "cantidad", "falta la cantidad de la partida.", titulo(cols["cantidad"])))
            if numeros.get("importe") is None and numeros.get("precio_unitario") is None:
                col = cols.get("importe", cols.get("precio_unitario"))
                errores_fila.append(ErrorFila(n, col, "importe", "falta el importe y también el precio unitario; la partida necesita al menos uno.", titulo(col)))
        if errores_fila:
            errores.extend(errores_fila)
            ultima_util = None
            continue

        # fraction and NICO
        fraccion, nico = "", ""
        extra: dict[str, Any] = {}
        if frac_txt:
            fr = normalizar_fraccion(frac_txt)
            if fr is None:
                extra["fraccion_factura"] = frac_txt
                avisos_fila.append(ErrorFila(
                    n, cols.get("fraccion"), "fraccion",
                    f"«{frac_txt}» no es una fracción de 8 dígitos (ni de 10 con NICO); puede ser el código SA del "
                    "país de origen. Escriba la fracción mexicana de la partida.", titulo(cols.get("fraccion"))))
            else:
                fraccion, nico = fr
        nico_txt = re.sub(r"\D", "", _texto_celda(celda("nico")))
        if nico_txt:
            if len(nico_txt) <= 2:
                nico = nico_txt.zfill(2)
            else:
                avisos_fila.append(ErrorFila(n, cols.get("nico"), "nico", f"el NICO «{nico_txt}» no tiene 2 dígitos.", titulo(cols.get("nico"))))
        # unit
        unidad_txt = _texto_celda(celda("unidad"))
        unidad = normalizar_unidad(unidad_txt) if unidad_txt else (unidad_celda or mapeo.unidad)
        if unidad_txt and not unidad:
            known = catalogos.unidades if catalogos else None
            if known is not None and unidad_txt.upper() in known:
                unidad = unidad_txt.upper()
            else:
                unidad = unidad_txt.upper()
                avisos_fila.append(ErrorFila(
                    n, cols.get("unidad"), "unidad",
                    f"no se reconoce la unidad «{unidad_txt}»; use KGM (kilogramo), TNE (tonelada), LBR (libra) o H87 (pieza).",
                    titulo(cols.get("unidad"))))
        # country
        pais_txt = _texto_celda(celda("pais_origen"))
        pais = ""
        if pais_txt:
            if pais_txt not in paises_vistos:
                paises_vistos[pais_txt] = resolver_pais(pais_txt, catalogos)
            pais = paises_vistos[pais_txt]
            if not pais:
                pais = pais_txt.upper()
                avisos_fila.append(ErrorFila(
                    n, cols.get("pais_origen"), "pais_origen",
                    f"no se reconoce el país «{pais_txt}»; escriba su clave de 3 letras (p. ej. CHN, TUR, KOR).",
                    titulo(cols.get("pais_origen"))))
        cert_txt = _texto_celda(celda("certificado"))
        if cert_txt:
            extra["certificado_factura"] = cert_txt
        cantidad, precio, importe = numeros["cantidad"], numeros.get("precio_unitario"), numeros.get("importe")
        if cantidad is not None and precio is not None and importe is not None and not _cuadra(cantidad, precio, importe):
            # an ambiguous "24,500" read the other way may be what makes the line add up
            for campo in _NUMERICOS:
                v = celda(campo)
                if not isinstance(v, str) or evidencia_decimal(v) is not None:
                    continue
                otra = "," if convencion.get(campo, ".") == "." else "."
                try:
                    alterno, _ = _numero_texto(v, otra)
                except _NoEsNumero:
                    continue
                if alterno is None or alterno == numeros[campo]:
                    continue
                prueba = {**numeros, campo: alterno}
                if _cuadra(prueba["cantidad"], prueba["precio_unitario"], prueba["importe"]):  # type: ignore[arg-type]
                    numeros = prueba
                    cantidad, precio, importe = numeros["cantidad"], numeros["precio_unitario"], numeros["importe"]
                    avisos_fila.append(ErrorFila(
                        n, cols.get(campo), campo,
                        f"«{v}» se leyó como {format(alterno, 'f')} (separador «{otra}» decimal) porque así cantidad × "
                        "precio unitario = importe. Confírmelo.", titulo(cols.get(campo))))
                    break
            else:
                avisos_fila.append(ErrorFila(
                    n, cols.get("importe"), "importe",
                    f"cantidad × precio unitario = {_fmt(cantidad * precio)} y el importe dice {_fmt(importe)}; revise si "
                    "el precio es por otra unidad (p. ej. por tonelada con cantidad en kg) o si un separador decimal se leyó mal.",
                    titulo(cols.get("importe"))))
        partidas.append(Partida(
            id=f"{prefijo_id}{len(partidas) + 1}", descripcion=desc, fraccion=fraccion, nico=nico,
            cantidad=cantidad, unidad=unidad, precio_unitario=precio, importe=importe, pais_origen=pais,
            certificado=None, extra=extra,
        ))
        origen.append(n)
        avisos.extend(avisos_fila)
        ultima_util = len(partidas) - 1

    return ResultadoImportacion(
        partidas=tuple(partidas), errores=tuple(errores), avisos=tuple(avisos), omitidas=tuple(omitidas),
        filas_origen=tuple(origen), moneda=_detectar_moneda(tabla, mapeo, desde), convencion=convencion,
    )


def _cuadra(cantidad: Decimal, precio: Decimal, importe: Decimal) -> bool:
    """quantity x unit price = amount, to 0.1% (at least 5 cents): invoices round line amounts."""
    tolerancia = max(Decimal("0.05"), abs(importe) * Decimal("0.001"))
    return abs(cantidad * precio - importe) <= tolerancia


def _fmt(d: Decimal) -> str:
    return format(d.quantize(Decimal("0.01")), ",f")


_PALABRAS_TOTAL = ("total", "suma", "sum", "say", "t o t a l")


def _es_renglon_total(fila: Sequence[Any]) -> bool:
    """One of the first three text cells (not numbers) starts with Total, Subtotal, Suma..."""
    vistos = 0
    for v in fila:
        if not isinstance(v, str):
            continue
        bajo = v.lower()
        if any(p in bajo for p in _PALABRAS_TOTAL) and _TOTAL.match(normalizar_encabezado(v)):
            return True
        if not _parece_numero(v):
            vistos += 1
            if vistos >= 3:
                return False
    return False


def _parece_numero(t: str) -> bool:
    try:
        _numero_texto(t, ".")
        return True
    except _NoEsNumero:
        return False


def vincular_certificados(partidas: Iterable[Partida], certificados: Iterable[Certificado]) -> tuple[Partida, ...]:
    """Link each line whose invoice names a certificate number (``extra["certificado_factura"]``)
    to the expediente's certificate with that number (ignoring case, spaces and dashes)."""
    def clave(t: str) -> str:
        return re.sub(r"[\s\-_/.]", "", t).upper()

    por_numero = {clave(c.numero): c.id for c in certificados if c.numero}
    out = []
    for p in partidas:
        num = str(p.extra.get("certificado_factura", "")) if p.extra else ""
        cid = por_numero.get(clave(num)) if num else None
        out.append(replace(p, certificado=cid) if cid and not p.certificado else p)
    return tuple(out)


# ------------------------------------------------------------------------------------------
# remembering the mapping of each supplier


def _firma(encabezados_: Sequence[str]) -> str:
    textos = [normalizar_encabezado(t) for t in encabezados_]
    while textos and not textos[-1]:
        textos.pop()
    return "|".join(textos)


class MemoriaMapeos:
    """The mapping the clerk confirmed for a supplier, remembered in a small JSON file.

    The key is the supplier's normalised name plus the header texts, so a supplier that changes
    its invoice layout gets a fresh proposal instead of a wrong remembered one. Writes are atomic
    (temporary file + ``os.replace``); an unreadable file is set aside as ``.danado`` and the
    memory starts empty.
    """

    FORMATO = "aaips-mapeos/1"

    def __init__(self, ruta: str | os.PathLike[str]):
        self.ruta = Path(ruta)

    def _leer(self) -> dict[str, Any]:
        try:
            datos = json.loads(self.ruta.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            try:
                os.replace(self.ruta, self.ruta.with_suffix(self.ruta.suffix + ".danado"))
            except OSError:
                pass
            return {}
        if not isinstance(datos, dict) or not isinstance(datos.get("mapeos"), dict):
            return {}
        return datos["mapeos"]

    @staticmethod
    def _clave(proveedor: str, encabezados_: Sequence[str]) -> str:
        return f"{normalizar(proveedor)}\u241f{_firma(encabezados_)}"

    def recordar(self, proveedor: str, encabezados_: Sequence[str]) -> Mapeo | None:
        """The mapping saved for this supplier and these header texts, or ``None``."""
        if not proveedor.strip():
            return None
        d = self._leer().get(self._clave(proveedor, encabezados_))
        if not isinstance(d, dict):
            return None
        try:
            m = Mapeo.desde_json(d)
        except (TypeError, ValueError):
            return None
        return replace(m, encabezados=tuple(encabezados_))

    def guardar(self, proveedor: str, mapeo: Mapeo) -> None:
        """Remember ``mapeo`` for ``proveedor`` and the header texts the mapping was made for."""
        if not proveedor.strip():
            return
        mapeos = self._leer()
        d = mapeo.a_json()
        d["proveedor"] = proveedor.strip()
        d["guardado"] = date.today().isoformat()
        mapeos[self._clave(proveedor, mapeo.encabezados)] = d
        self._escribir(mapeos)

    def _escribir(self, mapeos: dict[str, Any]) -> None:
        self.ruta.parent.mkdir(parents=True, exist_ok=True)
        texto = json.dumps({"formato": self.FORMATO, "mapeos": mapeos}, ensure_ascii=False, indent=1)
        fd, tmp = tempfile.mkstemp(dir=self.ruta.parent, prefix=".mapeos-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(texto)
            os.replace(tmp, self.ruta)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def olvidar(self, proveedor: str) -> int:
        """Forget every mapping of ``proveedor``; returns how many were removed."""
        mapeos = self._leer()
        prefijo = f"{normalizar(proveedor)}\u241f"
        quitar = [k for k in mapeos if k.startswith(prefijo)]
        if not quitar:
            return 0
        for k in quitar:
            del mapeos[k]
        self._escribir(mapeos)
        return len(quitar)


# ------------------------------------------------------------------------------------------
# all in one


@dataclass(frozen=True, slots=True)
class ImportacionFactura:
    tabla: Tabla
    fila_encabezado: int
    mapeo: Mapeo
    recordado: bool  # True when the mapping came from the supplier memory
    resultado: ResultadoImportacion | None  # None when the mapping lacks a required column


def importar_archivo(
    ruta: str | os.PathLike[str],
    *,
    proveedor: str = "",
    memoria: MemoriaMapeos | None = None,
    hoja: str | int | None = None,
    prefijo_id: str = "F1-",
    catalogos: Catalogos | None = None,
) -> ImportacionFactura:
    """Read the file, find the header, take the supplier's remembered mapping (or propose one)
    and import the lines. ``resultado`` is ``None`` when the mapping lacks a required column:
    the GUI then asks the clerk for it and calls :func:`importar_partidas` itself."""
    tabla = leer_tabla(ruta, hoja)
    fila = detectar_encabezado(tabla)
    textos = encabezados(tabla, fila)
    mapeo = memoria.recordar(proveedor, textos) if memoria is not None and proveedor else None
    recordado = mapeo is not None
    if mapeo is None:
        mapeo = proponer_mapeo(tabla, fila)
    resultado = None
    if not mapeo.faltantes():
        resultado = importar_partidas(tabla, mapeo, fila_encabezado=fila, prefijo_id=prefijo_id, catalogos=catalogos)
    return ImportacionFactura(tabla, fila, mapeo, recordado, resultado)
