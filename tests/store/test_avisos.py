"""One notice at a time: autosave, life cycle with history, recycle bin, duplicates."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.domain.estado import CambioEstadoInvalido
from app.domain.model import Aviso, Certificado, EstadoAviso, Partida
from app.store import (
    ORIGEN_CAMBIO,
    ORIGEN_GUARDADO,
    Almacen,
    DatosInconsistentes,
    ErrorAlmacen,
    EstadoNoPermitido,
    FiltroAvisos,
    NoEncontrado,
)

from .conftest import expediente_ejemplo

E = EstadoAviso


@pytest.fixture
def eid(almacen: Almacen) -> int:
    return almacen.guardar_expediente(expediente_ejemplo())


def _fila(almacen: Almacen, clave: str):
    return next(f for f in almacen.listar_avisos() if f.clave == clave)


# -- autosave --------------------------------------------------------------------------------


def test_autoguardado_inserta_y_actualiza(almacen: Almacen, eid: int) -> None:
    nuevo = Aviso(id="A2", fraccion="7214", certificados=("C1",))
    almacen.guardar_aviso(eid, nuevo, ultima_pagina=1)
    assert almacen.cargar_aviso(eid, "A2") == (nuevo, 1)
    creado = _fila(almacen, "A2")

    escrito = replace(nuevo, fraccion="72142099", cantidad=Decimal("100.50"), partidas_factura=("F1-1",))
    almacen.guardar_aviso(eid, escrito, ultima_pagina=3)
    assert almacen.cargar_aviso(eid, "A2") == (escrito, 3)
    despues = _fila(almacen, "A2")
    assert despues.aviso_id == creado.aviso_id and despues.creado_en == creado.creado_en
    assert despues.actualizado_en > creado.actualizado_en
    # order: A1 first, then the new one
    assert [a.id for a in almacen.cargar_expediente(eid).avisos] == ["A1", "A2"]


def test_autoguardado_sin_cambios_no_escribe(almacen: Almacen, eid: int) -> None:
    aviso = almacen.cargar_expediente(eid).avisos[0]
    antes = _fila(almacen, "A1")
    exp_antes = almacen.listar_expedientes()[0].actualizado_en
    for _ in range(3):
        almacen.guardar_aviso(eid, aviso)
    assert _fila(almacen, "A1").actualizado_en == antes.actualizado_en
    # only the page moved: kept, without counting as a change of the notice
    almacen.guardar_aviso(eid, aviso, ultima_pagina=5)
    assert almacen.cargar_aviso(eid, "A1") == (aviso, 5)
    almacen.guardar_aviso(eid, aviso)  # None keeps the page
    assert almacen.cargar_aviso(eid, "A1")[1] == 5
    assert _fila(almacen, "A1").actualizado_en == antes.actualizado_en
    assert almacen.listar_expedientes()[0].actualizado_en == exp_antes


def test_autoguardado_no_toca_otros_avisos(almacen: Almacen, eid: int) -> None:
    almacen.guardar_aviso(eid, Aviso(id="A2"))
    a1 = _fila(almacen, "A1")
    almacen.guardar_aviso(eid, Aviso(id="A2", descripcion="otra"))
    assert _fila(almacen, "A1") == a1


def test_autoguardado_con_vinculo_desconocido_no_escribe(almacen: Almacen, eid: int) -> None:
    with pytest.raises(DatosInconsistentes, match="C7"):
        almacen.guardar_aviso(eid, Aviso(id="A2", certificados=("C7",)))
    with pytest.raises(DatosInconsistentes, match="F1-9"):
        almacen.guardar_aviso(eid, Aviso(id="A2", partidas_factura=("F1-9",)))
    with pytest.raises(NoEncontrado):
        almacen.guardar_aviso(eid + 1, Aviso(id="A2"))
    assert [a.id for a in almacen.cargar_expediente(eid).avisos] == ["A1"]


def test_guardar_certificado_y_factura(almacen: Almacen, eid: int) -> None:
    exp = almacen.cargar_expediente(eid)
    c2 = Certificado(id="C2", tipo="calidad", numero="QC-1", volumen_kg=Decimal("1.000"))
    almacen.guardar_certificado(eid, c2)
    c1 = replace(exp.certificados[0], numero="MTC-NUEVO")
    almacen.guardar_certificado(eid, c1)
    f1 = exp.facturas[0]
    f1b = replace(f1, proveedor="Otro proveedor", partidas=f1.partidas + (Partida(id="F1-2", cantidad=Decimal("2")),))
    almacen.guardar_factura(eid, f1b)
    almacen.guardar_aviso(eid, replace(exp.avisos[0], certificados=("C1", "C2"), partidas_factura=("F1-1", "F1-2")))
    vuelta = almacen.cargar_expediente(eid)
    assert vuelta.certificados == (c1, c2)
    assert vuelta.facturas == (f1b,)
    fila = _fila(almacen, "A1")
    assert fila.certificados == ("MTC-NUEVO", "QC-1") and fila.proveedores == ("Otro proveedor",)
    # the search follows the new texts
    assert [f.clave for f in almacen.listar_avisos(FiltroAvisos(texto="mtc-nuevo otro"))] == ["A1"]
    assert almacen.listar_avisos(FiltroAvisos(texto="MTC-2600219")) == []


def test_factura_no_pierde_partida_usada_por_un_aviso(almacen: Almacen, eid: int) -> None:
    f1 = almacen.cargar_expediente(eid).facturas[0]
    with pytest.raises(DatosInconsistentes, match="A1"):
        almacen.guardar_factura(eid, replace(f1, partidas=()))
    assert almacen.cargar_expediente(eid).facturas == (f1,)
    almacen.eliminar_aviso(eid, "A1")
    almacen.guardar_factura(eid, replace(f1, partidas=()))
    assert almacen.cargar_expediente(eid).facturas[0].partidas == ()


# -- life cycle --------------------------------------------------------------------------------


def test_ciclo_de_vida_con_historial(almacen: Almacen, eid: int) -> None:
    t0 = datetime.now(UTC)
    assert almacen.cambiar_estado(eid, "A1", E.LISTO).estado is E.LISTO
    a = almacen.cambiar_estado(eid, "A1", E.PRESENTADO, folio_vucem=" 0130118-2025-001 ")
    assert a.folio_vucem == "0130118-2025-001"
    a = almacen.cambiar_estado(eid, "A1", E.EMITIDO, numero_aviso="AAIPS-42")
    assert almacen.cargar_aviso(eid, "A1")[0] == a
    assert (a.estado, a.folio_vucem, a.numero_aviso) == (E.EMITIDO, "0130118-2025-001", "AAIPS-42")

    assert [f.clave for f in almacen.listar_avisos(FiltroAvisos(texto="aaips-42"))] == ["A1"]
    h = almacen.historial(eid, "A1")
    assert [(c.desde, c.hacia) for c in h] == [(E.BORRADOR, E.LISTO), (E.LISTO, E.PRESENTADO),
                                              (E.PRESENTADO, E.EMITIDO)]
    assert [c.folio_vucem for c in h] == ["", "0130118-2025-001", "0130118-2025-001"]
    assert h[-1].numero_aviso == "AAIPS-42"
    assert all(c.origen == ORIGEN_CAMBIO for c in h)
    assert all(c.cuando.tzinfo is not None and c.cuando.utcoffset().total_seconds() == 0 for c in h)
    assert t0 <= h[0].cuando <= h[1].cuando <= h[2].cuando <= datetime.now(UTC)


@pytest.mark.parametrize(
    ("pasos", "nuevo", "kw"),
    [
        ([], E.EMITIDO, {}),
        ([], E.LISTO, {"errores_pendientes": 2}),
        ([E.LISTO], E.PRESENTADO, {}),  # no folio
        ([E.LISTO], E.PRESENTADO, {"folio_vucem": "   "}),
    ],
)
def test_cambio_rechazado_no_escribe(almacen: Almacen, eid: int, pasos, nuevo, kw) -> None:
    for p in pasos:
        almacen.cambiar_estado(eid, "A1", p)
    antes = (almacen.cargar_aviso(eid, "A1"), almacen.historial(eid, "A1"))
    with pytest.raises(EstadoNoPermitido) as e:
        almacen.cambiar_estado(eid, "A1", nuevo, **kw)
    assert isinstance(e.value, CambioEstadoInvalido) and isinstance(e.value, ErrorAlmacen)
    assert str(e.value)  # the domain's Spanish sentence
    assert (almacen.cargar_aviso(eid, "A1"), almacen.historial(eid, "A1")) == antes


def test_rechazado_vuelve_a_borrador(almacen: Almacen, eid: int) -> None:
    almacen.cambiar_estado(eid, "A1", E.LISTO)
    almacen.cambiar_estado(eid, "A1", E.PRESENTADO, folio_vucem="F-1")
    almacen.cambiar_estado(eid, "A1", E.RECHAZADO)
    almacen.cambiar_estado(eid, "A1", E.BORRADOR)
    assert [c.hacia for c in almacen.historial(eid, "A1")] == [E.LISTO, E.PRESENTADO, E.RECHAZADO, E.BORRADOR]


def test_estado_guardado_directamente_queda_en_historial(almacen: Almacen, eid: int) -> None:
    """An import of a file with a status, or a save with another status, is not silent."""
    almacen.guardar_aviso(eid, Aviso(id="A2", estado=E.PRESENTADO, folio_vucem="F-9"))
    (h,) = almacen.historial(eid, "A2")
    assert (h.desde, h.hacia, h.folio_vucem, h.origen) == (None, E.PRESENTADO, "F-9", ORIGEN_GUARDADO)
    a1 = almacen.cargar_aviso(eid, "A1")[0]
    almacen.guardar_aviso(eid, replace(a1, estado=E.LISTO))
    assert [(c.desde, c.hacia) for c in almacen.historial(eid, "A1")] == [(E.BORRADOR, E.LISTO)]


def test_estado_invalido_en_la_base_no_entra(almacen: Almacen, eid: int) -> None:
    con = sqlite3.connect(almacen.ruta)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE avisos SET estado = 'inventado'")
    finally:
        con.close()


# -- recycle bin ---------------------------------------------------------------------------------


def test_eliminar_y_restaurar_aviso(almacen: Almacen, eid: int) -> None:
    exp = almacen.cargar_expediente(eid)
    almacen.cambiar_estado(eid, "A1", E.LISTO)
    almacen.eliminar_aviso(eid, "A1")
    assert almacen.cargar_expediente(eid).avisos == ()
    assert almacen.listar_avisos() == [] and almacen.contar_avisos() == 0
    (papelera,) = almacen.avisos_eliminados()
    assert papelera.clave == "A1" and papelera.eliminado_en is not None
    with pytest.raises(NoEncontrado):
        almacen.cargar_aviso(eid, "A1")
    with pytest.raises(NoEncontrado):
        almacen.eliminar_aviso(eid, "A1")

    restaurado = almacen.restaurar_aviso(eid, "A1")
    assert restaurado == replace(exp.avisos[0], estado=E.LISTO)
    assert almacen.avisos_eliminados() == []
    assert [c.hacia for c in almacen.historial(eid, "A1")] == [E.LISTO]  # history came back too
    with pytest.raises(NoEncontrado):
        almacen.restaurar_aviso(eid, "A1")


def test_clave_de_aviso_eliminado_queda_libre(almacen: Almacen, eid: int) -> None:
    viejo = almacen.cargar_aviso(eid, "A1")[0]
    almacen.eliminar_aviso(eid, "A1")
    almacen.guardar_aviso(eid, Aviso(id="A1", descripcion="otro aviso"))
    restaurado = almacen.restaurar_aviso(eid, "A1")
    assert restaurado == replace(viejo, id="A2")  # got a free clave
    # and went back to its place in the expediente
    assert [a.id for a in almacen.cargar_expediente(eid).avisos] == ["A2", "A1"]


def test_eliminar_y_restaurar_expediente(almacen: Almacen, eid: int) -> None:
    otro = almacen.guardar_expediente(expediente_ejemplo())
    almacen.eliminar_expediente(eid)
    assert [r.id for r in almacen.listar_expedientes()] == [otro]
    assert [r.id for r in almacen.listar_expedientes(eliminados=True)] == [eid]
    assert {f.expediente_id for f in almacen.listar_avisos()} == {otro}
    assert almacen.cargar_expediente(eid) == expediente_ejemplo()  # still readable
    almacen.restaurar_expediente(eid)
    assert {r.id for r in almacen.listar_expedientes()} == {eid, otro}
    with pytest.raises(NoEncontrado):
        almacen.eliminar_expediente(999)


# -- duplicates ------------------------------------------------------------------------------------


def test_duplicar_aviso(almacen: Almacen, eid: int) -> None:
    almacen.cambiar_estado(eid, "A1", E.LISTO)
    almacen.cambiar_estado(eid, "A1", E.PRESENTADO, folio_vucem="F-1")
    original = almacen.cargar_aviso(eid, "A1")[0]
    copia = almacen.duplicar_aviso(eid, "A1")
    assert copia == replace(original, id="A2", estado=E.BORRADOR, folio_vucem="", numero_aviso="")
    assert almacen.cargar_aviso(eid, "A2") == (copia, None)
    assert almacen.historial(eid, "A2") == []
    assert almacen.cargar_aviso(eid, "A1")[0] == original
    # a clave in the recycle bin is not reused by a duplicate
    almacen.eliminar_aviso(eid, "A2")
    assert almacen.duplicar_aviso(eid, "A1").id == "A3"
    assert [a.id for a in almacen.cargar_expediente(eid).avisos] == ["A1", "A3"]
    fila = _fila(almacen, "A3")
    assert fila.certificados == ("MTC-2600219",) and fila.proveedores == ("Steel Trade GmbH",)


# -- several threads, several windows ---------------------------------------------------------


def test_hilos_y_ventanas_a_la_vez(almacen: Almacen, eid: int) -> None:
    """The GUI saves from worker threads, and a second window may be open on the same file:
    writes wait for each other (BEGIN IMMEDIATE + busy_timeout) instead of failing."""
    import threading

    from app.store import abrir_almacen

    otra_ventana = abrir_almacen(almacen.ruta, almacen.ruta.parent / "respaldos")
    errores: list[BaseException] = []

    def escribir(a: Almacen, clave: str) -> None:
        try:
            for k in range(30):
                a.guardar_aviso(eid, Aviso(id=clave, observaciones=f"v{k}"), ultima_pagina=k)
                a.listar_avisos(FiltroAvisos(expediente_id=eid))
        except BaseException as e:  # pragma: no cover - reported below
            errores.append(e)

    hilos = [
        threading.Thread(target=escribir, args=(almacen, "A2")),
        threading.Thread(target=escribir, args=(almacen, "A3")),
        threading.Thread(target=escribir, args=(otra_ventana, "A4")),
    ]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    otra_ventana.cerrar()
    assert errores == []
    exp = almacen.cargar_expediente(eid)
    assert sorted(a.id for a in exp.avisos) == ["A1", "A2", "A3", "A4"]
    assert all(a.observaciones == "v29" for a in exp.avisos[1:])
