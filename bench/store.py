"""Benchmark of the local database (app.store) with 10,000 notices.

    .venv/bin/python bench/store.py

``run()`` returns ``(name, value, target)`` rows; the value is seconds (best of 3 runs for the
reads, a single run for the writes), except the memory rows (MB). The data are realistic: 200 expedientes of 50 notices, each notice with its own mill
certificate (two heat numbers) and its own invoice line; two invoices per expediente.
"""

from __future__ import annotations

import gc
import resource
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.model import (  # noqa: E402
    Aviso,
    Certificado,
    Contacto,
    Expediente,
    Fabricante,
    Factura,
    Importador,
    MolinoRef,
    Partida,
)
from app.store import FiltroAvisos, abrir_almacen  # noqa: E402

EXPEDIENTES = 200
AVISOS_POR_EXPEDIENTE = 50
TOTAL = EXPEDIENTES * AVISOS_POR_EXPEDIENTE

_MOLINOS = ["Yazıcı Demir Çelik", "Kroman Çelik", "POSCO Pohang Works", "Jiangsu Shagang", "ArcelorMittal Bremen"]
_PROVEEDORES = ["Steel Trade GmbH", "Ferrostaal Metals", "Marubeni-Itochu Steel", "Tata Steel International"]


def expediente(n: int, avisos_por_expediente: int = AVISOS_POR_EXPEDIENTE) -> Expediente:
    molino = _MOLINOS[n % len(_MOLINOS)]
    base = date(2025, 1, 1) + timedelta(days=n % 200)
    certs, lineas, avisos = [], [[], []], []
    for i in range(1, avisos_por_expediente + 1):
        kg = Decimal(20000 + 37 * i + n)
        precio = Decimal("0.69") + Decimal(i % 7) / 100
        certs.append(Certificado(
            id=f"C{i}", tipo="molino", numero=f"MTC-{n:04d}-{i:03d}", fecha_expedicion=base,
            volumen_kg=kg + 300, pais="TUR", coladas=(f"26{n:03d}{i:02d}", f"27{n:03d}{i:02d}"),
            productor=Contacto(nombre=molino, domicilio="Organize Sanayi Bölgesi, Iskenderun", pais="TUR",
                               telefono="+90 326 000 0000", correo="export@example.com"),
            descripcion="BS 4449:2005 B500B ribbed bars, 25 mm x 14 m", firma_sello_qr=True, idioma="en",
            traduccion=True, archivo=f"mtc-{n}-{i}.pdf",
        ))
        lineas[i % 2].append(Partida(
            id=f"F{i % 2 + 1}-{i}", descripcion="Rebar BS4449 B500B 25mm x 14m", fraccion="72142099", nico="00",
            cantidad=kg / 1000, unidad="TNE", precio_unitario=precio * 1000, importe=kg * precio,
            pais_origen="TUR", certificado=f"C{i}",
        ))
        avisos.append(Aviso(
            id=f"A{i}", fraccion="72142099", nico="00", cantidad=kg, umt="KGM", valor_usd=kg * precio,
            pais_origen_acero="TUR", pais_origen_mercancia="TUR", pais_exportador="TUR", certificados=(f"C{i}",),
            fabricante=Fabricante(nombre=molino, domicilio="Organize Sanayi Bölgesi, Iskenderun"),
            molino=MolinoRef(clave=f"SE{n % 90:05d}", nombre=molino.upper()),
            descripcion=f"Varilla corrugada de acero al carbono BS 4449 B500B, 25 mm x 14 m, sin recubrimiento. "
                        f"Precio unitario {precio} USD/kg. Factura en toneladas, convertidas a kilogramos.",
            partidas_factura=(f"F{i % 2 + 1}-{i}",),
        ))
    facturas = tuple(
        Factura(id=f"F{k + 1}", numero=f"INV-{n:04d}-{k + 1}", fecha=base, proveedor=_PROVEEDORES[(n + k) % 4],
                moneda="USD", usd_por_unidad=Decimal("1"), incoterm="CFR", fletes=Decimal("850.00"),
                seguros=Decimal("0.00"), partidas=tuple(lineas[k]))
        for k in range(2)
    )
    return Expediente(
        fecha_preparacion=base + timedelta(days=5),
        importador=Importador(rfc="AAA010101AAA", nombre=f"Importadora {n} SA de CV"),
        facturas=facturas, certificados=tuple(certs), avisos=tuple(avisos),
    )


def _medir(f, repeticiones: int = 1):  # type: ignore[no-untyped-def]
    """Best of ``repeticiones`` runs (the usual way to take out the noise of other processes)."""
    mejor = float("inf")
    for _ in range(repeticiones):
        r = None
        gc.collect()
        t = time.perf_counter()
        r = f()
        mejor = min(mejor, time.perf_counter() - t)
    return mejor, r


