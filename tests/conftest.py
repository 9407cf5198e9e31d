"""Shared fixtures: a fully valid expediente to mutate, and the bundled catalogs."""

from __future__ import annotations

import copy
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.catalog_files import cargar_catalogos
from app.paths import Paths

RAIZ = Path(__file__).resolve().parent.parent
SHARED = RAIZ.parent / "shared"

HOY = date(2025, 8, 10)

_VALIDO: dict[str, Any] = {
    "formato": "aaips-expediente/1",
    "fecha_preparacion": "2025-08-04",
    "importador": {"rfc": "AAA010101AAA", "nombre": "Importadora Ejemplo SA de CV"},
    "facturas": [
        {
            "id": "F1", "numero": "INV-2025-0711", "fecha": "2025-07-11", "proveedor": "Steel Trade GmbH",
            "moneda": "USD", "usd_por_unidad": "1", "incoterm": "CFR", "fletes": "850.00", "seguros": "0.00",
            "partidas": [
                {"id": "F1-1", "descripcion": "Rebar BS4449 B500B 25mm x 14m", "fraccion": "72142001", "nico": "00",
                 "cantidad": "24.500", "unidad": "TNE", "precio_unitario": "690.00", "importe": "16905.00",
                 "pais_origen": "DEU", "certificado": "C1"},
            ],
        }
    ],
    "certificados": [
        {
            "id": "C1", "tipo": "molino", "numero": "MTC-2600219", "fecha_expedicion": "2025-07-07",
            "volumen_kg": "24800", "pais": "DEU", "coladas": ["2600219", "2600217"],
            "productor": {"nombre": "ArcelorMittal Bremen GmbH", "domicilio": "Carl-Benz-Str. 30, 28237 Bremen",
                          "pais": "DEU", "telefono": "+49 421 6480", "correo": "info@example.com"},
            "descripcion": "BS 4449:2005 B500B ribbed bars, 25 mm x 14 m",
            "firma_sello_qr": True, "idioma": "en", "traduccion": True, "archivo": "mtc.pdf",
        }
    ],
    "avisos": [
        {
            "id": "A1", "fraccion": "72142001", "nico": "00", "cantidad": "24500", "umt": "KGM",
            "valor_usd": "16905.00", "pais_origen_acero": "DEU", "pais_origen_mercancia": "DEU",
            "pais_exportador": "DEU", "certificados": ["C1"],
            "fabricante": {"nombre": "ArcelorMittal Bremen GmbH", "domicilio": "Carl-Benz-Str. 30, 28237 Bremen"},
            "molino": {"clave": "SE00006", "nombre": "ARCELORMITTAL BREMEN STEEL PLANT"},
            "descripcion": "Varilla corrugada de acero al carbono BS 4449 B500B, 25 mm x 14 m, sin recubrimiento. "
                           "Precio unitario 0.69 USD/kg. Factura en toneladas, convertidas a kilogramos.",
            "observaciones": "", "partidas_factura": ["F1-1"],
        }
    ],
}


def expediente_valido() -> dict[str, Any]:
    """A deep copy of an expediente that passes every rule with the bundled catalogs."""
    return copy.deepcopy(_VALIDO)


@pytest.fixture
def doc() -> dict[str, Any]:
    return expediente_valido()


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(datos=tmp_path / "datos", programa=RAIZ).crear()


@pytest.fixture(scope="session")
def catalogos():
    cats, estados = cargar_catalogos(Paths(datos=Path("/nonexistent-aaips"), programa=RAIZ))
    assert not [e for e in estados if e.error], estados
    return cats


@pytest.fixture(autouse=True)
def _datos_aislados(tmp_path_factory, monkeypatch):
    """No test ever touches the real user data folder."""
    monkeypatch.setenv("AAIPS_DATA_DIR", str(tmp_path_factory.mktemp("aaips-datos")))
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
