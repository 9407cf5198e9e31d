"""Colours, icons and the style sheet: errors red, warnings amber, everything else quiet."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QWidget

ROJO = "#c62828"
ROJO_TEXTO = "#a31515"
ROJO_FONDO = "#fdecea"
AMBAR = "#d98b00"
AMBAR_TEXTO = "#7a4d00"
AMBAR_FONDO = "#fff6e0"
VERDE = "#2e7d32"
VERDE_FONDO = "#e8f5e9"
AZUL = "#1565c0"
AZUL_FONDO = "#e8f0fb"
GRIS = "#5f6368"

COLOR_ESTADO = {
    "borrador": GRIS,
    "listo": VERDE,
    "presentado": AZUL,
    "emitido": "#1b5e20",
    "rechazado": ROJO,
}

HOJA_ESTILO = f"""
QLineEdit[hallazgo="error"], QPlainTextEdit[hallazgo="error"], QComboBox[hallazgo="error"],
QListWidget[hallazgo="error"], QTableView[hallazgo="error"] {{
    border: 2px solid {ROJO}; border-radius: 3px; background: {ROJO_FONDO};
}}
QLineEdit[hallazgo="aviso"], QPlainTextEdit[hallazgo="aviso"], QComboBox[hallazgo="aviso"],
QListWidget[hallazgo="aviso"], QTableView[hallazgo="aviso"] {{
    border: 2px solid {AMBAR}; border-radius: 3px; background: {AMBAR_FONDO};
}}
QCheckBox[hallazgo="error"] {{ color: {ROJO_TEXTO}; font-weight: bold; }}
QCheckBox[hallazgo="aviso"] {{ color: {AMBAR_TEXTO}; font-weight: bold; }}
QLabel[rol="mensaje-error"] {{ color: {ROJO_TEXTO}; }}
QLabel[rol="mensaje-aviso"] {{ color: {AMBAR_TEXTO}; }}
QLabel[rol="ayuda"] {{ color: {GRIS}; }}
QLabel[rol="titulo-pagina"] {{ font-size: 15pt; font-weight: bold; }}
QLabel[rol="subtitulo-pagina"] {{ color: {GRIS}; }}
QFrame[rol="nota-aviso"] {{ background: {AMBAR_FONDO}; border: 1px solid {AMBAR}; border-radius: 4px; }}
QFrame[rol="nota-info"] {{ background: {AZUL_FONDO}; border: 1px solid #9bb8e6; border-radius: 4px; }}
QFrame[rol="veredicto-ok"] {{ background: {VERDE_FONDO}; border: 2px solid {VERDE}; border-radius: 6px; }}
QFrame[rol="veredicto-error"] {{ background: {ROJO_FONDO}; border: 2px solid {ROJO}; border-radius: 6px; }}
QFrame[rol="encabezado"] {{ background: palette(base); border-bottom: 1px solid palette(mid); }}
QLabel[rol="valor-vucem"] {{ font-family: "DejaVu Sans Mono", "Consolas", monospace; }}
QListWidget#pasos {{ font-size: 10.5pt; }}
QListWidget#pasos::item {{ padding: 7px 6px; }}
"""


def aplicar_estilo(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(HOJA_ESTILO)


def repulir(w: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    st = w.style()
    st.unpolish(w)
    st.polish(w)
    w.update()


def _lienzo(tam: int) -> tuple[QPixmap, QPainter]:
    pm = QPixmap(tam, tam)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pm, p


@cache
def _pixmap(tipo: str, tam: int) -> QPixmap:
    pm, p = _lienzo(tam)
    m = tam * 0.06
    r = QRectF(m, m, tam - 2 * m, tam - 2 * m)
    blanco = QPen(QColor("white"), max(1.6, tam * 0.13), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    if tipo == "error":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(ROJO))
        p.drawEllipse(r)
        p.setPen(blanco)
        a, b = tam * 0.33, tam * 0.67
        p.drawLine(QPointF(a, a), QPointF(b, b))
        p.drawLine(QPointF(a, b), QPointF(b, a))
    elif tipo == "aviso":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(AMBAR))
        tri = QPolygonF([QPointF(tam / 2, m), QPointF(tam - m, tam - m), QPointF(m, tam - m)])
        camino = QPainterPath()
        camino.addPolygon(tri)
        p.drawPath(camino)
        p.setPen(blanco)
        p.drawLine(QPointF(tam / 2, tam * 0.38), QPointF(tam / 2, tam * 0.64))
        p.drawPoint(QPointF(tam / 2, tam * 0.80))
    elif tipo == "ok":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(VERDE))
        p.drawEllipse(r)
        p.setPen(blanco)
        p.drawPolyline(QPolygonF([QPointF(tam * 0.28, tam * 0.52), QPointF(tam * 0.44, tam * 0.68),
                                  QPointF(tam * 0.72, tam * 0.34)]))
    elif tipo == "info":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(AZUL))
        p.drawEllipse(r)
        p.setPen(blanco)
        p.drawLine(QPointF(tam / 2, tam * 0.45), QPointF(tam / 2, tam * 0.72))
        p.drawPoint(QPointF(tam / 2, tam * 0.28))
    elif tipo == "pendiente":
        p.setPen(QPen(QColor("#9aa0a6"), max(1.2, tam * 0.09)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(r.adjusted(tam * 0.08, tam * 0.08, -tam * 0.08, -tam * 0.08))
    elif tipo == "app":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#37474f"))
        p.drawRoundedRect(r, tam * 0.18, tam * 0.18)
        # an I-beam section
        p.setBrush(QColor("#cfd8dc"))
        w, h = tam * 0.56, tam * 0.12
        x0 = (tam - w) / 2
        p.drawRect(QRectF(x0, tam * 0.22, w, h))
        p.drawRect(QRectF(x0, tam * 0.66, w, h))
        p.drawRect(QRectF(tam * 0.45, tam * 0.30, tam * 0.10, tam * 0.40))
        p.setBrush(QColor("#ffb300"))
        p.drawEllipse(QRectF(tam * 0.66, tam * 0.62, tam * 0.24, tam * 0.24))
    p.end()
    return pm


def icono(tipo: str) -> QIcon:
    ic = QIcon()
    for tam in (16, 20, 24, 32, 48, 64):
        ic.addPixmap(_pixmap(tipo, tam))
    return ic


def pixmap(tipo: str, tam: int = 16) -> QPixmap:
    return _pixmap(tipo, tam)


def fuente_negrita(base: QFont, escala: float = 1.0) -> QFont:
    f = QFont(base)
    f.setBold(True)
    if escala != 1.0:
        f.setPointSizeF(f.pointSizeF() * escala)
    return f
