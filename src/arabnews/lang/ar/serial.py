"""How every stage calls the ``regex`` module's pattern methods: :data:`SERIAL` keeps the GIL.

By default ``regex`` lets the GIL go and takes it back around every match on a str, and again around the
memory it allocates while matching: about 1,000 instructions a call (callgrind, session 46), more than most
of the pipeline's matches themselves, and of no use here (no stage matches from several threads at once).
Its ``concurrent`` argument set to False keeps the GIL.  It is passed **by position**, since as a keyword it
is parsed more slowly than the default costs: fourth in ``match``, ``search`` and ``fullmatch`` (after
``pos`` and ``endpos``, which may be ``None``), fifth in ``finditer`` and ``findall`` (after ``overlapped``).
The stdlib ``re`` takes no such argument: mypy rejects it there (``re.Pattern.match`` has three).

>>> import regex
>>> p = regex.compile(r"(?<![\\p{L}])قال")
>>> p.search("وقال قال", None, None, SERIAL).span(), [m.start() for m in p.finditer("قال قال", 0, None, False, SERIAL)]
((5, 8), [0, 4])
"""

from __future__ import annotations

#: The ``concurrent`` argument of a ``regex`` call, by position: False keeps the GIL (see the module's text).
SERIAL = False
