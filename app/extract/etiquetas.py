"""Etiquetas de los campos en varios idiomas (es, en, de, tr, pl, fr, it, pt, zh, ko).

Se escriben sin acentos; :func:`patron` las compila de modo que cada letra acepte sus variantes
acentuadas (el OCR a veces las pierde o las cambia): «dokum» encuentra «döküm» y «DÖKÜM».
"""

from __future__ import annotations

import re

_VARIANTES = {
    "a": "aáàâäãåą",
    "c": "cçćč",
    "e": "eéèêëęě",
    "g": "gğ",
    "i": "iíìîïıİ",
    "l": "lł",
    "n": "nñń",
    "o": "oóòôöõø",
    "s": "sşśšß",
    "u": "uúùûüů",
    "z": "zźżž",
    "y": "yý",
    "r": "rř",
}


def _expandir(fuente: str) -> str:
    salida, i, en_clase = [], 0, False
    while i < len(fuente):
        c = fuente[i]
        if c == "\\":
            salida.append(fuente[i : i + 2])
            i += 2
            continue
        if c == "[" and not en_clase:
            en_clase = True
        elif c == "]" and en_clase:
            en_clase = False
        elif not en_clase and c.lower() in _VARIANTES:
            v = _VARIANTES[c.lower()]
            salida.append("[" + v + v.upper() + "]")
            i += 1
            continue
        salida.append(c)
        i += 1
    return "".join(salida)


def patron(*alternativas: str) -> re.Pattern[str]:
    """Une alternativas (regex sin acentos) en un patrón insensible a mayúsculas y acentos."""
    cuerpo = "|".join(f"(?:{_expandir(a)})" for a in alternativas)
    # Límites de palabra solo para letras latinas: en chino o coreano no hay espacios.
    return re.compile(rf"(?<![A-Za-z\u00C0-\u024F])(?:{cuerpo})(?![A-Za-z\u00C0-\u024F])", re.IGNORECASE)


_NO = r"(?:no\b\.?|nos\b\.?|n[°º]\.?|nr\.?|num\b\.?|number|#)"

NUMERO = patron(
    rf"(?:mill\s*)?(?:test\s*|inspection\s*|quality\s*|material\s*)?cert(?:ificate|\.)?\s*{_NO}",
    rf"(?:mill\s*)?test\s*report\s*{_NO}",
    rf"mtc\s*{_NO}",
    rf"(?:document|doc\.?)\s*{_NO}",
    rf"report\s*{_NO}",
    r"bescheinigungs?[-\s]?(?:nummer|nr\.?)",
    r"zeugnis[-\s]?(?:nummer|nr\.?)",
    r"pr[uü]fbescheinigung\s*nr\.?",
    r"(?:numero|no\.?|n[°º]\.?)\s*(?:de\s+|del\s+)?certificado",
    r"certificado\s*(?:n[°º]\.?|no\.?|numero|nro\.?)",
    r"sertifika\s*(?:no\b\.?|numarasi)",
    r"belge\s*(?:no\b\.?|numarasi)",
    r"(?:numer|nr\.?)\s+(?:certyfikatu|swiadectwa|atestu)",
    r"certificat\s*n[°º]",
    r"(?:n[°º]|numero)\s*(?:du\s+|de\s+)?certificat",
    r"证书编号|证书号|质保书编号|质量证明书编号|证明书编号|證書編號|报告编号",
    r"성적서\s*번호|증명서\s*번호|검사증명서\s*번호",
)
#: Palabra «certificado» sola: etiqueta débil de número (el valor se valida más estricto).
NUMERO_PALABRA = patron(
    r"certificate|certificado|certificat|zertifikat|zeugnis|sertifika|belge|certyfikat|swiadectwo|证书|證書|증명서|성적서"
)
#: Etiqueta débil de número: «ID» suelto (pasaportes digitales de material).
NUMERO_DEBIL = re.compile(r"^(?:[A-Z]\d{2}\s+)?(?:ID|No\.?|N[°º])$", re.IGNORECASE)

