"""Session 25, lead: a target cue after another event's trigger belongs to that event."""

from __future__ import annotations

from event_cases import events


def test_target_cue_of_a_later_event_is_not_the_first_ones(nlp) -> None:
    # ANT: the army shelled ISIS in reply to a suicide attack that targeted the army's checkpoints
    text = ('وكانت قوات الجيش الليبي قد قصفت مساء امس الثلاثاء مواقع لتنظيم "داعش" ردّا على هجوم انتحاري '
            'استهدف نقطتي تفتيش للجيش الليبي في بنغازي.')
    got = events(nlp, text)
    shelling = next(e for e in got if e[0] == "قصفت")
    assert shelling[3] == [("actor", "قوات الجيش الليبي"), ("target", "داعش")]
    suicide = next(e for e in got if e[0] == "هجوم انتحاري")
    assert ("target", "جيش الليبي") in suicide[3]


def test_target_cue_of_the_event_itself_still_counts(nlp) -> None:
    # the cue right after the trigger's own noun: no other event between
    got = events(nlp, "شنت طائرات التحالف غارة استهدفت مواقع لتنظيم داعش في الرقة.")
    strike = next(e for e in got if e[0] == "غارة")
    assert ("target", "داعش") in strike[3]
