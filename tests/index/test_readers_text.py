from datetime import date

import pytest

from index.builder import build_index
from index.errors import SkipFile
from index.models import DocumentKind
from index.readers.frontmatter import split_front_matter
from index.readers.text import read_text_document
from index.search import Searcher
from index.splitter import split_document
from index.store import load_index
from tests.conftest import write


def read(text: str, path: str = "doc.txt"):
    return read_text_document(text.encode(), path)


def test_front_matter_supplies_metadata_and_is_removed_from_the_body():
    doc = read('---\ntitle: "A title"\nurl: https://x.test/a\ndate: 2016-10-03\nkind: transcript\n---\nBody line.\n')
    assert (doc.title, doc.url, doc.date, doc.kind) == (
        "A title",
        "https://x.test/a",
        date(2016, 10, 3),
        DocumentKind.TRANSCRIPT,
    )
    assert doc.text == "Body line.\n"
    assert doc.skip_lines == ()


def test_missing_metadata_falls_back_to_first_line_and_date_in_file_name():
    doc = read("\n\n# Strike in Idlib\nFirst paragraph.\n", "news/2016-10-03-idlib.md")
    assert doc.title == "Strike in Idlib"
    assert doc.date == date(2016, 10, 3)
    assert doc.url is None
    assert doc.kind is None
    assert doc.skip_lines == (2,), "the title line is not content"


def test_no_date_anywhere_gives_none_and_an_impossible_date_in_a_name_is_ignored():
    assert read("Title\nText.", "notes.txt").date is None
    assert read("Title\nText.", "2016-13-40-notes.txt").date is None


def test_a_first_line_that_is_a_speaker_turn_is_no_title_but_stays_content():
    doc = read("QUESTION: Is the ceasefire holding?\nMR TONER: Mostly.\n")
    assert doc.title == "doc"  # the file's name: a turn is never a title
    assert doc.skip_lines == ()


def test_windows_line_endings_and_byte_order_mark_are_normalised():
    doc = read_text_document(b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\nOne.\r\nTwo.\r\n", "a.txt")
    assert doc.title == "T"
    assert doc.text == "One.\nTwo.\n"



def test_front_matter_with_a_list_of_speakers_is_read_not_refused():
    doc = read(
        "---\ntitle: Two ministers meet\nspeakers:\n  - Ada Quill, Minister of Ports\n  - Interpreter\n"
        "date: 2020-05-04\nplace:\n  Harbour Hall,\n  Lindport\n---\nQUILL: We open the port on Monday.\n",
        "meeting.md",
    )
    assert (doc.title, doc.date) == ("Two ministers meet", date(2020, 5, 4))
    meta, _ = split_front_matter("---\nspeakers:\n  - Ada Quill\n- 'Ben Roe'\nplace:\n  Harbour Hall\n---\nBody\n")
    assert meta == {"speakers": "Ada Quill; Ben Roe", "place": "Harbour Hall"}
    assert "We open the port on Monday." in doc.text

@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\ntitle: T\nBody with no closing fence\n", "never closed"),
        ("---\ndate: 3 Oct 2016\n---\nBody\n", "not a date in YYYY-MM-DD form"),
        ("---\ndate: 2016-02-30\n---\nBody\n", "not a real calendar date"),
        ("---\nkind: memo\n---\nBody\n", "kind 'memo' is not one of"),
        ("---\njust words here\n---\nBody\n", "line 2 is not 'key: value'"),
        ("---\ntitle: T\n---\n\n  \n", "no text after the front matter"),
    ],
)
def test_malformed_front_matter_is_refused_with_the_reason(text, reason):
    with pytest.raises(SkipFile, match=reason):
        read(text)


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b"  \n\n", "empty file"), (b"abc\x00def", "binary"), (b"caf\xe9 \x81\x8d", "UTF-8")],
)
def test_unreadable_bytes_are_refused_with_the_reason(data, reason):
    with pytest.raises(SkipFile, match=reason):
        read_text_document(data, "bad.txt")


