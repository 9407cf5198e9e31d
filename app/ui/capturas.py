"""``aaips screenshots DIR``: render the main window, every wizard step and the dialogs to PNG.

Everything is built in a temporary data folder from the bundled demo expediente
(``resources/demo/expediente_demo.json``), so the user's own database is never touched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
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
    finally:
        for n, f in originales.items():
            setattr(dialogos, n, f)
        for w in list(ventana.asistentes.values()):
            w.close()
        ventana.close()
        ventana.deleteLater()
        _procesar(app)
        almacen.cerrar()
    return escritos
