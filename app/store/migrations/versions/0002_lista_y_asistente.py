"""Lo que piden la ventana principal y el asistente: búsqueda, índices y ``ultima_pagina``.

Revision ID: 0002
Revises: 0001
Create Date: 2025-08-05

* ``avisos.ultima_pagina``: the wizard page where the clerk left the notice, to return there.
* ``busqueda`` in expedientes, facturas, certificados and avisos: the folded text (no case, no
  accents) that the main window's search looks in, filled here for the rows that exist.
* Indexes for the main window's list (sorted by last change, filtered by status or fraction),
  for the per-expediente look-ups and for the foreign keys that 0001 left without one (the
  ON DELETE CASCADE of a certificate or invoice line would otherwise scan the link tables).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from app.store.busqueda import texto_busqueda

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDICES = (
    ("ix_avisos_expediente_id_orden", "avisos", ["expediente_id", "orden"]),
    ("ix_avisos_actualizado_en", "avisos", ["actualizado_en"]),
    ("ix_avisos_estado", "avisos", ["estado"]),
    ("ix_avisos_fraccion", "avisos", ["fraccion"]),
    ("ix_aviso_certificados_certificado_id", "aviso_certificados", ["certificado_id"]),
    ("ix_aviso_partidas_partida_id", "aviso_partidas", ["partida_id"]),
    ("ix_partidas_factura_id", "partidas", ["factura_id"]),
    ("ix_historial_estados_aviso_id", "historial_estados", ["aviso_id"]),
)

# What each table's search text is made of, as of this revision (frozen here on purpose).
FUENTES = {
    "expedientes": ("nombre",),
    "facturas": ("numero", "proveedor"),
    "certificados": ("numero", "productor_nombre", "coladas"),
    "avisos": ("fraccion", "descripcion", "observaciones", "folio_vucem", "numero_aviso",
               "fabricante_nombre", "molino_clave", "molino_nombre"),
}


def _texto(tabla: str, fila: sa.Row) -> str:
    partes: list[str] = []
    for columna, valor in zip(FUENTES[tabla], fila[1:], strict=False):
        if columna == "coladas":
            partes.extend(json.loads(valor or "[]"))
        else:
            partes.append(valor or "")
    if tabla == "avisos":
        partes.append((fila[1] or "").replace(".", ""))
    return texto_busqueda(*partes)


def upgrade() -> None:
    with op.batch_alter_table("avisos") as batch:
        batch.add_column(sa.Column("ultima_pagina", sa.Integer(), nullable=True))
    for tabla in FUENTES:
        with op.batch_alter_table(tabla) as batch:
            batch.add_column(sa.Column("busqueda", sa.Text(), nullable=False, server_default=""))
    conexion = op.get_bind()
    for tabla, columnas in FUENTES.items():
        filas = conexion.execute(sa.text(f"SELECT id, {', '.join(columnas)} FROM {tabla}")).all()
        if filas:
            conexion.execute(
                sa.text(f"UPDATE {tabla} SET busqueda = :b WHERE id = :i"),
                [{"b": _texto(tabla, f), "i": f[0]} for f in filas],
            )
    for nombre, tabla, columnas in INDICES:
        op.create_index(nombre, tabla, columnas)


def downgrade() -> None:
    for nombre, tabla, _ in reversed(INDICES):
        op.drop_index(nombre, table_name=tabla)
    for tabla in FUENTES:
        with op.batch_alter_table(tabla) as batch:
            batch.drop_column("busqueda")
    with op.batch_alter_table("avisos") as batch:
        batch.drop_column("ultima_pagina")
