"""Leftovers found by new users on pasted pages. A podcast's page is titled by its episode's title, and its header
(``Episode 12 · 42 min``, ``Published …``) is no passage, even with no blank line between it and the first
timestamp. A section head in capitals alone on its line (``FINDINGS``) heads the paragraphs under it where each line
is a paragraph too. A repository's field block (``Format`` / ``News and Press Release``, ``Source`` …) is never the
title. A report's title over its shorter subtitle is the title. A day in numbers that could be read either way
(``AIR DATE: 10/05/2026``) is read in the order the page shows (a sure day, else its time zones, else its
spellings), and dates nothing when it shows none. Each has a look-alike that stays as it was."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

TURNS = [
    "00:00:04", "Mara Quist",
    "Welcome back to the show. Today we talk about the late ferries with someone who runs them.", "",
    "00:00:15", "Tom Achebe",
    "Thanks for having me. The short answer is that we lost two boats to repairs in one winter.", "",
    "00:01:02", "Mara Quist", "How long until both are back on the water?",
]
FERRIES = "Why the ferry timetable keeps slipping"
PODCAST_RUN_ON = [FERRIES, "Episode 12 · 42 min", "Published 3 March 2026", *TURNS]
PODCAST_NUMBER_FIRST = ["Episode 12", FERRIES, "March 3, 2026 · 42 min", "", *TURNS]
PODCAST_NUMBERED_TITLE = ["The Harbour Hour", "", f"Episode 12: {FERRIES}", "", "Published 3 March 2026", "42 min", "",
                          *TURNS]

GRANTED = "The harbour board granted the licence in 2024 after a public consultation that drew forty replies."
APPEALED = "The operator appealed when the board cut the opening hours of the quay by a third."
FOUND = "The tribunal found that the board had not weighed the cost to the operator before it cut the hours."
ALLOWED = "The appeal is allowed and the hours are restored until the board decides again."
APPEAL = ["Appeal of the Wendmouth quay licence", "BACKGROUND", GRANTED, APPEALED, "FINDINGS", FOUND, "JUDGMENT",
          ALLOWED]
QUAY_ROW = [
    "Quay hours row goes to the council", "The operator said the cut would cost twelve jobs.", "MAYOR OKAFOR",
    "We will look at the hours again before the summer.", "The council meets on Thursday to hear both sides.",
    "NO ENTRY SIGNS WERE IGNORED", "by three drivers on the first night, the harbour master said.",
]

MENU = ["Skip to main content", "Home", "Updates", "Countries"]
FLOODS = "Floods leave thousands without shelter in the delta"
FLOOD_TEXT = [
    "", "Rain over the past week has flooded more than forty villages in the delta, and aid groups count some twelve "
    "thousand people with no roof over them.",
    "", "Aid workers said on Monday that the roads to the worst hit villages were still under water.",
]
FIELDS = ["Format", "News and Press Release", "Source", "Delta Aid Network", "Posted", "3 Dec 2026",
          "Originally published", "1 Dec 2026"]
FIELDS_UNDER = [*MENU, FLOODS, *FIELDS, *FLOOD_TEXT]
FIELDS_OVER = [*MENU, "Varnia", *FIELDS, "Country", "Varnia", "+ 2 more", FLOODS, *FLOOD_TEXT]
ONE_FIELD = [*MENU, FLOODS, "Source", "Delta Aid Network", "3 Dec 2026", *FLOOD_TEXT]

SHORE_TEXT = [
    "", "The review looked at sixty kilometres of shoreline and found that a third of the defences will fail within "
    "ten years.",
    "", "Repairs now would cost about half what rebuilding after a breach would, the authors estimate.",
]
HOLDING = "Holding the line on the northern shore"
REPORT = ["Home", "Publications", "Reports", HOLDING, "A review of sea defences", *SHORE_TEXT]
SEA_WALL = "Council votes to rebuild the northern sea wall next year"
KICKER = ["Home", "News", "Coast", "Sea defences", SEA_WALL, *SHORE_TEXT]

ON_AIR = [
    "Evening Report with Dana Holt", "AIR DATE: 10/05/2026", "Port strike enters its third week", "",
    "DANA HOLT: Good evening. Dockworkers stayed off the job again today as talks with the port owners broke down.",
    "", "TOM REEVE: The union says its members will not go back until the shift rules change.",
    "", "DANA HOLT: And what do the owners say about that tonight?",
    "", "TOM REEVE: They say the rules cannot change this year.",
]


def _aired(line: str, *more: str) -> list[str]:
    return [ON_AIR[0], line, *ON_AIR[2:], *more]


PAGES = {
    "podcast_run_on.txt": PODCAST_RUN_ON,
    "podcast_number_first.txt": PODCAST_NUMBER_FIRST,
    "podcast_numbered_title.txt": PODCAST_NUMBERED_TITLE,
    "appeal.txt": APPEAL,
    "quay_row.txt": QUAY_ROW,
    "fields_under.txt": FIELDS_UNDER,
    "fields_over.txt": FIELDS_OVER,
    "one_field.txt": ONE_FIELD,
    "report.txt": REPORT,
    "kicker.txt": KICKER,
    "aired_et.txt": _aired("AIR DATE: 10/05/2026 8:00 PM ET"),
    "aired_bst.txt": _aired("AIR DATE: 10/05/2026 20:00 BST"),
    "aired_et_harbour.txt": [ON_AIR[0], "AIR DATE: 10/05/2026 8:00 PM ET", "Harbour strike enters its third week",
                             *ON_AIR[3:]],
    "aired_british.txt": [*_aired(ON_AIR[1])[:2], "Harbour strike enters its third week", *ON_AIR[3:]],
    "aired_unsure.txt": ON_AIR,
    "aired_sure.txt": _aired(ON_AIR[1], "", "DANA HOLT: The next round of talks is set for 10/25/2026."),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    index = built_pages(tmp_path_factory.mktemp("titles") / "corpus", {k: "\n".join(v) for k, v in PAGES.items()})
    return by_document(index, lambda passage: (passage.speaker, passage.section, passage.text))


def _texts(built, name: str) -> list[str]:
    return [text for _, _, text in built[1][name]]


@pytest.mark.parametrize("name", ["podcast_run_on.txt", "podcast_number_first.txt"])
def test_a_podcast_page_is_titled_by_its_episode_and_its_header_is_no_passage(built, name):
    meta, passages = built
    assert meta[name] == (FERRIES, date(2026, 3, 3))
    assert passages[name] == [("Mara Quist", None, TURNS[2]), ("Tom Achebe", None, TURNS[6]),
                              ("Mara Quist", None, TURNS[10])]


def test_an_episode_number_before_its_title_stays_in_the_title(built):
    meta, passages = built
    assert meta["podcast_numbered_title.txt"] == (f"Episode 12: {FERRIES}", date(2026, 3, 3))
    speakers = [speaker for speaker, _, _ in passages["podcast_numbered_title.txt"]]
    assert speakers == ["Mara Quist", "Tom Achebe", "Mara Quist"]


def test_section_heads_in_capitals_head_the_lines_under_them_where_each_line_is_a_paragraph(built):
    assert [(section, text) for _, section, text in built[1]["appeal.txt"]] == [
        ("BACKGROUND", GRANTED), ("BACKGROUND", APPEALED), ("FINDINGS", FOUND), ("JUDGMENT", ALLOWED)
    ]


def test_a_name_or_a_sentence_in_capitals_under_a_sentence_stays_as_it_was(built):
    texts = _texts(built, "quay_row.txt")
    assert "MAYOR OKAFOR" in texts and "NO ENTRY SIGNS WERE IGNORED" in texts
    assert all(section is None for _, section, _ in built[1]["quay_row.txt"])


@pytest.mark.parametrize("name", ["fields_under.txt", "fields_over.txt"])
def test_a_repositorys_field_block_is_never_the_title(built, name):
    meta, _ = built
    assert meta[name] == (FLOODS, date(2026, 12, 1))
    assert _texts(built, name) == [FLOOD_TEXT[1], FLOOD_TEXT[3]]


def test_a_page_with_one_field_under_its_headline_stays_as_it_was(built):
    assert built[0]["one_field.txt"] == (FLOODS, date(2026, 12, 3))
    assert _texts(built, "one_field.txt")[-2:] == [FLOOD_TEXT[1], FLOOD_TEXT[3]]


def test_a_report_is_titled_by_its_title_not_the_shorter_subtitle_under_it(built):
    assert built[0]["report.txt"][0] == HOLDING
    assert _texts(built, "report.txt") == [SHORE_TEXT[1], SHORE_TEXT[3]]


def test_a_headline_under_a_shorter_kicker_stays_the_title(built):
    assert built[0]["kicker.txt"][0] == SEA_WALL


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("aired_et.txt", date(2026, 10, 5)),  # a U.S. time zone: month first
        ("aired_bst.txt", date(2026, 5, 10)),  # a British one: day first
        ("aired_et_harbour.txt", date(2026, 10, 5)),  # the page's time zone before a word's spelling
        ("aired_british.txt", date(2026, 5, 10)),  # British spelling (``Harbour``): day first
        ("aired_unsure.txt", None),  # nothing tells: no day rather than a wrong one
    ],
)
def test_a_day_in_numbers_either_way_is_read_in_the_order_the_page_shows(built, name, day):
    assert built[0][name] == (ON_AIR[0], day)
    assert [speaker for speaker, _, _ in built[1][name]] == ["DANA HOLT", "TOM REEVE"] * 2


def test_a_page_with_a_sure_day_in_numbers_stays_month_first(built):
    assert built[0]["aired_sure.txt"] == (ON_AIR[0], date(2026, 10, 5))
