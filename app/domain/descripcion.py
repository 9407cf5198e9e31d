"""Field 11, the description of the goods: composing it and reading it back.

The composer writes what rule R12 asks a description to state — steel type, dimensions,
coating or finish, integrated accessories, the unit price in USD/kg — and, when the invoice unit
differs from the tariff unit (R7), that the conversion was made. The readers below are what the
rules use to check any description, composed here or typed by the clerk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .conversion import nombre_unidad, precio_texto


@dataclass(frozen=True, slots=True)
class PartesDescripcion:
    producto: str = ""  # "Varilla corrugada"
    tipo_acero: str = ""  # "acero al carbono"
    norma: str = ""  # "BS 4449 B500B"
    dimensiones: str = ""  # "25 mm x 14 m"
    acabado: str = ""  # "sin recubrimiento"
    accesorios: str = ""  # "sin accesorios integrados"

    @classmethod
    def desde(cls, datos: object) -> PartesDescripcion:
        if not isinstance(datos, dict):
            return cls()
        return cls(**{k: str(datos.get(k, "") or "") for k in cls.__dataclass_fields__})

    def a_dict(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__ if getattr(self, k)}


def _frase(t: str) -> str:
    t = t.strip().rstrip(".")
    return t[:1].upper() + t[1:] + "." if t else ""


def nota_conversion(unidades_factura: list[str], umt: str) -> str:
    otras = [u for u in dict.fromkeys(unidades_factura) if u and u != umt]
    if not otras:
        return ""
    de = " y ".join(f"{nombre_unidad(u)} ({u})" for u in otras)
    return f"Factura en {de}, convertidas a {nombre_unidad(umt)} ({umt})."


def componer_descripcion(partes: PartesDescripcion, precio_kg: Decimal | None, unidades_factura: list[str],
                         umt: str) -> str:
    """``Varilla corrugada de acero al carbono BS 4449 B500B, 25 mm x 14 m, sin recubrimiento.
    Sin accesorios integrados. Precio unitario 0.69 USD/kg. Factura en toneladas (TNE), convertidas
    a kilogramos (KGM).``"""
    cabeza = partes.producto.strip()
    if partes.tipo_acero.strip():
        cabeza = f"{cabeza} de {partes.tipo_acero.strip()}" if cabeza else partes.tipo_acero.strip()
    if partes.norma.strip():
        cabeza = f"{cabeza} {partes.norma.strip()}".strip()
    trozos = [cabeza] + [x.strip() for x in (partes.dimensiones, partes.acabado) if x.strip()]
    frases = [_frase(", ".join(t for t in trozos if t))]
    if partes.accesorios.strip():
        frases.append(_frase(partes.accesorios))
    if precio_kg is not None:
        frases.append(f"Precio unitario {precio_texto(precio_kg)} USD/kg.")
    frases.append(nota_conversion(unidades_factura, umt))
    return " ".join(f for f in frases if f)


# ------------------------------------------------------------------------------------------
# reading a description (rules R7 and R12)

_MONEDA_USD = r"(?:usd|us\$|u\.s\.d\.?|dolares?(?: americanos| estadounidenses)?|dlls?\.?|\$)"
_POR_KG = r"(?:/|por|x|el|cada|per)\s*(?:un\s+|1\s*)?(?:kgm|kgs|kg|kilogramos|kilogramo|kilos|kilo)\b"
_CIFRA = r"\d+(?:[.,]\d+)?"
# The price is looked for in two steps, both cheap: where the text says "per kilogram", and then
# the few characters right before it ("0.69 USD", "USD 0.69") or, for "USD/kg: 0.69" and
# "(USD/KG): 0.6900", after it.
_POR_KG_RE = re.compile(_POR_KG, re.IGNORECASE)
_PRECIO_ANTES = re.compile(rf"(?:{_MONEDA_USD}\s*(?P<a>{_CIFRA})|(?P<b>{_CIFRA})\s*{_MONEDA_USD})\s*$", re.IGNORECASE)
_MONEDA_ANTES = re.compile(rf"{_MONEDA_USD}\s*$", re.IGNORECASE)
_CIFRA_DESPUES = re.compile(rf"\s*\)?\s*[:=]?\s*(?P<c>{_CIFRA})(?![\d.,]*\d)")


def precios_por_kg(texto: str) -> list[Decimal]:
    """Every unit price in USD per kilogram written in ``texto`` (folded: lower case, no accents)."""
    precios = []
    for m in _POR_KG_RE.finditer(texto):
        antes = texto[max(0, m.start() - 48):m.start()]
        if (p := _PRECIO_ANTES.search(antes)) is not None:
            precios.append(p.group("a") or p.group("b"))
        elif _MONEDA_ANTES.search(antes) and (d := _CIFRA_DESPUES.match(texto, m.end())) is not None:
            precios.append(d.group("c"))
    return [Decimal(x.replace(",", ".")) for x in precios]


_DIMENSION = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:mm|cm|m|mts?|in|pulg(?:adas?)?|\"|'')(?![a-z])|\d+(?:[.,]\d+)?\s*[x×]\s*\d+|"
    r"calibre\s*\d+|cal\.?\s*\d+|\bø\s*\d+|diametro\s*(?:de\s*)?\d+|espesor\s*(?:de\s*)?\d+",
    re.IGNORECASE,
)
# Plain words are checked as substrings (fast); the few that need word boundaries, by regex.
_TIPO_ACERO_PALABRAS = ("acero", "inoxidable", "aleado", "carbono", "hierro", "fundicion", "ferro", "astm", "aisi",
                        "b500", "s235", "s275", "s355", "a36", "a572", "a615", "a653", "a1011", "spcc", "sphc", "dc0")
_TIPO_ACERO_RE = re.compile(r"sae\b|jis\b|\bdin\b|\ben\s?10|\bbs\s?\d|\bgrado\b|\bgr\.|\bq235|\bq345")
_ACABADO_PALABRAS = (
    "laminad", "galvaniz", "galvalum", "recubiert", "revestid", "sin recubr", "sin revest", "pintad", "decapad",
    "corrugad", "pulid", "estirad", "trefilad", "forjad", "aceitad", "zincad", "estanad", "cromad", "niquelad",
    "esmaltad", "en caliente", "en frio", "acabado", "negro", "natural", "liso", "sin pintar", "brillante", "mate",
    "tratamiento", "templad", "recocid", "normalizad",
)


def faltan_en_descripcion(texto: str) -> list[str]:
    """What rule R12 asks that the (folded) description does not state: ``tipo_acero``,
    ``dimensiones``, ``acabado``."""
    faltan = []
    if not (any(p in texto for p in _TIPO_ACERO_PALABRAS) or _TIPO_ACERO_RE.search(texto)):
        faltan.append("tipo_acero")
    if not _DIMENSION.search(texto):
        faltan.append("dimensiones")
    if not any(p in texto for p in _ACABADO_PALABRAS):
        faltan.append("acabado")
    return faltan


_CONVERSION_PALABRAS = ("conver", "convierte", "equivalen")
_EXPRESADO_EN_KG = re.compile(r"expresad[ao]s? en k")
_PALABRAS_UNIDAD = {
    "TNE": r"\b(?:toneladas?|ton|tons|tne|tm)\b", "LBR": r"\b(?:libras?|lbs?|lbr)\b", "GRM": r"\bgramos?\b",
}
_KG_TEXTO = re.compile(r"kilogramo|\bkilos?\b|\bkgm?\b|\bkgs\b")


def dice_conversion(texto: str, unidades_factura: list[str] | tuple[str, ...] = ()) -> bool:
    """The (folded) description says the invoice is in another unit than the notice (R7):
    «convertidas a kilogramos», or any statement that names the invoice's unit and the kilogram
    («La factura expresa la cantidad en toneladas; en este aviso se declara en kilogramos»)."""
    if any(p in texto for p in _CONVERSION_PALABRAS) or _EXPRESADO_EN_KG.search(texto):
        return True
    sin_precio = _POR_KG_RE.sub(" ", texto)  # "USD/kg" of the price says nothing about the quantity
    if not unidades_factura or not _KG_TEXTO.search(sin_precio):
        return False
    return all(re.search(_PALABRAS_UNIDAD.get(u, rf"\b{re.escape(u.lower())}\b"), sin_precio) for u in unidades_factura)
