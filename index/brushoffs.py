"""Brush-offs: a spokesperson's turn that declines to answer (``I'd refer you to the ministry``, ``I'm not going to
get into that``, ``I don't have anything for you on that``, ``I'll have to take that question``).

Such a turn is short, so BM25's length normalisation lifts it, and it is indexed with the reporter's question, whose
words are the question asked: it would outrank the passage that answers. The search ranks a turn that is only a
brush-off at ``BRUSHOFF_SHARE`` of its score; it is still found when nothing better is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.models import Passage, PassageKind
from index.speakers import is_questioner

BRUSHOFF_SHARE = 0.25
"""The share of its score a turn that is only a brush-off keeps."""
_MIN_WORDS = 4
"""Shorter sentences (``Look.``, ``Thanks.``, ``Sure.``) neither answer nor decline: they are not counted."""

_SENTENCE_END = re.compile(r"(?<=[.?!…])[\"”’)\]]*\s+")
_WORD = re.compile(r"\w+(?:'\w+)?")
_NOT = r"(?:\bnot|n't|\bnever|\bcannot|\brather\s+not|\bprefer\s+not\s+to|\brefrain\s+from)"
_WITHHELD = (
    r"get(?:ting)?\s+(?:into|ahead\s+of|out\s+ahead)|go(?:ing)?\s+(?:into|beyond|further)|speculat\w*|"
    r"characteri[sz]\w*|comment\w*|discuss\w*|detail|pars\w*|preview\w*|prejudg\w*|weigh(?:ing)?\s+in|"
    r"confirm\w*|read(?:ing)?\s+out|elaborat\w*|speak\w*\s+(?:to|for|about|on)|talk\w*\s+about|offer\w*\s+(?:any|a)|"
    r"provid\w*\s+(?:any|a|more|further)|shar\w*\s+(?:any|more|further|details)"
)
_BRUSHOFF = re.compile(
    "|".join(
        (
            # declining: I'm not going to get into / won't speculate / can't confirm / I'd rather not characterise
            rf"\b(?:I|we)\b[^.?!]{{0,30}}?{_NOT}\s+(?:\w+\s+){{0,4}}?(?:{_WITHHELD})",
            r"\bnot\s+in\s+a\s+position\s+to\b",
            # sending the reporter elsewhere: I'd refer you to / that's a question for / I'll let them speak to
            r"\b(?:refer|point|direct|send)\s+you\b",
            r"\bdefer\s+to\b",
            r"\bquestions?\s+(?:for|better\s+(?:put|asked|directed)\s+to|best\s+(?:put|asked|directed)\s+to)\b",
            r"\b(?:have|need)\s+to\s+ask\b",
            r"\b(?:let|leave\s+it\s+to)\s+(?:\w+\s+){1,4}?(?:speak|answer|respond|comment|address)\b",
            r"\b(?:best|better)\s+placed\s+to\b",
            # having nothing: I don't have anything (more) on that / nothing to announce / no update
            r"\b(?:don't|do\s+not|didn't)\s+have\s+(?:any|anything|a|an|more|much|further|the|that|those|"
            r"specifics|details|information)\b[^.?!]{0,40}?(?:\bon\b|\bfor\s+you\b|\bto\s+(?:add|share|announce|"
            r"offer|report|say|read|provide|give)\b|\bupdate|\bdetail|\bspecifics|\binformation|\breadout|"
            r"\bcomment|\banswer|\bguidance|\bin\s+front\s+of\s+me)",
            r"\bnothing\s+(?:more|further|new|else|additional|to\s+(?:add|share|announce|report|say|offer|read))\b",
            r"\bno\s+(?:update|updates|comment|readout|announcements?)\b",
            r"\bdon't\s+know\s+the\s+answer\b",
            r"\bhaven't\s+seen\s+(?:the|those|that|these|this|any)\s+(?:\w+\s+)?(?:reports?|comments?|remarks|"
            r"story|stories|statements?|articles?|tweets?|video)\b",
            # later: I'll have to take that question / get back to you / we'll have more to say
            r"\btak(?:e|ing)\s+(?:that|the|your|this)\s+question\b",
            r"\bget\s+back\s+to\s+you\b",
            r"\b(?:check|look)\s+(?:on|into)\s+(?:that|it|this)\b",
            r"\bsee\s+what\s+(?:I|we)\s+can\s+(?:find|get|share)\b",
            r"\b(?:will|'ll)\s+have\s+(?:more|something|anything)\s+(?:\w+\s+)?(?:to\s+(?:say|share|announce|add)|on)\b",
            r"\bwhen\s+(?:we|I)\s+have\s+(?:more|something|anything)\b",
            r"\b(?:too\s+early|premature)\s+to\b",
            r"\bhypothetical",
            r"\bleave\s+it\s+(?:there|at\s+that)\b",
        )
    ),
    re.IGNORECASE,
)
_DECLINING = re.compile(
    r"\b(?:declin|refus|dodg|sidestep|deflect|evad|comment|referr?(?:ed|ing)?\b|silent|silence|"
    r"(?:would|will|did|do|does|could|can)(?:n't|\s+not)\s+(?:\w+\s+){0,3}?(?:say|discuss|answer|confirm|talk|speak|comment))",
    re.IGNORECASE,
)


def is_brushoff(passage: Passage) -> bool:
    """Whether ``passage`` is an answer turn that only declines: more than half of its sentences, holding more than
    half of its words, are brush-offs. An answer that declines one point and answers another is not one."""
    if passage.kind is not PassageKind.TURN or passage.speaker is None or is_questioner(passage.speaker):
        return False
    sentences = [(len(_WORD.findall(text)), text) for text in _SENTENCE_END.split(passage.text.replace("’", "'"))]
    counted = [(words, bool(_BRUSHOFF.search(text))) for words, text in sentences if words >= _MIN_WORDS]
    declined = [words for words, brushoff in counted if brushoff]
    return 2 * len(declined) > len(counted) and 2 * sum(declined) > sum(words for words, _ in counted)


def asks_about_declining(question: str) -> bool:
    """Whether ``question`` asks if someone declined to answer (``Did the ministry comment on …``): then a
    brush-off is the answer."""
    return bool(_DECLINING.search(question.replace("’", "'")))


def with_brushoffs_lowered(
    found: list[tuple[int, float]], passages: Sequence[Passage], question: str
) -> list[tuple[int, float]]:
    """Candidates (passage id, score) with each brush-off at ``BRUSHOFF_SHARE`` of its score, best first; as they
    were when ``question`` asks about declining."""
    if asks_about_declining(question):
        return found
    lowered = [(pid, score * BRUSHOFF_SHARE if is_brushoff(passages[pid]) else score) for pid, score in found]
    return sorted(lowered, key=lambda item: -item[1])  # stable: ties keep their order
