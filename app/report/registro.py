"""The Excel register: every notice of the local database in one workbook.

:func:`escribir_registro` writes one row per notice that is not in the recycle bin (of
expedientes that are not in it either) with the 12 VUCEM fields, the status, folio and notice
number, the expediente, invoices, suppliers and certificates it uses, and how many errors and
warnings the rules find with the loaded catalogs. Cells are typed: quantities and amounts are
numbers with number formats, dates are real dates shown ``dd/mm/yyyy``, fractions and NICO
are text (so no digit is lost). The header is styled and frozen, with an autofilter and column
widths. openpyxl's write-only mode keeps 10,000 notices well under five seconds; the file is
written to a temporary name and moved into place, so a failure never leaves half a workbook.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.catalogos import Catalogos
from app.domain.hallazgos import Severidad
from app.domain.model import Aviso, EstadoAviso, Expediente
from app.domain.reglas import revisar

from .facturas import ErrorArchivo

ESTADOS = {
    EstadoAviso.BORRADOR: "Borrador",
    EstadoAviso.LISTO: "Listo",
    EstadoAviso.PRESENTADO: "Presentado",
    EstadoAviso.EMITIDO: "Emitido",
    EstadoAviso.RECHAZADO: "Rechazado",
}

FORMATO_FECHA = "dd/mm/yyyy"
FORMATO_FECHA_HORA = "dd/mm/yyyy hh:mm"
FORMATO_CANTIDAD = "#,##0.###"
FORMATO_DINERO = "#,##0.00"
FORMATO_PRECIO = "0.0000"
FORMATO_ENTERO = "0"
FORMATO_TEXTO = "@"

_MAX_TEXTO = 32767  # Excel's limit for one cell
# Control characters (pasted from other programs) are not allowed in the sheet's XML: dropped.
_SIN_CONTROL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


@dataclass(frozen=True, slots=True)
class Columna:
    titulo: str
    tipo: str  # texto | clave (text kept as typed) | cantidad | dinero | precio | fecha | fecha_hora | entero
    ancho: float


COLUMNAS: tuple[Columna, ...] = (
    Columna("Expediente", "texto", 28),
    Columna("Aviso", "texto", 8),
    Columna("Estado", "texto", 12),
    Columna("Folio VUCEM", "clave", 16),
    Columna("Número de aviso", "clave", 18),
    Columna("Fracción", "clave", 11),  # field 1
    Columna("NICO", "clave", 6),  # field 1
    Columna("Cantidad", "cantidad", 14),  # field 2
    Columna("UMT", "texto", 7),  # field 2
    Columna("Valor USD", "dinero", 14),  # field 3
    Columna("Precio unitario USD/UMT", "precio", 13),  # field 11 (unit price)
    Columna("País de origen del acero", "texto", 10),  # field 4
    Columna("País de origen de la mercancía", "texto", 10),  # field 5
    Columna("País exportador", "texto", 10),  # field 6
    Columna("Certificados", "texto", 24),  # field 7
    Columna("Fecha de expedición", "fecha", 12),  # field 8 (first certificate)
    Columna("Fechas de los certificados", "texto", 22),  # field 8 (all)
    Columna("Fabricante", "texto", 28),  # field 9
    Columna("Domicilio del fabricante", "texto", 30),  # field 9
    Columna("Clave del molino", "clave", 11),  # field 10
    Columna("Molino", "texto", 30),  # field 10
    Columna("Descripción", "texto", 60),  # field 11
    Columna("Observaciones", "texto", 30),  # field 12
    Columna("Facturas", "texto", 18),
    Columna("Proveedores", "texto", 24),
    Columna("Fecha de preparación", "fecha", 12),
    Columna("Errores", "entero", 8),
    Columna("Advertencias", "entero", 12),
    Columna("Última modificación", "fecha_hora", 17),
)

_FORMATOS = {
    "cantidad": FORMATO_CANTIDAD,
    "dinero": FORMATO_DINERO,
    "precio": FORMATO_PRECIO,
    "fecha": FORMATO_FECHA,
    "fecha_hora": FORMATO_FECHA_HORA,
    "entero": FORMATO_ENTERO,
    "clave": FORMATO_TEXTO,
}

_SEIS = Decimal("0.000001")


def _fecha_larga(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def _local(dt: datetime | None) -> datetime | None:
    """A UTC time from the database as local wall time without tzinfo (Excel has no time zones)."""
    if dt is None:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone().replace(tzinfo=None)
    return dt.replace(microsecond=0)


def filas_de_expediente(
    exp: Expediente,
    nombre: str,
    catalogos: Catalogos | None,
    hoy: date,
    modificado: dict[str, datetime] | None = None,
) -> list[list[Any]]:
    """The register rows (values in :data:`COLUMNAS` order) of one expediente's notices."""
    revision = revisar(exp, catalogos, hoy) if catalogos is not None else None
    certs = {c.id: c for c in exp.certificados}
    partidas = {p.id: (f, p) for f, p in exp.partidas()}
    filas = []
    for a in exp.avisos:
        filas.append(_fila(a, exp, nombre, certs, partidas, revision, modificado or {}))
    return filas


