"""Capa de texto del PDF -> palabras con caja, en el marco de la página mostrada y corregida.

Motor principal: el de pdfium (pypdfium2), en C: ~10 ms por página. pdfplumber (pdfminer, en
Python puro) da lo mismo pero tarda de 0.2 a 1.5 s por página en certificados con muchas líneas
de tabla; se usa solo como segunda opinión cuando el texto de pdfium no sirve (fuentes sin mapa
Unicode, p. ej.), antes de recurrir al OCR.

Marcos de coordenadas:

- *usuario*: el del PDF (origen abajo a la izquierda, sin girar). Así da pdfium las cajas.
- *mostrado*: la página como la ve el visor (aplicado ``/Rotate``), origen arriba a la izquierda.
  Así dan las cajas pdfplumber y así dibuja pdfium.
- *corregido*: el mostrado girado para que el texto quede derecho (``rotacion`` grados, sentido
  horario). Es el marco de todas las cajas que salen del paquete.
"""

from __future__ import annotations

from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .modelo import Caja, Palabra

_CORRECCION_POR_DIRECCION = {"ltr": 0, "ttb": 270, "btt": 90, "rtl": 180}


def rotar_caja(caja: Caja, grados: int, ancho: float, alto: float) -> Caja:
    """Gira una caja del marco (ancho x alto, origen arriba-izquierda) ``grados`` en sentido horario."""
    x0, y0, x1, y1 = caja
    g = grados % 360
    if g == 90:
        pts = [(alto - y0, x0), (alto - y1, x1)]
    elif g == 180:
        pts = [(ancho - x0, alto - y0), (ancho - x1, alto - y1)]
    elif g == 270:
        pts = [(y0, ancho - x0), (y1, ancho - x1)]
    else:
        return caja
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


class MarcoPagina:
    """Convierte cajas del espacio de usuario de pdfium al marco mostrado."""

    def __init__(self, pagina: pdfium.PdfPage):
        self.rotacion_pdf = pagina.get_rotation() % 360
        izq, abajo, der, arriba = pagina.get_cropbox()
        self.origen = (izq, abajo)
        self.ancho_u, self.alto_u = der - izq, arriba - abajo  # sin girar
        if self.rotacion_pdf in (90, 270):
            self.ancho, self.alto = self.alto_u, self.ancho_u
        else:
            self.ancho, self.alto = self.ancho_u, self.alto_u

    def a_mostrado(self, izq: float, abajo: float, der: float, arriba: float) -> Caja:
        u0, u1 = izq - self.origen[0], der - self.origen[0]
        v0, v1 = self.alto_u - (arriba - self.origen[1]), self.alto_u - (abajo - self.origen[1])
        return rotar_caja((u0, v0, u1, v1), self.rotacion_pdf, self.ancho_u, self.alto_u)


def _direccion(cajas: list[Caja]) -> str | None:
    if len(cajas) < 2:
        return None
    a, z = cajas[0], cajas[-1]
    dx = (z[0] + z[2]) / 2 - (a[0] + a[2]) / 2
    dy = (z[1] + z[3]) / 2 - (a[1] + a[3]) / 2
    if abs(dx) >= abs(dy):
        return "ltr" if dx >= 0 else "rtl"
    return "ttb" if dy > 0 else "btt"


def es_basura(c: str) -> bool:
    if not c:
        return False
    o = ord(c[0])
    return c in ("\ufffd", "\ufffe", "\uffff") or 0xE000 <= o <= 0xF8FF or (o < 32 and c not in "\t\n\r")


def caracteres_pdfium(pagina: pdfium.PdfPage):
    """(texto, [caja mostrada | None], [error de mapa Unicode]) de la página."""
    tp = pagina.get_textpage()
    try:
        n = tp.count_chars()
        if n <= 0:
            return "", [], []
        texto = tp.get_text_range(0, n)
        if len(texto) != n:  # caracteres fuera del plano básico: se leen uno por uno
            texto = "".join(chr(pdfium_c.FPDFText_GetUnicode(tp.raw, i) or 0xFFFD) for i in range(n))
        marco = MarcoPagina(pagina)
        cajas: list[Caja | None] = []
        errores: list[bool] = []
        for i, c in enumerate(texto):
            if c.isspace() or c in "\x00\x02":
                cajas.append(None)
                errores.append(False)
                continue
            izq, abajo, der, arriba = tp.get_charbox(i, loose=True)
            cajas.append(marco.a_mostrado(izq, abajo, der, arriba))
            errores.append(bool(pdfium_c.FPDFText_HasUnicodeMapError(tp.raw, i)))
        return texto, cajas, errores
    finally:
        tp.close()