FECHA_FUERTE = patron(
    r"date\s+of\s+issue(?:\s+and\s+validation)?|date\s+of\s+(?:certificate|certification|report)",
    r"issue\s*date|issued\s*(?:on|date)|date\s+issued|issuing\s+date",
    r"fecha\s+de\s+(?:expedicion|emision|certificado)",
    r"ausstellungsdatum|datum\s+der\s+ausstellung|ausgestellt\s+am|ausstellungstag",
    r"duzenleme\s+tarihi|tanzim\s+tarihi|belge\s+tarihi|sertifika\s+tarihi",
    r"data\s+(?:wydania|wystawienia)",
    r"date\s+d['’]emission|data\s+di\s+emissione|data\s+de\s+emissao",
    r"签发日期|发证日期|出证日期|签发时间|出具日期|證書日期",
    r"발행\s*일자?|발급\s*일자?",
)
FECHA_GENERICA = patron(r"date|fecha|datum|tarih|tarihi|data|日期|일자|날짜", r"dated")
#: Palabras que indican que una fecha no es la de expedición.
FECHA_NEGATIVA = patron(
    r"order|purchase|delivery|dispatch|ship(?:ment|ping)?|reference|invoice|production|process|heat\s+treatment|"
    r"furnace|test\s+date|date\s+of\s+test|testing|expiry|due|loading|b/l|contract",
    r"bestell\w*|liefer\w*|referenz\w*|pr[uü]f\w*|herstell\w*|vertrag",
    r"pedido|entrega|embarque|factura|referencia|produccion|contrato",
    r"siparis|teslim|sevk|fatura|uretim",
    r"zamowieni\w*|dostaw\w*|referencyjn\w*",
    r"订单|合同|发货|生产日期|试验日期",
)

COLADA = patron(
    rf"heat\s*(?:{_NO}|code|id\b|/\s*lot|&\s*lot)",
    r"heats?\s*numbers?",
    rf"cast\s*{_NO}",
    rf"melt\s*{_NO}",
    r"(?:n[°º]\.?|no\.?|numero|num\.?|nro\.?)\s*(?:de\s+)?colada",
    r"coladas?",
    r"schmelz(?:e|en)?[-\s]?(?:nr\.?|nummer|number)",
    r"schmelzen?",
    r"dokum\s*(?:no\b\.?|numarasi|nr\.?)?",
    r"sarj\s*(?:no\b\.?|numarasi)",
    r"炉号|熔炼号|炉批号|熔炉号|炉次号|爐號|冶炼炉号",
    r"용해\s*번호|히트\s*번호|강번|제강\s*번호",
    r"(?:nr\.?|numer)\s+wytopu|wytop",
    r"(?:n[°º]\s*(?:de\s+)?)?coulee",
    r"(?:n\.?\s*)?colata",
    r"(?:n[°º]\.?\s*(?:da\s+)?)?corrida",
    r"плавк[аи]|№\s*плавки",
)
#: «HEAT» solo vale como encabezado de columna o etiqueta completa del segmento.
COLADA_SOLA = re.compile(r"^(?:[A-Z]\d{2}\s+)?HEATS?\.?$", re.IGNORECASE)
COLADA_NEGATIVA = patron(r"heat\s*(?:treat\w*|input|affected|resist\w*|tint|exchang\w*|number\s+of\s+heat)")

PRODUCTOR = patron(
    r"manufacturer(?:'?s)?(?:\s+(?:plant|works|name))?",
    r"producer|produced\s+by|manufactured\s+by|made\s+by|mill\s+name|mill",
    r"herstellerwerk|hersteller|lieferwerk",
    r"fabricante|productor|fabricado\s+por|producido\s+por|planta\s+productora",
    r"uretici(?:\s+firma)?|imalatci|uretim\s+yeri|uretici\s+firma",
    r"生产厂家|生产厂|生产单位|制造商|制造单位|生产企业|生產廠",
    r"제조사|제조자|제조업체|생산자",
    r"producent|zaklad\s+produkcyjny|wytworca",
    r"fabricant|produttore|fabricante",
)
PRODUCTOR_DEBIL = patron(
    r"supplier|seller|shipper|exporter|lieferant|proveedor|vendedor|exportador|tedarikci|satici|ihracatci|供方|供货单位|供应商|dostawca"
)
CLIENTE = patron(
    r"customer|buyer|purchaser|consignee|sold\s+to|ship\s+to|bill\s+to|receiver|recipient|importer",
    r"besteller|kunde|empfanger|abnehmer",
    r"cliente|comprador|consignatario|destinatario|importador",
    r"musteri|alici",
    r"客户|收货单位|需方|买方|订货单位",
    r"klient|odbiorca|nabywca",
)

PAIS = patron(
    r"country\s+of\s+(?:melt(?:ing)?(?:\s+(?:and|&)\s+pour(?:ing)?)?|origin|manufacture|production)",
    r"melted\s+(?:and|&)\s+poured(?:\s+in)?|melt\s+(?:and|&)\s+pour(?:\s+country)?|made\s+in|origin",
    r"pais\s+de\s+(?:origen|fusion|colada|fabricacion)|origen",
    r"ursprungsland|herkunftsland|ursprung|erschmolzen\s+in",
    r"mense(?:\s+ulke(?:si)?)?|mensei|uretim\s+ulkesi",
    r"原产地|产地|原产国|原產地|원산지|생산국",
    r"kraj\s+pochodzenia|pays\s+d['’]origine|paese\s+di\s+origine|pais\s+de\s+origem",
)

