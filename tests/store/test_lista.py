"""The main window's list: rows, search, filters, pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain.model import Aviso, Certificado, EstadoAviso, Expediente, Factura, Importador, Partida
from app.store import Almacen, FiltroAvisos

E = EstadoAviso


def _expediente(n: int, proveedor: str, fraccion: str, coladas: tuple[str, ...]) -> Expediente:
    certs = tuple(
        Certificado(id=f"C{i}", numero=f"MTC-{n}-{i}", fecha_expedicion=date(2025, 7, i + 1), coladas=coladas)
        for i in range(1, 3)
    )
    partidas = tuple(Partida(id=f"F1-{i}", cantidad=Decimal(i)) for i in range(1, 3))
    return Expediente(
        importador=Importador(rfc="AAA010101AAA", nombre=f"Importadora {n}"),
        facturas=(Factura(id="F1", numero=f"INV-{n}", proveedor=proveedor, partidas=partidas),),
        certificados=certs,
        avisos=(
            Aviso(id="A1", fraccion=fraccion, nico="00", cantidad=Decimal("24500.000"), umt="KGM",
                  valor_usd=Decimal("16905.00"), certificados=("C2", "C1"), partidas_factura=("F1-1", "F1-2"),
                  descripcion="Varilla corrugada de ACERÍA turca"),
            Aviso(id="A2", fraccion="73061999", nico="01", descripcion="Tubo soldado"),
        ),
    )


@pytest.fixture
def datos(almacen: Almacen) -> tuple[int, int]:
    e1 = almacen.guardar_expediente(_expediente(1, "Yazıcı Demir Çelik", "72142099", ("2600219",)), nombre="Embarque Ñuñoa")
    e2 = almacen.guardar_expediente(_expediente(2, "Steel Trade GmbH", "72163301", ("7777",)), nombre="Embarque dos")
    return e1, e2


def _claves(filas) -> list[tuple[int, str]]:
    return sorted((f.expediente_id, f.clave) for f in filas)


def test_filas_completas(almacen: Almacen, datos: tuple[int, int]) -> None:
    e1, _ = datos
    f = next(x for x in almacen.listar_avisos() if (x.expediente_id, x.clave) == (e1, "A1"))
    assert f.expediente_nombre == "Embarque Ñuñoa"
    assert (f.estado, f.fraccion, f.nico, f.umt) == (E.BORRADOR, "72142099", "00", "KGM")
    assert (f.cantidad, f.valor_usd) == (Decimal("24500.000"), Decimal("16905.00"))
    assert f.proveedores == ("Yazıcı Demir Çelik",)  # two lines of one supplier: once
    assert f.certificados == ("MTC-1-2", "MTC-1-1")  # link order
    assert f.fecha_certificado == date(2025, 7, 3)  # of the FIRST linked certificate
    assert f.creado_en <= f.actualizado_en and f.eliminado_en is None
    sin = next(x for x in almacen.listar_avisos() if (x.expediente_id, x.clave) == (e1, "A2"))
    assert (sin.proveedores, sin.certificados, sin.fecha_certificado, sin.cantidad) == ((), (), None, None)


def test_orden_por_ultimo_cambio(almacen: Almacen, datos: tuple[int, int]) -> None:
    e1, _ = datos
    almacen.guardar_aviso(e1, Aviso(id="A2", descripcion="cambiado"))
    filas = almacen.listar_avisos()
    assert (filas[0].expediente_id, filas[0].clave) == (e1, "A2")
    assert [f.actualizado_en for f in filas] == sorted((f.actualizado_en for f in filas), reverse=True)


@pytest.mark.parametrize(
    ("texto", "esperado"),
    [
        ("yazici", [(1, "A1")]),  # supplier, without accents or dotless ı
        ("ÇELİK", [(1, "A1")]),
        ("gmbh", [(2, "A1")]),
        ("mtc-2-1", [(2, "A1")]),  # certificate number
        ("2600219", [(1, "A1")]),  # heat number
        ("acería", [(1, "A1"), (2, "A1")]),  # description, any case/accents
        ("aceria turca", [(1, "A1"), (2, "A1")]),  # every word
        ("aceria yazici", [(1, "A1")]),  # words from different places
        ("7306", [(1, "A2"), (2, "A2")]),  # fraction
        ("7216.33", [(2, "A1")]),  # fraction written with dots
        ("ñuñoa", [(1, "A1"), (1, "A2")]),  # expediente name
        ("inv-2", [(2, "A1")]),  # invoice number
        ("100%", []),  # no LIKE wildcards
        ("_", []),
        ("", [(1, "A1"), (1, "A2"), (2, "A1"), (2, "A2")]),
    ],
)
def test_busqueda(almacen: Almacen, datos: tuple[int, int], texto: str, esperado) -> None:
    ids = dict(enumerate(datos, start=1))
    esperado = [(ids[e], c) for e, c in esperado]
    filtro = FiltroAvisos(texto=texto)
    assert _claves(almacen.listar_avisos(filtro)) == sorted(esperado)
    assert almacen.contar_avisos(filtro) == len(esperado)


def test_filtros(almacen: Almacen, datos: tuple[int, int]) -> None:
    e1, e2 = datos
    almacen.cambiar_estado(e2, "A2", E.LISTO)
    assert _claves(almacen.listar_avisos(FiltroAvisos(estado=E.LISTO))) == [(e2, "A2")]
    assert _claves(almacen.listar_avisos(FiltroAvisos(fraccion="7214"))) == [(e1, "A1")]
    assert _claves(almacen.listar_avisos(FiltroAvisos(fraccion="7216.33"))) == [(e2, "A1")]
    assert len(almacen.listar_avisos(FiltroAvisos(fraccion="72"))) == 2
    assert _claves(almacen.listar_avisos(FiltroAvisos(expediente_id=e1))) == [(e1, "A1"), (e1, "A2")]
    assert _claves(almacen.listar_avisos(FiltroAvisos(texto="tubo", estado=E.BORRADOR))) == [(e1, "A2")]
    hoy = date.today()
    assert almacen.contar_avisos(FiltroAvisos(desde=hoy, hasta=hoy)) == 4
    assert almacen.contar_avisos(FiltroAvisos(hasta=hoy - timedelta(days=1))) == 0
    assert almacen.contar_avisos(FiltroAvisos(desde=hoy + timedelta(days=1))) == 0


def test_eliminados_en_la_lista(almacen: Almacen, datos: tuple[int, int]) -> None:
    e1, e2 = datos
    almacen.eliminar_aviso(e1, "A2")
    almacen.eliminar_expediente(e2)
    assert _claves(almacen.listar_avisos()) == [(e1, "A1")]
    todos = almacen.listar_avisos(FiltroAvisos(incluir_eliminados=True))
    assert len(todos) == 4
    assert [f.clave for f in todos if f.eliminado_en is not None] == ["A2"]
    assert _claves(almacen.avisos_eliminados()) == [(e1, "A2")]


def test_paginas(almacen: Almacen, datos: tuple[int, int]) -> None:
    todas = almacen.listar_avisos()
    assert almacen.listar_avisos(limite=3) == todas[:3]
    assert almacen.listar_avisos(desde=3) == todas[3:]
    assert almacen.listar_avisos(desde=1, limite=2) == todas[1:3]
    assert almacen.listar_avisos(desde=10) == []


def test_vinculos_a_otro_expediente_no_se_mezclan(almacen: Almacen, datos: tuple[int, int]) -> None:
    e1, e2 = datos
    exp = almacen.cargar_expediente(e2)
    almacen.guardar_expediente(replace(exp, avisos=exp.avisos[:1]), expediente_id=e2)
    f = next(x for x in almacen.listar_avisos() if (x.expediente_id, x.clave) == (e2, "A1"))
    assert f.certificados == ("MTC-2-2", "MTC-2-1") and f.proveedores == ("Steel Trade GmbH",)
