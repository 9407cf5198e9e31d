"""Saving and loading give back the same Expediente, digit for digit."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal

import pytest

from app.domain.archivo import escribir_expediente, expediente_a_dict, leer_expediente
from app.domain.model import EstadoAviso, Expediente
from app.store import Almacen, DatosInconsistentes, NoEncontrado

from .conftest import expediente_aleatorio, expediente_ejemplo


def _igual_exacto(a: Expediente, b: Expediente) -> None:
    assert a == b
    # == on Decimal is numeric; the written file shows the exact digits.
    assert expediente_a_dict(a) == expediente_a_dict(b)
    assert escribir_expediente(a) == escribir_expediente(b)


def test_ejemplo_del_contrato(almacen: Almacen) -> None:
    exp = expediente_ejemplo()
    eid = almacen.guardar_expediente(exp)
    _igual_exacto(almacen.cargar_expediente(eid), exp)


@pytest.mark.parametrize("semilla", range(40))
def test_propiedad_ida_y_vuelta(almacen: Almacen, semilla: int) -> None:
    exp = expediente_aleatorio(semilla)
    eid = almacen.guardar_expediente(exp)
    _igual_exacto(almacen.cargar_expediente(eid), exp)
    # and replacing it with another random one gives back the other one
    otro = expediente_aleatorio(semilla + 1000)
    almacen.guardar_expediente(otro, expediente_id=eid)
    _igual_exacto(almacen.cargar_expediente(eid), otro)


def test_generador_cubre_lo_dificil() -> None:
    """The property above is only worth something if the generator produces the hard cases."""
    exps = [expediente_aleatorio(s) for s in range(40)]
    avisos = [a for e in exps for a in e.avisos]
    assert {a.estado for a in avisos} == set(EstadoAviso)
    assert any(a.invalidos for a in avisos)
    assert any(p.invalidos for e in exps for _, p in e.partidas())
    assert any(c.invalidos for e in exps for c in e.certificados)
    assert any(e.invalidos for e in exps)
    assert any(a.extra for a in avisos) and any(e.extra for e in exps)
    assert any(len(set(a.certificados)) < len(a.certificados) for a in avisos)  # repeated links


def test_archivo_leido_y_guardado(almacen: Almacen) -> None:
    """What the file reader produces (extras with JSON numbers, invalid texts) survives the store."""
    texto = escribir_expediente(expediente_ejemplo())
    texto = texto.replace('"formato": "aaips-expediente/1",',
                          '"formato": "aaips-expediente/1", "sistema": {"n": 1.50, "lista": [1, 2.0, "x"]},')
    texto = texto.replace('"volumen_kg": "24800"', '"volumen_kg": "24.800,00"')
    exp = leer_expediente(texto)
    assert exp.extra["sistema"]["n"] == Decimal("1.50") and exp.certificados[0].invalidos
    eid = almacen.guardar_expediente(exp)
    vuelta = almacen.cargar_expediente(eid)
    _igual_exacto(vuelta, exp)
    assert repr(vuelta.extra["sistema"]["n"]) == "Decimal('1.50')"
    assert type(vuelta.extra["sistema"]["lista"][0]) is int
    assert escribir_expediente(vuelta) == escribir_expediente(exp)


def test_montos_guardados_como_texto_decimal(almacen: Almacen) -> None:
    exp = expediente_ejemplo()
    grande = Decimal("123456789012345678901234.000000000000000001")
    exp = exp.con_aviso(replace(exp.avisos[0], valor_usd=grande, cantidad=Decimal("24500.000")))
    eid = almacen.guardar_expediente(exp)
    con = sqlite3.connect(almacen.ruta)
    try:
        filas = con.execute(
            "SELECT cantidad, typeof(cantidad), valor_usd, typeof(valor_usd) FROM avisos WHERE expediente_id = ?",
            (eid,),
        ).fetchall()
        fletes = con.execute("SELECT fletes FROM facturas").fetchone()[0]
    finally:
        con.close()
    assert filas == [("24500.000", "text", str(grande), "text")]
    assert fletes == "850.00"
    assert almacen.cargar_expediente(eid).avisos[0].valor_usd == grande


def test_reemplazo_no_cambia_lo_que_sigue_igual(almacen: Almacen) -> None:
    exp = expediente_ejemplo()
    eid = almacen.guardar_expediente(exp)
    antes = almacen.listar_avisos()[0]
    almacen.guardar_expediente(exp, expediente_id=eid)
    despues = almacen.listar_avisos()[0]
    assert (despues.aviso_id, despues.creado_en, despues.actualizado_en) == (
        antes.aviso_id, antes.creado_en, antes.actualizado_en
    )
    # a change of digits only (1.50 -> 1.5) is a change
    cambiado = exp.con_aviso(replace(exp.avisos[0], valor_usd=Decimal("16905.0")))
    almacen.guardar_expediente(cambiado, expediente_id=eid)
    ultimo = almacen.listar_avisos()[0]
    assert ultimo.aviso_id == antes.aviso_id and ultimo.actualizado_en > antes.actualizado_en
    assert str(almacen.cargar_expediente(eid).avisos[0].valor_usd) == "16905.0"


def test_reemplazo_conserva_historial_e_ids(almacen: Almacen) -> None:
    exp = expediente_ejemplo()
    eid = almacen.guardar_expediente(exp)
    almacen.cambiar_estado(eid, "A1", EstadoAviso.LISTO)
    fila = almacen.listar_avisos()[0]
    exp2 = almacen.cargar_expediente(eid)
    a2 = replace(exp2.avisos[0], id="A2", estado=EstadoAviso.BORRADOR)
    exp2 = replace(exp2, avisos=(replace(exp2.avisos[0], observaciones="revisado"), a2))
    almacen.guardar_expediente(exp2, expediente_id=eid)
    assert almacen.cargar_expediente(eid) == exp2
    filas = {f.clave: f for f in almacen.listar_avisos()}
    assert filas["A1"].aviso_id == fila.aviso_id and filas["A1"].creado_en == fila.creado_en
    assert [c.hacia for c in almacen.historial(eid, "A1")] == [EstadoAviso.LISTO]
    assert almacen.historial(eid, "A2") == []


def test_reemplazo_manda_a_papelera_los_avisos_que_faltan(almacen: Almacen) -> None:
    exp = expediente_ejemplo()
    eid = almacen.guardar_expediente(exp)
    almacen.guardar_expediente(replace(exp, avisos=()), expediente_id=eid)
    assert almacen.cargar_expediente(eid).avisos == ()
    assert [f.clave for f in almacen.avisos_eliminados()] == ["A1"]
    assert almacen.restaurar_aviso(eid, "A1") == exp.avisos[0]
    assert almacen.cargar_expediente(eid) == exp


def test_reemplazo_quita_facturas_y_certificados(almacen: Almacen) -> None:
    exp = expediente_ejemplo()
    eid = almacen.guardar_expediente(exp)
    vacio = Expediente(importador=exp.importador)
    almacen.guardar_expediente(vacio, expediente_id=eid)
    assert almacen.cargar_expediente(eid) == vacio
    # the notice in the recycle bin lost the links to what no longer exists
    restaurado = almacen.restaurar_aviso(eid, "A1")
    assert restaurado.certificados == () and restaurado.partidas_factura == ()


def test_partida_cambia_de_factura(almacen: Almacen) -> None:
    exp = expediente_ejemplo()
    eid = almacen.guardar_expediente(exp)
    f1 = exp.facturas[0]
    f2 = replace(f1, id="F2", numero="INV-2")
    movido = replace(exp, facturas=(replace(f1, partidas=()), f2))
    almacen.guardar_expediente(movido, expediente_id=eid)
    assert almacen.cargar_expediente(eid) == movido
    assert almacen.listar_avisos()[0].proveedores == ("Steel Trade GmbH",)


def test_nombre_del_expediente(almacen: Almacen) -> None:
    exp = expediente_ejemplo()
    eid = almacen.guardar_expediente(exp)
    assert almacen.listar_expedientes()[0].nombre.startswith("Importadora Ejemplo SA de CV · INV-2025-0711")
    almacen.guardar_expediente(exp, expediente_id=eid, nombre="Embarque julio")
    almacen.guardar_expediente(exp, expediente_id=eid)  # None keeps it
    (r,) = almacen.listar_expedientes()
    assert (r.id, r.nombre, r.importador_rfc, r.avisos) == (eid, "Embarque julio", "AAA010101AAA", 1)
    almacen.renombrar_expediente(eid, "Otro")
    assert almacen.listar_expedientes()[0].nombre == "Otro"


def test_expediente_inexistente(almacen: Almacen) -> None:
    with pytest.raises(NoEncontrado):
        almacen.cargar_expediente(99)
    with pytest.raises(NoEncontrado):
        almacen.guardar_expediente(expediente_ejemplo(), expediente_id=99)
    assert almacen.listar_expedientes() == []


def test_ids_repetidos_o_vinculos_rotos_no_escriben_nada(almacen: Almacen) -> None:
    exp = expediente_ejemplo()
    a = exp.avisos[0]
    with pytest.raises(DatosInconsistentes, match="A1"):
        almacen.guardar_expediente(replace(exp, avisos=(a, a)))
    with pytest.raises(DatosInconsistentes, match="C9"):
        almacen.guardar_expediente(exp.con_aviso(replace(a, certificados=("C9",))))
    with pytest.raises(DatosInconsistentes, match="F9-1"):
        almacen.guardar_expediente(exp.con_aviso(replace(a, partidas_factura=("F9-1",))))
    assert almacen.listar_expedientes() == []
