"""Invoice import: real workbooks and CSV files written to tmp_path and read back."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.domain.model import Certificado
from app.report.facturas import (
    ErrorArchivo,
    ErrorEncabezado,
    ErrorMapeo,
    Mapeo,
    MemoriaMapeos,
    detectar_delimitador,
    detectar_encabezado,
    encabezados,
    evidencia_decimal,
    importar_archivo,
    importar_partidas,
    leer_tabla,
    leer_tablas,
    letra_columna,
    normalizar_fraccion,
    normalizar_unidad,
    proponer_mapeo,
    resolver_pais,
    texto_a_numero,
    vincular_certificados,
)

D = Decimal


def _xlsx(ruta: Path, filas: list[list], *, titulo: str = "Factura", combinar: tuple[str, ...] = (), hojas_extra: dict | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = titulo
    for f in filas:
        ws.append(f)
    for rango in combinar:
        ws.merge_cells(rango)
    for nombre, contenido in (hojas_extra or {}).items():
        h = wb.create_sheet(nombre)
        for f in contenido:
            h.append(f)
    wb.save(ruta)
    return ruta


def _importar(ruta: Path, **kw):
    tabla = leer_tabla(ruta)
    fila = detectar_encabezado(tabla)
    mapeo = proponer_mapeo(tabla, fila)
    return tabla, fila, mapeo, importar_partidas(tabla, mapeo, fila_encabezado=fila, **kw)


FACTURA_SIMPLE = [
    ["STEEL TRADE GMBH"],
    ["Commercial invoice INV-2025-0711", None, None, "Date: 11.07.2025"],
    [],
    ["Item", "Description", "HS Code", "Quantity", "Unit", "Unit price", "Amount", "Country of origin", "MTC No."],
    [1, "Rebar BS4449 B500B 25mm x 14m", "7214.20.99", 24.5, "MT", 690, 16905, "Turkey", "MTC-2600219"],
    [2, "Rebar BS4449 B500B 16mm x 12m", "7214209900", 10, "tons", 700, 7000, "TR", "MTC-2600220"],
    [],
    [None, "TOTAL", None, 34.5, None, None, 23905],
]


# ------------------------------------------------------------------------------------------
# reading


def test_factura_xlsx_completa(tmp_path):
    tabla, fila, mapeo, r = _importar(_xlsx(tmp_path / "f.xlsx", FACTURA_SIMPLE))
    assert tabla.hoja == "Factura" and fila == 3
    assert mapeo.columnas == {
        "descripcion": 1, "fraccion": 2, "cantidad": 3, "unidad": 4, "precio_unitario": 5, "importe": 6,
        "pais_origen": 7, "certificado": 8,
    }
    assert not mapeo.faltantes() and not mapeo.dudosos()
    assert not r.errores and not r.avisos
    p1, p2 = r.partidas
    assert (p1.id, p1.fraccion, p1.nico, p1.cantidad, p1.unidad, p1.precio_unitario, p1.importe, p1.pais_origen) == (
        "F1-1", "72142099", "", D("24.5"), "TNE", D(690), D(16905), "TUR")
    assert (p2.fraccion, p2.nico, p2.unidad, p2.pais_origen) == ("72142099", "00", "TNE", "TUR")
    assert p1.extra == {"certificado_factura": "MTC-2600219"} and p1.certificado is None
    assert r.filas_origen == (5, 6)
    assert [o.fila for o in r.omitidas] == [7, 8]
    assert "totales" in r.omitidas[1].motivo
    assert r.total_importe() == D(23905)


def test_prefijo_de_id_y_catalogos(tmp_path, catalogos):
    _, _, _, r = _importar(_xlsx(tmp_path / "f.xlsx", FACTURA_SIMPLE), prefijo_id="F2-", catalogos=catalogos)
    assert [p.id for p in r.partidas] == ["F2-1", "F2-2"]
    assert {p.pais_origen for p in r.partidas} == {"TUR"}


def test_celdas_combinadas_encabezado_en_dos_filas_y_datos(tmp_path):
    filas = [
        ["PROFORMA / COMMERCIAL INVOICE"],
        ["Description of goods", "HS Code", "Quantity", None, "Price (USD)", None, "Origin"],
        [None, None, "Qty", "Unit", "Unit", "Total", None],
        ["HR coil S235JR 2.0 x 1250 mm", "7208.37.01", 25.2, "MT", 610, 15372, "China"],
        ["HR coil S235JR 2.5 x 1250 mm", "7208.37.01", 24.8, "MT", 610, 15128, None],
    ]
    ruta = _xlsx(tmp_path / "c.xlsx", filas, combinar=("A1:G1", "C2:D2", "E2:F2", "A2:A3", "B2:B3", "G2:G3", "G4:G5"))
    tabla, fila, mapeo, r = _importar(ruta)
    assert fila == 2
    assert encabezados(tabla, fila)[:6] == ("Description of goods", "HS Code", "Quantity Qty", "Quantity Unit", "Price (USD) Unit", "Price (USD) Total")
    assert mapeo.columnas["cantidad"] == 2 and mapeo.columnas["unidad"] == 3
    assert mapeo.columnas["precio_unitario"] == 4 and mapeo.columnas["importe"] == 5
    assert not r.errores
    assert [p.pais_origen for p in r.partidas] == ["CHN", "CHN"]  # the origin merged over both lines reaches both
    assert r.moneda == "USD"
    assert (tabla.copias[(4, 6)]) == (3, 6)


def test_importe_combinado_sobre_varias_partidas_es_error(tmp_path):
    filas = [
        ["Description", "Qty", "Unit", "Amount"],
        ["Coil A", 10, "MT", 12000],
        ["Coil B", 10, "MT", None],
    ]
    r = _importar(_xlsx(tmp_path / "m.xlsx", filas, combinar=("D2:D3",)))[3]
    assert [p.descripcion for p in r.partidas] == ["Coil A"]
    assert len(r.errores) == 1 and r.errores[0].fila == 3 and r.errores[0].letra == "D"
    assert "combinada" in r.errores[0].mensaje


def test_texto_en_columna_numerica_es_error_de_la_fila_y_las_demas_se_conservan(tmp_path):
    filas = [
        ["Descripción", "Fracción", "Cantidad", "Unidad", "Precio unitario", "Importe"],
        ["Varilla 3/8", "72142099", "12,500", "KG", "0.70", "8,750.00"],
        ["Varilla 1/2", "72142099", "doce mil", "KG", "0.70", "8,400.00"],
        ["Varilla 5/8", "72142099", "12000", "KG", "0,7o", "8400"],
        ["Alambrón", "72139199", "1,000", "KG", "0.80", "800.00"],
    ]
    r = _importar(_xlsx(tmp_path / "t.xlsx", filas))[3]
    assert [p.descripcion for p in r.partidas] == ["Varilla 3/8", "Alambrón"]
    assert r.partidas[0].cantidad == D(12500) and r.partidas[0].importe == D("8750.00")
    errores = {(e.fila, e.letra) for e in r.errores}
    assert errores == {(3, "C"), (4, "E")}
    texto = str(next(e for e in r.errores if e.fila == 3))
    assert texto.startswith("Fila 3, columna C (Cantidad):") and "doce mil" in texto and "no es un número" in texto


def test_hoja_vacia_y_libro_sin_datos(tmp_path):
    ruta = _xlsx(tmp_path / "v.xlsx", [], hojas_extra={"Otra": []})
    with pytest.raises(ErrorArchivo) as e:
        leer_tabla(ruta)
    assert "vacías" in str(e.value)
    ruta2 = _xlsx(tmp_path / "v2.xlsx", [], titulo="Portada", hojas_extra={"Partidas": FACTURA_SIMPLE})
    assert leer_tabla(ruta2).hoja == "Partidas"  # the sheet with data is chosen
    vacia = leer_tabla(ruta2, hoja="Portada")
    assert vacia.filas == ()
    with pytest.raises(ErrorEncabezado) as e:
        detectar_encabezado(vacia)
    assert "vacía" in str(e.value)


def test_se_elige_la_hoja_que_parece_factura(tmp_path):
    portada = [["Packing list"], ["Bundles", "Gross weight"], [12, 25000]]
    ruta = _xlsx(tmp_path / "h.xlsx", portada, titulo="Packing", hojas_extra={"Invoice": FACTURA_SIMPLE})
    assert [t.hoja for t in leer_tablas(ruta)] == ["Packing", "Invoice"]
    assert leer_tabla(ruta).hoja == "Invoice"
    assert leer_tabla(ruta, hoja=0).hoja == "Packing"
    with pytest.raises(ErrorArchivo, match="no tiene la hoja"):
        leer_tabla(ruta, hoja="Nada")


def test_sin_encabezado_reconocible(tmp_path):
    ruta = _xlsx(tmp_path / "x.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(ErrorEncabezado) as e:
        detectar_encabezado(leer_tabla(ruta))
    assert "Indique a mano" in str(e.value)


def test_xlsx_que_es_un_zip_danado(tmp_path):
    ruta = tmp_path / "factura.xlsx"
    ruta.write_bytes(b"PK\x03\x04" + b"\x00basura" * 50)
    with pytest.raises(ErrorArchivo) as e:
        leer_tabla(ruta)
    msg = str(e.value)
    assert "factura.xlsx" in msg and "dañado" in msg and "guárdelo de nuevo" in msg


def test_xlsx_truncado(tmp_path):
    buena = _xlsx(tmp_path / "b.xlsx", FACTURA_SIMPLE).read_bytes()
    ruta = tmp_path / "truncada.xlsx"
    ruta.write_bytes(buena[: len(buena) // 2])
    with pytest.raises(ErrorArchivo, match="dañado"):
        leer_tabla(ruta)


def test_zip_valido_que_no_es_libro(tmp_path):
    ruta = tmp_path / "otro.xlsx"
    with zipfile.ZipFile(ruta, "w") as z:
        z.writestr("hola.txt", "no soy Excel")
    with pytest.raises(ErrorArchivo, match="dañado"):
        leer_tabla(ruta)


def test_xlsx_que_no_es_zip_xls_y_faltante(tmp_path):
    texto = tmp_path / "f.xlsx"
    texto.write_text("Descripción,Cantidad\n", encoding="utf-8")
    with pytest.raises(ErrorArchivo, match="no es un libro de Excel válido"):
        leer_tabla(texto)
    viejo = tmp_path / "f.xls"
    viejo.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(ErrorArchivo, match="xlsx"):
        leer_tabla(viejo)
    ole = tmp_path / "protegido.xlsx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(ErrorArchivo, match="contraseña"):
        leer_tabla(ole)
    with pytest.raises(ErrorArchivo, match="no existe"):
        leer_tabla(tmp_path / "no-hay.xlsx")
    vacio = tmp_path / "vacio.csv"
    vacio.write_bytes(b"")
    with pytest.raises(ErrorArchivo, match="vacío"):
        leer_tabla(vacio)


def test_dimension_equivocada_en_el_libro(tmp_path):
    """Some programs write <dimension ref="A1"/>: every row and column must still be read."""
    ruta = _xlsx(tmp_path / "d.xlsx", FACTURA_SIMPLE)
    dañado = tmp_path / "dim.xlsx"
    with zipfile.ZipFile(ruta) as zin, zipfile.ZipFile(dañado, "w") as zout:
        for info in zin.infolist():
            datos = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                import re
                datos = re.sub(rb'<dimension ref="[^"]+"/>', b'<dimension ref="A1"/>', datos)
            zout.writestr(info, datos)
    r = _importar(dañado)[3]
    assert len(r.partidas) == 2


# ------------------------------------------------------------------------------------------
# CSV


def test_csv_punto_y_coma_con_decimales_con_coma_cp1252(tmp_path):
    texto = (
        "Factura;A-77\n"
        "Descripción;Fracción arancelaria;Cantidad;Unidad;Precio unitario;Importe;País de origen\n"
        "Lámina rolada en frío 0,9 mm;7209.17.01;24,500;TNE;812,50;19.906,25;Corea del Sur\n"
        "Lámina galvanizada;7210.49.99;1.250,75;KGS;0,95;1.188,21;Japón\n"
        ";;;;;;\n"
        "Total;;;;;21.094,46;\n"
    )
    ruta = tmp_path / "factura.csv"
    ruta.write_bytes(texto.encode("cp1252"))
    tabla, fila, mapeo, r = _importar(ruta)
    assert tabla.delimitador == ";" and fila == 1
    assert r.convencion == {"cantidad": ",", "precio_unitario": ",", "importe": ","}
    assert not r.errores, r.errores
    p1, p2 = r.partidas
    assert p1.descripcion == "Lámina rolada en frío 0,9 mm"
    assert (p1.cantidad, p1.precio_unitario, p1.importe, p1.unidad, p1.pais_origen) == (D("24.500"), D("812.50"), D("19906.25"), "TNE", "KOR")
    assert (p2.cantidad, p2.unidad, p2.pais_origen, p2.fraccion) == (D("1250.75"), "KGM", "JPN", "72104999")
    assert [o.fila for o in r.omitidas] == [5, 6]


def test_csv_utf8_con_bom_tabulador_y_comillas(tmp_path):
    texto = '\ufeffDescription\tQty\tUOM\tPrice\tAmount\n"Wire rod, SAE 1008 5.5 mm"\t"1,234.5"\tkgs\t0.6\t740.70\n'
    ruta = tmp_path / "f.csv"
    ruta.write_text(texto, encoding="utf-8")
    r = _importar(ruta)[3]
    assert r.partidas[0].descripcion == "Wire rod, SAE 1008 5.5 mm"
    assert r.partidas[0].cantidad == D("1234.5") and r.partidas[0].unidad == "KGM"


def test_detectar_delimitador():
    assert detectar_delimitador("a,b,c\n1,2,3\n") == ","
    assert detectar_delimitador("a;b;c\n1,5;2;3\n") == ";"
    assert detectar_delimitador("a\tb\n1\t2\n") == "\t"


def test_csv_binario_no_es_texto(tmp_path):
    ruta = tmp_path / "f.csv"
    ruta.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(ErrorArchivo, match="binarios"):
        leer_tabla(ruta)


# ------------------------------------------------------------------------------------------
# numbers, units, fractions, countries


@pytest.mark.parametrize(
    "texto, decimal, esperado",
    [
        ("1.234,56", ".", "1234.56"),
        ("1,234.56", ",", "1234.56"),
        ("24,500", ".", "24500"),
        ("24,500", ",", "24.500"),
        ("24.500", ".", "24.500"),
        ("24.500", ",", "24500"),
        ("12,5", ".", "12.5"),
        ("0,750", ".", "0.750"),
        ("1234,567", ".", "1234.567"),
        ("1,234,567", ",", "1234567"),
        ("1.234.567,8", ".", "1234567.8"),
        ("USD 16,905.00", ".", "16905.00"),
        ("$ 690", ".", "690"),
        ("16 905,00", ",", "16905.00"),
        ("(100.00)", ".", "-100.00"),
        ("-", ".", None),
        ("n/a", ".", None),
        ("", ".", None),
        ("24.5 MT", ".", "24.5"),
    ],
)
def test_regla_de_numeros(texto, decimal, esperado):
    valor = texto_a_numero(texto, decimal)
    assert valor == (D(esperado) if esperado is not None else None)


@pytest.mark.parametrize("texto", ["abc", "12 kg 5", "1,2,3.4.5x", "--3", "2025-07-11"])
def test_no_son_numeros(texto):
    with pytest.raises(ValueError):
        texto_a_numero(texto)


def test_evidencia_decimal():
    assert evidencia_decimal("1.234,56") == ","
    assert evidencia_decimal("12,5") == ","
    assert evidencia_decimal("1,234,567") == "."
    assert evidencia_decimal("24,500") is None
    assert evidencia_decimal("1200") is None


def test_numeros_guardados_como_texto_y_fechas_en_columna_numerica(tmp_path):
    filas = [
        ["Description", "Quantity", "Unit price", "Amount"],
        ["Coil", "25.13", "610.00", "15,329.30"],
        ["Plate", datetime(2025, 7, 1), 600, 600],
        ["Beam", 0.1 + 0.2, 1000, 300],
    ]
    r = _importar(_xlsx(tmp_path / "n.xlsx", filas))[3]
    assert [p.descripcion for p in r.partidas] == ["Coil", "Beam"]
    assert r.partidas[0].cantidad == D("25.13") and r.partidas[0].importe == D("15329.30")
    assert r.partidas[1].cantidad == D("0.3")  # float noise from a formula removed
    assert r.errores[0].fila == 3 and "2025-07-01" in r.errores[0].mensaje


def test_separador_ambiguo_se_resuelve_con_cantidad_por_precio(tmp_path):
    filas = [
        ["Description", "Quantity", "Unit", "Unit price", "Amount"],
        ["Rebar 12", "25,130", "MT", "690.00", "17,339.70"],
        ["Rebar 16", "1,000", "KG", "0.69", "690.00"],
    ]
    r = _importar(_xlsx(tmp_path / "a.xlsx", filas))[3]
    assert r.partidas[0].cantidad == D("25.130")
    assert r.partidas[1].cantidad == D("1000")
    assert len(r.avisos) == 1 and "25,130" in r.avisos[0].mensaje and "Confírmelo" in r.avisos[0].mensaje


def test_importe_que_no_cuadra_es_un_aviso(tmp_path):
    filas = [["Description", "Qty (kg)", "Price USD/MT", "Amount"], ["Coil", 25000, 610, 15250]]
    tabla, fila, mapeo, r = _importar(_xlsx(tmp_path / "q.xlsx", filas))
    assert mapeo.unidad == "KGM"
    assert r.partidas[0].unidad == "KGM"
    assert len(r.avisos) == 1 and "otra unidad" in r.avisos[0].mensaje


@pytest.mark.parametrize(
    "texto, clave",
    [("kg", "KGM"), ("KGS", "KGM"), ("Kgm", "KGM"), ("t", "TNE"), ("MT", "TNE"), ("ton", "TNE"), ("Tonnes", "TNE"),
     ("TNE", "TNE"), ("lb", "LBR"), ("LBS", "LBR"), ("pcs", "H87"), ("Pzas", "H87"), ("M.T.", "TNE"), ("bundles", "")],
)
def test_unidades(texto, clave):
    assert normalizar_unidad(texto) == clave


def test_unidad_desconocida_y_pais_desconocido_son_avisos(tmp_path):
    filas = [["Description", "Qty", "Unit", "Amount", "Origin"], ["Coil", 3, "bundles", 300, "Narnia"]]
    r = _importar(_xlsx(tmp_path / "u.xlsx", filas))[3]
    p = r.partidas[0]
    assert p.unidad == "BUNDLES" and p.pais_origen == "NARNIA"
    assert {a.campo for a in r.avisos} == {"unidad", "pais_origen"}


def test_fracciones():
    assert normalizar_fraccion("7214.20.99") == ("72142099", "")
    assert normalizar_fraccion("7214.20.99.00") == ("72142099", "00")
    assert normalizar_fraccion("7214209901") == ("72142099", "01")
    assert normalizar_fraccion("7214.20") is None
    assert normalizar_fraccion("abc") is None


def test_codigo_sa_de_seis_digitos_se_conserva_con_aviso(tmp_path):
    filas = [["Description", "HS Code", "NICO", "Qty", "Amount"], ["Coil", "7208.37", None, 10, 100], ["Plate", 72085101, 1, 5, 50]]
    r = _importar(_xlsx(tmp_path / "hs.xlsx", filas))[3]
    assert r.partidas[0].fraccion == "" and r.partidas[0].extra["fraccion_factura"] == "7208.37"
    assert r.partidas[1].fraccion == "72085101" and r.partidas[1].nico == "01"
    assert len(r.avisos) == 1 and r.avisos[0].campo == "fraccion"


def test_paises(catalogos):
    assert resolver_pais("Turkey") == "TUR"
    assert resolver_pais("Türkiye") == "TUR"
    assert resolver_pais("Made in China") == "CHN"
    assert resolver_pais("KR") == "KOR"
    assert resolver_pais("TUR") == "TUR"
    assert resolver_pais("ALEMANIA", catalogos) == "DEU"
    assert resolver_pais("COREA DEL SUR", catalogos) == "KOR"
    assert resolver_pais("vn", catalogos) == "VNM"
    assert resolver_pais("Narnia", catalogos) == ""


# ------------------------------------------------------------------------------------------
# rows skipped


def test_renglones_de_totales_notas_encabezado_repetido_y_continuacion(tmp_path):
    filas = [
        ["Descripción", "Cantidad", "Unidad", "Precio unitario", "Importe"],
        ["Placa A36 1/2\"", 10, "TNE", 800, 8000],
        ["Medidas 2440 x 6100 mm", None, None, None, None],
        ["Subtotal", None, None, None, 8000],
        ["Descripción", "Cantidad", "Unidad", "Precio unitario", "Importe"],
        ["Placa A36 3/4\"", 5, "TNE", 800, 4000],
        [None, 15, None, None, 12000],
        ["TOTAL GENERAL", None, None, None, 12000],
        [None, None, None, None, 12000],
        ["Condiciones de pago: 30 días", None, None, None, None],
    ]
    r = _importar(_xlsx(tmp_path / "t.xlsx", filas))[3]
    assert [p.descripcion for p in r.partidas] == ['Placa A36 1/2" Medidas 2440 x 6100 mm', 'Placa A36 3/4"']
    assert not r.errores
    motivos = {o.fila: o.motivo for o in r.omitidas}
    assert "continuación" in motivos[3]
    assert "totales" in motivos[4] and "totales" in motivos[7] and "totales" in motivos[8] and "totales" in motivos[9]
    assert motivos[5] == "encabezado repetido"
    assert "nota" in motivos[10]


def test_partida_sin_cantidad_ni_importe_es_error(tmp_path):
    filas = [["Description", "Qty", "Unit", "Amount", "Origin"], ["Coil", None, "MT", None, "China"], ["Plate", 1, "MT", None, "China"]]
    r = _importar(_xlsx(tmp_path / "e.xlsx", filas))[3]
    assert not r.partidas
    assert [(e.fila, e.campo) for e in r.errores] == [(2, "cantidad"), (2, "importe"), (3, "importe")]


def test_cantidad_negativa(tmp_path):
    filas = [["Description", "Qty", "Amount"], ["Discount", -1, 100]]
    r = _importar(_xlsx(tmp_path / "neg.xlsx", filas))[3]
    assert not r.partidas and "negativa" in r.errores[0].mensaje


# ------------------------------------------------------------------------------------------
# mapping


def test_mapeo_manual_y_faltantes(tmp_path):
    tabla = leer_tabla(_xlsx(tmp_path / "f.xlsx", [["Goods", "Weight", "Sum"], ["Coil", 10, 100]]))
    fila = detectar_encabezado(tabla)
    m = proponer_mapeo(tabla, fila)
    assert "cantidad" in m.columnas
    m2 = Mapeo(encabezados=m.encabezados).con("descripcion", 0).con("cantidad", 1)
    assert m2.faltantes() == ("importe o precio unitario",)
    with pytest.raises(ErrorMapeo, match="importe o precio unitario"):
        importar_partidas(tabla, m2, fila_encabezado=fila)
    m3 = m2.con("importe", 2)
    assert m3.confianza["importe"] == 1.0
    r = importar_partidas(tabla, m3, fila_encabezado=fila)
    assert r.partidas[0].importe == D(100)
    # a column holds one field: putting "importe" on column 1 clears "cantidad"
    assert "cantidad" not in m3.con("importe", 1).columnas
    with pytest.raises(ErrorMapeo):
        m3.con("color", 1)
    with pytest.raises(ErrorMapeo, match="no existe"):
        importar_partidas(tabla, m3.con("pais_origen", 9), fila_encabezado=fila)


def test_confianza_baja_con_dos_columnas_rivales(tmp_path):
    tabla = leer_tabla(_xlsx(tmp_path / "r.xlsx", [["Description", "Qty", "Total", "Total"], ["A", 1, 2, 3]]))
    m = proponer_mapeo(tabla, 0)
    assert m.columnas["importe"] == 2
    assert "importe" in m.dudosos()


def test_encabezados_en_espanol(tmp_path):
    filas = [["Partida", "Descripción de la mercancía", "Fracción arancelaria", "Peso neto (kg)", "Precio unitario USD",
              "Valor total", "País de origen", "Certificado de molino"], [1, "Tubo", "7304.19.99", 1000, 1.1, 1100, "México", "C-1"]]
    tabla = leer_tabla(_xlsx(tmp_path / "es.xlsx", filas))
    m = proponer_mapeo(tabla, detectar_encabezado(tabla))
    assert m.columnas == {"descripcion": 1, "fraccion": 2, "cantidad": 3, "precio_unitario": 4, "importe": 5,
                          "pais_origen": 6, "certificado": 7}
    assert m.unidad == "KGM"


def test_memoria_de_mapeos(tmp_path):
    ruta_json = tmp_path / "cfg" / "mapeos.json"
    memoria = MemoriaMapeos(ruta_json)
    encabezados_ = ("Goods", "Weight", "Sum")
    assert memoria.recordar("Steel Trade GmbH", encabezados_) is None
    m = Mapeo(encabezados=encabezados_).con("descripcion", 0).con("cantidad", 1).con("importe", 2).con_unidad("mt")
    memoria.guardar("Steel Trade GmbH", m)
    otra = MemoriaMapeos(ruta_json)
    r = otra.recordar("  steel trade gmbh ", ("goods", "WEIGHT", "Sum", ""))
    assert r is not None and dict(r.columnas) == {"descripcion": 0, "cantidad": 1, "importe": 2} and r.unidad == "TNE"
    assert otra.recordar("Steel Trade GmbH", ("Goods", "Weight", "Amount")) is None  # layout changed
    assert otra.recordar("Otro proveedor", encabezados_) is None
    datos = json.loads(ruta_json.read_text(encoding="utf-8"))
    assert datos["formato"] == "aaips-mapeos/1" and len(datos["mapeos"]) == 1
    assert not list(ruta_json.parent.glob("*.tmp"))
    assert otra.olvidar("STEEL TRADE GMBH") == 1
    assert otra.recordar("Steel Trade GmbH", encabezados_) is None


def test_memoria_danada_se_aparta(tmp_path):
    ruta = tmp_path / "mapeos.json"
    ruta.write_text("{no es json", encoding="utf-8")
    memoria = MemoriaMapeos(ruta)
    assert memoria.recordar("X", ("a",)) is None
    assert (tmp_path / "mapeos.json.danado").exists()
    memoria.guardar("X", Mapeo(encabezados=("a", "b")).con("cantidad", 0).con("importe", 1))
    assert memoria.recordar("X", ("a", "b")) is not None


def test_importar_archivo_usa_la_memoria(tmp_path):
    filas = [["Goods", "Weight", "Sum"], ["Coil", 10, 100]]
    ruta = _xlsx(tmp_path / "f.xlsx", filas)
    memoria = MemoriaMapeos(tmp_path / "m.json")
    primera = importar_archivo(ruta, proveedor="ACME", memoria=memoria)
    assert not primera.recordado
    memoria.guardar("ACME", Mapeo(encabezados=primera.mapeo.encabezados).con("descripcion", 0).con("cantidad", 1).con("importe", 2))
    segunda = importar_archivo(ruta, proveedor="ACME", memoria=memoria, prefijo_id="F3-")
    assert segunda.recordado and segunda.resultado is not None
    assert segunda.resultado.partidas[0].id == "F3-1" and segunda.resultado.partidas[0].importe == D(100)
    sin_cantidad = _xlsx(tmp_path / "g.xlsx", [["Description", "Amount"], ["Coil", 5]])
    assert importar_archivo(sin_cantidad).resultado is None


def test_vincular_certificados(tmp_path):
    _, _, _, r = _importar(_xlsx(tmp_path / "f.xlsx", FACTURA_SIMPLE))
    certs = [Certificado(id="C1", numero="MTC 2600219"), Certificado(id="C2", numero="otro")]
    p1, p2 = vincular_certificados(r.partidas, certs)
    assert p1.certificado == "C1" and p2.certificado is None


def test_factura_de_5000_lineas(tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Invoice")
    ws.append(["Description", "HS Code", "Quantity", "Unit", "Unit price", "Amount", "Origin", "MTC"])
    for i in range(5000):
        ws.append([f"HR coil {i}", "7208.37.01", 20 + i % 7, "MT", 600 + i % 50, (20 + i % 7) * (600 + i % 50), "KR", f"M{i}"])
    ws.append(["TOTAL", None, None, None, None, 1])
    wb.save(tmp_path / "grande.xlsx")
    r = _importar(tmp_path / "grande.xlsx")[3]
    assert len(r.partidas) == 5000 and not r.errores and not r.avisos
    assert r.partidas[-1].id == "F1-5000" and r.partidas[-1].pais_origen == "KOR"


def test_letra_columna():
    assert [letra_columna(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]
