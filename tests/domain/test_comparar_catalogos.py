"""Preview of a catalog change: rows added, removed and changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.catalogos import ErrorCatalogo
from app.domain.comparar_catalogos import comparar_catalogos, comparar_filas

RAIZ = Path(__file__).resolve().parents[2]

CABECERA = "# catalogo: molinos\n# version: {v}\n# fuente: prueba\n# vigencia: 2025-01-01\n# oficial: {o}\n# notas: \n"


def _molinos(filas: str, v: str = "1", o: str = "no", columnas: str = "clave,nombre,empresa,pais") -> str:
    return CABECERA.format(v=v, o=o) + columnas + "\n" + filas


def test_agregadas_eliminadas_cambiadas_e_iguales():
    actual = _molinos("SE00006,BREMEN PLANT,ARCELORMITTAL BREMEN GMBH,DEU\nSE00007,GENT PLANT,ARCELORMITTAL GENT,BEL\nSE00008,OLD MILL,OLD CO,ITA\n")
    nuevo = _molinos(
        "se00006 ,BREMEN PLANT,ArcelorMittal Bremen GmbH,DEU\nSE00007,GENT  PLANT,ARCELORMITTAL GENT,BEL\nSE00009,NEW MILL,NEW CO,TUR\n",
        v="2", o="si",
    )
    d = comparar_catalogos("molinos", actual, nuevo)
    assert [f["clave"] for f in d.agregadas] == ["SE00009"]
    assert [f["clave"] for f in d.eliminadas] == ["SE00008"]
    assert len(d.cambiadas) == 1
    cambio = d.cambiadas[0]
    assert cambio.clave == ("SE00006",) and cambio.campos == ("empresa",)
    assert cambio.antes["empresa"] == "ARCELORMITTAL BREMEN GMBH" and cambio.despues["empresa"] == "ArcelorMittal Bremen GmbH"
    assert d.iguales == 1  # spaces inside a value are not a change
    assert d.meta_actual.version == "1" and d.meta_nueva.version == "2" and d.meta_nueva.oficial
    assert d.hay_cambios
    assert d.resumen() == "1 fila nueva, 1 eliminada, 1 con cambios, 1 igual."


def test_sin_cambios():
    t = _molinos("SE00006,A,B,DEU\n")
    d = comparar_catalogos("molinos", t, t)
    assert not d.hay_cambios and d.iguales == 1
    assert d.resumen() == "0 filas nuevas, 0 eliminadas, 0 con cambios, 1 igual."


def test_sin_catalogo_actual_todo_es_nuevo():
    d = comparar_catalogos("molinos", None, _molinos("SE00006,A,B,DEU\nSE00007,C,D,BEL\n"))
    assert len(d.agregadas) == 2 and d.meta_actual is None


def test_columnas_distintas_se_informan_aparte():
    actual = _molinos("SE00006,A,B,DEU\n")
    nuevo = _molinos("SE00006,A,DEU,x\n", columnas="clave,nombre,pais,notas")
    d = comparar_catalogos("molinos", actual, nuevo)
    assert d.columnas_agregadas == ("notas",) and d.columnas_quitadas == ("empresa",)
    assert d.iguales == 1 and not d.cambiadas
    assert "Columnas nuevas: notas." in d.resumen() and "ya no vienen: empresa" in d.resumen()


def test_claves_repetidas_en_el_nuevo():
    d = comparar_catalogos("molinos", None, _molinos("SE00006,A,B,DEU\nSE00006,A2,B,DEU\n"))
    assert d.duplicadas == (("SE00006",),)
    assert len(d.agregadas) == 1 and d.agregadas[0]["nombre"] == "A2"


def test_fracciones_por_digitos_y_nico():
    incluido = (RAIZ / "catalogs" / "fracciones.csv").read_text(encoding="utf-8")
    cab = "# catalogo: fracciones\n# version: x\n# fuente: y\n# vigencia: 2025-01-01\n# oficial: si\n# notas:\n"
    nuevo = cab + "fraccion,nico,descripcion,umt,sujeta\n7214.20.99,0,Las demás,KGM,si\n72142099,01,Nueva,KGM,si\n"
    d = comparar_catalogos("fracciones", incluido, nuevo)
    claves_agregadas = {(f["fraccion"], f["nico"]) for f in d.agregadas}
    assert ("72142099", "01") in claves_agregadas
    assert len(d.eliminadas) > 300
    assert d.columnas_quitadas == ("descripcion_fraccion", "descripcion_partida", "estatus", "certificado")


def test_tipos_cambio_por_moneda_y_mes():
    cab = "# catalogo: tipos_cambio\n# version: 1\n# fuente: f\n# vigencia: 2025-08-01\n# oficial: no\n# notas:\n"
    a = cab + "moneda,mes,valor,expresion,fuente\nMXN,2025-06,19,unidades_por_usd,a\nMXN,2025-07,18.9,unidades_por_usd,a\n"
    b = cab + "moneda,mes,valor,expresion,fuente\nmxn,2025-06,19,unidades_por_usd,a\nMXN,2025-07,18.846,unidades_por_usd,b\nEUR,2025-07,1.14,usd_por_unidad,c\n"
    d = comparar_catalogos("tipos_cambio", a, b)
    assert [c.campos for c in d.cambiadas] == [("valor", "fuente")]
    assert d.cambiadas[0].etiqueta() == "MXN 2025-07"
    assert len(d.agregadas) == 1 and d.iguales == 1


def test_archivo_nuevo_de_otro_catalogo_o_sin_clave():
    with pytest.raises(ErrorCatalogo):
        comparar_catalogos("molinos", None, "# catalogo: paises\nclave,nombre\n")
    with pytest.raises(ErrorCatalogo, match="clave"):
        comparar_catalogos("molinos", None, "nombre,empresa\nA,B\n")


def test_comparar_filas_directo():
    agregadas, eliminadas, cambiadas, iguales, dup = comparar_filas(
        "paises", [{"clave": "TUR", "nombre": "TURQUÍA"}], [{"clave": "tur", "nombre": "TÜRKIYE"}], ["clave", "nombre"])
    assert not agregadas and not eliminadas and iguales == 0 and not dup
    assert cambiadas[0].campos == ("nombre",)
