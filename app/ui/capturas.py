"""``aaips screenshots DIR``: render the main window, every wizard step and the dialogs to PNG.

Everything is built in a temporary data folder from the bundled demo expediente
(``resources/demo/expediente_demo.json``), so the user's own database is never touched.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

FECHA_DEMO = date(2025, 8, 4)
TAM_VENTANA = (1366, 820)
TAM_ASISTENTE = (1240, 860)


def _aplicacion():
    if not os.environ.get("QT_QPA_PLATFORM"):
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.ui.aplicacion import crear_aplicacion

    return crear_aplicacion()


def _procesar(app, veces: int = 6) -> None:
    for _ in range(veces):
        app.processEvents()


def _guardar(widget, ruta: Path, app) -> Path:
    _procesar(app)
    widget.grab().save(str(ruta), "PNG")
    return ruta


def _esperar(app, condicion: Callable[[], object], segundos: float = 90.0, estado: Callable[[], str] | None = None) -> None:
    """Process events until ``condicion()`` holds (work running off the UI thread).

    ``estado`` gives what the window says meanwhile (its status line), quoted if it never holds."""
    limite = time.monotonic() + segundos
    while not condicion():
        if time.monotonic() > limite:
            dice = f" La ventana dice: «{estado()}»." if estado is not None else ""
            raise TimeoutError(f"la captura esperó demasiado a una operación en segundo plano.{dice}")
        app.processEvents()
        time.sleep(0.01)
    _procesar(app)


def _factura_demo(ruta: Path) -> Path:
    """A supplier's invoice workbook as they come: title rows, a header, lines, a bad row, totals."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Commercial Invoice"
    ws.append(["HANBIT STEEL CO., LTD. — COMMERCIAL INVOICE"])
    ws.append(["Invoice No.", "HB-25-0815", None, "Date", "2025-07-28"])
    ws.append([])
    ws.append(["Item", "Description of goods", "HS Code", "Origin", "Qty (MT)", "Unit Price (USD/MT)", "Amount (USD)",
               "MTC No."])
    ws.append([1, "PPGI coil CGCC 0.45 x 1220 mm Z120 RAL 9002", "7210.70.02", "Korea", 52.4, 890, 46636,
               "HB-PO-2506-33871"])
    ws.append([2, "PPGI coil CGCC 0.50 x 1220 mm Z120 RAL 9002", "7210.70.02", "Korea", 31.25, 885, 27656.25,
               "HB-PO-2506-33871"])
    ws.append([3, "GI coil DX51D Z180 0.60 x 1250 mm", "7210.49.99", "Korea", "18,3 MT x", 760, 13908, "HB-PO-2506-33902"])
    ws.append([4, "GI coil DX51D Z180 0.80 x 1250 mm", "7210.49.99", "Korea", 22.1, 755, 16685.5, "HB-PO-2506-33902"])
    ws.append([None, "TOTAL", None, None, 124.05, None, 104885.75])
    ws.append(["Payment: T/T 30 days. Packing: export standard."])
    wb.save(ruta)
    return ruta


