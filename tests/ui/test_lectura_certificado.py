"""Step 4 reads a certificate PDF: background reading with progress and cancel, the review panel
with the page and the evidence boxes, accept / correct / reject by keyboard, the certificate
filled through the wizard's edit path (live checks, autosave), the PDF kept with the notice,
the mill template learned from the corrections and applied on the next reading."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from app.documentos import ruta_documento
from app.extract import tesseract_disponible
from app.ui.asistente import Pagina
from app.ui.revision_certificado import ACEPTADO, COL_VALOR, CORREGIDO, PENDIENTE, RECHAZADO, DialogoRevision

from .conftest import abrir_aviso

MUESTRAS = Path(__file__).resolve().parents[2] / ".." / "shared" / "research_data" / "mill_cert_samples"
MUESTRA = MUESTRAS / "EN10168_v0.5.0_valid_certificate_1.pdf"
HAY_TESSERACT, _ = tesseract_disponible()


@pytest.fixture
def muestra(tmp_path) -> Path:
    if not MUESTRA.is_file():
        pytest.skip(f"no está la muestra compartida {MUESTRA}")
    destino = tmp_path / "Certificado Steel Mill.pdf"
    shutil.copy(MUESTRA, destino)
    return destino


@pytest.fixture
def paso4(ventana, qtbot, demo):
    w = abrir_aviso(ventana, qtbot, demo, "A1")
    w.ir_a(Pagina.CERTIFICADOS)
    return w, w.pagina(Pagina.CERTIFICADOS)


def _esperar_revision(qtbot, p4, timeout: int = 20000) -> DialogoRevision:
    qtbot.waitUntil(lambda: p4.revision is not None and p4.revision.isVisible(), timeout=timeout)
    return p4.revision


def _pdf_simple(ruta: Path, lineas: list[str], encrypt=None) -> Path:
    c = canvas.Canvas(str(ruta), encrypt=encrypt)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, "NORDIC RAIL STEEL AB")
    c.setFont("Helvetica", 11)
    y = 740
    for linea in lineas:
        c.drawString(60, y, linea)
        y -= 20
    c.save()
    return ruta


def _editar(qtbot, dlg: DialogoRevision, clave: str, texto: str) -> None:
    """Select the row, F2, type, Enter: as the clerk corrects a value."""
    dlg.tabla.setFocus()
    dlg.tabla.setCurrentCell(dlg.fila(clave), COL_VALOR)
    qtbot.keyClick(dlg.tabla, Qt.Key.Key_F2)
    editores = [e for e in dlg.tabla.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editores) == 1, "F2 no abrió el editor"
    editor = editores[0]
    editor.selectAll()
    qtbot.keyClicks(editor, texto)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    fila = dlg.fila(clave)
    # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: dlg.tabla.state() != dlg.tabla.State.EditingState and dlg.propuestas[fila].decision != PENDIENTE)


def _tinta_en(imagen, caja: QRectF, ancho_pt: float) -> float:
    """Share of dark pixels of the page image inside a box given in points."""
    k = imagen.width() / ancho_pt
    x0, y0 = int(caja.left() * k), int(caja.top() * k)
    x1, y1 = int(caja.right() * k), int(caja.bottom() * k)
    oscuros = total = 0
    for x in range(max(0, x0), min(imagen.width(), x1), 2):
        for y in range(max(0, y0), min(imagen.height(), y1), 2):
            total += 1
            if imagen.pixelColor(x, y).lightness() < 140:
                oscuros += 1
    return oscuros / max(1, total)


# ------------------------------------------------------------------------------------------


def test_leer_revisar_y_llenar_el_certificado(paso4, qtbot, muestra, dialogos_falsos, almacen, demo, paths_ui):
    w, p4 = paso4
    assert p4.leer_pdf.isEnabled()
    antes = {c.id for c in w.estado.exp.certificados}
    dialogos_falsos.abrir = muestra
    dialogos_falsos.confirmar = False  # field 4 says TUR, the certificate AUT: keep TUR
    qtbot.mouseClick(p4.leer_pdf, Qt.MouseButton.LeftButton)
    assert dialogos_falsos.de("abrir")
    assert p4.barra_lectura.isVisibleTo(p4) and not p4.leer_pdf.isEnabled()  # background, with progress
    dlg = _esperar_revision(qtbot, p4)
    assert not p4.barra_lectura.isVisibleTo(p4)
    assert dlg.isModal() or dlg.windowModality() == Qt.WindowModality.WindowModal

    # -- the panel: values, their evidence boxes on the page image ------------------------------
    numero = dlg.propuesta("numero")
    assert numero.propuesto == "1866645/001" and numero.campo.pagina == 1
    assert dlg.propuesta("fecha_expedicion").propuesto == "23/10/2018"
    assert dlg.propuesta("productor.nombre").propuesto == "Steel Mill SE"
    assert dlg.propuesta("pais").propuesto.startswith("AUT")
    assert dlg.propuesta("volumen_kg").propuesto == "5739.3"
    assert dlg.propuesta("coladas").propuesto == ""  # not found: the clerk types it
    imagen = dlg.resultado.imagenes[1]
    pagina1 = dlg.lectura.paginas[0]
    assert abs(imagen.width() / pagina1.ancho - 2.0) < 0.05  # drawn at a readable scale
    x0, y0, x1, y1 = numero.campo.bbox
    caja = QRectF(x0, y0, x1 - x0, y1 - y0)
    assert _tinta_en(imagen, caja, pagina1.ancho) > 0.05  # the box sits on the printed number
    assert _tinta_en(imagen, caja.translated(0, 3 * caja.height()), pagina1.ancho) < _tinta_en(imagen, caja, pagina1.ancho)

    # selecting a value shows its page and zooms to its box
    dlg.tabla.setCurrentCell(dlg.fila("fecha_expedicion"), COL_VALOR)
    assert dlg.vista.pagina == 2
    dlg.tabla.setCurrentCell(dlg.fila("numero"), COL_VALOR)
    assert dlg.vista.pagina == 1 and dlg.fila("numero") in dlg.vista.cajas
    rect = dlg.vista.cajas[dlg.fila("numero")].rect()
    en_vista = dlg.vista.mapFromScene(rect).boundingRect()
    assert dlg.vista.viewport().rect().contains(en_vista)
    assert en_vista.width() > 0.12 * dlg.vista.viewport().width()  # zoomed in, readable
    assert "1866645/001" in dlg.evidencia.text() and "Página 1" in dlg.evidencia.text()

    # -- keyboard: correct one, reject one, type a missing one, Enter accepts, then all marked ----
    _editar(qtbot, dlg, "numero", "1866645/001-A")
    assert dlg.propuesta("numero").decision == CORREGIDO
    dlg.tabla.setCurrentCell(dlg.fila("volumen_kg"), COL_VALOR)
    qtbot.keyClick(dlg.tabla, Qt.Key.Key_Delete)
    assert dlg.propuesta("volumen_kg").decision == RECHAZADO
    assert dlg.tabla.currentRow() == dlg.fila("volumen_kg") + 1  # moved on
    _editar(qtbot, dlg, "coladas", "175508")
    assert dlg.propuesta("coladas").decision == CORREGIDO
    dlg.tabla.setCurrentCell(dlg.fila("descripcion"), COL_VALOR)
    qtbot.keyClick(dlg.tabla, Qt.Key.Key_Return)
    assert dlg.propuesta("descripcion").decision == ACEPTADO
    assert dlg.propuesta("pais").decision == PENDIENTE
    qtbot.mouseClick(dlg.b_todo, Qt.MouseButton.LeftButton)
    assert dlg.propuesta("pais").decision == ACEPTADO
    assert dlg.propuesta("volumen_kg").decision == RECHAZADO  # a decision already taken stays
    assert dlg.recordar.isChecked()

    # -- fill: a new certificate (the selected C1 already has data), through the edit path ------
    qtbot.mouseClick(dlg.boton_llenar, Qt.MouseButton.LeftButton)
    assert [t for t, *_ in dialogos_falsos.llamadas if t == "elegir_opcion"]
    qtbot.waitUntil(lambda: p4.revision is None)
    [nuevo] = {c.id for c in w.estado.exp.certificados} - antes
    c = w.estado.exp.certificado(nuevo)
    assert nuevo in w.estado.aviso.certificados
    assert p4.certificado().id == nuevo
    assert p4.numero.text() == "1866645/001-A"
    assert p4.fecha.text() == "23/10/2018"
    assert p4.coladas.text() == "175508"
    assert p4.volumen.text() == ""  # rejected
    assert p4.pais.clave() == "AUT" and p4.prod_nombre.text() == "Steel Mill SE"
    assert p4.firma.isChecked() and p4.idioma.currentData() == "en"
    assert c.tipo == "molino" and c.productor.correo == "certificates@steelmill.se"
    assert "EN 10219-1:2006" in c.descripcion
    # the notice's field 4 was not changed (the clerk said no), and he was asked
    assert w.estado.aviso.pais_origen_acero == "TUR"
    assert any("campo 4" in texto for t, _titulo, texto in dialogos_falsos.llamadas if t == "confirmar")

    # -- the PDF is kept with the notice --------------------------------------------------------
    sha = hashlib.sha256(muestra.read_bytes()).hexdigest()
    assert c.archivo == "Certificado Steel Mill.pdf" and c.extra["documento_sha256"] == sha
    copia = ruta_documento(paths_ui, sha)
    assert copia is not None and copia.read_bytes() == muestra.read_bytes()
    assert "Certificado Steel Mill.pdf" in p4.documento.text()

    # -- live checks and autosave ran ------------------------------------------------------------
    qtbot.waitUntil(lambda: any(h.certificado == nuevo and "volumen_kg" in h.campos for h in w.hallazgos), timeout=3000)

    def guardado():
        cert = almacen.cargar_expediente(demo).certificado(nuevo)
        return cert is not None and cert.numero == "1866645/001-A"

    qtbot.waitUntil(guardado, timeout=5000)
    cert = almacen.cargar_expediente(demo).certificado(nuevo)
    assert cert.coladas == ("175508",) and cert.pais == "AUT" and cert.extra["documento_sha256"] == sha
    assert cert.archivo == "Certificado Steel Mill.pdf"

    # -- the correction that is printed in the PDF was learned (the typed number is not in it) -----
    [plantilla] = list(paths_ui.plantillas.glob("*.json"))
    datos = json.loads(plantilla.read_text(encoding="utf-8"))
    assert datos["nombre"] == "Steel Mill SE" and set(datos["campos"]) == {"coladas"}
    assert "Se recordó dónde pone «Steel Mill SE»" in p4.lectura_estado.text()

    # -- the next certificate of that mill: the template finds the heat where it was -------------
    dialogos_falsos.abrir = muestra
    qtbot.mouseClick(p4.leer_pdf, Qt.MouseButton.LeftButton)
    dlg2 = _esperar_revision(qtbot, p4)
    coladas = dlg2.propuesta("coladas")
    assert coladas.propuesto == "175508" and coladas.campo.metodo == "plantilla"
    assert "Steel Mill SE" in dlg2.resumen.texto.text()
    dlg2.reject()  # closing the panel changes nothing
    qtbot.waitUntil(lambda: p4.revision is None)
    assert "no cambió nada" in p4.lectura_estado.text()
    assert {c.id for c in w.estado.exp.certificados} == antes | {nuevo}


def test_un_certificado_vacio_se_llena_y_el_campo_4_vacio_se_toma(paso4, qtbot, muestra, dialogos_falsos):
    w, p4 = paso4
    from dataclasses import replace

    a = w.estado.aviso
    w.estado.aviso = replace(a, pais_origen_acero="", fabricante=replace(a.fabricante, nombre="", domicilio=""))
    qtbot.mouseClick(p4.agregar, Qt.MouseButton.LeftButton)
    vacio = p4.certificado().id
    n = len(w.estado.exp.certificados)
    assert p4.leer(muestra)
    dlg = _esperar_revision(qtbot, p4)
    dlg.aceptar_marcados()
    dlg.accept()
    qtbot.waitUntil(lambda: p4.revision is None)
    assert len(w.estado.exp.certificados) == n  # the empty one was filled, no question asked
    assert not dialogos_falsos.de("elegir_opcion") and not dialogos_falsos.de("confirmar")
    c = w.estado.exp.certificado(vacio)
    assert c.numero == "1866645/001" and c.pais == "AUT"
    assert w.estado.aviso.pais_origen_acero == "AUT"  # field 4 was empty: taken from the mill certificate
    fab = w.estado.aviso.fabricante  # field 9 was empty and no quality certificate is linked: the mill made it
    assert fab.nombre == "Steel Mill SE" and fab.domicilio.startswith("Stahlstrasse 1")
    assert not list(Path(p4._servicios().paths.plantillas).glob("*.json"))  # nothing corrected, nothing learned


def test_pdf_danado_mensaje_en_espanol_y_nada_cambia(paso4, qtbot, tmp_path, dialogos_falsos, paths_ui):
    w, p4 = paso4
    malo = tmp_path / "certificado.pdf"
    malo.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% cortado a la mitad")
    antes = w.estado.exp
    dialogos_falsos.abrir = malo
    qtbot.mouseClick(p4.leer_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogos_falsos.de("error")), timeout=10000)
    [(_t, titulo, texto)] = dialogos_falsos.de("error")
    assert titulo == "No se pudo leer el certificado"
    assert "«certificado.pdf»" in texto and "dañado" in texto
    assert p4.revision is None and not p4.barra_lectura.isVisibleTo(p4) and p4.leer_pdf.isEnabled()
    assert w.estado.exp is antes and not w.estado.hay_cambios()
    assert not paths_ui.documentos.exists() or not any(paths_ui.documentos.iterdir())


def test_pdf_con_contrasena_se_pide_y_se_reintenta(paso4, qtbot, tmp_path, dialogos_falsos, monkeypatch):
    from app.ui import dialogos

    w, p4 = paso4
    cifrado = _pdf_simple(tmp_path / "cifrado.pdf", ["Certificate No.: NRS-2025/0042", "Heat No.: 4455661",
                                                      "Date of issue: 01.07.2025"],
                          encrypt=pdfencrypt.StandardEncryption("secreto", canPrint=1))
    respuestas = iter(["equivocada", "secreto"])
    pedidas = []

    def pedir_contrasena(_padre, titulo, etiqueta):
        pedidas.append((titulo, etiqueta))
        return next(respuestas)

    monkeypatch.setattr(dialogos, "pedir_contrasena", pedir_contrasena)
    assert p4.leer(cifrado)
    dlg = _esperar_revision(qtbot, p4)
    assert len(pedidas) == 2
    assert pedidas[0][0] == "PDF protegido con contraseña"
    assert "protegido con contraseña" in pedidas[0][1]
    assert "La contraseña escrita no abre este PDF" in pedidas[1][1]
    assert dlg.propuesta("numero").propuesto == "NRS-2025/0042"
    assert dlg.propuesta("coladas").propuesto == "4455661"
    assert 1 in dlg.resultado.imagenes and not dlg.resultado.imagenes[1].isNull()  # drawn with the password
    dlg.reject()


def test_contrasena_cancelada_no_cambia_nada(paso4, qtbot, tmp_path, dialogos_falsos):
    w, p4 = paso4
    cifrado = _pdf_simple(tmp_path / "cifrado.pdf", ["Certificate No.: NRS-2025/0042"],
                          encrypt=pdfencrypt.StandardEncryption("secreto", canPrint=1))
    dialogos_falsos.texto = None
    antes = w.estado.exp
    assert p4.leer(cifrado)
    qtbot.waitUntil(lambda: p4.lectura_estado.isVisibleTo(p4), timeout=10000)
    assert "protegido con contraseña" in p4.lectura_estado.text()
    assert p4.revision is None and w.estado.exp is antes


def test_arrastrar_y_soltar_un_pdf(paso4, qtbot, muestra):
    w, p4 = paso4
    datos = QMimeData()
    datos.setUrls([QUrl.fromLocalFile(str(muestra))])
    entrar = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, datos, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(p4, entrar)
    assert entrar.isAccepted()
    soltar = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, datos, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(p4, soltar)
    dlg = _esperar_revision(qtbot, p4)
    assert dlg.resultado.ruta == muestra
    dlg.reject()
    # a text file is not accepted
    otro = QMimeData()
    otro.setUrls([QUrl.fromLocalFile(str(muestra.with_suffix(".txt")))])
    entrar = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, otro, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(p4, entrar)
    assert not entrar.isAccepted()


def test_aviso_presentado_no_lee_pdf(ventana, qtbot, almacen, demo, muestra):
    from app.domain.model import EstadoAviso

    almacen.cambiar_estado(demo, "A3", EstadoAviso.PRESENTADO, folio_vucem="0130118-2025-000001")
    w = abrir_aviso(ventana, qtbot, demo, "A3")
    w.ir_a(Pagina.CERTIFICADOS)
    p4 = w.pagina(Pagina.CERTIFICADOS)
    assert not p4.leer_pdf.isEnabled()
    assert not p4.leer(muestra)


# -- a scanned certificate (OCR): the one slow case -------------------------------------------


@pytest.fixture
def escaneo(tmp_path) -> Path:
    if not HAY_TESSERACT:
        pytest.skip("Tesseract no está instalado")
    from tests.extract.sinteticos import escanear

    origen = _pdf_simple(tmp_path / "origen.pdf", ["Mill Test Certificate", "Certificate No.: NRS-2025/0042",
                                                    "Date of issue: 01.07.2025", "Heat No.: 4455661",
                                                    "Net weight: 24,800 kg", "Country of origin: SWEDEN"])
    return escanear(origen, tmp_path / "escaneo.pdf", giro=90, dpi=200)


def test_escaneo_se_lee_con_ocr_girado_y_se_puede_cancelar(paso4, qtbot, escaneo, dialogos_falsos):
    w, p4 = paso4
    hilos = threading.active_count()
    # cancel: nothing changes, the thread ends
    assert p4.leer(escaneo)
    qtbot.mouseClick(p4.lectura_cancelar, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Se canceló" in p4.lectura_estado.text(), timeout=30000)
    assert p4.revision is None and not p4.leyendo() and p4.leer_pdf.isEnabled()
    assert threading.active_count() <= hilos
    # read it: OCR page turned back upright, boxes on the turned image
    assert p4.leer(escaneo)
    dlg = _esperar_revision(qtbot, p4, timeout=30000)
    pag = dlg.lectura.paginas[0]
    assert pag.metodo == "ocr" and pag.rotacion == 90
    numero = dlg.propuesta("numero")
    assert numero.propuesto == "NRS-2025/0042"
    imagen = dlg.resultado.imagenes[1]
    assert imagen.width() < imagen.height()  # upright again (the scan lies on its side)
    x0, y0, x1, y1 = numero.campo.bbox
    assert _tinta_en(imagen, QRectF(x0, y0, x1 - x0, y1 - y0), pag.ancho) > 0.05
    assert "OCR" in dlg.selector_pagina.currentText()
    dlg.reject()


def test_cerrar_el_asistente_mientras_lee_no_deja_hilos(paso4, qtbot, escaneo):
    w, p4 = paso4
    assert p4.leer(escaneo)
    w.close()  # the page cancels and joins; the fixture checks no thread survived
    assert not p4.leyendo()


# -- the mill templates dialog ------------------------------------------------------------------


def test_plantillas_de_molinos_exportar_importar_eliminar(ventana, qtbot, tmp_path, dialogos_falsos, paths_ui):
    from app.extract import leer_certificado
    from app.extract.plantillas import aprender, guardar_plantilla
    from app.ui.plantillas import DialogoPlantillas

    assert ventana.acc_plantillas.text() == "Plantillas de &molinos…"
    pdf = _pdf_simple(tmp_path / "a.pdf", ["Ref. interna: RI-2025/0412", "Lote 7A40112"])
    plantilla = aprender(leer_certificado(pdf), "numero", "RI-2025/0412", productor="NORDIC RAIL STEEL AB")
    guardar_plantilla(paths_ui.plantillas, plantilla)
    dlg = DialogoPlantillas(ventana.servicios, ventana)
    qtbot.addWidget(dlg)
    assert dlg.tabla.rowCount() == 1 and dlg.tabla.item(0, 0).text() == "NORDIC RAIL STEEL AB"
    assert "Número (7)" in dlg.tabla.item(0, 1).text()

    dialogos_falsos.guardar = tmp_path / "para_colega"
    assert dlg.exportar() == tmp_path / "para_colega.zip"
    assert (tmp_path / "para_colega.zip").is_file()

    dialogos_falsos.confirmar = True
    dlg.tabla.selectRow(0)
    assert dlg.eliminar() == 1 and dlg.tabla.rowCount() == 0
    assert not list(paths_ui.plantillas.glob("*.json"))

    dialogos_falsos.abrir = tmp_path / "para_colega.zip"
    assert dlg.importar() == 1 and dlg.tabla.rowCount() == 1
    assert "1 molino(s) nuevo(s)" in dialogos_falsos.de("informar")[-1][2]
    assert dlg.importar() == 1  # again: the same mill, updated (merged), not duplicated
    assert dlg.tabla.rowCount() == 1

    malo = tmp_path / "malo.json"
    malo.write_text("[1, 2]", encoding="utf-8")
    dialogos_falsos.abrir = malo
    assert dlg.importar() == 0
    assert "no es un archivo de plantillas" in dialogos_falsos.de("error")[-1][2]
    dlg.close()
