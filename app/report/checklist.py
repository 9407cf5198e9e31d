"""The printable checklist of an expediente: one section per notice, ready to hand to a customs broker.

Each notice section shows, in this order: who and what (expediente, importer, preparation date,
status), the 12 VUCEM fields in VUCEM order with each value exactly as it must be typed, the
certificates with their heats, volume and the 3% margin left, the invoice lines the notice covers
and their total, every finding of the check with its rule (or a clear *Listo para VUCEM*), the
attachments VUCEM will ask for with their file names, and the *Elaboró* / *Revisó* signature
lines. Every page carries the expediente, the notice, *Página N de M* and the date printed.

A value the notice does not have is printed as ``— falta —`` so the gap is seen on paper.
Layout is reportlab platypus: every table takes its column widths as fractions of the frame, so
nothing overflows the margins on Letter or A4, and every cell is a paragraph, so long text wraps
(rows may split across pages) and is never cut.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app import APP_NAME, __version__
from app.domain.catalogos import Catalogos
from app.domain.conversion import UnidadNoConvertible, centavos, convertir, nombre_unidad, precio_texto, texto_numero
from app.domain.estado import NOMBRES as NOMBRES_ESTADO
from app.domain.hallazgos import Hallazgo, Severidad
from app.domain.model import Aviso, Certificado, Expediente, Factura, Partida, TipoCertificado
from app.domain.reglas import (
    IDIOMAS_ESPANOL,
    NOMBRE_IDIOMA,
    PARTIDAS_MATERIA_PRIMA,
    TOLERANCIA_VOLUMEN,
    UMT_POR_DEFECTO,
    Revision,
)
from app.domain.totales import CAPITULOS_ACERO, importe_partida, tasa_factura

from .adjuntos import LimitesVucem

__all__ = ["FALTA", "LISTO", "TAMANOS", "generar_checklist"]

FALTA = "— falta —"
LISTO = "Listo para VUCEM"
TAMANOS = {"carta": LETTER, "a4": A4}
TITULO_PAGINA = "Lista de verificación · Aviso automático de importación siderúrgica (AAIPS)"

# ------------------------------------------------------------------------------------------
# fonts: DejaVu Sans (bundled in resources/fonts so Windows prints the same), else Helvetica

_FUENTE, _FUENTE_NEGRITA = "Helvetica", "Helvetica-Bold"


def _carpetas_fuentes() -> list[Path]:
    raiz = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return [raiz / "resources" / "fonts", Path("/usr/share/fonts/truetype/dejavu")]


def _registrar_fuentes() -> tuple[str, str]:
    global _FUENTE, _FUENTE_NEGRITA
    if _FUENTE == "AAIPS-Sans":
        return _FUENTE, _FUENTE_NEGRITA
    for carpeta in _carpetas_fuentes():
        normal, negrita = carpeta / "DejaVuSans.ttf", carpeta / "DejaVuSans-Bold.ttf"
        if normal.is_file() and negrita.is_file():
            try:
                pdfmetrics.registerFont(TTFont("AAIPS-Sans", str(normal)))
                pdfmetrics.registerFont(TTFont("AAIPS-Sans-Bold", str(negrita)))
            except Exception:  # noqa: BLE001 - a broken font file: fall back to Helvetica
                continue
            pdfmetrics.registerFontFamily(
                "AAIPS-Sans", normal="AAIPS-Sans", bold="AAIPS-Sans-Bold", italic="AAIPS-Sans", boldItalic="AAIPS-Sans-Bold"
            )
            _FUENTE, _FUENTE_NEGRITA = "AAIPS-Sans", "AAIPS-Sans-Bold"
            break
    return _FUENTE, _FUENTE_NEGRITA


# ------------------------------------------------------------------------------------------
# colours and styles

AZUL = colors.HexColor("#1F3A5F")
GRIS_TEXTO = colors.HexColor("#555555")
GRIS_LINEA = colors.HexColor("#B8C0CC")
GRIS_FONDO = colors.HexColor("#EEF1F5")
ROJO = colors.HexColor("#B00020")
ROJO_FONDO = colors.HexColor("#FDECEC")
AMBAR = colors.HexColor("#7A5200")
AMBAR_FONDO = colors.HexColor("#FFF4D6")
VERDE = colors.HexColor("#1B6E3A")
VERDE_FONDO = colors.HexColor("#E6F4EA")


@dataclass(frozen=True)
class _Estilos:
    normal: ParagraphStyle
    chico: ParagraphStyle
    gris: ParagraphStyle
    etiqueta: ParagraphStyle
    valor: ParagraphStyle
    encabezado_tabla: ParagraphStyle
    encabezado_centro: ParagraphStyle
    numero: ParagraphStyle
    centro: ParagraphStyle
    titulo: ParagraphStyle
    subtitulo: ParagraphStyle
    seccion: ParagraphStyle
    aviso_caja: ParagraphStyle


def _estilos() -> _Estilos:
    f, fb = _registrar_fuentes()
    normal = ParagraphStyle("normal", fontName=f, fontSize=8.5, leading=10.8)
    return _Estilos(
        normal=normal,
        chico=ParagraphStyle("chico", parent=normal, fontSize=7.5, leading=9.4),
        gris=ParagraphStyle("gris", parent=normal, fontSize=7.5, leading=9.4, textColor=GRIS_TEXTO),
        etiqueta=ParagraphStyle("etiqueta", parent=normal, fontName=fb, fontSize=8, leading=10, textColor=AZUL),
        valor=ParagraphStyle("valor", parent=normal, fontSize=9, leading=11.5),
        encabezado_tabla=ParagraphStyle("enc", parent=normal, fontName=fb, fontSize=7.5, leading=9.2, textColor=colors.white),
        encabezado_centro=ParagraphStyle("encc", parent=normal, fontName=fb, fontSize=7.5, leading=9.2, textColor=colors.white,
                                         alignment=TA_CENTER),
        numero=ParagraphStyle("numero", parent=normal, alignment=TA_RIGHT),
        centro=ParagraphStyle("centro", parent=normal, alignment=TA_CENTER),
        titulo=ParagraphStyle("titulo", parent=normal, fontName=fb, fontSize=15, leading=19, textColor=AZUL, spaceAfter=2),
        subtitulo=ParagraphStyle("subtitulo", parent=normal, fontSize=9, leading=12, textColor=GRIS_TEXTO, spaceAfter=6),
        seccion=ParagraphStyle(
            "seccion", parent=normal, fontName=fb, fontSize=10.5, leading=13, textColor=AZUL, spaceBefore=9, spaceAfter=4,
        ),
        aviso_caja=ParagraphStyle("caja", parent=normal, fontName=fb, fontSize=11, leading=14),
    )


# ------------------------------------------------------------------------------------------
# value formatting


def _x(texto: Any) -> str:
    """Text escaped for a reportlab paragraph (which reads a small XML dialect)."""
    return escape(str(texto))


def _x_lineas(texto: str) -> str:
    """Escaped, keeping the clerk's line breaks."""
    return "<br/>".join(_x(linea) for linea in texto.strip().splitlines())


