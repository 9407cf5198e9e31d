"""The RAOCE: annual foreign-trade report of IMMEX, PROSEC, ALTEX and ECEX companies.

Pure Python. Two parts:

- **deadlines**: for the report of year Y (filed in Y+1) and a program or combination of
  programs, the filing window, suspension, last chance and cancellation. The rules are data
  (catalog ``raoce_plazos``): a fixed day of a month, the last business day of a month (Mexican
  business days, ``dias_habiles``) or the day after another event;
- **figures**: total exports and imports of the year summed from the pedimentos (rectified
  versions excluded), in thousands of pesos as VUCEM takes them, plus the balance b − c and the
  export share b / a × 100 that VUCEM computes. Every figure can be typed instead, with a reason.

Rounding (stated once, here): pesos / 1000 rounded half-up to a whole number; the share is
computed from those whole thousands, half-up to two decimals, as VUCEM computes it from what is
typed. Which value column of a partida counts for each kind of pedimento is **unverified**
(``COLUMNA_VALOR``); it is reported with every result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from app.domain.dias_habiles import es_dia_habil
from app.domain.hallazgos import Hallazgo, hallazgo
from app.domain.pedimentos import ClavePedimento, Pedimento

PROGRAMAS = ("IMMEX", "PROSEC", "ALTEX", "ECEX")
EVENTOS = ("desde", "hasta", "suspension", "ultimo_dia", "cancelacion")
REGLAS = ("dia", "ultimo_habil", "dia_siguiente")
PROSEC_CON_OTRO = "PROSEC_CON_OTRO"

#: partida column (pesos) summed for each kind of operation; UNVERIFIED (PEDIMENTOS.md §4):
#: IMMEX returns, virtual transfers or consignment may need another column. Keys are the
#: pedimento's ``tipo_operacion``; ``clave_documento`` keys (e.g. ``"EXPORTACION:RT"``) win.
COLUMNA_VALOR: Mapping[str, str] = {"EXPORTACION": "valor_comercial", "IMPORTACION": "valor_aduana"}

MIL = Decimal(1000)
CIEN = Decimal(100)


class ErrorRaoce(ValueError):
    """Bad input (program name, catalog rule); ``str()`` is one Spanish sentence."""


# ------------------------------------------------------------------------------------------
# programs


def leer_programas(texto: str) -> frozenset[str]:
    """``"IMMEX+PROSEC"`` → ``{"IMMEX", "PROSEC"}``; ``+``, ``,``, ``/`` or spaces separate."""
    partes = [p for p in texto.upper().replace(",", "+").replace("/", "+").replace(" ", "+").split("+") if p]
    desconocidos = [p for p in partes if p not in PROGRAMAS]
    if not partes or desconocidos:
        raise ErrorRaoce(
            f"Programa no reconocido: «{texto}». Use IMMEX, PROSEC, ALTEX o ECEX, o una combinación como IMMEX+PROSEC."
        )
    return frozenset(partes)


def nombre_programas(programas: Iterable[str]) -> str:
    return "+".join(p for p in PROGRAMAS if p in set(programas))


def principal(programas: frozenset[str]) -> str:
    """The program whose deadlines lead: IMMEX, then PROSEC, then ALTEX, then ECEX."""
    return next(p for p in PROGRAMAS if p in programas)


def aplica(programas: frozenset[str]) -> dict[str, bool]:
    """Fields VUCEM enables: IMMEX with PROSEC, ALTEX or ECEX linked enters no imports."""
    sin_importaciones = "IMMEX" in programas and len(programas) > 1
    return {"ventas": True, "exportaciones": True, "importaciones": not sin_importaciones}


# ------------------------------------------------------------------------------------------
# deadlines


@dataclass(frozen=True, slots=True)
class ReglaPlazo:
    programa: str  # IMMEX, PROSEC, PROSEC_CON_OTRO, ALTEX, ECEX
    evento: str  # one of EVENTOS
    regla: str  # one of REGLAS
    mes: int = 0
    dia: int = 0
    despues_de: str = ""
    descripcion: str = ""


@dataclass(frozen=True, slots=True)
class CatalogoPlazos:
    meta: object  # catalogos.Metadatos
    filas: tuple[ReglaPlazo, ...]

    def reglas(self, programa: str) -> dict[str, ReglaPlazo]:
        return {r.evento: r for r in self.filas if r.programa == programa}


def leer_plazos(texto: str) -> CatalogoPlazos:
    """Parse catalog ``raoce_plazos`` (see catalogs/README.md)."""
    from app.domain.catalogos import ErrorCatalogo, leer_csv

    tabla = leer_csv(texto, "raoce_plazos", ("programa", "evento", "regla", "mes", "dia", "despues_de"))
    filas = []
    for n, f in enumerate(tabla.filas, start=1):
        programa, evento, regla = f["programa"].upper(), f["evento"].lower(), f["regla"].lower()
        donde = f"raoce_plazos, fila {n}"
        if programa not in (*PROGRAMAS, PROSEC_CON_OTRO):
            raise ErrorCatalogo(f"{donde}: el programa «{f['programa']}» no es IMMEX, PROSEC, PROSEC_CON_OTRO, ALTEX ni ECEX.")
        if evento not in EVENTOS:
            raise ErrorCatalogo(f"{donde}: el evento «{f['evento']}» no es uno de {', '.join(EVENTOS)}.")
        if regla not in REGLAS:
            raise ErrorCatalogo(f"{donde}: la regla «{f['regla']}» no es una de {', '.join(REGLAS)}.")
        try:
            mes = int(f["mes"] or 0)
            dia = int(f["dia"] or 0)
        except ValueError:
            raise ErrorCatalogo(f"{donde}: mes y día deben ser números.") from None
        if regla in ("dia", "ultimo_habil") and not 1 <= mes <= 12:
            raise ErrorCatalogo(f"{donde}: la regla «{regla}» necesita un mes de 1 a 12.")
        if regla == "dia" and not 1 <= dia <= 28:
            raise ErrorCatalogo(f"{donde}: la regla «dia» necesita un día de 1 a 28.")
        if regla == "dia_siguiente" and f["despues_de"].lower() not in EVENTOS:
            raise ErrorCatalogo(f"{donde}: la regla «dia_siguiente» necesita «despues_de» con un evento.")
        filas.append(ReglaPlazo(programa, evento, regla, mes, dia, f["despues_de"].lower(), f.get("descripcion", "")))
    cat = CatalogoPlazos(tabla.meta, tuple(filas))
    for p in (*PROGRAMAS,):
        r = cat.reglas(p)
        if r and ("desde" not in r or "hasta" not in r):
            raise ErrorCatalogo(f"raoce_plazos: al programa {p} le falta el evento «desde» o «hasta».")
    return cat


def ultimo_dia_habil(anio: int, mes: int, inhabiles_extra: Iterable[date] = ()) -> date:
    dia = (date(anio + (mes == 12), mes % 12 + 1, 1)) - timedelta(days=1)
    extra = frozenset(inhabiles_extra)
    while not es_dia_habil(dia, extra):
        dia -= timedelta(days=1)
    return dia


@dataclass(frozen=True, slots=True)
class Plazos:
    """Dates for one program; ``None`` where the program has no such stage."""

    programa: str
    desde: date
    hasta: date
    suspension: date | None = None
    ultimo_dia: date | None = None
    cancelacion: date | None = None
    descripciones: Mapping[str, str] = field(default_factory=dict)

    def a_json(self) -> dict[str, str | None]:
        return {e: (d.isoformat() if (d := getattr(self, e)) else None) for e in EVENTOS}


def _plazos_de(cat: CatalogoPlazos, clave: str, programa: str, anio: int, extra: frozenset[date]) -> Plazos:
    reglas = cat.reglas(clave)
    if not reglas:
        raise ErrorRaoce(f"El catálogo raoce_plazos no tiene reglas para {clave}; importe un catálogo completo.")
    fechas: dict[str, date] = {}
    presentacion = anio + 1

    def calcular(evento: str, pila: tuple[str, ...] = ()) -> date | None:
        if evento in fechas:
            return fechas[evento]
        r = reglas.get(evento)
        if r is None or evento in pila:
            return None
        if r.regla == "dia":
            d = date(presentacion, r.mes, r.dia)
        elif r.regla == "ultimo_habil":
            d = ultimo_dia_habil(presentacion, r.mes, extra)
        else:
            base = calcular(r.despues_de, (*pila, evento))
            if base is None:
                return None
            d = base + timedelta(days=1)
        fechas[evento] = d
        return d

    for e in EVENTOS:
        calcular(e)
    return Plazos(
        programa=programa,
        desde=fechas["desde"],
        hasta=fechas["hasta"],
        suspension=fechas.get("suspension"),
        ultimo_dia=fechas.get("ultimo_dia"),
        cancelacion=fechas.get("cancelacion"),
        descripciones={e: r.descripcion for e, r in reglas.items()},
    )


def plazos_por_programa(
    cat: CatalogoPlazos, anio: int, programas: frozenset[str], inhabiles_extra: Iterable[date] = ()
) -> dict[str, Plazos]:
    """Deadlines of the report of ``anio`` for each program held (PROSEC moves to May with another)."""
    extra = frozenset(inhabiles_extra)
    res = {}
    for p in PROGRAMAS:
        if p not in programas:
            continue
        clave = PROSEC_CON_OTRO if p == "PROSEC" and len(programas) > 1 else p
        res[p] = _plazos_de(cat, clave, p, anio, extra)
    return res


# ------------------------------------------------------------------------------------------
# figures


def a_miles(pesos: Decimal) -> Decimal:
    """Pesos to whole thousands of pesos, half-up (1 499.99 → 1; 1 500 → 2; −1 500 → −2)."""
    return (pesos / MIL).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def porcentaje(exportaciones_miles: Decimal, ventas_miles: Decimal) -> Decimal | None:
    """b / a × 100 to two decimals, half-up; ``None`` when sales are zero."""
    if not ventas_miles:
        return None
    return (exportaciones_miles / ventas_miles * CIEN).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def columna_valor(p: Pedimento, columnas: Mapping[str, str] = COLUMNA_VALOR) -> str:
    return columnas.get(f"{p.tipo_operacion}:{p.clave_documento}", columnas.get(p.tipo_operacion, "valor_aduana"))


@dataclass(frozen=True, slots=True)
class Fuente:
    """A pedimento behind a figure."""

    pedimento: Pedimento
    pesos: Decimal
    columna: str


@dataclass(frozen=True, slots=True)
class Ajuste:
    pesos: Decimal
    motivo: str = ""


@dataclass(frozen=True, slots=True)
class Reporte:
    anio: int
    programas: frozenset[str]
    aplica: Mapping[str, bool]
    pesos: Mapping[str, Decimal | None]  # ventas, exportaciones, importaciones as used
    calculado: Mapping[str, Decimal]  # exportaciones, importaciones summed from the pedimentos
    miles: Mapping[str, Decimal | None]  # ventas, exportaciones, importaciones, saldo, porcentaje_exportacion
    plazos: Plazos
    por_programa: Mapping[str, Plazos]
    fuentes: Mapping[str, tuple[Fuente, ...]]
    excluidos: tuple[Pedimento, ...]  # rectified versions left out
    meses_faltantes: tuple[str, ...]
    ajustes: Mapping[str, Ajuste]
    hallazgos: tuple[Hallazgo, ...]
    hoy: date
    columnas: Mapping[str, str]

    @property
    def programa(self) -> str:
        return nombre_programas(self.programas)

    @property
    def dias_restantes(self) -> int:
        """Calendar days from ``hoy`` to the end of the window (0 on the last day, negative after)."""
        return (self.plazos.hasta - self.hoy).days


def _clave(c: ClavePedimento) -> tuple[str, ...]:
    return tuple(str(v) for v in (c.patente, c.pedimento, c.seccion))


def vigentes(pedimentos: Iterable[Pedimento]) -> tuple[list[Pedimento], list[Pedimento]]:
    """(current, rectified): a pedimento named by another's ``rectifica`` is left out."""
    lista = list(pedimentos)
    rectificados = {_clave(p.rectifica) for p in lista if p.rectifica is not None}
    return ([p for p in lista if _clave(p.clave) not in rectificados], [p for p in lista if _clave(p.clave) in rectificados])


