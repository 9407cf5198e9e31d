"""The ``aaips`` command: the same core as the desktop application, for scripts and checks.

Exit codes (spec/CONTRACT.md §2): 0 success, 1 the expediente has rule errors (``check``),
2 bad input — always with a one-line Spanish message on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from app import APP_NAME, __version__
from app.cli_raoce import registrar as registrar_raoce
from app.domain.archivo import ErrorExpediente, a_json, escribir_expediente, expediente_a_dict, leer_expediente
from app.domain.catalogos import ErrorCatalogo
from app.domain.model import Expediente
from app.paths import Paths

EXITO, CON_ERRORES, ENTRADA_INVALIDA = 0, 1, 2
TAMANO_MAXIMO_JSON = 64 * 1024 * 1024


class EntradaInvalida(Exception):
    """Bad input: the message is printed as one line and the command exits with 2."""


# argparse prints its own messages through gettext; give them in Spanish.
_ARGPARSE_ES = {
    "usage: ": "uso: ",
    "positional arguments": "argumentos",
    "options": "opciones",
    "show this help message and exit": "muestra esta ayuda y termina",
    "the following arguments are required: %s": "faltan los argumentos: %s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "opción no válida: %(value)r (elija entre %(choices)s)",
    "expected one argument": "se esperaba un valor",
    "%(prog)s: error: %(message)s\n": "%(prog)s: error: %(message)s\n",
    "show program's version number and exit": "muestra la versión y termina",
    "invalid %(type)s value: %(value)r": "valor no válido: %(value)r",
}


def _es(texto: str) -> str:
    return _ARGPARSE_ES.get(texto, texto)


argparse._ = _es  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(ENTRADA_INVALIDA, f"{self.prog}: error: {message}. Use «{self.prog} --help».\n")


def _salida_utf8() -> None:
    for flujo in (sys.stdout, sys.stderr):
        reconfigure = getattr(flujo, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


# ------------------------------------------------------------------------------------------
# helpers


def _paths(args: argparse.Namespace) -> Paths:
    return Paths.resolver(getattr(args, "data_dir", None))


def _leer_archivo(ruta: str) -> bytes:
    p = Path(ruta)
    if not p.exists():
        raise EntradaInvalida(f"No existe el archivo {ruta}.")
    if p.is_dir():
        raise EntradaInvalida(f"{ruta} es una carpeta, no un archivo.")
    try:
        if p.stat().st_size > TAMANO_MAXIMO_JSON:
            raise EntradaInvalida(f"El archivo {ruta} pesa más de 64 MB; no parece un expediente.")
        return p.read_bytes()
    except PermissionError:
        raise EntradaInvalida(f"No hay permiso para leer {ruta}.") from None
    except OSError as e:
        raise EntradaInvalida(f"No se pudo leer {ruta}: {e.strerror or e}.") from None


def _cargar_expediente(ruta: str) -> Expediente:
    try:
        return leer_expediente(_leer_archivo(ruta))
    except ErrorExpediente as e:
        raise EntradaInvalida(f"{ruta}: {e}") from None


def _catalogos(args: argparse.Namespace):
    from app.catalog_files import cargar_catalogos

    catalogos, estados = cargar_catalogos(_paths(args))
    for e in estados:
        if e.error and e.archivo is not None:
            print(f"aaips: advertencia: el catálogo {e.nombre} no se cargó ({e.error}).", file=sys.stderr)
    return catalogos


def _escribir_atomico(destino: Path, texto: str) -> None:
    destino = destino.resolve()
    if destino.is_dir():
        raise EntradaInvalida(f"{destino} es una carpeta; indique un nombre de archivo.")
    if not destino.parent.is_dir():
        raise EntradaInvalida(f"No existe la carpeta {destino.parent}.")
    try:
        fd, tmp = tempfile.mkstemp(dir=destino.parent, prefix=f".{destino.name}.", suffix=".tmp")
    except OSError as e:
        raise EntradaInvalida(f"No se puede escribir en {destino.parent}: {e.strerror or e}.") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(texto)
        os.replace(tmp, destino)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise EntradaInvalida(f"No se pudo escribir {destino}: {e.strerror or e}.") from None


def _imprimir_json(doc: Any) -> None:
    sys.stdout.write(a_json(doc))


# ------------------------------------------------------------------------------------------
# verbs


def _usos_externos(args: argparse.Namespace, exp: Expediente, excluir: int | None = None):
    """The notices of the local database (other expedientes) that cite the same certificates,
    for the shared volume of rule R5; nothing when there is no database yet."""
    paths = _paths(args)
    if not paths.base_datos.exists():
        return None
    from app.store import ErrorAlmacen, abrir_almacen
    from app.store.usos_certificado import usos_externos

    try:
        almacen = abrir_almacen(paths.base_datos, paths.respaldos)
    except ErrorAlmacen:
        return None
    try:
        return usos_externos(almacen, exp, excluir_expediente=excluir)
    except ErrorAlmacen:
        return None
    finally:
        almacen.cerrar()


def cmd_check(args: argparse.Namespace) -> int:
    from app.domain.reglas import revisar

    exp = _cargar_expediente(args.archivo)
    revision = revisar(exp, _catalogos(args), date.today(), _usos_externos(args, exp))
    if args.json:
        _imprimir_json(revision.a_json())
    else:
        _imprimir_revision(exp, revision)
    return EXITO if revision.valido else CON_ERRORES


def _imprimir_revision(exp: Expediente, revision) -> None:
    from app.domain.veredicto import Resultado, resumen, veredicto

    def linea(h) -> str:
        marca = "ERROR" if h.es_error else "AVISO"
        regla = f" ({h.referencia})" if h.referencia else ""
        return f"  {marca}{regla}: {h.mensaje}"

    for a in exp.avisos:
        hs = revision.por_aviso.get(a.id, ())
        v = veredicto(revision, exp, a.id)
        fr = f"{a.fraccion}-{a.nico}" if a.fraccion else "sin fracción"
        if v.resultado is Resultado.CON_ERRORES:
            texto = f"con {v.errores} error(es)" + (f", {v.errores_expediente} del expediente" if v.errores_expediente else "")
        elif v.resultado is Resultado.LISTO:
            texto = "listo para VUCEM"
        else:
            texto = v.titulo().lower() + (f", con {v.errores} error(es) en sus datos" if v.errores else "")
        print(f"Aviso {a.id} · {fr} · {texto}")
        for h in hs:
            print(linea(h))
    if revision.expediente:
        print("Expediente:")
        for h in revision.expediente:
            print(linea(h))
    total = len(exp.avisos)
    if not total:
        print("El expediente no tiene avisos. Use «aaips split» para proponerlos a partir de la factura.")
    r = resumen(revision, exp)
    if revision.valido:
        print(f"Resultado: {r.texto()}. Sin errores.")
    else:
        print(f"Resultado: {r.texto()}. Corrija los errores antes de capturar en VUCEM.")


def cmd_split(args: argparse.Namespace) -> int:
    from app.domain.division import proponer_avisos

    exp = _cargar_expediente(args.archivo)
    propuesta = proponer_avisos(exp, _catalogos(args))
    if args.json:
        _imprimir_json(expediente_a_dict(propuesta.aplicar(exp)))
        for o in propuesta.omitidas:
            print(f"aaips: advertencia: la partida {o.partida} quedó fuera: {o.motivo}.", file=sys.stderr)
        for aid, notas in propuesta.notas.items():
            for n in notas:
                print(f"aaips: nota del aviso {aid}: {n}", file=sys.stderr)
        return EXITO
    print(f"Se proponen {len(propuesta.avisos)} aviso(s):")
    for a in propuesta.avisos:
        print(
            f"  {a.id}: {a.fraccion}-{a.nico} · {a.cantidad} {a.umt} · {a.valor_usd} USD · origen "
            f"{a.pais_origen_mercancia or '?'} · certificado(s) {', '.join(a.certificados) or 'ninguno'} · "
            f"partidas {', '.join(a.partidas_factura)}"
        )
        print(f"      {propuesta.motivos[a.id]}")
        for n in propuesta.notas.get(a.id, ()):
            print(f"      {n}")
    for o in propuesta.omitidas:
        print(f"  Partida {o.partida} fuera de la propuesta: {o.motivo}.")
    return EXITO


def _abrir_almacen(args: argparse.Namespace):
    from app.store import ErrorAlmacen, abrir_almacen

    paths = _paths(args).crear()
    try:
        return abrir_almacen(paths.base_datos, paths.respaldos)
    except ErrorAlmacen as e:
        raise EntradaInvalida(str(e)) from None


def cmd_import(args: argparse.Namespace) -> int:
    from app.store import ErrorAlmacen

    exp = _cargar_expediente(args.archivo)
    almacen = _abrir_almacen(args)
    try:
        nombre = args.nombre or Path(args.archivo).stem
        nuevo = almacen.guardar_expediente(exp, nombre=nombre)
    except ErrorAlmacen as e:
        raise EntradaInvalida(str(e)) from None
    finally:
        almacen.cerrar()
    print(f"Expediente «{nombre}» importado con el número {nuevo} ({len(exp.avisos)} aviso(s)).")
    return EXITO


def cmd_export(args: argparse.Namespace) -> int:
    from app.store import ErrorAlmacen

    try:
        expediente_id = int(args.id)
    except ValueError:
        raise EntradaInvalida(f"«{args.id}» no es un número de expediente; use «aaips import» para ver el número.") from None
    almacen = _abrir_almacen(args)
    try:
        exp = almacen.cargar_expediente(expediente_id)
    except ErrorAlmacen as e:
        raise EntradaInvalida(str(e)) from None
    finally:
        almacen.cerrar()
    _escribir_atomico(Path(args.destino), escribir_expediente(exp))
    print(f"Expediente {expediente_id} exportado a {args.destino} ({len(exp.avisos)} aviso(s)).")
    return EXITO


def cmd_extract(args: argparse.Namespace) -> int:
    from app.extract import ErrorLectura, leer_certificado

    ruta = Path(args.archivo)
    if not ruta.is_file():
        raise EntradaInvalida(f"No existe el archivo {args.archivo}.")
    try:
        lectura = leer_certificado(ruta, contrasena=args.contrasena)
    except ErrorLectura as e:
        raise EntradaInvalida(str(e)) from None
    if not args.sin_plantillas:
        from app.extract.plantillas import aplicar, cargar_plantillas

        # The mill templates the clerk taught in the app apply here too.
        lectura = aplicar(lectura, cargar_plantillas(_paths(args).plantillas))
    doc = lectura.a_json()
    if args.json:
        _imprimir_json(doc)
        return EXITO
    print(f"{doc['archivo']}: {len(doc['paginas'])} página(s); tipo probable: {doc.get('tipo_probable') or 'no determinado'}")
    for p in doc["paginas"]:
        print(f"  página {p['numero']}: {p['metodo']}, rotación {p['rotacion']}°")
    for nombre, campo in doc["campos"].items():
        valor = campo.get("valor")
        if valor in (None, [], ""):
            continue
        if isinstance(valor, list):
            valor = ", ".join(map(str, valor))
        elif isinstance(valor, dict):
            valor = "; ".join(f"{k}: {v}" for k, v in valor.items() if v not in (None, ""))
        elif isinstance(valor, bool):
            valor = "sí" if valor else "no"
        print(f"  {nombre}: {valor}  (página {campo.get('pagina')}, confianza {campo.get('confianza')})")
    return EXITO


def cmd_catalogo(args: argparse.Namespace) -> int:
    from app.catalog_files import NOMBRES, cargar_catalogos, restaurar_catalogo

    paths = _paths(args)
    if args.accion == "importar":
        from app.report.catalogos_excel import aplicar_catalogo, preparar_actualizacion
        from app.report.facturas import ErrorArchivo

        if not args.nombre or not args.archivo:
            raise EntradaInvalida(f"Use: aaips catalogo importar NOMBRE ARCHIVO (NOMBRE: {', '.join(NOMBRES)}).")
        if args.nombre not in NOMBRES:
            raise EntradaInvalida(f"«{args.nombre}» no es un catálogo; los catálogos son: {', '.join(NOMBRES)}.")
        ruta = Path(args.archivo)
        if not ruta.is_file():
            raise EntradaInvalida(f"No existe el archivo {args.archivo}.")
        try:
            act = preparar_actualizacion(paths, args.nombre, ruta, oficial=args.oficial)
            print(act.diferencia.resumen())
            for motivo in act.omitidas[:20]:
                print(f"  omitida: {motivo}")
            if args.vista_previa:
                print("Vista previa: no se cambió nada.")
                return EXITO
            meta = aplicar_catalogo(paths.crear(), args.nombre, act.texto)
        except (ErrorCatalogo, ErrorArchivo) as e:
            raise EntradaInvalida(str(e)) from None
        print(f"Catálogo {meta.etiqueta()} importado; reemplaza al incluido con el programa.")
        return EXITO
    if args.accion == "restaurar":
        if not args.nombre:
            raise EntradaInvalida("Use: aaips catalogo restaurar NOMBRE.")
        quitado = restaurar_catalogo(paths, args.nombre)
        print("Se restauró el catálogo incluido." if quitado else "Ya se usaba el catálogo incluido.")
        return EXITO
    _, estados = cargar_catalogos(paths)
    for e in estados:
        if e.meta is not None:
            origen = "importado" if e.importado else "incluido"
            vig = e.meta.vigencia.isoformat() if e.meta.vigencia else "sin fecha"
            print(f"{e.nombre:24} {e.meta.version or '-':12} vigencia {vig}  {origen:9} {'oficial' if e.meta.oficial else 'no oficial'}")
        else:
            print(f"{e.nombre:24} NO CARGADO: {e.error}")
    return EXITO


def cmd_checklist(args: argparse.Namespace) -> int:
    from app.domain.reglas import revisar
    from app.report.checklist import generar_checklist

    if bool(args.archivo) == (args.expediente is not None):
        raise EntradaInvalida("Indique un archivo de expediente o --expediente ID (uno de los dos).")
    if args.archivo:
        exp = _cargar_expediente(args.archivo)
        nombre = Path(args.archivo).stem
    else:
        from app.store import ErrorAlmacen

        almacen = _abrir_almacen(args)
        try:
            exp = almacen.cargar_expediente(args.expediente)
            nombre = next((r.nombre for r in almacen.listar_expedientes() if r.id == args.expediente), str(args.expediente))
        except ErrorAlmacen as e:
            raise EntradaInvalida(str(e)) from None
        finally:
            almacen.cerrar()
    faltan = [a for a in args.aviso or [] if exp.aviso(a) is None]
    if faltan:
        raise EntradaInvalida(f"El expediente no tiene el aviso {', '.join(faltan)}.")
    catalogos = _catalogos(args)
    destino = Path(args.pdf).resolve()
    if not destino.parent.is_dir():
        raise EntradaInvalida(f"No existe la carpeta {destino.parent}.")
    fd, tmp = tempfile.mkstemp(dir=destino.parent, prefix=f".{destino.name}.", suffix=".tmp")
    os.close(fd)
    try:
        revision = revisar(exp, catalogos, date.today(), _usos_externos(args, exp, excluir=args.expediente))
        paginas = generar_checklist(exp, revision, catalogos, Path(tmp),
                                    avisos=args.aviso or None, tamano="a4" if args.a4 else "carta",
                                    nombre_expediente=nombre)
        os.replace(tmp, destino)
    except (OSError, ValueError) as e:
        raise EntradaInvalida(f"No se pudo escribir {destino}: {e}.") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    from app.domain.veredicto import resumen

    elegidos = args.aviso or [a.id for a in exp.avisos]
    print(f"Lista de verificación escrita en {destino} ({paginas} página(s)); {resumen(revision, exp, elegidos).texto()}.")
    return EXITO


def cmd_registro(args: argparse.Namespace) -> int:
    from app.report.facturas import ErrorArchivo
    from app.report.registro import escribir_registro
    from app.store import ErrorAlmacen

    destino = Path(args.destino)
    if destino.suffix.lower() != ".xlsx":
        raise EntradaInvalida("El registro se escribe en un archivo .xlsx.")
    catalogos = _catalogos(args)
    almacen = _abrir_almacen(args)
    try:
        filas = escribir_registro(almacen, destino, catalogos=catalogos)
    except (ErrorAlmacen, ErrorArchivo) as e:
        raise EntradaInvalida(str(e)) from None
    finally:
        almacen.cerrar()
    print(f"Registro escrito en {destino} ({filas} aviso(s)).")
    return EXITO


def cmd_screenshots(args: argparse.Namespace) -> int:
    from app.ui.capturas import generar_capturas

    destino = Path(args.carpeta)
    try:
        destino.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise EntradaInvalida(f"No se puede crear la carpeta {destino}: {e.strerror or e}.") from None
    # The demo data lives in a throwaway folder: the clerk's own database is never touched.
    with tempfile.TemporaryDirectory(prefix="aaips-capturas-") as tmp:
        archivos = generar_capturas(Paths.resolver(tmp), destino)
    for a in archivos:
        print(a)
    print(f"{len(archivos)} captura(s) en {destino}.")
    return EXITO


def cmd_gui(args: argparse.Namespace) -> int:
    from app.main import ejecutar_gui

    return ejecutar_gui(_paths(args), argv=[sys.argv[0]])


# ------------------------------------------------------------------------------------------


def construir_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="aaips", description=f"{APP_NAME}: avisos automáticos de importación de productos siderúrgicos.")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--data-dir", help="carpeta de datos (base de datos, catálogos importados); también AAIPS_DATA_DIR")
    sub = p.add_subparsers(dest="verbo", metavar="VERBO", parser_class=_Parser)

    s = sub.add_parser("gui", help="abre la aplicación de escritorio")
    s.set_defaults(func=cmd_gui)

    s = sub.add_parser("screenshots", help="guarda capturas PNG de la ventana y de cada paso (datos de demostración)")
    s.add_argument("carpeta", metavar="CARPETA")
    s.set_defaults(func=cmd_screenshots)

    s = sub.add_parser("check", help="revisa todas las reglas en cada aviso del expediente")
    s.add_argument("archivo", metavar="ARCHIVO.json")
    s.add_argument("--json", action="store_true", help="salida JSON")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("split", help="propone los avisos que requiere el expediente (regla R4)")
    s.add_argument("archivo", metavar="ARCHIVO.json")
    s.add_argument("--json", action="store_true", help="imprime el expediente con los avisos propuestos")
    s.set_defaults(func=cmd_split)

    s = sub.add_parser("extract", help="lee un certificado PDF (texto u OCR) con evidencia")
    s.add_argument("archivo", metavar="CERT.pdf")
    s.add_argument("--json", action="store_true", help="salida JSON")
    s.add_argument("--contrasena", help="contraseña del PDF, si está protegido")
    s.add_argument("--sin-plantillas", action="store_true", help="no aplicar las plantillas de molinos aprendidas")
    s.set_defaults(func=cmd_extract)

    s = sub.add_parser("checklist", help="escribe la lista de verificación imprimible (PDF) de cada aviso")
    s.add_argument("archivo", metavar="ARCHIVO.json", nargs="?")
    s.add_argument("--expediente", type=int, metavar="ID", help="un expediente de la base de datos en lugar de un archivo")
    s.add_argument("--pdf", required=True, metavar="SALIDA.pdf")
    s.add_argument("--aviso", action="append", metavar="ID", help="solo este aviso (se puede repetir)")
    s.add_argument("--a4", action="store_true", help="papel A4 (por omisión, carta)")
    s.set_defaults(func=cmd_checklist)

    s = sub.add_parser("import", help="guarda un expediente JSON en la base de datos local")
    s.add_argument("archivo", metavar="ARCHIVO.json")
    s.add_argument("--nombre", help="nombre del expediente en la lista (por omisión, el del archivo)")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("export", help="escribe un expediente de la base de datos a un archivo JSON")
    s.add_argument("id", metavar="ID")
    s.add_argument("destino", metavar="ARCHIVO.json")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("catalogo", help="lista, importa o restaura catálogos (fracciones, molinos, tipos de cambio...)")
    s.add_argument("accion", choices=["listar", "importar", "restaurar"], nargs="?", default="listar")
    s.add_argument("nombre", nargs="?")
    s.add_argument("archivo", nargs="?")
    s.add_argument("--oficial", action="store_true", help="el archivo es la lista oficial publicada")
    s.add_argument("--vista-previa", action="store_true", help="solo muestra qué cambiaría")
    s.set_defaults(func=cmd_catalogo)

    s = sub.add_parser("registro", help="escribe el registro Excel de todos los avisos de la base de datos")
    s.add_argument("destino", metavar="SALIDA.xlsx")
    s.set_defaults(func=cmd_registro)
    registrar_raoce(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    _salida_utf8()
    parser = construir_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except EntradaInvalida as e:
        print(f"aaips: {e}", file=sys.stderr)
        return ENTRADA_INVALIDA
    except KeyboardInterrupt:
        print("aaips: interrumpido.", file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - last line of defence: no traceback reaches a clerk
        from app.errores import registrar_error

        ruta = registrar_error(_paths(args), e)
        print(f"aaips: error inesperado ({type(e).__name__}: {e}). Detalle guardado en {ruta}.", file=sys.stderr)
        return ENTRADA_INVALIDA


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
