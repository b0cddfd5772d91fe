"""A broadcast interview's host puts the questions: a host's question is folded into the answer turn after it."""

from index.speakers import is_host
from tests.conftest import built_pages, searcher_over

_INTERVIEW = (
    "Morning Line: the harbour bridge closure\n"
    "Broadcast 4 June 2027\n\n"
    "RUTH ABERNETHY, HOST: Good morning. With me in the studio is the transport secretary, Colm Deasy.\n\n"
    "COLM DEASY, TRANSPORT SECRETARY: Good morning, Ruth, and thanks for having me.\n\n"
    "RUTH ABERNETHY, HOST: Commuters have been stuck in queues for a month. When does the bridge reopen?\n\n"
    "COLM DEASY, TRANSPORT SECRETARY: The cracked bearings are being swapped out now, and we expect traffic back "
    "on it from the 30th of June.\n\n"
    "RUTH ABERNETHY, HOST: And who pays for the repairs?\n\n"
    "COLM DEASY, TRANSPORT SECRETARY: The contractor's insurer covers most of it.\n"
)

_BRIEFING = (
    "MODERATOR: Thanks, everyone. We have time for a few questions. Go ahead, Lise.\n\n"
    "QUESTION: Does the ferry timetable change in the autumn?\n\n"
    "MR. HALVARD: It does not change before October.\n\n"
    "MODERATOR: Next, Tomas from the Courier.\n\n"
    "MR. HALVARD: Happy to take it.\n"
)


def test_a_hosts_question_is_folded_into_the_answer_which_ranks_first(tmp_path):
    searcher = searcher_over(tmp_path / "corpus", {"morning-line.txt": _INTERVIEW})
    top = searcher.ask("when does the bridge reopen?", k=3).hits[0].passage
    assert top.speaker == "COLM DEASY, TRANSPORT SECRETARY"
    assert top.text.startswith("The cracked bearings")
    assert top.context == "Commuters have been stuck in queues for a month. When does the bridge reopen?"
    paid = searcher.ask("who pays for the repairs", k=1).hits[0].passage
    assert (paid.text, paid.context) == ("The contractor's insurer covers most of it.", "And who pays for the repairs?")


def test_a_hosts_introduction_stays_its_own_passage(tmp_path):
    searcher = searcher_over(tmp_path / "corpus", {"morning-line.txt": _INTERVIEW})
    passages = searcher.index.passages
    assert passages[0].speaker == "RUTH ABERNETHY, HOST" and passages[0].text.startswith("Good morning. With me")
    assert (passages[1].text, passages[1].context) == ("Good morning, Ruth, and thanks for having me.", None)
    top = searcher.ask("with me in the studio transport secretary", k=1).hits[0].passage
    assert top.speaker == "RUTH ABERNETHY, HOST"


def test_a_moderator_calling_on_reporters_is_no_questioner(tmp_path):
    passages = built_pages(tmp_path / "corpus", {"ferry.txt": _BRIEFING}).passages
    contexts = {p.text: p.context for p in passages}
    assert contexts["It does not change before October."] == "Does the ferry timetable change in the autumn?"
    assert contexts["Happy to take it."] is None


def test_the_words_broadcast_transcripts_use_for_their_host():
    assert all(is_host(label) for label in ("JAMES HOLLOWAY, HOST", "STEVE PARK, CNN ANCHOR", "INTERVIEWER",
                                             "ANNA WEST, GUEST HOST", "TOM ROY, CO-HOST", "LIZ HALE, PRESENTER"))
    others = ("MODERATOR", "DANA OKAFOR, WATER MINISTER", "QUESTION", "MR. HOSTETLER")
    assert not any(is_host(label) for label in others)
