"""Copies of the certificate PDFs kept with the expedientes: content-addressed, atomic, deduplicated."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from app.documentos import ErrorDocumento, es_sha256, guardar_documento, ruta_documento, sha256_de
from app.paths import Paths

RAIZ = Path(__file__).resolve().parent.parent


@pytest.fixture
def paths(tmp_path) -> Paths:
    return Paths(datos=tmp_path / "datos", programa=RAIZ)  # the folders are not created: the helper does it


def _pdf(ruta: Path, contenido: bytes = b"%PDF-1.4\n% un certificado\n%%EOF\n") -> Path:
    ruta.write_bytes(contenido)
    return ruta


def test_copia_con_nombre_por_contenido(paths, tmp_path):
    original = _pdf(tmp_path / "Certificado MTC 0457.PDF")
    sha, copia = guardar_documento(paths, original)
    assert sha == hashlib.sha256(original.read_bytes()).hexdigest() == sha256_de(original)
    assert copia == paths.documentos / f"{sha}.pdf"
    assert copia.read_bytes() == original.read_bytes()
    assert ruta_documento(paths, sha) == copia
    assert ruta_documento(paths, sha.upper()) == copia
    assert [p.name for p in paths.documentos.iterdir()] == [copia.name]  # no temporary left behind


def test_el_mismo_contenido_se_guarda_una_vez(paths, tmp_path):
    a = _pdf(tmp_path / "a.pdf")
    b = _pdf(tmp_path / "otro nombre.pdf")
    sha1, copia1 = guardar_documento(paths, a)
    antes = copia1.stat().st_mtime_ns
    sha2, copia2 = guardar_documento(paths, b)
    assert (sha1, copia1) == (sha2, copia2)
    assert copia1.stat().st_mtime_ns == antes  # not rewritten
    c = _pdf(tmp_path / "c.pdf", b"%PDF-1.4\n% otro\n%%EOF\n")
    sha3, _ = guardar_documento(paths, c)
    assert sha3 != sha1
    assert sorted(p.name for p in paths.documentos.iterdir()) == sorted([f"{sha1}.pdf", f"{sha3}.pdf"])


def test_una_copia_incompleta_se_reemplaza(paths, tmp_path):
    original = _pdf(tmp_path / "a.pdf")
    sha, copia = guardar_documento(paths, original)
    copia.write_bytes(b"%PDF-1.4\n% cortado")  # someone truncated it
    sha2, copia2 = guardar_documento(paths, original)
    assert (sha2, copia2) == (sha, copia) and copia.read_bytes() == original.read_bytes()


def test_el_original_se_puede_borrar_la_copia_queda(paths, tmp_path):
    original = _pdf(tmp_path / "a.pdf")
    sha, copia = guardar_documento(paths, original)
    original.unlink()
    assert ruta_documento(paths, sha) == copia and copia.is_file()


def test_hashes_invalidos_o_ausentes(paths):
    assert ruta_documento(paths, "") is None
    assert ruta_documento(paths, "../../etc/passwd") is None
    assert ruta_documento(paths, "0" * 64) is None  # well formed, not stored
    assert es_sha256("a" * 64) and not es_sha256("g" * 64) and not es_sha256("a" * 63)


def test_errores_en_espanol_y_sin_basura(paths, tmp_path):
    with pytest.raises(ErrorDocumento, match="No se pudo guardar una copia de «no_existe.pdf»"):
        guardar_documento(paths, tmp_path / "no_existe.pdf")
    assert not paths.documentos.exists() or not any(paths.documentos.iterdir())


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="permissions are not enforced here")
def test_carpeta_sin_permiso(paths, tmp_path):
    paths.documentos.mkdir(parents=True)
    paths.documentos.chmod(0o500)
    try:
        with pytest.raises(ErrorDocumento, match="permiso de escritura"):
            guardar_documento(paths, _pdf(tmp_path / "a.pdf"))
    finally:
        paths.documentos.chmod(0o700)
