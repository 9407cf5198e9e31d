"""Esquema inicial: expedientes, facturas, partidas, certificados, avisos, vínculos e historial.

Revision ID: 0001
Revises:
Create Date: 2025-08-04

Frozen snapshot: do not import the models here, later revisions change them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _texto(nombre: str) -> sa.Column:
    return sa.Column(nombre, sa.Text(), nullable=False, server_default="")


def _fk(columna: str, tabla: str, propia: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [columna], [f"{tabla}.id"], name=f"fk_{propia}_{columna}_{tabla}", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "expedientes",
        sa.Column("id", sa.Integer(), nullable=False),
        _texto("nombre"),
        _texto("formato"),
        sa.Column("fecha_preparacion", sa.Text()),
        _texto("importador_rfc"),
        _texto("importador_nombre"),
        sa.Column("importador_extra", sa.Text()),
        sa.Column("extra", sa.Text()),
        sa.Column("invalidos", sa.Text()),
        sa.Column("creado_en", sa.Text(), nullable=False),
        sa.Column("actualizado_en", sa.Text(), nullable=False),
        sa.Column("eliminado_en", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_expedientes"),
    )
    op.create_table(
        "facturas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expediente_id", sa.Integer(), nullable=False),
        sa.Column("orden", sa.Integer(), nullable=False),
        sa.Column("clave", sa.Text(), nullable=False),
        _texto("numero"),
        sa.Column("fecha", sa.Text()),
        _texto("proveedor"),
        _texto("moneda"),
        sa.Column("usd_por_unidad", sa.Text()),
        _texto("incoterm"),
        sa.Column("fletes", sa.Text()),
        sa.Column("seguros", sa.Text()),
        sa.Column("extra", sa.Text()),
        sa.Column("invalidos", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_facturas"),
        _fk("expediente_id", "expedientes", "facturas"),
        sa.UniqueConstraint("expediente_id", "clave", name="uq_facturas_expediente_id_clave"),
    )
    op.create_table(
        "partidas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expediente_id", sa.Integer(), nullable=False),
        sa.Column("factura_id", sa.Integer(), nullable=False),
        sa.Column("orden", sa.Integer(), nullable=False),
        sa.Column("clave", sa.Text(), nullable=False),
        _texto("descripcion"),
        _texto("fraccion"),
        _texto("nico"),
        sa.Column("cantidad", sa.Text()),
        _texto("unidad"),
        sa.Column("precio_unitario", sa.Text()),
        sa.Column("importe", sa.Text()),
        _texto("pais_origen"),
        sa.Column("certificado", sa.Text()),
        sa.Column("extra", sa.Text()),
        sa.Column("invalidos", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_partidas"),
        _fk("expediente_id", "expedientes", "partidas"),
        _fk("factura_id", "facturas", "partidas"),
        sa.UniqueConstraint("expediente_id", "clave", name="uq_partidas_expediente_id_clave"),
    )
    op.create_table(
        "certificados",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expediente_id", sa.Integer(), nullable=False),
        sa.Column("orden", sa.Integer(), nullable=False),
        sa.Column("clave", sa.Text(), nullable=False),
        _texto("tipo"),
        _texto("numero"),
        sa.Column("fecha_expedicion", sa.Text()),
        sa.Column("volumen_kg", sa.Text()),
        _texto("pais"),
        sa.Column("coladas", sa.Text(), nullable=False, server_default="[]"),
        _texto("productor_nombre"),
        _texto("productor_domicilio"),
        _texto("productor_pais"),
        _texto("productor_telefono"),
        _texto("productor_correo"),
        sa.Column("productor_extra", sa.Text()),
        _texto("descripcion"),
        sa.Column("firma_sello_qr", sa.Boolean()),
        _texto("idioma"),
        sa.Column("traduccion", sa.Boolean()),
        _texto("archivo"),
        sa.Column("extra", sa.Text()),
        sa.Column("invalidos", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_certificados"),
        _fk("expediente_id", "expedientes", "certificados"),
        sa.UniqueConstraint("expediente_id", "clave", name="uq_certificados_expediente_id_clave"),
    )
    op.create_table(
        "avisos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expediente_id", sa.Integer(), nullable=False),
        sa.Column("orden", sa.Integer(), nullable=False),
        sa.Column("clave", sa.Text(), nullable=False),
        _texto("fraccion"),
        _texto("nico"),
        sa.Column("cantidad", sa.Text()),
        _texto("umt"),
        sa.Column("valor_usd", sa.Text()),
        _texto("pais_origen_acero"),
        _texto("pais_origen_mercancia"),
        _texto("pais_exportador"),
        _texto("fabricante_nombre"),
        _texto("fabricante_domicilio"),
        sa.Column("fabricante_extra", sa.Text()),
        _texto("molino_clave"),
        _texto("molino_nombre"),
        sa.Column("molino_extra", sa.Text()),
        _texto("descripcion"),
        _texto("observaciones"),
        sa.Column("estado", sa.Text(), nullable=False, server_default="borrador"),
        _texto("folio_vucem"),
        _texto("numero_aviso"),
        sa.Column("extra", sa.Text()),
        sa.Column("invalidos", sa.Text()),
        sa.Column("creado_en", sa.Text(), nullable=False),
        sa.Column("actualizado_en", sa.Text(), nullable=False),
        sa.Column("eliminado_en", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_avisos"),
        _fk("expediente_id", "expedientes", "avisos"),
        sa.CheckConstraint(
            "estado IN ('borrador', 'listo', 'presentado', 'emitido', 'rechazado')", name="ck_avisos_estado"
        ),
    )
    # A notice in the recycle bin does not block its clave.
    op.create_index(
        "uq_avisos_expediente_id_clave_vivos", "avisos", ["expediente_id", "clave"],
        unique=True, sqlite_where=sa.text("eliminado_en IS NULL"),
    )
    op.create_table(
        "aviso_certificados",
        sa.Column("aviso_id", sa.Integer(), nullable=False),
        sa.Column("orden", sa.Integer(), nullable=False),
        sa.Column("certificado_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("aviso_id", "orden", name="pk_aviso_certificados"),
        _fk("aviso_id", "avisos", "aviso_certificados"),
        _fk("certificado_id", "certificados", "aviso_certificados"),
    )
    op.create_table(
        "aviso_partidas",
        sa.Column("aviso_id", sa.Integer(), nullable=False),
        sa.Column("orden", sa.Integer(), nullable=False),
        sa.Column("partida_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("aviso_id", "orden", name="pk_aviso_partidas"),
        _fk("aviso_id", "avisos", "aviso_partidas"),
        _fk("partida_id", "partidas", "aviso_partidas"),
    )
    op.create_table(
        "historial_estados",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("aviso_id", sa.Integer(), nullable=False),
        sa.Column("desde", sa.Text()),
        sa.Column("hacia", sa.Text(), nullable=False),
        _texto("folio_vucem"),
        _texto("numero_aviso"),
        sa.Column("cuando", sa.Text(), nullable=False),
        _texto("origen"),
        sa.PrimaryKeyConstraint("id", name="pk_historial_estados"),
        _fk("aviso_id", "avisos", "historial_estados"),
    )


def downgrade() -> None:
    for tabla in (
        "historial_estados", "aviso_partidas", "aviso_certificados", "avisos",
        "certificados", "partidas", "facturas", "expedientes",
    ):
        op.drop_table(tabla)
