"""Who says an article's quotation, built into a real index: a sayer named before it (``Det Supt Jane Roe said:
"…"``), an abbreviated title, a role before the name (``the chief constable, Ann Bell, said``), and a quotation
running over several paragraphs; beside each, a look-alike that names nobody, or two, and stays without a speaker."""

from tests.conftest import built_pages


def _spoken(tmp_path, text: str) -> dict[str, str | None]:
    """Each passage's text with its speaker."""
    index = built_pages(tmp_path / "corpus", {"story.txt": text})
    return {p.text: p.speaker for p in index.passages}


_HEAD = (
    "Harbour bridge shut after lorry strikes rail\nMay 4, 2027\n\n"
    "A lorry hit the rail of the harbour bridge on Friday.\n\n"
)


def test_a_sayer_named_before_the_quotation_says_it(tmp_path):
    spoken = _spoken(tmp_path, _HEAD + (
        'Det Supt Jane Roe said: "We are asking anyone who saw the lorry to call us."\n\n'
        'Said the mayor, Tom Li: "The bridge will open again on Monday."\n\n'
        'Det. Insp. Ann Bell told reporters: "Two people were hurt, neither badly."\n\n'
        'Police spokesman Oren Vale said: "The driver is helping us."\n'
    ))
    assert spoken['Det Supt Jane Roe said: "We are asking anyone who saw the lorry to call us."'] == (
        "Det Supt Jane Roe")
    assert spoken['Said the mayor, Tom Li: "The bridge will open again on Monday."'] == "Tom Li"
    assert spoken['Det. Insp. Ann Bell told reporters: "Two people were hurt, neither badly."'] == (
        "Det. Insp. Ann Bell")
    assert spoken['Police spokesman Oren Vale said: "The driver is helping us."'] == "Oren Vale"


def test_a_quotation_introduced_by_nobody_named_or_by_two_stays_without_a_sayer(tmp_path):
    spoken = _spoken(tmp_path, _HEAD + (
        'The minister said: "We will pay for the repairs."\n\n'
        'Officials said: "The bridge is safe."\n\n'
        'Ann Bell said the bridge was "unsafe for now".\n\n'
        'Ann Bell said: "It is unsafe." The council disagreed on Monday.\n\n'
        'Jane Roe and Tom Li said: "We agree on the repairs."\n\n'
        'Supporters of Ann Bell said: "She did her job."\n\n'
        'Kell Bay\'s mayor, Jon Hale, said: "Start the work now."\n\n'
        'On Friday Ann Bell said: "The rail will hold."\n\n'
        'In Kelby Tom Li told reporters: "We will rebuild it."\n'
    ))
    assert set(spoken.values()) == {None}
    assert 'Officials said: "The bridge is safe."' in spoken


def test_a_quotation_closed_by_two_sayers_is_neither_ones(tmp_path):
    spoken = _spoken(tmp_path, _HEAD + '"We agree," Jane Roe and Tom Li said.\n\n"We agree," Jane Roe said.\n')
    assert spoken['"We agree," Jane Roe and Tom Li said.'] is None
    assert spoken['"We agree," Jane Roe said.'] == "Jane Roe"


def test_a_role_before_the_sayers_name_leaves_the_name(tmp_path):
    spoken = _spoken(tmp_path, _HEAD + (
        '"The rail held," said the chief constable, Ann Bell.\n\n'
        '"We will look again at the speed limit," the chief constable, Ann Bell, said.\n\n'
        '"Nobody was killed," police spokesman Oren Vale said.\n\n'
        '"The army can help," said Lt. Gen. Maud Farrow.\n\n'
        '"We will review the rail," said Cllr Tom Li.\n'
    ))
    assert spoken['"The rail held," said the chief constable, Ann Bell.'] == "Ann Bell"
    assert spoken['"We will look again at the speed limit," the chief constable, Ann Bell, said.'] == "Ann Bell"
    assert spoken['"Nobody was killed," police spokesman Oren Vale said.'] == "Oren Vale"
    assert spoken['"The army can help," said Lt. Gen. Maud Farrow.'] == "Lt. Gen. Maud Farrow"
    assert spoken['"We will review the rail," said Cllr Tom Li.'] == "Cllr Tom Li"


def test_a_quotation_over_several_paragraphs_keeps_its_sayer_on_each(tmp_path):
    spoken = _spoken(tmp_path, _HEAD + (
        '"We will rebuild the rail," said Det Supt Jane Roe. "It will take a year.\n\n'
        '"The money is there, and the work starts in June.\n\n'
        '"Nobody should drive over it until then."\n\n'
        "The council met on Monday to plan the repairs.\n\n"
        'Ch Supt Ann Bell said: "The lorry was going too fast.\n\n'
        '"Its driver was not hurt."\n'
    ))
    for paragraph in ('"We will rebuild the rail," said Det Supt Jane Roe. "It will take a year.',
                      '"The money is there, and the work starts in June.', '"Nobody should drive over it until then."'):
        assert spoken[paragraph] == "Det Supt Jane Roe", paragraph
    assert spoken['"Its driver was not hurt."'] == "Ch Supt Ann Bell"
    assert spoken["The council met on Monday to plan the repairs."] is None


def test_a_closed_quotation_does_not_give_its_sayer_to_the_next_one(tmp_path):
    spoken = _spoken(tmp_path, _HEAD + (
        '"We will rebuild the rail," said Jane Roe.\n\n'
        '"The money is there, and the work starts in June."\n\n'
        "The council met on Monday.\n\n"
        '"It is a shame," Tom Li said. "We use it every day."\n'
    ))
    assert spoken['"The money is there, and the work starts in June."'] is None
    assert spoken['"It is a shame," Tom Li said. "We use it every day."'] == "Tom Li"


def test_a_quotation_left_open_then_another_sayers_gives_neither_its_sayer_onward(tmp_path):
    spoken = _spoken(tmp_path, _HEAD + (
        '"It will take a year," said Jane Roe. "Maybe more.\n\n'
        '"It is a shame," Tom Li said. "We use it every day."\n\n'
        '"Not before June," said Jane Roe. "The steel is late.\n\n'
        '"And the money?\n\n'
        '"It is there," Tom Li said.\n'
    ))
    assert spoken['"It will take a year," said Jane Roe. "Maybe more.'] == "Jane Roe"
    assert spoken['"It is a shame," Tom Li said. "We use it every day."'] == "Tom Li"
    assert spoken['"And the money?'] is None, "two sayers named along the quotation: neither"


def test_a_quotation_in_single_curly_marks_over_several_paragraphs_keeps_its_sayer(tmp_path):
    spoken = _spoken(tmp_path, _HEAD + (
        "\u2018We won\u2019t reopen it yet,\u2019 said Det Supt Jane Roe. \u2018It will take a year.\n\n"
        "\u2018The money isn\u2019t there until June.\n\n"
        "\u2018Nobody should drive over it.\u2019\n\n"
        "\u2018It is a shame,\u2019 a resident said.\n"
    ))
    assert spoken["\u2018The money isn\u2019t there until June."] == "Det Supt Jane Roe"
    assert spoken["\u2018Nobody should drive over it.\u2019"] == "Det Supt Jane Roe"
    assert spoken["\u2018It is a shame,\u2019 a resident said."] is None
