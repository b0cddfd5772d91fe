"""Speaker labels in the layouts of other sites, read through the real readers, splitter, index and search: a
parliament's record (the member or minister alone on a line above the words), a transcription service's label
line (``Name  00:13``), and names in mixed case before a colon. Headings and prose that only look like labels
give no speaker. The fixtures are written for these tests."""

import pytest

from index.builder import build_index
from index.models import PassageKind
from index.search import Searcher
from index.speakers import find_labels
from index.store import load_index
from tests.conftest import write

RECORD = """Skip to main content
Parliamentary Record
Rail Timetable Changes
Volume 802: debated on Tuesday 9 September 2025
Share
The Secretary of State for Rail (Nora Quist)
I beg to move that the House approves the winter timetable.
Nine branch lines will lose their last evening train, and we will run buses in their place.
Share this contribution
Owen Bright (Kelder Vale) (Con)
Will the Secretary of State publish the passenger counts behind the cuts on the Kelder line?
Share this contribution
Nora Quist
Yes, the counts go to the Library before recess.
Share this contribution
Mr Deputy Speaker
Order. Members must keep their questions short.
Share this contribution
Contact us
"""

SERVICE = """Harbour forum on ferry fares - transcript
Thu, Oct 2, 2025 7:10PM • 22:05
SPEAKERS
Rosa Vell, Ivo Tamm, Speaker 4

Rosa Vell  00:05
Welcome, all. Tonight is about the ferry fares for island residents.

Ivo Tamm  00:41
Why did the return fare go up by four euros in August?

Rosa Vell  00:52
The fuel contract was renewed at a higher price. The board reviews fares again in January.

Speaker 4  02:10
Is the student discount staying?

Rosa Vell  02:14
It stays at half fare through next year.
"""

COLON_NAMES = """Ministry of External Affairs
Spokesperson Tomas Greve's Regular Press Briefing on June 3, 2025
Tomas Greve: The foreign minister will visit Osterholm on June 10 for talks on fishing quotas.
Harbour Post: Has the date for the quota talks been agreed by both sides?
Tomas Greve: Both sides agreed the date last week. The talks will last two days.
Question [Daily Ledger]: Will the minister raise the detained trawler?
Deputy High Commissioner Aro: The trawler's release is on the agenda, and the crew are safe.
Tomas Greve: That is all for today.
"""

ARTICLE = """Council approves new cycle lanes

The council approved six new cycle lanes on Monday after a long debate.

The transport chief said: Work starts in March and ends before the summer.

COUNCILLOR DAHL: The lanes are overdue, and I voted for all six.

Note: The figures below are the council's own estimates.

Safety: Officers expect collisions on the ring road to fall by a third.

Funding: The lanes cost 2.1 million euros, paid from the road budget.

Key Dates: Questions and answers

Mayor Ilse Marr

The mayor thanked the residents who came to the hearings.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("label-layouts")
    write(root, "record.txt", RECORD)
    write(root, "service.txt", SERVICE)
    write(root, "colon-names.txt", COLON_NAMES)
    write(root, "article.txt", ARTICLE)
    index_dir = tmp_path_factory.mktemp("label-layouts-index")
    build_index(root, index_dir)
    return load_index(index_dir)


def turns(index, path):
    doc = next(n for n, source in enumerate(index.sources) if source.path == path)
    return [(p.speaker, p.text) for p in index.passages if p.doc == doc]


def test_a_parliament_record_gives_each_contribution_its_member(index):
    assert turns(index, "record.txt") == [
        (
            "The Secretary of State for Rail (Nora Quist)",
            "I beg to move that the House approves the winter timetable.\nNine branch lines will lose their last"
            " evening train, and we will run buses in their place.",
        ),
        ("Owen Bright", "Will the Secretary of State publish the passenger counts behind the cuts on the Kelder line?"),
        ("The Secretary of State for Rail (Nora Quist)", "Yes, the counts go to the Library before recess."),
        ("Mr Deputy Speaker", "Order. Members must keep their questions short."),
    ]


def test_a_service_label_line_opens_a_turn_and_a_short_question_is_kept(index):
    assert turns(index, "service.txt") == [
        ("Rosa Vell", "Welcome, all. Tonight is about the ferry fares for island residents."),
        ("Ivo Tamm", "Why did the return fare go up by four euros in August?"),
        ("Rosa Vell", "The fuel contract was renewed at a higher price. The board reviews fares again in January."),
        ("Speaker 4", "Is the student discount staying?"),
        ("Rosa Vell", "It stays at half fare through next year."),
    ]
    answer = Searcher(index).ask("is the student discount for ferries staying", k=3)
    top = answer.hits[0].passage
    assert top.speaker == "Rosa Vell" and top.context == "Is the student discount staying?"


def test_names_in_mixed_case_before_a_colon_are_turns(index):
    speakers = [speaker for speaker, _ in turns(index, "colon-names.txt")]
    assert speakers == [
        "Tomas Greve", "Harbour Post", "Tomas Greve", "Question [Daily Ledger]", "Deputy High Commissioner Aro",
        "Tomas Greve",
    ]
    answer = Searcher(index).ask("will the minister raise the detained trawler", k=3).hits[0].passage
    assert answer.kind is PassageKind.TURN and answer.context == "Will the minister raise the detained trawler?"


def test_prose_notes_list_headings_and_a_caption_give_no_speaker(index):
    passages = dict((text, speaker) for speaker, text in turns(index, "article.txt"))
    assert passages["The lanes are overdue, and I voted for all six."] == "COUNCILLOR DAHL"
    for text in (
        "The transport chief said: Work starts in March and ends before the summer.",
        "Note: The figures below are the council's own estimates.",
        "Safety: Officers expect collisions on the ring road to fall by a third.",
        "Funding: The lanes cost 2.1 million euros, paid from the road budget.",
        "The mayor thanked the residents who came to the hearings.",
    ):
        assert passages[text] is None


@pytest.mark.parametrize(
    "line",
    [
        "The minister said: We will not raise the fares.", "Note: The figures are estimates.",
        "Key Dates: Questions and answers", "Coastal Flood Defences", "Speaker of the House: Ada Lund",
        "Budget 2025 (summary)", "Meeting at 10:30",
    ],
)
def test_prose_and_headings_are_no_labels_on_their_own(line):
    assert find_labels(line) == []


def test_words_spoken_before_a_label_stay_in_the_turn(tmp_path):
    root, index_dir = tmp_path / "corpus", tmp_path / "index"
    write(root, "record.txt", RECORD.replace("recess.\nShare this contribution\n", "recess.\nNext question.\n"))
    build_index(root, index_dir)
    texts = [passage.text for passage in load_index(index_dir).passages]
    assert "Yes, the counts go to the Library before recess.\nNext question." in texts


LIVE_PAGE = """Harbour fire: what we know