def _sumar(pedimentos: list[Pedimento], tipo: str, columnas: Mapping[str, str]) -> tuple[Decimal, tuple[Fuente, ...]]:
    total, fuentes = Decimal(0), []
    for p in pedimentos:
        if p.tipo_operacion != tipo:
            continue
        col = columna_valor(p, columnas)
        pesos = sum((getattr(pa, col) or Decimal(0) for pa in p.partidas), Decimal(0))
        total += pesos
        fuentes.append(Fuente(p, pesos, col))
    fuentes.sort(key=lambda f: (f.pedimento.fecha_pago or date.min, f.pedimento.numero))
    return total, tuple(fuentes)


def _fecha(d: date | None) -> str:
    if d is None:
        return ""
    meses = (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    )
    return f"{d.day} de {meses[d.month - 1]} de {d.year}"


def que_sigue(plazos: Mapping[str, Plazos], hoy: date) -> str:
    """What follows after the window, program by program, as of ``hoy`` (Spanish)."""
    partes = []
    for p, pl in plazos.items():
        if pl.cancelacion and hoy >= pl.cancelacion:
            partes.append(f"{p}: cancelado automáticamente desde el {_fecha(pl.cancelacion)}")
        elif pl.ultimo_dia and hoy <= pl.ultimo_dia:
            partes.append(
                f"{p}: suspendido desde el {_fecha(pl.suspension)}; puede presentarlo hasta el {_fecha(pl.ultimo_dia)}"
                + (f" y si no, se cancela el {_fecha(pl.cancelacion)}" if pl.cancelacion else "")
            )
        elif pl.cancelacion:
            partes.append(f"{p}: se cancela automáticamente el {_fecha(pl.cancelacion)}")
    return "; ".join(partes)


