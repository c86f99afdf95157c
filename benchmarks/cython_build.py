"""Measurement only (benchmarks/CYTHON.md): compile arabnews' own ``.py`` modules with Cython 3 in place
(pure-Python mode, the sources unchanged), from the repository's root:

    CFLAGS="-g0 -O1" python benchmarks/cython_build.py build_ext --inplace -j 2

and remove the results with ``find src -name '*.so' -o -name '*.c' | xargs rm`` (a stale ``.so`` shadows its
edited ``.py``).  Not part of the install: the session-35 measurement found it does not pay (CYTHON.md).
The rest of this docstring is how it was meant as a ``setup.py`` (branch cy35-install).


The project's metadata stays in ``pyproject.toml``; this file only adds the extension modules.  Every
extension is ``optional``: on a machine without a C compiler (or without Cython) the build goes on and the
package installs as plain Python, which gives the same results (``arabnews.compiled_modules()`` says which
modules run compiled; ``ARABNEWS_PURE_PYTHON=1`` makes ``arabnews`` import its ``.py`` sources even when
compiled modules are there).  ``ARABNEWS_NO_COMPILE=1`` at build time skips compilation altogether.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

SRC = Path(__file__).resolve().parents[1] / "src"

# Modules left as Python: package __init__ files (arabnews/__init__.py installs the fallback finder and must
# stay importable as source), __main__, and the modules listed here with the reason.
EXCLUDE: dict[str, str] = {
    "arabnews._compiled": "the switch between compiled and pure-Python modules",
    # Cython 3.3 rejects these valid Python forms (compile errors, not our bugs).
    "arabnews.extract.dates.anniversaries": "starred generator in a list display",
    "arabnews.extract.entities.acronyms": "starred generator in a list display",
    "arabnews.extract.events.states": "starred generator in a list display",
    "arabnews.extract.dates.handlers.families": "conditional of tuples of different lengths",
    "arabnews.extract.events.triggers": "conditional of tuples of different lengths",
    "arabnews.extract.groups.matcher": "conditional of tuples of different lengths",
    # Compiles, but computes otherwise: ``1 << len(_LISTS)`` becomes a C int shift (len() is a C Py_ssize_t to
    # Cython), 1 << 48 wraps to 1 << 16 and the predicate flag collides with a list's bit (other entities).
    "arabnews.extract.entities.rulewords": "C-int shift of 1 << len(...) overflows",
}


def modules() -> list[str]:
    """Dotted names of the modules to compile."""
    out = []
    for path in sorted((SRC / "arabnews").rglob("*.py")):
        if path.name in ("__init__.py", "__main__.py"):
            continue
        name = ".".join(path.relative_to(SRC).with_suffix("").parts)
        if name not in EXCLUDE:
            out.append(name)
    return out


def extensions() -> list:
    if os.environ.get("ARABNEWS_NO_COMPILE"):
        return []
    try:
        from Cython.Build import cythonize
        from setuptools import Extension
    except ImportError:
        return []
    exts = [
        Extension(name, [str(Path("src", *name.split(".")).with_suffix(".py"))], optional=True)
        for name in modules()
    ]
    return cythonize(
        exts,
        compiler_directives={
            "language_level": 3,
            "binding": True,
            # Annotations stay documentation, as in CPython: typed arguments would turn a float-annotated int
            # into a float and reject None or subclasses where Python accepts them.
            "annotation_typing": False,
        },
        quiet=True,
    )


setup(ext_modules=extensions())