def _falta(que: str = "") -> str:
    extra = f" <font color='{GRIS_TEXTO.hexval()}'>({_x(que)})</font>" if que else ""
    return f"<font color='{ROJO.hexval()}'><b>{FALTA}</b></font>{extra}"


def _fecha(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def _miles(valor: Decimal, minimo_decimales: int = 0) -> str:
    """``24500`` -> ``24,500``; for reading, never for typing."""
    t = texto_numero(valor, minimo_decimales)
    signo = "-" if t.startswith("-") else ""
    t = t.lstrip("-")
    entero, _, dec = t.partition(".")
    entero = f"{int(entero):,}"
    return f"{signo}{entero}.{dec}" if dec else f"{signo}{entero}"


def _kg(valor: Decimal) -> str:
    return _miles(valor.quantize(Decimal("0.001")))


def _plural(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


# ------------------------------------------------------------------------------------------
# the data of one document, computed once


@dataclass
class _Datos:
    exp: Expediente
    revision: Revision
    catalogos: Catalogos
    nombre: str
    impreso: datetime
    limites: LimitesVucem = field(default_factory=LimitesVucem)
    certs: dict[str, Certificado] = field(default_factory=dict)
    partidas: dict[str, tuple[Factura, Partida]] = field(default_factory=dict)
    usos: dict[str, list[tuple[str, Decimal | None]]] = field(default_factory=dict)  # cert -> [(aviso, kg)]

    def __post_init__(self) -> None:
        self.certs = {c.id: c for c in self.exp.certificados}
        self.partidas = {p.id: (f, p) for f, p in self.exp.partidas()}
        for a in self.exp.avisos:
            kg = self.cantidad_kg(a)
            for cid in a.certificados:
                self.usos.setdefault(cid, []).append((a.id, kg))

    def umt(self, a: Aviso) -> str:
        if a.umt:
            return a.umt
        fr = self.catalogos.fracciones
        return (fr.umt(a.fraccion, a.nico) if fr else None) or UMT_POR_DEFECTO

    def cantidad_kg(self, a: Aviso) -> Decimal | None:
        if a.cantidad is None:
            return None
        try:
            return convertir(a.cantidad, self.umt(a), "KGM")
        except UnidadNoConvertible:
            return None

    def pais(self, clave: str) -> str:
        if not clave:
            return ""
        if self.catalogos.paises is None:
            return f"<b>{_x(clave)}</b> <font color='{GRIS_TEXTO.hexval()}' size='7.5'>(catálogo de países no cargado)</font>"
        nombre = self.catalogos.paises.nombre(clave)
        if nombre:
            return f"<b>{_x(clave)}</b> – {_x(nombre)}"
        return f"<b>{_x(clave)}</b> – <font color='{ROJO.hexval()}'>clave no encontrada en el catálogo de países</font>"

    def facturas_de(self, a: Aviso) -> list[str]:
        return list(dict.fromkeys(self.partidas[p][0].id for p in a.partidas_factura if p in self.partidas))

    def hallazgos(self, a: Aviso, solo: bool) -> list[Hallazgo]:
        """The notice's findings plus the expediente findings that concern it.

        ``solo``: the notice is the only one printed, so it also carries the expediente findings
        that concern no notice in particular (otherwise they go to the summary).
        """
        propios = list(self.revision.por_aviso.get(a.id, ()))
        facturas = set(self.facturas_de(a))
        certs = set(a.certificados)
        for h in self.revision.expediente:
            general = h.factura is None and h.certificado is None
            if (h.factura in facturas) or (h.certificado in certs and h.factura is None) or general or solo:
                propios.append(h)
        return propios

    def listo(self, a: Aviso, solo: bool = False) -> bool:
        return not any(h.es_error for h in self.hallazgos(a, solo))


# ------------------------------------------------------------------------------------------
# small flowables


class _Casilla(Flowable):
    """An empty check box the clerk ticks with a pen."""

    def __init__(self, lado: float = 8.5):
        super().__init__()
        self.lado = lado

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.lado, self.lado

    def draw(self) -> None:
        self.canv.setStrokeColor(AZUL)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.lado, self.lado)


class _Marca(Flowable):
    """Invisible: tells the page header which section (notice) the page belongs to."""

    def __init__(self, texto: str):
        super().__init__()
        self.texto = texto

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._aaips_seccion = (self.texto, self.canv.getPageNumber())  # type: ignore[attr-defined]


def _tabla(filas: list[list[Any]], anchos: list[float], ancho_total: float, *, encabezado: bool = True,
           estilo: list[tuple[Any, ...]] | None = None) -> Table:
    """A table whose columns are fractions of the frame width: it can never overflow the margins."""
    suma = sum(anchos)
    t = Table(
        filas, colWidths=[ancho_total * a / suma for a in anchos], repeatRows=1 if encabezado else 0,
        splitInRow=1, hAlign="LEFT",
    )
    comandos: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRIS_LINEA),
        ("BOX", (0, 0), (-1, -1), 0.6, GRIS_LINEA),
    ]
    if encabezado:
        comandos += [("BACKGROUND", (0, 0), (-1, 0), AZUL), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    t.setStyle(TableStyle(comandos + (estilo or [])))
    return t


# ------------------------------------------------------------------------------------------
# page decoration: header, footer and "Página N de M"


def _lienzo_numerado(total_paginas: list[int], fuente: str, impreso: datetime):
    class _Lienzo(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._estados: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._estados.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            n = len(self._estados)
            total_paginas.append(n)
            for estado in self._estados:
                self.__dict__.update(estado)
                ancho, _ = self._pagesize
                self.setFont(fuente, 7.5)
                self.setFillColor(GRIS_TEXTO)
                self.drawRightString(ancho - self._aaips_margen, 10 * mm, f"Página {self._pageNumber} de {n}")
                super().showPage()
            super().save()

    return _Lienzo


def _decorar(datos: _Datos, margen: float, fuente: str, fuente_negrita: str):
    def al_terminar_pagina(c: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        ancho, alto = c._pagesize
        c._aaips_margen = margen  # type: ignore[attr-defined]
        c.saveState()
        seccion, desde = getattr(c, "_aaips_seccion", ("", 0))
        if seccion and desde and c.getPageNumber() > desde:
            seccion = f"{seccion} (continuación)"
        y = alto - 11 * mm
        c.setFillColor(AZUL)
        c.setFont(fuente, 8)
        c.drawRightString(ancho - margen, y, seccion)
        libre = ancho - 2 * margen - pdfmetrics.stringWidth(seccion, fuente, 8) - 12
        c.setFont(fuente_negrita, 8)
        c.drawString(margen, y, _recortar(TITULO_PAGINA, fuente_negrita, 8, libre))
        c.setFont(fuente, 7.5)
        c.setFillColor(GRIS_TEXTO)
        imp = datos.exp.importador
        quien = " · ".join(x for x in (f"Expediente: {datos.nombre}", imp.nombre, imp.rfc) if x)
        c.drawString(margen, y - 10, _recortar(quien, fuente, 7.5, ancho - 2 * margen))
        c.setStrokeColor(AZUL)
        c.setLineWidth(0.7)
        c.line(margen, y - 14, ancho - margen, y - 14)
        # footer (the page count is drawn by the canvas once the total is known)
        c.setStrokeColor(GRIS_LINEA)
        c.setLineWidth(0.5)
        c.line(margen, 14 * mm, ancho - margen, 14 * mm)
        c.drawString(margen, 10 * mm, f"Impreso el {datos.impreso:%d/%m/%Y} a las {datos.impreso:%H:%M} · {APP_NAME} {__version__}")
        c.restoreState()

    return al_terminar_pagina


def _recortar(texto: str, fuente: str, tamano: float, ancho: float) -> str:
    """Header line only: shorten with an ellipsis so it stays inside the margins."""
    if pdfmetrics.stringWidth(texto, fuente, tamano) <= ancho:
        return texto
    while texto and pdfmetrics.stringWidth(texto + "…", fuente, tamano) > ancho:
        texto = texto[:-1]
    return texto + "…"


# ------------------------------------------------------------------------------------------
# building blocks of a section


# rule labels that are not R1-R12 read better in words
_REGLAS_TEXTO = {"CAMPOS": "Campos", "FORMATO": "Formato", "GENERAL": "General"}

_SEV = {Severidad.ERROR: ("Error", ROJO, ROJO_FONDO), Severidad.AVISO: ("Advertencia", AMBAR, AMBAR_FONDO)}

# which of the 12 fields (1-based) a finding's ``campos`` point to
_CAMPO_A_FILA = {
    "fraccion": 1, "nico": 1, "cantidad": 2, "umt": 2, "valor_usd": 3, "pais_origen_acero": 4,
    "pais_origen_mercancia": 5, "pais_exportador": 6, "certificados": 7, "fecha_expedicion": 8,
    "fabricante": 9, "molino": 10, "descripcion": 11, "observaciones": 12,
}
# a finding about a certificate names the certificate's own fields: all go to row 7 but these
_CAMPO_CERT_A_FILA = {"fecha_expedicion": 8, "pais_origen_acero": 4, "pais_origen_mercancia": 5}


def _filas_de(h: Hallazgo) -> set[int]:
    if h.certificado:
        return {_CAMPO_CERT_A_FILA.get(c, 7) for c in h.campos} or {7}
    return {_CAMPO_A_FILA[c] for c in h.campos if c in _CAMPO_A_FILA}


def _bloque_datos(d: _Datos, e: _Estilos, ancho: float, filas: list[tuple[str, str]]) -> Table:
    """Label/value pairs two per row."""
    celdas: list[list[Any]] = []
    for i in range(0, len(filas), 2):
        fila: list[Any] = []
        for etiqueta, valor in filas[i:i + 2]:
            fila += [Paragraph(_x(etiqueta), e.etiqueta), Paragraph(valor, e.normal)]
        while len(fila) < 4:
            fila.append("")
        celdas.append(fila)
    return _tabla(celdas, [16, 34, 16, 34], ancho, encabezado=False, estilo=[
        ("BACKGROUND", (0, 0), (0, -1), GRIS_FONDO), ("BACKGROUND", (2, 0), (2, -1), GRIS_FONDO),
    ])


def _cabecera(d: _Datos, e: _Estilos, ancho: float, extra: list[tuple[str, str]]) -> Table:
    imp = d.exp.importador
    filas = [
        ("Expediente", _x(d.nombre)),
        ("Preparado el", _x(_fecha(d.exp.fecha_preparacion)) or _falta()),
        ("Importador", _x(imp.nombre) if imp.nombre else _falta()),
        ("RFC", _x(imp.rfc) if imp.rfc else _falta()),
    ] + extra
    return _bloque_datos(d, e, ancho, filas)


def _valor_campos(d: _Datos, e: _Estilos, a: Aviso) -> list[tuple[str, list[str]]]:
    """The 12 VUCEM fields: (label, paragraphs of the value) in VUCEM order."""
    certs = [d.certs[c] for c in a.certificados if c in d.certs]
    gris = f"<font color='{GRIS_TEXTO.hexval()}' size='7.5'>"
    umt = d.umt(a)

    # 1 fraction and NICO
    f1 = [
        f"Fracción: <b>{_x(a.fraccion)}</b>" if a.fraccion else f"Fracción: {_falta()}",
        f"NICO: <b>{_x(a.nico)}</b>" if a.nico else f"NICO: {_falta()}",
    ]
    v1 = ["&nbsp;&nbsp;&nbsp;&nbsp;".join(f1)]
    fr = d.catalogos.fracciones.buscar(a.fraccion, a.nico) if (d.catalogos.fracciones and a.fraccion) else None
    if fr is not None:
        texto_fr = fr.descripcion_fraccion or fr.descripcion
        if fr.descripcion and fr.descripcion not in texto_fr:
            texto_fr = f"{texto_fr} › {fr.descripcion}"
        v1.append(f"{gris}Catálogo: {_x(texto_fr)}</font>")
    elif a.fraccion:
        v1.append(f"{gris}No está en el catálogo de fracciones cargado.</font>")

    # 2 quantity and UMT
    nombre_umt = (d.catalogos.unidades.nombre(umt) if d.catalogos.unidades else "") or nombre_unidad(umt)
    if a.cantidad is not None:
        v2 = [f"<b>{_x(texto_numero(a.cantidad))}</b>&nbsp;&nbsp;UMT: <b>{_x(umt)}</b> – {_x(nombre_umt)}",
              f"{gris}Se lee: {_x(_miles(a.cantidad))} {_x(nombre_unidad(umt))}.</font>"]
    else:
        crudo = a.invalidos.get("cantidad")
        v2 = [_falta(f"el archivo dice «{crudo}»" if crudo else "") + f"&nbsp;&nbsp;UMT: <b>{_x(umt)}</b> – {_x(nombre_umt)}"]

    # 3 value in USD
    if a.valor_usd is not None:
        v3 = [f"<b>{_x(texto_numero(a.valor_usd, 2))}</b>&nbsp;&nbsp;USD"]
        precio = a.precio_unitario_usd
        lectura = f"Se lee: {_x(_miles(a.valor_usd, 2))} dólares."
        if precio is not None:
            lectura += f" Precio unitario que calculará VUCEM: {_x(precio_texto(precio))} USD/{_x(umt)}."
        v3.append(f"{gris}{lectura}</font>")
    else:
        crudo = a.invalidos.get("valor_usd")
        v3 = [_falta(f"el archivo dice «{crudo}»" if crudo else "")]

    # 4-6 countries
    if a.pais_origen_acero:
        v4 = [d.pais(a.pais_origen_acero)]
    elif a.fraccion[:4] in PARTIDAS_MATERIA_PRIMA:
        v4 = [f"{gris}No aplica: materia prima siderúrgica (partida {_x(a.fraccion[:4])}).</font>"]
    else:
        v4 = [_falta()]
    v5 = [d.pais(a.pais_origen_mercancia) if a.pais_origen_mercancia else _falta()]
    v6 = [d.pais(a.pais_exportador) if a.pais_exportador else _falta()]

    # 7-8 certificates and their dates
    tipo_txt = {TipoCertificado.MOLINO: "certificado de molino", TipoCertificado.CALIDAD: "certificado de calidad"}
    if certs:
        v7 = [
            (f"<b>{_x(c.numero)}</b>" if c.numero else _falta(f"número del certificado {c.id}"))
            + f"&nbsp;&nbsp;{gris}{tipo_txt.get(c.tipo, 'tipo sin indicar')}</font>"
            for c in certs
        ]
        v8 = [
            (f"<b>{_fecha(c.fecha_expedicion)}</b>" if c.fecha_expedicion else _falta())
            + f"&nbsp;&nbsp;{gris}{_x(c.numero or c.id)}</font>"
            for c in certs
        ]
    else:
        v7 = [_falta("ningún certificado vinculado")]
        v8 = [_falta()]

    # 9 manufacturer
    fab = a.fabricante
    v9 = [f"<b>{_x(fab.nombre)}</b>" if fab.nombre else f"Nombre: {_falta()}",
          _x_lineas(fab.domicilio) if fab.domicilio.strip() else f"Domicilio: {_falta()}"]

    # 10 mill
    m = a.molino
    if m.clave or m.nombre:
        v10 = [" – ".join(x for x in (f"<b>{_x(m.clave)}</b>" if m.clave else f"Clave: {_falta()}", _x(m.nombre)) if x)]
        cat = d.catalogos.molinos
        encontrado = (cat.buscar(clave=m.clave) if m.clave else cat.buscar(nombre=m.nombre)) if cat else None
        if encontrado is not None:
            v10.append(f"{gris}Elíjalo en VUCEM como: {_x(encontrado.etiqueta())}</font>")
        elif cat is not None:
            v10.append(f"<font color='{ROJO.hexval()}' size='7.5'>No está en el catálogo de molinos de la SE cargado.</font>")
    else:
        v10 = [_falta()]

    # 11 description, 12 observations
    v11 = [_x_lineas(a.descripcion) if a.descripcion.strip() else _falta()]
    v12 = [_x_lineas(a.observaciones) if a.observaciones.strip() else f"{gris}(sin observaciones; campo opcional)</font>"]

    return [
        ("Fracción arancelaria y NICO", v1),
        ("Cantidad en UMT", v2),
        ("Valor en dólares", v3),
        ("País de origen del acero", v4),
        ("País de origen de la mercancía", v5),
        ("País exportador", v6),
        ("Número(s) de certificado(s)", v7),
        ("Fecha(s) de expedición", v8),
        ("Nombre y domicilio del fabricante", v9),
        ("Nombre del molino", v10),
        ("Descripción de la mercancía", v11),
        ("Observaciones", v12),
    ]


def _tabla_campos(d: _Datos, e: _Estilos, ancho: float, a: Aviso, hallazgos: list[Hallazgo]) -> Table:
    por_fila: dict[int, list[int]] = {}
    peor: dict[int, Severidad] = {}
    for n, h in enumerate(hallazgos, start=1):
        for fila in _filas_de(h):
            por_fila.setdefault(fila, []).append(n)
            if peor.get(fila) is not Severidad.ERROR:
                peor[fila] = h.severidad
    celdas: list[list[Any]] = [[
        Paragraph("No.", e.encabezado_tabla), Paragraph("Campo en VUCEM", e.encabezado_tabla),
        Paragraph("Valor que se captura", e.encabezado_tabla), Paragraph("✓" if _FUENTE != "Helvetica" else "OK", e.encabezado_centro),
    ]]
    estilo: list[tuple[Any, ...]] = [("ALIGN", (3, 0), (3, -1), "CENTER"), ("BACKGROUND", (0, 1), (1, -1), GRIS_FONDO)]
    for i, (etiqueta, valores) in enumerate(_valor_campos(d, e, a), start=1):
        contenido: list[Any] = [Paragraph(v, e.valor) for v in valores]
        if i in por_fila:
            sev = peor[i]
            texto, color, fondo = _SEV[sev]
            refs = ", ".join(str(n) for n in por_fila[i])
            contenido.append(Paragraph(
                f"<font color='{color.hexval()}'><b>▲ Ver hallazgo{'s' if len(por_fila[i]) > 1 else ''} {refs}</b></font>",
                e.chico,
            ))
            estilo.append(("BACKGROUND", (2, i), (3, i), fondo))
        celdas.append([Paragraph(str(i), e.etiqueta), Paragraph(_x(etiqueta), e.etiqueta), contenido, _Casilla()])
    return _tabla(celdas, [5, 23, 66, 6], ancho, estilo=estilo)


def _filas_certificados(d: _Datos, e: _Estilos, certs: list[Certificado], con_avisos: bool) -> list[list[Any]]:
    tipo_txt = {TipoCertificado.MOLINO: "Molino", TipoCertificado.CALIDAD: "Calidad"}
    filas: list[list[Any]] = [[Paragraph(t, e.encabezado_tabla) for t in (
        "Certificado", "Coladas", "Volumen del certificado (kg)", "Máximo con 3% (kg)",
        "Cantidad de los avisos que lo usan (kg)", "Margen restante (kg)",
    )]]
    for c in certs:
        partes = [f"<b>{_x(c.numero)}</b>" if c.numero else _falta("número")]
        detalle = [tipo_txt.get(c.tipo, "Tipo sin indicar")]
        detalle.append(_fecha(c.fecha_expedicion) if c.fecha_expedicion else "fecha " + FALTA)
        if c.pais:
            detalle.append(_x(c.pais))
        partes.append(f"<font size='7.5'>{' · '.join(detalle)}</font>")
        if c.productor.nombre:
            partes.append(f"<font size='7.5' color='{GRIS_TEXTO.hexval()}'>{_x(c.productor.nombre)}</font>")
        coladas = ", ".join(_x(x) for x in c.coladas) if c.coladas else (
            _falta() if c.tipo == TipoCertificado.MOLINO else f"<font color='{GRIS_TEXTO.hexval()}'>(no aplica)</font>")
        usos = d.usos.get(c.id, [])
        usado = sum((kg for _, kg in usos if kg is not None), Decimal(0))
        lineas_uso = [f"{_x(aid)}: {_kg(kg)}" if kg is not None else f"{_x(aid)}: {FALTA}" for aid, kg in usos]
        if len(usos) > 1:
            lineas_uso.append(f"<b>Suma: {_kg(usado)}</b>")
        if not usos:
            lineas_uso = [f"<font color='{GRIS_TEXTO.hexval()}'>ningún aviso</font>"]
        if c.volumen_kg is not None:
            maximo = c.volumen_kg * TOLERANCIA_VOLUMEN
            margen = maximo - usado
            vol, maxi = _kg(c.volumen_kg), _kg(maximo)
            if margen >= 0:
                margen_txt = f"<font color='{VERDE.hexval()}'><b>{_kg(margen)}</b></font>"
            else:
                margen_txt = f"<font color='{ROJO.hexval()}'><b>{_kg(margen)}</b><br/>excede el 3%</font>"
        else:
            vol, maxi = _falta(), "—"
            margen_txt = f"<font color='{GRIS_TEXTO.hexval()}'>no se puede calcular</font>"
        filas.append([
            [Paragraph(p, e.normal) for p in partes], Paragraph(coladas, e.normal), Paragraph(vol, e.numero),
            Paragraph(maxi, e.numero), Paragraph("<br/>".join(lineas_uso), e.numero), Paragraph(margen_txt, e.numero),
        ])
    return filas


def _tabla_certificados(d: _Datos, e: _Estilos, ancho: float, certs: list[Certificado]) -> list[Any]:
    if not certs:
        return [Paragraph(_falta("el aviso no tiene certificados vinculados"), e.normal)]
    tabla = _tabla(_filas_certificados(d, e, certs, True), [26, 22, 13, 13, 15, 13], ancho)
    nota = Paragraph(
        "Margen restante = 1.03 × volumen del certificado − cantidad (en kg) de todos los avisos del expediente que "
        "usan ese certificado (regla R5: el aviso puede exceder el volumen del certificado hasta en 3%).",
        e.gris,
    )
    return [tabla, Spacer(0, 2), nota]


def _tabla_partidas(d: _Datos, e: _Estilos, ancho: float, a: Aviso) -> list[Any]:
    lineas = [d.partidas[p] for p in a.partidas_factura if p in d.partidas]
    if not lineas:
        return [Paragraph(_falta("el aviso no está vinculado a partidas de la factura comercial"), e.normal)]
    filas: list[list[Any]] = [[Paragraph(t, e.encabezado_tabla) for t in (
        "Factura / partida", "Descripción en la factura", "Fracción y NICO", "Cantidad", "Precio unitario", "Importe",
        "Importe en USD",
    )]]
    chico = f"<font size='7' color='{GRIS_TEXTO.hexval()}'>"
    total_usd = Decimal(0)
    totales: dict[str, Decimal] = {}
    completo = True
    for f, p in lineas:
        importe = importe_partida(p)
        tasa = tasa_factura(f)
        usd = importe * tasa if (importe is not None and tasa is not None) else None
        if usd is None:
            completo = False
        else:
            total_usd += usd
        if importe is not None:
            totales[f.moneda] = totales.get(f.moneda, Decimal(0)) + importe
        fraccion = _x(p.fraccion) + (f"<br/>NICO {_x(p.nico)}" if p.nico else "")
        filas.append([
            Paragraph(f"<b>{_x(f.numero or f.id)}</b><br/>{chico}partida {_x(p.id)}"
                      f"{'<br/>' + _fecha(f.fecha) if f.fecha else ''}</font>", e.normal),
            Paragraph(_x(p.descripcion) or _falta(), e.normal),
            Paragraph(fraccion or _falta(), e.normal),
            Paragraph(f"{_miles(p.cantidad)}<br/>{chico}{_x(nombre_unidad(p.unidad))}</font>" if p.cantidad is not None else _falta(), e.numero),
            Paragraph(f"{_miles(p.precio_unitario, 2)}<br/>{chico}{_x(f.moneda)}/{_x(p.unidad or '?')}</font>"
                      if p.precio_unitario is not None else _falta(), e.numero),
            Paragraph(f"{_miles(importe, 2)}<br/>{chico}{_x(f.moneda)}</font>" if importe is not None else _falta(), e.numero),
            Paragraph(_miles(centavos(usd), 2) if usd is not None else _falta("sin tipo de cambio"), e.numero),
        ])
    total_moneda = "<br/>".join(f"{_miles(v, 2)}<br/>{chico}{_x(m)}</font>" for m, v in totales.items())
    filas.append([
        Paragraph(f"<b>Total ({_plural(len(lineas), 'partida', 'partidas')})</b>", e.normal), "", "", "", "",
        Paragraph(f"<b>{total_moneda}</b>", e.numero),
        Paragraph(f"<b>{_miles(centavos(total_usd), 2)}</b>" if completo else _falta(), e.numero),
    ])
    tabla = _tabla(filas, [18, 25, 12, 10, 11, 12, 12], ancho, estilo=[
        ("SPAN", (0, -1), (4, -1)), ("BACKGROUND", (0, -1), (-1, -1), GRIS_FONDO),
    ])
    salida: list[Any] = [tabla, Spacer(0, 3)]
    if completo and a.valor_usd is not None:
        if centavos(a.valor_usd) == centavos(total_usd):
            texto = (f"<font color='{VERDE.hexval()}'><b>El valor del aviso ({texto_numero(a.valor_usd, 2)} USD) coincide con "
                     f"el total de las partidas en USD.</b></font>")
        else:
            dif = centavos(a.valor_usd) - centavos(total_usd)
            texto = (f"<font color='{ROJO.hexval()}'><b>El valor del aviso ({texto_numero(a.valor_usd, 2)} USD) no coincide con "
                     f"el total de las partidas ({_miles(centavos(total_usd), 2)} USD): diferencia {_miles(dif, 2)} USD.</b></font>")
        salida.append(Paragraph(texto, e.normal))
    for fid in d.facturas_de(a):
        f = next(x for x in d.exp.facturas if x.id == fid)
        notas = []
        if f.moneda != "USD":
            tasa = tasa_factura(f)
            notas.append(f"convertida a dólares con {texto_numero(tasa)} USD por {_x(f.moneda)}" if tasa is not None
                         else f"en {_x(f.moneda)} sin tipo de cambio aplicado")
        cargos = [(n, v) for n, v in (("fletes", f.fletes), ("seguros", f.seguros)) if v]
        if cargos:
            notas.append(" y ".join(f"{n} {_miles(v, 2)} {_x(f.moneda)}" for n, v in cargos)
                         + " no incluidos en el valor del aviso")
        if notas:
            cab = f"Factura {_x(f.numero or f.id)}" + (f" ({_x(f.incoterm)})" if f.incoterm else "")
            salida.append(Paragraph(f"{cab}: {'; '.join(notas)}.", e.gris))
    return salida


def _resultado(d: _Datos, e: _Estilos, ancho: float, hallazgos: list[Hallazgo]) -> list[Any]:
    errores = sum(1 for h in hallazgos if h.es_error)
    avisos = len(hallazgos) - errores
    if not errores:
        detalle = ("Todas las reglas (R1 a R12) se cumplen." if not avisos else
                   f"Sin errores; {_plural(avisos, 'advertencia', 'advertencias')} por revisar antes de capturarlo.")
        caja = Paragraph(f"<font color='{VERDE.hexval()}'>✔ {LISTO}</font>"
                         f"<font size='8.5' color='{VERDE.hexval()}'>&nbsp;&nbsp;·&nbsp;&nbsp;{detalle}</font>", e.aviso_caja)
        color, fondo = VERDE, VERDE_FONDO
    else:
        caja = Paragraph(
            f"<font color='{ROJO.hexval()}'>✖ Todavía no se puede capturar en VUCEM</font><font size='8.5' color='{ROJO.hexval()}'>"
            f"&nbsp;&nbsp;·&nbsp;&nbsp;{_plural(errores, 'error', 'errores')} por corregir"
            f"{', ' + _plural(avisos, 'advertencia', 'advertencias') if avisos else ''}.</font>",
            e.aviso_caja,
        )
        color, fondo = ROJO, ROJO_FONDO
    marco = Table([[caja]], colWidths=[ancho], hAlign="LEFT")
    marco.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), fondo), ("BOX", (0, 0), (-1, -1), 1, color),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ]))
    salida: list[Any] = [marco]
    if hallazgos:
        salida += [Spacer(0, 4), _tabla_hallazgos(e, ancho, hallazgos)]
    return salida


