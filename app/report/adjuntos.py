"""Attachments in the strict form VUCEM accepts, checked and converted without touching the original.

VUCEM (the Ventanilla Digital) accepts an attachment only as a PDF without password, PDF version
1.4, with its images at 300 dpi in grayscale and at most 3 MB per file (the limits public tools
describe; they live in :class:`LimitesVucem` so they can change without code changes).

* :func:`revisar_adjunto` says what is wrong with a file, as a list of :class:`Problema`
  (a stable ``codigo`` and a Spanish ``mensaje``); an empty list means VUCEM should take it.
* :func:`convertir_adjunto` renders every page (pypdfium2) at the required dpi, to 8-bit
  grayscale, recompresses it as JPEG and writes PDF 1.4 files that pass :func:`revisar_adjunto`,
  split into ``nombre_parte1.pdf``, ``nombre_parte2.pdf``... when one file would exceed the
  size limit. Images (JPG, PNG, TIFF) are accepted as input too.

JPEG quality, measured: a scan-like 300-dpi page with 4-5 pt text and heavy noise is read by
Tesseract without a single error from quality 25 up (99.5% at 15-20, 97.7% at 10), so pages are
written at quality 50 and, only when one page alone does not fit the size limit, lowered step by
step down to 25, never below.
"""

from __future__ import annotations

import io
import math
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, UnidentifiedImageError

__all__ = [
    "CALIDADES_JPEG",
    "ErrorAdjunto",
    "LimitesVucem",
    "Problema",
    "convertir_adjunto",
    "revisar_adjunto",
]

# Quality steps tried for each page; the last one is the floor that still keeps small text OCR-able.
CALIDADES_JPEG: tuple[int, ...] = (50, 40, 30, 25)
# Bytes a page adds to a file besides its JPEG (page, content and image objects, xref lines): < 600.
SOBRECARGA_PAGINA = 1024
TOLERANCIA_DPI = 0.10  # ±10 %
MAX_LADO_PX = 20000  # a page larger than ~66 inches at 300 dpi is not a document page

# Problem codes (stable: the GUI and the tests use them).
NO_ENCONTRADO = "NO_ENCONTRADO"
NO_ES_PDF = "NO_ES_PDF"
DANADO = "PDF_DANADO"
CIFRADO = "PDF_CON_CONTRASENA"
VERSION = "VERSION_PDF"
TAMANO = "TAMANO_EXCEDIDO"
DPI = "RESOLUCION_INCORRECTA"
COLOR = "IMAGEN_EN_COLOR"


@dataclass(frozen=True, slots=True)
class LimitesVucem:
    """What VUCEM accepts for an attachment. Settings, not truths: change them if VUCEM does."""

    max_bytes: int = 3 * 1024 * 1024
    dpi: int = 300
    escala_grises: bool = True
    version_pdf: str = "1.4"

    def texto(self) -> str:
        """One Spanish line for screens and the printed checklist."""
        mb = self.max_bytes / (1024 * 1024)
        tam = f"{mb:g} MB" if mb >= 1 else f"{self.max_bytes // 1024} KB"
        color = "en escala de grises" if self.escala_grises else "a color o en grises"
        return f"PDF {self.version_pdf} sin contraseña, imágenes a {self.dpi} dpi {color}, máximo {tam} por archivo"


@dataclass(frozen=True, slots=True)
class Problema:
    """One reason VUCEM would refuse the file; ``mensaje`` is Spanish and says what to do."""

    codigo: str
    mensaje: str
    pagina: int | None = None  # 1-based page, when the problem is on one page

    def __str__(self) -> str:
        return self.mensaje


class ErrorAdjunto(Exception):
    """A file that cannot be converted; ``str()`` is one Spanish sentence for the clerk."""


# ------------------------------------------------------------------------------------------
# small helpers


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.2f} MB".replace(".", ",") if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def _version_tupla(v: str) -> tuple[int, ...]:
    try:
        return tuple(int(x) for x in v.strip().split("."))
    except ValueError:
        return (99,)


_CABECERA = re.compile(rb"%PDF-(\d\.\d)")
_VERSION_CATALOGO = re.compile(rb"/Version\s*/(\d\.\d)")


def _leer_cabecera(ruta: Path) -> tuple[bytes, bytes]:
    """First and last KB of the file."""
    with ruta.open("rb") as fh:
        inicio = fh.read(1024)
        fh.seek(0, os.SEEK_END)
        n = fh.tell()
        fh.seek(max(0, n - 2048))
        fin = fh.read()
    return inicio, fin


