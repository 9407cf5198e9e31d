"""Piezas sueltas: fechas, cantidades con unidad, países, idioma, detección de QR."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PIL import Image

from app.extract.campos import leer_decimal
from app.extract.fechas import buscar_fechas
from app.extract.idioma import detectar_idioma
from app.extract.paises import buscar_paises, pais_al_final_de_direccion, pais_de_razon_social, pais_de_telefono
from app.extract.qr import buscar_qr


@pytest.mark.parametrize(
    "texto,iso,ambigua",
    [
        ("07.07.2025", "2025-07-07", False),
        ("13/07/2025", "2025-07-13", False),
        ("07/13/2025", "2025-07-13", False),  # mes/día estadounidense, sin ambigüedad
        ("11/03/2025", "2025-03-11", True),  # ambigua: día primero
        ("2025-07-07", "2025-07-07", False),
        ("2025/7/7", "2025-07-07", False),
        ("7 Jul 2025", "2025-07-07", False),
        ("07-JUL-25", "2025-07-07", False),
        ("July 7, 2025", "2025-07-07", False),
        ("7th July 2025", "2025-07-07", False),
        ("7 de julio de 2025", "2025-07-07", False),
        ("7. Juli 2025", "2025-07-07", False),
        ("7 Temmuz 2025", "2025-07-07", False),
        ("7 lipca 2025", "2025-07-07", False),
        ("2025年7月7日", "2025-07-07", False),
        ("2025년 7월 7일", "2025-07-07", False),
    ],
)
def test_fechas(texto, iso, ambigua):
    [f] = buscar_fechas(f"Date: {texto} ")
    assert f.fecha.isoformat() == iso
    assert f.ambigua is ambigua
    assert (f.confianza < 0.7) is ambigua


@pytest.mark.parametrize("texto", ["EN 10204:2004", "1.6587", "EN 10297-1:2003-06", "0,19 0,21", "Rev 2 12.2019", "S355J2+N"])
def test_no_son_fechas(texto):
    assert buscar_fechas(texto) == []


@pytest.mark.parametrize(
    "texto,factor,esperado",
    [
        ("24,800", 1, "24800"),  # kg con coma de miles
        ("24.800", 1, "24800"),  # kg con punto de miles
        ("24.800", 1000, "24.800"),  # toneladas con punto decimal
        ("24,430", 1000, "24.430"),  # toneladas con coma decimal
        ("1.234,5", 1, "1234.5"),
        ("1,234.5", 1, "1234.5"),
        ("24 800", 1, "24800"),
        ("5739.3", 1, "5739.3"),
        ("0,750", 1, "0.750"),
    ],
)
def test_decimales(texto, factor, esperado):
    assert leer_decimal(texto, Decimal(factor)) == Decimal(esperado)


def test_paises():
    assert buscar_paises("Iskenderun, Hatay 31200 / TURKEY")[0][2] == "TUR"
    assert buscar_paises("Aliağa / İzmir / TÜRKİYE")[0][2] == "TUR"
    assert buscar_paises("Made in P.R. China")[0][2] == "CHN"
    assert buscar_paises("中国江苏省常州市")[0][2] == "CHN"
    assert buscar_paises("47166 Duisburg, Deutschland")[0][2] == "DEU"
    assert pais_al_final_de_direccion("Linz 4040, AT") == "AUT"
    assert pais_al_final_de_direccion("DE") == "DEU"
    assert pais_al_final_de_direccion("Stahlstrasse 1") is None
    assert pais_de_telefono("Tel: +90 212 555 00 00") == "TUR"
    assert pais_de_razon_social("YAZICI DEMIR CELIK SANAYI VE TURIZM TICARET A.S.") == "TUR"
    assert pais_de_razon_social("Třinecké železárny, a.s.") is None  # «a.s.» checa: no se adivina


@pytest.mark.parametrize(
    "texto,codigo",
    [
        ("We hereby certify that the material described above has been tested and complies with the order.", "en"),
        ("Certificado de calidad: el material descrito cumple con la norma y con el pedido del cliente.", "es"),
        ("Wir bestätigen, dass die Lieferung den Vereinbarungen und der Bestellung entspricht.", "de"),
        ("Malzeme sipariş ve standart şartlarına uygun olarak üretilmiş ve muayene edilmiştir ve bu belge ile onaylanır.", "tr"),
        ("Świadectwo odbioru: wyroby są zgodne z zamówieniem i normą, data wydania certyfikatu.", "pl"),
        ("产品质量证明书 本产品经检验符合标准要求", "zh"),
        ("검사증명서 본 제품은 규격에 적합함을 증명합니다", "ko"),
    ],
)
def test_idioma(texto, codigo):
    assert detectar_idioma(texto)[0] == codigo


def test_qr_dibujado_se_detecta_y_texto_no():
    import io

    import pypdfium2 as pdfium
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen import canvas

    tampon = io.BytesIO()
    c = canvas.Canvas(tampon)
    w = QrCodeWidget("https://ejemplo.mx/certificado/123")
    d = Drawing(90, 90, transform=[90 / 33, 0, 0, 90 / 33, 0, 0])
    d.add(w)
    renderPDF.draw(d, c, 300, 500)
    c.setFont("Helvetica", 11)
    for i in range(20):
        c.drawString(60, 450 - 14 * i, "HEAT NO. 123456   C 0,19   Si 0,21   Mn 0,72   IIIIII ||| lll 000")
    c.showPage()
    c.save()
    img = pdfium.PdfDocument(tampon.getvalue())[0].render(scale=200 / 72).to_pil().convert("L")
    binaria = img.point(lambda v: 255 if v > 128 else 0)
    encontrados = buscar_qr(binaria)
    assert len(encontrados) == 1
    x0, y0, x1, y1 = (v * 72 / 200 for v in encontrados[0].caja)
    # El QR está donde se dibujó: a partir de x = 300 y por encima de los renglones de texto
    # (página carta de 792 pt; el texto empieza en y = 450 desde abajo).
    assert 295 < x0 and x1 - x0 > 50 and y1 < 792 - 450
    # Sin QR: solo texto y rayas, nada.
    solo_texto = Image.new("L", (800, 400), 255)
    assert buscar_qr(solo_texto) == []
