"""Report benchmark: the printable checklist of a 20-notice expediente, and a 10-page scan made VUCEM-ready.

Run with ``python -m bench report`` (once ``report`` is listed in ``bench/__main__.py``) or
``python bench/report.py``.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.pdfgen import canvas

from app.catalog_files import cargar_catalogos
from app.domain.archivo import expediente_desde_dict
from app.domain.reglas import revisar
from app.paths import Paths
from app.report.adjuntos import LimitesVucem, convertir_adjunto, revisar_adjunto
from app.report.checklist import generar_checklist
from bench.core import expediente_grande

RAIZ = Path(__file__).resolve().parent.parent
FUENTE = RAIZ / "resources" / "fonts" / "DejaVuSans.ttf"


def _mejor(func, repeticiones: int = 3) -> tuple[float, object]:
    tiempos, resultado = [], None
    for _ in range(repeticiones):
        t0 = time.perf_counter()
        resultado = func()
        tiempos.append(time.perf_counter() - t0)
    return min(tiempos), resultado


def escaneo(ruta: Path, paginas: int = 10, dpi: int = 300) -> Path:
    """A colour Letter scan: paper tone, scanner grain and lines of text on every page."""
    ancho, alto = int(8.5 * dpi), int(11 * dpi)
    letra = ImageFont.truetype(str(FUENTE), int(dpi * 0.11)) if FUENTE.is_file() else ImageFont.load_default()
    anterior = rl_config.useA85
    rl_config.useA85 = 0  # embed the JPEGs as they are (fast); the file is the same scan either way
    try:
        c = canvas.Canvas(str(ruta))
        for n in range(1, paginas + 1):
            im = Image.new("RGB", (ancho, alto), (246, 243, 232))
            grano = Image.effect_noise((ancho // 3, alto // 3), 30).resize((ancho, alto)).convert("RGB")
            im = Image.blend(im, grano, 0.12)
            d = ImageDraw.Draw(im)
            for k in range(45):
                d.text((dpi * 0.7, dpi * (0.7 + k * 0.21)),
                       f"MILL TEST CERTIFICATE EN 10204 3.1  page {n}  line {k}  heat 26002{k:02d}  C 0.21 Mn 0.85 Si 0.20",
                       fill=(25, 30, 90), font=letra)
            jpg = ruta.with_name(f"{ruta.stem}-{n}.jpg")
            im.save(jpg, "JPEG", quality=85)
            c.setPageSize((612, 792))
            c.drawImage(str(jpg), 0, 0, 612, 792)
            c.showPage()
        c.save()
    finally:
        rl_config.useA85 = anterior
    return ruta


def run() -> list[tuple[str, float, str]]:
    catalogos, _ = cargar_catalogos(Paths(datos=Path("/nonexistent-aaips"), programa=RAIZ))
    exp = expediente_desde_dict(expediente_grande(20))
    revision = revisar(exp, catalogos, date(2025, 8, 10))
    assert revision.valido, revision.todos()[:3]
    impreso = datetime(2025, 8, 10, 9, 30)

    def checklist(tamano: str) -> int:
        return generar_checklist(exp, revision, catalogos, io.BytesIO(), tamano=tamano, impreso=impreso)

    t_carta, paginas = _mejor(lambda: checklist("carta"))
    t_a4, _ = _mejor(lambda: checklist("a4"))
    filas = [
        (f"lista de verificación, 20 avisos, carta ({paginas} páginas)", t_carta, "< 2 s"),
        ("lista de verificación, 20 avisos, A4", t_a4, "< 2 s"),
    ]
    with tempfile.TemporaryDirectory(prefix="aaips-bench-") as tmp:
        carpeta = Path(tmp)
        original = escaneo(carpeta / "escaneo.pdf")
        mb = original.stat().st_size / (1024 * 1024)
        t_rev, problemas = _mejor(lambda: revisar_adjunto(original))
        assert problemas, "el escaneo de prueba debería incumplir (color)"
        t_conv, partes = _mejor(lambda: convertir_adjunto(original, carpeta / "vucem", LimitesVucem()), repeticiones=2)
        tamanos = ", ".join(f"{p.stat().st_size / (1024 * 1024):.2f}" for p in partes)  # type: ignore[union-attr]
        filas += [
            (f"revisar escaneo de 10 páginas ({mb:.1f} MB, color)", t_rev, "-"),
            (f"convertir escaneo de 10 páginas a PDF VUCEM ({len(partes)} archivo(s): {tamanos} MB)", t_conv, "< 10 s"),  # type: ignore[arg-type]
        ]
    return filas


def imprimir(filas: list[tuple[str, float, str]]) -> None:
    ancho = max(len(f[0]) for f in filas)
    print(f"{'medición'.ljust(ancho)}  {'segundos':>9}  meta")
    for nombre, seg, meta in filas:
        print(f"{nombre.ljust(ancho)}  {seg:9.3f}  {meta}")


if __name__ == "__main__":
    imprimir(run())
