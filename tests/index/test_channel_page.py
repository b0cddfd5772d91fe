from index.builder import build_index
from index.store import load_index
from tests.conftest import write

_CHANNEL = (
    "Riverside Transit Alerts\n8,310 subscribers\n\nMarch 9\n\n"
    "Line 4 trams are suspended between the bridge and the depot after a cable fault.\n1.2K views 07:45\n\n"
    "Transit director Mira Holt: \"Crews expect to restore power before the evening rush.\"\n"
    "2.6K views edited 08:30\n\nMarch 10\n\n"
    "Line 4 runs again on its normal timetable from this morning.\n915 views 06:05\n"
)


def test_a_channels_view_and_subscriber_counts_are_no_passages(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "channel.txt", _CHANNEL)
    write(corpus, "story.txt", "Clip of the tram fault spreads\n\nThe clip had 40K views by noon.\n\n40K views\n")
    build_index(corpus, tmp_path / "index")
    index = load_index(tmp_path / "index")
    texts = {index.sources[p.doc].path: [] for p in index.passages}
    for passage in index.passages:
        texts[index.sources[passage.doc].path].append(passage.text)
    assert texts["channel.txt"] == [
        "Line 4 trams are suspended between the bridge and the depot after a cable fault.",
        "Transit director Mira Holt: \"Crews expect to restore power before the evening rush.\"",
        "Line 4 runs again on its normal timetable from this morning.",
    ]
    assert "The clip had 40K views by noon." in texts["story.txt"], "a sentence with a count stays"
