#!/usr/bin/env bash
# Instala todo lo que necesita el Asistente AAIPS en Debian/Ubuntu y, según la opción:
#   bash scripts/instalar.sh --abrir     instala y abre la aplicación
#   bash scripts/instalar.sh --pruebas   instala y corre todas las pruebas
#   bash scripts/instalar.sh             solo instala
# Paquetes del sistema: Python venv, Tesseract con datos spa/eng/osd, las bibliotecas que Qt
# necesita (también para correr sin pantalla) y poppler-utils. Usa sudo si no se corre como root.
set -euo pipefail
cd "$(dirname "$0")/.."

ACCION="${1:-}"
case "$ACCION" in ""|--abrir|--pruebas) ;; *) echo "Uso: bash scripts/instalar.sh [--abrir|--pruebas]" >&2; exit 2;; esac

PAQUETES=(
  python3 python3-venv python3-pip
  tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng tesseract-ocr-osd
  tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-kor tesseract-ocr-jpn
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core
  poppler-utils
)

if command -v apt-get >/dev/null 2>&1; then
  FALTAN=()
  for p in "${PAQUETES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || FALTAN+=("$p")
  done
  if [ "${#FALTAN[@]}" -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "== Instalando paquetes del sistema: ${FALTAN[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${FALTAN[@]}" >/dev/null
  fi
else
  echo "Aviso: no es Debian/Ubuntu; instale a mano Tesseract (spa, eng, osd) y las bibliotecas de Qt." >&2
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "== Creando el entorno de Python en .venv"
  "$PY" -m venv .venv
fi
echo "== Instalando el Asistente y sus dependencias"
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
if [ -f app/ui/traducciones.py ]; then
  .venv/bin/python -m app.ui.traducciones >/dev/null
fi

case "$ACCION" in
  --abrir)
    exec .venv/bin/aaips gui
    ;;
  --pruebas)
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest -q -p no:cacheprovider
    ;;
esac
echo "Listo. Abra la aplicación con: .venv/bin/aaips"