def _fila(a: Aviso, exp: Expediente, nombre: str, certs: dict, partidas: dict, revision: Any, modificado: dict) -> list[Any]:
    cs = [certs[c] for c in a.certificados if c in certs]
    fechas = [c.fecha_expedicion for c in cs]
    facturas: list[str] = []
    proveedores: list[str] = []
    for pid in a.partidas_factura:
        fp = partidas.get(pid)
        if fp is None:
            continue
        f = fp[0]
        numero = f.numero or f.id
        if numero not in facturas:
            facturas.append(numero)
        if f.proveedor and f.proveedor not in proveedores:
            proveedores.append(f.proveedor)
    precio = a.precio_unitario_usd
    if revision is not None:
        hs = revision.por_aviso.get(a.id, ())
        errores: int | None = sum(1 for h in hs if h.severidad is Severidad.ERROR)
        advertencias: int | None = sum(1 for h in hs if h.severidad is not Severidad.ERROR)
    else:
        errores = advertencias = None
    return [
        nombre,
        a.id,
        ESTADOS.get(a.estado, str(a.estado)),
        a.folio_vucem or None,
        a.numero_aviso or None,
        a.fraccion or None,
        a.nico or None,
        a.cantidad,
        a.umt or None,
        a.valor_usd,
        precio.quantize(_SEIS) if precio is not None else None,
        a.pais_origen_acero or None,
        a.pais_origen_mercancia or None,
        a.pais_exportador or None,
        "; ".join(c.numero for c in cs if c.numero) or None,
        fechas[0] if fechas else None,
        "; ".join(_fecha_larga(d) for d in fechas if d) if len(fechas) > 1 else None,
        a.fabricante.nombre or None,
        a.fabricante.domicilio or None,
        a.molino.clave or None,
        a.molino.nombre or None,
        a.descripcion or None,
        a.observaciones or None,
        "; ".join(facturas) or None,
        "; ".join(proveedores) or None,
        exp.fecha_preparacion,
        errores,
        advertencias,
        modificado.get(a.id),
    ]


def escribir_registro(
    almacen: Any,
    destino: Path,
    *,
    catalogos: Catalogos | None = None,
    hoy: date | None = None,
    progreso: Callable[[int, int], None] | None = None,
) -> int:
    """Write the register of every notice in ``almacen`` to ``destino`` (.xlsx); return the
    number of notices written.

    ``catalogos``: the loaded catalogs, for the errors/warnings count (``None`` leaves those
    columns empty). ``hoy``: the date the rules check against (today by default).
    ``progreso(hechos, total)`` is called after each expediente (for a progress bar).
    Raises :class:`~app.report.facturas.ErrorArchivo` when the file cannot be written (for
    instance, open in Excel) and :class:`app.store.ErrorAlmacen` for a database problem.
    """
    hoy = hoy or date.today()
    destino = Path(destino)
    expedientes = almacen.listar_expedientes()
    modificados: dict[int, dict[str, datetime]] = {}
    for fa in almacen.listar_avisos():
        modificados.setdefault(fa.expediente_id, {})[fa.clave] = _local(fa.actualizado_en)  # type: ignore[assignment]
    filas: list[list[Any]] = []
    total = len(expedientes)
    for n, resumen in enumerate(expedientes, start=1):
        exp = almacen.cargar_expediente(resumen.id)
        filas.extend(filas_de_expediente(exp, resumen.nombre, catalogos, hoy, modificados.get(resumen.id)))
        if progreso is not None:
            progreso(n, total)
    _escribir_libro(filas, destino, hoy, catalogos)
    return len(filas)


