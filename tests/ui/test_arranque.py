"""Start-up stays light: opening the main window does not import the certificate reader.

(Its multilingual label patterns take about a second to compile; it is imported when a PDF is
read. Speed itself is measured by ``python -m bench gui``, not asserted here.)
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import RAIZ

CODIGO = r"""
import sys
from pathlib import Path
from app.paths import Paths
from app.main import crear_aplicacion, construir_ventana
app = crear_aplicacion([sys.argv[0]])
v = construir_ventana(Paths(datos=Path(sys.argv[1]), programa=Path(sys.argv[2])), app)
v.show()
app.processEvents()
pesados = sorted(m for m in sys.modules if m == "app.extract" or m.startswith("app.extract.") or m == "pytesseract")
print("PESADOS:" + ",".join(pesados))
v.close()
v.servicios.almacen.cerrar()
"""


def test_la_ventana_principal_no_importa_el_lector_de_certificados(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", CODIGO, str(tmp_path / "datos"), str(RAIZ)], capture_output=True,
                       text=True, env=env, cwd=RAIZ, timeout=120)
    linea = next((x for x in r.stdout.splitlines() if x.startswith("PESADOS:")), None)
    assert linea is not None, r.stdout + r.stderr
    assert linea == "PESADOS:", linea
