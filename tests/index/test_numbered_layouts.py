"""Transcripts numbered in the margin and subtitle files saved as text: every spoken line is kept, the numbers and
timings stay out of the quotes, wrapped lines and cues are joined into turns, each with its speaker."""

import re
from datetime import date

from tests.conftest import built_pages, by_document, searcher_over

_HEARING = """The Ferry Terminal Fire Review

Home | Sittings | Documents | Contact

Sitting 3 - Wednesday 4 February 2026

1 (9.30 am)

2 THE CHAIR: Good morning. We resume with the harbour

3 master's evidence.

4 MS PELLEW HARLAND (affirmed)

5 Questions by MR VOSS

6 Q. Ms Harland, when was the sprinkler pump last

7 serviced before the fire?

8 A. On 14 August 2025, by the contractor. The next

9 service was booked for February.

10 Q. Who told you the alarm panel was faulty?

11 A. The night porter. He rang me at ten past two

12 and said the panel showed zone four in fault.

13 THE CHAIR: Thank you.

                                                    12

1 Q. Was the fault reported in writing?

2 A. Yes, in the log on 3 September 2025. I asked for

3 an engineer and none came.

4 Q. The engineer finally attended on

5 19 November 2025, eleven weeks later?

6 A. That is right.

7 THE CHAIR: We will rise there for ten minutes.

8 (10.42 am)

                                                    13

Harbour Review transcripts - produced by a court reporting firm
"""

_DEPOSITION = """               IN THE CIRCUIT COURT OF THE COUNTY
  LINNEA MARSH,                      )
              Plaintiff,             )   No. 26-L-0412
        v.                           )
  GREYWATER ROOFING LLC,             )
          DEPOSITION OF TOMAS ERIKSEN
                 Monday, June 8, 2026
                                                            Page 31
 1   BY MR. ABERNATHY:
 2        Q.   Mr. Eriksen, who signed off the scaffold on
 3   the morning of the fall?
 4        A.   Nobody did. The inspector was sent to another
 5   site and the crew went up at seven.
 6        Q.   Did you object?
 7             MS. KAUR: Objection. Leading.
 8             THE WITNESS: I told the foreman it was not
 9   tagged. He said the client wanted the roof closed
10   before the rain on Wednesday.
11        Q.   (By Mr. Abernathy) What happened at nine?
12        A.   The outer board gave way under Ms. Marsh and
13   she fell about four metres onto the
14   skip.
15        Q.   And the fall itself happened on
16   December 2nd?
17        A.   Yes. The board was replaced the same afternoon.
18        Q.   By whom?
19        A.   By me and the apprentice.
20        Q.   And the tag?
21        A.   It was filled in that evening, dated
22   the day before.
23             MR. ABERNATHY: Nothing further.
24             (Recess taken.)
25
                                                            Page 32
"""

_COURT_STYLE = """                                                     Page 7 of 40
 1                    ROSALIND ACHTERBERG,
 2   having been first duly sworn, testified as follows:
 3                    DIRECT EXAMINATION
 4   BY MR. PEREIRA:
 5       Q    Ms. Achterberg, where were you working in
 6   April?
 7       A    At the county lab, on the night shift.
 8       Q    Who read the sample from the Dunmore well?
 9       A    I did, at four in the morning.
10   A second analyst confirmed it at nine.
                                                     Page 8 of 40
 1       Q    A lot of people have asked about that delay.
 2   Was it usual?
 3       A    No. A reading like that goes out the same
 4   day.
 5                    CROSS-EXAMINATION
 6   BY MS. ODUYA:
 7       Q    You were alone on the night shift?
 8       A    Yes.
"""

_SUBTITLES = """1
00:00:01,000 --> 00:00:03,500
[APPLAUSE]

2
00:00:04,000 --> 00:00:07,200
>> Welcome back to the Riverside
derby preview show.

3
00:00:07,400 --> 00:00:10,100
>> INTERVIEWER: Coach, how is
your captain's ankle?

4
00:00:10,300 --> 00:00:14,800
>> MARTA OYELARAN: The scan showed a
small fracture near the

5
00:00:15,000 --> 00:00:18,600
heel bone, so she misses the
derby and both cup ties.

6
00:00:19,000 --> 00:00:22,400
>> INTERVIEWER: Who wears the
armband on Sunday?

7
00:00:22,600 --> 00:00:26,000
>> MARTA OYELARAN: Our goalkeeper,
Ines Varga.
"""

_WEBVTT = """WEBVTT
Kind: captions
Language: en

NOTE exported by the meeting app

1
00:00:01.200 --> 00:00:06.900
<v Dana Whitcombe>Thanks for joining. The library roof repair is the only item today.</v>

2
00:00:07.100 --> 00:00:13.400
<v Dana Whitcombe>The builders start on 11 May, and the reading room shuts for three weeks.</v>

3
00:00:13.600 --> 00:00:20.000
<v Omar Castell>Will the <i>children's</i> corner stay open?</v>

4
00:00:20.200 --> 00:00:26.800
<v Dana Whitcombe>It moves to the community hall until the end of May.</v>
"""


