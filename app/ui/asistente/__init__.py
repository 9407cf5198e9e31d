"""The notice wizard (seven steps in VUCEM's order)."""

from app.ui.asistente.base import Pagina
from app.ui.asistente.ventana import Asistente

__all__ = ["Asistente", "Pagina"]
