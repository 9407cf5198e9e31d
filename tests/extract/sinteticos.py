"""Certificados sintéticos para probar el lector con formatos e idiomas distintos.

Cada generador dibuja con reportlab un certificado con un diseño propio (formulario en inglés,
rejilla de encabezados en español, alemán, turco, chino, coreano, tabla que sigue en otra
página) y devuelve las respuestas esperadas. :func:`escanear` convierte un PDF con texto en uno
de solo imagen (girado, inclinado, con ruido y compresión JPEG), como un escaneo.

Fuentes: DejaVu Sans si está en el equipo (acentos turcos y polacos); si no, Helvetica con el
texto transliterado a ASCII. Chino y coreano usan las fuentes CID integradas en reportlab
(STSong-Light, HYSMyeongJo-Medium), que no necesitan archivos; como Tesseract no tiene datos de
chino ni coreano aquí, esos dos solo se prueban con capa de texto.
"""

from __future__ import annotations

import io
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_DEJAVU = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("C:/Windows/Fonts/DejaVuSans.ttf"),
]
_ARIAL = [Path("C:/Windows/Fonts/arial.ttf"), Path("/Library/Fonts/Arial.ttf")]


def _registrar_fuentes() -> tuple[str, str, bool]:
    """(fuente normal, negrita, soporta_unicode)."""
    for ruta in _DEJAVU + _ARIAL:
        if ruta.exists():
            negrita = ruta.with_name(ruta.stem + "-Bold" + ruta.suffix)
            if not negrita.exists():
                negrita = ruta.with_name("arialbd.ttf") if "arial" in ruta.name else ruta
            try:
                pdfmetrics.registerFont(TTFont("Sint", str(ruta)))
                pdfmetrics.registerFont(TTFont("Sint-Bold", str(negrita)))
                return "Sint", "Sint-Bold", True
            except Exception:  # noqa: BLE001
                continue
    return "Helvetica", "Helvetica-Bold", False


FUENTE, NEGRITA, UNICODE = _registrar_fuentes()
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))

AZUL = Color(0.1, 0.2, 0.75)
ROJO = Color(0.8, 0.1, 0.15)


def _t(texto: str) -> str:
    """Translitera a ASCII si la fuente no tiene los acentos (Helvetica: ş, ğ, ı, ł...)."""
    if UNICODE:
        return texto
    texto = texto.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", texto) if not unicodedata.combining(c))


@dataclass
class Esperado:
    numero: str | None
    fecha: str | None
    coladas: list[str]
    productor: str | None
    pais: str | None
    volumen_kg: str | None
    idioma: str | None
    tipo: str | None = "molino"
    firma: bool = True
    norma_contiene: str | None = None
    descripcion_contiene: list[str] = field(default_factory=list)


@dataclass
class Sintetico:
    nombre: str
    ruta: Path
    esperado: Esperado
    paginas: int = 1


# --------------------------------------------------------------------------------------------
# Piezas de dibujo


def _qr(c: canvas.Canvas, x: float, y: float, tam: float, texto: str) -> None:
    w = QrCodeWidget(texto)
    b = w.getBounds()
    d = Drawing(tam, tam, transform=[tam / (b[2] - b[0]), 0, 0, tam / (b[3] - b[1]), 0, 0])
    d.add(w)
    renderPDF.draw(d, c, x, y)


def _sello(c: canvas.Canvas, x: float, y: float, texto: str, color=AZUL) -> None:
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(2.2)
    c.circle(x, y, 34, stroke=1, fill=0)
    c.circle(x, y, 27, stroke=1, fill=0)
    c.setFont(NEGRITA, 7)
    c.drawCentredString(x, y - 2, texto[:16])
    c.restoreState()


