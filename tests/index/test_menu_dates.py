"""A page pasted with its menu: a headline the menu dates (``Trending: … 12 January 2025``) dates neither the
page nor its passages, and the menu is no title; the date line under the title does."""

from tests.cli_runner import run_json
from tests.conftest import write

MENU = "Menu\nTrending: Election results 12 January 2025\n"
TURNS = "MS. IRIBE: The scanners were installed last week.\nQUESTION: When?\nMS. IRIBE: Last week, I said.\n"
STORY = "New scanners went into service at the port last week, the authority said.\n\nThey cost four million euros.\n"


def test_the_date_line_under_the_title_wins_over_a_menu_line_above_it(tmp_path):
    root = tmp_path / "corpus"
    write(root, "transcript.txt", MENU + "Remarks to the press on port security\nJuly 9, 2024\n\n" + TURNS)
    write(root, "article.txt", MENU + "Port security tightened at Keshet\nJuly 9, 2024\n\n" + STORY)
    write(
        root,
        "page.html",
        "<html><body><div><p>Menu</p><p>Trending: Election results 12 January 2025</p></div>"
        "<div><h1>Remarks to the press on port security</h1><p>July 9, 2024</p>"
        + "".join(f"<p>{line}</p>" for line in TURNS.replace("scanners", "cameras").splitlines())
        + "</div></body></html>",
    )
    # Must not change: a date line above the title, with none under it, still dates the text.
    write(root, "dated-above.txt", "Published 3 May 2024\nPort fees rise\n\nHarbour fees go up by a tenth from June.\n")
    report = run_json("index", "update", "--corpus", "corpus", "--json", cwd=tmp_path)
    dates = {doc["path"]: doc["date"] for doc in report["documents"]}
    assert dates == {
        "transcript.txt": "2024-07-09", "article.txt": "2024-07-09", "page.html": "2024-07-09",
        "dated-above.txt": "2024-05-03",
    }
    found = run_json("ask", "scanners", "--corpus", "corpus", "--json", "--k", "5", cwd=tmp_path)
    passages = {passage["source_path"]: passage for passage in found["passages"]}
    assert passages["article.txt"]["title"] == "Port security tightened at Keshet"
    assert passages["transcript.txt"]["title"] == "Remarks to the press on port security"
    assert {passages[path]["date"] for path in ("article.txt", "transcript.txt")} == {"2024-07-09"}
    assert "2024-07" in passages["article.txt"]["dates"]  # "last week", counted from the page's own day


def test_a_menu_line_never_dates_a_page_and_a_date_line_comes_from_the_top_not_the_body(tmp_path):
    root = tmp_path / "corpus"
    # No date line of its own: the file name's day, in a text and in a web page alike.
    write(root, "2024-07-09-keshet.txt", MENU + "Port security tightened at Keshet\n\n" + STORY)
    write(
        root,
        "2024-07-09-keshet.html",
        "<html><body><div><p>Menu</p><p>Trending: Election results 12 January 2025</p></div>"
        "<div><h1>Cameras at the port of Keshet</h1>"
        + "".join(f"<p>{line}</p>" for line in STORY.replace("scanners", "cameras").split("\n\n"))
        + "</div></body></html>",
    )
    # The date above the title dates the page; the date-only lines of the timeline under it do not.
    write(
        root,
        "timeline.txt",
        "12 May 2024\nTimeline of the port dispute\n\n3 March 2024\n\nTalks between the union and the port began."
        "\n\n9 April 2024\n\nThe strike started.\n",
    )
    # Must not change: a header line known as chrome that gives the page's own day still dates it.
    write(root, "released.txt", "Released on 4 May 2024\nDock fees fall\n\nDock fees go down by a fifth from July.\n")
    report = run_json("index", "update", "--corpus", "corpus", "--json", cwd=tmp_path)
    dates = {doc["path"]: (doc["date"], doc["date_source"]) for doc in report["documents"]}
    assert dates == {
        "2024-07-09-keshet.txt": ("2024-07-09", "file name"),
        "2024-07-09-keshet.html": ("2024-07-09", "file name"),
        "timeline.txt": ("2024-05-12", "text header"),
        "released.txt": ("2024-05-04", "text header"),
    }
    found = run_json("ask", "scanners", "--corpus", "corpus", "--json", "--k", "5", cwd=tmp_path)
    passage = next(passage for passage in found["passages"] if passage["source_path"].endswith(".txt"))
    assert passage["date"] == "2024-07-09" and "2024-07" in passage["dates"]  # "last week" from the page's day


