"""The last line of defence: an unexpected error is written to a log file, never shown raw."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from app.paths import Paths


def registrar_error(paths: Paths, error: BaseException) -> Path:
    """Append the traceback of ``error`` to ``errores.log`` in the data folder; return its path."""
    ruta = paths.datos / "errores.log"
    try:
        ruta.parent.mkdir(parents=True, exist_ok=True)
        with ruta.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            fh.write("".join(traceback.format_exception(error)))
    except OSError:
        pass
    return ruta
