"""Which order a page writes its days in numbers, read from its spellings when nothing surer shows it."""

from index.readers.datelines import numbers_order


def test_spellings_in_any_case_tell_the_order() -> None:
    assert numbers_order("The HARBOUR and the Theatre reopened; the neighbours came.") is True
    assert numbers_order("The Harbor and the THEATER reopened; the neighbors came.") is False
    assert numbers_order("Our Gray Colors won over the colour.") is False


def test_spellings_inside_other_words_or_none_at_all_tell_nothing() -> None:
    assert numbers_order("Nobody spoke of harbourmasters or recolored maps at the meeting.") is None
    assert numbers_order("The minister spoke briefly and left.") is None
    assert numbers_order("One colour, one color.") is None