MASA_FUERTE = patron(
    r"n\.\s?w\.?|net\s*(?:weight|wt\.?|mass)|total\s*(?:net\s*)?(?:weight|wt\.?|mass|quantity|qty\.?|tonnage)|actual\s*(?:weight|mass)",
    r"ist[-\s]?(?:masse|gewicht)|netto(?:gewicht|masse)?|gesamtgewicht|liefergewicht",
    r"peso\s+(?:neto|total|real)",
    r"net\s+agirlik|toplam\s+agirlik|net\s+miktar",
    r"净重|总重|總重|实际重量|實際重量|合计重量",
    r"rzeczywista\s+masa|masa\s+(?:netto|rzeczywista|calkowita)|waga\s+netto",
    r"poids\s+net|peso\s+netto|순중량|총중량|실중량",
)
MASA_MEDIA = patron(r"weight|wt\.?|mass|masse|gewicht|peso|agirlik|重量|masa|waga|poids|중량|tonnage|tonaj")
MASA_CANTIDAD = patron(r"quantity|qty\.?|cantidad|menge|miktar|数量|ilosc|quantite|delivery|lieferung|shipped|despachado")
MASA_DEBIL = patron(
    r"theoretical\s*(?:weight|mass)|theoretische\s*(?:masse|gewicht)|gross\s*(?:weight|wt\.?)|g\.\s?w\.?|brutto\w*|peso\s+bruto|"
    r"brut\s+agirlik|毛重|理论重量|masa\s+teoretyczna",
)
MASA_NEGATIVA = patron(r"per|pro|por|/\s*m\b|kg\s*/\s*m|max\.?|maximum|min\.?|order|bestell\w*|pedido|unit|einheit")

TOTAL = patron(r"total|totals|summe|gesamt|toplam|合计|合計|总计|suma|razem|totale|ogolem")

PRODUCTO = patron(
    r"product(?:\s+name|\s+description)?|description\s+of\s+goods|goods\s+description|description|commodity|material\s+description",
    r"erzeugnis|produkt(?:bezeichnung)?|warenbezeichnung",
    r"producto|descripcion|mercancia|articulo",
    r"urun(?:\s+adi|\s+cinsi)?|malzeme(?:\s+cinsi)?|mal\s+cinsi",
    r"品名|产品名称|货物名称|제품명|품명",
    r"opis\s+produktu|produkt|designation|prodotto|descrizione",
)
PRODUCTO_NEGATIVO = patron(
    r"norm|norma|dimension\w*|abmessung\w*|mass|masse|description\s*$|production|marking|kennzeichnung|identif\w*|"
    r"tests?|prufung\w*|inspection|analysis|analyse|ensayo|prueba|muayene|deney"
)
DIMENSION = patron(
    r"dimensions?|sizes?|diameter|dia\.?|length|thickness|width|height|wall\s+thickness|shape",
    r"abmessung(?:en)?|mase|durchmesser|lange|dicke|breite|hohe|wandstarke",
    r"dimensi(?:on|ones)|medidas?|diametro|longitud|espesor|ancho|alto",
    r"ebat|ebatlar|cap|boy|kalinlik|genislik",
    r"规格|尺寸|直径|长度|厚度|宽度|치수|규격",
    r"wymiary|srednica|dlugosc|grubosc|szerokosc|wysokosc|grubosc\s+scian",
)

NORMA = patron(
    r"specification|spec\.?|standard|product\s+norm|material\s+norm|norm|steel\s+grade|grade|material\s+grade|steel\s+designation",
    r"stahlbezeichnung|stahlsorte|werkstoff|werkstoffnummer|gute",
    r"norma|especificacion|grado|calidad\s+del\s+acero",
    r"standart|kalite|sinif|celik\s+kalitesi",
    r"标准|执行标准|牌号|钢种|钢号|材质|規格|규격|강종|재질",
    r"gatunek|gatunek\s+stali",
    r"name\s*\(\s*en\s*10027-1\s*\)",
)

FIRMA = patron(
    r"signature|signed|sign\.|stamp|seal|inspector|surveyor|authori[sz]ed(?:\s+signatory)?|approved\s+by|validated\s+by|certified\s+by",
    r"quality\s+(?:manager|control|assurance)|q\.?\s?a\.?\s+manager|qc\s+manager",
    r"unterschrift|stempel|abnahmebeauftragter?|werkssachverstandige\w*",
    r"firma\s+(?:y\s+sello|autorizada)|sello|inspector",
    r"imza|kase|muhur|kalite\s+kontrol",
    r"签字|签名|盖章|印章|检验员|审核|质检|검사원|서명|직인",
    r"podpis|pieczec|kontroler",
    r"qr\s*code",
)

