"""Findings: what a rule says about a notice or an expediente.

A finding is a value: a stable ``codigo`` (spec/CONTRACT.md §3), its severity, the fields it
names, the rule it comes from and the parameters its Spanish message needs. Rules never raise
for bad data; they return findings. The message is written here, once, for the command line,
the wizard and the printed checklist alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from .conversion import nombre_unidad, texto_tipo_cambio, unidad_corta
from .texto import nombre_mes


class Severidad(StrEnum):
    ERROR = "error"
    AVISO = "aviso"  # a warning: the notice can still be filed


@dataclass(frozen=True, slots=True)
class Codigo:
    codigo: str
    severidad: Severidad
    regla: str
    plantilla: str  # Spanish; ``{name}`` placeholders are filled from the finding's params
    variantes: Mapping[str, str] = field(default_factory=dict)  # other wordings of the same code

    @property
    def referencia(self) -> str:
        """What a clerk sees of the rule: ``R6``; nothing for the field and format checks."""
        return self.regla if self.regla.startswith("R") else ""


_E, _A = Severidad.ERROR, Severidad.AVISO

CODIGOS: dict[str, Codigo] = {
    c.codigo: c
    for c in [
        Codigo("CAMPO_OBLIGATORIO", _E, "CAMPOS", "Falta {que}. {como}"),
        Codigo("FORMATO_INVALIDO", _E, "FORMATO", "{que}: «{valor}» no es válido. {como}"),
        Codigo(
            "FRACCION_NO_SUJETA", _E, "R1",
            "La fracción {fraccion}-{nico} no está sujeta al aviso automático siderúrgico ({motivo}). "
            "Revise la clasificación: este trámite es solo para acero de los capítulos 72 y 73.",
        ),
        Codigo(
            "FRACCION_NO_CONFIRMADA", _A, "R1",
            "La fracción {fraccion}-{nico} no está confirmada como sujeta al aviso: {motivo}. "
            "Verifíquela en el Anexo 2.2.1 vigente o importe la lista oficial de fracciones.",
        ),
        Codigo(
            "FRACCION_NO_COINCIDE_FACTURA", _A, "R1",
            "La factura clasifica la partida {partida} en {fraccion_factura} y el aviso dice {fraccion}. "
            "Use la misma fracción y NICO que declarará en el pedimento.",
        ),
        Codigo(
            "CERTIFICADO_FALTANTE", _E, "R2",
            "El aviso no tiene certificado vinculado. Agregue el certificado {tipo_txt}que ampara la mercancía.",
        ),
        Codigo(
            "CERTIFICADO_TIPO_INCORRECTO", _E, "R2",
            "La partida {partida} requiere certificado de {requerido} (regla vigente desde {desde}, {catalogo}) y el aviso "
            "solo tiene certificado de {presentes}. Vincule el certificado de {requerido}.",
        ),
        Codigo(
            "CERTIFICADO_INCOMPLETO", _E, "R3",
            "Al certificado {certificado} le falta: {faltan}. Pida al {emisor} un certificado que lo muestre "
            "o complete el dato si sí aparece en el documento.",
        ),
        Codigo(
            "CERTIFICADO_FECHA_FUTURA", _E, "R3",
            "El certificado {certificado} tiene fecha de expedición {fecha}, posterior a la fecha de "
            "preparación {referencia}. Corrija la fecha (¿día y mes invertidos?).",
        ),
        Codigo(
            "AVISO_DEBE_DIVIDIRSE", _E, "R4",
            "Este aviso mezcla {dimension} ({valores}). Se requiere un aviso por cada {dimension_singular}: "
            "use «Proponer avisos» para dividirlo.",
        ),
        Codigo(
            "VOLUMEN_EXCEDE_TOLERANCIA", _E, "R5",
            "La cantidad del aviso ({cantidad} kg) excede en {exceso}% el volumen de los certificados "
            "({volumen} kg); el máximo permitido es {maximo} kg ({tolerancia}% adicional). Reduzca la cantidad o "
            "vincule el certificado que ampara el resto.",
        ),
        Codigo(
            "CERTIFICADO_EXCEDIDO_ENTRE_AVISOS", _E, "R5",
            "El certificado {certificado} ampara {volumen} kg (máximo {maximo} kg con el {tolerancia}% adicional) y "
            "los avisos de este expediente que lo citan ({avisos}) suman {suma} kg: exceden el máximo en {exceso} kg. "
            "El volumen de un certificado se reparte entre todos los avisos que lo citan: reduzca sus cantidades o "
            "vincule el certificado que ampara el resto.",
            {"otro_expediente": (
                "El certificado {certificado} ampara {volumen} kg (máximo {maximo} kg con el {tolerancia}% adicional). "
                "Este expediente declara {suma_aqui} kg con él y otros avisos de la base de datos que citan el mismo "
                "certificado ({externos}) declaran {suma_fuera} kg: juntos suman {suma} kg y exceden el máximo en "
                "{exceso} kg. Verifique que no se esté usando dos veces el mismo volumen."
            )},
        ),
        Codigo(
            "VALOR_NO_COINCIDE_FACTURA", _E, "R6",
            "El valor del aviso ({valor} USD) no coincide con las partidas de factura vinculadas "
            "({esperado} USD, sin fletes ni seguros). Un aviso con valor distinto a la factura carece de validez: "
            "escriba {esperado}.",
            {"fletes": (
                "El valor del aviso ({valor} USD) incluye fletes o seguros: las partidas vinculadas valen {esperado} USD "
                "y la diferencia ({diferencia} USD) corresponde a los cargos de la factura {factura}. El valor en dólares "
                "del aviso no lleva fletes ni seguros: escriba {esperado}."
            )},
        ),
        Codigo(
            "PRECIO_UNITARIO_NO_COINCIDE", _E, "R6",
            "El precio unitario que resulta del aviso ({precio_aviso} USD/{umt_corta}) no coincide con el de la factura "
            "({precio_factura} USD/{umt_corta}). Revise la cantidad y el valor.",
        ),
        Codigo(
            "FACTURA_INCONSISTENTE", _E, "R6",
            "La factura {factura} no cuadra consigo misma: en la partida {partida}, {cantidad} {unidad_corta} × "
            "{precio} {moneda} = {calculado} {moneda}, pero la factura dice importe {importe} {moneda}. Ningún valor del "
            "aviso puede coincidir con las dos cifras: pida al proveedor que corrija la factura (o confirme cuál dato "
            "es el correcto y corrija la partida) antes de presentar el aviso.",
        ),
        Codigo(
            "UMT_NO_COINCIDE_FRACCION", _E, "R7",
            "El aviso declara la cantidad en {umt_aviso_nombre} ({umt_aviso}) y la fracción {fraccion} se mide en "
            "{umt_nombre} ({umt}): VUCEM recibiría {cantidad} {umt_corta}. Escriba la cantidad en {umt_nombre}: "
            "{convertida} {umt_corta}.",
        ),
        Codigo(
            "CANTIDAD_NO_COINCIDE_FACTURA", _A, "R7",
            "La cantidad del aviso ({cantidad} {umt}) no coincide con la de las partidas de factura convertida "
            "a {umt} ({esperada} {umt}). Revise la conversión.",
        ),
        Codigo(
            "PARTIDAS_NO_VINCULADAS", _A, "R6",
            "El aviso no está vinculado a partidas de la factura comercial, así que no se pudo comprobar que "
            "valor y precio unitario coincidan con ella. Vincule las partidas que ampara.",
        ),
        Codigo(
            "SUMA_AVISOS_NO_COINCIDE_FACTURA", _E, "R6",
            "Los avisos de la factura {factura} suman {suma} USD y sus partidas de acero, convertidas como cada "
            "aviso, {total} USD (diferencia {diferencia} USD). Revise el valor de cada aviso contra sus partidas.",
            {
                "sin_aviso": (
                    "Los avisos de la factura {factura} suman {suma} USD y sus partidas de acero {total} USD: "
                    "la(s) partida(s) {partidas} ({valor_partidas} USD) no están en ningún aviso. Agréguelas a un "
                    "aviso o cree el aviso que les corresponde."
                ),
                "compartida": (
                    "La partida {partidas} de la factura {factura} está dividida entre los avisos {avisos}, que juntos "
                    "declaran {suma} USD; la partida vale {total} USD (diferencia {diferencia} USD). Ajuste los "
                    "valores para que entre todos sumen lo que vale la partida."
                ),
            },
        ),
        Codigo(
            "CONVERSION_UNIDAD_NO_DECLARADA", _E, "R7",
            "La factura está en {unidad_factura} y el aviso en {umt}; la descripción debe decir que se hizo la "
            "conversión (p. ej. «Factura en {unidad_factura}, convertidas a {umt_nombre}»).",
        ),
        Codigo(
            "UNIDAD_NO_CONVERTIBLE", _E, "R7",
            "La partida {partida} está en {unidad_factura}, que no se puede convertir a {umt}. "
            "Pida al proveedor el peso en kilogramos de esa partida.",
        ),
        Codigo(
            "TIPO_CAMBIO_NO_COINCIDE", _E, "R8",
            "La factura {factura} se convirtió con {aplicado_texto}; el tipo publicado para {mes_nombre} (el mes "
            "anterior al {fecha_base}, {base_texto}) es {publicado_texto} ({catalogo}). Con él, las partidas valen "
            "{valor_correcto} USD. Corrija el tipo de cambio de la factura y el valor del aviso.",
            {"usd": (
                "La factura {factura} está en dólares, pero su tipo de cambio dice {aplicado} en lugar de 1. Sus "
                "importes ya son dólares y el valor del aviso se compara con ellos tal cual: corrija el tipo de cambio "
                "de la factura a 1."
            )},
        ),
        Codigo(
            "TIPO_CAMBIO_DESCONOCIDO", _A, "R8",
            "No hay tipo de cambio cargado de {moneda} para {mes_nombre} (el mes anterior al {fecha_base}, "
            "{base_texto} {factura}; {catalogo}); no se pudo comprobar la conversión a dólares. Cargue la tabla de "
            "Banco de México de ese mes.",
        ),
        Codigo(
            "PAIS_ACERO_NO_COINCIDE", _E, "R9",
            "El país de origen del acero ({pais}) no coincide con el del certificado de molino {certificado} "
            "({pais_certificado}). Use el país donde se fundió y coló el acero.",
        ),
        Codigo(
            "PAIS_MERCANCIA_NO_COINCIDE", _E, "R9",
            "El país de origen de la mercancía ({pais}) no coincide con el del certificado de calidad "
            "{certificado} ({pais_certificado}).",
        ),
        Codigo(
            "MOLINO_CLAVE_NOMBRE_NO_COINCIDEN", _E, "R10",
            "La clave {clave} del catálogo de molinos corresponde a «{nombre_catalogo}», no a «{nombre}». Elija el "
            "molino en el catálogo para que la clave y el nombre sean del mismo renglón (en VUCEM: {etiqueta}).",
        ),
        Codigo(
            "MOLINO_NO_EN_CATALOGO", _E, "R10",
            "El molino «{molino}» no está en el catálogo de molinos de la SE cargado ({catalogo}). Búsquelo en "
            "VUCEM; si no aparece, solicite su alta (respuesta en 10 días hábiles) antes de presentar el aviso.",
        ),
        Codigo(
            "TRADUCCION_REQUERIDA", _E, "R11",
            "El certificado {certificado} está en {idioma} y no tiene traducción marcada. Adjunte una traducción "
            "libre y completa al español.",
        ),
        Codigo(
            "PRECIO_UNITARIO_NO_EN_DESCRIPCION", _E, "R12",
            "La descripción no dice el precio unitario en dólares por kilogramo. Agregue a la descripción: "
            "«Precio unitario {precio} USD/kg».",
            {"distinto": (
                "La descripción dice {escrito} USD/kg y el precio del aviso es {precio} USD/kg. Corrija la "
                "descripción: «Precio unitario {precio} USD/kg»."
            )},
        ),
        Codigo(
            "DESCRIPCION_INSUFICIENTE", _A, "R12",
            "La descripción no indica {faltan_texto}. Descríbalo como en el certificado (p. ej. «Varilla corrugada de "
            "acero al carbono, 25 mm x 12 m, sin recubrimiento»).",
        ),
        Codigo(
            "RAOCE_MESES_FALTANTES", _A, "RAOCE",
            "No hay Data Stage importado de {n} mes(es) de {anio}: {meses}. Las cifras sumadas de los pedimentos "
            "pueden quedar cortas: importe esos Data Stage o escriba la cifra con su motivo.",
        ),
        Codigo(
            "RAOCE_VENCIDO", _E, "RAOCE",
            "El plazo del reporte anual {anio} venció el {hasta}. {sigue}. Preséntelo en VUCEM cuanto antes.",
        ),
        Codigo(
            "RAOCE_SIN_VENTAS", _A, "RAOCE",
            "Faltan las ventas totales de {anio} (a): escríbalas como en la declaración anual ante el SAT; "
            "sin ellas no se calcula el porcentaje de exportación.",
        ),
        Codigo(
            "CATALOGO_NO_CARGADO", _A, "GENERAL",
            "No hay catálogo de {catalogo} cargado; no se pudo comprobar {que}. Importe el catálogo.",
        ),
    ]
}


_FALTAN_DESCRIPCION = {"tipo_acero": "el tipo de acero", "dimensiones": "las dimensiones",
                       "acabado": "el recubrimiento o acabado"}
_BASE_FECHA = {"factura": "fecha de la factura", "preparacion": "fecha de preparación del expediente"}


def _lista(valores: list[str], y: str = " y ", ni: bool = False) -> str:
    if len(valores) <= 1:
        return "".join(valores)
    return ", ".join(valores[:-1]) + (" ni " if ni else y) + valores[-1]


def _derivados(params: Mapping[str, Any]) -> dict[str, Any]:
    """Spanish words derived from a finding's data (unit and month names, rate texts), so the
    parameters stay data that another language can word its own way."""
    d: dict[str, Any] = {}
    for k, v in params.items():
        if isinstance(v, (list, tuple)):
            d[k] = ", ".join(str(x) for x in v)
        if isinstance(v, str) and (k.startswith("umt") or k.startswith("unidad")):
            d[f"{k}_nombre"] = nombre_unidad(v)
            d[f"{k}_corta"] = unidad_corta(v)
        if isinstance(v, str) and k.startswith("mes"):
            d[f"{k}_nombre"] = nombre_mes(v)
    if "faltan" in params and isinstance(params["faltan"], (list, tuple)):
        d["faltan_texto"] = _lista([_FALTAN_DESCRIPCION.get(x, str(x)) for x in params["faltan"]], ni=True)
    if "base" in params:
        d["base_texto"] = _BASE_FECHA.get(str(params["base"]), str(params["base"]))
    moneda = str(params.get("moneda", ""))
    for k in ("aplicado", "publicado"):
        if k in params:
            try:
                fuente = params.get(f"{k}_fuente")
                d[f"{k}_texto"] = texto_tipo_cambio(
                    moneda, Decimal(str(params[k])), Decimal(str(fuente)) if fuente else None,
                    str(params.get(f"{k}_expresion", "usd_por_unidad")))
            except (InvalidOperation, ArithmeticError):
                d[f"{k}_texto"] = f"{params[k]} USD por {moneda}"
    return d


@dataclass(frozen=True, slots=True)
class Hallazgo:
    codigo: str
    campos: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)
    certificado: str | None = None  # id of the certificate it is about, if any
    factura: str | None = None  # id of the invoice it is about, if any
    catalogo: str | None = None  # the catalog (name, version, official or not) the finding relied on
    variante: str = ""  # which wording of the code (``Codigo.variantes``); "" the main one
    severidad_propia: Severidad | None = None  # a code that is an error in one case and a warning in another

    @property
    def definicion(self) -> Codigo:
        return CODIGOS[self.codigo]

    @property
    def severidad(self) -> Severidad:
        return self.severidad_propia or self.definicion.severidad

    @property
    def regla(self) -> str:
        return self.definicion.regla

    @property
    def referencia(self) -> str:
        """The rule as a clerk reads it (``R6``), or ``""`` for the field and format checks."""
        return self.definicion.referencia

    @property
    def es_error(self) -> bool:
        return self.severidad is Severidad.ERROR

    @property
    def mensaje(self) -> str:
        d = self.definicion
        plantilla = d.variantes.get(self.variante, d.plantilla)
        try:
            return plantilla.format(**{**self.params, **_derivados(self.params)}).replace("  ", " ").strip()
        except (KeyError, IndexError):  # a missing parameter must never hide the finding
            return f"{self.codigo}: {dict(self.params)}"

    def a_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "codigo": self.codigo,
            "severidad": self.severidad.value,
            "campos": list(self.campos),
            "mensaje": self.mensaje,
            "regla": self.regla,
        }
        if self.certificado:
            d["certificado"] = self.certificado
        if self.factura:
            d["factura"] = self.factura
        if self.catalogo:
            d["catalogo"] = self.catalogo
        return d


def hallazgo(codigo: str, campos: tuple[str, ...] | list[str] = (), **params: Any) -> Hallazgo:
    if codigo not in CODIGOS:  # pragma: no cover - programming error
        raise KeyError(codigo)
    certificado = params.pop("_certificado", None)
    factura = params.pop("_factura", None)
    catalogo = params.pop("_catalogo", None)
    variante = params.pop("_variante", "")
    severidad = params.pop("_severidad", None)
    return Hallazgo(codigo, tuple(campos), params, certificado, factura, catalogo, variante,
                    Severidad(severidad) if severidad else None)
