import pytest

from app.domain.estado import CambioEstadoInvalido, cambiar_estado
from app.domain.model import Aviso
from app.domain.model import EstadoAviso as E


def test_ciclo_de_vida_completo():
    a = cambiar_estado(Aviso("A1"), E.LISTO)
    a = cambiar_estado(a, E.PRESENTADO, folio_vucem=" 0130118-25-1 ")
    assert a.folio_vucem == "0130118-25-1"
    a = cambiar_estado(a, E.EMITIDO, numero_aviso="AAIPS-123")
    assert (a.estado, a.numero_aviso) == (E.EMITIDO, "AAIPS-123")


def test_cambios_no_permitidos_dicen_por_que():
    with pytest.raises(CambioEstadoInvalido, match="error"):
        cambiar_estado(Aviso("A1"), E.LISTO, errores_pendientes=2)
    with pytest.raises(CambioEstadoInvalido, match="folio"):
        cambiar_estado(Aviso("A1", estado=E.LISTO), E.PRESENTADO)
    with pytest.raises(CambioEstadoInvalido, match="no puede pasar"):
        cambiar_estado(Aviso("A1"), E.EMITIDO, numero_aviso="X")
    rechazado = cambiar_estado(Aviso("A1", estado=E.PRESENTADO, folio_vucem="F"), E.RECHAZADO)
    assert cambiar_estado(rechazado, E.BORRADOR).estado is E.BORRADOR
