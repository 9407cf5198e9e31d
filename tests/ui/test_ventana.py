"""The main window: list, search, duplicate, recycle bin, status changes, import and export."""

from __future__ import annotations

import json
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.archivo import leer_expediente
from app.domain.model import EstadoAviso
from app.ui.modelo_avisos import TAM_PAGINA, Columna

from .conftest import DEMO

CTRL = Qt.KeyboardModifier.ControlModifier


def _claves(ventana) -> list[str]:
    return sorted(f"{f.expediente_id}:{f.clave}" for f in ventana.modelo.filas)


def test_lista_muestra_estado_fraccion_valor_y_fechas(ventana, demo):
    ventana.refrescar()
    m = ventana.modelo
    assert m.rowCount() == 3
    fila = m.buscar(demo, "A3")
    texto = {c: m.data(m.index(fila, int(c))) for c in Columna}
    assert texto[Columna.ESTADO] == "Listo"
    assert texto[Columna.FRACCION] == "7213.91.03-01"
    assert texto[Columna.VALOR] == "91,800.00"
    assert texto[Columna.CANTIDAD] == "150,000 KGM"
    assert texto[Columna.CERTIFICADOS] == "BRE-25-118734"
    assert texto[Columna.FECHA_CERTIFICADO] == "30/06/2025"
    assert texto[Columna.PROVEEDOR] == "ArcelorMittal Bremen GmbH"
    assert ventana.cuenta.text() == "Avisos: 3"


def test_buscar_filtra_la_lista(ventana, qtbot, demo):
    ventana.refrescar()
    assert ventana.modelo.rowCount() == 3
    ventana.activateWindow()
    qtbot.keyClick(ventana.tabla, Qt.Key.Key_F, CTRL)  # Ctrl+F
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ventana.busqueda)
    qtbot.keyClicks(ventana.busqueda, "stahlhandel")  # supplier of the EUR invoice
    qtbot.waitUntil(lambda: [f.clave for f in ventana.modelo.filas] == ["A2"], timeout=2000)
    ventana.busqueda.clear()
    qtbot.keyClicks(ventana.busqueda, "MDC-25-071182")  # certificate number
    qtbot.waitUntil(lambda: [f.clave for f in ventana.modelo.filas] == ["A1"], timeout=2000)
    ventana.limpiar_filtros()
    ventana.filtro_estado.setCurrentIndex(ventana.filtro_estado.findData(EstadoAviso.LISTO))
    assert [f.clave for f in ventana.modelo.filas] == ["A3"]
    ventana.limpiar_filtros()
    qtbot.keyClicks(ventana.filtro_fraccion, "7214")
    qtbot.waitUntil(lambda: [f.clave for f in ventana.modelo.filas] == ["A1"], timeout=2000)


def test_duplicar_crea_un_borrador_y_lo_abre(ventana, qtbot, demo, almacen):
    almacen.cambiar_estado(demo, "A3", EstadoAviso.PRESENTADO, folio_vucem="0130118-2025-1")
    ventana.refrescar()
    assert ventana.seleccionar_aviso(demo, "A3")
    ventana.activateWindow()
    qtbot.keyClick(ventana.tabla, Qt.Key.Key_D, CTRL)  # Ctrl+D
    qtbot.waitUntil(lambda: len(ventana.asistentes) == 1)
    copia = ventana.fila_actual()
    assert copia.clave == "A4" and copia.estado == EstadoAviso.BORRADOR and copia.folio_vucem == ""
    assert copia.fraccion == "72139103" and copia.valor_usd == Decimal("91800.00")
    assert ventana.modelo.rowCount() == 4
    assert (demo, "A4") in ventana.asistentes


