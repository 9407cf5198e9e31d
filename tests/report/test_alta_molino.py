"""Mill registration: request data from a certificate, the workbook, the letter, the follow-up."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.domain.archivo import expediente_desde_dict
from app.domain.model import Certificado, Contacto, Importador
from app.report.alta_molino import (
    PROCESOS,
    ProductoMolino,
    SolicitudAltaMolino,
    carta_alta_molino,
    fecha_respuesta_esperada,
    preparar_alta_molino,
    seguimiento,
    solicitud_desde_certificado,
)
from app.report.facturas import ErrorArchivo

CERT = Certificado(
    id="C1", tipo="molino", numero="MTC-2600219", fecha_expedicion=date(2025, 7, 7), volumen_kg=Decimal("24800"),
    pais="TUR", coladas=("2600219", "2600217"),
    productor=Contacto(nombre="Yazici Demir Celik", domicilio="Organize Sanayi Bolgesi, Iskenderun, Hatay", pais="TUR",
                       telefono="+90 326 000 0000", correo="export@example.com"),
    descripcion="Hot rolled ribbed bars BS 4449 B500B from billets cast in our EAF melt shop",
)


def _solicitud() -> SolicitudAltaMolino:
    return SolicitudAltaMolino(
        nombre_molino="YAZICI DEMIR CELIK ISKENDERUN PLANT", empresa="Yazici Demir Celik Sanayi ve Ticaret A.S.",
        domicilio="Iskenderun, Hatay", pais="TUR", pais_nombre="TURQUÍA", contacto_nombre="Ayse Demir",
        telefono="+90 326 000 0000", correo="export@example.com",
        productos=(ProductoMolino("72142099", "00", "Varilla corrugada B500B"), ProductoMolino("07213910", "", "Alambrón")),
        procesos=("fusion_vaciado", "laminado_caliente"), certificado_numero="MTC-2600219",
        certificado_fecha=date(2025, 7, 7), coladas=("2600219",), importador_rfc="AAA010101AAA",
        importador_nombre="Importadora Ejemplo SA de CV",
    )


def test_solicitud_desde_certificado(catalogos, doc):
    doc["certificados"][0] = {**doc["certificados"][0], "id": "C1"}
    exp = expediente_desde_dict(doc)
    s = solicitud_desde_certificado(CERT, catalogos, expediente=exp)
    assert s.nombre_molino == "Yazici Demir Celik" and s.pais == "TUR" and s.pais_nombre == "TURQUÍA"
    assert s.telefono == "+90 326 000 0000" and s.correo == "export@example.com"
    assert s.certificado_numero == "MTC-2600219" and s.certificado_fecha == date(2025, 7, 7)
    assert s.coladas == ("2600219", "2600217")
    assert set(s.procesos) == {"fusion_vaciado", "laminado_caliente"}
    assert s.productos == (ProductoMolino("72142001", "00", "Rebar BS4449 B500B 25mm x 14m"),)
    assert s.importador_rfc == "AAA010101AAA"
    assert "nombre del contacto" in s.faltantes() and "empresa propietaria" in s.faltantes()
    sola = solicitud_desde_certificado(CERT)
    assert sola.productos == (ProductoMolino("", "", CERT.descripcion),) and sola.pais_nombre == ""


def test_solicitud_sin_pistas_de_proceso():
    cert = Certificado(id="C9", productor=Contacto(nombre="X"), descripcion="Steel products")
    s = solicitud_desde_certificado(cert)
    assert s.procesos == ()
    assert "proceso (fusión y vaciado o laminado en caliente)" in s.faltantes()


def test_libro_de_alta(tmp_path):
    destino = tmp_path / "salida" / "alta_molino.xlsx"
    ruta = preparar_alta_molino(_solicitud(), destino, fecha=date(2025, 8, 4))
    assert ruta == destino and destino.exists()
    assert not list(destino.parent.glob(".*.xlsx"))
    wb = load_workbook(destino)
    hoja = wb["Solicitud"]
    datos = {hoja.cell(r, 1).value: hoja.cell(r, 2) for r in range(5, hoja.max_row + 1)}
    assert datos["Nombre del molino (planta)"].value == "YAZICI DEMIR CELIK ISKENDERUN PLANT"
    assert datos["Empresa propietaria"].value.startswith("Yazici")
    assert datos["País (clave ISO)"].value == "TUR"
    assert datos["Persona de contacto"].value == "Ayse Demir"
    assert datos[PROCESOS["fusion_vaciado"]].value == "Sí" and datos[PROCESOS["laminado_caliente"]].value == "Sí"
    assert datos["Fracciones arancelarias"].value == "07213910, 72142099-00"
    fecha = datos["Fecha de expedición del certificado"]
    assert fecha.value == datetime(2025, 7, 7) and fecha.number_format == "dd/mm/yyyy"
    assert hoja["A4"].value == "Dato" and hoja["A4"].font.bold
    assert hoja.freeze_panes == "A5"
    productos = wb["Productos"]
    assert [c.value for c in productos[1]] == ["Fracción arancelaria", "NICO", "Descripción"]
    assert productos["A3"].value == "07213910" and productos["A3"].data_type == "s"  # leading zero kept
    assert productos["B2"].value == "00"


def test_libro_en_carpeta_imposible(tmp_path):
    bloqueo = tmp_path / "archivo"
    bloqueo.write_text("x")
    with pytest.raises(ErrorArchivo, match="Elija otra carpeta"):
        preparar_alta_molino(_solicitud(), bloqueo / "sub" / "a.xlsx")


def test_carta():
    texto = carta_alta_molino(_solicitud(), Importador(rfc="AAA010101AAA", nombre="Importadora Ejemplo SA de CV"),
                              fecha=date(2025, 8, 4), lugar="Monterrey, N. L.", archivo_excel="alta_molino.xlsx")
    assert texto.startswith("Monterrey, N. L., 4 de agosto de 2025")
    for parte in ("Secretaría de Economía", "Importadora Ejemplo SA de CV", "AAA010101AAA",
                  "YAZICI DEMIR CELIK ISKENDERUN PLANT", "TURQUÍA", "MTC-2600219", "7 de julio de 2025",
                  "«alta_molino.xlsx»", "fusión y vaciado y laminado en caliente", "72142099-00", "Ayse Demir",
                  "130118", "Atentamente"):
        assert parte in texto, parte
    vacia = carta_alta_molino(SolicitudAltaMolino(nombre_molino=""), Importador(), fecha=date(2025, 8, 4))
    assert "[nombre de la planta]" in vacia and "[RFC]" in vacia


def test_fecha_de_respuesta_y_seguimiento():
    assert fecha_respuesta_esperada(date(2025, 8, 4)) == date(2025, 8, 18)
    assert fecha_respuesta_esperada(date(2025, 9, 8)) == date(2025, 9, 23)  # 16 September
    assert fecha_respuesta_esperada(date(2025, 8, 4), [date(2025, 8, 5)]) == date(2025, 8, 19)
    s = seguimiento(date(2025, 8, 4), date(2025, 8, 11))
    assert s.respuesta_esperada == date(2025, 8, 18) and s.dias_habiles_restantes == 5 and not s.vencida
    assert "faltan 5 días hábiles" in s.texto()
    assert "hoy" in seguimiento(date(2025, 8, 4), date(2025, 8, 18)).texto()
    tarde = seguimiento(date(2025, 8, 4), date(2025, 8, 20))
    assert tarde.vencida and tarde.dias_habiles_restantes == -2 and "venció" in tarde.texto()
