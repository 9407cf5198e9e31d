"""Reconciliation of notices against their uses in pedimentos (domain, pure)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.domain.archivo import expediente_a_dict, expediente_desde_dict
from app.domain.conciliacion import AvisoConciliable, avisos_de_expediente, conciliar, sujeta_segun_catalogo
from app.domain.model import Aviso, EstadoAviso, Expediente, Importador
from app.domain.pedimentos import (
    ClavePedimento,
    Identificador,
    PartidaPedimento,
    Pedimento,
    Permiso,
)

RFC = "AAA010101AAA"


def _aviso(numero="AV-2025-001", **kw) -> AvisoConciliable:
    base = dict(
        numero_aviso=numero, expediente="Exp 1", aviso="A1", estado="emitido", fraccion="72142099", nico="01",
        cantidad=D("24500"), umt="KGM", valor_usd=D("16905.00"), pais_origen_mercancia="CHN",
        rfc_importador=RFC, fecha_emision=date(2025, 8, 1),
    )
    base.update(kw)
    return AvisoConciliable(**base)


def _ped(num="6000098", partidas=(), fecha=date(2025, 8, 20), rfc=RFC, doc="A1", rectifica=None) -> Pedimento:
    return Pedimento(
        ClavePedimento("3953", num, "240"), tipo_operacion="1", clave_documento=doc, rfc=rfc, fecha_pago=fecha,
        partidas=tuple(partidas), rectifica=rectifica,
    )


def _partida(sec=1, permiso="AV2025001", cantidad="12000", valor="8280.00", fraccion="72142099", nico="01",
             pais="CHN", clave="AV", identificadores=()) -> PartidaPedimento:
    permisos = (Permiso(clave, permiso, valor_usd=D(valor), cantidad=D(cantidad)),) if permiso is not None else ()
    return PartidaPedimento(
        sec, fraccion=fraccion, nico=nico, cantidad_umt=D(cantidad), valor_dolares=D(valor), pais_origen=pais,
        permisos=permisos, identificadores=tuple(identificadores),
    )


def _codigos(r) -> list[str]:
    return sorted(h.codigo for h in r.hallazgos)


def test_uso_simple_saldo_y_sin_hallazgos():
    c = conciliar([_aviso()], [_ped(partidas=[_partida()])])
    r = c.avisos[0]
    assert [u.secuencia for u in r.usos] == [1]
    assert r.usado_cantidad == D("12000") and r.usado_valor == D("8280.00")
    assert r.saldo_cantidad == D("12500") and r.saldo_valor == D("8625.00")
    assert r.hallazgos == [] and c.hallazgos_pedimentos == []
    j = c.a_json()
    assert j["avisos"][0]["usos"][0]["pedimento"] == "25 24 3953 6000098"
    assert j["avisos"][0]["saldo"] == {"cantidad": "12500", "valor_usd": "8625.00"}


def test_numero_se_compara_sin_espacios_guiones_ni_mayusculas():
    c = conciliar([_aviso("av 2025-001")], [_ped(partidas=[_partida(permiso="AV-2025-001")])])
    assert len(c.avisos[0].usos) == 1


def test_excedido_cantidad_y_valor_al_centavo():
    peds = [
        _ped("6000098", [_partida(1, cantidad="20000", valor="16000.00")]),
        _ped("6000099", [_partida(1, cantidad="4501", valor="905.01")], fecha=date(2025, 8, 25)),
    ]
    c = conciliar([_aviso()], peds)
    r = c.avisos[0]
    assert _codigos(r) == ["AVISO_EXCEDIDO_CANTIDAD", "AVISO_EXCEDIDO_VALOR"]
    assert all(h.params["pedimento"].endswith("6000099") for h in r.hallazgos)
    assert r.saldo_cantidad == D("-1") and r.excedido
    # exactly at the limit is not exceeded
    c2 = conciliar([_aviso()], [_ped(partidas=[_partida(cantidad="24500", valor="16905.00")])])
    assert c2.avisos[0].hallazgos == []


def test_pendiente_cuenta_despues_de_los_guardados():
    guardado = _ped("6000098", [_partida(cantidad="20000", valor="10000.00")])
    m3 = _ped("7000001", [_partida(cantidad="5000", valor="1000.00")], fecha=None)
    c = conciliar([_aviso()], [guardado], pendientes=[m3])
    r = c.avisos[0]
    assert [u.pendiente for u in r.usos] == [False, True]
    assert [h.codigo for h in c.hallazgos_de(m3.clave, 1)] == ["AVISO_EXCEDIDO_CANTIDAD"]
    assert c.hallazgos_de(guardado.clave) == []


def test_no_registrado_no_emitido_fraccion_pais_importador_fecha():
    peds = [
        _ped("6000001", [_partida(1, permiso="XX-999")]),
        _ped("6000002", [_partida(1, fraccion="72142001", pais="KOR")], rfc="BBB020202BBB", fecha=date(2025, 7, 1)),
    ]
    c = conciliar([_aviso(), _aviso("AV-2", estado="presentado", aviso="A2")],
                  peds + [_ped("6000003", [_partida(1, permiso="AV2")])])
    assert [h.codigo for h in c.hallazgos_pedimentos] == ["AVISO_NO_REGISTRADO"]
    assert _codigos(c.avisos[0]) == [
        "AVISO_FRACCION_NO_COINCIDE", "AVISO_IMPORTADOR_NO_COINCIDE", "AVISO_PAIS_NO_COINCIDE",
        "AVISO_USADO_ANTES_DE_EMITIRSE",
    ]
    assert _codigos(c.avisos[1]) == ["AVISO_NO_EMITIDO"]
    for h in c.hallazgos_pedimentos + c.avisos[0].hallazgos:
        assert "Traceback" not in h.mensaje and "{" not in h.mensaje


def test_rectificacion_supera_la_version_anterior():
    original = _ped("6000098", [_partida(cantidad="20000", valor="15000.00")])
    rect = _ped("6000120", [_partida(cantidad="10000", valor="7000.00")], fecha=date(2025, 8, 28),
                rectifica=original.clave)
    rect2 = _ped("6000130", [_partida(cantidad="9000", valor="6000.00")], fecha=date(2025, 8, 29),
                 rectifica=rect.clave)
    c = conciliar([_aviso()], [original, rect, rect2])
    r = c.avisos[0]
    assert [u.pedimento[-7:] for u in r.usos] == ["6000130"]
    assert r.usado_cantidad == D("9000")
    assert sorted(h.codigo for h in c.hallazgos_pedimentos) == ["PEDIMENTO_RECTIFICADO"] * 2
    assert c.superados[original.clave] == rect2.clave


def test_misma_clave_dos_veces_cuenta_una():
    p = _ped(partidas=[_partida(cantidad="12000")])
    c = conciliar([_aviso()], [p, p])
    assert c.avisos[0].usado_cantidad == D("12000")


def test_partida_acero_sin_aviso_y_excepcion_ea():
    peds = [
        _ped("6000001", [_partida(1, permiso=None), _partida(2, permiso=None, identificadores=[Identificador("EA")]),
                         _partida(3, permiso=None, fraccion="84713001")]),
        _ped("6000002", [_partida(1, permiso=None)], doc="IN"),
    ]
    c = conciliar([], peds)
    assert [(h.codigo, h.params["secuencia"]) for h in c.hallazgos_pedimentos] == [("PARTIDA_ACERO_SIN_AVISO", 1)]
    c2 = conciliar([], peds, sujeta=lambda f, n: False)
    assert c2.hallazgos_pedimentos == []
    assert sujeta_segun_catalogo(None)("72142099", "01")


def test_clave_de_permiso_configurable():
    p = _ped(partidas=[_partida(clave="ZZ", permiso="AV2025001")])
    assert conciliar([_aviso()], [p]).avisos[0].usos == []
    assert len(conciliar([_aviso()], [p], clave_permiso="zz").avisos[0].usos) == 1


def test_fecha_emision_ida_y_vuelta_y_avisos_de_expediente():
    exp = Expediente(
        importador=Importador(rfc=RFC),
        avisos=(Aviso("A1", fraccion="72142099", nico="01", estado=EstadoAviso.EMITIDO, numero_aviso="N-1",
                      fecha_emision=date(2025, 8, 3)), Aviso("A2")),
    )
    d = expediente_a_dict(exp)
    assert d["avisos"][0]["fecha_emision"] == "2025-08-03" and "fecha_emision" not in d["avisos"][1]
    leido = expediente_desde_dict(d)
    assert leido.avisos[0].fecha_emision == date(2025, 8, 3)
    avs = avisos_de_expediente(leido, "X")
    assert [(a.aviso, a.rfc_importador, a.fecha_emision) for a in avs] == [("A1", RFC, date(2025, 8, 3))]
