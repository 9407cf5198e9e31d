"""app.tesseract: finding Tesseract (setting, TESSERACT_CMD, bundled copy, PATH) and its self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import tesseract
from app.tesseract import autoprueba, localizar_tesseract

SISTEMA = shutil.which("tesseract")
requiere_tesseract = pytest.mark.skipif(SISTEMA is None, reason="Tesseract no está instalado en este equipo")
solo_posix = pytest.mark.skipif(sys.platform.startswith("win"), reason="el Tesseract falso es un guion de sh")


@pytest.fixture(autouse=True)
def _entorno_limpio(monkeypatch):
    monkeypatch.delenv("TESSERACT_CMD", raising=False)
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)


def falso(carpeta: Path, version: str = "4.1.1", idiomas: tuple[str, ...] = ("eng", "spa")) -> Path:
    """A fake ``tesseract`` that answers --version and --list-langs."""
    carpeta.mkdir(parents=True, exist_ok=True)
    programa = carpeta / "tesseract"
    lista = "\n".join(idiomas)
    programa.write_text(
        "#!/bin/sh\n"
        f'case "$1" in\n  --version) echo "tesseract {version}"; echo " leptonica-1.79.0";;\n'
        f'  --list-langs) echo \'List of available languages in "/x/" ({len(idiomas)}):\'; printf "{lista}\\n";;\n'
        "esac\n",
        encoding="utf-8",
    )
    programa.chmod(0o755)
    return programa


@requiere_tesseract
def test_el_tesseract_real_de_este_equipo():
    assert localizar_tesseract() == Path(SISTEMA).resolve()
    ok, texto = autoprueba()
    assert ok, texto
    assert texto.startswith("Tesseract ") and str(Path(SISTEMA).resolve()) in texto
    for idioma in ("spa", "eng"):
        assert idioma in texto


@requiere_tesseract
def test_el_ajuste_puede_ser_la_carpeta_del_programa():
    carpeta = Path(SISTEMA).resolve().parent
    assert localizar_tesseract(str(carpeta)) == Path(SISTEMA).resolve()
    assert autoprueba(str(carpeta))[0]


def test_una_ruta_falsa_se_explica_en_espanol():
    ok, texto = autoprueba("/no/existe/tesseract")
    assert not ok
    assert "No se encontró el programa Tesseract en «/no/existe/tesseract»" in texto
    assert "Instale Tesseract OCR con los idiomas español e inglés" in texto
    assert "sudo apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng tesseract-ocr-osd" in texto
    assert "UB Mannheim" in texto and "Preferencias › OCR" in texto
    # an explicit choice is never silently replaced by another Tesseract
    assert localizar_tesseract("/no/existe/tesseract") is None


def test_sin_tesseract_en_ninguna_parte(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(tesseract, "_rutas_windows", lambda: [])
    assert localizar_tesseract() is None
    ok, texto = autoprueba()
    assert not ok and texto.startswith("No se encontró el programa Tesseract OCR en este equipo.")
    assert "solo los certificados escaneados" in texto


@solo_posix
def test_la_variable_tesseract_cmd_va_antes_que_el_path(monkeypatch, tmp_path):
    programa = falso(tmp_path / "otro")
    monkeypatch.setenv("TESSERACT_CMD", str(programa))
    assert localizar_tesseract() == programa.resolve()
    ok, texto = autoprueba()
    assert ok, texto
    assert "Tesseract 4.1.1" in texto and "idiomas: spa, eng." in texto
    assert "Falta osd" in texto  # works, with a note: rotated pages are detected more slowly


@requiere_tesseract
def test_una_variable_tesseract_cmd_que_no_existe_se_ignora(monkeypatch):
    monkeypatch.setenv("TESSERACT_CMD", "/no/existe/tesseract")
    assert localizar_tesseract() == Path(SISTEMA).resolve()


@solo_posix
def test_sin_espanol_no_sirve(tmp_path):
    programa = falso(tmp_path, idiomas=("eng", "osd"))
    ok, texto = autoprueba(str(programa))
    assert not ok
    assert "Faltan los datos de idioma spa" in texto and "Instale Tesseract OCR" in texto


@solo_posix
def test_un_programa_que_no_es_tesseract(tmp_path):
    programa = tmp_path / "tesseract"
    programa.write_text("#!/bin/sh\necho 'no soy tesseract' >&2\nexit 3\n", encoding="utf-8")
    programa.chmod(0o755)
    ok, texto = autoprueba(str(programa))
    assert not ok and "no se pudo ejecutar: no soy tesseract" in texto


@solo_posix
def test_el_tesseract_incluido_en_el_programa_congelado(monkeypatch, tmp_path):
    """The Windows bundle carries tesseract/ (with tessdata) in sys._MEIPASS: it wins over PATH, and
    TESSDATA_PREFIX points to its data only while it is the one in use."""
    base = tmp_path / "_internal"
    incluido = falso(base / "tesseract", version="5.4.0", idiomas=("eng", "osd", "spa"))
    (base / "tesseract" / "tessdata").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(base), raising=False)
    assert tesseract.tesseract_incluido() == incluido.resolve()
    assert localizar_tesseract() == incluido.resolve()
    assert os.environ["TESSDATA_PREFIX"] == str(incluido.resolve().parent / "tessdata")
    ok, texto = autoprueba()
    assert ok and "Tesseract 5.4.0" in texto and "idiomas: spa, eng, osd." in texto

    otro = falso(tmp_path / "otro")
    monkeypatch.setenv("TESSERACT_CMD", str(otro))
    assert localizar_tesseract() == otro.resolve()
    assert "TESSDATA_PREFIX" not in os.environ  # the bundled tessdata is not for another Tesseract


def test_sin_qt():
    """app.tesseract is used by app.extract and the CLI: it must not import Qt."""
    r = subprocess.run([sys.executable, "-c", "import sys, app.tesseract; "
                        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"],
                       capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "[]"
