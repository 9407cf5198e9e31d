"""Fixtures of the store tests: real SQLite files in ``tmp_path`` and expedientes to save."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.domain.model import (
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
from app.store import Almacen, abrir_almacen


@pytest.fixture(scope="session")
def _base_vacia(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at head, made once (running the migrations for every test is slow)."""
    carpeta = tmp_path_factory.mktemp("plantilla")
    abrir_almacen(carpeta / "aaips.sqlite3", carpeta / "respaldos").cerrar()
    return carpeta / "aaips.sqlite3"


@pytest.fixture
def almacen(tmp_path: Path, _base_vacia: Path) -> Iterator[Almacen]:
    ruta = tmp_path / "datos" / "aaips.sqlite3"
    ruta.parent.mkdir()
    shutil.copyfile(_base_vacia, ruta)
    a = abrir_almacen(ruta, tmp_path / "datos" / "respaldos")
    yield a
    a.cerrar()


def expediente_ejemplo() -> Expediente:
    """The example of spec/CONTRACT.md §1, built directly."""
    return Expediente(
        fecha_preparacion=date(2025, 8, 4),
        importador=Importador(rfc="AAA010101AAA", nombre="Importadora Ejemplo SA de CV"),
        facturas=(
            Factura(
                id="F1", numero="INV-2025-0711", fecha=date(2025, 7, 11), proveedor="Steel Trade GmbH",
                moneda="USD", usd_por_unidad=Decimal("1"), incoterm="CFR", fletes=Decimal("850.00"),
                seguros=Decimal("0.00"),
                partidas=(
                    Partida(
                        id="F1-1", descripcion="Rebar BS4449 B500B 25mm x 14m", fraccion="72142099", nico="00",
                        cantidad=Decimal("24.500"), unidad="TNE", precio_unitario=Decimal("690.00"),
                        importe=Decimal("16905.00"), pais_origen="TUR", certificado="C1",
                    ),
                ),
            ),
        ),
        certificados=(
            Certificado(
                id="C1", tipo="molino", numero="MTC-2600219", fecha_expedicion=date(2025, 7, 7),
                volumen_kg=Decimal("24800"), pais="TUR", coladas=("2600219", "2600217"),
                productor=Contacto(nombre="Yazici Demir Celik", domicilio="Iskenderun", pais="TUR",
                                   telefono="+90 326 000", correo="info@example.com"),
                descripcion="BS 4449:2005 B500B ribbed bars, 25 mm x 14 m", firma_sello_qr=True, idioma="en",
                traduccion=False, archivo="mtc.pdf",
            ),
        ),
        avisos=(
            Aviso(
                id="A1", fraccion="72142099", nico="00", cantidad=Decimal("24500"), umt="KGM",
                valor_usd=Decimal("16905.00"), pais_origen_acero="TUR", pais_origen_mercancia="TUR",
                pais_exportador="TUR", certificados=("C1",),
                fabricante=Fabricante(nombre="Yazici Demir Celik", domicilio="Iskenderun"),
                molino=MolinoRef(clave="SE00006", nombre="YAZICI DEMIR CELIK (YAZICI)"),
                descripcion="Varilla corrugada BS 4449 B500B, 25 mm x 14 m. Precio unitario 0.69 USD/kg. "
                            "Factura en toneladas, convertidas a kg.",
                partidas_factura=("F1-1",),
            ),
        ),
    )


# ------------------------------------------------------------------------------------------
# random expedientes for the property-style round trip

_TEXTOS = ["", "Acería Ñandú", "鋼鐵 公司", "comillas \" y \\ barra", "línea\nnueva", "  espacios  ", "😀 acero",
           "Yazici Demir Celik", "MTC-2600219", "72142099"]
_INVALIDOS_DEC = ["12,5x", "1.234,56", "abc", "--3", "1e5", "USD 100"]
_INVALIDOS_FECHA = ["2025-13-40", "04/08/2025", "ayer", "2025-02-30"]


def _decimal(r: random.Random) -> Decimal | None:
    k = r.randrange(8)
    if k == 0:
        return None
    if k == 1:
        return Decimal("1.50")  # trailing zero must survive
    if k == 2:
        return Decimal("123456789012345678901234.000000000000000001")  # beyond float
    if k == 3:
        return Decimal("-0.000001")
    if k == 4:
        return Decimal(r.randrange(10**7))
    return Decimal(f"{r.randrange(10**6)}.{r.randrange(1000):03d}")


def _texto(r: random.Random) -> str:
    return r.choice(_TEXTOS)


def _valor_json(r: random.Random, hondo: int = 0) -> Any:
    k = r.randrange(9 if hondo < 2 else 7)
    if k == 7:
        return [_valor_json(r, hondo + 1) for _ in range(r.randrange(3))]
    if k == 8:
        return {f"k{i}": _valor_json(r, hondo + 1) for i in range(r.randrange(3))}
    return [None, True, 7, -12345678901234567890, Decimal("0.10"), Decimal("5E+2"), "texto ñ"][k]


def _extra(r: random.Random) -> dict[str, Any]:
    if r.random() < 0.5:
        return {}
    return {f"x_{i}_{_texto(r)}": _valor_json(r) for i in range(r.randrange(1, 4))}


