"""Core benchmark: checking an expediente with 1,000 notices, and splitting its invoice.

Run with ``python -m bench core`` (or ``python bench/core.py``).
"""

from __future__ import annotations

import copy
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.catalog_files import cargar_catalogos
from app.domain.archivo import escribir_expediente, expediente_desde_dict, leer_expediente
from app.domain.division import proponer_avisos
from app.domain.reglas import revisar
from app.paths import Paths

RAIZ = Path(__file__).resolve().parent.parent


def expediente_grande(n: int) -> dict:
    """An expediente with ``n`` notices, each with its own invoice line and mill certificate."""
    partidas, certs, avisos = [], [], []
    for i in range(1, n + 1):
        toneladas = Decimal(20 + i % 7)
        precio = Decimal(600 + i % 50)
        importe = toneladas * precio
        certs.append({
            "id": f"C{i}", "tipo": "molino", "numero": f"MTC-{i:06d}", "fecha_expedicion": "2025-07-07",
            "volumen_kg": str(toneladas * 1000 + 500), "pais": "DEU", "coladas": [f"H{i:06d}"],
            "productor": {"nombre": "ArcelorMittal Bremen GmbH", "domicilio": "Bremen", "pais": "DEU", "telefono": "+49 421"},
            "descripcion": "Hot rolled coil S235JR 2 mm x 1250 mm", "firma_sello_qr": True, "idioma": "de", "traduccion": True,
        })
        partidas.append({
            "id": f"F1-{i}", "descripcion": "Lámina rolada en caliente", "fraccion": "72083701", "nico": "99",
            "cantidad": str(toneladas), "unidad": "TNE", "precio_unitario": str(precio), "importe": str(importe),
            "pais_origen": "DEU", "certificado": f"C{i}",
        })
        avisos.append({
            "id": f"A{i}", "fraccion": "72083701", "nico": "99", "cantidad": str(toneladas * 1000), "umt": "KGM",
            "valor_usd": str(importe), "pais_origen_acero": "DEU", "pais_origen_mercancia": "DEU", "pais_exportador": "DEU",
            "certificados": [f"C{i}"], "fabricante": {"nombre": "ArcelorMittal Bremen GmbH", "domicilio": "Bremen"},
            "molino": {"clave": "SE00006", "nombre": "ARCELORMITTAL BREMEN STEEL PLANT"},
            "descripcion": f"Lámina de acero al carbono laminada en caliente S235JR, 6 mm x 1250 mm. "
                           f"Precio unitario {precio / 1000} USD/kg. Factura en toneladas, convertidas a kilogramos.",
            "partidas_factura": [f"F1-{i}"],
        })
    return {
        "formato": "aaips-expediente/1", "fecha_preparacion": "2025-08-04",
        "importador": {"rfc": "AAA010101AAA", "nombre": "Importadora"},
        "facturas": [{"id": "F1", "numero": "INV-1", "fecha": "2025-07-11", "moneda": "USD", "usd_por_unidad": "1", "partidas": partidas}],
        "certificados": certs, "avisos": avisos,
    }


def _mejor(func, repeticiones: int = 3) -> float:
    tiempos = []
    for _ in range(repeticiones):
        t0 = time.perf_counter()
        func()
        tiempos.append(time.perf_counter() - t0)
    return min(tiempos)


def run() -> list[tuple[str, float, str]]:
    catalogos, _ = cargar_catalogos(Paths(datos=Path("/nonexistent-aaips"), programa=RAIZ))
    doc = expediente_grande(1000)
    texto = escribir_expediente(expediente_desde_dict(copy.deepcopy(doc)))
    exp = leer_expediente(texto)
    revision = revisar(exp, catalogos, date(2025, 8, 10))
    assert revision.valido, revision.todos()[:3]  # the benchmark measures real, passing checks
    return [
        ("leer expediente JSON de 1,000 avisos", _mejor(lambda: leer_expediente(texto)), "-"),
        ("revisar expediente de 1,000 avisos (aaips check)", _mejor(lambda: revisar(exp, catalogos, date(2025, 8, 10))), "< 1 s"),
        ("proponer avisos de 1,000 partidas (aaips split)", _mejor(lambda: proponer_avisos(exp, catalogos)), "-"),
    ]


def imprimir(filas: list[tuple[str, float, str]]) -> None:
    ancho = max(len(f[0]) for f in filas)
    print(f"{'medición'.ljust(ancho)}  {'segundos':>9}  meta")
    for nombre, seg, meta in filas:
        print(f"{nombre.ljust(ancho)}  {seg:9.3f}  {meta}")


if __name__ == "__main__":
    imprimir(run())
