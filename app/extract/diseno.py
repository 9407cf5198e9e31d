"""Geometría de la página: palabras -> renglones -> segmentos (celdas o frases).

No depende de Tesseract ni de pdfplumber: trabaja con ``Palabra`` (caja + texto), venga del texto
del PDF o del OCR. Un *renglón* agrupa palabras a la misma altura (tolera escaneos un poco
inclinados: sigue la línea de izquierda a derecha). Un *segmento* es un tramo del renglón sin
huecos grandes: en un formulario separa la etiqueta del valor; en una tabla, una celda de otra.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from .modelo import Caja, Palabra, unir_cajas


@dataclass(slots=True)
class Segmento:
    palabras: list[Palabra]
    renglon: Renglon | None = None
    indice: int = 0  # posición dentro del renglón
    texto: str = ""
    _inicios: list[int] = field(default_factory=list)

    def __post_init__(self):
        partes, inicios, pos = [], [], 0
        for p in self.palabras:
            inicios.append(pos)
            partes.append(p.texto)
            pos += len(p.texto) + 1
        self.texto = " ".join(partes)
        self._inicios = inicios

    @property
    def caja(self) -> Caja:
        return unir_cajas(p.caja for p in self.palabras)

    @property
    def x0(self) -> float:
        return min(p.x0 for p in self.palabras)

    @property
    def x1(self) -> float:
        return max(p.x1 for p in self.palabras)

    @property
    def y0(self) -> float:
        return min(p.y0 for p in self.palabras)

    @property
    def y1(self) -> float:
        return max(p.y1 for p in self.palabras)

    @property
    def pagina(self) -> int:
        return self.palabras[0].pagina

    def palabras_en(self, inicio: int, fin: int) -> list[Palabra]:
        """Palabras que tocan el tramo de caracteres [inicio, fin) de ``texto``."""
        salida = []
        for p, ini in zip(self.palabras, self._inicios, strict=False):
            f = ini + len(p.texto)
            if f > inicio and ini < fin:
                salida.append(p)
        return salida

    def desde(self, inicio: int) -> Segmento | None:
        """El resto del segmento a partir del carácter ``inicio`` (palabras completas)."""
        resto = [p for p, ini in zip(self.palabras, self._inicios, strict=False) if ini + len(p.texto) > inicio]
        # Si el corte cae a mitad de palabra (p. ej. «No:123»), la palabra entera queda.
        return Segmento(resto, self.renglon, self.indice) if resto else None

    def __repr__(self) -> str:  # pragma: no cover - depuración
        return f"Seg({self.texto!r} @{self.pagina}:{self.x0:.0f},{self.y0:.0f})"


@dataclass(slots=True)
class Renglon:
    palabras: list[Palabra]
    segmentos: list[Segmento] = field(default_factory=list)
    indice: int = 0

    @property
    def texto(self) -> str:
        return " ".join(p.texto for p in self.palabras)

    def texto_columnas(self) -> str:
        return "   |   ".join(s.texto for s in self.segmentos)

    @property
    def y0(self) -> float:
        return min(p.y0 for p in self.palabras)

    @property
    def y1(self) -> float:
        return max(p.y1 for p in self.palabras)

    @property
    def cy(self) -> float:
        return statistics.median(p.cy for p in self.palabras)

    @property
    def alto(self) -> float:
        return statistics.median(p.alto for p in self.palabras)


def _alto_tipico(palabras: list[Palabra]) -> float:
    altos = [p.alto for p in palabras if p.alto > 0]
    return statistics.median(altos) if altos else 10.0


def construir_renglones(palabras: list[Palabra], factor_hueco: float = 1.25, reglas: list | None = None) -> list[Renglon]:
    """Agrupa palabras en renglones (de arriba abajo) y parte cada renglón en segmentos.

    ``reglas``: líneas de tabla (cajas delgadas); una regla vertical entre dos palabras las
    separa en segmentos distintos aunque estén juntas (celdas llenas).
    """
    verticales = [r for r in (reglas or []) if (r[3] - r[1]) > 2 * (r[2] - r[0]) and (r[3] - r[1]) > 4]
    palabras = [p for p in palabras if p.texto.strip()]
    if not palabras:
        return []
    alto = _alto_tipico(palabras)
    cadenas = _encadenar(palabras, alto, 0.0)
    # Escaneo inclinado: se estima la pendiente con los renglones largos y se reagrupa con la
    # altura corregida (así «TOTAL ........ 24,800» queda en un renglón aunque esté lejos).
    pendiente = _pendiente(cadenas)
    if abs(pendiente) > 0.002:
        cadenas = _encadenar(palabras, alto, pendiente)
    cadenas = _fundir_sueltas(cadenas, alto, pendiente)
    renglones = [Renglon(cad) for cad in cadenas]
    renglones.sort(key=lambda r: (r.cy, r.palabras[0].x0))
    verticales.sort(key=lambda r: r[0])
    for i, r in enumerate(renglones):
        r.indice = i
        _segmentar(r, factor_hueco, verticales)
    return renglones


def _regla_entre(verticales: list, x0: float, x1: float, y0: float, y1: float) -> bool:
    alto = max(1.0, y1 - y0)
    for rx0, ry0, rx1, ry1 in verticales:
        cx = (rx0 + rx1) / 2
        if cx < x0 - 1.0:
            continue
        if cx > x1 + 1.0:
            break
        if min(ry1, y1) - max(ry0, y0) >= 0.5 * alto:
            return True
    return False


def _encadenar(palabras: list[Palabra], alto: float, pendiente: float) -> list[list[Palabra]]:
    """Une palabras en renglones de izquierda a derecha; cada palabra se une a la cadena cuyo
    extremo derecho está a su altura (corregida por la pendiente del escaneo)."""

    def cy(p: Palabra) -> float:
        return p.cy - pendiente * p.cx

    cadenas: list[list[Palabra]] = []
    for p in sorted(palabras, key=lambda q: (q.x0, q.y0)):
        mejor, mejor_dy = None, None
        for cad in cadenas:
            ult = cad[-1]
            if ult.x1 > p.x0 + 0.5 * min(ult.alto, p.alto, alto):
                continue  # se encima horizontalmente con la última palabra: otro renglón
            h = max(min(ult.alto, p.alto), 0.3 * alto)
            dy = abs(cy(ult) - cy(p))
            solape = min(ult.y1, p.y1) - max(ult.y0, p.y0) if not pendiente else -1
            if dy <= 0.55 * h or solape >= 0.6 * min(ult.alto, p.alto):
                if mejor is None or dy < mejor_dy:
                    mejor, mejor_dy = cad, dy
        if mejor is None:
            cadenas.append([p])
        else:
            mejor.append(p)
    return cadenas


def _fundir_sueltas(cadenas: list[list[Palabra]], alto: float, pendiente: float) -> list[list[Palabra]]:
    """Une cadenas cortas (1-3 palabras) a la cadena larga del mismo renglón: el OCR a veces deja
    un «%» o una palabra algo más alta fuera de su renglón."""
    largas = [c for c in cadenas if len(c) >= 4]
    if not largas:
        return cadenas
    salida = [c for c in cadenas if len(c) >= 4]
    for cad in cadenas:
        if len(cad) >= 4:
            continue
        mejor, mejor_dy = None, None
        for larga in largas:
            ref = sorted(larga, key=lambda q: q.cx)
            dys = []
            for p in cad:
                q = min(ref, key=lambda q: abs(q.cx - p.cx))
                dys.append(abs((p.cy - pendiente * p.cx) - (q.cy - pendiente * q.cx)))
            dy = max(dys)
            h = max(min(p.alto for p in cad), 0.5 * alto)
            if dy <= 0.4 * h and (mejor is None or dy < mejor_dy):
                mejor, mejor_dy = larga, dy
        if mejor is None:
            salida.append(cad)
        else:
            mejor.extend(cad)
            mejor.sort(key=lambda q: q.x0)
    return salida


def _pendiente(cadenas: list[list[Palabra]]) -> float:
    """Mediana de las pendientes (dy/dx) de los renglones largos."""
    pendientes = []
    for cad in cadenas:
        if len(cad) < 4 or cad[-1].cx - cad[0].cx < 150:
            continue
        xs = [p.cx for p in cad]
        ys = [p.cy for p in cad]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        den = sum((x - mx) ** 2 for x in xs)
        if den > 0:
            pendientes.append(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=False)) / den)
    if len(pendientes) < 3:
        return 0.0
    return statistics.median(pendientes)


def _segmentar(r: Renglon, factor_hueco: float, verticales: list | None = None) -> None:
    r.palabras.sort(key=lambda p: p.x0)
    alto = _alto_tipico(r.palabras)
    grupos: list[list[Palabra]] = [[r.palabras[0]]]
    for p in r.palabras[1:]:
        ant = grupos[-1][-1]
        hueco = p.x0 - ant.x1
        if hueco > factor_hueco * alto or (
            verticales and _regla_entre(verticales, ant.x1 - 0.5 * alto * 0.2, p.x0 + 0.1, min(ant.y0, p.y0), max(ant.y1, p.y1))
        ):
            grupos.append([p])
        else:
            grupos[-1].append(p)
    r.segmentos = [Segmento(g, r, i) for i, g in enumerate(grupos)]


class Diseno:
    """Renglones y segmentos de una página, con búsquedas geométricas."""

    def __init__(self, palabras: list[Palabra], ancho: float, alto: float, numero: int, reglas: list | None = None):
        self.numero = numero
        self.ancho = ancho
        self.alto = alto
        self.palabras = palabras
        self.renglones = construir_renglones(palabras, reglas=reglas)
        self.segmentos = [s for r in self.renglones for s in r.segmentos]
        self.alto_texto = _alto_tipico(palabras) if palabras else 10.0
        self._clientes: list[Segmento] | None = None  # caché de los buscadores de campos

    def siguientes(self, seg: Segmento) -> list[Segmento]:
        r = seg.renglon
        return r.segmentos[seg.indice + 1 :] if r is not None else []

    def debajo(self, x0: float, x1: float, y: float, max_dist: float | None = None, min_solape: float = 0.3) -> list[Segmento]:
        """Segmentos bajo ``y`` que se enciman horizontalmente con [x0, x1], del más cercano al más lejano."""
        if max_dist is None:
            max_dist = 3.5 * self.alto_texto
        salida = []
        for s in self.segmentos:
            if s.y0 < y - 0.2 * self.alto_texto or s.y0 > y + max_dist:
                continue
            solape = min(s.x1, x1) - max(s.x0, x0)
            ancho = min(s.x1 - s.x0, x1 - x0) or 1.0
            if solape / ancho >= min_solape:
                salida.append(s)
        salida.sort(key=lambda s: (s.y0, s.x0))
        return salida

    def renglones_entre(self, y0: float, y1: float) -> list[Renglon]:
        return [r for r in self.renglones if y0 <= r.cy <= y1]

    def texto(self) -> str:
        return "\n".join(r.texto_columnas() for r in self.renglones)


def texto_de_lectura(lectura, pagina: int | None = None) -> str:
    """Texto reconstruido (por renglones) de una página o de todas de una :class:`Lectura`; útil para depurar."""
    salida = []
    for p in lectura.paginas:
        if pagina is not None and p.numero != pagina:
            continue
        for r in construir_renglones(p.palabras, reglas=p.reglas):
            salida.append(r.texto_columnas())
        salida.append("")
    return "\n".join(salida)
