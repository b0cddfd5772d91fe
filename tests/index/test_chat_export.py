from datetime import date

from index.builder import build_index
from index.models import PassageKind
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

_EXPORT = (
    "[04/05/2027, 08:10:00] Desk Lead Anna: Messages and calls are end-to-end encrypted. Nobody else can read them.\n"
    "[04/05/2027, 08:12:30] Desk Lead Anna: The mayor speaks at the tram depot at ten.\n"
    "[04/05/2027, 10:20:05] Piet (Radio 5): Mayor Vos: the new tram line opens in September, not in June.\n"
    "[04/05/2027, 10:21:40] Piet (Radio 5): <Media omitted>\n"
    "[05/05/2027, 07:55:13] Desk Lead Anna: Depot visit moved to Thursday\n"
    "and the council vote follows on Friday.\n"
    "[05/05/2027, 07:56:00] Piet (Radio 5): This message was deleted\n"
)


def _index(tmp_path, files: dict[str, str]) -> Searcher:
    corpus = tmp_path / "corpus"
    for name, text in files.items():
        write(corpus, name, text)
    build_index(corpus, tmp_path / "index")
    return Searcher(load_index(tmp_path / "index"))


def test_a_chat_exports_messages_carry_their_author_and_day(tmp_path):
    searcher = _index(tmp_path, {"desk-chat.txt": _EXPORT})
    hit = searcher.ask("tram line opens September", k=1).hits[0]
    assert hit.passage.text == "Mayor Vos: the new tram line opens in September, not in June."
    assert (hit.passage.speaker, hit.passage.date, hit.passage.kind) == ("Piet (Radio 5)", date(2027, 5, 4), "tweet")
    assert (hit.source.title, hit.source.date) == ("desk-chat", date(2027, 5, 4))
    moved = searcher.ask("depot visit moved council vote Friday", k=1).hits[0].passage
    assert moved.text == "Depot visit moved to Thursday\nand the council vote follows on Friday."
    assert (moved.speaker, moved.date) == ("Desk Lead Anna", date(2027, 5, 5))
    texts = [p.text for p in load_index(tmp_path / "index").passages]
    assert not [t for t in texts if "omitted" in t or "deleted" in t or "encrypted" in t], texts


def test_a_chat_whose_day_order_cannot_be_told_gives_no_day(tmp_path):
    export = "\n".join(line.replace("/2027, ", "/27, ").replace(":00]", ":00 AM]") for line in _EXPORT.splitlines())
    export = export.replace(":30]", ":30 AM]").replace(":05]", ":05 AM]").replace(":40]", ":40 AM]")
    searcher = _index(tmp_path, {"chat.txt": export.replace(":13]", ":13 AM]")})
    hit = searcher.ask("tram line opens September", k=1).hits[0]
    assert hit.passage.speaker == "Piet (Radio 5)"
    assert (hit.passage.date, hit.source.date) == (None, None), "4/5/27 at 10:20 AM: April or May"


def test_lines_with_a_date_and_a_label_are_no_chat_when_few(tmp_path):
    text = "Tram line schedule\n\n04/05/2027, 10:00 - Mayor Vos: the tram line opens in September.\n\nMore follows.\n"
    searcher = _index(tmp_path, {"note.txt": text})
    hit = searcher.ask("tram line opens September", k=1).hits[0]
    assert hit.passage.text == "04/05/2027, 10:00 - Mayor Vos: the tram line opens in September."
    assert (hit.passage.kind, hit.passage.speaker, hit.source.date) == (PassageKind.PARAGRAPH, None, None)
