"""Qt Linguist translations: the program is written in Spanish; ``aaips_en.ts`` has English.

``compilar(recursos)`` turns every ``resources/i18n/*.ts`` into a ``.qm`` next to it with
``pyside6-lrelease`` (the install script and the tests call it; ``.qm`` files are build
products, not kept in git). ``instalar(app, idioma, recursos)`` loads the program's translation
and Qt's own (standard buttons, file dialogs) for the chosen language.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

DOMINIO = "aaips"


class ErrorTraduccion(RuntimeError):
    pass


def _lrelease() -> list[str]:
    junto = Path(sys.executable).parent
    for nombre in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidato = junto / nombre
        if candidato.is_file():
            return [str(candidato)]
    encontrado = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if encontrado:
        return [encontrado]
    import PySide6

    for nombre in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        candidato = Path(PySide6.__file__).parent / nombre
        if candidato.is_file():
            return [str(candidato)]
    raise ErrorTraduccion("No se encontró pyside6-lrelease; instale PySide6 con sus herramientas.")


def compilar(ruta_recursos: Path) -> list[Path]:
    """Compile ``ruta_recursos/i18n/*.ts`` to ``.qm``; return the ``.qm`` paths written."""
    carpeta = Path(ruta_recursos) / "i18n"
    escritos: list[Path] = []
    for ts in sorted(carpeta.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        r = subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if r.returncode != 0 or not qm.is_file():
            raise ErrorTraduccion(f"No se pudo compilar {ts.name}: {r.stderr.strip() or r.stdout.strip()}")
        escritos.append(qm)
    return escritos


def instalar(app: QCoreApplication, idioma: str, ruta_recursos: Path) -> list[QTranslator]:
    """Install the translators for ``idioma``; returns them (keep a reference while the app lives)."""
    cargados: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico) if idioma == "es"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{idioma}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        cargados.append(qt)
    if idioma != "es":
        qm = Path(ruta_recursos) / "i18n" / f"{DOMINIO}_{idioma}.qm"
        if not qm.is_file() and qm.with_suffix(".ts").is_file():
            try:
                compilar(ruta_recursos)
            except (ErrorTraduccion, OSError):
                pass
        propio = QTranslator(app)
        if qm.is_file() and propio.load(str(qm)):
            app.installTranslator(propio)
            cargados.append(propio)
    return cargados


def quitar(app: QCoreApplication, traductores: list[QTranslator]) -> None:
    for t in traductores:
        app.removeTranslator(t)


if __name__ == "__main__":  # python -m app.ui.traducciones: the install and build scripts call this
    from app.paths import Paths

    for qm in compilar(Paths.resolver().recursos):
        print(qm)
