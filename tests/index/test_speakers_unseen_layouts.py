"""Speaker labels as sites the readers were not built on write them, built into a real index: each turn goes to
the one who speaks it, and words that are no label (a dateline, a note, an answer's mark) name nobody."""

from tests.conftest import built_pages, searcher_over


def _spoken(tmp_path, text: str, name: str = "page.txt") -> dict[str, tuple[str | None, str | None]]:
    """Each passage's text with its speaker and the question it answers."""
    index = built_pages(tmp_path / "corpus", {name: text})
    return {p.text: (p.speaker, p.context) for p in index.passages}


def test_a_reporter_labelled_with_a_slash_and_outlet_asks_and_the_official_answers(tmp_path):
    spoken = _spoken(tmp_path, (
        "PRESS BRIEFING OF UNDERSECRETARY LINA ROSALES\nApril 2, 2027\n\n"
        "USEC. ROSALES: Good morning. The ferry to Batan resumes on Monday after the storm repairs.\n\n"
        "USEC. ROSALES: Let us take questions. First, Maria Lopez of Radyo Uno.\n\n"
        "MARIA LOPEZ/RADYO UNO: Good morning, Usec. Will the fares go up after the repairs?\n\n"
        "USEC. ROSALES: No. The fares stay where they are until the end of the year.\n\n"
        "BEN CRUZ/NEWS FIVE: Follow-up, Usec. Who pays for the repairs then?\n\n"
        "USEC. ROSALES: The national budget covers them, as the law allows.\n"
    ))
    assert spoken["Good morning, Usec. Will the fares go up after the repairs?"][0] == "MARIA LOPEZ/RADYO UNO"
    answer = spoken["No. The fares stay where they are until the end of the year."]
    assert answer == ("USEC. ROSALES", "Good morning, Usec. Will the fares go up after the repairs?")
    assert spoken["Follow-up, Usec. Who pays for the repairs then?"][0] == "BEN CRUZ/NEWS FIVE"
    assert spoken["Let us take questions. First, Maria Lopez of Radyo Uno."][0] == "USEC. ROSALES"
    central_bank = _spoken(tmp_path / "bank", (
        "Press conference\nMarch 6, 2027\n\n"
        "Ivo Stark, Governor of the Central Bank: Good afternoon. We kept the rate at four percent.\n\n"
        "Lena Moss, Harbour Radio: Will you cut the rate in May?\n\n"
        "Stark: We will see the figures first.\n\n"
        "Lena Moss, Harbour Radio: And if inflation falls?\n\n"
        "Stark: Then a cut becomes likely.\n"
    ))
    assert central_bank["We will see the figures first."] == ("Stark", "Will you cut the rate in May?")
    call = _spoken(tmp_path / "call", (
        "Results call\nMarch 7, 2027\n\n"
        "MODERATOR: Welcome to the call. Our first speaker is the chief executive.\n\n"
        "MARY LEE/CEO: We will keep the plant open through the winter and hire forty people.\n\n"
        "TOM RAY/CFO: The cost is covered by the reserve we set aside last year.\n\n"
        "MODERATOR: Thank you both.\n"
    ))
    assert call["Thank you both."] == ("MODERATOR", None), "an officer's role after a slash is no outlet"
    assert call["The cost is covered by the reserve we set aside last year."] == ("TOM RAY/CFO", None)


def test_a_name_with_a_role_in_brackets_or_in_mixed_case_after_a_comma_is_the_speaker(tmp_path):
    spoken = _spoken(tmp_path, (
        "Telebriefing: Update on the Heat Wave\nJune 3, 2027\n\n"
        "Please Note: This transcript has not been edited.\n\n"
        "Operator: Welcome. I will now turn the call over to Ms. Ada Brook.\n\n"
        "Ada Brook (Moderator): Thank you all for joining. Dr. Kim will open.\n\n"
        "Dr. Kim: Hospitals saw twice the usual heat cases this week. Please check on older neighbours.\n\n"
        "Ada Brook (Moderator): Thank you, Dr. Kim. That ends the call.\n"
    ), "call.txt")
    assert spoken["Thank you all for joining. Dr. Kim will open."][0] == "Ada Brook (Moderator)"
    assert spoken["Thank you, Dr. Kim. That ends the call."][0] == "Ada Brook (Moderator)"
    assert spoken["Please Note: This transcript has not been edited."][0] is None, "a note's label is no name"
    spoken = _spoken(tmp_path / "tv", (
        "River towns weigh a move uphill\nMarch 10, 2027\n\n"
        "NORA PAGE: The water is gone, but the question it left behind is not.\n\n"
        "OWEN FIELD, Resident of Lower Brayton: This is the third time. I am not doing it again.\n\n"
        "NORA PAGE: The county has offered to buy out the lowest homes.\n\n"
        "IDA MARSH, Brayton Volunteer Fire Department: Who pays for the fire truck then?\n"
    ))
    assert spoken["This is the third time. I am not doing it again."][0] == "OWEN FIELD, Resident of Lower Brayton"
    assert spoken["Who pays for the fire truck then?"][0] == "IDA MARSH, Brayton Volunteer Fire Department"
    assert spoken["The county has offered to buy out the lowest homes."][0] == "NORA PAGE"