def palabras_pdfium(pagina: pdfium.PdfPage, numero: int, texto, cajas, ancho: float, alto: float) -> tuple[list[Palabra], int]:
    """Agrupa los caracteres en palabras; devuelve (palabras en el marco corregido, corrección)."""
    crudas: list[tuple[str, list[Caja]]] = []
    actual_t: list[str] = []
    actual_c: list[Caja] = []

    def cerrar():
        if actual_t:
            crudas.append(("".join(actual_t), list(actual_c)))
            actual_t.clear()
            actual_c.clear()

    for c, caja in zip(texto, cajas, strict=False):
        if caja is None or es_basura(c):
            cerrar()
            continue
        if actual_c:
            prev = actual_c[-1]
            h = max(prev[3] - prev[1], caja[3] - caja[1], prev[2] - prev[0], caja[2] - caja[0], 1.0)
            cx_p, cy_p = (prev[0] + prev[2]) / 2, (prev[1] + prev[3]) / 2
            cx, cy = (caja[0] + caja[2]) / 2, (caja[1] + caja[3]) / 2
            # Sin espacio en el texto pero lejos en la página: otra palabra.
            if abs(cx - cx_p) + abs(cy - cy_p) > 1.6 * h:
                cerrar()
        actual_t.append(c)
        actual_c.append(caja)
    cerrar()
    if not crudas:
        return [], 0
    direcciones: Counter[str] = Counter()
    dir_palabra = []
    for t, cs in crudas:
        d = _direccion(cs)
        dir_palabra.append(d)
        if d:
            direcciones[d] += len(t)
    dominante = direcciones.most_common(1)[0][0] if direcciones else "ltr"
    correccion = _CORRECCION_POR_DIRECCION[dominante]
    palabras = []
    for (t, cs), d in zip(crudas, dir_palabra, strict=False):
        if d is not None and d != dominante:
            continue  # texto girado al margen: estorbaría a los renglones
        caja = (min(c[0] for c in cs), min(c[1] for c in cs), max(c[2] for c in cs), max(c[3] for c in cs))
        caja = rotar_caja(caja, correccion, ancho, alto)
        palabras.append(Palabra(t, caja[0], caja[1], caja[2], caja[3], 1.0, numero, "texto"))
    return palabras, correccion


def imagenes_pdfium(pagina: pdfium.PdfPage) -> list[Caja]:
    """Cajas (marco mostrado) de las imágenes de la página, también dentro de formularios XObject."""
    marco = MarcoPagina(pagina)
    cajas = []
    try:
        for obj in pagina.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
            izq, abajo, der, arriba = obj.get_bounds()
            cajas.append(marco.a_mostrado(izq, abajo, der, arriba))
    except Exception:  # noqa: BLE001 - objetos raros: sin imágenes
        return cajas
    return cajas


def reglas_pdfium(pagina: pdfium.PdfPage, max_objetos: int = 4000) -> tuple[list[Caja], int]:
    """Líneas rectas (reglas de tabla) de la página, como cajas delgadas en el marco mostrado, y
    cuántos cuadritos rellenos hay (un QR dibujado con vectores tiene decenas)."""
    import ctypes

    marco = MarcoPagina(pagina)
    reglas: list[Caja] = []
    cuadritos = 0
    x, y = ctypes.c_float(), ctypes.c_float()
    m = pdfium_c.FS_MATRIX()
    try:
        objetos = pagina.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=4)
        for n, obj in enumerate(objetos):
            if n >= max_objetos:
                break
            izq, abajo, der, arriba = obj.get_bounds()
            w_, h_ = der - izq, arriba - abajo
            if 0.8 <= w_ <= 12 and 0.8 <= h_ <= 12 and abs(w_ - h_) <= 0.25 * max(w_, h_):
                cuadritos += 1
            if w_ < 2.0 and h_ > 5 or h_ < 2.0 and w_ > 5:
                reglas.append(marco.a_mostrado(izq, abajo, der, arriba))
                continue
            nseg = pdfium_c.FPDFPath_CountSegments(obj.raw)
            if nseg <= 1 or nseg > 400:
                continue
            pdfium_c.FPDFPageObj_GetMatrix(obj.raw, ctypes.byref(m))
            actual = inicio = None
            for i in range(nseg):
                seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
                pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
                punto = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
                tipo = pdfium_c.FPDFPathSegment_GetType(seg)
                tramos = []
                if tipo == pdfium_c.FPDF_SEGMENT_MOVETO:
                    inicio = punto
                elif tipo == pdfium_c.FPDF_SEGMENT_LINETO and actual is not None:
                    tramos.append((actual, punto))
                if pdfium_c.FPDFPathSegment_GetClose(seg) and inicio is not None:
                    tramos.append((punto, inicio))
                for (x0, y0), (x1, y1) in tramos:
                    if abs(x1 - x0) < 0.8 and abs(y1 - y0) > 5 or abs(y1 - y0) < 0.8 and abs(x1 - x0) > 5:
                        reglas.append(
                            marco.a_mostrado(min(x0, x1) - 0.3, min(y0, y1) - 0.3, max(x0, x1) + 0.3, max(y0, y1) + 0.3)
                        )
                actual = punto
    except Exception:  # noqa: BLE001 - las reglas ayudan, no son indispensables
        return reglas, cuadritos
    return reglas, cuadritos


def palabras_pdfplumber(pagina_plumber, numero: int, ancho: float, alto: float) -> tuple[list[Palabra], int]:
    """Lo mismo con pdfplumber (cajas ya en el marco mostrado)."""
    crudas = pagina_plumber.extract_words(x_tolerance=1.5, y_tolerance=2.5, keep_blank_chars=False)
    if not crudas:
        return [], 0
    direcciones: Counter[str] = Counter()
    for w in crudas:
        direcciones[w.get("direction", "ltr" if w.get("upright", True) else "ttb")] += len(w["text"])
    dominante = direcciones.most_common(1)[0][0]
    correccion = _CORRECCION_POR_DIRECCION.get(dominante, 0)
    palabras = []
    for w in crudas:
        if w.get("direction", "ltr" if w.get("upright", True) else "ttb") != dominante:
            continue
        t = w["text"].strip()
        if not t or t.startswith("(cid:") or all(es_basura(c) for c in t):
            continue
        caja = rotar_caja((w["x0"], w["top"], w["x1"], w["bottom"]), correccion, ancho, alto)
        palabras.append(Palabra(t, caja[0], caja[1], caja[2], caja[3], 1.0, numero, "texto"))
    return palabras, correccion
