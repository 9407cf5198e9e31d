"""What every rule of :mod:`app.domain.reglas` reads: the expediente indexed once, the catalogs,
the reference date, the R5 margins, and the small helpers that word numbers and field findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .campos_vucem import umt_de
from .catalogos import Catalogos
from .conversion import UnidadNoConvertible, a_usd, centavos, convertir, factor, texto_numero
from .hallazgos import Hallazgo, hallazgo
from .model import Aviso, Certificado, Expediente, Factura, Partida
from .texto import plegar
from .totales import tasa_factura
from .volumen import MargenCertificado, UsoCertificado, margenes

COMO_FECHA = "Escriba una fecha que exista: dd/mm/aaaa en la aplicación, AAAA-MM-DD en el archivo JSON."
_PAIS = re.compile(r"^[A-Z]{3}$")

# ------------------------------------------------------------------------------------------
# context


@dataclass(frozen=True)
class Contexto:
    exp: Expediente
    catalogos: Catalogos
    hoy: date  # reference date: the preparation date, or today when the file has none
    certs: dict[str, Certificado] = field(default_factory=dict)
    partidas: dict[str, tuple[Factura, Partida]] = field(default_factory=dict)
    # A certificate or an invoice used by many notices is checked once (findings are values).
    _de_certificado: dict[str, tuple[Hallazgo, ...]] = field(default_factory=dict, repr=False)
    _de_cabecera: dict[str, tuple[Hallazgo, ...]] = field(default_factory=dict, repr=False)
    _planas: dict[str, str] = field(default_factory=dict, repr=False)
    margenes: dict[str, MargenCertificado] = field(default_factory=dict)
    avisos_de_partida: dict[str, tuple[str, ...]] = field(default_factory=dict)  # line id -> notices covering it

    @classmethod
    def crear(cls, exp: Expediente, catalogos: Catalogos, hoy: date,
              externos: Mapping[str, Iterable[UsoCertificado]] | None = None) -> Contexto:
        de: dict[str, list[str]] = {}
        for a in exp.avisos:
            for p in dict.fromkeys(a.partidas_factura):
                de.setdefault(p, []).append(a.id)
        ctx = cls(
            exp=exp, catalogos=catalogos, hoy=exp.fecha_preparacion or hoy,
            certs={c.id: c for c in exp.certificados},
            partidas={p.id: (f, p) for f, p in exp.partidas()},
            avisos_de_partida={k: tuple(v) for k, v in de.items()},
        )
        ctx.margenes.update(margenes(exp.avisos, exp.certificados, ctx.certs_volumen, ctx.cantidad_kg, externos))
        return ctx

    def certs_volumen(self, a: Aviso) -> list[Certificado]:
        """The certificates whose volume covers the notice (R5): those of the type its fraction needs."""
        certs = self.certs_de(a)
        requerido, _ = self.tipo_requerido(a.fraccion)
        return [c for c in certs if c.tipo == requerido] or certs

    def cantidad_kg(self, a: Aviso) -> Decimal | None:
        if a.cantidad is None or a.cantidad <= 0:
            return None
        try:
            return convertir(a.cantidad, self.umt(a), "KGM")
        except UnidadNoConvertible:
            return None

    def certs_de(self, a: Aviso) -> list[Certificado]:
        return [self.certs[c] for c in a.certificados if c in self.certs]

    def lineas_de(self, a: Aviso) -> list[tuple[Factura, Partida]]:
        return [self.partidas[p] for p in a.partidas_factura if p in self.partidas]

    def hallazgos_certificado(self, c: Certificado) -> tuple[Hallazgo, ...]:
        if c.id not in self._de_certificado:
            from .reglas import revisar_certificado

            self._de_certificado[c.id] = tuple(revisar_certificado(c, self))
        return self._de_certificado[c.id]

    def hallazgos_cabecera(self, f: Factura) -> tuple[Hallazgo, ...]:
        if f.id not in self._de_cabecera:
            from .reglas_factura import revisar_cabecera_factura

            self._de_cabecera[f.id] = tuple(revisar_cabecera_factura(f, self))
        return self._de_cabecera[f.id]

    def descripcion_plana(self, a: Aviso) -> str:
        """The notice's description in lower case without accents (what the R7/R12 patterns read)."""
        if a.id not in self._planas:
            self._planas[a.id] = plegar(a.descripcion)
        return self._planas[a.id]

    def umt(self, a: Aviso) -> str:
        return umt_de(a, self.catalogos)

    def tipo_requerido(self, fraccion: str) -> tuple[str | None, date | None]:
        cat = self.catalogos.certificados
        if cat is None or not re.fullmatch(r"\d{8}", fraccion):
            return None, None
        return cat.tipo_requerido(int(fraccion[:4]), self.hoy)


