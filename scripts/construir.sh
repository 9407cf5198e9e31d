#!/usr/bin/env bash
# Construye el paquete del Asistente AAIPS con PyInstaller (carpeta dist/aaips/, programa dist/aaips/aaips)
# e imprime su tamaño y el arranque en frío hasta la ventana.
#   bash scripts/construir.sh            construye y mide
#   bash scripts/construir.sh --probar   además corre la prueba de humo del programa congelado
#                                        (tests/instalador: --version, check, extract, ventana)
# Requiere el entorno .venv (bash scripts/instalar.sh). PyInstaller se instala si falta (extra «build»).
# En Linux el paquete usa el Tesseract del sistema; en Windows use scripts\construir.ps1.
set -euo pipefail
cd "$(dirname "$0")/.."

PROBAR=0
case "${1:-}" in
  "") ;;
  --probar) PROBAR=1 ;;
  *) echo "Uso: bash scripts/construir.sh [--probar]" >&2; exit 2 ;;
esac

PY=.venv/bin/python
if [ ! -x "$PY" ]; then
  echo "Falta el entorno .venv: corra primero «bash scripts/instalar.sh»." >&2
  exit 2
fi

if ! "$PY" -c "import PyInstaller" >/dev/null 2>&1; then
  mapfile -t REQUISITOS < <("$PY" -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["build"], sep="\n")')
  echo "== Instalando ${REQUISITOS[*]} en .venv (extra «build» de pyproject.toml)"
  "$PY" -m pip install -q "${REQUISITOS[@]}"
fi

echo "== Compilando traducciones (.ts -> .qm)"
"$PY" -c 'from pathlib import Path; from app.ui.traducciones import compilar; print(*(p.name for p in compilar(Path("resources"))))'
if [ ! -f resources/iconos/aaips.ico ]; then
  "$PY" packaging/generar_icono.py
fi

echo "== PyInstaller: build_installer.spec -> dist/aaips (unos minutos)"
inicio=$(date +%s)
"$PY" -m PyInstaller build_installer.spec --noconfirm --log-level WARN
echo "   listo en $(( $(date +%s) - inicio )) s"

echo "== Medidas"
"$PY" packaging/medir.py dist/aaips

if [ "$PROBAR" = 1 ]; then
  echo "== Prueba de humo del paquete (tests/instalador)"
  AAIPS_PAQUETE="$PWD/dist/aaips" QT_QPA_PLATFORM=offscreen \
    "$PY" -m pytest -m instalador tests/instalador -q -p no:cacheprovider -s
fi
echo "Paquete: dist/aaips/ (ejecute dist/aaips/aaips)."