def _firma(c: canvas.Canvas, x: float, y: float) -> None:
    c.saveState()
    c.setStrokeColor(AZUL)
    c.setLineWidth(1.6)
    p = c.beginPath()
    p.moveTo(x, y)
    p.curveTo(x + 15, y + 25, x + 25, y - 15, x + 40, y + 8)
    p.curveTo(x + 55, y + 28, x + 62, y - 10, x + 85, y + 5)
    p.curveTo(x + 95, y + 12, x + 100, y, x + 110, y + 3)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _tabla(
    c, x0: float, y0: float, anchos: list[float], filas: list[list[str]], alto: float = 16, fuente=None, tam=8.5, encabezados=1
):
    """Tabla con líneas; ``filas[0:encabezados]`` en negrita. Devuelve la y inferior."""
    fuente = fuente or FUENTE
    y = y0
    total = sum(anchos)
    c.setLineWidth(0.6)
    for i, fila in enumerate(filas):
        c.line(x0, y, x0 + total, y)
        x = x0
        for ancho, celda in zip(anchos, fila, strict=False):
            c.setFont(NEGRITA if i < encabezados and fuente == FUENTE else fuente, tam)
            c.drawString(x + 3, y - alto + 5, celda)
            x += ancho
        y -= alto
    c.line(x0, y, x0 + total, y)
    x = x0
    for ancho in anchos + [0]:
        c.line(x, y0, x, y)
        x += ancho
    return y


_QUIMICA = [
    ("0,19", "0,21", "0,72", "0,018", "0,025"),
    ("0,22", "0,18", "0,81", "0,021", "0,019"),
    ("0,20", "0,24", "0,77", "0,015", "0,030"),
    ("0,18", "0,19", "0,69", "0,020", "0,022"),
]


def _quimica(i: int) -> tuple[str, ...]:
    return _QUIMICA[i % len(_QUIMICA)]


# --------------------------------------------------------------------------------------------
# Diseños


def formulario_en(ruta: Path) -> Sintetico:
    """Membrete arriba, pares etiqueta: valor, tabla con «Heat No.» y «Weight (kg)» con TOTAL."""
    coladas = ["K24A117", "K24A118", "K24A121"]
    c = canvas.Canvas(str(ruta), pagesize=A4)
    w, h = A4
    c.setFont(NEGRITA, 15)
    c.drawString(40, h - 50, "KARADENIZ STEEL WORKS INC.")
    c.setFont(FUENTE, 9)
    c.drawString(40, h - 64, "Organize Sanayi Bolgesi 4. Cadde No: 12")
    c.drawString(40, h - 76, "Iskenderun, Hatay 31200 / TURKEY")
    c.drawString(40, h - 88, "Tel: +90 326 555 12 34   E-mail: qc@karadenizsteel.example")
    c.setFont(NEGRITA, 14)
    c.drawCentredString(w / 2, h - 125, "MILL TEST CERTIFICATE")
    c.setFont(FUENTE, 9)
    c.drawCentredString(w / 2, h - 138, "Inspection certificate type 3.1 according to EN 10204:2004")
    c.setFont(FUENTE, 9.5)
    filas = [
        ("Certificate No.:", "KSW-MTC-2025/0457", "Customer:", "Importadora Ejemplo SA de CV"),
        ("Date of Issue:", "07-JUL-25", "Address:", "Monterrey, N.L., MEXICO"),
        ("Order No.:", "PO-7781", "Delivery Note:", "DN 99812 / 2025-07-05"),
    ]
    y = h - 170
    for a, b, d, e in filas:
        c.drawString(40, y, a)
        c.drawString(130, y, b)
        c.drawString(320, y, d)
        c.drawString(395, y, e)
        y -= 15
    y -= 8
    for a, b in [
        ("Product:", "Hot rolled deformed steel bars (rebar)"),
        ("Size:", "25 mm x 12 m"),
        ("Standard:", "ASTM A615/A615M-22 Grade 60"),
    ]:
        c.drawString(40, y, a)
        c.drawString(130, y, b)
        y -= 15
    y -= 12
    anchos = [70, 38, 38, 38, 42, 42, 58, 62, 40, 70]
    cab = ["Heat No.", "C %", "Si %", "Mn %", "P %", "S %", "Yield MPa", "Tensile MPa", "Pcs", "Weight (kg)"]
    pesos = ["8,240", "8,310", "8,250"]
    datos = [[col, *_quimica(i), "455", "688", "270", p] for i, (col, p) in enumerate(zip(coladas, pesos, strict=False))]
    y = _tabla(c, 40, y, anchos, [cab] + datos + [["TOTAL", "", "", "", "", "", "", "", "810", "24,800"]])
    y -= 22
    c.setFont(FUENTE, 9.5)
    c.drawString(40, y, "Country of melt and pour: TURKEY")
    y -= 14
    c.drawString(40, y, "We hereby certify that the material described above has been manufactured and tested")
    y -= 12
    c.drawString(40, y, "in accordance with the above standard and satisfies its requirements.")
    _qr(c, 60, 90, 70, "https://karadenizsteel.example/mtc/KSW-MTC-2025-0457")
    _sello(c, 300, 130, "KARADENIZ QC")
    c.setFont(FUENTE, 9)
    c.drawString(400, 150, "Authorized signatory")
    _firma(c, 405, 120)
    c.drawString(400, 100, "Mehmet Yilmaz, QC Manager")
    c.showPage()
    c.save()
    return Sintetico(
        "formulario_en",
        ruta,
        Esperado(
            numero="KSW-MTC-2025/0457",
            fecha="2025-07-07",
            coladas=coladas,
            productor="KARADENIZ STEEL WORKS INC.",
            pais="TUR",
            volumen_kg="24800",
            idioma="en",
            norma_contiene="A615",
            descripcion_contiene=["deformed steel bars", "25 mm x 12 m"],
        ),
    )


