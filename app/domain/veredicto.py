"""The verdict of a notice — «Listo para VUCEM» or not — decided once, here.

A notice is ready when neither its own findings nor the expediente findings that concern it
(an invoice it covers whose notices do not add up, a general datum of the expediente) hold an
error. A notice already presented or issued is not "ready": it is in its own state. The wizard's
review step, the printed checklist and ``aaips check`` / ``aaips checklist`` all ask this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .hallazgos import Hallazgo
from .model import Aviso, EstadoAviso, Expediente


class Resultado(StrEnum):
    LISTO = "listo"  # no error: can be typed into VUCEM
    CON_ERRORES = "con_errores"
    PRESENTADO = "presentado"  # already sent in VUCEM, waiting for the SE
    EMITIDO = "emitido"  # issued by the SE


def _facturas_de(exp: Expediente, a: Aviso) -> set[str]:
    de = {p.id: f.id for f, p in exp.partidas()}
    return {de[p] for p in a.partidas_factura if p in de}


def concierne(h: Hallazgo, exp: Expediente, a: Aviso) -> bool:
    """An expediente-level finding that concerns notice ``a``: about an invoice it covers, a
    certificate it cites, or the expediente as a whole (importer, preparation date)."""
    if h.factura is not None:
        return h.factura in _facturas_de(exp, a)
    if h.certificado is not None:
        return h.certificado in a.certificados
    return True


def hallazgos_del_aviso(revision, exp: Expediente, aviso_id: str) -> tuple[list[Hallazgo], list[Hallazgo]]:  # noqa: ANN001
    """The notice's own findings and the expediente findings that concern it."""
    a = exp.aviso(aviso_id)
    propios = list(revision.por_aviso.get(aviso_id, ()))
    if a is None:
        return propios, []
    return propios, [h for h in revision.expediente if concierne(h, exp, a)]


@dataclass(frozen=True, slots=True)
class Veredicto:
    aviso: str
    estado: EstadoAviso
    errores: int  # counting the expediente errors that concern the notice
    advertencias: int
    errores_expediente: int  # of ``errores``, those found at the expediente level

    @property
    def resultado(self) -> Resultado:
        if self.estado is EstadoAviso.EMITIDO:
            return Resultado.EMITIDO
        if self.estado is EstadoAviso.PRESENTADO:
            return Resultado.PRESENTADO
        return Resultado.CON_ERRORES if self.errores else Resultado.LISTO

    @property
    def listo(self) -> bool:
        """No error: the data can be typed into VUCEM (for a draft) or were right (for one sent)."""
        return not self.errores

    @property
    def puede_marcarse_listo(self) -> bool:
        return self.estado is EstadoAviso.BORRADOR and not self.errores

    def titulo(self) -> str:
        """Spanish headline: ``Listo para VUCEM``, ``Con 2 error(es): todavía no lo capture en VUCEM``..."""
        r = self.resultado
        if r is Resultado.EMITIDO:
            return "Emitido por la Secretaría de Economía"
        if r is Resultado.PRESENTADO:
            return "Presentado en VUCEM"
        if r is Resultado.CON_ERRORES:
            return f"Con {self.errores} error(es): todavía no lo capture en VUCEM"
        return "Listo para VUCEM"


def veredicto(revision, exp: Expediente, aviso_id: str) -> Veredicto:  # noqa: ANN001
    propios, del_exp = hallazgos_del_aviso(revision, exp, aviso_id)
    a = exp.aviso(aviso_id)
    todos = propios + del_exp
    errores = sum(1 for h in todos if h.es_error)
    return Veredicto(aviso_id, a.estado if a else EstadoAviso.BORRADOR, errores, len(todos) - errores,
                     sum(1 for h in del_exp if h.es_error))


@dataclass(frozen=True, slots=True)
class Resumen:
    total: int
    listos: int
    con_errores: int
    presentados: int
    emitidos: int

    def texto(self) -> str:
        """``3 aviso(s): 1 listo para VUCEM, 1 con errores, 1 emitido``."""
        partes = [(self.listos, "listo(s) para VUCEM"), (self.con_errores, "con errores"),
                  (self.presentados, "presentado(s)"), (self.emitidos, "emitido(s)")]
        return f"{self.total} aviso(s): " + ", ".join(f"{n} {t}" for n, t in partes if n) if self.total else "0 avisos"


def resumen(revision, exp: Expediente, avisos: Iterable[str] | None = None) -> Resumen:  # noqa: ANN001
    ids = list(avisos) if avisos is not None else [a.id for a in exp.avisos]
    rs = [veredicto(revision, exp, i).resultado for i in ids]
    return Resumen(len(rs), rs.count(Resultado.LISTO), rs.count(Resultado.CON_ERRORES),
                   rs.count(Resultado.PRESENTADO), rs.count(Resultado.EMITIDO))
