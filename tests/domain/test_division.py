"""Rule R4: the split proposes one notice per fraction, origin, unit price and certificate."""

from __future__ import annotations

import json
from decimal import Decimal

from app.domain.archivo import escribir_expediente, expediente_desde_dict, leer_expediente
from app.domain.division import proponer_avisos
from app.domain.reglas import revisar
from tests.conftest import HOY


def _lineas(doc, *lineas):
    doc["facturas"][0]["partidas"] = [dict(doc["facturas"][0]["partidas"][0], id=f"F1-{i}", **c) for i, c in enumerate(lineas, 1)]
    doc["avisos"] = []


def test_un_aviso_por_combinacion(doc, catalogos):
    doc["certificados"].append(dict(doc["certificados"][0], id="C2", numero="MTC-2"))
    _lineas(
        doc,
        {},  # 24.5 t at 690 USD/t, C1
        {"cantidad": "10.000", "importe": "6900.00"},  # same group as line 1
        {"pais_origen": "TUR", "cantidad": "5.000", "importe": "3450.00"},  # other origin
        {"precio_unitario": "700.00", "cantidad": "2.000", "importe": "1400.00"},  # other price
        {"certificado": "C2", "cantidad": "1.000", "importe": "690.00"},  # other certificate
        {"fraccion": "72142099", "cantidad": "1.000", "importe": "690.00"},  # other fraction
    )
    p = proponer_avisos(expediente_desde_dict(doc), catalogos)
    assert [a.partidas_factura for a in p.avisos] == [("F1-1", "F1-2"), ("F1-3",), ("F1-4",), ("F1-5",), ("F1-6",)]
    a1 = p.avisos[0]
    assert a1.cantidad == Decimal("34500") and a1.umt == "KGM" and a1.valor_usd == Decimal("23805.00")
    assert a1.certificados == ("C1",) and a1.pais_origen_acero == "DEU" and a1.pais_origen_mercancia == "DEU"
    assert "Precio unitario 0.69 USD/kg" in a1.descripcion
    assert "convertidas a kilogramos" in a1.descripcion
    assert "otro país de origen (TUR)" in p.motivos["A2"]
    assert "otro precio unitario (0.70 USD/kg)" in p.motivos["A3"]
    assert "otro certificado (MTC-2)" in p.motivos["A4"]
    assert "otra fracción (72142099-00)" in p.motivos["A5"]


def test_la_propuesta_suma_la_factura_y_pasa_r4_r5_r6(doc, catalogos):
    _lineas(doc, {"cantidad": "12.000", "importe": "8280.00"}, {"cantidad": "12.500", "importe": "8625.00"},
            {"pais_origen": "TUR", "cantidad": "0.3", "importe": "207.00"})
    exp = proponer_avisos(expediente_desde_dict(doc), catalogos).aplicar(expediente_desde_dict(doc))
    r = revisar(exp, catalogos, HOY)
    codigos = {h.codigo for h in r.todos()}
    assert not codigos & {"AVISO_DEBE_DIVIDIRSE", "VALOR_NO_COINCIDE_FACTURA", "PRECIO_UNITARIO_NO_COINCIDE",
                          "SUMA_AVISOS_NO_COINCIDE_FACTURA", "CONVERSION_UNIDAD_NO_DECLARADA",
                          "PRECIO_UNITARIO_NO_EN_DESCRIPCION", "VOLUMEN_EXCEDE_TOLERANCIA"}, r.todos()


def test_mismo_precio_en_distinta_unidad_es_un_solo_aviso(doc, catalogos):
    _lineas(doc, {}, {"cantidad": "500", "unidad": "KGM", "precio_unitario": "0.69", "importe": "345.00"})
    p = proponer_avisos(expediente_desde_dict(doc), catalogos)
    assert len(p.avisos) == 1 and p.avisos[0].cantidad == Decimal("25000")


def test_factura_en_euros_usa_el_tipo_aplicado(doc, catalogos):
    doc["facturas"][0].update(moneda="EUR", usd_por_unidad="1.08")
    _lineas(doc, {"precio_unitario": "638.89", "importe": "15652.80"})
    a = proponer_avisos(expediente_desde_dict(doc), catalogos).avisos[0]
    assert a.valor_usd == Decimal("16905.02")


def test_partidas_que_no_se_pueden_proponer_se_explican(doc, catalogos):
    _lineas(doc, {}, {"unidad": "H87", "cantidad": "30"})
    p = proponer_avisos(expediente_desde_dict(doc), catalogos)
    assert len(p.avisos) == 1
    assert [o.partida for o in p.omitidas] == ["F1-2"] and "piezas" in p.omitidas[0].motivo


def test_la_propuesta_se_escribe_como_expediente_valido(doc, catalogos):
    exp = expediente_desde_dict(doc)
    nuevo = proponer_avisos(exp, catalogos).aplicar(exp)
    d = json.loads(escribir_expediente(nuevo))
    assert d["avisos"][0]["cantidad"] == "24500" and d["avisos"][0]["valor_usd"] == "16905.00"
    assert leer_expediente(escribir_expediente(nuevo)) == nuevo


def test_partidas_que_no_son_acero_no_requieren_aviso(doc, catalogos):
    _lineas(doc, {}, {"fraccion": "84818099", "descripcion": "Válvulas"})
    p = proponer_avisos(expediente_desde_dict(doc), catalogos)
    assert len(p.avisos) == 1
    assert p.omitidas[0].partida == "F1-2" and "no requiere aviso" in p.omitidas[0].motivo
