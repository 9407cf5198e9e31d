"""Benchmarks of the Asistente: ``python -m bench [core|store|gui|extract ...]``.

With no names it runs all of them. Each prints a table of figures with its target; the last
line is the peak memory of the whole run. Speed targets live here, never in timed tests.
"""

from __future__ import annotations

import importlib
import sys
import time

TODOS = ("core", "store", "gui", "extract", "report", "excel")


def _celda(v: object) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    if isinstance(v, list):
        return f"{len(v)} fallo(s)" if v else "-"
    return str(v)


def tabla(filas: list) -> None:
    """Rows of (name, seconds, target) tuples or of dicts, as an aligned text table."""
    if not filas:
        return
    if isinstance(filas[0], dict):
        columnas = list(filas[0])
        datos = [[_celda(f.get(c)) for c in columnas] for f in filas]
    else:
        columnas = ["medición", "valor", "meta"]
        datos = [[_celda(x) for x in f] for f in filas]
    anchos = [max(len(str(c)), *(len(d[i]) for d in datos)) for i, c in enumerate(columnas)]
    print("  ".join(str(c).ljust(a) for c, a in zip(columnas, anchos, strict=True)))
    for d in datos:
        print("  ".join(x.ljust(a) for x, a in zip(d, anchos, strict=True)))


def main(nombres: list[str]) -> int:
    for nombre in nombres or TODOS:
        if nombre not in TODOS:
            print(f"Benchmark desconocido: {nombre}. Opciones: {', '.join(TODOS)}", file=sys.stderr)
            return 2
        try:
            modulo = importlib.import_module(f"bench.{nombre}")
        except ModuleNotFoundError as e:
            print(f"\n## {nombre}: no disponible ({e})")
            continue
        print(f"\n## {nombre}")
        t0 = time.perf_counter()
        filas = modulo.run()
        imprimir = getattr(modulo, "imprimir", None)
        if imprimir is not None:
            imprimir(filas)
        else:
            tabla(filas)
        print(f"(tiempo total de esta sección: {time.perf_counter() - t0:.1f} s)")
    try:
        import resource
    except ImportError:  # Windows: no getrusage
        return 0
    pico_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    hijos_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"\nmemoria pico: {pico_kb / 1024:.0f} MiB (este proceso), {hijos_kb / 1024:.0f} MiB (mayor subproceso)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
