"""Banco de pruebas del lector de certificados (``app.extract``).

Uso::

    .venv/bin/python bench/extract.py            # tabla
    .venv/bin/python bench/extract.py --json     # los mismos datos en JSON

Por corpus: páginas, segundos por página (reloj y CPU, esta última incluye los procesos de
Tesseract), recall y precisión de coladas, y exactitud de los campos que tienen respuesta:

- ``real_scans``: seis escaneos reales (las coladas vienen en el nombre del archivo; productor
  YAZICI, país TUR, tipo molino).
- ``mill_cert_samples``: PDFs con capa de texto generados desde un JSON (la clave de respuestas).
- ``sinteticos_texto`` / ``sinteticos_escaneados``: certificados propios en siete diseños e
  idiomas (los de ``tests/extract/sinteticos.py``), con texto y como escaneos girados con ruido.

Objetivos: ≤ 0.3 s por página de texto, ≤ 4 s por página escaneada con 2 núcleos, coladas ≥ 98 %
en escaneos reales, campos ≥ 95 % en certificados con texto. Si la máquina está ocupada por otros
procesos el tiempo de reloj sube; la columna de CPU no depende de eso.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1]
if str(RAIZ) not in sys.path:
    sys.path.insert(0, str(RAIZ))

from app.extract import leer_certificado, tesseract_disponible  # noqa: E402
from tests.extract import sinteticos  # noqa: E402
from tests.extract.claves import clave_muestra, coladas_de_nombre, comparar  # noqa: E402

SHARED = RAIZ / ".." / "shared"
ESCANEOS = SHARED / "fixtures" / "real_scans"
MUESTRAS = SHARED / "research_data" / "mill_cert_samples"
MOLINO_REAL = "YAZICI DEMIR CELIK SANAYI VE TURIZM TICARET A.S."


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _medir(rutas_y_claves, nombre: str) -> dict:
    """Lee cada archivo y compara con su clave: {campo: esperado}; coladas aparte."""
    paginas = 0
    reloj = cpu = 0.0
    esperadas = obtenidas = aciertos_col = 0
    campos_ok = campos_total = 0
    fallos: list[str] = []
    for ruta, clave in rutas_y_claves:
        c0, t0 = _cpu(), time.perf_counter()
        lectura = leer_certificado(ruta)
        reloj += time.perf_counter() - t0
        cpu += _cpu() - c0
        paginas += len(lectura.paginas)
        if clave.get("coladas") is not None:
            verdad, leidas = set(clave["coladas"]), set(lectura.valor("coladas") or [])
            esperadas += len(verdad)
            obtenidas += len(leidas)
            aciertos_col += len(verdad & leidas)
        for campo, esperado in clave.items():
            if esperado is None:
                continue
            if campo == "tipo":
                obtenido = lectura.tipo_probable
                ok = obtenido == esperado
            elif campo == "idiomas":
                obtenido = lectura.valor("idioma")
                ok = comparar("idiomas", esperado, obtenido)
            elif campo == "productor_sin_espacios":
                obtenido = (lectura.valor("productor") or {}).get("nombre", "")
                ok = _compacto(obtenido) == _compacto(esperado)
            else:
                obtenido = lectura.valor(campo)
                ok = comparar(campo, esperado, obtenido)
            campos_total += 1
            campos_ok += ok
            if not ok:
                fallos.append(f"{Path(ruta).name}: {campo} esperado {esperado!r}, leído {obtenido!r}")
    return {
        "corpus": nombre,
        "archivos": len(rutas_y_claves),
        "paginas": paginas,
        "s_por_pagina": round(reloj / paginas, 3) if paginas else None,
        "cpu_s_por_pagina": round(cpu / paginas, 3) if paginas else None,
        "coladas_recall": round(aciertos_col / esperadas, 4) if esperadas else None,
        "coladas_precision": round(aciertos_col / obtenidas, 4) if obtenidas else (None if not esperadas else 0.0),
        "campos_exactitud": round(campos_ok / campos_total, 4) if campos_total else None,
        "campos_evaluados": campos_total,
        "fallos": fallos,
    }


def _compacto(t: str) -> str:
    from app.extract.paises import normalizar

    return "".join(c for c in normalizar(str(t)) if c.isalnum())


def corpus_escaneos() -> list:
    return [
        (ruta, {"coladas": coladas_de_nombre(ruta), "pais": "TUR", "tipo": "molino", "productor_sin_espacios": MOLINO_REAL})
        for ruta in sorted(ESCANEOS.glob("*.pdf"))
    ]


def corpus_muestras() -> list:
    salida = []
    for ruta in sorted(MUESTRAS.glob("*.pdf")):
        clave = clave_muestra(ruta.with_suffix(".json"))
        clave["tipo"] = "molino"
        salida.append((ruta, clave))
    return salida


def _clave_sintetica(s: sinteticos.Sintetico) -> dict:
    e = s.esperado
    return {
        "numero": e.numero,
        "fecha_expedicion": e.fecha,
        "coladas": e.coladas,
        "productor_sin_espacios": e.productor,
        "pais": e.pais,
        "volumen_kg": e.volumen_kg,
        "idiomas": [e.idioma],
        "tipo": e.tipo,
    }


def corpus_sinteticos(carpeta: Path, escaneados: bool) -> list:
    salida = []
    for nombre in sinteticos.DISENOS:
        s = sinteticos.generar(nombre, carpeta)
        salida.append((s, _clave_sintetica(s)))
    if not escaneados:
        return [(s.ruta, clave) for s, clave in salida]
    giros = {
        "formulario_en": (90, 0.6, 150),
        "encabezados_es": (270, -0.5, 150),
        "aleman": (180, 0.4, 200),
        "turco": (0, 0.8, 150),
        "multipagina": (90, 0.3, 200),
    }
    resultado = []
    for s, clave in salida:
        if s.nombre not in giros:
            continue  # chino y coreano: Tesseract no tiene aquí datos de esos idiomas
        giro, inclinacion, dpi = giros[s.nombre]
        ruta = sinteticos.escanear(s.ruta, carpeta / f"escaneo_{s.nombre}.pdf", giro=giro, inclinacion=inclinacion, dpi=dpi)
        resultado.append((ruta, clave))
    return resultado


def run() -> list[dict]:
    """Mide todos los corpus disponibles; devuelve una fila (dict) por corpus."""
    filas = []
    ok_tess, estado = tesseract_disponible()
    # Calentamiento: la primera lectura carga módulos y tablas; no cuenta.
    with tempfile.TemporaryDirectory() as tmp:
        carpeta = Path(tmp)
        leer_certificado(sinteticos.generar("formulario_en", carpeta).ruta)
        if MUESTRAS.is_dir():
            filas.append(_medir(corpus_muestras(), "mill_cert_samples"))
        filas.append(_medir(corpus_sinteticos(carpeta, escaneados=False), "sinteticos_texto"))
        if ok_tess:
            if ESCANEOS.is_dir():
                filas.append(_medir(corpus_escaneos(), "real_scans"))
            filas.append(_medir(corpus_sinteticos(carpeta, escaneados=True), "sinteticos_escaneados"))
        else:
            print(f"(sin Tesseract: {estado}; se omiten los corpus escaneados)", file=sys.stderr)
    return filas


def _tabla(filas: list[dict]) -> str:
    cab = ["corpus", "archivos", "paginas", "s/pág", "CPU s/pág", "coladas recall", "coladas precisión", "campos", "n campos"]
    datos = []
    for f in filas:
        datos.append(
            [
                f["corpus"],
                str(f["archivos"]),
                str(f["paginas"]),
                _fmt(f["s_por_pagina"]),
                _fmt(f["cpu_s_por_pagina"]),
                _pct(f["coladas_recall"]),
                _pct(f["coladas_precision"]),
                _pct(f["campos_exactitud"]),
                str(f["campos_evaluados"]),
            ]
        )
    anchos = [max(len(r[i]) for r in [cab] + datos) for i in range(len(cab))]
    lineas = ["  ".join(c.ljust(a) for c, a in zip(cab, anchos, strict=False)), "  ".join("-" * a for a in anchos)]
    lineas += ["  ".join(c.ljust(a) for c, a in zip(r, anchos, strict=False)) for r in datos]
    return "\n".join(lineas)


def _fmt(v) -> str:
    return "-" if v is None else f"{v:.3f}"


def _pct(v) -> str:
    return "-" if v is None else f"{100 * v:.1f} %"


if __name__ == "__main__":
    carga = os.getloadavg() if hasattr(os, "getloadavg") else None
    filas = run()
    if "--json" in sys.argv:
        print(json.dumps(filas, ensure_ascii=False, indent=2))
    else:
        print(_tabla(filas))
        if carga:
            print(f"\nnúcleos: {os.cpu_count()}; carga media al empezar: {carga[0]:.2f}")
        for f in filas:
            for fallo in f["fallos"]:
                print(f"  [{f['corpus']}] {fallo}")
