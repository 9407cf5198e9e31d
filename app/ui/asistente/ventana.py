"""The notice wizard: seven steps in VUCEM's order, live checks and autosave.

* Live checks: every edit restarts a 150 ms single-shot timer; when it fires, ``revisar`` runs on
  the expediente being edited (a few milliseconds) and each page gets the findings located on it.
* Autosave: the first edit after a save starts a 600 ms single-shot timer (not restarted by later
  edits), so whatever is typed reaches the database within a second even while typing; a page
  change and closing the window save at once. The page is saved as ``ultima_pagina``.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.hallazgos import Hallazgo
from app.domain.model import EstadoAviso, Expediente
from app.domain.reglas import revisar
from app.ui import dialogos, estilo
from app.ui.asistente.base import EstadoAsistente, Pagina, PaginaBase, ajustar_formularios, nota, ubicar
from app.ui.asistente.pag_cantidad import PaginaCantidad
from app.ui.asistente.pag_certificados import PaginaCertificados
from app.ui.asistente.pag_descripcion import PaginaDescripcion
from app.ui.asistente.pag_fabricante import PaginaFabricante
from app.ui.asistente.pag_fraccion import PaginaFraccion
from app.ui.asistente.pag_paises import PaginaPaises
from app.ui.asistente.pag_revision import PaginaRevision
from app.ui.nombres import nombre_estado
from app.ui.servicios import Servicios

RETARDO_REVISION_MS = 150
RETARDO_GUARDADO_MS = 600


class Asistente(QDialog):
    """One notice being prepared. Non-modal; several can be open at once."""

    guardado = Signal(int, str)  # expediente_id, clave
    estado_cambiado = Signal(int, str)
    revisado = Signal()  # the findings were updated (tests and the benchmark wait on it)

    def __init__(self, servicios: Servicios, expediente_id: int, exp: Expediente, aviso_id: str,
                 pagina: int | None = None, nombre_expediente: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.expediente_id = expediente_id
        self.nombre_expediente = nombre_expediente
        self.estado = EstadoAsistente(exp=exp, aviso_id=aviso_id, catalogos=servicios.catalogos, hoy=servicios.hoy)
        self.setObjectName("asistente")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.hallazgos: list[Hallazgo] = []
        self.hallazgos_expediente: list[Hallazgo] = []
        self.duracion_revision = 0.0  # seconds the last ``revisar`` took
        self.ultimo_guardado: datetime | None = None
        self.error_guardado = ""
        self._pagina_guardada: int | None = pagina
        self._cerrando = False

        # -- timers -------------------------------------------------------------------------
        self._t_revision = QTimer(self)
        self._t_revision.setSingleShot(True)
        self._t_revision.setInterval(RETARDO_REVISION_MS)
        self._t_revision.timeout.connect(self.revisar_ahora)
        self._t_guardado = QTimer(self)
        self._t_guardado.setSingleShot(True)
        self._t_guardado.setInterval(RETARDO_GUARDADO_MS)
        self._t_guardado.timeout.connect(self.guardar)

        # -- pages ---------------------------------------------------------------------------
        clases = [PaginaFraccion, PaginaCantidad, PaginaPaises, PaginaCertificados, PaginaFabricante,
                  PaginaDescripcion, PaginaRevision]
        self.paginas: dict[Pagina, PaginaBase] = {}
        self.pila = QStackedWidget()
        for cls in clases:
            p = cls(self.estado)
            ajustar_formularios(p)
            self.paginas[p.pagina] = p
            p.cambiado.connect(self._al_cambiar)
            p.ir_a.connect(self.ir_a_campo)
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(p)
            self.pila.addWidget(area)
        revision = self.paginas[Pagina.REVISION]
        assert isinstance(revision, PaginaRevision)
        revision.marcar_listo.connect(self.marcar_listo)
        fabricante = self.paginas[Pagina.FABRICANTE]
        assert isinstance(fabricante, PaginaFabricante)
        fabricante.pedir_alta.connect(self.preparar_alta)

        # -- steps list ----------------------------------------------------------------------------
        self.pasos = QListWidget()
        self.pasos.setObjectName("pasos")
        self.pasos.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.pasos.setFixedWidth(230)
        self.pasos.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pasos.setTextElideMode(Qt.TextElideMode.ElideRight)
        for i, p in enumerate(self.paginas.values(), start=1):
            item = QListWidgetItem(f"{i}. {p.titulo_corto()}")
            item.setToolTip(self.tr("Alt+{n}").format(n=i))
            self.pasos.addItem(item)
        self.pasos.currentRowChanged.connect(self._paso_elegido)

        # -- header --------------------------------------------------------------------------------
        encabezado = QFrame()
        encabezado.setProperty("rol", "encabezado")
        hv = QVBoxLayout(encabezado)
        hv.setContentsMargins(16, 10, 16, 10)
        hv.setSpacing(2)
        self.titulo = QLabel()
        self.titulo.setObjectName("tituloPagina")
        self.titulo.setProperty("rol", "titulo-pagina")
        self.subtitulo = QLabel()
        self.subtitulo.setObjectName("subtituloPagina")
        self.subtitulo.setProperty("rol", "subtitulo-pagina")
        self.subtitulo.setWordWrap(True)
        hv.addWidget(self.titulo)
        hv.addWidget(self.subtitulo)
        self.banda = nota("", "nota-aviso", "aviso")
        self.banda.setObjectName("bandaEstado")
        self.banda.hide()

        # -- buttons -------------------------------------------------------------------------------
        self.estado_guardado = QLabel()
        self.estado_guardado.setObjectName("estadoGuardado")
        self.estado_guardado.setProperty("rol", "ayuda")
        self.anterior = QPushButton(self.tr("< &Anterior"))
        self.anterior.setObjectName("anterior")
        self.anterior.setAutoDefault(False)
        self.siguiente = QPushButton(self.tr("Siguie&nte >"))
        self.siguiente.setObjectName("siguiente")
        self.siguiente.setDefault(True)
        self.cerrar_boton = QPushButton(self.tr("Ce&rrar"))
        self.cerrar_boton.setObjectName("cerrar")
        self.cerrar_boton.setAutoDefault(False)
        self.cerrar_boton.setToolTip(self.tr("Todo se guarda solo; cerrar no pierde nada."))
        self.anterior.clicked.connect(self.ir_anterior)
        self.siguiente.clicked.connect(self.ir_siguiente)
        self.cerrar_boton.clicked.connect(self.close)
        barra = QHBoxLayout()
        barra.setContentsMargins(12, 6, 12, 10)
        barra.addWidget(self.estado_guardado, 1)
        barra.addWidget(self.anterior)
        barra.addWidget(self.siguiente)
        barra.addSpacing(12)
        barra.addWidget(self.cerrar_boton)

        derecha = QVBoxLayout()
        derecha.setContentsMargins(0, 0, 0, 0)
        derecha.setSpacing(0)
        derecha.addWidget(encabezado)
        contenido = QVBoxLayout()
        contenido.setContentsMargins(16, 10, 16, 4)
        contenido.addWidget(self.banda)
        contenido.addWidget(self.pila, 1)
        derecha.addLayout(contenido, 1)
        linea = QFrame()
        linea.setFrameShape(QFrame.Shape.HLine)
        linea.setFrameShadow(QFrame.Shadow.Sunken)
        derecha.addWidget(linea)
        derecha.addLayout(barra)
        raiz = QHBoxLayout(self)
        raiz.setContentsMargins(0, 0, 0, 0)
        raiz.setSpacing(0)
        izquierda = QVBoxLayout()
        izquierda.setContentsMargins(8, 10, 0, 10)
        et = QLabel(self.tr("Pasos"))
        et.setFont(estilo.fuente_negrita(et.font()))
        izquierda.addWidget(et)
        izquierda.addWidget(self.pasos, 1)
        self.resumen = QLabel()
        self.resumen.setObjectName("resumenPasos")
        self.resumen.setWordWrap(True)
        self.resumen.setProperty("rol", "ayuda")
        izquierda.addWidget(self.resumen)
        raiz.addLayout(izquierda)
        raiz.addLayout(derecha, 1)

        # -- keyboard -------------------------------------------------------------------------------
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.ir_siguiente)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.ir_anterior)
        for p in Pagina:
            QShortcut(QKeySequence(f"Alt+{int(p) + 1}"), self, lambda p=p: self.ir_a(p))

        # -- restore -------------------------------------------------------------------------------
        geo = servicios.ajustes.geometria("asistente")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1220, 800)
        self._actualizar_titulo()
        for p in self.paginas.values():
            p.recargar()
        self.revisar_ahora()
        inicio = Pagina(pagina) if pagina is not None and pagina in iter(Pagina) else Pagina.FRACCION
        self.ir_a(inicio, guardar=False)
        self._mostrar_guardado()

    # -- navigation ---------------------------------------------------------------------------------
    @property
    def pagina_actual(self) -> Pagina:
        return Pagina(self.pila.currentIndex())

    def pagina(self, p: Pagina) -> PaginaBase:
        return self.paginas[p]

    def ir_a(self, p: Pagina, *, guardar: bool = True) -> None:
        p = Pagina(p)
        cambia = p != self.pagina_actual or self.pasos.currentRow() != int(p)
        if self._t_revision.isActive():
            self.revisar_ahora()
        self.pila.setCurrentIndex(int(p))
        self.pasos.blockSignals(True)
        self.pasos.setCurrentRow(int(p))
        self.pasos.blockSignals(False)
        pag = self.paginas[p]
        pag.recargar()
        if p == Pagina.FABRICANTE:
            self.mostrar_seguimiento_alta()
        self._distribuir()
        self.titulo.setText(self.tr("Paso {n} de {total}: {titulo}").format(n=int(p) + 1, total=len(Pagina),
                                                                            titulo=pag.titulo()))
        self.subtitulo.setText(pag.subtitulo())
        self.anterior.setEnabled(p != Pagina.FRACCION)
        ultimo = p == Pagina.REVISION
        self.siguiente.setEnabled(not ultimo)
        self.siguiente.setDefault(not ultimo)
        primero = pag.primer_campo()
        if primero is not None:
            primero.setFocus(Qt.FocusReason.OtherFocusReason)
        if guardar and cambia:
            self.guardar(forzar=True)

    def ir_siguiente(self) -> None:
        if self.pagina_actual < Pagina.REVISION:
            self.ir_a(Pagina(self.pagina_actual + 1))

    def ir_anterior(self) -> None:
        if self.pagina_actual > Pagina.FRACCION:
            self.ir_a(Pagina(self.pagina_actual - 1))

    def _paso_elegido(self, fila: int) -> None:
        if 0 <= fila < len(Pagina):
            self.ir_a(Pagina(fila))

    def ir_a_campo(self, p: Pagina, campo: str, certificado: str | None) -> None:
        """A finding was activated: show its page and focus its field."""
        self.ir_a(p)
        self.paginas[p].enfocar(campo, certificado)

    # -- edits, checks ---------------------------------------------------------------------------------
    def _al_cambiar(self) -> None:
        a = self.estado.aviso
        if a.estado in (EstadoAviso.LISTO, EstadoAviso.RECHAZADO):
            self._volver_a_borrador()
        self._t_revision.start()  # restart: debounce
        if not self._t_guardado.isActive():  # throttle: never later than 600 ms after the first edit
            self._t_guardado.start()
        self._mostrar_guardado()

    def _volver_a_borrador(self) -> None:
        """A ready (or rejected) notice that changes is a draft again."""
        a = self.estado.aviso
        try:
            self.servicios.almacen.cambiar_estado(self.expediente_id, a.id, EstadoAviso.BORRADOR)
        except Exception as e:  # noqa: BLE001 - shown, never lost: the content is still saved
            self.error_guardado = str(e)
            return
        self.estado.exp = self.estado.exp.con_aviso(replace(a, estado=EstadoAviso.BORRADOR))
        self.estado.aviso_modificado = True
        self._actualizar_titulo()
        self.estado_cambiado.emit(self.expediente_id, a.id)

    def revisar_ahora(self) -> None:
        self._t_revision.stop()
        t0 = time.perf_counter()
        rev = revisar(self.estado.exp, self.servicios.catalogos, self.servicios.hoy())
        self.duracion_revision = time.perf_counter() - t0
        self.hallazgos = list(rev.por_aviso.get(self.estado.aviso_id, ()))
        self.hallazgos_expediente = list(rev.expediente)
        self._distribuir()
        self.revisado.emit()

    def _distribuir(self) -> None:
        por_pagina: dict[Pagina, list[Hallazgo]] = {p: [] for p in Pagina}
        for h in self.hallazgos:
            por_pagina[ubicar(h).pagina].append(h)
        actual = self.pagina_actual
        for p, pag in self.paginas.items():
            if p == Pagina.REVISION:
                if actual == Pagina.REVISION:
                    pag.cargar()
                pag.mostrar_hallazgos(self.hallazgos, self.hallazgos_expediente)  # type: ignore[call-arg]
            else:
                pag.mostrar_hallazgos(por_pagina[p])
        errores = 0
        for p in Pagina:
            item = self.pasos.item(int(p))
            hs = self.hallazgos if p == Pagina.REVISION else por_pagina[p]
            if any(h.es_error for h in hs):
                item.setIcon(estilo.icono("error"))
            elif hs:
                item.setIcon(estilo.icono("aviso"))
            else:
                item.setIcon(estilo.icono("ok"))
        errores = sum(1 for h in self.hallazgos if h.es_error)
        avisos = len(self.hallazgos) - errores
        self.resumen.setText(self.tr("{e} error(es), {a} advertencia(s)").format(e=errores, a=avisos))

    def errores(self) -> int:
        return sum(1 for h in self.hallazgos if h.es_error)

    # -- saving -----------------------------------------------------------------------------------------
    def guardar(self, forzar: bool = False) -> bool:
        """Write what changed (certificates, invoices, the notice and its page); True if all is saved."""
        self._t_guardado.stop()
        pagina = int(self.pagina_actual)
        if not self.estado.hay_cambios() and not (forzar and pagina != self._pagina_guardada):
            return True
        e = self.estado
        try:
            for cid in sorted(e.certificados_modificados):
                cert = e.exp.certificado(cid)
                if cert is not None:
                    self.servicios.almacen.guardar_certificado(self.expediente_id, cert)
            for fid in sorted(e.facturas_modificadas):
                factura = next((f for f in e.exp.facturas if f.id == fid), None)
                if factura is not None:
                    self.servicios.almacen.guardar_factura(self.expediente_id, factura)
            self.servicios.almacen.guardar_aviso(self.expediente_id, e.aviso, ultima_pagina=pagina)
        except Exception as err:  # noqa: BLE001 - ErrorAlmacen and disk errors: keep the edits, retry
            self.error_guardado = str(err)
            self._mostrar_guardado()
            if not self._cerrando:
                self._t_guardado.start(3000)
            return False
        e.limpiar_cambios()
        self._pagina_guardada = pagina
        self.error_guardado = ""
        self.ultimo_guardado = datetime.now()
        self._mostrar_guardado()
        self.guardado.emit(self.expediente_id, e.aviso_id)
        return True

    def _mostrar_guardado(self) -> None:
        if self.error_guardado:
            self.estado_guardado.setStyleSheet(f"color: {estilo.ROJO_TEXTO};")
            self.estado_guardado.setText(self.tr("No se pudo guardar: {error} Se reintentará; no cierre el programa.")
                                         .format(error=self.error_guardado))
            return
        self.estado_guardado.setStyleSheet("")
        if self.estado.hay_cambios():
            self.estado_guardado.setText(self.tr("Guardando…"))
        elif self.ultimo_guardado is not None:
            self.estado_guardado.setText(self.tr("Guardado {hora}").format(hora=self.ultimo_guardado.strftime("%H:%M:%S")))
        else:
            self.estado_guardado.setText(self.tr("Todo está guardado"))

    # -- status -------------------------------------------------------------------------------------------
    def marcar_listo(self) -> None:
        if not self.guardar(forzar=True):
            dialogos.error(self, self.tr("No se pudo guardar"), self.error_guardado)
            return
        self.revisar_ahora()
        a = self.estado.aviso
        try:
            nuevo = self.servicios.almacen.cambiar_estado(self.expediente_id, a.id, EstadoAviso.LISTO,
                                                          errores_pendientes=self.errores())
        except Exception as e:  # noqa: BLE001 - the store explains in Spanish why not
            dialogos.advertir(self, self.tr("No se puede marcar como listo"), str(e))
            return
        self.estado.exp = self.estado.exp.con_aviso(replace(a, estado=nuevo.estado))
        self._actualizar_titulo()
        self.paginas[Pagina.REVISION].recargar()
        self._distribuir()
        self.estado_cambiado.emit(self.expediente_id, a.id)

    def _actualizar_titulo(self) -> None:
        a = self.estado.aviso
        exp = f" · {self.nombre_expediente}" if self.nombre_expediente else ""
        self.setWindowTitle(self.tr("Aviso {clave}{expediente} — {estado} — Asistente AAIPS").format(
            clave=a.id, expediente=exp, estado=nombre_estado(a.estado)))
        if not self.estado.editable:
            detalle = self.tr("folio {folio}").format(folio=a.folio_vucem) if a.folio_vucem else ""
            if a.numero_aviso:
                detalle = self.tr("número de aviso {numero}").format(numero=a.numero_aviso)
            self.banda.texto.setText(self.tr(
                "Este aviso ya se presentó en VUCEM ({detalle}): se muestra solo para consulta. Para uno nuevo con "
                "estos datos use «Duplicar» en la ventana principal.").format(detalle=detalle or nombre_estado(a.estado)))
            self.banda.show()
        else:
            self.banda.hide()

    # -- what changed elsewhere -------------------------------------------------------------------------------
    def catalogos_actualizados(self) -> None:
        """The clerk imported a catalog or typed an exchange rate: check again with the new catalogs."""
        self.estado.catalogos = self.servicios.catalogos
        self.paginas[self.pagina_actual].recargar()
        self.revisar_ahora()

    def recargar_facturas(self) -> None:
        """The invoices were edited in the «Facturas» window: take them (unless this notice changed one)."""
        if self.estado.facturas_modificadas:
            return
        try:
            fresco = self.servicios.almacen.cargar_expediente(self.expediente_id)
        except Exception:  # noqa: BLE001 - the wizard keeps its copy; the next check will show it
            return
        self.estado.exp = replace(self.estado.exp, facturas=fresco.facturas)
        self.paginas[self.pagina_actual].recargar()
        self.revisar_ahora()

    # -- mill registration ---------------------------------------------------------------------------------
    def preparar_alta(self):  # -> DialogoAltaMolino
        """The registration request of the notice's mill (R10), non-blocking."""
        from app.ui.alta_molino import DialogoAltaMolino

        self.guardar(forzar=True)
        dialogo = DialogoAltaMolino(self.servicios, expediente_id=self.expediente_id, aviso_id=self.estado.aviso_id,
                                    parent=self)
        dialogo.guardada.connect(lambda _s: self.mostrar_seguimiento_alta())
        dialogo.open()
        return dialogo

    def mostrar_seguimiento_alta(self) -> None:
        from app.ui.alta_molino import solicitud_de_molino, texto_seguimiento

        pagina = self.paginas[Pagina.FABRICANTE]
        assert isinstance(pagina, PaginaFabricante)
        nombre = self.estado.aviso.molino.nombre
        try:
            s = solicitud_de_molino(self.servicios.almacen.solicitudes_molino(), nombre, expediente_id=self.expediente_id,
                                    aviso=self.estado.aviso_id)
        except Exception:  # noqa: BLE001 - a read problem must not stop the wizard
            s = None
        if s is None:
            pagina.mostrar_seguimiento(self.tr("Todavía no hay solicitud de alta para este molino."))
            return
        texto, vencida = texto_seguimiento(s, self.servicios.hoy())
        pagina.mostrar_seguimiento(self.tr("Solicitud de alta: {estado}").format(estado=texto), vencida)

    # -- closing -----------------------------------------------------------------------------------------------
    def done(self, resultado: int) -> None:  # noqa: D401 - Qt API: Esc, the close box and «Cerrar» end here
        self._cerrando = True
        self._t_revision.stop()
        if not self.guardar(forzar=True):
            ruta = self.servicios.rescatar(self.estado.exp, f"expediente{self.expediente_id}-{self.estado.aviso_id}")
            donde = self.tr(" Se guardó una copia del expediente en {ruta}.").format(ruta=ruta) if ruta else ""
            dialogos.error(self, self.tr("No se pudo guardar"), self.tr(
                "La base de datos no aceptó los últimos cambios: {error}{donde} La ventana sigue abierta; "
                "vuelva a cerrarla cuando el problema se resuelva.").format(error=self.error_guardado, donde=donde))
            self._cerrando = False
            self._t_guardado.start(3000)
            return
        self._t_guardado.stop()
        self.servicios.ajustes.guardar_geometria("asistente", QByteArray(self.saveGeometry()))
        super().done(resultado)
