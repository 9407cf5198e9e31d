"""Reconciliation of issued notices against the pedimentos that discharged them (pure).

API (used by ``aaips conciliar``, the Pedimentos screens and the SAAI M3 pre-validation):

* :class:`AvisoConciliable` — the notice data the comparison needs (number, expediente, notice id,
  estado, fraction+NICO, quantity+UMT, USD value, country of origin of the goods, importer RFC,
  issue date). Build them from expedientes with :func:`avisos_de_expediente`.
* :func:`conciliar(avisos, pedimentos, *, pendientes=(), clave_permiso=CLAVE_PERMISO_ACERO,
  sujeta=None, documentos_definitivos=DOCUMENTOS_DEFINITIVOS)` → :class:`Conciliacion`.

  - ``pedimentos``: the stored :class:`~app.domain.pedimentos.Pedimento` records (every version:
    rectified ones are superseded here, so a discharge is never counted twice; when the same key
    appears twice the later one in the input wins).
  - ``pendientes``: pedimentos not filed yet (e.g. an M3 file being pre-validated). Their uses are
    counted **after** every stored use, and are marked ``Uso.pendiente``. A pending rectification
    supersedes the stored version it rectifies. To ask "with this M3 file, is the notice
    exceeded?", pass the stored pedimentos plus ``pendientes=[the M3 pedimentos]`` and read
    ``resultado.hallazgos_de(clave, secuencia)`` or the findings of each ``Uso``
    (``AVISO_EXCEDIDO_CANTIDAD`` / ``AVISO_EXCEDIDO_VALOR`` are given to every use with which the
    cumulative discharge goes over the notice).
  - ``clave_permiso``: the 553 permit key of the steel notice (a setting; default ``"AV"``).
  - ``sujeta(fraccion, nico) -> bool``: whether a fraction needs the notice, for
    ``PARTIDA_ACERO_SIN_AVISO``; default: chapters 72 and 73. :func:`sujeta_segun_catalogo`
    builds one from the fractions catalog.

Every finding is a :class:`~app.domain.hallazgos.Hallazgo` whose params carry ``pedimento`` (the
15-digit number) and ``secuencia``; :func:`hallazgo_a_json` writes the CONTRACT §4 shape.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .catalogos import CatalogoFracciones
from .hallazgos import CODIGOS, Codigo, Hallazgo, Severidad, hallazgo
from .model import EstadoAviso, Expediente
from .pedimentos import (
    CLAVE_PERMISO_ACERO,
    IDENTIFICADOR_EXCEPCION_AVISO,
    IMPORTACION,
    ClavePedimento,
    PartidaPedimento,
    Pedimento,
    normalizar_numero_aviso,
)
from .totales import CAPITULOS_ACERO

# Document keys of a definitive import (Anexo 22, apéndice 2).
DOCUMENTOS_DEFINITIVOS = frozenset({"A1"})

_E, _A = Severidad.ERROR, Severidad.AVISO
CODIGOS.update(
    {
        c.codigo: c
        for c in [
            Codigo(
                "AVISO_EXCEDIDO_CANTIDAD", _E, "CONCILIACION",
                "Con el pedimento {pedimento} (partida {secuencia}) se han descargado {usado} {umt} del aviso "
                "{numero_aviso}, que ampara {autorizado} {umt} (exceso {exceso}). Tramite un aviso nuevo para el "
                "resto o corrija la cantidad descargada en el pedimento.",
            ),
            Codigo(
                "AVISO_EXCEDIDO_VALOR", _E, "CONCILIACION",
                "Con el pedimento {pedimento} (partida {secuencia}) se han descargado {usado} USD del aviso "
                "{numero_aviso}, que ampara {autorizado} USD (exceso {exceso} USD). Tramite un aviso nuevo para "
                "el resto o corrija el valor descargado en el pedimento.",
            ),
            Codigo(
                "AVISO_NO_REGISTRADO", _A, "CONCILIACION",
                "El pedimento {pedimento} (partida {secuencia}) descarga el aviso «{numero_permiso}», que no está "
                "en la base de datos. Registre ese aviso con su número o revise el número declarado.",
            ),
            Codigo(
                "AVISO_NO_EMITIDO", _E, "CONCILIACION",
                "El pedimento {pedimento} (partida {secuencia}) descarga el aviso {numero_aviso}, que está "
                "«{estado}» y no emitido. Márquelo como emitido si la SE ya lo emitió, o no lo use todavía.",
            ),
            Codigo(
                "AVISO_FRACCION_NO_COINCIDE", _E, "CONCILIACION",
                "La partida {secuencia} del pedimento {pedimento} declara la fracción {fraccion_partida} y el aviso "
                "{numero_aviso} es para {fraccion_aviso}. Use un aviso de esa fracción o corrija la clasificación.",
            ),
            Codigo(
                "AVISO_PAIS_NO_COINCIDE", _E, "CONCILIACION",
                "La partida {secuencia} del pedimento {pedimento} declara origen {pais_partida} y el aviso "
                "{numero_aviso} es para mercancía de {pais_aviso}. Use un aviso de ese país o corrija el origen.",
            ),
            Codigo(
                "AVISO_IMPORTADOR_NO_COINCIDE", _E, "CONCILIACION",
                "El pedimento {pedimento} es del RFC {rfc_pedimento} y el aviso {numero_aviso} es del importador "
                "{rfc_aviso}. Un aviso solo ampara al importador que lo tramitó.",
            ),
            Codigo(
                "AVISO_USADO_ANTES_DE_EMITIRSE", _E, "CONCILIACION",
                "El pedimento {pedimento} se pagó el {fecha_pago} y el aviso {numero_aviso} se emitió el "
                "{fecha_emision}. Revise la fecha de emisión registrada o el número de aviso declarado.",
            ),
            Codigo(
                "PARTIDA_ACERO_SIN_AVISO", _E, "CONCILIACION",
                "La partida {secuencia} del pedimento {pedimento} (fracción {fraccion}) es una importación "
                "definitiva de acero sin permiso «{clave_permiso}» ni identificador EA. Declare el aviso "
                "automático que la ampara o la excepción que aplique.",
            ),
            Codigo(
                "PEDIMENTO_RECTIFICADO", _A, "CONCILIACION",
                "El pedimento {pedimento} fue rectificado por {rectificacion}: solo cuentan los descargos de la "
                "rectificación. No requiere acción.",
            ),
        ]
    }
)


@dataclass(frozen=True, slots=True)
class AvisoConciliable:
    """What the reconciliation needs of one notice with a ``numero_aviso``."""

    numero_aviso: str
    expediente: str = ""  # expediente name or id, for display
    aviso: str = ""  # notice id within the expediente ("A1")
    estado: str = EstadoAviso.EMITIDO.value
    fraccion: str = ""
    nico: str = ""
    cantidad: Decimal | None = None  # in the UMT
    umt: str = ""
    valor_usd: Decimal | None = None
    pais_origen_mercancia: str = ""
    rfc_importador: str = ""
    fecha_emision: date | None = None


def avisos_de_expediente(exp: Expediente, nombre: str = "") -> list[AvisoConciliable]:
    """The notices of an expediente that have a ``numero_aviso``."""
    return [
        AvisoConciliable(
            numero_aviso=a.numero_aviso, expediente=nombre, aviso=a.id, estado=str(a.estado),
            fraccion=a.fraccion, nico=a.nico, cantidad=a.cantidad, umt=a.umt, valor_usd=a.valor_usd,
            pais_origen_mercancia=a.pais_origen_mercancia, rfc_importador=exp.importador.rfc,
            fecha_emision=a.fecha_emision,
        )
        for a in exp.avisos
        if a.numero_aviso.strip()
    ]


@dataclass(slots=True)
class Uso:
    """One discharge of a notice: a 553 permit of a partida."""

    clave: ClavePedimento
    pedimento: str  # 15-digit number
    secuencia: int
    fecha_pago: date | None
    fraccion: str
    nico: str
    clave_permiso: str
    numero_permiso: str
    cantidad: Decimal
    valor_usd: Decimal
    pendiente: bool = False
    hallazgos: list[Hallazgo] = field(default_factory=list)

    def a_json(self) -> dict[str, Any]:
        return {
            "pedimento": self.pedimento, "patente": self.clave.patente, "numero": self.clave.pedimento,
            "seccion": self.clave.seccion, "secuencia": self.secuencia,
            "fecha_pago": self.fecha_pago.isoformat() if self.fecha_pago else None,
            "fraccion": self.fraccion, "nico": self.nico, "clave_permiso": self.clave_permiso,
            "cantidad": str(self.cantidad), "valor_usd": str(self.valor_usd), "pendiente": self.pendiente,
        }


@dataclass(slots=True)
class ResultadoAviso:
    aviso: AvisoConciliable
    usos: list[Uso] = field(default_factory=list)
    usado_cantidad: Decimal = Decimal(0)
    usado_valor: Decimal = Decimal(0)
    hallazgos: list[Hallazgo] = field(default_factory=list)

    @property
    def saldo_cantidad(self) -> Decimal | None:
        c = self.aviso.cantidad
        return None if c is None else c - self.usado_cantidad

    @property
    def saldo_valor(self) -> Decimal | None:
        v = self.aviso.valor_usd
        return None if v is None else v - self.usado_valor

    @property
    def excedido(self) -> bool:
        return any(h.codigo in ("AVISO_EXCEDIDO_CANTIDAD", "AVISO_EXCEDIDO_VALOR") for h in self.hallazgos)

    def a_json(self) -> dict[str, Any]:
        a = self.aviso

        def _t(d: Decimal | None) -> str | None:
            return None if d is None else str(d)

        return {
            "numero_aviso": a.numero_aviso, "aviso": a.aviso, "expediente": a.expediente, "estado": a.estado,
            "fecha_emision": a.fecha_emision.isoformat() if a.fecha_emision else None,
            "autorizado": {"cantidad": _t(a.cantidad), "umt": a.umt, "valor_usd": _t(a.valor_usd)},
            "usos": [u.a_json() for u in self.usos],
            "usado": {"cantidad": str(self.usado_cantidad), "valor_usd": str(self.usado_valor)},
            "saldo": {"cantidad": _t(self.saldo_cantidad), "valor_usd": _t(self.saldo_valor)},
            "hallazgos": [hallazgo_a_json(h) for h in self.hallazgos],
        }


@dataclass(slots=True)
class Conciliacion:
    avisos: list[ResultadoAviso]
    hallazgos_pedimentos: list[Hallazgo]
    vigentes: list[Pedimento]  # stored + pending, rectified versions removed
    superados: dict[ClavePedimento, ClavePedimento]  # rectified key -> the key that replaced it

    def por_numero(self, numero: str) -> list[ResultadoAviso]:
        n = normalizar_numero_aviso(numero)
        return [r for r in self.avisos if normalizar_numero_aviso(r.aviso.numero_aviso) == n]

    def hallazgos_de(self, clave: ClavePedimento, secuencia: int | None = None) -> list[Hallazgo]:
        """Every finding (notice-level and pedimento-level) about one pedimento / partida."""
        numero_clave = str(clave)
        todos = [h for r in self.avisos for h in r.hallazgos] + self.hallazgos_pedimentos
        return [
            h for h in todos
            if h.params.get("_clave") == numero_clave and (secuencia is None or h.params.get("secuencia") == secuencia)
        ]

    def a_json(self) -> dict[str, Any]:
        return {
            "avisos": [r.a_json() for r in self.avisos],
            "pedimentos": {"hallazgos": [hallazgo_a_json(h) for h in self.hallazgos_pedimentos]},
        }


def hallazgo_a_json(h: Hallazgo) -> dict[str, Any]:
    d = h.a_json()
    for k in ("pedimento", "secuencia", "numero_aviso"):
        if k in h.params:
            d[k] = h.params[k]
    if h.params.get("_pendiente"):
        d["pendiente"] = True
    return d


def sujeta_por_capitulo(fraccion: str, nico: str = "") -> bool:
    return fraccion[:2] in CAPITULOS_ACERO


def sujeta_segun_catalogo(cat: CatalogoFracciones | None) -> Callable[[str, str], bool]:
    """``sujeta`` from the fractions catalog; where it does not say, chapters 72 and 73."""
    if cat is None:
        return sujeta_por_capitulo

    def sujeta(fraccion: str, nico: str) -> bool:
        fila = cat.buscar(fraccion, nico)
        if fila is None:
            filas = cat.nicos(fraccion)
            if filas and all(f.sujeta is False for f in filas):
                return False
            if any(f.sujeta for f in filas):
                return True
            return sujeta_por_capitulo(fraccion)
        if fila.sujeta is None:
            return sujeta_por_capitulo(fraccion)
        return fila.sujeta

    return sujeta


def superar_rectificados(
    pedimentos: Iterable[Pedimento],
) -> tuple[list[Pedimento], dict[ClavePedimento, ClavePedimento]]:
    """The versions that count (later duplicates win) and, for each rectified key, the latest key."""
    por_clave: dict[ClavePedimento, Pedimento] = {}
    for p in pedimentos:
        por_clave.pop(p.clave, None)  # keep input order of the latest delivery
        por_clave[p.clave] = p
    directo = {p.rectifica: p.clave for p in por_clave.values() if p.rectifica and p.rectifica != p.clave}
    superados: dict[ClavePedimento, ClavePedimento] = {}
    for viejo in directo:
        ultimo, vistos = directo[viejo], {viejo}
        while ultimo in directo and ultimo not in vistos:  # follow the chain to its end
            vistos.add(ultimo)
            ultimo = directo[ultimo]
        superados[viejo] = ultimo
    return [p for c, p in por_clave.items() if c not in superados], superados


def _fmt(d: Decimal) -> str:
    return f"{d.normalize():f}" if d == d.to_integral_value() else f"{d:f}"


def _rfc(t: str) -> str:
    return "".join(t.split()).upper()


def _pais(t: str) -> str:
    return t.strip().upper()


_CENTAVO = Decimal("0.01")


def conciliar(
    avisos: Iterable[AvisoConciliable],
    pedimentos: Iterable[Pedimento],
    *,
    pendientes: Iterable[Pedimento] = (),
    clave_permiso: str = CLAVE_PERMISO_ACERO,
    sujeta: Callable[[str, str], bool] | None = None,
    documentos_definitivos: frozenset[str] | set[str] = DOCUMENTOS_DEFINITIVOS,
) -> Conciliacion:
    """Uses, discharged totals, balance and findings of every notice (see the module docstring)."""
    sujeta = sujeta or sujeta_por_capitulo
    clave_permiso = clave_permiso.strip().upper()
    guardados = list(pedimentos)
    pend = list(pendientes)
    claves_pendientes = {p.clave for p in pend}
    vigentes, superados = superar_rectificados(guardados + pend)
    # stored first, pending after (input order within each), by payment date within the stored ones
    vigentes.sort(key=lambda p: (p.clave in claves_pendientes, p.fecha_pago or date.max, p.clave))

    resultados = [ResultadoAviso(a) for a in avisos]
    por_numero: dict[str, list[ResultadoAviso]] = {}
    for r in resultados:
        por_numero.setdefault(normalizar_numero_aviso(r.aviso.numero_aviso), []).append(r)
    hall_ped: list[Hallazgo] = []

    def _nuevo(codigo: str, p: Pedimento, numero: str, pendiente: bool, **params: Any) -> Hallazgo:
        return hallazgo(codigo, pedimento=numero, _clave=str(p.clave), _pendiente=pendiente, **params)

    # rectified versions: informative, on the pedimento and on the notices they had discharged
    todos = {p.clave: p for p in guardados + pend}
    for viejo, nuevo in superados.items():
        p_viejo = todos.get(viejo)
        p_nuevo = todos.get(nuevo)
        num_viejo = p_viejo.numero if p_viejo else str(viejo)
        num_nuevo = p_nuevo.numero if p_nuevo else str(nuevo)
        h = hallazgo("PEDIMENTO_RECTIFICADO", pedimento=num_viejo, rectificacion=num_nuevo, _clave=str(viejo))
        hall_ped.append(h)
        if p_viejo:
            afectados = {
                id(r): r
                for pa in p_viejo.partidas for pe in pa.permisos
                if pe.clave.strip().upper() == clave_permiso
                for r in por_numero.get(normalizar_numero_aviso(pe.numero), ())
            }
            for r in afectados.values():
                r.hallazgos.append(h)

    for p in vigentes:
        pendiente = p.clave in claves_pendientes
        numero = p.numero
        definitiva = p.tipo_operacion.strip() == IMPORTACION and p.clave_documento.strip().upper() in documentos_definitivos
        for pa in p.partidas:
            steel = [pe for pe in pa.permisos if pe.clave.strip().upper() == clave_permiso]
            if not steel:
                if definitiva and sujeta(pa.fraccion, pa.nico) and not _tiene_excepcion(pa):
                    hall_ped.append(_nuevo(
                        "PARTIDA_ACERO_SIN_AVISO", p, numero, pendiente, secuencia=pa.secuencia,
                        fraccion=f"{pa.fraccion}-{pa.nico}" if pa.nico else pa.fraccion, clave_permiso=clave_permiso,
                    ))
                continue
            for pe in steel:
                destinos = por_numero.get(normalizar_numero_aviso(pe.numero))
                if not destinos:
                    hall_ped.append(_nuevo(
                        "AVISO_NO_REGISTRADO", p, numero, pendiente, secuencia=pa.secuencia,
                        numero_permiso=pe.numero.strip(),
                    ))
                    continue
                r = destinos[0]
                _registrar_uso(r, p, numero, pa, pe.clave.strip().upper(), pe, pendiente, _nuevo)
    return Conciliacion(resultados, hall_ped, vigentes, superados)


def _tiene_excepcion(pa: PartidaPedimento) -> bool:
    return any(i.clave.strip().upper() == IDENTIFICADOR_EXCEPCION_AVISO for i in pa.identificadores)


def _registrar_uso(r, p, numero, pa, clave, pe, pendiente, _nuevo) -> None:  # noqa: ANN001 - internal
    a = r.aviso
    cantidad = pe.cantidad if pe.cantidad is not None else (pa.cantidad_umt or Decimal(0))
    valor = pe.valor_usd if pe.valor_usd is not None else (pa.valor_dolares or Decimal(0))
    uso = Uso(p.clave, numero, pa.secuencia, p.fecha_pago, pa.fraccion, pa.nico, clave, pe.numero,
              cantidad, valor, pendiente)
    r.usos.append(uso)
    r.usado_cantidad += cantidad
    r.usado_valor += valor
    base = {"secuencia": pa.secuencia, "numero_aviso": a.numero_aviso}
    nuevos: list[Hallazgo] = []
    if a.estado != EstadoAviso.EMITIDO.value:
        nuevos.append(_nuevo("AVISO_NO_EMITIDO", p, numero, pendiente, estado=a.estado, **base))
    if a.fraccion and (pa.fraccion.strip() != a.fraccion or (a.nico and pa.nico.strip() and pa.nico.strip() != a.nico)):
        nuevos.append(_nuevo(
            "AVISO_FRACCION_NO_COINCIDE", p, numero, pendiente,
            fraccion_partida=f"{pa.fraccion}-{pa.nico}" if pa.nico else pa.fraccion,
            fraccion_aviso=f"{a.fraccion}-{a.nico}" if a.nico else a.fraccion, **base,
        ))
    if a.pais_origen_mercancia and pa.pais_origen.strip() and _pais(pa.pais_origen) != _pais(a.pais_origen_mercancia):
        nuevos.append(_nuevo(
            "AVISO_PAIS_NO_COINCIDE", p, numero, pendiente, pais_partida=_pais(pa.pais_origen),
            pais_aviso=_pais(a.pais_origen_mercancia), **base,
        ))
    if a.rfc_importador and p.rfc.strip() and _rfc(p.rfc) != _rfc(a.rfc_importador):
        nuevos.append(_nuevo(
            "AVISO_IMPORTADOR_NO_COINCIDE", p, numero, pendiente, rfc_pedimento=_rfc(p.rfc),
            rfc_aviso=_rfc(a.rfc_importador), **base,
        ))
    if a.fecha_emision and p.fecha_pago and p.fecha_pago < a.fecha_emision:
        nuevos.append(_nuevo(
            "AVISO_USADO_ANTES_DE_EMITIRSE", p, numero, pendiente, fecha_pago=p.fecha_pago.strftime("%d/%m/%Y"),
            fecha_emision=a.fecha_emision.strftime("%d/%m/%Y"), **base,
        ))
    if a.cantidad is not None and r.usado_cantidad > a.cantidad:
        nuevos.append(_nuevo(
            "AVISO_EXCEDIDO_CANTIDAD", p, numero, pendiente, usado=_fmt(r.usado_cantidad),
            autorizado=_fmt(a.cantidad), exceso=_fmt(r.usado_cantidad - a.cantidad), umt=a.umt, **base,
        ))
    if a.valor_usd is not None and r.usado_valor.quantize(_CENTAVO) > a.valor_usd.quantize(_CENTAVO):
        nuevos.append(_nuevo(
            "AVISO_EXCEDIDO_VALOR", p, numero, pendiente, usado=f"{r.usado_valor:.2f}",
            autorizado=f"{a.valor_usd:.2f}", exceso=f"{r.usado_valor - a.valor_usd:.2f}", **base,
        ))
    uso.hallazgos.extend(nuevos)
    r.hallazgos.extend(nuevos)


def resumen(conc: Conciliacion) -> Sequence[tuple[str, Decimal | None, Decimal | None, bool]]:
    """``(numero_aviso, saldo_cantidad, saldo_valor, excedido)`` per notice, for list columns."""
    return [(r.aviso.numero_aviso, r.saldo_cantidad, r.saldo_valor, r.excedido) for r in conc.avisos]
