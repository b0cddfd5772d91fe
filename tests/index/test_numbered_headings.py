"""A record numbered in the margin whose line in capitals heads a witness's evidence (``EVIDENCE OF DR ANN BELL``):
a heading naming the witness, not a speaker nor anyone's words; built into a real index."""

from tests.conftest import built_pages


def _record(heading: str) -> str:
    """An inquiry's day numbered in the margin, ``heading`` (lines) standing before the witness's questioning."""
    lines = [
        "THE CHAIR: Good morning. We turn to the harbour", "master's evidence.", *heading.split("\n"),
        "Q. Dr Ostrova, when was the pump last", "serviced?", "A. On 14 August, by the contractor. The next",
        "service was booked for February.", "Q. Was the fault reported in writing?",
        "A. Yes, the evidence of the fault was in the log", "on 3 September.", "Q. The engineer came on",
        "19 November, eleven weeks later?", "A. That is right.", "Q. Did anyone chase it?",
        "A. I did, twice, by telephone.", "Q. And the porter?", "A. He logged it again in October.",
        "THE CHAIR: Thank you. We will rise there.", "(10.42 am)",
    ]
    numbered = "\n".join(f"{n} {line}" for n, line in enumerate(lines, 1))
    return f"Harbour Fire Inquiry\nSitting 3 - Wednesday 4 February 2026\n\n{numbered}\n"


def _spoken(tmp_path, text: str) -> dict[str, str | None]:
    index = built_pages(tmp_path / "corpus", {"day3.txt": text})
    return {p.text: p.speaker for p in index.passages}


def test_a_heading_naming_the_witness_is_no_speaker_and_no_words(tmp_path):
    sworn = _spoken(tmp_path / "sworn", _record(
        "EVIDENCE OF DR IRINA OSTROVA\nhaving been sworn, was examined as follows:\nQuestions by MR VOSS"))
    headed = _spoken(tmp_path / "headed", _record("EVIDENCE OF DR IRINA OSTROVA\nQuestions by MR VOSS"))
    for spoken in (sworn, headed):
        assert spoken["On 14 August, by the contractor. The next service was booked for February."] == (
            "DR IRINA OSTROVA")
        assert spoken["That is right."] == "DR IRINA OSTROVA"
        assert spoken["Good morning. We turn to the harbour master's evidence."] == "THE CHAIR", "no heading in it"
        assert not any("EVIDENCE OF" in text or "sworn" in text for text in spoken)


def test_a_witness_sworn_under_their_name_and_words_about_evidence_stay_as_they_were(tmp_path):
    spoken = _spoken(tmp_path, _record(
        "DR IRINA OSTROVA\nhaving been sworn, was examined as follows:\nQuestions by MR VOSS"))
    assert spoken["That is right."] == "DR IRINA OSTROVA"
    assert spoken["Yes, the evidence of the fault was in the log on 3 September."] == "DR IRINA OSTROVA"
    assert spoken["Dr Ostrova, when was the pump last serviced?"] == "Q (MR VOSS)"
