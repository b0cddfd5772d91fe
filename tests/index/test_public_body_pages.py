"""Pages of public bodies and companies a new user brought: a town's minutes, a phone-in on the radio, a
company's meeting with its shareholders, a science roundup of experts' comments, a question-and-answer page
saved as Markdown. Fixtures written for these tests, in the layouts of such pages."""

from operator import attrgetter

from tests.conftest import built_pages, by_document

MINUTES = """TOWN OF ESKDALE FERRY
MINUTES OF THE REGULAR MEETING OF THE TOWN BOARD
Monday, March 2, 2026 - 7:00 p.m.

PRESENT: Supervisor Ana Ruiz; Board Members Carl Odum and Petra Lind
ABSENT: Board Member Sam Hobb

1. FERRY DOCK REPAIRS
The engineer reported that two pilings under the ferry dock have rotted and must be replaced before June.
MOTION: Board Member Odum moved, seconded by Board Member Lind, to award the piling contract to Harbor Marine for $86,400.
VOTE: Motion carried 3-0.

2. BEACH PARKING
MOTION: Board Member Lind moved, seconded by Supervisor Ruiz, to raise the summer beach parking fee to $12 a day.
VOTE: Motion carried 2-1 (Odum no).
"""

# minutes that record who said what: the members' labels stay speakers beside a motion's line
MINUTES_WITH_WORDS = """Eskdale Ferry Town Board, special meeting, March 9, 2026

SUPERVISOR RUIZ: The only item tonight is the ferry timetable.

BOARD MEMBER ODUM: The early boat carries fewer than ten people a day in winter.

SUPERVISOR RUIZ: Then we should drop it from November to March.

MOTION: Board Member Odum moved to drop the 6:10 a.m. boat from November to March.

BOARD MEMBER LIND: I will second that, with regret.
"""


def test_a_motion_and_its_vote_in_minutes_name_no_speaker(tmp_path):
    index = built_pages(tmp_path / "corpus", {"minutes.txt": MINUTES})
    _, passages = by_document(index, attrgetter("speaker", "text"))
    spoken = {text: speaker for speaker, text in passages["minutes.txt"]}
    motion = next(text for text in spoken if "Board Member Odum moved" in text)
    vote = next(text for text in spoken if "Motion carried 2-1" in text)
    assert spoken[motion] is None
    assert spoken[vote] is None


def test_minutes_with_members_words_keep_their_speakers(tmp_path):
    index = built_pages(tmp_path / "corpus", {"special.txt": MINUTES_WITH_WORDS})
    _, passages = by_document(index, attrgetter("speaker", "text"))
    spoken = dict((text, speaker) for speaker, text in passages["special.txt"])
    assert spoken["The early boat carries fewer than ten people a day in winter."] == "BOARD MEMBER ODUM"
    assert spoken["I will second that, with regret."] == "BOARD MEMBER LIND"
    motion = next(text for text in spoken if "drop the 6:10" in text)
    assert spoken[motion] != "MOTION"
