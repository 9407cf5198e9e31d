"""Catalog updates from the files the clerk has (CSV or XLSX), with a preview before applying.

The flow the GUI (and a future command) follows::

    act = preparar_actualizacion(paths, "molinos", Path("catalogo_se.xlsx"), oficial=True)
    act.diferencia.resumen()       # "12 filas nuevas, 0 eliminadas, 3 con cambios, 1 igual."
    act.omitidas                   # rows of the file that could not be used, and why
    aplicar_catalogo(paths, "molinos", act.texto)   # validates and installs (atomic)

:func:`leer_catalogo_externo` turns an external file into our catalog format (see
``catalogs/README.md``), mapping the usual column names:

- ``fracciones``: ``Fracción`` (``7214.20.99``, or ten digits with the NICO), ``NICO``,
  ``Descripción``, ``UMT``/``Unidad``, and optionally ``Sujeta``, ``Certificado``. A file
  without a ``sujeta`` column is taken as *the list of subject fractions*: every row gets ``si``.
- ``molinos``: ``CLAVE``, ``NOMBRE``/``PLANTA``, ``EMPRESA``/``PROPIETARIO``, ``PAÍS``; or a
  single column as VUCEM shows it, ``SE00006 - PLANT NAME (OWNER COMPANY)``, split into its parts.
- ``paises``: ``Clave`` (3 letters), ``Nombre``/``País``, ``Alfa2``; ``monedas``: ``Clave``,
  ``Nombre``; ``unidades``: ``Clave``, ``Nombre``, ``kg por unidad``.
- ``tipos_cambio``: any shape :mod:`app.report.tipos_cambio` reads; merged into the current
  catalog by :func:`preparar_actualizacion` so earlier months stay.
- ``certificado_por_partida``: our own format only.

Metadata: a file in our format keeps its ``# clave: valor`` header. Otherwise the header is
made up: ``version`` and ``vigencia`` are a version or date found above the table (``Versión:``,
``Fecha de publicación:``) or else the import date, ``fuente`` is the file name, ``oficial``
is what the clerk says, and ``notas`` records the import.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.catalog_files import NOMBRES, importar_catalogo
from app.domain.catalogos import LECTORES, Catalogos, ErrorCatalogo, Metadatos, leer_csv, separar_cabecera
from app.domain.comparar_catalogos import DiferenciaCatalogo, comparar_catalogos
from app.paths import Paths

from .facturas import (
    ErrorArchivo,
    Tabla,
    _NoEsNumero,
    _numero,
    decodificar_texto,
    leer_tabla,
    normalizar_encabezado,
    normalizar_fraccion,
    normalizar_unidad,
    resolver_pais,
)
from .tipos_cambio import _fecha, filas_desde_catalogo, fusionar_tipos_cambio, leer_tipos_cambio

# our column -> header names seen in external files (normalised: lower case, no accents)
ALIAS: dict[str, dict[str, tuple[str, ...]]] = {
    "fracciones": {
        "fraccion": ("fraccion", "fraccion arancelaria", "fraccion tigie", "tariff", "hs code", "codigo", "clave",
                     "fraccion nico", "fraccion y nico", "fraccion arancelaria nico"),
        "nico": ("nico", "numero de identificacion comercial"),
        "descripcion": ("descripcion", "descripcion del nico", "descripcion nico", "texto", "description", "mercancia"),
        "descripcion_fraccion": ("descripcion fraccion", "descripcion de la fraccion", "texto fraccion"),
        "descripcion_partida": ("descripcion partida", "descripcion de la partida", "partida"),
        "umt": ("umt", "unidad", "unidad de medida", "unidad de medida de la tarifa", "u m t", "um"),
        "sujeta": ("sujeta", "sujeta a aviso", "aviso", "aaips", "requiere aviso"),
        "estatus": ("estatus", "status", "estado"),
        "certificado": ("certificado", "tipo de certificado", "certificado requerido"),
    },
    "molinos": {
        "clave": ("clave", "clave molino", "clave del molino", "cve", "id", "codigo", "clave se", "numero"),
        "nombre": ("nombre", "planta", "nombre de la planta", "nombre del molino", "molino", "plant", "plant name",
                   "mill", "mill name", "nombre planta"),
        "empresa": ("empresa", "propietario", "empresa propietaria", "owner", "owner company", "company",
                    "razon social", "empresa duena"),
        "pais": ("pais", "country", "pais de origen", "pais del molino"),
    },
    "paises": {
        "clave": ("clave", "clave saai", "clave m3", "clave saai m3", "alfa3", "alfa 3", "iso3", "iso 3", "codigo",
                  "clave pais", "iso alpha 3", "alpha 3"),
        "nombre": ("nombre", "pais", "descripcion", "country", "nombre del pais", "nombre pais"),
        "alfa2": ("alfa2", "alfa 2", "iso2", "iso 2", "alpha 2", "iso alpha 2"),
    },
    "monedas": {
        "clave": ("clave", "codigo", "iso", "iso 4217", "clave moneda", "clave saai"),
        "nombre": ("nombre", "moneda", "descripcion", "currency", "nombre moneda"),
    },
    "unidades": {
        "clave": ("clave", "clave unidad", "codigo", "c claveunidad", "claveunidad", "clave saai"),
        "nombre": ("nombre", "unidad", "descripcion", "nombre unidad"),
        "kg_por_unidad": ("kg por unidad", "kg_por_unidad", "factor", "factor kg", "kilogramos por unidad", "kg"),
    },
}

OBLIGATORIAS = {
    "fracciones": ("fraccion", "descripcion"),
    "molinos": ("clave", "nombre"),
    "paises": ("clave", "nombre"),
    "monedas": ("clave", "nombre"),
    "unidades": ("clave", "nombre"),
}

COLUMNAS_SALIDA = {
    "fracciones": ("fraccion", "nico", "descripcion", "descripcion_fraccion", "descripcion_partida", "umt", "sujeta",
                   "estatus", "certificado"),
    "molinos": ("clave", "nombre", "empresa", "pais"),
    "paises": ("clave", "nombre", "alfa2"),
    "monedas": ("clave", "nombre"),
    "unidades": ("clave", "nombre", "kg_por_unidad"),
}

_VUCEM = re.compile(r"^\s*(SE\s?\d{5})\s*[-–—:]\s*(.+?)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ConversionCatalogo:
    """An external file turned into our catalog format."""

    catalogo: str
    texto: str
    filas: int
    omitidas: tuple[str, ...] = ()
    columnas: Mapping[str, str] = field(default_factory=dict)  # our column -> the file's header


@dataclass(frozen=True, slots=True)
class Actualizacion:
    """What applying a file would do: the text to install and the difference with the catalog in use."""

    catalogo: str
    texto: str
    diferencia: DiferenciaCatalogo
    omitidas: tuple[str, ...] = ()
    columnas: Mapping[str, str] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------
# helpers


def separar_molino_vucem(texto: str) -> tuple[str, str, str] | None:
    """``SE00006 - PLANT NAME (OWNER COMPANY)`` -> (clave, planta, empresa); the owner is the last
    parenthesised group, so a plant name with its own parentheses stays whole."""
    m = _VUCEM.match(texto)
    if not m:
        return None
    clave = m.group(1).upper().replace(" ", "")
    resto = m.group(2).strip()
    empresa = ""
    if resto.endswith(")"):
        nivel = 0
        for i in range(len(resto) - 1, -1, -1):
            if resto[i] == ")":
                nivel += 1
            elif resto[i] == "(":
                nivel -= 1
                if nivel == 0:
                    empresa = resto[i + 1:-1].strip()
                    resto = resto[:i].strip()
                    break
    return clave, resto, empresa


def _t(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v == int(v):
        return str(int(v))
    if isinstance(v, Decimal):
        return format(v, "f")
    return str(v).strip()


def _coincide(encabezado: str, alias: Sequence[str]) -> float:
    h = normalizar_encabezado(encabezado)
    if not h:
        return 0.0
    if h in alias:
        return 1.0
    mejor = 0.0
    for a in alias:
        if len(a) > 3 and f" {a} " in f" {h} ":
            mejor = max(mejor, 0.7)
    return mejor


def _mapear(textos: Sequence[str], alias: Mapping[str, Sequence[str]]) -> dict[str, int]:
    candidatos = sorted(
        ((_coincide(t, alias[k]), k, j) for j, t in enumerate(textos) for k in alias),
        key=lambda x: (-x[0], x[2]),
    )
    cols: dict[str, int] = {}
    usadas: set[int] = set()
    for p, k, j in candidatos:
        if p <= 0 or k in cols or j in usadas:
            continue
        cols[k] = j
        usadas.add(j)
    return cols


def _buscar_encabezado(tabla: Tabla, nombre: str) -> tuple[int, dict[str, int]] | None:
    alias = ALIAS[nombre]
    mejor: tuple[int, dict[str, int]] | None = None
    for i, fila in enumerate(tabla.filas[:40]):
        if not any(isinstance(v, str) for v in fila):
            continue
        cols = _mapear([_t(v) for v in fila], alias)
        if all(k in cols for k in OBLIGATORIAS[nombre]) and (mejor is None or len(cols) > len(mejor[1])):
            mejor = (i, cols)
    return mejor


def _metadatos_arriba(tabla: Tabla, hasta: int) -> dict[str, str]:
    """``Versión: 3`` / ``Fecha de publicación: 15/04/2024`` lines above the table."""
    meta: dict[str, str] = {}
    for fila in tabla.filas[:hasta]:
        celdas = [c for c in fila if c is not None]
        texto = " ".join(_t(c) for c in celdas)
        n = normalizar_encabezado(texto)
        m = re.search(r"\bversi[oó]n\b\s*[:#]?\s*([\w.\-]+)", texto, re.IGNORECASE) if "version" in n else None
        if m and "version" not in meta:
            meta["version"] = m.group(1)
        if re.search(r"\b(fecha|vigencia|publicacion|actualizacion|vigente)\b", n) and "vigencia" not in meta:
            for c in celdas:
                d = _fecha(c) if not isinstance(c, str) else (_fecha(c) or _fecha_dentro(c))
                if d:
                    meta["vigencia"] = d.isoformat()
                    break
    return meta


def _fecha_dentro(texto: str) -> date | None:
    for m in re.finditer(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}", texto):
        d = _fecha(m.group(0))
        if d:
            return d
    return None


def _cabecera(nombre: str, meta: Mapping[str, str]) -> str:
    lineas = [f"# catalogo: {nombre}"]
    for k in ("version", "fuente", "vigencia", "oficial", "notas"):
        lineas.append(f"# {k}: {str(meta.get(k, '')).replace(chr(10), ' ')}")
    return "\n".join(lineas) + "\n"


def _csv(columnas: Sequence[str], filas: Sequence[Mapping[str, str]]) -> str:
    salida = io.StringIO()
    w = csv.writer(salida, lineterminator="\n")
    w.writerow(columnas)
    for f in filas:
        w.writerow([f.get(c, "") for c in columnas])
    return salida.getvalue()


def _es_formato_propio(ruta: Path, nombre: str) -> str | None:
    """The file's text when it is already in our catalog format (``# catalogo: NOMBRE``)."""
    if ruta.suffix.lower() not in (".csv", ".txt"):
        return None
    try:
        texto = decodificar_texto(ruta.read_bytes(), ruta)
    except OSError as e:
        raise ErrorArchivo(ruta, f"error al leerlo ({e.strerror or e}).", "Revise la ruta y los permisos.") from None
    for linea in texto.lstrip("\ufeff").splitlines()[:12]:
        m = re.match(r"#\s*catalogo\s*:\s*(\S+)", linea.strip(), re.IGNORECASE)
        if m:
            if m.group(1) != nombre:
                raise ErrorCatalogo(f"El archivo {ruta.name} es del catálogo «{m.group(1)}», no de «{nombre}».")
            return texto.lstrip("\ufeff")
    return None


