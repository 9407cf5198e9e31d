"""The two figures of the build: the bundle's size and the frozen program's cold start to the window.

    python packaging/medir.py [dist/aaips]

- **size**: the sum of the bundle's files (symbolic links not followed), in MiB (what ``du -sh``
  shows) and in MB; the goal is under 150 MB on Linux without Tesseract.
- **cold start to window**: the time from starting ``aaips`` until the main window first paints
  (``AAIPS_SALIR_TRAS_MS``, see app/main.py), offscreen (``QT_QPA_PLATFORM=offscreen``), on a new,
  empty data folder (so the database is created and migrated: the clerk's very first start). On
  Linux the bundle's files are evicted from the page cache first (``posix_fadvise``, no root
  needed), so they are read from disk as after a reboot; the host's own libraries stay cached, as
  on a desktop in use. The goal is under 3 s. A second, warm start is measured too.

Used by ``scripts/construir.sh`` / ``scripts\\construir.ps1`` and by tests/instalador.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
MARCA_PINTADA = "aaips: ventana pintada"
META_MB = 150
META_SEGUNDOS = 3.0


def ejecutable(carpeta: Path) -> Path:
    return carpeta / ("aaips.exe" if sys.platform.startswith("win") else "aaips")


def tamano(carpeta: Path) -> int:
    """Bytes of all regular files under ``carpeta`` (symbolic links are not followed)."""
    total = 0
    for raiz, _dirs, archivos in os.walk(carpeta):
        for nombre in archivos:
            p = os.path.join(raiz, nombre)
            if not os.path.islink(p):
                total += os.path.getsize(p)
    return total


def enfriar(carpeta: Path) -> bool:
    """Evict the bundle's files from the page cache (Linux); False where not possible."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for raiz, _dirs, archivos in os.walk(carpeta):
        for nombre in archivos:
            p = os.path.join(raiz, nombre)
            if os.path.islink(p):
                continue
            try:
                fd = os.open(p, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.fsync(fd)  # freshly built files may still be dirty; clean pages can be dropped
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                pass
            finally:
                os.close(fd)
    return True


@dataclass
class Arranque:
    segundos: float | None  # to the first paint; None if the window never painted
    codigo: int | None
    salida: str


def arrancar(programa: Path, datos: Path, espera_ms: int = 0, limite: float = 60.0, entorno: dict | None = None) -> Arranque:
    """Start the GUI offscreen on ``datos``; time to «ventana pintada»; it quits ``espera_ms`` later."""
    env = dict(os.environ if entorno is None else entorno)
    env.update(QT_QPA_PLATFORM="offscreen", AAIPS_DATA_DIR=str(datos), AAIPS_SALIR_TRAS_MS=str(espera_ms))
    inicio = time.perf_counter()
    proceso = subprocess.Popen([str(programa), "gui"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, text=True, encoding="utf-8", errors="replace")
    vigilante = threading.Timer(limite, proceso.kill)  # a program that hangs is killed, never waited for
    vigilante.start()
    segundos = None
    lineas = []
    assert proceso.stderr is not None
    try:
        for linea in proceso.stderr:  # the program quits by itself espera_ms after painting
            lineas.append(linea)
            if segundos is None and MARCA_PINTADA in linea:
                segundos = time.perf_counter() - inicio
        codigo = proceso.wait()
    finally:
        vigilante.cancel()
    return Arranque(segundos, codigo if codigo >= 0 else None, "".join(lineas))


def medir(carpeta: Path) -> dict:
    programa = ejecutable(carpeta)
    bytes_ = tamano(carpeta)
    frio = enfriar(carpeta)
    with tempfile.TemporaryDirectory(prefix="aaips-medir-") as tmp:
        primero = arrancar(programa, Path(tmp) / "datos")
        segundo = arrancar(programa, Path(tmp) / "datos")
    return {"bytes": bytes_, "frio": frio, "primero": primero, "segundo": segundo}


def informe(carpeta: Path, r: dict) -> str:
    mib, mb = r["bytes"] / 2**20, r["bytes"] / 1e6
    lineas = [f"Tamaño del paquete ({carpeta}): {mib:.0f} MiB ({mb:.1f} MB)  [meta: menos de {META_MB} MB sin Tesseract]"]
    p, s = r["primero"], r["segundo"]
    if p.segundos is None or p.codigo != 0:
        lineas.append(f"Arranque: la ventana NO se abrió (código {p.codigo}):\n{p.salida[-2000:]}")
    else:
        como = "archivos del paquete fuera de la caché de disco" if r["frio"] else "caché de disco tibia"
        lineas.append(f"Arranque en frío hasta la ventana: {p.segundos:.2f} s (primer inicio: base de datos nueva; {como})"
                      f"  [meta: menos de {META_SEGUNDOS:.0f} s]")
        if s.segundos is not None:
            lineas.append(f"Segundo arranque hasta la ventana: {s.segundos:.2f} s")
    return "\n".join(lineas)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    carpeta = Path(args[0]) if args else RAIZ / "dist" / "aaips"
    if not ejecutable(carpeta).is_file():
        print(f"No existe {ejecutable(carpeta)}: construya primero el paquete.", file=sys.stderr)
        return 2
    r = medir(carpeta)
    print(informe(carpeta, r))
    p = r["primero"]
    return 0 if p.segundos is not None and p.codigo == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