def encabezados_es(ruta: Path) -> Sintetico:
    """Rejilla de encabezados con el valor debajo; «Fabricante» en bloque; pesos en toneladas con coma."""
    coladas = ["A51234", "A51239"]
    c = canvas.Canvas(str(ruta), pagesize=A4)
    w, h = A4
    c.setFont(NEGRITA, 13)
    c.drawCentredString(w / 2, h - 50, _t("CERTIFICADO DE CALIDAD DE MOLINO"))
    c.setFont(FUENTE, 9)
    c.drawCentredString(w / 2, h - 63, _t("Certificado de inspección 3.1 (EN 10204)"))
    y = _tabla(
        c,
        40,
        h - 85,
        [170, 170, 175],
        [[_t("Número de certificado"), _t("Fecha de expedición"), "Orden de compra"], ["CM-25-00981", "11/03/2025", "OC-4471"]],
        alto=18,
        tam=9,
    )
    c.setFont(NEGRITA, 9.5)
    c.drawString(40, y - 25, "Fabricante")
    c.drawString(320, y - 25, "Cliente")
    c.setFont(FUENTE, 9.5)
    for i, (a, b) in enumerate(
        [
            ("Aceros del Pacífico S.A. de C.V.", "Construcciones del Bajío SA de CV"),
            ("Av. Industrial 455, Parque Siderúrgico", "Blvd. Norte 12"),
            ("Lázaro Cárdenas, Mich., 60950, México", "León, Gto., México"),
            ("Tel. +52 753 555 0199", ""),
        ]
    ):
        c.drawString(40, y - 40 - 13 * i, _t(a))
        c.drawString(320, y - 40 - 13 * i, _t(b))
    y = y - 110
    c.setFont(FUENTE, 9.5)
    c.drawString(40, y, _t("Producto: Varilla corrugada para refuerzo de concreto"))
    c.drawString(40, y - 14, _t("Diámetro: 3/4 pulg (19 mm)      Longitud: 12 m"))
    c.drawString(40, y - 28, _t("Norma: NMX-B-506-CANACERO-2019 Grado 42"))
    y -= 50
    anchos = [80, 45, 45, 45, 45, 45, 70, 80]
    cab = [_t("N° de colada"), "C", "Mn", "Si", "P", "S", _t("Fluencia MPa"), "Peso neto (t)"]
    datos = [[col, *_quimica(i), "440", p] for i, (col, p) in enumerate(zip(coladas, ["12,450", "11,980"], strict=False))]
    _tabla(c, 40, y, anchos, [cab] + datos + [["TOTAL", "", "", "", "", "", "", "24,430"]])
    c.setFont(FUENTE, 9)
    c.drawString(40, 170, _t("Hacemos constar que el material cumple con la norma indicada."))
    c.drawString(380, 160, _t("Firma y sello del inspector"))
    _firma(c, 390, 125)
    _sello(c, 250, 130, "CONTROL CALIDAD", ROJO)
    c.drawString(380, 108, _t("Ing. Laura Méndez Ruiz"))
    c.showPage()
    c.save()
    return Sintetico(
        "encabezados_es",
        ruta,
        Esperado(
            numero="CM-25-00981",
            fecha="2025-03-11",
            coladas=coladas,
            productor="Aceros del Pacífico S.A. de C.V.",
            pais="MEX",
            volumen_kg="24430",
            idioma="es",
            norma_contiene="NMX-B-506",
            descripcion_contiene=["Varilla corrugada"],
        ),
    )