def _tabla_hallazgos(e: _Estilos, ancho: float, hallazgos: list[Hallazgo]) -> Table:
    filas: list[list[Any]] = [[Paragraph(t, e.encabezado_tabla) for t in ("No.", "Tipo", "Regla", "Hallazgo y qué hacer")]]
    estilo: list[tuple[Any, ...]] = []
    for n, h in enumerate(hallazgos, start=1):
        texto, color, fondo = _SEV[h.severidad]
        campos = f" · campos: {', '.join(h.campos)}" if h.campos else ""
        filas.append([
            Paragraph(str(n), e.etiqueta),
            Paragraph(f"<font color='{color.hexval()}'><b>{texto}</b></font>", e.normal),
            Paragraph(f"<b>{_x(_REGLAS_TEXTO.get(h.regla, h.regla))}</b>", e.normal),
            [Paragraph(_x(h.mensaje), e.normal),
             Paragraph(f"<font color='{GRIS_TEXTO.hexval()}'>{_x(h.codigo)}{_x(campos)}</font>", e.chico)],
        ])
        estilo.append(("BACKGROUND", (0, n), (2, n), fondo))
    return _tabla(filas, [5, 13, 11, 71], ancho, estilo=estilo)


def _nombre_sugerido(texto: str, sufijo: str = "") -> str:
    limpio = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in texto).strip("_") or "documento"
    return f"{limpio}{sufijo}.pdf"


