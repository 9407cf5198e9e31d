"""The composition root, the error handler, translations and the screenshots."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.domain.archivo import leer_expediente
from app.main import ejecutar_gui, instalar_manejador_errores
from app.ui.asistente import Pagina

from .conftest import DEMO, RAIZ
from .test_asistente import mnemonicos_repetidos


def test_base_danada_se_explica_en_espanol_sin_traza(qapp, paths_ui, dialogos_falsos):
    paths_ui.base_datos.write_bytes(b"esto no es una base de datos SQLite" * 10)
    antes = paths_ui.base_datos.read_bytes()
    assert ejecutar_gui(paths_ui, ["aaips"]) == 1
    [(_tipo, titulo, texto)] = dialogos_falsos.de("error")
    assert titulo == "No se pudo abrir la base de datos"
    assert "No se modificó el archivo" in texto
    assert paths_ui.base_datos.read_bytes() == antes


def test_ejecutar_gui_abre_la_ventana_y_termina(qapp, paths_ui, dialogos_falsos, monkeypatch):
    """The event loop itself is not run (quitting the test's QApplication would end later tests)."""
    from app.ui.ventana import VentanaPrincipal

    vistas = []

    def bucle(app):
        vistas.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, VentanaPrincipal) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", bucle)
    anterior = sys.excepthook
    assert ejecutar_gui(paths_ui, ["aaips"]) == 0
    assert vistas and vistas[0].windowTitle() == "Asistente AAIPS"
    assert sys.excepthook is anterior
    for w in vistas:
        w.close()
    assert paths_ui.configuracion.exists()  # geometry and splitters remembered


def test_error_inesperado_se_registra_y_se_explica(paths_ui, dialogos_falsos, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    instalar_manejador_errores(paths_ui)
    try:
        raise ZeroDivisionError("prueba")
    except ZeroDivisionError as e:
        sys.excepthook(type(e), e, e.__traceback__)
    log = (paths_ui.datos / "errores.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: prueba" in log
    [(_tipo, titulo, texto)] = dialogos_falsos.de("error")
    assert titulo == "Error inesperado" and "no se perdió" in texto and "errores.log" in texto


def test_traduccion_inglesa_completa_y_aplicada(qapp, tmp_path, paths_ui, almacen, dialogos_falsos):
    from app.main import construir_ventana
    from app.ui import traducciones

    ts = RAIZ / "resources" / "i18n" / "aaips_en.ts"
    raiz = ET.parse(ts).getroot()
    mensajes = raiz.findall(".//message")
    assert len(mensajes) > 300
    sin_traducir = [m.findtext("source") for m in mensajes
                    if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                    or not (m.findtext("translation") or "").strip()]
    assert sin_traducir == []

    recursos = tmp_path / "recursos"
    shutil.copytree(RAIZ / "resources" / "i18n", recursos / "i18n", ignore=shutil.ignore_patterns("*.qm"))
    [qm] = traducciones.compilar(recursos)
    assert qm.name == "aaips_en.qm" and qm.stat().st_size > 1000
    instalados = traducciones.instalar(qapp, "en", recursos)
    try:
        v = construir_ventana(paths_ui, None, almacen=almacen)
        assert v.acc_nuevo.text() == "&New notice"
        assert v.filtro_estado.itemText(1) == "Draft"
        eid = almacen.guardar_expediente(leer_expediente(DEMO.read_bytes()), nombre="Demo")
        v.refrescar()
        w = v.abrir(eid, "A1")
        assert w.siguiente.text() == "&Next >"
        assert w.pagina(Pagina.REVISION).titulo() == "Review for VUCEM"
        assert mnemonicos_repetidos(w) == {}
        w.close()
        v.close()
    finally:
        traducciones.quitar(qapp, instalados)
        traducciones.instalar(qapp, "es", recursos)


def test_capturas_de_todas_las_pantallas(qapp, tmp_path, paths_ui):
    from app.ui.capturas import generar_capturas

    pngs = generar_capturas(paths_ui, tmp_path / "capturas")
    assert len(pngs) >= 9
    for p in pngs:
        img = QImage(str(p))
        assert not img.isNull() and img.width() >= 700 and img.height() >= 400, p.name
    nombres = " ".join(p.name for p in pngs)
    for parte in ("ventana_principal", "paso1", "paso2", "paso3", "paso4", "paso5", "paso6", "paso7",
                  "molino_no_encontrado", "preferencias", "factura_contra_avisos", "facturas_partidas",
                  "importar_factura_columnas", "propuesta_de_avisos", "tipos_de_cambio", "tipo_de_cambio_publicado",
                  "vista_previa_de_catalogo", "preferencias_anexos", "solicitud_de_alta", "solicitudes_de_alta",
                  "vista_previa_lista_de_verificacion", "anexos_para_vucem", "alta_vencida"):
        assert parte in nombres
    assert not paths_ui.base_datos.exists()  # the user's data folder is never touched
