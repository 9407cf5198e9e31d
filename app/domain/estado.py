"""The life cycle of a notice: which status changes are allowed and what each one needs."""

from __future__ import annotations

from dataclasses import replace

from .model import Aviso, EstadoAviso

E = EstadoAviso

TRANSICIONES: dict[EstadoAviso, frozenset[EstadoAviso]] = {
    E.BORRADOR: frozenset({E.LISTO}),
    E.LISTO: frozenset({E.BORRADOR, E.PRESENTADO}),
    E.PRESENTADO: frozenset({E.EMITIDO, E.RECHAZADO}),
    E.EMITIDO: frozenset(),
    # A rejected notice is corrected as a draft and sent again.
    E.RECHAZADO: frozenset({E.BORRADOR}),
}

NOMBRES = {
    E.BORRADOR: "Borrador",
    E.LISTO: "Listo",
    E.PRESENTADO: "Presentado",
    E.EMITIDO: "Emitido",
    E.RECHAZADO: "Rechazado",
}


class CambioEstadoInvalido(ValueError):
    """A status change that the life cycle does not allow; ``str()`` is Spanish for the clerk."""


def cambiar_estado(
    aviso: Aviso,
    nuevo: EstadoAviso,
    *,
    folio_vucem: str = "",
    numero_aviso: str = "",
    errores_pendientes: int = 0,
) -> Aviso:
    """Return ``aviso`` in status ``nuevo`` or raise :class:`CambioEstadoInvalido`.

    ``errores_pendientes`` is the number of rule errors the notice still has: a notice with
    errors cannot be marked ready.
    """
    nuevo = EstadoAviso(nuevo)
    if nuevo not in TRANSICIONES[aviso.estado]:
        raise CambioEstadoInvalido(
            f"Un aviso en estado «{NOMBRES[aviso.estado]}» no puede pasar a «{NOMBRES[nuevo]}»."
        )
    if nuevo is E.LISTO and errores_pendientes:
        raise CambioEstadoInvalido(
            f"El aviso tiene {errores_pendientes} error(es) por corregir; "
            "corríjalos antes de marcarlo como listo."
        )
    if nuevo is E.PRESENTADO:
        folio_vucem = folio_vucem.strip()
        if not folio_vucem:
            raise CambioEstadoInvalido(
                "Para marcarlo como presentado escriba el folio que le dio la Ventanilla Digital."
            )
        return replace(aviso, estado=nuevo, folio_vucem=folio_vucem)
    if nuevo is E.EMITIDO:
        numero_aviso = numero_aviso.strip()
        if not numero_aviso:
            raise CambioEstadoInvalido(
                "Para marcarlo como emitido escriba el número de aviso que emitió la Secretaría de Economía."
            )
        return replace(aviso, estado=nuevo, numero_aviso=numero_aviso)
    return replace(aviso, estado=nuevo)
