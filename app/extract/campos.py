"""Buscadores de los campos del certificado (regla R3), con evidencia.

Estrategia común, independiente del formato:

1. Se buscan **etiquetas** (en varios idiomas, ver :mod:`app.extract.etiquetas`) en los segmentos
   de cada renglón.
2. El valor se toma, en este orden, del resto del segmento («Heat No.: 123»), del segmento a la
   derecha («Document number      1866645/001») o del segmento de abajo (encabezado sobre valor).
3. Cada valor pasa por un validador propio del campo (fecha, número con unidad, colada...); un
   texto que no valida no se ofrece.
4. Las **columnas** de tabla (p. ej. «HEAT NUMBER») se reconocen por su encabezado y los valores se
   toman de las celdas de esa columna, renglón por renglón, hasta que la tabla termina (también si
   sigue en la página siguiente).

La confianza combina la fuerza de la etiqueta, la posición del valor y la confianza del OCR.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from . import etiquetas as E
from .diseno import Diseno, Renglon, Segmento
from .fechas import FechaEncontrada, buscar_fechas
from .idioma import detectar_idioma
from .modelo import Campo, Marca, PaginaLeida, Palabra, campo_de_palabras, conf_media, unir_cajas
from .paises import (
    buscar_paises,
    buscar_paises_tolerante,
    pais_al_final_de_direccion,
    pais_de_correo,
    pais_de_nombre,
    pais_de_razon_social,
    pais_de_telefono,
)

SEP = " :：.-–—#=|/\\,;"
FACTOR_POSICION = {"linea": 1.0, "derecha": 0.97, "abajo": 0.85, "columna": 0.95, "libre": 0.6}


@dataclass
class Candidato:
    valor: Any
    palabras: list[Palabra]
    conf: float
    texto: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def orden(self) -> tuple:
        p = self.palabras[0]
        return (p.pagina, round(p.y0), p.x0)

    def campo(self) -> Campo:
        return campo_de_palabras(self.valor, self.palabras, self.conf, self.texto)


def _mejor(cands: list[Candidato]) -> Candidato | None:
    if not cands:
        return None
    return sorted(cands, key=lambda c: (-round(c.conf, 3), c.orden))[0]


# --------------------------------------------------------------------------------------------
# Documento y utilidades geométricas


class Documento:
    def __init__(self, paginas: list[PaginaLeida]):
        self.paginas = paginas
        self.disenos = [Diseno(p.palabras, p.ancho, p.alto, p.numero, p.reglas) for p in paginas]

    def hits(self, patron: re.Pattern, paginas: int | None = None) -> Iterable[tuple[Diseno, Segmento, re.Match]]:
        for d in self.disenos[:paginas]:
            for s in d.segmentos:
                for m in patron.finditer(s.texto):
                    yield d, s, m


def _palabras_desde(seg: Segmento, pos: int) -> list[Palabra]:
    """Palabras del segmento desde el carácter ``pos``; una palabra partida se recorta."""
    salida = []
    inicio = 0
    for p in seg.palabras:
        fin = inicio + len(p.texto)
        if fin > pos:
            if inicio >= pos:
                salida.append(p)
            else:
                corte = pos - inicio
                resto = p.texto[corte:]
                if resto.strip(SEP):
                    x = p.x0 + (p.x1 - p.x0) * corte / max(1, len(p.texto))
                    salida.append(replace(p, texto=resto, x0=x))
        inicio = fin + 1
    return salida


def _palabras_etiqueta(seg: Segmento, m: re.Match) -> list[Palabra]:
    return seg.palabras_en(m.start(), m.end()) or seg.palabras


def _texto_y_mapa(palabras: list[Palabra]) -> tuple[str, list[int]]:
    inicios, pos = [], 0
    for p in palabras:
        inicios.append(pos)
        pos += len(p.texto) + 1
    return " ".join(p.texto for p in palabras), inicios


def _palabras_tramo(palabras: list[Palabra], inicios: list[int], i: int, f: int) -> list[Palabra]:
    return [p for p, ini in zip(palabras, inicios, strict=False) if ini < f and ini + len(p.texto) > i]


def _valores(
    d: Diseno,
    seg: Segmento,
    m: re.Match,
    relajado: bool = False,
    abajo: int = 2,
    con_dos_puntos: bool = False,
) -> Iterable[tuple[list[Palabra], str]]:
    """Candidatos de valor para la etiqueta ``m`` del segmento ``seg``: (palabras, posición).

    ``relajado``: el resto del segmento sin cifras se toma como continuación de la etiqueta
    («Date of issue and validation      23.10.2018»). ``con_dos_puntos``: el valor en la misma
    frase solo vale tras «:» (para etiquetas que también aparecen dentro de nombres).
    """
    resto = seg.texto[m.end() :]
    limpio = resto.strip(SEP)
    al_final = not limpio
    if not al_final:
        if relajado and not re.search(r"\d", resto) and len(limpio.split()) <= 4 and not re.match(r"\s*[:：]", resto):
            al_final = True
        else:
            if con_dos_puntos and not re.match(r"\s*[:：]", resto):
                return
            pal = _palabras_desde(seg, m.end())
            if pal:
                yield pal, "linea"
            return
    n = 0
    for s2 in d.siguientes(seg):
        if not s2.texto.strip(SEP):
            continue
        if E.es_etiqueta(s2.texto):
            break  # renglón de encabezados («Manufacturer   Customer   ...»): el valor está abajo
        yield s2.palabras, "derecha"
        n += 1
        if n >= 2:
            break
    prefijo = E.quitar_codigo(seg.texto[: m.start()]).strip(SEP)
    if len(prefijo) <= 45 and abajo:
        et = _palabras_etiqueta(seg, m)
        x0, x1 = min(p.x0 for p in et), max(p.x1 for p in et)
        if relajado:
            x1 = max(x1, seg.x1)
        for s2 in d.debajo(x0, x1, seg.y1, max_dist=2.6 * d.alto_texto)[:abajo]:
            yield s2.palabras, "abajo"


def _sin_puntuacion(t: str) -> str:
    return t.strip(" :：.,;|()[]{}\"'“”‘’`")


# --------------------------------------------------------------------------------------------
# Número de certificado

_TOKEN_NUMERO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/\-_.#]*$")
_PALABRAS_NO = re.compile(r"^(?:no|nr|n[°º]|nro|num|number|#|:|：|-)\.?:?$", re.IGNORECASE)


def _es_numero_valido(t: str) -> bool:
    if not (3 <= len(t) <= 40) or not _TOKEN_NUMERO.match(t) or not re.search(r"\d", t):
        return False
    if re.fullmatch(r"\d{1,3}(?:[.,]\d+)?", t):  # 1,15 / 25 / 0.83: medidas, no folios
        return False
    fechas = buscar_fechas(t)
    if fechas and fechas[0].inicio == 0 and fechas[0].fin >= len(t) - 1:
        return False
    return True


def _parse_numero(palabras: list[Palabra]) -> tuple[str, list[Palabra], float] | None:
    usadas: list[Palabra] = []
    token = ""
    for p in palabras:
        t = _sin_puntuacion(p.texto) if not usadas else p.texto.rstrip(" :：,;|")
        if not usadas:
            if not t or _PALABRAS_NO.match(p.texto.strip()):
                continue
            token = t
            usadas = [p]
            continue
        # Continúa un folio partido por el OCR: «25-3133/» + «01MNF/EXP» (no « - » suelto).
        if len(t) > 1 and (token.endswith(("/", "-")) or t.startswith(("/", "-"))):
            token += t
            usadas.append(p)
            continue
        break
    token = token.strip("-/.#")
    if not usadas or not _es_numero_valido(token):
        return None
    return token, usadas, 1.0


def buscar_numero(doc: Documento) -> Candidato | None:
    return _mejor(candidatos_numero(doc))


def candidatos_numero(doc: Documento) -> list[Candidato]:
    cands = []
    for d, s, m in doc.hits(E.NUMERO):
        for pal, pos in _valores(d, s, m, relajado=True):
            r = _parse_numero(pal)
            if r:
                valor, usadas, f = r
                conf = FACTOR_POSICION[pos] * f * (0.6 + 0.4 * conf_media(usadas))
                texto = f"{m.group(0)} {' '.join(p.texto for p in usadas)}"
                cands.append(Candidato(valor, usadas, conf * 0.95, texto))
                break
    if not cands:
        # Etiqueta incompleta (el OCR partió «Número» o la etiqueta dice solo «Certificate»):
        # el valor debe parecer un folio (cifras con letras o separadores).
        for d, s, m in doc.hits(E.NUMERO_PALABRA, paginas=2):
            for pal, pos in _valores(d, s, m, relajado=True, abajo=1):
                r = _parse_numero(pal)
                if (
                    r
                    and len(r[0]) >= 5
                    and re.search(r"[A-Za-z/\-]", r[0])
                    and not _NORMA_TEXTO.match(" ".join(p.texto for p in pal))
                ):
                    valor, usadas, f = r
                    conf = 0.65 * FACTOR_POSICION[pos] * (0.6 + 0.4 * conf_media(usadas))
                    cands.append(Candidato(valor, usadas, conf, f"{m.group(0)} {valor}"))
                    break
    if not cands and doc.disenos:
        d = doc.disenos[0]
        for s in d.segmentos:
            if s.y0 > 0.3 * d.alto:
                continue
            mm = re.match(r"^(?:ID|No\.?|N[°º])\s+", s.texto)
            if mm:
                r = _parse_numero(_palabras_desde(s, mm.end()))
                if r:
                    valor, usadas, f = r
                    cands.append(Candidato(valor, usadas, 0.55 * (0.6 + 0.4 * conf_media(usadas)), f"{mm.group(0)}{valor}"))
    return cands


# --------------------------------------------------------------------------------------------
# Fecha de expedición


def _negativa_fecha(seg: Segmento, m: re.Match) -> bool:
    antes = seg.texto[max(0, m.start() - 40) : m.end()]
    return bool(E.FECHA_NEGATIVA.search(antes))


def _parse_fecha(palabras: list[Palabra]):
    texto, ini = _texto_y_mapa(palabras)
    fechas = buscar_fechas(texto)
    if not fechas:
        # «Date: 20250707» (solo junto a una etiqueta de fecha).
        m = re.match(r"\s*[:：]?\s*((?:19|20)\d{2})(\d{2})(\d{2})\b", texto)
        if m:
            try:
                f = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
            return FechaEncontrada(m.start(1), m.end(3), f, 0.75), _palabras_tramo(palabras, ini, m.start(1), m.end(3))
        return None
    f = fechas[0]
    if f.inicio > 25:  # la fecha debe estar al principio del valor
        return None
    usadas = _palabras_tramo(palabras, ini, f.inicio, f.fin)
    return f, usadas


def buscar_fecha(doc: Documento) -> Candidato | None:
    cands = []
    for patron, peso in ((E.FECHA_FUERTE, 1.0), (E.FECHA_GENERICA, 0.75)):
        for d, s, m in doc.hits(patron):
            if _negativa_fecha(s, m):
                continue
            for pal, pos in _valores(d, s, m, relajado=True):
                r = _parse_fecha(pal)
                if r:
                    f, usadas = r
                    conf = peso * FACTOR_POSICION[pos] * f.confianza * (0.6 + 0.4 * conf_media(usadas))
                    texto = f"{m.group(0)} {' '.join(p.texto for p in usadas)}"
                    if f.ambigua:
                        texto += " (día y mes ambiguos: se tomó día/mes)"
                    cands.append(Candidato(f.fecha.isoformat(), usadas, conf, texto))
                    break
    if not cands:
        # Sin etiqueta: fechas sueltas en la primera página, fuera de contextos negativos.
        for d in doc.disenos[:1]:
            for s in d.segmentos:
                if E.FECHA_NEGATIVA.search(s.texto):
                    continue
                pal, ini = s.palabras, s._inicios
                for f in buscar_fechas(s.texto):
                    usadas = _palabras_tramo(pal, ini, f.inicio, f.fin)
                    arriba = 1.0 if s.y0 < 0.35 * d.alto else 0.85
                    conf = 0.45 * arriba * f.confianza * (0.6 + 0.4 * conf_media(usadas))
                    cands.append(Candidato(f.fecha.isoformat(), usadas, conf, s.texto))
    return _mejor(cands)


# --------------------------------------------------------------------------------------------
# Coladas (números de colada / heat numbers)

_COLADA_TOKEN = re.compile(r"^[A-Z0-9][A-Z0-9\-/]{3,15}$")
_SEPARADORES_COLADA = re.compile(r"^(?:,|;|/|&|\+|and|y|und|ve|i|et|e|、|，|\|)$", re.IGNORECASE)


def _normalizar_colada(texto: str) -> tuple[str, bool]:
    """Limpia la puntuación y corrige confusiones típicas del OCR (O->0, I/l->1) en tokens numéricos."""
    t = texto.strip(" .,;:|()[]{}\"'“”‘’*")
    cambiado = False
    digitos = sum(c.isdigit() for c in t)
    if t and digitos / len(t) >= 0.6:
        nuevo = t.translate(str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"}))
        cambiado = nuevo != t
        t = nuevo
    return t.upper(), cambiado


def es_colada(t: str) -> bool:
    if not _COLADA_TOKEN.match(t):
        return False
    digitos = sum(c.isdigit() for c in t)
    alfanum = sum(c.isalnum() for c in t)
    if digitos < 3 or not 5 <= alfanum <= 12:
        return False
    if re.fullmatch(r"(?:19|20)\d{2}", t) or len(set(t)) == 1:
        return False
    fechas = buscar_fechas(t)
    if fechas and fechas[0].fin - fechas[0].inicio >= len(t) - 1:
        return False
    if re.fullmatch(r"\d+[-/]\d{1,2}", t):  # 10219-1, 683-3: normas, no coladas
        return False
    return True


def _coladas_en(palabras: list[Palabra], lista: bool = True) -> list[tuple[str, Palabra, bool]]:
    """Coladas al principio de ``palabras`` (una lista separada por comas, «/», «and»...)."""
    salida = []
    i = 0
    while i < len(palabras):
        p = palabras[i]
        piezas = [x for x in re.split(r"[,;、，]", p.texto) if x.strip()] or [p.texto]
        validas = []
        for pieza in piezas:
            t, cambiado = _normalizar_colada(pieza)
            if es_colada(t):
                validas.append((t, cambiado))
            elif _SEPARADORES_COLADA.match(pieza.strip()):
                continue
            else:
                validas = None
                break
        if validas:
            for t, cambiado in validas:
                salida.append((t, p, cambiado))
            if not lista:
                break
        elif _SEPARADORES_COLADA.match(p.texto.strip()) and salida:
            pass
        elif not salida and _PALABRAS_NO.match(p.texto.strip()):
            pass
        else:
            break
        i += 1
    return salida


def _es_encabezado(texto: str, m: re.Match) -> bool:
    """¿El segmento es solo la etiqueta? (encabezado de columna o etiqueta suelta)."""
    fuera = E.quitar_codigo(texto[: m.start()] + " " + texto[m.end() :])
    return len(fuera.strip(SEP + "()")) <= 6


def _limites_columna(d: Diseno, seg: Segmento, renglones: list[Renglon]) -> tuple[float, float]:
    """Límites [x0, x1] de la columna del encabezado ``seg``: a medio camino de sus vecinos."""
    izq, der = None, None
    for r in renglones:
        for s in r.segmentos:
            if s is seg or (s.x0 >= seg.x0 - 1 and s.x1 <= seg.x1 + 1):
                continue
            if s.x1 <= seg.x0 + 1:
                izq = max(izq, s.x1) if izq is not None else s.x1
            elif s.x0 >= seg.x1 - 1:
                der = min(der, s.x0) if der is not None else s.x0
    ancho = seg.x1 - seg.x0
    x0 = (izq + seg.x0) / 2 if izq is not None else seg.x0 - max(ancho, 3 * d.alto_texto)
    x1 = (der + seg.x1) / 2 if der is not None else seg.x1 + max(ancho, 3 * d.alto_texto)
    return x0, x1


def celdas_columna(
    d: Diseno, x0: float, x1: float, y: float, max_hueco: float | None = None
) -> list[tuple[Renglon, list[Palabra]]]:
    """Celdas de una columna bajo ``y``: por renglón, las palabras con centro en [x0, x1].

    La tabla termina donde hay un hueco vertical grande sin ningún texto en la página.
    """
    if max_hueco is None:
        max_hueco = 9 * d.alto_texto
    salida = []
    ultimo_y = y
    for r in d.renglones:
        if r.cy <= y:
            continue
        if r.y0 - ultimo_y > max_hueco:
            break
        ultimo_y = max(ultimo_y, r.y1)
        celda = [p for p in r.palabras if x0 <= p.cx <= x1]
        salida.append((r, celda))
    return salida


def _encabezados_colada(d: Diseno) -> list[tuple[Segmento, list[Renglon], float]]:
    """Encabezados de columna de colada: (segmento, renglones del encabezado, y inferior)."""
    salida = []
    for s in d.segmentos:
        texto = s.texto
        m = E.COLADA.search(texto)
        if m and E.COLADA_NEGATIVA.search(texto):
            m = None
        renglones = [s.renglon]
        y_fin = s.y1
        if m is None and E.COLADA_SOLA.match(texto):
            # «HEAT» arriba y «NUMBER»/«NO.» abajo: encabezado en dos renglones.
            abajo = d.debajo(s.x0, s.x1, s.y1, max_dist=1.6 * d.alto_texto, min_solape=0.5)
            if abajo and re.fullmatch(r"(?:NUMBERS?|NO\.?|NOS\.?|N[°º]|NR\.?|#|CODE|ID)", abajo[0].texto, re.IGNORECASE):
                renglones.append(abajo[0].renglon)
                y_fin = abajo[0].y1
                m = re.match(r".*", texto)
            elif re.fullmatch(r"HEATS?", E.quitar_codigo(texto).strip(SEP), re.IGNORECASE):
                m = re.match(r".*", texto)
        if m is None or not _es_encabezado(texto, m):
            continue
        salida.append((s, renglones, y_fin))
    return salida


_CELDA_SUBENCABEZADO = re.compile(
    r"^(?:[\W_]*|no\.?|nos\.?|nr\.?|n[°º]|#|id|code|number|numbers|numara(?:si)?|编号|号)$", re.IGNORECASE
)


def _coladas_de_columna(celdas: list[tuple[Renglon, list[Palabra]]]):
    """Coladas de las celdas de una columna; la columna termina en la primera celda con texto que
    no es colada (otra sección, un total, un pie de página)."""
    halladas: list[tuple[str, Palabra, bool]] = []
    ultimo = None
    for r, celda in celdas:
        texto = " ".join(p.texto for p in celda).strip()
        if not texto or not re.search(r"\w", texto):
            continue
        encontradas = _coladas_en(celda, lista=True)
        if encontradas:
            halladas += encontradas
            ultimo = r
            continue
        if not halladas and _CELDA_SUBENCABEZADO.match(texto):
            continue  # «NO.» o «#» bajo «HEAT»
        break
    return halladas, ultimo


def buscar_coladas(doc: Documento) -> Candidato | None:
    encontradas: dict[str, tuple[Palabra, float]] = {}
    orden: list[str] = []
    etiquetas: list[str] = []
    columna_abierta: tuple[float, float] | None = None  # columna que llegó al pie de la página

    def agregar(t: str, p: Palabra, conf: float):
        if t not in encontradas:
            encontradas[t] = (p, conf)
            orden.append(t)

    for d in doc.disenos:
        usados_col = False
        for s, renglones, y_fin in _encabezados_colada(d):
            x0, x1 = _limites_columna(d, s, renglones)
            celdas = celdas_columna(d, x0, x1, y_fin)
            halladas, ultimo = _coladas_de_columna(celdas)
            for t, p, cambiado in halladas:
                agregar(t, p, p.conf * (0.8 if cambiado else 1.0) * FACTOR_POSICION["columna"])
            if halladas:
                usados_col = True
                etiquetas.append(s.texto)
                columna_abierta = (x0, x1) if ultimo is not None and ultimo.y1 > 0.5 * d.alto else None
        # Etiquetas en línea: «Heat No.: 123456, 123457», «Heat Number HT-2025-4521 - Melting...»
        for s in d.segmentos:
            for m in E.COLADA.finditer(s.texto):
                if E.COLADA_NEGATIVA.search(s.texto[m.start() : m.end() + 12]):
                    continue
                for pal, pos in _valores(d, s, m, relajado=False, abajo=1):
                    halladas = _coladas_en(pal, lista=True)
                    if pos == "abajo" and len(halladas) > 1:
                        halladas = halladas[:1]
                    if halladas and pos == "derecha" and s.renglon is not None:
                        # Tabla traspuesta («Heat No. | 123456 | 123457 | ...»): el renglón entero.
                        despues = [x for x in s.renglon.segmentos if x.x0 > pal[-1].x1]
                        for x in despues:
                            mas = _coladas_en(x.palabras, lista=True)
                            if not mas:
                                break
                            halladas += mas
                    if halladas:
                        for t, p, cambiado in halladas:
                            agregar(t, p, p.conf * (0.8 if cambiado else 1.0) * FACTOR_POSICION[pos] * 0.95)
                        etiquetas.append(m.group(0))
                        break
        # Tabla que sigue en esta página sin repetir el encabezado.
        if not usados_col and columna_abierta is not None:
            x0, x1 = columna_abierta
            celdas = [(r, c) for r, c in celdas_columna(d, x0, x1, 0.0) if len(r.segmentos) >= 3]
            # Se salta el membrete de la página: empieza en el primer renglón de tabla con colada,
            # que debe estar en la parte alta (si no, es otra tabla).
            while celdas and not _coladas_en(celdas[0][1], lista=True):
                celdas.pop(0)
            if celdas and celdas[0][0].y0 > 0.4 * d.alto:
                celdas = []
            halladas, ultimo = _coladas_de_columna(celdas)
            for t, p, _cambiado in halladas:
                agregar(t, p, p.conf * 0.8)
            columna_abierta = columna_abierta if halladas and ultimo is not None and ultimo.y1 > 0.5 * d.alto else None
    if not orden:
        return None
    palabras = [encontradas[t][0] for t in orden]
    pagina = palabras[0].pagina
    evidencia = [p for p in palabras if p.pagina == pagina]
    conf = statistics.mean(encontradas[t][1] for t in orden)
    paginas = sorted({p.pagina for p in palabras})
    texto = f"{etiquetas[0] if etiquetas else 'colada'}: {', '.join(orden)}"
    if len(paginas) > 1:
        texto += f" (páginas {', '.join(map(str, paginas))})"
    return Candidato(list(orden), evidencia, conf, texto)


# --------------------------------------------------------------------------------------------
# Productor (nombre, domicilio, teléfono, correo)

_FORMA_JURIDICA = re.compile(
    r"\b(?:GMBH|AG|SE|KG|A\.\s?[SŞ]\.?|S\.\s?A\.?|S\.\s?P\.\s?A\.?|SPA|S\.\s?L\.?|SRL|S\.R\.L\.|LTD\.?|LIMITED|CO\.?,?\s*LTD|"
    r"INC\.?|CORP\.?|CORPORATION|LLC|PLC|JSC|PJSC|OJSC|BV|B\.V\.|NV|N\.V\.|AB|OY|A/S|SP\.\s?Z\s?O\.?\s?O\.?|PVT|BHD|"
    r"TBK|GROUP|COMPANY|SANAYI|TICARET|SANAYİ|TİCARET)\b|有限公司|股份|集团|株式会社|주식회사|㈜",
    re.IGNORECASE,
)
_PALABRA_ACERO = re.compile(
    r"steel|stahl|[çc]el[iİ]k|acero|aceros|acciai|acier|iron|metal|sider|hütte|huette|mill|works|werk|forge|rolling|"
    r"钢铁|钢|鋼|제철|철강|stal|huta",
    re.IGNORECASE,
)
_CERTIFICADORAS = re.compile(
    r"\b(?:CARES|UKAS|T[ÜU]V|LLOYD|BUREAU\s+VERITAS|SGS|DNV|ABS|KIWA|INTERTEK|TSE|DAkkS|ISO\s*\d+)\b", re.IGNORECASE
)
_CORREO = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TELEFONO = re.compile(r"(?:\+|\b00)\s?\d[\d\s().\-/]{6,}\d|\(?\d{2,4}\)?[\s\-.]\d{3,4}[\s\-.]\d{3,5}")
_ETIQ_TEL = re.compile(
    r"\b(?:tel|tel\.|phone|telephone|telefon|tel[ée]fono|telefone|t\.|电话|電話|전화|fax)\b\.?\s*[:：]?", re.IGNORECASE
)
_WEB = re.compile(r"\b(?:www\.|https?://)\S+", re.IGNORECASE)


def _es_nombre(texto: str) -> bool:
    t = texto.strip(SEP)
    letras = sum(c.isalpha() for c in t)
    if letras < 3 or "@" in t or _WEB.search(t):
        return False
    if sum(c.isdigit() for c in t) > letras:
        return False
    if E.es_etiqueta(t):
        return False
    return True


def _bloque(d: Diseno, inicio: Segmento, max_renglones: int = 6) -> list[Segmento]:
    """El segmento ``inicio`` y los renglones de dirección que siguen debajo (misma columna)."""
    bloque = [inicio]
    x0, x1 = inicio.x0, max(inicio.x1, inicio.x0 + 8 * d.alto_texto)
    actual = inicio
    while len(bloque) < max_renglones + 1:
        abajo = d.debajo(x0 - d.alto_texto, x1, actual.y1, max_dist=1.9 * d.alto_texto, min_solape=0.3)
        abajo = [s for s in abajo if s not in bloque and abs(s.x0 - x0) < 6 * d.alto_texto]
        if not abajo:
            break
        s = abajo[0]
        texto = s.texto
        if E.es_etiqueta(texto) or any(
            p.match(E.quitar_codigo(texto)) for p in (E.CLIENTE, E.PRODUCTOR, E.NUMERO, E.FECHA_FUERTE)
        ):
            break
        # Formulario «etiqueta: valor»: un renglón con su propia etiqueta a la izquierda es otro
        # campo («Zeugnis-Nr.:  RS-3.1-88412»), salvo que la etiqueta sea de dirección o contacto.
        izquierda = [x for x in s.renglon.segmentos[: s.indice] if x.x1 <= s.x0 + 1] if s.renglon else []
        if izquierda:
            etiqueta = izquierda[-1].texto
            if not E.DIRECCION.search(etiqueta) and (etiqueta.rstrip().endswith((":", "：")) or E.es_etiqueta(etiqueta)):
                break
        bloque.append(s)
        actual = s
    return bloque


def _datos_productor(bloque: list[Segmento]) -> dict[str, Any]:
    nombre = bloque[0].texto.strip(SEP + "\"'“”‘’`*_~")
    domicilio, telefono, correo = [], None, None
    for s in bloque[1:]:
        t = s.texto.strip()
        mc = _CORREO.search(t)
        if mc and correo is None:
            correo = mc.group(0)
        mt = _ETIQ_TEL.search(t)
        if (mt or t.startswith("+")) and telefono is None:
            mtel = _TELEFONO.search(t[mt.end() if mt else 0 :])
            if mtel:
                telefono = mtel.group(0).strip()
        resto = _CORREO.sub("", t)
        resto = _WEB.sub("", resto)
        if mt or (telefono and telefono in resto):
            continue
        resto = re.sub(r"\b(?:e-?mail|email|correo|web)\s*[:：]?", "", resto, flags=re.IGNORECASE).strip(SEP)
        if resto:
            domicilio.append(resto)
    return {
        "nombre": nombre,
        "domicilio": ", ".join(domicilio) or None,
        "telefono": telefono,
        "correo": correo,
    }


def _dentro_de_cliente(d: Diseno, s: Segmento) -> bool:
    """¿El segmento está en el bloque del cliente (debajo o a la derecha de «Customer», «Besteller»...)?"""
    clientes = getattr(d, "_clientes", None)
    if clientes is None:
        clientes = d._clientes = [c for c in d.segmentos if E.CLIENTE.search(c.texto)]
    for c in clientes:
        if c is s:
            continue
        if c.renglon is s.renglon and c.x1 <= s.x0 and s.x0 - c.x1 < 10 * d.alto_texto:
            return True
        if 0 <= s.y0 - c.y1 < 6 * d.alto_texto and min(c.x1 + 4 * d.alto_texto, s.x1) - max(c.x0 - d.alto_texto, s.x0) > 0:
            return True
    return False


def buscar_productor(doc: Documento) -> tuple[Candidato | None, list[Segmento]]:
    cands: list[tuple[Candidato, list[Segmento]]] = []
    for patron, peso in ((E.PRODUCTOR, 1.0), (E.PRODUCTOR_DEBIL, 0.65)):
        for d, s, m in doc.hits(patron):
            for pal, pos in _valores(d, s, m, relajado=False, abajo=1, con_dos_puntos=True):
                texto = " ".join(p.texto for p in pal)
                if not _es_nombre(texto):
                    continue
                if pos == "linea":
                    seg0 = Segmento(pal, s.renglon, s.indice)
                else:
                    seg0 = next((x for x in d.segmentos if x.palabras == pal), Segmento(pal))
                bloque = [seg0] + _bloque(d, seg0)[1:]
                conf = peso * FACTOR_POSICION[pos] * (0.6 + 0.4 * conf_media(pal))
                if _FORMA_JURIDICA.search(texto) or _PALABRA_ACERO.search(texto):
                    conf = min(1.0, conf + 0.05)
                else:
                    conf *= 0.85
                datos = _datos_productor(bloque)
                pal_ev = [p for b in bloque for p in b.palabras]
                cands.append((Candidato(datos, pal_ev, conf * 0.95, " / ".join(b.texto for b in bloque)), bloque))
                break
    if not cands and doc.disenos:
        # Sin etiqueta: el membrete. Razón social con forma jurídica o palabra de acería, arriba
        # en la primera página y fuera del bloque del cliente.
        d = doc.disenos[0]
        for s in d.segmentos:
            if s.y0 > 0.4 * d.alto:
                continue
            t = s.texto
            if not _es_nombre(t) or len(t) > 90 or _CERTIFICADORAS.search(t):
                continue
            if re.search(
                r"certificate|certificado|zeugnis|bescheinigung|sertifika|证书|证明书|department|report", t, re.IGNORECASE
            ):
                continue
            puntos = 0.0
            if _FORMA_JURIDICA.search(t):
                puntos += 2
            if _PALABRA_ACERO.search(t):
                puntos += 1
            if puntos < 2:
                continue
            if _dentro_de_cliente(d, s):
                continue
            puntos += 1 - s.y0 / d.alto
            bloque = _bloque(d, s)
            datos = _datos_productor(bloque)
            conf = min(0.8, 0.45 + 0.1 * puntos) * (0.6 + 0.4 * conf_media(s.palabras))
            pal_ev = [p for b in bloque for p in b.palabras]
            cands.append((Candidato(datos, pal_ev, conf, " / ".join(b.texto for b in bloque)), bloque))
    if not cands:
        return None, []
    cand, bloque = sorted(cands, key=lambda cb: (-round(cb[0].conf, 3), cb[0].orden))[0]
    # Teléfono y correo fuera del bloque (p. ej. «Quality Department Tel.» en otra página).
    datos = dict(cand.valor)
    if datos.get("telefono") is None or datos.get("correo") is None:
        for d in doc.disenos:
            for s in d.segmentos:
                if _dentro_de_cliente(d, s):
                    continue
                if datos.get("telefono") is None and _ETIQ_TEL.search(s.texto):
                    resto = " ".join(x.texto for x in d.siguientes(s)[:1]) if not _TELEFONO.search(s.texto) else s.texto
                    mt = _TELEFONO.search(resto)
                    if mt and not re.search(r"\bfax\b", s.texto, re.IGNORECASE):
                        datos["telefono"] = mt.group(0).strip()
    cand.valor = datos
    return cand, bloque


# --------------------------------------------------------------------------------------------
# País


def buscar_pais(doc: Documento, productor: Candidato | None, bloque: list[Segmento]) -> Candidato | None:
    cands = []
    for d, s, m in doc.hits(E.PAIS):
        if _dentro_de_cliente(d, s):
            continue
        for pal, pos in _valores(d, s, m, relajado=True, abajo=1):
            texto = " ".join(p.texto for p in pal)
            codigo = pais_de_nombre(texto)
            usadas = pal
            if codigo is None:
                hallados = buscar_paises(texto)
                if hallados and hallados[0][0] < 4:
                    codigo = hallados[0][2]
                    usadas = pal[: max(1, len(hallados[0][3].split()))]
            if codigo:
                conf = 0.92 * FACTOR_POSICION[pos] * (0.6 + 0.4 * conf_media(usadas))
                cands.append(Candidato(codigo, usadas, conf, f"{m.group(0)}: {' '.join(p.texto for p in usadas)}"))
                break
    if cands:
        return _mejor(cands)
    # Del domicilio del productor.
    for s in bloque[1:]:
        hallados = buscar_paises_tolerante(s.texto)
        if hallados:
            return Candidato(hallados[-1][2], s.palabras, 0.85 * (0.6 + 0.4 * conf_media(s.palabras)), s.texto)
        codigo = pais_al_final_de_direccion(s.texto)
        if codigo:
            return Candidato(codigo, s.palabras, 0.78 * (0.6 + 0.4 * conf_media(s.palabras)), s.texto)
    if productor is not None:
        datos = productor.valor
        for s in bloque:
            if datos.get("telefono") and datos["telefono"] in s.texto:
                codigo = pais_de_telefono(datos["telefono"])
                if codigo:
                    return Candidato(codigo, s.palabras, 0.6, f"teléfono {datos['telefono']}")
        nombre_seg = bloque[0] if bloque else None
        codigo = pais_de_razon_social(datos.get("nombre", ""))
        if codigo and nombre_seg is not None:
            return Candidato(codigo, nombre_seg.palabras, 0.5, f"razón social: {datos['nombre']}")
    # Otra mención de la razón social (p. ej. el sello «... TİCARET A.Ş.» leído por OCR).
    for d in doc.disenos:
        for s in d.segmentos:
            if _dentro_de_cliente(d, s):
                continue
            codigo = pais_de_razon_social(s.texto)
            if codigo and (_FORMA_JURIDICA.search(s.texto) or "A.Ş" in s.texto.upper()):
                return Candidato(codigo, s.palabras, 0.45, f"razón social: {s.texto}")
    if productor is not None and productor.valor.get("correo"):
        codigo = pais_de_correo(productor.valor["correo"])
        if codigo and bloque:
            return Candidato(codigo, bloque[0].palabras, 0.35, f"dominio del correo {productor.valor['correo']}")
    return None


# --------------------------------------------------------------------------------------------
# Volumen (masa en kilogramos)

_UNIDADES = {
    "kg": Decimal(1),
    "kgs": Decimal(1),
    "kilo": Decimal(1),
    "kilos": Decimal(1),
    "kilogram": Decimal(1),
    "kilograms": Decimal(1),
    "kilogramos": Decimal(1),
    "kilogramme": Decimal(1),
    "kilogrammes": Decimal(1),
    "公斤": Decimal(1),
    "千克": Decimal(1),
    "킬로그램": Decimal(1),
    "t": Decimal(1000),
    "to": Decimal(1000),
    "tn": Decimal(1000),
    "tns": Decimal(1000),
    "mt": Decimal(1000),
    "m.t.": Decimal(1000),
    "m.t": Decimal(1000),
    "ton": Decimal(1000),
    "tons": Decimal(1000),
    "tonne": Decimal(1000),
    "tonnes": Decimal(1000),
    "tonelada": Decimal(1000),
    "toneladas": Decimal(1000),
    "tonnen": Decimal(1000),
    "吨": Decimal(1000),
    "噸": Decimal(1000),
    "톤": Decimal(1000),
    "ton.": Decimal(1000),
    "lb": Decimal("0.45359237"),
    "lbs": Decimal("0.45359237"),
    "pound": Decimal("0.45359237"),
    "pounds": Decimal("0.45359237"),
}
_ALT_UNIDADES = "|".join(re.escape(u) for u in sorted(_UNIDADES, key=len, reverse=True))
_NUMERO = r"\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_CANTIDAD = re.compile(rf"(?<![\w.,])({_NUMERO})\s*({_ALT_UNIDADES})(?![A-Za-z])", re.IGNORECASE)
_UNIDAD_SOLA = re.compile(rf"(?:\(|\[|\bin\s+|/\s*)\s*({_ALT_UNIDADES})\s*(?:\)|\]|\b)", re.IGNORECASE)
_SOLO_NUMERO = re.compile(rf"^(?:{_NUMERO})$")


def leer_decimal(texto: str, factor_unidad: Decimal = Decimal(1)) -> Decimal | None:
    """«24.800» / «24,800.5» / «1.234,5» / «24 800» -> Decimal, según separadores y unidad."""
    s = re.sub(r"[\s\u00a0\u202f']", "", texto)
    if not s or not re.fullmatch(r"[\d.,]+", s):
        return None
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        mil = "." if dec == "," else ","
        s = s.replace(mil, "").replace(dec, ".")
    elif "," in s or ".":
        sep = "," if "," in s else ("." if "." in s else None)
        if sep:
            partes = s.split(sep)
            if len(partes) > 2:
                s = s.replace(sep, "")
            elif len(partes[1]) == 3 and factor_unidad <= 1 and partes[0] != "0":
                s = s.replace(sep, "")  # 24.800 kg / 24,800 kg: separador de miles
            else:
                s = s.replace(sep, ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _kg(valor: Decimal, factor: Decimal) -> str:
    kg = (valor * factor).quantize(Decimal("0.001"))
    texto = format(kg.normalize(), "f")
    return texto


def _unidad_en(texto: str) -> Decimal | None:
    m = _UNIDAD_SOLA.search(texto)
    if m:
        return _UNIDADES.get(m.group(1).lower())
    m = re.search(rf"(?<![A-Za-z])({_ALT_UNIDADES})(?![A-Za-z])\s*$", texto.strip(), re.IGNORECASE)
    if m:
        return _UNIDADES.get(m.group(1).lower())
    return None


def _parse_masa(palabras: list[Palabra], unidad_etiqueta: Decimal | None):
    texto, ini = _texto_y_mapa(palabras)
    m = _CANTIDAD.search(texto)
    if m and m.start() <= 30:
        factor = _UNIDADES[m.group(2).lower()]
        valor = leer_decimal(m.group(1), factor)
        if valor is not None and valor > 0:
            return _kg(valor, factor), _palabras_tramo(palabras, ini, m.start(), m.end()), 1.0
    if unidad_etiqueta is not None:
        # «(KGS): 62,310»: se saltan la unidad entre paréntesis y la puntuación del principio.
        for p in palabras[:3]:
            t = p.texto.strip(SEP + "()[]")
            if not t or _UNIDADES.get(t.lower()) is not None:
                continue
            if _SOLO_NUMERO.match(t):
                valor = leer_decimal(t, unidad_etiqueta)
                if valor is not None and valor > 0:
                    return _kg(valor, unidad_etiqueta), [p], 0.9
            break
    return None


def buscar_volumen(doc: Documento) -> Candidato | None:
    cands = []
    for patron, peso in ((E.MASA_FUERTE, 1.0), (E.MASA_MEDIA, 0.75), (E.MASA_CANTIDAD, 0.65), (E.MASA_DEBIL, 0.5)):
        for d, s, m in doc.hits(patron):
            contexto = s.texto[max(0, m.start() - 12) : m.end() + 14]
            if E.MASA_NEGATIVA.search(contexto):
                continue
            if patron is not E.MASA_DEBIL and E.MASA_DEBIL.search(s.texto[max(0, m.start() - 14) : m.end()]):
                continue
            if patron in (E.MASA_MEDIA, E.MASA_CANTIDAD) and E.MASA_FUERTE.search(s.texto):
                continue
            if patron is E.MASA_CANTIDAD and E.MASA_MEDIA.search(s.texto):
                continue
            unidad = _unidad_en(s.texto[m.end() : m.end() + 12]) or _unidad_en(s.texto[max(0, m.start() - 2) : m.end() + 12])
            if _es_encabezado(s.texto, m) or (unidad and len(E.quitar_codigo(s.texto).strip(SEP)) <= len(m.group(0)) + 10):
                c = _volumen_columna(doc, d, s, unidad, peso)
                if c:
                    cands.append(c)
            for pal, pos in _valores(d, s, m, relajado=True, abajo=1):
                r = _parse_masa(pal, unidad)
                if r:
                    valor, usadas, f = r
                    conf = peso * FACTOR_POSICION[pos] * f * (0.6 + 0.4 * conf_media(usadas))
                    cands.append(Candidato(valor, usadas, conf, f"{m.group(0)} {' '.join(p.texto for p in usadas)}"))
                    break
    # Renglón de totales: «TOTAL .... 24,800 kg».
    for d, s, m in doc.hits(E.TOTAL):
        if E.MASA_NEGATIVA.search(s.texto):
            continue
        for pal, _pos in _valores(d, s, m, relajado=True, abajo=0):
            texto = " ".join(p.texto for p in pal)
            mm = _CANTIDAD.search(texto)
            if mm:
                r = _parse_masa(pal, None)
                if r:
                    valor, usadas, f = r
                    cands.append(Candidato(valor, usadas, 0.7 * (0.6 + 0.4 * conf_media(usadas)), f"{m.group(0)} {texto}"))
                    break
    return _mejor(cands)


def _valor_celda(celda: list[Palabra], unidad: Decimal | None) -> Decimal | None:
    texto = " ".join(p.texto for p in celda)
    m = _CANTIDAD.search(texto)
    if m:
        factor = _UNIDADES[m.group(2).lower()]
        numero = m.group(1)
    elif unidad is not None and _SOLO_NUMERO.match(texto.strip(SEP)):
        factor, numero = unidad, texto.strip(SEP)
    else:
        return None
    v = leer_decimal(numero, factor)
    return Decimal(_kg(v, factor)) if v is not None else None


def _volumen_columna(doc: Documento, d: Diseno, s: Segmento, unidad: Decimal | None, peso: float) -> Candidato | None:
    """Columna de pesos: el renglón «Total» si lo hay (también en la página siguiente, si la
    tabla sigue sin repetir el encabezado); si no, el único valor o la suma."""
    x0, x1 = _limites_columna(d, s, [s.renglon])
    valores: list[tuple[Decimal, list[Palabra], Renglon]] = []
    total = None
    terminada = False
    paginas = [d] + [x for x in doc.disenos if x.numero == d.numero + 1]
    for k, dd in enumerate(paginas):
        celdas = celdas_columna(dd, x0, x1, s.y1 if k == 0 else 0.0)
        if k > 0:
            # Continuación: solo renglones con forma de tabla, desde el primero con un valor.
            celdas = [(r, c) for r, c in celdas if len(r.segmentos) >= 2]
            while celdas and _valor_celda(celdas[0][1], unidad) is None:
                celdas.pop(0)
        for r, celda in celdas:
            if not celda:
                continue
            kg = _valor_celda(celda, unidad)
            if kg is None:
                if E.TOTAL.search(r.texto) or valores:
                    terminada = True
                    break  # la columna de pesos terminó
                continue
            if E.TOTAL.search(r.texto):
                total = (kg, celda, r)
                break
            valores.append((kg, celda, r))
        if total is not None or terminada or not valores:
            break
    if total is not None:
        kg, celda, r = total
        return Candidato(
            format(kg.normalize(), "f"), celda, 0.9 * peso * (0.6 + 0.4 * conf_media(celda)), f"{s.texto} — {r.texto}"
        )
    if len(valores) == 1:
        kg, celda, r = valores[0]
        return Candidato(
            format(kg.normalize(), "f"), celda, 0.85 * peso * (0.6 + 0.4 * conf_media(celda)), f"{s.texto} {r.texto}"
        )
    if len(valores) > 1:
        suma = sum(v[0] for v in valores)
        pal = [p for v in valores for p in v[1] if p.pagina == valores[0][1][0].pagina]
        return Candidato(
            format(suma.normalize(), "f"),
            pal,
            0.55 * peso * (0.6 + 0.4 * conf_media(pal)),
            f"{s.texto}: suma de {len(valores)} renglones",
        )
    return None


# --------------------------------------------------------------------------------------------
# Descripción y norma

_NORMA_TEXTO = re.compile(
    r"\b(?:BS\s*EN|DIN\s*EN|EN\s*ISO|UNE[\s-]*EN|NF\s*EN|EN|BS|ASTM|JIS|GB/?T|GB|DIN|ISO|TS|TSE|AS/?NZS|AS|API|KS|IS|UNE|NF|CSA|"
    r"NBR|GOST|NMX|SAE|AISI|ASME|SNI|TIS|PN|IRAM)\s*-?\s*(?:[A-Z]\s*-?\s*)?\d{2,6}(?:\s*[-/.:]\s*\d{1,4}[A-Z]?)*"
    r"(?:\s*(?:GRADE|GR\.?|CLASS|TYPE|GRADO)?\s*[A-Z]{0,3}\s?\d{2,4}[A-Z0-9+]{0,6}(?:\s[A-Z]\b)?)?",
    re.IGNORECASE,
)
_NORMA_EXCLUIDA = re.compile(
    r"\b(?:EN\s*10204|EN\s*10168|ISO\s*9001|ISO\s*14001|ISO\s*45001|ISO\s*/?\s*IEC\s*17025|ISO\s*17025|ISO\s*6892|"
    r"ISO\s*148|ISO\s*643|ISO\s*642|ISO\s*4967|DIN\s*50602|EN\s*10228|ISO\s*10893|ASTM\s*E\s*\d+|ASTM\s*A\s*370|"
    r"ISO\s*15630|ISO\s*7438|ISO\s*6506|ISO\s*6508|ISO\s*10474|ISO\s*50001|ISO\s*10027|EN\s*10027|OHSAS)",
    re.IGNORECASE,
)
_GRADO = re.compile(
    r"\b(?:B\s?500\s?[ABC]|S\d{3}[A-Z0-9+]*|HRB\s?\d{3}E?|Q\d{3}[A-E]?|SD\s?\d{3}W?|GR(?:ADE)?\.?\s*\d{2,3}|A\d{3}|SS\d{3})\b",
    re.IGNORECASE,
)


def _texto_valor(pal: list[Palabra]) -> str:
    return " ".join(p.texto for p in pal).strip(SEP)


def buscar_descripcion(doc: Documento) -> Candidato | None:
    partes: list[tuple[str, list[Palabra], float]] = []
    fuentes: list[str] = []  # el texto de origen de cada parte (etiqueta y valor)
    vistos: set[str] = set()
    producto = None
    for d, s, m in doc.hits(E.PRODUCTO, paginas=2):
        if E.PRODUCTO_NEGATIVO.search(s.texto[max(0, m.start() - 12) : m.end() + 14]):
            continue
        for pal, pos in _valores(d, s, m, relajado=False, abajo=1):
            t = _texto_valor(pal)
            if not t or E.es_etiqueta(t) or sum(c.isalpha() for c in t) < 4 or len(t) > 160:
                continue
            c = FACTOR_POSICION[pos] * (0.6 + 0.4 * conf_media(pal)) * (1.0 if d.numero == 1 else 0.85)
            if producto is None or c > producto[2]:
                producto = (t, pal, c)
            break
    if producto:
        partes.append(producto)
        fuentes.append(producto[0])
        vistos.add(producto[0].lower())
    usadas: set[int] = {id(p) for _, pal, _ in partes for p in pal}
    pagina_dim = producto[1][0].pagina if producto else None
    for d, s, m in doc.hits(E.DIMENSION, paginas=2):
        if pagina_dim is not None and d.numero != pagina_dim:
            continue
        if any(id(p) in usadas for p in _palabras_etiqueta(s, m)):
            continue  # «Length» dentro de «RoundBar - D 500 mm - Length 1500 mm», ya tomado
        contexto = s.texto.lower()
        if re.search(r"test|sample|specimen|probe|pr[oö]b|muestra|numune|试样|시험|toleran|grain|korn|tane", contexto):
            continue
        etiqueta = E.quitar_codigo(s.texto[: m.end()]).strip(SEP)
        for pal, pos in _valores(d, s, m, relajado=True, abajo=0):
            t = _texto_valor(pal)
            if not re.search(r"\d", t) or E.es_etiqueta(t) or len(t) > 80:
                continue
            if re.match(r"(?:no|nr|n[°º]|rev)\b", t, re.IGNORECASE):
                continue  # «Form No: 9.007.F01»: un folio, no una medida
            resto = s.texto[m.end() :].strip(SEP)
            if resto and not re.search(r"\d", resto) and len(resto) < 25:
                etiqueta = E.quitar_codigo(s.texto).strip(SEP)
            parte = f"{etiqueta}: {t}"
            if parte.lower() in vistos:
                continue
            evidencia_parte = list(pal) + [p for p in s.palabras if p not in pal]
            partes.append((parte, evidencia_parte, FACTOR_POSICION[pos] * (0.6 + 0.4 * conf_media(pal))))
            fuentes.append(s.texto if pos == "linea" else f"{s.texto} {t}")
            vistos.add(parte.lower())
            usadas.update(id(p) for p in pal)
            pagina_dim = d.numero
            break
        if len(partes) >= 6:
            break
    if not partes:
        return None
    primera_pagina = partes[0][1][0].pagina
    evidencia = [p for _, pal, _ in partes for p in pal if p.pagina == primera_pagina]
    conf = statistics.mean(c for _, _, c in partes) * (0.9 if producto else 0.7)
    return Candidato("; ".join(t for t, _, _ in partes), evidencia, conf, " / ".join(fuentes))


def buscar_norma(doc: Documento) -> Candidato | None:
    normas: list[tuple[str, list[Palabra], float]] = []
    grados: list[tuple[str, list[Palabra], float]] = []
    for d, s, m in doc.hits(E.NORMA, paginas=2):
        for pal, pos in _valores(d, s, m, relajado=True, abajo=1):
            t = _texto_valor(pal)
            if not t or E.es_etiqueta(t) or len(t) > 90:
                continue
            c = FACTOR_POSICION[pos] * (0.6 + 0.4 * conf_media(pal))
            etiqueta = m.group(0).lower()
            if _NORMA_TEXTO.search(t) and not _NORMA_EXCLUIDA.search(t):
                normas.append((t, pal, c))
                break
            if re.search(
                r"grade|designation|bezeichnung|sorte|grado|牌号|钢种|钢号|材质|강종|gatunek|kalite|10027", etiqueta
            ) and re.search(r"\d", t):
                grados.append((t, pal, c * 0.95))
                break
    if not normas:
        # Sin etiqueta: la primera norma de producto mencionada en la primera página.
        for d in doc.disenos[:1]:
            for s in d.segmentos:
                for mm in _NORMA_TEXTO.finditer(s.texto):
                    if _NORMA_EXCLUIDA.match(mm.group(0)):
                        continue
                    pal = s.palabras_en(mm.start(), mm.end())
                    normas.append((mm.group(0).strip(), pal, 0.55 * (0.6 + 0.4 * conf_media(pal))))
                    break
                if normas:
                    break
    if not normas and not grados:
        return None
    orden = normas[:1] + grados[:1] + normas[1:] + grados[1:]
    elegidas, vistos = [], set()
    for t, pal, c in orden:
        clave = re.sub(r"\W", "", t.lower())
        if clave in vistos or any(clave in v for v in vistos):
            continue
        vistos.add(clave)
        elegidas.append((t, pal, c))
        if len(elegidas) >= (2 if grados else 3):
            break
    primera = elegidas[0][1][0].pagina
    evidencia = [p for _, pal, _ in elegidas for p in pal if p.pagina == primera]
    conf = statistics.mean(c for _, _, c in elegidas)
    return Candidato(" ".join(t for t, _, _ in elegidas), evidencia, conf)


# --------------------------------------------------------------------------------------------
# Firma, sello o QR


def _parece_nombre(texto: str) -> bool:
    """«John D. Keller», «Dr. Lena Krause, Head of Quality»: palabras con mayúscula, sin cifras."""
    t = texto.strip(SEP)
    if not t or re.search(r"\d", t) or E.es_etiqueta(t) or len(t) > 80:
        return False
    palabras = re.findall(r"[^\W\d_][^\s,;]*", t)
    if not 2 <= len(palabras) <= 10:
        return False
    mayus = sum(1 for w in palabras if w[0].isupper())
    return mayus >= 2 and not re.search(r"schema|material identity|www|http", t, re.IGNORECASE)


def buscar_firma(doc: Documento) -> Campo | None:
    marcas: list[Marca] = [m for p in doc.paginas for m in p.marcas]
    pistas: list[tuple[Segmento, str]] = []
    for _d, s, m in doc.hits(E.FIRMA):
        if E.FIRMA_NEGADA.search(s.texto):
            continue  # «does not contain a personal signature»
        pistas.append((s, m.group(0)))
    evidencias: list[tuple[float, int, tuple, str, str]] = []  # (conf, página, caja, texto, método)
    metodo_pag = {p.numero: p.metodo for p in doc.paginas}
    for mk in marcas:
        if mk.tipo == "qr":
            evidencias.append((mk.confianza, mk.pagina, mk.caja, "código QR detectado en la página", metodo_pag[mk.pagina]))
        elif mk.tipo == "tinta_color":
            alto_pag = next(p.alto for p in doc.paginas if p.numero == mk.pagina)
            if (mk.caja[1] + mk.caja[3]) / 2 < 0.2 * alto_pag:
                continue  # arriba de la página: logotipo del membrete, no sello ni firma
            evidencias.append((mk.confianza * 0.9, mk.pagina, mk.caja, "tinta de color (sello o firma) en el escaneo", "ocr"))
        elif mk.tipo == "imagen":
            for s, _palabra in pistas:
                if s.pagina != mk.pagina:
                    continue
                dx = max(0.0, max(mk.caja[0] - s.x1, s.x0 - mk.caja[2]))
                dy = max(0.0, max(mk.caja[1] - s.y1, s.y0 - mk.caja[3]))
                if dx < 120 and dy < 80:
                    evidencias.append((0.6, mk.pagina, unir_cajas([mk.caja, s.caja]), f"imagen junto a «{s.texto}»", "texto"))
                    break
    for s, palabra in pistas:
        # Una pista de texto vale solo con un nombre al lado («Stamp of the inspection
        # representative      John D. Keller», «Validated by Dr. Lena Krause»): la palabra sola
        # («Signature:») es un espacio para firmar, no una firma.
        d = next(x for x in doc.disenos if x.numero == s.pagina)
        resto = s.texto[s.texto.lower().find(palabra.lower()) + len(palabra) :].strip(SEP)
        vecinos = []
        if _parece_nombre(resto):
            vecinos = []
        else:
            derecha = [x for x in d.siguientes(s)[:1] if _parece_nombre(x.texto)]
            abajo = [x for x in d.debajo(s.x0, s.x1, s.y1, max_dist=1.6 * d.alto_texto)[:1] if _parece_nombre(x.texto)]
            vecinos = derecha or abajo
            if not vecinos:
                continue
        caja = unir_cajas([s.caja] + [v.caja for v in vecinos])
        texto = s.texto + (f" — {vecinos[0].texto}" if vecinos else "")
        evidencias.append((0.5 * (0.6 + 0.4 * conf_media(s.palabras)), s.pagina, caja, texto, metodo_pag[s.pagina]))
    if not evidencias:
        return None
    evidencias.sort(key=lambda e: -e[0])
    mejor = evidencias[0]
    otras = [e[3] for e in evidencias[1:4]]
    texto = mejor[3] + (f" (además: {'; '.join(otras)})" if otras else "")
    conf = min(0.97, mejor[0] + 0.05 * min(3, len(evidencias) - 1))
    return Campo(True, mejor[1], mejor[2], conf, texto, mejor[4])


# --------------------------------------------------------------------------------------------
# Idioma y tipo de certificado


def buscar_idioma(doc: Documento) -> Campo | None:
    texto = "\n".join(s.texto for d in doc.disenos for s in d.segmentos)
    codigo, conf, puntos = detectar_idioma(texto)
    if codigo is None:
        return None
    # Evidencia: el renglón con más palabras de ese idioma en la primera página que tenga texto.
    mejor_r, mejor_n = None, -1
    for d in doc.disenos:
        for r in d.renglones:
            c, _, pts = detectar_idioma(r.texto)
            n = pts.get(codigo, 0)
            if n > mejor_n:
                mejor_r, mejor_n = r, n
        if mejor_n >= 3:
            break
    if mejor_r is None:
        return None
    otros = sorted(((k, v) for k, v in puntos.items() if k != codigo and v >= 0.4 * puntos[codigo]), key=lambda kv: -kv[1])
    texto_ev = mejor_r.texto
    if otros:
        texto_ev += f" (también: {', '.join(k for k, _ in otros)})"
    return campo_de_palabras(codigo, mejor_r.palabras, conf * (0.6 + 0.4 * conf_media(mejor_r.palabras)), texto_ev)


def tipo_probable(doc: Documento, coladas: Candidato | None) -> str | None:
    texto = "\n".join(s.texto for d in doc.disenos for s in d.segmentos)
    molino = len({m.group(0).lower() for m in E.MOLINO.finditer(texto)})
    calidad = len({m.group(0).lower() for m in E.CALIDAD.finditer(texto)})
    if coladas is not None:
        molino += 1
    if molino >= 2 and molino >= calidad:
        return "molino"
    if calidad >= 1 and coladas is None:
        return "calidad"
    if molino >= 1 and calidad == 0:
        return "molino"
    return None


# --------------------------------------------------------------------------------------------


def varios_certificados(cands: list[Candidato]) -> list[str]:
    """Números de certificado distintos, seguros y en páginas distintas: el PDF junta varios."""
    por_valor: dict[str, set[int]] = {}
    for c in cands:
        if c.conf >= 0.7:
            por_valor.setdefault(c.valor, set()).add(c.palabras[0].pagina)
    if len(por_valor) < 2:
        return []
    paginas = [min(p) for p in por_valor.values()]
    return sorted(por_valor, key=lambda v: min(por_valor[v])) if len(set(paginas)) > 1 else []


def extraer_campos(paginas: list[PaginaLeida]) -> tuple[dict[str, Campo], str | None, list[str]]:
    """(campos, tipo probable, advertencias) de las páginas leídas."""
    doc = Documento(paginas)
    campos: dict[str, Campo] = {}
    advertencias: list[str] = []

    def poner(nombre: str, cand: Candidato | None):
        if cand is not None and cand.palabras:
            campos[nombre] = cand.campo()

    cands_numero = candidatos_numero(doc)
    poner("numero", _mejor(cands_numero))
    varios = varios_certificados(cands_numero)
    if varios:
        advertencias.append(
            "El PDF parece contener varios certificados (números " + ", ".join(varios) + "). "
            "Revise que los datos correspondan al certificado correcto o cárguelos por separado."
        )
    poner("fecha_expedicion", buscar_fecha(doc))
    coladas = buscar_coladas(doc)
    poner("coladas", coladas)
    productor, bloque = buscar_productor(doc)
    pais = buscar_pais(doc, productor, bloque)
    if productor is not None and pais is not None:
        productor.valor = {**productor.valor, "pais": pais.valor}
    elif productor is not None:
        productor.valor = {**productor.valor, "pais": None}
    poner("productor", productor)
    poner("pais", pais)
    poner("volumen_kg", buscar_volumen(doc))
    poner("descripcion", buscar_descripcion(doc))
    poner("norma", buscar_norma(doc))
    firma = buscar_firma(doc)
    if firma is not None:
        campos["firma_sello_qr"] = firma
    idioma = buscar_idioma(doc)
    if idioma is not None:
        campos["idioma"] = idioma
    return campos, tipo_probable(doc, coladas), advertencias
