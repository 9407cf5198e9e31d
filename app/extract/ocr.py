"""OCR con Tesseract (pytesseract): orientación, limpieza de la imagen, palabras con caja y confianza.

- La orientación se detecta con el modo OSD de Tesseract (``--psm 0``) sobre una copia a ~150 ppp
  y se corrige girando la imagen; la corrección se informa en grados en sentido horario.
- Antes del OCR se borran las líneas largas de las tablas (confunden el análisis de página de
  Tesseract) y el OCR se hace en modo «texto disperso» (``--psm 11``): los renglones y columnas
  los reconstruye :mod:`app.extract.diseno` a partir de las cajas.
- Cada proceso de Tesseract corre con ``OMP_THREAD_LIMIT=1``; el paralelismo lo da el
  llamador (varias páginas o franjas a la vez, tantas como núcleos).
"""

from __future__ import annotations

import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image, ImageChops, ImageFilter, ImageOps

from app.tesseract import localizar_tesseract

from .modelo import Marca, Palabra
from .qr import buscar_qr
from .texto_pdf import rotar_caja

# Tesseract usa OpenMP; con varios procesos en paralelo los hilos de OpenMP se estorban y cada
# página tarda varias veces más. Un hilo por proceso y paralelismo por páginas es lo rápido.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract  # noqa: E402  (después de fijar el entorno)

#: Resolución de OCR (puntos por pulgada).
DPI_OCR = 300
#: Escritura que da OSD («Script:») -> datos de Tesseract que la leen (en orden de preferencia).
ESCRITURAS = {
    "Han": ("chi_sim",),
    "HanS": ("chi_sim",),
    "HanT": ("chi_tra",),
    "Hangul": ("kor",),
    "Korean": ("kor",),
    "Japanese": ("jpn",),
    "Hiragana": ("jpn",),
    "Katakana": ("jpn",),
}
#: Confianza mínima de OSD en la escritura para cambiar de idiomas.
CONF_MIN_ESCRITURA = 1.0

#: Resolución para detectar la orientación (OSD).
DPI_OSD = 150
#: Segundos máximos de Tesseract por imagen antes de abandonarla.
TIMEOUT_TESSERACT = 180
#: Confianza mínima (0..100) para aceptar una palabra del OCR.
CONF_MIN_PALABRA = 15
#: Confianza mínima de OSD para girar la página.
CONF_MIN_OSD = 1.0


_cerrojo_config = threading.Lock()


def configurar_tesseract(ruta: str | os.PathLike | None) -> None:
    """Fija el ejecutable de Tesseract (p. ej. desde las preferencias de la aplicación)."""
    with _cerrojo_config:
        if ruta:
            pytesseract.pytesseract.tesseract_cmd = str(ruta)
        _estado_tesseract.cache_clear()


def _buscar_ejecutable() -> None:
    """When no program was configured, use the one :func:`app.tesseract.localizar_tesseract` finds
    (TESSERACT_CMD, the copy inside the Windows bundle, the PATH, the usual Windows folders)."""
    if pytesseract.pytesseract.tesseract_cmd != "tesseract":
        return
    encontrado = localizar_tesseract()
    if encontrado is not None:
        pytesseract.pytesseract.tesseract_cmd = str(encontrado)


@dataclass(frozen=True)
class EstadoTesseract:
    disponible: bool
    version: str
    idiomas: tuple[str, ...]
    problema: str

    @property
    def idiomas_ocr(self) -> str:
        usar = [i for i in ("spa", "eng") if i in self.idiomas]
        return "+".join(usar) if usar else "eng"

    @property
    def tiene_osd(self) -> bool:
        return "osd" in self.idiomas

    def idiomas_para(self, escritura: str | None) -> str:
        """Idiomas de Tesseract para la escritura que OSD vio («Han», «Hangul», «Japanese»...).

        Los datos de chino, coreano y japonés solo se usan en páginas de esa escritura (con ellos el
        OCR de una página latina es más lento y peor); siempre van con inglés, porque los
        certificados asiáticos son bilingües. Sin esos datos instalados se usa la base (spa+eng).
        """
        asiaticos = ESCRITURAS.get(escritura or "", ())
        usar = [i for i in asiaticos if i in self.idiomas]
        if not usar:
            return self.idiomas_ocr
        return "+".join(usar + ["eng"] if "eng" in self.idiomas else usar)