def _tipo_imagen(inicio: bytes) -> str | None:
    firmas = {
        b"\xff\xd8\xff": "JPG", b"\x89PNG": "PNG", b"II*\x00": "TIFF", b"MM\x00*": "TIFF",
        b"GIF8": "GIF", b"BM": "BMP",
    }
    for firma, nombre in firmas.items():
        if inicio.startswith(firma):
            return nombre
    if inicio[:4] == b"RIFF" and inicio[8:12] == b"WEBP":
        return "WEBP"
    return None


def _abrir_pdf(ruta: Path) -> pdfium.PdfDocument:
    """Open with pdfium or raise :class:`ErrorAdjunto` (password, damaged)."""
    try:
        return pdfium.PdfDocument(ruta)
    except pdfium.PdfiumError as e:
        if e.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ErrorAdjunto(
                f"El archivo «{ruta.name}» está protegido con contraseña. VUCEM no acepta archivos con "
                "contraseña: ábralo con la contraseña, guárdelo o imprímalo a PDF sin protección y vuelva a intentarlo."
            ) from None
        if e.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise ErrorAdjunto(
                f"El archivo «{ruta.name}» usa un cifrado que no se puede abrir. Pida al emisor una copia sin protección."
            ) from None
        raise ErrorAdjunto(
            f"El archivo «{ruta.name}» está dañado y no se puede leer como PDF. Pida una copia nueva o vuelva a escanear el documento."
        ) from None


def _cifrado(pdf: pdfium.PdfDocument) -> bool:
    return pdfium_c.FPDF_GetSecurityHandlerRevision(pdf) != -1


def _puede_imprimir(pdf: pdfium.PdfDocument) -> bool:
    permisos = pdfium_c.FPDF_GetDocPermissions(pdf) & 0xFFFFFFFF
    return bool(permisos & (1 << 2))  # bit 3: print


# ------------------------------------------------------------------------------------------
# image measurements


@dataclass(frozen=True, slots=True)
class _MedidaImagen:
    pagina: int
    dpi_x: float
    dpi_y: float
    color: bool


_GRISES = {pdfium_c.FPDF_COLORSPACE_DEVICEGRAY, pdfium_c.FPDF_COLORSPACE_CALGRAY, pdfium_c.FPDF_COLORSPACE_SEPARATION}
_COLOR = {
    pdfium_c.FPDF_COLORSPACE_DEVICERGB, pdfium_c.FPDF_COLORSPACE_CALRGB, pdfium_c.FPDF_COLORSPACE_DEVICECMYK,
    pdfium_c.FPDF_COLORSPACE_LAB, pdfium_c.FPDF_COLORSPACE_DEVICEN, pdfium_c.FPDF_COLORSPACE_INDEXED,
    pdfium_c.FPDF_COLORSPACE_PATTERN,
}


def _es_color(espacio: int, bpp: int) -> bool:
    if espacio in _GRISES:
        return False
    if espacio in _COLOR:
        return True
    # ICCBased or unknown (image masks): the number of bits per pixel tells the components.
    return bpp not in (0, 1, 2, 4, 8, 16)


def _imagenes(pagina: pdfium.PdfPage, numero: int) -> list[_MedidaImagen]:
    """Every image of a page (inside Form XObjects too), with its effective dpi on the page."""
    medidas: list[_MedidaImagen] = []

    def recorrer(form: pdfium.PdfObject | None, base: tuple[float, float, float, float]) -> None:
        for obj in pagina.get_objects(max_depth=1, form=form):
            m = obj.get_matrix()
            a, b, c, d = m.a, m.b, m.c, m.d
            A, B, C, D = base  # compose: page vector = base · object vector
            compuesta = (A * a + C * b, B * a + D * b, A * c + C * d, B * c + D * d)
            if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM:
                recorrer(obj, compuesta)
            elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                try:
                    w, h = obj.get_px_size()
                    meta = obj.get_metadata()
                except pdfium.PdfiumError:
                    continue
                ancho_pt = math.hypot(compuesta[0], compuesta[1])
                alto_pt = math.hypot(compuesta[2], compuesta[3])
                if ancho_pt < 1 or alto_pt < 1 or w <= 1 or h <= 1:
                    continue  # invisible or a 1-pixel fill: nothing VUCEM looks at
                medidas.append(_MedidaImagen(
                    numero, w / (ancho_pt / 72), h / (alto_pt / 72),
                    _es_color(int(meta.colorspace), int(meta.bits_per_pixel)),
                ))

    recorrer(None, (1.0, 0.0, 0.0, 1.0))
    return medidas