def test_eliminar_con_confirmacion_y_restaurar_de_la_papelera(ventana, qtbot, demo, dialogos_falsos, almacen):
    ventana.refrescar()
    ventana.seleccionar_aviso(demo, "A2")
    ventana.activateWindow()
    dialogos_falsos.confirmar = False  # "Cancelar": nothing happens
    qtbot.keyClick(ventana.tabla, Qt.Key.Key_Delete)
    assert dialogos_falsos.de("confirmar")
    assert ventana.modelo.rowCount() == 3
    dialogos_falsos.confirmar = True
    qtbot.keyClick(ventana.tabla, Qt.Key.Key_Delete)
    assert "A2" not in [f.clave for f in ventana.modelo.filas]
    assert [f.clave for f in almacen.avisos_eliminados()] == ["A2"]

    ventana.ver_papelera()
    assert ventana.en_papelera() and [f.clave for f in ventana.modelo.filas] == ["A2"]
    assert ventana.bot_restaurar.isVisible() and ventana.bot_restaurar.isEnabled()
    assert not ventana.acc_eliminar.isEnabled()
    qtbot.mouseClick(ventana.bot_restaurar, Qt.MouseButton.LeftButton)
    assert ventana.modelo.rowCount() == 0
    assert almacen.avisos_eliminados() == []
    ventana.ver_todos()
    assert "A2" in [f.clave for f in ventana.modelo.filas]


def test_cambios_de_estado_con_folio_numero_e_historial(ventana, demo, dialogos_falsos):
    ventana.refrescar()
    ventana.seleccionar_aviso(demo, "A1")
    assert not ventana.cambiar_estado(EstadoAviso.LISTO)  # the mill is not in the catalog: an error
    assert "error" in dialogos_falsos.de("advertir")[-1][2]
    ventana.seleccionar_aviso(demo, "A3")  # already ready
    dialogos_falsos.texto = "0130118-2025-004821"
    assert ventana.cambiar_estado(EstadoAviso.PRESENTADO)
    dialogos_falsos.texto = "AAIPS-2025-118734"
    assert ventana.cambiar_estado(EstadoAviso.EMITIDO)
    fila = ventana.fila_actual()
    assert fila.estado == EstadoAviso.EMITIDO and fila.numero_aviso == "AAIPS-2025-118734"
    historial = [ventana.historial.item(i).text() for i in range(ventana.historial.count())]
    assert any("Listo → Presentado" in t and "0130118-2025-004821" in t for t in historial)
    assert any("Presentado → Emitido" in t and "AAIPS-2025-118734" in t for t in historial)
    assert not ventana.acc_listo.isEnabled() and not ventana.bot_estado.isEnabled()


def test_importar_json_roto_avisa_en_espanol_y_no_escribe_nada(ventana, qtbot, tmp_path, dialogos_falsos, almacen):
    roto = tmp_path / "roto.json"
    roto.write_text('{"formato": "aaips-expediente/1", "avisos": [ {"id": "A1", ', encoding="utf-8")
    dialogos_falsos.abrir = roto
    ventana.activateWindow()
    qtbot.keyClick(ventana.tabla, Qt.Key.Key_O, CTRL)  # Ctrl+O
    qtbot.waitUntil(lambda: bool(dialogos_falsos.de("error")), timeout=5000)
    _tipo, titulo, texto = dialogos_falsos.de("error")[0]
    assert titulo == "No se pudo importar"
    assert "no es JSON válido" in texto and "No se guardó nada" in texto
    assert almacen.listar_expedientes() == []

    incompleto = tmp_path / "incompleto.json"
    doc = json.loads(DEMO.read_text(encoding="utf-8"))
    doc["avisos"][0]["certificados"] = ["C9"]
    incompleto.write_text(json.dumps(doc), encoding="utf-8")
    dialogos_falsos.abrir = incompleto
    ventana.importar()
    qtbot.waitUntil(lambda: len(dialogos_falsos.de("error")) == 2, timeout=5000)
    assert "«avisos[0].certificados[0]»" in dialogos_falsos.de("error")[1][2]
    assert almacen.listar_expedientes() == []


