"""Claves de respuesta: qué debe leer el lector en cada archivo compartido.

- ``mill_cert_samples``: cada PDF se generó desde el JSON de al lado (esquemas EN 10168 y Metals
  de Material Identity); de ese JSON se sacan las respuestas de los campos de la regla R3.
- ``real_scans``: el nombre del archivo lista las coladas; el productor es turco (TUR).

Lo usan las pruebas y ``bench/extract.py``.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from app.extract.paises import ALFA2_A_ALFA3

_UNIDADES_KG = {"kg": Decimal(1), "t": Decimal(1000), "mt": Decimal(1000), "lb": Decimal("0.45359237")}


def _kg(valor, unidad: str) -> str | None:
    factor = _UNIDADES_KG.get(str(unidad).lower())
    if factor is None:
        return None
    return format((Decimal(str(valor)) * factor).normalize(), "f")


def _pais(alfa2: str | None) -> str | None:
    return ALFA2_A_ALFA3.get(alfa2.upper()) if alfa2 else None


def clave_muestra(ruta_json: Path) -> dict:
    """Respuestas esperadas de una muestra (campos sin respuesta: ``None``)."""
    datos = json.loads(Path(ruta_json).read_text(encoding="utf-8"))
    if "Certificate" in datos:  # EN 10168
        c = datos["Certificate"]
        ct, pd, val = c.get("CommercialTransaction", {}), c.get("ProductDescription", {}), c.get("Validation", {})
        a01 = ct.get("A01", {})
        masa = pd.get("B13") or pd.get("B12")
        return {
            "numero": ct.get("A03"),
            "fecha_expedicion": val.get("Z02"),
            "coladas": None,  # EN 10168 no tiene un campo de colada propiamente dicho
            "productor": a01.get("Name"),
            "pais": _pais(a01.get("Country")),
            "volumen_kg": _kg(masa["Value"], masa["Unit"]) if masa else None,
            "idiomas": [x.lower() for x in c.get("CertificateLanguages", [])],
            "norma": (pd.get("B02", {}).get("ProductNorm") or [None])[0],
        }
    p = datos["DigitalMaterialPassport"]
    prod = p.get("Product", {})
    fab = p.get("TransactionData", {}).get("Parties", {}).get("Manufacturer", {})
    entrega = p.get("TransactionData", {}).get("BusinessTransaction", {}).get("Delivery", {})
    if prod.get("Weight") is not None:
        volumen = _kg(prod["Weight"], prod.get("WeightUnit", "kg"))
    elif entrega.get("Quantity") is not None:
        volumen = _kg(entrega["Quantity"], entrega.get("QuantityUnit", "kg"))
    else:
        volumen = None
    colada = p.get("ChemicalAnalysis", {}).get("HeatNumber")
    normas = prod.get("ProductNorms") or [{}]
    return {
        "numero": p.get("Id"),
        "fecha_expedicion": p.get("IssueDate"),
        "coladas": [colada] if colada else None,
        "productor": fab.get("Name"),
        "pais": _pais(fab.get("Country")),
        "volumen_kg": volumen,
        "idiomas": [x.lower() for x in p.get("Languages", [])],
        "norma": normas[0].get("Standard"),
    }


def coladas_de_nombre(ruta: Path) -> list[str]:
    """«2600205_2600204-YAZICI.pdf» -> ["2600205", "2600204"]."""
    return Path(ruta).name.split("-")[0].split("_")


def comparar(nombre: str, esperado, obtenido) -> bool:
    """¿El valor obtenido cuenta como acierto para el campo ``nombre``?"""
    if esperado is None:
        return True
    if nombre == "coladas":
        return obtenido is not None and set(obtenido) == set(esperado)
    if nombre == "productor":
        return isinstance(obtenido, dict) and _normal(obtenido.get("nombre", "")) == _normal(esperado)
    if nombre == "idiomas":
        return obtenido in esperado
    if nombre == "norma":
        return obtenido is not None and _normal(esperado) in _normal(obtenido)
    if nombre == "volumen_kg":
        return obtenido is not None and Decimal(obtenido) == Decimal(esperado)
    return obtenido == esperado


def _normal(texto: str) -> str:
    return " ".join(str(texto).upper().replace(".", " ").replace(",", " ").split())
