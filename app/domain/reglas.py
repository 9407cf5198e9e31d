"""The rules R1–R12 of DOMAIN.md, each a plain function that returns findings.

``revisar(expediente, catalogos, hoy)`` runs every rule on every notice and the expediente-level
rules, and returns a :class:`Revision`. Rules never raise on bad data and never guess: when
they lack data the clerk has not given (no rate, no catalog) they say so as a warning.

Data about a certificate or an invoice (a missing heat number, a bad date) is reported on each
notice that uses it, so the clerk sees it where the work is; data that no notice uses is
reported at the expediente level.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .catalogos import Catalogos, mes_anterior
from .conversion import (
    UnidadNoConvertible,
    a_usd,
    centavos,
    convertir,
    cuatro_decimales,
    factor,
    nombre_unidad,
    precio_texto,
    texto_numero,
)
from .hallazgos import Hallazgo, hallazgo
from .model import Aviso, Certificado, Expediente, Factura, Partida, TipoCertificado
from .totales import CAPITULOS_ACERO, importe_partida, tasa_factura, totales_facturas

TOLERANCIA_VOLUMEN = Decimal("1.03")
# Raw materials of steelmaking: field 4 (country of the steel) does not apply (DOMAIN.md, field 4).
PARTIDAS_MATERIA_PRIMA = frozenset({"7201", "7202", "7203", "7204"})
UMT_POR_DEFECTO = "KGM"  # all of chapter 72 is measured in kilograms
IDIOMAS_ESPANOL = frozenset({"es", "spa", "español", "espanol"})
NOMBRE_IDIOMA = {
    "en": "inglés", "zh": "chino", "ko": "coreano", "tr": "turco", "de": "alemán", "ja": "japonés",
    "pt": "portugués", "it": "italiano", "fr": "francés", "pl": "polaco", "ru": "ruso", "vi": "vietnamita",
    "uk": "ucraniano", "hi": "hindi", "id": "indonesio", "th": "tailandés", "nl": "neerlandés",
}
_COMO_FECHA = "Escriba una fecha que exista: dd/mm/aaaa en la aplicación, AAAA-MM-DD en el archivo JSON."
_RFC = re.compile(r"^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$")
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

    @classmethod
    def crear(cls, exp: Expediente, catalogos: Catalogos, hoy: date) -> Contexto:
        return cls(
            exp=exp, catalogos=catalogos, hoy=exp.fecha_preparacion or hoy,
            certs={c.id: c for c in exp.certificados},
            partidas={p.id: (f, p) for f, p in exp.partidas()},
        )

    def certs_de(self, a: Aviso) -> list[Certificado]:
        return [self.certs[c] for c in a.certificados if c in self.certs]

    def lineas_de(self, a: Aviso) -> list[tuple[Factura, Partida]]:
        return [self.partidas[p] for p in a.partidas_factura if p in self.partidas]

    def hallazgos_certificado(self, c: Certificado) -> tuple[Hallazgo, ...]:
        if c.id not in self._de_certificado:
            self._de_certificado[c.id] = tuple(revisar_certificado(c, self))
        return self._de_certificado[c.id]

    def hallazgos_cabecera(self, f: Factura) -> tuple[Hallazgo, ...]:
        if f.id not in self._de_cabecera:
            self._de_cabecera[f.id] = tuple(_revisar_cabecera_factura(f, self))
        return self._de_cabecera[f.id]

    def descripcion_plana(self, a: Aviso) -> str:
        """The notice's description in lower case without accents (what the R7/R12 patterns read)."""
        if a.id not in self._planas:
            self._planas[a.id] = _sin_acentos(a.descripcion)
        return self._planas[a.id]

    def umt(self, a: Aviso) -> str:
        if a.umt:
            return a.umt
        fr = self.catalogos.fracciones
        return (fr.umt(a.fraccion, a.nico) if fr else None) or UMT_POR_DEFECTO

    def tipo_requerido(self, fraccion: str) -> tuple[str | None, date | None]:
        cat = self.catalogos.certificados
        if cat is None or not re.fullmatch(r"\d{8}", fraccion):
            return None, None
        return cat.tipo_requerido(int(fraccion[:4]), self.hoy)


def _fmt(d: Decimal) -> str:
    return texto_numero(d)


def _dinero(d: Decimal) -> str:
    return texto_numero(centavos(d), minimo_decimales=2)


def _base(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))


# Latin letters with accents -> their base letter, as one C-level str.translate table
# (this runs on every keystroke of the description).
_SIN_ACENTOS = {cp: _base(chr(cp)) for cp in range(0xC0, 0x250) if _base(chr(cp)) != chr(cp) and _base(chr(cp)).isascii()}


def _sin_acentos(t: str) -> str:
    return t.lower().translate(_SIN_ACENTOS)


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


def _obligatorio(campo: str, **extra: Any) -> Hallazgo:
    que, como = _CAMPOS_AVISO.get(campo, (campo, ""))
    return hallazgo("CAMPO_OBLIGATORIO", [campo], que=que, como=como, **extra)