def _tabla_anexos(d: _Datos, e: _Estilos, ancho: float, a: Aviso) -> list[Any]:
    gris = f"<font color='{GRIS_TEXTO.hexval()}'>"
    filas: list[list[Any]] = [[Paragraph(t, e.encabezado_tabla) for t in ("Documento", "Archivo", "Estado")]
                              + [Paragraph("✓" if _FUENTE != "Helvetica" else "OK", e.encabezado_centro)]]
    tipo_txt = {TipoCertificado.MOLINO: "Certificado de molino", TipoCertificado.CALIDAD: "Certificado de calidad"}
    for cid in a.certificados:
        c = d.certs.get(cid)
        if c is None:
            continue
        etiqueta = c.numero or c.id
        archivo = _x(c.archivo) if c.archivo else _falta()
        estado = "Archivo indicado en el expediente." if c.archivo else "Indique o digitalice el archivo del certificado."
        filas.append([Paragraph(f"{tipo_txt.get(c.tipo, 'Certificado')} <b>{_x(etiqueta)}</b>", e.normal),
                      Paragraph(archivo, e.normal), Paragraph(estado, e.chico), _Casilla()])
        idioma = c.idioma.strip().lower()
        if idioma and idioma not in IDIOMAS_ESPANOL:
            nombre_idioma = NOMBRE_IDIOMA.get(idioma, idioma)
            propio = c.extra.get("archivo_traduccion") if isinstance(c.extra.get("archivo_traduccion"), str) else ""
            if propio:
                archivo = _x(propio)
            else:
                base = Path(c.archivo).stem if c.archivo else etiqueta
                archivo = f"{_x(_nombre_sugerido(base, '_traduccion'))}<br/>{gris}<font size='7'>(nombre sugerido)</font></font>"
            estado = ("Traducción marcada como lista." if c.traduccion is True else
                      f"<font color='{ROJO.hexval()}'><b>Falta la traducción (regla R11).</b></font>")
            filas.append([
                Paragraph(f"Traducción libre y completa al español del certificado <b>{_x(etiqueta)}</b> "
                          f"(el original está en {_x(nombre_idioma)}; regla R11)", e.normal),
                Paragraph(archivo, e.normal), Paragraph(estado, e.chico), _Casilla(),
            ])
    for fid in d.facturas_de(a):
        f = next(x for x in d.exp.facturas if x.id == fid)
        propio = f.extra.get("archivo") if isinstance(f.extra.get("archivo"), str) else ""
        archivo = _x(propio) if propio else (
            f"{_x(_nombre_sugerido('factura_' + (f.numero or f.id)))}<br/>{gris}<font size='7'>(nombre sugerido)</font></font>")
        filas.append([
            Paragraph(f"Factura comercial <b>{_x(f.numero or f.id)}</b>"
                      + (f" del {_fecha(f.fecha)}" if f.fecha else "") + (f", {_x(f.proveedor)}" if f.proveedor else ""), e.normal),
            Paragraph(archivo, e.normal),
            Paragraph("Archivo indicado en el expediente." if propio else "Digitalice la factura con este nombre.", e.chico),
            _Casilla(),
        ])
    if not a.partidas_factura:
        filas.append([Paragraph("Factura comercial", e.normal), Paragraph(_falta(), e.normal),
                      Paragraph("El aviso no está vinculado a una factura.", e.chico), _Casilla()])
    if len(filas) == 1:
        filas.append([Paragraph(_falta("certificado"), e.normal), "", "", _Casilla()])
    tabla = _tabla(filas, [44, 27, 23, 6], ancho, estilo=[("ALIGN", (3, 0), (3, -1), "CENTER")])
    nota = Paragraph(
        f"Cada anexo debe ser {_x(d.limites.texto())}. Use «Preparar anexos para VUCEM» para revisarlos y convertirlos.",
        e.gris,
    )
    return [tabla, Spacer(0, 2), nota]


