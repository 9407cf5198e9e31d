"""RAOCE deadlines and figures, on pedimentos built here and on the bundled catalog."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain.catalogos import ErrorCatalogo
from app.domain.pedimentos import ClavePedimento, PartidaPedimento, Pedimento
from app.domain.raoce import (
    Ajuste,
    a_miles,
    calcular_reporte,
    leer_plazos,
    leer_programas,
    plazos_por_programa,
    recordatorio,
    reporte_a_dict,
)
from tests.conftest import RAIZ

CAT = leer_plazos((RAIZ / "catalogs" / "raoce_plazos.csv").read_text(encoding="utf-8"))


def plazos(anio, programa):
    return {p: pl.a_json() for p, pl in plazos_por_programa(CAT, anio, leer_programas(programa)).items()}


def test_fechas_de_la_guia_para_el_reporte_2023():
    assert plazos(2023, "IMMEX")["IMMEX"] == {
        "desde": "2024-04-01",
        "hasta": "2024-05-31",
        "suspension": "2024-06-01",
        "ultimo_dia": "2024-08-30",
        "cancelacion": "2024-09-01",
    }
    p = plazos(2023, "PROSEC")["PROSEC"]
    assert (p["hasta"], p["ultimo_dia"], p["cancelacion"]) == ("2024-04-30", "2024-06-28", "2024-07-01")
    for prog in ("ALTEX", "ECEX"):
        a = plazos(2023, prog)[prog]
        assert (a["hasta"], a["suspension"], a["ultimo_dia"], a["cancelacion"]) == ("2024-05-31", None, None, "2024-06-01")


@pytest.mark.parametrize(
    ("anio", "programa", "hasta", "ultimo"),
    [
        (2025, "IMMEX", "2026-05-29", "2026-08-31"),  # 31 May 2026 is a Sunday
        (2026, "IMMEX", "2027-05-31", "2027-08-31"),
        (2019, "IMMEX", "2020-05-29", "2020-08-31"),  # 30-31 May 2020 weekend
        (2024, "PROSEC", "2025-04-30", "2025-06-30"),
        (2021, "PROSEC", "2022-04-29", "2022-06-30"),  # 30 April 2022 is a Saturday
        (2027, "PROSEC", "2028-04-28", "2028-06-30"),  # 29-30 April 2028 weekend
    ],
)
def test_ultimo_dia_habil_salta_fines_de_semana(anio, programa, hasta, ultimo):
    p = plazos(anio, programa)[programa]
    assert (p["hasta"], p["ultimo_dia"]) == (hasta, ultimo)
    assert p["suspension"] == (date.fromisoformat(hasta) + timedelta(days=1)).isoformat()


def test_dia_inhabil_extra_recorre_el_plazo():
    extra = [date(2024, 5, 31)]
    p = plazos_por_programa(CAT, 2023, frozenset({"IMMEX"}), extra)["IMMEX"]
    assert p.hasta == date(2024, 5, 30)


def test_prosec_con_immex_se_recorre_a_mayo_y_conserva_su_cancelacion():
    p = plazos(2023, "IMMEX+PROSEC")
    assert p["PROSEC"]["hasta"] == "2024-05-31" and p["PROSEC"]["cancelacion"] == "2024-07-01"
    assert p["IMMEX"]["cancelacion"] == "2024-09-01"
    assert plazos(2023, "PROSEC+ALTEX")["PROSEC"]["hasta"] == "2024-05-31"


def ped(n, tipo, dia, *valores, rectifica=None, doc="A1"):
    partidas = tuple(
        PartidaPedimento(secuencia=i, valor_aduana=Decimal(v), valor_comercial=Decimal(v) - 1) for i, v in enumerate(valores, 1)
    )
    return Pedimento(
        ClavePedimento("3953", str(n), "240"),
        tipo_operacion=tipo,
        clave_documento=doc,
        fecha_pago=dia,
        partidas=partidas,
        rectifica=rectifica,
    )


def test_cifras_sumadas_redondeadas_y_rectificadas_excluidas():
    original = ped(1, "IMPORTACION", date(2025, 2, 3), "1000000")
    rect = ped(2, "IMPORTACION", date(2025, 2, 10), "700500", rectifica=original.clave, doc="R1")
    peds = [
        original,
        rect,
        ped(3, "EXPORTACION", date(2025, 1, 15), "2000001", "499"),  # comercial: 2000000 + 498
        ped(4, "EXPORTACION", date(2025, 12, 30), "1000"),  # comercial 999
        ped(5, "EXPORTACION", date(2024, 12, 31), "9999999"),  # another year
    ]
    r = calcular_reporte(2025, frozenset({"PROSEC"}), peds, CAT, hoy=date(2026, 4, 2), ventas=Ajuste(Decimal("10000000")))
    assert r.calculado == {"exportaciones": Decimal("2001497"), "importaciones": Decimal("700500")}
    assert r.miles["exportaciones"] == 2001 and r.miles["importaciones"] == 701  # 700.5 → 701 (half-up)
    assert r.miles["saldo"] == 1300 and r.miles["porcentaje_exportacion"] == Decimal("20.01")
    assert [p.numero for p in r.excluidos] == [original.numero]
    assert len(r.fuentes["exportaciones"]) == 2 and len(r.fuentes["importaciones"]) == 1
    assert r.meses_faltantes == tuple(f"2025-{m:02d}" for m in range(3, 12))
    assert [h.codigo for h in r.hallazgos] == ["RAOCE_MESES_FALTANTES"]


@pytest.mark.parametrize(("pesos", "miles"), [("1499.99", 1), ("1500", 2), ("2500", 3), ("499.99", 0), ("0", 0)])
def test_redondeo_a_miles_mitad_hacia_arriba(pesos, miles):
    assert a_miles(Decimal(pesos)) == miles


def test_immex_prosec_sin_importaciones():
    peds = [ped(1, "IMPORTACION", date(2025, 3, 1), "5000000"), ped(2, "EXPORTACION", date(2025, 3, 2), "3000001")]
    r = calcular_reporte(
        2025,
        leer_programas("IMMEX+PROSEC"),
        peds,
        CAT,
        hoy=date(2026, 4, 2),
        ventas=Ajuste(Decimal("6000000")),
        importaciones=Ajuste(Decimal("1"), "x"),
    )
    d = reporte_a_dict(r)
    assert d["aplica"]["importaciones"] is False and d["miles_de_pesos"]["importaciones"] is None
    assert d["miles_de_pesos"]["saldo"] == "3000" and d["miles_de_pesos"]["porcentaje_exportacion"] == "50.00"
    assert "importaciones" not in d["ajustes"]


def test_cifra_escrita_con_motivo_y_vencido_dice_lo_que_sigue():
    r = calcular_reporte(
        2023,
        frozenset({"IMMEX"}),
        [],
        CAT,
        hoy=date(2024, 7, 1),
        ventas=Ajuste(Decimal("1000000")),
        exportaciones=Ajuste(Decimal("1000000"), "estados financieros"),
        importaciones=Ajuste(Decimal("0"), "sin datos"),
    )
    codigos = {h.codigo: h for h in r.hallazgos}
    assert set(codigos) == {"RAOCE_VENCIDO"} and codigos["RAOCE_VENCIDO"].es_error
    msg = codigos["RAOCE_VENCIDO"].mensaje
    assert "30 de agosto de 2024" in msg and "1 de septiembre de 2024" in msg
    assert r.miles["porcentaje_exportacion"] == Decimal("100.00")
    assert r.ajustes["exportaciones"].motivo == "estados financieros"


def test_recordatorio_desde_marzo():
    p = plazos_por_programa(CAT, 2025, frozenset({"IMMEX"}))["IMMEX"]
    assert recordatorio(p, date(2026, 2, 28)) is None
    texto, vencido = recordatorio(p, date(2026, 5, 19))
    assert "10 día(s)" in texto and not vencido
    texto, vencido = recordatorio(p, date(2026, 6, 2))
    assert vencido and "31 de agosto de 2026" in texto
    assert recordatorio(p, date(2026, 9, 2)) is None


def test_catalogo_con_regla_mala_se_rechaza():
    texto = (RAIZ / "catalogs" / "raoce_plazos.csv").read_text(encoding="utf-8").replace("ultimo_habil,5", "ultimo_viernes,5", 1)
    with pytest.raises(ErrorCatalogo, match="ultimo_viernes"):
        leer_plazos(texto)


def test_programa_desconocido():
    with pytest.raises(ValueError, match="IMMEX"):
        leer_programas("MAQUILA")
