from datetime import date

from index.models import PassageKind
from tests.conftest import built_pages, searcher_over

_EXPORT = (
    "[04/05/2027, 08:10:00] Desk Lead Anna: Messages and calls are end-to-end encrypted. Nobody else can read them.\n"
    "[04/05/2027, 08:12:30] Desk Lead Anna: The mayor speaks at the tram depot at ten.\n"
    "[04/05/2027, 10:20:05] Piet (Radio 5): Mayor Vos: the new tram line opens in September, not in June.\n"
    "[04/05/2027, 10:21:40] Piet (Radio 5): <Media omitted>\n"
    "[13/05/2027, 07:55:13] Desk Lead Anna: Depot visit moved to Thursday\n"
    "and the council vote follows on Friday.\n"
    "[13/05/2027, 07:56:00] Piet (Radio 5): This message was deleted\n"
)


def test_a_chat_exports_messages_carry_their_author_and_day(tmp_path):
    searcher = searcher_over(tmp_path / "corpus", {"desk-chat.txt": _EXPORT})
    hit = searcher.ask("tram line opens September", k=1).hits[0]
    assert hit.passage.text == "Mayor Vos: the new tram line opens in September, not in June."
    assert (hit.passage.speaker, hit.passage.date, hit.passage.kind) == ("Piet (Radio 5)", date(2027, 5, 4), "turn")
    assert (hit.source.title, hit.source.date) == ("desk-chat", date(2027, 5, 4))
    moved = searcher.ask("depot visit moved council vote Friday", k=1).hits[0].passage
    assert moved.text == "Depot visit moved to Thursday\nand the council vote follows on Friday."
    assert (moved.speaker, moved.date) == ("Desk Lead Anna", date(2027, 5, 13))
    texts = [p.text for p in searcher.index.passages]
    assert not [t for t in texts if "omitted" in t or "deleted" in t or "encrypted" in t], texts


def test_a_chat_whose_day_order_cannot_be_told_gives_no_day(tmp_path):
    # A 24-hour clock beside a four-digit year proves nothing: 3 March/9 March and 3 April/3 September both run on.
    export = (
        "03/04/2026, 14:05 - Rosa Lind: The harbour committee meets at the ferry terminal today.\n"
        "03/04/2026, 14:07 - Tom Berg: Which room?\n"
        "03/09/2026, 09:10 - Rosa Lind: Monday the ninth, the dredging contract is signed in room four.\n"
    )
    searcher = searcher_over(tmp_path / "corpus", {"harbour.txt": export})
    hit = searcher.ask("dredging contract signed", k=1).hits[0]
    assert hit.passage.text == "Monday the ninth, the dredging contract is signed in room four."
    assert hit.passage.speaker == "Rosa Lind"
    assert (hit.passage.date, hit.source.date) == (None, None)


def _days_of(tmp_path, export: str) -> list[tuple[str | None, date | None]]:
    return [(p.speaker, p.date) for p in built_pages(tmp_path / "corpus", {"chat.txt": export}).passages]


def test_a_number_over_twelve_or_the_one_order_running_forward_tells_day_from_month(tmp_path):
    month_first = "3/4/26, 2:05 PM - Rosa Lind: Vote put off.\n3/4/26, 2:06 PM - Tom Berg: Why?\n" \
        "3/14/26, 9:10 AM - Rosa Lind: New vote today.\n"
    assert [day for _, day in _days_of(tmp_path / "a", month_first)] == [date(2026, 3, 4)] * 2 + [date(2026, 3, 14)]
    day_first = month_first.replace("3/4/26", "4/3/26").replace("3/14/26", "14/3/26")
    assert [day for _, day in _days_of(tmp_path / "b", day_first)] == [date(2026, 3, 4)] * 2 + [date(2026, 3, 14)]
    # 12/03 then 01/04: 12 March to 1 April runs on; 3 December to 4 January runs back.
    forward = month_first.replace("3/4/26", "12/03/26").replace("3/14/26", "01/04/26")
    assert [day for _, day in _days_of(tmp_path / "c", forward)] == [date(2026, 3, 12)] * 2 + [date(2026, 4, 1)]


def test_lines_whose_days_run_back_in_both_orders_are_no_chat(tmp_path):
    text = "14/05/2026, 09:30 - Rosa Lind: Ferry fares rise.\n02/05/2026, 10:15 - Tom Berg: Since when?\n" \
        "01/05/2026, 11:00 - Rosa Lind: Since the spring.\n"
    passages = built_pages(tmp_path / "corpus", {"notes.txt": text}).passages
    assert "\n".join(p.text for p in passages) == text.strip()
    assert {(p.speaker, p.date) for p in passages} == {(None, None)}


def test_a_live_blog_with_dated_update_lines_is_no_chat_and_keeps_every_line(tmp_path):
    text = (
        "14/05/2026, 09:30 - Update: The minister said the ferry bridge reopens next week.\n"
        "14/05/2026, 10:15 - Correction: An earlier entry gave the wrong repair bill.\n"
        "14/05/2026, 11:00 - The prime minister lands in Porto for talks on the bridge.\n"
        "14/05/2026, 11:30 - Update: Talks on the ferry bridge have begun.\n"
    )
    passages = built_pages(tmp_path / "corpus", {"blog.txt": text}).passages
    assert "\n".join(p.text for p in passages) == text.strip()
    assert {(p.speaker, p.date) for p in passages} == {(None, None)}


