"""Preferencias › «OCR (Tesseract)»: the path, the «Probar» self-test and saving it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.ui.ajustes import Ajustes

SISTEMA = shutil.which("tesseract")


@pytest.fixture
def dialogo(ventana, qtbot, monkeypatch):
    import pytesseract

    from app.ui.preferencias import DialogoPreferencias

    monkeypatch.delenv("TESSERACT_CMD", raising=False)
    # the test changes the reader's Tesseract: put it back afterwards
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", pytesseract.pytesseract.tesseract_cmd)
    d = DialogoPreferencias(ventana.servicios, ventana)
    qtbot.addWidget(d)
    yield d
    assert d.ocr.esperar(30000)
    d.close()


def probar(qtbot, grupo, ruta: str) -> str:
    grupo.ruta.setText(ruta)
    qtbot.mouseClick(grupo.probar, Qt.MouseButton.LeftButton)
    assert not grupo.probar.isEnabled()  # the self-test runs off the UI thread
    qtbot.waitUntil(lambda: grupo.probar.isEnabled(), timeout=30000)
    return grupo.resultado.text()


def test_la_pestana_ocr_empieza_en_automatico(dialogo):
    pagina = dialogo.ocr
    assert pagina.grupo.title() == "OCR (Tesseract)"
    assert dialogo.pestanas.indexOf(pagina) == dialogo.pestanas.count() - 1  # the last tab: the others keep their place
    assert dialogo.pestanas.tabText(dialogo.pestanas.indexOf(pagina)) == "OCR (&Tesseract)"
    assert pagina.ruta.text() == "" and "Automático" in pagina.ruta.placeholderText()
    assert pagina.resultado.isHidden()


def test_una_ruta_falsa_explica_que_hacer(dialogo, qtbot):
    texto = probar(qtbot, dialogo.ocr, "/no/existe/tesseract")
    assert "No se encontró el programa Tesseract en «/no/existe/tesseract»" in texto
    assert "Instale Tesseract OCR con los idiomas español e inglés" in texto
    assert dialogo.ocr.resultado.property("rol") == "mensaje-error"


@pytest.mark.skipif(SISTEMA is None, reason="Tesseract no está instalado en este equipo")
def test_probar_el_tesseract_del_sistema_y_guardarlo(dialogo, qtbot, paths_ui):
    import pytesseract

    texto = probar(qtbot, dialogo.ocr, "")  # empty: the automatic search
    assert texto.startswith("Tesseract ") and "spa" in texto and "eng" in texto
    assert dialogo.ocr.resultado.property("rol") == ""

    dialogo.ocr.ruta.setText(SISTEMA)
    dialogo.accept()
    assert Ajustes(paths_ui.configuracion).ruta_tesseract == SISTEMA
    # the certificate reader uses it from now on
    assert pytesseract.pytesseract.tesseract_cmd == str(Path(SISTEMA).resolve())


def test_examinar_llena_la_ruta(dialogo, dialogos_falsos, tmp_path):
    programa = tmp_path / "Tesseract-OCR" / "tesseract.exe"
    dialogos_falsos.abrir = programa
    dialogo.ocr.examinar()
    assert dialogo.ocr.ruta.text() == str(programa)


def test_cancelar_no_guarda(dialogo, paths_ui):
    dialogo.ocr.ruta.setText("/opt/tesseract/bin/tesseract")
    dialogo.reject()
    assert Ajustes(paths_ui.configuracion).ruta_tesseract == ""