def test_windows_1252_that_reads_cleanly_is_decoded_with_a_warning():
    doc = read_text_document("Titre\nLe caf\u00e9 \u2013 \u201cOui\u201d.\n".encode("cp1252"), "note.txt")
    assert doc.text == "Titre\nLe caf\u00e9 \u2013 \u201cOui\u201d.\n"
    assert doc.warnings == ("not valid UTF-8 (bad byte at offset 12); read as Windows-1252",)
    assert read("Plain UTF-8 caf\u00e9\n").warnings == ()


def test_text_with_many_control_characters_is_binary_but_a_stray_one_is_not():
    with pytest.raises(SkipFile, match="control characters"):
        read_text_document(b"\x01\x02\x03\x04 header \x05\x06", "blob.txt")
    assert read("Title\nA stray \x1b escape. " + "Then a long line of ordinary text. " * 4).title == "Title"


def test_text_without_front_matter_is_returned_whole():
    meta, body = split_front_matter("No fence here.\n---\nnot front matter\n")
    assert meta == {}
    assert body.startswith("No fence here.")


def test_utf_16_with_a_byte_order_mark_is_read_as_windows_tools_save_it():
    doc = read_text_document("Notes\r\nLe caf\u00e9 \u2013 \u201cOui\u201d.\r\n".encode("utf-16"), "notes.txt")
    assert (doc.text, doc.warnings) == ("Notes\nLe caf\u00e9 \u2013 \u201cOui\u201d.\n", ())
    with pytest.raises(SkipFile, match="not valid UTF-16 text despite its byte-order mark"):
        read_text_document(b"\xff\xfeN\x00o\x00\x00\xd8", "broken.txt")


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Strike near Idlib\n\nA drone hit a car on Monday.\n", True),  # a headline, then a blank line
        ("Strike near Idlib\nA drone hit a car on Monday.\n", True),  # a headline, then the text
        ("Russia Finds It Can Shame The U.S. Into Action…\nIt has done so twice now.\n", True),  # cut short
        ("# Strike near Idlib\nA drone hit a car on Monday.\n", True),
        ("#\n## Strike near Idlib\nA drone hit a car on Monday.\n", True),
        ("The drone strike near Idlib killed a senior commander on Monday.\n\nOfficials said so.\n", False),
        ("Is the truce over?\n\nNobody at the briefing would say.\n", False),
        ('The envoy said: "We are done."\n\nThen he left.\n', False),
        ("Here is the exchange:\nQUESTION: Why now?\n", False),
        ("Russia finds it can shame the U.S. into action…\nIt has done so twice now.\n", False),
        ("Officials in Washington said on Monday that the\nconvoy had crossed.\n", False),  # wrapped: runs on
        ("Officials in Washington said on Monday that\nMoscow had ended the talks.\n", False),
        (
            "Officials in Washington said the Syrian\nArmy had moved on the town\nbefore dawn.\n\n"
            "A second paragraph wrapped\nat the same width.\n",
            False,
        ),
    ],
)
def test_the_first_line_is_the_title_and_left_out_of_the_text_only_when_it_reads_as_a_heading(text, heading):
    doc = read(text)
    number, first = next((n, line) for n, line in enumerate(text.split("\n")) if line.strip("# "))
    assert doc.title == first.lstrip("# ")
    assert doc.skip_lines == ((number,) if heading else ())


def test_a_file_of_one_line_is_titled_by_it_and_gives_it_as_its_passage():
    doc = read("The ferry crossing at Manbij reopened at noon\n")
    assert doc.title == "The ferry crossing at Manbij reopened at noon"
    assert [passage.text for passage in split_document(doc)] == ["The ferry crossing at Manbij reopened at noon"]