def run() -> list[tuple[str, float, str]]:
    filas: list[tuple[str, float, str]] = []
    datos = [expediente(n) for n in range(EXPEDIENTES)]
    with tempfile.TemporaryDirectory() as d:
        ruta = Path(d) / "aaips.sqlite3"
        t, almacen = _medir(lambda: abrir_almacen(ruta, Path(d) / "respaldos"))
        filas.append(("abrir base nueva (crear esquema)", t, "< 0.5 s"))
        with almacen:
            t, ids = _medir(lambda: [almacen.guardar_expediente(e) for e in datos])
            filas.append((f"guardar {TOTAL:,} avisos ({EXPEDIENTES} expedientes)", t, "< 5 s"))
            datos.clear()  # the program does not keep a second copy of everything in memory

            t, cargados = _medir(lambda: [almacen.cargar_expediente(i) for i in ids], 3)
            assert cargados == [expediente(n) for n in range(EXPEDIENTES)]
            filas.append((f"cargar {TOTAL:,} avisos a registros del dominio", t, "< 0.5 s"))

            t, lista = _medir(lambda: almacen.listar_avisos(), 3)
            assert len(lista) == TOTAL
            filas.append((f"listar {TOTAL:,} filas (ventana principal)", t, "< 0.5 s"))

            t, pagina = _medir(lambda: almacen.listar_avisos(limite=200), 3)
            filas.append(("listar primera página de 200 filas", t, "< 0.05 s"))

            t, n = _medir(lambda: almacen.contar_avisos(), 3)
            assert n == TOTAL
            filas.append((f"contar {TOTAL:,} avisos", t, "< 0.05 s"))

            t, encontrados = _medir(lambda: almacen.listar_avisos(FiltroAvisos(texto="yazici b500b")), 3)
            assert len(encontrados) == TOTAL // len(_MOLINOS)
            filas.append((f"buscar texto en {TOTAL:,} avisos (2 palabras)", t, "< 0.5 s"))

            t, encontrados = _medir(lambda: almacen.listar_avisos(FiltroAvisos(texto="MTC-0123-045")), 3)
            assert len(encontrados) == 1
            filas.append(("buscar un número de certificado", t, "< 0.5 s"))

            eid = ids[len(ids) // 2]
            aviso = cargados[len(ids) // 2].avisos[10]

            def autoguardado() -> None:
                for k in range(100):
                    almacen.guardar_aviso(eid, replace(aviso, observaciones=f"cambio {k}"), ultima_pagina=k % 6)

            t, _ = _medir(autoguardado)
            filas.append(("autoguardado de un aviso (promedio de 100)", t / 100, "< 0.02 s"))

            cambiado = replace(cargados[0], avisos=tuple(
                replace(a, observaciones="revisado") if k % 5 == 0 else a for k, a in enumerate(cargados[0].avisos)
            ))
            t, _ = _medir(lambda: almacen.guardar_expediente(cambiado, expediente_id=ids[0]))
            filas.append((f"reemplazar un expediente de {AVISOS_POR_EXPEDIENTE} avisos", t, "< 0.1 s"))

            t, _ = _medir(lambda: almacen.duplicar_aviso(eid, "A1"))
            filas.append(("duplicar un aviso", t, "< 0.05 s"))

            # the extreme case: ONE expediente with every notice
            grande = expediente(9999, TOTAL)
            t, gid = _medir(lambda: almacen.guardar_expediente(grande))
            filas.append((f"guardar un expediente de {TOTAL:,} avisos", t, "< 5 s"))
            t, _ = _medir(lambda: almacen.guardar_expediente(grande, expediente_id=gid))
            filas.append((f"guardarlo de nuevo sin cambios ({TOTAL:,} comparados)", t, "< 3 s"))
            grande = None  # free it before measuring the load
            t, uno = _medir(lambda: almacen.cargar_expediente(gid), 3)
            assert len(uno.avisos) == TOTAL and uno == expediente(9999, TOTAL)
            filas.append((f"cargar un expediente de {TOTAL:,} avisos", t, "< 0.5 s"))

            del cargados, lista, pagina, encontrados, uno
            gc.collect()
            tracemalloc.start()
            _cargados = [almacen.cargar_expediente(i) for i in ids]  # kept alive while the peak is read
            _lista = almacen.listar_avisos(FiltroAvisos(expediente_id=None), limite=TOTAL)
            _, pico = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            filas.append(("memoria pico de cargar + listar 10,000 (tracemalloc, MB)", pico / 2**20, "< 150 MB"))
        tamano = ruta.stat().st_size if ruta.exists() else 0
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    filas.append(("memoria pico del proceso (ru_maxrss, MB)", maxrss, "< 400 MB"))
    filas.append(("tamaño del archivo (MB)", tamano / 2**20, "—"))
    return filas


def main() -> None:
    filas = run()
    ancho = max(len(n) for n, _, _ in filas)
    print(f"{'prueba':<{ancho}}  {'valor':>10}  objetivo")
    print(f"{'-' * ancho}  {'-' * 10}  --------")
    for nombre, valor, objetivo in filas:
        unidad = "MB" if "MB" in nombre else "s"
        print(f"{nombre:<{ancho}}  {valor:>8.3f} {unidad:<2} {objetivo}")


if __name__ == "__main__":
    main()
