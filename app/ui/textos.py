"""The description helper's text (field 11). Pure Python: no Qt, no rule logic.

It writes what rule R12 asks a description to state — steel type, dimensions, coating or
finish, integrated accessories, the unit price in USD/kg — and, when the invoice unit differs
from the tariff unit (R7), that the conversion was made. The rules then check the result like
any text the clerk typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.conversion import nombre_unidad, precio_texto


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
