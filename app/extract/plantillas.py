"""Plantillas por molino: dónde pone cada molino los datos que el lector genérico no halla.

Cuando el capturista corrige un dato de un certificado, :func:`aprender` busca ese valor entre
las palabras leídas (texto u OCR) y recuerda **dónde** está: la página, la caja del valor
relativa al tamaño de la página, la etiqueta junto a él (a su izquierda, en la misma frase o
arriba, o el encabezado de la columna para las coladas) y la **forma** del valor (p. ej.
``RI-2025/0412`` -> dos letras, guion, cuatro cifras, diagonal, cuatro cifras). Con eso arma una
:class:`Plantilla` por molino, identificada por el nombre del productor y por palabras
distintivas del membrete de la primera página.

La próxima vez que se lee un certificado de ese molino, :func:`aplicar` (después de la
extracción genérica) busca cada dato en el lugar recordado: localiza la etiqueta (tolerando
errores del OCR), traslada la caja recordada lo que se movió la etiqueta y toma las palabras de
esa zona que tengan la forma aprendida; si la etiqueta no aparece, prueba en la caja recordada
tal cual. Lo hallado reemplaza la propuesta genérica, con su evidencia (caja y texto) y el
método ``plantilla``. Una regla solo se guarda si, aplicada al mismo certificado, devuelve el
valor que escribió el capturista.

Archivos: un JSON por molino en ``paths.plantillas`` (``<clave>.json``), escrito de forma
atómica; :func:`exportar` / :func:`importar` los comparten entre colegas (un ``.json`` con
varias plantillas o un ``.zip`` con un JSON por molino). Las expresiones regulares nunca se leen
de un archivo: se vuelven a derivar de los ejemplos guardados, así un archivo importado no puede
meter un patrón peligroso.

Sin Qt: solo Python, rapidfuzz y el modelo de :mod:`app.extract.modelo`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .campos import _CANTIDAD, _NUMERO, _UNIDADES, _kg, _normalizar_colada, es_colada, leer_decimal
from .diseno import Diseno, Segmento
from .fechas import buscar_fechas
from .modelo import Caja, Campo, Lectura, PaginaLeida, Palabra, conf_media, unir_cajas
from .paises import buscar_paises, pais_de_nombre

log = logging.getLogger(__name__)

FORMATO = "aaips-plantilla-molino/1"
FORMATO_PAQUETE = "aaips-plantillas/1"
METODO = "plantilla"

#: Campos que se pueden aprender y el tipo de valor de cada uno.
TIPOS: dict[str, str] = {
    "numero": "forma",
    "fecha_expedicion": "fecha",
    "coladas": "coladas",
    "volumen_kg": "cantidad",
    "pais": "pais",
    "productor.nombre": "texto",
    "productor.domicilio": "texto",
    "productor.pais": "pais",
    "productor.telefono": "forma",
    "productor.correo": "forma",
    "descripcion": "texto",
    "norma": "texto",
}
CAMPOS_APRENDIBLES = tuple(TIPOS)

#: Umbral de parecido para reconocer una etiqueta leída con errores de OCR (0..100).
PARECIDO_ETIQUETA = 84
#: Umbral del puntaje de identificación (0..1).
UMBRAL_IDENTIFICACION = 0.6

MAX_BYTES_ARCHIVO = 1024 * 1024
MAX_PLANTILLAS_PAQUETE = 500
_CLAVE_VALIDA = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")

# Palabras de cualquier certificado: no distinguen a un molino de otro.
_GENERICAS = set(
    """
    certificate certificates certificado certificados certificat zertifikat zeugnis bescheinigung sertifika
    inspection inspeccion test tests testing report reporte informe mill mills material materials steel steels
    acero aceros quality calidad according conforme segun date fecha datum tarih number numero nummer page pagina
    customer cliente kunde order pedido bestellung product producto produkt heat heats colada coladas grade grado
    standard norma normas weight peso gewicht total totales type tipo tel phone telefono fax email mail correo www
    http https with from para with this that these the and del los las por con der die das und von fur for
    delivery entrega address direccion adresse contract contrato invoice factura issued emitido issue expedicion
    plant works werk company compania limited gmbh corp corporation inc ltd co sa de cv srl spa llc plc ag kg
    """.split()
)
_FORMAS_JURIDICAS = {
    "ltd", "limited", "gmbh", "inc", "corp", "corporation", "co", "sa", "de", "cv", "srl", "spa", "llc", "plc", "ag",
    "kg", "as", "bv", "nv", "ab", "oy", "jsc", "pjsc", "tbk", "bhd", "pvt", "sanayi", "ticaret", "the", "and", "y",
}


class ErrorPlantilla(Exception):
    """Un archivo de plantillas no se puede leer. ``str()`` en español: qué pasó y qué hacer."""


# --------------------------------------------------------------------------------------------
# Registros


@dataclass(frozen=True, slots=True)
class Regla:
    """Dónde pone un molino un dato. Cajas relativas al ancho y alto de la página (0..1)."""

    campo: str
    tipo: str
    pagina: int
    caja: Caja
    etiqueta: str = ""
    caja_etiqueta: Caja | None = None
    #: Posición del valor respecto de la etiqueta: ``linea`` (misma frase), ``izquierda``
    #: (etiqueta a la izquierda), ``arriba`` (etiqueta encima), ``columna`` (encabezado de tabla).
    relacion: str = ""
    #: Valores de ejemplo (el que escribió el capturista); de ellos sale la forma.
    ejemplos: tuple[str, ...] = ()
    #: Cantidades: kilogramos por unidad escrita (``1000`` si el molino escribe toneladas).
    factor: str = "1"
    #: Fechas: ``md`` si el molino escribe mes/día.
    orden_fecha: str = ""
    aprendida: str = ""

    @property
    def patron(self) -> re.Pattern[str] | None:
        return patron_de(self.tipo, self.campo, self.ejemplos)

    def a_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "tipo": self.tipo,
            "pagina": self.pagina,
            "caja": [round(v, 5) for v in self.caja],
            "etiqueta": self.etiqueta,
            "caja_etiqueta": [round(v, 5) for v in self.caja_etiqueta] if self.caja_etiqueta else None,
            "relacion": self.relacion,
            "ejemplos": list(self.ejemplos),
            "aprendida": self.aprendida,
        }
        if self.factor != "1":
            d["factor"] = self.factor
        if self.orden_fecha:
            d["orden_fecha"] = self.orden_fecha
        patron = self.patron
        if patron is not None:
            d["patron"] = patron.pattern  # informativo: al leer se deriva de los ejemplos
        return d

    @classmethod
    def de_json(cls, campo: str, d: Mapping[str, Any]) -> Regla:
        if campo not in TIPOS:
            raise ValueError(f"campo desconocido «{campo}»")
        tipo = TIPOS[campo]
        caja = _caja_rel(d.get("caja"), "caja")
        if caja is None:
            raise ValueError(f"«{campo}» no tiene caja")
        caja_et = _caja_rel(d.get("caja_etiqueta"), "caja_etiqueta")
        pagina = d.get("pagina", 1)
        if not isinstance(pagina, int) or not 1 <= pagina <= 500:
            raise ValueError(f"«{campo}»: página inválida")
        ejemplos = d.get("ejemplos") or []
        if not isinstance(ejemplos, list) or not all(isinstance(e, str) and len(e) <= 300 for e in ejemplos):
            raise ValueError(f"«{campo}»: ejemplos inválidos")
        etiqueta = d.get("etiqueta") or ""
        if not isinstance(etiqueta, str) or len(etiqueta) > 200:
            raise ValueError(f"«{campo}»: etiqueta inválida")
        factor = str(d.get("factor", "1"))
        try:
            if Decimal(factor) <= 0:
                raise ValueError
        except (InvalidOperation, ValueError):
            raise ValueError(f"«{campo}»: factor inválido") from None
        relacion = d.get("relacion") or ""
        if relacion not in ("", "linea", "izquierda", "arriba", "columna"):
            raise ValueError(f"«{campo}»: relación inválida")
        orden = d.get("orden_fecha") or ""
        if orden not in ("", "md"):
            raise ValueError(f"«{campo}»: orden de fecha inválido")
        return cls(
            campo=campo, tipo=tipo, pagina=pagina, caja=caja, etiqueta=etiqueta, caja_etiqueta=caja_et,
            relacion=relacion, ejemplos=tuple(ejemplos[-12:]), factor=factor, orden_fecha=orden,
            aprendida=str(d.get("aprendida") or ""),
        )


@dataclass(frozen=True, slots=True)
class Plantilla:
    """Lo que se sabe de los certificados de un molino."""

    clave: str
    nombre: str
    firma_nombre: str = ""
    firma_palabras: tuple[str, ...] = ()
    reglas: Mapping[str, Regla] = field(default_factory=dict)
    creada: str = ""
    actualizada: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def a_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            "formato": FORMATO,
            "clave": self.clave,
            "nombre": self.nombre,
            "firma": {"nombre": self.firma_nombre, "palabras": list(self.firma_palabras)},
            "campos": {c: r.a_json() for c, r in self.reglas.items()},
            "creada": self.creada,
            "actualizada": self.actualizada,
        }

    @classmethod
    def de_json(cls, d: Any) -> Plantilla:
        if not isinstance(d, dict):
            raise ValueError("no es un objeto JSON")
        if d.get("formato") != FORMATO:
            raise ValueError(f"el formato no es «{FORMATO}»")
        clave = d.get("clave")
        if not isinstance(clave, str) or not _CLAVE_VALIDA.match(clave):
            raise ValueError("la clave falta o no es válida")
        nombre = d.get("nombre") or clave
        if not isinstance(nombre, str) or len(nombre) > 200:
            raise ValueError("el nombre no es válido")
        firma = d.get("firma") or {}
        if not isinstance(firma, dict):
            raise ValueError("la firma no es válida")
        palabras = firma.get("palabras") or []
        if not isinstance(palabras, list) or not all(isinstance(p, str) and len(p) <= 60 for p in palabras):
            raise ValueError("las palabras de la firma no son válidas")
        campos = d.get("campos") or {}
        if not isinstance(campos, dict):
            raise ValueError("«campos» no es un objeto")
        reglas = {}
        for campo, r in campos.items():
            if campo not in TIPOS:
                continue  # un campo de una versión más nueva: se ignora
            if not isinstance(r, dict):
                raise ValueError(f"«{campo}» no es un objeto")
            reglas[campo] = Regla.de_json(campo, r)
        conocidas = {"formato", "clave", "nombre", "firma", "campos", "creada", "actualizada"}
        return cls(
            clave=clave,
            nombre=nombre,
            firma_nombre=_norm(str(firma.get("nombre") or "")),
            firma_palabras=tuple(_norm(p) for p in palabras[:60] if _norm(p)),
            reglas=reglas,
            creada=str(d.get("creada") or ""),
            actualizada=str(d.get("actualizada") or ""),
            extra={k: v for k, v in d.items() if k not in conocidas},
        )

    def campos_aprendidos(self) -> list[str]:
        return [c for c in CAMPOS_APRENDIBLES if c in self.reglas]


def _caja_rel(v: Any, nombre: str) -> Caja | None:
    if v is None:
        return None
    if not isinstance(v, list | tuple) or len(v) != 4 or not all(isinstance(x, int | float) for x in v):
        raise ValueError(f"«{nombre}» debe ser [x0, y0, x1, y1]")
    x0, y0, x1, y1 = (float(x) for x in v)
    if not (-0.2 <= x0 <= x1 <= 1.2 and -0.2 <= y0 <= y1 <= 1.2):
        raise ValueError(f"«{nombre}» está fuera de la página")
    return (x0, y0, x1, y1)


# --------------------------------------------------------------------------------------------
# Texto normalizado y formas


def _sin_acentos(t: str) -> str:
    t = t.replace("ı", "i").replace("İ", "I").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def _norm(t: str) -> str:
    """Minúsculas sin acentos; todo lo que no es letra o cifra, un espacio."""
    return re.sub(r"[\W_]+", " ", _sin_acentos(t).lower()).strip()


def _compacto(t: str) -> str:
    return _norm(t).replace(" ", "")


def forma(valor: str) -> str:
    """Expresión regular con la forma de ``valor``: tramos de cifras y de letras con un poco de
    holgura en su largo, separadores tal cual (con un espacio opcional: el OCR a veces lo mete)."""
    partes = []
    for m in re.finditer(r"\d+|[^\W\d_]+|\s+|.", valor.strip()):
        t = m.group(0)
        n = len(t)
        if t.isdigit():
            partes.append(rf"\d{{{max(1, n - 2)},{n + 2}}}")
        elif t.isspace():
            partes.append(r"\s*")
        elif t.isalpha():
            lo, hi = (n, n) if n <= 3 else (max(2, n - 3), n + 3)
            partes.append(rf"[^\W\d_]{{{lo},{hi}}}")
        else:
            partes.append(r"\s?" + re.escape(t) + r"\s?")
    return "".join(partes)


_RE_CORREO = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_RE_TELEFONO = r"(?:\+|\b00)?\s?\(?\d[\d\s().\-/]{5,}\d"


def patron_de(tipo: str, campo: str, ejemplos: Iterable[str]) -> re.Pattern[str] | None:
    """El patrón de una regla, derivado de sus ejemplos (nunca leído de un archivo)."""
    ejemplos = [e for e in ejemplos if e and e.strip()]
    if tipo not in ("forma", "coladas") or not ejemplos:
        return None
    if campo == "productor.correo":
        return re.compile(_RE_CORREO)
    if campo == "productor.telefono":
        return re.compile(_RE_TELEFONO)
    formas = sorted({forma(e) for e in ejemplos[-12:]}, key=len, reverse=True)
    return re.compile(r"(?<![\w/\-])(?:" + "|".join(formas) + r")(?![\w/\-])", re.IGNORECASE)


def _ahora() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _slug(texto: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", _sin_acentos(texto).lower()).strip("-")
    return s[:60].strip("-")


# --------------------------------------------------------------------------------------------
# El documento: páginas, diseños y renglones


class _Doc:
    def __init__(self, lectura: Lectura):
        self.lectura = lectura
        self.paginas: dict[int, PaginaLeida] = {p.numero: p for p in lectura.paginas}
        self._disenos: dict[int, Diseno] = {}
        self._renglon_de: dict[int, dict[int, int]] = {}

    def diseno(self, numero: int) -> Diseno | None:
        if numero not in self.paginas:
            return None
        if numero not in self._disenos:
            p = self.paginas[numero]
            d = Diseno(p.palabras, p.ancho, p.alto, p.numero, p.reglas)
            self._disenos[numero] = d
            self._renglon_de[numero] = {id(w): r.indice for r in d.renglones for w in r.palabras}
        return self._disenos[numero]

    def renglon(self, numero: int, palabra: Palabra) -> int:
        self.diseno(numero)
        return self._renglon_de[numero].get(id(palabra), -1)

    def numeros(self) -> list[int]:
        return sorted(self.paginas)


def _rel(caja: Caja, p: PaginaLeida) -> Caja:
    return (round(caja[0] / p.ancho, 5), round(caja[1] / p.alto, 5), round(caja[2] / p.ancho, 5), round(caja[3] / p.alto, 5))


def _abs(caja: Caja, p: PaginaLeida) -> Caja:
    return (caja[0] * p.ancho, caja[1] * p.alto, caja[2] * p.ancho, caja[3] * p.alto)


def _caja(palabras: Iterable[Palabra]) -> Caja:
    return unir_cajas(p.caja for p in palabras)


def _tiene_letras(t: str, minimo: int = 2) -> bool:
    return sum(c.isalpha() for c in t) >= minimo


# --------------------------------------------------------------------------------------------
# Dónde está un valor (para aprender)


@dataclass
class _Hallazgo:
    pagina: int
    palabras: list[Palabra]
    alineado: bool = True
    factor: str = "1"
    orden_fecha: str = ""

    @property
    def caja(self) -> Caja:
        return _caja(self.palabras)


def _mapa_compacto(palabras: list[Palabra]) -> tuple[str, list[int], set[int], set[int]]:
    """Texto compacto del renglón, índice de palabra por carácter, inicios y fines de palabra."""
    partes, indice, inicios, fines = [], [], set(), set()
    pos = 0
    for i, p in enumerate(palabras):
        c = _compacto(p.texto)
        if not c:
            continue
        inicios.add(pos)
        partes.append(c)
        indice.extend([i] * len(c))
        pos += len(c)
        fines.add(pos)
    return "".join(partes), indice, inicios, fines


def _buscar_literal(doc: _Doc, valor: str) -> list[_Hallazgo]:
    objetivo = _compacto(valor)
    if len(objetivo) < 2:
        return []
    salida = []
    for n in doc.numeros():
        d = doc.diseno(n)
        for r in d.renglones:
            texto, indice, inicios, fines = _mapa_compacto(r.palabras)
            i = texto.find(objetivo)
            while i >= 0:
                f = i + len(objetivo)
                usadas = r.palabras[indice[i] : indice[f - 1] + 1]
                salida.append(_Hallazgo(n, usadas, alineado=i in inicios and f in fines))
                i = texto.find(objetivo, i + 1)
    return salida


def _buscar_texto(doc: _Doc, valor: str) -> list[_Hallazgo]:
    """Un texto libre: en un renglón, o en partes (separadas por comas) en renglones seguidos."""
    hallados = _buscar_literal(doc, valor)
    if hallados:
        return hallados
    partes = [x.strip() for x in re.split(r"[,;\n]+", valor) if _compacto(x)]
    if len(partes) < 2:
        return []
    salida = []
    for h0 in _buscar_literal(doc, partes[0]):
        juntas = [h0]
        d = doc.diseno(h0.pagina)
        for parte in partes[1:]:
            ult = juntas[-1].caja
            mejor = None
            for h in _buscar_literal(doc, parte):
                c = h.caja
                if h.pagina != h0.pagina or c[1] < ult[1] - 0.3 * d.alto_texto:
                    continue
                if c[1] - ult[3] > 2.2 * d.alto_texto:
                    continue
                misma_linea = abs(c[1] - ult[1]) < 0.5 * d.alto_texto
                if misma_linea and c[0] < ult[2] - 1:
                    continue
                if not misma_linea and abs(c[0] - h0.caja[0]) > 8 * d.alto_texto:
                    continue
                clave = (c[1], c[0])
                if mejor is None or clave < mejor[0]:
                    mejor = (clave, h)
            if mejor is None:
                break
            juntas.append(mejor[1])
        else:
            palabras = [p for h in juntas for p in h.palabras]
            salida.append(_Hallazgo(h0.pagina, palabras, alineado=all(h.alineado for h in juntas)))
    return salida


def _buscar_fecha(doc: _Doc, fecha: dt.date) -> list[_Hallazgo]:
    salida = []
    for n in doc.numeros():
        for s in doc.diseno(n).segmentos:
            for f in buscar_fechas(s.texto):
                orden = ""
                if f.fecha != fecha:
                    try:
                        invertida = dt.date(f.fecha.year, f.fecha.day, f.fecha.month)
                    except ValueError:
                        continue
                    if not (f.ambigua and invertida == fecha):
                        continue
                    orden = "md"
                palabras = s.palabras_en(f.inicio, f.fin)
                if palabras:
                    salida.append(_Hallazgo(n, palabras, orden_fecha=orden))
    return salida


_RE_NUMERO = re.compile(rf"(?<![\w.,])(?:{_NUMERO})(?![\w])")


def _cantidades(texto: str, factor_defecto: Decimal) -> list[tuple[int, int, Decimal, Decimal]]:
    """[(inicio, fin, kg, factor)] de los números del texto, con la unidad escrita si la hay."""
    salida = []
    ocupado: list[tuple[int, int]] = []
    for m in _CANTIDAD.finditer(texto):
        factor = _UNIDADES[m.group(2).lower()]
        v = leer_decimal(m.group(1), factor)
        if v is not None and v > 0:
            salida.append((m.start(), m.end(), Decimal(_kg(v, factor)), factor))
            ocupado.append(m.span())
    for m in _RE_NUMERO.finditer(texto):
        if any(a <= m.start() < b for a, b in ocupado):
            continue
        v = leer_decimal(m.group(0), factor_defecto)
        if v is not None and v > 0:
            salida.append((m.start(), m.end(), Decimal(_kg(v, factor_defecto)), factor_defecto))
    salida.sort()
    return salida


def _buscar_cantidad(doc: _Doc, kg: Decimal) -> list[_Hallazgo]:
    salida = []
    for n in doc.numeros():
        for s in doc.diseno(n).segmentos:
            for factor in (Decimal(1), Decimal(1000), Decimal("0.45359237")):
                for i, f, valor, usado in _cantidades(s.texto, factor):
                    if abs(valor - kg) <= Decimal("0.001") * max(Decimal(1), kg.copy_abs()) / 1000:
                        palabras = s.palabras_en(i, f)
                        if palabras:
                            salida.append(_Hallazgo(n, palabras, factor=format(usado.normalize(), "f")))
    vistos, unicos = set(), []
    for h in salida:
        clave = (h.pagina, tuple(id(p) for p in h.palabras))
        if clave not in vistos:
            vistos.add(clave)
            unicos.append(h)
    return unicos


def _n_gramas_pais(palabras: list[Palabra]) -> Iterable[tuple[int, int, str]]:
    """(inicio, fin, alfa3) de los nombres de país entre las palabras (el más largo en cada inicio)."""
    i = 0
    while i < len(palabras):
        hallado = None
        for j in range(min(len(palabras), i + 4), i, -1):
            texto = " ".join(p.texto for p in palabras[i:j])
            letras = sum(c.isalpha() for c in texto)
            if letras < 3:
                continue
            codigo = pais_de_nombre(texto)
            if codigo:
                hallado = (i, j, codigo)
                break
        if hallado:
            yield hallado
            i = hallado[1]
        else:
            i += 1


def _buscar_pais(doc: _Doc, codigo: str) -> list[_Hallazgo]:
    salida = []
    for n in doc.numeros():
        for r in doc.diseno(n).renglones:
            for i, j, c in _n_gramas_pais(r.palabras):
                if c == codigo:
                    salida.append(_Hallazgo(n, r.palabras[i:j]))
    return salida


def _buscar_coladas(doc: _Doc, coladas: list[str]) -> list[_Hallazgo]:
    objetivos = {_normalizar_colada(c)[0] for c in coladas if c.strip()}
    por_pagina: dict[int, dict[str, Palabra]] = {}
    for n in doc.numeros():
        for p in doc.paginas[n].palabras:
            for pieza in re.split(r"[,;]", p.texto):
                t = _normalizar_colada(pieza)[0]
                if t in objetivos:
                    por_pagina.setdefault(n, {}).setdefault(t, p)
    if not por_pagina:
        return []
    n = max(por_pagina, key=lambda k: (len(por_pagina[k]), -k))
    palabras = sorted(set(por_pagina[n].values()), key=lambda p: (p.y0, p.x0), reverse=False)
    # una misma palabra puede tener varias coladas («A1, A2»): se quitan repetidas conservando orden
    unicas = []
    for p in palabras:
        if not any(p is q for q in unicas):
            unicas.append(p)
    return [_Hallazgo(n, unicas)]


# --------------------------------------------------------------------------------------------
# La etiqueta junto a un valor


def _segmento_de(d: Diseno, palabra: Palabra) -> Segmento | None:
    for s in d.segmentos:
        if any(p is palabra for p in s.palabras):
            return s
    return None


def _es_etiqueta_util(texto: str) -> bool:
    t = texto.strip(" :：.-#|/\\")
    return _tiene_letras(t) and sum(c.isalpha() for c in t) >= 0.4 * max(1, len(t.replace(" ", "")))


def _etiqueta_de(d: Diseno, palabras: list[Palabra], saltar=None) -> tuple[list[Palabra], str] | None:
    """(palabras de la etiqueta, relación) para el valor formado por ``palabras``."""
    primera = min(palabras, key=lambda p: p.x0)
    s = _segmento_de(d, primera)
    caja = _caja(palabras)
    if s is not None:
        previas = [p for p in s.palabras if p.x1 <= primera.x0 + 0.5 and not any(p is q for q in palabras)]
        previas = previas[-6:]
        if previas and _es_etiqueta_util(" ".join(p.texto for p in previas)):
            return previas, "linea"
        r = s.renglon
        if r is not None and s.indice > 0:
            izq = r.segmentos[s.indice - 1]
            if _es_etiqueta_util(izq.texto):  # también lejos: «TOTAL ........ 24,350»
                return izq.palabras[-6:], "izquierda"
    # Arriba: el segmento más cercano que se encima horizontalmente (saltando celdas de valores).
    candidatos = []
    for s2 in d.segmentos:
        if s2.y1 > caja[1] + 0.2 * d.alto_texto or caja[1] - s2.y1 > 8 * d.alto_texto:
            continue
        solape = min(s2.x1, caja[2]) - max(s2.x0, caja[0])
        if solape <= 0.3 * min(s2.x1 - s2.x0, caja[2] - caja[0]):
            continue
        candidatos.append(s2)
    candidatos.sort(key=lambda s2: -s2.y1)
    for s2 in candidatos:
        if saltar is not None and saltar(s2):
            continue
        if caja[1] - s2.y1 > (8 if saltar is not None else 2.6) * d.alto_texto:
            break
        if _es_etiqueta_util(s2.texto):
            return s2.palabras[:8], ("columna" if saltar is not None else "arriba")
        if saltar is None:
            break
    return None


# --------------------------------------------------------------------------------------------
# Aplicar una regla


def _buscar_etiqueta(doc: _Doc, n: int, etiqueta: str) -> list[tuple[list[Palabra], float]]:
    """Apariciones de la etiqueta en la página ``n``: (palabras, parecido 0..1)."""
    objetivo = _norm(etiqueta)
    if not objetivo:
        return []
    fichas = objetivo.split()
    d = doc.diseno(n)
    salida = []
    for r in d.renglones:
        normas = [_norm(p.texto) for p in r.palabras]
        for i in range(len(r.palabras)):
            if not normas[i]:
                continue
            mejor = None
            for j in range(i + 1, min(len(r.palabras), i + len(fichas) + 2) + 1):
                cand = " ".join(x for x in normas[i:j] if x)
                if cand == objetivo:
                    mejor = (j, 100.0)
                    break
                parecido = fuzz.ratio(cand, objetivo)
                if parecido >= PARECIDO_ETIQUETA and (mejor is None or parecido > mejor[1]):
                    mejor = (j, parecido)
            if mejor is not None:
                salida.append((r.palabras[i : mejor[0]], mejor[1] / 100))
    # sin traslapes: la mejor de las que comparten palabras
    salida.sort(key=lambda x: -x[1])
    elegidas: list[tuple[list[Palabra], float]] = []
    for pal, s in salida:
        if not any(any(p is q for q in e[0]) for e in elegidas for p in pal):
            elegidas.append((pal, s))
    return elegidas


def _palabras_en(doc: _Doc, n: int, region: Caja) -> list[Palabra]:
    x0, y0, x1, y1 = region
    dentro = [p for p in doc.paginas[n].palabras if p.texto.strip() and x0 <= p.cx <= x1 and y0 <= p.cy <= y1]
    dentro.sort(key=lambda p: (doc.renglon(n, p), p.x0))
    return dentro


def _lineas(doc: _Doc, n: int, palabras: list[Palabra]) -> list[list[Palabra]]:
    lineas: dict[int, list[Palabra]] = {}
    for p in palabras:
        lineas.setdefault(doc.renglon(n, p), []).append(p)
    return [sorted(v, key=lambda p: p.x0) for _, v in sorted(lineas.items())]


def _texto_con_mapa(lineas: list[list[Palabra]]) -> tuple[str, list[tuple[int, int, Palabra]]]:
    partes, mapa, pos = [], [], 0
    for k, linea in enumerate(lineas):
        if k:
            partes.append("\n")
            pos += 1
        for i, p in enumerate(linea):
            if i:
                partes.append(" ")
                pos += 1
            mapa.append((pos, pos + len(p.texto), p))
            partes.append(p.texto)
            pos += len(p.texto)
    return "".join(partes), mapa


def _tramo(mapa: list[tuple[int, int, Palabra]], i: int, f: int) -> list[Palabra]:
    return [p for a, b, p in mapa if b > i and a < f]


def _region(caja: Caja, alto: float, tipo: str) -> Caja:
    x0, y0, x1, y1 = caja
    w = x1 - x0
    if tipo == "texto":
        return (x0 - 0.6 * alto, y0 - 0.45 * alto, x1 + max(0.15 * w, 1.5 * alto), y1 + 0.45 * alto)
    return (x0 - 0.8 * alto, y0 - 0.45 * alto, x1 + max(0.8 * w, 8 * alto), y1 + 0.45 * alto)


@dataclass
class _Valor:
    valor: Any
    palabras: list[Palabra]
    texto: str


def _extraer(doc: _Doc, n: int, regla: Regla, caja: Caja) -> _Valor | None:
    """El valor de ``regla`` en la zona ``caja`` (ya trasladada) de la página ``n``."""
    d = doc.diseno(n)
    alto = d.alto_texto
    tipo = regla.tipo
    if tipo == "coladas":
        return _extraer_coladas(doc, n, regla, caja)
    if tipo == "texto":
        return _extraer_texto(doc, n, regla, caja)
    palabras = _palabras_en(doc, n, _region(caja, alto, tipo))
    if not palabras:
        return None
    texto, mapa = _texto_con_mapa(_lineas(doc, n, palabras))
    if tipo == "forma":
        patron = regla.patron
        if patron is None:
            return None
        m = patron.search(texto)
        if not m:
            return None
        usadas = _tramo(mapa, m.start(), m.end())
        valor = re.sub(r"\s+", " ", m.group(0)).strip()
        if regla.campo == "numero":
            valor = re.sub(r"\s*([/\-.])\s*", r"\1", valor)
        return _Valor(valor, usadas, m.group(0))
    if tipo == "fecha":
        for f in buscar_fechas(texto.replace("\n", " ")):
            fecha = f.fecha
            if regla.orden_fecha == "md" and f.ambigua:
                try:
                    fecha = dt.date(fecha.year, fecha.day, fecha.month)
                except ValueError:
                    continue
            usadas = _tramo(mapa, f.inicio, f.fin)
            return _Valor(fecha.isoformat(), usadas, texto[f.inicio : f.fin])
        return None
    if tipo == "cantidad":
        for i, f, kg, _factor in _cantidades(texto.replace("\n", " "), Decimal(regla.factor)):
            usadas = _tramo(mapa, i, f)
            return _Valor(format(kg.normalize(), "f"), usadas, texto[i:f])
        return None
    if tipo == "pais":
        for linea in _lineas(doc, n, palabras):
            for i, j, codigo in _n_gramas_pais(linea):
                return _Valor(codigo, linea[i:j], " ".join(p.texto for p in linea[i:j]))
        hallados = buscar_paises(texto)
        if hallados:
            return _Valor(hallados[0][2], palabras, texto)
        return None
    return None


def _extraer_texto(doc: _Doc, n: int, regla: Regla, caja: Caja) -> _Valor | None:
    """Texto libre: los segmentos que se enciman con la caja recordada (la frase completa, aunque
    sea más larga que la de la vez pasada), sin la etiqueta ni los segmentos vecinos."""
    d = doc.diseno(n)
    alto = d.alto_texto
    x0, y0, x1, y1 = caja
    ancho = max(1.0, x1 - x0)
    elegidas: list[Palabra] = []
    for s in d.segmentos:
        cy = (s.y0 + s.y1) / 2
        if not (y0 - 0.45 * alto <= cy <= y1 + 0.45 * alto):
            continue
        solape = min(s.x1, x1) - max(s.x0, x0)
        if solape <= 0.5 * min(s.x1 - s.x0, ancho) and not (x0 - alto <= s.x0 <= x0 + 0.5 * ancho):
            continue
        elegidas += [p for p in s.palabras if p.cx >= x0 - 0.8 * alto]
    if not elegidas:
        return None
    lineas = _lineas(doc, n, elegidas)
    sep = ", " if regla.campo == "productor.domicilio" else " "
    textos = [" ".join(p.texto for p in linea).strip(" :;,|") for linea in lineas]
    valor = sep.join(t for t in textos if t)
    if regla.etiqueta and _norm(valor).startswith(_norm(regla.etiqueta)):
        valor = valor[len(regla.etiqueta) :].strip(" :;,|")
    if not _tiene_letras(valor, 2):
        return None
    return _Valor(valor, elegidas, " / ".join(textos))


def _extraer_coladas(doc: _Doc, n: int, regla: Regla, caja: Caja) -> _Valor | None:
    d = doc.diseno(n)
    alto = d.alto_texto
    patron = regla.patron
    columna = regla.relacion == "columna"  # en la columna de coladas, todo lo que parece colada lo es

    def colada(texto: str) -> list[str]:
        salida = []
        for pieza in re.split(r"[,;]", texto):
            t, _ = _normalizar_colada(pieza)
            if t and ((patron is not None and patron.fullmatch(t)) or ((patron is None or columna) and es_colada(t))):
                salida.append(t)
        return salida

    halladas: list[tuple[str, Palabra]] = []
    if columna:
        x0, y0, x1, _y1 = caja
        w = x1 - x0
        cx0, cx1 = x0 - 0.35 * w - alto, x1 + 0.35 * w + alto
        ultimo_y = None
        for r in d.renglones:
            if r.cy < y0 - 0.6 * alto:
                continue
            if ultimo_y is not None and r.y0 - ultimo_y > 6 * alto:
                break
            celda = [p for p in r.palabras if cx0 <= p.cx <= cx1]
            if not celda:
                continue
            texto = " ".join(p.texto for p in celda)
            encontradas = [(t, p) for p in celda for t in colada(p.texto)]
            if encontradas:
                halladas += encontradas
                ultimo_y = r.y1
            elif halladas or ultimo_y is not None or r.cy > y0 + 3 * alto:
                if _tiene_letras(texto, 1) or re.search(r"\d", texto):
                    break
    else:
        palabras = _palabras_en(doc, n, _region(caja, alto, "forma"))
        for linea in _lineas(doc, n, palabras):
            for p in linea:
                for t in colada(p.texto):
                    halladas.append((t, p))
    if not halladas:
        return None
    valores, palabras = [], []
    for t, p in halladas:
        if t not in valores:
            valores.append(t)
        if not any(p is q for q in palabras):
            palabras.append(p)
    return _Valor(valores, palabras, ", ".join(valores))


def _aplicar_regla(doc: _Doc, regla: Regla) -> tuple[_Valor, int, float, str] | None:
    """(valor, página, confianza, cómo) de una regla en el documento, o None."""
    paginas = [regla.pagina] if regla.pagina in doc.paginas else []
    paginas += [n for n in doc.numeros() if n not in paginas]
    if regla.etiqueta:
        for n in paginas:
            pag = doc.paginas[n]
            caja = _abs(regla.caja, pag)
            et_antes = _abs(regla.caja_etiqueta, pag) if regla.caja_etiqueta else caja
            hits = _buscar_etiqueta(doc, n, regla.etiqueta)
            hits.sort(key=lambda h: (-round(h[1], 2), abs(_caja(h[0])[1] - et_antes[1]) + abs(_caja(h[0])[0] - et_antes[0])))
            for pal, parecido in hits[:4]:
                et = _caja(pal)
                dx, dy = et[0] - et_antes[0], et[1] - et_antes[1]
                movida = (caja[0] + dx, caja[1] + dy, caja[2] + dx, caja[3] + dy)
                v = _extraer(doc, n, regla, movida)
                if v is not None and not any(any(p is q for q in pal) for p in v.palabras):
                    return v, n, 0.92 * parecido, f"junto a «{' '.join(p.texto for p in pal)}»"
    if regla.pagina in doc.paginas:
        pag = doc.paginas[regla.pagina]
        v = _extraer(doc, regla.pagina, regla, _abs(regla.caja, pag))
        if v is not None:
            # Sin etiqueta que lo ancle, el lugar pudo cambiar: confianza baja (no queda marcado para
            # «Aceptar todo lo marcado»; el capturista lo revisa uno por uno).
            return v, regla.pagina, 0.58, "en la zona recordada"
    return None


def _campo_de(v: _Valor, n: int, conf: float, como: str, plantilla: Plantilla) -> Campo:
    mismas = [p for p in v.palabras if p.pagina == n] or v.palabras
    confianza = conf * (0.6 + 0.4 * conf_media(mismas))
    texto = f"plantilla «{plantilla.nombre}»: {v.texto} ({como})"
    return Campo(valor=v.valor, pagina=n, bbox=_caja(mismas), confianza=confianza, texto=texto, metodo=METODO)


# --------------------------------------------------------------------------------------------
# Identificar el molino


def _fichas(texto: str) -> list[str]:
    return [t for t in _norm(texto).split() if len(t) >= 3]


def _fichas_nombre(nombre: str) -> list[str]:
    return [t for t in _fichas(nombre) if t not in _FORMAS_JURIDICAS and t not in _GENERICAS and not t.isdigit()]


def _palabras_membrete(lectura: Lectura, excluir: Iterable[str] = ()) -> list[str]:
    """Palabras distintivas del tercio superior de la primera página (sin cifras ni genéricas)."""
    if not lectura.paginas:
        return []
    p = min(lectura.paginas, key=lambda x: x.numero)
    fuera = {_norm(e) for e in excluir}
    salida: list[str] = []
    for w in sorted(p.palabras, key=lambda w: (round(w.y0 / 4), w.x0)):
        if w.cy > 0.35 * p.alto:
            continue
        for t in _fichas(w.texto):
            if len(t) < 4 or any(c.isdigit() for c in t) or t in _GENERICAS or t in fuera or t in salida:
                continue
            salida.append(t)
    return salida[:30]


def _fichas_documento(lectura: Lectura) -> set[str]:
    if not lectura.paginas:
        return set()
    p = min(lectura.paginas, key=lambda x: x.numero)
    return {t for w in p.palabras for t in _fichas(w.texto)}


def _presentes(buscadas: Iterable[str], fichas: set[str]) -> float:
    buscadas = list(buscadas)
    if not buscadas:
        return 0.0
    n = 0
    for t in buscadas:
        if t in fichas or any(fuzz.ratio(t, f) >= 86 for f in fichas if abs(len(f) - len(t)) <= 2):
            n += 1
    return n / len(buscadas)


def puntaje(lectura: Lectura, plantilla: Plantilla, fichas: set[str] | None = None) -> float:
    """Qué tanto se parece el certificado a los de la plantilla (0..1)."""
    fichas = _fichas_documento(lectura) if fichas is None else fichas
    nombre = _fichas_nombre(plantilla.firma_nombre)
    membrete = _presentes(plantilla.firma_palabras, fichas)
    if nombre:
        en_nombre = _presentes(nombre, fichas)
        if en_nombre < 0.75:
            return 0.5 * en_nombre * membrete
        return 0.6 * en_nombre + 0.4 * membrete if plantilla.firma_palabras else en_nombre
    # Sin nombre del productor solo cuenta el membrete, y debe parecerse mucho.
    return membrete if membrete >= 0.8 else 0.5 * membrete


def identificar(lectura: Lectura, plantillas: Iterable[Plantilla]) -> Plantilla | None:
    """La plantilla del molino que emitió este certificado, o ``None``."""
    fichas = _fichas_documento(lectura)
    mejor, mejor_p = None, 0.0
    for p in plantillas:
        if not p.reglas:
            continue
        s = puntaje(lectura, p, fichas)
        if s >= UMBRAL_IDENTIFICACION and s > mejor_p:
            mejor, mejor_p = p, s
    return mejor


# --------------------------------------------------------------------------------------------
# Aprender y aplicar


def _texto_valor(campo: str, valor: Any) -> str | None:
    """El valor corregido como texto canónico (fecha ISO, kg sin ceros, código de país...)."""
    if valor is None:
        return None
    tipo = TIPOS[campo]
    if tipo == "fecha":
        if isinstance(valor, dt.date):
            return valor.isoformat()
        try:
            return dt.date.fromisoformat(str(valor).strip()).isoformat()
        except ValueError:
            return None
    if tipo == "cantidad":
        try:
            d = Decimal(str(valor).strip().replace(",", ""))
        except InvalidOperation:
            return None
        return format(d.normalize(), "f") if d > 0 else None
    if tipo == "pais":
        t = str(valor).strip().upper()
        return t if re.fullmatch(r"[A-Z]{3}", t) else pais_de_nombre(t)
    if tipo == "coladas":
        if isinstance(valor, str):
            valor = [x for x in re.split(r"[,;\s]+", valor) if x]
        lista = [str(x).strip() for x in valor if str(x).strip()]
        return ", ".join(lista) if lista else None
    t = str(valor).strip()
    return t or None


def _iguales(campo: str, a: Any, b: str) -> bool:
    """¿El valor que halló la regla es el que escribió el capturista? Con tolerancia a un error de
    OCR en los textos (la regla está en el lugar correcto aunque el OCR haya leído mal una letra)."""
    tipo = TIPOS[campo]
    if tipo == "coladas":
        halladas = [_normalizar_colada(x)[0] for x in (a or [])]
        buscadas = [_normalizar_colada(x)[0] for x in b.split(", ")]

        def par(x: str, otras: list[str]) -> bool:
            return any(x == y or fuzz.ratio(x, y) >= 80 for y in otras)

        emparejadas = sum(1 for x in buscadas if par(x, halladas))
        return all(par(x, buscadas) for x in halladas) and emparejadas >= max(1, (len(buscadas) + 1) // 2)
    if tipo == "cantidad":
        try:
            return Decimal(str(a)) == Decimal(b)
        except InvalidOperation:
            return False
    if tipo in ("fecha", "pais"):
        return str(a) == b
    x, y = _compacto(str(a)), _compacto(b)
    return x == y or (len(y) >= 6 and fuzz.ratio(x, y) >= 90)


def _hallazgos(doc: _Doc, campo: str, texto: str) -> list[_Hallazgo]:
    tipo = TIPOS[campo]
    if tipo == "fecha":
        return _buscar_fecha(doc, dt.date.fromisoformat(texto))
    if tipo == "cantidad":
        return _buscar_cantidad(doc, Decimal(texto))
    if tipo == "pais":
        return _buscar_pais(doc, texto)
    if tipo == "coladas":
        return _buscar_coladas(doc, texto.split(", "))
    if tipo == "texto":
        return _buscar_texto(doc, texto)
    return _buscar_literal(doc, texto)


def _nombre_productor(lectura: Lectura) -> str:
    for clave in ("productor.nombre", "productor"):
        c = lectura.campos.get(clave)
        if c is None:
            continue
        v = c.valor.get("nombre") if isinstance(c.valor, dict) else c.valor
        if isinstance(v, str) and v.strip():
            return v.strip()
    return ""


def nueva_plantilla(lectura: Lectura, productor: str | None = None) -> Plantilla:
    """Una plantilla vacía para el molino de este certificado (sin reglas todavía).

    ``productor``: el nombre del productor que confirmó el capturista; ``None`` toma el que leyó el
    extractor; ``""`` no usa nombre (el molino se reconoce solo por su membrete)."""
    nombre = _nombre_productor(lectura) if productor is None else productor.strip()
    palabras = _palabras_membrete(lectura)
    firma_nombre = _norm(nombre)
    if nombre:
        clave = _slug(nombre) or "molino"
    else:
        clave = "molino-" + hashlib.sha1(" ".join(palabras).encode()).hexdigest()[:10]
        nombre = " ".join(palabras[:4]).upper() or "Molino sin nombre"
    ahora = _ahora()
    return Plantilla(clave=clave, nombre=nombre, firma_nombre=firma_nombre, firma_palabras=tuple(palabras),
                     creada=ahora, actualizada=ahora)


def aprender(
    lectura: Lectura,
    campo: str,
    valor_corregido: Any,
    *,
    plantilla: Plantilla | None = None,
    productor: str | None = None,
) -> Plantilla | None:
    """Recuerda dónde puso este molino el valor que escribió el capturista.

    :param plantilla: la plantilla del molino si ya existe (se devuelve una copia con la regla
        nueva); si no, se crea una.
    :param productor: el nombre del productor tal como lo aceptó el capturista (identifica al
        molino la próxima vez). Con ``None`` se toma el que leyó el extractor, que puede estar mal:
        la interfaz pasa siempre el confirmado (``""`` si no hay: el molino se reconoce entonces
        solo por las palabras de su membrete).
    :returns: la plantilla con la regla, o ``None`` si el valor no aparece en el certificado (no
        hay dónde aprenderlo) o si la regla no lo vuelve a encontrar.
    """
    if campo not in TIPOS:
        return None
    texto = _texto_valor(campo, valor_corregido)
    if not texto:
        return None
    doc = _Doc(lectura)
    hallazgos = _hallazgos(doc, campo, texto)
    if not hallazgos:
        return None
    base = plantilla or nueva_plantilla(lectura, productor)
    anterior = base.reglas.get(campo)
    ejemplos = list(anterior.ejemplos if anterior else ())
    nuevos = texto.split(", ") if TIPOS[campo] == "coladas" else [texto]
    ejemplos = [e for e in ejemplos if e not in nuevos] + nuevos
    ahora = _ahora()

    patron_col = patron_de("coladas", campo, ejemplos) if TIPOS[campo] == "coladas" else None

    def saltar(s2: Segmento) -> bool:  # celdas de coladas entre el encabezado y la primera
        return all(patron_col is not None and patron_col.fullmatch(_normalizar_colada(p.texto)[0]) for p in s2.palabras)

    con_etiqueta = []
    for h in hallazgos[:40]:
        d = doc.diseno(h.pagina)
        etiqueta = _etiqueta_de(d, h.palabras, saltar if patron_col is not None else None)
        if patron_col is not None and etiqueta is None:
            etiqueta = _etiqueta_de(d, h.palabras[:1])
        con_etiqueta.append((h, etiqueta))

    def orden(he: tuple[_Hallazgo, tuple[list[Palabra], str] | None]) -> tuple:
        h, etiqueta = he
        rango = 2 if etiqueta is None else (1 if etiqueta[1] == "arriba" else 0)
        c = h.caja
        return (rango, not h.alineado, h.pagina, c[1], c[0])

    for h, etiqueta in sorted(con_etiqueta, key=orden)[:6]:
        pag = doc.paginas[h.pagina]
        caja_valor = h.caja
        if TIPOS[campo] == "coladas" and etiqueta is not None and etiqueta[1] == "columna":
            caja_valor = h.palabras[0].caja  # la primera celda; las demás se buscan hacia abajo
        candidatas = []
        if etiqueta is not None:
            pal_et, relacion = etiqueta
            candidatas.append(Regla(
                campo=campo, tipo=TIPOS[campo], pagina=h.pagina, caja=_rel(caja_valor, pag),
                etiqueta=" ".join(p.texto for p in pal_et).strip(), caja_etiqueta=_rel(_caja(pal_et), pag),
                relacion=relacion, ejemplos=tuple(ejemplos[-12:]), factor=h.factor, orden_fecha=h.orden_fecha,
                aprendida=ahora,
            ))
        candidatas.append(Regla(
            campo=campo, tipo=TIPOS[campo], pagina=h.pagina, caja=_rel(h.caja, pag), relacion="",
            ejemplos=tuple(ejemplos[-12:]), factor=h.factor, orden_fecha=h.orden_fecha, aprendida=ahora,
        ))
        for regla in candidatas:
            r = _aplicar_regla(doc, regla)
            if r is not None and _iguales(campo, r[0].valor, texto):
                reglas = dict(base.reglas)
                reglas[campo] = regla
                nombre = base.nombre
                firma_nombre = base.firma_nombre
                if campo == "productor.nombre" or (productor and not base.firma_nombre):
                    nombre = texto if campo == "productor.nombre" else (productor or nombre)
                    firma_nombre = _norm(nombre)
                return replace(base, reglas=reglas, actualizada=ahora, nombre=nombre, firma_nombre=firma_nombre)
    return None


def aplicar(lectura: Lectura, plantillas: Iterable[Plantilla] | Plantilla) -> Lectura:
    """La lectura con los datos que la plantilla del molino encuentra en su lugar recordado.

    Si ninguna plantilla corresponde al certificado, devuelve la misma lectura. Los valores
    hallados reemplazan (o agregan) los del extractor genérico con método ``plantilla``; los
    datos del productor además se reflejan en ``campos["productor"]``.
    """
    plantilla = plantillas if isinstance(plantillas, Plantilla) else identificar(lectura, plantillas)
    if plantilla is None:
        return lectura
    doc = _Doc(lectura)
    campos = dict(lectura.campos)
    hallados = []
    for campo in CAMPOS_APRENDIBLES:
        regla = plantilla.reglas.get(campo)
        if regla is None:
            continue
        try:
            r = _aplicar_regla(doc, regla)
        except Exception as e:  # noqa: BLE001 - una regla dañada no tumba la lectura
            log.warning("la regla %s de la plantilla %s falló: %r", campo, plantilla.clave, e)
            continue
        if r is None:
            continue
        v, n, conf, como = r
        campos[campo] = _campo_de(v, n, conf, como, plantilla)
        hallados.append(campo)
    subs = [c for c in hallados if c.startswith("productor.")]
    if subs or ("pais" in hallados and "productor" in campos):
        prod = campos.get("productor")
        valor = dict(prod.valor) if prod is not None and isinstance(prod.valor, dict) else {
            "nombre": None, "domicilio": None, "telefono": None, "correo": None, "pais": None}
        for c in subs:
            valor[c.split(".", 1)[1]] = campos[c].valor
        if "pais" in hallados and "productor.pais" not in hallados:
            valor["pais"] = campos["pais"].valor
        if prod is not None:
            campos["productor"] = replace(prod, valor=valor)
        elif valor.get("nombre"):
            ev = campos.get("productor.nombre") or campos[subs[0]]
            campos["productor"] = replace(ev, valor=valor)
    if not hallados:
        return lectura
    nombres = ", ".join(NOMBRES_CAMPOS.get(c, c) for c in hallados)
    aviso = f"Se aplicó la plantilla del molino «{plantilla.nombre}»: {nombres}."
    return replace(lectura, campos=campos, advertencias=[*lectura.advertencias, aviso])


NOMBRES_CAMPOS = {
    "numero": "número de certificado",
    "fecha_expedicion": "fecha de expedición",
    "coladas": "coladas",
    "volumen_kg": "volumen",
    "pais": "país de origen",
    "productor.nombre": "nombre del productor",
    "productor.domicilio": "domicilio del productor",
    "productor.pais": "país del productor",
    "productor.telefono": "teléfono del productor",
    "productor.correo": "correo del productor",
    "descripcion": "descripción",
    "norma": "norma",
}


def combinar(actual: Plantilla, otra: Plantilla) -> Plantilla:
    """Une dos plantillas del mismo molino: por campo, gana la regla aprendida más recientemente."""
    reglas = dict(actual.reglas)
    for campo, r in otra.reglas.items():
        mia = reglas.get(campo)
        if mia is None or (r.aprendida or "") > (mia.aprendida or ""):
            reglas[campo] = r
    palabras = list(actual.firma_palabras) + [p for p in otra.firma_palabras if p not in actual.firma_palabras]
    return replace(actual, reglas=reglas, firma_palabras=tuple(palabras[:60]),
                   firma_nombre=actual.firma_nombre or otra.firma_nombre,
                   actualizada=max(actual.actualizada, otra.actualizada))


# --------------------------------------------------------------------------------------------
# Archivos


def _escribir_atomico(destino: Path, datos: bytes) -> None:
    destino.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=destino.parent, prefix=f".{destino.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(datos)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, destino)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def ruta_plantilla(carpeta: str | os.PathLike[str], clave: str) -> Path:
    if not _CLAVE_VALIDA.match(clave):
        raise ValueError(f"clave de plantilla inválida: {clave!r}")
    return Path(carpeta) / f"{clave}.json"


def guardar_plantilla(carpeta: str | os.PathLike[str], plantilla: Plantilla) -> Path:
    """Escribe ``<clave>.json`` en ``carpeta`` (atómico). Devuelve la ruta."""
    ruta = ruta_plantilla(carpeta, plantilla.clave)
    _escribir_atomico(ruta, _json_bytes(plantilla.a_json()))
    return ruta


def eliminar_plantilla(carpeta: str | os.PathLike[str], clave: str) -> bool:
    ruta = ruta_plantilla(carpeta, clave)
    if ruta.is_file():
        ruta.unlink()
        return True
    return False


def cargar_plantillas(carpeta: str | os.PathLike[str]) -> list[Plantilla]:
    """Las plantillas de la carpeta; un archivo dañado se salta (queda en el registro)."""
    carpeta = Path(carpeta)
    if not carpeta.is_dir():
        return []
    salida = []
    for ruta in sorted(carpeta.glob("*.json")):
        try:
            if ruta.stat().st_size > MAX_BYTES_ARCHIVO:
                raise ValueError("el archivo es demasiado grande")
            salida.append(Plantilla.de_json(json.loads(ruta.read_text(encoding="utf-8"))))
        except (OSError, ValueError) as e:
            log.warning("plantilla ilegible %s: %s", ruta, e)
    return salida


def exportar(plantillas: Iterable[Plantilla], ruta: str | os.PathLike[str]) -> Path:
    """Escribe las plantillas en ``ruta``: ``.zip`` (un JSON por molino) o ``.json`` (todas juntas)."""
    ruta = Path(ruta)
    plantillas = list(plantillas)
    if ruta.suffix.lower() == ".zip":
        import io

        tampon = io.BytesIO()
        with zipfile.ZipFile(tampon, "w", zipfile.ZIP_DEFLATED) as z:
            for p in plantillas:
                z.writestr(f"{p.clave}.json", _json_bytes(p.a_json()))
        _escribir_atomico(ruta, tampon.getvalue())
    else:
        _escribir_atomico(ruta, _json_bytes({"formato": FORMATO_PAQUETE, "plantillas": [p.a_json() for p in plantillas]}))
    return ruta


def _de_objeto(obj: Any) -> list[Plantilla]:
    if isinstance(obj, dict) and obj.get("formato") == FORMATO_PAQUETE:
        lista = obj.get("plantillas")
        if not isinstance(lista, list):
            raise ValueError("«plantillas» no es una lista")
        if len(lista) > MAX_PLANTILLAS_PAQUETE:
            raise ValueError(f"trae más de {MAX_PLANTILLAS_PAQUETE} plantillas")
        salida = []
        for i, p in enumerate(lista, start=1):
            try:
                salida.append(Plantilla.de_json(p))
            except ValueError as e:
                raise ValueError(f"plantilla {i}: {e}") from None
        return salida
    return [Plantilla.de_json(obj)]


def importar(ruta: str | os.PathLike[str]) -> list[Plantilla]:
    """Lee plantillas de un ``.json`` (una o varias) o de un ``.zip`` de JSON.

    :raises ErrorPlantilla: el archivo no existe, no es de plantillas o está dañado (en español).
    """
    ruta = Path(ruta)
    try:
        if zipfile.is_zipfile(ruta):
            salida = []
            with zipfile.ZipFile(ruta) as z:
                nombres = [i for i in z.infolist() if i.filename.lower().endswith(".json") and not i.is_dir()]
                if len(nombres) > MAX_PLANTILLAS_PAQUETE:
                    raise ValueError(f"trae más de {MAX_PLANTILLAS_PAQUETE} archivos")
                for info in nombres:
                    if info.file_size > MAX_BYTES_ARCHIVO:
                        raise ValueError(f"«{info.filename}» es demasiado grande")
                    try:
                        salida += _de_objeto(json.loads(z.read(info).decode("utf-8")))
                    except ValueError as e:
                        raise ValueError(f"«{info.filename}»: {e}") from None
            if not salida:
                raise ValueError("el ZIP no contiene plantillas (archivos .json)")
            return salida
        if ruta.stat().st_size > MAX_BYTES_ARCHIVO * 20:
            raise ValueError("el archivo es demasiado grande")
        return _de_objeto(json.loads(ruta.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise ErrorPlantilla(f"No se encontró «{ruta.name}». Revise que no se haya movido o borrado.") from None
    except (OSError, ValueError, UnicodeDecodeError, zipfile.BadZipFile) as e:
        raise ErrorPlantilla(
            f"«{ruta.name}» no es un archivo de plantillas de molinos válido ({e}). "
            "Pida a su colega que lo exporte de nuevo desde «Plantillas de molinos…»."
        ) from None


__all__ = [
    "Plantilla",
    "Regla",
    "ErrorPlantilla",
    "CAMPOS_APRENDIBLES",
    "TIPOS",
    "NOMBRES_CAMPOS",
    "METODO",
    "aprender",
    "aplicar",
    "identificar",
    "puntaje",
    "nueva_plantilla",
    "combinar",
    "exportar",
    "importar",
    "cargar_plantillas",
    "guardar_plantilla",
    "eliminar_plantilla",
    "ruta_plantilla",
    "forma",
    "patron_de",
]
