"""Seis escaneos reales (acería turca, página girada 90°, sin capa de texto)."""

from __future__ import annotations

import pytest

from .claves import coladas_de_nombre
from .conftest import ESCANEOS
from .test_api import validar_forma

NOMBRES = sorted(p.name for p in ESCANEOS.glob("*.pdf")) if ESCANEOS.is_dir() else []


@pytest.mark.parametrize("nombre", NOMBRES)
def test_escaneo_real(nombre, lecturas_escaneos):
    lectura = lecturas_escaneos[nombre]
    validar_forma(lectura.a_json(), lectura)
    [pagina] = lectura.paginas
    assert pagina.metodo == "ocr"
    assert pagina.rotacion == 90
    # Coladas: exactamente las de la columna HEAT NUMBER, en orden.
    assert lectura.valor("coladas") == coladas_de_nombre(nombre)
    coladas = lectura.campos["coladas"]
    assert coladas.metodo == "ocr" and coladas.confianza >= 0.6
    # El productor y su país (Turquía, por la razón social «... SANAYI VE TICARET A.S.»).
    assert "YAZICIDEMIRCELIK" in lectura.valor("productor")["nombre"].replace(" ", "")  # el OCR puede partir palabras
    assert lectura.valor("pais") == "TUR"
    assert lectura.tipo_probable == "molino"
    # Firma, sello o QR: el QR impreso se detecta en la imagen.
    firma = lectura.campos["firma_sello_qr"]
    assert firma.valor is True and "QR" in firma.texto
    assert "BS 4449" in lectura.valor("norma")
    assert lectura.valor("idioma") == "en"
    # Estos escaneos no traen número ni fecha del certificado: no se inventan.
    assert "numero" not in lectura.campos
    assert "fecha_expedicion" not in lectura.campos


def test_recall_y_precision_de_coladas(lecturas_escaneos):
    esperadas = obtenidas = aciertos = 0
    for nombre, lectura in lecturas_escaneos.items():
        verdad = set(coladas_de_nombre(nombre))
        leidas = set(lectura.valor("coladas") or [])
        esperadas += len(verdad)
        obtenidas += len(leidas)
        aciertos += len(verdad & leidas)
    assert aciertos / esperadas >= 0.98
    assert aciertos / obtenidas >= 0.98