def test_a_statement_heading_gives_the_words_under_it_to_the_person_it_names(tmp_path):
    spoken = _spoken(tmp_path, (
        "Press Conference by Prime Minister Ren Okada\nJanuary 6, 2027\n\n"
        "CHIEF CABINET SPOKESPERSON (MODERATOR): We begin with a statement from the Prime Minister. Prime Minister.\n\n"
        "Opening Statement by Prime Minister Ren Okada\n\n"
        "Happy New Year. This year my Cabinet will take on wages first.\n\n"
        "Second, we will rebuild the coast the storms damaged.\n\n"
        "Questions and Answers\n\n"
        "REPORTER: Will you set a wage target?\n\n"
        "PRIME MINISTER OKADA: No. That is for employers and unions to agree.\n\n"
        "REPORTER: Will you dissolve the House this year?\n\n"
        "PRIME MINISTER OKADA: I am not thinking about that at all.\n"
    ))
    assert spoken["Happy New Year. This year my Cabinet will take on wages first.\n\n"
                  "Second, we will rebuild the coast the storms damaged."][0] == "Ren Okada"  # as the header names him
    moderator = "We begin with a statement from the Prime Minister. Prime Minister."
    assert spoken[moderator][0] == "CHIEF CABINET SPOKESPERSON (MODERATOR)"


def test_a_heading_naming_nobody_the_text_labels_gives_no_speaker(tmp_path):
    spoken = _spoken(tmp_path, (
        "Council meeting\nMay 4, 2027\n\n"
        "MAYOR HOLT: We open with the budget.\n\n"
        "COUNCILLOR PIKE: I move that we adopt it.\n\n"
        "Statement by Councillor Vera Dunn\n\n"
        "The budget leaves the north side without a library.\n\n"
        "MAYOR HOLT: Thank you. We vote next week.\n"
    ))
    assert spoken["I move that we adopt it.\n\nStatement by Councillor Vera Dunn\n\n"
                  "The budget leaves the north side without a library."][0] == "COUNCILLOR PIKE"


def test_a_dateline_in_capitals_and_a_note_label_name_nobody_in_an_article(tmp_path):
    spoken = _spoken(tmp_path, (
        "Government expects a normal monsoon\nMarch 17, 2027\n\n"
        "NEW DELHI: The Centre on Tuesday said wheat stocks were comfortable ahead of the harvest.\n\n"
        "The farm minister told reporters there were no plans to restrict exports.\n\n"
        "Stocks in the central pool stood at 17 million tonnes on March 1, above the buffer norm.\n\n"
        "The weather office will publish its first forecast next month.\n\n"
        "Shipping: Ports on the west coast reopened on Monday after the storm.\n\n"
        "COL. ARJUN RAO: The army has moved three columns to the flooded districts.\n"
    ))
    dateline = "NEW DELHI: The Centre on Tuesday said wheat stocks were comfortable ahead of the harvest."
    assert spoken[dateline][0] is None
    assert spoken["Shipping: Ports on the west coast reopened on Monday after the storm."][0] is None
    assert spoken["The army has moved three columns to the flooded districts."][0] == "COL. ARJUN RAO"
    other = _spoken(tmp_path / "other", (
        "Senate passes the farm bill\nMarch 18, 2027\n\n"
        "WASHINGTON, D.C.: The Senate passed the farm bill on Wednesday by a wide margin.\n\n"
        "The bill now goes to the House, where its fate is less certain.\n\n"
        "Leaders there said they would take it up after the recess.\n"
    ))
    assert all(speaker is None for speaker, _ in other.values())


