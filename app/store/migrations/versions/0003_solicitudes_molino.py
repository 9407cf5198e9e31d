"""Solicitudes de alta de molino: la solicitud a la SE y su seguimiento (regla R10).

Revision ID: 0003
Revises: 0002
Create Date: 2025-08-11

* ``solicitudes_molino``: one row per request to add a mill to the SE's catalog: the mill, the
  expediente and notice that needed it, the workbook written, the date it was sent and the date
  the answer is due (10 business days later, computed by the program), its status
  (``preparada``, ``enviada``, ``aprobada``, ``rechazada``), the SE key once granted, notes and
  the request's data (JSON) so the form reopens as it was left.

A table rather than a key in an expediente's ``extra``: a mill serves many operations, and the
clerk follows the pending requests from the main window whatever expediente is open.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _texto(nombre: str) -> sa.Column:
    return sa.Column(nombre, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "solicitudes_molino",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expediente_id", sa.Integer(), nullable=True),
        _texto("aviso_clave"),
        _texto("molino_nombre"),
        _texto("pais"),
        sa.Column("estado", sa.Text(), nullable=False, server_default="preparada"),
        sa.Column("enviada", sa.Text()),
        sa.Column("respuesta_esperada", sa.Text()),
        _texto("archivo"),
        _texto("clave_se"),
        _texto("notas"),
        sa.Column("datos", sa.Text()),
        sa.Column("creado_en", sa.Text(), nullable=False),
        sa.Column("actualizado_en", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_solicitudes_molino"),
        sa.ForeignKeyConstraint(
            ["expediente_id"], ["expedientes.id"], name="fk_solicitudes_molino_expediente_id_expedientes",
            ondelete="SET NULL",
        ),
        sa.CheckConstraint(
            "estado IN ('preparada', 'enviada', 'aprobada', 'rechazada')", name="ck_solicitudes_molino_estado"
        ),
    )
    with op.batch_alter_table("solicitudes_molino") as batch:
        batch.create_index("ix_solicitudes_molino_expediente_id", ["expediente_id"])
        batch.create_index("ix_solicitudes_molino_estado", ["estado"])


def downgrade() -> None:
    with op.batch_alter_table("solicitudes_molino") as batch:
        batch.drop_index("ix_solicitudes_molino_estado")
        batch.drop_index("ix_solicitudes_molino_expediente_id")
    op.drop_table("solicitudes_molino")
