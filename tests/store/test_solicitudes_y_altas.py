"""Store additions of the desktop application: mill registration requests (0003), new notices
from a split proposal with claves that never collide, and deleting one invoice."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.model import Aviso, Factura, Partida
from app.store import DatosInconsistentes, NoEncontrado, SolicitudMolino, abrir_almacen, migrar

from .conftest import expediente_ejemplo


def test_solicitud_de_alta_se_guarda_se_actualiza_y_sobrevive_al_reabrir(almacen, tmp_path: Path) -> None:
    eid = almacen.guardar_expediente(expediente_ejemplo(), nombre="Operación")
    s = almacen.guardar_solicitud_molino(SolicitudMolino(
        molino_nombre="YAZICI DEMIR CELIK", expediente_id=eid, aviso_clave="A1", pais="TUR",
        archivo=str(tmp_path / "alta.xlsx"), datos={"empresa": "Yazici A.S.", "procesos": ["fusion_vaciado"]},
    ))
    assert s.id is not None and s.estado == "preparada" and s.creado_en is not None
    enviada = replace(s, estado="enviada", enviada=date(2025, 8, 4), respuesta_esperada=date(2025, 8, 18))
    almacen.guardar_solicitud_molino(enviada)
    otra = almacen.guardar_solicitud_molino(SolicitudMolino(molino_nombre="HANBIT STEEL POHANG WORKS"))
    todas = almacen.solicitudes_molino()
    assert [x.molino_nombre for x in todas] == ["HANBIT STEEL POHANG WORKS", "YAZICI DEMIR CELIK"]
    assert [x.molino_nombre for x in almacen.solicitudes_molino(expediente_id=eid)] == ["YAZICI DEMIR CELIK"]
    guardada = almacen.solicitudes_molino(expediente_id=eid)[0]
    assert guardada.pendiente and guardada.enviada == date(2025, 8, 4)
    assert guardada.respuesta_esperada == date(2025, 8, 18)
    assert guardada.datos == {"empresa": "Yazici A.S.", "procesos": ["fusion_vaciado"]}
    ruta = almacen.ruta
    almacen.cerrar()
    with abrir_almacen(ruta, tmp_path / "r") as a:
        assert [x.molino_nombre for x in a.solicitudes_molino()] == ["HANBIT STEEL POHANG WORKS", "YAZICI DEMIR CELIK"]
        a.eliminar_solicitud_molino(otra.id)
        assert len(a.solicitudes_molino()) == 1
        with pytest.raises(NoEncontrado):
            a.eliminar_solicitud_molino(otra.id)
        with pytest.raises(DatosInconsistentes, match="estado"):
            a.guardar_solicitud_molino(replace(guardada, estado="olvidada"))
        with pytest.raises(DatosInconsistentes, match="nombre del molino"):
            a.guardar_solicitud_molino(SolicitudMolino(molino_nombre="  "))


def test_migracion_0003_sobre_una_base_0002_con_datos(tmp_path: Path) -> None:
    ruta = tmp_path / "aaips.sqlite3"
    migrar.actualizar(ruta, revision="0002")
    con = sqlite3.connect(ruta)
    assert "solicitudes_molino" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    with abrir_almacen(ruta, tmp_path / "respaldos") as a:
        assert a.respaldo is not None and a.respaldo.name.endswith("-0002.sqlite3")
        a.guardar_solicitud_molino(SolicitudMolino(molino_nombre="MOLINO NUEVO"))
        assert [s.estado for s in a.solicitudes_molino()] == ["preparada"]


def test_crear_avisos_de_una_propuesta_no_choca_con_la_papelera(almacen) -> None:
    exp = expediente_ejemplo()
    f = exp.facturas[0]
    f2 = replace(f, partidas=f.partidas + (Partida(id="F1-2", descripcion="Rebar 12 mm", fraccion="72142099", nico="00",
                                                   cantidad=Decimal("10"), unidad="TNE", importe=Decimal("5000")),))
    exp = replace(exp, facturas=(f2,))
    eid = almacen.guardar_expediente(exp)
    almacen.guardar_aviso(eid, Aviso(id="A2"))
    almacen.eliminar_aviso(eid, "A2")  # A2 is in the recycle bin: a new notice must not take it
    propuesta = [Aviso(id="A1", fraccion="72142099", partidas_factura=("F1-2",)), Aviso(id="A2", fraccion="72142099")]
    creados = almacen.crear_avisos(eid, propuesta)
    assert [a.id for a in creados] == ["A3", "A4"]
    cargado = almacen.cargar_expediente(eid)
    assert [a.id for a in cargado.avisos] == ["A1", "A3", "A4"]
    assert cargado.aviso("A3").partidas_factura == ("F1-2",)
    assert almacen.restaurar_aviso(eid, "A2").id == "A2"  # the restored one keeps its clave
    with pytest.raises(DatosInconsistentes, match="F9-9"):
        almacen.crear_avisos(eid, [Aviso(id="A1"), Aviso(id="A2", partidas_factura=("F9-9",))])
    assert [a.id for a in almacen.cargar_expediente(eid).avisos] == ["A1", "A2", "A3", "A4"]  # all or nothing


def test_eliminar_factura_solo_si_ningun_aviso_vivo_la_usa(almacen) -> None:
    exp = expediente_ejemplo()
    eid = almacen.guardar_expediente(exp)
    almacen.guardar_factura(eid, Factura(id="F2", numero="INV-2", partidas=(Partida(id="F2-1", cantidad=Decimal("1")),)))
    with pytest.raises(DatosInconsistentes, match="«F1-1» está en el aviso «A1»"):
        almacen.eliminar_factura(eid, "F1")
    almacen.eliminar_factura(eid, "F2")
    assert [f.id for f in almacen.cargar_expediente(eid).facturas] == ["F1"]
    with pytest.raises(NoEncontrado):
        almacen.eliminar_factura(eid, "F2")