def calcular_reporte(
    anio: int,
    programas: frozenset[str],
    pedimentos: Iterable[Pedimento],
    catalogo: CatalogoPlazos,
    *,
    hoy: date,
    ventas: Ajuste | None = None,
    exportaciones: Ajuste | None = None,
    importaciones: Ajuste | None = None,
    meses_cubiertos: Iterable[str] | None = None,
    columnas: Mapping[str, str] = COLUMNA_VALOR,
    inhabiles_extra: Iterable[date] = (),
) -> Reporte:
    """Figures, deadlines and findings of the report of ``anio``.

    ``meses_cubiertos``: ``"AAAA-MM"`` of the Data Stage deliveries imported; by default the
    months in which some pedimento of the year was paid.
    """
    del_anio = [p for p in pedimentos if p.fecha_pago is not None and p.fecha_pago.year == anio]
    actuales, excluidos = vigentes(del_anio)
    exp, f_exp = _sumar(actuales, "EXPORTACION", columnas)
    imp, f_imp = _sumar(actuales, "IMPORTACION", columnas)
    campos = aplica(programas)
    ajustes = {k: a for k, a in (("ventas", ventas), ("exportaciones", exportaciones), ("importaciones", importaciones)) if a}
    pesos: dict[str, Decimal | None] = {
        "ventas": ventas.pesos if ventas else None,
        "exportaciones": exportaciones.pesos if exportaciones else exp,
        "importaciones": (importaciones.pesos if importaciones else imp) if campos["importaciones"] else None,
    }
    if not campos["importaciones"]:
        ajustes.pop("importaciones", None)
    miles: dict[str, Decimal | None] = {k: (a_miles(v) if v is not None else None) for k, v in pesos.items()}
    b = miles["exportaciones"] or Decimal(0)
    miles["saldo"] = b - (miles["importaciones"] or Decimal(0))
    miles["porcentaje_exportacion"] = porcentaje(b, miles["ventas"]) if miles["ventas"] is not None else None

    if meses_cubiertos is None:
        cubiertos = {f"{p.fecha_pago:%Y-%m}" for p in del_anio if p.fecha_pago}
    else:
        cubiertos = set(meses_cubiertos)
    faltan = tuple(m for m in (f"{anio}-{n:02d}" for n in range(1, 13)) if m not in cubiertos)

    por_programa = plazos_por_programa(catalogo, anio, programas, inhabiles_extra)
    plazos = por_programa[principal(programas)]
    meta_etiqueta = getattr(catalogo.meta, "etiqueta", lambda: "raoce_plazos")()
    hall: list[Hallazgo] = []
    if faltan and not (exportaciones and (importaciones or not campos["importaciones"])):
        hall.append(
            hallazgo(
                "RAOCE_MESES_FALTANTES", ("exportaciones", "importaciones"), anio=anio, meses=", ".join(faltan), n=len(faltan)
            )
        )
    if ventas is None:
        hall.append(hallazgo("RAOCE_SIN_VENTAS", ("ventas",), anio=anio))
    if hoy > plazos.hasta:
        hall.append(
            hallazgo(
                "RAOCE_VENCIDO",
                ("plazos",),
                anio=anio,
                hasta=_fecha(plazos.hasta),
                sigue=que_sigue(por_programa, hoy),
                _catalogo=meta_etiqueta,
            )
        )
    return Reporte(
        anio=anio,
        programas=programas,
        aplica=campos,
        pesos=pesos,
        calculado={"exportaciones": exp, "importaciones": imp},
        miles=miles,
        plazos=plazos,
        por_programa=por_programa,
        fuentes={"exportaciones": f_exp, "importaciones": f_imp},
        excluidos=tuple(excluidos),
        meses_faltantes=faltan,
        ajustes=ajustes,
        hallazgos=tuple(hall),
        hoy=hoy,
        columnas=dict(columnas),
    )


