"""Países: nombres en varios idiomas, códigos ISO 3166-1 alfa-2 y alfa-3, prefijos telefónicos.

La tabla cubre los países que producen o exportan acero y los socios comerciales habituales de
México; un país que no esté aquí simplemente no se reconoce (nunca se adivina).
"""

from __future__ import annotations

import re
import unicodedata

# alfa-3, alfa-2, prefijo telefónico, nombres (separados por «;», cualquier idioma)
_TABLA = """
ARG;AR;54;ARGENTINA;ARGENTINIEN;ARJANTIN;阿根廷
AUS;AU;61;AUSTRALIA;AUSTRALIEN;AVUSTRALYA;澳大利亚;澳洲
AUT;AT;43;AUSTRIA;ÖSTERREICH;OESTERREICH;AVUSTURYA;AUTRICHE;奥地利
BEL;BE;32;BELGIUM;BÉLGICA;BELGIEN;BELÇIKA;BELGIQUE;BELGIË;比利时
BGD;BD;880;BANGLADESH;孟加拉国
BGR;BG;359;BULGARIA;BULGARIEN;BULGARISTAN;保加利亚
BLR;BY;375;BELARUS;BIELORRUSIA;WEISSRUSSLAND;白俄罗斯
BRA;BR;55;BRAZIL;BRASIL;BRASILIEN;BREZILYA;BRÉSIL;巴西
CAN;CA;1;CANADA;CANADÁ;KANADA;加拿大
CHE;CH;41;SWITZERLAND;SUIZA;SCHWEIZ;İSVIÇRE;SUISSE;瑞士
CHL;CL;56;CHILE;ŞILI;智利
CHN;CN;86;CHINA;P.R.CHINA;P.R. CHINA;PR CHINA;P. R. CHINA;PRC;P.R.C.;P.R.C;PEOPLE'S REPUBLIC OF CHINA;PEOPLES REPUBLIC OF CHINA;REPÚBLICA POPULAR CHINA;VOLKSREPUBLIK CHINA;ÇIN;CHINE;中国;中华人民共和国;中國
COL;CO;57;COLOMBIA;KOLUMBIEN;KOLOMBIYA;哥伦比亚
CRI;CR;506;COSTA RICA
CZE;CZ;420;CZECH REPUBLIC;CZECHIA;REPÚBLICA CHECA;CHEQUIA;TSCHECHIEN;ÇEK CUMHURIYETI;ÇEKYA;捷克
DEU;DE;49;GERMANY;ALEMANIA;DEUTSCHLAND;ALMANYA;ALLEMAGNE;GERMANIA;NIEMCY;德国;德國;독일
DNK;DK;45;DENMARK;DINAMARCA;DÄNEMARK;DANIMARKA;丹麦
DZA;DZ;213;ALGERIA;ARGELIA;ALGERIEN;CEZAYIR;阿尔及利亚
ECU;EC;593;ECUADOR
EGY;EG;20;EGYPT;EGIPTO;ÄGYPTEN;MISIR;埃及
ESP;ES;34;SPAIN;ESPAÑA;SPANIEN;İSPANYA;ESPAGNE;SPAGNA;HISZPANIA;西班牙
FIN;FI;358;FINLAND;FINLANDIA;FINNLAND;FINLANDIYA;SUOMI;芬兰
FRA;FR;33;FRANCE;FRANCIA;FRANKREICH;FRANSA;法国
GBR;GB;44;UNITED KINGDOM;U.K.;GREAT BRITAIN;ENGLAND;SCOTLAND;WALES;REINO UNIDO;VEREINIGTES KÖNIGREICH;GROSSBRITANNIEN;İNGILTERE;BIRLEŞIK KRALLIK;英国
GEO;GE;995;GEORGIA;GEORGIEN;GÜRCISTAN;格鲁吉亚
GRC;GR;30;GREECE;GRECIA;GRIECHENLAND;YUNANISTAN;希腊
GTM;GT;502;GUATEMALA
HKG;HK;852;HONG KONG;香港
HRV;HR;385;CROATIA;CROACIA;KROATIEN;HIRVATISTAN;克罗地亚
HUN;HU;36;HUNGARY;HUNGRÍA;UNGARN;MACARISTAN;匈牙利
IDN;ID;62;INDONESIA;INDONESIEN;ENDONEZYA;印度尼西亚;印尼
IND;IN;91;INDIA;INDIEN;HINDISTAN;INDE;印度
IRL;IE;353;IRELAND;IRLANDA;IRLAND;爱尔兰
IRN;IR;98;IRAN;İRAN;伊朗
ISR;IL;972;ISRAEL;以色列
ITA;IT;39;ITALY;ITALIA;ITALIEN;İTALYA;ITALIE;WŁOCHY;意大利
JPN;JP;81;JAPAN;JAPÓN;JAPON;JAPONYA;日本
KAZ;KZ;7;KAZAKHSTAN;KAZAJISTÁN;KASACHSTAN;KAZAKISTAN;哈萨克斯坦
KOR;KR;82;KOREA;SOUTH KOREA;REPUBLIC OF KOREA;KOREA (SOUTH);COREA;COREA DEL SUR;SÜDKOREA;GÜNEY KORE;韩国;韓國;대한민국;한국
LKA;LK;94;SRI LANKA
LTU;LT;370;LITHUANIA;LITUANIA;LITAUEN;立陶宛
LUX;LU;352;LUXEMBOURG;LUXEMBURGO;LUXEMBURG;LÜKSEMBURG;卢森堡
LVA;LV;371;LATVIA;LETONIA;LETTLAND;拉脱维亚
MAR;MA;212;MOROCCO;MARRUECOS;MAROKKO;FAS;摩洛哥
MEX;MX;52;MEXICO;MÉXICO;MEXIKO;MEKSIKA;MEXIQUE;墨西哥
MYS;MY;60;MALAYSIA;MALASIA;MALEZYA;马来西亚
NLD;NL;31;NETHERLANDS;THE NETHERLANDS;HOLLAND;PAÍSES BAJOS;HOLANDA;NIEDERLANDE;HOLLANDA;PAYS-BAS;荷兰
NOR;NO;47;NORWAY;NORUEGA;NORWEGEN;NORVEÇ;挪威
NZL;NZ;64;NEW ZEALAND;NUEVA ZELANDA;NEUSEELAND;新西兰
OMN;OM;968;OMAN;阿曼
PAK;PK;92;PAKISTAN;PAKISTÁN;巴基斯坦
PER;PE;51;PERU;PERÚ;秘鲁
PHL;PH;63;PHILIPPINES;FILIPINAS;PHILIPPINEN;FILIPINLER;菲律宾
POL;PL;48;POLAND;POLONIA;POLEN;POLONYA;POLSKA;POLOGNE;波兰
PRT;PT;351;PORTUGAL;PORTEKIZ;葡萄牙
QAT;QA;974;QATAR;KATAR;卡塔尔
ROU;RO;40;ROMANIA;RUMANIA;RUMÄNIEN;ROMANYA;ROUMANIE;罗马尼亚
RUS;RU;7;RUSSIA;RUSSIAN FEDERATION;RUSIA;RUSSLAND;RUSYA;РОССИЯ;俄罗斯
SAU;SA;966;SAUDI ARABIA;ARABIA SAUDITA;ARABIA SAUDÍ;SAUDI-ARABIEN;SUUDI ARABISTAN;沙特阿拉伯
SGP;SG;65;SINGAPORE;SINGAPUR;新加坡
SRB;RS;381;SERBIA;SERBIEN;SIRBISTAN;塞尔维亚
SVK;SK;421;SLOVAKIA;ESLOVAQUIA;SLOWAKEI;SLOVAKYA;斯洛伐克
SVN;SI;386;SLOVENIA;ESLOVENIA;SLOWENIEN;SLOVENYA;斯洛文尼亚
SWE;SE;46;SWEDEN;SUECIA;SCHWEDEN;İSVEÇ;SVERIGE;瑞典
THA;TH;66;THAILAND;TAILANDIA;TAYLAND;泰国
TUN;TN;216;TUNISIA;TÚNEZ;TUNESIEN;TUNUS;突尼斯
TUR;TR;90;TURKEY;TÜRKIYE;TURKIYE;TURQUÍA;TURQUIA;TÜRKEI;TURKEI;TURQUIE;TURCJA;土耳其
TWN;TW;886;TAIWAN;TAIWÁN;REPUBLIC OF CHINA (TAIWAN);R.O.C.;TAYVAN;台湾;臺灣
UKR;UA;380;UKRAINE;UCRANIA;UKRAYNA;УКРАЇНА;乌克兰
ARE;AE;971;UNITED ARAB EMIRATES;U.A.E.;UAE;EMIRATOS ÁRABES UNIDOS;VEREINIGTE ARABISCHE EMIRATE;BIRLEŞIK ARAP EMIRLIKLERI;阿联酋
USA;US;1;UNITED STATES;UNITED STATES OF AMERICA;U.S.A.;USA;U.S.;ESTADOS UNIDOS;EE.UU.;EEUU;VEREINIGTE STAATEN;AMERIKA BIRLEŞIK DEVLETLERI;ABD;美国
URY;UY;598;URUGUAY
VEN;VE;58;VENEZUELA
VNM;VN;84;VIETNAM;VIET NAM;越南
ZAF;ZA;27;SOUTH AFRICA;SUDÁFRICA;SÜDAFRIKA;GÜNEY AFRIKA;南非
"""