def aleman(ruta: Path) -> Sintetico:
    """Abnahmeprüfzeugnis: «Schmelze» como columna, miles con punto, «Summe», fecha «7. Juli 2025»."""
    coladas = ["571203", "571208", "571215"]
    c = canvas.Canvas(str(ruta), pagesize=A4)
    w, h = A4
    c.setFont(NEGRITA, 13)
    c.drawString(40, h - 50, _t("Abnahmeprüfzeugnis 3.1 nach DIN EN 10204"))
    c.setFont(FUENTE, 9.5)
    y = h - 80
    for a, b in [
        ("Hersteller:", "Rheinische Stahlwerke GmbH"),
        ("", "Hüttenstraße 40"),
        ("", "47166 Duisburg, Deutschland"),
        ("Zeugnis-Nr.:", "RS-3.1-88412"),
        ("Datum:", "7. Juli 2025"),
        ("Besteller:", "Steel Trade GmbH, Hamburg"),
        ("Erzeugnis:", "Warmgewalzte Bleche"),
        ("Abmessungen:", "20 x 2500 x 12000 mm"),
        ("Werkstoff:", "EN 10025-2 S355J2+N"),
    ]:
        c.drawString(40, y, _t(a))
        c.drawString(140, y, _t(b))
        y -= 14
    y -= 14
    anchos = [70, 45, 45, 45, 45, 45, 70, 80]
    cab = ["Schmelze", "C", "Si", "Mn", "P", "S", "Re MPa", "Gewicht (kg)"]
    datos = [[col, *_quimica(i), "371", p] for i, (col, p) in enumerate(zip(coladas, ["8.260", "8.270", "8.270"], strict=False))]
    _tabla(c, 40, y, anchos, [cab] + datos + [["Summe", "", "", "", "", "", "", "24.800"]])
    c.setFont(FUENTE, 9)
    c.drawString(40, 200, _t("Wir bestätigen, dass die Lieferung den Vereinbarungen entspricht."))
    c.drawString(360, 170, _t("Werkssachverständiger"))
    _sello(c, 280, 150, "RSW QS")
    _firma(c, 365, 140)
    c.drawString(360, 118, "Dr. Klaus Becker")
    c.showPage()
    c.save()
    return Sintetico(
        "aleman",
        ruta,
        Esperado(
            numero="RS-3.1-88412",
            fecha="2025-07-07",
            coladas=coladas,
            productor="Rheinische Stahlwerke GmbH",
            pais="DEU",
            volumen_kg="24800",
            idioma="de",
            norma_contiene="EN 10025-2",
            descripcion_contiene=["Bleche", "20 x 2500 x 12000 mm"],
        ),
    )


