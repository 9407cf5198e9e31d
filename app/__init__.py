"""Asistente AAIPS: prepara, revisa y conserva Avisos Automáticos de Importación de Productos Siderúrgicos."""

APP_NAME = "Asistente AAIPS"
APP_ID = "asistente-aaips"
__version__ = "0.1.0"
