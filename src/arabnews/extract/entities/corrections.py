"""The post-CRF corrections of the entities stage on news text: named rules on the tags of one
sentence, run in order after the gazetteer back-off (:mod:`.backoff`) and before document
consistency, so a name they find is carried to its other mentions.

Every rule is kept only if ``scripts/eval_ner.py`` shows it does not lower micro F1 on the news
and ANERcorp dev parts (see the module of each rule for what it does):

0. :func:`.boundaries.split_at_dash`, 1. :func:`.boundaries.trim_function_words`,
   2. :func:`.boundaries.stop_before_predicate` — where a name stops;
3. :func:`.orgs.extend_org_chain`, 4. :func:`.orgs.org_from_head`, 5. :func:`.orgs.acronym_after_org`,
   6. :func:`.orgs.media_names` — organisations;
7. :func:`.boundaries.whole_multiword_place`, 8. :func:`.boundaries.whole_name_after_head`,
   9. :func:`.boundaries.person_after_place` — places;
10. :func:`.persons.name_after_title` — persons.

:func:`.boundaries.places_after_plural_head` is written but left out (:data:`LEFT_OUT`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...text.tokenize import Token
from .backoff import Rule
from .bio import Tag
from .boundaries import (
    person_after_place,
    places_after_plural_head,
    split_at_dash,
    stop_before_predicate,
    trim_function_words,
    whole_multiword_place,
    whole_name_after_head,
)
from .gazetteer import Gazetteer
from .orgs import acronym_after_org, extend_org_chain, media_names, org_from_head
from .persons import name_after_title

#: Every rule written, in the order they run; ``scripts/eval_ner.py --rules`` picks among them.
CATALOGUE: dict[str, Rule] = {rule.__name__: rule for rule in (
    split_at_dash, trim_function_words, stop_before_predicate, extend_org_chain, org_from_head, acronym_after_org,
    media_names,
    whole_multiword_place, whole_name_after_head, places_after_plural_head, person_after_place, name_after_title,
)}
#: Rules written but not run: each lowered micro F1 on a dev part (``eval_ner.py --rules``).
#: places_after_plural_head: -0.02 on news and -0.04 on ANERcorp dev, where "بلدتي شبعا وكفرحمام"
#: is one span and "مدن الهوسا وسلطنة الطوارق" none.
LEFT_OUT = frozenset({"places_after_plural_head"})
#: The rules the stage runs.
RULES: tuple[Rule, ...] = tuple(rule for name, rule in CATALOGUE.items() if name not in LEFT_OUT)


def correct(toks: Sequence[Token], tags: Sequence[Tag], gaz: Gazetteer,
            rules: Sequence[Rule] | None = None) -> list[Tag]:
    """The tags of one sentence after ``rules`` (default: :data:`RULES` as it is at the call, so a
    script can try a subset); a new list, ``tags`` is left as it was."""
    out = list(tags)
    for rule in RULES if rules is None else rules:
        rule(toks, out, gaz)
    return out
