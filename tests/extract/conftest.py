"""Accesorios de las pruebas del lector de certificados.

- Los archivos compartidos (escaneos reales y muestras sintéticas con su clave de respuestas) están
  en ``../shared`` respecto al repositorio; si esa carpeta no existe, esas pruebas se saltan.
- Las pruebas de OCR usan Tesseract real; si no está instalado, se saltan con el motivo.
- Cada escaneo real se lee UNA vez por sesión (el OCR cuesta unos segundos por página).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.extract import leer_certificado, tesseract_disponible

from . import sinteticos

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
ESCANEOS = SHARED / "fixtures" / "real_scans"
MUESTRAS = SHARED / "research_data" / "mill_cert_samples"

HAY_TESSERACT, ESTADO_TESSERACT = tesseract_disponible()
requiere_tesseract = pytest.mark.skipif(not HAY_TESSERACT, reason=f"Tesseract no disponible: {ESTADO_TESSERACT}")


def _carpeta_o_saltar(carpeta: Path) -> Path:
    if not carpeta.is_dir():
        pytest.skip(f"no existe la carpeta compartida {carpeta.resolve()} (se esperaba junto al repositorio)")
    return carpeta


@pytest.fixture(scope="session")
def carpeta_escaneos() -> Path:
    return _carpeta_o_saltar(ESCANEOS)


@pytest.fixture(scope="session")
def carpeta_muestras() -> Path:
    return _carpeta_o_saltar(MUESTRAS)


@pytest.fixture(scope="session")
def lecturas_escaneos(carpeta_escaneos):
    """{archivo: Lectura} de los escaneos reales, leídos una sola vez por sesión."""
    if not HAY_TESSERACT:
        pytest.skip(f"Tesseract no disponible: {ESTADO_TESSERACT}")
    return {ruta.name: leer_certificado(ruta) for ruta in sorted(carpeta_escaneos.glob("*.pdf"))}


@pytest.fixture(scope="session")
def carpeta_sinteticos(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("sinteticos")


@pytest.fixture(scope="session")
def sinteticos_texto(carpeta_sinteticos) -> dict[str, sinteticos.Sintetico]:
    return {nombre: sinteticos.generar(nombre, carpeta_sinteticos) for nombre in sinteticos.DISENOS}


#: Escaneos simulados: (diseño, giro en grados, inclinación en grados, resolución del escaneo).
ESCANEOS_SINTETICOS = [
    ("formulario_en", 90, 0.6, 150),
    ("encabezados_es", 270, -0.5, 150),
    ("aleman", 180, 0.4, 200),
    ("turco", 0, 0.8, 150),
    ("multipagina", 90, 0.3, 200),
]


@pytest.fixture(scope="session")
def lecturas_sinteticos_escaneados(sinteticos_texto, carpeta_sinteticos):
    """{diseño: (Sintetico, giro, Lectura)} de los escaneos simulados, leídos una vez."""
    if not HAY_TESSERACT:
        pytest.skip(f"Tesseract no disponible: {ESTADO_TESSERACT}")
    salida = {}
    for nombre, giro, inclinacion, dpi in ESCANEOS_SINTETICOS:
        s = sinteticos_texto[nombre]
        ruta = sinteticos.escanear(
            s.ruta, carpeta_sinteticos / f"escaneo_{nombre}.pdf", giro=giro, inclinacion=inclinacion, dpi=dpi
        )
        salida[nombre] = (s, giro, leer_certificado(ruta))
    return salida
