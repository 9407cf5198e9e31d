"""Detección de códigos QR en la imagen de una página, sin dependencias fuera de Pillow.

No decodifica el QR: solo dice que hay uno y dónde. Busca los tres *patrones localizadores* del
QR (cuadros concéntricos con proporción 1:1:3:1:1 en horizontal y en vertical) y exige que tres
de ellos formen un triángulo rectángulo isósceles, como en todo código QR.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PIL import Image

_CORRIDAS = re.compile(rb"\x00+|\xff+")


@dataclass(frozen=True, slots=True)
class QrEncontrado:
    caja: tuple[float, float, float, float]  # píxeles de la imagen analizada
    modulo: float  # tamaño de módulo en píxeles
    confianza: float


def _corridas(fila: bytes):
    """[(inicio, largo, es_tinta)] de una fila binaria (0 = tinta, 255 = papel)."""
    return [(m.start(), m.end() - m.start(), fila[m.start()] == 0) for m in _CORRIDAS.finditer(fila)]


def _proporcion_ok(largos: list[int], tol: float = 0.65) -> float | None:
    total = sum(largos)
    if total < 7:
        return None
    m = total / 7.0
    if m < 1.2:
        return None
    if (
        abs(largos[0] - m) > m * tol
        or abs(largos[1] - m) > m * tol
        or abs(largos[3] - m) > m * tol
        or abs(largos[4] - m) > m * tol
    ):
        return None
    if abs(largos[2] - 3 * m) > m * tol * 1.6:
        return None
    return m


def _verificar_vertical(img: Image.Image, cx: int, cy: int, modulo: float) -> tuple[float, float] | None:
    """Comprueba 1:1:3:1:1 en la columna ``cx`` alrededor de ``cy``; devuelve (cy refinado, módulo)."""
    w, h = img.size
    alcance = int(modulo * 6) + 2
    y0, y1 = max(0, cy - alcance), min(h, cy + alcance + 1)
    col = img.crop((cx, y0, cx + 1, y1)).tobytes()
    corr = _corridas(col)
    rel = cy - y0
    for i, (ini, largo, tinta) in enumerate(corr):
        if ini <= rel < ini + largo:
            if not tinta or i < 2 or i + 2 >= len(corr):
                return None
            ls = [corr[j][1] for j in range(i - 2, i + 3)]
            if not (corr[i - 2][2] and not corr[i - 1][2] and not corr[i + 1][2] and corr[i + 2][2]):
                return None
            mv = _proporcion_ok(ls)
            if mv is None or not (0.5 < mv / modulo < 2.0):
                return None
            return (y0 + ini + largo / 2.0, mv)
    return None


def buscar_qr(binaria: Image.Image, paso: int = 2, max_resultados: int = 4) -> list[QrEncontrado]:
    """Busca códigos QR en una imagen binaria modo «L» (0 = tinta, 255 = papel)."""
    img = binaria if binaria.mode == "L" else binaria.convert("L")
    w, h = img.size
    datos = img.tobytes()
    candidatos: list[list[float]] = []  # [cx, cy, modulo, votos]
    for y in range(0, h, paso):
        fila = datos[y * w : (y + 1) * w]
        if b"\x00" not in fila:
            continue
        corr = _corridas(fila)
        n = len(corr)
        for i in range(n - 4):
            if not corr[i][2]:
                continue
            ls = [corr[i][1], corr[i + 1][1], corr[i + 2][1], corr[i + 3][1], corr[i + 4][1]]
            m = _proporcion_ok(ls)
            if m is None or m > 80:
                continue
            cx = corr[i + 2][0] + corr[i + 2][1] / 2.0
            v = _verificar_vertical(img, int(cx), y, m)
            if v is None:
                continue
            cy, mv = v
            mod = (m + mv) / 2
            for c in candidatos:
                if abs(c[0] - cx) < 2 * mod and abs(c[1] - cy) < 2 * mod:
                    c[3] += 1
                    k = c[3]
                    c[0] += (cx - c[0]) / k
                    c[1] += (cy - c[1]) / k
                    c[2] += (mod - c[2]) / k
                    break
            else:
                candidatos.append([cx, cy, mod, 1])
    buenos = [c for c in candidatos if c[3] >= max(2, int(1.2 * c[2] / paso))]
    buenos.sort(key=lambda c: -c[3])
    buenos = buenos[:40]
    encontrados: list[QrEncontrado] = []
    usados: set[int] = set()
    n = len(buenos)
    for a in range(n):
        for b in range(a + 1, n):
            for c in range(b + 1, n):
                if {a, b, c} & usados:
                    continue
                tri = [buenos[a], buenos[b], buenos[c]]
                mods = [t[2] for t in tri]
                if max(mods) / min(mods) > 1.6:
                    continue
                mod = sum(mods) / 3
                lados = sorted(
                    (
                        (math.dist(tri[0][:2], tri[1][:2]), 2),
                        (math.dist(tri[1][:2], tri[2][:2]), 0),
                        (math.dist(tri[0][:2], tri[2][:2]), 1),
                    )
                )
                d1, d2, d3 = lados[0][0], lados[1][0], lados[2][0]
                if d1 < 13 * mod * 0.8 or d2 > 180 * mod:
                    continue
                if abs(d1 - d2) / d2 > 0.2:
                    continue
                if abs(d3 - math.sqrt(2) * d2) / d3 > 0.15:
                    continue
                esquina = tri[lados[2][1]]  # vértice opuesto a la hipotenusa
                otros = [t for t in tri if t is not esquina]
                cuarto = (otros[0][0] + otros[1][0] - esquina[0], otros[0][1] + otros[1][1] - esquina[1])
                xs = [t[0] for t in tri] + [cuarto[0]]
                ys = [t[1] for t in tri] + [cuarto[1]]
                margen = 4 * mod
                caja = (
                    max(0.0, min(xs) - margen),
                    max(0.0, min(ys) - margen),
                    min(float(w), max(xs) + margen),
                    min(float(h), max(ys) + margen),
                )
                votos = min(t[3] for t in tri)
                conf = 0.75 + min(0.2, 0.02 * votos)
                encontrados.append(QrEncontrado(caja, mod, conf))
                usados |= {a, b, c}
                if len(encontrados) >= max_resultados:
                    return encontrados
    return encontrados