# ------------------------------------------------------------------------------------------
# reminders and reference thresholds


def recordatorio(plazos: Plazos, hoy: date, por_programa: Mapping[str, Plazos] | None = None) -> tuple[str, bool] | None:
    """Reminder text from 1 March of the filing year: (text, overdue), or ``None`` outside the season."""
    if hoy < date(plazos.desde.year, 3, 1):
        return None
    ultimo = max((d for d in (plazos.cancelacion, plazos.ultimo_dia, plazos.hasta) if d), default=plazos.hasta)
    if hoy > ultimo:
        return None
    anio = plazos.desde.year - 1
    if hoy <= plazos.hasta:
        dias = (plazos.hasta - hoy).days
        cuando = "hoy es el último día" if dias == 0 else f"faltan {dias} día(s)"
        inicio = "" if hoy >= plazos.desde else f" (se abre el {_fecha(plazos.desde)})"
        return f"RAOCE {anio}: {cuando} para presentarlo; vence el {_fecha(plazos.hasta)}{inicio}.", False
    sigue = que_sigue(por_programa or {plazos.programa: plazos}, hoy)
    return f"RAOCE {anio} vencido el {_fecha(plazos.hasta)}. {sigue}.", True


@dataclass(frozen=True, slots=True)
class Umbral:
    programa: str
    descripcion: str
    verificado: bool = False


