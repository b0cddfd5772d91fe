"""``labels_alone`` and ``unspoken_names`` keep their last few answers: asking again about the same lines gives
the same answer, and changing an answer handed out changes nothing kept."""

from __future__ import annotations

from index.speakers import labels_alone, unspoken_names

CAPTIONS = [
    "Mira Sandoval",
    "09:14:02",
    "The ferry timetable changes on the first of May.",
    "Oskar Brenn",
    "09:14:40",
    "Will the night crossing stay?",
    "Mira Sandoval",
    "09:15:05",
    "It stays, twice a week.",
]
LISTED = ["Safety: the harbour gates close at ten.", "Parking: the west lot is free after six."]


def test_the_same_lines_give_the_same_labels_and_a_changed_copy_is_not_kept():
    first = labels_alone(CAPTIONS)
    assert sorted(first) == [0, 3, 6]
    first.clear()
    assert sorted(labels_alone(list(CAPTIONS))) == [0, 3, 6]
    assert labels_alone(CAPTIONS[:3]) == {}  # a name standing once is no caption


def test_unspoken_names_answer_alike_when_asked_again():
    first = unspoken_names(LISTED)
    again = unspoken_names(tuple(LISTED))
    assert first == again
    first.add(99)
    assert 99 not in unspoken_names(LISTED)
