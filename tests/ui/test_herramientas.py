"""Catalog updates with a preview, exchange rates used by the wizard, mill registration and its
follow-up, the Excel register, the printable checklist and the attachments for VUCEM."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pypdfium2 as pdfium
from openpyxl import Workbook, load_workbook
from PIL import Image, ImageDraw
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.report.adjuntos import revisar_adjunto
from app.ui.asistente import Pagina

from .conftest import HOY, abrir_aviso

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _codigos(w) -> set[str]:
    w.revisar_ahora()
    return {h.codigo for h in w.hallazgos}


def _molinos_xlsx(ruta, filas):
    wb = Workbook()
    ws = wb.active
    ws.append(["Catálogo de molinos de la SE", None, None, None])
    ws.append(["CLAVE", "NOMBRE DE LA PLANTA", "EMPRESA PROPIETARIA", "PAÍS"])
    for f in filas:
        ws.append(f)
    wb.save(ruta)
    return ruta


def test_catalogo_con_vista_previa_de_lo_que_cambia_y_los_hallazgos_cambian(ventana, qtbot, tmp_path, demo,
                                                                          dialogos_falsos):
    w = abrir_aviso(ventana, qtbot, demo, "A1")  # its mill (MARMARA ...) is not in the bundled catalog
    assert "MOLINO_NO_EN_CATALOGO" in _codigos(w)
    prefs = ventana.dialogo_preferencias()
    fila = next(i for i in range(prefs.tabla.rowCount())
                if prefs.tabla.item(i, 0).data(Qt.ItemDataRole.UserRole) == "molinos")
    prefs.tabla.selectRow(fila)
    dialogos_falsos.abrir = _molinos_xlsx(tmp_path / "molinos.xlsx", [
        ["SE00006", "ARCELORMITTAL BREMEN STEEL PLANT", "ARCELORMITTAL BREMEN GMBH & CO", "Alemania"],
        ["SE00123", "MARMARA DEMIR CELIK - GEBZE MELTSHOP", "MARMARA DEMIR CELIK SAN. VE TIC. A.S.", "Turquía"],
        ["X-1", "SIN CLAVE", "", ""]])
    vista = prefs.importar_catalogo()
    qtbot.waitUntil(lambda: vista.actualizacion is not None, timeout=5000)
    assert [vista.pestanas.tabText(i) for i in range(4)] == ["Nuevas (1)", "Eliminadas (0)", "Con cambios (1)",
                                                             "Filas no usadas (1)"]
    assert vista.agregadas.item(0, 0).text() == "SE00123"
    cambios = [[vista.cambiadas.item(0, j).text() for j in range(4)]]
    assert cambios == [["SE00006", "empresa", "ARCELORMITTAL BREMEN GMBH", "ARCELORMITTAL BREMEN GMBH & CO"]]
    assert "SE0000" in vista.omitidas.item(0).text()
    assert "no oficial" in vista.meta_nueva.text()
    vista.oficial.setChecked(True)  # the clerk says it is the official list: prepared again
    qtbot.waitUntil(lambda: vista.actualizacion is not None and vista.actualizacion.diferencia.meta_nueva.oficial,
                    timeout=5000)
    assert "MOLINO_NO_EN_CATALOGO" in _codigos(w)  # nothing changes before «Aplicar»
    qtbot.mouseClick(vista.boton_aplicar, Qt.MouseButton.LeftButton)
    assert "MOLINO_NO_EN_CATALOGO" not in _codigos(w)  # the open wizard checks with the new catalog
    assert prefs.tabla.item(fila, 5).text() == "oficial"
    assert prefs.tabla.item(fila, 2).text() == HOY.isoformat()  # version: the import date (the file gives none)

    # a newer file without SE00006: it is shown as removed
    dialogos_falsos.abrir = _molinos_xlsx(tmp_path / "molinos2.xlsx", [
        ["SE00123", "MARMARA DEMIR CELIK - GEBZE MELTSHOP", "MARMARA DEMIR CELIK SAN. VE TIC. A.S.", "Turquía"]])
    vista2 = prefs.importar_catalogo()
    qtbot.waitUntil(lambda: vista2.actualizacion is not None, timeout=5000)
    assert vista2.pestanas.tabText(1) == "Eliminadas (1)" and vista2.eliminadas.item(0, 0).text() == "SE00006"
    vista2.reject()
    prefs.close()
    w.close()


def test_tipo_de_cambio_escrito_lo_usa_el_asistente(ventana, qtbot, tmp_path, demo, almacen, dialogos_falsos):
    tipos = ventana.tipos_cambio()
    assert tipos.tabla.rowCount() == 0 and tipos.vacio.isVisible()
    tipos.moneda.fijar_clave("EUR")
    tipos.expresion.setCurrentIndex(tipos.expresion.findData("usd_por_unidad"))
    for campo, texto in ((tipos.mes, "2025-06"), (tipos.valor, "1.1700"), (tipos.fuente, "DOF 01/07/2025")):
        campo.setFocus()
        campo.selectAll()
        qtbot.keyClicks(campo, texto)
    qtbot.mouseClick(tipos.bot_guardar, Qt.MouseButton.LeftButton)
    assert dialogos_falsos.de("error") == []
    assert [tipos.tabla.item(0, j).text() for j in (0, 1, 4, 5)] == ["EUR", "2025-06", "1.17", "DOF 01/07/2025"]
    # a Banxico SIE download (FIX, pesos per dollar): previewed, then merged with the typed month
    sie = tmp_path / "Consulta_SIE.csv"
    sie.write_text('"Título","Tipo de cambio pesos por dólar E.U.A. (FIX)"\n"Periodicidad","Diaria"\n'
                   '"Unidad","Pesos por Dólar"\n"Fecha","SF43718"\n"27/06/2025","18.9500"\n"30/06/2025","18.9185"\n',
                   encoding="utf-8")
    dialogos_falsos.abrir = sie
    vista = tipos.cargar_archivo()
    qtbot.waitUntil(lambda: vista.actualizacion is not None, timeout=5000)
    assert vista.pestanas.tabText(0) == "Nuevas (1)" and vista.agregadas.item(0, 0).text() == "MXN"
    assert vista.eliminadas.rowCount() == 0  # the month typed before stays
    qtbot.mouseClick(vista.boton_aplicar, Qt.MouseButton.LeftButton)
    assert sorted(tipos.tabla.item(i, 0).text() for i in range(tipos.tabla.rowCount())) == ["EUR", "MXN"]
    assert ventana.servicios.catalogos.tipos_cambio.buscar("MXN", "2025-06") is not None
    tipos.close()

    w = abrir_aviso(ventana, qtbot, demo, "A2")  # EUR invoice of 21/07/2025 with 1.1694 applied
    w.ir_a(Pagina.CANTIDAD)
    p = w.pagina(Pagina.CANTIDAD)
    texto = p.tasa_publicada.text()
    assert "2025-06" in texto and "21/07/2025" in texto and "1.17 USD por EUR" in texto and "DOF 01/07/2025" in texto
    assert "TIPO_CAMBIO_NO_COINCIDE" in _codigos(w)
    assert p.usar_publicado.isVisible()
    qtbot.mouseClick(p.usar_publicado, Qt.MouseButton.LeftButton)
    assert p.tasa.text() == "1.1700" and p.valor.text() == "54564.12"
    assert not ({"TIPO_CAMBIO_NO_COINCIDE", "TIPO_CAMBIO_DESCONOCIDO", "VALOR_NO_COINCIDE_FACTURA"} & _codigos(w))
    assert p.tasa_estado.text() == "Es el que se usa." and not p.usar_publicado.isVisible()
    w.close()
    assert almacen.cargar_expediente(demo).facturas[1].usd_por_unidad == Decimal("1.1700")
    aviso, _ = almacen.cargar_aviso(demo, "A2")
    assert aviso.valor_usd == Decimal("54564.12")


def test_alta_de_molino_libro_carta_y_seguimiento_vencido(ventana, qtbot, tmp_path, demo, dialogos_falsos):
    w = abrir_aviso(ventana, qtbot, demo, "A1")
    w.ir_a(Pagina.FABRICANTE)
    pagina = w.pagina(Pagina.FABRICANTE)
    assert pagina.no_esta.isChecked() and pagina.boton_alta.isVisible()
    assert "Todavía no hay solicitud" in pagina.seguimiento_alta.text()
    alta = w.preparar_alta()  # what the button «Preparar solicitud de alta…» of step 5 does
    assert alta.nombre.text() == "MARMARA DEMIR CELIK - GEBZE MELTSHOP"
    assert alta.empresa.text() == "Marmara Demir Celik San. ve Tic. A.S."  # the certificate's producer owns the plant
    assert alta.pais.clave() == "TUR" and alta.certificado.text() == "MDC-25-071182"
    assert "72142001-00" in alta.productos.text()
    assert "contacto" in alta.faltan.text()
    alta.contacto.setFocus()
    qtbot.keyClicks(alta.contacto, "Mehmet Yilmaz")
    assert "Mehmet Yilmaz" in alta.carta.toPlainText() and "solicita que se agregue" in alta.carta.toPlainText()
    qtbot.mouseClick(alta.bot_copiar, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == alta.carta.toPlainText()

    dialogos_falsos.guardar = tmp_path / "alta_marmara"
    qtbot.mouseClick(alta.bot_excel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alta.solicitud is not None and bool(alta.solicitud.archivo), timeout=5000)
    libro = load_workbook(tmp_path / "alta_marmara.xlsx")
    valores = {f[0].value: f[1].value for f in libro["Solicitud"].iter_rows(min_row=5) if f[0].value}
    assert valores["Nombre del molino (planta)"] == "MARMARA DEMIR CELIK - GEBZE MELTSHOP"
    assert valores["Persona de contacto"] == "Mehmet Yilmaz"
    assert alta.solicitud.estado == "preparada"

    enviada = HOY - timedelta(days=21)
    alta.enviada.setDate(QDate(enviada.year, enviada.month, enviada.day))
    qtbot.mouseClick(alta.bot_enviada, Qt.MouseButton.LeftButton)
    s = alta.solicitud
    assert s.estado == "enviada" and s.enviada == enviada and s.respuesta_esperada < HOY
    assert "venció" in alta.estado.text()
    alta.close()
    assert "venció" in pagina.seguimiento_alta.text()  # the wizard shows where the request stands
    ventana.estado_altas()
    assert ventana.altas_estado.text() == "Altas de molino vencidas: 1"
    lista = ventana.altas_molino()
    assert lista.tabla.rowCount() == 1 and "venció" in lista.tabla.item(0, 5).text()
    dialogos_falsos.texto = "se00142"
    abierta = lista.abrir()
    qtbot.mouseClick(abierta.bot_aprobada, Qt.MouseButton.LeftButton)
    assert abierta.solicitud.estado == "aprobada" and abierta.solicitud.clave_se == "SE00142"
    abierta.close()
    lista.close()
    assert ventana.altas_estado.text() == ""
    w.close()


def test_registro_excel_desde_el_menu_y_leido_de_vuelta(ventana, qtbot, tmp_path, demo, dialogos_falsos):
    ventana.refrescar()
    ventana.activateWindow()
    dialogos_falsos.guardar = tmp_path / "registro"
    qtbot.keyClick(ventana.tabla, Qt.Key.Key_X, CTRL_SHIFT)  # Archivo ▸ Exportar registro Excel…
    qtbot.waitUntil(lambda: ventana.ultimo_registro is not None, timeout=10000)
    assert ventana.ultimo_registro == tmp_path / "registro.xlsx"
    hoja = load_workbook(ventana.ultimo_registro).worksheets[0]
    filas = list(hoja.iter_rows(values_only=True))
    titulos = list(filas[0])
    avisos = {f[titulos.index("Aviso")]: f for f in filas[1:] if f[titulos.index("Aviso")]}
    assert set(avisos) == {"A1", "A2", "A3"}
    assert "Registro exportado: 3 aviso(s)" in ventana.statusBar().currentMessage()
    assert dialogos_falsos.de("error") == []


def test_lista_de_verificacion_vista_previa_imprimir_y_pdf(ventana, qtbot, tmp_path, demo, dialogos_falsos):
    ventana.refrescar()
    ventana.seleccionar_aviso(demo, "A3")
    ventana.activateWindow()
    qtbot.keyClick(ventana.tabla, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    previa = next(w for w in ventana.ventanas if w.objectName() == "vistaPreviaLista")
    qtbot.waitUntil(lambda: bool(previa.imagenes), timeout=15000)
    n = len(previa.imagenes)
    assert n >= 1 and previa.paginas.text() == f"{n} página(s)"
    assert len([c for c in previa.hojas.children() if c.objectName().startswith("pagina")]) == n

    dialogos_falsos.guardar = tmp_path / "lista_A3"
    destino = previa.guardar_pdf()
    assert destino == tmp_path / "lista_A3.pdf" and destino.read_bytes().startswith(b"%PDF")
    assert len(pdfium.PdfDocument(destino)) == n

    impreso = tmp_path / "impreso.pdf"

    def a_pdf(impresora):
        from PySide6.QtPrintSupport import QPrinter

        impresora.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        impresora.setOutputFileName(str(impreso))
        return True

    dialogos_falsos.impresora = a_pdf
    assert previa.imprimir()
    qtbot.waitUntil(lambda: previa.impresas == n, timeout=15000)
    assert len(pdfium.PdfDocument(impreso)) == n

    # A4, and the whole expediente: more pages
    previa.papel.setCurrentIndex(previa.papel.findData("a4"))
    previa.papel.activated.emit(previa.papel.currentIndex())
    qtbot.waitUntil(lambda: previa.ruta_pdf is not None and "a4" in previa.ruta_pdf.name and bool(previa.imagenes),
                    timeout=15000)
    assert ventana.servicios.ajustes.tamano_papel == "a4"
    previa.close()
    todo = ventana.vista_previa_expediente()
    qtbot.waitUntil(lambda: bool(todo.imagenes), timeout=15000)
    assert len(todo.imagenes) > n
    todo.close()


def _pdf_a_color(ruta):
    img = Image.new("RGB", (1275, 1650), "white")
    d = ImageDraw.Draw(img)
    d.rectangle((80, 80, 1195, 260), outline=(30, 60, 160), width=6)
    d.ellipse((900, 1350, 1120, 1570), fill=(200, 30, 30))
    img.save(ruta, "PDF", resolution=150)
    return ruta


def test_anexo_a_color_se_marca_y_la_copia_convertida_cumple(ventana, qtbot, tmp_path, demo, almacen, dialogos_falsos):
    ventana.refrescar()
    ventana.seleccionar_aviso(demo, "A1")
    anexos = ventana.anexos()
    qtbot.waitUntil(lambda: anexos.revisiones >= 1, timeout=5000)
    documentos = [anexos.tabla.item(i, 0).text() for i in range(anexos.tabla.rowCount())]
    assert documentos == ["Certificado de molino MDC-25-071182",
                          "Traducción al español del certificado MDC-25-071182 (original en inglés)",
                          "Factura comercial EXP-2025-0311"]
    assert anexos.tabla.item(0, 2).text() == "No se encontró el archivo"  # the demo names a file that is not here

    escaneo = _pdf_a_color(tmp_path / "MDC-25-071182.pdf")
    anexos.tabla.selectRow(0)
    dialogos_falsos.abrir = escaneo
    anexos.elegir_archivo()
    qtbot.waitUntil(lambda: anexos.revisiones >= 2, timeout=5000)
    assert almacen.cargar_expediente(demo).certificado("C1").archivo == str(escaneo)
    assert anexos.tabla.item(0, 2).text() == "2 problema(s)"
    problemas = [anexos.detalle.item(i).text() for i in range(anexos.detalle.count())]
    assert any("a color" in t for t in problemas) and any("150 dpi" in t for t in problemas)
    assert anexos.bot_convertir.isEnabled()

    dialogos_falsos.carpeta = tmp_path / "para_vucem"
    anexos.convertir()
    qtbot.waitUntil(lambda: bool(anexos.requisitos[0].copias) and anexos.revisiones >= 3, timeout=20000)
    [copia] = anexos.requisitos[0].copias
    assert revisar_adjunto(copia, ventana.servicios.ajustes.limites_vucem) == []
    assert escaneo.exists() and revisar_adjunto(escaneo)  # the original is untouched
    assert anexos.tabla.item(0, 2).text() == "Copia lista para VUCEM"
    assert f"Certificado de molino MDC-25-071182: {copia}" in anexos.subir.toPlainText()
    assert "Factura comercial EXP-2025-0311: pendiente" in anexos.subir.toPlainText()
    assert almacen.cargar_expediente(demo).certificado("C1").extra["vucem"] == [copia]
    anexos.close()


def test_limites_de_vucem_editables_en_preferencias(ventana, paths_ui):
    from app.ui.ajustes import Ajustes

    prefs = ventana.dialogo_preferencias()
    prefs.max_mb.setValue(5)
    prefs.dpi.setValue(200)
    prefs.accept()
    limites = Ajustes(paths_ui.configuracion).limites_vucem
    assert (limites.max_bytes, limites.dpi, limites.escala_grises, limites.version_pdf) == (5 * 1024 * 1024, 200, True, "1.4")
