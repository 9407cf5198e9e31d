"""Column types that keep domain values exact in SQLite.

* :class:`DecimalTexto`: ``Decimal`` as its decimal text (``"16905.00"``); never a float.
* :class:`FechaTexto`: ``date`` as ISO text.
* :class:`MarcaTiempo`: aware UTC ``datetime`` as fixed-width ISO text (sorts as text).
* :class:`JSONExacto`: ``extra`` / ``invalidos`` mappings as JSON; ``Decimal`` values inside
  come back as the same ``Decimal``; an empty mapping is stored as NULL.
* :class:`ListaTextos`: ``tuple[str, ...]`` as a JSON list.
* :class:`EstadoColumna`: :class:`EstadoAviso` as its value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from app.domain.archivo import a_json, decimal_a_texto
from app.domain.model import EstadoAviso

# -- conversions from stored text (shared by the types below and the raw fast readers) ------


def a_decimal(v: str | None) -> Decimal | None:
    return None if v is None else Decimal(v)


def a_fecha(v: str | None) -> date | None:
    return None if v is None else date.fromisoformat(v)


def a_marca(v: str | None) -> datetime | None:
    return None if v is None else datetime.fromisoformat(v)


def a_mapa(v: str | None) -> Mapping[str, Any]:
    return {} if v is None else de_json_exacto(v)


def a_textos(v: str | None) -> tuple[str, ...]:
    if not v or v == "[]":
        return ()
    if "\\" not in v and '", "' not in v and v.startswith('["') and v.endswith('"]'):
        # Compact JSON without escapes: no element holds a quote, so splitting is exact.
        return tuple(v[2:-2].split('","'))
    return tuple(json.loads(v))


def a_booleano(v: int | None) -> bool | None:
    return None if v is None else bool(v)


class DecimalTexto(TypeDecorator[Decimal]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value)
        if not isinstance(value, Decimal):
            # A float here would already have lost the clerk's digits.
            raise TypeError(f"se esperaba Decimal y llegó {type(value).__name__}: {value!r}")
        return decimal_a_texto(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return a_decimal(value)


class FechaTexto(TypeDecorator[date]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise TypeError(f"se esperaba date y llegó {type(value).__name__}: {value!r}")
        return value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> date | None:
        return a_fecha(value)


def marca_texto(value: datetime) -> str:
    """``2025-08-04T17:03:11.123456+00:00``; a naive value is taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class MarcaTiempo(TypeDecorator[datetime]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else marca_texto(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return a_marca(value)


# ------------------------------------------------------------------------------------------
# JSON that keeps Decimal


def a_json_exacto(v: Any) -> str:
    """Compact JSON that keeps every digit of Decimals (the expediente file's own writer)."""
    return a_json(v, sangria=None)


def de_json_exacto(texto: str) -> Any:
    return json.loads(texto, parse_float=Decimal)


class JSONExacto(TypeDecorator[Mapping[str, Any]]):
    """A mapping as JSON text; empty -> NULL -> ``{}``."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if not value:
            return None
        return a_json_exacto(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Mapping[str, Any]:
        return a_mapa(value)


class ListaTextos(TypeDecorator[tuple[str, ...]]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str:
        if not value:
            return "[]"
        return json.dumps(list(value), ensure_ascii=False, separators=(",", ":"))

    def process_result_value(self, value: Any, dialect: Dialect) -> tuple[str, ...]:
        return a_textos(value)


class EstadoColumna(TypeDecorator[EstadoAviso]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else EstadoAviso(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> EstadoAviso | None:
        return None if value is None else EstadoAviso(value)
