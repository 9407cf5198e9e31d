"""The code passes the project's lint rules (ruff, configured in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent


def test_ruff_sin_hallazgos():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert ruff, "ruff no está instalado (pip install -e .[dev])"
    r = subprocess.run([ruff, "check", "--no-cache", "app", "tests", "bench", "packaging"], cwd=RAIZ,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
