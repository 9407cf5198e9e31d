"""Step 3 — fields 4, 5 and 6: the three countries, with searchable pickers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.model import TipoCertificado
from app.domain.reglas import PARTIDAS_MATERIA_PRIMA
from app.ui.asistente.base import EstadoAsistente, Pagina, PaginaBase, ayuda, con_mensaje
from app.ui.formato import clave_y_nombre
from app.ui.selectores import SelectorClave

CAMPOS = ("pais_origen_acero", "pais_origen_mercancia", "pais_exportador")


class PaginaPaises(PaginaBase):
    pagina = Pagina.PAISES

    def __init__(self, estado: EstadoAsistente, parent: QWidget | None = None):
        super().__init__(estado, parent)
        paises = estado.catalogos.paises
        v = QVBoxLayout(self)
        v.setSpacing(10)
        grupo = QGroupBox(self.tr("Campos 4, 5 y 6 · Países"))
        form = QFormLayout(grupo)
        form.setVerticalSpacing(12)
        self.selectores: dict[str, SelectorClave] = {}
        self.ayudas: dict[str, QLabel] = {}
        self.botones: dict[str, QPushButton] = {}
        textos = {
            "pais_origen_acero": (self.tr("4 · País de origen del ac&ero:"),
                                  self.tr("Donde el acero se fundió y coló por primera vez (primero líquido, luego sólido). "
                                          "Debe ser el país del certificado de molino.")),
            "pais_origen_mercancia": (self.tr("5 · País de origen de la &mercancía:"),
                                      self.tr("Donde el fabricante transformó el acero en la mercancía. "
                                              "Debe ser el país del certificado de calidad.")),
            "pais_exportador": (self.tr("6 · País e&xportador:"),
                                self.tr("El país desde donde se envía la mercancía a México.")),
        }
        for campo in CAMPOS:
            sel = SelectorClave(paises)
            sel.setObjectName(campo)
            sel.setMinimumWidth(360)
            sel.editado.connect(lambda: self.editar(self._leer))
            boton = QPushButton()
            boton.setAutoDefault(False)
            boton.hide()
            boton.clicked.connect(lambda _=False, c=campo: self.editar(lambda: self._usar_sugerencia(c)))
            fila = QHBoxLayout()
            fila.setContentsMargins(0, 0, 0, 0)
            fila.addWidget(sel)
            fila.addWidget(boton)
            fila.addStretch(1)
            contenedor = QWidget()
            contenedor.setLayout(fila)
            nota = ayuda(textos[campo][1])
            cuerpo = QWidget()
            cv = QVBoxLayout(cuerpo)
            cv.setContentsMargins(0, 0, 0, 0)
            cv.setSpacing(3)
            cv.addWidget(contenedor)
            cv.addWidget(nota)
            caja, self.marcas[campo] = con_mensaje(cuerpo, sel)
            et = QLabel(textos[campo][0])
            et.setBuddy(sel)
            form.addRow(et, caja)
            self.selectores[campo] = sel
            self.ayudas[campo] = nota
            self.botones[campo] = boton
            self.editable(sel, boton)
        v.addWidget(grupo)
        self.certs = ayuda("")
        self.certs.setObjectName("paisesCertificados")
        gc = QGroupBox(self.tr("Lo que dicen los certificados vinculados"))
        QVBoxLayout(gc).addWidget(self.certs)
        v.addWidget(gc)
        v.addWidget(ayuda(self.tr("Escriba la clave de 3 letras (TUR) o parte del nombre, con o sin acentos; "
                                  "Intro o Tab toma el país resaltado.")))
        v.addStretch(1)
        v.addWidget(self.panel)
        sel = [self.selectores[c] for c in CAMPOS]
        self.setTabOrder(sel[0], sel[1])
        self.setTabOrder(sel[1], sel[2])

    def titulo(self) -> str:
        return self.tr("Países")

    def subtitulo(self) -> str:
        return self.tr("Campos 4, 5 y 6, con los nombres del catálogo de países como los muestra VUCEM.")

    def primer_campo(self) -> QWidget:
        return self.selectores["pais_origen_acero"]

    def widget_de(self, campo: str, certificado: str | None = None) -> QWidget | None:
        return self.selectores.get(campo) or super().widget_de(campo, certificado)

    def cargar(self) -> None:
        a = self.estado.aviso
        for campo in CAMPOS:
            self.selectores[campo].fijar_clave(getattr(a, campo))
        self._sugerencias()

    def _leer(self) -> None:
        cambios = {c: self.selectores[c].clave() for c in CAMPOS}
        self.estado.aviso = replace(self.estado.aviso, **cambios)
        self._sugerencias()

    def _sugeridos(self) -> dict[str, str]:
        certs = self.estado.certificados_del_aviso()
        molino = [c.pais for c in certs if c.tipo == TipoCertificado.MOLINO and c.pais]
        calidad = [c.pais for c in certs if c.tipo == TipoCertificado.CALIDAD and c.pais]
        out = {}
        if molino:
            out["pais_origen_acero"] = molino[0]
        if calidad:
            out["pais_origen_mercancia"] = calidad[0]
        return out

    def _usar_sugerencia(self, campo: str) -> None:
        clave = self._sugeridos().get(campo)
        if clave:
            self.selectores[campo].fijar_clave(clave)
            self._leer()

    def _sugerencias(self) -> None:
        a = self.estado.aviso
        sugeridos = self._sugeridos()
        paises = self.estado.catalogos.paises
        for campo, boton in self.botones.items():
            clave = sugeridos.get(campo)
            if clave and clave != getattr(a, campo):
                boton.setText(self.tr("Usar {pais}").format(pais=clave))
                boton.setToolTip(self.tr("Tomar el país del certificado: {pais}").format(
                    pais=clave_y_nombre(clave, paises.nombre(clave) if paises else "")))
                boton.show()
            else:
                boton.hide()
        materia_prima = a.fraccion[:4] in PARTIDAS_MATERIA_PRIMA
        self.ayudas["pais_origen_acero"].setText(
            self.tr("La partida {partida} es materia prima siderúrgica: el campo 4 no aplica.").format(partida=a.fraccion[:4])
            if materia_prima else
            self.tr("Donde el acero se fundió y coló por primera vez (primero líquido, luego sólido). "
                    "Debe ser el país del certificado de molino."))
        lineas = []
        for c in self.estado.certificados_del_aviso():
            tipo = self.tr("molino") if c.tipo == TipoCertificado.MOLINO else self.tr("calidad") if c.tipo else "?"
            nombre = paises.nombre(c.pais) if paises and c.pais else ""
            lineas.append(self.tr("Certificado de {tipo} {numero}: {pais}").format(
                tipo=tipo, numero=c.numero or c.id, pais=clave_y_nombre(c.pais, nombre) or self.tr("sin país")))
        self.certs.setText("\n".join(lineas) if lineas else self.tr("El aviso aún no tiene certificados vinculados (paso 4)."))