def test_a_chat_keeps_a_line_with_no_author_and_drops_only_the_apps_lines(tmp_path):
    text = (
        "12/03/2026, 08:00 - Messages and calls are end-to-end encrypted.\n"
        "12/03/2026, 08:01 - Rosa Lind created group \"Harbour desk\"\n"
        "12/03/2026, 09:34 - Rosa Lind: The dredging vote is on Thursday.\n"
        "12/03/2026, 09:35 - Tom Berg: <Media omitted>\n"
        "12/03/2026, 09:36 - Tom Berg: Noted.\n"
        "13/03/2026, 07:50 - The dredging vote was moved to Friday by the clerk.\n"
        "13/03/2026, 08:00 - Rosa Lind: Moved to Friday.\n"
    )
    got = [(p.text, p.speaker, p.date) for p in built_pages(tmp_path / "corpus", {"desk.txt": text}).passages]
    assert got == [
        ("The dredging vote is on Thursday.", "Rosa Lind", date(2026, 3, 12)),
        ("Noted.", "Tom Berg", date(2026, 3, 12)),
        ("The dredging vote was moved to Friday by the clerk.", None, date(2026, 3, 13)),
        ("Moved to Friday.", "Rosa Lind", date(2026, 3, 13)),
    ]


def test_an_ios_export_with_direction_marks_is_read_as_a_chat(tmp_path):
    text = (
        "\u200e[13/03/2026, 09:00:01] Harbour desk: \u200eMessages and calls are end-to-end encrypted.\n"
        "[13/03/2026, 09:34:11] Rosa Lind: The dredging vote is on Thursday.\n"
        "\u200e[13/03/2026, 09:35:02] Rosa Lind: \u200eimage omitted\n"
        "[13/03/2026, 09:36:40] Tom Berg: Noted.\n"
    )
    index = built_pages(tmp_path / "corpus", {"ios.txt": text})
    got = [(p.text, p.speaker, p.date) for p in index.passages]
    assert got == [
        ("The dredging vote is on Thursday.", "Rosa Lind", date(2026, 3, 13)),
        ("Noted.", "Tom Berg", date(2026, 3, 13)),
    ]
    assert index.sources[0].title == "ios"


def test_a_message_goes_on_across_blank_and_list_lines(tmp_path):
    text = (
        "13/03/2026, 09:34 - Rosa Lind: Minutes of today:\n"
        "1. Dredging vote moved to Thursday.\n"
        "2. Ferry fares frozen.\n"
        "\n"
        "The committee sits again at noon.\n"
        "13/03/2026, 09:40 - Tom Berg: Noted, thanks.\n"
        "13/03/2026, 09:41 - Rosa Lind: Agenda to follow.\n"
    )
    got = [(p.text, p.speaker, p.date) for p in built_pages(tmp_path / "corpus", {"minutes.txt": text}).passages]
    assert got[0] == (
        "Minutes of today:\n1. Dredging vote moved to Thursday.\n2. Ferry fares frozen.\n\n"
        "The committee sits again at noon.",
        "Rosa Lind",
        date(2026, 3, 13),
    )
    assert [speaker for _, speaker, _ in got[1:]] == ["Tom Berg", "Rosa Lind"]


def test_a_chat_with_a_front_matter_title_skips_the_apps_placeholders(tmp_path):
    text = (
        "---\ntitle: Harbour desk, March\n---\n"
        "[13/03/2026, 09:34:11] Rosa Lind: The dredging vote is on Thursday.\n"
        "[13/03/2026, 09:35:02] Rosa Lind: <Media omitted>\n"
        "[13/03/2026, 09:35:40] Tom Berg: This message was deleted\n"
        "[13/03/2026, 09:36:40] Tom Berg: Noted.\n"
    )
    index = built_pages(tmp_path / "corpus", {"fm.txt": text})
    assert [(p.text, p.speaker) for p in index.passages] == [
        ("The dredging vote is on Thursday.", "Rosa Lind"), ("Noted.", "Tom Berg")
    ]
    assert index.sources[0].title == "Harbour desk, March"


def test_lines_with_a_date_and_a_label_are_no_chat_when_few(tmp_path):
    text = "Tram line schedule\n\n04/05/2027, 10:00 - Mayor Vos: the tram line opens in September.\n\nMore follows.\n"
    searcher = searcher_over(tmp_path / "corpus", {"note.txt": text})
    hit = searcher.ask("tram line opens September", k=1).hits[0]
    assert hit.passage.text == "04/05/2027, 10:00 - Mayor Vos: the tram line opens in September."
    assert (hit.passage.kind, hit.passage.speaker, hit.source.date) == (PassageKind.PARAGRAPH, None, None)


def test_a_chat_message_is_shown_as_its_authors_turn_of_its_day_not_as_a_tweet(tmp_path):
    from bot.render.answer_view import answer_view
    from bot.render.terminal import render_answer

    searcher = searcher_over(tmp_path / "corpus", {"desk-chat.txt": _EXPORT})
    answer = searcher.ask("tram line opens September", k=1)
    shown = answer_view(answer).passages[0]
    assert (shown.speaker, shown.date, shown.kind, shown.answering) == ("Piet (Radio 5)", "2027-05-04", None, None)
    text = render_answer(answer)
    assert "Piet (Radio 5), 2027-05-04" in text and "tweet" not in text