def test_importar_y_exportar_un_expediente(ventana, qtbot, tmp_path, dialogos_falsos, almacen):
    dialogos_falsos.abrir = DEMO
    ventana.importar()
    qtbot.waitUntil(lambda: ventana.modelo.rowCount() == 3, timeout=5000)
    [resumen] = almacen.listar_expedientes()
    assert resumen.nombre == "expediente_demo"
    destino = tmp_path / "salida.json"
    dialogos_falsos.guardar = destino
    ventana.exportar()
    qtbot.waitUntil(destino.exists, timeout=5000)
    assert leer_expediente(destino.read_bytes()) == almacen.cargar_expediente(resumen.id)


def test_lista_perezosa_por_paginas(ventana, almacen):
    exp = leer_expediente(DEMO.read_bytes())
    for i in range(80):  # 240 notices: more than one page
        almacen.guardar_expediente(exp, nombre=f"Operación {i}")
    ventana.refrescar()
    m = ventana.modelo
    assert m.total == 240
    assert m.rowCount() == TAM_PAGINA and m.canFetchMore()
    m.fetchMore()
    assert m.rowCount() == 240 and not m.canFetchMore()


def test_nuevo_expediente_y_preferencias_en_un_ajuste(ventana, monkeypatch, paths_ui):
    from app.ui import dialogo_expediente
    from app.ui.ajustes import Ajustes
    from app.ui.dialogo_expediente import DatosExpediente
    from app.ui.preferencias import DialogoPreferencias

    monkeypatch.setattr(dialogo_expediente, "pedir_expediente",
                        lambda *_a: DatosExpediente("Lámina Corea", "IAC950101AB1", "Importadora", ventana.servicios.hoy()))
    eid = ventana.nuevo_expediente()
    assert ventana.expediente_elegido() == eid
    dialogo = DialogoPreferencias(ventana.servicios, ventana)
    dialogo.idioma.setCurrentIndex(dialogo.idioma.findData("en"))
    dialogo.accept()
    assert Ajustes(paths_ui.configuracion).idioma == "en"


def test_importar_catalogo_de_molinos_desde_preferencias(ventana, qtbot, tmp_path, dialogos_falsos, paths_ui):
    from app.ui.preferencias import DialogoPreferencias

    csv = tmp_path / "molinos.csv"
    csv.write_text("# catalogo: molinos\n# version: 2025.07\n# oficial: si\nclave,nombre,empresa,pais\n"
                   "SE00006,ARCELORMITTAL BREMEN STEEL PLANT,ARCELORMITTAL BREMEN GMBH,DEU\n"
                   "SE00123,MARMARA DEMIR CELIK - GEBZE MELTSHOP,MARMARA DEMIR CELIK SAN. VE TIC. A.S.,TUR\n",
                   encoding="utf-8")
    dialogo = DialogoPreferencias(ventana.servicios, ventana)
    fila = next(i for i in range(dialogo.tabla.rowCount())
                if dialogo.tabla.item(i, 0).data(Qt.ItemDataRole.UserRole) == "molinos")
    dialogo.tabla.selectRow(fila)
    dialogos_falsos.abrir = csv
    vista = dialogo.importar_catalogo()  # a preview first: nothing changes until «Aplicar»
    qtbot.waitUntil(lambda: vista.actualizacion is not None, timeout=5000)
    assert ventana.servicios.catalogos.molinos.buscar(clave="SE00123") is None
    assert vista.aplicar()
    assert ventana.servicios.catalogos.molinos.buscar(clave="SE00123") is not None
    assert dialogo.tabla.item(fila, 5).text() == "oficial"
    assert (paths_ui.catalogos_usuario / "molinos.csv").exists()
    dialogo.restaurar_catalogo()
    assert ventana.servicios.catalogos.molinos.buscar(clave="SE00123") is None
    dialogo.close()
