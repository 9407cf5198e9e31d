"""La API pública: forma exacta de ``a_json`` (spec/CONTRACT.md), progreso, evidencia, capas."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.extract import CAMPOS, Lectura, leer_certificado, tesseract_disponible

CLAVES_CAMPO = {"valor", "pagina", "bbox", "confianza"}
EXTRAS_PERMITIDOS = {"texto", "metodo"}


def validar_forma(datos: dict, lectura: Lectura) -> None:
    """La salida de ``extract --json`` tiene exactamente la forma del contrato."""
    assert set(datos) == {"archivo", "paginas", "tipo_probable", "campos"}
    assert isinstance(datos["archivo"], str)
    assert datos["tipo_probable"] in ("molino", "calidad", None)
    assert datos["paginas"], "sin páginas"
    for i, p in enumerate(datos["paginas"], start=1):
        assert set(p) == {"numero", "metodo", "rotacion"}
        assert p["numero"] == i
        assert p["metodo"] in ("texto", "ocr")
        assert p["rotacion"] in (0, 90, 180, 270)
    for nombre, campo in datos["campos"].items():
        assert nombre in CAMPOS
        assert CLAVES_CAMPO <= set(campo) <= CLAVES_CAMPO | EXTRAS_PERMITIDOS, nombre
        if campo["valor"] is None:
            continue
        # Nunca un valor sin evidencia: página, caja dentro de la página, texto y confianza.
        assert 1 <= campo["pagina"] <= len(datos["paginas"])
        x0, y0, x1, y1 = campo["bbox"]
        pagina = lectura.paginas[campo["pagina"] - 1]
        assert 0 <= x0 <= x1 <= pagina.ancho + 1 and 0 <= y0 <= y1 <= pagina.alto + 1, (nombre, campo["bbox"])
        assert 0.0 < campo["confianza"] <= 1.0
        assert campo["texto"]
        assert campo["metodo"] in ("texto", "ocr")
    json.dumps(datos, ensure_ascii=False)  # serializable tal cual


def test_forma_json_y_progreso(sinteticos_texto):
    s = sinteticos_texto["multipagina"]
    llamadas = []
    lectura = leer_certificado(s.ruta, progreso=lambda hecho, total: llamadas.append((hecho, total)))
    datos = lectura.a_json()
    validar_forma(datos, lectura)
    assert datos["archivo"] == s.ruta.name
    assert llamadas == [(1, 2), (2, 2)]
    # Los campos salen en el orden de la regla R3.
    assert list(datos["campos"]) == [c for c in CAMPOS if c in datos["campos"]]


def test_caja_de_evidencia_senala_el_texto(sinteticos_texto):
    """La caja del número de certificado contiene exactamente las palabras del número."""
    lectura = leer_certificado(sinteticos_texto["formulario_en"].ruta)
    campo = lectura.campos["numero"]
    pagina = lectura.paginas[campo.pagina - 1]
    dentro = [
        p.texto
        for p in pagina.palabras
        if p.x0 >= campo.bbox[0] - 0.5
        and p.x1 <= campo.bbox[2] + 0.5
        and p.y0 >= campo.bbox[1] - 0.5
        and p.y1 <= campo.bbox[3] + 0.5
    ]
    assert dentro == ["KSW-MTC-2025/0457"]
    assert campo.metodo == "texto"


def test_tesseract_disponible_informa():
    ok, texto = tesseract_disponible()
    assert isinstance(ok, bool) and isinstance(texto, str) and texto
    if ok:
        assert "tesseract" in texto.lower()


def test_extract_no_importa_qt_ni_base_de_datos():
    """``app.extract`` no arrastra PySide6, SQLAlchemy ni ``app.store``/``app.ui``."""
    codigo = (
        "import sys, app.extract, app.extract.campos, app.extract.lector, app.extract.ocr;"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6','sqlalchemy','alembic')"
        " or m.startswith(('app.store','app.ui')))))"
    )
    r = subprocess.run([sys.executable, "-c", codigo], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == ""


@pytest.mark.parametrize("campo", ["numero", "fecha_expedicion", "coladas", "productor", "pais", "volumen_kg"])
def test_campo_sin_evidencia_no_aparece(tmp_path, campo):
    """Un PDF con texto pero sin datos de certificado no inventa campos."""
    from reportlab.pdfgen import canvas

    ruta = tmp_path / "carta.pdf"
    c = canvas.Canvas(str(ruta))
    c.drawString(72, 720, "Estimado cliente: le enviamos un saludo cordial y quedamos a sus órdenes.")
    c.drawString(72, 700, "Atentamente, el departamento de ventas.")
    c.showPage()
    c.save()
    lectura = leer_certificado(ruta)
    assert campo not in lectura.campos
    assert lectura.a_json()["tipo_probable"] is None
