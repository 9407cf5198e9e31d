"""Plantillas por molino: lo que el capturista corrige se recuerda y el siguiente certificado del
mismo molino sale bien.

Un molino ficticio (ORLOVA) pone el número de certificado tras «Ref. interna:», la fecha tras
«Emitido el:» (y antes una «Fecha de colada» que confunde al extractor genérico), las coladas en
una columna «Lote» y un folio de formato «Doc. No.: F-QC-07» al pie. El extractor genérico no
conoce esas etiquetas: la primera lectura se equivoca; con las correcciones aprendidas, el
segundo certificado (otros valores, una colada más, la tabla más larga) sale bien, también
escaneado y girado. Un certificado de otro molino no se toca.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.extract import leer_certificado
from app.extract import plantillas as P

from .conftest import requiere_tesseract
from .sinteticos import FUENTE, NEGRITA, _firma, _quimica, _sello, _tabla, escanear


@dataclass(frozen=True)
class Molino:
    nombre: str
    calle: str
    pais: str
    tel: str
    correo: str
    sello: str


ORLOVA = Molino("ORLOVA STEEL PLANT LTD", "Promyslova 7, 708 00 Ostrava", "CZECH REPUBLIC", "+420 596 111 222",
                "quality@orlova-steel.example", "ORLOVA QC")
VISTULA = Molino("HUTA VISTULA SPOLKA AKCYJNA", "ul. Hutnicza 3, 31-752 Krakow", "POLAND", "+48 12 555 01 02",
                 "qc@vistula-huta.example", "VISTULA QC")


def certificado(ruta: Path, m: Molino, numero: str, emitido: str, colada_fecha: str, coladas: list[str],
                pesos: list[str]) -> Path:
    c = canvas.Canvas(str(ruta), pagesize=A4)
    w, h = A4
    c.setFont(NEGRITA, 15)
    c.drawString(40, h - 50, m.nombre)
    c.setFont(FUENTE, 9.5)
    c.drawString(400, h - 50, "Ref. interna:")
    c.drawString(462, h - 50, numero)
    c.setFont(FUENTE, 9)
    c.drawString(40, h - 64, m.calle)
    c.drawString(40, h - 76, m.pais)
    c.drawString(40, h - 88, f"Tel: {m.tel}   E-mail: {m.correo}")
    c.setFont(NEGRITA, 14)
    c.drawCentredString(w / 2, h - 125, "INSPECTION CERTIFICATE 3.1 (EN 10204)")
    c.setFont(FUENTE, 9.5)
    y = h - 160
    for a, b, d, e in [("Emitido el:", emitido, "Cliente:", "Importadora Ejemplo SA de CV"),
                       ("Fecha de colada:", colada_fecha, "Pedido:", "PO-55123"),
                       ("Producto:", "Hot rolled steel plates", "Norma:", "EN 10025-2 S355J2+N"),
                       ("Dimensiones:", "20 x 2000 x 6000 mm", "", "")]:
        c.drawString(40, y, a)
        c.drawString(130, y, b)
        c.drawString(320, y, d)
        c.drawString(380, y, e)
        y -= 15
    y -= 12
    anchos = [70, 40, 40, 40, 42, 42, 60, 60, 70]
    cab = ["Lote", "C %", "Si %", "Mn %", "P %", "S %", "Re MPa", "Rm MPa", "Peso neto kg"]
    filas = [[col, *_quimica(i), "372", "528", p] for i, (col, p) in enumerate(zip(coladas, pesos, strict=True))]
    total = sum(int(p.replace(",", "")) for p in pesos)
    y = _tabla(c, 40, y, anchos, [cab] + filas + [["TOTAL", "", "", "", "", "", "", "", f"{total:,}"]])
    y -= 22
    c.drawString(40, y, f"Country of melt and pour: {m.pais}")
    _sello(c, 300, 130, m.sello)
    c.drawString(400, 150, "Quality manager")
    _firma(c, 405, 120)
    c.setFont(FUENTE, 7)
    c.drawString(40, 40, "Doc. No.: F-QC-07 Rev. 2")
    c.showPage()
    c.save()
    return ruta


#: Lo que el capturista corrige en el primer certificado de ORLOVA.
CORRECCIONES_1 = {
    "numero": "RI-2025/0412",
    "fecha_expedicion": "2025-03-14",
    "coladas": ["7A40112", "7A40113"],
    "volumen_kg": "24350",
}
ESPERADO_2 = {
    "numero": "RI-2025/10587",
    "fecha_expedicion": "2025-06-09",
    "coladas": ["7B51007", "7B51009", "7B51010"],
    "volumen_kg": "24150",
}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("plantillas")
    return {
        "orlova1": certificado(d / "orlova1.pdf", ORLOVA, "RI-2025/0412", "14/03/2025", "02.03.2025",
                               ["7A40112", "7A40113"], ["12,150", "12,200"]),
        "orlova2": certificado(d / "orlova2.pdf", ORLOVA, "RI-2025/10587", "09/06/2025", "28.05.2025",
                               ["7B51007", "7B51009", "7B51010"], ["8,000", "8,100", "8,050"]),
        "vistula": certificado(d / "vistula.pdf", VISTULA, "RI-2025/0777", "01/07/2025", "20.06.2025",
                               ["9K11001", "9K11002"], ["10,000", "11,000"]),
    }


@pytest.fixture(scope="module")
def lecturas(pdfs) -> dict:
    return {k: leer_certificado(v) for k, v in pdfs.items()}


def _aprender_todo(lectura, correcciones: dict, plantilla=None):
    for campo, valor in correcciones.items():
        nueva = P.aprender(lectura, campo, valor, plantilla=plantilla)
        assert nueva is not None, f"no se aprendió {campo}"
        plantilla = nueva
    return plantilla


def _comprobar(lectura, esperado: dict) -> None:
    for campo, valor in esperado.items():
        c = lectura.campos.get(campo)
        assert c is not None, campo
        assert c.valor == valor, (campo, c.valor)
        assert c.metodo == "plantilla"
        assert "plantilla «ORLOVA STEEL PLANT LTD»" in c.texto
        pag = next(p for p in lectura.paginas if p.numero == c.pagina)
        x0, y0, x1, y1 = c.bbox
        assert 0 <= x0 < x1 <= pag.ancho and 0 <= y0 < y1 <= pag.alto, (campo, c.bbox)


def _palabras_en_caja(lectura, campo: str) -> str:
    c = lectura.campos[campo]
    pag = next(p for p in lectura.paginas if p.numero == c.pagina)
    x0, y0, x1, y1 = c.bbox
    return " ".join(w.texto for w in pag.palabras if x0 - 1 <= w.cx <= x1 + 1 and y0 - 1 <= w.cy <= y1 + 1)


# --------------------------------------------------------------------------------------------


def test_la_primera_lectura_se_equivoca_donde_la_plantilla_acierta(lecturas):
    """El punto de partida: el extractor genérico no conoce «Ref. interna» ni «Lote»."""
    for nombre, correctos in (("orlova1", CORRECCIONES_1), ("orlova2", ESPERADO_2)):
        generica = lecturas[nombre]
        assert generica.valor("numero") != correctos["numero"]  # toma el folio del pie «F-QC-07»
        assert generica.valor("fecha_expedicion") != correctos["fecha_expedicion"]  # la fecha de colada
        assert generica.valor("coladas") is None  # «Lote» no es una etiqueta conocida


def test_lo_corregido_se_aprende_y_el_segundo_certificado_sale_bien(lecturas):
    plantilla = _aprender_todo(lecturas["orlova1"], CORRECCIONES_1)
    assert plantilla.clave == "orlova-steel-plant-ltd"
    assert set(plantilla.campos_aprendidos()) == set(CORRECCIONES_1)
    r = plantilla.reglas
    assert (r["numero"].etiqueta, r["numero"].relacion) == ("Ref. interna:", "linea")
    assert (r["fecha_expedicion"].etiqueta, r["fecha_expedicion"].relacion) == ("Emitido el:", "izquierda")
    assert (r["coladas"].etiqueta, r["coladas"].relacion) == ("Lote", "columna")
    assert r["volumen_kg"].etiqueta == "TOTAL"

    assert P.identificar(lecturas["orlova2"], [plantilla]) == plantilla
    leida = P.aplicar(lecturas["orlova2"], [plantilla])
    _comprobar(leida, ESPERADO_2)
    # la evidencia es la caja del valor en la página: dentro están las palabras del valor
    assert _palabras_en_caja(leida, "numero") == "RI-2025/10587"
    assert _palabras_en_caja(leida, "coladas").split() == ["7B51007", "7B51009", "7B51010"]
    assert "09/06/2025" in _palabras_en_caja(leida, "fecha_expedicion")
    assert any("plantilla del molino «ORLOVA STEEL PLANT LTD»" in a for a in leida.advertencias)
    # lo que la plantilla no sabe queda como lo leyó el extractor genérico
    assert leida.campos["descripcion"] == lecturas["orlova2"].campos["descripcion"]
    # y la lectura original no cambió (aplicar devuelve otra)
    assert lecturas["orlova2"].valor("coladas") is None
    # el contrato de «extract --json» no cambia de forma
    assert set(leida.a_json()) == {"archivo", "paginas", "tipo_probable", "campos"}


def test_el_mismo_certificado_con_la_plantilla_da_lo_que_escribio_el_capturista(lecturas):
    plantilla = _aprender_todo(lecturas["orlova1"], CORRECCIONES_1)
    leida = P.aplicar(lecturas["orlova1"], plantilla)
    _comprobar(leida, CORRECCIONES_1)


def test_datos_del_productor_y_pais(lecturas):
    lectura = lecturas["orlova1"]
    plantilla = None
    for campo, valor in (("productor.telefono", "+420 596 111 222"), ("productor.correo", "quality@orlova-steel.example"),
                         ("pais", "CZE"), ("productor.domicilio", "Promyslova 7, 708 00 Ostrava, CZECH REPUBLIC")):
        plantilla = P.aprender(lectura, campo, valor, plantilla=plantilla)
        assert plantilla is not None, campo
    assert plantilla.reglas["pais"].etiqueta == "Country of melt and pour:"  # no el renglón del domicilio
    leida = P.aplicar(lecturas["orlova2"], plantilla)
    prod = leida.campos["productor"].valor
    assert prod["telefono"] == "+420 596 111 222" and prod["correo"] == "quality@orlova-steel.example"
    assert prod["domicilio"] == "Promyslova 7, 708 00 Ostrava, CZECH REPUBLIC"
    assert leida.campos["productor.telefono"].metodo == "plantilla"
    assert leida.valor("pais") == "CZE" and prod["pais"] == "CZE"


def test_un_certificado_de_otro_molino_no_se_toca(lecturas, sinteticos_texto):
    plantilla = _aprender_todo(lecturas["orlova1"], CORRECCIONES_1)
    otro = lecturas["vistula"]  # mismo formato de documento, otro molino
    assert P.puntaje(otro, plantilla) < P.UMBRAL_IDENTIFICACION
    assert P.identificar(otro, [plantilla]) is None
    assert P.aplicar(otro, [plantilla]) is otro
    turco = leer_certificado(sinteticos_texto["formulario_en"].ruta)  # otro molino, otro formato
    assert P.identificar(turco, [plantilla]) is None
    assert P.aplicar(turco, [plantilla]) is turco
    # con las dos plantillas, cada certificado toma la suya
    de_vistula = P.aprender(otro, "numero", "RI-2025/0777", productor="HUTA VISTULA SPOLKA AKCYJNA")
    assert de_vistula.clave == "huta-vistula-spolka-akcyjna"
    assert P.identificar(lecturas["orlova2"], [de_vistula, plantilla]) == plantilla
    assert P.identificar(otro, [plantilla, de_vistula]) == de_vistula


def test_sin_nombre_del_productor_se_reconoce_por_el_membrete(lecturas):
    plantilla = P.aprender(lecturas["orlova1"], "numero", "RI-2025/0412", productor="")
    assert plantilla.firma_nombre == "" and plantilla.clave.startswith("molino-")
    assert "orlova" in plantilla.firma_palabras and "ostrava" in plantilla.firma_palabras
    assert P.identificar(lecturas["orlova2"], [plantilla]) == plantilla
    assert P.identificar(lecturas["vistula"], [plantilla]) is None


def test_no_se_aprende_lo_que_no_esta_en_el_certificado(lecturas):
    lectura = lecturas["orlova1"]
    assert P.aprender(lectura, "numero", "ZZ-9999/0001") is None
    assert P.aprender(lectura, "fecha_expedicion", "2024-01-31") is None
    assert P.aprender(lectura, "coladas", ["XX00000"]) is None
    assert P.aprender(lectura, "firma_sello_qr", True) is None  # no es un dato con lugar
    assert P.aprender(lectura, "numero", "") is None


def test_mes_y_dia_al_reves_se_recuerdan(tmp_path):
    """Un molino que escribe mes/día: «03/04/2025» es 4 de marzo, no 3 de abril."""
    a = leer_certificado(certificado(tmp_path / "a.pdf", ORLOVA, "RI-2025/0001", "03/04/2025", "01.03.2025",
                                     ["7C10001"], ["5,000"]))
    b = leer_certificado(certificado(tmp_path / "b.pdf", ORLOVA, "RI-2025/0002", "05/06/2025", "01.05.2025",
                                     ["7C10002"], ["5,000"]))
    plantilla = P.aprender(a, "fecha_expedicion", "2025-03-04")
    assert plantilla is not None and plantilla.reglas["fecha_expedicion"].orden_fecha == "md"
    assert P.aplicar(b, plantilla).valor("fecha_expedicion") == "2025-05-06"


def test_guardar_cargar_exportar_importar(lecturas, tmp_path):
    plantilla = _aprender_todo(lecturas["orlova1"], CORRECCIONES_1)
    carpeta = tmp_path / "plantillas"
    ruta = P.guardar_plantilla(carpeta, plantilla)
    assert ruta.name == "orlova-steel-plant-ltd.json"
    assert not list(carpeta.glob("*.tmp"))  # escritura atómica: no quedan temporales
    (carpeta / "dañada.json").write_text("{no es json", encoding="utf-8")
    [cargada] = P.cargar_plantillas(carpeta)  # la dañada se salta
    assert cargada == plantilla

    for destino in (tmp_path / "para_colega.zip", tmp_path / "para_colega.json"):
        P.exportar([plantilla], destino)
        [importada] = P.importar(destino)
        assert importada == plantilla
        leida = P.aplicar(lecturas["orlova2"], [importada])
        _comprobar(leida, ESPERADO_2)
    with zipfile.ZipFile(tmp_path / "para_colega.zip") as z:
        assert z.namelist() == ["orlova-steel-plant-ltd.json"]

    assert P.eliminar_plantilla(carpeta, plantilla.clave)
    assert P.cargar_plantillas(carpeta) == []


def test_un_patron_importado_no_se_usa_se_deriva_de_los_ejemplos(lecturas, tmp_path):
    plantilla = _aprender_todo(lecturas["orlova1"], {"numero": "RI-2025/0412"})
    datos = plantilla.a_json()
    datos["campos"]["numero"]["patron"] = "(a+)+$"  # un patrón malicioso en el archivo
    ruta = tmp_path / "p.json"
    ruta.write_text(json.dumps(datos), encoding="utf-8")
    [importada] = P.importar(ruta)
    assert importada.reglas["numero"].patron.pattern != "(a+)+$"
    assert P.aplicar(lecturas["orlova2"], importada).valor("numero") == "RI-2025/10587"


@pytest.mark.parametrize("contenido, parte", [
    (b"hola", "no es un archivo de plantillas"),
    (json.dumps({"formato": "otro"}).encode(), "aaips-plantilla-molino/1"),
    (json.dumps({"formato": P.FORMATO, "clave": "../../etc"}).encode(), "clave"),
    (json.dumps({"formato": P.FORMATO, "clave": "x", "campos": {"numero": {"caja": [0, 0, 9, 9]}}}).encode(),
     "fuera de la página"),
])
def test_importar_un_archivo_malo_explica_en_espanol(tmp_path, contenido, parte):
    ruta = tmp_path / "malo.json"
    ruta.write_bytes(contenido)
    with pytest.raises(P.ErrorPlantilla) as e:
        P.importar(ruta)
    assert parte in str(e.value) and "Plantillas de molinos" in str(e.value)
    with pytest.raises(P.ErrorPlantilla, match="No se encontró"):
        P.importar(tmp_path / "no_existe.zip")


def test_combinar_gana_la_regla_mas_reciente(lecturas):
    a = _aprender_todo(lecturas["orlova1"], {"numero": "RI-2025/0412"})
    b = _aprender_todo(lecturas["orlova1"], {"coladas": ["7A40112", "7A40113"], "numero": "RI-2025/0412"})
    junta = P.combinar(a, b)
    assert set(junta.reglas) == {"numero", "coladas"}
    assert junta.reglas["numero"] == b.reglas["numero"]


# --------------------------------------------------------------------------------------------
# Escaneos (solo imagen): OCR real


@pytest.fixture(scope="module")
def escaneos(pdfs, tmp_path_factory) -> dict:
    d = tmp_path_factory.mktemp("plantillas_escaneos")
    e1 = escanear(pdfs["orlova1"], d / "orlova1_esc.pdf", giro=90, inclinacion=0.4, dpi=200)
    e2 = escanear(pdfs["orlova2"], d / "orlova2_esc.pdf", giro=0, inclinacion=-0.3, dpi=200)
    return {"orlova1": leer_certificado(e1), "orlova2": leer_certificado(e2)}


@requiere_tesseract
def test_escaneado_aprende_y_aplica(escaneos):
    e1, e2 = escaneos["orlova1"], escaneos["orlova2"]
    assert [p.metodo for p in e1.paginas] == ["ocr"] and e1.paginas[0].rotacion == 90
    assert e2.valor("coladas") is None and e2.valor("numero") != ESPERADO_2["numero"]
    plantilla = _aprender_todo(e1, CORRECCIONES_1)
    assert P.identificar(e2, [plantilla]) == plantilla
    _comprobar(P.aplicar(e2, plantilla), ESPERADO_2)


@requiere_tesseract
def test_lo_aprendido_en_el_pdf_con_texto_vale_para_el_escaneo(lecturas, escaneos):
    plantilla = _aprender_todo(lecturas["orlova1"], CORRECCIONES_1)
    _comprobar(P.aplicar(escaneos["orlova2"], [plantilla]), ESPERADO_2)
    assert P.identificar(escaneos["orlova2"], [plantilla]) == plantilla


def test_aaips_extract_aplica_las_plantillas_de_la_carpeta_de_datos(lecturas, pdfs, tmp_path):
    """The command line reads with the templates the clerk taught in the app (same data folder)."""
    import json as _json
    import os
    import subprocess
    import sys

    datos = tmp_path / "datos"
    P.guardar_plantilla(datos / "plantillas", _aprender_todo(lecturas["orlova1"], CORRECCIONES_1))
    env = dict(os.environ, AAIPS_DATA_DIR=str(datos), PYTHONIOENCODING="utf-8")
    raiz = Path(__file__).resolve().parents[2]

    def extraer(*extra: str) -> dict:
        r = subprocess.run([sys.executable, "-m", "app", "extract", str(pdfs["orlova2"]), "--json", *extra],
                           capture_output=True, text=True, env=env, cwd=raiz, encoding="utf-8", timeout=120)
        assert r.returncode == 0, r.stderr
        return _json.loads(r.stdout)

    con = extraer()
    assert con["campos"]["numero"]["valor"] == ESPERADO_2["numero"]
    assert con["campos"]["coladas"]["valor"] == ESPERADO_2["coladas"]
    sin = extraer("--sin-plantillas")
    assert sin["campos"].get("numero", {}).get("valor") != ESPERADO_2["numero"]
