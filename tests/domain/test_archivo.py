"""The expediente file: exact round trip, unknown keys kept, one clear error naming the key."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from app.domain.archivo import ErrorExpediente, escribir_expediente, expediente_a_dict, leer_expediente
from app.domain.model import EstadoAviso


def texto(doc) -> str:
    return json.dumps(doc, ensure_ascii=False)


def test_ida_y_vuelta_conserva_todo(doc):
    doc["extra_raiz"] = {"sistema": "ERP", "n": 3}
    doc["facturas"][0]["partidas"][0]["clave_sap"] = "MAT-001"
    doc["certificados"][0]["productor"]["web"] = "https://example.com"
    doc["avisos"][0]["molino"]["nota"] = "visto en VUCEM"
    exp = leer_expediente(texto(doc))
    vuelta = json.loads(escribir_expediente(exp))
    assert vuelta == doc
    assert leer_expediente(escribir_expediente(exp)) == exp


def test_montos_son_decimal_y_conservan_su_texto(doc):
    exp = leer_expediente(texto(doc))
    p = exp.facturas[0].partidas[0]
    assert p.cantidad == Decimal("24.500") and isinstance(p.importe, Decimal)
    assert expediente_a_dict(exp)["facturas"][0]["partidas"][0]["cantidad"] == "24.500"


def test_numeros_json_se_leen_sin_float(doc):
    raw = texto(doc).replace('"valor_usd": "16905.00"', '"valor_usd": 16905.10')
    exp = leer_expediente(raw)
    assert exp.avisos[0].valor_usd == Decimal("16905.10")
    assert expediente_a_dict(exp)["avisos"][0]["valor_usd"] == "16905.10"


def test_valor_invalido_se_conserva_tal_cual(doc):
    doc["avisos"][0]["cantidad"] = "24,500 kg"
    doc["certificados"][0]["fecha_expedicion"] = "2025-02-30"
    exp = leer_expediente(texto(doc))
    assert exp.avisos[0].cantidad is None and exp.avisos[0].invalidos == {"cantidad": "24,500 kg"}
    assert exp.certificados[0].fecha_expedicion is None
    assert json.loads(escribir_expediente(exp)) == doc


def test_estado_del_aviso_es_una_adicion_opcional(doc):
    doc["avisos"][0].update(estado="presentado", folio_vucem="0130118-2025-000123")
    exp = leer_expediente(texto(doc))
    assert exp.avisos[0].estado is EstadoAviso.PRESENTADO
    assert json.loads(escribir_expediente(exp))["avisos"][0]["folio_vucem"] == "0130118-2025-000123"
    del doc["avisos"][0]["estado"], doc["avisos"][0]["folio_vucem"]
    assert "estado" not in json.loads(escribir_expediente(leer_expediente(texto(doc))))["avisos"][0]


@pytest.mark.parametrize(
    "mutar,clave,palabra",
    [
        (lambda d: d.update(formato="otro/2"), "formato", "otro/2"),
        (lambda d: d.pop("formato"), "formato", "falta"),
        (lambda d: d.update(facturas={}), "facturas", "lista"),
        (lambda d: d["facturas"][0]["partidas"][0].update(cantidad=[1]), "facturas[0].partidas[0].cantidad", "número"),
        (lambda d: d["avisos"][0].update(certificados=["C9"]), "avisos[0].certificados[0]", "C9"),
        (lambda d: d["avisos"][0].update(partidas_factura=["F9-1"]), "avisos[0].partidas_factura[0]", "F9-1"),
        (lambda d: d["certificados"][0].update(firma_sello_qr="si"), "certificados[0].firma_sello_qr", "true o false"),
        (lambda d: d["certificados"][0].update(coladas="2600219"), "certificados[0].coladas", "lista"),
        (lambda d: d["avisos"].append(dict(d["avisos"][0])), "avisos[1].id", "repetido"),
        (lambda d: d["avisos"][0].pop("id"), "avisos[0].id", "falta"),
        (lambda d: d["avisos"][0].update(estado="aprobado"), "avisos[0].estado", "aprobado"),
        (lambda d: d["facturas"][0]["partidas"][0].update(certificado="CX"), "facturas[0].partidas[0].certificado", "CX"),
        (lambda d: d.update(importador="Importadora"), "importador", "objeto"),
    ],
)
def test_error_de_forma_nombra_la_clave(doc, mutar, clave, palabra):
    mutar(doc)
    with pytest.raises(ErrorExpediente) as e:
        leer_expediente(texto(doc))
    assert e.value.clave == clave
    assert f"«{clave}»" in str(e.value) and palabra in str(e.value)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize(
    "contenido,palabra",
    [(b"", "vac"), (b"{no es json", "JSON"), (b"[1, 2]", "objeto"), (b"\xff\xfe\x00{", "UTF-8"), (b"[" * 100000, "JSON")],
)
def test_archivos_rotos(contenido, palabra):
    with pytest.raises(ErrorExpediente) as e:
        leer_expediente(contenido)
    assert palabra in str(e.value)


def test_bom_utf8_se_tolera(doc):
    assert leer_expediente(b"\xef\xbb\xbf" + texto(doc).encode()).avisos[0].id == "A1"


def test_numeros_de_claves_desconocidas_conservan_cada_digito(doc):
    raw = json.dumps(doc, ensure_ascii=False)[:-1] + ', "medidas": [1.10, 0.1000000000000000055511151231257827, 7, 1e5]}'
    vuelta = escribir_expediente(leer_expediente(raw))
    assert '"medidas": [\n    1.10,\n    0.1000000000000000055511151231257827,\n    7,\n    1E+5\n  ]' in vuelta
    assert leer_expediente(vuelta) == leer_expediente(raw)
