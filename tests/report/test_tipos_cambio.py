"""Exchange-rate files. The sample files are built here from the shapes documented in
app/report/tipos_cambio.py and catalogs/README.md; they imitate the layout of Banxico's
downloads but their figures are made up, not official."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.domain.catalogos import ErrorCatalogo, catalogo_tipos_cambio
from app.report.tipos_cambio import (
    ErrorTipoCambio,
    FilaTipoCambio,
    filas_desde_catalogo,
    fusionar_tipos_cambio,
    leer_tipos_cambio,
    moneda_de,
    texto_a_mes,
    tipo_cambio_manual,
)

RAIZ = Path(__file__).resolve().parents[2]
D = Decimal

SIE_CSV = """"BANCO DE MÉXICO"
"Mercado cambiario (Tipos de cambio)"
""
"Título","Tipo de cambio Pesos por dólar E.U.A. Para solventar obligaciones denominadas en moneda extranjera Fecha de determinación (FIX)"
"Periodo disponible","02/06/2025 - 05/08/2025"
"Periodicidad","Diaria"
"Cifra","Tipo de Cambio"
"Unidad","Pesos por Dólar"
"Base",""
"Aviso",""
"Tipo de información","Niveles"
"Fecha","SF43718"
"02/06/2025","19.2000"
"30/06/2025","18.9000"
"01/07/2025","18.8000"
"04/07/2025","N/E"
"15/07/2025","18.6000"
"31/07/2025","18.7000"
"01/08/2025","18.9500"
"05/08/2025","18.8500"
"""


def _escribir(tmp_path: Path, nombre: str, texto: str, codificacion: str = "utf-8") -> Path:
    ruta = tmp_path / nombre
    ruta.write_bytes(texto.encode(codificacion))
    return ruta


def test_sie_csv_fix_ultimo_dato_del_mes(tmp_path):
    lectura = leer_tipos_cambio(_escribir(tmp_path, "SIE.csv", SIE_CSV))
    assert lectura.formato == "sie"
    assert [(f.moneda, f.mes, f.valor, f.expresion) for f in lectura.filas] == [
        ("MXN", "2025-06", D("18.9000"), "unidades_por_usd"),
        ("MXN", "2025-07", D("18.7000"), "unidades_por_usd"),
    ]
    assert "SF43718" in lectura.filas[1].fuente and "31/07/2025" in lectura.filas[1].fuente
    assert any("2025-08" in o and "incompleto" in o for o in lectura.omitidas)


def test_sie_promedio_y_mes_incompleto(tmp_path):
    ruta = _escribir(tmp_path, "SIE.csv", SIE_CSV, "cp1252")
    lectura = leer_tipos_cambio(ruta, dato_mensual="promedio", incluir_mes_incompleto=True)
    valores = {f.mes: f.valor for f in lectura.filas}
    assert valores == {"2025-06": D("19.0500"), "2025-07": D("18.7000"), "2025-08": D("18.9000")}
    assert "promedio de 3 datos diarios" in lectura.filas[1].fuente


def test_sie_xlsx_varias_series(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Título", "FIX", "Euro en dólares (serie de ejemplo)"])
    ws.append(["Periodicidad", "Diaria", "Diaria"])
    ws.append(["Unidad", "Pesos por Dólar", "Dólares por Euro"])
    ws.append(["Fecha", "SF43718", "SF99001", "SF99999"])
    ws.append([datetime(2025, 7, 30), 18.75, 1.1402, 1])
    ws.append([datetime(2025, 7, 31), 18.846, 1.1412, 1])
    ruta = tmp_path / "series.xlsx"
    wb.save(ruta)
    lectura = leer_tipos_cambio(ruta, series={"SF99001": ("EUR", "usd_por_unidad")})
    assert {(f.moneda, f.mes, f.valor, f.expresion) for f in lectura.filas} == {
        ("MXN", "2025-07", D("18.846"), "unidades_por_usd"), ("EUR", "2025-07", D("1.1412"), "usd_por_unidad")}
    assert any("SF99999" in o for o in lectura.omitidas)


def test_sie_mensual(tmp_path):
    texto = '"Título","Promedio mensual"\n"Periodicidad","Mensual"\n"Unidad","Pesos por Dólar"\n"Fecha","SF60653"\n"01/06/2025","19.10"\n"01/07/2025","18.78"\n'
    lectura = leer_tipos_cambio(_escribir(tmp_path, "m.csv", texto))
    assert [(f.moneda, f.mes, f.valor) for f in lectura.filas] == [("MXN", "2025-06", D("19.10")), ("MXN", "2025-07", D("18.78"))]
    assert "dato mensual" in lectura.filas[0].fuente


EQUIVALENCIAS = """Equivalencia del peso mexicano con otras monedas, al 31 de julio de 2025
País,Moneda,Clave,Equivalencia en dólares
Zona del euro,Euro,EUR,1.1412
Japón,Yen,,0.006651
Corea del Sur,Won (por cada 1000),,0.7190
Canadá,Dólar,,0.7253
Estados Unidos,Dólar,USD,1.0000
Atlántida,Perla,,2
Suiza,Franco,,n/e
"""


def test_tabla_de_equivalencias_csv(tmp_path):
    lectura = leer_tipos_cambio(_escribir(tmp_path, "equivalencias.csv", EQUIVALENCIAS))
    assert lectura.formato == "equivalencias"
    assert [(f.moneda, f.mes, f.valor, f.expresion) for f in lectura.filas] == [
        ("EUR", "2025-07", D("1.1412"), "usd_por_unidad"),
        ("JPY", "2025-07", D("0.006651"), "usd_por_unidad"),
        ("KRW", "2025-07", D("0.7190"), "usd_por_mil"),
        ("CAD", "2025-07", D("0.7253"), "usd_por_unidad"),
    ]
    assert any("Atlántida" in o for o in lectura.omitidas)
    assert any("Suiza" in o for o in lectura.omitidas)


def test_tabla_de_equivalencias_xlsx_sin_mes(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["País", "Moneda", "Equivalencia de la moneda en dólares"])
    ws.append(["Reino Unido", "Libra esterlina", 1.3204])
    ws.append(["China", "Yuan", 0.1392])
    ruta = tmp_path / "eq.xlsx"
    wb.save(ruta)
    with pytest.raises(ErrorTipoCambio, match="Indique el mes"):
        leer_tipos_cambio(ruta)
    lectura = leer_tipos_cambio(ruta, mes="2025-07", fuente="DOF 01/08/2025")
    assert [(f.moneda, f.valor) for f in lectura.filas] == [("GBP", D("1.3204")), ("CNY", D("0.1392"))]
    assert lectura.filas[0].fuente.startswith("DOF 01/08/2025;")


def test_catalogo_propio(tmp_path):
    texto = (
        "# catalogo: tipos_cambio\n# version: 1\n# fuente: x\n# vigencia: 2025-08-01\n# oficial: no\n# notas: \n"
        "moneda,mes,valor,expresion,fuente\nMXN,2025-07,18.846,unidades_por_usd,DOF\n"
    )
    lectura = leer_tipos_cambio(_escribir(tmp_path, "tc.csv", texto))
    assert lectura.formato == "catalogo" and lectura.filas == (FilaTipoCambio("MXN", "2025-07", D("18.846"), "unidades_por_usd", "DOF"),)
    malo = texto.replace("unidades_por_usd", "pesos")
    with pytest.raises(ErrorTipoCambio, match="expresi"):
        leer_tipos_cambio(_escribir(tmp_path, "malo.csv", malo))


def test_tabla_de_tres_columnas(tmp_path):
    texto = "moneda,mes,valor\nMXN,2025-07,18.8460\nEUR,07/2025,21.55\nJPY,2025-13,1\n"
    ruta = _escribir(tmp_path, "tres.csv", texto)
    with pytest.raises(ErrorTipoCambio, match="expresión"):
        leer_tipos_cambio(ruta)
    lectura = leer_tipos_cambio(ruta, expresion="unidades_por_usd", fuente="Banxico")
    assert lectura.formato == "tabla"
    assert [(f.moneda, f.mes, f.valor) for f in lectura.filas] == [("MXN", "2025-07", D("18.8460")), ("EUR", "2025-07", D("21.55"))]
    assert len(lectura.omitidas) == 1 and "Fila 4" in lectura.omitidas[0]
    con_expresion = "currency;month;value;expresion;fuente\nEUR;jul-2025;1,1412;usd_por_unidad;DOF\n"
    lectura = leer_tipos_cambio(_escribir(tmp_path, "cinco.csv", con_expresion))
    assert lectura.filas[0].valor == D("1.1412") and lectura.filas[0].fuente == "DOF"


def test_forma_desconocida(tmp_path):
    with pytest.raises(ErrorTipoCambio, match="No se reconoce"):
        leer_tipos_cambio(_escribir(tmp_path, "x.csv", "a,b\n1,2\n"))


@pytest.mark.parametrize(
    "texto, mes",
    [("2025-07", "2025-07"), ("2025/7", "2025-07"), ("07/2025", "2025-07"), ("jul-2025", "2025-07"),
     ("Julio de 2025", "2025-07"), ("31/07/2025", "2025-07"), ("2025-07-31", "2025-07"), ("Aug 2025", "2025-08"),
     (date(2025, 7, 31), "2025-07"), ("2025-13", None), ("julio", None), ("", None)],
)
def test_texto_a_mes(texto, mes):
    assert texto_a_mes(texto) == mes


def test_tipo_de_cambio_manual():
    hoy = date(2025, 8, 10)
    f = tipo_cambio_manual("mxn", "julio 2025", "18,8460", "unidades_por_usd", "DOF 01/08/2025", hoy=hoy)
    assert f == FilaTipoCambio("MXN", "2025-07", D("18.8460"), "unidades_por_usd", "DOF 01/08/2025")
    assert f.usd_por_unidad == 1 / D("18.8460")
    errores = [
        ("MX", "2025-07", "18", "unidades_por_usd", "x", "3 letras"),
        ("USD", "2025-07", "1", "usd_por_unidad", "x", "dólar"),
        ("MXN", "2025-7x", "18", "unidades_por_usd", "x", "no es un mes"),
        ("MXN", "2025-09", "18", "unidades_por_usd", "x", "todavía no llega"),
        ("MXN", "2025-07", "18", "pesos", "x", "expresión"),
        ("MXN", "2025-07", "-18", "unidades_por_usd", "x", "mayor que cero"),
        ("MXN", "2025-07", "abc", "unidades_por_usd", "x", "no es un número"),
        ("MXN", "2025-07", "18", "unidades_por_usd", " ", "fuente"),
        ("MXN", "2025-07", "0.053", "unidades_por_usd", "x", "plausible"),
        ("MXN", "2025-07", "18.8", "usd_por_unidad", "x", "plausible"),
    ]
    for moneda, mes, valor, expr, fuente, texto in errores:
        with pytest.raises(ErrorTipoCambio, match=texto):
            tipo_cambio_manual(moneda, mes, valor, expr, fuente, hoy=hoy)


def test_tipo_manual_con_catalogo_de_monedas(catalogos):
    with pytest.raises(ErrorTipoCambio, match="catálogo de monedas"):
        tipo_cambio_manual("QQQ", "2025-07", "1", "usd_por_unidad", "x", monedas=catalogos.monedas, hoy=date(2025, 8, 1))
    f = tipo_cambio_manual("KRW", "2025-07", "0.7190", "usd_por_mil", "DOF", monedas=catalogos.monedas, hoy=date(2025, 8, 1))
    assert f.usd_por_unidad == D("0.000719")


def test_moneda_de():
    assert moneda_de("Euro", "Zona del euro") == "EUR"
    assert moneda_de("Dólar", "Australia") == "AUD"
    assert moneda_de("Won", "Corea del Sur") == "KRW"
    assert moneda_de("Won", "Corea del Norte") == "KPW"
    assert moneda_de("Franco suizo") == "CHF"
    assert moneda_de("cualquiera", clave="sek") == "SEK"
    assert moneda_de("Perla", "Atlántida") == ""


def test_fusionar_en_el_catalogo_incluido():
    incluido = (RAIZ / "catalogs" / "tipos_cambio.csv").read_text(encoding="utf-8")
    hoy = date(2025, 8, 10)
    texto = fusionar_tipos_cambio(incluido, [
        FilaTipoCambio("MXN", "2025-07", D("18.9"), "unidades_por_usd", "primera"),
        FilaTipoCambio("EUR", "2025-07", D("1.1412"), "usd_por_unidad", "DOF"),
        FilaTipoCambio("MXN", "2025-07", D("18.846"), "unidades_por_usd", "corregida"),
    ], hoy=hoy)
    cat = catalogo_tipos_cambio(texto)
    assert cat.meta.version == "2025.08.10" and cat.meta.vigencia == hoy
    assert "Ninguna" not in cat.meta.fuente and "Vacío" not in cat.meta.notas
    assert cat.buscar("MXN", "2025-07").fuente == "corregida"
    assert cat.buscar("EUR", "2025-07").usd_por_unidad == D("1.1412")
    # newer values win; other months and currencies stay; header keys survive
    texto2 = fusionar_tipos_cambio(texto + "", [
        FilaTipoCambio("MXN", "2025-07", D("18.8460"), "unidades_por_usd", "DOF 01/08/2025"),
        FilaTipoCambio("MXN", "2025-08", D("18.70"), "unidades_por_usd", "DOF 01/09/2025"),
    ], hoy=date(2025, 9, 2))
    cat2 = catalogo_tipos_cambio(texto2)
    assert len(cat2.filas) == 3
    assert cat2.buscar("MXN", "2025-07").fuente == "DOF 01/08/2025"
    assert cat2.meta.version == "2025.09.02"
    assert cat2.meta.fuente == cat.meta.fuente
    assert texto2.splitlines()[6] == "moneda,mes,valor,expresion,fuente"
    assert [(f.moneda, f.mes) for f in filas_desde_catalogo(texto2)] == [("EUR", "2025-07"), ("MXN", "2025-07"), ("MXN", "2025-08")]


def test_fusionar_desde_cero_y_con_comas_en_la_fuente():
    texto = fusionar_tipos_cambio("", [FilaTipoCambio("JPY", "2025-07", D("0.006651"), "usd_por_unidad", "DOF, 01/08/2025")], hoy=date(2025, 8, 2))
    cat = catalogo_tipos_cambio(texto)
    assert cat.buscar("JPY", "2025-07").fuente == "DOF, 01/08/2025"
    assert cat.meta.catalogo == "tipos_cambio" and not cat.meta.oficial


def test_fusionar_catalogo_de_otro_tipo():
    with pytest.raises(ErrorCatalogo):
        fusionar_tipos_cambio("# catalogo: molinos\nclave,nombre\n", [])