Posted 14:05

Firefighters brought the warehouse blaze under control shortly after two o'clock.

Posted 12:50

Smoke drifted over the old town and residents were told to keep windows shut.

Sunday 21:15

Lisbon (21:15): The port authority closed berths four and five overnight.
"""

TOPICS = """MODERATOR: Welcome. Two announcements before we take questions.

Rail: The coastal line reopens to freight trains on Friday.

Water: Three pumping stations return to service in the lower valley.

QUESTION: When do passenger trains return to the coastal line?

Ines Varga: Passenger services restart the following Monday.
"""

HEADED_RECORD = RECORD.replace(  # headings that open with a title word, between contributions
    "Share this contribution\nMr Deputy", "General Debate\nMembers asked about buses.\nCaptain Cook Bridge\nMr Deputy"
)

BYLINES = """Storm closes the ferry port

Ana Ruiz (Reuters)

The port closed at noon as the storm reached the coast.

Photos (12)

Ferries will sail again once the wind drops below gale force.
"""


@pytest.fixture(scope="module")
def look_alikes(tmp_path_factory):
    root = tmp_path_factory.mktemp("look-alikes")
    for name, text in (("live.txt", LIVE_PAGE), ("topics.txt", TOPICS), ("headed.txt", HEADED_RECORD),
                       ("bylines.txt", BYLINES)):
        write(root, name, text)
    index_dir = tmp_path_factory.mktemp("look-alikes-index")
    build_index(root, index_dir)
    return load_index(index_dir)


def test_a_live_page_s_stamps_are_no_speakers_and_make_no_transcript(look_alikes):
    passages = [p for p in look_alikes.passages if look_alikes.sources[p.doc].path == "live.txt"]
    assert all(p.speaker is None and p.kind is PassageKind.PARAGRAPH for p in passages)
    assert "Posted 14:05" in [p.text for p in passages]


def test_topic_lines_in_a_briefing_stay_in_the_turn_but_a_name_answering_a_question_speaks(look_alikes):
    assert turns(look_alikes, "topics.txt") == [
        ("MODERATOR", "Welcome. Two announcements before we take questions.\n\nRail: The coastal line reopens to"
                      " freight trains on Friday.\n\nWater: Three pumping stations return to service in the lower"
                      " valley."),
        ("QUESTION", "When do passenger trains return to the coastal line?"),
        ("Ines Varga", "Passenger services restart the following Monday."),
    ]


def test_headings_and_bylines_with_brackets_are_no_members(look_alikes):
    speakers = [speaker for speaker, _ in turns(look_alikes, "headed.txt")]
    assert speakers == ["The Secretary of State for Rail (Nora Quist)", "Owen Bright",
                        "The Secretary of State for Rail (Nora Quist)", "Mr Deputy Speaker"]
    assert not {"General Debate", "Captain Cook Bridge"} & set(speakers)
    assert all(speaker is None for speaker, _ in turns(look_alikes, "bylines.txt"))