def normalizar(texto: str) -> str:
    """Mayúsculas sin acentos (la «İ»/«ı» turcas a «I»), espacios simples."""
    t = texto.replace("ı", "i").replace("İ", "I")
    t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", t.upper()).strip()


ALFA3: set[str] = set()
ALFA2_A_ALFA3: dict[str, str] = {}
PREFIJO_A_ALFA3: dict[str, str] = {}
_NOMBRES: dict[str, str] = {}
for _linea in _TABLA.strip().splitlines():
    _a3, _a2, _tel, *_nombres = _linea.split(";")
    ALFA3.add(_a3)
    ALFA2_A_ALFA3[_a2] = _a3
    if _tel not in ("1", "7"):  # compartidos (EUA/Canadá, Rusia/Kazajistán)
        PREFIJO_A_ALFA3[_tel] = _a3
    for _n in _nombres:
        _NOMBRES[normalizar(_n)] = _a3
ALFA2_A_ALFA3["UK"] = "GBR"

_ALT = "|".join(re.escape(n) for n in sorted(_NOMBRES, key=len, reverse=True))
# Los nombres en alfabeto latino deben ser palabras completas; los CJK, no.
_PATRON_NOMBRE = re.compile(rf"(?<![A-Z0-9])(?:{_ALT})(?![A-Z0-9])")

