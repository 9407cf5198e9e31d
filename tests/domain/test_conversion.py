from decimal import Decimal

import pytest

from app.domain.conversion import UnidadNoConvertible, centavos, convertir, cuatro_decimales, precio_texto


def test_masas():
    assert convertir(Decimal("24.500"), "TNE", "KGM") == Decimal("24500")
    assert convertir(Decimal("1000"), "LBR", "KGM") == Decimal("453.59237")
    assert convertir(Decimal("2204.62262"), "LBR", "TNE").quantize(Decimal("0.001")) == Decimal("1.000")
    assert convertir(Decimal("7"), "KGM", "KGM") == Decimal("7")


@pytest.mark.parametrize("de,a", [("H87", "KGM"), ("KGM", "MTR"), ("", "KGM")])
def test_otras_unidades_se_rechazan_con_mensaje(de, a):
    with pytest.raises(UnidadNoConvertible) as e:
        convertir(Decimal(1), de, a)
    assert "solo se convierten unidades de masa" in str(e.value)


def test_redondeos():
    assert centavos(Decimal("0.005")) == Decimal("0.01")  # half up, not banker's
    assert cuatro_decimales(Decimal("0.68765")) == Decimal("0.6877")
    assert precio_texto(Decimal("0.69")) == "0.69"
    assert precio_texto(Decimal("0.687649")) == "0.6876"
    assert precio_texto(Decimal("1")) == "1.00"