def _fuera_de_tolerancia(dpi: float, objetivo: int) -> bool:
    return abs(dpi - objetivo) > objetivo * TOLERANCIA_DPI


# ------------------------------------------------------------------------------------------
# checking


def revisar_adjunto(ruta: Path | str, limites: LimitesVucem = LimitesVucem()) -> list[Problema]:
    """Everything that would make VUCEM refuse ``ruta``; an empty list when it complies."""
    ruta = Path(ruta)
    nombre = ruta.name
    if not ruta.is_file():
        return [Problema(NO_ENCONTRADO, f"No se encontró el archivo «{ruta}».")]
    problemas: list[Problema] = []
    tamano = ruta.stat().st_size
    if tamano > limites.max_bytes:
        problemas.append(Problema(
            TAMANO,
            f"«{nombre}» pesa {_mb(tamano)} y VUCEM acepta hasta {_mb(limites.max_bytes)} por archivo. "
            "Conviértalo con «Preparar para VUCEM»: se comprime y, si hace falta, se divide en partes.",
        ))
    inicio, fin = _leer_cabecera(ruta)
    if tamano == 0 or not _CABECERA.search(inicio):
        tipo = _tipo_imagen(inicio)
        que = f"es una imagen {tipo}" if tipo else "no es un PDF"
        problemas.append(Problema(
            NO_ES_PDF, f"«{nombre}» {que}; VUCEM solo acepta PDF. Conviértalo con «Preparar para VUCEM».",
        ))
        return problemas

    version = _CABECERA.search(inicio).group(1).decode()  # type: ignore[union-attr]
    catalogo = [m.decode() for m in _VERSION_CATALOGO.findall(fin)]
    declarada = max([version, *catalogo], key=_version_tupla)
    if _version_tupla(declarada) > _version_tupla(limites.version_pdf):
        problemas.append(Problema(
            VERSION,
            f"«{nombre}» es PDF versión {declarada}; VUCEM pide versión {limites.version_pdf}. "
            "Conviértalo con «Preparar para VUCEM».",
        ))
    if b"%%EOF" not in fin:
        problemas.append(Problema(
            DANADO, f"«{nombre}» está incompleto (el archivo termina antes de tiempo); puede estar dañado. "
            "Descárguelo o escanéelo de nuevo.",
        ))

    try:
        pdf = _abrir_pdf(ruta)
    except ErrorAdjunto as e:
        codigo = CIFRADO if "contraseña" in str(e) or "cifrado" in str(e) else DANADO
        problemas.append(Problema(codigo, str(e)))
        return problemas
    try:
        if _cifrado(pdf):
            problemas.append(Problema(
                CIFRADO,
                f"«{nombre}» está cifrado (tiene contraseña de propietario o restricciones). VUCEM no acepta PDF "
                "protegidos: conviértalo con «Preparar para VUCEM» para obtener una copia sin protección.",
            ))
        n = len(pdf)
        if n == 0:
            problemas.append(Problema(DANADO, f"«{nombre}» no tiene páginas; puede estar dañado."))
            return problemas
        medidas: list[_MedidaImagen] = []
        for i in range(n):
            try:
                pagina = pdf[i]
            except pdfium.PdfiumError:
                problemas.append(Problema(DANADO, f"La página {i + 1} de «{nombre}» está dañada y no se puede leer.", i + 1))
                continue
            try:
                medidas.extend(_imagenes(pagina, i + 1))
            finally:
                pagina.close()
    finally:
        pdf.close()

    problemas.extend(_problemas_de_imagenes(nombre, medidas, limites))
    return problemas


def _lista_paginas(paginas: list[int]) -> str:
    paginas = sorted(set(paginas))
    texto = ", ".join(str(p) for p in paginas[:12]) + (f" y {len(paginas) - 12} más" if len(paginas) > 12 else "")
    return ("la página " if len(paginas) == 1 else "las páginas ") + texto


