"""Business days with the official rest days of the Ley Federal del Trabajo, art. 74."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.dias_habiles import descansos_obligatorios, dias_habiles_entre, es_dia_habil, sumar_dias_habiles


def test_descansos_2025():
    assert descansos_obligatorios(2025) == {
        date(2025, 1, 1), date(2025, 2, 3), date(2025, 3, 17), date(2025, 5, 1), date(2025, 9, 16),
        date(2025, 11, 17), date(2025, 12, 25),
    }


def test_transmision_del_ejecutivo():
    assert date(2024, 10, 1) in descansos_obligatorios(2024)
    assert date(2030, 10, 1) in descansos_obligatorios(2030)
    assert date(2025, 10, 1) not in descansos_obligatorios(2025)
    assert date(2018, 12, 1) in descansos_obligatorios(2018)  # before the 2024 reform
    assert date(2024, 12, 1) not in descansos_obligatorios(2024)


def test_lunes_movibles():
    d = descansos_obligatorios(2026)
    assert date(2026, 2, 2) in d and date(2026, 3, 16) in d and date(2026, 11, 16) in d
    for dia in d:
        if dia.month in (2, 3, 11):
            assert dia.weekday() == 0


def test_es_dia_habil():
    assert es_dia_habil(date(2025, 8, 4))  # Monday
    assert not es_dia_habil(date(2025, 8, 9))  # Saturday
    assert not es_dia_habil(date(2025, 8, 10))  # Sunday
    assert not es_dia_habil(date(2025, 9, 16))
    assert not es_dia_habil(date(2025, 4, 17), [date(2025, 4, 17)])  # Holy Thursday, when an authority declares it


def test_sumar_diez_dias_habiles():
    assert sumar_dias_habiles(date(2025, 8, 4), 10) == date(2025, 8, 18)
    # crosses 16 September (a Tuesday in 2025)
    assert sumar_dias_habiles(date(2025, 9, 8), 10) == date(2025, 9, 23)
    # sent on a Saturday: counting starts on Monday
    assert sumar_dias_habiles(date(2025, 8, 9), 1) == date(2025, 8, 11)
    # crosses Christmas and New Year
    assert sumar_dias_habiles(date(2025, 12, 22), 10) == date(2026, 1, 7)
    # third Monday of November
    assert sumar_dias_habiles(date(2025, 11, 14), 1) == date(2025, 11, 18)
    assert sumar_dias_habiles(date(2025, 8, 4), 0) == date(2025, 8, 4)
    assert sumar_dias_habiles(date(2025, 8, 4), 10, [date(2025, 8, 5)]) == date(2025, 8, 19)
    with pytest.raises(ValueError):
        sumar_dias_habiles(date(2025, 8, 4), -1)


def test_dias_habiles_entre():
    assert dias_habiles_entre(date(2025, 8, 4), date(2025, 8, 18)) == 10
    assert dias_habiles_entre(date(2025, 8, 18), date(2025, 8, 4)) == -10
    assert dias_habiles_entre(date(2025, 8, 8), date(2025, 8, 10)) == 0
    inicio = date(2025, 1, 1)
    for n in range(0, 40, 7):
        assert dias_habiles_entre(inicio, sumar_dias_habiles(inicio, n)) == n


def test_un_anio_tiene_los_dias_habiles_esperados():
    dias = [date(2025, 1, 1) + timedelta(days=i) for i in range(365)]
    laborables = sum(1 for d in dias if d.weekday() < 5)
    descansos_entre_semana = sum(1 for d in descansos_obligatorios(2025) if d.weekday() < 5)
    assert sum(1 for d in dias if es_dia_habil(d)) == laborables - descansos_entre_semana