def _completar_cabecera(texto: str, nombre: str, ruta: Path, oficial: bool, hoy: date) -> str:
    """Our format without some metadata: fill version, fuente, vigencia, oficial."""
    meta, lineas = separar_cabecera(texto)
    faltan = [k for k in ("version", "fuente", "vigencia", "oficial") if not meta.get(k)]
    if not faltan:
        return texto
    meta.setdefault("notas", "")
    if not meta.get("version"):
        meta["version"] = hoy.isoformat()
    if not meta.get("fuente"):
        meta["fuente"] = ruta.name
    if not meta.get("vigencia"):
        meta["vigencia"] = hoy.isoformat()
    if not meta.get("oficial"):
        meta["oficial"] = "si" if oficial else "no"
    cuerpo = "\n".join(lineas)
    return _cabecera(nombre, meta) + cuerpo + ("\n" if not cuerpo.endswith("\n") else "")


# ------------------------------------------------------------------------------------------
# converting per catalog


def _fila_fraccion(vals: Mapping[str, Any], tiene_sujeta: bool) -> tuple[dict[str, str] | None, str]:
    fr_txt = _t(vals.get("fraccion"))
    fr = normalizar_fraccion(fr_txt)
    if fr is None:
        digitos = re.sub(r"\D", "", fr_txt)
        if len(digitos) == 7:  # an 8-digit fraction stored as a number lost its leading zero? not in ch. 72/73
            return None, f"la fracción «{fr_txt}» tiene 7 dígitos"
        return None, f"«{fr_txt}» no es fracción de 8 dígitos (o 10 con NICO)"
    fraccion, nico = fr
    nico_txt = re.sub(r"\D", "", _t(vals.get("nico")))
    if nico_txt:
        nico = nico_txt.zfill(2)[-2:]
    nico = nico or "00"
    umt_txt = _t(vals.get("umt"))
    umt = normalizar_unidad(umt_txt) or umt_txt.upper() or "KGM"
    s = normalizar_encabezado(_t(vals.get("sujeta")))
    if tiene_sujeta:
        sujeta = "si" if s in ("si", "s", "x", "yes", "y", "1", "true", "verdadero", "sujeta") else ("no" if s in ("no", "n", "0", "false", "falso") else "")
    else:
        sujeta = "si"
    cert = normalizar_encabezado(_t(vals.get("certificado")))
    cert = "molino" if "molino" in cert or "mill" in cert else ("calidad" if "calidad" in cert or "quality" in cert else "")
    return {
        "fraccion": fraccion, "nico": nico, "descripcion": _t(vals.get("descripcion")),
        "descripcion_fraccion": _t(vals.get("descripcion_fraccion")), "descripcion_partida": _t(vals.get("descripcion_partida")),
        "umt": umt, "sujeta": sujeta, "estatus": _t(vals.get("estatus")), "certificado": cert,
    }, ""