def _problemas_de_imagenes(nombre: str, medidas: list[_MedidaImagen], limites: LimitesVucem) -> list[Problema]:
    problemas: list[Problema] = []
    fuera = [m for m in medidas if _fuera_de_tolerancia(m.dpi_x, limites.dpi) or _fuera_de_tolerancia(m.dpi_y, limites.dpi)]
    if fuera:
        valores = sorted({round(min(m.dpi_x, m.dpi_y)) for m in fuera} | {round(max(m.dpi_x, m.dpi_y)) for m in fuera})
        dpis = ", ".join(str(v) for v in valores[:6])
        paginas = [m.pagina for m in fuera]
        problemas.append(Problema(
            DPI,
            f"«{nombre}» tiene imágenes a {dpis} dpi en {_lista_paginas(paginas)}; VUCEM pide {limites.dpi} dpi "
            f"(±{round(TOLERANCIA_DPI * 100)}%). Conviértalo con «Preparar para VUCEM».",
            paginas[0] if len(set(paginas)) == 1 else None,
        ))
    if limites.escala_grises:
        color = [m.pagina for m in medidas if m.color]
        if color:
            problemas.append(Problema(
                COLOR,
                f"«{nombre}» tiene imágenes a color en {_lista_paginas(color)}; VUCEM pide escala de grises. "
                "Conviértalo con «Preparar para VUCEM».",
                color[0] if len(set(color)) == 1 else None,
            ))
    return problemas


# ------------------------------------------------------------------------------------------
# writing PDF 1.4 with one JPEG per page


@dataclass(frozen=True, slots=True)
class _PaginaJpeg:
    jpeg: bytes
    ancho_px: int
    alto_px: int
    ancho_pt: float
    alto_pt: float
    gris: bool