def turco(ruta: Path) -> Sintetico:
    """Bilingüe turco/inglés; «Döküm No» como columna; «Net Ağırlık» en línea."""
    coladas = ["D250731", "D250744"]
    c = canvas.Canvas(str(ruta), pagesize=A4)
    w, h = A4
    c.setFont(NEGRITA, 13)
    c.drawString(40, h - 48, _t("EGE DEMİR ÇELİK SANAYİ VE TİCARET A.Ş."))
    c.setFont(FUENTE, 9)
    c.drawString(40, h - 62, _t("Aliağa Organize Sanayi Bölgesi, 35800 Aliağa / İzmir / TÜRKİYE"))
    c.setFont(NEGRITA, 12)
    c.drawCentredString(w / 2, h - 95, _t("MUAYENE BELGESİ / INSPECTION CERTIFICATE 3.1"))
    c.setFont(FUENTE, 9.5)
    y = h - 125
    for a, b in [
        ("Sertifika No / Certificate No:", "EGE-2025-1187"),
        ("Tarih / Date:", "08.07.2025"),
        (_t("Ürün / Product:"), _t("Nervürlü inşaat demiri / Ribbed bars")),
        (_t("Çap / Diameter:"), "16 mm"),
        ("Standart:", "TS 708:2016 B420C"),
        (_t("Net Ağırlık / Net weight:"), "49.120 kg"),
    ]:
        c.drawString(40, y, a)
        c.drawString(210, y, b)
        y -= 14
    y -= 16
    anchos = [80, 45, 45, 45, 45, 45, 70]
    cab = [_t("Döküm No"), "C", "Si", "Mn", "P", "S", "Re MPa"]
    datos = [[col, *_quimica(i), "470"] for i, col in enumerate(coladas)]
    _tabla(c, 40, y, anchos, [cab] + datos)
    c.setFont(FUENTE, 9)
    c.drawString(380, 170, _t("Kalite Kontrol / İmza - Kaşe"))
    _sello(c, 300, 140, "EGE KALITE", ROJO)
    _firma(c, 385, 135)
    c.drawString(380, 112, "Ahmet Kaya")
    _qr(c, 60, 80, 60, "EGE-2025-1187")
    c.showPage()
    c.save()
    return Sintetico(
        "turco",
        ruta,
        Esperado(
            numero="EGE-2025-1187",
            fecha="2025-07-08",
            coladas=coladas,
            productor=_t("EGE DEMİR ÇELİK SANAYİ VE TİCARET A.Ş."),
            pais="TUR",
            volumen_kg="49120",
            idioma="tr",
            norma_contiene="TS 708",
            descripcion_contiene=["16 mm"],
        ),
    )


def chino(ruta: Path) -> Sintetico:
    """Etiquetas en chino (solo capa de texto): 炉号 en columna, 合计 en toneladas."""
    coladas = ["24B05117", "24B05118", "24B05126"]
    c = canvas.Canvas(str(ruta), pagesize=A4)
    w, h = A4
    z = "STSong-Light"
    c.setFont(z, 15)
    c.drawCentredString(w / 2, h - 50, "产品质量证明书")
    c.setFont(z, 10)
    y = h - 85
    for a, b in [
        ("生产厂家：", "江苏华东钢铁有限公司"),
        ("地址：", "中国江苏省常州市钢城路88号"),
        ("电话：", "+86 519 8555 6666"),
        ("证书编号：", "HD2025-071536"),
        ("签发日期：", "2025年7月9日"),
        ("产品名称：", "热轧带肋钢筋"),
        ("规格：", "Φ20mm×12m"),
        ("执行标准：", "GB/T 1499.2-2018 HRB400E"),
    ]:
        c.drawString(40, y, a)
        c.drawString(120, y, b)
        y -= 16
    y -= 10
    anchos = [90, 50, 50, 50, 60, 90]
    filas = [["炉号", "C", "Si", "Mn", "屈服强度", "重量(吨)"]]
    filas += [[col, "0.22", "0.45", "1.38", "455", p] for col, p in zip(coladas, ["25.120", "25.080", "24.960"], strict=False)]
    filas += [["合计", "", "", "", "", "75.160"]]
    _tabla(c, 40, y, anchos, filas, fuente=z, tam=9.5)
    c.setFont(z, 10)
    c.drawString(360, 160, "质检员签字：")
    _firma(c, 430, 150)
    _sello(c, 300, 140, "QC", ROJO)
    c.showPage()
    c.save()
    return Sintetico(
        "chino",
        ruta,
        Esperado(
            numero="HD2025-071536",
            fecha="2025-07-09",
            coladas=coladas,
            productor="江苏华东钢铁有限公司",
            pais="CHN",
            volumen_kg="75160",
            idioma="zh",
            norma_contiene="GB/T 1499.2",
            descripcion_contiene=["热轧带肋钢筋"],
        ),
    )


