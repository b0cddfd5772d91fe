"""Tables, lists and subheadings become passages a reporter can quote and find: a table's row read with its header
row, a page's list item with the line leading into it, a bulletin's summary lines each a fact; subheadings head the
passages under them. Look-alikes (a table laying out a page, prose with wide spaces, a text's bullets, a sentence
in capitals) read as before."""

from operator import attrgetter

from tests.conftest import built_pages, by_document, searcher_over

_FLOOD_PAGE = """<html><head><title>Valley flood toll rises</title></head><body><article>
<h1>Valley flood toll rises</h1>
<p>The regional emergency office gave new figures on Tuesday for the districts hit by the floods.</p>
<h2>Casualties</h2>
<table>
<thead><tr><th>Region</th><th>Deaths</th><th>Injured</th></tr></thead>
<tbody>
<tr><td>North</td><td>12</td><td>40</td></tr>
<tr><td>South</td><td>3</td><td>9</td></tr>
<tr><td>Lakeside</td><td>0</td><td>2</td></tr>
</tbody></table>
<h3>Relief</h3>
<p>The district council agreed to:</p>
<ul><li>open two shelters in the school halls;</li><li>send water lorries to the southern villages.</li></ul>
<p>Volunteers are asked to register at the town hall.</p>
</article></body></html>
"""

_LAYOUT_PAGE = """<html><head><title>Ferry service resumes</title></head><body>
<table><tr><td><p>Menu</p></td><td>
<h1>Ferry service resumes</h1>
<p>The island ferry sailed again on Friday after two weeks of repairs to its ramp.</p>
<p>The operator said crossings would run every hour until the summer timetable starts.</p>
</td></tr>
<tr><td><p>Contact</p></td><td><p>Tickets are sold on board and at the harbour kiosk.</p></td></tr></table>
</body></html>
"""


def test_a_pages_table_row_is_a_passage_read_with_its_header_row(tmp_path):
    """Each row of a table of figures is a passage of its own, its cells' words under the header row's, so that a
    question naming a row and a column finds it; a heading over the table is its section."""
    index = built_pages(tmp_path / "corpus", {"flood.html": _FLOOD_PAGE})
    _, passages = by_document(index, attrgetter("text", "section"))
    assert ("Region | Deaths | Injured\nNorth | 12 | 40", "Casualties") in passages["flood.html"]
    assert ("Region | Deaths | Injured\nSouth | 3 | 9", "Casualties") in passages["flood.html"]
    assert not any(text in ("North", "Deaths", "12") for text, _ in passages["flood.html"])
    searcher = searcher_over(tmp_path / "again", {"flood.html": _FLOOD_PAGE})
    assert searcher.ask("north deaths", k=1).hits[0].passage.text.endswith("North | 12 | 40")


def test_a_pages_list_item_is_read_with_the_line_leading_into_it(tmp_path):
    index = built_pages(tmp_path / "corpus", {"flood.html": _FLOOD_PAGE})
    _, passages = by_document(index, attrgetter("text", "section"))
    lead = "The district council agreed to:"
    assert (f"{lead}\nopen two shelters in the school halls;", "Relief") in passages["flood.html"]
    assert (
        "The district council agreed to:\nsend water lorries to the southern villages.", "Relief"
    ) in passages["flood.html"]
    assert ("Volunteers are asked to register at the town hall.", "Relief") in passages["flood.html"]
    assert passages["flood.html"][0] == (
        "The regional emergency office gave new figures on Tuesday for the districts hit by the floods.", None
    )


def test_a_table_laying_out_a_page_is_read_as_its_paragraphs(tmp_path):
    index = built_pages(tmp_path / "corpus", {"ferry.html": _LAYOUT_PAGE})
    _, passages = by_document(index)
    assert "The island ferry sailed again on Friday after two weeks of repairs to its ramp." in passages["ferry.html"]
    assert "Tickets are sold on board and at the harbour kiosk." in passages["ferry.html"]
    assert not any(" | " in text for text in passages["ferry.html"])


_BUDGET_TEXT = """Harbour district budget agreed

The district council set its budget for the coming year on Monday night after a long debate.

SEA DEFENCES

Most of the new money goes to the sea wall, whose gates are forty years old.

Spending by ward, in pounds:

Ward          Staff     Budget
Quayside         12       2.1m
Old Town          7       0.9m
Hillcrest        15       3.4m

The council also agreed to:
- raise parking fees in the old town by ten percent;
- close the ferry office at the end of June
  and move its staff to the library.

Councillors who spoke against the plan said:  the fees would hurt shops.  They lost the vote.
The mayor said the budget was fair.  She thanked the staff.  Nobody asked her more.
"""