#: what each program must keep, as the SE's guide states it; reference only, never a finding
UMBRALES: tuple[Umbral, ...] = (
    Umbral("ALTEX", "Exportador directo: porcentaje de exportación de 40 % o más, o exportaciones de 2 000 000 USD o más."),
    Umbral("ALTEX", "Exportador indirecto: porcentaje de exportación de 50 % o más."),
    Umbral("ECEX", "Se informan las exportaciones anuales facturadas por cuenta propia de mercancías no petroleras."),
    Umbral(
        "IMMEX",
        "Facturación anual de exportación de al menos 500 000 USD o 10 % de la facturación total (Decreto IMMEX; no verificado).",
    ),
)


def umbrales(programas: frozenset[str]) -> tuple[Umbral, ...]:
    return tuple(u for u in UMBRALES if u.programa in programas)


def _txt(v: Decimal | None) -> str | None:
    return None if v is None else str(v)


def fuente_a_dict(f: Fuente) -> dict[str, object]:
    c = f.pedimento.clave
    return {
        "pedimento": f.pedimento.numero,
        "patente": c.patente,
        "pedimento_numero": c.pedimento,
        "seccion": c.seccion,
        "fecha_pago": f.pedimento.fecha_pago.isoformat() if f.pedimento.fecha_pago else None,
        "clave_documento": f.pedimento.clave_documento,
        "columna": f.columna,
        "pesos": str(f.pesos),
    }


def reporte_a_dict(r: Reporte) -> dict[str, object]:
    """The ``raoce --json`` document (spec/CONTRACT.md §4), plus detail keys after the contract's."""
    m = r.miles
    return {
        "anio": r.anio,
        "programa": r.programa,
        "aplica": dict(r.aplica),
        "miles_de_pesos": {
            k: _txt(m[k]) for k in ("ventas", "exportaciones", "importaciones", "saldo", "porcentaje_exportacion")
        },
        "plazos": r.plazos.a_json(),
        "fuente": {
            "pedimentos_exportacion": len(r.fuentes["exportaciones"]),
            "pedimentos_importacion": len(r.fuentes["importaciones"]),
            "meses_faltantes": list(r.meses_faltantes),
        },
        "hallazgos": [h.a_json() for h in r.hallazgos],
        "pesos": {k: _txt(v) for k, v in r.pesos.items()},
        "calculado_de_pedimentos": {k: str(v) for k, v in r.calculado.items()},
        "ajustes": {k: {"pesos": str(a.pesos), "motivo": a.motivo} for k, a in r.ajustes.items()},
        "plazos_por_programa": {p: pl.a_json() for p, pl in r.por_programa.items()},
        "dias_restantes": r.dias_restantes,
        "columnas_valor": dict(r.columnas),
        "columnas_valor_verificadas": False,
        "pedimentos": {k: [fuente_a_dict(f) for f in v] for k, v in r.fuentes.items()},
        "rectificados_excluidos": [p.numero for p in r.excluidos],
        "umbrales_referencia": [
            {"programa": u.programa, "descripcion": u.descripcion, "verificado": u.verificado} for u in umbrales(r.programas)
        ],
        "redondeo": "pesos / 1000 redondeado a entero, mitad hacia arriba; porcentaje a 2 decimales",
    }