def test_an_interviews_answer_mark_names_nobody_but_answers_the_question(tmp_path):
    spoken = _spoken(tmp_path, (
        "Interview: the farm minister on rice prices\nMarch 20, 2027\n\n"
        "The minister spoke to us in Tokyo.\n\n"
        "Q: Why have prices not come down?\n\n"
        "A: They have, but slowly. The rice has to pass through wholesalers first.\n\n"
        "Q: Will there be another release?\n\n"
        "A: If prices rise again, yes.\n"
    ))
    assert spoken["If prices rise again, yes."] == (None, "Will there be another release?")
    assert spoken["Will there be another release?"][0] == "Q"
    assert all(speaker != "A" for speaker, _ in spoken.values())


def test_a_dateline_in_capitals_closed_by_a_full_stop_names_nobody(tmp_path):
    spoken = _spoken(tmp_path, (
        "City digest\nMarch 5, 2027\n\n"
        "NEW YORK. The mayor said on Wednesday that the subway fare would stay the same.\n\n"
        "LOS ANGELES. Firefighters held a brush fire in the hills above the city.\n\n"
        "NEW YORK. Police closed two bridges for an hour after a water main broke.\n\n"
        "LOS ANGELES. The port had its busiest February on record.\n"
    ))
    assert "NEW YORK. Police closed two bridges for an hour after a water main broke." in spoken
    assert all(speaker is None for speaker, _ in spoken.values())


def test_a_name_with_a_particle_in_lower_case_is_a_label_where_it_speaks_twice(tmp_path):
    spoken = _spoken(tmp_path, (
        "Press conference on the budget rules\nMay 5, 2027\n\n"
        "Maria van der Berg: Good morning. The rules change on Monday.\n\n"
        "Question: Will the deficit limit change too?\n\n"
        "Maria van der Berg: No. The limit stays where it is.\n"
    ))
    assert spoken["No. The limit stays where it is."] == ("Maria van der Berg", "Will the deficit limit change too?")


def test_captions_give_each_turn_to_the_name_over_its_time(tmp_path):
    page = (
        "Video Library\nSenate Farm Committee Hearing on Seed Prices\n"
        "Officials testified on seed prices.\nMARCH 9, 2027\nShare\nPeople in this video\nRoss Hale\nChair\n"
        "Hide Transcript\n"
        "Ross Hale\n10:02:14\nTHE COMMITTEE WILL COME TO ORDER. WHEN WILL THE AID GO OUT?\n"
        "Ruth Amsel\n10:03:02\nTHANK YOU, MR. CHAIRMAN. THE FIRST PAYMENTS GO OUT IN APRIL.\n"
        "Ross Hale\n10:03:40\nWHY NOT SOONER?\n"
        "Ruth Amsel\n10:03:49\nWE NEED THE COUNTY OFFICES TO CHECK EACH CLAIM.\n"
    )
    spoken = {text.split("\n")[-1]: speaker for text, (speaker, _) in _spoken(tmp_path, page).items()}
    assert spoken["THANK YOU, MR. CHAIRMAN. THE FIRST PAYMENTS GO OUT IN APRIL."] == "Ruth Amsel"
    assert spoken["WHY NOT SOONER?"] == "Ross Hale"
    # In mixed case (a podcast app's transcript too), where the reader leaves the time lines out.
    lower = "\n".join(line if line.startswith("Ross") or line.startswith("Ruth") else line.capitalize()
                      for line in page.split("\n"))
    mixed = {text.split("\n")[-1]: speaker for text, (speaker, _) in _spoken(tmp_path / "mixed", lower).items()}
    assert mixed["Why not sooner?"] == "Ross Hale"
    assert mixed["Thank you, mr. chairman. the first payments go out in april."] == "Ruth Amsel"
    assert "Ross Hale" not in mixed, "a name over a time is a label, no passage"
    # Times that run backwards are a live page's stamps, not captions: nobody speaks.
    stamps = page.replace("10:03:40", "09:03:40")
    assert all(speaker is None for speaker, _ in _spoken(tmp_path / "stamps", stamps).values())