def _fila_molino(vals: Mapping[str, Any], catalogos: Catalogos | None) -> tuple[dict[str, str] | None, str]:
    clave = _t(vals.get("clave"))
    nombre = _t(vals.get("nombre"))
    empresa = _t(vals.get("empresa"))
    partes = separar_molino_vucem(clave) or separar_molino_vucem(nombre)
    if partes:  # "SE00006 - PLANT (OWNER)" in the key or the name column
        clave_v, nombre_v, empresa_v = partes
        if not clave or separar_molino_vucem(clave):
            clave = clave_v
        if not nombre or separar_molino_vucem(nombre) or nombre == _t(vals.get("clave")):
            nombre = nombre_v
        empresa = empresa or empresa_v
    clave = clave.upper().replace(" ", "")
    if re.fullmatch(r"\d{1,5}", clave):
        clave = f"SE{int(clave):05d}"
    if not re.fullmatch(r"SE\d{5}", clave):
        return None, f"la clave «{clave}» no tiene la forma SE00000"
    if not nombre:
        return None, f"el molino {clave} no tiene nombre"
    pais_txt = _t(vals.get("pais"))
    pais = resolver_pais(pais_txt, catalogos) if pais_txt else ""
    nota = ""
    if pais_txt and not pais:
        pais = ""
        nota = f"el país «{pais_txt}» del molino {clave} no se reconoció; se dejó vacío"
    return {"clave": clave, "nombre": nombre, "empresa": empresa, "pais": pais}, nota