def _pdf_color(ruta: Path) -> Path:
    """A colour scan at 150 dpi: what VUCEM refuses (colour, resolution)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1275, 1650), "white")
    d = ImageDraw.Draw(img)
    d.rectangle((80, 80, 1195, 260), outline=(30, 60, 160), width=6)
    d.text((110, 120), "MARMARA DEMIR CELIK - MILL TEST CERTIFICATE  MDC-25-071182", fill=(30, 60, 160))
    for i in range(24):
        d.line((110, 320 + i * 48, 1160, 320 + i * 48), fill=(160, 40, 40) if i % 5 == 0 else (90, 90, 90), width=2)
    d.ellipse((900, 1350, 1120, 1570), outline=(20, 120, 40), width=8)
    img.save(ruta, "PDF", resolution=150)
    return ruta


def preparar_demo(paths, almacen) -> dict[str, int]:
    """Fill ``almacen`` with the demo expediente (twice, one already filed) and a deleted notice."""
    from app.domain.archivo import leer_expediente
    from app.domain.model import EstadoAviso

    texto = (paths.recursos / "demo" / "expediente_demo.json").read_bytes()
    exp = leer_expediente(texto)
    anterior = almacen.guardar_expediente(exp, nombre="Alambrón Bremen y varilla, junio 2025")
    almacen.cambiar_estado(anterior, "A3", EstadoAviso.PRESENTADO, folio_vucem="0130118-2025-004821")
    almacen.cambiar_estado(anterior, "A3", EstadoAviso.EMITIDO, numero_aviso="AAIPS-2025-118734")
    almacen.eliminar_aviso(anterior, "A2")
    actual = almacen.guardar_expediente(exp, nombre="Varilla Turquía y lámina Corea, julio 2025")
    return {"anterior": anterior, "actual": actual}


def generar_capturas(paths, destino: Path) -> list[Path]:
    """Render the screenshots into ``destino``; returns the PNG files written (in order)."""
    from app.paths import Paths

    destino = Path(destino)
    destino.mkdir(parents=True, exist_ok=True)
    app = _aplicacion()
    escritos: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="aaips-capturas-") as tmp:
        demo_paths = Paths(datos=Path(tmp), programa=paths.programa).crear()
        escritos = _capturar(app, demo_paths, destino)
    return escritos


def _capturar(app, paths, destino: Path) -> list[Path]:
    from app.store import abrir_almacen
    from app.ui import dialogos
    from app.ui.aplicacion import construir_ventana
    from app.ui.asistente import Pagina
    from app.ui.preferencias import DialogoPreferencias

    almacen = abrir_almacen(paths.base_datos, paths.respaldos)
    ids = preparar_demo(paths, almacen)
    ventana = construir_ventana(paths, app, almacen=almacen, hoy=lambda: FECHA_DEMO)
    escritos: list[Path] = []
    originales = {n: getattr(dialogos, n) for n in ("error", "advertir", "informar")}
    for n in originales:  # a screenshot run never waits on a message box
        setattr(dialogos, n, lambda *a, **k: None)
    try:
        ventana.resize(*TAM_VENTANA)
        ventana.show()
        _procesar(app)
        ventana.refrescar()
        ventana.seleccionar_aviso(ids["actual"], "A2")
        escritos.append(_guardar(ventana, destino / "01_ventana_principal.png", app))

        def paso(clave: str, pagina: Pagina, nombre: str, preparar: Callable | None = None) -> None:
            w = ventana.abrir(ids["actual"], clave)
            assert w is not None
            w.resize(*TAM_ASISTENTE)
            w.ir_a(pagina, guardar=False)
            if preparar is not None:
                preparar(w)
            w.revisar_ahora()
            escritos.append(_guardar(w, destino / nombre, app))

        def buscar_fraccion(w) -> None:
            w.pagina(Pagina.FRACCION).buscador.setText("7214.20")

        paso("A1", Pagina.FRACCION, "02_paso1_fraccion_nico.png", buscar_fraccion)
        paso("A2", Pagina.CANTIDAD, "03_paso2_cantidad_valor_euros.png")
        paso("A1", Pagina.PAISES, "04_paso3_paises.png")
        paso("A2", Pagina.CERTIFICADOS, "05_paso4_certificados.png")
        escritos += _capturar_revision_certificado(app, ventana, paths, destino)
        paso("A3", Pagina.FABRICANTE, "06_paso5_fabricante_molino.png")
        paso("A1", Pagina.FABRICANTE, "07_molino_no_encontrado.png")
        paso("A1", Pagina.DESCRIPCION, "08_paso6_descripcion.png")
        paso("A2", Pagina.REVISION, "09_paso7_revision_con_hallazgos.png")
        paso("A3", Pagina.REVISION, "10_paso7_revision_listo_para_vucem.png")

        def error_en_vivo(w) -> None:
            pag = w.pagina(Pagina.CANTIDAD)
            pag.cantidad.setText("212000")
            pag.editar(pag._leer_cantidad)

        paso("A1", Pagina.CANTIDAD, "11_revision_en_vivo_error_r5.png", error_en_vivo)
        w = ventana.asistentes[(ids["actual"], "A1")]
        pag = w.pagina(Pagina.CANTIDAD)
        pag.cantidad.setText("200000")  # the example error is undone before anything is kept
        pag.editar(pag._leer_cantidad)
        for w in list(ventana.asistentes.values()):
            w.close()
        _procesar(app)

        prefs = DialogoPreferencias(ventana.servicios, ventana)
        prefs.show()
        escritos.append(_guardar(prefs, destino / "12_preferencias.png", app))
        prefs.pestanas.setCurrentIndex(1)
        escritos.append(_guardar(prefs, destino / "13_preferencias_catalogos.png", app))
        prefs.close()

        ventana.ver_papelera()
        escritos.append(_guardar(ventana, destino / "14_papelera.png", app))
        ventana.ver_todos()
        ventana.busqueda.setText("marmara")
        ventana.aplicar_filtro()
        escritos.append(_guardar(ventana, destino / "15_busqueda.png", app))
        ventana.limpiar_filtros()
        escritos += _capturar_facturas_y_mas(app, ventana, paths, almacen, ids, destino)
    finally:
        for n, f in originales.items():
            setattr(dialogos, n, f)
        for w in list(ventana.asistentes.values()):
            w.close()
        ventana.close()
        ventana.deleteLater()
        _procesar(app)
        from PySide6.QtCore import QEvent

        # processEvents() leaves deferred deletions pending: delete the window (its timers and its
        # worker pool) now, so nothing of it runs later against the removed temporary folder
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        almacen.cerrar()
    return escritos


def _capturar_facturas_y_mas(app, ventana, paths, almacen, ids: dict[str, int], destino: Path) -> list[Path]:
    """Invoices, import, split, exchange rates, catalog preview, mill registration, checklist, attachments."""
    from app.domain.archivo import leer_expediente
    from app.domain.model import Partida
    from app.report.catalogos_excel import guardar_tipos_cambio
    from app.report.tipos_cambio import tipo_cambio_manual
    from app.store import SolicitudMolino
    from app.ui import dialogos
    from app.ui.asistente import Pagina

    escritos: list[Path] = []
    trabajo = Path(tempfile.mkdtemp(prefix="aaips-capturas-archivos-", dir=paths.datos))
    hoy = FECHA_DEMO

    # the main window with an expediente chosen: each invoice against its notices
    ventana.refrescar()
    ventana._elegir_expediente(ids["actual"])
    _procesar(app)
    escritos.append(_guardar(ventana, destino / "16_ventana_expediente_factura_contra_avisos.png", app))

    # invoices of the expediente
    facturas = ventana.abrir_facturas(ids["actual"])
    facturas.resize(1240, 760)
    facturas.elegir_factura("F1")
    escritos.append(_guardar(facturas, destino / "17_facturas_partidas_y_total.png", app))

    # import from a supplier's workbook: the column mapping and the preview, one bad row and the totals row
    originales = {n: getattr(dialogos, n) for n in ("elegir_archivo_abrir", "elegir_archivo_guardar", "elegir_carpeta",
                                                     "confirmar")}
    libro = _factura_demo(trabajo / "HB-25-0815.xlsx")
    dialogos.elegir_archivo_abrir = lambda *a, **k: libro
    try:
        facturas.lista.setCurrentRow(facturas.lista.count() - 1)
        importacion = facturas.importar()
        _esperar(app, lambda: importacion.tabla is not None)
        importacion.campo_proveedor.setText("Hanbit Steel Co., Ltd.")
        importacion.resize(1240, 820)
        escritos.append(_guardar(importacion, destino / "18_importar_factura_columnas_y_vista_previa.png", app))
        importacion.reject()
        facturas.close()

        # an expediente whose invoice has no notices yet: the proposal
        exp = leer_expediente((paths.recursos / "demo" / "expediente_demo.json").read_bytes())
        f1 = exp.facturas[0]
        extra = (Partida(id="F1-3", descripcion="Rebar BS4449 B500B 16 mm x 12 m", fraccion="72142001", nico="00",
                         cantidad=Decimal("40.000"), unidad="TNE", precio_unitario=Decimal("592.00"),
                         importe=Decimal("23680.00"), pais_origen="TUR", certificado="C1"),
                 Partida(id="F1-4", descripcion="Tie wire PVC coated 1.2 mm", fraccion="85444999", nico="99",
                         cantidad=Decimal("2.000"), unidad="TNE", precio_unitario=Decimal("1100.00"),
                         importe=Decimal("2200.00"), pais_origen="TUR"))
        exp = replace(exp, facturas=(replace(f1, partidas=f1.partidas + extra), *exp.facturas[1:]), avisos=())
        nuevo = almacen.guardar_expediente(exp, nombre="Varilla Turquía, agosto 2025 (sin avisos)")
        ventana.refrescar()
        propuesta = ventana.proponer_avisos(nuevo)
        propuesta.resize(1240, 640)
        escritos.append(_guardar(propuesta, destino / "19_propuesta_de_avisos_con_motivos.png", app))
        propuesta.reject()

        # exchange rates: a month typed with its source
        guardar_tipos_cambio(paths, [
            tipo_cambio_manual("EUR", "2025-06", "1.1530", "usd_por_unidad", "DOF 01/07/2025, equivalencias", hoy=hoy),
            tipo_cambio_manual("MXN", "2025-06", "18.9185", "unidades_por_usd", "Banxico FIX 30/06/2025", hoy=hoy),
            tipo_cambio_manual("MXN", "2025-07", "18.6735", "unidades_por_usd", "Banxico FIX 31/07/2025", hoy=hoy),
        ], hoy=hoy)
        ventana.servicios.recargar_catalogos()
        ventana.catalogos_cambiados()
        tipos = ventana.tipos_cambio()
        tipos.valor.setText("1.1412")
        tipos.moneda.fijar_clave("EUR")
        tipos.expresion.setCurrentIndex(tipos.expresion.findData("usd_por_unidad"))
        tipos.mes.setText("2025-07")
        tipos.fuente.setText("DOF 01/08/2025, equivalencias")
        escritos.append(_guardar(tipos, destino / "20_tipos_de_cambio.png", app))
        tipos.close()

        # the value step shows which rate it would use
        w = ventana.abrir(ids["actual"], "A2")
        w.resize(*TAM_ASISTENTE)
        w.ir_a(Pagina.CANTIDAD, guardar=False)
        w.revisar_ahora()
        escritos.append(_guardar(w, destino / "21_paso2_tipo_de_cambio_publicado.png", app))
        w.close()

        # a catalog import: what is added, removed and changed before applying
        csv = trabajo / "molinos_se.csv"
        csv.write_text("clave,nombre,empresa,pais\n"
                       "SE00006,ARCELORMITTAL BREMEN STEEL PLANT (HOT STRIP MILL),ARCELORMITTAL BREMEN GMBH,Alemania\n"
                       "SE00123,MARMARA DEMIR CELIK - GEBZE MELTSHOP,MARMARA DEMIR CELIK SAN. VE TIC. A.S.,Turquía\n"
                       "SE00131,HANBIT STEEL POHANG WORKS,HANBIT STEEL CO. LTD.,Corea del Sur\n"
                       "SE0014,PLANTA SIN CLAVE VALIDA,EMPRESA,China\n", encoding="utf-8")
        prefs = ventana.dialogo_preferencias()
        prefs.pestanas.setCurrentIndex(1)
        fila = next(i for i in range(prefs.tabla.rowCount()) if prefs.tabla.item(i, 0).data(0x0100) == "molinos")
        prefs.tabla.selectRow(fila)
        dialogos.elegir_archivo_abrir = lambda *a, **k: csv
        vista = prefs.importar_catalogo()
        _esperar(app, lambda: vista.actualizacion is not None or vista.error)
        vista.resize(1000, 640)
        escritos.append(_guardar(vista, destino / "22_vista_previa_de_catalogo.png", app))
        vista.reject()
        prefs.pestanas.setCurrentWidget(prefs.pestana_anexos)
        escritos.append(_guardar(prefs, destino / "23_preferencias_anexos_vucem.png", app))
        prefs.close()

        # mill registration: the request, the letter and an overdue follow-up
        w = ventana.abrir(ids["actual"], "A1")
        alta = w.preparar_alta()
        alta.empresa.setText("MARMARA DEMIR CELIK SAN. VE TIC. A.S.")
        alta.contacto.setText("Mehmet Yilmaz, Quality Manager")
        alta.enviada.setDate(alta.enviada.date().addDays(-20))
        alta.marcar_enviada()
        alta.resize(1240, 780)
        escritos.append(_guardar(alta, destino / "24_solicitud_de_alta_de_molino.png", app))
        alta.close()
        w.close()
        almacen.guardar_solicitud_molino(SolicitudMolino(
            molino_nombre="HANBIT STEEL POHANG WORKS", expediente_id=ids["actual"], aviso_clave="A2", pais="KOR",
            estado="enviada", enviada=date(2025, 7, 30), respuesta_esperada=date(2025, 8, 13)))
        ventana.estado_altas()
        altas = ventana.altas_molino()
        escritos.append(_guardar(altas, destino / "25_solicitudes_de_alta_seguimiento.png", app))
        altas.close()

        # the printable checklist
        ventana.ver_todos()
        ventana.refrescar()
        ventana.seleccionar_aviso(ids["actual"], "A3")
        previa = ventana.vista_previa_aviso()
        _esperar(app, lambda: previa.imagenes, estado=lambda: previa.estado.text())
        previa.resize(1000, 880)
        escritos.append(_guardar(previa, destino / "26_vista_previa_lista_de_verificacion.png", app))
        previa.close()

        # attachments: a colour scan flagged, the invoice still missing
        pdf = _pdf_color(trabajo / "MDC-25-071182.pdf")
        ventana.seleccionar_aviso(ids["actual"], "A1")
        anexos = ventana.anexos()
        _esperar(app, lambda: anexos.revisiones >= 1)
        anexos.tabla.selectRow(0)
        dialogos.elegir_archivo_abrir = lambda *a, **k: pdf
        anexos.elegir_archivo()
        _esperar(app, lambda: anexos.revisiones >= 2)
        anexos.tabla.selectRow(0)
        anexos.resize(1040, 680)
        escritos.append(_guardar(anexos, destino / "27_anexos_para_vucem.png", app))
        anexos.close()
        escritos.append(_guardar(ventana, destino / "28_ventana_principal_alta_vencida.png", app))
    finally:
        for n, f in originales.items():
            setattr(dialogos, n, f)
    return escritos


def _certificado_demo(ruta: Path) -> Path:
    """A mill test certificate of the demo's Turkish mill, drawn with reportlab (text layer)."""
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(ruta), pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 50, "MARMARA DEMIR CELIK SAN. VE TIC. A.S.")
    c.setFont("Helvetica", 9)
    c.drawString(40, h - 64, "Organize Sanayi Bolgesi 4. Cad. No. 12, 41400 Gebze, Kocaeli / TURKEY")
    c.drawString(40, h - 76, "Tel: +90 262 555 0142   E-mail: quality@marmarademir.example")
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(w / 2, h - 112, "MILL TEST CERTIFICATE  EN 10204 3.1")
    c.setFont("Helvetica", 9.5)
    filas = [("Certificate No.:", "MDC-25-071182", "Customer:", "Importadora Ejemplo SA de CV"),
             ("Date of Issue:", "09.07.2025", "Order No.:", "PO-7781"),
             ("Product:", "Deformed steel bars (rebar)", "Standard:", "BS 4449:2005 B500B"),
             ("Size:", "12 mm and 25 mm x 12 m", "", "")]
    y = h - 145
    for a, b, d, e in filas:
        c.drawString(40, y, a)
        c.drawString(130, y, b)
        c.drawString(330, y, d)
        c.drawString(400, y, e)
        y -= 15
    y -= 10
    cab = ["Heat No.", "C %", "Mn %", "P %", "S %", "Re MPa", "Rm MPa", "Weight (kg)"]
    datos = [["H25-4471", "0.21", "0.78", "0.018", "0.022", "545", "655", "67,120"],
             ["H25-4472", "0.20", "0.81", "0.021", "0.019", "552", "661", "66,980"],
             ["H25-4475", "0.22", "0.75", "0.017", "0.024", "548", "659", "67,250"],
             ["TOTAL", "", "", "", "", "", "", "201,350"]]
    anchos = [80, 50, 50, 50, 50, 60, 60, 90]
    c.setLineWidth(0.6)
    for i, fila in enumerate([cab, *datos]):
        x = 40
        c.line(40, y, 40 + sum(anchos), y)
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
        for ancho, celda in zip(anchos, fila, strict=True):
            c.drawString(x + 3, y - 11, celda)
            x += ancho
        y -= 16
    c.line(40, y, 40 + sum(anchos), y)
    y -= 24
    c.setFont("Helvetica", 9.5)
    c.drawString(40, y, "Country of melt and pour: TURKEY")
    c.drawString(40, y - 14, "We certify that the material has been manufactured and tested as required by the standard.")
    azul = Color(0.1, 0.2, 0.75)
    c.setStrokeColor(azul)
    c.setLineWidth(2)
    c.circle(320, 150, 32)
    c.setFillColor(azul)
    c.setFont("Helvetica-Bold", 7)
    c.drawCentredString(320, 148, "MARMARA QC")
    c.setFillColor(Color(0, 0, 0))
    c.setFont("Helvetica", 9)
    c.drawString(400, 165, "Authorized signatory")
    c.drawString(400, 120, "Mehmet Yilmaz, QC Manager")
    c.showPage()
    c.save()
    return ruta


