"""Where else a certificate is used: the notices of OTHER expedientes of the database that cite
the same certificate (same number, and the same issue date when both have one).

Rule R5 shares a certificate's volume among every notice that cites it; this query gives the
rules (``revisar(..., externos=...)``) the notices they cannot see in the expediente at hand. A
notice in the recycle bin, of an expediente in the recycle bin, or rejected does not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.domain.conversion import UnidadNoConvertible, factor
from app.domain.model import Aviso, EstadoAviso, Expediente
from app.domain.volumen import UsoCertificado

from .modelos import aviso_certificados, avisos, certificados, expedientes


def clave_certificado(numero: str) -> str:
    """A certificate number compared the way clerks type it: no spaces, dashes or case."""
    return re.sub(r"[\s\-_./]+", "", numero or "").upper()


def _kg(cantidad: Decimal | None, umt: str) -> Decimal | None:
    if cantidad is None:
        return None
    try:
        return cantidad * factor(umt or "KGM", "KGM")
    except UnidadNoConvertible:
        return None


def usos_externos(
    almacen: Any, exp: Expediente, *, excluir_expediente: int | None = None
) -> dict[str, tuple[UsoCertificado, ...]]:
    """certificate id of ``exp`` -> the notices of the other expedientes that cite it.

    ``excluir_expediente``: the id ``exp`` has in the database (its own notices are in ``exp``).
    Without it (a JSON file checked from the command line), a stored notice identical to one of
    ``exp`` (same id, certificate and quantity) is taken as ``exp``'s own and not counted twice.
    """
    por_clave: dict[str, list[tuple[str, Any]]] = {}
    for c in exp.certificados:
        k = clave_certificado(c.numero)
        if k:
            por_clave.setdefault(k, []).append((c.id, c.fecha_expedicion))
    if not por_clave:
        return {}
    propios = _propios(exp.avisos, exp)
    C, A, AC, E = certificados.c, avisos.c, aviso_certificados.c, expedientes.c
    q = (
        select(C.numero, C.fecha_expedicion, E.id, E.nombre, A.clave, A.cantidad, A.umt, A.estado)
        .select_from(
            certificados.join(aviso_certificados, AC.certificado_id == C.id)
            .join(avisos, avisos.c.id == AC.aviso_id)
            .join(expedientes, E.id == C.expediente_id)
        )
        .where(A.eliminado_en.is_(None), E.eliminado_en.is_(None), A.estado != EstadoAviso.RECHAZADO)
    )
    if excluir_expediente is not None:
        q = q.where(E.id != excluir_expediente)
    out: dict[str, list[UsoCertificado]] = {}
    with almacen._lectura() as con:  # noqa: SLF001 - the store's own read transaction
        filas = con.execute(q).all()
    for numero, fecha, eid, nombre, clave, cantidad, umt, estado in filas:
        for cid, fecha_propia in por_clave.get(clave_certificado(numero), ()):
            if fecha and fecha_propia and fecha != fecha_propia:
                continue
            kg = _kg(cantidad, umt)
            if excluir_expediente is None and (cid, clave, kg) in propios:
                continue
            uso = UsoCertificado(clave, kg, expediente=nombre or f"expediente {eid}", estado=str(estado))
            out.setdefault(cid, []).append(uso)
    return {k: tuple(v) for k, v in out.items()}


def _propios(lista: Iterable[Aviso], exp: Expediente) -> set[tuple[str, str, Decimal | None]]:
    return {(c, a.id, _kg(a.cantidad, a.umt)) for a in lista for c in a.certificados if exp.certificado(c) is not None}