def _fila_clave(nombre_cat: str, vals: Mapping[str, Any]) -> tuple[dict[str, str] | None, str]:
    clave = _t(vals.get("clave")).upper()
    nombre = _t(vals.get("nombre"))
    if not clave:
        return None, "sin clave"
    if nombre_cat == "paises" and not re.fullmatch(r"[A-Z]{3}", clave):
        return None, f"la clave de país «{clave}» no tiene 3 letras"
    if nombre_cat == "monedas" and not re.fullmatch(r"[A-Z]{3}", clave):
        return None, f"la clave de moneda «{clave}» no tiene 3 letras"
    fila = {"clave": clave, "nombre": nombre}
    if nombre_cat == "paises":
        fila["alfa2"] = _t(vals.get("alfa2")).upper()
    if nombre_cat == "unidades":
        kg = vals.get("kg_por_unidad")
        if kg is None or _t(kg) == "":
            fila["kg_por_unidad"] = ""
        else:
            try:
                d, _ = _numero(kg, ".")
            except _NoEsNumero:
                return None, f"el factor «{_t(kg)}» de la unidad {clave} no es un número"
            fila["kg_por_unidad"] = format(d, "f") if d is not None else ""
    return fila, ""


def _leer_tabla_catalogo(nombre: str, tabla: Tabla, catalogos: Catalogos | None) -> tuple[list[dict[str, str]], list[str], dict[str, str], int]:
    """(rows in our columns, notes, our column -> file header, header row index)."""
    encontrado = _buscar_encabezado(tabla, nombre)
    omitidas: list[str] = []
    filas: list[dict[str, str]] = []
    if encontrado is None:
        if nombre == "molinos":
            return _molinos_una_columna(tabla, catalogos)
        esperadas = " y ".join(OBLIGATORIAS[nombre])
        raise ErrorCatalogo(
            f"En «{tabla.archivo}» no se encontró la fila de títulos del catálogo de {nombre} (se buscan columnas de {esperadas}). "
            "Revise que eligió el archivo y la hoja correctos, o ponga esos títulos en la primera fila."
        )
    fila_enc, cols = encontrado
    titulos = {k: _t(tabla.valor(fila_enc, j)) for k, j in cols.items()}
    for i in range(fila_enc + 1, len(tabla.filas)):
        fila = tabla.filas[i]
        if all(v is None for v in fila):
            continue
        vals = {k: (fila[j] if j < len(fila) else None) for k, j in cols.items()}
        if nombre == "fracciones":
            r, nota = _fila_fraccion(vals, "sujeta" in cols)
        elif nombre == "molinos":
            r, nota = _fila_molino(vals, catalogos)
        else:
            r, nota = _fila_clave(nombre, vals)
        if r is None:
            omitidas.append(f"Fila {i + 1}: {nota}.")
            continue
        if nota:
            omitidas.append(f"Fila {i + 1}: {nota}.")
        filas.append(r)
    return filas, omitidas, titulos, fila_enc


