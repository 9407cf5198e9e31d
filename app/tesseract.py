"""Where the Tesseract OCR program is and whether it works (no Qt, no pytesseract).

Only scanned certificates (pages without a text layer) need Tesseract; everything else in the
program works without it. ``localizar_tesseract(ajuste)`` looks, in this order, at:

1. ``ajuste``: the path the clerk typed in Preferencias › OCR (the ``tesseract``/``tesseract.exe``
   program or the folder that holds it). An explicit choice is never silently replaced: if it does
   not point to the program the answer is ``None`` and :func:`autoprueba` says so.
2. the ``TESSERACT_CMD`` environment variable (same forms; ignored when it points nowhere);
3. the Tesseract shipped inside the Windows bundle: ``tesseract/tesseract.exe`` in the bundle's
   folder (``sys._MEIPASS``) or next to the executable, with ``TESSDATA_PREFIX`` set to its own
   ``tessdata`` (spa, eng, osd);
4. the ``PATH`` (the system Tesseract on Linux: ``apt install tesseract-ocr``), and on Windows the
   usual installation folders (``C:\\Program Files\\Tesseract-OCR``, per-user installs).

``autoprueba(ajuste)`` runs ``tesseract --version`` and ``--list-langs`` and returns
``(True, "Tesseract 5.3.0 en …; idiomas: spa, eng, osd")`` or ``(False, what to do, in Spanish)``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

__all__ = ["IDIOMAS", "INSTRUCCIONES", "autoprueba", "localizar_tesseract", "tesseract_incluido"]

ENV_TESSERACT = "TESSERACT_CMD"
ENV_TESSDATA = "TESSDATA_PREFIX"
#: Folder of the bundled Tesseract inside the frozen program (see build_installer.spec).
CARPETA_INCLUIDA = "tesseract"
#: Languages the certificates need: Spanish and English text, orientation detection.
IDIOMAS = ("spa", "eng", "osd")
SEGUNDOS_MAXIMOS = 15

_NOMBRES = ("tesseract.exe", "tesseract") if sys.platform.startswith("win") else ("tesseract", "tesseract.exe")

INSTRUCCIONES = (
    "Instale Tesseract OCR con los idiomas español e inglés:\n"
    "• Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng tesseract-ocr-osd\n"
    "• Windows: el instalador del Asistente normalmente lo incluye; si no, o si prefiere otra copia, instale "
    "«Tesseract OCR» de UB Mannheim (github.com/UB-Mannheim/tesseract/wiki), marque los idiomas Spanish y English, y escriba "
    "la ruta de tesseract.exe en Preferencias › OCR (o en la variable TESSERACT_CMD).\n"
    "Sin Tesseract todo lo demás funciona; solo los certificados escaneados (sin texto) no se pueden leer."
)


def _programa(ruta: str | os.PathLike[str]) -> Path | None:
    """The Tesseract program named by ``ruta`` (the program itself, its folder or a command name)."""
    texto = str(ruta).strip().strip('"')
    if not texto:
        return None
    p = Path(texto).expanduser()
    if p.is_dir():
        for nombre in _NOMBRES:
            if (p / nombre).is_file():
                p = p / nombre
                break
        else:
            return None
    elif not p.is_file() and os.sep not in texto and "/" not in texto:
        encontrado = shutil.which(texto)  # a bare command name such as "tesseract"
        p = Path(encontrado) if encontrado else p
    if p.is_file() and (sys.platform.startswith("win") or os.access(p, os.X_OK)):
        return p.resolve()
    return None


def _carpetas_incluidas() -> list[Path]:
    if not getattr(sys, "frozen", False):
        return []
    carpetas = []
    base = getattr(sys, "_MEIPASS", None)
    if base:
        carpetas.append(Path(base) / CARPETA_INCLUIDA)
    carpetas.append(Path(sys.executable).resolve().parent / CARPETA_INCLUIDA)
    return carpetas


def tesseract_incluido() -> Path | None:
    """The Tesseract shipped with the frozen program (Windows installer), or None."""
    for carpeta in _carpetas_incluidas():
        for nombre in _NOMBRES:
            if (carpeta / nombre).is_file():
                return (carpeta / nombre).resolve()
    return None


def _rutas_windows() -> list[Path]:
    if not sys.platform.startswith("win"):
        return []
    rutas = [Path(os.environ.get(v, d)) / "Tesseract-OCR" / "tesseract.exe"
             for v, d in (("ProgramFiles", r"C:\Program Files"), ("ProgramFiles(x86)", r"C:\Program Files (x86)"))]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        rutas.append(Path(local) / "Programs" / "Tesseract-OCR" / "tesseract.exe")
    return rutas


def _preparar_tessdata(elegido: Path) -> None:
    """The bundled program reads its own tessdata; any other one, its own default."""
    incluido = tesseract_incluido()
    if incluido is None:
        return
    tessdata = str(incluido.parent / "tessdata")
    if elegido == incluido:
        os.environ[ENV_TESSDATA] = tessdata
    elif os.environ.get(ENV_TESSDATA) == tessdata:
        del os.environ[ENV_TESSDATA]  # set by the runtime hook for the bundled copy, wrong for this one


def localizar_tesseract(ajuste: str | None = None) -> Path | None:
    """The Tesseract program to use (see the module docstring for the order), or None."""
    if ajuste is not None and str(ajuste).strip():
        elegido = _programa(ajuste)
    else:
        elegido = None
        candidatos: list[str | os.PathLike[str] | None] = [os.environ.get(ENV_TESSERACT), tesseract_incluido(),
                                                            shutil.which("tesseract"), *_rutas_windows()]
        for c in candidatos:
            if c and (elegido := _programa(c)) is not None:
                break
    if elegido is not None:
        _preparar_tessdata(elegido)
    return elegido


def _ejecutar(programa: Path, *argumentos: str) -> str:
    opciones = {}
    if sys.platform.startswith("win"):
        opciones["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing from the GUI
    r = subprocess.run([str(programa), *argumentos], capture_output=True, text=True, encoding="utf-8",
                       errors="replace", timeout=SEGUNDOS_MAXIMOS, stdin=subprocess.DEVNULL, **opciones)
    salida = (r.stdout or "") + (r.stderr or "")  # Tesseract 3/4 print the version on stderr
    if r.returncode != 0:
        raise OSError(salida.strip().splitlines()[-1] if salida.strip() else f"código de salida {r.returncode}")
    return salida


def _idiomas(salida: str) -> list[str]:
    lineas = [x.strip() for x in salida.splitlines() if x.strip()]
    for i, linea in enumerate(lineas):
        if linea.lower().startswith("list of available languages"):
            return lineas[i + 1:]
    return lineas


def autoprueba(ajuste: str | None = None) -> tuple[bool, str]:
    """Run the Tesseract that :func:`localizar_tesseract` finds; (works?, a Spanish explanation)."""
    programa = localizar_tesseract(ajuste)
    if programa is None:
        if ajuste is not None and str(ajuste).strip():
            return False, (f"No se encontró el programa Tesseract en «{str(ajuste).strip()}». Revise la ruta "
                           f"(debe ser tesseract.exe o la carpeta que lo contiene) o déjela vacía para buscarlo "
                           f"automáticamente.\n\n{INSTRUCCIONES}")
        return False, f"No se encontró el programa Tesseract OCR en este equipo.\n\n{INSTRUCCIONES}"
    try:
        version_texto = _ejecutar(programa, "--version")
        idiomas = _idiomas(_ejecutar(programa, "--list-langs"))
    except subprocess.TimeoutExpired:
        return False, f"Tesseract ({programa}) no respondió en {SEGUNDOS_MAXIMOS} segundos.\n\n{INSTRUCCIONES}"
    except OSError as e:
        return False, f"Tesseract ({programa}) no se pudo ejecutar: {e}.\n\n{INSTRUCCIONES}"
    primera = version_texto.strip().splitlines()[0] if version_texto.strip() else "tesseract"
    version = primera.split()[-1] if primera.lower().startswith("tesseract") else primera
    tiene = [i for i in IDIOMAS if i in idiomas]
    faltan = [i for i in IDIOMAS if i not in idiomas]
    texto = f"Tesseract {version} en {programa}; idiomas: {', '.join(tiene) or 'ninguno de spa, eng, osd'}."
    if "spa" not in idiomas or "eng" not in idiomas:
        return False, (f"{texto}\nFaltan los datos de idioma {', '.join(faltan)}: sin español (spa) e inglés (eng) "
                       f"los escaneos se leen mal.\n\n{INSTRUCCIONES}")
    if faltan:  # only osd
        texto += ("\nFalta osd (detección de orientación): las páginas giradas se leen, pero más despacio. "
                  "En Debian/Ubuntu: sudo apt install tesseract-ocr-osd.")
    return True, texto
