"""The layering of ARCHITECTURE.md is enforced: a wrong import fails this test."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
PROHIBIDOS_EN_DOMINIO = ("PySide6", "sqlalchemy", "alembic", "pdfplumber", "pypdfium2", "pytesseract", "PIL", "openpyxl")


def test_contratos_de_import_linter():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter no está instalado (pip install -e .[dev])"
    r = subprocess.run([lint, "--no-cache"], cwd=RAIZ, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert " 0 broken" in r.stdout and "Contracts: 0 kept" not in r.stdout


def test_dominio_solo_usa_la_biblioteca_estandar():
    """The same rule as a plain AST scan, so it holds even where import-linter is missing."""
    for archivo in (RAIZ / "app" / "domain").rglob("*.py"):
        arbol = ast.parse(archivo.read_text(encoding="utf-8"))
        for nodo in ast.walk(arbol):
            nombres = []
            if isinstance(nodo, ast.Import):
                nombres = [a.name for a in nodo.names]
            elif isinstance(nodo, ast.ImportFrom) and nodo.level == 0 and nodo.module:
                nombres = [nodo.module]
            for n in nombres:
                raiz = n.split(".")[0]
                assert raiz not in PROHIBIDOS_EN_DOMINIO, f"{archivo.name} importa {n}"
                assert not n.startswith("app.") or n.startswith("app.domain"), f"{archivo.name} importa {n}"
