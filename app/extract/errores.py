"""Errores de lectura de certificados.

Cada error tiene un ``str()`` en español, legible por el capturista, que dice qué pasó y qué
hacer. La interfaz puede mostrarlo tal cual; los detalles técnicos quedan en ``detalle``.
"""

from __future__ import annotations

from pathlib import Path


class ErrorLectura(Exception):
    """Base de todos los errores al leer un certificado."""

    #: Mensaje genérico; las subclases lo reemplazan.
    que_paso = "No se pudo leer el certificado."
    que_hacer = "Revise que el archivo sea un PDF que se abra en su visor de PDF e inténtelo de nuevo."

    def __init__(self, archivo: str | Path | None = None, *, detalle: str = "", mensaje: str | None = None):
        self.archivo = str(archivo) if archivo is not None else None
        self.detalle = detalle
        self._mensaje = mensaje
        super().__init__(self.__str__())

    def __str__(self) -> str:  # pragma: no cover - trivial
        if self._mensaje:
            return self._mensaje
        nombre = f"«{Path(self.archivo).name}»: " if self.archivo else ""
        return f"{nombre}{self.que_paso} {self.que_hacer}"


class PdfCifrado(ErrorLectura):
    """El PDF está protegido con contraseña (o la contraseña dada no es correcta)."""

    que_paso = "El PDF está protegido con contraseña y no se puede abrir sin ella."
    que_hacer = "Escriba la contraseña que le dio el proveedor o la acería, o pídale una copia del certificado sin contraseña."

    def __init__(self, archivo=None, *, contrasena_incorrecta: bool = False, detalle: str = ""):
        self.contrasena_incorrecta = contrasena_incorrecta
        super().__init__(archivo, detalle=detalle)

    def __str__(self) -> str:
        nombre = f"«{Path(self.archivo).name}»: " if self.archivo else ""
        if self.contrasena_incorrecta:
            return (
                f"{nombre}La contraseña escrita no abre este PDF. Revise mayúsculas, minúsculas y "
                "espacios, o pida al proveedor la contraseña correcta o una copia sin contraseña."
            )
        return f"{nombre}{self.que_paso} {self.que_hacer}"


class PdfDanado(ErrorLectura):
    """El archivo no es un PDF o está dañado (incompleto, truncado)."""

    que_paso = "El archivo no es un PDF válido o está dañado (quizá se descargó incompleto)."
    que_hacer = (
        "Ábralo en su visor de PDF para comprobarlo; si tampoco abre, descárguelo de nuevo o pida "
        "al proveedor que se lo vuelva a enviar."
    )


class PdfVacio(ErrorLectura):
    """El PDF no tiene páginas o no se pudo leer nada en ninguna página."""

    que_paso = "El PDF no tiene páginas o no contiene texto legible."
    que_hacer = (
        "Compruebe que sea el certificado correcto; si es un escaneo muy claro, borroso o en blanco, "
        "pida al proveedor una copia de mejor calidad o capture los datos a mano."
    )


class PdfDemasiadoGrande(ErrorLectura):
    """El PDF excede los límites razonables (páginas, tamaño de página o de archivo)."""

    que_paso = "El PDF es demasiado grande para leerlo como certificado."
    que_hacer = "Separe del archivo solo las páginas del certificado (con su visor o editor de PDF) y vuelva a cargarlo."

    def __init__(self, archivo=None, *, motivo: str = "", detalle: str = ""):
        self.motivo = motivo
        super().__init__(archivo, detalle=detalle)

    def __str__(self) -> str:
        nombre = f"«{Path(self.archivo).name}»: " if self.archivo else ""
        motivo = f" ({self.motivo})" if self.motivo else ""
        return f"{nombre}{self.que_paso[:-1]}{motivo}. {self.que_hacer}"


class TesseractNoDisponible(ErrorLectura):
    """Hace falta OCR y Tesseract no está instalado (o le faltan idiomas)."""

    que_paso = (
        "Este certificado es un escaneo (imagen sin texto) y para leerlo hace falta el programa de "
        "reconocimiento de texto Tesseract OCR, que no está instalado o no funciona."
    )
    que_hacer = (
        "Instale Tesseract OCR con los idiomas español (spa), inglés (eng) y detección de "
        "orientación (osd) —en Windows con el instalador de Tesseract, en Linux con "
        "«apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng»— y vuelva a intentarlo. "
        "Mientras tanto puede capturar los datos del certificado a mano."
    )

    def __init__(self, archivo=None, *, problema: str = "", detalle: str = ""):
        self.problema = problema
        super().__init__(archivo, detalle=detalle or problema)

    def __str__(self) -> str:
        nombre = f"«{Path(self.archivo).name}»: " if self.archivo else ""
        problema = f" Problema detectado: {self.problema}." if self.problema else ""
        return f"{nombre}{self.que_paso}{problema} {self.que_hacer}"