def _firmas(e: _Estilos, ancho: float) -> Table:
    def bloque(titulo: str) -> list[Any]:
        return [
            Paragraph(f"<b>{titulo}</b>", e.normal), Spacer(0, 26),
            Paragraph("_" * 42, e.normal),
            Paragraph("Nombre y firma", e.gris), Spacer(0, 8),
            Paragraph("Fecha: ____ / ____ / ________", e.gris),
        ]

    t = Table([[bloque("Elaboró"), "", bloque("Revisó")]], colWidths=[ancho * 0.46, ancho * 0.08, ancho * 0.46], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.6, GRIS_LINEA), ("BOX", (2, 0), (2, 0), 0.6, GRIS_LINEA),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def _estado_texto(a: Aviso) -> str:
    partes = [NOMBRES_ESTADO.get(a.estado, str(a.estado))]
    if a.folio_vucem:
        partes.append(f"folio VUCEM {a.folio_vucem}")
    if a.numero_aviso:
        partes.append(f"aviso núm. {a.numero_aviso}")
    return _x(" · ".join(partes))


# ------------------------------------------------------------------------------------------
# sections


def _seccion_aviso(d: _Datos, e: _Estilos, ancho: float, a: Aviso, solo: bool) -> list[Any]:
    hallazgos = d.hallazgos(a, solo)
    listo = not any(h.es_error for h in hallazgos)
    fraccion = "-".join(x for x in (a.fraccion, a.nico) if x)
    certs = [d.certs[c] for c in a.certificados if c in d.certs]
    resultado = (f"<font color='{VERDE.hexval()}'><b>{LISTO}</b></font>" if listo else
                 f"<font color='{ROJO.hexval()}'><b>{_plural(sum(h.es_error for h in hallazgos), 'error', 'errores')} por corregir</b></font>")
    historia: list[Any] = [
        _Marca(f"Aviso {a.id}"),
        Paragraph(f"Aviso {_x(a.id)}" + (f" · fracción {_x(fraccion)}" if fraccion else ""), e.titulo),
        Paragraph("Lista de verificación para capturar el aviso automático de importación de productos siderúrgicos "
                  "(trámite 130118) en la Ventanilla Digital (VUCEM).", e.subtitulo),
        _cabecera(d, e, ancho, [("Estado", _estado_texto(a)), ("Resultado", resultado)]),
        Paragraph("1. Campos del aviso, en el orden de VUCEM", e.seccion),
        Paragraph("Capture cada valor tal como aparece en negritas; marque la casilla al capturarlo.", e.gris),
        Spacer(0, 3),
        _tabla_campos(d, e, ancho, a, hallazgos),
        CondPageBreak(40 * mm),
        Paragraph("2. Certificados, coladas y margen de volumen", e.seccion),
        *_tabla_certificados(d, e, ancho, certs),
        CondPageBreak(40 * mm),
        Paragraph("3. Partidas de la factura que ampara el aviso", e.seccion),
        *_tabla_partidas(d, e, ancho, a),
        CondPageBreak(35 * mm),
        Paragraph("4. Resultado de la revisión", e.seccion),
        *_resultado(d, e, ancho, hallazgos),
        CondPageBreak(40 * mm),
        Paragraph("5. Anexos que pide VUCEM", e.seccion),
        *_tabla_anexos(d, e, ancho, a),
        Spacer(0, 12),
        KeepTogether([Paragraph("6. Firmas", e.seccion), _firmas(e, ancho)]),
    ]
    return historia