# Nombres que también son palabras comunes o siglas de otra cosa: solo valen como renglón propio
# o al final de una dirección.
_NOMBRES_DEBILES = {"FAS", "ABD", "UAE", "U.S.", "PRC", "P.R.C", "WALES", "GEORGIA", "INDE", "CHILE", "OMAN", "HOLLAND"}


def buscar_paises(texto: str) -> list[tuple[int, int, str, str]]:
    """[(inicio, fin, alfa3, nombre encontrado)] en el texto normalizado.

    Las posiciones se refieren a ``normalizar(texto)``, que conserva la longitud salvo espacios
    repetidos; quien necesite la caja exacta debe buscar por palabras.
    """
    norm = normalizar(texto)
    salida = []
    for m in _PATRON_NOMBRE.finditer(norm):
        nombre = m.group(0)
        if nombre in _NOMBRES_DEBILES:
            resto = norm[m.end() :].strip(" .,;")
            antes = norm[: m.start()].strip()
            if resto or (antes and not antes.endswith(",")):
                continue
        salida.append((m.start(), m.end(), _NOMBRES[nombre], nombre))
    return salida


_NOMBRES_SIN_ESPACIO = {n.replace(" ", ""): a3 for n, a3 in _NOMBRES.items() if len(n.replace(" ", "")) >= 6 and n.isascii()}


def buscar_paises_tolerante(texto: str) -> list[tuple[int, int, str, str]]:
    """Como :func:`buscar_paises`, y si no halla nada, busca sin espacios: el OCR a veces parte
    palabras («Deutschl and»). Solo nombres de 6 letras o más."""
    hallados = buscar_paises(texto)
    if hallados:
        return hallados
    compacto = re.sub(r"\s+", "", normalizar(texto))
    salida = []
    for nombre, a3 in _NOMBRES_SIN_ESPACIO.items():
        i = compacto.find(nombre)
        if i >= 0:
            salida.append((i, i + len(nombre), a3, nombre))
    salida.sort()
    return salida


def pais_de_nombre(texto: str) -> str | None:
    """Alfa-3 si ``texto`` es (casi) exactamente un nombre o código de país."""
    t = normalizar(texto).strip(" .,;:()")
    if t in _NOMBRES:
        return _NOMBRES[t]
    if t in ALFA3:
        return t
    if t in ALFA2_A_ALFA3:
        return ALFA2_A_ALFA3[t]
    return None


_FIN_DIRECCION = re.compile(r"(?:,|\s-|\s)\s*([A-Z]{2})\s*\.?$")


