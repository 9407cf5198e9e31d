"""The Excel register, written from a real store (SQLite in tmp_path) and read back with openpyxl."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.archivo import expediente_desde_dict
from app.domain.model import Certificado, EstadoAviso
from app.domain.reglas import revisar
from app.report.facturas import ErrorArchivo
from app.report.registro import COLUMNAS, escribir_registro
from app.store import abrir_almacen
from tests.conftest import expediente_valido

HOY = date(2025, 8, 10)
TITULOS = [c.titulo for c in COLUMNAS]


@pytest.fixture
def almacen(tmp_path):
    a = abrir_almacen(tmp_path / "datos" / "aaips.sqlite3", tmp_path / "datos" / "respaldos")
    yield a
    a.cerrar()


def _expediente_con_dos_avisos():
    doc = expediente_valido()
    doc["certificados"].append({**doc["certificados"][0], "id": "C2", "numero": "MTC-2600220", "fecha_expedicion": "2025-07-08"})
    segundo = {**doc["avisos"][0], "id": "A2", "certificados": ["C1", "C2"], "observaciones": "Embarque <2> & \"parcial\"",
               "estado": "emitido", "folio_vucem": "0123456789", "numero_aviso": "AAIPS-000123"}
    doc["avisos"].append(segundo)
    exp = expediente_desde_dict(doc)
    a2 = replace(exp.avisos[1], estado=EstadoAviso.EMITIDO, folio_vucem="0123456789", numero_aviso="AAIPS-000123")
    return exp.con_aviso(a2)


def _filas(ruta: Path) -> list[dict]:
    hoja = load_workbook(ruta)["Avisos"]
    filas = list(hoja.iter_rows(values_only=True))
    assert list(filas[0]) == TITULOS
    return [dict(zip(TITULOS, f, strict=True)) for f in filas[1:]]


def test_registro_completo(tmp_path, almacen, catalogos):
    exp = _expediente_con_dos_avisos()
    eid = almacen.guardar_expediente(exp, nombre="Importación julio")
    otro = expediente_desde_dict(expediente_valido())
    otro = otro.con_aviso(replace(otro.avisos[0], id="A7", fraccion="07208370", nico="09")).sin_aviso("A1")
    eid2 = almacen.guardar_expediente(otro, nombre="Fracción con cero")
    # the recycle bin stays out: one notice, and a whole expediente
    almacen.guardar_expediente(expediente_desde_dict(expediente_valido()), nombre="Borrado")
    borrado = next(r.id for r in almacen.listar_expedientes() if r.nombre == "Borrado")
    almacen.eliminar_expediente(borrado)
    tercero = _expediente_con_dos_avisos()
    eid3 = almacen.guardar_expediente(tercero, nombre="Con papelera")
    almacen.eliminar_aviso(eid3, "A2")

    destino = tmp_path / "registro.xlsx"
    n = escribir_registro(almacen, destino, catalogos=catalogos, hoy=HOY)
    assert n == 4
    filas = _filas(destino)
    assert len(filas) == 4
    assert sorted((f["Expediente"], f["Aviso"]) for f in filas) == [
        ("Con papelera", "A1"), ("Fracción con cero", "A7"), ("Importación julio", "A1"), ("Importación julio", "A2")]
    a2 = next(f for f in filas if f["Expediente"] == "Importación julio" and f["Aviso"] == "A2")
    assert a2["Estado"] == "Emitido" and a2["Folio VUCEM"] == "0123456789" and a2["Número de aviso"] == "AAIPS-000123"
    assert a2["Fracción"] == "72142001" and a2["NICO"] == "00"
    assert a2["Cantidad"] == 24500 and a2["UMT"] == "KGM"
    assert a2["Valor USD"] == pytest.approx(16905.00)
    assert a2["Precio unitario USD/UMT"] == pytest.approx(0.69)
    assert (a2["País de origen del acero"], a2["País de origen de la mercancía"], a2["País exportador"]) == ("DEU", "DEU", "DEU")
    assert a2["Certificados"] == "MTC-2600219; MTC-2600220"
    assert a2["Fecha de expedición"] == datetime(2025, 7, 7)
    assert a2["Fechas de los certificados"] == "07/07/2025; 08/07/2025"
    assert a2["Fabricante"] == "ArcelorMittal Bremen GmbH" and a2["Domicilio del fabricante"].startswith("Carl-Benz")
    assert a2["Clave del molino"] == "SE00006" and a2["Molino"] == "ARCELORMITTAL BREMEN STEEL PLANT"
    assert a2["Descripción"].startswith("Varilla corrugada") and a2["Observaciones"] == 'Embarque <2> & "parcial"'
    assert a2["Facturas"] == "INV-2025-0711" and a2["Proveedores"] == "Steel Trade GmbH"
    assert a2["Fecha de preparación"] == datetime(2025, 8, 4)
    assert isinstance(a2["Última modificación"], datetime)
    # findings as the rules count them with the same catalogs
    revision = revisar(almacen.cargar_expediente(eid), catalogos, HOY)
    for fila in (f for f in filas if f["Expediente"] == "Importación julio"):
        hs = revision.por_aviso[fila["Aviso"]]
        assert fila["Errores"] == sum(1 for h in hs if h.es_error)
        assert fila["Advertencias"] == sum(1 for h in hs if not h.es_error)
    a1 = next(f for f in filas if f["Expediente"] == "Importación julio" and f["Aviso"] == "A1")
    assert a1["Errores"] == 0 and a1["Folio VUCEM"] is None and a1["Fechas de los certificados"] is None
    cero = next(f for f in filas if f["Aviso"] == "A7")
    assert cero["Fracción"] == "07208370" and cero["NICO"] == "09"  # leading zero kept: text
    assert cero["Errores"] >= 1
    assert eid2


def test_tipos_y_formato_de_las_celdas(tmp_path, almacen, catalogos):
    almacen.guardar_expediente(_expediente_con_dos_avisos(), nombre="Formato")
    destino = tmp_path / "r.xlsx"
    escribir_registro(almacen, destino, catalogos=catalogos, hoy=HOY)
    libro = load_workbook(destino)
    hoja = libro["Avisos"]
    assert hoja.freeze_panes == "C2"
    assert hoja.auto_filter.ref == "A1:AC3"
    assert hoja.column_dimensions["V"].width == pytest.approx(60, abs=1)  # XlsxWriter adds the cell padding
    encabezado = hoja[1]
    assert all(c.font.bold for c in encabezado)
    col = {t: i + 1 for i, t in enumerate(TITULOS)}
    fila = 2
    assert hoja.cell(fila, col["Fracción"]).data_type == "s" and hoja.cell(fila, col["Fracción"]).number_format == "@"
    assert hoja.cell(fila, col["Cantidad"]).data_type == "n" and hoja.cell(fila, col["Cantidad"]).number_format == "#,##0.###"
    assert hoja.cell(fila, col["Valor USD"]).number_format == "#,##0.00"
    assert hoja.cell(fila, col["Precio unitario USD/UMT"]).number_format == "0.0000"
    assert hoja.cell(fila, col["Fecha de expedición"]).is_date
    assert hoja.cell(fila, col["Fecha de expedición"]).number_format == "dd/mm/yyyy"
    assert hoja.cell(fila, col["Errores"]).data_type == "n"
    info = {r[0]: r[1] for r in libro["Información"].iter_rows(values_only=True) if r and r[0]}
    assert info["Avisos"] == 2 and info["Hallazgos revisados al"] == datetime(2025, 8, 10)
    assert "fracciones" in info["Catálogos"]
    # the file is a valid zip whose sheet declares its real size
    with zipfile.ZipFile(destino) as z:
        assert z.testzip() is None
        assert b'<dimension ref="A1:AC3"/>' in z.read("xl/worksheets/sheet1.xml")


def test_lectura_en_modo_solo_lectura(tmp_path, almacen):
    almacen.guardar_expediente(_expediente_con_dos_avisos(), nombre="RO")
    destino = tmp_path / "r.xlsx"
    escribir_registro(almacen, destino, hoy=HOY)
    libro = load_workbook(destino, read_only=True)
    filas = list(libro["Avisos"].iter_rows(values_only=True))
    libro.close()
    assert len(filas) == 3 and filas[1][5] == "72142001"


def test_sin_catalogos_no_se_cuentan_hallazgos(tmp_path, almacen):
    almacen.guardar_expediente(_expediente_con_dos_avisos(), nombre="Sin catálogos")
    destino = tmp_path / "r.xlsx"
    assert escribir_registro(almacen, destino, hoy=HOY) == 2
    filas = _filas(destino)
    assert {f["Errores"] for f in filas} == {None}
    assert "sin catálogos" in {r[0]: r[1] for r in load_workbook(destino)["Información"].iter_rows(values_only=True) if r and r[0]}["Catálogos"]


def test_base_vacia(tmp_path, almacen):
    destino = tmp_path / "vacio.xlsx"
    assert escribir_registro(almacen, destino, hoy=HOY) == 0
    assert _filas(destino) == []


def test_texto_con_caracteres_de_control_y_muy_largo(tmp_path, almacen):
    exp = expediente_desde_dict(expediente_valido())
    exp = exp.con_aviso(replace(exp.avisos[0], observaciones="línea\x07uno\x0b" + "x" * 40000, descripcion="  espacios  "))
    almacen.guardar_expediente(exp, nombre="Raro \x01")
    destino = tmp_path / "r.xlsx"
    escribir_registro(almacen, destino, hoy=HOY)
    f = _filas(destino)[0]
    assert f["Observaciones"].startswith("líneauno") and len(f["Observaciones"]) == 32767
    assert f["Descripción"] == "  espacios  "
    assert f["Expediente"] == "Raro "


def test_escritura_atomica_y_errores(tmp_path, almacen, catalogos):
    almacen.guardar_expediente(_expediente_con_dos_avisos(), nombre="X")
    destino = tmp_path / "registro.xlsx"
    destino.write_bytes(b"version anterior")
    escribir_registro(almacen, destino, catalogos=catalogos, hoy=HOY)
    assert zipfile.is_zipfile(destino)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    bloqueo = tmp_path / "no-es-carpeta"
    bloqueo.write_text("x")
    with pytest.raises(ErrorArchivo, match="Elija otra carpeta"):
        escribir_registro(almacen, bloqueo / "registro.xlsx", hoy=HOY)


def test_progreso(tmp_path, almacen):
    for i in range(3):
        almacen.guardar_expediente(expediente_desde_dict(expediente_valido()), nombre=f"E{i}")
    avances = []
    escribir_registro(almacen, tmp_path / "r.xlsx", hoy=HOY, progreso=lambda a, b: avances.append((a, b)))
    assert avances == [(1, 3), (2, 3), (3, 3)]


def test_certificado_sin_fecha_y_valores_vacios(tmp_path, almacen):
    exp = expediente_desde_dict(expediente_valido())
    exp = exp.con_certificado(replace(exp.certificados[0], fecha_expedicion=None, numero=""))
    exp = exp.con_aviso(replace(exp.avisos[0], cantidad=None, valor_usd=Decimal("0.10")))
    almacen.guardar_expediente(exp, nombre="Vacíos")
    destino = tmp_path / "r.xlsx"
    escribir_registro(almacen, destino, hoy=HOY)
    f = _filas(destino)[0]
    assert f["Cantidad"] is None and f["Precio unitario USD/UMT"] is None and f["Valor USD"] == pytest.approx(0.1)
    assert f["Certificados"] is None and f["Fecha de expedición"] is None
    assert isinstance(exp.certificados[0], Certificado)
