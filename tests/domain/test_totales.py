from decimal import Decimal

from app.domain.archivo import expediente_desde_dict
from app.domain.totales import totales_facturas


def test_total_de_factura_contra_sus_avisos(doc):
    p0 = doc["facturas"][0]["partidas"][0]
    p0.update(cantidad="12.000", importe="8280.00")
    doc["facturas"][0]["partidas"] += [dict(p0, id="F1-2", cantidad="12.500", importe="8625.00"),
                                       dict(p0, id="F1-3", fraccion="84818099", importe="100.00")]
    doc["avisos"][0].update(cantidad="12000", valor_usd="8280.00", partidas_factura=["F1-1"])
    t = totales_facturas(expediente_desde_dict(doc))[0]
    assert t.acero_usd == Decimal("16905.00")  # the valves line is not steel
    assert t.total_moneda == Decimal("17005.00")
    assert t.suma_avisos == Decimal("8280.00") and t.diferencia == Decimal("-8625.00") and t.cuadra is False
    assert t.partidas_sin_aviso == 1 and t.avisos == ("A1",)


def test_sin_avisos_no_se_puede_decir(doc):
    doc["avisos"] = []
    t = totales_facturas(expediente_desde_dict(doc))[0]
    assert t.cuadra is None and t.partidas_sin_aviso == 1
