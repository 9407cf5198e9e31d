"""Registros de la lectura: palabras con caja, páginas, campos con evidencia y la lectura completa.

Coordenadas: todas las cajas (``bbox``) están en puntos PDF (1/72 pulgada) de la página **tal como
se ve ya corregida la rotación**: origen arriba a la izquierda, ``x`` hacia la derecha, ``y`` hacia
abajo. Para una página que se corrigió ``rotacion`` grados (en sentido horario), el marco es la
página mostrada por el visor girada esos grados; su ancho y alto están en ``PaginaLeida.ancho`` y
``PaginaLeida.alto``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Caja = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Palabra:
    """Una palabra leída con su caja (puntos, página corregida) y su confianza 0..1."""

    texto: str
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float
    pagina: int
    metodo: str  # "texto" | "ocr"

    @property
    def caja(self) -> Caja:
        return (self.x0, self.y0, self.x1, self.y1)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def alto(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True, slots=True)
class Marca:
    """Algo visto en la imagen de la página (código QR, tinta de color de sello o firma)."""

    tipo: str  # "qr" | "tinta_color" | "imagen"
    pagina: int
    caja: Caja
    confianza: float
    descripcion: str


@dataclass(slots=True)
class PaginaLeida:
    numero: int  # 1..n
    metodo: str  # "texto" | "ocr"
    rotacion: int  # corrección aplicada, grados en sentido horario (0, 90, 180, 270)
    ancho: float  # puntos, marco corregido
    alto: float
    palabras: list[Palabra] = field(default_factory=list)
    marcas: list[Marca] = field(default_factory=list)
    segundos: float = 0.0
    #: Líneas rectas de tablas (cajas delgadas, marco corregido): separan celdas.
    reglas: list[Caja] = field(default_factory=list)
    conf_orientacion: float | None = None

    def a_json(self) -> dict[str, Any]:
        return {"numero": self.numero, "metodo": self.metodo, "rotacion": self.rotacion}


def unir_cajas(cajas) -> Caja:
    cajas = list(cajas)
    return (
        min(c[0] for c in cajas),
        min(c[1] for c in cajas),
        max(c[2] for c in cajas),
        max(c[3] for c in cajas),
    )


@dataclass(frozen=True, slots=True)
class Campo:
    """Un valor encontrado con su evidencia. Nunca se ofrece un valor sin evidencia."""

    valor: Any
    pagina: int
    bbox: Caja
    confianza: float
    texto: str
    metodo: str

    def a_json(self) -> dict[str, Any]:
        return {
            "valor": self.valor,
            "pagina": self.pagina,
            "bbox": [round(v, 1) for v in self.bbox],
            "confianza": round(max(0.0, min(1.0, self.confianza)), 2),
            "texto": self.texto,
            "metodo": self.metodo,
        }


def campo_de_palabras(valor: Any, palabras: list[Palabra], confianza: float, texto: str | None = None) -> Campo:
    """Construye un campo cuya evidencia son estas palabras (todas de la misma página)."""
    if not palabras:
        raise ValueError("un campo necesita evidencia")
    pagina = palabras[0].pagina
    mismas = [p for p in palabras if p.pagina == pagina]
    metodo = "ocr" if any(p.metodo == "ocr" for p in mismas) else "texto"
    return Campo(
        valor=valor,
        pagina=pagina,
        bbox=unir_cajas(p.caja for p in mismas),
        confianza=confianza,
        texto=texto if texto is not None else " ".join(p.texto for p in mismas),
        metodo=metodo,
    )


def conf_media(palabras: list[Palabra]) -> float:
    if not palabras:
        return 0.0
    return sum(p.conf for p in palabras) / len(palabras)


#: Orden de los campos en la salida (regla R3 y auxiliares).
CAMPOS = (
    "numero",
    "fecha_expedicion",
    "coladas",
    "productor",
    "pais",
    "volumen_kg",
    "descripcion",
    "norma",
    "firma_sello_qr",
    "idioma",
)


@dataclass(slots=True)
class Lectura:
    """Resultado de leer un certificado."""

    archivo: str
    paginas: list[PaginaLeida]
    tipo_probable: str | None
    campos: dict[str, Campo]
    advertencias: list[str] = field(default_factory=list)
    segundos: float = 0.0

    def a_json(self) -> dict[str, Any]:
        """La forma pública de ``aaips extract --json`` (spec/CONTRACT.md)."""
        campos: dict[str, Any] = {}
        for nombre in CAMPOS:
            if nombre in self.campos:
                campos[nombre] = self.campos[nombre].a_json()
        for nombre, campo in self.campos.items():
            if nombre not in campos:
                campos[nombre] = campo.a_json()
        return {
            "archivo": self.archivo,
            "paginas": [p.a_json() for p in self.paginas],
            "tipo_probable": self.tipo_probable,
            "campos": campos,
        }

    def valor(self, nombre: str, defecto: Any = None) -> Any:
        campo = self.campos.get(nombre)
        return campo.valor if campo is not None else defecto