def test_a_tables_rows_set_out_in_columns_of_spaces_are_read_with_their_header(tmp_path):
    index = built_pages(tmp_path / "corpus", {"budget.txt": _BUDGET_TEXT})
    _, passages = by_document(index, attrgetter("text", "section"))
    header = "Ward          Staff     Budget"
    assert (f"{header}\nOld Town          7       0.9m", "SEA DEFENCES") in passages["budget.txt"]
    assert (f"{header}\nHillcrest        15       3.4m", "SEA DEFENCES") in passages["budget.txt"]
    searcher = searcher_over(tmp_path / "again", {"budget.txt": _BUDGET_TEXT})
    assert searcher.ask("hillcrest budget", k=1).hits[0].passage.text.endswith("Hillcrest        15       3.4m")


def test_prose_with_wide_spaces_is_no_table(tmp_path):
    index = built_pages(tmp_path / "corpus", {"budget.txt": _BUDGET_TEXT})
    _, passages = by_document(index)
    assert passages["budget.txt"][-1] == (
        "Councillors who spoke against the plan said:  the fees would hurt shops.  They lost the vote.\n"
        "The mayor said the budget was fair.  She thanked the staff.  Nobody asked her more."
    )


def test_a_capitals_line_heads_the_passages_under_it(tmp_path):
    """``SEA DEFENCES`` alone over a paragraph is the section of the passages under it, no passage of its own; a
    text's bullets under a lead-in stay as they were (only a page's list is read item by item)."""
    index = built_pages(tmp_path / "corpus", {"budget.txt": _BUDGET_TEXT})
    _, passages = by_document(index, attrgetter("text", "section"))
    assert (
        "Most of the new money goes to the sea wall, whose gates are forty years old.", "SEA DEFENCES"
    ) in passages["budget.txt"]
    assert (
        "The district council set its budget for the coming year on Monday night after a long debate.", None
    ) in passages["budget.txt"]
    assert not any(text == "SEA DEFENCES" for text, _ in passages["budget.txt"])
    assert (
        "The council also agreed to:\n- raise parking fees in the old town by ten percent;\n"
        "- close the ferry office at the end of June\nand move its staff to the library.", "SEA DEFENCES"
    ) in passages["budget.txt"]


_NOTES_MD = """# Harbour notes

The harbour board met on 4 May 2027.

## Funding

The board asked the county for a larger grant.

| Item | Cost |
|------|-----:|
| Sea wall | 4.2m |
| Dredging | 0.8m |

Members raised two more points.
- the dredger is idle in winter
- the slipway needs a new winch
"""


def test_markdown_subheadings_tables_and_bullets(tmp_path):
    """``## Funding`` heads the passages under it; a Markdown table's rows are read with its header row; bullets
    stay items alone."""
    index = built_pages(tmp_path / "corpus", {"notes.md": _NOTES_MD})
    _, passages = by_document(index, attrgetter("text", "section"))
    assert passages["notes.md"] == [
        ("The harbour board met on 4 May 2027.", None),
        ("The board asked the county for a larger grant.", "Funding"),
        ("| Item | Cost |\n| Sea wall | 4.2m |", "Funding"),
        ("| Item | Cost |\n| Dredging | 0.8m |", "Funding"),
        ("Members raised two more points.", "Funding"),
        ("the dredger is idle in winter", "Funding"),
        ("the slipway needs a new winch", "Funding"),
    ]


_ADVISORY = """BULLETIN
Hurricane Petra Advisory Number 14
NWS National Hurricane Center Miami FL
1100 AM EDT Tue Sep 14 2027

...PETRA NEARS THE UPPER KEYS WITH STRONGER WINDS...


SUMMARY OF 1100 AM EDT...1500 UTC...INFORMATION
-----------------------------------------------
LOCATION...25.1N 80.3W
ABOUT 45 MI...75 KM SSW OF MIAMI FLORIDA
MAXIMUM SUSTAINED WINDS...85 MPH...140 KM/H
PRESENT MOVEMENT...NW OR 315 DEGREES AT 12 MPH...19 KM/H
MINIMUM CENTRAL PRESSURE...975 MB...28.79 INCHES


Top winds are close to 85 mph with stronger gusts.
"""