FIRMA_NEGADA = patron(
    r"(?:not|no|without|ohne|keine?|sin|no\s+requiere|gerek(?:mez|miyor)|bez)\s+(?:\w+\s+){0,4}(?:personal\s+)?"
    r"(?:signature|signed|unterschrift|firma|imza|podpis|stamp|stempel|sello)",
)

MOLINO = patron(
    r"mill(?:'?s)?\s+test\s+(?:certificate|report)|mill\s+certificate|mill\s+inspection|mtc",
    r"inspection\s+certificate\s*3\.[12]|en\s*10204\s*[-:/]?\s*(?:2004)?\s*[-/ ]?\s*3\.[12]|type\s*3\.[12]",
    r"abnahmepr[uü]fzeugnis|werkszeugnis|werksprufzeugnis",
    r"certificado\s+de\s+(?:molino|fabrica|acer[ií]a)|certificado\s+de\s+prueba\s+de\s+molino|de\s+molino",
    r"(?:type\s*|tipo\s*)?3\.[12]\s*\(?\s*(?:according\s+to\s+|nach\s+|segun\s+)?(?:din\s+)?en\s*10204",
    r"en\s*10204\s*[:/-]?\s*(?:2004)?[^\n]{0,20}3\.[12]|abnahmepr[uü]fzeugnis\s*3\.[12]|muayene\s+belgesi\s*3\.[12]",
    r"chemical\s+composition|chemische\s+zusammensetzung|composicion\s+quimica|kimyasal\s+(?:bilesim|analiz)|化学成分|화학\s*성분|sklad\s+chemiczny",
    r"melting\s+process|steelmaking|steel\s+making|electric\s+arc|continuous\s+cast\w*|stahlherstellungsverfahren",
    r"质量证明书|材质证明书|품질\s*보증서|밀\s*시트",
)
CALIDAD = patron(
    r"quality\s+certificate|certificate\s+of\s+(?:quality|conformity|compliance)|conformity\s+certificate",
    r"certificado\s+de\s+(?:calidad|conformidad)|constancia\s+de\s+calidad",
    r"konformitatsbescheinigung|qualitatszertifikat|werksbescheinigung",
    r"kalite\s+belgesi|kalite\s+sertifikasi|uygunluk\s+belgesi",
    r"合格证|产品合格证",
    r"swiadectwo\s+jakosci|certyfikat\s+jakosci",
)

#: Etiquetas de renglones de dirección y contacto (siguen siendo parte del bloque del productor).
DIRECCION = patron(
    r"address|add\.?|adresse|anschrift|adres|direccion|domicilio|endereco|indirizzo|adres|地址|住所|주소|adres",
    r"tel\.?|phone|telephone|telefon|telefono|fax|e-?mail|correo|web|电话|傳真|传真|전화|팩스",
)

#: Todas las etiquetas: un valor candidato que es a su vez una etiqueta se descarta.
TODAS = [
    NUMERO,
    FECHA_FUERTE,
    COLADA,
    PRODUCTOR,
    PRODUCTOR_DEBIL,
    CLIENTE,
    PAIS,
    MASA_FUERTE,
    MASA_DEBIL,
    PRODUCTO,
    DIMENSION,
    NORMA,
]

_FUNCIONALES = re.compile(
    r"\b(?:of|the|and|or|for|to|in|des|der|die|das|und|zum|zur|von|de|del|la|el|los|las|y|e|do|da|dos|"
    r"ve|ile|i|w|z|na|du|le|les|et|di|il)\b",
    re.IGNORECASE,
)

_CODIGO = re.compile(r"^\s*(?:[A-Z]\d{2}(?:\.\d)?|\d{1,2}[.)]|[a-z]\))\s+")


def quitar_codigo(texto: str) -> str:
    """Quita el código de campo inicial («A03 », «B09 », «1. », «a) »)."""
    return _CODIGO.sub("", texto)


def es_etiqueta(texto: str) -> bool:
    """¿El texto es (casi) solo una etiqueta? (p. ej. «B01 Erzeugnis / Product»)."""
    t = quitar_codigo(texto).strip(" :：.-/|")
    if not t:
        return True
    if re.search(r"\d{2}", t):
        return False
    alguna = False
    for p in TODAS + [FECHA_GENERICA, MASA_MEDIA, MASA_CANTIDAD, FIRMA, TOTAL]:
        t, n = p.subn(" ", t)
        alguna = alguna or n > 0
    if not alguna:
        return False
    t = _FUNCIONALES.sub(" ", t)
    return not re.sub(r"[\s:：.\-/|()'’&,]+", "", t)
