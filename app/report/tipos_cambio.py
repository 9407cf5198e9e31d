"""Exchange rates for rule R8, from the files Banco de México (Banxico) and the DOF publish.

The result is always rows of the ``tipos_cambio`` catalog (:class:`FilaTipoCambio`: moneda,
mes ``AAAA-MM``, valor, expresion, fuente), which :func:`fusionar_tipos_cambio` merges into the
clerk's catalog file. Which exact figure the SE expects (the month's last FIX, its average, the
equivalence table of the first day of the next month...) is **not verified**: the reader takes
what the file says and records in ``fuente`` exactly which figure it took.

Accepted shapes (CSV with ``,`` ``;`` or tab, or XLSX; the shapes, not copies of official files):

A. **Banxico SIE series download.** Some metadata lines (``"Título","..."``,
   ``"Periodicidad","Diaria"``, ``"Unidad","Pesos por Dólar"``...), then a header row whose first
   cell is ``Fecha`` and whose other cells are series keys (``SF43718``), then one row per date
   (``dd/mm/aaaa``, ``aaaa-mm-dd``, a real date cell, or a month such as ``07/2025`` or
   ``Jul 2025`` for monthly series) with a value per series; ``N/E`` means no value::

       "Título","Tipo de cambio pesos por dólar E.U.A. ... (FIX)"
       "Periodicidad","Diaria"
       "Unidad","Pesos por Dólar"
       "Fecha","SF43718"
       "30/07/2025","18.7532"
       "31/07/2025","18.8460"

   Series ``SF43718`` (FIX, pesos per dollar) is known; any other series is taken when its
   ``Unidad`` line says *pesos por dólar* (MXN, ``unidades_por_usd``) or when the caller names it
   (``series={"SF46410": ("EUR", "unidades_por_usd")}``); otherwise it is skipped with a note.
   Daily values give one row per month: the month's **last** value (``dato_mensual="ultimo"``,
   default) or the **average** of its values to 4 decimals (``"promedio"``). A month whose data
   stop before its last business day is left out unless ``incluir_mes_incompleto=True``.

B. **Equivalence table** (one row per country/currency): a header row naming the country
   (``País``/``Country``), the currency (``Moneda``/``Currency``), optionally its ISO code
   (``Clave``/``ISO``/``Código``) and the equivalence in dollars (``Equivalencia``/``Dólares``/
   ``USD``); optionally a column saying the quote is per 1,000 units (``Por cada``/``Unidades``).
   The month is the ``mes`` argument or a date found in the lines above the header (``al 31 de
   julio de 2025``, ``31/07/2025``, ``Mes: 2025-07``)::

       Equivalencia del peso mexicano con otras monedas, al 31 de julio de 2025
       País,Moneda,Clave,Equivalencia en dólares
       Zona del euro,Euro,EUR,1.1412
       Japón,Yen,,0.006651
       Corea del Sur,Won (por cada 1000),,0.7190

   The currency comes from the ISO column, else from the currency's name (``Euro``, ``Yen``,
   ``Libra esterlina``...), else from the country (``Dólar`` + ``Canadá`` = ``CAD``). Rows that
   cannot be told are skipped with a note; US dollar rows are skipped (always 1).

C. **Our catalog format** (``# catalogo: tipos_cambio`` and ``moneda,mes,valor,expresion,fuente``).

D. **Three columns** ``moneda, mes, valor`` (also ``currency, month, value``) plus the
   ``expresion`` argument (or a fourth ``expresion`` column and a fifth ``fuente``)::

       moneda,mes,valor
       MXN,2025-07,18.8460
       EUR,07/2025,1.1412
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from app.domain.catalogos import EXPRESIONES, CatalogoClaves, ErrorCatalogo, catalogo_tipos_cambio, leer_csv, normalizar
from app.domain.dias_habiles import es_dia_habil

from .facturas import (
    ErrorArchivo,
    Tabla,
    _NoEsNumero,
    _numero,
    _numero_texto,
    decodificar_texto,
    evidencia_decimal,
    leer_tabla,
    normalizar_encabezado,
    resolver_pais,
)


class ErrorTipoCambio(ValueError):
    """A rate the clerk typed, or a file, that cannot be used; ``str()`` says what to fix."""


@dataclass(frozen=True, slots=True)
class FilaTipoCambio:
    moneda: str
    mes: str  # AAAA-MM
    valor: Decimal
    expresion: str  # usd_por_unidad | unidades_por_usd | usd_por_mil
    fuente: str = ""

    @property
    def usd_por_unidad(self) -> Decimal:
        if self.expresion == "unidades_por_usd":
            return 1 / self.valor
        if self.expresion == "usd_por_mil":
            return self.valor / 1000
        return self.valor


@dataclass(frozen=True, slots=True)
class LecturaTiposCambio:
    filas: tuple[FilaTipoCambio, ...]
    omitidas: tuple[str, ...] = ()  # Spanish notes: what was skipped and why
    formato: str = ""  # "sie", "equivalencias", "catalogo", "tabla"


#: Banxico SIE series known by key: (currency, expression, short name)
SERIES_BANXICO: dict[str, tuple[str, str, str]] = {
    "SF43718": ("MXN", "unidades_por_usd", "FIX"),
}

_MESES = {
    "ene": 1, "enero": 1, "jan": 1, "january": 1, "feb": 2, "febrero": 2, "february": 2, "mar": 3, "marzo": 3,
    "march": 3, "abr": 4, "abril": 4, "apr": 4, "april": 4, "may": 5, "mayo": 5, "jun": 6, "junio": 6, "june": 6,
    "jul": 7, "julio": 7, "july": 7, "ago": 8, "agosto": 8, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "septiembre": 9, "setiembre": 9, "september": 9, "oct": 10, "octubre": 10, "october": 10, "nov": 11,
    "noviembre": 11, "november": 11, "dic": 12, "diciembre": 12, "dec": 12, "december": 12,
}


# ------------------------------------------------------------------------------------------
# dates and months


def _fecha(v: Any) -> date | None:
    """A day: a date cell, ``dd/mm/aaaa``, ``aaaa-mm-dd``, ``31 de julio de 2025``."""
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if not isinstance(v, str):
        return None
    t = v.strip()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", t)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.fullmatch(r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})", t)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    m = re.search(r"(\d{1,2})\s+de\s+([a-z]+)\s+(?:de|del)\s+(\d{4})", normalizar_encabezado(t))
    if m and m.group(2) in _MESES:
        try:
            return date(int(m.group(3)), _MESES[m.group(2)], int(m.group(1)))
        except ValueError:
            return None
    return None


def texto_a_mes(v: Any) -> str | None:
    """``AAAA-MM`` of a month as files and clerks write it: ``2025-07``, ``2025/07``, ``07/2025``,
    ``jul-2025``, ``Julio 2025``, ``2025-07-31``, ``31/07/2025`` or a date cell; ``None`` if not."""
    if isinstance(v, (datetime, date)):
        d = v.date() if isinstance(v, datetime) else v
        return f"{d.year:04d}-{d.month:02d}"
    if not isinstance(v, str):
        return None
    d = _fecha(v)
    if d:
        return f"{d.year:04d}-{d.month:02d}"
    t = normalizar_encabezado(v)
    m = re.fullmatch(r"(\d{4}) (\d{1,2})", t)
    if m:
        y, mes = int(m.group(1)), int(m.group(2))
    else:
        m = re.fullmatch(r"(\d{1,2}) (\d{4})", t)
        if m:
            y, mes = int(m.group(2)), int(m.group(1))
        else:
            m = re.fullmatch(r"([a-z]+) (?:de |del )?(\d{4})", t) or re.fullmatch(r"(\d{4}) ([a-z]+)", t)
            if not m:
                return None
            a, b = m.groups()
            nombre, anio = (a, b) if not a.isdigit() else (b, a)
            if nombre not in _MESES:
                return None
            y, mes = int(anio), _MESES[nombre]
    if not 1 <= mes <= 12 or not 1900 <= y <= 2200:
        return None
    return f"{y:04d}-{mes:02d}"


def _ultimo_dia_habil(anio: int, mes: int) -> date:
    d = (date(anio + (mes == 12), mes % 12 + 1, 1)) - timedelta(days=1)
    while not es_dia_habil(d):
        d -= timedelta(days=1)
    return d


# ------------------------------------------------------------------------------------------
# values


def _valor(v: Any) -> Decimal | None:
    """A rate from a cell; ``None`` for an empty cell or ``N/E``. Point decimals unless the text
    proves a decimal comma (``18,8460``)."""
    if isinstance(v, str):
        t = v.strip().upper()
        if t in ("N/E", "NE", "N.E.", "N/D", "ND", "-", ""):
            return None
        dec = evidencia_decimal(v) or "."
        try:
            d, _ = _numero_texto(v, dec)
        except _NoEsNumero:
            raise ErrorTipoCambio(f"«{v}» no es un número.") from None
        return d
    try:
        d, _ = _numero(v, ".")
    except _NoEsNumero:
        raise ErrorTipoCambio(f"«{v}» no es un número.") from None
    return d


def _texto_decimal(d: Decimal) -> str:
    return format(d, "f")


# ------------------------------------------------------------------------------------------
# currency from names (equivalence tables)

MONEDA_POR_NOMBRE: dict[str, str] = {
    "EURO": "EUR", "EUROS": "EUR", "YEN": "JPY", "LIBRA ESTERLINA": "GBP", "YUAN": "CNY", "RENMINBI": "CNY",
    "YUAN RENMINBI": "CNY", "FRANCO SUIZO": "CHF", "REAL": "BRL", "REAL BRASILENO": "BRL", "RUPIA INDIA": "INR",
    "LIRA TURCA": "TRY", "RUBLO": "RUB", "RUBLO RUSO": "RUB", "ZLOTY": "PLN", "FORINT": "HUF", "CORONA SUECA": "SEK",
    "CORONA NORUEGA": "NOK", "CORONA DANESA": "DKK", "CORONA CHECA": "CZK", "RAND": "ZAR", "SHEKEL": "ILS",
    "NUEVO SHEKEL": "ILS", "DONG": "VND", "BAHT": "THB", "RINGGIT": "MYR", "PESO ARGENTINO": "ARS",
    "PESO CHILENO": "CLP", "PESO COLOMBIANO": "COP", "SOL": "PEN", "NUEVO SOL": "PEN", "QUETZAL": "GTQ",
    "LEMPIRA": "HNL", "GUARANI": "PYG", "BOLIVIANO": "BOB", "DOLAR CANADIENSE": "CAD", "DOLAR AUSTRALIANO": "AUD",
    "DOLAR NEOZELANDES": "NZD", "DOLAR DE HONG KONG": "HKD", "DOLAR DE SINGAPUR": "SGD", "DOLAR TAIWANES": "TWD",
    "NUEVO DOLAR TAIWANES": "TWD", "RIYAL SAUDITA": "SAR", "RIYAL": "SAR", "DIRHAM": "AED", "DINAR KUWAITI": "KWD",
    "LIBRA EGIPCIA": "EGP", "GRIVNA": "UAH", "TENGE": "KZT", "RUPIA PAKISTANI": "PKR", "PESO FILIPINO": "PHP",
    "PESO URUGUAYO": "UYU", "PESO DOMINICANO": "DOP", "DERECHOS ESPECIALES DE GIRO": "XDR", "DEG": "XDR",
    "EURO ZONA": "EUR", "DOLAR ESTADOUNIDENSE": "USD", "DOLAR AMERICANO": "USD", "DOLAR DE LOS EE UU": "USD",
}

MONEDA_POR_PAIS: dict[str, str] = {
    "CAN": "CAD", "AUS": "AUD", "NZL": "NZD", "HKG": "HKD", "SGP": "SGD", "TWN": "TWD", "USA": "USD", "JPN": "JPY",
    "CHN": "CNY", "KOR": "KRW", "GBR": "GBP", "CHE": "CHF", "SWE": "SEK", "NOR": "NOK", "DNK": "DKK", "CZE": "CZK",
    "POL": "PLN", "HUN": "HUF", "RUS": "RUB", "TUR": "TRY", "IND": "INR", "IDN": "IDR", "PAK": "PKR", "BRA": "BRL",
    "ARG": "ARS", "CHL": "CLP", "COL": "COP", "PER": "PEN", "URY": "UYU", "VEN": "VES", "GTM": "GTQ", "HND": "HNL",
    "CRI": "CRC", "NIC": "NIO", "PRY": "PYG", "BOL": "BOB", "DOM": "DOP", "ZAF": "ZAR", "ISR": "ILS", "EGY": "EGP",
    "SAU": "SAR", "ARE": "AED", "UKR": "UAH", "KAZ": "KZT", "PHL": "PHP", "VNM": "VND", "THA": "THB", "MYS": "MYR",
    "ROU": "RON", "BGR": "BGN", "MAR": "MAD", "DZA": "DZD", "NGA": "NGN", "MEX": "MXN",
    **{p: "EUR" for p in ("DEU", "FRA", "ITA", "ESP", "NLD", "BEL", "AUT", "FIN", "PRT", "GRC", "IRL", "LUX", "SVK",
                          "SVN", "EST", "LVA", "LTU", "HRV")},
}

_ZONA_EURO = ("ZONA DEL EURO", "ZONA EURO", "UNION EUROPEA", "COMUNIDAD EUROPEA", "EURO AREA", "EUROZONE", "EUROPA")


def moneda_de(nombre_moneda: str, pais: str = "", clave: str = "") -> str:
    """ISO 4217 code from an ISO column, a currency name or a (generic name, country) pair."""
    c = clave.strip().upper()
    if re.fullmatch(r"[A-Z]{3}", c):
        return c
    n = re.sub(r"\b(POR CADA|POR|CADA|MIL|1 000|1000|UNIDADES)\b", " ", normalizar(nombre_moneda))
    n = re.sub(r"\s+", " ", n).strip()
    if n in MONEDA_POR_NOMBRE:
        return MONEDA_POR_NOMBRE[n]
    p = normalizar(pais)
    if any(z in p for z in _ZONA_EURO) or n == "EURO":
        return "EUR"
    alfa3 = resolver_pais(pais) if pais else ""
    if p.startswith("COREA DEL NORTE"):
        return "KPW"
    return MONEDA_POR_PAIS.get(alfa3, "")


def _por_mil(*textos: Any) -> bool:
    t = " ".join(normalizar(str(x)) for x in textos if x is not None)
    return bool(re.search(r"\b(1 ?000|MIL)\b", t))


# ------------------------------------------------------------------------------------------
# reading


def _es_catalogo(texto: str) -> bool:
    for linea in texto.lstrip("\ufeff").splitlines()[:12]:
        if re.match(r"#\s*catalogo\s*:\s*tipos_cambio", linea.strip(), re.IGNORECASE):
            return True
    return False


def leer_tipos_cambio(
    ruta: str | os.PathLike[str],
    *,
    mes: str | None = None,
    expresion: str | None = None,
    series: Mapping[str, tuple[str, str]] | None = None,
    dato_mensual: str = "ultimo",
    incluir_mes_incompleto: bool = False,
    fuente: str = "",
) -> LecturaTiposCambio:
    """Read a rate file of any shape in the module docstring.

    ``mes``: month (``AAAA-MM``) of an equivalence table that does not state it. ``expresion``:
    how the values of a three-column table are expressed. ``series``: series key ->
    (currency, expression) for SIE series other than the FIX. ``fuente``: text prefixed to
    each row's source. Raises :class:`ErrorArchivo` for an unreadable file and
    :class:`ErrorTipoCambio` when the shape is not recognised or a needed argument is missing.
    """
    ruta = Path(ruta)
    if ruta.suffix.lower() in (".csv", ".txt"):
        try:
            texto = decodificar_texto(ruta.read_bytes(), ruta)
        except OSError as e:
            raise ErrorArchivo(ruta, f"error al leerlo ({e.strerror or e}).", "Revise la ruta y los permisos.") from None
        if _es_catalogo(texto):
            return _desde_catalogo(texto, ruta.name)
    tabla = leer_tabla(ruta)
    return leer_tipos_cambio_tabla(
        tabla, mes=mes, expresion=expresion, series=series, dato_mensual=dato_mensual,
        incluir_mes_incompleto=incluir_mes_incompleto, fuente=fuente,
    )


def _desde_catalogo(texto: str, archivo: str) -> LecturaTiposCambio:
    try:
        catalogo_tipos_cambio(texto)  # validates every row
        t = leer_csv(texto, "tipos_cambio", ("moneda", "mes", "valor", "expresion"))
    except ErrorCatalogo as e:
        raise ErrorTipoCambio(f"{archivo}: {e}") from None
    filas = tuple(
        FilaTipoCambio(r["moneda"].upper(), r["mes"], Decimal(r["valor"].replace(",", "")), r["expresion"].lower(),
                       r.get("fuente", "") or f"catálogo {archivo}")
        for r in t.filas
    )
    return LecturaTiposCambio(filas, (), "catalogo")


def leer_tipos_cambio_tabla(
    tabla: Tabla,
    *,
    mes: str | None = None,
    expresion: str | None = None,
    series: Mapping[str, tuple[str, str]] | None = None,
    dato_mensual: str = "ultimo",
    incluir_mes_incompleto: bool = False,
    fuente: str = "",
) -> LecturaTiposCambio:
    """:func:`leer_tipos_cambio` on an already read table."""
    if dato_mensual not in ("ultimo", "promedio"):
        raise ErrorTipoCambio("dato_mensual debe ser «ultimo» o «promedio».")
    if expresion is not None and expresion not in EXPRESIONES:
        raise ErrorTipoCambio(f"La expresión «{expresion}» no existe; use una de: {', '.join(EXPRESIONES)}.")
    if mes is not None and texto_a_mes(mes) is None:
        raise ErrorTipoCambio(f"«{mes}» no es un mes; escríbalo como AAAA-MM, p. ej. 2025-07.")
    for i, fila in enumerate(tabla.filas[:40]):
        textos = [normalizar_encabezado(_t(v)) for v in fila]
        if textos[:1] and textos[0] in ("fecha", "date", "fechas") and any(re.fullmatch(r"s[a-z]\d+", t) for t in textos[1:] if t):
            return _sie(tabla, i, series or {}, dato_mensual, incluir_mes_incompleto, fuente)
        cols = _columnas_equivalencia(textos)
        if cols is not None:
            return _equivalencias(tabla, i, cols, texto_a_mes(mes) if mes else None, fuente)
        cols3 = _columnas_tabla(textos)
        if cols3 is not None:
            return _tabla_simple(tabla, i, cols3, expresion, fuente)
    raise ErrorTipoCambio(
        f"No se reconoce la forma del archivo «{tabla.archivo}». Se aceptan: la descarga de series del SIE de Banxico "
        "(columna Fecha y claves como SF43718), la tabla de equivalencias (País, Moneda, Equivalencia en dólares), "
        "el catálogo de tipos de cambio del Asistente, o una tabla moneda, mes, valor. Vea catalogs/README.md."
    )


def _t(v: Any) -> str:
    if v is None:
        return ""
    return v if isinstance(v, str) else str(v)


# -- A. SIE series -------------------------------------------------------------------------


def _sie(
    tabla: Tabla, fila_enc: int, series: Mapping[str, tuple[str, str]], dato_mensual: str, incompleto: bool, fuente: str
) -> LecturaTiposCambio:
    enc = [_t(v).strip().upper() for v in tabla.filas[fila_enc]]
    meta: dict[str, list[str]] = {}
    for fila in tabla.filas[:fila_enc]:
        if fila and isinstance(fila[0], str):
            meta[normalizar_encabezado(fila[0])] = [_t(v) for v in fila]
    periodicidad = " ".join(meta.get("periodicidad", [])).lower()
    omitidas: list[str] = []
    columnas: dict[int, tuple[str, str, str]] = {}
    for j, clave in enumerate(enc):
        if j == 0 or not clave:
            continue
        if clave in series:
            moneda, expr = series[clave]
            columnas[j] = (moneda.upper(), expr, clave)
        elif clave in SERIES_BANXICO:
            moneda, expr, nombre = SERIES_BANXICO[clave]
            columnas[j] = (moneda, expr, f"{clave} ({nombre})")
        else:
            unidades = meta.get("unidad", [])
            unidad = unidades[j] if j < len(unidades) else (unidades[1] if len(unidades) == 2 else "")
            if "pesos por dolar" in normalizar_encabezado(unidad):
                columnas[j] = ("MXN", "unidades_por_usd", clave)
            else:
                omitidas.append(f"Serie {clave}: no se sabe a qué moneda corresponde; indíquela (series={{'{clave}': ('EUR', 'unidades_por_usd')}}).")
    for expr in {e for _, e, _ in columnas.values()}:
        if expr not in EXPRESIONES:
            raise ErrorTipoCambio(f"La expresión «{expr}» no existe; use una de: {', '.join(EXPRESIONES)}.")
    # values per (column, month): list of (day or None, value)
    datos: dict[tuple[int, str], list[tuple[date | None, Decimal]]] = {}
    for i in range(fila_enc + 1, len(tabla.filas)):
        fila = tabla.filas[i]
        if all(v is None for v in fila):
            continue
        dia = _fecha(fila[0])
        mes = f"{dia.year:04d}-{dia.month:02d}" if dia else texto_a_mes(fila[0])
        if mes is None:
            omitidas.append(f"Fila {i + 1}: «{_t(fila[0])}» no es una fecha.")
            continue
        for j in columnas:
            v = fila[j] if j < len(fila) else None
            try:
                d = _valor(v)
            except ErrorTipoCambio as e:
                omitidas.append(f"Fila {i + 1}: {e}")
                continue
            if d is None:
                continue
            if d <= 0:
                omitidas.append(f"Fila {i + 1}: el valor {d} no es positivo.")
                continue
            datos.setdefault((j, mes), []).append((dia, d))
    diaria = "diari" in periodicidad or any(len(v) > 1 for v in datos.values())
    ultimos: dict[int, str] = {}
    for (j, mes) in datos:
        ultimos[j] = max(ultimos.get(j, mes), mes)
    filas: list[FilaTipoCambio] = []
    prefijo = f"{fuente}; " if fuente else ""
    for (j, mes), valores in sorted(datos.items(), key=lambda x: (x[0][0], x[0][1])):
        moneda, expr, nombre = columnas[j]
        con_dia = [(d, v) for d, v in valores if d is not None]
        if diaria and con_dia:
            con_dia.sort(key=lambda x: x[0])
            ultimo_dia = con_dia[-1][0]
            y, m = map(int, mes.split("-"))
            if not incompleto and ultimo_dia < _ultimo_dia_habil(y, m):
                omitidas.append(f"Serie {nombre}, {mes}: mes incompleto (último dato del {ultimo_dia:%d/%m/%Y}); no se tomó.")
                continue
            if dato_mensual == "promedio":
                valor = (sum((v for _, v in con_dia), Decimal(0)) / len(con_dia)).quantize(Decimal("0.0001"), ROUND_HALF_UP)
                como = f"promedio de {len(con_dia)} datos diarios"
            else:
                valor = con_dia[-1][1]
                como = f"último dato del mes ({ultimo_dia:%d/%m/%Y})"
        else:
            valor = valores[-1][1]
            como = "dato mensual"
        filas.append(FilaTipoCambio(moneda, mes, valor, expr, f"{prefijo}Banxico SIE serie {nombre}, {como}; archivo {tabla.archivo}"))
    return LecturaTiposCambio(tuple(filas), tuple(omitidas), "sie")


# -- B. equivalence table ---------------------------------------------------------------------


def _columnas_equivalencia(textos: Sequence[str]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    for j, t in enumerate(textos):
        if not t:
            continue
        palabras = set(t.split())
        if "pais" not in cols and palabras & {"pais", "country", "paises"}:
            cols["pais"] = j
        elif "clave" not in cols and palabras & {"clave", "iso", "codigo", "code"}:
            cols["clave"] = j
        elif "valor" not in cols and (palabras & {"equivalencia", "dolares", "usd", "dls", "dolar", "equivalence"}):
            cols["valor"] = j
        elif "moneda" not in cols and palabras & {"moneda", "currency", "divisa"}:
            cols["moneda"] = j
        elif "por_mil" not in cols and palabras & {"cada", "unidades", "units", "per"}:
            cols["por_mil"] = j
    if "valor" in cols and "moneda" in cols and ("pais" in cols or "clave" in cols):
        return cols
    return None


def _mes_en_titulo(tabla: Tabla, hasta: int) -> str | None:
    for fila in tabla.filas[:hasta]:
        for v in fila:
            if v is None:
                continue
            if isinstance(v, (date, datetime)):
                return texto_a_mes(v)
            t = _t(v)
            d = _fecha_en_texto(t)
            if d:
                return d
    return None


def _fecha_en_texto(t: str) -> str | None:
    n = normalizar_encabezado(t)
    m = re.search(r"(\d{1,2}) de ([a-z]+) (?:de|del) (\d{4})", n)
    if m and m.group(2) in _MESES:
        return f"{int(m.group(3)):04d}-{_MESES[m.group(2)]:02d}"
    m = re.search(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b", t)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}"
    m = re.search(r"\b(\d{4})-(\d{2})(?:-\d{2})?\b", t)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{m.group(2)}"
    m = re.search(r"\b([a-z]+) (?:de |del )?(\d{4})\b", n)
    if m and m.group(1) in _MESES:
        return f"{int(m.group(2)):04d}-{_MESES[m.group(1)]:02d}"
    return None


def _equivalencias(tabla: Tabla, fila_enc: int, cols: dict[str, int], mes: str | None, fuente: str) -> LecturaTiposCambio:
    mes = mes or _mes_en_titulo(tabla, fila_enc)
    if mes is None:
        raise ErrorTipoCambio(
            f"La tabla de equivalencias «{tabla.archivo}» no dice de qué mes es. Indique el mes (AAAA-MM) al cargarla."
        )
    omitidas: list[str] = []
    filas: list[FilaTipoCambio] = []
    prefijo = f"{fuente}; " if fuente else ""
    for i in range(fila_enc + 1, len(tabla.filas)):
        fila = tabla.filas[i]
        if all(v is None for v in fila):
            continue

        def c(k: str, fila: tuple[Any, ...] = fila) -> Any:
            j = cols.get(k)
            return fila[j] if j is not None and j < len(fila) else None

        nombre, pais, clave = _t(c("moneda")), _t(c("pais")), _t(c("clave"))
        try:
            valor = _valor(c("valor"))
        except ErrorTipoCambio as e:
            omitidas.append(f"Fila {i + 1} ({pais or nombre}): {e}")
            continue
        if valor is None:
            if nombre or pais:
                omitidas.append(f"Fila {i + 1} ({pais} {nombre}): sin valor.".replace("( ", "("))
            continue
        moneda = moneda_de(nombre, pais, clave)
        if not moneda:
            omitidas.append(f"Fila {i + 1} ({pais} {nombre}): no se reconoce la moneda; agréguela a mano con su clave ISO.")
            continue
        if moneda == "USD":
            continue
        if valor <= 0:
            omitidas.append(f"Fila {i + 1} ({moneda}): el valor {valor} no es positivo.")
            continue
        por_mil = _por_mil(nombre, c("por_mil"))
        filas.append(FilaTipoCambio(
            moneda, mes, valor, "usd_por_mil" if por_mil else "usd_por_unidad",
            f"{prefijo}tabla de equivalencias {mes} ({pais or nombre}); archivo {tabla.archivo}".strip(),
        ))
    return LecturaTiposCambio(tuple(filas), tuple(omitidas), "equivalencias")


# -- D. simple table ---------------------------------------------------------------------------


def _columnas_tabla(textos: Sequence[str]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    nombres = {
        "moneda": {"moneda", "currency", "divisa"},
        "mes": {"mes", "month", "periodo", "period", "fecha"},
        "valor": {"valor", "value", "rate", "tipo de cambio", "tc", "tasa"},
        "expresion": {"expresion", "expression"},
        "fuente": {"fuente", "source"},
    }
    for j, t in enumerate(textos):
        for k, opciones in nombres.items():
            if k not in cols and t in opciones:
                cols[k] = j
    if {"moneda", "mes", "valor"} <= cols.keys():
        return cols
    return None


def _tabla_simple(tabla: Tabla, fila_enc: int, cols: dict[str, int], expresion: str | None, fuente: str) -> LecturaTiposCambio:
    if expresion is None and "expresion" not in cols:
        raise ErrorTipoCambio(
            "La tabla moneda, mes, valor no dice cómo está expresado el valor. Indique la expresión: "
            "usd_por_unidad (dólares por unidad), unidades_por_usd (p. ej. pesos por dólar) o usd_por_mil."
        )
    omitidas: list[str] = []
    filas: list[FilaTipoCambio] = []
    for i in range(fila_enc + 1, len(tabla.filas)):
        fila = tabla.filas[i]
        if all(v is None for v in fila):
            continue

        def c(k: str, fila: tuple[Any, ...] = fila) -> Any:
            j = cols.get(k)
            return fila[j] if j is not None and j < len(fila) else None

        expr = (_t(c("expresion")).strip().lower() or expresion) if "expresion" in cols else expresion
        fuente_fila = _t(c("fuente")).strip() if "fuente" in cols else ""
        try:
            filas.append(tipo_cambio_manual(
                _t(c("moneda")), c("mes"), c("valor"), expr or "",
                "; ".join(x for x in (fuente, fuente_fila) if x) or f"archivo {tabla.archivo}", validar_rango=False,
            ))
        except ErrorTipoCambio as e:
            omitidas.append(f"Fila {i + 1}: {e}")
    return LecturaTiposCambio(tuple(filas), tuple(omitidas), "tabla")


# ------------------------------------------------------------------------------------------
# typed by hand


def tipo_cambio_manual(
    moneda: str,
    mes: Any,
    valor: Any,
    expresion: str,
    fuente: str,
    *,
    monedas: CatalogoClaves | None = None,
    hoy: date | None = None,
    validar_rango: bool = True,
) -> FilaTipoCambio:
    """Validate a month's rate the clerk types with its source and return the catalog row.

    ``mes`` is ``AAAA-MM`` (or any form :func:`texto_a_mes` reads); ``valor`` a positive number
    (``18.8460`` or ``18,8460``); ``fuente`` is required (publication and date). With
    ``validar_rango`` a peso rate far from any plausible value (a dollar-per-peso figure typed as
    pesos per dollar) is refused. Raises :class:`ErrorTipoCambio` with the reason.
    """
    m = moneda.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", m):
        raise ErrorTipoCambio(f"La moneda «{moneda}» no es una clave ISO de 3 letras (p. ej. MXN, EUR, JPY).")
    if monedas is not None and m not in monedas:
        raise ErrorTipoCambio(f"La moneda «{m}» no está en el catálogo de monedas.")
    if m == "USD":
        raise ErrorTipoCambio("El dólar no necesita tipo de cambio: su valor en dólares es el mismo.")
    mes_txt = texto_a_mes(mes)
    if mes_txt is None or not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", mes_txt):
        raise ErrorTipoCambio(f"«{_t(mes)}» no es un mes; escríbalo como AAAA-MM, p. ej. 2025-07.")
    hoy = hoy or date.today()
    if mes_txt > f"{hoy.year:04d}-{hoy.month:02d}":
        raise ErrorTipoCambio(f"El mes {mes_txt} todavía no llega; revise el año y el mes.")
    if expresion not in EXPRESIONES:
        raise ErrorTipoCambio(
            f"La expresión «{expresion}» no existe; use usd_por_unidad (dólares por unidad), unidades_por_usd "
            "(unidades por dólar, como el FIX en pesos) o usd_por_mil (dólares por cada 1,000 unidades)."
        )
    try:
        v = _valor(valor)
    except ErrorTipoCambio as e:
        raise ErrorTipoCambio(f"Valor no válido: {e}") from None
    if v is None or v <= 0:
        raise ErrorTipoCambio("El valor del tipo de cambio debe ser un número mayor que cero.")
    if not fuente.strip():
        raise ErrorTipoCambio("Indique la fuente del valor (publicación y fecha, p. ej. «DOF 01/08/2025, Banxico»).")
    fila = FilaTipoCambio(m, mes_txt, v, expresion, fuente.strip())
    if validar_rango and m == "MXN":
        usd = fila.usd_por_unidad
        if not Decimal("0.01") <= usd <= Decimal("0.5"):
            pista = "pesos por dólar (unidades_por_usd)" if expresion != "unidades_por_usd" else "dólares por peso (usd_por_unidad)"
            raise ErrorTipoCambio(
                f"{v} como {expresion} da {_texto_decimal(usd.quantize(Decimal('0.000001')))} dólares por peso, "
                f"lo que no es plausible; ¿el valor está en {pista}?"
            )
    return fila


# ------------------------------------------------------------------------------------------
# merging into the catalog file

COLUMNAS = ("moneda", "mes", "valor", "expresion", "fuente")
_CABECERA_POR_DEFECTO = {
    "catalogo": "tipos_cambio",
    "version": "",
    "fuente": "",
    "vigencia": "",
    "oficial": "no",
    "notas": "",
}


def fusionar_tipos_cambio(texto_actual: str, filas_nuevas: Iterable[FilaTipoCambio], *, hoy: date | None = None) -> str:
    """The catalog file text with ``filas_nuevas`` merged in.

    For a (moneda, mes) present in both, the new value wins (and among the new rows, the last).
    The ``# clave: valor`` header is kept, with ``version`` (``AAAA.MM.DD``) and ``vigencia``
    set to ``hoy``; ``fuente`` and ``notas`` are rewritten only when they still hold the bundled
    placeholder text (the rows carry their own source). Rows are sorted by currency and month.
    """
    hoy = hoy or date.today()
    cabecera: dict[str, str] = dict(_CABECERA_POR_DEFECTO)
    filas: dict[tuple[str, str], dict[str, str]] = {}
    if texto_actual.strip():
        t = leer_csv(texto_actual, "tipos_cambio", ("moneda", "mes", "valor", "expresion"))
        for linea in texto_actual.lstrip("\ufeff").splitlines():
            if not linea.startswith("#"):
                if linea.strip():
                    break
                continue
            m = re.match(r"#\s*([\w_]+)\s*:\s*(.*)$", linea)
            if m:
                cabecera[m.group(1).lower()] = m.group(2).strip()
        for r in t.filas:
            filas[(r["moneda"].upper(), r["mes"])] = {k: r.get(k, "") for k in COLUMNAS}
    nuevas = list(filas_nuevas)
    for f in nuevas:
        filas[(f.moneda.upper(), f.mes)] = {
            "moneda": f.moneda.upper(), "mes": f.mes, "valor": _texto_decimal(f.valor), "expresion": f.expresion, "fuente": f.fuente,
        }
    cabecera["catalogo"] = "tipos_cambio"
    cabecera["version"] = f"{hoy:%Y.%m.%d}"
    cabecera["vigencia"] = hoy.isoformat()
    if not cabecera.get("fuente") or normalizar(cabecera["fuente"]).startswith("NINGUNA"):
        cabecera["fuente"] = "Valores cargados por el usuario; la columna fuente dice de dónde salió cada fila"
    if not cabecera.get("notas") or normalizar(cabecera["notas"]).startswith("VACIO A PROPOSITO"):
        cabecera["notas"] = (
            "mes AAAA-MM; expresion usd_por_unidad, unidades_por_usd o usd_por_mil; qué cifra exacta pide la SE "
            "(mes anterior, promedio o último dato) no está verificado"
        )
    salida = io.StringIO()
    for k, v in cabecera.items():
        salida.write(f"# {k}: {v.replace(chr(10), ' ')}\n")
    w = csv.writer(salida, lineterminator="\n")
    w.writerow(COLUMNAS)
    for clave in sorted(filas):
        r = filas[clave]
        w.writerow([r.get(k, "") for k in COLUMNAS])
    texto = salida.getvalue()
    catalogo_tipos_cambio(texto)  # the result must load; raises ErrorCatalogo otherwise
    return texto


def filas_desde_catalogo(texto: str) -> tuple[FilaTipoCambio, ...]:
    """The rows of a catalog file, as :class:`FilaTipoCambio` (for showing the table)."""
    return _desde_catalogo(texto, "catálogo").filas if texto.strip() else ()


__all__ = [
    "ErrorTipoCambio",
    "FilaTipoCambio",
    "LecturaTiposCambio",
    "SERIES_BANXICO",
    "filas_desde_catalogo",
    "fusionar_tipos_cambio",
    "leer_tipos_cambio",
    "leer_tipos_cambio_tabla",
    "moneda_de",
    "texto_a_mes",
    "tipo_cambio_manual",
]