def coreano(ruta: Path) -> Sintetico:
    """Etiquetas en coreano (solo capa de texto) con «HEAT NO.» en inglés en la tabla."""
    coladas = ["SC51337", "SC51342"]
    c = canvas.Canvas(str(ruta), pagesize=A4)
    w, h = A4
    k = "HYSMyeongJo-Medium"
    c.setFont(k, 14)
    c.drawCentredString(w / 2, h - 50, "검사증명서 (INSPECTION CERTIFICATE)")
    c.setFont(k, 10)
    y = h - 85
    for a, b in [
        ("제조사:", "한빛제철 주식회사"),
        ("주소:", "경상북도 포항시 남구 제철로 12, 대한민국"),
        ("증명서 번호:", "HB-25-0712-03"),
        ("발행일:", "2025년 7월 12일"),
        ("품명:", "열연강판"),
        ("규격:", "KS D 3503 SS275"),
        ("총중량:", "18,600 kg"),
    ]:
        c.drawString(40, y, a)
        c.drawString(130, y, b)
        y -= 16
    y -= 10
    _tabla(
        c,
        40,
        y,
        [90, 50, 50, 50, 70],
        [["HEAT NO.", "C", "Si", "Mn", "YP MPa"]] + [[col, "0.15", "0.20", "0.80", "310"] for col in coladas],
        fuente=k,
        tam=9.5,
    )
    c.drawString(360, 160, "검사원 서명:")
    _firma(c, 430, 150)
    c.drawString(360, 130, "김 민 수")
    _qr(c, 60, 80, 60, "HB-25-0712-03")
    c.showPage()
    c.save()
    return Sintetico(
        "coreano",
        ruta,
        Esperado(
            numero="HB-25-0712-03",
            fecha="2025-07-12",
            coladas=coladas,
            productor="한빛제철 주식회사",
            pais="KOR",
            volumen_kg="18600",
            idioma="ko",
            norma_contiene="KS D 3503",
        ),
    )


