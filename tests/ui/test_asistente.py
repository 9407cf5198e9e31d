"""The notice wizard, driven through its real widgets: keyboard entry, live checks, autosave."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.model import Expediente, Importador
from app.store import abrir_almacen
from app.ui.asistente import Asistente, Pagina
from app.ui.asistente.pag_revision import PaginaRevision

from .conftest import abrir_aviso

CTRL = Qt.KeyboardModifier.ControlModifier


def _enter(qtbot, w):
    qtbot.keyClick(w, Qt.Key.Key_Return)


def _escribir(qtbot, w, texto: str):
    """Focus a field and type into it like a clerk (Tab order is checked separately)."""
    w.setFocus()
    if hasattr(w, "selectAll"):
        w.selectAll()
    qtbot.keyClicks(w, texto)


def _asistente_abierto(ventana) -> Asistente:
    assert len(ventana.asistentes) == 1
    return next(iter(ventana.asistentes.values()))


def test_aviso_desde_cero_por_teclado_hasta_listo_para_vucem(ventana, qtbot, almacen, dialogos_falsos):
    eid = almacen.guardar_expediente(
        Expediente(fecha_preparacion=date(2025, 8, 4), importador=Importador("IAC950101AB1", "Importadora SA")),
        nombre="Operación nueva")
    ventana.refrescar()
    ventana.activateWindow()
    qtbot.keyClick(ventana.tabla, Qt.Key.Key_N, CTRL)  # Ctrl+N: new notice
    qtbot.waitUntil(lambda: len(ventana.asistentes) == 1)
    w = _asistente_abierto(ventana)
    qtbot.waitExposed(w)
    assert w.pagina_actual is Pagina.FRACCION

    # 1: fraction from the catalog, typed with dots; Enter takes it, Enter again goes on
    p1 = w.pagina(Pagina.FRACCION)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is p1.buscador)
    qtbot.keyClicks(p1.buscador, "7214.20.01")
    assert p1.modelo.rowCount() == 1
    _enter(qtbot, p1.buscador)
    assert (p1.fraccion.text(), p1.nico.text()) == ("72142001", "00")
    assert "molino" in p1.certificado.text()
    _enter(qtbot, p1.buscador)
    assert w.pagina_actual is Pagina.CANTIDAD

    # 2: quantity, then Tab through the converter to the value
    p2 = w.pagina(Pagina.CANTIDAD)
    assert QApplication.focusWidget() is p2.cantidad
    qtbot.keyClicks(p2.cantidad, "24500")
    _escribir(qtbot, p2.importe, "16905.00")  # USD invoice: rate 1 -> value filled
    assert p2.valor.text() == "16905.00"
    assert p2.precio_kg.text() == "0.69 USD/kg"
    qtbot.keyClick(p2.valor, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Alt+N: next (animated click)
    qtbot.waitUntil(lambda: w.pagina_actual is Pagina.PAISES)

    # 3: the three countries by key, Tab between them
    p3 = w.pagina(Pagina.PAISES)
    for campo in ("pais_origen_acero", "pais_origen_mercancia", "pais_exportador"):
        sel = p3.selectores[campo]
        assert QApplication.focusWidget() in (sel, sel.lineEdit())
        qtbot.keyClicks(sel.lineEdit(), "deu")
        qtbot.keyClick(sel.lineEdit(), Qt.Key.Key_Tab)
        assert sel.currentText() == "DEU - ALEMANIA"
    a = w.estado.aviso
    assert (a.pais_origen_acero, a.pais_origen_mercancia, a.pais_exportador) == ("DEU", "DEU", "DEU")
    w.ir_siguiente()

    # 4: a new mill certificate with everything R3 asks
    p4 = w.pagina(Pagina.CERTIFICADOS)
    qtbot.keyClick(p4.agregar, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # A&gregar certificado
    qtbot.waitUntil(lambda: QApplication.focusWidget() is p4.numero)
    qtbot.keyClicks(p4.numero, "MTC-2600219")
    for campo, texto in ((p4.fecha, "07/07/2025"), (p4.volumen, "24800"), (p4.coladas, "2600219, 2600217"),
                         (p4.descripcion, "BS 4449 B500B ribbed bars 25 mm"), (p4.prod_nombre, "ArcelorMittal Bremen GmbH"),
                         (p4.prod_domicilio, "Carl-Benz-Str. 30, Bremen"), (p4.prod_telefono, "+49 421 6480")):
        _escribir(qtbot, campo, texto)
    _escribir(qtbot, p4.pais.lineEdit(), "alemania")
    qtbot.keyClick(p4.pais.lineEdit(), Qt.Key.Key_Tab)
    p4.firma.setFocus()
    qtbot.keyClick(p4.firma, Qt.Key.Key_Space)
    assert p4.firma.isChecked()
    c = w.estado.exp.certificado("C1")
    assert c is not None and c.tipo == "molino" and c.pais == "DEU" and c.fecha_expedicion == date(2025, 7, 7)
    assert w.estado.aviso.certificados == ("C1",)
    w.ir_siguiente()

    # 5: manufacturer and the mill from the SE catalog (fuzzy search, Enter takes it)
    p5 = w.pagina(Pagina.FABRICANTE)
    qtbot.keyClick(p5.copiar, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Tomar del certificado
    qtbot.waitUntil(lambda: p5.fab_nombre.text() == "ArcelorMittal Bremen GmbH")
    _escribir(qtbot, p5.buscar, "arcelor bremen")
    _enter(qtbot, p5.buscar)
    assert w.estado.aviso.molino.clave == "SE00006"
    w.ir_siguiente()

    # 6: the description helper writes type, dimensions, finish, price per kg
    p6 = w.pagina(Pagina.DESCRIPCION)
    for combo, texto in ((p6.producto, "Varilla corrugada"), (p6.tipo_acero, "acero al carbono"),
                         (p6.acabado, "sin recubrimiento")):
        _escribir(qtbot, combo.lineEdit(), texto)
    _escribir(qtbot, p6.dimensiones, "25 mm x 14 m")
    qtbot.keyClick(p6.escribir, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &Escribir en la descripción
    qtbot.waitUntil(lambda: "Precio unitario 0.69 USD/kg" in w.estado.aviso.descripcion)

    # 7: review. First with an error (field 4 does not match the certificate), then fixed.
    w.ir_a(Pagina.PAISES)
    sel = w.pagina(Pagina.PAISES).selectores["pais_origen_acero"]
    _escribir(qtbot, sel.lineEdit(), "TUR")
    qtbot.keyClick(sel.lineEdit(), Qt.Key.Key_Tab)
    w.ir_a(Pagina.REVISION)
    rev = w.pagina(Pagina.REVISION)
    assert isinstance(rev, PaginaRevision)
    assert "Listo para VUCEM" not in rev.veredicto_texto.text()
    assert not rev.boton_listo.isEnabled()
    assert any(h.codigo == "PAIS_ACERO_NO_COINCIDE" for h in rev.hallazgos)

    w.ir_a(Pagina.PAISES)
    _escribir(qtbot, sel.lineEdit(), "DEU")
    qtbot.keyClick(sel.lineEdit(), Qt.Key.Key_Tab)
    w.ir_a(Pagina.REVISION)
    assert rev.veredicto_texto.text() == "Listo para VUCEM"
    assert [h.codigo for h in rev.hallazgos if h.es_error] == []
    assert rev._copiables["fraccion"][0].text() == "72142001"
    assert rev._copiables["fechas"][0].text() == "07/07/2025"
    qtbot.mouseClick(rev._copiables["valor_usd"][1], Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "16905.00"

    # mark it ready; the main window shows it
    qtbot.mouseClick(rev.boton_listo, Qt.MouseButton.LeftButton)
    assert w.estado.aviso.estado == "listo"
    w.close()
    ventana.refrescar()
    fila = ventana.modelo.fila(ventana.modelo.buscar(eid, "A1"))
    assert fila.estado == "listo" and fila.fraccion == "72142001" and fila.valor_usd == Decimal("16905.00")


def test_hallazgo_aparece_y_desaparece_al_corregir(ventana, qtbot, demo):
    w = abrir_aviso(ventana, qtbot, demo, "A1")
    w.ir_a(Pagina.CANTIDAD)
    p = w.pagina(Pagina.CANTIDAD)
    marca = p.marcas["cantidad"]
    assert not marca.mensaje.isVisible()
    _escribir(qtbot, p.cantidad, "212000")  # > 1.03 x 201350 kg of the certificate (R5)
    assert not marca.mensaje.isVisible()  # the check waits for the debounce, typing is never blocked
    qtbot.waitUntil(lambda: marca.mensaje.isVisible(), timeout=2000)
    assert "excede" in marca.texto.text() and "3%" in marca.texto.text()
    assert marca.severidad == "error"
    assert p.cantidad.property("hallazgo") == "error"
    assert any("[R5]" in p.panel.lista.item(i).text() for i in range(p.panel.lista.count()))

    _escribir(qtbot, p.cantidad, "200000")
    qtbot.waitUntil(lambda: not marca.mensaje.isVisible(), timeout=2000)
    assert p.cantidad.property("hallazgo") == ""


def test_advertencia_se_ve_distinta_y_el_panel_lleva_al_campo(ventana, qtbot, demo):
    w = abrir_aviso(ventana, qtbot, demo, "A2")  # EUR invoice, no rate loaded: a warning (R8)
    w.ir_a(Pagina.CANTIDAD)
    p = w.pagina(Pagina.CANTIDAD)
    assert p.marcas["valor_usd"].severidad == "aviso"
    w.ir_a(Pagina.REVISION)
    rev = w.pagina(Pagina.REVISION)
    item = next(rev.todos.lista.item(i) for i in range(rev.todos.lista.count())
                if "[R11]" in rev.todos.lista.item(i).text())
    rev.todos.lista.itemClicked.emit(item)  # what a click does
    assert w.pagina_actual is Pagina.CERTIFICADOS
    p4 = w.pagina(Pagina.CERTIFICADOS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is p4.traduccion)
    assert p4.marcas_cert["traduccion"].severidad == "error"


def test_texto_no_valido_se_conserva_y_se_reporta(ventana, qtbot, demo, almacen):
    w = abrir_aviso(ventana, qtbot, demo, "A1")
    w.ir_a(Pagina.CANTIDAD)
    p = w.pagina(Pagina.CANTIDAD)
    _escribir(qtbot, p.cantidad, "12,5x")
    qtbot.waitUntil(lambda: p.marcas["cantidad"].mensaje.isVisible(), timeout=2000)
    assert "12,5x" in p.marcas["cantidad"].texto.text()
    w.close()
    aviso, _ = almacen.cargar_aviso(demo, "A1")
    assert aviso.cantidad is None and aviso.invalidos["cantidad"] == "12,5x"


def test_autoguardado_en_menos_de_un_segundo_y_al_cerrar(ventana, qtbot, demo, paths_ui):
    w = abrir_aviso(ventana, qtbot, demo, "A1")
    w.ir_a(Pagina.DESCRIPCION)
    p = w.pagina(Pagina.DESCRIPCION)
    _escribir(qtbot, p.observaciones, "Pedido 4512")
    otro = abrir_almacen(paths_ui.base_datos, paths_ui.respaldos)  # another connection, as after a crash
    try:
        qtbot.waitUntil(lambda: otro.cargar_aviso(demo, "A1")[0].observaciones.endswith("Pedido 4512"), timeout=1000)
        assert w.estado_guardado.text().startswith("Guardado ")
        # the last keystrokes, then close at once: nothing asks, nothing is lost
        qtbot.keyClicks(p.observaciones, " urgente")
        w.close()
        aviso, pagina = otro.cargar_aviso(demo, "A1")
    finally:
        otro.cerrar()
    assert aviso.observaciones.endswith("Pedido 4512 urgente")
    assert pagina == int(Pagina.DESCRIPCION)


def test_reabrir_vuelve_a_la_pagina_donde_se_quedo(ventana, qtbot, demo):
    w = abrir_aviso(ventana, qtbot, demo, "A2")
    w.ir_a(Pagina.FABRICANTE)
    w.close()
    qtbot.waitUntil(lambda: not ventana.asistentes)
    w2 = abrir_aviso(ventana, qtbot, demo, "A2")
    assert w2.pagina_actual is Pagina.FABRICANTE


def test_aviso_presentado_se_abre_solo_para_consulta(ventana, qtbot, demo, almacen):
    from app.domain.model import EstadoAviso

    almacen.cambiar_estado(demo, "A3", EstadoAviso.PRESENTADO, folio_vucem="0130118-2025-1")
    w = abrir_aviso(ventana, qtbot, demo, "A3")
    assert w.banda.isVisible()
    assert not w.pagina(Pagina.FRACCION).fraccion.isEnabled()


def mnemonicos_repetidos(w) -> dict[str, set[str]]:
    """Alt+letter keys used twice on a step of wizard ``w`` (with the dialog's own buttons)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    comunes = [b.text() for b in (w.anterior, w.siguiente, w.cerrar_boton)]
    malos = {}
    for p in Pagina:
        textos = comunes + [x.text() for x in w.pagina(p).findChildren(QLabel) if x.buddy() is not None]
        textos += [b.text() for b in w.pagina(p).findChildren(QAbstractButton)]
        letras = [m.group(1).lower() for t in textos for m in [re.search(r"&([^&\s])", t)] if m]
        repetidas = {x for x in letras if letras.count(x) > 1}
        if repetidas:
            malos[p.name] = repetidas
    return malos


def test_sin_mnemonicos_repetidos_en_cada_paso(ventana, qtbot, demo):
    """Alt+letter must reach one field per step (Alt+N is always «Siguiente»)."""
    w = abrir_aviso(ventana, qtbot, demo, "A1")
    assert mnemonicos_repetidos(w) == {}


def test_si_la_base_no_acepta_el_guardado_nada_se_pierde(ventana, qtbot, demo, almacen, monkeypatch, dialogos_falsos,
                                                        paths_ui):
    from app.store import ErrorAlmacen

    w = abrir_aviso(ventana, qtbot, demo, "A1")
    w.ir_a(Pagina.DESCRIPCION)

    def falla(*_a, **_k):
        raise ErrorAlmacen("El disco está lleno.")

    monkeypatch.setattr(almacen, "guardar_aviso", falla)
    p = w.pagina(Pagina.DESCRIPCION)
    _escribir(qtbot, p.observaciones, "dato importante")
    qtbot.waitUntil(lambda: "No se pudo guardar" in w.estado_guardado.text(), timeout=2000)
    w.close()
    assert w.isVisible()  # it stays open with what was typed
    [(_t, titulo, texto)] = dialogos_falsos.de("error")
    assert titulo == "No se pudo guardar" and "El disco está lleno." in texto
    [copia] = list((paths_ui.datos / "rescate").glob("*.json"))
    assert "dato importante" in copia.read_text(encoding="utf-8")
    monkeypatch.undo()
    w.close()
    assert not w.isVisible()
    assert almacen.cargar_aviso(demo, "A1")[0].observaciones.endswith("dato importante")


def test_orden_de_tabulacion_del_paso_de_cantidad_y_valor(ventana, qtbot, demo):
    w = abrir_aviso(ventana, qtbot, demo, "A2")
    w.ir_a(Pagina.CANTIDAD)
    p = w.pagina(Pagina.CANTIDAD)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is p.cantidad)
    esperado = [p.conv_cantidad, p.conv_unidad, p.conv_boton, p.partidas, p.moneda, p.importe, p.tasa, p.valor]
    vistos = []
    for _ in esperado:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        f = QApplication.focusWidget()
        vistos.append(p.moneda if f is p.moneda.lineEdit() else f)
    assert vistos == esperado