def _tabla_facturas(d: _Datos, e: _Estilos, ancho: float, avisos: list[Aviso]) -> Table:
    """Per invoice: its total in USD and what the notices of this list that use it add up to (R6)."""
    chico = f"<font size='7' color='{GRIS_TEXTO.hexval()}'>"
    filas: list[list[Any]] = [[Paragraph(t, e.encabezado_tabla) for t in (
        "Factura", "Proveedor", "Total de partidas", "Total en USD", "Avisos que la usan", "Suma de los avisos (USD)")]]
    for f in d.exp.facturas:
        ids = {p.id for p in f.partidas}
        suyos = [a for a in avisos if ids & set(a.partidas_factura)]
        tasa = tasa_factura(f)
        acero = [p for p in f.partidas if p.fraccion[:2] in CAPITULOS_ACERO or not p.fraccion]  # as rule R6 sums
        importes = [importe_partida(p) for p in acero]
        total = sum((i for i in importes if i is not None), Decimal(0))
        total_usd = centavos(total * tasa) if tasa is not None and None not in importes else None
        suma = centavos(sum((a.valor_usd for a in suyos if a.valor_usd is not None), Decimal(0)))
        if not suyos:
            suma_txt = f"{chico}ningún aviso de esta lista</font>"
        elif total_usd is not None and suma == total_usd:
            suma_txt = f"<font color='{VERDE.hexval()}'><b>{_miles(suma, 2)}</b></font><br/>{chico}coincide</font>"
        elif total_usd is not None:
            suma_txt = (f"<font color='{ROJO.hexval()}'><b>{_miles(suma, 2)}</b></font><br/>"
                        f"<font size='7' color='{ROJO.hexval()}'>diferencia {_miles(suma - total_usd, 2)}</font>")
        else:
            suma_txt = _miles(suma, 2)
        filas.append([
            Paragraph(f"<b>{_x(f.numero or f.id)}</b>" + (f"<br/>{chico}{_fecha(f.fecha)}</font>" if f.fecha else ""), e.normal),
            Paragraph(_x(f.proveedor) or _falta(), e.normal),
            Paragraph(f"{_miles(total, 2)}<br/>{chico}{_x(f.moneda)} · {_plural(len(acero), 'partida', 'partidas')} de acero</font>", e.numero),
            Paragraph(_miles(total_usd, 2) if total_usd is not None else _falta("sin tipo de cambio"), e.numero),
            Paragraph(_x(", ".join(a.id for a in suyos)) or "—", e.normal),
            Paragraph(suma_txt, e.numero),
        ])
    return _tabla(filas, [16, 24, 16, 14, 14, 16], ancho)