def _capturar_revision_certificado(app, ventana, paths, destino: Path) -> list[Path]:
    """Step 4's review panel after reading a certificate PDF: values beside the page, boxes on it."""
    from PySide6.QtCore import QCoreApplication

    from app.ui.asistente.pag_certificados import IDIOMAS
    from app.ui.revision_certificado import COL_VALOR, DialogoRevision, leer_para_revision

    trabajo = Path(tempfile.mkdtemp(prefix="aaips-capturas-pdf-", dir=paths.datos))
    pdf = _certificado_demo(trabajo / "MDC-25-071182.pdf")
    resultado = leer_para_revision(pdf, paths)
    paises = ventana.servicios.catalogos.paises
    dlg = DialogoRevision(resultado, idiomas=[(k, QCoreApplication.translate("PaginaCertificados", n)) for k, n in IDIOMAS],
                          nombre_pais=paises.nombre if paises else None,
                          claves_pais=(lambda k: k in paises) if paises else None)
    dlg.resize(*TAM_VENTANA)
    dlg.show()
    _procesar(app)
    dlg.aceptar_marcados()
    dlg.rechazar(dlg.fila("productor.telefono"))
    dlg.corregir(dlg.fila("descripcion"), "Deformed steel bars (rebar), 12 mm and 25 mm x 12 m")
    dlg.tabla.setCurrentCell(dlg.fila("coladas"), COL_VALOR)
    try:
        return [_guardar(dlg, destino / "05b_paso4_revision_del_pdf_leido.png", app)]
    finally:
        dlg.close()
        dlg.deleteLater()
        _procesar(app)