def _escribir_libro(filas: list[list[Any]], destino: Path, hoy: date, catalogos: Catalogos | None) -> None:
    """XlsxWriter (constant-memory mode) writes the workbook into a temporary file in the
    destination folder, which then replaces the destination in one step."""
    import xlsxwriter

    try:
        destino.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=destino.parent, prefix=f".{destino.stem}-", suffix=".xlsx")
        os.close(fd)
    except OSError as e:
        raise ErrorArchivo(destino, f"no se puede escribir en la carpeta ({e.strerror or e}).", "Elija otra carpeta.") from None
    try:
        # Normal mode: repeated texts (units, countries, statuses) go once into the shared-strings table.
        libro = xlsxwriter.Workbook(tmp, {"strings_to_numbers": False,
                                          "strings_to_formulas": False, "strings_to_urls": False})
        hoja = libro.add_worksheet("Avisos")
        encabezado = libro.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78", "text_wrap": True,
                                       "valign": "vcenter", "align": "center", "bottom": 1})
        formatos = [libro.add_format({"num_format": _FORMATOS[c.tipo]}) if c.tipo in _FORMATOS else None for c in COLUMNAS]
        for j, col in enumerate(COLUMNAS):
            hoja.set_column(j, j, col.ancho)
        hoja.set_row(0, 45)
        for j, col in enumerate(COLUMNAS):
            hoja.write_string(0, j, col.titulo, encabezado)
        hoja.freeze_panes(1, 2)
        hoja.autofilter(0, 0, len(filas), len(COLUMNAS) - 1)
        for i, valores in enumerate(filas, start=1):
            for j, v in enumerate(valores):
                _celda(hoja, i, j, v, formatos[j])

        info = libro.add_worksheet("Información")
        info.set_column(0, 0, 28)
        info.set_column(1, 1, 70)
        negrita = libro.add_format({"bold": True})
        info.write_string(0, 0, "Registro de avisos automáticos de importación de productos siderúrgicos",
                          libro.add_format({"bold": True, "font_size": 13}))
        filas_info: list[tuple[str, Any, str | None]] = [
            ("Generado", datetime.now().replace(microsecond=0), FORMATO_FECHA_HORA),
            ("Avisos", len(filas), None),
            ("Hallazgos revisados al", hoy, FORMATO_FECHA),
            ("Catálogos", _catalogos_txt(catalogos), None),
            ("Nota", "Errores y advertencias se cuentan por aviso con las reglas del Asistente y los catálogos "
                     "cargados. Los avisos en la papelera no se incluyen.", None),
        ]
        for i, (etiqueta, valor, fmt) in enumerate(filas_info, start=2):
            info.write_string(i, 0, etiqueta, negrita)
            _celda(info, i, 1, valor, libro.add_format({"num_format": fmt}) if fmt else None)
        libro.close()
        os.replace(tmp, destino)
    except PermissionError:
        raise ErrorArchivo(destino, "el archivo está abierto en otro programa o no hay permiso para reemplazarlo.",
                           "Ciérrelo en Excel y vuelva a intentarlo, o guarde el registro con otro nombre.") from None
    except OSError as e:
        raise ErrorArchivo(destino, f"no se pudo guardar ({e.strerror or e}).", "Revise el espacio en disco o elija otra carpeta.") from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def _celda(hoja: Any, fila: int, col: int, v: Any, formato: Any) -> None:
    """One typed cell: numbers as numbers, dates as dates, text as text (never a formula).

    Texts lose control characters and are cut at Excel's limit for one cell."""
    if v is None:
        return
    if isinstance(v, str):
        hoja.write_string(fila, col, v.translate(_SIN_CONTROL)[:_MAX_TEXTO], formato)
    elif isinstance(v, bool):
        hoja.write_boolean(fila, col, v, formato)
    elif isinstance(v, (int, float, Decimal)):
        if isinstance(v, Decimal) and not v.is_finite():
            return
        hoja.write_number(fila, col, float(v), formato)
    elif isinstance(v, datetime):
        hoja.write_datetime(fila, col, v.replace(tzinfo=None), formato)
    elif isinstance(v, date):
        hoja.write_datetime(fila, col, datetime(v.year, v.month, v.day), formato)
    else:
        hoja.write_string(fila, col, str(v).translate(_SIN_CONTROL)[:_MAX_TEXTO], formato)


def _catalogos_txt(catalogos: Catalogos | None) -> str:
    if catalogos is None:
        return "no se revisaron los avisos (sin catálogos)"
    partes = []
    for nombre in ("fracciones", "molinos", "paises", "tipos_cambio"):
        cat = getattr(catalogos, nombre, None)
        if cat is not None:
            partes.append(cat.meta.etiqueta())
    return "; ".join(partes) or "ninguno cargado"