def _all_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z']+", text)


def test_a_hearing_numbered_in_the_margin_keeps_every_line_in_its_turn_without_the_numbers(tmp_path):
    searcher = searcher_over(tmp_path / "corpus", {"fire-review-sitting-3.txt": _HEARING})
    passages = searcher.index.passages
    with_numbers = set(re.findall(r"^\d{1,2} .+$", _HEARING, re.MULTILINE))
    assert not [p.text for p in passages if with_numbers & set(p.text.split("\n"))]
    kept = " ".join(p.text for p in passages)
    for number_line in re.findall(r"^\d{1,2} (?!\()(.+)$", _HEARING, re.MULTILINE):  # every spoken line, kept
        if not re.search(r"affirmed|Questions by", number_line):
            assert re.sub(r"^(?:THE CHAIR:|Q\.|A\.) ", "", number_line) in kept, number_line
    assert "Questions by" not in kept and "affirmed" not in kept and "12" not in _all_words(kept)
    asked = [p for p in passages if p.text == "The engineer finally attended on 19 November 2025, eleven weeks later?"]
    assert [(p.speaker, [d.iso for d in p.dates]) for p in asked] == [("Q (MR VOSS)", ["2025-11-19"])]
    answer = searcher.ask("who rang about the alarm panel fault in zone four?", k=1).hits[0].passage
    assert answer.text == "The night porter. He rang me at ten past two and said the panel showed zone four in fault."
    assert answer.speaker == "MS PELLEW HARLAND"
    assert answer.context == "Who told you the alarm panel was faulty?"
    over_the_page = searcher.ask("fault reported in writing log engineer none came", k=1).hits[0].passage
    assert over_the_page.text == "Yes, in the log on 3 September 2025. I asked for an engineer and none came."
    chair = [p.text for p in passages if p.speaker == "THE CHAIR"]
    assert chair[0] == "Good morning. We resume with the harbour master's evidence."


def test_a_deposition_reads_its_answers_as_the_witnesss_and_its_questions_as_the_examiners(tmp_path):
    index = built_pages(tmp_path / "corpus", {"eriksen-deposition.txt": _DEPOSITION})
    turns = [(p.speaker, p.text) for p in index.passages]
    nobody = "Nobody did. The inspector was sent to another site and the crew went up at seven."
    assert ("THE WITNESS", nobody) in turns
    assert ("THE WITNESS", "I told the foreman it was not tagged. He said the client wanted the roof closed "
            "before the rain on Wednesday.") in turns
    assert ("Q (MR. ABERNATHY)", "Mr. Eriksen, who signed off the scaffold on the morning of the fall?") in turns
    assert ("THE WITNESS", "The outer board gave way under Ms. Marsh and she fell about four metres onto the skip.") \
        in turns
    assert ("MS. KAUR", "Objection. Leading.") in turns
    fall = next(p for p in index.passages if p.text.startswith("And the fall"))
    assert (fall.text, [d.iso for d in fall.dates]) == ("And the fall itself happened on December 2nd?", ["2025-12-02"])
    assert not [text for _, text in turns if "BY MR" in text or re.search(r"(?m)^\s*\d", text)], turns
    assert index.sources[0].date == date(2026, 6, 8)


def test_a_court_record_with_bare_q_and_a_and_a_witness_sworn_under_their_name(tmp_path):
    index = built_pages(tmp_path / "corpus", {"achterberg.txt": _COURT_STYLE})
    turns = [(p.speaker, p.text) for p in index.passages]
    assert turns == [
        ("Q (MR. PEREIRA)", "Ms. Achterberg, where were you working in April?"),
        ("ROSALIND ACHTERBERG", "At the county lab, on the night shift."),
        ("Q (MR. PEREIRA)", "Who read the sample from the Dunmore well?"),
        ("ROSALIND ACHTERBERG", "I did, at four in the morning. A second analyst confirmed it at nine."),
        ("Q (MR. PEREIRA)", "A lot of people have asked about that delay. Was it usual?"),
        ("ROSALIND ACHTERBERG", "No. A reading like that goes out the same day."),
        ("Q (MS. ODUYA)", "You were alone on the night shift?"),
        ("ROSALIND ACHTERBERG", "Yes."),
    ]