def pais_al_final_de_direccion(renglon: str) -> str | None:
    """«Linz 4040, AT» -> AUT; «DE» (renglón suelto) -> DEU. Solo códigos al final del renglón."""
    t = normalizar(renglon).strip()
    if re.fullmatch(r"[A-Z]{2}", t):
        return ALFA2_A_ALFA3.get(t)
    if re.fullmatch(r"[A-Z]{3}", t) and t in ALFA3:
        return t
    m = _FIN_DIRECCION.search(t)
    if m and re.search(r"\d", t):  # «ciudad CP, XX»: exige un número (código postal) en el renglón
        return ALFA2_A_ALFA3.get(m.group(1))
    return None


def pais_de_telefono(texto: str) -> str | None:
    """«+90 212 ...» -> TUR. Solo con el prefijo internacional explícito («+» o «00»)."""
    m = re.search(r"(?:\+|\b00)\s?\(?(\d{1,3})\)?[\s\-.]?\d", texto)
    if not m:
        return None
    digitos = m.group(1)
    for largo in (3, 2, 1):
        pref = digitos[:largo]
        if pref in PREFIJO_A_ALFA3:
            return PREFIJO_A_ALFA3[pref]
    return None


# Formas jurídicas o expresiones de razón social propias de un país (indicio débil).
_FORMAS_JURIDICAS = [
    (
        re.compile(
            r"\bANONIM\s+SIRKETI\b|\bSANAYI\b|\bTICARET\b|\bTIC\.?\s*(?:VE\s+)?SAN\.?\b|\bSAN\.?\s+VE\s+TIC\b|\bDEMIR\s+CELIK\b"
        ),
        "TUR",
    ),
    (re.compile(r"\bSP\.?\s*Z\s*O\.?\s*O\.?|\bSPÓŁKA\b"), "POL"),
    (re.compile(r"\bS\.?\s?A\.?\s+DE\s+C\.?\s?V\.?\b|\bS\.?\s?DE\s+R\.?\s?L\.?\b"), "MEX"),
    (re.compile(r"\bS\.?P\.?A\.?$|\bS\.?R\.?L\.?$"), "ITA"),
    (re.compile(r"\bLTDA\.?$"), "BRA"),
    (re.compile(r"\bPVT\.?\s+LTD\b|\bPRIVATE\s+LIMITED\b"), "IND"),
    (re.compile(r"\bSDN\.?\s*BHD\b"), "MYS"),
    (re.compile(r"\bPT\.?\s|\bTBK\b"), "IDN"),
    (re.compile(r"\bK\.?K\.?$|\bKABUSHIKI\s+KAISHA\b"), "JPN"),
    (re.compile(r"\bGMBH\b.*\bCO\.?\s*KG\b|\bAKTIENGESELLSCHAFT\b"), "DEU"),
]
_FORMAS_CJK = [
    (re.compile(r"주식회사|㈜"), "KOR"),
    (re.compile(r"有限公司|股份|集团"), "CHN"),
]


def pais_de_razon_social(nombre: str) -> str | None:
    """Indicio débil: la forma jurídica de la empresa («... SANAYI VE TICARET A.S.» -> TUR)."""
    for patron, pais in _FORMAS_CJK:
        if patron.search(nombre):
            return pais
    if re.search(r"\bA\.\s?Ş\.?", nombre.upper()):
        return "TUR"
    t = normalizar(nombre).rstrip(" ,;")
    for patron, pais in _FORMAS_JURIDICAS:
        if patron.search(t):
            return pais
    return None


_TLD = {
    "tr": "TUR",
    "cn": "CHN",
    "de": "DEU",
    "kr": "KOR",
    "jp": "JPN",
    "in": "IND",
    "it": "ITA",
    "es": "ESP",
    "pl": "POL",
    "at": "AUT",
    "mx": "MEX",
    "br": "BRA",
    "tw": "TWN",
    "vn": "VNM",
    "fr": "FRA",
    "ua": "UKR",
    "ru": "RUS",
    "cz": "CZE",
    "nl": "NLD",
    "be": "BEL",
    "my": "MYS",
    "id": "IDN",
    "th": "THA",
    "eg": "EGY",
}


def pais_de_correo(correo: str) -> str | None:
    """Indicio débil: el dominio nacional del correo («...@yazici.com.tr» -> TUR)."""
    m = re.search(r"\.([a-z]{2})$", correo.strip().lower())
    return _TLD.get(m.group(1)) if m else None