def test_an_advisorys_summary_lines_are_kept_each_a_fact(tmp_path):
    index = built_pages(tmp_path / "corpus", {"petra-14.txt": _ADVISORY})
    _, passages = by_document(index)
    for fact in ("LOCATION...25.1N 80.3W", "MAXIMUM SUSTAINED WINDS...85 MPH...140 KM/H",
                 "MINIMUM CENTRAL PRESSURE...975 MB...28.79 INCHES"):
        assert fact in passages["petra-14.txt"]
    assert "...PETRA NEARS THE UPPER KEYS WITH STRONGER WINDS..." in passages["petra-14.txt"]
    assert "Top winds are close to 85 mph with stronger gusts." in passages["petra-14.txt"]
    searcher = searcher_over(tmp_path / "again", {"petra-14.txt": _ADVISORY})
    assert searcher.ask("maximum sustained winds", k=1).hits[0].passage.text.startswith("MAXIMUM SUSTAINED WINDS")


_SHOUTED = """Flood warning lifted on the river

The river fell below the warning mark overnight, the agency said on Sunday.

ALL CLEAR GIVEN AT NOON.

Roads along the bank will reopen once the mud is cleared.
"""


def test_a_sentence_in_capitals_heads_no_section(tmp_path):
    """A line in capitals that ends with a stop is a sentence shouted, a passage of its own, and heads nothing."""
    index = built_pages(tmp_path / "corpus", {"river.txt": _SHOUTED})
    _, passages = by_document(index, attrgetter("text", "section"))
    assert passages["river.txt"] == [
        ("The river fell below the warning mark overnight, the agency said on Sunday.", None),
        ("ALL CLEAR GIVEN AT NOON.", None),
        ("Roads along the bank will reopen once the mud is cleared.", None),
    ]


_RUN_ON = """River levels fall

The river fell below the warning mark overnight, the agency said on Sunday.

FLOOD BARRIERS ON THE QUAY
were left in place by the council until the mud is cleared.

BRIDGE WORKS
The east bridge stays shut to lorries until Friday.
"""


def test_a_capitals_line_whose_sentence_goes_on_in_lower_case_heads_no_section(tmp_path):
    """A line in capitals over a line in lower case opens a sentence that goes on there: both stay passages' words,
    under no section; a capitals line over a capital letter still heads what follows."""
    index = built_pages(tmp_path / "corpus", {"river.txt": _RUN_ON})
    _, passages = by_document(index, attrgetter("text", "section"))
    assert passages["river.txt"][1:] == [
        ("FLOOD BARRIERS ON THE QUAY", None),
        ("were left in place by the council until the mud is cleared.", None),
        ("The east bridge stays shut to lorries until Friday.", "BRIDGE WORKS"),
    ]


_MOMENTS = """Coast quake: latest

The quake struck off the coast before dawn, the weather office said on Monday.

- 9h ago  Quake strikes off the coast
- 8h ago  Tsunami warning issued
- 2h ago  Warning lifted

Schools along the coast will stay shut until Wednesday.
"""


def test_a_list_with_wide_spaces_is_no_table(tmp_path):
    """Items whose times are set apart by two spaces line up like columns, but a list's marks make them no table."""
    _, passages = by_document(built_pages(tmp_path / "corpus", {"quake.txt": _MOMENTS}))
    assert passages["quake.txt"][1:4] == [
        "- 9h ago  Quake strikes off the coast", "- 8h ago  Tsunami warning issued", "- 2h ago  Warning lifted"
    ]


_DAYS_PAGE = """<html><head><title>Bridge works</title></head><body><article>
<h1>Bridge works</h1>
<p>The county began repairs to the old bridge this spring, its roads office said.</p>
<h2>Before 4 June 2026</h2>
<p>Lorries were turned back at both ends of the bridge.</p>
</article></body></html>
"""

_DAYS_MD = """# Bridge works

The county began repairs to the old bridge this spring, its roads office said.

## Before 4 June 2026

Lorries were turned back at both ends of the bridge.
"""


def test_a_subheading_writing_a_day_dates_nothing(tmp_path):
    """A subheading's day is no date of the paragraphs under it (a timeline's heading is no update's header)."""
    index = built_pages(tmp_path / "corpus", {"bridge.html": _DAYS_PAGE, "bridge.md": _DAYS_MD})
    _, passages = by_document(index, attrgetter("text", "date"))
    for name in ("bridge.html", "bridge.md"):
        assert ("Lorries were turned back at both ends of the bridge.", None) in passages[name]