def _molinos_una_columna(tabla: Tabla, catalogos: Catalogos | None) -> tuple[list[dict[str, str]], list[str], dict[str, str], int]:
    cuentas: dict[int, int] = {}
    for fila in tabla.filas:
        for j, v in enumerate(fila):
            if isinstance(v, str) and _VUCEM.match(v):
                cuentas[j] = cuentas.get(j, 0) + 1
    if not cuentas:
        raise ErrorCatalogo(
            f"En «{tabla.archivo}» no se encontraron molinos: se buscan columnas CLAVE y NOMBRE, o una columna con "
            "entradas como «SE00006 - NOMBRE DE LA PLANTA (EMPRESA)»."
        )
    col = max(cuentas, key=lambda j: (cuentas[j], -j))
    filas: list[dict[str, str]] = []
    omitidas: list[str] = []
    for i, fila in enumerate(tabla.filas):
        v = fila[col] if col < len(fila) else None
        if not isinstance(v, str) or not v.strip():
            continue
        partes = separar_molino_vucem(v)
        if partes is None:
            if i > 0 or any(isinstance(x, str) and _VUCEM.match(x) for x in fila):
                omitidas.append(f"Fila {i + 1}: «{v}» no tiene la forma «SE00000 - PLANTA (EMPRESA)».")
            continue
        clave, nombre, empresa = partes
        filas.append({"clave": clave, "nombre": nombre, "empresa": empresa, "pais": ""})
    return filas, omitidas, {"clave": f"columna {col + 1} (clave - planta (empresa))"}, -1