MENU_LINES = (
    "• Trending: Election results 12 January 2025",
    "Home > Trending: Election results 12 January 2025",
    "News | Latest: Election results 12 January 2025",
    "Breaking: Election results 12 January 2025",
    "Most shared: Election results 12 January 2025",
    "- Popular: Election results 12 January 2025",
    "Up next: Election results 12 January 2025",
)


def test_a_menu_line_behind_a_bullet_or_a_breadcrumb_or_of_another_kind_dates_no_page(tmp_path):
    root = tmp_path / "corpus"
    for number, menu in enumerate(MENU_LINES):
        article = f"Menu\n{menu}\nPort security tightened at Keshet\nJuly 9, 2024\n\n{STORY}"
        write(root, f"a{number}.txt", article.replace("\n", "\r\n"))
        write(root, f"t{number}.txt", f"Menu\n{menu}\nRemarks to the press on port security\nJuly 9, 2024\n\n{TURNS}")
    # A menu word no list knows: the date line under the title still wins over the headline above it.
    unknown = "Spotlight: Election results 12 January 2025"
    write(root, "spotlight.txt", f"Menu\n{unknown}\nRemarks to the press on port security\nJuly 9, 2024\n\n{TURNS}")
    write(
        root,
        "spotlight.html",
        f"<html><body><div><p>Menu</p><p>{unknown}</p></div><div><h1>Remarks to the press on port security</h1>"
        "<p>July 9, 2024</p>" + "".join(f"<p>{line}</p>" for line in TURNS.splitlines()) + "</div></body></html>",
    )
    # Must not change: a line of the page's own news that opens with such a word, under the title, dates it.
    write(root, "own.txt", "Port fees rise\nLatest figures, 3 May 2024\n\nHarbour fees go up by a tenth from June.\n")
    report = run_json("index", "update", "--corpus", "corpus", "--json", cwd=tmp_path)
    dates = {doc["path"]: doc["date"] for doc in report["documents"]}
    assert dates.pop("own.txt") == "2024-05-03"
    assert dates == dict.fromkeys(dates, "2024-07-09") and len(dates) == 2 * len(MENU_LINES) + 2
    found = run_json("ask", "scanners", "--corpus", "corpus", "--json", "--k", "40", cwd=tmp_path)
    titles = {passage["title"] for passage in found["passages"]}
    assert titles == {"Port security tightened at Keshet", "Remarks to the press on port security"}


PASTED = (
    "Menu\nSearch\nSign in\n12 January 2025 · Election results live\nWorld | Politics | Business\n"
    "Ferry fares cut\n{dateline}\nThe island council cut the ferry fares on Thursday.\n"
    "Families will save about €{saving} a crossing.\nShare this article\n"
    "Related: Ferry timetable changed 2 February 2025\nCookie settings | Privacy\n"
)


def test_a_pasted_page_takes_its_title_under_the_menu_its_date_under_the_title_and_drops_its_footer(tmp_path):
    root = tmp_path / "corpus"
    write(root, "published.txt", PASTED.format(dateline="Published 7 June 2024", saving=6))
    write(root, "plain.txt", PASTED.format(dateline="June 7, 2024", saving=7))
    write(root, "ticker-first.txt", PASTED.format(dateline="Published 7 June 2024", saving=8).split("Sign in\n")[1])
    write(root, "news.txt", "Skip to main content\nHome\nNews\nFerry fares cut\nJune 7, 2024\n\nFerry fares fell.\n")
    # Must not change: a ticker line with no date line under the title still dates the page; a last line that
    # is the article's own sentence, although it names cookies, stays a passage.
    ticker_only = "12 January 2025 · Ferry fares cut\nThe council cut fares.\n\nBakers sold cookies.\n"
    write(root, "ticker-only.txt", ticker_only)
    report = run_json("index", "update", "--corpus", "corpus", "--json", cwd=tmp_path)
    dates = {doc["path"]: doc["date"] for doc in report["documents"]}
    assert dates.pop("ticker-only.txt") == "2025-01-12"
    assert dates == dict.fromkeys(dates, "2024-06-07") and len(dates) == 4
    found = run_json("ask", "ferry fares cut", "--corpus", "corpus", "--json", "--k", "40", cwd=tmp_path)
    titles = {copy["source_path"]: copy["title"] for hit in found["passages"] for copy in (hit, *hit["also_in"])}
    assert {titles[path] for path in dates} == {"Ferry fares cut"}
    assert titles["ticker-only.txt"] == "12 January 2025 · Ferry fares cut"
    found = run_json("ask", "cookie settings privacy share article", "--corpus", "corpus", "--json", cwd=tmp_path)
    assert [passage["text"] for passage in found["passages"]] == ["Bakers sold cookies."]
