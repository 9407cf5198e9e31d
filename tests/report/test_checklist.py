"""The printable checklist, read back as text: every value of every notice must be on paper."""

from __future__ import annotations

import copy
import io
import re
from datetime import datetime
from pathlib import Path

import pdfplumber
import pytest

from app.domain.archivo import expediente_desde_dict
from app.domain.reglas import revisar
from app.report.checklist import FALTA, LISTO, generar_checklist
from tests.conftest import HOY, expediente_valido

IMPRESO = datetime(2025, 8, 10, 9, 30)
MARGEN_PT = 15 * 72 / 25.4  # 15 mm
TAMANOS_PT = {"carta": (612, 792), "a4": (595.3, 841.9)}

DESCRIPCION_LARGA = (
    "Varilla corrugada de acero al carbono para refuerzo de concreto, laminada en caliente, sin recubrimiento, "
    "con corrugaciones según norma BS 4449:2005 grado B500B, en tramos rectos de 14 m, diámetro nominal 25 mm, "
    "atada en paquetes de dos toneladas con flejes de acero y etiquetas de identificación por colada; "
    "sin accesorios integrados; fabricada por horno eléctrico de arco y colada continua, con certificado de "
    "molino por cada colada, composición química y propiedades mecánicas conforme a la norma citada y "
    "marcas de laminación que identifican al fabricante cada metro. Precio unitario 0.69 USD/kg. "
    "Factura en toneladas, convertidas a kilogramos."
)


def _generar(doc, catalogos, **kw):
    exp = expediente_desde_dict(doc)
    revision = revisar(exp, catalogos, HOY)
    salida = io.BytesIO()
    kw.setdefault("nombre_expediente", "OP-2025-0142")
    kw.setdefault("impreso", IMPRESO)
    n = generar_checklist(exp, revision, catalogos, salida, **kw)
    return exp, revision, n, salida.getvalue()


