"""Muestras sintéticas con capa de texto (EN 10168 y Metals) contra su JSON de respuestas."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.extract import leer_certificado

from .claves import clave_muestra, comparar
from .conftest import MUESTRAS
from .test_api import validar_forma

PDFS = sorted(MUESTRAS.glob("*.pdf")) if MUESTRAS.is_dir() else []
CAMPOS = ["numero", "fecha_expedicion", "coladas", "productor", "pais", "volumen_kg", "norma"]


@pytest.fixture(scope="module")
def lecturas(carpeta_muestras):
    return {ruta.name: leer_certificado(ruta) for ruta in sorted(carpeta_muestras.glob("*.pdf"))}


@pytest.mark.parametrize("ruta", PDFS, ids=[p.stem for p in PDFS])
def test_muestra_contra_clave(ruta: Path, lecturas):
    lectura = lecturas[ruta.name]
    validar_forma(lectura.a_json(), lectura)
    clave = clave_muestra(ruta.with_suffix(".json"))
    assert all(p.metodo == "texto" for p in lectura.paginas)
    fallos = []
    for campo in CAMPOS:
        esperado = clave[campo]
        if esperado is None:
            continue
        obtenido = lectura.valor(campo)
        if not comparar(campo, esperado, obtenido):
            fallos.append(f"{campo}: esperado {esperado!r}, leído {obtenido!r}")
    assert not fallos, "; ".join(fallos)
    assert comparar("idiomas", clave["idiomas"], lectura.valor("idioma"))
    assert lectura.tipo_probable == "molino"
    # El productor trae su domicilio y el país coincide con el campo «pais».
    productor = lectura.valor("productor")
    assert productor["domicilio"]
    assert productor["pais"] == lectura.valor("pais")
