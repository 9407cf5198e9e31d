"""Reference catalogs: parsed from their CSV text into immutable look-up tables.

Every catalog file is UTF-8 CSV whose first lines are ``# clave: valor`` comments (catalogo,
version, fuente, vigencia, oficial, notas), then a header row and the rows. This module only
parses text and answers questions; finding the files (bundled or imported by the clerk) is the
job of :mod:`app.catalog_files`.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .archivo import texto_a_decimal, texto_a_fecha
from .texto import normalizar_nombre


class ErrorCatalogo(ValueError):
    """A catalog file that cannot be used; ``str()`` says which line and what to fix."""


@dataclass(frozen=True, slots=True)
class Metadatos:
    catalogo: str
    version: str = ""
    fuente: str = ""
    vigencia: date | None = None
    oficial: bool = False
    notas: str = ""

    def etiqueta(self) -> str:
        """Short text for findings and screens: ``fracciones 2026.11.1 (no oficial)``."""
        oficial = "oficial" if self.oficial else "no oficial"
        return f"{self.catalogo} {self.version or 'sin versión'} ({oficial})"


@dataclass(frozen=True, slots=True)
class TablaCsv:
    meta: Metadatos
    columnas: tuple[str, ...]
    filas: tuple[dict[str, str], ...]


def separar_cabecera(texto: str) -> tuple[dict[str, str], list[str]]:
    """The ``# clave: valor`` header comments of a catalog file, and the lines after them."""
    meta: dict[str, str] = {}
    lineas = texto.lstrip("\ufeff").splitlines()
    i = 0
    while i < len(lineas) and (lineas[i].startswith("#") or not lineas[i].strip()):
        m = re.match(r"#\s*([\w_]+)\s*:\s*(.*)$", lineas[i])
        if m:
            meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    return meta, lineas[i:]


def leer_csv(texto: str, catalogo: str, columnas: tuple[str, ...]) -> TablaCsv:
    """Parse a catalog file; ``columnas`` are the ones that must be present."""
    meta, cuerpo = separar_cabecera(texto)
    nombre = meta.get("catalogo", catalogo)
    if nombre != catalogo:
        raise ErrorCatalogo(f"El archivo es del catálogo «{nombre}», no de «{catalogo}».")
    lector = csv.DictReader(io.StringIO("\n".join(cuerpo)))
    encabezado = tuple((c or "").strip().lower() for c in (lector.fieldnames or ()))
    faltan = [c for c in columnas if c not in encabezado]
    if faltan:
        raise ErrorCatalogo(
            f"Al catálogo «{catalogo}» le faltan las columnas: {', '.join(faltan)} "
            f"(se esperan: {', '.join(columnas)})."
        )
    lector.fieldnames = list(encabezado)
    filas = []
    for fila in lector:
        limpia = {k: (v or "").strip() for k, v in fila.items() if k}
        if any(limpia.values()):
            filas.append(limpia)
    vig = meta.get("vigencia", "")
    return TablaCsv(
        meta=Metadatos(
            catalogo=catalogo, version=meta.get("version", ""), fuente=meta.get("fuente", ""),
            vigencia=texto_a_fecha(vig) if vig else None,
            oficial=meta.get("oficial", "no").lower() in ("si", "sí", "true", "1"),
            notas=meta.get("notas", ""),
        ),
        columnas=encabezado,
        filas=tuple(filas),
    )


def normalizar(texto: str) -> str:
    """Upper case, no accents, single spaces: for comparing names the way clerks type them."""
    return normalizar_nombre(texto)


# ------------------------------------------------------------------------------------------
# fractions


@dataclass(frozen=True, slots=True)
class Fraccion:
    fraccion: str
    nico: str
    descripcion: str
    descripcion_fraccion: str = ""
    descripcion_partida: str = ""
    umt: str = "KGM"
    sujeta: bool | None = None  # None: the catalog does not say
    estatus: str = ""
    certificado: str = ""

    @property
    def clave(self) -> str:
        return f"{self.fraccion}{self.nico}"

    def texto_completo(self) -> str:
        partes = [self.descripcion_partida, self.descripcion_fraccion, self.descripcion]
        vistas: list[str] = []
        for p in partes:
            if p and p not in vistas:
                vistas.append(p)
        return " › ".join(vistas)


