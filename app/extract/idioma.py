"""Idioma del documento: conteo de palabras vacías (y de escrituras CJK, hangul, cirílico).

Devuelve códigos ISO 639-1 (es, en, de, tr, zh, ko, ja, pl, fr, it, pt, ru). Es deliberadamente
simple: basta para saber si el certificado necesita traducción (regla R11).
"""

from __future__ import annotations

import re
from collections import Counter

_PALABRAS = {
    "en": "the of and to in for is are on with by this that be as at from we hereby certify has been "
    "certificate heat number date weight quality inspection manufacturer customer order steel mill",
    "es": "el la los las de del y en para por con que se es son al una un este esta certificado "
    "fecha número producto calidad peso cliente pedido acero colada descrito fabricante expedición "
    "longitud diámetro espesor ancho neto norma",
    "de": "der die das und des dem den zu zur zum mit von für ist sind auf im wir bestätigen "
    "bescheinigung werkstoff prüfung datum nummer gewicht erzeugnis stahl schmelze kunde auftrag "
    "hersteller angaben ausführung zeugnis lieferung prüfbescheinigung länge breite höhe masse",
    "tr": "ve ile bir bu için olan olarak da tarih numara ağırlık ürün kalite sertifika müşteri "
    "sipariş döküm çelik malzeme muayene belge üretici adet boy çap sanayi ticaret anonim şirketi "
    "numarası tarihi uzunluk",
    "pl": "i w z na do że jest się od dla oraz przez certyfikat certyfikatu data numer produkt produktu "
    "jakość klient zamówienie zamówienia stal wytop wytopu masa wymiary odbiorca producent producenta "
    "badania informacje opis świadectwo odbioru wydania długość szerokość wysokość grubość zakład "
    "dostawy warunki dodatkowe towaru znak",
    "fr": "le la les des du et en pour par avec est sont sur une un au aux certificat date numéro "
    "produit qualité poids client commande acier coulée",
    "it": "il lo la gli le di del della e per con è sono una un certificato data numero prodotto "
    "qualità peso cliente ordine acciaio colata",
    "pt": "o a os as do da dos das e em para por com é são uma um certificado data número produto "
    "qualidade peso cliente pedido aço corrida",
}
_CONJUNTOS = {k: set(v.split()) for k, v in _PALABRAS.items()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)

# Letras propias que desempatan (p. ej. «ß», «ğ», «ñ»).
_LETRAS = {
    "de": "äöüß",
    "tr": "ğışİŞ",
    "es": "ñ¿¡",
    "pl": "ąćęłńśźż",
    "fr": "àâçèêëîïôûœ",
    "pt": "ãõ",
}


def detectar_idioma(texto: str) -> tuple[str | None, float, dict[str, float]]:
    """(código, confianza 0..1, puntajes) del texto; (None, 0, {}) si no hay suficiente texto."""
    puntos: Counter[str] = Counter()
    han = len(re.findall(r"[\u4e00-\u9fff]", texto))
    hangul = len(re.findall(r"[\uac00-\ud7af]", texto))
    kana = len(re.findall(r"[\u3040-\u30ff]", texto))
    cirilico = len(re.findall(r"[\u0400-\u04ff]", texto))
    if hangul:
        puntos["ko"] += hangul * 1.5
    if kana:
        puntos["ja"] += kana * 2 + han * 0.5
    elif han:
        puntos["zh"] += han * 1.2
    if cirilico:
        puntos["ru"] += cirilico * 0.5
    palabras = [t.lower() for t in _TOKEN.findall(texto)]
    for p in palabras:
        for idioma, conjunto in _CONJUNTOS.items():
            if p in conjunto:
                puntos[idioma] += 1
    for idioma, letras in _LETRAS.items():
        n = sum(texto.count(c) for c in letras)
        if n:
            puntos[idioma] += 0.5 * n
    if not puntos:
        return None, 0.0, {}
    (mejor, p1), *resto = puntos.most_common()
    p2 = resto[0][1] if resto else 0.0
    if p1 < 3:
        return None, 0.0, dict(puntos)
    conf = min(0.95, 0.5 + 0.5 * (p1 - p2) / p1 + min(0.2, p1 / 200))
    return mejor, conf, dict(puntos)
