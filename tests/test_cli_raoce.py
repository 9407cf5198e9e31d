"""``aaips raoce`` and ``aaips expedientes`` as real processes."""

from __future__ import annotations

import json

from tests.conftest import expediente_valido
from tests.test_cli import aaips, escribir, sin_traceback


def test_raoce_json_contrato(tmp_path):
    r = aaips(
        "raoce",
        "2025",
        "--programa",
        "IMMEX+PROSEC",
        "--ventas",
        "15250400",
        "--exportaciones",
        "9001500",
        "--hoy",
        "2026-04-10",
        "--json",
        datos=tmp_path,
    )
    sin_traceback(r)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["anio"] == 2025 and d["programa"] == "IMMEX+PROSEC"
    assert d["aplica"] == {"ventas": True, "exportaciones": True, "importaciones": False}
    assert d["miles_de_pesos"] == {
        "ventas": "15250",
        "exportaciones": "9002",
        "importaciones": None,
        "saldo": "9002",
        "porcentaje_exportacion": "59.03",
    }
    assert d["plazos"] == {
        "desde": "2026-04-01",
        "hasta": "2026-05-29",
        "suspension": "2026-05-30",
        "ultimo_dia": "2026-08-31",
        "cancelacion": "2026-09-01",
    }
    assert set(d["fuente"]) == {"pedimentos_exportacion", "pedimentos_importacion", "meses_faltantes"}


def test_raoce_vencido_sale_con_1(tmp_path):
    r = aaips("raoce", "2023", "--programa", "ALTEX", "--ventas", "1", "--hoy", "2024-06-03", "--json", datos=tmp_path)
    assert r.returncode == 1
    d = json.loads(r.stdout)
    assert d["plazos"]["suspension"] is None and d["plazos"]["cancelacion"] == "2024-06-01"
    assert "RAOCE_VENCIDO" in {h["codigo"] for h in d["hallazgos"]}
    assert "RAOCE_MESES_FALTANTES" in {h["codigo"] for h in d["hallazgos"]}


def test_raoce_entrada_mala(tmp_path):
    for args in (
        ["2025", "--programa", "MAQUILA"],
        ["2025", "--programa", "IMMEX", "--ventas", "mucho"],
        ["dos", "--programa", "IMMEX"],
    ):
        r = aaips("raoce", *args, datos=tmp_path)
        sin_traceback(r)
        assert r.returncode == 2 and r.stderr.count("\n") == 1


def test_expedientes(tmp_path):
    archivo = escribir(tmp_path, expediente_valido())
    assert aaips("import", str(archivo), "--nombre", "Lote enero", datos=tmp_path).returncode == 0
    r = aaips("expedientes", "--json", datos=tmp_path)
    assert r.returncode == 0
    filas = json.loads(r.stdout)["expedientes"]
    assert [f["nombre"] for f in filas] == ["Lote enero"] and isinstance(filas[0]["id"], int)
    r = aaips("expedientes", datos=tmp_path)
    assert "Lote enero" in r.stdout