def _num(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def _pdf(paginas: list[_PaginaJpeg], version: str) -> bytes:
    """A minimal, standard PDF: catalog, page tree, and per page one image drawn full-page."""
    objetos: list[bytes] = []  # object i+1
    n = len(paginas)
    # 1 catalog, 2 pages, then per page: page, content, image
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(n))
    objetos.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objetos.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for i, p in enumerate(paginas):
        base = 3 + 3 * i
        w, h = _num(p.ancho_pt), _num(p.alto_pt)
        objetos.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Contents {base + 1} 0 R "
            f"/Resources << /XObject << /Im0 {base + 2} 0 R >> /ProcSet [/PDF /ImageB /ImageC] >> >>".encode()
        )
        contenido = f"q {w} 0 0 {h} 0 0 cm /Im0 Do Q".encode()
        objetos.append(b"<< /Length %d >>\nstream\n" % len(contenido) + contenido + b"\nendstream")
        espacio = "/DeviceGray" if p.gris else "/DeviceRGB"
        objetos.append(
            f"<< /Type /XObject /Subtype /Image /Width {p.ancho_px} /Height {p.alto_px} /ColorSpace {espacio} "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(p.jpeg)} >>\nstream\n".encode()
            + p.jpeg + b"\nendstream"
        )
    salida = io.BytesIO()
    salida.write(f"%PDF-{version}\n".encode() + b"%\xe2\xe3\xcf\xd3\n")
    posiciones = []
    for i, cuerpo in enumerate(objetos, start=1):
        posiciones.append(salida.tell())
        salida.write(f"{i} 0 obj\n".encode() + cuerpo + b"\nendobj\n")
    xref = salida.tell()
    salida.write(f"xref\n0 {len(objetos) + 1}\n0000000000 65535 f \n".encode())
    for pos in posiciones:
        salida.write(f"{pos:010d} 00000 n \n".encode())
    salida.write(f"trailer\n<< /Size {len(objetos) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return salida.getvalue()


def _jpeg(imagen: Image.Image, calidad: int) -> bytes:
    buf = io.BytesIO()
    imagen.save(buf, "JPEG", quality=calidad)
    return buf.getvalue()


def _pagina_que_cabe(imagen: Image.Image, numero: int, ancho_pt: float, alto_pt: float,
                     limites: LimitesVucem, nombre: str) -> _PaginaJpeg:
    """Encode one page, lowering the JPEG quality step by step until it fits in one file."""
    gris = imagen.mode == "L"
    tamano = 0
    for calidad in CALIDADES_JPEG:
        jpeg = _jpeg(imagen, calidad)
        pagina = _PaginaJpeg(jpeg, imagen.width, imagen.height, ancho_pt, alto_pt, gris)
        tamano = len(_pdf([pagina], limites.version_pdf))
        if tamano <= limites.max_bytes:
            return pagina
    raise ErrorAdjunto(
        f"La página {numero} de «{nombre}» ocupa {_mb(tamano)} a {limites.dpi} dpi aun con la mayor compresión que "
        f"conserva legible el texto, y VUCEM acepta hasta {_mb(limites.max_bytes)} por archivo. Escanéela de nuevo "
        "con fondo blanco y sin sombras (o en un tamaño de papel menor) y vuelva a intentarlo."
    )


# ------------------------------------------------------------------------------------------
# reading the source pages


Progreso = Callable[[int, int], object]


def _paginas_pdf(ruta: Path, limites: LimitesVucem):
    """Yield (total, page number, PIL image, width pt, height pt) rendering each page at the dpi."""
    pdf = _abrir_pdf(ruta)
    try:
        if _cifrado(pdf) and not _puede_imprimir(pdf):
            raise ErrorAdjunto(
                f"El archivo «{ruta.name}» está protegido: su autor no permite imprimirlo ni copiarlo. "
                "Pida al emisor una copia sin protección."
            )
        total = len(pdf)
        if total == 0:
            raise ErrorAdjunto(f"El archivo «{ruta.name}» no tiene páginas; puede estar dañado.")
        escala = limites.dpi / 72
        for i in range(total):
            try:
                pagina = pdf[i]
            except pdfium.PdfiumError:
                raise ErrorAdjunto(f"La página {i + 1} de «{ruta.name}» está dañada y no se puede leer.") from None
            try:
                ancho, alto = pagina.get_size()
                if max(ancho, alto) * escala > MAX_LADO_PX:
                    raise ErrorAdjunto(
                        f"La página {i + 1} de «{ruta.name}» mide {ancho / 72:.0f} × {alto / 72:.0f} pulgadas; "
                        "no es una página de documento que VUCEM pueda recibir."
                    )
                mapa = pagina.render(scale=escala, grayscale=limites.escala_grises)
                imagen = mapa.to_pil()
                mapa.close()
            finally:
                pagina.close()
            imagen = imagen.convert("L" if limites.escala_grises else "RGB")
            if (imagen.width > imagen.height) != (ancho > alto):  # a rotated page
                ancho, alto = alto, ancho
            # the original page size: the image fills it at the dpi (pdfium rounds the pixels up by < 1)
            yield total, i + 1, imagen, ancho, alto
    finally:
        pdf.close()


def _paginas_imagen(ruta: Path, limites: LimitesVucem):
    """Yield the frames of an image file (JPG, PNG, TIFF...), resampled to the dpi."""
    try:
        origen = Image.open(ruta)
    except (UnidentifiedImageError, OSError):
        raise ErrorAdjunto(
            f"El archivo «{ruta.name}» no es un PDF ni una imagen que se pueda leer. VUCEM solo acepta PDF."
        ) from None
    with origen:
        total = getattr(origen, "n_frames", 1)
        for i in range(total):
            origen.seek(i)
            cuadro = origen.copy()
            dpi = cuadro.info.get("dpi", (0, 0))
            try:
                dx, dy = float(dpi[0]), float(dpi[1])
            except (TypeError, ValueError, IndexError):
                dx = dy = 0.0
            if not (50 <= dx <= 1200 and 50 <= dy <= 1200):
                dx = dy = float(limites.dpi)  # no usable dpi in the file: take it as already at the dpi
            ancho = max(1, round(cuadro.width * limites.dpi / dx))
            alto = max(1, round(cuadro.height * limites.dpi / dy))
            if max(ancho, alto) > MAX_LADO_PX:
                raise ErrorAdjunto(f"La imagen {i + 1} de «{ruta.name}» es demasiado grande para una página.")
            if cuadro.mode in ("RGBA", "LA", "P", "PA"):
                cuadro = cuadro.convert("RGBA")
                fondo = Image.new("RGBA", cuadro.size, (255, 255, 255, 255))
                cuadro = Image.alpha_composite(fondo, cuadro)
            cuadro = cuadro.convert("L" if limites.escala_grises else "RGB")
            if (ancho, alto) != cuadro.size:
                cuadro = cuadro.resize((ancho, alto), Image.Resampling.LANCZOS)
            yield total, i + 1, cuadro, ancho * 72 / limites.dpi, alto * 72 / limites.dpi


# ------------------------------------------------------------------------------------------
# converting


def _destinos(carpeta: Path, base: str, partes: int, original: Path) -> list[Path]:
    """``base.pdf`` or ``base_parte1.pdf``...; ``base_vucem`` when that would be the original file."""

    def nombres(b: str) -> list[Path]:
        if partes == 1:
            return [carpeta / f"{b}.pdf"]
        return [carpeta / f"{b}_parte{i}.pdf" for i in range(1, partes + 1)]

    rutas = nombres(base)
    if any(r.resolve() == original for r in rutas):  # never overwrite the original
        rutas = nombres(f"{base}_vucem")
    return rutas


def convertir_adjunto(
    ruta: Path | str,
    carpeta_destino: Path | str,
    limites: LimitesVucem = LimitesVucem(),
    *,
    progreso: Progreso | None = None,
) -> list[Path]:
    """Write VUCEM-ready copies of ``ruta`` into ``carpeta_destino`` and return their paths.

    The original is only read. Each page is rendered at ``limites.dpi``, in 8-bit grayscale (when
    ``limites.escala_grises``), JPEG-compressed, and the pages are packed into PDF files of at most
    ``limites.max_bytes``: ``nombre.pdf`` when they fit in one, ``nombre_parte1.pdf``,
    ``nombre_parte2.pdf``... otherwise. ``progreso(pagina, total)`` is called after each page;
    if it returns ``False`` the conversion stops with :class:`ErrorAdjunto` and nothing is left.

    Raises :class:`ErrorAdjunto` (Spanish message) for a password-protected, damaged or unreadable
    file, or a page that does not fit the size limit even at the lowest JPEG quality.
    """
    ruta = Path(ruta)
    carpeta = Path(carpeta_destino)
    if not ruta.is_file():
        raise ErrorAdjunto(f"No se encontró el archivo «{ruta}».")
    try:
        carpeta.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ErrorAdjunto(f"No se pudo crear la carpeta «{carpeta}»: {e.strerror or e}.") from None
    inicio, _ = _leer_cabecera(ruta)
    es_pdf = bool(_CABECERA.search(inicio))
    fuente = _paginas_pdf(ruta, limites) if es_pdf else _paginas_imagen(ruta, limites)

    temporales: list[Path] = []
    actual: list[_PaginaJpeg] = []
    tamano_actual = 0

    def volcar() -> None:
        nonlocal actual, tamano_actual
        if not actual:
            return
        datos = _pdf(actual, limites.version_pdf)
        fd, tmp = tempfile.mkstemp(dir=carpeta, prefix=".aaips-", suffix=".pdf.tmp")
        temporales.append(Path(tmp))
        with os.fdopen(fd, "wb") as fh:
            fh.write(datos)
        actual, tamano_actual = [], 0

    try:
        for total, numero, imagen, ancho_pt, alto_pt in fuente:
            pagina = _pagina_que_cabe(imagen, numero, ancho_pt, alto_pt, limites, ruta.name)
            del imagen
            if actual and tamano_actual + len(pagina.jpeg) + SOBRECARGA_PAGINA > limites.max_bytes:
                volcar()
            if not actual:
                tamano_actual = len(_pdf([pagina], limites.version_pdf))  # exact; fits (checked above)
            else:
                tamano_actual += len(pagina.jpeg) + SOBRECARGA_PAGINA  # an upper bound
            actual.append(pagina)
            if progreso is not None and progreso(numero, total) is False:
                raise ErrorAdjunto("Conversión cancelada; no se escribió ningún archivo.")
        volcar()
        rutas = _destinos(carpeta, ruta.stem, len(temporales), ruta.resolve())
        for tmp, final in zip(temporales, rutas, strict=True):
            os.replace(tmp, final)
        temporales.clear()
    except OSError as e:
        raise ErrorAdjunto(f"No se pudo escribir en «{carpeta}»: {e.strerror or e}.") from None
    finally:
        for tmp in temporales:
            tmp.unlink(missing_ok=True)
        fuente.close()

    for r in rutas:  # what we write must be what VUCEM takes
        problemas = revisar_adjunto(r, limites)
        if problemas:  # pragma: no cover - would be a bug of this module
            raise ErrorAdjunto(f"El archivo convertido «{r.name}» no cumple: {problemas[0].mensaje}")
    return rutas
