"""The ``aaips`` command as a user runs it: real processes, exit codes, JSON shapes, no tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from tests.conftest import RAIZ, expediente_valido


def aaips(*args: str, datos: Path | None = None, entrada: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    if datos is not None:
        env["AAIPS_DATA_DIR"] = str(datos)
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          cwd=RAIZ, input=entrada, encoding="utf-8", timeout=120)


def escribir(tmp_path: Path, doc, nombre="exp.json") -> Path:
    p = tmp_path / nombre
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return p


def sin_traceback(r: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout


def test_version():
    r = aaips("--version")
    assert r.returncode == 0 and __version__ in r.stdout


def test_script_aaips_instalado():
    assert shutil.which("aaips", path=str(Path(sys.executable).parent)), "falta el script de consola aaips"


def test_check_valido_sale_con_0(tmp_path):
    r = aaips("check", str(escribir(tmp_path, expediente_valido())), "--json")
    assert r.returncode == 0, r.stderr
    j = json.loads(r.stdout)
    assert j == {"valido": True, "avisos": [{"id": "A1", "valido": True, "hallazgos": []}], "expediente": {"hallazgos": []}}


def test_check_con_errores_sale_con_1_y_dice_que_hacer(tmp_path):
    doc = expediente_valido()
    doc["avisos"][0]["cantidad"] = "26000"  # > 1.03 x 24800
    doc["avisos"][0]["valor_usd"] = "17940.00"
    p = escribir(tmp_path, doc)
    r = aaips("check", str(p), "--json")
    assert r.returncode == 1
    codigos = {h["codigo"] for h in json.loads(r.stdout)["avisos"][0]["hallazgos"]}
    assert {"VOLUMEN_EXCEDE_TOLERANCIA", "VALOR_NO_COINCIDE_FACTURA"} <= codigos
    texto = aaips("check", str(p))
    assert texto.returncode == 1
    # the clerk reads the rule (R5) and what to do; the codes stay in the JSON
    assert "(R5)" in texto.stdout and "Corrija los errores" in texto.stdout
    assert "VOLUMEN_EXCEDE_TOLERANCIA" not in texto.stdout and "[" not in texto.stdout


def test_solo_advertencias_no_invalidan(tmp_path):
    doc = expediente_valido()
    doc["avisos"][0]["partidas_factura"] = []
    r = aaips("check", str(escribir(tmp_path, doc)), "--json")
    assert r.returncode == 0
    h = json.loads(r.stdout)["avisos"][0]["hallazgos"]
    assert [x["severidad"] for x in h] == ["aviso"] and json.loads(r.stdout)["valido"] is True


@pytest.mark.parametrize(
    "contenido,palabra",
    [("{roto", "JSON"), ('{"formato": "aaips-expediente/1", "avisos": [{"id": "A1", "certificados": ["X"]}]}', "avisos[0].certificados[0]")],
)
def test_entrada_mala_sale_con_2_en_una_linea(tmp_path, contenido, palabra):
    p = tmp_path / "malo.json"
    p.write_text(contenido, encoding="utf-8")
    for verbo in ("check", "split"):
        r = aaips(verbo, str(p), "--json")
        assert r.returncode == 2 and r.stdout == ""
        assert palabra in r.stderr and r.stderr.count("\n") == 1
        sin_traceback(r)


def test_archivo_inexistente_y_argumentos_malos(tmp_path):
    r = aaips("check", str(tmp_path / "no-existe.json"))
    assert r.returncode == 2 and "No existe" in r.stderr
    sin_traceback(r)
    r = aaips("check")
    assert r.returncode == 2 and "faltan los argumentos" in r.stderr
    r = aaips("verbo-raro")
    assert r.returncode == 2 and "opción no válida" in r.stderr


def test_split_json_reemplaza_los_avisos(tmp_path):
    doc = expediente_valido()
    p0 = doc["facturas"][0]["partidas"][0]
    doc["facturas"][0]["partidas"].append(dict(p0, id="F1-2", pais_origen="TUR", cantidad="1.000", importe="690.00"))
    doc["avisos"] = [{"id": "VIEJO", "fraccion": "1"}]
    doc["clave_propia"] = {"x": 1}
    r = aaips("split", str(escribir(tmp_path, doc)), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["clave_propia"] == {"x": 1} and out["facturas"] == doc["facturas"]
    assert [a["partidas_factura"] for a in out["avisos"]] == [["F1-1"], ["F1-2"]]
    a1 = out["avisos"][0]
    assert (a1["fraccion"], a1["nico"], a1["cantidad"], a1["umt"], a1["valor_usd"]) == ("72142001", "00", "24500", "KGM", "16905.00")
    assert a1["certificados"] == ["C1"] and "0.69 USD/kg" in a1["descripcion"]
    texto = aaips("split", str(escribir(tmp_path, doc)))
    assert texto.returncode == 0 and "otro país de origen (TUR)" in texto.stdout


def test_import_y_export_ida_y_vuelta(tmp_path):
    datos = tmp_path / "datos"
    doc = expediente_valido()
    doc["campo_erp"] = "conservar"
    r = aaips("import", str(escribir(tmp_path, doc)), datos=datos)
    assert r.returncode == 0, r.stderr
    assert "número 1" in r.stdout
    destino = tmp_path / "salida.json"
    r = aaips("export", "1", str(destino), datos=datos)
    assert r.returncode == 0, r.stderr
    assert json.loads(destino.read_text(encoding="utf-8")) == doc
    assert (datos / "aaips.sqlite3").is_file()


def test_import_malo_no_escribe_nada(tmp_path):
    datos = tmp_path / "datos"
    doc = expediente_valido()
    doc["avisos"][0]["partidas_factura"] = ["NO-EXISTE"]
    r = aaips("import", str(escribir(tmp_path, doc)), datos=datos)
    assert r.returncode == 2 and "partidas_factura" in r.stderr
    assert not (datos / "aaips.sqlite3").exists()


def test_export_de_expediente_inexistente(tmp_path):
    r = aaips("export", "99", str(tmp_path / "x.json"), datos=tmp_path / "d")
    assert r.returncode == 2 and not (tmp_path / "x.json").exists()
    sin_traceback(r)
    r = aaips("export", "abc", str(tmp_path / "x.json"), datos=tmp_path / "d")
    assert r.returncode == 2 and "no es un número" in r.stderr


def test_catalogo_importar_y_usar_en_check(tmp_path):
    datos = tmp_path / "datos"
    doc = expediente_valido()
    doc["avisos"][0]["molino"] = {"clave": "SE00123", "nombre": "YAZICI"}
    p = escribir(tmp_path, doc)
    assert aaips("check", str(p), datos=datos).returncode == 1  # not in the bundled catalog
    cat = tmp_path / "molinos.csv"
    cat.write_text("# catalogo: molinos\n# version: 2026-11\nclave,nombre,empresa,pais\nSE00123,YAZICI DEMIR CELIK,,TUR\n", encoding="utf-8")
    r = aaips("catalogo", "importar", "molinos", str(cat), datos=datos)
    assert r.returncode == 0, r.stderr
    assert aaips("check", str(p), datos=datos).returncode == 0
    listado = aaips("catalogo", datos=datos)
    assert "importado" in listado.stdout and "fracciones" in listado.stdout
    r = aaips("catalogo", "importar", "molinos", str(tmp_path / "nada.csv"), datos=datos)
    assert r.returncode == 2 and "No existe" in r.stderr


def test_checklist_desde_archivo(tmp_path):
    import pdfplumber

    salida = tmp_path / "lista.pdf"
    r = aaips("checklist", str(escribir(tmp_path, expediente_valido())), "--pdf", str(salida))
    assert r.returncode == 0, r.stderr
    with pdfplumber.open(salida) as pdf:
        texto = "\n".join(p.extract_text() or "" for p in pdf.pages)
    for valor in ("72142001", "24500", "16905.00", "MTC-2600219", "07/07/2025", "SE00006", "Listo para VUCEM"):
        assert valor in texto, valor
    r = aaips("checklist", str(escribir(tmp_path, expediente_valido())), "--pdf", str(salida), "--aviso", "A9")
    assert r.returncode == 2 and "A9" in r.stderr


def test_checklist_de_la_base_de_datos(tmp_path):
    datos = tmp_path / "datos"
    assert aaips("import", str(escribir(tmp_path, expediente_valido())), datos=datos).returncode == 0
    r = aaips("checklist", "--expediente", "1", "--pdf", str(tmp_path / "x.pdf"), "--a4", datos=datos)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    r = aaips("checklist", "--pdf", str(tmp_path / "y.pdf"))
    assert r.returncode == 2 and not (tmp_path / "y.pdf").exists()


def test_registro_excel_con_valores_tipados(tmp_path):
    import datetime

    import openpyxl

    datos = tmp_path / "datos"
    assert aaips("import", str(escribir(tmp_path, expediente_valido())), datos=datos).returncode == 0
    destino = tmp_path / "registro.xlsx"
    r = aaips("registro", str(destino), datos=datos)
    assert r.returncode == 0, r.stderr
    hoja = openpyxl.load_workbook(destino).worksheets[0]
    encabezado = [c.value for c in hoja[1]]
    fila = dict(zip(encabezado, [c.value for c in hoja[2]], strict=True))
    assert hoja.max_row == 2
    valores = list(fila.values())
    assert "72142001" in valores and 24500 in valores and 16905 in valores
    assert datetime.datetime(2025, 7, 7) in valores
    r = aaips("registro", str(tmp_path / "x.csv"), datos=datos)
    assert r.returncode == 2


def test_catalogo_importar_con_vista_previa(tmp_path):
    datos = tmp_path / "datos"
    cat = tmp_path / "molinos.csv"
    cat.write_text("clave,nombre,empresa,pais\nSE00006,ARCELORMITTAL BREMEN STEEL PLANT,ARCELORMITTAL BREMEN GMBH,DEU\n"
                   "SE00123,YAZICI DEMIR CELIK,,TUR\n", encoding="utf-8")
    r = aaips("catalogo", "importar", "molinos", str(cat), "--vista-previa", datos=datos)
    assert r.returncode == 0, r.stderr
    assert "1" in r.stdout and "no se cambió nada" in r.stdout
    assert not (datos / "catalogos" / "molinos.csv").exists()


def test_screenshots_escribe_al_menos_9_png_sin_tocar_los_datos(tmp_path):
    datos = tmp_path / "datos"
    r = aaips("screenshots", str(tmp_path / "capturas"), datos=datos)
    assert r.returncode == 0, r.stderr
    pngs = sorted((tmp_path / "capturas").glob("*.png"))
    assert len(pngs) >= 9
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
    assert not (datos / "aaips.sqlite3").exists()


@pytest.mark.skipif(not (RAIZ.parent / "shared" / "fixtures" / "real_scans").is_dir(), reason="falta ../shared")
def test_extract_json_de_un_escaneo_real():
    pdf = RAIZ.parent / "shared/fixtures/real_scans/2600338_2600337_2600024_2600020-YAZICI.pdf"
    r = aaips("extract", str(pdf), "--json")
    assert r.returncode == 0, r.stderr
    j = json.loads(r.stdout)
    assert j["archivo"] == pdf.name and j["paginas"][0]["metodo"] == "ocr"
    assert j["campos"]["coladas"]["valor"] == ["2600338", "2600337", "2600024", "2600020"]
    for campo in j["campos"].values():
        assert {"valor", "pagina", "bbox", "confianza"} <= set(campo) and len(campo["bbox"]) == 4


def test_extract_de_un_pdf_danado_sale_con_2(tmp_path):
    malo = tmp_path / "cert.pdf"
    malo.write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    r = aaips("extract", str(malo))
    assert r.returncode == 2 and "dañado" in r.stderr and r.stderr.count("\n") == 1
    sin_traceback(r)
