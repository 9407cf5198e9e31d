"""Fixtures of the desktop application tests: a real SQLite store in tmp_path, fresh settings,
recorded dialogs (no modal box ever blocks a test) and a check that no worker thread leaks."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.archivo import leer_expediente  # noqa: E402
from app.paths import Paths  # noqa: E402
from app.store import abrir_almacen  # noqa: E402

RAIZ = Path(__file__).resolve().parents[2]
DEMO = RAIZ / "resources" / "demo" / "expediente_demo.json"
HOY = date(2025, 8, 10)


@dataclass
class Dialogos:
    """What the code asked through ``app.ui.dialogos`` and the answers the test programmed."""

    llamadas: list[tuple[str, str, str]] = field(default_factory=list)
    confirmar: bool = True
    texto: str | None = None
    opcion: int | None = 0
    abrir: Path | None = None
    guardar: Path | None = None
    carpeta: Path | None = None
    impresora: Callable[[Any], bool] = lambda _impresora: False  # what the print dialog does with the QPrinter

    def de(self, tipo: str) -> list[tuple[str, str, str]]:
        return [c for c in self.llamadas if c[0] == tipo]


@pytest.fixture
def dialogos_falsos(monkeypatch) -> Dialogos:
    from app.ui import dialogos

    d = Dialogos()

    def registro(tipo: str, respuesta):
        def f(_padre, titulo="", texto="", *args, **kwargs):
            d.llamadas.append((tipo, str(titulo), str(texto)))
            return respuesta() if callable(respuesta) else respuesta
        return f

    monkeypatch.setattr(dialogos, "informar", registro("informar", None))
    monkeypatch.setattr(dialogos, "advertir", registro("advertir", None))
    monkeypatch.setattr(dialogos, "error", registro("error", None))
    monkeypatch.setattr(dialogos, "confirmar", registro("confirmar", lambda: d.confirmar))
    monkeypatch.setattr(dialogos, "pedir_texto", registro("pedir_texto", lambda: d.texto))
    monkeypatch.setattr(dialogos, "pedir_contrasena", registro("pedir_contrasena", lambda: d.texto))
    monkeypatch.setattr(dialogos, "elegir_opcion", registro("elegir_opcion", lambda: d.opcion))
    monkeypatch.setattr(dialogos, "elegir_archivo_abrir", registro("abrir", lambda: d.abrir))
    monkeypatch.setattr(dialogos, "elegir_archivo_guardar", registro("guardar", lambda: d.guardar))
    monkeypatch.setattr(dialogos, "elegir_carpeta", registro("carpeta", lambda: d.carpeta))

    def imprimir(_padre, impresora):
        d.llamadas.append(("imprimir", "", ""))
        return d.impresora(impresora)

    monkeypatch.setattr(dialogos, "elegir_impresora", imprimir)
    return d


@pytest.fixture
def paths_ui(tmp_path) -> Paths:
    """This test's own data folder (database, settings INI, backups)."""
    return Paths(datos=tmp_path / "datos", programa=RAIZ).crear()


@pytest.fixture
def almacen(paths_ui):
    a = abrir_almacen(paths_ui.base_datos, paths_ui.respaldos)
    yield a
    a.cerrar()


@pytest.fixture
def demo(almacen) -> int:
    """The bundled demo expediente, saved: A1 Turkish rebar, A2 Korean sheet (EUR), A3 Bremen (listo)."""
    return almacen.guardar_expediente(leer_expediente(DEMO.read_bytes()), nombre="Demo julio")


@pytest.fixture
def ventana(qtbot, qapp, paths_ui, almacen, dialogos_falsos):
    from app.main import construir_ventana
    from app.ui import estilo

    estilo.aplicar_estilo(qapp)
    hilos = threading.active_count()
    v = construir_ventana(paths_ui, None, almacen=almacen, hoy=lambda: HOY)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    yield v
    for w in list(v.asistentes.values()):
        w.close()
    v.close()
    assert v.operaciones.esperar(5000), "quedó trabajo en segundo plano sin terminar"
    assert v.operaciones.activas() == 0
    assert threading.active_count() <= hilos, "un hilo de Python sobrevivió a la ventana"


def abrir_aviso(ventana, qtbot, expediente_id: int, clave: str) -> Any:
    ventana.refrescar()
    assert ventana.seleccionar_aviso(expediente_id, clave)
    w = ventana.abrir_seleccionado()
    assert w is not None
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w