def convertir_catalogo_externo(
    nombre: str,
    ruta: str | os.PathLike[str],
    *,
    oficial: bool = False,
    hoy: date | None = None,
    catalogos: Catalogos | None = None,
    hoja: str | int | None = None,
    **opciones_tipos_cambio: Any,
) -> ConversionCatalogo:
    """Read ``ruta`` (CSV/XLSX) as catalog ``nombre`` and return it in our format.

    ``oficial``: whether the clerk says the file comes from the authority. ``catalogos`` helps
    to turn mill countries into ISO codes. ``opciones_tipos_cambio`` go to
    :func:`~app.report.tipos_cambio.leer_tipos_cambio` (``mes``, ``expresion``, ``series``...).
    Raises :class:`ErrorArchivo` (unreadable file) or :class:`ErrorCatalogo` (no usable rows,
    columns not found); the text returned always loads with the catalog's reader.
    """
    if nombre not in LECTORES:
        raise ErrorCatalogo(f"«{nombre}» no es un catálogo; los catálogos son: {', '.join(NOMBRES)}.")
    ruta = Path(ruta)
    hoy = hoy or date.today()
    propio = _es_formato_propio(ruta, nombre)
    if propio is not None:
        texto = _completar_cabecera(propio, nombre, ruta, oficial, hoy)
        cat = LECTORES[nombre](texto)
        n = len(getattr(cat, "filas", ()) or getattr(cat, "rangos", ()))
        return ConversionCatalogo(nombre, texto, n, (), {})
    if nombre == "certificado_por_partida":
        raise ErrorCatalogo(
            "El catálogo de certificado por partida solo se importa en el formato del Asistente "
            "(vigente_desde, tipo, partida_desde, partida_hasta; vea catalogs/README.md)."
        )
    if nombre == "tipos_cambio":
        lectura = leer_tipos_cambio(ruta, **opciones_tipos_cambio)
        if not lectura.filas:
            raise ErrorCatalogo(f"El archivo {ruta.name} no tiene tipos de cambio utilizables. " + " ".join(lectura.omitidas[:3]))
        texto = fusionar_tipos_cambio("", lectura.filas, hoy=hoy)
        texto = re.sub(r"(?m)^# oficial: .*$", f"# oficial: {'si' if oficial else 'no'}", texto, count=1)
        return ConversionCatalogo(nombre, texto, len(lectura.filas), lectura.omitidas, {})
    tabla = leer_tabla(ruta, hoja)
    if not tabla.filas:
        raise ErrorCatalogo(f"La hoja de {ruta.name} está vacía; no se reemplazó el catálogo de {nombre}.")
    filas, omitidas, titulos, fila_enc = _leer_tabla_catalogo(nombre, tabla, catalogos)
    # repeated keys: the last row counts
    clave_de = (lambda f: (f["fraccion"], f["nico"])) if nombre == "fracciones" else (lambda f: (f["clave"],))
    unicas: dict[tuple[str, ...], dict[str, str]] = {}
    for f in filas:
        k = clave_de(f)
        if k in unicas:
            omitidas.append(f"Clave repetida {' '.join(k)}: se tomó la última fila.")
        unicas[k] = f
    if not unicas:
        raise ErrorCatalogo(f"El archivo {ruta.name} no tiene filas utilizables para el catálogo de {nombre}. " + " ".join(omitidas[:3]))
    meta_arriba = _metadatos_arriba(tabla, max(fila_enc, 0))
    notas = [f"Importado de {ruta.name} el {hoy.isoformat()}: {len(unicas)} filas"]
    if omitidas:
        notas.append(f"{len(omitidas)} observaciones al importar")
    if nombre == "fracciones" and "sujeta" not in titulos:
        notas.append("el archivo no trae columna de sujeción: todas sus fracciones se marcaron sujetas (sujeta=si)")
    if nombre == "fracciones" and "umt" not in titulos:
        notas.append("el archivo no trae UMT: se supuso KGM")
    meta = {
        "version": meta_arriba.get("version") or hoy.isoformat(),
        "fuente": ruta.name,
        "vigencia": meta_arriba.get("vigencia") or hoy.isoformat(),
        "oficial": "si" if oficial else "no",
        "notas": "; ".join(notas),
    }
    texto = _cabecera(nombre, meta) + _csv(COLUMNAS_SALIDA[nombre], list(unicas.values()))
    LECTORES[nombre](texto)  # must load; raises ErrorCatalogo with the row otherwise
    return ConversionCatalogo(nombre, texto, len(unicas), tuple(omitidas), titulos)


