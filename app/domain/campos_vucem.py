"""The 12 VUCEM fields of a notice exactly as the clerk types them, built once.

The wizard's review step (with its «Copiar» buttons), the printed checklist and the Excel
register all show these values; none of them formats a field on its own. A value the notice
does not have is ``""``; a value the file gave that does not parse is shown as it came
(``invalidos``), so the clerk sees what is wrong instead of a blank.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .catalogos import Catalogos, Molino
from .conversion import UnidadNoConvertible, centavos, factor, texto_numero
from .model import Aviso, Certificado, Expediente

UMT_POR_DEFECTO = "KGM"  # all of chapter 72 is measured in kilograms
# Raw materials of steelmaking: field 4 (country of the steel) does not apply (DOMAIN.md, field 4).
PARTIDAS_MATERIA_PRIMA = frozenset({"7201", "7202", "7203", "7204"})


def es_materia_prima(fraccion: str) -> bool:
    """A fraction of a raw material of steelmaking (scrap, pig iron, DRI, ferro-alloys):
    the country of origin of the steel (field 4) does not apply to it."""
    return (fraccion or "")[:4] in PARTIDAS_MATERIA_PRIMA


def umt_de_fraccion(catalogos: Catalogos, fraccion: str, nico: str = "") -> str | None:
    """The tariff unit the fraction is measured in: the catalog's, or kilograms for chapter 72."""
    cat = catalogos.fracciones
    umt = cat.umt(fraccion, nico) if cat is not None and fraccion else None
    if umt:
        return umt
    return UMT_POR_DEFECTO if (fraccion or "")[:2] == "72" else None


def umt_de(aviso: Aviso, catalogos: Catalogos) -> str:
    """The unit of the notice's quantity: the one it declares, else its fraction's."""
    return aviso.umt or umt_de_fraccion(catalogos, aviso.fraccion, aviso.nico) or UMT_POR_DEFECTO


def cantidad_kg(aviso: Aviso, catalogos: Catalogos) -> Decimal | None:
    """The notice's quantity in kilograms (None when it has none or its unit is not a mass)."""
    if aviso.cantidad is None:
        return None
    try:
        return aviso.cantidad * factor(umt_de(aviso, catalogos), "KGM")
    except UnidadNoConvertible:
        return None


def fecha_captura(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def dinero_captura(d: Decimal | None) -> str:
    """``16905.00``: dollars as typed into VUCEM."""
    return "" if d is None else texto_numero(centavos(d), minimo_decimales=2)


def molino_del_catalogo(aviso: Aviso, catalogos: Catalogos) -> Molino | None:
    """The catalog entry field 10 names (by key when it has one, else by name)."""
    m, cat = aviso.molino, catalogos.molinos
    if cat is None or not (m.clave or m.nombre):
        return None
    return cat.buscar(clave=m.clave) if m.clave else cat.buscar(nombre=m.nombre)


@dataclass(frozen=True, slots=True)
class CampoVucem:
    clave: str  # fraccion, nico, cantidad, valor_usd, ... (also the review step's row name)
    numero: int  # 1..12, VUCEM order
    etiqueta: str  # Spanish label
    valor: str  # exactly what is typed (or chosen) in VUCEM; "" when missing
    nombre: str = ""  # the catalog's name for a key (country name, unit name)
    no_aplica: bool = False  # field 4 of a raw material


ETIQUETAS = {
    "fraccion": (1, "Fracción arancelaria"),
    "nico": (1, "NICO"),
    "cantidad": (2, "Cantidad (UMT)"),
    "valor_usd": (3, "Valor en dólares"),
    "pais_origen_acero": (4, "País de origen del acero"),
    "pais_origen_mercancia": (5, "País de origen de la mercancía"),
    "pais_exportador": (6, "País exportador"),
    "certificados": (7, "Número(s) de certificado"),
    "fechas": (8, "Fecha(s) de expedición"),
    "fabricante": (9, "Nombre del fabricante"),
    "domicilio": (9, "Domicilio del fabricante"),
    "molino": (10, "Molino"),
    "descripcion": (11, "Descripción de la mercancía"),
    "observaciones": (12, "Observaciones"),
}


def certificados_de(exp: Expediente, aviso: Aviso) -> list[Certificado]:
    certs = {c.id: c for c in exp.certificados}
    return [certs[c] for c in aviso.certificados if c in certs]


def campos_vucem(exp: Expediente, aviso: Aviso, catalogos: Catalogos) -> dict[str, CampoVucem]:
    """Every VUCEM field of ``aviso`` as typed, in VUCEM order (keys of :data:`ETIQUETAS`)."""
    a = aviso
    certs = certificados_de(exp, a)
    umt = umt_de(a, catalogos)
    paises, unidades = catalogos.paises, catalogos.unidades
    encontrado = molino_del_catalogo(a, catalogos)

    def pais(clave: str) -> tuple[str, str]:
        return clave, (paises.nombre(clave) if paises is not None and clave else "")

    valores: dict[str, tuple[str, str]] = {
        "fraccion": (a.invalidos.get("fraccion", a.fraccion), ""),
        "nico": (a.nico, ""),
        "cantidad": (a.invalidos.get("cantidad", "" if a.cantidad is None else texto_numero(a.cantidad)),
                     (unidades.nombre(umt) if unidades is not None else "") or umt),
        "valor_usd": (a.invalidos.get("valor_usd", dinero_captura(a.valor_usd)), ""),
        "pais_origen_acero": pais(a.pais_origen_acero),
        "pais_origen_mercancia": pais(a.pais_origen_mercancia),
        "pais_exportador": pais(a.pais_exportador),
        "certificados": (", ".join(c.numero or c.id for c in certs), ""),
        "fechas": (", ".join(c.invalidos.get("fecha_expedicion", fecha_captura(c.fecha_expedicion)) for c in certs), ""),
        "fabricante": (a.fabricante.nombre, ""),
        "domicilio": (a.fabricante.domicilio, ""),
        "molino": (encontrado.etiqueta() if encontrado else " - ".join(x for x in (a.molino.clave, a.molino.nombre) if x),
                   ""),
        "descripcion": (a.descripcion, ""),
        "observaciones": (a.observaciones, ""),
    }
    out = {}
    for clave, (numero, etiqueta) in ETIQUETAS.items():
        valor, nombre = valores[clave]
        no_aplica = clave == "pais_origen_acero" and not valor and es_materia_prima(a.fraccion)
        out[clave] = CampoVucem(clave, numero, etiqueta, valor, nombre, no_aplica)
    return out
