"""Catalogs: the bundled files load, carry their source and date, and can be replaced."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.catalog_files import cargar_catalogos, importar_catalogo, restaurar_catalogo
from app.domain.catalogos import ErrorCatalogo, catalogo_molinos, catalogo_tipos_cambio, mes_anterior


def test_catalogos_incluidos_con_fuente_y_fecha(catalogos):
    for nombre in ("fracciones", "certificados", "paises", "monedas", "unidades", "molinos", "tipos_cambio"):
        cat = getattr(catalogos, nombre)
        assert cat is not None and cat.meta.fuente and cat.meta.vigencia and cat.meta.version, nombre
    fr = catalogos.fracciones
    assert not fr.meta.oficial
    assert all(f.estatus == "candidata_no_oficial" and f.fraccion.startswith("72") for f in fr.filas)
    assert fr.buscar("72142001", "00").umt == "KGM"
    assert not [f for f in fr.filas if f.fraccion.startswith("73") and f.sujeta]  # chapter 73 unknown
    assert catalogos.paises.nombre("TUR") == "TURQUÍA" and "MEX" in catalogos.paises
    assert catalogos.molinos.buscar("SE00006").etiqueta() == (
        "SE00006 - ARCELORMITTAL BREMEN STEEL PLANT (ARCELORMITTAL BREMEN GMBH)")
    assert catalogos.tipos_cambio.filas == ()  # no unsourced rates are shipped
    assert catalogos.certificados.tipo_requerido(7214, date(2025, 1, 1))[0] == "molino"
    assert catalogos.certificados.tipo_requerido(7217, date(2025, 1, 1))[0] == "calidad"
    assert catalogos.certificados.tipo_requerido(7305, date(2023, 1, 1))[0] == "calidad"
    assert catalogos.certificados.tipo_requerido(7206, date(2023, 1, 1))[0] is None


def test_tipos_de_cambio_en_sus_tres_expresiones():
    cat = catalogo_tipos_cambio(
        "# catalogo: tipos_cambio\nmoneda,mes,valor,expresion,fuente\n"
        "MXN,2025-06,20,unidades_por_usd,DOF\nEUR,2025-06,1.08,usd_por_unidad,Banxico\nKRW,2025-06,0.73,usd_por_mil,Banxico\n"
    )
    assert cat.buscar("MXN", "2025-06").usd_por_unidad == Decimal("0.05")
    assert cat.buscar("eur", "2025-06").usd_por_unidad == Decimal("1.08")
    assert cat.buscar("KRW", "2025-06").usd_por_unidad == Decimal("0.00073")
    assert mes_anterior(date(2025, 1, 15)) == "2024-12"


@pytest.mark.parametrize(
    "texto,palabra",
    [
        ("# catalogo: paises\nclave,nombre\nSE1,X\n", "paises"),
        ("clave,nombre\nSE1,X\n", "SE00000"),
        ("clave\nSE00001\n", "columnas"),
    ],
)
def test_catalogo_de_molinos_mal_formado(texto, palabra):
    with pytest.raises(ErrorCatalogo, match=palabra):
        catalogo_molinos(texto)


def test_importar_reemplaza_y_restaurar_vuelve_al_incluido(paths, tmp_path):
    nuevo = tmp_path / "molinos_se.csv"
    nuevo.write_text(
        "# catalogo: molinos\n# version: 2026-11\n# oficial: si\nclave,nombre,empresa,pais\n"
        "SE00006,ARCELORMITTAL BREMEN STEEL PLANT,ARCELORMITTAL BREMEN GMBH,DEU\n"
        "SE00123,YAZICI DEMIR CELIK,YAZICI DEMIR CELIK SANAYI VE TURIZM TICARET A.S.,TUR\n",
        encoding="cp1252",
    )
    meta = importar_catalogo(paths, "molinos", nuevo)
    assert meta.oficial and meta.version == "2026-11"
    cats, estados = cargar_catalogos(paths)
    assert cats.molinos.buscar("SE00123") is not None
    assert next(e for e in estados if e.nombre == "molinos").importado
    assert restaurar_catalogo(paths, "molinos")
    assert cargar_catalogos(paths)[0].molinos.buscar("SE00123") is None


def test_importar_archivo_malo_no_toca_el_catalogo(paths, tmp_path):
    malo = tmp_path / "fr.csv"
    malo.write_text("fraccion,nico,descripcion,umt,sujeta\n7214,0,x,KGM,si\n", encoding="utf-8")
    with pytest.raises(ErrorCatalogo, match="8 dígitos"):
        importar_catalogo(paths, "fracciones", malo)
    assert not (paths.catalogos_usuario / "fracciones.csv").exists()


def test_un_catalogo_roto_no_impide_cargar_los_demas(paths):
    (paths.catalogos_usuario / "paises.csv").write_text("sin columnas\n", encoding="utf-8")
    cats, estados = cargar_catalogos(paths)
    assert cats.paises is None and cats.fracciones is not None
    assert "columnas" in next(e for e in estados if e.nombre == "paises").error
