"""Which turn of a transcript takes a question's place: worked out once per document when it is read.

A reporter's question gives way to the turn that answers it (``answer_turn``), and a short turn that asks with no
reporter's question marked gives way to the turn replying to it (``reply_turn``). Both depend only on a document's
own passages, so the builder stores them beside the passages (``turn_links``: one pair of small offsets per
passage, in the generation's ``passages.turns.npy``) and a searcher looks them up instead of reading the passages
after each candidate.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from index.models import Passage, PassageKind
from index.sentences import CLOSERS, sentences
from index.speakers import DASHES, asks, is_host, is_questioner

ANSWER_REACH = 6
"""How many turns after a question its answer may come (a question cut off and taken up again)."""
REPLY_QUESTION_WORDS = 60
"""The longest turn read as a question that the next turn replies to (``reply_turn``): a host's opening that
asks something on the way is no question."""
LINKS_DTYPE = np.uint8
"""The stored offsets: 0 for none, else how many passages later the turn comes (at most ``ANSWER_REACH``)."""


def answer_turn(passages: Sequence[Passage], number: int) -> int | None:
    """The turn that answers the reporter's question at ``number`` among one document's ``passages``, or that
    finishes an answer cut off by the question going on (``They are —``): the last answer turn within the next
    few whose question includes it; None when there is none."""
    turn = passages[number]
    if turn.kind is not PassageKind.TURN:
        return None
    # A question: a questioner's, or any that a later turn answers (a reporter named with an outlet); an
    # unnamed voice that answers has its question.
    if (asks(turn.speaker, turn.text) or "?" in turn.text) and not turn.context:
        asked = turn.text
    elif turn.context and turn.text.rstrip().endswith(DASHES):
        asked = turn.context.split("\n")[-1]
    else:
        return None
    answer = None
    for following in range(number + 1, min(len(passages), number + ANSWER_REACH + 1)):
        candidate = passages[following]
        if candidate.doc != turn.doc:
            break
        answers = candidate.context or candidate.text.lstrip().startswith(DASHES)  # or takes a question up
        if (is_questioner(candidate.speaker) or is_host(candidate.speaker)) and not answers:
            break
        if candidate.context and asked in candidate.context.split("\n"):
            answer = following
    return answer


def reply_turn(passages: Sequence[Passage], number: int) -> int | None:
    """For a short turn that asks (one of its last two sentences a question) and shows no question of its own,
    the next turn when another speaker, not one who asks, gives it: the reply to a question the transcript did
    not mark as a reporter's; None otherwise."""
    turn = passages[number]
    if turn.kind is not PassageKind.TURN or turn.context or number + 1 >= len(passages):
        return None
    if "?" not in turn.text or len(turn.text.split()) > REPLY_QUESTION_WORDS:  # no sentence of it can ask
        return None
    following = passages[number + 1]
    if (
        following.doc != turn.doc
        or following.kind is not PassageKind.TURN
        or following.context
        or not following.speaker
        or following.speaker == turn.speaker
        or asks(following.speaker, following.text)
        or "?" in following.text
    ):
        return None
    if not any(s.rstrip(CLOSERS).endswith("?") for s in sentences(turn.text, lines=False)[-2:]):
        return None  # (the sentences asked last: they cost the most)
    return number + 1


def turn_links(passages: Sequence[Passage]) -> np.ndarray:
    """For each of one document's passages, how many passages later its answer turn (``answer_turn``) and its
    reply turn (``reply_turn``) come, 0 for none: an array of shape (passages, 2)."""
    links = []
    for number in range(len(passages)):
        answer = answer_turn(passages, number)
        reply = reply_turn(passages, number)
        links.append((0 if answer is None else answer - number, 0 if reply is None else reply - number))
    return np.array(links, dtype=LINKS_DTYPE).reshape(len(passages), 2)
