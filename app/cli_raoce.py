"""Verbs ``aaips raoce`` and ``aaips expedientes`` (spec/CONTRACT.md §4).

Kept apart from ``app/cli.py`` so that file only registers them; helpers of ``app.cli`` are
imported inside the functions (``app.cli`` imports this module).
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation


def _pesos(texto: str | None, que: str) -> Decimal | None:
    from app.cli import EntradaInvalida

    if texto is None:
        return None
    limpio = texto.strip().replace(",", "").replace("$", "").replace(" ", "")
    try:
        valor = Decimal(limpio)
    except InvalidOperation:
        raise EntradaInvalida(f"{que}: «{texto}» no es una cantidad en pesos (p. ej. 15250000.50).") from None
    if not valor.is_finite() or valor < 0:
        raise EntradaInvalida(f"{que}: «{texto}» debe ser una cantidad en pesos de cero o más.")
    return valor


def _fecha(texto: str) -> date:
    try:
        return date.fromisoformat(texto)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{texto}» no es una fecha AAAA-MM-DD") from None


def _anio(texto: str) -> int:
    if not texto.isdigit() or not 2000 <= int(texto) <= 2100:
        raise argparse.ArgumentTypeError(f"«{texto}» no es un año de 2000 a 2100")
    return int(texto)


def cargar_plazos(paths):
    """The ``raoce_plazos`` catalog (the clerk's own if imported), or bad input in Spanish."""
    from app.catalog_files import cargar_catalogos
    from app.cli import EntradaInvalida

    catalogos, estados = cargar_catalogos(paths)
    if catalogos.raoce_plazos is None:
        error = next((e.error for e in estados if e.nombre == "raoce_plazos"), "no hay archivo")
        raise EntradaInvalida(
            f"No se pudo cargar el catálogo raoce_plazos ({error}); use «aaips catalogo restaurar raoce_plazos»."
        )
    return catalogos.raoce_plazos


def pedimentos_guardados(almacen, anio: int):
    """(pedimentos, months covered or None) from the local database's Data Stage store.

    The Data Stage store is another module (``app.store.pedimentos``); when it is not there yet
    the result is empty and every month shows as missing.
    """
    listar = getattr(almacen, "listar_pedimentos", None)
    if listar is None:
        return [], None
    desde, hasta = date(anio, 1, 1), date(anio, 12, 31)
    try:
        pedimentos = list(listar(desde=desde, hasta=hasta))
    except TypeError:
        pedimentos = [p for p in listar() if p.fecha_pago and desde <= p.fecha_pago <= hasta]
    meses = getattr(almacen, "meses_datastage", None)
    return pedimentos, (set(meses(anio)) if meses else None)


def cmd_raoce(args: argparse.Namespace) -> int:
    from app.cli import CON_ERRORES, EXITO, EntradaInvalida, _abrir_almacen, _imprimir_json, _paths
    from app.domain.raoce import Ajuste, ErrorRaoce, calcular_reporte, leer_programas, reporte_a_dict

    try:
        programas = leer_programas(args.programa)
    except ErrorRaoce as e:
        raise EntradaInvalida(str(e)) from None
    motivo = args.motivo or "cifra escrita por el usuario"
    ajustes = {}
    for campo in ("ventas", "exportaciones", "importaciones"):
        valor = _pesos(getattr(args, campo), f"--{campo}")
        if valor is not None:
            ajustes[campo] = Ajuste(
                valor, "ventas totales de la declaración anual" if campo == "ventas" and not args.motivo else motivo
            )
    plazos = cargar_plazos(_paths(args))
    pedimentos, meses = [], None
    if "exportaciones" not in ajustes or "importaciones" not in ajustes:
        almacen = _abrir_almacen(args)
        try:
            pedimentos, meses = pedimentos_guardados(almacen, args.anio)
        finally:
            almacen.cerrar()
    try:
        reporte = calcular_reporte(
            args.anio, programas, pedimentos, plazos, hoy=args.hoy or date.today(), meses_cubiertos=meses, **ajustes
        )
    except ErrorRaoce as e:
        raise EntradaInvalida(str(e)) from None
    if args.json:
        _imprimir_json(reporte_a_dict(reporte))
    else:
        _imprimir(reporte)
    return CON_ERRORES if any(h.es_error for h in reporte.hallazgos) else EXITO


def _imprimir(r) -> None:
    from app.domain.raoce import EVENTOS, umbrales

    nombres = {
        "ventas": "Ventas totales (a)",
        "exportaciones": "Total exportaciones (b)",
        "importaciones": "Total importaciones (c)",
        "saldo": "Saldo b-c",
        "porcentaje_exportacion": "Porcentaje exportación b/a*100",
    }
    print(f"RAOCE {r.anio} · {r.programa} (cifras en miles de pesos, como se capturan en VUCEM)")
    for k, texto in nombres.items():
        if k in r.aplica and not r.aplica[k]:
            valor = "no aplica (el campo no se habilita)"
        else:
            v = r.miles[k]
            valor = "—" if v is None else (f"{v} %" if k == "porcentaje_exportacion" else f"{v:,}")
        extra = ""
        if k in r.ajustes:
            extra = f"  [escrita: {r.ajustes[k].motivo}]"
        elif k in ("exportaciones", "importaciones") and r.aplica[k]:
            extra = f"  [{len(r.fuentes[k])} pedimento(s)]"
        print(f"  {texto + ':':34} {valor}{extra}")
    etiquetas = {
        "desde": "Desde",
        "hasta": "Hasta",
        "suspension": "Suspensión",
        "ultimo_dia": "Último día",
        "cancelacion": "Cancelación",
    }
    for p, pl in r.por_programa.items():
        fechas = ", ".join(f"{etiquetas[e]} {d:%d/%m/%Y}" for e in EVENTOS if (d := getattr(pl, e)))
        print(f"  Plazos {p}: {fechas}")
    print(f"  Columna de valor (no verificada): {', '.join(f'{k} → {v}' for k, v in r.columnas.items())}")
    if r.excluidos:
        print(f"  Versiones rectificadas excluidas: {', '.join(p.numero for p in r.excluidos)}")
    for u in umbrales(r.programas):
        print(f"  Referencia {u.programa} (no verificada): {u.descripcion}")
    for h in r.hallazgos:
        print(f"  [{h.severidad.value}] {h.codigo}: {h.mensaje}")


def cmd_expedientes(args: argparse.Namespace) -> int:
    from app.cli import EXITO, EntradaInvalida, _abrir_almacen, _imprimir_json
    from app.store import ErrorAlmacen

    almacen = _abrir_almacen(args)
    try:
        filas = almacen.listar_expedientes()
    except ErrorAlmacen as e:
        raise EntradaInvalida(str(e)) from None
    finally:
        almacen.cerrar()
    if args.json:
        _imprimir_json(
            {
                "expedientes": [
                    {
                        "id": f.id,
                        "nombre": f.nombre,
                        "importador_rfc": f.importador_rfc,
                        "importador_nombre": f.importador_nombre,
                        "fecha_preparacion": f.fecha_preparacion.isoformat() if f.fecha_preparacion else None,
                        "avisos": f.avisos,
                        "actualizado_en": f.actualizado_en.isoformat(),
                    }
                    for f in filas
                ]
            }
        )
        return EXITO
    if not filas:
        print("No hay expedientes en la base de datos local. Guarde uno con «aaips import ARCHIVO.json».")
        return EXITO
    print(f"{'ID':>5}  {'NOMBRE':30}  {'RFC':13}  AVISOS")
    for f in filas:
        print(f"{f.id:>5}  {f.nombre[:30]:30}  {f.importador_rfc[:13]:13}  {f.avisos}")
    return EXITO


def registrar(sub) -> None:
    """Add the verbs to the ``aaips`` sub-parsers."""
    s = sub.add_parser("raoce", help="cifras y plazos del reporte anual RAOCE (IMMEX, PROSEC, ALTEX, ECEX)")
    s.add_argument("anio", metavar="AÑO", type=_anio, help="año que se reporta (se presenta al año siguiente)")
    s.add_argument("--programa", required=True, metavar="P", help="IMMEX, PROSEC, IMMEX+PROSEC, ALTEX o ECEX")
    s.add_argument("--ventas", metavar="PESOS", help="ventas totales del año, en pesos (declaración anual)")
    s.add_argument("--exportaciones", metavar="PESOS", help="total de exportaciones en pesos, en lugar de la suma")
    s.add_argument("--importaciones", metavar="PESOS", help="total de importaciones en pesos, en lugar de la suma")
    s.add_argument("--motivo", metavar="TEXTO", help="por qué se escribieron las cifras en lugar de sumarlas")
    s.add_argument("--hoy", type=_fecha, metavar="AAAA-MM-DD", help="fecha de referencia para los plazos (pruebas)")
    s.add_argument("--json", action="store_true", help="salida JSON")
    s.set_defaults(func=cmd_raoce)

    s = sub.add_parser("expedientes", help="lista los expedientes de la base de datos local con su número")
    s.add_argument("--json", action="store_true", help="salida JSON")
    s.set_defaults(func=cmd_expedientes)
