"""Registering a mill that is not in the SE's catalog (rule R10): the data workbook, a cover
letter and the follow-up date.

The SE asks for a written request with an Excel form and answers within 10 business days. The
official form is not in hand, so :func:`preparar_alta_molino` writes a *working* workbook with
the data the request needs (mill, address, country, owner company, contact, products and
fractions, process, the certificate that names the mill) that the clerk sends or copies into
the SE's own form. :func:`carta_alta_molino` drafts the cover letter; :func:`fecha_respuesta_esperada`
says when the answer is due (10 business days, Mexican official rest days excluded; see
:mod:`app.domain.dias_habiles`).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from app.domain.catalogos import Catalogos
from app.domain.dias_habiles import dias_habiles_entre, sumar_dias_habiles
from app.domain.model import Certificado, Expediente, Importador

from .facturas import ErrorArchivo

PLAZO_DIAS_HABILES = 10

#: steel-making processes the request declares: key -> Spanish label
PROCESOS: dict[str, str] = {
    "fusion_vaciado": "Fusión y vaciado (acería: horno eléctrico de arco, convertidor u horno de oxígeno)",
    "laminado_caliente": "Laminado en caliente",
}

_PISTAS_PROCESO = {
    "fusion_vaciado": re.compile(
        r"\b(billets?|slabs?|ingots?|blooms?|palanquilla|planch[oó]n|lingote|eaf|bof|electric arc|arco el[eé]ctrico|"
        r"melt(ed|ing)?|fusi[oó]n|colada continua|continuous cast(ing)?|steel ?making|acer[ií]a)\b", re.IGNORECASE),
    "laminado_caliente": re.compile(
        r"\b(hot[- ]?rolled|hot rolling|hrc|hr coil|laminad[oa]s? en caliente|rebars?|varilla|wire rod|alambr[oó]n|"
        r"plates?|placa|beams?|vigas?|angles?|[aá]ngulos?|merchant bars?)\b", re.IGNORECASE),
}


@dataclass(frozen=True, slots=True)
class ProductoMolino:
    fraccion: str = ""
    nico: str = ""
    descripcion: str = ""


@dataclass(frozen=True, slots=True)
class SolicitudAltaMolino:
    """The data of a mill registration request."""

    nombre_molino: str
    empresa: str = ""  # owner company
    domicilio: str = ""
    pais: str = ""  # ISO 3166-1 alpha-3
    pais_nombre: str = ""
    contacto_nombre: str = ""
    telefono: str = ""
    correo: str = ""
    productos: tuple[ProductoMolino, ...] = ()
    procesos: tuple[str, ...] = ()  # keys of PROCESOS
    certificado_numero: str = ""
    certificado_fecha: date | None = None
    coladas: tuple[str, ...] = ()
    importador_rfc: str = ""
    importador_nombre: str = ""
    observaciones: str = ""

    def faltantes(self) -> tuple[str, ...]:
        """Spanish names of the data still missing; the GUI asks for them before writing."""
        faltan = []
        for attr, nombre in (
            ("nombre_molino", "nombre del molino"), ("domicilio", "domicilio de la planta"), ("pais", "país"),
            ("empresa", "empresa propietaria"), ("contacto_nombre", "nombre del contacto"),
            ("telefono", "teléfono"), ("correo", "correo electrónico"),
        ):
            if not str(getattr(self, attr)).strip():
                faltan.append(nombre)
        if not self.productos:
            faltan.append("productos y fracciones")
        if not self.procesos:
            faltan.append("proceso (fusión y vaciado o laminado en caliente)")
        if not self.certificado_numero:
            faltan.append("número de certificado de referencia")
        return tuple(faltan)


def _procesos_probables(*textos: str) -> tuple[str, ...]:
    texto = " ".join(textos)
    return tuple(k for k, rx in _PISTAS_PROCESO.items() if rx.search(texto))


def solicitud_desde_certificado(
    cert: Certificado,
    catalogos: Catalogos | None = None,
    *,
    expediente: Expediente | None = None,
) -> SolicitudAltaMolino:
    """Fill a request from a mill certificate: producer's name, address, country, phone and
    e-mail; the heat numbers; the products and fractions of the invoice lines that cite this
    certificate (when ``expediente`` is given), else the certificate's description. The process
    is guessed from the words of the descriptions (billets, EAF -> melt and pour; hot-rolled,
    rebar -> hot rolling) and must be confirmed by the clerk. The contact person is left empty."""
    prod = cert.productor
    pais = (prod.pais or cert.pais or "").upper()
    pais_nombre = catalogos.paises.nombre(pais) if catalogos is not None and catalogos.paises is not None else ""
    productos: list[ProductoMolino] = []
    vistos: set[tuple[str, str, str]] = set()
    textos = [cert.descripcion]
    if expediente is not None:
        ligadas = [p for _, p in expediente.partidas() if p.certificado == cert.id]
        for a in expediente.avisos:
            if cert.id in a.certificados:
                ligadas += [p for _, p in expediente.partidas() if p.id in a.partidas_factura]
        for p in ligadas:
            clave = (p.fraccion, p.nico, p.descripcion.strip())
            if clave not in vistos:
                vistos.add(clave)
                productos.append(ProductoMolino(p.fraccion, p.nico, p.descripcion.strip()))
                textos.append(p.descripcion)
        importador = expediente.importador
    else:
        importador = Importador()
    if not productos and cert.descripcion:
        productos.append(ProductoMolino("", "", cert.descripcion))
    return SolicitudAltaMolino(
        nombre_molino=prod.nombre.strip(),
        empresa="",
        domicilio=prod.domicilio.strip(),
        pais=pais,
        pais_nombre=pais_nombre,
        telefono=prod.telefono.strip(),
        correo=prod.correo.strip(),
        productos=tuple(productos),
        procesos=_procesos_probables(*textos),
        certificado_numero=cert.numero,
        certificado_fecha=cert.fecha_expedicion,
        coladas=tuple(cert.coladas),
        importador_rfc=importador.rfc,
        importador_nombre=importador.nombre,
    )


# ------------------------------------------------------------------------------------------
# the workbook


def _guardar_atomico(libro, destino: Path) -> Path:  # type: ignore[no-untyped-def]
    destino = Path(destino)
    try:
        destino.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=destino.parent, prefix=f".{destino.stem}-", suffix=".xlsx")
        os.close(fd)
    except OSError as e:
        raise ErrorArchivo(destino, f"no se puede escribir en la carpeta ({e.strerror or e}).", "Elija otra carpeta.") from None
    try:
        libro.save(tmp)
        os.replace(tmp, destino)
    except PermissionError:
        Path(tmp).unlink(missing_ok=True)
        raise ErrorArchivo(destino, "el archivo está abierto en otro programa o no hay permiso para reemplazarlo.",
                           "Ciérrelo en Excel y vuelva a intentarlo, o guárdelo con otro nombre.") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return destino


def preparar_alta_molino(datos: SolicitudAltaMolino, destino_xlsx: Path, *, fecha: date | None = None) -> Path:
    """Write the request's data workbook to ``destino_xlsx`` (atomically) and return the path.

    Sheet «Solicitud»: one row per datum (label, value, note); sheet «Productos»: fraction
    (as text), NICO and description of each product. Dates are real dates (dd/mm/yyyy).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    fecha = fecha or date.today()
    libro = Workbook()
    hoja = libro.active
    hoja.title = "Solicitud"
    negrita = Font(bold=True)
    relleno = PatternFill("solid", fgColor="DDEBF7")
    ajuste = Alignment(wrap_text=True, vertical="top")

    hoja["A1"] = "Solicitud de alta de molino en el catálogo de la Secretaría de Economía"
    hoja["A1"].font = Font(bold=True, size=13)
    hoja.merge_cells("A1:C1")
    hoja["A2"] = (
        "Aviso automático de importación de productos siderúrgicos. Hoja de datos preparada con el Asistente AAIPS; "
        "si la SE le entregó su propio formato de Excel, copie estos datos en él."
    )
    hoja["A2"].alignment = ajuste
    hoja.merge_cells("A2:C2")
    hoja.row_dimensions[2].height = 32
    hoja.append([])
    hoja.append(["Dato", "Valor", "Observación"])
    for c in hoja[4]:
        c.font = negrita
        c.fill = relleno

    procesos = {k: ("Sí" if k in datos.procesos else "No") for k in PROCESOS}
    filas: list[tuple[str, object, str]] = [
        ("Nombre del molino (planta)", datos.nombre_molino, "Como aparece en el certificado de molino."),
        ("Empresa propietaria", datos.empresa, "Razón social dueña de la planta."),
        ("Domicilio de la planta", datos.domicilio, ""),
        ("País (clave ISO)", datos.pais, datos.pais_nombre),
        ("Persona de contacto", datos.contacto_nombre, ""),
        ("Teléfono", datos.telefono, "Con clave de país."),
        ("Correo electrónico", datos.correo, ""),
        (PROCESOS["fusion_vaciado"], procesos["fusion_vaciado"], "Donde el acero se fundió y vació por primera vez."),
        (PROCESOS["laminado_caliente"], procesos["laminado_caliente"], ""),
        ("Productos", "; ".join(p.descripcion for p in datos.productos if p.descripcion), "Detalle en la hoja «Productos»."),
        ("Fracciones arancelarias", ", ".join(sorted({f"{p.fraccion}-{p.nico}" if p.nico else p.fraccion
                                                      for p in datos.productos if p.fraccion})), ""),
        ("Certificado de referencia (número)", datos.certificado_numero, "Certificado de molino que nombra a la planta."),
        ("Fecha de expedición del certificado", datos.certificado_fecha, ""),
        ("Coladas", ", ".join(datos.coladas), ""),
        ("Importador (RFC)", datos.importador_rfc, ""),
        ("Importador (nombre)", datos.importador_nombre, ""),
        ("Observaciones", datos.observaciones, ""),
        ("Fecha de preparación", fecha, ""),
        ("Respuesta esperada (10 días hábiles después del envío)", "", "Se calcula al registrar la fecha de envío."),
    ]
    for etiqueta, valor, nota in filas:
        hoja.append([etiqueta, valor if valor not in (None, "") else None, nota or None])
        fila = hoja.max_row
        hoja.cell(fila, 1).font = negrita
        for col in (1, 2, 3):
            hoja.cell(fila, col).alignment = ajuste
        if isinstance(valor, date):
            hoja.cell(fila, 2).number_format = "dd/mm/yyyy"
    hoja.column_dimensions["A"].width = 44
    hoja.column_dimensions["B"].width = 60
    hoja.column_dimensions["C"].width = 40
    hoja.freeze_panes = "A5"

    prods = libro.create_sheet("Productos")
    prods.append(["Fracción arancelaria", "NICO", "Descripción"])
    for c in prods[1]:
        c.font = negrita
        c.fill = relleno
    for p in datos.productos:
        prods.append([p.fraccion or None, p.nico or None, p.descripcion or None])
        fila = prods.max_row
        prods.cell(fila, 1).number_format = "@"
        prods.cell(fila, 2).number_format = "@"
        prods.cell(fila, 3).alignment = ajuste
    prods.column_dimensions["A"].width = 20
    prods.column_dimensions["B"].width = 8
    prods.column_dimensions["C"].width = 80
    prods.freeze_panes = "A2"
    return _guardar_atomico(libro, Path(destino_xlsx))


