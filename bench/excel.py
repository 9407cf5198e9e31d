"""Excel benchmark: importing a 5,000-line invoice and writing a 10,000-notice register.

Run with ``python -m bench excel`` (once ``excel`` is listed in bench/__main__.py) or
``python bench/excel.py``. The files and the database are built in a temporary folder first;
only the measured step is timed (best of a few runs).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.catalog_files import cargar_catalogos
from app.domain.archivo import expediente_desde_dict
from app.paths import Paths
from app.report.facturas import detectar_encabezado, importar_partidas, leer_tabla, proponer_mapeo
from app.report.registro import escribir_registro
from app.store import abrir_almacen
from bench.core import expediente_grande

RAIZ = Path(__file__).resolve().parent.parent
HOY = date(2025, 8, 10)


def factura_xlsx(ruta: Path, lineas: int) -> Path:
    """An invoice workbook with a title block, ``lineas`` lines (some numbers as text) and a total."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Invoice")
    ws.append(["STEEL TRADE GMBH - COMMERCIAL INVOICE"])
    ws.append(["Invoice No.", "INV-2025-0711", None, "Date", "11.07.2025"])
    ws.append([])
    ws.append(["Item", "Description of goods", "HS Code", "Net weight", "Unit", "Unit price USD", "Amount USD",
               "Country of origin", "MTC No."])
    total = 0
    for i in range(1, lineas + 1):
        toneladas = 20 + i % 7
        precio = 600 + i % 50
        importe = toneladas * precio
        total += importe
        cantidad = f"{toneladas}.000" if i % 3 == 0 else toneladas  # some numbers stored as text
        ws.append([i, f"Hot rolled coil S235JR {2 + i % 5}.0 x 1250 mm", "7208.37.01", cantidad, "MT", precio,
                   f"{importe:,.2f}" if i % 4 == 0 else importe, "Korea", f"MTC-{i:06d}"])
    ws.append([None, "TOTAL", None, None, None, None, total])
    wb.save(ruta)
    return ruta


def _mejor(func: Callable[[], object], repeticiones: int = 3) -> float:
    tiempos = []
    for _ in range(repeticiones):
        t0 = time.perf_counter()
        func()
        tiempos.append(time.perf_counter() - t0)
    return min(tiempos)


def _importar(ruta: Path) -> int:
    tabla = leer_tabla(ruta)
    fila = detectar_encabezado(tabla)
    r = importar_partidas(tabla, proponer_mapeo(tabla, fila), fila_encabezado=fila)
    assert not r.errores, r.errores[:3]
    return len(r.partidas)


def run() -> list[tuple[str, float, str]]:
    catalogos, _ = cargar_catalogos(Paths(datos=Path("/nonexistent-aaips"), programa=RAIZ))
    with tempfile.TemporaryDirectory(prefix="aaips-bench-excel-") as d:
        carpeta = Path(d)
        factura = factura_xlsx(carpeta / "factura.xlsx", 5000)
        assert _importar(factura) == 5000
        t_factura = _mejor(lambda: _importar(factura))

        almacen = abrir_almacen(carpeta / "aaips.sqlite3", carpeta / "respaldos")
        try:
            base = expediente_desde_dict(expediente_grande(100))
            for i in range(100):  # 100 expedientes x 100 notices
                almacen.guardar_expediente(base, nombre=f"Operación {i + 1:03d}")
            destino = carpeta / "registro.xlsx"
            assert escribir_registro(almacen, destino, catalogos=catalogos, hoy=HOY) == 10_000
            t_registro = _mejor(lambda: escribir_registro(almacen, destino, catalogos=catalogos, hoy=HOY), 2)
            t_sin_revision = _mejor(lambda: escribir_registro(almacen, destino, catalogos=None, hoy=HOY), 2)
        finally:
            almacen.cerrar()
    return [
        ("importar factura .xlsx de 5,000 líneas", t_factura, "< 3 s"),
        ("registro Excel de 10,000 avisos (con hallazgos)", t_registro, "< 5 s"),
        ("registro Excel de 10,000 avisos (sin revisar)", t_sin_revision, "-"),
    ]


def imprimir(filas: list[tuple[str, float, str]]) -> None:
    ancho = max(len(f[0]) for f in filas)
    print(f"{'medición'.ljust(ancho)}  {'segundos':>9}  meta")
    for nombre, seg, meta in filas:
        print(f"{nombre.ljust(ancho)}  {seg:9.3f}  {meta}")


if __name__ == "__main__":
    imprimir(run())
