"""The pieces of the bundle that can be tested without building it: the runtime hook (portable
mode, bundled Tesseract) and the pruning of shared libraries. These run with the normal suite."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[2]
GANCHO = RAIZ / "packaging" / "rthook_aaips.py"


def _cargar(nombre: str):
    spec = importlib.util.spec_from_file_location(f"aaips_{nombre}", RAIZ / "packaging" / f"{nombre}.py")
    modulo = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = modulo
    spec.loader.exec_module(modulo)
    return modulo


def gancho(carpeta_programa: Path, entorno: dict[str, str] | None = None) -> dict:
    """Run the hook as the frozen program would (sys.executable in ``carpeta_programa``)."""
    codigo = (
        "import json, os, runpy, sys\n"
        f"sys.executable = {str(carpeta_programa / 'aaips')!r}\n"
        f"sys._MEIPASS = {str(carpeta_programa / '_internal')!r}\n"
        f"runpy.run_path({str(GANCHO)!r})\n"
        "print(json.dumps({'datos': os.environ.get('AAIPS_DATA_DIR'), 'portatil': os.environ.get('AAIPS_PORTABLE'),"
        " 'path': os.environ.get('PATH', ''), 'tessdata': os.environ.get('TESSDATA_PREFIX'),"
        " 'sin_pyc': sys.dont_write_bytecode}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("AAIPS_DATA_DIR", "TESSERACT_CMD", "TESSDATA_PREFIX")}
    env.update(entorno or {})
    r = subprocess.run([sys.executable, "-c", codigo], env=env, capture_output=True, text=True, check=True)
    resultado = json.loads(r.stdout)
    resultado["stderr"] = r.stderr
    return resultado


@pytest.fixture
def programa(tmp_path) -> Path:
    carpeta = tmp_path / "Asistente AAIPS"
    (carpeta / "_internal").mkdir(parents=True)
    return carpeta


def test_sin_marca_usa_la_carpeta_del_usuario(programa):
    r = gancho(programa)
    assert r["datos"] is None and r["portatil"] is None
    assert r["sin_pyc"] is True  # Alembic imports its scripts from disk: no __pycache__ in the bundle
    assert not (programa / "datos").exists()


def test_portable_txt_pone_los_datos_junto_al_programa(programa):
    (programa / "portable.txt").write_text("", encoding="utf-8")
    r = gancho(programa)
    assert r["datos"] == str(programa / "datos") and r["portatil"] == "1"
    assert (programa / "datos").is_dir() and list((programa / "datos").iterdir()) == []


def test_una_carpeta_datos_basta(programa):
    (programa / "datos").mkdir()
    assert gancho(programa)["datos"] == str(programa / "datos")


def test_aaips_data_dir_del_usuario_gana(programa, tmp_path):
    (programa / "portable.txt").write_text("", encoding="utf-8")
    r = gancho(programa, {"AAIPS_DATA_DIR": str(tmp_path / "mis-datos")})
    assert r["datos"] == str(tmp_path / "mis-datos") and r["portatil"] is None


@pytest.mark.skipif(sys.platform.startswith("win") or os.geteuid() == 0, reason="root escribe en cualquier carpeta")
def test_carpeta_sin_permiso_de_escritura_vuelve_a_la_del_usuario(programa):
    (programa / "portable.txt").write_text("", encoding="utf-8")
    programa.chmod(0o555)
    try:
        r = gancho(programa)
    finally:
        programa.chmod(0o755)
    assert r["datos"] is None and "modo portátil no disponible" in r["stderr"]


def test_tesseract_incluido_va_primero_en_el_path(programa):
    carpeta = programa / "_internal" / "tesseract"
    (carpeta / "tessdata").mkdir(parents=True)
    (carpeta / "tesseract.exe").write_bytes(b"")
    r = gancho(programa)
    assert r["path"].split(os.pathsep)[0] == str(carpeta)
    assert r["tessdata"] == str(carpeta / "tessdata")
    # a Tesseract the clerk chose with TESSERACT_CMD keeps its own data
    assert gancho(programa, {"TESSERACT_CMD": "/opt/otro/tesseract"})["tessdata"] is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF: Linux")
def test_podar_lee_las_dependencias_elf():
    import PySide6

    podar = _cargar("podar")
    [qtcore] = Path(PySide6.__file__).parent.glob("QtCore.*.so")
    assert "libQt6Core.so.6" in podar.necesarias(qtcore)
    assert podar.necesarias(RAIZ / "pyproject.toml") == []


def test_podar_quita_lo_que_nadie_usa_y_lo_del_sistema(monkeypatch):
    podar = _cargar("podar")
    dependencias = {
        "ext/modulo.so": ["libusada.so.1", "libcups.so.2"],
        "libusada.so.1": ["libtransitiva.so.2"],
        "libtransitiva.so.2": [],
        "libhuerfana.so.3": ["libtransitiva.so.2"],
        "libcups.so.2": ["libgnutls.so.30"],
        "libgnutls.so.30": [],
        "PySide6/Qt/lib/libQt6Wayland.so.6": [],
        "PySide6/Qt/plugins/platforms/libqxcb.so": [],
    }
    monkeypatch.setattr(podar, "necesarias", lambda origen: dependencias[origen])
    binarios = [(d, d, "BINARY") for d in dependencias] + [("libhuerfana.so", "libhuerfana.so.3", "SYMLINK"),
                                                           ("libusada.so", "libusada.so.1", "SYMLINK")]
    conservar, quitadas = podar.sin_huerfanas(binarios)
    assert {d for d, _o, _t in conservar} == {"ext/modulo.so", "libusada.so.1", "libtransitiva.so.2",
                                              "PySide6/Qt/plugins/platforms/libqxcb.so", "libusada.so"}
    assert quitadas == ["libQt6Wayland.so.6", "libcups.so.2", "libgnutls.so.30", "libhuerfana.so.3"]