# ------------------------------------------------------------------------------------------
# the cover letter

_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre")


def fecha_larga(d: date) -> str:
    """``4 de agosto de 2025``."""
    return f"{d.day} de {_MESES[d.month - 1]} de {d.year}"


def carta_alta_molino(
    datos: SolicitudAltaMolino,
    importador: Importador,
    *,
    fecha: date | None = None,
    lugar: str = "",
    firmante: str = "",
    archivo_excel: str = "",
) -> str:
    """A short cover letter, in Spanish, asking the SE to add the mill to its catalog."""
    fecha = fecha or date.today()
    encabezado = f"{lugar + ', ' if lugar else ''}{fecha_larga(fecha)}"
    nombre_imp = importador.nombre or datos.importador_nombre or "[nombre del importador]"
    rfc = importador.rfc or datos.importador_rfc or "[RFC]"
    planta = datos.nombre_molino or "[nombre de la planta]"
    empresa = f", propiedad de {datos.empresa}" if datos.empresa else ""
    pais = datos.pais_nombre or datos.pais or "[país]"
    domicilio = f", con domicilio en {datos.domicilio}" if datos.domicilio else ""
    procesos = [PROCESOS[k].split(" (")[0].lower() for k in datos.procesos if k in PROCESOS]
    proceso = f" La planta realiza {' y '.join(procesos)}." if procesos else ""
    fracciones = sorted({f"{p.fraccion}-{p.nico}" if p.nico else p.fraccion for p in datos.productos if p.fraccion})
    productos = (
        f" Los productos que importaremos de esta planta se clasifican en las fracciones {', '.join(fracciones)}."
        if fracciones else ""
    )
    certificado = ""
    if datos.certificado_numero:
        cuando = f" de fecha {fecha_larga(datos.certificado_fecha)}" if datos.certificado_fecha else ""
        certificado = f" Como referencia, anexamos el certificado de molino número {datos.certificado_numero}{cuando}."
    anexo = f"«{archivo_excel}»" if archivo_excel else "en Excel"
    contacto = ""
    if datos.contacto_nombre or datos.correo or datos.telefono:
        partes = [x for x in (datos.contacto_nombre, datos.telefono, datos.correo) if x]
        contacto = f" El contacto en la planta es {', '.join(partes)}."
    return (
        f"{encabezado}\n\n"
        "Secretaría de Economía\n"
        "Área encargada del aviso automático de importación de productos siderúrgicos\n"
        "Presente\n\n"
        f"{nombre_imp}, con RFC {rfc}, solicita que se agregue al catálogo de molinos que se utiliza en el "
        "aviso automático de importación de productos siderúrgicos (VUCEM, trámite 130118) la planta "
        f"{planta}{empresa}, ubicada en {pais}{domicilio}.{proceso}{productos}\n\n"
        f"Adjuntamos el archivo {anexo} con los datos de la planta.{certificado}{contacto}\n\n"
        "Quedamos atentos a su respuesta y a cualquier información adicional que requieran.\n\n"
        "Atentamente,\n\n\n"
        f"{firmante or '[nombre y firma del representante]'}\n"
        f"{nombre_imp}\n"
    )


