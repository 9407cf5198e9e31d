"""Reading and writing the expediente file ``aaips-expediente/1`` (see spec/CONTRACT.md §1).

Reading is strict about the *shape* (objects where objects go, lists where lists go, ids present,
unique and referenced correctly) and tolerant about *values*: an amount or a date that does not
parse is kept as text in ``invalidos`` so the rules report it as ``FORMATO_INVALIDO`` and writing
the file back keeps what the clerk typed. JSON numbers are read as ``Decimal`` (never ``float``).

Any shape problem raises :class:`ErrorExpediente`, whose ``str()`` is one Spanish sentence naming
the key (``avisos[0].certificados[1]``) and the problem.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import fields
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from .model import (
    FORMATO_EXPEDIENTE,
    Aviso,
    Certificado,
    Contacto,
    EstadoAviso,
    Expediente,
    Fabricante,
    Factura,
    Importador,
    MolinoRef,
    Partida,
)
from .texto import normalizar_idioma


class ErrorExpediente(ValueError):
    """The file is not a valid ``aaips-expediente/1`` document."""

    def __init__(self, clave: str, problema: str):
        self.clave = clave
        self.problema = problema
        donde = f"«{clave}»: " if clave else ""
        super().__init__(f"Expediente no válido: {donde}{problema}")


# ------------------------------------------------------------------------------------------
# value helpers (shared with the GUI and the database layer)

_FECHA_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def texto_a_decimal(texto: str) -> Decimal | None:
    """Parse a decimal written with a point (``"16905.00"``); ``None`` if it is not one."""
    t = texto.strip()
    if not t or not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", t):
        return None
    try:
        return Decimal(t)
    except InvalidOperation:  # pragma: no cover - the regex already guards this
        return None


def texto_a_fecha(texto: str) -> date | None:
    """Parse an ISO ``YYYY-MM-DD`` date; ``None`` if it is not a real date."""
    t = texto.strip()
    if not _FECHA_ISO.match(t):
        return None
    try:
        return date.fromisoformat(t)
    except ValueError:
        return None


def decimal_a_texto(valor: Decimal) -> str:
    """A decimal as plain text without exponent (``Decimal('1E+3')`` -> ``"1000"``)."""
    return format(valor, "f")


# ------------------------------------------------------------------------------------------
# reading


class _Lector:
    """Reads one JSON object into record fields, collecting extras and invalid values."""

    def __init__(self, obj: Any, ruta: str, conocidas: tuple[str, ...]):
        if not isinstance(obj, dict):
            raise ErrorExpediente(ruta, f"se esperaba un objeto JSON y hay {_tipo(obj)}.")
        self.obj = obj
        self.ruta = ruta
        self.invalidos: dict[str, str] = {}
        self.extra = {k: v for k, v in obj.items() if k not in conocidas}

    def _r(self, clave: str) -> str:
        return f"{self.ruta}.{clave}" if self.ruta else clave

    def texto(self, clave: str, obligatorio: bool = False) -> str:
        v = self.obj.get(clave)
        if v is None:
            if obligatorio:
                raise ErrorExpediente(self._r(clave), "falta este dato.")
            return ""
        if isinstance(v, bool) or not isinstance(v, (str, int)):
            raise ErrorExpediente(self._r(clave), f"debe ser texto y hay {_tipo(v)}.")
        return str(v).strip()

    def id(self) -> str:
        v = self.texto("id", obligatorio=True)
        if not v:
            raise ErrorExpediente(self._r("id"), "el identificador está vacío.")
        return v

    def decimal(self, clave: str) -> Decimal | None:
        v = self.obj.get(clave)
        if v is None:
            return None
        if isinstance(v, bool):
            raise ErrorExpediente(self._r(clave), "debe ser un número escrito como texto, p. ej. \"16905.00\".")
        if isinstance(v, (int, Decimal)):
            return Decimal(v)
        if isinstance(v, str):
            if not v.strip():
                return None
            d = texto_a_decimal(v)
            if d is None:
                self.invalidos[clave] = v
            return d
        raise ErrorExpediente(self._r(clave), f"debe ser un número escrito como texto y hay {_tipo(v)}.")

    def fecha(self, clave: str) -> date | None:
        v = self.obj.get(clave)
        if v is None:
            return None
        if not isinstance(v, str):
            raise ErrorExpediente(self._r(clave), f"debe ser una fecha AAAA-MM-DD como texto y hay {_tipo(v)}.")
        if not v.strip():
            return None
        d = texto_a_fecha(v)
        if d is None:
            self.invalidos[clave] = v
        return d

    def booleano(self, clave: str) -> bool | None:
        v = self.obj.get(clave)
        if v is None or isinstance(v, bool):
            return v
        raise ErrorExpediente(self._r(clave), f"debe ser true o false y hay {_tipo(v)}.")

    def lista_textos(self, clave: str) -> tuple[str, ...]:
        v = self.obj.get(clave)
        if v is None:
            return ()
        if not isinstance(v, list):
            raise ErrorExpediente(self._r(clave), f"debe ser una lista y hay {_tipo(v)}.")
        out = []
        for i, x in enumerate(v):
            if isinstance(x, bool) or not isinstance(x, (str, int)):
                raise ErrorExpediente(f"{self._r(clave)}[{i}]", f"debe ser texto y hay {_tipo(x)}.")
            if str(x).strip():
                out.append(str(x).strip())
        return tuple(out)

    def lista_objetos(self, clave: str) -> list[tuple[str, Any]]:
        v = self.obj.get(clave)
        if v is None:
            return []
        if not isinstance(v, list):
            raise ErrorExpediente(self._r(clave), f"debe ser una lista y hay {_tipo(v)}.")
        return [(f"{self._r(clave)}[{i}]", x) for i, x in enumerate(v)]

    def objeto(self, clave: str) -> tuple[str, Any]:
        v = self.obj.get(clave)
        return self._r(clave), ({} if v is None else v)


def _tipo(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "un valor true/false"
    if isinstance(v, (int, float, Decimal)):
        return "un número"
    if isinstance(v, str):
        return "un texto"
    if isinstance(v, list):
        return "una lista"
    if isinstance(v, dict):
        return "un objeto"
    return type(v).__name__


def _claves(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name not in ("extra", "invalidos"))


def _importador(ruta: str, obj: Any) -> Importador:
    r = _Lector(obj, ruta, _claves(Importador))
    return Importador(rfc=r.texto("rfc"), nombre=r.texto("nombre"), extra=r.extra)


def _contacto(ruta: str, obj: Any) -> Contacto:
    r = _Lector(obj, ruta, _claves(Contacto))
    return Contacto(
        nombre=r.texto("nombre"), domicilio=r.texto("domicilio"), pais=r.texto("pais").upper(),
        telefono=r.texto("telefono"), correo=r.texto("correo"), extra=r.extra,
    )


def _partida(ruta: str, obj: Any) -> Partida:
    r = _Lector(obj, ruta, _claves(Partida))
    cert = r.texto("certificado")
    return Partida(
        id=r.id(), descripcion=r.texto("descripcion"), fraccion=r.texto("fraccion"),
        nico=r.texto("nico"), cantidad=r.decimal("cantidad"), unidad=r.texto("unidad").upper(),
        precio_unitario=r.decimal("precio_unitario"), importe=r.decimal("importe"),
        pais_origen=r.texto("pais_origen").upper(), certificado=cert or None,
        extra=r.extra, invalidos=r.invalidos,
    )


def _factura(ruta: str, obj: Any) -> Factura:
    r = _Lector(obj, ruta, _claves(Factura))
    moneda = r.texto("moneda").upper() or "USD"
    return Factura(
        id=r.id(), numero=r.texto("numero"), fecha=r.fecha("fecha"), proveedor=r.texto("proveedor"),
        moneda=moneda, usd_por_unidad=r.decimal("usd_por_unidad"), incoterm=r.texto("incoterm").upper(),
        fletes=r.decimal("fletes"), seguros=r.decimal("seguros"),
        partidas=tuple(_partida(rp, o) for rp, o in r.lista_objetos("partidas")),
        extra=r.extra, invalidos=r.invalidos,
    )


def _certificado(ruta: str, obj: Any) -> Certificado:
    r = _Lector(obj, ruta, _claves(Certificado))
    tipo = r.texto("tipo").lower()
    return Certificado(
        id=r.id(), tipo=tipo, numero=r.texto("numero"), fecha_expedicion=r.fecha("fecha_expedicion"),
        volumen_kg=r.decimal("volumen_kg"), pais=r.texto("pais").upper(), coladas=r.lista_textos("coladas"),
        productor=_contacto(*r.objeto("productor")), descripcion=r.texto("descripcion"),
        firma_sello_qr=r.booleano("firma_sello_qr"), idioma=normalizar_idioma(r.texto("idioma")),
        traduccion=r.booleano("traduccion"), archivo=r.texto("archivo"),
        extra=r.extra, invalidos=r.invalidos,
    )


def _aviso(ruta: str, obj: Any) -> Aviso:
    r = _Lector(obj, ruta, _claves(Aviso))
    estado_txt = r.texto("estado").lower() or EstadoAviso.BORRADOR.value
    try:
        estado = EstadoAviso(estado_txt)
    except ValueError:
        validos = ", ".join(e.value for e in EstadoAviso)
        raise ErrorExpediente(f"{ruta}.estado", f"«{estado_txt}» no es un estado; use uno de: {validos}.") from None
    fab_ruta, fab = r.objeto("fabricante")
    fr = _Lector(fab, fab_ruta, _claves(Fabricante))
    mol_ruta, mol = r.objeto("molino")
    mr = _Lector(mol, mol_ruta, _claves(MolinoRef))
    return Aviso(
        id=r.id(), fraccion=r.texto("fraccion"), nico=r.texto("nico"), cantidad=r.decimal("cantidad"),
        umt=r.texto("umt").upper(), valor_usd=r.decimal("valor_usd"),
        pais_origen_acero=r.texto("pais_origen_acero").upper(),
        pais_origen_mercancia=r.texto("pais_origen_mercancia").upper(),
        pais_exportador=r.texto("pais_exportador").upper(), certificados=r.lista_textos("certificados"),
        fabricante=Fabricante(nombre=fr.texto("nombre"), domicilio=fr.texto("domicilio"), extra=fr.extra),
        molino=MolinoRef(clave=mr.texto("clave").upper(), nombre=mr.texto("nombre"), extra=mr.extra),
        descripcion=r.texto("descripcion"), observaciones=r.texto("observaciones"),
        partidas_factura=r.lista_textos("partidas_factura"), estado=estado,
        folio_vucem=r.texto("folio_vucem"), numero_aviso=r.texto("numero_aviso"),
        fecha_emision=r.fecha("fecha_emision"), extra=r.extra, invalidos=r.invalidos,
    )


def _unicos(ruta: str, ids: list[str]) -> set[str]:
    vistos: set[str] = set()
    for i, x in enumerate(ids):
        if x in vistos:
            raise ErrorExpediente(f"{ruta}[{i}].id", f"el identificador «{x}» está repetido.")
        vistos.add(x)
    return vistos


def expediente_desde_dict(doc: Any) -> Expediente:
    """Build an :class:`Expediente` from parsed JSON, or raise :class:`ErrorExpediente`."""
    r = _Lector(doc, "", _claves(Expediente))
    formato = r.texto("formato")
    if formato != FORMATO_EXPEDIENTE:
        if not formato:
            raise ErrorExpediente("formato", f"falta; debe ser «{FORMATO_EXPEDIENTE}».")
        raise ErrorExpediente("formato", f"«{formato}» no es un formato conocido; se espera «{FORMATO_EXPEDIENTE}».")
    exp = Expediente(
        formato=formato,
        fecha_preparacion=r.fecha("fecha_preparacion"),
        importador=_importador(*r.objeto("importador")),
        facturas=tuple(_factura(rp, o) for rp, o in r.lista_objetos("facturas")),
        certificados=tuple(_certificado(rp, o) for rp, o in r.lista_objetos("certificados")),
        avisos=tuple(_aviso(rp, o) for rp, o in r.lista_objetos("avisos")),
        extra=r.extra,
        invalidos=r.invalidos,
    )
    _revisar_referencias(exp)
    return exp


def _revisar_referencias(exp: Expediente) -> None:
    _unicos("facturas", [f.id for f in exp.facturas])
    certs = _unicos("certificados", [c.id for c in exp.certificados])
    _unicos("avisos", [a.id for a in exp.avisos])
    partidas: set[str] = set()
    for i, f in enumerate(exp.facturas):
        for j, p in enumerate(f.partidas):
            if p.id in partidas:
                raise ErrorExpediente(f"facturas[{i}].partidas[{j}].id", f"el identificador «{p.id}» está repetido.")
            partidas.add(p.id)
            if p.certificado and p.certificado not in certs:
                raise ErrorExpediente(
                    f"facturas[{i}].partidas[{j}].certificado",
                    f"el certificado «{p.certificado}» no está en «certificados».",
                )
    for i, a in enumerate(exp.avisos):
        for j, c in enumerate(a.certificados):
            if c not in certs:
                raise ErrorExpediente(f"avisos[{i}].certificados[{j}]", f"el certificado «{c}» no está en «certificados».")
        for j, p in enumerate(a.partidas_factura):
            if p not in partidas:
                raise ErrorExpediente(
                    f"avisos[{i}].partidas_factura[{j}]", f"la partida «{p}» no está en ninguna factura."
                )


def leer_expediente(texto: str | bytes) -> Expediente:
    """Parse the text of an expediente file (UTF-8, BOM tolerated)."""
    if isinstance(texto, bytes):
        try:
            texto = texto.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ErrorExpediente("", f"el archivo no está en UTF-8 (byte {e.start}).") from None
    texto = texto.lstrip("\ufeff")
    if not texto.strip():
        raise ErrorExpediente("", "el archivo está vacío.")
    try:
        doc = json.loads(texto, parse_float=Decimal)
    except json.JSONDecodeError as e:
        raise ErrorExpediente("", f"no es JSON válido (línea {e.lineno}, columna {e.colno}: {e.msg}).") from None
    except RecursionError:
        raise ErrorExpediente("", "el JSON está anidado demasiado hondo.") from None
    return expediente_desde_dict(doc)


# ------------------------------------------------------------------------------------------
# writing

Valor = Decimal | date | None


def _v(rec: Any, clave: str, valor: Valor) -> Any:
    crudo = rec.invalidos.get(clave)
    if crudo is not None:
        return crudo
    if valor is None:
        return None
    if isinstance(valor, Decimal):
        return decimal_a_texto(valor)
    return valor.isoformat()


def _con_extra(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    for k, v in extra.items():
        if k not in base:
            base[k] = v
    return base


def _contacto_dict(c: Contacto) -> dict[str, Any]:
    return _con_extra(
        {"nombre": c.nombre, "domicilio": c.domicilio, "pais": c.pais, "telefono": c.telefono, "correo": c.correo},
        c.extra,
    )


def partida_a_dict(p: Partida) -> dict[str, Any]:
    return _con_extra(
        {
            "id": p.id, "descripcion": p.descripcion, "fraccion": p.fraccion, "nico": p.nico,
            "cantidad": _v(p, "cantidad", p.cantidad), "unidad": p.unidad,
            "precio_unitario": _v(p, "precio_unitario", p.precio_unitario),
            "importe": _v(p, "importe", p.importe), "pais_origen": p.pais_origen, "certificado": p.certificado,
        },
        p.extra,
    )


def factura_a_dict(f: Factura) -> dict[str, Any]:
    return _con_extra(
        {
            "id": f.id, "numero": f.numero, "fecha": _v(f, "fecha", f.fecha), "proveedor": f.proveedor,
            "moneda": f.moneda, "usd_por_unidad": _v(f, "usd_por_unidad", f.usd_por_unidad),
            "incoterm": f.incoterm, "fletes": _v(f, "fletes", f.fletes), "seguros": _v(f, "seguros", f.seguros),
            "partidas": [partida_a_dict(p) for p in f.partidas],
        },
        f.extra,
    )


def certificado_a_dict(c: Certificado) -> dict[str, Any]:
    return _con_extra(
        {
            "id": c.id, "tipo": c.tipo, "numero": c.numero,
            "fecha_expedicion": _v(c, "fecha_expedicion", c.fecha_expedicion),
            "volumen_kg": _v(c, "volumen_kg", c.volumen_kg), "pais": c.pais, "coladas": list(c.coladas),
            "productor": _contacto_dict(c.productor), "descripcion": c.descripcion,
            "firma_sello_qr": c.firma_sello_qr, "idioma": c.idioma, "traduccion": c.traduccion,
            "archivo": c.archivo,
        },
        c.extra,
    )


def aviso_a_dict(a: Aviso) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": a.id, "fraccion": a.fraccion, "nico": a.nico, "cantidad": _v(a, "cantidad", a.cantidad),
        "umt": a.umt, "valor_usd": _v(a, "valor_usd", a.valor_usd), "pais_origen_acero": a.pais_origen_acero,
        "pais_origen_mercancia": a.pais_origen_mercancia, "pais_exportador": a.pais_exportador,
        "certificados": list(a.certificados),
        "fabricante": _con_extra({"nombre": a.fabricante.nombre, "domicilio": a.fabricante.domicilio}, a.fabricante.extra),
        "molino": _con_extra({"clave": a.molino.clave, "nombre": a.molino.nombre}, a.molino.extra),
        "descripcion": a.descripcion, "observaciones": a.observaciones,
        "partidas_factura": list(a.partidas_factura),
    }
    # Additions to the contract: the status only when it says something.
    if a.estado is not EstadoAviso.BORRADOR:
        d["estado"] = a.estado.value
    if a.folio_vucem:
        d["folio_vucem"] = a.folio_vucem
    if a.numero_aviso:
        d["numero_aviso"] = a.numero_aviso
    if a.fecha_emision or "fecha_emision" in a.invalidos:
        d["fecha_emision"] = _v(a, "fecha_emision", a.fecha_emision)
    return _con_extra(d, a.extra)


def expediente_a_dict(exp: Expediente) -> dict[str, Any]:
    return _con_extra(
        {
            "formato": exp.formato,
            "fecha_preparacion": _v(exp, "fecha_preparacion", exp.fecha_preparacion),
            "importador": _con_extra({"rfc": exp.importador.rfc, "nombre": exp.importador.nombre}, exp.importador.extra),
            "facturas": [factura_a_dict(f) for f in exp.facturas],
            "certificados": [certificado_a_dict(c) for c in exp.certificados],
            "avisos": [aviso_a_dict(a) for a in exp.avisos],
        },
        exp.extra,
    )


def _escribir(v: Any, out: list[str], sangria: int | None, nivel: int) -> None:
    if v is None or isinstance(v, (bool, str)):
        out.append(json.dumps(v, ensure_ascii=False))
    elif isinstance(v, Decimal):
        # Numbers under unknown keys were read as Decimal: written back digit for digit.
        if not v.is_finite():
            raise ValueError(f"número no representable en JSON: {v}")
        t = str(v)
        # "5" would read back as an int; "5.0" reads back as the same Decimal value.
        out.append(t if ("." in t or "E" in t) else t + ".0")
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, float):
        out.append(json.dumps(v))
    elif isinstance(v, date):
        out.append(json.dumps(v.isoformat()))
    elif isinstance(v, Mapping):
        _contenedor("{", "}", [(json.dumps(str(k), ensure_ascii=False) + ":" + (" " if sangria is not None else ""), x)
                               for k, x in v.items()], out, sangria, nivel)
    elif isinstance(v, (list, tuple)):
        _contenedor("[", "]", [("", x) for x in v], out, sangria, nivel)
    else:
        raise TypeError(f"valor no representable en JSON: {type(v).__name__}")


def _contenedor(abre: str, cierra: str, items: list[tuple[str, Any]], out: list[str], sangria: int | None, nivel: int) -> None:
    if not items:
        out.append(abre + cierra)
        return
    out.append(abre)
    for i, (prefijo, x) in enumerate(items):
        if i:
            out.append(",")
        if sangria is not None:
            out.append("\n" + " " * (sangria * (nivel + 1)))
        out.append(prefijo)
        _escribir(x, out, sangria, nivel + 1)
    if sangria is not None:
        out.append("\n" + " " * (sangria * nivel))
    out.append(cierra)


def a_json(doc: Any, *, sangria: int | None = 2) -> str:
    """JSON text for plain data; Decimals keep every digit (never pass through float).

    With ``sangria=None`` the text is compact and has no final newline.
    """
    out: list[str] = []
    _escribir(doc, out, sangria, 0)
    return "".join(out) + ("\n" if sangria is not None else "")


def escribir_expediente(exp: Expediente) -> str:
    return a_json(expediente_a_dict(exp))

