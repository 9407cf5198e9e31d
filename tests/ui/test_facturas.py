"""Invoices in the app: import from a real workbook through the column mapping, editing lines by
keyboard, the split into notices and the invoice total against its notices, live."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.domain.archivo import leer_expediente
from app.domain.model import Aviso, Certificado, Expediente, Importador
from app.ui import estilo
from app.ui.asistente import Pagina
from app.ui.facturas import Col

from .conftest import DEMO, abrir_aviso

CTRL = Qt.KeyboardModifier.ControlModifier


def _editor(tabla) -> QLineEdit:
    editor = tabla.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible(), "la celda no entró en edición"
    return editor


def _factura_xlsx(ruta):
    """A supplier's workbook: a title, the header on row 3, two good lines, one bad, a totals row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Invoice"
    ws.append(["STEEL TRADE GMBH - COMMERCIAL INVOICE INV-2025-0711"])
    ws.append([])
    ws.append(["Description of goods", "HS Code", "Qty", "Unit", "Unit Price", "Amount", "Origin", "Ref."])
    ws.append(["Rebar BS4449 B500B 25 mm x 14 m", "7214.20.01", 24.5, "MT", 690, 16905, "Turkey", "MTC-2600219"])
    ws.append(["Rebar BS4449 B500B 12 mm x 12 m", "7214.20.01", 10, "MT", 695, 6950, "Turkey", "MTC-2600219"])
    ws.append(["Rebar BS4449 B500B 16 mm x 12 m", "7214.20.01", "diez", "MT", 690, 6900, "Turkey", "MTC-2600219"])
    ws.append(["TOTAL", None, 44.5, None, None, 30755])
    wb.save(ruta)
    return ruta


def test_importar_xlsx_por_el_mapeo_de_columnas_con_error_por_fila(ventana, qtbot, tmp_path, almacen, dialogos_falsos,
                                                                   paths_ui):
    exp = Expediente(fecha_preparacion=date(2025, 8, 4), importador=Importador("IAC950101AB1", "Importadora"),
                     certificados=(Certificado(id="C1", tipo="molino", numero="MTC-2600219", pais="TUR"),))
    eid = almacen.guardar_expediente(exp, nombre="Varilla julio")
    ventana.refrescar()
    facturas = ventana.abrir_facturas(eid)
    assert facturas is not None and facturas.lista.count() == 0
    qtbot.mouseClick(facturas.bot_nueva, Qt.MouseButton.LeftButton)
    assert [f.id for f in almacen.cargar_expediente(eid).facturas] == ["F1"]

    dialogos_falsos.abrir = _factura_xlsx(tmp_path / "INV-2025-0711.xlsx")
    dlg = facturas.importar()
    qtbot.waitUntil(lambda: dlg.tabla is not None, timeout=5000)
    assert dlg.fila.value() == 3  # the header row was found below the title
    assert dlg.combos["certificado"].currentData() is None  # «Ref.» says nothing: the clerk picks it
    dlg.fijar_columna("certificado", 7)
    dlg.campo_proveedor.setText("Steel Trade GmbH")
    r = dlg.resultado
    assert len(r.partidas) == 2 and [e.fila for e in r.errores] == [6]
    assert any(o.fila == 7 and "totales" in o.motivo for o in r.omitidas)
    assert "«diez» no es un número" in dlg.problemas.item(0).text()
    fila_mala = 6 - dlg.fila.value()  # preview rows start at the header row
    assert dlg.vista.item(fila_mala, 2).background().color().name() == estilo.ROJO_FONDO
    assert dlg.boton_importar.text().replace("&", "") == "Importar 2 partida(s)"
    qtbot.mouseClick(dlg.boton_importar, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: facturas.modelo.rowCount() == 2, timeout=3000)
    f = almacen.cargar_expediente(eid).facturas[0]
    assert f.proveedor == "Steel Trade GmbH"
    assert [(p.id, p.fraccion, p.cantidad, p.unidad, p.pais_origen, p.certificado) for p in f.partidas] == [
        ("F1-1", "72142001", Decimal("24.5"), "TNE", "TUR", "C1"), ("F1-2", "72142001", Decimal("10"), "TNE", "TUR", "C1")]
    assert facturas.importacion.isVisible() and "Fila 6" in facturas.importacion.text()  # the bad row is not lost

    # the supplier's columns are remembered: the next workbook needs no mapping
    dlg2 = facturas.importar()
    qtbot.waitUntil(lambda: dlg2.tabla is not None, timeout=5000)
    dlg2.campo_proveedor.setFocus()
    qtbot.keyClicks(dlg2.campo_proveedor, "Steel Trade GmbH")
    qtbot.keyClick(dlg2.campo_proveedor, Qt.Key.Key_Tab)
    assert dlg2.recordado and dlg2.combos["certificado"].currentData() == 7
    assert dlg2.isVisible()  # leaving the field did not import anything
    dlg2.reject()
    assert (paths_ui.datos / "mapeos_factura.json").exists()
    facturas.close()


