"""Smoke test of the frozen program (the PyInstaller bundle): it really starts, checks, reads a scan,
opens its window and writes nothing inside its own folder.

Deselected by default (marker ``instalador``). Run it with ``bash scripts/construir.sh --probar``
(tests the bundle just built in dist/aaips) or ``pytest -m instalador tests/instalador`` (builds the
bundle into a temporary folder first: a few minutes). ``AAIPS_PAQUETE=/ruta/a/dist/aaips`` tests an
existing bundle.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from app import APP_NAME, __version__
from tests.conftest import expediente_valido

pytestmark = pytest.mark.instalador

RAIZ = Path(__file__).resolve().parents[2]
ESCANEOS = RAIZ.parent / "shared" / "fixtures" / "real_scans"
SEGUNDOS_META = 3.0


def _medir():
    spec = importlib.util.spec_from_file_location("aaips_medir", RAIZ / "packaging" / "medir.py")
    modulo = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = modulo  # dataclasses look the module up
    spec.loader.exec_module(modulo)
    return modulo


medir = _medir()


@pytest.fixture(scope="session")
def paquete(tmp_path_factory) -> Path:
    """The bundle folder (dist/aaips): AAIPS_PAQUETE, or built now into a temporary folder."""
    dado = os.environ.get("AAIPS_PAQUETE")
    if dado:
        carpeta = Path(dado)
        assert medir.ejecutable(carpeta).is_file(), f"AAIPS_PAQUETE={dado} no contiene el programa"
        return carpeta
    pytest.importorskip("PyInstaller", reason="instale el extra «build»: pip install -e '.[build]'")
    from app.ui.traducciones import compilar

    compilar(RAIZ / "resources")
    tmp = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "PyInstaller", str(RAIZ / "build_installer.spec"), "--noconfirm",
                    "--log-level", "WARN", "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "build")],
                   cwd=RAIZ, check=True, timeout=3600)
    return tmp / "dist" / "aaips"


def _huella(carpeta: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(carpeta)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in carpeta.rglob("*")}


@pytest.fixture(scope="session")
def huella_inicial(paquete) -> dict[str, tuple[int, int]]:
    return _huella(paquete)


@pytest.fixture
def datos(tmp_path) -> Path:
    return tmp_path / "datos"


def _entorno(datos: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AAIPS_", "PYTHON"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if datos is not None:
        env["AAIPS_DATA_DIR"] = str(datos)
    return env


def aaips(paquete: Path, *args: str, datos: Path | None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(medir.ejecutable(paquete)), *args], env=_entorno(datos), capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=timeout, stdin=subprocess.DEVNULL)


def _escribir(ruta: Path, doc: dict) -> Path:
    ruta.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return ruta


def test_version(paquete, huella_inicial, datos):
    r = aaips(paquete, "--version", datos=datos)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"{APP_NAME} {__version__}"


def test_check_expediente_valido_y_con_errores(paquete, huella_inicial, datos, tmp_path):
    valido = _escribir(tmp_path / "valido.json", expediente_valido())
    r = aaips(paquete, "check", str(valido), datos=datos)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Listo para VUCEM" in r.stdout

    malo = expediente_valido()
    malo["avisos"][0]["valor_usd"] = "1.00"
    r = aaips(paquete, "check", str(_escribir(tmp_path / "errores.json", malo)), "--json", datos=datos)
    assert r.returncode == 1, r.stdout + r.stderr
    codigos = json.dumps(json.loads(r.stdout), ensure_ascii=False)
    assert "VALOR_NO_COINCIDE_FACTURA" in codigos

    (tmp_path / "roto.json").write_text("{no es json", encoding="utf-8")
    r = aaips(paquete, "check", str(tmp_path / "roto.json"), datos=datos)
    assert r.returncode == 2 and r.stderr.startswith("aaips:") and "Traceback" not in r.stderr


def test_base_de_datos_migraciones_y_reportes(paquete, huella_inicial, datos, tmp_path):
    """A new database is created from the bundled Alembic scripts; the register (XlsxWriter) and the
    checklist (reportlab with the bundled DejaVu fonts) are written."""
    valido = _escribir(tmp_path / "valido.json", expediente_valido())
    r = aaips(paquete, "import", str(valido), datos=datos)
    assert r.returncode == 0, r.stderr
    assert (datos / "aaips.sqlite3").is_file()
    r = aaips(paquete, "registro", str(tmp_path / "registro.xlsx"), datos=datos)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "registro.xlsx").read_bytes()[:2] == b"PK"
    r = aaips(paquete, "checklist", str(valido), "--pdf", str(tmp_path / "lista.pdf"), datos=datos)
    assert r.returncode == 0, r.stderr
    pdf = (tmp_path / "lista.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"DejaVu" in pdf
    r = aaips(paquete, "catalogo", datos=datos)
    assert r.returncode == 0 and "fracciones" in r.stdout, r.stderr
    assert not (datos / "errores.log").exists()


def test_extract_escaneo_real_con_ocr(paquete, huella_inicial, datos):
    if not ESCANEOS.is_dir() or not list(ESCANEOS.glob("*.pdf")):
        pytest.skip(f"no existe la carpeta compartida de escaneos {ESCANEOS} (se esperaba junto al repositorio)")
    from app.tesseract import localizar_tesseract

    incluido = (paquete / "_internal" / "tesseract" / "tesseract.exe").is_file()  # Windows, AAIPS_TESSERACT_DIR
    if not incluido and localizar_tesseract() is None:
        pytest.skip("el paquete no trae Tesseract y no hay uno en este equipo (apt install tesseract-ocr tesseract-ocr-spa ...)")
    escaneo = sorted(ESCANEOS.glob("*.pdf"))[0]
    r = aaips(paquete, "extract", str(escaneo), "--json", datos=datos, timeout=600)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    [pagina] = doc["paginas"]
    assert pagina["metodo"] == "ocr" and pagina["rotacion"] == 90
    coladas = escaneo.name.split("-")[0].split("_")  # the file name lists the heat numbers
    assert doc["campos"]["coladas"]["valor"] == coladas
    assert doc["campos"]["pais"]["valor"] == "TUR"


def test_ventana_offscreen(paquete, huella_inicial, datos):
    """The window opens (offscreen), stays two seconds and the program quits cleanly."""
    r = medir.arrancar(medir.ejecutable(paquete), datos, espera_ms=2000, limite=120)
    assert r.segundos is not None, f"la ventana no se pintó (código {r.codigo}):\n{r.salida}"
    assert r.codigo == 0, r.salida
    assert "Traceback" not in r.salida
    assert (datos / "aaips.sqlite3").is_file() and (datos / "configuracion.ini").is_file()
    assert not (datos / "errores.log").exists()
    print(f"\nArranque del programa congelado hasta la ventana: {r.segundos:.2f} s (base de datos nueva)")
    if r.segundos > SEGUNDOS_META:
        warnings.warn(f"arranque hasta la ventana: {r.segundos:.2f} s, más que la meta de {SEGUNDOS_META} s",
                      stacklevel=1)


@pytest.mark.skipif(not sys.platform.startswith("win"), reason="el ejecutable sin consola es solo de Windows")
def test_ejecutable_sin_consola_de_windows(paquete, huella_inicial, datos):
    """AsistenteAAIPS.exe (the Start-menu shortcut) has no console: no stderr to read, so it must
    simply open, quit on its own and leave the database behind."""
    env = _entorno(datos)
    env["AAIPS_SALIR_TRAS_MS"] = "1000"
    r = subprocess.run([str(paquete / "AsistenteAAIPS.exe")], env=env, timeout=120)
    assert r.returncode == 0
    assert (datos / "aaips.sqlite3").is_file() and not (datos / "errores.log").exists()


def test_capturas_de_cada_paso(paquete, huella_inicial, datos, tmp_path):
    """Every wizard page builds and paints in the frozen program (the `screenshots` verb)."""
    r = aaips(paquete, "screenshots", str(tmp_path / "capturas"), datos=datos, timeout=300)
    assert r.returncode == 0, r.stderr
    assert len(list((tmp_path / "capturas").glob("*.png"))) >= 10


def test_modo_portatil(paquete, huella_inicial, tmp_path):
    """With portable.txt next to the executable the data folder is datos/ there."""
    copia = tmp_path / "aaips"
    shutil.copytree(paquete, copia, symlinks=True)
    (copia / "portable.txt").write_text("Modo portátil: los datos van en la carpeta datos\n", encoding="utf-8")
    valido = _escribir(tmp_path / "valido.json", expediente_valido())
    r = aaips(copia, "import", str(valido), datos=None)
    assert r.returncode == 0, r.stderr
    assert (copia / "datos" / "aaips.sqlite3").is_file()


def test_nada_se_escribe_dentro_del_paquete(paquete, huella_inicial):
    """After all the runs above (database, migrations, OCR, window), the bundle is unchanged."""
    assert _huella(paquete) == huella_inicial
