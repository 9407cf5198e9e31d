"""PDFs malos: cada uno da la subclase correcta de ErrorLectura con un mensaje en español."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from app.extract import (
    ErrorLectura,
    PdfCifrado,
    PdfDanado,
    PdfDemasiadoGrande,
    PdfVacio,
    TesseractNoDisponible,
    configurar_tesseract,
    lector,
    leer_certificado,
    ocr,
)

from .conftest import requiere_tesseract


def _pdf_texto(ruta, paginas=1, encriptar=None):
    c = canvas.Canvas(str(ruta), encrypt=encriptar)
    for i in range(paginas):
        c.drawString(72, 720, f"MILL TEST CERTIFICATE   Certificate No.: TST-{i:04d}")
        c.drawString(72, 700, "Heat No.: 512345")
        c.showPage()
    c.save()
    return ruta


def _pdf_imagen(ruta, img: Image.Image, dpi=150):
    img.save(ruta, "PDF", resolution=dpi)
    return ruta


def _mensaje_para_capturista(e: ErrorLectura, nombre: str) -> str:
    texto = str(e)
    assert nombre in texto, texto
    assert "Traceback" not in texto and "Failed" not in texto and "PdfiumError" not in texto
    # Dice qué hacer (verbo en imperativo de la lista) y está en español.
    assert any(
        v in texto
        for v in ("Pida", "pida", "Revise", "Escriba", "Instale", "Descárguelo", "Separe", "Guárdelo", "Compruebe", "Ábralo")
    ), texto
    return texto


def test_cifrado_sin_contrasena(tmp_path):
    ruta = _pdf_texto(tmp_path / "cifrado.pdf", encriptar=pdfencrypt.StandardEncryption("secreto", canPrint=1))
    with pytest.raises(PdfCifrado) as e:
        leer_certificado(ruta)
    texto = _mensaje_para_capturista(e.value, "cifrado.pdf")
    assert "contraseña" in texto
    assert not e.value.contrasena_incorrecta


def test_cifrado_con_contrasena_incorrecta_y_correcta(tmp_path):
    ruta = _pdf_texto(tmp_path / "cifrado.pdf", encriptar=pdfencrypt.StandardEncryption("secreto", canPrint=1))
    with pytest.raises(PdfCifrado) as e:
        leer_certificado(ruta, contrasena="otra")
    assert e.value.contrasena_incorrecta
    assert "no abre" in _mensaje_para_capturista(e.value, "cifrado.pdf")
    lectura = leer_certificado(ruta, contrasena="secreto")
    assert lectura.valor("numero") == "TST-0000"
    assert lectura.valor("coladas") == ["512345"]


def test_truncado(tmp_path):
    bueno = _pdf_texto(tmp_path / "bueno.pdf").read_bytes()
    ruta = tmp_path / "truncado.pdf"
    ruta.write_bytes(bueno[: len(bueno) // 3])
    with pytest.raises(PdfDanado) as e:
        leer_certificado(ruta)
    _mensaje_para_capturista(e.value, "truncado.pdf")


def test_bytes_basura_con_encabezado_pdf(tmp_path):
    ruta = tmp_path / "basura.pdf"
    ruta.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with pytest.raises(PdfDanado):
        leer_certificado(ruta)


def test_archivo_vacio(tmp_path):
    ruta = tmp_path / "vacio.pdf"
    ruta.write_bytes(b"")
    with pytest.raises(PdfVacio) as e:
        leer_certificado(ruta)
    assert "vacío" in _mensaje_para_capturista(e.value, "vacio.pdf")


def test_pdf_sin_paginas(tmp_path):
    ruta = tmp_path / "sin_paginas.pdf"
    doc = pdfium.PdfDocument.new()
    doc.save(str(ruta))
    doc.close()
    with pytest.raises(PdfVacio) as e:
        leer_certificado(ruta)
    assert "ninguna página" in _mensaje_para_capturista(e.value, "sin_paginas.pdf")


def test_no_es_pdf(tmp_path):
    ruta = tmp_path / "notas.pdf"
    ruta.write_text("Esto es un archivo de texto con extensión equivocada.\n" * 20, encoding="utf-8")
    with pytest.raises(PdfDanado) as e:
        leer_certificado(ruta)
    _mensaje_para_capturista(e.value, "notas.pdf")


def test_imagen_con_extension_pdf(tmp_path):
    ruta = tmp_path / "foto.pdf"
    tampon = io.BytesIO()
    Image.new("RGB", (50, 50), "white").save(tampon, "PNG")
    ruta.write_bytes(tampon.getvalue())
    with pytest.raises(PdfDanado) as e:
        leer_certificado(ruta)
    assert "imagen PNG" in _mensaje_para_capturista(e.value, "foto.pdf")


def test_no_existe(tmp_path):
    with pytest.raises(ErrorLectura) as e:
        leer_certificado(tmp_path / "no_existe.pdf")
    _mensaje_para_capturista(e.value, "no_existe.pdf")


def test_demasiadas_paginas(tmp_path):
    ruta = _pdf_texto(tmp_path / "largo.pdf", paginas=3)
    with pytest.raises(PdfDemasiadoGrande) as e:
        leer_certificado(ruta, max_paginas=2)
    texto = _mensaje_para_capturista(e.value, "largo.pdf")
    assert "3 páginas" in texto and "2" in texto


def test_pagina_gigante_se_reduce_o_se_rechaza(tmp_path):
    # Página de 1 m x 1 m: se lee a menos resolución en vez de fallar.
    assert lector.DPI_MINIMO <= lector._dpi_para(2835, 2835, tmp_path / "x.pdf", 1) < ocr.DPI_OCR
    # Página de 5 m x 5 m: ni reduciendo cabe; se rechaza con un mensaje claro.
    with pytest.raises(PdfDemasiadoGrande) as e:
        lector._dpi_para(14170, 14170, tmp_path / "enorme.pdf", 1)
    assert "cm" in _mensaje_para_capturista(e.value, "enorme.pdf")


@requiere_tesseract
def test_escaneo_en_blanco(tmp_path):
    ruta = _pdf_imagen(tmp_path / "blanco.pdf", Image.new("RGB", (1240, 1754), "white"))
    with pytest.raises(PdfVacio) as e:
        leer_certificado(ruta)
    _mensaje_para_capturista(e.value, "blanco.pdf")


def test_sin_tesseract(tmp_path):
    """Sin Tesseract: un escaneo da TesseractNoDisponible; un PDF con texto se lee igual."""
    img = Image.new("RGB", (1240, 1754), "white")
    escaneo = _pdf_imagen(tmp_path / "escaneo.pdf", img)
    texto = _pdf_texto(tmp_path / "texto.pdf")
    original = ocr.pytesseract.pytesseract.tesseract_cmd
    try:
        configurar_tesseract(tmp_path / "no-hay-tesseract.exe")
        with pytest.raises(TesseractNoDisponible) as e:
            leer_certificado(escaneo)
        mensaje = _mensaje_para_capturista(e.value, "escaneo.pdf")
        assert "Tesseract" in mensaje and "spa" in mensaje
        assert leer_certificado(texto).valor("numero") == "TST-0000"
    finally:
        configurar_tesseract(original)
