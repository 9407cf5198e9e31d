"""PyInstaller runtime hook of the Asistente AAIPS: runs in the frozen program before ``app``.

1. Nothing is written inside the bundle: no ``__pycache__`` next to the Alembic scripts that
   Alembic imports from disk.

2. Portable mode (like Picard's portable build, but switched on by the folder, not at build time):
   if a file ``portable.txt`` or a folder ``datos`` sits next to the executable, the data folder
   (database, settings, imported catalogs, backups, errores.log) is that ``datos`` folder, created
   if needed. This is how the program runs from a USB stick. Order of precedence stays:
   ``--data-dir`` > ``AAIPS_DATA_DIR`` set by the user > portable ``datos`` > per-user folder. If
   ``datos`` cannot be created there (a read-only or protected folder such as Program Files), the
   per-user folder is used and a note goes to stderr.

3. Tesseract shipped in the bundle (Windows installer): its folder goes first in ``PATH`` and
   ``TESSDATA_PREFIX`` points to its ``tessdata`` (unless the user chose another Tesseract with
   ``TESSERACT_CMD``), so every way of calling ``tesseract`` finds the bundled one with its
   languages. ``app.tesseract.localizar_tesseract`` applies the same rule explicitly, including
   the path set in Preferencias › OCR.
"""

import os
import sys
from pathlib import Path


def _rthook_aaips():
    sys.dont_write_bytecode = True

    carpeta_programa = Path(sys.executable).resolve().parent
    if not os.environ.get("AAIPS_DATA_DIR") and (
        (carpeta_programa / "portable.txt").is_file() or (carpeta_programa / "datos").is_dir()
    ):
        datos = carpeta_programa / "datos"
        try:
            datos.mkdir(exist_ok=True)
            prueba = datos / ".aaips-escritura"
            prueba.write_bytes(b"")
            prueba.unlink()
        except OSError as e:
            if sys.stderr is not None:
                print(f"aaips: modo portátil no disponible ({datos}: {e.strerror or e}); se usa la carpeta "
                      f"de datos del usuario.", file=sys.stderr)
        else:
            os.environ["AAIPS_DATA_DIR"] = str(datos)
            os.environ["AAIPS_PORTABLE"] = "1"

    base = Path(getattr(sys, "_MEIPASS", carpeta_programa))
    for carpeta in (base / "tesseract", carpeta_programa / "tesseract"):
        if (carpeta / "tesseract.exe").is_file() or (carpeta / "tesseract").is_file():
            os.environ["PATH"] = str(carpeta) + os.pathsep + os.environ.get("PATH", "")
            if not os.environ.get("TESSERACT_CMD") and (carpeta / "tessdata").is_dir():
                os.environ["TESSDATA_PREFIX"] = str(carpeta / "tessdata")
            break


_rthook_aaips()
del _rthook_aaips
