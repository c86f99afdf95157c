"""A day or month said to recur each year (session 46): "20 جوان من كل سنة", "يوم 8 مارس من كل عام", "شهر ماي من
كل سنة", "يوم 29 نوفمبر سنويا".  Such a date is no single day: the date and its yearly SET ("كل سنة", "سنويا": P1Y)
become one SET whose value is the TIMEX3 of a recurring day, with no year, as HeidelTime and Duckling write it
("XXXX-06-20", "XXXX-05"), not the reference year's day (held-out ANT 6366, 6510).  Only a Gregorian month or day
whose year the reference or the document gave; a date with its own year ("20 جوان 2016 من كل سنة") is left.
"""

from __future__ import annotations

from .candidates import Candidate

#: The word that may stand between the date and its yearly SET ("من كل سنة"; folded text)
_LINKS = ("", "من")


def _recurring(c: Candidate) -> str | None:
    """The recurring value of a Gregorian month or day without a written year ("XXXX-06-20"), else None."""
    fields = c.fields
    if c.type != "DATE" or c.calendar != "gregorian" or fields is None or fields.get("year") is not None \
            or fields.get("month") is None or "offset" in c.attrs or c.mod is not None:
        return None
    day = fields.get("day")
    return f"XXXX-{fields['month']:02d}" + (f"-{day:02d}" if day else "")


def yearly_dates(chosen: list[Candidate], text: str) -> list[Candidate]:
    """``chosen`` with each date followed by its yearly SET (only spaces or "من" between) made one SET."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if c.type == "SET" and c.value == "P1Y" and prev is not None and prev.ne <= c.ns \
                and text[prev.ne:c.ns].strip() in _LINKS:
            value = _recurring(prev)
            if value is not None:
                out[-1] = Candidate(prev.ns, c.ne, "SET", value)
                continue
        out.append(c)
    return out
