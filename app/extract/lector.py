"""Abrir el PDF, decidir por página entre texto y OCR, y obtener palabras con caja.

- pypdfium2 abre y valida el archivo (contraseña, daño), da el texto con sus cajas y dibuja las
  páginas; pdfplumber es la segunda opinión cuando el texto de pdfium no sirve (ver
  :mod:`app.extract.texto_pdf`).
- Las páginas sin texto útil (sin texto, muy poco texto sobre una imagen grande, o basura
  tipo ``(cid:12)``) se leen con OCR (:mod:`app.extract.ocr`) en paralelo, tantas a la vez como
  núcleos tenga el equipo.

pdfium no es seguro entre hilos: todo lo que toca pypdfium2 o pdfplumber ocurre en el hilo que
llama; en los hilos de trabajo solo corren Pillow y los procesos de Tesseract.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from . import ocr
from .errores import ErrorLectura, PdfCifrado, PdfDanado, PdfDemasiadoGrande, PdfVacio, TesseractNoDisponible
from .modelo import Marca, PaginaLeida
from .texto_pdf import (
    MarcoPagina,
    caracteres_pdfium,
    es_basura,
    imagenes_pdfium,
    palabras_pdfium,
    palabras_pdfplumber,
    reglas_pdfium,
    rotar_caja,
)

log = logging.getLogger(__name__)

#: Páginas máximas de un certificado.
MAX_PAGINAS = 200
#: Tamaño máximo del archivo (bytes).
MAX_BYTES = 300 * 1024 * 1024
#: Píxeles máximos de una página dibujada para OCR; si se pasa, se baja la resolución.
MAX_PIXELES = 60_000_000
#: Resolución mínima aceptable para OCR; una página que exigiría menos es «demasiado grande».
DPI_MINIMO = 100
#: Con menos caracteres alfanuméricos que esto, la capa de texto se considera insuficiente
#: cuando una imagen cubre más de la mitad de la página (un escaneo con un pie de página o un
#: sello de fecha agregados como texto, p. ej.): la página se lee con OCR.
MIN_CARACTERES_TEXTO = 150
#: Fracción máxima de caracteres ilegibles («(cid:NN)», �, área privada) en una capa de texto útil.
MAX_FRACCION_BASURA = 0.15

Progreso = Callable[[int, int], None]


class ArchivoNoEncontrado(ErrorLectura):
    que_paso = "No se encontró el archivo del certificado."
    que_hacer = "Revise que no se haya movido, renombrado o borrado y vuelva a seleccionarlo."


def hilos_disponibles() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # Windows, macOS
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------------------------
# Apertura


_FIRMAS_IMAGEN = {
    b"\x89PNG": "una imagen PNG",
    b"\xff\xd8\xff": "una imagen JPG",
    b"II*\x00": "una imagen TIFF",
    b"MM\x00*": "una imagen TIFF",
    b"PK\x03\x04": "un archivo comprimido (ZIP, Word o Excel)",
    b"\xd0\xcf\x11\xe0": "un documento de Office antiguo",
}


def _validar_archivo(ruta: Path) -> None:
    if not ruta.exists() or not ruta.is_file():
        raise ArchivoNoEncontrado(ruta)
    tam = ruta.stat().st_size
    if tam == 0:
        raise PdfVacio(
            ruta,
            mensaje=f"«{ruta.name}»: El archivo está vacío (0 bytes); no contiene ningún certificado. "
            "Descárguelo de nuevo o pida al proveedor que se lo vuelva a enviar.",
        )
    if tam > MAX_BYTES:
        raise PdfDemasiadoGrande(ruta, motivo=f"{tam / 1_048_576:.0f} MB; el límite es {MAX_BYTES // 1_048_576} MB")
    with ruta.open("rb") as f:
        cabeza = f.read(1024)
    if b"%PDF-" not in cabeza:
        for firma, que in _FIRMAS_IMAGEN.items():
            if cabeza.startswith(firma):
                raise PdfDanado(
                    ruta,
                    mensaje=f"«{ruta.name}»: El archivo no es un PDF sino {que}. "
                    "Guárdelo o imprímalo como PDF (o pida el certificado en PDF) y cárguelo de nuevo.",
                )
        raise PdfDanado(ruta, detalle="sin encabezado %PDF-")


def _sin_paginas(ruta: Path, contrasena: str | None) -> bool:
    """pdfium no abre un PDF sin páginas; pdfminer sí, y así se distingue de uno dañado."""
    try:
        with pdfplumber.open(str(ruta), password=contrasena or "") as doc:
            return len(doc.pages) == 0
    except Exception:  # noqa: BLE001
        return False


def _error_sin_paginas(ruta: Path) -> PdfVacio:
    return PdfVacio(
        ruta,
        mensaje=f"«{ruta.name}»: El PDF no tiene ninguna página. Pida al proveedor el certificado completo.",
    )


def _abrir_pdfium(ruta: Path, contrasena: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(ruta), password=contrasena or None)
    except pdfium.PdfiumError as e:
        codigo = getattr(e, "err_code", None)
        if codigo == 4 or "password" in str(e).lower():
            raise PdfCifrado(ruta, contrasena_incorrecta=bool(contrasena), detalle=str(e)) from None
        if _sin_paginas(ruta, contrasena):
            raise _error_sin_paginas(ruta) from None
        raise PdfDanado(ruta, detalle=str(e)) from None
    except Exception as e:  # noqa: BLE001
        raise PdfDanado(ruta, detalle=repr(e)) from None


# --------------------------------------------------------------------------------------------
# Capa de texto


def evaluar_capa_texto(caracteres: list[str], errores_mapa: int, area_imagenes: float, area_pagina: float) -> tuple[bool, str]:
    """(sirve, motivo). Decide si la capa de texto de una página se puede usar.

    ``caracteres``: los caracteres visibles (sin espacios); ``errores_mapa``: cuántos no tienen
    traducción a Unicode según el PDF.
    """
    if not caracteres:
        return False, "sin texto"
    basura = errores_mapa + sum(1 for c in caracteres if c.startswith("(cid:") or es_basura(c))
    if basura / len(caracteres) > MAX_FRACCION_BASURA:
        return False, f"texto ilegible ({basura} de {len(caracteres)} caracteres son códigos sin traducción)"
    alnum = sum(1 for c in caracteres if c.isalnum())
    if alnum < MIN_CARACTERES_TEXTO and area_imagenes > 0.5 * area_pagina:
        return False, "poco texto sobre una imagen grande (escaneo)"
    letras = [c.lower() for c in caracteres if len(c) == 1 and c.isascii() and c.isalpha()]
    if len(letras) > 200:
        vocales = sum(1 for c in letras if c in "aeiouy")
        if not 0.12 <= vocales / len(letras) <= 0.75:
            return False, "texto ilegible (las letras no forman palabras)"
    return True, "texto"


def _area(cajas, ancho: float, alto: float) -> float:
    total = 0.0
    for x0, y0, x1, y1 in cajas:
        w = max(0.0, min(x1, ancho) - max(x0, 0.0))
        h = max(0.0, min(y1, alto) - max(y0, 0.0))
        total += w * h
    return total


# --------------------------------------------------------------------------------------------
# Lectura


def _dpi_para(ancho_pt: float, alto_pt: float, archivo: Path, numero: int) -> int:
    dpi = ocr.DPI_OCR
    pix = (ancho_pt * dpi / 72) * (alto_pt * dpi / 72)
    if pix > MAX_PIXELES:
        dpi = int(72 * math.sqrt(MAX_PIXELES / (ancho_pt * alto_pt)))
        if dpi < DPI_MINIMO:
            raise PdfDemasiadoGrande(
                archivo,
                motivo=f"la página {numero} mide {ancho_pt / 72 * 2.54:.0f} × {alto_pt / 72 * 2.54:.0f} cm",
            )
    return dpi


def _marcas_texto(
    pdf_pagina, imagenes: list, numero: int, rotacion: int, ancho: float, alto: float, cuadritos: int = 0
) -> list[Marca]:
    """Imágenes incrustadas, códigos QR (en imagen o dibujados con vectores) y tinta de color
    (sellos, firmas) en una página de texto.

    ``imagenes``: cajas en el marco mostrado. Se dibujan a 200 ppp solo esas zonas; la página
    entera se dibuja a 50 ppp para la tinta de color y a 150 ppp solo si tiene muchos cuadritos
    vectoriales (un QR dibujado). Todo es rápido.
    """
    marcas: list[Marca] = []
    chica = pdf_pagina.render(scale=50 / 72).to_pil().convert("RGB")
    for m in ocr.buscar_tinta_color(ocr.girar(chica, rotacion), 50 / 72, numero):
        marcas.append(m)
    if cuadritos >= 40:
        esc = 150 / 72
        img = ocr.girar(pdf_pagina.render(scale=esc).to_pil().convert("L"), rotacion)
        for q in ocr.buscar_qr_robusto(img):
            marcas.append(Marca("qr", numero, tuple(v / esc for v in q.caja), q.confianza, "código QR"))
    escala = 200 / 72
    grandes = [c for c in imagenes if (c[2] - c[0]) >= 25 and (c[3] - c[1]) >= 25]
    for caja_vista in grandes[:12]:
        caja = rotar_caja(caja_vista, rotacion, ancho, alto)
        marcas.append(Marca("imagen", numero, caja, 0.3, "imagen incrustada"))
        # Recorte en puntos desde cada borde de la página mostrada (izquierda, abajo, derecha, arriba).
        recorte = (
            max(0.0, caja_vista[0] - 4),
            max(0.0, alto - caja_vista[3] - 4),
            max(0.0, ancho - caja_vista[2] - 4),
            max(0.0, caja_vista[1] - 4),
        )
        if (ancho - recorte[0] - recorte[2]) * (alto - recorte[1] - recorte[3]) * escala * escala > MAX_PIXELES:
            continue
        try:
            img = pdf_pagina.render(scale=escala, crop=recorte).to_pil().convert("L")
        except Exception:  # noqa: BLE001
            continue
        for q in ocr.buscar_qr_robusto(img):
            x0 = recorte[0] + q.caja[0] / escala
            y0 = recorte[3] + q.caja[1] / escala
            x1 = recorte[0] + q.caja[2] / escala
            y1 = recorte[3] + q.caja[3] / escala
            marcas.append(Marca("qr", numero, rotar_caja((x0, y0, x1, y1), rotacion, ancho, alto), q.confianza, "código QR"))
    return marcas


def _procesar_ocr(rgb, dpi: int, numero: int, bandas: int, pool_bandas: ThreadPoolExecutor, idiomas: str) -> PaginaLeida:
    t0 = time.perf_counter()
    prep = ocr.preparar_pagina(rgb, dpi, numero)
    del rgb
    if prep.escritura:
        # OSD vio la escritura: chino, coreano o japonés se leen con sus datos (y inglés).
        idiomas = ocr.estado_tesseract().idiomas_para(prep.escritura)
    cortes = ocr.franjas(prep.limpia, bandas)
    img = prep.limpia
    if len(cortes) == 1:
        palabras = ocr.ocr_palabras(img, 0, prep.escala, numero, idiomas)
    else:
        futuros = [
            pool_bandas.submit(ocr.ocr_palabras, img.crop((0, a, img.width, b)), a, prep.escala, numero, idiomas)
            for a, b in cortes
        ]
        palabras = [p for f in futuros for p in f.result()]
    return PaginaLeida(
        numero=numero,
        metodo="ocr",
        rotacion=prep.rotacion,
        ancho=img.width / prep.escala,
        alto=img.height / prep.escala,
        palabras=palabras,
        marcas=prep.marcas,
        reglas=prep.reglas,
        segundos=time.perf_counter() - t0,
        conf_orientacion=prep.conf_orientacion,
    )


def leer_paginas(
    ruta: str | os.PathLike,
    *,
    contrasena: str | None = None,
    progreso: Progreso | None = None,
    max_paginas: int = MAX_PAGINAS,
    forzar_ocr: bool = False,
    hilos: int | None = None,
) -> tuple[list[PaginaLeida], list[str]]:
    """Lee todas las páginas (texto u OCR). Devuelve (páginas, advertencias)."""
    ruta = Path(ruta)
    _validar_archivo(ruta)
    pdf = _abrir_pdfium(ruta, contrasena)
    advertencias: list[str] = []
    try:
        total = len(pdf)
        if total == 0:
            raise _error_sin_paginas(ruta)
        if total > max_paginas:
            raise PdfDemasiadoGrande(ruta, motivo=f"{total} páginas; el límite es {max_paginas}")
        paginas: dict[int, PaginaLeida] = {}
        por_ocr: list[int] = []
        hechas = 0
        plumber = None
        plumber_fallo = False
        try:
            for i in range(total):
                t0 = time.perf_counter()
                pag = pdf[i]
                marco = MarcoPagina(pag)
                ancho, alto = marco.ancho, marco.alto
                palabras, rot, sirve, motivo = [], 0, False, "lectura forzada con OCR"
                imagenes: list = []
                if not forzar_ocr:
                    try:
                        texto, cajas, errores = caracteres_pdfium(pag)
                        imagenes = imagenes_pdfium(pag)
                        visibles = [c for c, k in zip(texto, cajas, strict=False) if k is not None]
                        sirve, motivo = evaluar_capa_texto(visibles, sum(errores), _area(imagenes, ancho, alto), ancho * alto)
                        if sirve:
                            palabras, rot = palabras_pdfium(pag, i + 1, texto, cajas, ancho, alto)
                    except Exception as e:  # noqa: BLE001
                        log.warning("pdfium no pudo leer el texto de la página %d: %r", i + 1, e)
                        sirve, motivo = False, "capa de texto dañada"
                    if not sirve and motivo != "sin texto" and not plumber_fallo:
                        # Segunda opinión: pdfminer decodifica algunas fuentes que pdfium no.
                        try:
                            if plumber is None:
                                plumber = pdfplumber.open(str(ruta), password=contrasena or "")
                            pp = plumber.pages[i]
                            chars = [c.get("text", "") for c in pp.chars if not c.get("text", "").isspace()]
                            sirve2, motivo2 = evaluar_capa_texto(chars, 0, _area(imagenes, ancho, alto), ancho * alto)
                            if sirve2:
                                palabras, rot = palabras_pdfplumber(pp, i + 1, ancho, alto)
                                sirve, motivo = bool(palabras), motivo2
                            pp.close()
                        except Exception as e:  # noqa: BLE001
                            log.warning("pdfplumber no pudo leer la página %d: %r", i + 1, e)
                            plumber_fallo = True
                if sirve and palabras:
                    a2, h2 = (alto, ancho) if rot in (90, 270) else (ancho, alto)
                    reglas, cuadritos = [], 0
                    try:
                        crudas, cuadritos = reglas_pdfium(pag)
                        reglas = [rotar_caja(c, rot, ancho, alto) for c in crudas]
                    except Exception as e:  # noqa: BLE001
                        log.warning("no se pudieron leer las líneas de la página %d: %r", i + 1, e)
                    marcas = []
                    try:
                        marcas = _marcas_texto(pag, imagenes, i + 1, rot, ancho, alto, cuadritos)
                    except Exception as e:  # noqa: BLE001 - las marcas son un extra
                        log.warning("no se pudieron buscar marcas en la página %d: %r", i + 1, e)
                    paginas[i] = PaginaLeida(
                        i + 1, "texto", rot, a2, h2, palabras, marcas, time.perf_counter() - t0, reglas=reglas
                    )
                    hechas += 1
                    if progreso:
                        progreso(hechas, total)
                else:
                    log.debug("página %d irá a OCR: %s", i + 1, motivo)
                    por_ocr.append(i)
        finally:
            if plumber is not None:
                plumber.close()

        if por_ocr:
            est = ocr.estado_tesseract()
            if not est.disponible:
                raise TesseractNoDisponible(ruta, problema=est.problema)
            if not est.tiene_osd:
                advertencias.append("Tesseract no tiene el idioma «osd»: no se corrigió la orientación de los escaneos.")
            n_hilos = hilos or hilos_disponibles()
            bandas = max(1, n_hilos // min(len(por_ocr), n_hilos))
            pendientes = list(por_ocr)
            with (
                ThreadPoolExecutor(n_hilos, thread_name_prefix="ocr-pag") as pool,
                ThreadPoolExecutor(n_hilos, thread_name_prefix="ocr-franja") as pool_bandas,
            ):
                futuros = {}
                try:
                    while pendientes or futuros:
                        while pendientes and len(futuros) < n_hilos + 1:
                            i = pendientes.pop(0)
                            pag = pdf[i]
                            ancho, alto = pag.get_size()  # marco mostrado
                            dpi = _dpi_para(ancho, alto, ruta, i + 1)
                            if dpi < ocr.DPI_OCR:
                                advertencias.append(f"La página {i + 1} es muy grande: se leyó a {dpi} ppp.")
                            rgb = pag.render(scale=dpi / 72).to_pil().convert("RGB")
                            f = pool.submit(_procesar_ocr, rgb, dpi, i + 1, bandas, pool_bandas, est.idiomas_ocr)
                            futuros[f] = i
                        listos, _ = wait(futuros, return_when=FIRST_COMPLETED)
                        for f in listos:
                            i = futuros.pop(f)
                            try:
                                paginas[i] = f.result()
                            except Exception as e:  # noqa: BLE001 - una página fallida no tumba el resto
                                log.warning("OCR falló en la página %d: %r", i + 1, e)
                                advertencias.append(f"No se pudo leer la página {i + 1} con OCR ({e}).")
                                w, h = pdf[i].get_size()
                                paginas[i] = PaginaLeida(i + 1, "ocr", 0, w, h, [], [])
                            hechas += 1
                            if progreso:
                                progreso(hechas, total)
                finally:
                    for f in futuros:
                        f.cancel()
    finally:
        pdf.close()

    ordenadas = [paginas[i] for i in sorted(paginas)]
    if not any(p.palabras for p in ordenadas):
        raise PdfVacio(ruta)
    return ordenadas, advertencias
