"""Registering a mill that is not in the SE's catalog (rule R10): the request and its follow-up.

The form starts from the notice's mill certificate (``solicitud_desde_certificado``); the clerk
completes what is missing, writes the data workbook (``preparar_alta_molino``, off the UI thread),
copies the Spanish cover letter (``carta_alta_molino``) and records the day it was sent: the
answer is due 10 business days later (``fecha_respuesta_esperada``) and an overdue request is
shown in red here, in the list of requests and in the main window's status bar. Requests are
kept in the database (``Almacen.guardar_solicitud_molino``), so they survive restarts and are
seen from any expediente.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogos import normalizar
from app.domain.model import Expediente, Importador, TipoCertificado
from app.report.alta_molino import (
    PROCESOS,
    ProductoMolino,
    SolicitudAltaMolino,
    carta_alta_molino,
    fecha_respuesta_esperada,
    preparar_alta_molino,
    seguimiento,
    solicitud_desde_certificado,
)
from app.report.facturas import ErrorArchivo
from app.store import ErrorAlmacen, SolicitudMolino
from app.ui import dialogos, estilo
from app.ui.formato import fecha_vista
from app.ui.operaciones import Operaciones
from app.ui.selectores import SelectorClave
from app.ui.servicios import Servicios
from app.ui.tablas import tabla_de_lectura

# ------------------------------------------------------------------------------------------
# the request's data <-> the JSON kept in the database

_TEXTOS = ("nombre_molino", "empresa", "domicilio", "pais", "pais_nombre", "contacto_nombre", "telefono", "correo",
           "certificado_numero", "importador_rfc", "importador_nombre", "observaciones")


def a_datos(s: SolicitudAltaMolino) -> dict[str, Any]:
    d: dict[str, Any] = {k: getattr(s, k) for k in _TEXTOS}
    d["productos"] = [{"fraccion": p.fraccion, "nico": p.nico, "descripcion": p.descripcion} for p in s.productos]
    d["procesos"] = list(s.procesos)
    d["coladas"] = list(s.coladas)
    d["certificado_fecha"] = s.certificado_fecha.isoformat() if s.certificado_fecha else ""
    return d


def desde_datos(d: Any, nombre: str = "") -> SolicitudAltaMolino:
    if not isinstance(d, dict):
        return SolicitudAltaMolino(nombre_molino=nombre)
    valores = {k: str(d.get(k, "") or "") for k in _TEXTOS}
    valores["nombre_molino"] = valores["nombre_molino"] or nombre
    try:
        fecha = date.fromisoformat(str(d.get("certificado_fecha") or "")) if d.get("certificado_fecha") else None
    except ValueError:
        fecha = None
    productos = tuple(ProductoMolino(str(p.get("fraccion", "")), str(p.get("nico", "")), str(p.get("descripcion", "")))
                      for p in d.get("productos", ()) if isinstance(p, dict))
    return SolicitudAltaMolino(
        **valores, productos=productos, procesos=tuple(str(x) for x in d.get("procesos", ()) if x in PROCESOS),
        coladas=tuple(str(x) for x in d.get("coladas", ())), certificado_fecha=fecha,
    )


def misma_planta(a: str, b: str) -> bool:
    return bool(a.strip()) and normalizar(a) == normalizar(b)


def solicitud_de_molino(solicitudes: list[SolicitudMolino], nombre: str, *, expediente_id: int | None = None,
                        aviso: str = "") -> SolicitudMolino | None:
    """The most recent request for the mill named ``nombre`` (ignoring case and accents), else the
    one made from the notice ``aviso`` of ``expediente_id``."""
    por_nombre = next((s for s in solicitudes if misma_planta(s.molino_nombre, nombre)), None)
    if por_nombre is not None or expediente_id is None or not aviso:
        return por_nombre
    return next((s for s in solicitudes if s.expediente_id == expediente_id and s.aviso_clave == aviso), None)


def texto_seguimiento(s: SolicitudMolino, hoy: date) -> tuple[str, bool]:
    """(Spanish sentence, overdue) for a stored request."""
    if s.estado == "aprobada":
        return QCoreApplication.translate("AltaMolino", "Aprobada por la SE{clave}.").format(clave=f" ({s.clave_se})" if s.clave_se else ""), False
    if s.estado == "rechazada":
        return QCoreApplication.translate("AltaMolino", "Rechazada por la SE."), False
    if s.estado == "preparada" or s.enviada is None:
        return QCoreApplication.translate("AltaMolino", "Preparada; todavía no se registra su envío."), False
    seg = seguimiento(s.enviada, hoy)
    return QCoreApplication.translate("AltaMolino", "Enviada el {fecha}. {seguimiento}").format(fecha=fecha_vista(s.enviada), seguimiento=seg.texto()), seg.vencida


def vencidas(solicitudes: list[SolicitudMolino], hoy: date) -> list[SolicitudMolino]:
    return [s for s in solicitudes if s.pendiente and s.enviada is not None and seguimiento(s.enviada, hoy).vencida]


# ------------------------------------------------------------------------------------------
# one request


class DialogoAltaMolino(QDialog):
    guardada = Signal(object)  # SolicitudMolino

    def __init__(self, servicios: Servicios, *, solicitud: SolicitudMolino | None = None, expediente_id: int | None = None,
                 aviso_id: str = "", operaciones: Operaciones | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.operaciones = operaciones or Operaciones(self)
        self.expediente_id = expediente_id if solicitud is None else solicitud.expediente_id
        self.aviso_id = aviso_id if solicitud is None else solicitud.aviso_clave
        self.setObjectName("dialogoAltaMolino")
        self.setSizeGripEnabled(True)
        self.importador = Importador()
        self.exp: Expediente | None = None
        if self.expediente_id is not None:
            try:
                self.exp = servicios.almacen.cargar_expediente(self.expediente_id)
                self.importador = self.exp.importador
            except ErrorAlmacen:
                self.exp = None
        datos = self._datos_iniciales(solicitud)
        if solicitud is None:  # the same mill may have a request already (another notice, another expediente)
            solicitud = solicitud_de_molino(servicios.almacen.solicitudes_molino(), datos.nombre_molino,
                                            expediente_id=self.expediente_id, aviso=self.aviso_id)
            if solicitud is not None and solicitud.datos:
                datos = desde_datos(solicitud.datos, datos.nombre_molino)
        self.solicitud: SolicitudMolino | None = solicitud
        self.setWindowTitle(self.tr("Solicitud de alta de molino · {molino}").format(
            molino=datos.nombre_molino or self.tr("sin nombre")))
        self._construir()
        self._mostrar(datos)
        self._actualizar()
        self.resize(1180, 760)

    def _datos_iniciales(self, solicitud: SolicitudMolino | None) -> SolicitudAltaMolino:
        if solicitud is not None:
            return desde_datos(solicitud.datos, solicitud.molino_nombre)
        exp = self.exp
        aviso = exp.aviso(self.aviso_id) if exp is not None and self.aviso_id else None
        if exp is not None and aviso is not None:
            certs = [c for c in (exp.certificado(i) for i in aviso.certificados) if c is not None]
            cert = next((c for c in certs if c.tipo == TipoCertificado.MOLINO), None)
            if cert is not None:
                datos = solicitud_desde_certificado(cert, self.servicios.catalogos, expediente=exp)
                if aviso.molino.nombre:  # the plant as the clerk named it in step 5; the certificate's producer owns it
                    empresa = datos.empresa or (datos.nombre_molino if not misma_planta(datos.nombre_molino,
                                                                                        aviso.molino.nombre) else "")
                    datos = replace(datos, nombre_molino=aviso.molino.nombre, empresa=empresa)
                return datos
            return SolicitudAltaMolino(nombre_molino=aviso.molino.nombre, importador_rfc=exp.importador.rfc,
                                       importador_nombre=exp.importador.nombre)
        return SolicitudAltaMolino(nombre_molino="")

    # -- construction -------------------------------------------------------------------------------
    def _construir(self) -> None:
        cats = self.servicios.catalogos
        datos = QGroupBox(self.tr("Datos de la planta"))
        f = QFormLayout(datos)
        self.nombre = QLineEdit()
        self.nombre.setObjectName("altaNombre")
        self.empresa = QLineEdit()
        self.empresa.setObjectName("altaEmpresa")
        self.domicilio = QLineEdit()
        self.domicilio.setObjectName("altaDomicilio")
        self.pais = SelectorClave(cats.paises)
        self.pais.setObjectName("altaPais")
        self.contacto = QLineEdit()
        self.contacto.setObjectName("altaContacto")
        self.telefono = QLineEdit()
        self.telefono.setObjectName("altaTelefono")
        self.correo = QLineEdit()
        self.correo.setObjectName("altaCorreo")
        self.procesos = {k: QCheckBox(v) for k, v in PROCESOS.items()}
        self.procesos["fusion_vaciado"].setText(self.tr("Fusión y &vaciado (acería)"))
        self.procesos["laminado_caliente"].setText(self.tr("&Laminado en caliente"))
        self.certificado = QLineEdit()
        self.certificado.setObjectName("altaCertificado")
        self.observaciones = QLineEdit()
        self.observaciones.setObjectName("altaObservaciones")
        for texto, w in ((self.tr("&Nombre del molino:"), self.nombre), (self.tr("&Empresa propietaria:"), self.empresa),
                         (self.tr("&Domicilio de la planta:"), self.domicilio), (self.tr("&País:"), self.pais),
                         (self.tr("Persona de &contacto:"), self.contacto), (self.tr("Telé&fono:"), self.telefono),
                         (self.tr("Corre&o electrónico:"), self.correo)):
            et = QLabel(texto)
            et.setBuddy(w)
            f.addRow(et, w)
        fila_p = QHBoxLayout()
        for cb in self.procesos.values():
            fila_p.addWidget(cb)
        fila_p.addStretch(1)
        f.addRow(self.tr("Proceso:"), _envolver(fila_p))
        et = QLabel(self.tr("Cert&ificado de referencia:"))
        et.setBuddy(self.certificado)
        f.addRow(et, self.certificado)
        self.productos = QLabel()
        self.productos.setObjectName("altaProductos")
        self.productos.setWordWrap(True)
        self.productos.setProperty("rol", "ayuda")
        f.addRow(self.tr("Productos:"), self.productos)
        et = QLabel(self.tr("O&bservaciones:"))
        et.setBuddy(self.observaciones)
        f.addRow(et, self.observaciones)
        self.faltan = QLabel()
        self.faltan.setObjectName("altaFaltantes")
        self.faltan.setWordWrap(True)
        self.faltan.setProperty("rol", "mensaje-aviso")
        f.addRow(self.faltan)
        for w in (self.nombre, self.empresa, self.domicilio, self.contacto, self.telefono, self.correo, self.certificado,
                  self.observaciones):
            w.textEdited.connect(lambda _t: self._actualizar())
        self.pais.editado.connect(self._actualizar)
        for cb in self.procesos.values():
            cb.toggled.connect(lambda _c: self._actualizar())

        self.bot_excel = QPushButton(self.tr("&Guardar libro de Excel…"))
        self.bot_excel.setObjectName("guardarLibroAlta")
        self.bot_excel.clicked.connect(self.guardar_libro)
        self.archivo = QLabel()
        self.archivo.setObjectName("altaArchivo")
        self.archivo.setWordWrap(True)
        self.archivo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.archivo.setProperty("rol", "ayuda")

        # follow-up
        seg = QGroupBox(self.tr("Seguimiento"))
        sv = QVBoxLayout(seg)
        fila_e = QHBoxLayout()
        hoy = self.servicios.hoy()
        self.enviada = QDateEdit(QDate(hoy.year, hoy.month, hoy.day))
        self.enviada.setObjectName("altaEnviada")
        self.enviada.setCalendarPopup(True)
        self.enviada.setDisplayFormat("dd/MM/yyyy")
        et = QLabel(self.tr("Enviada a la SE el:"))
        et.setBuddy(self.enviada)
        self.bot_enviada = QPushButton(self.tr("&Marcar como enviada"))
        self.bot_enviada.setObjectName("marcarEnviada")
        self.bot_enviada.clicked.connect(self.marcar_enviada)
        fila_e.addWidget(et)
        fila_e.addWidget(self.enviada)
        fila_e.addWidget(self.bot_enviada)
        fila_e.addStretch(1)
        sv.addLayout(fila_e)
        self.estado = QLabel()
        self.estado.setObjectName("altaSeguimiento")
        self.estado.setWordWrap(True)
        sv.addWidget(self.estado)
        fila_r = QHBoxLayout()
        self.bot_aprobada = QPushButton(self.tr("Registrar &aprobación…"))
        self.bot_aprobada.setObjectName("altaAprobada")
        self.bot_aprobada.clicked.connect(self.marcar_aprobada)
        self.bot_rechazada = QPushButton(self.tr("Registrar rec&hazo"))
        self.bot_rechazada.setObjectName("altaRechazada")
        self.bot_rechazada.clicked.connect(self.marcar_rechazada)
        fila_r.addWidget(self.bot_aprobada)
        fila_r.addWidget(self.bot_rechazada)
        fila_r.addStretch(1)
        sv.addLayout(fila_r)

        izquierda = QWidget()
        iv = QVBoxLayout(izquierda)
        iv.setContentsMargins(0, 0, 6, 0)
        iv.addWidget(datos)
        fila_x = QHBoxLayout()
        fila_x.addWidget(self.bot_excel)
        fila_x.addWidget(self.archivo, 1)
        iv.addLayout(fila_x)
        iv.addWidget(seg)
        iv.addStretch(1)

        # the letter
        derecha = QWidget()
        dv = QVBoxLayout(derecha)
        dv.setContentsMargins(6, 0, 0, 0)
        et_carta = QLabel(self.tr("Carta para la &SE (en español)"))
        et_carta.setFont(estilo.fuente_negrita(et_carta.font()))
        self.carta = QPlainTextEdit()
        self.carta.setObjectName("altaCarta")
        self.carta.setReadOnly(True)
        et_carta.setBuddy(self.carta)
        self.bot_copiar = QPushButton(self.tr("Copiar la car&ta"))
        self.bot_copiar.setObjectName("copiarCarta")
        self.bot_copiar.clicked.connect(self.copiar_carta)
        dv.addWidget(et_carta)
        dv.addWidget(self.carta, 1)
        fila_c = QHBoxLayout()
        fila_c.addStretch(1)
        fila_c.addWidget(self.bot_copiar)
        dv.addLayout(fila_c)

        divisor = QSplitter(Qt.Orientation.Horizontal)
        divisor.addWidget(izquierda)
        divisor.addWidget(derecha)
        divisor.setSizes([620, 560])
        divisor.setChildrenCollapsible(False)
        nota = QLabel(self.tr(
            "Un molino que no está en el catálogo de la SE debe darse de alta antes de presentar el aviso: envíe a la SE "
            "la carta con el libro de Excel (o copie los datos en el formato que le entregue la SE). La respuesta tarda "
            "hasta 10 días hábiles."))
        nota.setWordWrap(True)
        nota.setProperty("rol", "ayuda")
        cerrar = QPushButton(self.tr("Ce&rrar"))
        cerrar.setAutoDefault(False)
        cerrar.clicked.connect(self.close)
        abajo = QHBoxLayout()
        abajo.addStretch(1)
        abajo.addWidget(cerrar)
        for b in (self.bot_excel, self.bot_enviada, self.bot_aprobada, self.bot_rechazada, self.bot_copiar):
            b.setAutoDefault(False)
        v = QVBoxLayout(self)
        v.addWidget(nota)
        v.addWidget(divisor, 1)
        v.addLayout(abajo)

    def _mostrar(self, d: SolicitudAltaMolino) -> None:
        self._productos = d.productos
        self._coladas = d.coladas
        self._fecha_cert = d.certificado_fecha
        self._importador = (d.importador_rfc, d.importador_nombre)
        self.nombre.setText(d.nombre_molino)
        self.empresa.setText(d.empresa)
        self.domicilio.setText(d.domicilio)
        self.pais.fijar_clave(d.pais)
        self.contacto.setText(d.contacto_nombre)
        self.telefono.setText(d.telefono)
        self.correo.setText(d.correo)
        for k, cb in self.procesos.items():
            cb.setChecked(k in d.procesos)
        self.certificado.setText(d.certificado_numero)
        self.observaciones.setText(d.observaciones)
        for w in (self.nombre, self.empresa, self.domicilio, self.contacto, self.correo, self.observaciones):
            w.setCursorPosition(0)
        productos = [f"{p.fraccion}{'-' + p.nico if p.nico else ''} {p.descripcion}".strip() for p in d.productos]
        self.productos.setText("\n".join(productos) if productos else self.tr("(ninguno: vincule las partidas al aviso)"))

    def datos(self) -> SolicitudAltaMolino:
        pais = self.pais.clave()
        paises = self.servicios.catalogos.paises
        return SolicitudAltaMolino(
            nombre_molino=self.nombre.text().strip(), empresa=self.empresa.text().strip(),
            domicilio=self.domicilio.text().strip(), pais=pais, pais_nombre=paises.nombre(pais) if paises else "",
            contacto_nombre=self.contacto.text().strip(), telefono=self.telefono.text().strip(),
            correo=self.correo.text().strip(), productos=self._productos,
            procesos=tuple(k for k, cb in self.procesos.items() if cb.isChecked()),
            certificado_numero=self.certificado.text().strip(), certificado_fecha=self._fecha_cert, coladas=self._coladas,
            importador_rfc=self.importador.rfc or self._importador[0],
            importador_nombre=self.importador.nombre or self._importador[1],
            observaciones=self.observaciones.text().strip(),
        )

    def _actualizar(self) -> None:
        d = self.datos()
        faltan = d.faltantes()
        self.faltan.setText(self.tr("Faltan: {lista}.").format(lista=", ".join(faltan)) if faltan else "")
        self.faltan.setVisible(bool(faltan))
        archivo = Path(self.solicitud.archivo).name if self.solicitud is not None and self.solicitud.archivo else ""
        self.carta.setPlainText(carta_alta_molino(d, self.importador, fecha=self.servicios.hoy(), archivo_excel=archivo))
        s = self.solicitud
        self.archivo.setText(self.tr("Libro guardado en {ruta}").format(ruta=s.archivo) if s is not None and s.archivo
                             else self.tr("Todavía no se ha guardado el libro de Excel."))
        if s is None:
            texto, vencida = self.tr("Sin enviar."), False
        else:
            texto, vencida = texto_seguimiento(s, self.servicios.hoy())
            if s.enviada is not None:
                self.enviada.setDate(QDate(s.enviada.year, s.enviada.month, s.enviada.day))
        self.estado.setText(texto)
        self.estado.setStyleSheet(f"color: {estilo.ROJO_TEXTO}; font-weight: bold;" if vencida else "")
        self.bot_aprobada.setEnabled(s is not None and s.estado == "enviada")
        self.bot_rechazada.setEnabled(s is not None and s.estado == "enviada")

    # -- actions ------------------------------------------------------------------------------------------
    def _guardar(self, **cambios: Any) -> SolicitudMolino | None:
        d = self.datos()
        if not d.nombre_molino:
            dialogos.advertir(self, self.tr("Solicitud de alta"), self.tr("Escriba el nombre del molino."))
            self.nombre.setFocus()
            return None
        base = self.solicitud or SolicitudMolino(molino_nombre=d.nombre_molino, expediente_id=self.expediente_id,
                                                 aviso_clave=self.aviso_id)
        nueva = replace(base, molino_nombre=d.nombre_molino, pais=d.pais, datos=a_datos(d), **cambios)
        try:
            self.solicitud = self.servicios.almacen.guardar_solicitud_molino(nueva)
        except ErrorAlmacen as e:
            dialogos.error(self, self.tr("No se guardó la solicitud"), str(e))
            return None
        self._actualizar()
        self.guardada.emit(self.solicitud)
        return self.solicitud

    def guardar_libro(self) -> None:
        d = self.datos()
        carpeta = Path(self.servicios.ajustes.carpeta_documentos or self.servicios.paths.documentos)
        limpio = "".join(c if c.isalnum() else "_" for c in d.nombre_molino).strip("_")[:60] or "molino"
        ruta = dialogos.elegir_archivo_guardar(self, self.tr("Guardar solicitud de alta"),
                                               str(carpeta / f"alta_molino_{limpio}.xlsx"), self.tr("Libro de Excel (*.xlsx)"))
        if ruta is None:
            return
        if ruta.suffix.lower() != ".xlsx":
            ruta = ruta.with_suffix(".xlsx")
        self.servicios.ajustes.carpeta_documentos = str(ruta.parent)
        hoy = self.servicios.hoy()
        self.bot_excel.setEnabled(False)
        self.archivo.setText(self.tr("Escribiendo {archivo}…").format(archivo=ruta.name))
        self.operaciones.ejecutar(lambda: preparar_alta_molino(d, ruta, fecha=hoy), self._libro_guardado, self._fallo_libro)

    def _libro_guardado(self, ruta: Path) -> None:
        self.bot_excel.setEnabled(True)
        self._guardar(archivo=str(ruta))

    def _fallo_libro(self, e: BaseException) -> None:
        self.bot_excel.setEnabled(True)
        self._actualizar()
        detalle = str(e) if isinstance(e, ErrorArchivo) else self.tr("No se pudo escribir el libro: {error}").format(
            error=getattr(e, "strerror", None) or e)
        dialogos.error(self, self.tr("No se guardó el libro de Excel"), detalle)

    def marcar_enviada(self) -> None:
        q = self.enviada.date()
        enviada = date(q.year(), q.month(), q.day())
        if enviada > self.servicios.hoy():
            dialogos.advertir(self, self.tr("Solicitud de alta"), self.tr("La fecha de envío no puede ser futura."))
            return
        self._guardar(estado="enviada", enviada=enviada, respuesta_esperada=fecha_respuesta_esperada(enviada))

    def marcar_aprobada(self) -> None:
        clave = dialogos.pedir_texto(self, self.tr("Alta aprobada"), self.tr(
            "Clave que la SE dio al molino (SE00000), si la conoce:"), "")
        if clave is None:
            return
        self._guardar(estado="aprobada", clave_se=clave.strip().upper())
        dialogos.informar(self, self.tr("Alta aprobada"), self.tr(
            "Cuando el molino aparezca en VUCEM, importe el catálogo de molinos actualizado (Preferencias ▸ Catálogos) "
            "para que la revisión lo reconozca."))

    def marcar_rechazada(self) -> None:
        if dialogos.confirmar(self, self.tr("Alta rechazada"), self.tr("¿Registrar que la SE rechazó el alta del molino?"),
                              self.tr("&Registrar rechazo")):
            self._guardar(estado="rechazada")

    def copiar_carta(self) -> None:
        QApplication.clipboard().setText(self.carta.toPlainText())
        self.bot_copiar.setText(self.tr("Carta copiada"))

    def done(self, resultado: int) -> None:  # noqa: D401 - Qt API: keep what was typed in a request already saved
        if self.solicitud is not None and a_datos(self.datos()) != dict(self.solicitud.datos):
            self._guardar()
        super().done(resultado)


# ------------------------------------------------------------------------------------------
# every request


class DialogoSolicitudesMolino(QDialog):
    cambiaron = Signal()

    def __init__(self, servicios: Servicios, *, operaciones: Operaciones | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.servicios = servicios
        self.operaciones = operaciones
        self.setObjectName("dialogoSolicitudesMolino")
        self.setWindowTitle(self.tr("Solicitudes de alta de molino"))
        self.setSizeGripEnabled(True)
        v = QVBoxLayout(self)
        self.tabla = tabla_de_lectura("tablaSolicitudes", [
            self.tr("Molino"), self.tr("País"), self.tr("Expediente y aviso"), self.tr("Estado"),
            self.tr("Respuesta esperada"), self.tr("Seguimiento")])
        self.tabla.activated.connect(lambda _i: self.abrir())
        et = QLabel(self.tr("&Solicitudes (Intro abre la elegida):"))
        et.setBuddy(self.tabla)
        et.setFont(estilo.fuente_negrita(et.font()))
        v.addWidget(et)
        v.addWidget(self.tabla, 1)
        fila = QHBoxLayout()
        self.bot_abrir = QPushButton(self.tr("&Abrir…"))
        self.bot_abrir.clicked.connect(self.abrir)
        self.bot_eliminar = QPushButton(self.tr("&Eliminar"))
        self.bot_eliminar.clicked.connect(self.eliminar)
        cerrar = QPushButton(self.tr("Ce&rrar"))
        cerrar.clicked.connect(self.accept)
        for b in (self.bot_abrir, self.bot_eliminar, cerrar):
            b.setAutoDefault(False)
        fila.addWidget(self.bot_abrir)
        fila.addWidget(self.bot_eliminar)
        fila.addStretch(1)
        fila.addWidget(cerrar)
        v.addLayout(fila)
        self.llenar()
        self.resize(1080, 460)

    def llenar(self) -> None:
        self.solicitudes = self.servicios.almacen.solicitudes_molino()
        nombres = {r.id: r.nombre for r in self.servicios.almacen.listar_expedientes()}
        hoy = self.servicios.hoy()
        estados = {"preparada": self.tr("Preparada"), "enviada": self.tr("Enviada"), "aprobada": self.tr("Aprobada"),
                   "rechazada": self.tr("Rechazada")}
        self.tabla.setRowCount(len(self.solicitudes))
        for i, s in enumerate(self.solicitudes):
            texto, vencida = texto_seguimiento(s, hoy)
            donde = nombres.get(s.expediente_id, "") if s.expediente_id is not None else ""
            if s.aviso_clave:
                donde = f"{donde} · {s.aviso_clave}" if donde else s.aviso_clave
            valores = [s.molino_nombre, s.pais, donde, estados.get(s.estado, s.estado), fecha_vista(s.respuesta_esperada), texto]
            for j, t in enumerate(valores):
                item = QTableWidgetItem(t)
                if vencida and j in (4, 5):
                    item.setForeground(QBrush(QColor(estilo.ROJO_TEXTO)))
                    if j == 5:
                        item.setIcon(estilo.icono("error"))
                self.tabla.setItem(i, j, item)
        self.tabla.resizeRowsToContents()
        if self.solicitudes:
            self.tabla.selectRow(0)
        for b in (self.bot_abrir, self.bot_eliminar):
            b.setEnabled(bool(self.solicitudes))

    def elegida(self) -> SolicitudMolino | None:
        i = self.tabla.currentRow()
        return self.solicitudes[i] if 0 <= i < len(self.solicitudes) else None

    def abrir(self) -> DialogoAltaMolino | None:
        s = self.elegida()
        if s is None:
            return None
        dialogo = DialogoAltaMolino(self.servicios, solicitud=s, operaciones=self.operaciones, parent=self)
        dialogo.guardada.connect(lambda _s: (self.llenar(), self.cambiaron.emit()))
        dialogo.open()
        return dialogo

    def eliminar(self) -> None:
        s = self.elegida()
        if s is None or s.id is None:
            return
        if not dialogos.confirmar(self, self.tr("Eliminar solicitud"), self.tr(
                "¿Eliminar la solicitud de alta de «{molino}»? El libro de Excel no se borra.").format(molino=s.molino_nombre),
                self.tr("&Eliminar")):
            return
        try:
            self.servicios.almacen.eliminar_solicitud_molino(s.id)
        except ErrorAlmacen as e:
            dialogos.error(self, self.tr("No se eliminó la solicitud"), str(e))
            return
        self.llenar()
        self.cambiaron.emit()


def _envolver(layout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