def test_editar_partidas_por_teclado_y_el_total_contra_avisos(ventana, qtbot, demo, almacen, dialogos_falsos):
    ventana.refrescar()
    ventana.seleccionar_aviso(demo, "A1")
    ventana.activateWindow()
    qtbot.keyClick(ventana.tabla, Qt.Key.Key_I, CTRL)  # Ctrl+I: the invoices of the notice's expediente
    qtbot.waitUntil(lambda: demo in ventana.ventanas_facturas)
    facturas = ventana.ventanas_facturas[demo]
    qtbot.waitExposed(facturas)
    assert facturas.elegir_factura("F1")
    assert "✔ la suma de los avisos coincide" in facturas.total.text()

    facturas.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is facturas)
    t = facturas.tabla
    t.setFocus()
    t.setCurrentIndex(facturas.modelo.index(0, int(Col.IMPORTE)))
    qtbot.keyClick(t, Qt.Key.Key_7)  # typing on a cell starts its editor with that key
    editor = _editor(t)
    qtbot.keyClicks(editor, "0000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor on its next event round
    qtbot.waitUntil(lambda: facturas.modelo.partidas[0].importe == Decimal("70000"), timeout=1000)
    assert "los avisos suman 200.00 USD más que la factura" in facturas.total.text()
    qtbot.waitUntil(lambda: almacen.cargar_expediente(demo).facturas[0].partidas[0].importe == Decimal("70000"),
                    timeout=2000)

    # a typo is kept as typed and shown in red, never dropped
    t.setCurrentIndex(facturas.modelo.index(1, int(Col.CANTIDAD)))
    qtbot.keyClick(t, Qt.Key.Key_F2)
    editor = _editor(t)
    editor.selectAll()
    qtbot.keyClicks(editor, "80,5x")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "cantidad" in facturas.modelo.partidas[1].invalidos, timeout=1000)
    p = facturas.modelo.partidas[1]
    assert p.cantidad is None and p.invalidos["cantidad"] == "80,5x"
    assert facturas.modelo.index(1, int(Col.CANTIDAD)).data() == "80,5x"
    # a new line by keyboard (Ins), its description typed, then removed with Supr
    qtbot.keyClick(t, Qt.Key.Key_Insert)
    assert facturas.modelo.rowCount() == 3 and facturas.modelo.partidas[2].id == "F1-3"
    assert t.currentIndex().row() == 2 and t.currentIndex().column() == int(Col.DESCRIPCION)
    assert facturas.modelo.partidas[2].fraccion == "72142001"  # repeated from the line above
    qtbot.keyClick(t, Qt.Key.Key_Delete)
    assert facturas.modelo.rowCount() == 2
    facturas.close()
    f = almacen.cargar_expediente(demo).facturas[0]
    assert [x.id for x in f.partidas] == ["F1-1", "F1-2"] and f.partidas[1].invalidos["cantidad"] == "80,5x"
    # a line some notice covers cannot be removed
    facturas = ventana.abrir_facturas(demo)
    facturas.elegir_factura("F1")
    facturas.tabla.setCurrentIndex(facturas.modelo.index(0, int(Col.DESCRIPCION)))
    facturas.quitar_partida()
    assert facturas.modelo.rowCount() == 2
    assert "está en el aviso A1" in dialogos_falsos.de("advertir")[-1][2]
    facturas.close()


def test_propuesta_crea_borradores_sin_chocar_con_la_papelera_y_el_total_se_actualiza(ventana, qtbot, almacen,
                                                                                      dialogos_falsos):
    exp = replace(leer_expediente(DEMO.read_bytes()), avisos=())
    eid = almacen.guardar_expediente(exp, nombre="Sin avisos")
    almacen.guardar_aviso(eid, Aviso(id="A1"))
    almacen.eliminar_aviso(eid, "A1")  # A1 waits in the recycle bin
    ventana.refrescar()
    assert ventana.modelo.rowCount() == 0
    propuesta = ventana.proponer_avisos(eid)
    assert propuesta.tabla.rowCount() == 3
    motivos = [propuesta.tabla.item(i, 8).text() for i in range(3)]
    assert motivos[0] == "Primer aviso de la factura."
    assert "otra fracción" in motivos[1] and "otro país de origen (KOR)" in motivos[1]
    assert propuesta.fuera.item(0).text().startswith("Ninguna")
    qtbot.keyClick(propuesta.tabla, Qt.Key.Key_Space)  # the keyboard unchecks the first proposal…
    assert propuesta.boton_crear.text().replace("&", "") == "Crear 2 aviso(s)"
    qtbot.keyClick(propuesta.tabla, Qt.Key.Key_Space)  # …and checks it again
    assert propuesta.boton_crear.text().replace("&", "") == "Crear 3 aviso(s)"
    qtbot.mouseClick(propuesta.boton_crear, Qt.MouseButton.LeftButton)
    assert propuesta.creados_ids == ["A2", "A3", "A4"]
    cargado = almacen.cargar_expediente(eid)
    assert [a.id for a in cargado.avisos] == ["A2", "A3", "A4"]
    assert {a.estado for a in cargado.avisos} == {"borrador"}
    claves = sorted(f.clave for f in ventana.modelo.filas if f.expediente_id == eid)
    assert claves == ["A2", "A3", "A4"]
    # nothing left to split
    otra = ventana.proponer_avisos(eid)
    assert otra.tabla.rowCount() == 0 and not otra.boton_crear.isEnabled()
    assert "ya está en el aviso A2" in otra.fuera.item(0).text()
    otra.reject()


def test_total_de_factura_contra_avisos_en_la_ventana_principal_en_vivo(ventana, qtbot, demo, almacen):
    ventana.refrescar()
    arbol = ventana.arbol
    todos = arbol.topLevelItem(0)
    arbol.setCurrentItem(todos.child(0))  # the expediente node
    assert ventana.marco_facturas.isVisible()
    assert ventana.resumen_facturas.text().count("✔ coinciden") == 3
    w = abrir_aviso(ventana, qtbot, demo, "A3")
    w.ir_a(Pagina.CANTIDAD)
    p = w.pagina(Pagina.CANTIDAD)
    p.valor.setFocus()
    p.valor.selectAll()
    qtbot.keyClicks(p.valor, "91000")
    qtbot.waitUntil(lambda: "faltan 800.00 USD en avisos" in ventana.resumen_facturas.text(), timeout=3000)
    w.close()