def test_a_list_under_a_speaker_whose_surname_a_heading_shares_stays_in_her_turn(tmp_path):
    spoken = _spoken(tmp_path, (
        "Press briefing on library hours\nMay 4, 2027\n\n"
        "MS. HALL: Good morning. Three sites change their hours next week.\n\n"
        "Town Hall: Open on Saturdays from nine to one.\n\n"
        "Kell Library: Open until eight on Thursdays.\n\n"
        "Town Hall: Closed on the bank holiday.\n\n"
        "QUESTION: Why close on the holiday?\n\n"
        "MS. HALL: Because the staff asked for it.\n"
    ))
    assert [speaker for speaker, _ in spoken.values()] == ["MS. HALL", "QUESTION", "MS. HALL"]
    assert "Kell Library: Open until eight on Thursdays." in next(iter(spoken))


def test_a_live_pages_places_with_the_days_times_are_no_speakers_but_a_recordings_names_are(tmp_path):
    live = (
        "Live: strikes in the east\nMarch 3, 2027\n\n"
        "Kyiv (09:05): Air raid sirens sounded across the capital.\n\n"
        "Kharkiv (09:40): Two people were hurt when a drone hit a warehouse.\n\n"
        "Kyiv (10:15): The all-clear was given after an hour.\n"
    )
    assert all(speaker is None for speaker, _ in _spoken(tmp_path, live).values())
    recording = (
        "Town hall on the budget\nMarch 3, 2027\n\n"
        "Ana Reyes (00:05): Welcome, everyone. We start with the roads.\n\n"
        "Tom Hale (00:40): The roads budget goes up by a tenth.\n\n"
        "Ana Reyes (01:15): Thank you. Now the parks.\n"
    )
    spoken = _spoken(tmp_path / "recording", recording)
    assert spoken["The roads budget goes up by a tenth."][0] == "Tom Hale"


def test_a_spokesman_calling_on_a_reporter_by_name_is_a_turn_of_his(tmp_path):
    spoken = _spoken(tmp_path, (
        "Press Briefing\nMarch 12, 2027\n\n"
        "KIRBY: Good afternoon. The exercise in the Baltic ends on Friday.\n\n"
        "KIRBY: Jennifer Griffin\n\n"
        "Q: Will the ships stay in the region after Friday?\n\n"
        "KIRBY: Two of them will stay until April.\n"
    ))
    assert spoken["Good afternoon. The exercise in the Baltic ends on Friday."][0] == "KIRBY"
    assert spoken["Jennifer Griffin"][0] == "KIRBY"


def test_a_members_photo_caption_and_name_over_her_words_give_them_to_her(tmp_path):
    spoken = _spoken(tmp_path, (
        "Parliament debates\n\nWednesday, 10 March 2027\n\nOral Questions\n\nFerry Delays\n\n"
        "Photo of Aoife BrennanAoife Brennan (Clare North, Green Party)\n\n"
        "Link to this: Individually | In context\n\n"
        "12. To ask the Minister for Transport why the island ferry ran late all winter.\n\n"
        "Photo of Liam CostelloLiam Costello (Mayo East, Labour)\n\n"
        "Link to this: Individually | In context\n\n"
        "Two of the three boats were in dry dock. Both are back in service since Monday.\n\n"
        "Photo of Aoife BrennanAoife Brennan (Clare North, Green Party)\n\n"
        "Link to this: Individually | In context\n\n"
        "Will the Minister publish the timetable for the summer?\n\n"
        "Photo of Liam CostelloLiam Costello (Mayo East, Labour)\n\n"
        "Link to this: Individually | In context\n\n"
        "Yes, by the end of the month.\n\n"
        "Photo of the harbour at dawn (Ferry Company)\n"
    ))
    said = {text.split("\n")[-1]: speaker for text, (speaker, _) in spoken.items()}
    assert said["Two of the three boats were in dry dock. Both are back in service since Monday."] == "Liam Costello"
    assert said["Will the Minister publish the timetable for the summer?"] == "Aoife Brennan"
    assert not any(speaker and "harbour" in speaker for speaker in said.values())


def test_a_topic_of_one_word_twice_under_a_moderator_proves_no_topic_a_speaker(tmp_path):
    spoken = _spoken(tmp_path, (
        "Port briefing\nMay 4, 2027\n\n"
        "MODERATOR: Good morning. Three updates today.\n\n"
        "Shipping: The port reopens on Monday.\n\n"
        "Safety: Crews will check the cranes first.\n\n"
        "Shipping: Ferries run to the old timetable.\n\n"
        "QUESTION: When do the cranes restart?\n\n"
        "MODERATOR: On Tuesday.\n"
    ))
    assert [speaker for speaker, _ in spoken.values()] == ["MODERATOR", "QUESTION", "MODERATOR"]


