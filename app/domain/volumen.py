"""Rule R5, the volume a certificate covers: one notice alone, and all the notices that share it.

A certificate's volume is shared by every notice that cites it, in this expediente and in the
other expedientes of the database: together they may declare at most 1.03 × that volume
(``TOLERANCIA_VOLUMEN``). Notices that cite several certificates tie those certificates into one
group whose volumes add up. :func:`margenes` computes, once, the margin every screen, the
printed checklist and the register show; the rules in :mod:`app.domain.reglas` read the same
numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from .conversion import texto_numero
from .model import Aviso, Certificado, EstadoAviso

TOLERANCIA_VOLUMEN = Decimal("1.03")
PORCENTAJE_TOLERANCIA = texto_numero((TOLERANCIA_VOLUMEN - 1) * 100)  # "3", for messages


@dataclass(frozen=True, slots=True)
class UsoCertificado:
    """One notice that cites a certificate."""

    aviso: str  # the notice's id (clave)
    cantidad_kg: Decimal | None  # None: no quantity yet, or a unit that is not a mass
    expediente: str = ""  # "" in this expediente; else the other expediente's name
    estado: str = ""


@dataclass(frozen=True, slots=True)
class MargenCertificado:
    """The margin left on a certificate (or on the group of certificates it is tied to)."""

    certificados: tuple[str, ...]  # ids of the group (one, unless notices cite several together)
    volumen_kg: Decimal | None  # the group's volume; None if a certificate has none
    usos: tuple[UsoCertificado, ...]  # notices of this expediente
    externos: tuple[UsoCertificado, ...] = ()  # notices of other expedientes of the database

    @property
    def maximo_kg(self) -> Decimal | None:
        return None if self.volumen_kg is None else self.volumen_kg * TOLERANCIA_VOLUMEN

    @property
    def usado_kg(self) -> Decimal:
        """Declared by the notices of this expediente."""
        return sum((u.cantidad_kg for u in self.usos if u.cantidad_kg is not None), Decimal(0))

    @property
    def usado_total_kg(self) -> Decimal:
        """Declared by every notice that cites it, here and in the other expedientes."""
        return self.usado_kg + sum((u.cantidad_kg for u in self.externos if u.cantidad_kg is not None), Decimal(0))

    @property
    def margen_kg(self) -> Decimal | None:
        """What is left: 1.03 × volume − every notice's quantity (negative: exceeded)."""
        m = self.maximo_kg
        return None if m is None else m - self.usado_total_kg

    @property
    def excedido_aqui(self) -> bool:
        m = self.maximo_kg
        return m is not None and self.usado_kg > m

    @property
    def excedido(self) -> bool:
        m = self.margen_kg
        return m is not None and m < 0


def cuenta(a: Aviso) -> bool:
    """A rejected notice does not use up the certificate's volume."""
    return a.estado is not EstadoAviso.RECHAZADO


def margenes(
    avisos: Sequence[Aviso],
    certificados: Sequence[Certificado],
    relevantes: Callable[[Aviso], list[Certificado]],
    kg: Callable[[Aviso], Decimal | None],
    externos: Mapping[str, Iterable[UsoCertificado]] | None = None,
) -> dict[str, MargenCertificado]:
    """One :class:`MargenCertificado` per certificate id (the certificates of a group share it).

    ``relevantes(a)``: the certificates whose volume covers notice ``a`` (those of the type its
    fraction needs); ``kg(a)``: its quantity in kilograms; ``externos``: certificate id -> the
    notices of other expedientes that cite the same certificate."""
    padre = {c.id: c.id for c in certificados}

    def raiz(x: str) -> str:
        while padre[x] != x:
            padre[x] = padre[padre[x]]
            x = padre[x]
        return x

    usados: list[tuple[Aviso, list[str]]] = []
    for a in avisos:
        ids = [c.id for c in relevantes(a) if c.id in padre]
        if not ids or not cuenta(a):
            continue
        usados.append((a, ids))
        for otro in ids[1:]:
            padre[raiz(otro)] = raiz(ids[0])
    grupos: dict[str, list[str]] = {}
    for c in certificados:
        grupos.setdefault(raiz(c.id), []).append(c.id)
    por_id = {c.id: c for c in certificados}
    externos = externos or {}
    out: dict[str, MargenCertificado] = {}
    for raiz_id, ids in grupos.items():
        vols = [por_id[i].volumen_kg for i in ids]
        volumen = None if any(v is None or v <= 0 for v in vols) else sum((v for v in vols if v is not None), Decimal(0))
        usos = tuple(UsoCertificado(a.id, kg(a), estado=a.estado.value) for a, cs in usados if raiz(cs[0]) == raiz_id)
        fuera = tuple(dict.fromkeys(u for i in ids for u in externos.get(i, ())))
        m = MargenCertificado(tuple(ids), volumen, usos, fuera)
        for i in ids:
            out[i] = m
    return out