def _formato(campo: str, que: str, valor: Any, como: str, **extra: Any) -> Hallazgo:
    return hallazgo("FORMATO_INVALIDO", [campo], que=que, valor=valor, como=como, **extra)


def _pais_valido(ctx: Contexto, clave: str) -> bool:
    if not _PAIS.match(clave):
        return False
    paises = ctx.catalogos.paises
    return paises is None or clave in paises


def _revisar_pais(ctx: Contexto, campo: str, clave: str, que: str, **extra: Any) -> Iterator[Hallazgo]:
    if clave and not _pais_valido(ctx, clave):
        yield _formato(campo, que, clave, "Use la clave de 3 letras del catálogo de países (p. ej. TUR, CHN, DEU).", **extra)


def regla_campos(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    """Required fields of the notice are present and well formed."""
    partida = a.fraccion[:4]
    for campo in ("fraccion", "nico", "cantidad", "valor_usd"):
        if campo in a.invalidos:
            continue
        if getattr(a, campo) in ("", None):
            yield _obligatorio(campo)
    if not a.pais_origen_acero and partida not in PARTIDAS_MATERIA_PRIMA:
        yield _obligatorio("pais_origen_acero")
    for campo in ("pais_origen_mercancia", "pais_exportador", "descripcion"):
        if not getattr(a, campo):
            yield _obligatorio(campo)
    if not (a.fabricante.nombre and a.fabricante.domicilio):
        falta = "el nombre" if not a.fabricante.nombre else "el domicilio"
        if not (a.fabricante.nombre or a.fabricante.domicilio):
            falta = "el nombre y domicilio"
        yield hallazgo("CAMPO_OBLIGATORIO", ["fabricante"], que=f"{falta} del fabricante", como="Tómelo del certificado.")
    if not (a.molino.clave or a.molino.nombre):
        yield _obligatorio("molino")

    if a.fraccion and not re.fullmatch(r"\d{8}", a.fraccion):
        yield _formato("fraccion", "Fracción arancelaria", a.fraccion, "Debe tener 8 dígitos, sin puntos (p. ej. 72142099).")
    if a.nico and not re.fullmatch(r"\d{2}", a.nico):
        yield _formato("nico", "NICO", a.nico, "Debe tener 2 dígitos (p. ej. 00).")
    for campo, que in (("cantidad", "Cantidad"), ("valor_usd", "Valor en dólares")):
        crudo = a.invalidos.get(campo)
        valor = getattr(a, campo)
        if crudo is not None:
            yield _formato(campo, que, crudo, "Escriba un número con punto decimal, sin comas (p. ej. 16905.00).")
        elif valor is not None and valor <= 0:
            yield _formato(campo, que, _fmt(valor), "Debe ser mayor que cero.")
    yield from _revisar_pais(ctx, "pais_origen_acero", a.pais_origen_acero, "País de origen del acero")
    yield from _revisar_pais(ctx, "pais_origen_mercancia", a.pais_origen_mercancia, "País de origen de la mercancía")
    yield from _revisar_pais(ctx, "pais_exportador", a.pais_exportador, "País exportador")
    unidades = ctx.catalogos.unidades
    if a.umt and unidades is not None and a.umt not in unidades:
        yield _formato("umt", "Unidad de medida", a.umt, "Use la clave de unidad del catálogo (KGM para kilogramos).")


# ------------------------------------------------------------------------------------------
# R1 fraction subject to the notice


def regla_fraccion(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    if not (re.fullmatch(r"\d{8}", a.fraccion) and re.fullmatch(r"\d{2}", a.nico)):
        return
    base = {"fraccion": a.fraccion, "nico": a.nico}
    if a.fraccion[:2] not in CAPITULOS_ACERO:
        yield hallazgo("FRACCION_NO_SUJETA", ["fraccion"], motivo=f"capítulo {a.fraccion[:2]}", **base)
        return
    cat = ctx.catalogos.fracciones
    if cat is None:
        yield hallazgo("FRACCION_NO_CONFIRMADA", ["fraccion"], motivo="no hay catálogo de fracciones cargado", **base)
        return
    base["_catalogo"] = cat.meta.etiqueta()
    fila = cat.buscar(a.fraccion, a.nico)
    if fila is None:
        otros = [f.nico for f in cat.nicos(a.fraccion)]
        if otros:
            motivo = (f"el NICO {a.nico} no está en el catálogo {cat.meta.etiqueta()} para esa fracción "
                      f"(NICO: {', '.join(otros)})")
            yield hallazgo("FRACCION_NO_CONFIRMADA", ["fraccion", "nico"], motivo=motivo, **base)
        else:
            motivo = f"no aparece en el catálogo {cat.meta.etiqueta()}"
            yield hallazgo("FRACCION_NO_CONFIRMADA", ["fraccion"], motivo=motivo, **base)
        return
    if fila.sujeta is True:
        return
    if fila.sujeta is False and cat.meta.oficial:
        yield hallazgo("FRACCION_NO_SUJETA", ["fraccion"], motivo=f"según el catálogo {cat.meta.etiqueta()}", **base)
        return
    motivo = f"el catálogo {cat.meta.etiqueta()} no la marca como sujeta"
    yield hallazgo("FRACCION_NO_CONFIRMADA", ["fraccion"], motivo=motivo, **base)


def regla_fraccion_factura(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    if not re.fullmatch(r"\d{8}", a.fraccion):
        return
    for _, p in ctx.lineas_de(a):
        if re.fullmatch(r"\d{8}", p.fraccion) and (p.fraccion != a.fraccion or (p.nico and a.nico and p.nico != a.nico)):
            yield hallazgo(
                "FRACCION_NO_COINCIDE_FACTURA", ["fraccion", "nico"], partida=p.id,
                fraccion_factura=f"{p.fraccion}-{p.nico}" if p.nico else p.fraccion,
                fraccion=f"{a.fraccion}-{a.nico}" if a.nico else a.fraccion,
            )


# ------------------------------------------------------------------------------------------
# R2 which certificate, R3 certificate contents, R11 translation


def regla_certificado_tipo(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    certs = ctx.certs_de(a)
    requerido, desde = ctx.tipo_requerido(a.fraccion)
    if not certs:
        yield hallazgo("CERTIFICADO_FALTANTE", ["certificados"], tipo_txt=f"de {requerido} " if requerido else "")
        return
    if requerido and not any(c.tipo == requerido for c in certs):
        presentes = sorted({c.tipo for c in certs if c.tipo in ("molino", "calidad")}) or ["tipo sin indicar"]
        meta = ctx.catalogos.certificados.meta if ctx.catalogos.certificados else None
        yield hallazgo(
            "CERTIFICADO_TIPO_INCORRECTO", ["certificados"], partida=a.fraccion[:4], requerido=requerido,
            desde=desde.strftime("%d/%m/%Y") if desde else "", presentes=" y ".join(presentes),
            catalogo=meta.etiqueta() if meta else "sin catálogo", _catalogo=meta.etiqueta() if meta else None,
        )


def revisar_certificado(c: Certificado, ctx: Contexto) -> Iterator[Hallazgo]:
    """Everything rule R3 (and R11) demands of one certificate."""
    ref = {"_certificado": c.id}
    etiqueta = c.numero or c.id
    if c.tipo not in (TipoCertificado.MOLINO, TipoCertificado.CALIDAD):
        if c.tipo:
            yield _formato("tipo", "Tipo de certificado", c.tipo, "Debe ser «molino» o «calidad».", **ref)
        else:
            yield hallazgo("CAMPO_OBLIGATORIO", ["tipo"], que=f"el tipo del certificado {etiqueta}",
                           como="Indique si es certificado de molino o de calidad.", **ref)
    faltan: list[tuple[str, str]] = []
    if not c.descripcion:
        faltan.append(("descripcion", "la descripción de la mercancía"))
    if c.tipo == TipoCertificado.MOLINO and not c.coladas:
        faltan.append(("coladas", "los números de colada"))
    if not c.pais and "pais" not in c.invalidos:
        faltan.append(("pais", "el país de origen"))
    if not c.productor.nombre:
        faltan.append(("productor", "el nombre del productor"))
    contacto = [t for ok, t in ((c.productor.domicilio, "domicilio"), (c.productor.pais or c.pais, "país"),
                                (c.productor.telefono, "teléfono")) if not ok]
    if contacto:
        faltan.append(("productor", "los datos de contacto del productor (" + ", ".join(contacto) + ")"))
    if not c.numero:
        faltan.append(("numero", "el número de certificado"))
    if c.fecha_expedicion is None and "fecha_expedicion" not in c.invalidos:
        faltan.append(("fecha_expedicion", "la fecha de expedición"))
    if c.volumen_kg is None and "volumen_kg" not in c.invalidos:
        faltan.append(("volumen_kg", "el volumen en kilogramos"))
    if c.firma_sello_qr is not True:
        faltan.append(("firma_sello_qr", "la firma autógrafa, el sello o el código QR del emisor"))
    if faltan:
        campos = list(dict.fromkeys(k for k, _ in faltan))
        emisor = "molino" if c.tipo == TipoCertificado.MOLINO else "fabricante"
        yield hallazgo("CERTIFICADO_INCOMPLETO", campos, certificado=etiqueta, faltan="; ".join(t for _, t in faltan),
                       emisor=emisor, **ref)

    crudo = c.invalidos.get("fecha_expedicion")
    if crudo is not None:
        yield _formato("fecha_expedicion", f"Fecha de expedición del certificado {etiqueta}", crudo,
                       _COMO_FECHA, **ref)
    elif c.fecha_expedicion and c.fecha_expedicion > ctx.hoy:
        yield hallazgo("CERTIFICADO_FECHA_FUTURA", ["fecha_expedicion"], certificado=etiqueta,
                       fecha=c.fecha_expedicion.strftime("%d/%m/%Y"), referencia=ctx.hoy.strftime("%d/%m/%Y"), **ref)
    crudo = c.invalidos.get("volumen_kg")
    if crudo is not None:
        yield _formato("volumen_kg", f"Volumen del certificado {etiqueta}", crudo, "Escriba los kilogramos con punto decimal.", **ref)
    elif c.volumen_kg is not None and c.volumen_kg <= 0:
        yield _formato("volumen_kg", f"Volumen del certificado {etiqueta}", _fmt(c.volumen_kg), "Debe ser mayor que cero.", **ref)
    yield from _revisar_pais(ctx, "pais", c.pais, f"País del certificado {etiqueta}", **ref)
    if c.productor.pais != c.pais:
        yield from _revisar_pais(ctx, "productor", c.productor.pais, f"País del productor del certificado {etiqueta}", **ref)

    idioma = c.idioma.strip().lower()
    if idioma and idioma not in IDIOMAS_ESPANOL and c.traduccion is not True:
        yield hallazgo("TRADUCCION_REQUERIDA", ["traduccion"], certificado=etiqueta,
                       idioma=NOMBRE_IDIOMA.get(idioma, f"un idioma distinto del español ({idioma})"), **ref)


# ------------------------------------------------------------------------------------------
# R4 one notice per fraction, origin, unit price and certificate


def _precio_linea_usd(f: Factura, p: Partida, umt: str) -> Decimal | None:
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


def regla_dividir(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    lineas = ctx.lineas_de(a)
    umt = ctx.umt(a)

    def mezcla(dimension: str, singular: str, valores: Iterable[str], campos: list[str]) -> Iterator[Hallazgo]:
        distintos = sorted(set(valores))
        if len(distintos) > 1:
            yield hallazgo("AVISO_DEBE_DIVIDIRSE", campos, dimension=dimension, dimension_singular=singular,
                           valores=", ".join(distintos))

    yield from mezcla("fracciones arancelarias", "fracción y NICO",
                      (f"{p.fraccion}-{p.nico}" if p.nico else p.fraccion for _, p in lineas if p.fraccion),
                      ["fraccion", "nico"])
    yield from mezcla("países de origen", "país de origen", (p.pais_origen for _, p in lineas if p.pais_origen),
                      ["pais_origen_mercancia"])
    precios = [_precio_linea_usd(f, p, umt) for f, p in lineas]
    yield from mezcla("precios unitarios", "precio unitario",
                      (f"{precio_texto(x)} USD/{umt}" for x in precios if x is not None), ["valor_usd", "cantidad"])
    certs_lineas = {p.certificado for _, p in lineas if p.certificado}
    por_tipo: dict[str, set[str]] = {}
    for c in ctx.certs_de(a):
        por_tipo.setdefault(c.tipo, set()).add(c.numero or c.id)
    numeros = {(ctx.certs[c].numero or c) for c in certs_lineas if c in ctx.certs}
    mezclados = max([numeros] + list(por_tipo.values()), key=len)
    yield from mezcla("certificados", "certificado", mezclados, ["certificados"])


# ------------------------------------------------------------------------------------------
# R5 volume tolerance


def regla_volumen(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    certs = ctx.certs_de(a)
    if a.cantidad is None or a.cantidad <= 0 or not certs:
        return
    requerido, _ = ctx.tipo_requerido(a.fraccion)
    relevantes = [c for c in certs if c.tipo == requerido] or certs
    if any(c.volumen_kg is None or c.volumen_kg <= 0 for c in relevantes):
        return  # the missing volume is reported by R3
    try:
        cantidad_kg = convertir(a.cantidad, ctx.umt(a), "KGM")
    except UnidadNoConvertible:
        return
    volumen = sum((c.volumen_kg for c in relevantes if c.volumen_kg is not None), Decimal(0))
    maximo = volumen * TOLERANCIA_VOLUMEN
    if cantidad_kg > maximo:
        exceso = ((cantidad_kg / volumen) - 1) * 100
        yield hallazgo("VOLUMEN_EXCEDE_TOLERANCIA", ["cantidad"], cantidad=_fmt(cantidad_kg), volumen=_fmt(volumen),
                       maximo=_fmt(maximo), exceso=texto_numero(exceso.quantize(Decimal("0.01"))))


# ------------------------------------------------------------------------------------------
# R6 invoice match, R7 units, R8 exchange rate


def regla_factura(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    lineas = ctx.lineas_de(a)
    if not lineas:
        yield hallazgo("PARTIDAS_NO_VINCULADAS", ["partidas_factura"])
        return
    umt = ctx.umt(a)
    esperado = Decimal(0)
    cantidad_umt = Decimal(0)
    completo = True
    cantidad_completa = True
    for f, p in lineas:
        tasa = tasa_factura(f)
        importe = importe_partida(p)
        if tasa is None:
            completo = False
        if importe is None:
            completo = False
            if not ({"importe", "cantidad", "precio_unitario"} & p.invalidos.keys()):
                yield hallazgo("CAMPO_OBLIGATORIO", ["partidas_factura"], que=f"el importe de la partida {p.id}",
                               como="Complete cantidad, precio unitario e importe de la partida.", _factura=f.id)
        if tasa is not None and importe is not None:
            esperado += a_usd(importe, tasa)
        try:
            if p.cantidad is None:
                cantidad_completa = False
            else:
                cantidad_umt += convertir(p.cantidad, p.unidad or umt, umt)
        except UnidadNoConvertible:
            cantidad_completa = False
            yield hallazgo("UNIDAD_NO_CONVERTIBLE", ["cantidad"], partida=p.id, unidad_factura=p.unidad,
                           umt=umt, _factura=f.id)
    if completo and a.valor_usd is not None and centavos(a.valor_usd) != centavos(esperado):
        yield hallazgo("VALOR_NO_COINCIDE_FACTURA", ["valor_usd"], valor=_dinero(a.valor_usd), esperado=_dinero(esperado))
    precios = {cuatro_decimales(x) for x in (_precio_linea_usd(f, p, umt) for f, p in lineas) if x is not None}
    if len(precios) == 1 and a.valor_usd is not None and a.cantidad:
        precio_factura = precios.pop()
        precio_aviso = cuatro_decimales(a.valor_usd / a.cantidad)
        if precio_aviso != precio_factura:
            yield hallazgo("PRECIO_UNITARIO_NO_COINCIDE", ["valor_usd", "cantidad"], umt=umt,
                           precio_aviso=precio_texto(precio_aviso), precio_factura=precio_texto(precio_factura))
    if cantidad_completa and a.cantidad is not None and abs(a.cantidad - cantidad_umt) >= 1:
        yield hallazgo("CANTIDAD_NO_COINCIDE_FACTURA", ["cantidad"], cantidad=_fmt(a.cantidad), umt=umt,
                       esperada=_fmt(cantidad_umt))


_CONVERSION_PALABRAS = ("conver", "convierte", "equivalen")
_EXPRESADO_EN_KG = re.compile(r"expresad[ao]s? en k")


def _dice_conversion(texto: str) -> bool:
    return any(p in texto for p in _CONVERSION_PALABRAS) or _EXPRESADO_EN_KG.search(texto) is not None


def regla_conversion(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    umt = ctx.umt(a)
    unidades = sorted({p.unidad for _, p in ctx.lineas_de(a) if p.unidad and p.unidad != umt})
    convertibles = []
    for u in unidades:
        try:
            factor(u, umt)
            convertibles.append(u)
        except UnidadNoConvertible:
            pass  # reported by regla_factura
    if convertibles and not _dice_conversion(ctx.descripcion_plana(a)):
        yield hallazgo("CONVERSION_UNIDAD_NO_DECLARADA", ["descripcion"],
                       unidad_factura=" y ".join(nombre_unidad(u) for u in convertibles), umt=umt,
                       umt_nombre=nombre_unidad(umt))


def revisar_factura(f: Factura, ctx: Contexto, partidas: Iterable[Partida], *, cabecera: bool = True) -> Iterator[Hallazgo]:
    """Format of an invoice's header (and exchange rate, R8) and of the given lines of it."""
    ref = {"_factura": f.id}
    etiqueta = f.numero or f.id
    partidas = list(partidas)
    if cabecera:
        yield from ctx.hallazgos_cabecera(f)
    for p in partidas:
        for clave, que in (("cantidad", "Cantidad"), ("precio_unitario", "Precio unitario"), ("importe", "Importe")):
            crudo = p.invalidos.get(clave)
            valor = getattr(p, clave)
            if crudo is not None:
                yield _formato("partidas_factura", f"{que} de la partida {p.id} (factura {etiqueta})", crudo,
                               "Escriba un número con punto decimal.", **ref)
            elif valor is not None and valor <= 0:
                yield _formato("partidas_factura", f"{que} de la partida {p.id} (factura {etiqueta})", _fmt(valor),
                               "Debe ser mayor que cero.", **ref)
        if p.pais_origen and not _pais_valido(ctx, p.pais_origen):
            yield _formato("partidas_factura", f"País de origen de la partida {p.id}", p.pais_origen,
                           "Use la clave de 3 letras del catálogo de países.", **ref)


def _revisar_cabecera_factura(f: Factura, ctx: Contexto) -> Iterator[Hallazgo]:
    ref = {"_factura": f.id}
    etiqueta = f.numero or f.id
    crudo = f.invalidos.get("fecha")
    if crudo is not None:
        yield _formato("fecha", f"Fecha de la factura {etiqueta}", crudo, _COMO_FECHA, **ref)
    monedas = ctx.catalogos.monedas
    if not re.fullmatch(r"[A-Z]{3}", f.moneda) or (monedas is not None and f.moneda not in monedas):
        yield _formato("moneda", f"Moneda de la factura {etiqueta}", f.moneda, "Use la clave ISO 4217 (USD, MXN, EUR...).", **ref)
        return
    for clave, que in (("usd_por_unidad", "Tipo de cambio"), ("fletes", "Fletes"), ("seguros", "Seguros")):
        crudo = f.invalidos.get(clave)
        valor = getattr(f, clave)
        minimo_cero = clave != "usd_por_unidad"
        if crudo is not None:
            yield _formato(clave, f"{que} de la factura {etiqueta}", crudo, "Escriba un número con punto decimal.", **ref)
        elif valor is not None and (valor < 0 or (valor == 0 and not minimo_cero)):
            yield _formato(clave, f"{que} de la factura {etiqueta}", _fmt(valor),
                           "No puede ser negativo." if minimo_cero else "Debe ser mayor que cero.", **ref)
    if f.moneda != "USD" and f.usd_por_unidad is None and "usd_por_unidad" not in f.invalidos:
        yield hallazgo("CAMPO_OBLIGATORIO", ["usd_por_unidad"],
                       que=f"el tipo de cambio aplicado a la factura {etiqueta} ({f.moneda})",
                       como="Escriba cuántos dólares vale una unidad de la moneda de la factura.", **ref)
    yield from _regla_tipo_cambio(f, ctx, list(f.partidas))


def _regla_tipo_cambio(f: Factura, ctx: Contexto, partidas: list[Partida]) -> Iterator[Hallazgo]:
    ref = {"_factura": f.id}
    etiqueta = f.numero or f.id
    if f.moneda == "USD":
        if f.usd_por_unidad is not None and f.usd_por_unidad != 1:
            yield hallazgo("TIPO_CAMBIO_NO_COINCIDE", ["valor_usd"], factura=etiqueta, aplicado=_fmt(f.usd_por_unidad),
                           moneda="USD", mes="cualquier mes", publicado="1", catalogo="un dólar vale un dólar",
                           valor_correcto=_dinero(sum((importe_partida(p) or Decimal(0) for p in partidas), Decimal(0))), **ref)
        return
    fecha = f.fecha or ctx.hoy
    mes = mes_anterior(fecha)
    cat = ctx.catalogos.tipos_cambio
    tc = cat.buscar(f.moneda, mes) if cat is not None else None
    version = cat.meta.etiqueta() if cat is not None else "sin catálogo de tipos de cambio"
    if cat is not None:
        ref["_catalogo"] = version
    if tc is None:
        yield hallazgo("TIPO_CAMBIO_DESCONOCIDO", ["valor_usd"], moneda=f.moneda, mes=mes, factura=etiqueta,
                       catalogo=version, **ref)
        return
    if f.usd_por_unidad is None:
        return
    total = sum((importe_partida(p) or Decimal(0) for p in partidas), Decimal(0))
    aplicado, correcto = centavos(total * f.usd_por_unidad), centavos(total * tc.usd_por_unidad)
    if aplicado != correcto or (total == 0 and f.usd_por_unidad != tc.usd_por_unidad):
        yield hallazgo("TIPO_CAMBIO_NO_COINCIDE", ["valor_usd"], factura=etiqueta, aplicado=_fmt(f.usd_por_unidad),
                       moneda=f.moneda, mes=mes, publicado=_fmt(tc.usd_por_unidad), valor_correcto=_dinero(correcto),
                       catalogo=version, **ref)


# ------------------------------------------------------------------------------------------
# R9 countries, R10 mill


def regla_paises(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    certs = ctx.certs_de(a)
    molino = [c for c in certs if c.tipo == TipoCertificado.MOLINO and c.pais]
    if a.pais_origen_acero and molino and a.pais_origen_acero not in {c.pais for c in molino}:
        c = molino[0]
        yield hallazgo("PAIS_ACERO_NO_COINCIDE", ["pais_origen_acero"], pais=a.pais_origen_acero,
                       certificado=c.numero or c.id, pais_certificado=c.pais, _certificado=c.id)
    calidad = [c for c in certs if c.tipo == TipoCertificado.CALIDAD and c.pais]
    if a.pais_origen_mercancia and calidad and a.pais_origen_mercancia not in {c.pais for c in calidad}:
        c = calidad[0]
        yield hallazgo("PAIS_MERCANCIA_NO_COINCIDE", ["pais_origen_mercancia"], pais=a.pais_origen_mercancia,
                       certificado=c.numero or c.id, pais_certificado=c.pais, _certificado=c.id)


def regla_molino(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    if not (a.molino.clave or a.molino.nombre):
        return
    cat = ctx.catalogos.molinos
    if cat is None:
        yield hallazgo("CATALOGO_NO_CARGADO", ["molino"], catalogo="molinos de la SE", que="el molino")
        return
    encontrado = cat.buscar(clave=a.molino.clave) if a.molino.clave else cat.buscar(nombre=a.molino.nombre)
    if encontrado is None:
        nombre = " - ".join(x for x in (a.molino.clave, a.molino.nombre) if x)
        yield hallazgo("MOLINO_NO_EN_CATALOGO", ["molino"], molino=nombre, catalogo=cat.meta.etiqueta(),
                       _catalogo=cat.meta.etiqueta())


# ------------------------------------------------------------------------------------------
# R12 description

_MONEDA_USD = r"(?:usd|us\$|u\.s\.d\.?|dolares(?: americanos| estadounidenses)?|dlls?\.?|\$)"
_POR_KG = r"(?:/|por|x|el|cada|per)\s*(?:un\s+|1\s*)?(?:kgm|kgs|kg|kilogramos|kilogramo|kilos|kilo)\b"
_CIFRA = r"\d+(?:[.,]\d+)?"
# The price is looked for in two steps, both cheap: where the text says "per kilogram", and then
# the few characters right before it ("0.69 USD", "USD 0.69") or, for "USD/kg: 0.69", after it.
_POR_KG_RE = re.compile(_POR_KG, re.IGNORECASE)
_PRECIO_ANTES = re.compile(rf"(?:{_MONEDA_USD}\s*(?P<a>{_CIFRA})|(?P<b>{_CIFRA})\s*{_MONEDA_USD})\s*$", re.IGNORECASE)
_MONEDA_ANTES = re.compile(rf"{_MONEDA_USD}\s*$", re.IGNORECASE)
_CIFRA_DESPUES = re.compile(rf"\s*:?\s*(?P<c>{_CIFRA})")


def _precios_por_kg(texto: str) -> list[str]:
    """Every unit price in USD per kilogram written in ``texto`` (lower case), as written."""
    precios = []
    for m in _POR_KG_RE.finditer(texto):
        antes = texto[max(0, m.start() - 48):m.start()]
        if (p := _PRECIO_ANTES.search(antes)) is not None:
            precios.append(p.group("a") or p.group("b"))
        elif _MONEDA_ANTES.search(antes) and (d := _CIFRA_DESPUES.match(texto, m.end())) is not None:
            precios.append(d.group("c"))
    return precios


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


def _dice_tipo_acero(texto: str) -> bool:
    return any(p in texto for p in _TIPO_ACERO_PALABRAS) or _TIPO_ACERO_RE.search(texto) is not None


def _dice_acabado(texto: str) -> bool:
    return any(p in texto for p in _ACABADO_PALABRAS)


def _numero(t: str) -> Decimal:
    return Decimal(t.replace(",", "."))


def regla_descripcion(a: Aviso, ctx: Contexto) -> Iterator[Hallazgo]:
    if not a.descripcion:
        return
    texto = ctx.descripcion_plana(a)
    precio = a.precio_unitario_usd
    if precio is not None and ctx.umt(a) != "KGM":
        try:
            precio = precio / factor(ctx.umt(a), "KGM")
        except UnidadNoConvertible:
            precio = None
    encontrados = [_numero(x) for x in _precios_por_kg(texto)]
    precio_txt = precio_texto(precio) if precio is not None else "0.00"
    if not encontrados:
        yield hallazgo("PRECIO_UNITARIO_NO_EN_DESCRIPCION", ["descripcion"], precio=precio_txt,
                       detalle="La descripción no dice el precio unitario en dólares por kilogramo.")
    elif precio is not None and not any(_mismo_precio(x, precio) for x in encontrados):
        yield hallazgo("PRECIO_UNITARIO_NO_EN_DESCRIPCION", ["descripcion"], precio=precio_txt,
                       detalle=f"La descripción dice {_fmt(encontrados[0])} USD/kg y el precio del aviso es {precio_txt} USD/kg.")
    faltan = [t for dice, t in ((_dice_tipo_acero, "el tipo de acero"), (_DIMENSION.search, "las dimensiones"),
                                (_dice_acabado, "el recubrimiento o acabado")) if not dice(texto)]
    if faltan:
        yield hallazgo("DESCRIPCION_INSUFICIENTE", ["descripcion"], faltan=", ".join(faltan[:-1]) + (" ni " if len(faltan) > 1 else "") + faltan[-1])


def _mismo_precio(escrito: Decimal, real: Decimal) -> bool:
    """The written price is the real one rounded to the decimals written (at least 2, at most 4)."""
    exponente = escrito.as_tuple().exponent
    decimales = max(2, min(4, -exponente)) if isinstance(exponente, int) else 2
    q = Decimal(1).scaleb(-decimales)
    return escrito.quantize(q, rounding=ROUND_HALF_UP) == real.quantize(q, rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------------------------------
# pipeline

ReglaAviso = Callable[[Aviso, Contexto], Iterable[Hallazgo]]

REGLAS_AVISO: tuple[ReglaAviso, ...] = (
    regla_campos,
    regla_fraccion,
    regla_fraccion_factura,
    regla_certificado_tipo,
    regla_dividir,
    regla_volumen,
    regla_factura,
    regla_conversion,
    regla_paises,
    regla_molino,
    regla_descripcion,
)


@dataclass(frozen=True)
class Revision:
    """The findings of one check of an expediente."""

    por_aviso: dict[str, tuple[Hallazgo, ...]]
    expediente: tuple[Hallazgo, ...]

    @property
    def valido(self) -> bool:
        return not self.errores()

    def errores(self) -> list[Hallazgo]:
        return [h for h in self.todos() if h.es_error]

    def todos(self) -> list[Hallazgo]:
        return [h for hs in self.por_aviso.values() for h in hs] + list(self.expediente)

    def aviso_valido(self, aviso_id: str) -> bool:
        return not any(h.es_error for h in self.por_aviso.get(aviso_id, ()))

    def a_json(self) -> dict[str, Any]:
        return {
            "valido": self.valido,
            "avisos": [
                {"id": aid, "valido": self.aviso_valido(aid), "hallazgos": [h.a_json() for h in hs]}
                for aid, hs in self.por_aviso.items()
            ],
            "expediente": {"hallazgos": [h.a_json() for h in self.expediente]},
        }


def _unicos(hallazgos: Iterable[Hallazgo]) -> tuple[Hallazgo, ...]:
    vistos: set[tuple[Any, ...]] = set()
    out = []
    for h in hallazgos:
        clave = (h.codigo, h.campos, h.certificado, h.factura, h.mensaje)
        if clave not in vistos:
            vistos.add(clave)
            out.append(h)
    return tuple(out)


def revisar_aviso(a: Aviso, ctx: Contexto) -> tuple[Hallazgo, ...]:
    """All findings of one notice, including those of the certificates and invoices it uses."""
    hs: list[Hallazgo] = []
    for regla in REGLAS_AVISO:
        hs.extend(regla(a, ctx))
    for c in ctx.certs_de(a):
        hs.extend(ctx.hallazgos_certificado(c))
    lineas_por_factura: dict[str, tuple[Factura, list[Partida]]] = {}
    for f, p in ctx.lineas_de(a):
        lineas_por_factura.setdefault(f.id, (f, []))[1].append(p)
    for f, ps in lineas_por_factura.values():
        hs.extend(revisar_factura(f, ctx, ps))
    return _unicos(hs)


def regla_suma_facturas(ctx: Contexto) -> Iterator[Hallazgo]:
    """R6 at the expediente level: the notices of one invoice add up to its steel lines."""
    facturas = {f.id: f for f in ctx.exp.facturas}
    for t in totales_facturas(ctx.exp):
        diferencia = t.diferencia  # None when it cannot be told (no notices, no rate, a shared notice...)
        if diferencia is None or diferencia == 0 or t.suma_avisos is None or t.acero_usd is None:
            continue
        f = facturas[t.factura_id]
        yield hallazgo("SUMA_AVISOS_NO_COINCIDE_FACTURA", ["valor_usd"], factura=f.numero or f.id,
                       suma=_dinero(t.suma_avisos), total=_dinero(t.acero_usd), diferencia=_dinero(diferencia),
                       _factura=f.id)


def revisar_nivel_expediente(ctx: Contexto) -> tuple[Hallazgo, ...]:
    exp = ctx.exp
    hs: list[Hallazgo] = []
    crudo = exp.invalidos.get("fecha_preparacion")
    if crudo is not None:
        hs.append(_formato("fecha_preparacion", "Fecha de preparación", crudo, _COMO_FECHA))
    rfc = exp.importador.rfc.upper()
    if rfc and not _RFC.match(rfc):
        hs.append(_formato("rfc", "RFC del importador", exp.importador.rfc,
                           "El RFC de una persona moral tiene 12 caracteres y el de una persona física 13."))
    hs.extend(regla_suma_facturas(ctx))
    usados_c = {c for a in exp.avisos for c in a.certificados}
    for c in exp.certificados:
        if c.id not in usados_c:
            hs.extend(ctx.hallazgos_certificado(c))
    usadas_p = {p for a in exp.avisos for p in a.partidas_factura}
    for f in exp.facturas:
        libres = [p for p in f.partidas if p.id not in usadas_p]
        # An invoice some notice uses has its header reported on that notice already.
        usada = len(libres) < len(f.partidas)
        hs.extend(revisar_factura(f, ctx, libres, cabecera=not usada))
    return _unicos(hs)


def revisar(exp: Expediente, catalogos: Catalogos, hoy: date) -> Revision:
    """Check every notice of ``exp`` and the expediente as a whole."""
    ctx = Contexto.crear(exp, catalogos, hoy)
    return Revision(
        por_aviso={a.id: revisar_aviso(a, ctx) for a in exp.avisos},
        expediente=revisar_nivel_expediente(ctx),
    )