def _paginas(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as p:
        return [pg.extract_text() or "" for pg in p.pages]


def _en_orden(texto: str, frase: str) -> bool:
    """Every word of ``frase`` appears in ``texto`` in the same order (other columns may sit between)."""
    palabras = texto.split()
    i = 0
    for w in frase.split():
        while i < len(palabras) and palabras[i] != w:
            i += 1
        if i == len(palabras):
            return False
        i += 1
    return True


def _doc_con_hallazgos():
    d = expediente_valido()
    a = d["avisos"][0]
    a["cantidad"] = "26000"  # R5: 26000 > 1.03 x 24800, and R6 unit price
    a["valor_usd"] = "17940.00"
    a["pais_origen_acero"] = "TUR"  # R9
    a["molino"] = {"clave": "SE99999", "nombre": "MOLINO DESCONOCIDO"}  # R10
    a["descripcion"] = DESCRIPCION_LARGA.replace(" Precio unitario 0.69 USD/kg.", "")  # R12
    a["observaciones"] = "Mercancía amparada por el certificado MTC-2600219; coladas 2600219 y 2600217."
    d["certificados"][0]["traduccion"] = False  # R11
    d["certificados"][0]["archivo"] = ""
    return d


def _doc_dos_avisos():
    d = expediente_valido()
    p = copy.deepcopy(d["facturas"][0]["partidas"][0])
    p.update(id="F1-2", cantidad="10.000", importe="6900.00", certificado="C2")
    d["facturas"][0]["partidas"].append(p)
    c = copy.deepcopy(d["certificados"][0])
    c.update(id="C2", numero="MTC-2600300", volumen_kg="10100", coladas=["2600300"], idioma="es", fecha_expedicion="2025-07-08")
    d["certificados"].append(c)
    a2 = copy.deepcopy(d["avisos"][0])
    a2.update(id="A2", cantidad="10000", valor_usd="6900.00", certificados=["C2"], partidas_factura=["F1-2"])
    d["avisos"].append(a2)
    return d


# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("tamano", ["carta", "a4"])
def test_aviso_valido_trae_cada_valor(catalogos, tamano):
    exp, revision, n, pdf = _generar(expediente_valido(), catalogos, tamano=tamano)
    assert revision.valido
    paginas = _paginas(pdf)
    assert n == len(paginas) >= 1
    texto = "\n".join(paginas)
    a = exp.avisos[0]
    c = exp.certificados[0]

    # header
    for v in ("OP-2025-0142", "Importadora Ejemplo SA de CV", "AAA010101AAA", "04/08/2025", "Borrador"):
        assert v in texto, v
    # the 12 fields, as typed
    assert "Fracción: 72142001" in texto and "NICO: 00" in texto
    assert "24500" in texto and "KGM" in texto
    assert "16905.00 USD" in texto
    nombre_pais = catalogos.paises.nombre("DEU")
    assert nombre_pais and texto.count(f"DEU – {nombre_pais}") >= 3  # fields 4, 5 and 6
    assert c.numero in texto and "07/07/2025" in texto
    assert "2025-07-07" not in texto  # dates only as dd/mm/aaaa
    assert a.fabricante.nombre in texto and a.fabricante.domicilio in texto
    assert "SE00006" in texto and a.molino.nombre in texto
    assert _en_orden(texto, a.descripcion)
    assert "(sin observaciones; campo opcional)" in texto
    # certificates: heats, volume and the 3% margin (1.03 x 24800 - 24500 = 1044)
    assert "2600219, 2600217" in texto
    assert "24,800" in texto and "25,544" in texto and "1,044" in texto
    # invoice lines and their total
    assert "INV-2025-0711" in texto and "F1-1" in texto and "16,905.00" in texto
    assert "coincide con el total de las partidas" in texto
    # result, attachments, signatures, pages, date printed
    assert LISTO in texto
    assert "mtc.pdf" in texto and "Traducción" in texto and "Factura comercial" in texto
    assert "Elaboró" in texto and "Revisó" in texto
    for i, pagina in enumerate(paginas, start=1):
        assert f"Página {i} de {n}" in pagina
        assert "Impreso el 10/08/2025 a las 09:30" in pagina
    assert FALTA not in texto  # nothing missing in a valid notice

    with pdfplumber.open(io.BytesIO(pdf)) as p:
        ancho, alto = TAMANOS_PT[tamano]
        assert all(abs(pg.width - ancho) < 1 and abs(pg.height - alto) < 1 for pg in p.pages)


@pytest.mark.parametrize("tamano", ["carta", "a4"])
def test_aviso_con_hallazgos(catalogos, tamano):
    exp, revision, n, pdf = _generar(_doc_con_hallazgos(), catalogos, tamano=tamano)
    hallazgos = revision.por_aviso["A1"] + revision.expediente
    codigos = {h.codigo for h in hallazgos}
    assert {"VOLUMEN_EXCEDE_TOLERANCIA", "PAIS_ACERO_NO_COINCIDE", "MOLINO_NO_EN_CATALOGO", "TRADUCCION_REQUERIDA",
            "PRECIO_UNITARIO_NO_EN_DESCRIPCION", "VALOR_NO_COINCIDE_FACTURA"} <= codigos
    paginas = _paginas(pdf)
    texto = "\n".join(paginas)
    assert n == len(paginas)
    assert LISTO not in texto and LISTO.lower() not in texto.lower()
    assert "Todavía no se puede capturar en VUCEM" in texto
    errores = sum(h.es_error for h in hallazgos)
    assert f"{errores} errores por corregir" in texto
    # every finding: its code, its rule and its message
    for h in hallazgos:
        assert h.codigo in texto, h.codigo
        assert _en_orden(texto, h.mensaje), h.mensaje
    reglas = {h.regla for h in hallazgos}
    assert {"R5", "R9", "R10", "R11", "R12"} <= reglas
    for regla in (r for r in reglas if r.startswith("R")):
        assert re.search(rf"\b(Error|Advertencia) {regla}\b", texto), regla
    # the values are still all there
    a = exp.avisos[0]
    assert "26000" in texto and "17940.00 USD" in texto
    assert f"TUR – {catalogos.paises.nombre('TUR')}" in texto
    assert "SE99999" in texto and "MOLINO DESCONOCIDO" in texto
    assert _en_orden(texto, a.descripcion)
    assert _en_orden(texto, a.observaciones)
    assert "-456" in texto  # 1.03 x 24800 - 26000: the margin is gone
    # the missing certificate file prints as a gap, and the translation is demanded
    assert FALTA in texto
    assert _en_orden(texto, "Falta la traducción (regla R11).")


def test_descripcion_larga_se_ajusta_y_nada_sale_de_los_margenes(catalogos):
    d = expediente_valido()
    d["avisos"][0]["descripcion"] = DESCRIPCION_LARGA
    largo = "SIN-ESPACIOS-" + "X" * 180  # a token wider than any column
    d["avisos"][0]["observaciones"] = largo
    d["certificados"][0]["coladas"] = [f"26{i:05d}" for i in range(60)]
    for tamano, (ancho, alto) in TAMANOS_PT.items():
        exp, _, n, pdf = _generar(copy.deepcopy(d), catalogos, tamano=tamano)
        paginas = _paginas(pdf)
        texto = "\n".join(paginas)
        assert _en_orden(texto, DESCRIPCION_LARGA)
        # wrapped: no line holds more than a part of it
        assert not any(DESCRIPCION_LARGA[:200] in linea for linea in texto.splitlines())
        assert largo in re.sub(r"\s+", "", texto)  # split over lines, never cut
        assert all(f"26{i:05d}" in texto for i in range(60))
        with pdfplumber.open(io.BytesIO(pdf)) as p:
            for pg in p.pages:
                for ch in pg.chars:
                    assert ch["x0"] >= MARGEN_PT - 1, (tamano, ch["text"], ch["x0"])
                    assert ch["x1"] <= ancho - MARGEN_PT + 1, (tamano, ch["text"], ch["x1"])
                    assert 0 <= ch["top"] and ch["bottom"] <= alto


def test_valores_que_faltan_se_ven(catalogos):
    d = expediente_valido()
    a = d["avisos"][0]
    a["pais_exportador"] = ""
    a["fabricante"] = {"nombre": "", "domicilio": ""}
    a["molino"] = {"clave": "", "nombre": ""}
    a["valor_usd"] = "17,940"  # not a number: kept raw, shown with the gap
    d["importador"]["rfc"] = ""
    _, revision, _, pdf = _generar(d, catalogos)
    texto = "\n".join(_paginas(pdf))
    assert not revision.valido
    assert texto.count(FALTA) >= 6  # RFC, value, exporter country, manufacturer name and address, mill
    assert "«17,940»" in texto
    assert LISTO not in texto


def test_expediente_con_varios_avisos_empieza_con_resumen(catalogos):
    exp, revision, n, pdf = _generar(_doc_dos_avisos(), catalogos, tamano="a4")
    assert revision.valido
    paginas = _paginas(pdf)
    assert n == len(paginas)
    assert "Resumen del expediente" in paginas[0]
    assert "MTC-2600219" in paginas[0] and "MTC-2600300" in paginas[0]
    assert "23,805.00" in paginas[0]  # both notices add up to the invoice
    # one section per notice, each starting on its own page
    inicio = {aid: next(i for i, p in enumerate(paginas) if f"Aviso {aid} · fracción" in p) for aid in ("A1", "A2")}
    assert 0 < inicio["A1"] < inicio["A2"]
    assert "Aviso A1 ·" not in paginas[inicio["A2"]]
    seccion_a2 = "\n".join(paginas[inicio["A2"]:])
    assert "10000" in seccion_a2 and "6900.00 USD" in seccion_a2 and "08/07/2025" in seccion_a2
    assert "2600300" in seccion_a2
    # a Spanish certificate needs no translation
    assert "Traducción libre y completa al español del certificado MTC-2600300" not in seccion_a2
    assert seccion_a2.count(LISTO) >= 1


def test_solo_los_avisos_pedidos(catalogos):
    _, _, n, pdf = _generar(_doc_dos_avisos(), catalogos, avisos=["A2"])
    texto = "\n".join(_paginas(pdf))
    assert "Resumen del expediente" not in texto
    assert "Aviso A2 · fracción" in texto and "Aviso A1 · fracción" not in texto


def test_escribe_a_una_ruta(catalogos, tmp_path: Path):
    exp = expediente_desde_dict(expediente_valido())
    destino = tmp_path / "lista.pdf"
    n = generar_checklist(exp, revisar(exp, catalogos, HOY), catalogos, destino, tamano="a4")
    assert destino.read_bytes().startswith(b"%PDF-")
    assert n == len(_paginas(destino.read_bytes()))
    assert list(tmp_path.iterdir()) == [destino]


def test_errores_de_uso_en_espanol(catalogos):
    exp = expediente_desde_dict(expediente_valido())
    revision = revisar(exp, catalogos, HOY)
    with pytest.raises(ValueError, match="Tamaño de papel"):
        generar_checklist(exp, revision, catalogos, io.BytesIO(), tamano="oficio")
    with pytest.raises(ValueError, match="no tiene el aviso «A9»"):
        generar_checklist(exp, revision, catalogos, io.BytesIO(), avisos=["A9"])


def test_expediente_sin_avisos(catalogos):
    d = expediente_valido()
    d["avisos"] = []
    _, _, n, pdf = _generar(d, catalogos)
    assert n == 1
    assert FALTA in _paginas(pdf)[0]


def test_la_nota_de_anexos_usa_los_limites_configurados(catalogos):
    from app.report.adjuntos import LimitesVucem

    *_, pdf = _generar(expediente_valido(), catalogos, limites=LimitesVucem(max_bytes=5 * 1024 * 1024, dpi=200))
    texto = " ".join(_paginas(pdf))
    texto = re.sub(r"\s+", " ", texto)
    assert "imágenes a 200 dpi" in texto and "máximo 5 MB por archivo" in texto
