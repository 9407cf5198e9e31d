"""Documents kept with the expedientes (certificate PDFs): content-addressed copies, no Qt.

Each document is copied once into ``paths.documentos`` as ``<sha256>.pdf`` (the SHA-256 of its
bytes, lowercase hex). The same file read twice, or by two notices, is stored once; a record
points to it by its hash (``Certificado.extra["documento_sha256"]``), so renaming or moving the
original never loses it. Copies are atomic: a temporary file in the same folder, flushed to disk
and renamed into place, so a crash never leaves half a PDF under a valid name.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Protocol

BLOQUE = 1024 * 1024
EXTENSION = ".pdf"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class _ConDocumentos(Protocol):
    @property
    def documentos(self) -> Path: ...


class ErrorDocumento(OSError):
    """The document could not be kept (disk full, no permission...). ``str()`` is Spanish."""


def sha256_de(ruta: str | os.PathLike[str]) -> str:
    """SHA-256 of the file's bytes (lowercase hex), read in 1 MB blocks."""
    h = hashlib.sha256()
    with open(ruta, "rb") as f:
        while bloque := f.read(BLOQUE):
            h.update(bloque)
    return h.hexdigest()


def es_sha256(texto: str) -> bool:
    return bool(_SHA256.match(texto or ""))


def guardar_documento(paths: _ConDocumentos, ruta: str | os.PathLike[str]) -> tuple[str, Path]:
    """Keep a copy of ``ruta`` in ``paths.documentos``; returns ``(sha256, path of the copy)``.

    Idempotent: when a copy with that hash is already there (same size), nothing is written.
    A copy of the wrong size (an older, interrupted copy by other means) is replaced.

    :raises ErrorDocumento: the original cannot be read or the copy cannot be written.
    """
    origen = Path(ruta)
    carpeta = Path(paths.documentos)
    try:
        carpeta.mkdir(parents=True, exist_ok=True)
        # Hash and copy in one pass: the temporary copy is what gets its name from the hash, so a
        # file that changes while being read is stored under the hash of what was copied.
        h = hashlib.sha256()
        fd, tmp = tempfile.mkstemp(dir=carpeta, prefix=".copia-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as destino, origen.open("rb") as fuente:
                while bloque := fuente.read(BLOQUE):
                    h.update(bloque)
                    destino.write(bloque)
                destino.flush()
                os.fsync(destino.fileno())
            sha = h.hexdigest()
            final = carpeta / f"{sha}{EXTENSION}"
            if final.is_file() and final.stat().st_size == Path(tmp).stat().st_size:
                Path(tmp).unlink(missing_ok=True)
            else:
                os.replace(tmp, final)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise ErrorDocumento(
            f"No se pudo guardar una copia de «{origen.name}» en {carpeta}: {e.strerror or e}. "
            "Revise que haya espacio en el disco y permiso de escritura en la carpeta de datos."
        ) from e
    return sha, final


def ruta_documento(paths: _ConDocumentos, sha256: str) -> Path | None:
    """Path of the kept copy with that hash, or ``None`` when there is none (or the hash is not one)."""
    sha = (sha256 or "").strip().lower()
    if not es_sha256(sha):
        return None
    ruta = Path(paths.documentos) / f"{sha}{EXTENSION}"
    return ruta if ruta.is_file() else None


__all__ = ["ErrorDocumento", "guardar_documento", "ruta_documento", "sha256_de", "es_sha256"]