@dataclass(frozen=True, slots=True)
class CatalogoFracciones:
    meta: Metadatos
    filas: tuple[Fraccion, ...]
    _por_clave: dict[tuple[str, str], Fraccion] = field(default_factory=dict, compare=False, repr=False)
    _por_fraccion: dict[str, tuple[Fraccion, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        por_fraccion: dict[str, list[Fraccion]] = {}
        for f in self.filas:
            self._por_clave[(f.fraccion, f.nico)] = f
            por_fraccion.setdefault(f.fraccion, []).append(f)
        self._por_fraccion.update({k: tuple(v) for k, v in por_fraccion.items()})

    def buscar(self, fraccion: str, nico: str) -> Fraccion | None:
        return self._por_clave.get((fraccion, nico))

    def nicos(self, fraccion: str) -> tuple[Fraccion, ...]:
        return self._por_fraccion.get(fraccion, ())

    def umt(self, fraccion: str, nico: str = "") -> str | None:
        f = self.buscar(fraccion, nico) or next(iter(self.nicos(fraccion)), None)
        return f.umt if f else None


def catalogo_fracciones(texto: str) -> CatalogoFracciones:
    t = leer_csv(texto, "fracciones", ("fraccion", "nico", "descripcion", "umt", "sujeta"))
    filas = []
    for n, r in enumerate(t.filas, start=1):
        fr = re.sub(r"\D", "", r["fraccion"])
        nico = re.sub(r"\D", "", r["nico"]).zfill(2)
        if len(fr) != 8 or len(nico) != 2:
            raise ErrorCatalogo(f"Catálogo de fracciones, fila {n}: «{r['fraccion']}-{r['nico']}» no es fracción de 8 dígitos y NICO de 2.")
        s = r["sujeta"].lower()
        filas.append(
            Fraccion(
                fraccion=fr, nico=nico, descripcion=r["descripcion"],
                descripcion_fraccion=r.get("descripcion_fraccion", ""),
                descripcion_partida=r.get("descripcion_partida", ""),
                umt=(r["umt"] or "KGM").upper(),
                sujeta=True if s in ("si", "sí") else False if s == "no" else None,
                estatus=r.get("estatus", ""), certificado=r.get("certificado", "").lower(),
            )
        )
    return CatalogoFracciones(meta=t.meta, filas=tuple(filas))


# ------------------------------------------------------------------------------------------
# which certificate each heading needs (rule R2)


@dataclass(frozen=True, slots=True)
class RangoCertificado:
    vigente_desde: date
    tipo: str
    partida_desde: int
    partida_hasta: int


@dataclass(frozen=True, slots=True)
class CatalogoCertificados:
    meta: Metadatos
    rangos: tuple[RangoCertificado, ...]

    def tipo_requerido(self, partida: int, fecha: date) -> tuple[str | None, date | None]:
        """The certificate type a heading needs on ``fecha`` and the date that split applies from."""
        vigentes = [r.vigente_desde for r in self.rangos if r.vigente_desde <= fecha]
        if not vigentes:
            return None, None
        desde = max(vigentes)
        for r in self.rangos:
            if r.vigente_desde == desde and r.partida_desde <= partida <= r.partida_hasta:
                return r.tipo, desde
        return None, desde


def catalogo_certificados(texto: str) -> CatalogoCertificados:
    t = leer_csv(texto, "certificado_por_partida", ("vigente_desde", "tipo", "partida_desde", "partida_hasta"))
    rangos = []
    for n, r in enumerate(t.filas, start=1):
        desde = texto_a_fecha(r["vigente_desde"])
        tipo = r["tipo"].lower()
        if desde is None or tipo not in ("molino", "calidad") or not (r["partida_desde"].isdigit() and r["partida_hasta"].isdigit()):
            raise ErrorCatalogo(f"Catálogo de certificados por partida, fila {n}: datos no válidos ({r}).")
        rangos.append(RangoCertificado(desde, tipo, int(r["partida_desde"]), int(r["partida_hasta"])))
    return CatalogoCertificados(meta=t.meta, rangos=tuple(rangos))


# ------------------------------------------------------------------------------------------
# simple code -> name lists: countries, currencies, units


@dataclass(frozen=True, slots=True)
class Clave:
    clave: str
    nombre: str
    dato: str = ""  # kg per unit for units, alpha-2 for countries


@dataclass(frozen=True, slots=True)
class CatalogoClaves:
    meta: Metadatos
    filas: tuple[Clave, ...]
    _idx: dict[str, Clave] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._idx.update({c.clave: c for c in self.filas})

    def __contains__(self, clave: object) -> bool:
        return clave in self._idx

    def nombre(self, clave: str) -> str:
        c = self._idx.get(clave)
        return c.nombre if c else ""

    def buscar(self, clave: str) -> Clave | None:
        return self._idx.get(clave)


def _claves(texto: str, catalogo: str, col_dato: str | None) -> CatalogoClaves:
    t = leer_csv(texto, catalogo, ("clave", "nombre"))
    filas = tuple(
        Clave(r["clave"].upper(), r["nombre"], r.get(col_dato, "") if col_dato else "") for r in t.filas if r["clave"]
    )
    return CatalogoClaves(meta=t.meta, filas=filas)


def catalogo_paises(texto: str) -> CatalogoClaves:
    return _claves(texto, "paises", "alfa2")


def catalogo_monedas(texto: str) -> CatalogoClaves:
    return _claves(texto, "monedas", None)


def catalogo_unidades(texto: str) -> CatalogoClaves:
    return _claves(texto, "unidades", "kg_por_unidad")


# ------------------------------------------------------------------------------------------
# SE mill catalog (rule R10)


@dataclass(frozen=True, slots=True)
class Molino:
    clave: str
    nombre: str
    empresa: str = ""
    pais: str = ""

    def etiqueta(self) -> str:
        """As VUCEM lists it: ``SE00006 - PLANT NAME (OWNER COMPANY)``."""
        empresa = f" ({self.empresa})" if self.empresa else ""
        return f"{self.clave} - {self.nombre}{empresa}"


@dataclass(frozen=True, slots=True)
class CatalogoMolinos:
    meta: Metadatos
    filas: tuple[Molino, ...]
    _por_clave: dict[str, Molino] = field(default_factory=dict, compare=False, repr=False)
    _por_nombre: dict[str, Molino] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for m in self.filas:
            self._por_clave[m.clave] = m
            self._por_nombre.setdefault(normalizar(m.nombre), m)

    def buscar(self, clave: str = "", nombre: str = "") -> Molino | None:
        if clave:
            return self._por_clave.get(clave.strip().upper())
        if nombre:
            return self._por_nombre.get(normalizar(nombre))
        return None

    def parecido(self, nombre: str, minimo: float = 0.75) -> tuple[Molino, float] | None:
        """The catalog mill whose plant or owner name best matches ``nombre`` (a certificate's
        producer, e.g. ``ArcelorMittal Bremen GmbH``), with its score from 0 to 1; None when no
        entry reaches ``minimo`` or two entries tie (never a guess between two mills)."""
        exacto = self.buscar(nombre=nombre)
        if exacto is not None:
            return exacto, 1.0
        buscado = _nucleo_nombre(nombre)
        if not buscado:
            return None
        puntos = sorted(
            ((max(_parecido(buscado, _nucleo_nombre(m.nombre)), _parecido(buscado, _nucleo_nombre(m.empresa))), m)
             for m in self.filas),
            key=lambda x: -x[0],
        )
        if not puntos or puntos[0][0] < minimo or (len(puntos) > 1 and puntos[1][0] == puntos[0][0]):
            return None
        return puntos[0][1], round(puntos[0][0], 2)

    def nombre_coincide(self, molino: Molino, nombre: str) -> bool:
        """``nombre`` names this catalog entry (its plant name, the VUCEM label or the owner)."""
        n = normalizar(nombre)
        if n in {normalizar(molino.nombre), normalizar(molino.etiqueta()), normalizar(molino.empresa),
                 normalizar(f"{molino.nombre} ({molino.empresa})")} - {""}:
            return True
        # a shortened form of the same name ("YAZICI" for "YAZICI DEMIR CELIK") is the same entry
        nucleo = _nucleo_nombre(nombre)
        return max(_parecido(nucleo, _nucleo_nombre(molino.nombre)), _parecido(nucleo, _nucleo_nombre(molino.empresa))) >= 0.5


UMBRAL_MOLINO = 0.75
# words that say nothing about which mill it is
_GENERICAS = frozenset(
    "GMBH AG SA DE CV SAB SL SPA SRL LTD LIMITED CO CORP CORPORATION INC LLC PLC BV NV KG AS AB OY JSC PJSC OJSC "
    "TIC SAN VE AS STEEL STEELS PLANT WORKS MILL MILLS ACERO ACEROS ACERIA SIDERURGICA IRON THE OF AND Y GROUP "
    "COMPANY CIA INDUSTRIES INDUSTRIAL HOLDING".split()
)


def _nucleo_nombre(nombre: str) -> tuple[str, ...]:
    return tuple(p for p in normalizar(nombre).split() if p not in _GENERICAS)


def _parecido(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Share of the distinctive words of the shorter name found (nearly equal) in the other."""
    if not a or not b:
        return 0.0
    corto, largo = (a, b) if len(a) <= len(b) else (b, a)
    from difflib import SequenceMatcher

    vistos = sum(1 for p in corto if any(p == q or SequenceMatcher(None, p, q).ratio() >= 0.85 for q in largo))
    return vistos / len(corto) * min(1.0, 0.5 + 0.5 * len(corto) / len(largo))


_CLAVE_MOLINO = re.compile(r"^SE\d{5}$")


def catalogo_molinos(texto: str) -> CatalogoMolinos:
    t = leer_csv(texto, "molinos", ("clave", "nombre"))
    filas = []
    for n, r in enumerate(t.filas, start=1):
        clave = r["clave"].upper()
        if not _CLAVE_MOLINO.match(clave):
            raise ErrorCatalogo(f"Catálogo de molinos, fila {n}: la clave «{r['clave']}» no tiene la forma SE00000.")
        filas.append(Molino(clave, r["nombre"], r.get("empresa", ""), r.get("pais", "").upper()))
    return CatalogoMolinos(meta=t.meta, filas=tuple(filas))


# ------------------------------------------------------------------------------------------
# exchange rates by month (rule R8)

EXPRESIONES = ("usd_por_unidad", "unidades_por_usd", "usd_por_mil")


@dataclass(frozen=True, slots=True)
class TipoCambio:
    moneda: str
    mes: str  # YYYY-MM
    usd_por_unidad: Decimal
    fuente: str = ""
    publicado: Decimal | None = None  # the figure as the source publishes it (18.8460)
    expresion: str = "usd_por_unidad"  # how ``publicado`` is expressed (see EXPRESIONES)


@dataclass(frozen=True, slots=True)
class CatalogoTiposCambio:
    meta: Metadatos
    filas: tuple[TipoCambio, ...]
    _idx: dict[tuple[str, str], TipoCambio] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._idx.update({(t.moneda, t.mes): t for t in self.filas})

    def buscar(self, moneda: str, mes: str) -> TipoCambio | None:
        return self._idx.get((moneda.upper(), mes))


def mes_anterior(d: date) -> str:
    """``YYYY-MM`` of the month before ``d``."""
    y, m = (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)
    return f"{y:04d}-{m:02d}"


def catalogo_tipos_cambio(texto: str) -> CatalogoTiposCambio:
    t = leer_csv(texto, "tipos_cambio", ("moneda", "mes", "valor", "expresion"))
    filas = []
    for n, r in enumerate(t.filas, start=1):
        valor = texto_a_decimal(r["valor"].replace(",", ""))
        expr = r["expresion"].lower()
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", r["mes"]) or valor is None or valor <= 0 or expr not in EXPRESIONES:
            raise ErrorCatalogo(
                f"Tipos de cambio, fila {n}: se espera moneda, mes AAAA-MM, valor positivo y "
                f"expresión ({', '.join(EXPRESIONES)}); hay {r}."
            )
        usd = valor if expr == "usd_por_unidad" else (1 / valor if expr == "unidades_por_usd" else valor / 1000)
        filas.append(TipoCambio(r["moneda"].upper(), r["mes"], usd, r.get("fuente", ""), valor, expr))
    return CatalogoTiposCambio(meta=t.meta, filas=tuple(filas))


# ------------------------------------------------------------------------------------------


def catalogo_raoce_plazos(texto: str):
    """RAOCE deadline rules (the reader lives with the rules, in ``app.domain.raoce``)."""
    from app.domain.raoce import leer_plazos

    return leer_plazos(texto)


@dataclass(frozen=True, slots=True)
class Catalogos:
    """Everything the rules consult. A catalog that is ``None`` was not loaded."""

    fracciones: CatalogoFracciones | None = None
    certificados: CatalogoCertificados | None = None
    paises: CatalogoClaves | None = None
    monedas: CatalogoClaves | None = None
    unidades: CatalogoClaves | None = None
    molinos: CatalogoMolinos | None = None
    tipos_cambio: CatalogoTiposCambio | None = None
    raoce_plazos: Any = None  # app.domain.raoce.CatalogoPlazos


LECTORES = {
    "fracciones": catalogo_fracciones,
    "certificado_por_partida": catalogo_certificados,
    "paises": catalogo_paises,
    "monedas": catalogo_monedas,
    "unidades": catalogo_unidades,
    "molinos": catalogo_molinos,
    "tipos_cambio": catalogo_tipos_cambio,
    "raoce_plazos": catalogo_raoce_plazos,
}

# attribute of Catalogos that each catalog file fills
ATRIBUTO = {
    "fracciones": "fracciones",
    "certificado_por_partida": "certificados",
    "paises": "paises",
    "monedas": "monedas",
    "unidades": "unidades",
    "molinos": "molinos",
    "tipos_cambio": "tipos_cambio",
    "raoce_plazos": "raoce_plazos",
}
