"""Entry point of the frozen program (PyInstaller): the ``aaips`` command; without a verb, the window."""

from app.cli import main

raise SystemExit(main())