@lru_cache(maxsize=1)
def _estado_tesseract() -> EstadoTesseract:
    _buscar_ejecutable()
    try:
        version = str(pytesseract.get_tesseract_version())
    except pytesseract.TesseractNotFoundError:
        return EstadoTesseract(False, "", (), "no se encontró el programa «tesseract» en este equipo")
    except BaseException as e:  # noqa: BLE001 - pytesseract lanza SystemExit con versiones raras
        return EstadoTesseract(False, "", (), f"Tesseract no respondió correctamente ({e})")
    try:
        idiomas = tuple(sorted(pytesseract.get_languages(config="")))
    except Exception as e:  # noqa: BLE001
        return EstadoTesseract(False, version, (), f"no se pudieron listar los idiomas de Tesseract ({e})")
    faltan = [i for i in ("spa", "eng", "osd") if i not in idiomas]
    if "eng" not in idiomas and "spa" not in idiomas:
        return EstadoTesseract(
            False, version, idiomas, "Tesseract está instalado pero sin los idiomas español (spa) ni inglés (eng)"
        )
    problema = ""
    if faltan:
        problema = "faltan los datos de idioma: " + ", ".join(faltan)
    return EstadoTesseract(True, version, idiomas, problema)


def estado_tesseract(refrescar: bool = False) -> EstadoTesseract:
    if refrescar:
        _estado_tesseract.cache_clear()
    return _estado_tesseract()


def tesseract_disponible() -> tuple[bool, str]:
    """(True, «tesseract 5.3.0; idiomas: eng, osd, spa») o (False, el problema en español)."""
    e = estado_tesseract()
    if not e.disponible:
        return False, e.problema
    texto = f"tesseract {e.version}; idiomas: {', '.join(i for i in e.idiomas if i in ('spa', 'eng', 'osd')) or 'ninguno útil'}"
    if e.problema:
        texto += f" (aviso: {e.problema})"
    return True, texto


# --------------------------------------------------------------------------------------------
# Imagen


def _umbral_otsu(gris: Image.Image) -> int:
    hist = gris.histogram()[:256]
    total = sum(hist)
    if total == 0:
        return 128
    suma_total = sum(i * h for i, h in enumerate(hist))
    suma_b, peso_b, mejor, umbral = 0.0, 0, -1.0, 128
    for t in range(256):
        peso_b += hist[t]
        if peso_b == 0:
            continue
        peso_f = total - peso_b
        if peso_f == 0:
            break
        suma_b += t * hist[t]
        mb = suma_b / peso_b
        mf = (suma_total - suma_b) / peso_f
        var = peso_b * peso_f * (mb - mf) ** 2
        if var > mejor:
            mejor, umbral = var, t
    return umbral


def binarizar(gris: Image.Image) -> Image.Image:
    """Imagen «L» con 0 = tinta y 255 = papel (umbral de Otsu, acotado)."""
    u = _umbral_otsu(gris)
    u = max(90, min(200, u))
    return gris.point(lambda v: 255 if v > u else 0)


def _corridas_255(datos: bytes):
    for m in re.finditer(rb"\xff+", datos):
        yield m.start(), m.end()