# ------------------------------------------------------------------------------------------
# follow-up


def fecha_respuesta_esperada(enviada: date, inhabiles_extra: Iterable[date] = ()) -> date:
    """The day the SE's answer is due: 10 business days after the request was sent."""
    return sumar_dias_habiles(enviada, PLAZO_DIAS_HABILES, inhabiles_extra)


@dataclass(frozen=True, slots=True)
class Seguimiento:
    enviada: date
    respuesta_esperada: date
    dias_habiles_restantes: int  # negative when overdue

    @property
    def vencida(self) -> bool:
        return self.dias_habiles_restantes < 0

    def texto(self) -> str:
        esperada = self.respuesta_esperada.strftime("%d/%m/%Y")
        if self.dias_habiles_restantes > 0:
            n = self.dias_habiles_restantes
            return f"Respuesta esperada el {esperada}: faltan {n} día{'s' if n != 1 else ''} hábil{'es' if n != 1 else ''}."
        if self.dias_habiles_restantes == 0:
            return f"La respuesta se espera hoy ({esperada})."
        n = -self.dias_habiles_restantes
        return (f"El plazo venció el {esperada} ({n} día{'s' if n != 1 else ''} hábil{'es' if n != 1 else ''}); "
                "dé seguimiento con la SE.")


def seguimiento(enviada: date, hoy: date, inhabiles_extra: Iterable[date] = ()) -> Seguimiento:
    """Where a sent request stands on ``hoy``."""
    extra = frozenset(inhabiles_extra)
    esperada = fecha_respuesta_esperada(enviada, extra)
    return Seguimiento(enviada, esperada, dias_habiles_entre(hoy, esperada, extra))


def con_importador(datos: SolicitudAltaMolino, importador: Importador) -> SolicitudAltaMolino:
    return replace(datos, importador_rfc=importador.rfc, importador_nombre=importador.nombre)