def _con_invalidos(r: random.Random, campos: dict[str, Any], decimales: list[str], fechas: list[str]) -> dict[str, Any]:
    """Set some amounts/dates to None with the raw text in ``invalidos``."""
    inv: dict[str, str] = {}
    for c in decimales:
        if r.random() < 0.2:
            campos[c] = None
            inv[c] = r.choice(_INVALIDOS_DEC)
    for c in fechas:
        if r.random() < 0.2:
            campos[c] = None
            inv[c] = r.choice(_INVALIDOS_FECHA)
    campos["invalidos"] = inv
    return campos


def expediente_aleatorio(semilla: int) -> Expediente:
    r = random.Random(semilla)
    base = date(2025, 1, 1)
    certs = []
    for i in range(r.randrange(0, 5)):
        campos = _con_invalidos(r, {
            "volumen_kg": _decimal(r), "fecha_expedicion": r.choice([None, base + timedelta(days=r.randrange(300))]),
        }, ["volumen_kg"], ["fecha_expedicion"])
        certs.append(Certificado(
            id=f"C{i + 1}", tipo=r.choice(["molino", "calidad", ""]), numero=f"MTC-{r.randrange(10**6)}",
            pais=r.choice(["TUR", "CHN", "KOR", ""]), coladas=tuple(str(r.randrange(10**7)) for _ in range(r.randrange(4))),
            productor=Contacto(nombre=_texto(r), domicilio=_texto(r), pais="TUR", telefono=_texto(r),
                               correo=_texto(r), extra=_extra(r)),
            descripcion=_texto(r), firma_sello_qr=r.choice([None, True, False]), idioma=r.choice(["", "en", "zh"]),
            traduccion=r.choice([None, True, False]), archivo=_texto(r), extra=_extra(r), **campos,
        ))
    facts = []
    for i in range(r.randrange(0, 4)):
        parts = []
        for j in range(r.randrange(0, 4)):
            campos = _con_invalidos(r, {
                "cantidad": _decimal(r), "precio_unitario": _decimal(r), "importe": _decimal(r),
            }, ["cantidad", "precio_unitario", "importe"], [])
            parts.append(Partida(
                id=f"F{i + 1}-{j + 1}", descripcion=_texto(r), fraccion=r.choice(["72142099", "73061999", ""]),
                nico="00", unidad=r.choice(["KGM", "TNE", "LBR"]), pais_origen="TUR",
                certificado=r.choice([None, ""] + [c.id for c in certs]), extra=_extra(r), **campos,
            ))
        campos = _con_invalidos(r, {
            "usd_por_unidad": _decimal(r), "fletes": _decimal(r), "seguros": _decimal(r),
            "fecha": r.choice([None, base + timedelta(days=r.randrange(300))]),
        }, ["usd_por_unidad", "fletes", "seguros"], ["fecha"])
        facts.append(Factura(
            id=f"F{i + 1}", numero=f"INV-{r.randrange(10**5)}", proveedor=_texto(r),
            moneda=r.choice(["USD", "MXN", "EUR"]), incoterm=r.choice(["", "CFR", "FOB"]),
            partidas=tuple(parts), extra=_extra(r), **campos,
        ))
    cert_ids = [c.id for c in certs]
    part_ids = [p.id for f in facts for p in f.partidas]
    avs = []
    estados = list(EstadoAviso)
    for i in range(r.randrange(0, 6)):
        campos = _con_invalidos(r, {"cantidad": _decimal(r), "valor_usd": _decimal(r)}, ["cantidad", "valor_usd"], [])
        estado = estados[(semilla + i) % len(estados)]
        avs.append(Aviso(
            id=f"A{i + 1}", fraccion=r.choice(["72142099", "7214.20.99", ""]), nico="00", umt="KGM",
            pais_origen_acero=r.choice(["TUR", ""]), pais_origen_mercancia="TUR", pais_exportador="TUR",
            # repeats allowed: the store keeps the list as it is
            certificados=tuple(r.choice(cert_ids) for _ in range(r.randrange(3))) if cert_ids else (),
            fabricante=Fabricante(nombre=_texto(r), domicilio=_texto(r), extra=_extra(r)),
            molino=MolinoRef(clave=r.choice(["SE00006", ""]), nombre=_texto(r), extra=_extra(r)),
            descripcion=_texto(r), observaciones=_texto(r),
            partidas_factura=tuple(r.sample(part_ids, r.randrange(min(3, len(part_ids)) + 1))),
            estado=estado,
            folio_vucem="" if estado in (EstadoAviso.BORRADOR, EstadoAviso.LISTO) else f"{r.randrange(10**9)}",
            numero_aviso=f"AAIPS-{r.randrange(10**6)}" if estado is EstadoAviso.EMITIDO else "",
            extra=_extra(r), **campos,
        ))
    campos = _con_invalidos(r, {"fecha_preparacion": r.choice([None, base])}, [], ["fecha_preparacion"])
    return Expediente(
        importador=Importador(rfc=r.choice(["AAA010101AAA", ""]), nombre=_texto(r), extra=_extra(r)),
        facturas=tuple(facts), certificados=tuple(certs), avisos=tuple(avs), extra=_extra(r), **campos,
    )