def multipagina(ruta: Path) -> Sintetico:
    """Tabla de coladas que sigue en la página 2 sin repetir el encabezado; fecha «July 10, 2025»."""
    coladas = [f"7C{4100 + i * 7}" for i in range(14)]
    c = canvas.Canvas(str(ruta), pagesize=A4)
    w, h = A4
    c.setFont(NEGRITA, 14)
    c.drawString(40, h - 50, "POHANG COASTAL STEEL CO., LTD.")
    c.setFont(FUENTE, 9)
    c.drawString(40, h - 63, "88 Haean-ro, Nam-gu, Pohang 37877, Republic of Korea")
    c.setFont(NEGRITA, 13)
    c.drawCentredString(w / 2, h - 95, "MILL TEST REPORT")
    c.setFont(FUENTE, 9.5)
    c.drawString(40, h - 120, "Report No.  PCS-MTR-25-3301")
    c.drawString(300, h - 120, "Issue date  July 10, 2025")
    c.drawString(40, h - 134, "Commodity  Hot rolled steel coils, 6.0 mm x 1524 mm")
    c.drawString(40, h - 148, "Specification  ASTM A36/A36M-19")
    anchos = [80, 45, 45, 45, 45, 45, 70]
    cab = ["HEAT NUMBER", "C", "Si", "Mn", "P", "S", "Net Wt (MT)"]
    pesos = [
        "21.350",
        "21.410",
        "21.380",
        "21.290",
        "21.330",
        "21.360",
        "21.400",
        "21.310",
        "21.370",
        "21.340",
        "21.390",
        "21.300",
        "21.360",
        "21.410",
    ]
    datos = [[col, *_quimica(i), p] for i, (col, p) in enumerate(zip(coladas, pesos, strict=False))]
    y = _tabla(c, 40, h - 175, anchos, [cab] + datos[:9], alto=60)
    c.setFont(FUENTE, 8)
    c.drawString(40, 40, "Page 1 of 2")
    c.showPage()
    # Página 2: membrete corto y la tabla sigue sin encabezado.
    c.setFont(FUENTE, 9)
    c.drawString(40, h - 40, "POHANG COASTAL STEEL CO., LTD. - Report No. PCS-MTR-25-3301 (continued)")
    y = _tabla(c, 40, h - 70, anchos, datos[9:] + [["TOTAL", "", "", "", "", "", "298.610"]], alto=30, encabezados=0)
    c.setFont(FUENTE, 9.5)
    c.drawString(40, y - 30, "We hereby certify that the material has been made and tested in accordance with the specification.")
    c.drawString(360, y - 70, "Surveyor: Park Ji-hoon")
    _firma(c, 365, y - 100)
    _qr(c, 60, y - 150, 70, "PCS-MTR-25-3301")
    c.drawString(40, 40, "Page 2 of 2")
    c.showPage()
    c.save()
    return Sintetico(
        "multipagina",
        ruta,
        Esperado(
            numero="PCS-MTR-25-3301",
            fecha="2025-07-10",
            coladas=coladas,
            productor="POHANG COASTAL STEEL CO., LTD.",
            pais="KOR",
            volumen_kg="298610",
            idioma="en",
            norma_contiene="A36",
            descripcion_contiene=["Hot rolled steel coils"],
        ),
        paginas=2,
    )


DISENOS = {
    "formulario_en": formulario_en,
    "encabezados_es": encabezados_es,
    "aleman": aleman,
    "turco": turco,
    "chino": chino,
    "coreano": coreano,
    "multipagina": multipagina,
}


# --------------------------------------------------------------------------------------------
# Escaneo simulado


def escanear(
    origen: Path, destino: Path, *, giro: int = 0, inclinacion: float = 0.0, dpi: int = 150, ruido: float = 6.0, semilla: int = 7
) -> Path:
    """PDF de solo imagen a partir de ``origen``: dibujado a ``dpi``, girado ``giro`` grados en
    sentido horario (la corrección que debe hallar el lector), inclinado, con ruido y JPEG."""
    aleatorio = random.Random(semilla)
    pdf = pdfium.PdfDocument(str(origen))
    imagenes = []
    for pagina in pdf:
        img = pagina.render(scale=dpi / 72).to_pil().convert("RGB")
        if inclinacion:
            img = img.rotate(inclinacion, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
        if giro:
            # La página escaneada queda girada ``giro`` grados en sentido antihorario; el lector
            # debe corregir ``giro`` grados en sentido horario.
            img = img.rotate(giro, expand=True)
        if ruido:
            grano = Image.effect_noise(img.size, ruido).convert("RGB")
            img = Image.blend(img, grano, 0.06)
            img = img.filter(ImageFilter.GaussianBlur(0.4))
            datos = img.load()
            for _ in range(img.width * img.height // 4000):
                x, y = aleatorio.randrange(img.width), aleatorio.randrange(img.height)
                datos[x, y] = (30, 30, 30)
        tampon = io.BytesIO()
        img.save(tampon, "JPEG", quality=70)
        imagenes.append(Image.open(io.BytesIO(tampon.getvalue())).convert("RGB"))
    pdf.close()
    imagenes[0].save(destino, "PDF", resolution=dpi, save_all=True, append_images=imagenes[1:])
    return destino


def generar(nombre: str, carpeta: Path) -> Sintetico:
    return DISENOS[nombre](carpeta / f"{nombre}.pdf")
