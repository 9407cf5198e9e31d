"""Pruning the Linux bundle: which shared libraries are really needed (used by build_installer.spec).

PyInstaller collects the whole dependency tree of every binary, including libraries that belong to
the host desktop (the print system, D-Bus, fonts, X11) and libraries only needed by Qt plugins the
spec removes afterwards (the GTK theme alone drags in cairo, pango, gdk-pixbuf, gio...).
:func:`sin_huerfanas` keeps a candidate library only if something kept links to it, following the
``DT_NEEDED`` entries of each ELF file (not ``ldd``, whose transitive answer would keep the
dependencies of the host libraries too).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable

#: Libraries every Linux desktop provides, taken from the host (the same list scripts/instalar.sh
#: installs as Qt's prerequisites, plus CUPS): bundling them costs ~15 MB and a bundled copy older
#: than the host's configuration is a classic source of trouble (fontconfig's config files, the
#: host's printers, the session bus).
BIBLIOTECAS_DEL_SISTEMA = frozenset({
    "libcups.so.2",  # libcups2: the host's printers (Qt's CUPS plugin loads it)
    "libdbus-1.so.3",  # libdbus-1-3
    "libfontconfig.so.1", "libfreetype.so.6",  # libfontconfig1: the host's fonts and their configuration
    "libglib-2.0.so.0", "libgthread-2.0.so.0",  # libglib2.0-0
    "libX11.so.6", "libX11-xcb.so.1", "libxcb.so.1",  # the X server's client libraries
    "libxkbcommon.so.0", "libxkbcommon-x11.so.0",  # the host's keyboard layouts
    "libGL.so.1", "libEGL.so.1", "libOpenGL.so.0", "libGLX.so.0",  # never bundled (drivers)
    # The C++ runtime and zlib: every Linux has them, and a bundled libstdc++ older than the host's
    # breaks the host libraries loaded later (GL drivers, CUPS) with "GLIBCXX_3.4.xx not found".
    "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1",
})


def necesarias(ruta: str | os.PathLike[str]) -> list[str]:
    """The ``DT_NEEDED`` names of an ELF shared object or executable ([] if it is not ELF)."""
    with open(ruta, "rb") as f:
        datos = f.read()
    if datos[:4] != b"\x7fELF":
        return []
    es64 = datos[4] == 2
    fin = "<" if datos[5] == 1 else ">"
    if es64:
        e_shoff, = struct.unpack_from(fin + "Q", datos, 0x28)
        e_shentsize, e_shnum = struct.unpack_from(fin + "HH", datos, 0x3A)
        formato_sh, formato_dyn = fin + "IIQQQQIIQQ", fin + "qQ"
    else:
        e_shoff, = struct.unpack_from(fin + "I", datos, 0x20)
        e_shentsize, e_shnum = struct.unpack_from(fin + "HH", datos, 0x2E)
        formato_sh, formato_dyn = fin + "IIIIIIIIII", fin + "iI"
    secciones = [struct.unpack_from(formato_sh, datos, e_shoff + i * e_shentsize) for i in range(e_shnum)]
    nombres: list[str] = []
    for sh in secciones:
        _nombre, tipo, _flags, _addr, offset, tamano, enlace, *_ = sh
        if tipo != 6:  # SHT_DYNAMIC
            continue
        cadenas = secciones[enlace][4]  # sh_offset of the linked string table (.dynstr)
        paso = struct.calcsize(formato_dyn)
        for pos in range(offset, offset + tamano, paso):
            etiqueta, valor = struct.unpack_from(formato_dyn, datos, pos)
            if etiqueta == 0:  # DT_NULL
                break
            if etiqueta == 1:  # DT_NEEDED
                final = datos.index(b"\x00", cadenas + valor)
                nombres.append(datos[cadenas + valor:final].decode("utf-8", "replace"))
    return nombres


def _candidata(destino: str) -> bool:
    """A library PyInstaller collected as a dependency: at the top of the bundle, in a wheel's ``*.libs``
    folder or among Qt's libraries (``PySide6/Qt/lib``). Extension modules, Qt plugins, libpython and
    libraries loaded with ctypes (``pypdfium2_raw/libpdfium.so``) are never candidates."""
    partes = destino.replace("\\", "/").split("/")
    nombre = partes[-1]
    if not nombre.startswith("lib") or ".so" not in nombre or nombre.startswith("libpython"):
        return False
    return len(partes) == 1 or partes[-2].endswith(".libs") or partes[-3:-1] == ["Qt", "lib"]


def sin_huerfanas(binarios: Iterable[tuple[str, str, str]],
                  del_sistema: frozenset[str] = BIBLIOTECAS_DEL_SISTEMA) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(the binaries to keep, the names dropped). Roots: every binary that is not a candidate
    (extension modules, Qt libraries and plugins, libpython); then, following DT_NEEDED, every
    candidate they reach except the host's libraries. Symbolic links (PyInstaller's ``SYMLINK``
    entries, whose source is the relative target) are kept only if their target is."""
    binarios = list(binarios)
    archivos = [t for t in binarios if t[2] != "SYMLINK"]
    candidatas = {os.path.basename(d): (d, o) for d, o, _t in archivos if _candidata(d)}
    pendientes = [o for d, o, _t in archivos if not _candidata(d)]
    alcanzadas: set[str] = set()
    while pendientes:
        for nombre in necesarias(pendientes.pop()):
            if nombre in candidatas and nombre not in alcanzadas and nombre not in del_sistema:
                alcanzadas.add(nombre)
                pendientes.append(candidatas[nombre][1])
    conservar = [t for t in archivos if not _candidata(t[0]) or os.path.basename(t[0]) in alcanzadas]
    destinos = {os.path.normpath(d) for d, _o, _t in conservar}
    for d, o, t in binarios:
        if t == "SYMLINK" and os.path.normpath(os.path.join(os.path.dirname(d), o)) in destinos:
            conservar.append((d, o, t))
    quitadas = sorted(set(candidatas) - alcanzadas)
    return conservar, quitadas


def sin_enlaces_rotos(toc: Iterable[tuple[str, str, str]], destinos: set[str]) -> list[tuple[str, str, str]]:
    """Drop the ``SYMLINK`` entries of ``toc`` whose target is not among ``destinos``."""
    return [(d, o, t) for d, o, t in toc
            if t != "SYMLINK" or os.path.normpath(os.path.join(os.path.dirname(d), o)) in destinos]
