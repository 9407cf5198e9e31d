"""Lector de certificados de molino y de calidad (PDF con texto o escaneado), sin Qt.

Uso::

    from app.extract import leer_certificado, ErrorLectura

    try:
        lectura = leer_certificado("mtc.pdf", progreso=lambda hechas, total: ...)
    except ErrorLectura as e:
        mostrar(str(e))          # mensaje en español: qué pasó y qué hacer
    else:
        datos = lectura.a_json()  # forma pública de «aaips extract --json» (spec/CONTRACT.md)

Cada campo encontrado trae su evidencia: página, caja ``[x0, y0, x1, y1]`` en puntos PDF de la
página tal como se ve **después de corregir la rotación** (origen arriba a la izquierda; la
corrección está en ``paginas[i]["rotacion"]``, grados en sentido horario), el texto de origen,
la confianza 0..1 y el método (``texto`` u ``ocr``). Un campo no encontrado no aparece.

Las llamadas bloquean (OCR: unos segundos por página); la interfaz debe hacerlas fuera del hilo
de la ventana. ``progreso(paginas_hechas, total)`` se llama desde el hilo que llamó, después de
cada página; si lanza una excepción, la lectura se cancela (se propaga esa excepción).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .campos import extraer_campos
from .errores import ErrorLectura, PdfCifrado, PdfDanado, PdfDemasiadoGrande, PdfVacio, TesseractNoDisponible
from .lector import MAX_BYTES, MAX_PAGINAS, MAX_PIXELES, ArchivoNoEncontrado, Progreso, leer_paginas
from .modelo import CAMPOS, Campo, Lectura, PaginaLeida, Palabra
from .ocr import configurar_tesseract, tesseract_disponible

__all__ = [
    "leer_certificado",
    "tesseract_disponible",
    "configurar_tesseract",
    "Lectura",
    "Campo",
    "PaginaLeida",
    "Palabra",
    "CAMPOS",
    "ErrorLectura",
    "PdfCifrado",
    "PdfDanado",
    "PdfVacio",
    "PdfDemasiadoGrande",
    "TesseractNoDisponible",
    "ArchivoNoEncontrado",
    "MAX_PAGINAS",
    "MAX_BYTES",
    "MAX_PIXELES",
]


def leer_certificado(
    ruta: str | os.PathLike,
    *,
    contrasena: str | None = None,
    progreso: Progreso | None = None,
    max_paginas: int = MAX_PAGINAS,
    forzar_ocr: bool = False,
    hilos: int | None = None,
) -> Lectura:
    """Lee un certificado PDF y devuelve los campos de la regla R3 con su evidencia.

    :param contrasena: contraseña del PDF, si la tiene.
    :param progreso: ``progreso(paginas_hechas, total)`` tras cada página.
    :param max_paginas: límite de páginas (``PdfDemasiadoGrande`` si se excede).
    :param forzar_ocr: leer con OCR aunque la página tenga texto (diagnóstico).
    :param hilos: procesos de Tesseract simultáneos (por omisión, uno por núcleo).
    :raises ErrorLectura: o una subclase, con un mensaje en español para el capturista.
    """
    t0 = time.perf_counter()
    paginas, advertencias = leer_paginas(
        ruta,
        contrasena=contrasena,
        progreso=progreso,
        max_paginas=max_paginas,
        forzar_ocr=forzar_ocr,
        hilos=hilos,
    )
    campos, tipo, mas_advertencias = extraer_campos(paginas)
    return Lectura(
        archivo=Path(ruta).name,
        paginas=paginas,
        tipo_probable=tipo,
        campos=campos,
        advertencias=advertencias + mas_advertencias,
        segundos=time.perf_counter() - t0,
    )