def test_subtitle_cues_are_joined_into_turns_without_their_numbers_and_timings(tmp_path):
    searcher = searcher_over(tmp_path / "corpus", {"derby-preview.srt.txt": _SUBTITLES})
    passages = searcher.index.passages
    assert not [p.text for p in passages if "-->" in p.text or re.search(r"(?m)^\d+$", p.text)]
    hit = searcher.ask("what did the scan show, fracture near the heel bone?", k=1).hits[0].passage
    assert hit.text == "The scan showed a small fracture near the heel bone, so she misses the derby and both cup ties."
    assert (hit.speaker, hit.context) == ("MARTA OYELARAN", "Coach, how is your captain's ankle?")
    speakers = [(p.speaker, p.text) for p in passages]
    assert speakers[0] == (None, "[APPLAUSE]")
    assert (None, "Welcome back to the Riverside derby preview show.") in speakers
    assert ("INTERVIEWER", "Who wears the armband on Sunday?") in speakers
    assert ("MARTA OYELARAN", "Our goalkeeper, Ines Varga.") in speakers
    assert searcher.index.sources[0].title == "derby-preview"


def test_a_webvtt_export_reads_its_voices_and_takes_its_title_and_day_from_the_file_name(tmp_path):
    index = built_pages(tmp_path / "corpus", {"GMT20260505-180010_Recording.vtt.txt": _WEBVTT})
    turns = [(p.speaker, p.text) for p in index.passages]
    assert turns == [
        ("Dana Whitcombe", "Thanks for joining. The library roof repair is the only item today. "
                           "The builders start on 11 May, and the reading room shuts for three weeks."),
        ("Omar Castell", "Will the children's corner stay open?"),
        ("Dana Whitcombe", "It moves to the community hall until the end of May."),
    ]
    assert (index.sources[0].title, index.sources[0].date) == ("GMT20260505-180010_Recording", date(2026, 5, 5))


def test_numbered_lists_years_and_scattered_numbers_at_line_starts_are_left_as_they_are(tmp_path):
    plan = "Council budget: what changes\n\n" + "".join(
        f"{n} {item}\n" for n, item in enumerate(
            ["Bus passes rise to 40 pounds.", "Library hours grow on Sundays.", "Parks get two new wardens.",
             "Street lights switch to LED.", "The pool reopens in spring.", "Recycling goes weekly."], 1)
    )
    years = (
        "A short history of the pier\n\n"
        "1898 The pier opens with a bandstand.\n1921 A storm takes the end of the pier.\n"
        "1987 The pier is listed.\n2024 Repairs begin with lottery money.\n"
    )
    ordered = "Checklist for polling staff\n\n" + "".join(f"{n}. Step {n} of the count is checked twice.\n"
                                                           for n in range(1, 15))
    briefing = (
        "MS LINDQVIST: Good afternoon.\n"
        "QUESTION: How many buses?\n"
        "MS LINDQVIST: 12 buses will run from Monday, and\n"
        "14 more from June.\n"
        "QUESTION: And trams?\n"
        "MS LINDQVIST: 2027 at the earliest.\n"
    )
    items = "Twelve walks near the bay\n\n" + "".join(f"{n} The walk from pier {n} to the lighthouse.\n\n"
                                                       for n in range(1, 13))
    pages = {"plan.txt": plan, "pier.txt": years, "count.txt": ordered, "briefing.txt": briefing, "walks.txt": items}
    titles, texts = by_document(built_pages(tmp_path / "corpus", pages))
    assert texts["plan.txt"] and all(re.match(r"[1-6] ", text) for text in texts["plan.txt"]), texts["plan.txt"]
    assert "1898 The pier opens with a bandstand." in "\n".join(texts["pier.txt"])
    assert all(re.match(r"\d+\. Step", text) for text in texts["count.txt"]), texts["count.txt"]
    assert "12 buses will run from Monday, and\n14 more from June." in texts["briefing.txt"]
    assert titles["plan.txt"][0] == "Council budget: what changes"
    assert texts["walks.txt"] == [f"{n} The walk from pier {n} to the lighthouse." for n in range(1, 13)]


def test_rolling_captions_and_cues_with_no_blank_lines_are_quoted_once_each(tmp_path):
    rolling = (
        "WEBVTT\n\n00:00:00.400 --> 00:00:02.500 align:start position:0%\n"
        "the<00:00:00.800><c> ferry</c><00:00:01.100><c> returns</c>\n\n"
        "00:00:02.500 --> 00:00:04.000 align:start position:0%\nthe ferry returns\n"
        "on<00:00:02.900><c> the</c><00:00:03.200><c> first</c><00:00:03.700><c> of June</c>\n\n"
        "00:00:04.000 --> 00:00:06.000 align:start position:0%\non the first of June\nafter the winter refit.\n"
    )
    packed = "00:00:01,000 --> 00:00:02,000\nYes.\n00:00:02,500 --> 00:00:04,000\nYes.\n" \
        "00:00:04,500 --> 00:00:06,000\nThe bridge reopens\non Friday.\n"  # a word said twice stays twice
    _, texts = by_document(built_pages(tmp_path / "corpus", {"ferry.vtt.txt": rolling, "bridge.srt.txt": packed}))
    assert texts["ferry.vtt.txt"] == ["the ferry returns on the first of June after the winter refit."]
    assert texts["bridge.srt.txt"] == ["Yes. Yes. The bridge reopens on Friday."]
