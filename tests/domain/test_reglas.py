"""Every rule code of CONTRACT.md §3, each triggered from a valid expediente by one change."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from app.domain.archivo import expediente_desde_dict
from app.domain.catalogos import Catalogos, catalogo_tipos_cambio
from app.domain.hallazgos import CODIGOS, Severidad
from app.domain.reglas import revisar
from tests.conftest import HOY


def revisar_doc(doc, catalogos):
    return revisar(expediente_desde_dict(doc), catalogos, HOY)


def codigos(doc, catalogos, aviso="A1"):
    r = revisar_doc(doc, catalogos)
    return {h.codigo for h in r.por_aviso.get(aviso, ())} | {h.codigo for h in r.expediente}


def hallazgos(doc, catalogos, codigo):
    r = revisar_doc(doc, catalogos)
    return [h for h in r.todos() if h.codigo == codigo]


def aviso(doc):
    return doc["avisos"][0]


def cert(doc):
    return doc["certificados"][0]


def linea(doc):
    return doc["facturas"][0]["partidas"][0]


def test_el_expediente_valido_no_tiene_hallazgos(doc, catalogos):
    r = revisar_doc(doc, catalogos)
    assert r.todos() == []
    assert r.valido
    assert r.a_json() == {
        "valido": True,
        "avisos": [{"id": "A1", "valido": True, "hallazgos": []}],
        "expediente": {"hallazgos": []},
    }


def test_los_codigos_del_contrato_tienen_su_severidad():
    contrato = {
        "CAMPO_OBLIGATORIO": "error", "FORMATO_INVALIDO": "error", "FRACCION_NO_SUJETA": "error",
        "FRACCION_NO_CONFIRMADA": "aviso", "CERTIFICADO_FALTANTE": "error", "CERTIFICADO_TIPO_INCORRECTO": "error",
        "CERTIFICADO_INCOMPLETO": "error", "CERTIFICADO_FECHA_FUTURA": "error", "AVISO_DEBE_DIVIDIRSE": "error",
        "VOLUMEN_EXCEDE_TOLERANCIA": "error", "VALOR_NO_COINCIDE_FACTURA": "error",
        "PRECIO_UNITARIO_NO_COINCIDE": "error", "SUMA_AVISOS_NO_COINCIDE_FACTURA": "error",
        "CONVERSION_UNIDAD_NO_DECLARADA": "error", "TIPO_CAMBIO_NO_COINCIDE": "error",
        "TIPO_CAMBIO_DESCONOCIDO": "aviso", "PAIS_ACERO_NO_COINCIDE": "error", "PAIS_MERCANCIA_NO_COINCIDE": "error",
        "MOLINO_NO_EN_CATALOGO": "error", "TRADUCCION_REQUERIDA": "error",
        "PRECIO_UNITARIO_NO_EN_DESCRIPCION": "error", "DESCRIPCION_INSUFICIENTE": "aviso",
    }
    for codigo, sev in contrato.items():
        assert CODIGOS[codigo].severidad.value == sev, codigo


# -- required fields and formats -------------------------------------------------------------


@pytest.mark.parametrize("campo", ["fraccion", "nico", "cantidad", "valor_usd", "pais_origen_acero",
                                   "pais_origen_mercancia", "pais_exportador", "descripcion"])
def test_campo_obligatorio(doc, catalogos, campo):
    aviso(doc)[campo] = ""
    hs = hallazgos(doc, catalogos, "CAMPO_OBLIGATORIO")
    assert [h.campos for h in hs] == [(campo,)]
    assert hs[0].severidad is Severidad.ERROR
    assert hs[0].mensaje.startswith("Falta ")


def test_fabricante_y_molino_obligatorios(doc, catalogos):
    aviso(doc)["fabricante"] = {"nombre": "ArcelorMittal", "domicilio": ""}
    del aviso(doc)["molino"]
    hs = hallazgos(doc, catalogos, "CAMPO_OBLIGATORIO")
    assert {h.campos for h in hs} == {("fabricante",), ("molino",)}
    assert any("domicilio del fabricante" in h.mensaje for h in hs)


def test_pais_del_acero_no_aplica_a_materias_primas(doc, catalogos):
    # 7204: scrap. Field 4 does not apply to raw materials of steelmaking.
    for x in (aviso(doc), linea(doc)):
        x["fraccion"], x["nico"] = "72044999", "00"
    aviso(doc)["pais_origen_acero"] = ""
    assert "CAMPO_OBLIGATORIO" not in codigos(doc, catalogos)


@pytest.mark.parametrize(
    "campo,valor",
    [("fraccion", "7214.20.01"), ("fraccion", "7214200"), ("nico", "0"), ("cantidad", "24,500"),
     ("cantidad", "0"), ("valor_usd", "-1"), ("valor_usd", "abc"), ("pais_exportador", "TR"),
     ("pais_origen_mercancia", "XYZ")],
)
def test_formato_invalido_en_el_aviso(doc, catalogos, campo, valor):
    aviso(doc)[campo] = valor
    hs = hallazgos(doc, catalogos, "FORMATO_INVALIDO")
    assert (campo,) in [h.campos for h in hs]
    assert valor in hs[0].mensaje


def test_fecha_imposible_del_certificado(doc, catalogos):
    cert(doc)["fecha_expedicion"] = "2025-02-30"
    hs = hallazgos(doc, catalogos, "FORMATO_INVALIDO")
    assert [h.campos for h in hs] == [("fecha_expedicion",)]
    assert hs[0].certificado == "C1"
    # the impossible date is reported as such, not as a missing date
    assert "CERTIFICADO_INCOMPLETO" not in codigos(doc, catalogos)


def test_moneda_y_rfc_invalidos(doc, catalogos):
    doc["facturas"][0]["moneda"] = "PESOS"
    doc["importador"]["rfc"] = "XYZ"
    campos = {h.campos for h in hallazgos(doc, catalogos, "FORMATO_INVALIDO")}
    assert ("moneda",) in campos and ("rfc",) in campos


# -- R1 -------------------------------------------------------------------------------------


def test_fraccion_fuera_de_capitulos_72_y_73_no_sujeta(doc, catalogos):
    for x in (aviso(doc), linea(doc)):
        x["fraccion"] = "76011001"
    assert "FRACCION_NO_SUJETA" in codigos(doc, catalogos)


def test_fraccion_73_no_confirmada_es_advertencia(doc, catalogos):
    for x in (aviso(doc), linea(doc)):
        x["fraccion"] = "73089099"
    r = revisar_doc(doc, catalogos)
    hs = [h for h in r.todos() if h.codigo == "FRACCION_NO_CONFIRMADA"]
    assert len(hs) == 1 and hs[0].severidad is Severidad.AVISO


def test_fraccion_72_marcada_no_sujeta_en_catalogo_no_oficial_es_advertencia(doc, catalogos):
    # 7202.21.02 is in the candidate list without the PERM flag.
    for x in (aviso(doc), linea(doc)):
        x["fraccion"], x["nico"] = "72022102", "00"
    hs = hallazgos(doc, catalogos, "FRACCION_NO_CONFIRMADA")
    assert hs and "no oficial" in hs[0].mensaje
    assert "FRACCION_NO_SUJETA" not in codigos(doc, catalogos)


def test_nico_inexistente_no_confirmado_y_dice_los_nico_validos(doc, catalogos):
    aviso(doc)["nico"] = "07"
    linea(doc)["nico"] = "07"
    hs = hallazgos(doc, catalogos, "FRACCION_NO_CONFIRMADA")
    assert hs and "NICO: 00" in hs[0].mensaje


def test_sin_catalogo_de_fracciones_advierte_en_lugar_de_adivinar(doc, catalogos):
    cats = replace(catalogos, fracciones=None)
    hs = hallazgos(doc, cats, "FRACCION_NO_CONFIRMADA")
    assert hs and "no hay catálogo" in hs[0].mensaje
    assert revisar_doc(doc, cats).valido


# -- R2 / R3 / R11 ----------------------------------------------------------------------------


def test_certificado_faltante(doc, catalogos):
    aviso(doc)["certificados"] = []
    hs = hallazgos(doc, catalogos, "CERTIFICADO_FALTANTE")
    assert hs and "molino" in hs[0].mensaje


def test_certificado_de_calidad_para_partida_de_molino(doc, catalogos):
    cert(doc)["tipo"] = "calidad"
    hs = hallazgos(doc, catalogos, "CERTIFICADO_TIPO_INCORRECTO")
    assert hs and "7214" in hs[0].mensaje and "molino" in hs[0].mensaje


def test_alambre_7217_requiere_certificado_de_calidad(doc, catalogos):
    for x in (aviso(doc), linea(doc)):
        x["fraccion"], x["nico"] = "72171001", "00"
    assert "CERTIFICADO_TIPO_INCORRECTO" in codigos(doc, catalogos)
    cert(doc)["tipo"] = "calidad"
    assert "CERTIFICADO_TIPO_INCORRECTO" not in codigos(doc, catalogos)


def test_division_de_partidas_anterior_a_abril_2024(doc, catalogos):
    # Before the 2024 change heading 7305+ needed quality certificates and 7206 needed none.
    for x in (aviso(doc), linea(doc)):
        x["fraccion"], x["nico"] = "72061001", "00"
    doc["fecha_preparacion"] = "2024-01-15"
    for k in ("fecha_expedicion",):
        cert(doc)[k] = "2024-01-10"
    assert "CERTIFICADO_TIPO_INCORRECTO" not in codigos(doc, catalogos)
    cert(doc)["tipo"] = "calidad"
    assert "CERTIFICADO_TIPO_INCORRECTO" not in codigos(doc, catalogos)  # 7206 had no rule then
    doc["fecha_preparacion"] = "2024-05-02"
    assert "CERTIFICADO_TIPO_INCORRECTO" in codigos(doc, catalogos)  # since April 2024 it needs a mill one


@pytest.mark.parametrize(
    "cambio,campo",
    [
        (lambda c: c.update(coladas=[]), "coladas"),
        (lambda c: c.update(numero=""), "numero"),
        (lambda c: c.update(fecha_expedicion=None), "fecha_expedicion"),
        (lambda c: c.update(volumen_kg=""), "volumen_kg"),
        (lambda c: c.update(firma_sello_qr=False), "firma_sello_qr"),
        (lambda c: c.update(descripcion=""), "descripcion"),
        (lambda c: c["productor"].update(telefono=""), "productor"),
        (lambda c: c.update(pais=""), "pais"),
    ],
)
def test_certificado_incompleto_nombra_el_elemento(doc, catalogos, cambio, campo):
    cambio(cert(doc))
    hs = hallazgos(doc, catalogos, "CERTIFICADO_INCOMPLETO")
    assert len(hs) == 1 and campo in hs[0].campos and hs[0].certificado == "C1"


def test_certificado_de_calidad_no_requiere_coladas(doc, catalogos):
    for x in (aviso(doc), linea(doc)):
        x["fraccion"], x["nico"] = "72171001", "00"
    cert(doc).update(tipo="calidad", coladas=[])
    assert "CERTIFICADO_INCOMPLETO" not in codigos(doc, catalogos)


def test_certificado_con_fecha_futura(doc, catalogos):
    cert(doc)["fecha_expedicion"] = "2025-08-05"  # one day after the preparation date
    assert "CERTIFICADO_FECHA_FUTURA" in codigos(doc, catalogos)
    cert(doc)["fecha_expedicion"] = "2025-08-04"  # the same day is fine
    assert "CERTIFICADO_FECHA_FUTURA" not in codigos(doc, catalogos)


def test_traduccion_requerida(doc, catalogos):
    cert(doc)["traduccion"] = False
    assert "TRADUCCION_REQUERIDA" in codigos(doc, catalogos)
    cert(doc)["idioma"] = "es"
    assert "TRADUCCION_REQUERIDA" not in codigos(doc, catalogos)


# -- R4 -------------------------------------------------------------------------------------


def _segunda_linea(doc, **cambios):
    nueva = dict(linea(doc), id="F1-2", **cambios)
    doc["facturas"][0]["partidas"].append(nueva)
    aviso(doc)["partidas_factura"].append("F1-2")
    return nueva


def test_aviso_que_mezcla_paises_debe_dividirse(doc, catalogos):
    _segunda_linea(doc, pais_origen="TUR")
    hs = hallazgos(doc, catalogos, "AVISO_DEBE_DIVIDIRSE")
    assert [h.campos for h in hs] == [("pais_origen_mercancia",)]
    assert "DEU, TUR" in hs[0].mensaje


def test_aviso_que_mezcla_precios_debe_dividirse(doc, catalogos):
    _segunda_linea(doc, precio_unitario="700.00", importe="17150.00")
    assert [h.campos for h in hallazgos(doc, catalogos, "AVISO_DEBE_DIVIDIRSE")] == [("valor_usd", "cantidad")]


def test_aviso_que_mezcla_fracciones_debe_dividirse(doc, catalogos):
    _segunda_linea(doc, fraccion="72142099")
    assert ("fraccion", "nico") in [h.campos for h in hallazgos(doc, catalogos, "AVISO_DEBE_DIVIDIRSE")]


def test_aviso_que_mezcla_certificados_debe_dividirse(doc, catalogos):
    doc["certificados"].append(dict(cert(doc), id="C2", numero="MTC-2600300"))
    _segunda_linea(doc, certificado="C2")
    aviso(doc)["certificados"].append("C2")
    assert ("certificados",) in [h.campos for h in hallazgos(doc, catalogos, "AVISO_DEBE_DIVIDIRSE")]


def test_mismo_precio_en_otra_unidad_no_es_mezcla(doc, catalogos):
    # 690 USD/t and 0.69 USD/kg are the same unit price.
    _segunda_linea(doc, cantidad="1000", unidad="KGM", precio_unitario="0.69", importe="690.00")
    assert "AVISO_DEBE_DIVIDIRSE" not in codigos(doc, catalogos)


# -- R5 -------------------------------------------------------------------------------------


def _cantidad(doc, kg: str):
    """Set the notice (and invoice) quantity keeping the unit price at 0.69 USD/kg."""
    valor = (Decimal(kg) * Decimal("0.69")).quantize(Decimal("0.01"))
    aviso(doc).update(cantidad=kg, valor_usd=str(valor))
    linea(doc).update(cantidad=str(Decimal(kg) / 1000), importe=str(valor))


def test_volumen_exactamente_3_por_ciento_arriba_se_permite(doc, catalogos):
    cert(doc)["volumen_kg"] = "24000"
    _cantidad(doc, "24720")  # 24000 * 1.03
    assert "VOLUMEN_EXCEDE_TOLERANCIA" not in codigos(doc, catalogos)


def test_volumen_un_kilo_sobre_el_3_por_ciento_no(doc, catalogos):
    cert(doc)["volumen_kg"] = "24000"
    _cantidad(doc, "24721")
    hs = hallazgos(doc, catalogos, "VOLUMEN_EXCEDE_TOLERANCIA")
    assert hs and hs[0].campos == ("cantidad",) and "24720" in hs[0].mensaje


def test_volumen_en_toneladas_como_umt_se_convierte(doc, catalogos):
    cert(doc)["volumen_kg"] = "20000"
    aviso(doc).update(umt="TNE", cantidad="24.5")
    assert "VOLUMEN_EXCEDE_TOLERANCIA" in codigos(doc, catalogos)


# -- R6 -------------------------------------------------------------------------------------


def test_valor_un_centavo_distinto_no_coincide(doc, catalogos):
    aviso(doc)["valor_usd"] = "16905.01"
    hs = hallazgos(doc, catalogos, "VALOR_NO_COINCIDE_FACTURA")
    assert hs and hs[0].campos == ("valor_usd",) and "16905.00" in hs[0].mensaje


def test_valor_igual_al_centavo_coincide(doc, catalogos):
    aviso(doc)["valor_usd"] = "16905.004"  # equal to the cent
    assert "VALOR_NO_COINCIDE_FACTURA" not in codigos(doc, catalogos)


def test_valor_neto_de_fletes_y_seguros(doc, catalogos):
    aviso(doc)["valor_usd"] = "17755.00"  # 16905 + 850 of freight: wrong
    assert "VALOR_NO_COINCIDE_FACTURA" in codigos(doc, catalogos)


def test_valor_de_factura_en_euros_con_el_tipo_aplicado(doc, catalogos):
    f = doc["facturas"][0]
    f.update(moneda="EUR", usd_por_unidad="1.08")
    linea(doc).update(precio_unitario="638.89", importe="15652.80")  # 24.5 t
    aviso(doc)["valor_usd"] = "16905.02"  # 15652.80 * 1.08
    aviso(doc)["descripcion"] = aviso(doc)["descripcion"].replace("0.69", "0.69")
    c = codigos(doc, catalogos)
    assert "VALOR_NO_COINCIDE_FACTURA" not in c
    assert "TIPO_CAMBIO_DESCONOCIDO" in c  # no rate loaded: a warning, not a guess


def test_precio_unitario_no_coincide_a_4_decimales(doc, catalogos):
    # Invoice says 690.10 USD/t = 0.6901 USD/kg; the notice's value/quantity is 0.6900.
    linea(doc).update(precio_unitario="690.10", importe="16907.45")
    hs = hallazgos(doc, catalogos, "PRECIO_UNITARIO_NO_COINCIDE")
    assert hs and "0.6901" in hs[0].mensaje and "0.69 " in hs[0].mensaje


def test_importe_distinto_de_cantidad_por_precio_es_factura_inconsistente(doc, catalogos):
    # The line says 24.5 t x 690.00 = 16905.00 but its amount is 16907.45: no notice value can match both.
    aviso(doc).update(cantidad="24500", valor_usd="16907.45")
    linea(doc).update(importe="16907.45")
    c = codigos(doc, catalogos)
    assert "FACTURA_INCONSISTENTE" in c
    assert not c & {"PRECIO_UNITARIO_NO_COINCIDE", "VALOR_NO_COINCIDE_FACTURA"}  # never advise an impossible value
    (h,) = hallazgos(doc, catalogos, "FACTURA_INCONSISTENTE")
    assert "F1-1" in h.mensaje and "16905.00" in h.mensaje and "16907.45" in h.mensaje and "proveedor" in h.mensaje


def test_precio_unitario_igual_a_4_decimales(doc, catalogos):
    aviso(doc)["cantidad"] = "24500.4"  # 16905/24500.4 = 0.68999 -> 0.6900
    assert "PRECIO_UNITARIO_NO_COINCIDE" not in codigos(doc, catalogos)


def _dos_avisos(doc):
    """Split the invoice in two lines and two notices that add up."""
    linea(doc).update(cantidad="12.000", importe="8280.00")
    doc["facturas"][0]["partidas"].append(dict(linea(doc), id="F1-2", cantidad="12.500", importe="8625.00"))
    a1 = aviso(doc)
    a1.update(cantidad="12000", valor_usd="8280.00", partidas_factura=["F1-1"])
    doc["avisos"].append(dict(a1, id="A2", cantidad="12500", valor_usd="8625.00", partidas_factura=["F1-2"]))


def test_varios_avisos_de_una_factura_que_suman(doc, catalogos):
    _dos_avisos(doc)
    r = revisar_doc(doc, catalogos)
    assert r.valido, r.todos()


def test_suma_de_avisos_no_coincide_con_la_factura(doc, catalogos):
    _dos_avisos(doc)
    doc["avisos"].pop()  # the second line has no notice any more
    hs = hallazgos(doc, catalogos, "SUMA_AVISOS_NO_COINCIDE_FACTURA")
    assert len(hs) == 1 and "8280.00" in hs[0].mensaje and "16905.00" in hs[0].mensaje
    r = revisar_doc(doc, catalogos)
    assert hs[0] in r.expediente and not r.valido


def test_partidas_no_vinculadas_es_advertencia(doc, catalogos):
    aviso(doc)["partidas_factura"] = []
    r = revisar_doc(doc, catalogos)
    assert "PARTIDAS_NO_VINCULADAS" in {h.codigo for h in r.todos()}
    assert r.valido


# -- R7 -------------------------------------------------------------------------------------


def test_conversion_de_unidad_no_declarada(doc, catalogos):
    aviso(doc)["descripcion"] = "Varilla corrugada de acero al carbono B500B, 25 mm x 14 m, sin recubrimiento. Precio unitario 0.69 USD/kg."
    hs = hallazgos(doc, catalogos, "CONVERSION_UNIDAD_NO_DECLARADA")
    assert hs and "toneladas" in hs[0].mensaje


def test_factura_en_libras(doc, catalogos):
    # 54012.9 lb = 24500 kg (to the gram)
    linea(doc).update(cantidad="54012.9", unidad="LBR", precio_unitario="0.31298", importe="16905.00")
    aviso(doc)["descripcion"] = aviso(doc)["descripcion"].replace("toneladas", "libras")
    assert codigos(doc, catalogos) == set()


def test_unidad_no_convertible(doc, catalogos):
    linea(doc).update(unidad="H87", cantidad="100")
    assert "UNIDAD_NO_CONVERTIBLE" in codigos(doc, catalogos)


# -- R8 -------------------------------------------------------------------------------------

TASAS = """# catalogo: tipos_cambio
# version: prueba
moneda,mes,valor,expresion,fuente
MXN,2025-06,18.9000,unidades_por_usd,prueba
EUR,2025-06,1.08,usd_por_unidad,prueba
"""


def _en_pesos(doc, usd_por_peso: str):
    doc["facturas"][0].update(moneda="MXN", usd_por_unidad=usd_por_peso)
    linea(doc).update(precio_unitario="13041.00", importe="319504.50")  # MXN per tonne


def test_tipo_de_cambio_del_mes_anterior(doc, catalogos):
    cats = replace(catalogos, tipos_cambio=catalogo_tipos_cambio(TASAS))
    usd = (Decimal("319504.50") / Decimal("18.9")).quantize(Decimal("0.01"))  # 16905.00
    _en_pesos(doc, str(Decimal(1) / Decimal("18.9")))
    aviso(doc)["valor_usd"] = str(usd)
    assert "TIPO_CAMBIO_NO_COINCIDE" not in codigos(doc, cats)
    assert "TIPO_CAMBIO_DESCONOCIDO" not in codigos(doc, cats)


def test_tipo_de_cambio_que_no_es_el_publicado(doc, catalogos):
    cats = replace(catalogos, tipos_cambio=catalogo_tipos_cambio(TASAS))
    _en_pesos(doc, "0.0530")  # 18.87 pesos per dollar: not June's rate
    hs = hallazgos(doc, cats, "TIPO_CAMBIO_NO_COINCIDE")
    # the rate as Banco de México publishes it, and which month "el mes anterior" is, counted from which date
    assert hs and "junio de 2025" in hs[0].mensaje and "11/07/2025" in hs[0].mensaje
    assert "18.8679 pesos por dólar" in hs[0].mensaje and "0.0530 USD por" not in hs[0].mensaje


def test_tipo_de_cambio_desconocido_para_otro_mes(doc, catalogos):
    cats = replace(catalogos, tipos_cambio=catalogo_tipos_cambio(TASAS))
    _en_pesos(doc, "0.0529")
    doc["facturas"][0]["fecha"] = "2025-09-02"  # needs August's rate, not loaded
    hs = hallazgos(doc, cats, "TIPO_CAMBIO_DESCONOCIDO")
    assert hs and hs[0].severidad is Severidad.AVISO and "agosto de 2025" in hs[0].mensaje
    assert "02/09/2025" in hs[0].mensaje


# -- R9 / R10 ---------------------------------------------------------------------------------


def test_pais_del_acero_no_coincide_con_el_certificado_de_molino(doc, catalogos):
    aviso(doc)["pais_origen_acero"] = "TUR"
    hs = hallazgos(doc, catalogos, "PAIS_ACERO_NO_COINCIDE")
    assert hs and hs[0].campos == ("pais_origen_acero",) and "DEU" in hs[0].mensaje


def test_pais_de_la_mercancia_no_coincide_con_el_de_calidad(doc, catalogos):
    for x in (aviso(doc), linea(doc)):
        x["fraccion"], x["nico"] = "72171001", "00"
    doc["certificados"].append(dict(cert(doc), id="C2", tipo="calidad", numero="QC-1", pais="KOR",
                                    productor=dict(cert(doc)["productor"], pais="KOR")))
    aviso(doc)["certificados"] = ["C1", "C2"]
    hs = hallazgos(doc, catalogos, "PAIS_MERCANCIA_NO_COINCIDE")
    assert hs and hs[0].campos == ("pais_origen_mercancia",)
    assert "AVISO_DEBE_DIVIDIRSE" not in codigos(doc, catalogos)  # one mill + one quality certificate


def test_molino_fuera_del_catalogo(doc, catalogos):
    aviso(doc)["molino"] = {"clave": "SE99999", "nombre": "UNKNOWN MILL"}
    hs = hallazgos(doc, catalogos, "MOLINO_NO_EN_CATALOGO")
    assert hs and hs[0].severidad is Severidad.ERROR and "10 días hábiles" in hs[0].mensaje


def test_molino_por_nombre_sin_clave(doc, catalogos):
    aviso(doc)["molino"] = {"clave": "", "nombre": "ArcelorMittal Bremen Steel Plant"}
    assert "MOLINO_NO_EN_CATALOGO" not in codigos(doc, catalogos)


def test_sin_catalogo_de_molinos_advierte(doc, catalogos):
    cats = replace(catalogos, molinos=None)
    r = revisar_doc(doc, cats)
    assert {h.codigo for h in r.todos()} == {"CATALOGO_NO_CARGADO"} and r.valido


# -- R12 ------------------------------------------------------------------------------------


def test_descripcion_sin_precio_unitario(doc, catalogos):
    aviso(doc)["descripcion"] = "Varilla corrugada de acero al carbono, 25 mm x 14 m, sin recubrimiento. Factura en toneladas, convertidas a kg."
    hs = hallazgos(doc, catalogos, "PRECIO_UNITARIO_NO_EN_DESCRIPCION")
    assert hs and "0.69 USD/kg" in hs[0].mensaje


def test_descripcion_con_precio_equivocado(doc, catalogos):
    aviso(doc)["descripcion"] = aviso(doc)["descripcion"].replace("0.69 USD/kg", "0.71 USD/kg")
    hs = hallazgos(doc, catalogos, "PRECIO_UNITARIO_NO_EN_DESCRIPCION")
    assert hs and "0.71" in hs[0].mensaje


@pytest.mark.parametrize("forma", ["USD 0.69/kg", "0.69 dólares por kilogramo", "US$0.69 por kg", "0,69 USD/KG",
                                   "USD/kg: 0.69", "0.6900 USD/kg", "$0.69 por kilo"])
def test_formas_de_escribir_el_precio(doc, catalogos, forma):
    aviso(doc)["descripcion"] = aviso(doc)["descripcion"].replace("0.69 USD/kg", forma)
    assert "PRECIO_UNITARIO_NO_EN_DESCRIPCION" not in codigos(doc, catalogos)


def test_descripcion_insuficiente_es_advertencia(doc, catalogos):
    aviso(doc)["descripcion"] = "Mercancía. Precio unitario 0.69 USD/kg. Factura en toneladas, convertidas a kg."
    r = revisar_doc(doc, catalogos)
    hs = [h for h in r.todos() if h.codigo == "DESCRIPCION_INSUFICIENTE"]
    assert hs and r.valido
    assert "tipo de acero" in hs[0].mensaje and "dimensiones" in hs[0].mensaje and "acabado" in hs[0].mensaje


# -- shape of the result ----------------------------------------------------------------------


def test_json_de_la_revision_sigue_el_contrato(doc, catalogos):
    aviso(doc)["valor_usd"] = "1.00"
    j = revisar_doc(doc, catalogos).a_json()
    assert j["valido"] is False
    a = j["avisos"][0]
    assert a["id"] == "A1" and a["valido"] is False
    for h in a["hallazgos"]:
        assert set(h) >= {"codigo", "severidad", "campos", "mensaje", "regla"}
        assert h["severidad"] in ("error", "aviso") and isinstance(h["campos"], list) and h["mensaje"]


def test_revision_sin_catalogos_no_falla(doc):
    r = revisar(expediente_desde_dict(doc), Catalogos(), HOY)
    assert {h.codigo for h in r.todos()} <= {"FRACCION_NO_CONFIRMADA", "CATALOGO_NO_CARGADO"}


def test_los_hallazgos_que_dependen_de_un_catalogo_dicen_su_version(doc, catalogos):
    aviso(doc)["molino"] = {"clave": "SE99999", "nombre": "X"}
    cert(doc)["tipo"] = "calidad"
    aviso(doc)["nico"] = linea(doc)["nico"] = "07"
    doc["facturas"][0].update(moneda="EUR", usd_por_unidad="1.08")
    r = revisar_doc(doc, catalogos)
    por_codigo = {h.codigo: h for h in r.todos()}
    for codigo, nombre in (("MOLINO_NO_EN_CATALOGO", "molinos"), ("CERTIFICADO_TIPO_INCORRECTO", "certificado_por_partida"),
                           ("FRACCION_NO_CONFIRMADA", "fracciones"), ("TIPO_CAMBIO_DESCONOCIDO", "tipos_cambio")):
        h = por_codigo[codigo]
        assert h.catalogo and h.catalogo.startswith(nombre) and "2026.11.1" in h.catalogo, (codigo, h.catalogo)
        assert h.a_json()["catalogo"] == h.catalogo
        assert "2026.11.1" in h.mensaje, (codigo, h.mensaje)