def _mascara_lineas(tinta: Image.Image, k: int, horizontal: bool) -> tuple[Image.Image, list[tuple[float, float, float, float]]]:
    """Máscara (255) de trazos rectos de al menos ~2k píxeles en una dirección, y sus cajas."""
    w, h = tinta.size
    mascara = Image.new("L", (w, h), 0)
    cajas: list[tuple[float, float, float, float]] = []
    for desfase in (0, k // 2):
        if horizontal:
            n = (w - desfase) // k
            if n < 2:
                continue
            rec = tinta.crop((desfase, 0, desfase + n * k, h))
            chico = rec.resize((n, h), Image.BOX)
        else:
            n = (h - desfase) // k
            if n < 2:
                continue
            rec = tinta.crop((0, desfase, w, desfase + n * k))
            chico = rec.resize((w, n), Image.BOX)
        lleno = chico.point(lambda v: 255 if v >= 222 else 0)
        # Una ventana es línea si forma parte de una corrida de al menos 3 ventanas llenas
        # (≥ ~0.36 pulgadas): los trazos de las letras, aun en negrita, no llegan a tanto.
        dx, dy = (1, 0) if horizontal else (0, 1)
        a1 = ImageChops.offset(lleno, -dx, -dy)  # vecina siguiente
        a2 = ImageChops.offset(lleno, -2 * dx, -2 * dy)
        b1 = ImageChops.offset(lleno, dx, dy)  # vecina anterior
        b2 = ImageChops.offset(lleno, 2 * dx, 2 * dy)
        corrida = ImageChops.lighter(
            ImageChops.lighter(ImageChops.darker(a1, a2), ImageChops.darker(b1, b2)), ImageChops.darker(a1, b1)
        )
        linea = ImageChops.darker(lleno, corrida)
        if linea.getbbox() is None:
            continue
        if desfase == 0:
            cajas += _cajas_de_lineas(linea, k, horizontal)
        grande = linea.resize(rec.size, Image.NEAREST)
        capa = Image.new("L", (w, h), 0)
        capa.paste(grande, (desfase, 0) if horizontal else (0, desfase))
        mascara = ImageChops.lighter(mascara, capa)
    return mascara, cajas


def _cajas_de_lineas(linea: Image.Image, k: int, horizontal: bool) -> list[tuple[float, float, float, float]]:
    """Cajas de las líneas de la rejilla reducida (una celda = k píxeles a lo largo de la línea)."""
    if horizontal:
        linea = linea.transpose(Image.Transpose.TRANSPOSE)  # ahora las líneas son columnas
    ancho, n = linea.size  # ancho = posiciones transversales; n = ventanas a lo largo
    datos = linea.tobytes()
    crudas = []
    for x in range(ancho):
        col = datos[x::ancho]
        if b"\xff" not in col:
            continue
        for a, b in _corridas_255(col):
            crudas.append((x, a * k, b * k))
    # Une columnas contiguas (el grosor de la línea) con tramos que se enciman.
    crudas.sort()
    unidas: list[list[float]] = []
    for x, a, b in crudas:
        for u in unidas[-6:]:
            if x - u[1] <= 2 and min(b, u[3]) - max(a, u[2]) > 0:
                u[1] = x
                u[2], u[3] = min(u[2], a), max(u[3], b)
                break
        else:
            unidas.append([x, x, a, b])
    if horizontal:
        return [(a, x0, b, x1 + 1) for x0, x1, a, b in unidas]
    return [(x0, a, x1 + 1, b) for x0, x1, a, b in unidas]


def quitar_lineas(
    gris: Image.Image, binaria: Image.Image, dpi: int
) -> tuple[Image.Image, list[tuple[float, float, float, float]]]:
    """Blanquea las líneas de tabla (horizontales y verticales largas) de la imagen gris.

    Devuelve la imagen limpia y las cajas (píxeles) de las líneas quitadas.
    """
    k = max(6, int(dpi * 0.12))
    tinta = ImageOps.invert(binaria)
    mh, ch = _mascara_lineas(tinta, k, True)
    mv, cv = _mascara_lineas(tinta, k, False)
    m = ImageChops.lighter(mh, mv)
    if m.getbbox() is None:
        return gris, []
    m = m.filter(ImageFilter.MaxFilter(3))
    return ImageChops.lighter(gris, m), ch + cv


def _a_formato_rapido(img: Image.Image) -> Image.Image:
    # pytesseract guarda la imagen en un archivo temporal; PNM se escribe sin comprimir (rápido).
    img.format = "PPM"  # PIL escribe «L» como PGM (P5) y «RGB» como PPM (P6)
    return img


def detectar_orientacion(gris: Image.Image, dpi: int) -> tuple[int, float | None]:
    """(grados a girar en sentido horario, confianza) de una página escaneada."""
    giro, conf, _ = detectar_orientacion_y_escritura(gris, dpi)
    return giro, conf


def detectar_orientacion_y_escritura(gris: Image.Image, dpi: int) -> tuple[int, float | None, str | None]:
    """(grados a girar en sentido horario, confianza, escritura de OSD o None) de una página escaneada.

    Primero OSD de Tesseract (``--psm 0``) a ~150 ppp. Si OSD no puede (poco texto, solo tablas
    de números) o no está seguro, se prueba un OCR rápido de la zona central en los cuatro giros y
    gana el que da más palabras legibles.
    """
    est = estado_tesseract()
    factor = dpi / DPI_OSD
    chica = (
        gris.resize((max(1, int(gris.width / factor)), max(1, int(gris.height / factor))), Image.LANCZOS)
        if factor > 1.3
        else gris.copy()
    )
    if est.tiene_osd:
        try:
            osd = pytesseract.image_to_osd(
                _a_formato_rapido(chica.copy()), config="--psm 0", output_type=pytesseract.Output.DICT, timeout=60
            )
            giro = int(osd.get("rotate", 0)) % 360
            conf = float(osd.get("orientation_conf", 0.0))
            escritura = str(osd.get("script") or "") or None
            if float(osd.get("script_conf", 0.0) or 0.0) < CONF_MIN_ESCRITURA:
                escritura = None
            if conf >= CONF_MIN_OSD:
                return giro, conf, escritura
        except Exception:  # noqa: BLE001 - «Too few characters» u otro: se prueba por OCR
            escritura = None
    else:
        escritura = None
    giro, conf = _orientacion_por_ocr(chica, est.idiomas_ocr)
    return giro, conf, escritura


def _orientacion_por_ocr(chica: Image.Image, idiomas: str) -> tuple[int, float | None]:
    w, h = chica.size
    lado = int(min(w, h) * 0.6)
    centro = chica.crop(((w - lado) // 2, (h - lado) // 2, (w + lado) // 2, (h + lado) // 2))
    if centro.getextrema()[0] > 200:  # casi en blanco: nada que orientar
        return 0, None
    puntajes = {}
    for giro in (0, 90, 180, 270):
        try:
            datos = pytesseract.image_to_data(
                _a_formato_rapido(girar(centro, giro)),
                lang=idiomas,
                config="--psm 11 -c tessedit_do_invert=0",
                output_type=pytesseract.Output.DICT,
                timeout=30,
            )
        except Exception:  # noqa: BLE001
            continue
        puntajes[giro] = sum(
            float(c)
            for t, c in zip(datos["text"], datos["conf"], strict=False)
            if t and sum(ch.isalnum() for ch in t) >= 3 and float(c) >= 60
        )
    if not puntajes:
        return 0, None
    orden = sorted(puntajes.items(), key=lambda kv: -kv[1])
    mejor, segundo = orden[0][1], orden[1][1] if len(orden) > 1 else 0.0
    if mejor <= 0 or mejor < 1.3 * segundo:
        return 0, None
    return orden[0][0], round(mejor / max(1.0, segundo), 2)


def girar(img: Image.Image, grados_horario: int) -> Image.Image:
    if grados_horario % 360 == 0:
        return img
    metodo = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
    return img.transpose(metodo[grados_horario % 360])


def franjas(gris: Image.Image, n: int) -> list[tuple[int, int]]:
    """Corta la página en ``n`` franjas horizontales por renglones en blanco (sin partir texto)."""
    h = gris.height
    if n <= 1 or h < 400:
        return [(0, h)]
    perfil = gris.resize((1, h), Image.BOX).tobytes()
    cortes = [0]
    for i in range(1, n):
        objetivo = h * i // n
        radio = h // (3 * n)
        mejor, mejor_val = None, -1
        y = max(cortes[-1] + 50, objetivo - radio)
        while y < min(h - 50, objetivo + radio):
            if perfil[y] >= 250:
                ini = y
                while y < h and perfil[y] >= 250:
                    y += 1
                largo = y - ini
                puntaje = largo - abs((ini + y) // 2 - objetivo) / 50
                if largo >= 6 and puntaje > mejor_val:
                    mejor, mejor_val = (ini + y) // 2, puntaje
            y += 1
        if mejor is not None:
            cortes.append(mejor)
    cortes.append(h)
    return [(cortes[i], cortes[i + 1]) for i in range(len(cortes) - 1)]


def ocr_palabras(
    gris: Image.Image,
    desde_y: int,
    escala: float,
    pagina: int,
    idiomas: str,
) -> list[Palabra]:
    """OCR de una franja; devuelve palabras en puntos (dividiendo entre ``escala`` píxeles/punto)."""
    datos = pytesseract.image_to_data(
        _a_formato_rapido(gris),
        lang=idiomas,
        config="--psm 11 -c tessedit_do_invert=0",
        output_type=pytesseract.Output.DICT,
        timeout=TIMEOUT_TESSERACT,
    )
    palabras = []
    for texto, conf, x, y, w, h in zip(
        datos["text"], datos["conf"], datos["left"], datos["top"], datos["width"], datos["height"], strict=False
    ):
        texto = (texto or "").strip()
        try:
            conf = float(conf)
        except (TypeError, ValueError):
            continue
        if not texto or conf < CONF_MIN_PALABRA:
            continue
        y = y + desde_y
        palabras.append(
            Palabra(
                texto=texto,
                x0=x / escala,
                y0=y / escala,
                x1=(x + w) / escala,
                y1=(y + h) / escala,
                conf=conf / 100.0,
                pagina=pagina,
                metodo="ocr",
            )
        )
    return palabras


def buscar_tinta_color(rgb: Image.Image, escala: float, pagina: int) -> list[Marca]:
    """Zonas con tinta de color (azul, roja, violeta): típicamente sello o firma en un escaneo."""
    # Se trabaja a ~50 ppp: celdas de ~1/4 de pulgada.
    factor = max(1, round(escala * 72 / 50))
    chica = rgb.resize((max(1, rgb.width // factor), max(1, rgb.height // factor)), Image.BOX)
    h, s, v = chica.convert("HSV").split()
    sat = s.point(lambda x: 255 if x >= 90 else 0)
    val = v.point(lambda x: 255 if 35 <= x <= 235 else 0)
    tinta = ImageChops.darker(sat, val)
    if tinta.getbbox() is None:
        return []
    celda = 12  # ~1/4 de pulgada a 50 ppp
    gw, gh = max(1, tinta.width // celda), max(1, tinta.height // celda)
    rejilla = tinta.resize((gw, gh), Image.BOX)
    datos = rejilla.tobytes()
    marcadas = {(i % gw, i // gw) for i, val_ in enumerate(datos) if val_ >= 8}  # >= ~3 % de la celda
    if not marcadas or len(marcadas) > 0.3 * gw * gh:
        return []  # nada, o la página entera es de color (foto, papel de color): no es tinta
    marcas = []
    vistos: set[tuple[int, int]] = set()
    for celda_ini in sorted(marcadas):
        if celda_ini in vistos:
            continue
        pila, comp = [celda_ini], []
        vistos.add(celda_ini)
        while pila:
            cx, cy = pila.pop()
            comp.append((cx, cy))
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    vec = (cx + dx, cy + dy)
                    if vec in marcadas and vec not in vistos:
                        vistos.add(vec)
                        pila.append(vec)
        if len(comp) < 3:
            continue
        xs = [c[0] for c in comp]
        ys = [c[1] for c in comp]
        pts_por_celda = celda * factor / escala
        caja = (
            min(xs) * pts_por_celda,
            min(ys) * pts_por_celda,
            (max(xs) + 1) * pts_por_celda,
            (max(ys) + 1) * pts_por_celda,
        )
        conf = min(0.8, 0.45 + 0.03 * len(comp))
        marcas.append(Marca("tinta_color", pagina, caja, conf, "tinta de color (posible sello o firma)"))
    marcas.sort(key=lambda m: -(m.caja[2] - m.caja[0]) * (m.caja[3] - m.caja[1]))
    return marcas[:3]


def buscar_qr_robusto(gris: Image.Image, binaria: Image.Image | None = None):
    """Busca QR con el umbral de Otsu y, si no halla, con umbrales más bajos: en un escaneo
    borroso los módulos del QR se empastan y un umbral alto los une."""
    binaria = binaria if binaria is not None else binarizar(gris)
    hallados = buscar_qr(binaria)
    if hallados:
        return hallados
    u = max(90, min(200, _umbral_otsu(gris)))
    for nuevo in (u - 35, u - 65):
        if nuevo < 60:
            break
        hallados = buscar_qr(gris.point(lambda v, t=nuevo: 255 if v > t else 0))
        if hallados:
            return hallados
    return []


@dataclass
class ImagenPreparada:
    """Página ya girada y limpia, lista para el OCR por franjas."""

    limpia: Image.Image
    rotacion: int
    conf_orientacion: float | None
    escala: float
    marcas: list[Marca] = field(default_factory=list)
    reglas: list[tuple[float, float, float, float]] = field(default_factory=list)  # puntos, marco corregido
    escritura: str | None = None  # la de OSD («Latin», «Han», «Hangul», «Japanese»...)


def preparar_pagina(rgb: Image.Image, dpi: int, pagina: int, buscar_marcas: bool = True) -> ImagenPreparada:
    """Orientación + giro + binarización + borrado de líneas + QR + tinta de color.

    La orientación (OSD, un proceso de Tesseract) corre en paralelo con la limpieza de la imagen,
    que no depende del giro: las líneas, el QR y la tinta se buscan en la imagen sin girar y
    después se giran la imagen limpia y las cajas.
    """
    escala = dpi / 72.0
    gris = rgb.convert("L")
    with ThreadPoolExecutor(1, thread_name_prefix="osd") as hilo:
        futuro_osd = hilo.submit(detectar_orientacion_y_escritura, gris, dpi)
        binaria = binarizar(gris)
        limpia, reglas_px = quitar_lineas(gris, binaria, dpi)
        # Mediana 3x3: quita el polvo y los puntos del escaneo sin borrar trazos (a 300 ppp un
        # trazo mide 3 px o más). Mejora mucho el OCR de escaneos sucios.
        limpia = limpia.filter(ImageFilter.MedianFilter(3))
        marcas: list[Marca] = []
        if buscar_marcas:
            for q in buscar_qr_robusto(gris, binaria):
                marcas.append(Marca("qr", pagina, tuple(v / escala for v in q.caja), q.confianza, "código QR"))
            if rgb.mode == "RGB":
                marcas += buscar_tinta_color(rgb, escala, pagina)
        rotacion, conf, escritura = futuro_osd.result()
    ancho_pt, alto_pt = gris.width / escala, gris.height / escala
    reglas = [tuple(v / escala for v in c) for c in reglas_px]
    if rotacion:
        limpia = girar(limpia, rotacion)
        marcas = [
            Marca(m.tipo, m.pagina, rotar_caja(m.caja, rotacion, ancho_pt, alto_pt), m.confianza, m.descripcion) for m in marcas
        ]
        reglas = [rotar_caja(c, rotacion, ancho_pt, alto_pt) for c in reglas]
    return ImagenPreparada(limpia, rotacion, conf, escala, marcas, reglas, escritura)