def test_an_opening_sentence_without_a_title_is_found_by_a_question(tmp_path):
    corpus = tmp_path / "corpus"
    write(
        corpus, "idlib.txt", "The drone strike near Idlib killed a senior commander on Monday.\n\nOfficials said so.\n"
    )
    write(corpus, "note.txt", "Ferry crossings resume at dawn\n")
    report = build_index(corpus, tmp_path / "index")
    assert (report.files, report.skipped) == (2, ())
    searcher = Searcher(load_index(tmp_path / "index"))
    found = searcher.ask("drone strike Idlib commander", k=1).hits[0]
    assert found.passage.text == "The drone strike near Idlib killed a senior commander on Monday."
    assert found.source.title == found.passage.text
    assert searcher.ask("ferry crossings dawn", k=1).hits[0].passage.text == "Ferry crossings resume at dawn"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airlift ramps up\n\nPublished 14 October 2025\n\nThe quake struck on Monday.\n", date(2025, 10, 14)),
        ("DAILY BRIEFING\n\nMONDAY, 14 AUGUST 2023\n\nGood afternoon.\n", date(2023, 8, 14)),
        ("PRESS RELEASE\n\nHALDEN, 12 September 2023 — The ministry today listed six firms.\n", date(2023, 9, 12)),
        ("**MEDIA RELEASE**\n\n**ARDEN FALLS, 29 September 2021 —** The authority will close the season.\n",
         date(2021, 9, 29)),
        ("Survey\n\nThe glacier was measured in August 2015 and again on 3 September 2019.\n", None),
    ],
)
def test_a_text_without_a_date_takes_its_date_line_or_dateline(text, expected):
    assert read(text, "notes.txt").date == expected
    assert read("---\ndate: 2020-01-02\n---\n" + text, "notes.txt").date == date(2020, 1, 2)


_THREAD = (
    "Home\nExplore\nNotifications\n\nConversation\nRui Tavares\n@ruitavares_news\n"
    "Thread: what the harbour master told us about the dredging of the north channel\n"
    "1/ The dredgers start on the north channel next week, the harbour master said.\n"
    "9:02 AM · Jun 3, 2027\n"
    "Rui Tavares\n@ruitavares_news\n"
    "2/ Ferries will use the south channel until the work ends in August.\n"
    "9:05 AM · Jun 3, 2027\n"
)


def test_a_pasted_threads_opening_post_is_a_passage_and_its_day_dates_it(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "thread.txt", _THREAD)
    build_index(corpus, tmp_path / "index")
    searcher = Searcher(load_index(tmp_path / "index"))
    found = searcher.ask("harbour master dredging north channel", k=1).hits[0]
    assert found.passage.text.startswith("Thread: what the harbour master told us")
    assert found.source.date == date(2027, 6, 3)
    assert read(_THREAD.replace("9:05 AM · Jun 3, 2027", "9:05 AM · Jun 4, 2027")).date is None, "two days: none"
    headline = read("Dredging of the north channel\n\nThe dredgers start next week.\n9:02 AM · Jun 3, 2027\n")
    assert headline.skip_lines == (0,), "a headline over one post stays a headline"


def test_a_sidebar_heading_under_a_threads_last_post_is_no_passage(tmp_path):
    corpus = tmp_path / "corpus"
    sidebar = "Relevant people\nRui Tavares\n@ruitavares_news\nFollow\nWhat's happening\nTerms of Service\n"
    write(corpus, "thread.txt", _THREAD + sidebar)
    embedded = (
        "Ferries rerouted for dredging\n\nBy Ana Lopes\n\nThe port will reroute ferries from Monday, they said.\n\n"
        "Rui Tavares\n@ruitavares_news\n2/ Ferries will use the south channel.\n9:05 AM · Jun 3, 2027\n\n"
        "Reaction\n\nCommuters said the change would add twenty minutes to each crossing on most days.\n"
    )
    write(corpus, "story.txt", embedded)
    build_index(corpus, tmp_path / "index")
    index = load_index(tmp_path / "index")
    texts = [(index.sources[p.doc].path, p.text) for p in index.passages]
    assert ("thread.txt", "Relevant people") not in texts
    assert ("story.txt", "Reaction") in texts, "a subheading over prose under a post stays"
