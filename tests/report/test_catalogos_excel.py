"""Catalog updates from external CSV/XLSX files: conversion, preview and apply."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.catalog_files import cargar_catalogos
from app.domain.catalogos import ErrorCatalogo, catalogo_fracciones, catalogo_molinos, catalogo_paises, catalogo_unidades
from app.report.catalogos_excel import (
    aplicar_catalogo,
    convertir_catalogo_externo,
    guardar_tipos_cambio,
    leer_catalogo_externo,
    preparar_actualizacion,
    separar_molino_vucem,
    texto_catalogo_actual,
    vista_previa,
)
from app.report.facturas import ErrorArchivo
from app.report.tipos_cambio import FilaTipoCambio

HOY = date(2025, 8, 10)


def _xlsx(ruta: Path, filas: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    for f in filas:
        ws.append(f)
    wb.save(ruta)
    return ruta


def test_separar_molino_vucem():
    assert separar_molino_vucem("SE00006 - ARCELORMITTAL BREMEN STEEL PLANT (ARCELORMITTAL BREMEN GMBH)") == (
        "SE00006", "ARCELORMITTAL BREMEN STEEL PLANT", "ARCELORMITTAL BREMEN GMBH")
    assert separar_molino_vucem("SE00123 – PLANTA (NORTE) (ACERO (MÉXICO) SA)") == ("SE00123", "PLANTA (NORTE)", "ACERO (MÉXICO) SA")
    assert separar_molino_vucem("SE00124 - PLANTA SIN DUEÑO") == ("SE00124", "PLANTA SIN DUEÑO", "")
    assert separar_molino_vucem("Planta X") is None


def test_molinos_xlsx_con_columnas(tmp_path):
    ruta = _xlsx(tmp_path / "molinos_se.xlsx", [
        ["Catálogo de molinos"],
        ["Versión: 2025.3", None, "Fecha de publicación: 15/04/2025"],
        ["CLAVE", "NOMBRE DE LA PLANTA", "EMPRESA", "PAÍS"],
        ["SE00006", "ARCELORMITTAL BREMEN STEEL PLANT", "ARCELORMITTAL BREMEN GMBH", "Alemania"],
        ["SE00200", "ISKENDERUN PLANT", "ISDEMIR", "TURKEY"],
        ["SE00201", "POHANG WORKS", "POSCO", "KR"],
        ["SE00202", "SIN PAIS", "X", "Narnia"],
        ["X-1", "MAL", "Y", "DEU"],
        ["SE00200", "ISKENDERUN PLANT", "ISDEMIR A.S.", "TUR"],
        [],
    ])
    conv = convertir_catalogo_externo("molinos", ruta, oficial=True, hoy=HOY)
    cat = catalogo_molinos(conv.texto)
    assert cat.meta.version == "2025.3" and cat.meta.vigencia == date(2025, 4, 15)
    assert cat.meta.oficial and cat.meta.fuente == "molinos_se.xlsx"
    assert [m.clave for m in cat.filas] == ["SE00006", "SE00200", "SE00201", "SE00202"]
    assert cat.buscar("SE00006").pais == "DEU"
    assert cat.buscar("SE00200").empresa == "ISDEMIR A.S." and cat.buscar("SE00200").pais == "TUR"
    assert cat.buscar("SE00201").pais == "KOR"
    assert cat.buscar("SE00202").pais == ""
    assert any("Narnia" in o for o in conv.omitidas)
    assert any("X-1" in o for o in conv.omitidas)
    assert any("repetida" in o for o in conv.omitidas)
    assert conv.columnas["nombre"] == "NOMBRE DE LA PLANTA"


def test_molinos_una_columna_como_vucem(tmp_path):
    texto = (
        "Molino\n"
        "SE00006 - ARCELORMITTAL BREMEN STEEL PLANT (ARCELORMITTAL BREMEN GMBH)\n"
        "SE00300 - HOT STRIP MILL (TATA STEEL IJMUIDEN BV)\n"
        "Planta sin clave\n"
    )
    ruta = tmp_path / "vucem.csv"
    ruta.write_text(texto, encoding="utf-8")
    conv = convertir_catalogo_externo("molinos", ruta, hoy=HOY)
    cat = catalogo_molinos(conv.texto)
    assert [(m.clave, m.nombre, m.empresa) for m in cat.filas] == [
        ("SE00006", "ARCELORMITTAL BREMEN STEEL PLANT", "ARCELORMITTAL BREMEN GMBH"),
        ("SE00300", "HOT STRIP MILL", "TATA STEEL IJMUIDEN BV"),
    ]
    assert cat.meta.version == HOY.isoformat() and not cat.meta.oficial
    assert len(conv.omitidas) == 1


def test_molinos_clave_completa_en_la_columna_clave(tmp_path):
    ruta = _xlsx(tmp_path / "m.xlsx", [["Clave", "Nombre"], ["SE00006 - PLANTA (DUEÑO)", None], [7, "OTRA"]])
    cat = catalogo_molinos(leer_catalogo_externo("molinos", ruta, hoy=HOY))
    assert [(m.clave, m.nombre, m.empresa) for m in cat.filas] == [("SE00006", "PLANTA", "DUEÑO"), ("SE00007", "OTRA", "")]


def test_fracciones_oficiales(tmp_path):
    ruta = _xlsx(tmp_path / "anexo.xlsx", [
        ["Fracción arancelaria", "NICO", "Descripción", "Unidad de medida"],
        ["7208.37.01", "00", "De espesor superior o igual a 4.75 mm pero inferior o igual a 10 mm.", "Kg"],
        ["7214.20.99.01", None, "Varilla corrugada", "Kilogramo"],
        [72142099, 99, "Los demás.", None],
        ["7304.19", "01", "Tubo", "Kg"],
    ])
    conv = convertir_catalogo_externo("fracciones", ruta, oficial=True, hoy=HOY)
    cat = catalogo_fracciones(conv.texto)
    assert [(f.fraccion, f.nico, f.umt, f.sujeta) for f in cat.filas] == [
        ("72083701", "00", "KGM", True), ("72142099", "01", "KGM", True), ("72142099", "99", "KGM", True)]
    assert "sujeta=si" in cat.meta.notas
    assert len(conv.omitidas) == 1 and "7304.19" in conv.omitidas[0]


def test_fracciones_con_columna_de_sujecion_y_certificado(tmp_path):
    ruta = tmp_path / "f.csv"
    ruta.write_text("fraccion;nico;descripcion;umt;sujeta;certificado\n72142099;00;Varilla;KGM;No;Molino\n"
                    "73061999;01;Tubo;KGM;X;calidad\n", encoding="utf-8")
    cat = catalogo_fracciones(leer_catalogo_externo("fracciones", ruta, hoy=HOY))
    assert [(f.clave, f.sujeta, f.certificado) for f in cat.filas] == [("7214209900", False, "molino"), ("7306199901", True, "calidad")]


def test_paises_monedas_unidades(tmp_path):
    paises = _xlsx(tmp_path / "paises.xlsx", [["Clave SAAI M3", "País", "Alfa 2"], ["TUR", "Turquía", "tr"], ["KOR", "Corea", "KR"], ["XX", "mal", ""]])
    cat = catalogo_paises(leer_catalogo_externo("paises", paises, hoy=HOY))
    assert [(c.clave, c.nombre, c.dato) for c in cat.filas] == [("TUR", "Turquía", "TR"), ("KOR", "Corea", "KR")]
    unidades = _xlsx(tmp_path / "u.xlsx", [["Clave unidad", "Nombre", "Kg por unidad"], ["KGM", "Kilogramo", 1], ["TNE", "Tonelada", "1,000"], ["H87", "Pieza", None]])
    cu = catalogo_unidades(leer_catalogo_externo("unidades", unidades, hoy=HOY))
    assert [(c.clave, c.dato) for c in cu.filas] == [("KGM", "1"), ("TNE", "1000"), ("H87", "")]
    monedas = tmp_path / "m.csv"
    monedas.write_text("Clave,Moneda\nEUR,Euro\nMXN,Peso mexicano\n", encoding="utf-8")
    assert "EUR,Euro" in leer_catalogo_externo("monedas", monedas, hoy=HOY)


def test_archivo_en_nuestro_formato_conserva_sus_metadatos(tmp_path):
    propio = tmp_path / "molinos.csv"
    propio.write_text("# catalogo: molinos\n# version: 7\n# fuente: VUCEM\n# vigencia: 2025-05-01\n# oficial: si\n# notas: n\n"
                      "clave,nombre,empresa,pais\nSE00006,A,B,DEU\n", encoding="utf-8")
    conv = convertir_catalogo_externo("molinos", propio, hoy=HOY)
    assert conv.texto == propio.read_text(encoding="utf-8") and conv.filas == 1
    sin_meta = tmp_path / "m2.csv"
    sin_meta.write_text("# catalogo: molinos\nclave,nombre\nSE00006,A\n", encoding="utf-8")
    cat = catalogo_molinos(leer_catalogo_externo("molinos", sin_meta, oficial=True, hoy=HOY))
    assert cat.meta.version == "2025-08-10" and cat.meta.fuente == "m2.csv" and cat.meta.oficial
    otro = tmp_path / "p.csv"
    otro.write_text("# catalogo: paises\nclave,nombre\nTUR,T\n", encoding="utf-8")
    with pytest.raises(ErrorCatalogo, match="paises"):
        leer_catalogo_externo("molinos", otro)


def test_errores_claros(tmp_path):
    with pytest.raises(ErrorCatalogo, match="no es un catálogo"):
        leer_catalogo_externo("colores", tmp_path / "x.csv")
    sin_columnas = _xlsx(tmp_path / "s.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(ErrorCatalogo, match="fila de títulos"):
        leer_catalogo_externo("paises", sin_columnas)
    with pytest.raises(ErrorCatalogo, match="no se encontraron molinos"):
        leer_catalogo_externo("molinos", sin_columnas)
    sin_filas = _xlsx(tmp_path / "v.xlsx", [["Clave", "Nombre"], ["", ""]])
    with pytest.raises(ErrorCatalogo, match="no tiene filas"):
        leer_catalogo_externo("paises", sin_filas)
    corrupto = tmp_path / "c.xlsx"
    corrupto.write_bytes(b"PK\x03\x04basura")
    with pytest.raises(ErrorArchivo, match="dañado"):
        leer_catalogo_externo("molinos", corrupto)
    cert = tmp_path / "cert.xlsx"
    _xlsx(cert, [["vigente_desde", "tipo"]])
    with pytest.raises(ErrorCatalogo, match="formato del Asistente"):
        leer_catalogo_externo("certificado_por_partida", cert)


def test_vista_previa_y_aplicar(tmp_path, paths):
    ruta = _xlsx(tmp_path / "molinos.xlsx", [
        ["CLAVE", "PLANTA", "EMPRESA", "PAIS"],
        ["SE00006", "ARCELORMITTAL BREMEN STEEL PLANT", "ArcelorMittal Bremen GmbH", "DEU"],
        ["SE00200", "ISKENDERUN PLANT", "ISDEMIR", "TUR"],
    ])
    act = preparar_actualizacion(paths, "molinos", ruta, oficial=True, hoy=HOY)
    d = act.diferencia
    assert [f["clave"] for f in d.agregadas] == ["SE00200"]
    assert [c.campos for c in d.cambiadas] == [("empresa",)]
    assert d.meta_actual.version == "2026.11.1" and d.meta_nueva.oficial
    assert not (paths.catalogos_usuario / "molinos.csv").exists()  # a preview writes nothing
    meta = aplicar_catalogo(paths, "molinos", act.texto)
    assert meta.oficial and meta.version == HOY.isoformat()
    assert (paths.catalogos_usuario / "molinos.csv").read_text(encoding="utf-8") == act.texto
    assert not list(paths.datos.glob(".molinos-*"))
    cats, estados = cargar_catalogos(paths)
    assert cats.molinos.buscar("SE00200").nombre == "ISKENDERUN PLANT"
    assert next(e for e in estados if e.nombre == "molinos").importado
    assert not vista_previa(paths, "molinos", act.texto).hay_cambios


def test_aplicar_texto_invalido_no_toca_nada(paths):
    with pytest.raises(ErrorCatalogo):
        aplicar_catalogo(paths, "molinos", "# catalogo: molinos\nclave,nombre\nX1,mal\n")
    assert not (paths.catalogos_usuario / "molinos.csv").exists()


def test_tipos_de_cambio_se_fusionan_con_los_cargados(tmp_path, paths):
    guardar_tipos_cambio(paths, [FilaTipoCambio("MXN", "2025-06", Decimal("19.10"), "unidades_por_usd", "DOF 01/07/2025")], hoy=HOY)
    eq = tmp_path / "eq.csv"
    eq.write_text("Equivalencias al 31/07/2025\nPaís,Moneda,Equivalencia en dólares\nJapón,Yen,0.006651\n", encoding="utf-8")
    act = preparar_actualizacion(paths, "tipos_cambio", eq, hoy=HOY)
    assert [(f["moneda"], f["mes"]) for f in act.diferencia.agregadas] == [("JPY", "2025-07")]
    assert act.diferencia.iguales == 1  # June's peso rate stays
    aplicar_catalogo(paths, "tipos_cambio", act.texto)
    cats, _ = cargar_catalogos(paths)
    assert cats.tipos_cambio.buscar("MXN", "2025-06") is not None
    assert cats.tipos_cambio.buscar("JPY", "2025-07").usd_por_unidad == Decimal("0.006651")
    assert "tipos_cambio" in (texto_catalogo_actual(paths, "tipos_cambio") or "")


def test_tipos_de_cambio_con_opciones(tmp_path):
    tres = tmp_path / "t.csv"
    tres.write_text("moneda,mes,valor\nMXN,2025-07,18.846\n", encoding="utf-8")
    texto = leer_catalogo_externo("tipos_cambio", tres, expresion="unidades_por_usd", hoy=HOY, oficial=True)
    assert "# oficial: si" in texto and "MXN,2025-07,18.846,unidades_por_usd" in texto
    vacio = tmp_path / "v.csv"
    vacio.write_text("moneda,mes,valor\nMXN,2025-13,1\n", encoding="utf-8")
    with pytest.raises(ErrorCatalogo, match="no tiene tipos de cambio"):
        leer_catalogo_externo("tipos_cambio", vacio, expresion="unidades_por_usd", hoy=HOY)
