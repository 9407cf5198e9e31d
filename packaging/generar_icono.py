"""Draw the program icon with Pillow: ``resources/iconos/aaips.ico`` (Windows: executable, installer,
Start menu) and ``aaips.png`` (256 px, Linux desktop files).

The drawing is the same as the window icon drawn in code by ``app/ui/estilo.py`` (``icono("app")``:
a slate rounded square with a steel I-beam and an amber dot), so the Start menu, the taskbar and the
window show one picture. Re-run after changing it: ``.venv/bin/python packaging/generar_icono.py``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

DESTINO = Path(__file__).resolve().parent.parent / "resources" / "iconos"
TAMANOS = (16, 20, 24, 32, 40, 48, 64, 128, 256)
SOBREMUESTREO = 8


def dibujar(tam: int) -> Image.Image:
    s = tam * SOBREMUESTREO
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    m = s * 0.06
    d.rounded_rectangle((m, m, s - m, s - m), radius=s * 0.18, fill="#37474f")
    acero = "#cfd8dc"
    w, h = s * 0.56, s * 0.12
    x0 = (s - w) / 2
    d.rectangle((x0, s * 0.22, x0 + w, s * 0.22 + h), fill=acero)  # upper flange
    d.rectangle((x0, s * 0.66, x0 + w, s * 0.66 + h), fill=acero)  # lower flange
    d.rectangle((s * 0.45, s * 0.30, s * 0.55, s * 0.70), fill=acero)  # web
    d.ellipse((s * 0.66, s * 0.62, s * 0.90, s * 0.86), fill="#ffb300")
    return img.resize((tam, tam), Image.Resampling.LANCZOS)


def main() -> None:
    DESTINO.mkdir(parents=True, exist_ok=True)
    imagenes = [dibujar(t) for t in TAMANOS]
    grande = imagenes[-1]
    grande.save(DESTINO / "aaips.png", optimize=True)
    grande.save(DESTINO / "aaips.ico", format="ICO", sizes=[(t, t) for t in TAMANOS], append_images=imagenes[:-1])
    print(f"{DESTINO / 'aaips.ico'} y {DESTINO / 'aaips.png'}")


if __name__ == "__main__":
    main()