def fmt(d: Decimal) -> str:
    return texto_numero(d)


def dinero(d: Decimal) -> str:
    return texto_numero(centavos(d), minimo_decimales=2)


# ------------------------------------------------------------------------------------------
# field presence and format

_CAMPOS_AVISO = {
    "fraccion": ("la fracción arancelaria (8 dígitos)", "Elíjala del catálogo de fracciones."),
    "nico": ("el NICO (2 dígitos)", "Elíjalo junto con la fracción."),
    "cantidad": ("la cantidad en la unidad de medida de la tarifa", "Escriba la cantidad total del aviso."),
    "valor_usd": ("el valor en dólares", "Escriba el valor de la mercancía sin fletes ni seguros."),
    "pais_origen_acero": ("el país de origen del acero", "Tómelo del certificado de molino (país de fundición y colada)."),
    "pais_origen_mercancia": ("el país de origen de la mercancía", "Es el país donde se fabricó la mercancía."),
    "pais_exportador": ("el país exportador", "Es el país desde donde se envía la mercancía a México."),
    "fabricante": ("el nombre y domicilio del fabricante", "Tómelos del certificado."),
    "molino": ("el molino", "Elíjalo del catálogo de molinos de la SE."),
    "descripcion": ("la descripción de la mercancía", "Use el asistente de descripción."),
}


def obligatorio(campo: str, **extra: Any) -> Hallazgo:
    que, como = _CAMPOS_AVISO.get(campo, (campo, ""))
    return hallazgo("CAMPO_OBLIGATORIO", [campo], que=que, como=como, **extra)


def formato(campo: str, que: str, valor: Any, como: str, **extra: Any) -> Hallazgo:
    return hallazgo("FORMATO_INVALIDO", [campo], que=que, valor=valor, como=como, **extra)


def pais_valido(ctx: Contexto, clave: str) -> bool:
    if not _PAIS.match(clave):
        return False
    paises = ctx.catalogos.paises
    return paises is None or clave in paises


def revisar_pais(ctx: Contexto, campo: str, clave: str, que: str, **extra: Any) -> Iterator[Hallazgo]:
    if clave and not pais_valido(ctx, clave):
        yield formato(campo, que, clave, "Use la clave de 3 letras del catálogo de países (p. ej. TUR, CHN, DEU).", **extra)



def precio_linea_usd(f: Factura, p: Partida, umt: str) -> Decimal | None:
    """Invoice unit price of a line in USD per UMT, unrounded; None if it cannot be known."""
    tasa = tasa_factura(f)
    if tasa is None:
        return None
    precio = p.precio_unitario
    if precio is None and p.importe is not None and p.cantidad:
        precio = p.importe / p.cantidad
    if precio is None:
        return None
    try:
        return a_usd(precio, tasa) / factor(p.unidad or umt, umt)
    except UnidadNoConvertible:
        return None



def kg_texto(d: Decimal) -> str:
    return texto_numero(d.quantize(Decimal("0.001")))