def _seccion_resumen(d: _Datos, e: _Estilos, ancho: float, avisos: list[Aviso]) -> list[Any]:
    listos = [a for a in avisos if d.listo(a)]
    historia: list[Any] = [
        _Marca("Resumen del expediente"),
        Paragraph("Resumen del expediente", e.titulo),
        Paragraph(f"{_plural(len(avisos), 'aviso', 'avisos')} en esta lista; cada uno sigue en su propia sección.", e.subtitulo),
        _cabecera(d, e, ancho, [
            ("Avisos", f"{len(avisos)} · <font color='{VERDE.hexval()}'><b>{len(listos)} listos</b></font>"
                       + (f" · <font color='{ROJO.hexval()}'><b>{len(avisos) - len(listos)} con errores</b></font>"
                          if len(listos) < len(avisos) else "")),
            ("Facturas", _x(", ".join(f.numero or f.id for f in d.exp.facturas)) or _falta()),
        ]),
        Paragraph("Avisos", e.seccion),
    ]
    filas: list[list[Any]] = [[Paragraph(t, e.encabezado_tabla) for t in (
        "Aviso", "Fracción y NICO", "Cantidad", "Valor en USD", "Certificados", "Estado", "Resultado")]]
    total_valor = Decimal(0)
    total_kg = Decimal(0)
    for a in avisos:
        hs = d.hallazgos(a, False)
        errores = sum(1 for h in hs if h.es_error)
        resultado = (f"<font color='{VERDE.hexval()}'><b>{LISTO}</b></font>" if not errores else
                     f"<font color='{ROJO.hexval()}'><b>{_plural(errores, 'error', 'errores')}</b></font>")
        advertencias = len(hs) - errores
        if advertencias:
            resultado += f"<br/><font color='{AMBAR.hexval()}' size='7.5'>{_plural(advertencias, 'advertencia', 'advertencias')}</font>"
        if a.valor_usd is not None:
            total_valor += a.valor_usd
        kg = d.cantidad_kg(a)
        if kg is not None:
            total_kg += kg
        filas.append([
            Paragraph(f"<b>{_x(a.id)}</b>", e.normal),
            Paragraph(_x(" - ".join(x for x in (a.fraccion, a.nico) if x)) or _falta(), e.normal),
            Paragraph(f"{_x(texto_numero(a.cantidad))} {_x(d.umt(a))}" if a.cantidad is not None else _falta(), e.numero),
            Paragraph(_x(texto_numero(a.valor_usd, 2)) if a.valor_usd is not None else _falta(), e.numero),
            Paragraph(_x(", ".join(d.certs[c].numero or c for c in a.certificados if c in d.certs)) or _falta(), e.normal),
            Paragraph(_estado_texto(a), e.normal),
            Paragraph(resultado, e.normal),
        ])
    filas.append([
        Paragraph("<b>Total</b>", e.normal), "", Paragraph(f"<b>{_kg(total_kg)} kg</b>", e.numero),
        Paragraph(f"<b>{_miles(total_valor, 2)}</b>", e.numero), "", "", "",
    ])
    historia.append(_tabla(filas, [7, 16, 13, 13, 19, 11, 21], ancho, estilo=[("BACKGROUND", (0, -1), (-1, -1), GRIS_FONDO)]))

    usados = list(dict.fromkeys(c for a in avisos for c in a.certificados if c in d.certs))
    if usados:
        historia += [CondPageBreak(40 * mm), Paragraph("Certificados y margen de volumen", e.seccion),
                     *_tabla_certificados(d, e, ancho, [d.certs[c] for c in usados])]

    historia += [CondPageBreak(35 * mm), Paragraph("Facturas y valor de los avisos", e.seccion),
                 _tabla_facturas(d, e, ancho, avisos)]

    # expediente findings not printed with a notice
    impresos = {id(h) for a in avisos for h in d.hallazgos(a, False)}
    restantes = [h for h in d.revision.expediente if id(h) not in impresos]
    titulo = Paragraph("Hallazgos del expediente", e.seccion)
    if restantes:
        historia += [CondPageBreak(35 * mm), titulo, _tabla_hallazgos(e, ancho, restantes)]
    else:
        historia.append(KeepTogether([titulo, Paragraph("Ninguno fuera de los que se muestran en cada aviso.", e.normal)]))
    return historia