def leer_catalogo_externo(nombre: str, ruta: str | os.PathLike[str], **opciones: Any) -> str:
    """The CSV text, in our catalog format, of an external catalog file (see the module docstring)."""
    return convertir_catalogo_externo(nombre, ruta, **opciones).texto


# ------------------------------------------------------------------------------------------
# preview and apply


def texto_catalogo_actual(paths: Paths, nombre: str) -> str | None:
    """The text of the catalog in use: the clerk's own file, else the bundled one, else None."""
    for ruta in (paths.catalogos_usuario / f"{nombre}.csv", paths.catalogos_incluidos / f"{nombre}.csv"):
        if ruta.is_file():
            try:
                return decodificar_texto(ruta.read_bytes(), ruta)
            except OSError:
                return None
    return None


def vista_previa(paths: Paths, nombre: str, texto_nuevo: str) -> DiferenciaCatalogo:
    """What installing ``texto_nuevo`` would change in the catalog in use."""
    actual = texto_catalogo_actual(paths, nombre)
    try:
        return comparar_catalogos(nombre, actual, texto_nuevo)
    except ErrorCatalogo:
        if actual is None:
            raise
        return comparar_catalogos(nombre, None, texto_nuevo)  # the current file is broken: all rows are new


def preparar_actualizacion(
    paths: Paths,
    nombre: str,
    ruta: str | os.PathLike[str],
    *,
    oficial: bool = False,
    hoy: date | None = None,
    catalogos: Catalogos | None = None,
    hoja: str | int | None = None,
    **opciones_tipos_cambio: Any,
) -> Actualizacion:
    """Convert the file and compare it with the catalog in use; nothing is written.

    Exchange rates are *merged* into the current catalog (a month already loaded is replaced
    only for the currencies the file brings); any other catalog is replaced as a whole.
    """
    conv = convertir_catalogo_externo(
        nombre, ruta, oficial=oficial, hoy=hoy, catalogos=catalogos, hoja=hoja, **opciones_tipos_cambio
    )
    texto = conv.texto
    if nombre == "tipos_cambio":
        actual = texto_catalogo_actual(paths, nombre) or ""
        try:
            texto = fusionar_tipos_cambio(actual, filas_desde_catalogo(conv.texto), hoy=hoy)
        except ErrorCatalogo:
            texto = conv.texto  # the current file is broken: the new rows replace it
    return Actualizacion(nombre, texto, vista_previa(paths, nombre, texto), conv.omitidas, conv.columnas)


def aplicar_catalogo(paths: Paths, nombre: str, texto: str) -> Metadatos:
    """Validate and install ``texto`` as the clerk's catalog ``nombre`` (atomic), through
    :func:`app.catalog_files.importar_catalogo`. Returns the installed catalog's metadata."""
    paths.datos.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=paths.datos, prefix=f".{nombre}-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(texto)
        return importar_catalogo(paths, nombre, Path(tmp))
    finally:
        Path(tmp).unlink(missing_ok=True)


def guardar_tipos_cambio(paths: Paths, filas: Sequence[Any], *, hoy: date | None = None) -> Metadatos:
    """Merge rates (read from a file or typed with :func:`~app.report.tipos_cambio.tipo_cambio_manual`)
    into the clerk's exchange-rate catalog and install it."""
    actual = texto_catalogo_actual(paths, "tipos_cambio") or ""
    return aplicar_catalogo(paths, "tipos_cambio", fusionar_tipos_cambio(actual, filas, hoy=hoy))


def metadatos_de(texto: str, nombre: str) -> Metadatos:
    """The metadata of a catalog text (for showing version and source in the preview)."""
    return leer_csv(texto, nombre, ()).meta