def test_a_question_by_a_reporter_named_with_an_outlet_is_found_through_its_answer(tmp_path):
    searcher = searcher_over(tmp_path / "corpus", {"bank.txt": (
        "Press conference\nMarch 6, 2027\n\n"
        "Ivo Stark, Governor of the Central Bank: Good afternoon. The savings bank is under administration.\n\n"
        "Lena Moss, Harbour Radio: Will taxpayers pay to rescue the savings bank?\n\n"
        "Stark: That is for the finance ministry to decide, not for us.\n\n"
        "Lena Moss, Harbour Radio: Do you think a rescue is needed?\n\n"
        "Stark: Depositors are protected either way.\n"
    )})
    top = searcher.ask("will taxpayers pay to rescue the savings bank", k=1).hits[0].passage
    assert (top.speaker, top.context) == ("Stark", "Will taxpayers pay to rescue the savings bank?")


def test_a_parliaments_record_gives_a_numbered_member_and_a_role_named_alone_their_words(tmp_path):
    spoken = _spoken(tmp_path, (
        "Official Report\nMeeting of the Parliament 12 November 2027\n\nEngagements\n\n"
        "1. Ailsa Brodie (Lothian) (Con)\n\n"
        "To ask the First Minister what engagements he has planned for the rest of the day.\n\n"
        "The First Minister (Fergus Dunn)\n\n"
        "Engagements to take forward the Government's programme.\n\n"
        "Ailsa Brodie\n\n"
        "The island ferry was due back on 1 October and has not sailed since. When will it sail?\n\n"
        "The First Minister\n\n"
        "The operator has told me that it will sail next week.\n"
    ))
    said = {text.split("\n")[-1]: speaker for text, (speaker, _) in spoken.items()}
    assert said["To ask the First Minister what engagements he has planned for the rest of the day."] == "Ailsa Brodie"
    assert said["The island ferry was due back on 1 October and has not sailed since. When will it sail?"] == (
        "Ailsa Brodie")
    assert said["The operator has told me that it will sail next week."] == "The First Minister (Fergus Dunn)"


def test_numbered_reporters_a_particle_a_question_number_and_spaced_q_and_a_are_labels(tmp_path):
    spoken = _spoken(tmp_path, (
        "Storm update\nNovember 9, 2027\n\n"
        "Mayor Jo Ellis (00:01):\nGood afternoon. Pickup starts Monday.\n\n"
        "Reporter 1 (02:03):\nMayor, when will the debris pickup start?\n\n"
        "Mayor Jo Ellis (02:07):\nOn Monday, November 16.\n"
    ))
    assert spoken["Mayor, when will the debris pickup start?"][0] == "Reporter 1"
    assert spoken["On Monday, November 16."] == ("Mayor Jo Ellis", "Mayor, when will the debris pickup start?")
    senedd = _spoken(tmp_path / "senedd", (
        "Plenary\n4 November 2027\n\n"
        "The Llywydd (Mair Ellis): The first question is from Rhys ap Dafydd.\n\n"
        "Rhys ap Dafydd: 1. What assessment has the First Minister made of the bus cuts? OQ61902\n\n"
        "The First Minister (Huw Price): We have spoken to the operator twice this week.\n\n"
        "Rhys ap Dafydd: Will the First Minister guarantee the early route?\n"
    ))
    assert senedd["1. What assessment has the First Minister made of the bus cuts? OQ61902"][0] == "Rhys ap Dafydd"
    qa = _spoken(tmp_path / "qa", (
        "Regular Press Briefing by the Spokesperson\nNovember 19, 2027\n\n"
        "Presenter (Lena Quill): Thank you for coming in. What came out of the meeting?\n\n"
        "Lena Quill: Was there agreement on the rice reserve?\n\n"
        "Lena Quill: And on the fishing rules?\n\n"
        "Q : On the sailors, when will they be back?\n\n"
        "A : They arrive on Saturday.\n"
    ))
    assert qa["Thank you for coming in. What came out of the meeting?"][0] == "Presenter (Lena Quill)"
    assert qa["They arrive on Saturday."] == (None, "On the sailors, when will they be back?")