# ------------------------------------------------------------------------------------------
# public API


def generar_checklist(
    exp: Expediente,
    revision: Revision,
    catalogos: Catalogos,
    destino: Path | str | IO[bytes],
    *,
    avisos: Sequence[str] | None = None,
    tamano: str = "carta",
    nombre_expediente: str = "",
    impreso: datetime | None = None,
    limites: LimitesVucem | None = None,
) -> int:
    """Write the printable checklist of ``exp`` to ``destino`` (a path or a binary stream).

    ``avisos`` limits it to those notice ids (in that order); by default every notice. With more
    than one notice an expediente summary comes first. ``tamano`` is ``"carta"`` (Letter) or
    ``"a4"``. Returns the number of pages. Raises ``ValueError`` (Spanish message) for an unknown
    paper size or notice id; nothing is written then.
    """
    clave = tamano.strip().lower()
    if clave not in TAMANOS:
        raise ValueError(f"Tamaño de papel «{tamano}» no válido; use «carta» o «a4».")
    if avisos is None:
        elegidos = list(exp.avisos)
    else:
        elegidos = []
        for aid in avisos:
            a = exp.aviso(aid)
            if a is None:
                raise ValueError(f"El expediente no tiene el aviso «{aid}».")
            elegidos.append(a)
    impreso = impreso or datetime.now()
    nombre = nombre_expediente.strip() or str(exp.extra.get("nombre") or "").strip()
    if not nombre:
        numeros = [f.numero for f in exp.facturas if f.numero]
        nombre = ("Factura " + ", ".join(numeros)) if numeros else "sin nombre"
    datos = _Datos(exp, revision, catalogos, nombre, impreso, limites or LimitesVucem())
    e = _estilos()
    fuente, fuente_negrita = _registrar_fuentes()

    pagina = TAMANOS[clave]
    margen = 15 * mm
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=pagina, leftMargin=margen, rightMargin=margen, topMargin=22 * mm, bottomMargin=19 * mm,
        title=f"Lista de verificación AAIPS – {nombre}", author=APP_NAME, subject="Avisos automáticos de importación de productos siderúrgicos",
        creator=f"{APP_NAME} {__version__}", lang="es-MX",
    )
    marco = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="cuerpo", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="pagina", frames=[marco], onPageEnd=_decorar(datos, margen, fuente, fuente_negrita))])
    ancho = doc.width

    historia: list[Any] = []
    if len(elegidos) > 1:
        historia += _seccion_resumen(datos, e, ancho, elegidos)
        historia.append(PageBreak())
    if not elegidos:
        historia += [_Marca("Expediente"), Paragraph("Lista de verificación", e.titulo),
                     _cabecera(datos, e, ancho, []), Spacer(0, 8),
                     Paragraph(_falta("el expediente no tiene avisos: use «Proponer avisos»" if not exp.avisos
                                      else "no se eligió ningún aviso para imprimir"), e.normal)]
    for i, a in enumerate(elegidos):
        if i:
            historia.append(PageBreak())
        historia += _seccion_aviso(datos, e, ancho, a, solo=len(elegidos) == 1)

    total: list[int] = []
    doc.build(historia, canvasmaker=_lienzo_numerado(total, fuente, impreso))
    datos_pdf = buffer.getvalue()
    if isinstance(destino, (str, Path)):
        ruta = Path(destino)
        tmp = ruta.with_name(f".{ruta.name}.tmp")
        try:
            tmp.write_bytes(datos_pdf)
            tmp.replace(ruta)
        finally:
            tmp.unlink(missing_ok=True)
    else:
        destino.write(datos_pdf)
    return total[0] if total else 0
