"""VUCEM-ready attachments, on real PDF files built here with reportlab and Pillow."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas

from app.report import adjuntos
from app.report.adjuntos import ErrorAdjunto, LimitesVucem, convertir_adjunto, revisar_adjunto

FUENTE = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"
MIB = 1024 * 1024
VUCEM = LimitesVucem()


@pytest.fixture(autouse=True)
def _sin_ascii85(monkeypatch):
    """reportlab wraps images in ASCII85 by default: slow for big scans, irrelevant to what we test."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "useA85", 0)


def _escaneo(dpi: int, *, color: bool, ruido: float = 0.0, texto: str = "CERTIFICADO COLADA 2600219",
             pulgadas: tuple[float, float] = (8.5, 11)) -> Image.Image:
    """A page as a scanner gives it: text on paper, optionally noisy."""
    ancho, alto = int(pulgadas[0] * dpi), int(pulgadas[1] * dpi)
    im = Image.new("RGB" if color else "L", (ancho, alto), (250, 248, 240) if color else 250)
    if ruido:
        grano = Image.effect_noise((max(1, ancho // 4), max(1, alto // 4)), 60).resize((ancho, alto))
        im = Image.blend(im, grano.convert(im.mode), ruido)
    d = ImageDraw.Draw(im)
    letra = ImageFont.truetype(str(FUENTE), int(dpi * 0.18))
    d.text((dpi * 0.6, dpi * 0.6), texto, fill=(20, 40, 160) if color else 10, font=letra)
    d.text((dpi * 0.6, dpi * 1.0), "Heat No. 2600217  Grade B500B", fill=(200, 0, 0) if color else 40, font=letra)
    return im


def _pdf(ruta: Path, paginas: list[Image.Image], dpi: int, **kw) -> Path:
    """One image per page, drawn at exactly ``dpi``, through JPEG so reportlab embeds it as it is."""
    c = canvas.Canvas(str(ruta), **kw)
    for i, im in enumerate(paginas):
        jpg = ruta.with_name(f"{ruta.stem}-{i}.jpg")
        im.save(jpg, "JPEG", quality=90)
        ancho, alto = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((ancho, alto))
        c.drawImage(str(jpg), 0, 0, ancho, alto)
        c.showPage()
    c.save()
    return ruta


def _codigos(ruta: Path, limites: LimitesVucem = VUCEM) -> set[str]:
    return {p.codigo for p in revisar_adjunto(ruta, limites)}


def _sha(ruta: Path) -> str:
    return hashlib.sha256(ruta.read_bytes()).hexdigest()


def _paginas(ruta: Path) -> int:
    pdf = pdfium.PdfDocument(ruta)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _cumple(ruta: Path, limites: LimitesVucem = VUCEM) -> None:
    assert ruta.read_bytes()[:8] == f"%PDF-{limites.version_pdf}".encode()
    assert ruta.stat().st_size <= limites.max_bytes
    assert revisar_adjunto(ruta, limites) == []


# ------------------------------------------------------------------------------------------


def test_limites_por_omision():
    lim = LimitesVucem()
    assert (lim.max_bytes, lim.dpi, lim.escala_grises, lim.version_pdf) == (3 * MIB, 300, True, "1.4")
    with pytest.raises(dataclasses.FrozenInstanceError):
        lim.dpi = 200  # type: ignore[misc]
    assert "300 dpi" in lim.texto() and "3 MB" in lim.texto()


def test_pdf_a_color(tmp_path):
    ruta = _pdf(tmp_path / "color.pdf", [_escaneo(300, color=True)], 300)
    problemas = revisar_adjunto(ruta)
    assert [p.codigo for p in problemas] == [adjuntos.COLOR]
    assert "escala de grises" in problemas[0].mensaje and problemas[0].pagina == 1


def test_pdf_a_150_dpi(tmp_path):
    ruta = _pdf(tmp_path / "baja.pdf", [_escaneo(150, color=False)], 150)
    problemas = revisar_adjunto(ruta)
    assert [p.codigo for p in problemas] == [adjuntos.DPI]
    assert "150 dpi" in problemas[0].mensaje and "300 dpi" in problemas[0].mensaje


def test_tolerancia_de_dpi(tmp_path):
    # 280 dpi is inside ±10% of 300; 260 is not
    assert adjuntos.DPI not in _codigos(_pdf(tmp_path / "a.pdf", [_escaneo(280, color=False, pulgadas=(3, 2))], 280))
    assert adjuntos.DPI in _codigos(_pdf(tmp_path / "b.pdf", [_escaneo(260, color=False, pulgadas=(3, 2))], 260))


def test_pdf_con_contrasena(tmp_path):
    ruta = _pdf(tmp_path / "cifrado.pdf", [_escaneo(300, color=False, pulgadas=(4, 3))], 300, encrypt="secreta")
    assert _codigos(ruta) == {adjuntos.CIFRADO}
    antes = _sha(ruta)
    with pytest.raises(ErrorAdjunto, match="protegido con contraseña") as e:
        convertir_adjunto(ruta, tmp_path / "salida")
    assert "VUCEM no acepta" in str(e.value)
    assert _sha(ruta) == antes
    assert not any((tmp_path / "salida").iterdir())


def test_pdf_con_restricciones_de_propietario(tmp_path):
    """Mills often lock their certificates against editing: it opens, but VUCEM wants no protection."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    pagina = [_escaneo(300, color=False, pulgadas=(4, 3))]
    imprimible = _pdf(tmp_path / "bloqueado.pdf", pagina, 300, encrypt=StandardEncryption("", "molino", canPrint=1, canModify=0))
    assert _codigos(imprimible) == {adjuntos.CIFRADO}
    [salida] = convertir_adjunto(imprimible, tmp_path / "vucem")  # printing is allowed: converting is too
    _cumple(salida)

    sin_imprimir = _pdf(tmp_path / "cerrado.pdf", pagina, 300, encrypt=StandardEncryption("", "molino", canPrint=0))
    with pytest.raises(ErrorAdjunto, match="no permite imprimirlo"):
        convertir_adjunto(sin_imprimir, tmp_path / "vucem2")


def test_no_es_pdf_danado_y_version(tmp_path):
    texto = tmp_path / "nota.pdf"
    texto.write_text("esto no es un PDF", encoding="utf-8")
    assert _codigos(texto) == {adjuntos.NO_ES_PDF}

    jpg = tmp_path / "foto.jpg"
    _escaneo(300, color=True, pulgadas=(3, 2)).save(jpg, dpi=(300, 300))
    [p] = revisar_adjunto(jpg)
    assert p.codigo == adjuntos.NO_ES_PDF and "imagen JPG" in p.mensaje

    bueno = _pdf(tmp_path / "bueno.pdf", [_escaneo(300, color=False, pulgadas=(3, 2))], 300)
    datos = bueno.read_bytes()
    cortado = tmp_path / "cortado.pdf"
    cortado.write_bytes(datos[: len(datos) // 2])
    assert adjuntos.DANADO in _codigos(cortado)
    basura = tmp_path / "basura.pdf"
    basura.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    assert adjuntos.DANADO in _codigos(basura)
    with pytest.raises(ErrorAdjunto, match="dañado"):
        convertir_adjunto(basura, tmp_path / "salida")

    nuevo = tmp_path / "nuevo.pdf"
    assert datos.startswith(b"%PDF-1.")
    nuevo.write_bytes(b"%PDF-1.7" + datos[8:])
    problemas = revisar_adjunto(nuevo)
    assert [p.codigo for p in problemas] == [adjuntos.VERSION]
    assert "1.7" in problemas[0].mensaje and "1.4" in problemas[0].mensaje

    assert _codigos(tmp_path / "no-existe.pdf") == {adjuntos.NO_ENCONTRADO}


def test_convertir_escaneo_a_color_conserva_el_texto_legible(tmp_path):
    original = _pdf(tmp_path / "mtc.pdf", [_escaneo(200, color=True, ruido=0.15), _escaneo(200, color=True)], 200)
    assert _codigos(original) == {adjuntos.COLOR, adjuntos.DPI}
    antes = _sha(original)
    llamadas: list[tuple[int, int]] = []
    [salida] = convertir_adjunto(original, tmp_path / "vucem", progreso=lambda i, n: llamadas.append((i, n)))
    assert salida == tmp_path / "vucem" / "mtc.pdf"
    assert llamadas == [(1, 2), (2, 2)]
    _cumple(salida)
    assert _paginas(salida) == 2
    assert _sha(original) == antes  # never touched

    # what VUCEM and a customs officer see is still readable: OCR the noisy page of the converted file
    pdf = pdfium.PdfDocument(salida)
    try:
        pagina = pdf[0]
        ancho, _ = pagina.get_size()
        assert abs(ancho - 612) < 1  # the page keeps its size
        imagen = pagina.render(scale=300 / 72, grayscale=True).to_pil()
        pagina.close()
    finally:
        pdf.close()
    recorte = imagen.crop((0, 0, imagen.width, int(imagen.height * 0.16)))
    leido = pytesseract.image_to_string(recorte, lang="eng")
    assert "COLADA" in leido and "2600219" in leido and "2600217" in leido


def test_pdf_grande_de_varias_paginas_se_divide(tmp_path):
    paginas = [_escaneo(300, color=False, ruido=0.35, texto=f"PAGINA {i}") for i in range(1, 5)]
    original = _pdf(tmp_path / "certificado largo.pdf", paginas, 300)
    assert original.stat().st_size > 3 * MIB
    assert _codigos(original) == {adjuntos.TAMANO}
    antes = _sha(original)

    partes = convertir_adjunto(original, tmp_path / "vucem")
    assert len(partes) >= 2
    assert [p.name for p in partes] == [f"certificado largo_parte{i}.pdf" for i in range(1, len(partes) + 1)]
    for p in partes:
        _cumple(p)
    assert sum(_paginas(p) for p in partes) == 4
    assert _sha(original) == antes

    # with a small limit every page goes to its own file, and each passes that limit
    pequeno = LimitesVucem(max_bytes=int(max(p.stat().st_size for p in partes) / 2.5))
    partes = convertir_adjunto(original, tmp_path / "pequeno", pequeno)
    assert len(partes) == 4
    for p in partes:
        _cumple(p, pequeno)
        assert _paginas(p) == 1


def test_pagina_que_no_cabe_baja_la_calidad_y_si_no_alcanza_error(tmp_path):
    original = _pdf(tmp_path / "ruido.pdf", [_escaneo(300, color=False, ruido=0.35, pulgadas=(6, 6))], 300)
    [normal] = convertir_adjunto(original, tmp_path / "normal")
    tamano = normal.stat().st_size
    # a limit below the size at the first quality: lower qualities are tried until the page fits
    justo = LimitesVucem(max_bytes=int(tamano * 0.85))
    [ajustado] = convertir_adjunto(original, tmp_path / "ajustado", justo)
    _cumple(ajustado, justo)
    assert ajustado.stat().st_size < tamano
    # a limit no quality reaches: a clear error, and nothing written
    with pytest.raises(ErrorAdjunto, match=r"La página 1 de «ruido\.pdf» ocupa .* a 300 dpi"):
        convertir_adjunto(original, tmp_path / "imposible", LimitesVucem(max_bytes=30_000))
    assert not any((tmp_path / "imposible").iterdir())


def test_convertir_en_la_misma_carpeta_no_sobrescribe_el_original(tmp_path):
    original = _pdf(tmp_path / "mtc.pdf", [_escaneo(150, color=True, pulgadas=(4, 3))], 150)
    antes = _sha(original)
    [salida] = convertir_adjunto(original, tmp_path)
    assert salida == tmp_path / "mtc_vucem.pdf"
    assert _sha(original) == antes
    _cumple(salida)


def test_cancelar_no_deja_archivos(tmp_path):
    original = _pdf(tmp_path / "dos.pdf", [_escaneo(150, color=False, pulgadas=(3, 2))] * 2, 150)
    with pytest.raises(ErrorAdjunto, match="cancelada"):
        convertir_adjunto(original, tmp_path / "salida", progreso=lambda i, n: False)
    assert not any((tmp_path / "salida").iterdir())


def test_imagen_suelta_se_convierte_a_pdf(tmp_path):
    jpg = tmp_path / "factura.jpg"
    _escaneo(150, color=True, pulgadas=(4, 3)).save(jpg, dpi=(150, 150))
    [salida] = convertir_adjunto(jpg, tmp_path / "vucem")
    assert salida.name == "factura.pdf"
    _cumple(salida)
    pdf = pdfium.PdfDocument(salida)
    try:
        ancho, alto = pdf[0].get_size()
    finally:
        pdf.close()
    assert abs(ancho - 4 * 72) < 1 and abs(alto - 3 * 72) < 1  # 4 x 3 inches, now at 300 dpi
