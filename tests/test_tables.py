"""Listing tables: Markdown pipe tables whose rows are items."""
from pipeline.clean import clean_entries
from pipeline.extract import extract
from tests.conftest import records


def _items(text: str) -> list[dict]:
    entries, rejects = extract({"table.txt": text})
    assert rejects.empty, rejects.to_dict("records")
    return records(clean_entries(entries))


def test_columns_land_in_fields_by_their_header():
    """`Headline`, `Date`, `Venue`, `Type`, `Theme`, `Description` each give their field; a
    column of another name lands in the summary with its header, after the description."""
    got = _items("| Headline | Date | Venue | Type | Theme | Description | Language |\n"
                 "|---|---|---|---|---|---|---|\n"
                 "| Wages rise in Chile | 3 May 2024 | Santiago | Press release | Wages | Real wages rose 4 per cent. | Spanish |\n")
    assert [(g["line"], g["title"], str(g["published"]), g["place"], g["kind"], g["label"], g["summary"])
            for g in got] == [(3, "Wages rise in Chile", "2024-05-03", "Santiago", "Press release", "Wages",
                               "Real wages rose 4 per cent. Language: Spanish")]


def test_slashed_dates_are_read_when_the_column_shows_their_order():
    """`21/03/2024` shows the day comes first, so `08/03/2024` is 8 March; in a column of
    `03/04/2024` only, the order is unknown: the date stays in the summary, named."""
    day_first = _items("| Date | Title |\n| --- | --- |\n| 08/03/2024 | Women earn less |\n"
                       "| 21/03/2024 | Haiti: workers at risk |\n")
    assert [(g["title"], str(g["published"])) for g in day_first] == [
        ("Women earn less", "2024-03-08"), ("Haiti: workers at risk", "2024-03-21")]
    month_first = _items("| Date | Title |\n| --- | --- |\n| 03/08/2024 | Women earn less |\n"
                         "| 03/21/2024 | Haiti: workers at risk |\n")
    assert [str(g["published"]) for g in month_first] == ["2024-03-08", "2024-03-21"]
    unknown = _items("| Date | Title |\n| --- | --- |\n| 03/04/2024 | Women earn less |\n")
    assert [(g["published"], g["summary"]) for g in unknown] == [(None, "Date: 03/04/2024")]


def test_no_title_column_and_undated_rows():
    """With no `Title` column the first unnamed column is the title; an undated row's kind
    and place land in the summary, named; a row with more cells than the header keeps them."""
    got = _items("Reports\n\n| Report | Type | Location |\n|:--|:--|--:|\n"
                 "| World Employment Outlook | Flagship | Geneva |\n"
                 "| Wages brief | | | extra |\n")
    assert [(g["line"], g["title"], g["kind"], g["summary"], g["section"]) for g in got] == [
        (5, "World Employment Outlook", None, "Type: Flagship Location: Geneva", "Reports"),
        (6, "Wages brief", None, "extra", "Reports")]


def test_a_bar_of_links_is_no_table():
    """Without a delimiter row under it, a `|` line is no table's header."""
    entries, _ = extract({"bar.txt": "| Home | News | Contact |\n\nWages rise in Chile\n3 May 2024\n"})
    assert entries["title"].tolist() == ["Wages rise in Chile"]


def test_grid_tables_drawn_with_box_characters_or_plus_borders():
    """A grid table (elinks' box characters, or `+---+` and `|`) is a table: where rules part
    its rows, a row's cell runs over its lines (a lynx link number dropped, `Asia-` / `Pacific`
    joined); where only the header is ruled off, each line is a row, but for one whose first
    cell is empty: it goes on with the row above."""
    boxed = ("Events\n\n"
             "   ┌──────────────────┬──────────────────────────────┬──────────────┐\n"
             "   │Date              │Event                         │Venue         │\n"
             "   ├──────────────────┼──────────────────────────────┼──────────────┤\n"
             "   │10-12 June 2024   │[12]Regional meeting on labour│Santiago,     │\n"
             "   │                  │migration                     │Chile         │\n"
             "   ├──────────────────┼──────────────────────────────┼──────────────┤\n"
             "   │25 June 2024      │[13]Forum on decent work in   │Bangkok       │\n"
             "   │                  │Asia-                         │              │\n"
             "   │                  │Pacific                       │              │\n"
             "   └──────────────────┴──────────────────────────────┴──────────────┘\n\n"
             "More events\n")
    got = _items(boxed)
    assert [(g["line"], g["title"], str(g["published"]), str(g["published_end"]), g["place"], g["section"])
            for g in got] == [
        (6, "Regional meeting on labour migration", "2024-06-10", "2024-06-12", "Santiago, Chile", "Events"),
        (9, "Forum on decent work in Asia-Pacific", "2024-06-25", "None", "Bangkok", "Events")]
    ascii_grid = ("+-------------+------------------------------+\n"
                  "| Date        | Title                        |\n"
                  "+=============+==============================+\n"
                  "| 3 May 2024  | Wages rise in Chile          |\n"
                  "| 6 May 2024  | Haiti: workers at risk in    |\n"
                  "|             | the garment sector           |\n"
                  "+-------------+------------------------------+\n"
                  "+41 22 799 6111\n")
    assert [(g["line"], g["title"], str(g["published"])) for g in _items(ascii_grid)] == [
        (4, "Wages rise in Chile", "2024-05-03"), (5, "Haiti: workers at risk in the garment sector", "2024-05-06")]


def test_a_polars_print_parts_cells_by_dashed_bars_and_types_its_columns():
    """polars prints a DataFrame as a grid whose cells `┆` parts, the header ruled off by
    `╞═╪═╡`: each column's name over `---` and its type (the types are no names), and `null`
    for no value. A row's wrapped cells go on over lines whose first cell is empty."""
    got = _items("shape: (3, 3)\n"
                 "┌────────────┬──────────────────────────────┬────────────────┐\n"
                 "│ date       ┆ title                        ┆ location       │\n"
                 "│ ---        ┆ ---                          ┆ ---            │\n"
                 "│ date       ┆ str                          ┆ str            │\n"
                 "╞════════════╪══════════════════════════════╪════════════════╡\n"
                 "│ 2024-06-03 ┆ Jordan widens maternity      ┆ Amman, Jordan  │\n"
                 "│            ┆ insurance to 150,000 workers ┆                │\n"
                 "│ 2024-05-29 ┆ Heat rules for kiln workers  ┆ null           │\n"
                 "│ 2024-05-21 ┆ Forum on fair recruitment    ┆ Doha, Qatar    │\n"
                 "└────────────┴──────────────────────────────┴────────────────┘\n")
    assert [(g["line"], g["title"], str(g["published"]), g["place"], g["summary"]) for g in got] == [
        (7, "Jordan widens maternity insurance to 150,000 workers", "2024-06-03", "Amman, Jordan", None),
        (9, "Heat rules for kiln workers", "2024-05-29", None, None),
        (10, "Forum on fair recruitment", "2024-05-21", "Doha, Qatar", None)]


def test_a_table_pasted_with_tabs():
    """A table copied from a browser parts its cells with tabs: a header row where two cells
    or more name a column makes it a table, and an empty first cell keeps its place. Tabs
    in lines that name no columns (a Word outline's `1.1<TAB>Title`) make no table."""
    got = _items("Press releases\n\nDate\tTitle\tType\tLocation\n"
                 "16 May 2024\tGhana launches a plan to end child labour\tPress release\tAccra, Ghana\n"
                 "\tCall for research on platform work\tAnnouncement\t\n"
                 "Showing 1 to 2 of 2 entries\n")
    assert [(g["line"], g["title"], str(g["published"]), g["kind"], g["place"], g["section"], g["summary"])
            for g in got] == [
        (4, "Ghana launches a plan to end child labour", "2024-05-16", "Press release", "Accra, Ghana",
         "Press releases", None),
        (5, "Call for research on platform work", "None", None, None, "Press releases", "Type: Announcement")]
    outline = _items("1.1\tWages rise in Chile\n1.2\tJobs report for Peru\n")
    assert [(g["title"], g["summary"]) for g in outline] == [("Wages rise in Chile", None), ("Jobs report for Peru", None)]


def test_a_spreadsheet_text_export_quotes_its_cells():
    """Excel's "Unicode Text" quotes a cell that holds quotes or a line break: the quotes
    are taken off, `""` is `"`, a line end inside the quotes is the cell's, and the rows
    below go on being read; a quote that is not a whole cell's stays text."""
    got = _items("Date\tType\tTitle\tTeaser\r\n"
                 '14/05/2024\tStatement\t"Saudi Arabia: ILO welcomes ""landmark"" labour law amendments"\t\r\n'
                 '13/05/2024\tFeature\tWomen in flower farms organize\t"Workers at 12 farms formed a union.\n'
                 'The ILO supported their first collective agreement."\r\n'
                 '28/04/2024\tStatement\tThe "Safe work" day: a statement\t\r\n')
    assert [(g["line"], g["title"], str(g["published"]), g["kind"], g["summary"]) for g in got] == [
        (2, 'Saudi Arabia: ILO welcomes "landmark" labour law amendments', "2024-05-14", "Statement", None),
        (3, "Women in flower farms organize", "2024-05-13", "Feature",
         "Workers at 12 farms formed a union. The ILO supported their first collective agreement."),
        (5, 'The "Safe work" day: a statement', "2024-04-28", "Statement", None)]
    # a quote opened and never closed is text, and the line's cells are read at its tabs
    got = _items('Date\tTitle\n16/05/2024\t"Decent work, now\n17/05/2024\tJobs report\n')
    assert [(g["title"], str(g["published"])) for g in got] == [
        ('"Decent work, now', "2024-05-16"), ("Jobs report", "2024-05-17")]


def test_a_table_set_in_columns_of_spaces():
    """A fixed-width table (a report's calendar, a text browser's table): a header row whose
    texts, two spaces or more apart, name two columns or more, its rule of dashes (or none),
    its rows up to a blank line; a line whose first column is empty goes on with the row
    above; each text lands in the column it starts in."""
    got = _items("Upcoming meetings\n\n"
                 "Date              Venue                     Title\n"
                 "----------------  ------------------------  ----------------------------\n"
                 "21-22 May 2024    Abidjan, Côte d'Ivoire    Subregional workshop on the\n"
                 "                                            Violence and Harassment Convention\n"
                 "27 May 2024       Online                    Webinar: Skills for the green transition\n"
                 "\nContact: abidjan@ilo.org\n")
    assert [(g["line"], g["title"], str(g["published"]), str(g["published_end"]), g["place"], g["section"])
            for g in got] == [
        (5, "Subregional workshop on the Violence and Harassment Convention", "2024-05-21", "2024-05-22",
         "Abidjan, Côte d'Ivoire", "Upcoming meetings"),
        (7, "Webinar: Skills for the green transition", "2024-05-27", "None", "Online", "Upcoming meetings")]
    # no rule: the header's texts mark the columns (`Press release` starts a column right
    # of `Type`, after a title two spaces short of it)
    got = _items("Date          Title                                    Type\n"
                 "3 May 2024    Jordan extends pensions to farm workers  Press release\n"
                 "10 May 2024   Wage growth slows in Asia                News\n")
    assert [(g["line"], g["title"], str(g["published"]), g["kind"]) for g in got] == [
        (2, "Jordan extends pensions to farm workers", "2024-05-03", "Press release"),
        (3, "Wage growth slows in Asia", "2024-05-10", "News")]
    # words set apart that name no columns make no table
    assert _items("Geneva      Switzerland\nILO News    3 May 2024\n") == []


def test_a_sqlplus_spool_parts_columns_by_one_space_and_rows_by_a_blank_line():
    """SQL*Plus parts its columns by one space, under a rule whose runs of dashes mark them,
    and writes a blank line after a row that wraps (its RECSEP): the rule parts a text where
    a word starts a column, and a row after one blank line goes on with the table. A page's
    header, repeated, starts a table of its own; `4 rows selected.` is no row."""
    got = _items("SQL> SELECT published, type, title, place FROM ilo_news ORDER BY published DESC;\n"
                 "\n"
                 "PUBLISHED   TYPE          TITLE                                PLACE\n"
                 "----------- ------------- ------------------------------------ --------------------\n"
                 "03-JUN-2024 Press release Pension reform extends coverage to   Amman, Jordan\n"
                 "                          150,000 domestic workers\n"
                 "\n"
                 "29-MAY-2024 News          Heat stress rules for kiln workers   Dhaka, Bangladesh\n"
                 "21-MAY-2024 Event         Forum on fair recruitment in the     Doha, Qatar\n"
                 "                          Gulf corridor\n"
                 "\n"
                 "\n"
                 "PUBLISHED   TYPE          TITLE                                PLACE\n"
                 "----------- ------------- ------------------------------------ --------------------\n"
                 "08-MAY-2024 Article       A new look at care work              Lima, Peru\n"
                 "\n"
                 "4 rows selected.\n")
    assert [(g["line"], g["title"], str(g["published"]), g["kind"], g["place"], g["summary"]) for g in got] == [
        (5, "Pension reform extends coverage to 150,000 domestic workers", "2024-06-03", "Press release",
         "Amman, Jordan", None),
        (8, "Heat stress rules for kiln workers", "2024-05-29", "News", "Dhaka, Bangladesh", None),
        (9, "Forum on fair recruitment in the Gulf corridor", "2024-05-21", "Event", "Doha, Qatar", None),
        (15, "A new look at care work", "2024-05-08", "Article", "Lima, Peru", None)]
    # a header one space from the next (`KIND TITLE`) is parted by the rule too
    got = _items("PUBLISHED  KIND TITLE                              PLACE\n"
                 "---------- ---- ---------------------------------- -------------\n"
                 "2024-05-29 News Heat stress rules for kiln workers Dhaka\n"
                 "2024-05-14 Blog What a living wage means in 2024   Geneva\n")
    assert [(g["title"], str(g["published"]), g["kind"], g["place"]) for g in got] == [
        ("Heat stress rules for kiln workers", "2024-05-29", "News", "Dhaka"),
        ("What a living wage means in 2024", "2024-05-14", "Blog", "Geneva")]
    # after a blank line, a line whose texts do not start at the columns is no row
    got = _items("Date          Title                                    Type\n"
                 "3 May 2024    Jordan extends pensions to farm workers  Press release\n"
                 "\n"
                 "Contact:  Amman office, amman@ilo.org\n")
    assert [(g["title"], g["kind"], g["summary"]) for g in got] == [
        ("Jordan extends pensions to farm workers", "Press release", None)]


def test_a_table_in_columns_with_no_header_row_a_calendars_agenda():
    """A calendar's agenda print (Google Calendar's, through `pdftotext -layout`) sets its
    events in columns with no header row: the day on the day's first row only, a time span,
    the title, and the place on the line under it. A row starts at a date or a time, the
    day carried down; a line under the title that carries it on (a wrap) joins it, the next
    is the place, and a sentence after it the summary."""
    got = _items("ILO Geneva – Events and meetings\n\n"
                 "Tue May 21, 2024    10am - 11:30am    Launch: Global Wage Report brief for Europe and\n"
                 "                                      Central Asia\n"
                 "                                      ILO Headquarters, Geneva, Switzerland\n"
                 "                    2:30pm - 4pm      Webinar: Extending social protection to platform workers\n"
                 "Wed May 22, 2024    9am - 5pm         Tripartite meeting of experts on the care economy\n"
                 "                                      Palais des Nations, Assembly Hall, Geneva, Switzerland\n"
                 "                                      Agenda and papers on the meeting page.\n")
    assert [(g["line"], g["title"], str(g["published"]), g["time"], g["place"], g["summary"], g["section"])
            for g in got] == [
        (3, "Launch: Global Wage Report brief for Europe and Central Asia", "2024-05-21", "10:00",
         "ILO Headquarters, Geneva, Switzerland", None, "ILO Geneva – Events and meetings"),
        (6, "Webinar: Extending social protection to platform workers", "2024-05-21", "14:30", None, None,
         "ILO Geneva – Events and meetings"),
        (7, "Tripartite meeting of experts on the care economy", "2024-05-22", "09:00",
         "Palais des Nations, Assembly Hall, Geneva, Switzerland", "Agenda and papers on the meeting page.",
         "ILO Geneva – Events and meetings")]
    # with no time column, each date starts a row; a column of kinds is the kind, and a line
    # of text at the left margin ends the table (the contact is the page's, no row's)
    got = _items("14 May 2024    Press release    Jordan extends social security to\n"
                 "                                150,000 farm workers\n"
                 "10 May 2024    News             Wage growth slows in Asia\n"
                 "Contact: amman@ilo.org\n")
    assert [(g["line"], g["title"], str(g["published"]), g["kind"], g["summary"]) for g in got] == [
        (1, "Jordan extends social security to 150,000 farm workers", "2024-05-14", "Press release", None),
        (3, "Wage growth slows in Asia", "2024-05-10", "News", None)]


def test_a_table_set_flush_right():
    """pandas' `to_string()` sets its header and cells flush right, one space apart where a
    column is as wide as its cells: a text goes to the column it ends in. The row numbers
    left of the header (its index) are no text, and `NaT`/`NaN` are empty cells. Three rows
    under a gutter they share are the table's, no two columns of text."""
    got = _items("   published   end_date           type                                      title"
                 "             location\n"
                 "0 2024-06-03 2024-06-14          Event      112th International Labour Conference"
                 "  Geneva, Switzerland\n"
                 "1 2024-05-29        NaT  Press release   Global unemployment to edge down in 2024"
                 "               Geneva\n"
                 "2 2024-04-22        NaT        Article  Heat at work: 2.4 billion workers exposed"
                 "                  NaN\n"
                 "3 2024-06-12        NaT          Event        World Day Against Child Labour 2024"
                 "                  NaN\n")
    assert [(g["line"], g["title"], str(g["published"]), str(g["published_end"]), g["kind"], g["place"],
             g["summary"]) for g in got] == [
        (2, "112th International Labour Conference", "2024-06-03", "2024-06-14", "Event", "Geneva, Switzerland",
         None),
        (3, "Global unemployment to edge down in 2024", "2024-05-29", "None", "Press release", "Geneva", None),
        (4, "Heat at work: 2.4 billion workers exposed", "2024-04-22", "None", "Article", None, None),
        (5, "World Day Against Child Labour 2024", "2024-06-12", "None", "Event", None, None)]
    # `index=False`: no row numbers, and a cell as wide as its column one space from the next
    got = _items(" published          type                                     title\n"
                 "2024-05-29 Press release  Global unemployment to edge down in 2024\n"
                 "2024-06-03         Event     112th International Labour Conference\n"
                 "2024-04-22       Article Heat at work: 2.4 billion workers exposed\n")
    assert [(g["line"], g["title"], str(g["published"]), g["kind"]) for g in got] == [
        (2, "Global unemployment to edge down in 2024", "2024-05-29", "Press release"),
        (3, "112th International Labour Conference", "2024-06-03", "Event"),
        (4, "Heat at work: 2.4 billion workers exposed", "2024-04-22", "Article")]


def test_a_csv_export():
    """A dump whose first line is a CSV header naming two columns or more is a table, read by
    CSV's rules: quoted cells with commas, doubled quotes, a line end inside quotes (the
    record's first line is where its item starts); `end_date` (`_` read as a space) gives
    the range's last day."""
    got = _items('\ufeffdate,end_date,type,title,location,topic,teaser\r\n'
                 '2024-05-13,,News,ILO and Morocco sign a new Decent Work Country Programme,"Rabat, Morocco",,'
                 '"The programme puts youth\nemployment first."\r\n'
                 '2024-05-07,,Article,"""We need data we can trust"": an interview",,Labour statistics,\r\n'
                 '2024-06-03,2024-06-14,Event,112th Session of the International Labour Conference,'
                 '"Geneva, Switzerland",International labour standards,\r\n')
    assert [(g["line"], g["title"], str(g["published"]), str(g["published_end"]), g["kind"], g["place"],
             g["label"], g["summary"]) for g in got] == [
        (2, "ILO and Morocco sign a new Decent Work Country Programme", "2024-05-13", "None", "News",
         "Rabat, Morocco", None, "The programme puts youth employment first."),
        (4, '"We need data we can trust": an interview', "2024-05-07", "None", "Article", None,
         "Labour statistics", None),
        (5, "112th Session of the International Labour Conference", "2024-06-03", "2024-06-14", "Event",
         "Geneva, Switzerland", "International labour standards", None)]


def test_a_csv_export_parted_by_semicolons():
    """A spreadsheet in a German or French locale parts a CSV's cells with `;`, the comma
    being its decimal mark: the separator is the one that parts the header's names, and a
    `;` or `,` inside a quoted cell is text. A comma-parted header's `;` is text too."""
    got = _items("Date;Until;Type;Headline;Venue;Description\r\n"
                 '14.05.2024;;Press release;ILO and Germany sign a partnership;Berlin, Germany;'
                 '"Skills recognition; it runs until 2027."\r\n'
                 "21.05.2024;23.05.2024;Event;Conference on social protection;Almaty, Kazakhstan;"
                 "A €14,5 million programme.\r\n")
    assert [(g["line"], g["title"], str(g["published"]), str(g["published_end"]), g["kind"], g["place"],
             g["summary"]) for g in got] == [
        (2, "ILO and Germany sign a partnership", "2024-05-14", "None", "Press release", "Berlin, Germany",
         "Skills recognition; it runs until 2027."),
        (3, "Conference on social protection", "2024-05-21", "2024-05-23", "Event", "Almaty, Kazakhstan",
         "A €14,5 million programme.")]
    comma = _items("date,title,notes; remarks\n2024-05-13,Wages rise in Chile,one; two\n")
    assert [(g["title"], g["summary"]) for g in comma] == [("Wages rise in Chile", "notes; remarks: one; two")]


def test_an_end_date_column_gives_the_last_day():
    """`End date` fills the range's last day; one before the start stays in the summary."""
    got = _items("| Date | End date | Title |\n|---|---|---|\n"
                 "| 21 May 2024 | 23 May 2024 | Regional forum on skills |\n"
                 "| 21 May 2024 | 20 May 2024 | Webinar on care work |\n")
    assert [(g["title"], str(g["published"]), str(g["published_end"]), g["summary"]) for g in got] == [
        ("Regional forum on skills", "2024-05-21", "2024-05-23", None),
        ("Webinar on care work", "2024-05-21", "None", "End date: 20 May 2024")]


def test_a_databases_records_of_field_lines():
    """A Lotus Notes export: each document a paragraph of `Name:  value` lines, form feeds
    between. The names give the fields as a table's header does (`Subject` the title, `Topic`
    the label, `Photo` the credit, `Body` the summary, with its second line); `03/05/2024` is
    read day first, as `14/05/2024` in the record above shows; a field no column names lands
    in the summary with its name."""
    got = _items("Subject:  ILO and the Philippines launch a roadmap for a just transition\n"
                 "Date:  14/05/2024\nLocation:  Manila, Philippines\nType:  Press release\n"
                 "Topic:  Green jobs\nPhoto:  © ILO/J. Aliling 2024\n"
                 "Body:  The roadmap sets out how workers in coal will be supported.\n"
                 "It covers transport too.\n\n\f\n"
                 "Subject:  Webinar: Skills recognition for returning migrant workers\n"
                 "Date:  03/05/2024\nTime:  14:00 (Asia/Bangkok)\nCategory:  Webinar\n"
                 "Audience:  Labour attachés\nBody:  Registration closes on 24 April.\n")
    assert [(g["line"], g["title"], str(g["published"]), g["time"], g["timezone"], g["place"], g["kind"],
             g["label"], g["credit"], g["summary"]) for g in got] == [
        (1, "ILO and the Philippines launch a roadmap for a just transition", "2024-05-14", None, None,
         "Manila, Philippines", "Press release", "Green jobs", "ILO/J. Aliling 2024",
         "The roadmap sets out how workers in coal will be supported. It covers transport too."),
        (11, "Webinar: Skills recognition for returning migrant workers", "2024-05-03", "14:00",
         "Asia/Bangkok", None, "Webinar", None, None,
         "Audience: Labour attachés Registration closes on 24 April.")]


def test_records_with_a_space_before_the_colon():
    """PowerShell's `Format-List` pads its names to one width before the colon (`title       :
    ...`), a wrapped value going on indented: field lines still (the dump gave nothing)."""
    got = _items("\r\n\r\ntitle       : Forced labour generates US$236 billion in illegal profits a year\r\n"
                 "pubDate     : Tue, 19 Mar 2024 09:00:00 GMT\r\ncategory    : Press release\r\n"
                 "description : Illegal profits from forced labour have increased by 37 per cent\r\n"
                 "              since 2014.\r\n\r\n"
                 "title       : Wages rise in Chile\r\npubDate     : Fri, 03 May 2024 10:00:00 GMT\r\n")
    assert [(g["line"], g["title"], str(g["published"]), g["time"], g["kind"], g["summary"]) for g in got] == [
        (3, "Forced labour generates US$236 billion in illegal profits a year", "2024-03-19", "09:00",
         "Press release", "Illegal profits from forced labour have increased by 37 per cent since 2014."),
        (9, "Wages rise in Chile", "2024-05-03", "10:00", None, None)]


def test_field_lines_that_are_no_record():
    """A paragraph of field lines is a record only when they name a title and a date that
    reads: an email's header is none (its `From:` names no date), nor is a contact block, nor
    a title over `Date:` and `Venue:` lines (the title is no field line)."""
    mail = _items("From:  ILO News <news@ilo.org>\nSubject:  Weekly digest\nDate:  7 June 2024\n\n"
                  "Care economy could create 280 million jobs\n7 June 2024\n")
    assert [(g["line"], g["title"]) for g in mail] == [(5, "Care economy could create 280 million jobs")]
    contact = _items("Name:  Ana Souza\nE-mail:  souza@ilo.org\n\nWages rise in Chile\n3 May 2024\n")
    assert [(g["line"], g["title"], g["summary"]) for g in contact] == [(4, "Wages rise in Chile", None)]
    event = _items("Regional forum on labour migration\nDate:  14 May 2024\nVenue:  Bangkok, Thailand\n")
    assert [(g["line"], g["title"], str(g["published"]), g["place"]) for g in event] == [
        (1, "Regional forum on labour migration", "2024-05-14", "Bangkok, Thailand")]


def test_text_after_the_date_in_its_cell_is_the_summarys():
    """A date cell's text after its date and dash (a dateline's lead) opens the summary, as
    under a date line outside tables: no cell's text is lost."""
    got = _items("| Date | Title | Notes |\n|---|---|---|\n"
                 "| Geneva, 3 May 2024 - launch of the report | ILO report out | In English |\n")
    assert [(g["title"], str(g["published"]), g["place"], g["summary"]) for g in got] == [
        ("ILO report out", "2024-05-03", "Geneva", "launch of the report Notes: In English")]


def test_a_psql_table_and_a_pipe_table_with_no_outer_pipes():
    """psql's aligned output: `|` parts the columns, `-----+-----` rules the header, a `+`
    at a cell's column end carries the cell on to the next line (`1.2 million` / `workers.`,
    and the title's `… vendors` / `in Lilongwe`; `65+` in a padded cell is text), and
    `(3 rows)` ends it. The query's first line names columns and has commas, but no CSV
    record follows it: it is no CSV header. Markdown's pipe table may drop its outer pipes."""
    got = _items("ilo_news=> SELECT published, type, title, location, summary FROM items LIMIT 3;\n"
                 " published  |   type   |              title               |    location    |        summary\n"
                 "------------+----------+----------------------------------+----------------+-----------------------\n"
                 " 2024-05-16 | News     | Nigeria validates injury scheme  | Abuja, Nigeria | It covers 1.2 million+\n"
                 "            |          |                                  |                | workers.\n"
                 " 2024-05-13 | Workshop | Pensions for workers aged 65+    | Nairobi, Kenya | \n"
                 " 2024-05-02 | Feature  | Malawi: cash for market vendors +|                | Six months.\n"
                 "            |          | in Lilongwe                      |                | \n"
                 "(3 rows)\n\nilo_news=> \\q\n")
    assert [(g["line"], g["title"], str(g["published"]), g["kind"], g["place"], g["summary"]) for g in got] == [
        (4, "Nigeria validates injury scheme", "2024-05-16", "News", "Abuja, Nigeria", "It covers 1.2 million workers."),
        (6, "Pensions for workers aged 65+", "2024-05-13", "Workshop", "Nairobi, Kenya", None),
        (7, "Malawi: cash for market vendors in Lilongwe", "2024-05-02", "Feature", None, "Six months.")]
    bare = _items("Date | Title | Venue\n--- | :--- | ---\n3 May 2024 | Wages rise in Chile | Santiago\n"
                  "10 May 2024 | Jobs up 5% |\n")
    assert [(g["line"], g["title"], str(g["published"]), g["place"]) for g in bare] == [
        (3, "Wages rise in Chile", "2024-05-03", "Santiago"), (4, "Jobs up 5%", "2024-05-10", None)]


def test_mysql_records_printed_by_g():
    """MySQL's `\\G` prints each row as a record: a `*** N. row ***` line over its fields,
    whose names are the columns' own, lower case, set flush right. `NULL` is an empty cell,
    a line that is no field line goes on with the field above (a teaser's second line), and
    `2 rows in set` ends the last record, as no text of it."""
    got = _items("mysql> SELECT title, published, end_date, type, location, teaser FROM news_item\\G\n"
                 "*************************** 1. row ***************************\n"
                 "    title: Regional meeting on labour migration\n"
                 "published: 2024-05-21\n"
                 " end_date: 2024-05-22\n"
                 "     type: Meeting\n"
                 " location: Doha, Qatar\n"
                 "   teaser: Ministries will review fair recruitment.\n"
                 "*************************** 2. row ***************************\n"
                 "    title: Lebanon: jobs programme reaches 10,000 workers\n"
                 "published: 2024-05-09\n"
                 " end_date: NULL\n"
                 "     type: News\n"
                 " location: NULL\n"
                 "   teaser: Workers rehabilitated roads.\n"
                 "Half of the jobs went to women.\n"
                 "2 rows in set (0.01 sec)\n\nmysql> \\q\n")
    assert [(g["line"], g["title"], str(g["published"]), str(g["published_end"]), g["kind"], g["place"],
             g["summary"]) for g in got] == [
        (3, "Regional meeting on labour migration", "2024-05-21", "2024-05-22", "Meeting", "Doha, Qatar",
         "Ministries will review fair recruitment."),
        (10, "Lebanon: jobs programme reaches 10,000 workers", "2024-05-09", "None", "News", None,
         "Workers rehabilitated roads. Half of the jobs went to women.")]


def test_sqlite_records_printed_line_by_line_under_its_prompt():
    """sqlite's `.mode line` prints each row as a record of `name = value` lines, the names
    set flush right; a NULL is an empty value (`location = `), a field with no text. The
    prompt and the command typed at it (`sqlite> SELECT ...`, going on over `   ...> `) are
    no text: the first record starts under them, and `sqlite> .quit` ends the last."""
    got = _items("sqlite> .mode line\n"
                 "sqlite> SELECT published, type, title, location, summary FROM news\n"
                 "   ...>  ORDER BY published DESC LIMIT 2;\n"
                 "published = 2024-06-03\n"
                 "     type = Event\n"
                 "    title = International Labour Conference opens in Geneva\n"
                 " location = Geneva, Switzerland\n"
                 "  summary = Delegates will discuss decent work in the care economy.\n"
                 "\n"
                 "published = 2024-05-14\n"
                 "     type = Article\n"
                 "    title = Platform workers need access to social security\n"
                 " location = \n"
                 "  summary = Four in ten platform workers have no health insurance.\n"
                 "sqlite> .quit\n")
    assert [(g["line"], g["title"], str(g["published"]), g["kind"], g["place"], g["summary"]) for g in got] == [
        (4, "International Labour Conference opens in Geneva", "2024-06-03", "Event", "Geneva, Switzerland",
         "Delegates will discuss decent work in the care economy."),
        (10, "Platform workers need access to social security", "2024-05-14", "Article", None,
         "Four in ten platform workers have no health insurance.")]
    # an empty field in `name: value` records too (PowerShell's empty property), where its
    # name is a column's; another name with no value goes on with the field above
    got = _items("title: Platform workers need access to social security\n"
                 "location:\n"
                 "published: 2024-05-14\n"
                 "summary: Four in ten have no health insurance.\n"
                 "Notes:\n")
    assert [(g["title"], str(g["published"]), g["place"], g["summary"]) for g in got] == [
        ("Platform workers need access to social security", "2024-05-14", None,
         "Four in ten have no health insurance. Notes:")]
    # psql's and mysql's prompts, their commands going on over `ilo->` and `->`
    got = _items("ilo=> SELECT published, title\nilo->   FROM news;\n"
                 "published: 2024-05-21\ntitle: Forum on fair recruitment\n"
                 "mysql> SELECT published, title\n    -> FROM news\\G\n"
                 "published: 2024-05-07\ntitle: Nigeria launches a skills programme\n")
    assert [(g["line"], g["title"], str(g["published"])) for g in got] == [
        (3, "Forum on fair recruitment", "2024-05-21"), (7, "Nigeria launches a skills programme", "2024-05-07")]


def test_a_record_written_in_yaml_reads_its_quotes_and_lists():
    """Front matter's `Name: value` lines (a static site's posts, shown by `tail`): values in
    YAML's quotes are read without them, a flow list is its texts parted by commas, a site's
    path alone is a link; `tail`'s `==> file <==` line is no heading. A record of plain
    values keeps a quote as written."""
    text = ("==> content/news/heat.md <==\n"
            "title: \"Heat at work: 2.4 billion workers exposed\"\n"
            "date: 2024-04-22\n"
            "type: 'ILO''s article'\n"
            "tags: [\"Safety and health at work\", \"Climate change\"]\n"
            "image: \"/images/news/heat-stress.jpg\"\n")
    got = _items(text)
    assert [(g["line"], g["title"], g["kind"], g["label"], g["summary"], g["section"]) for g in got] == [
        (2, "Heat at work: 2.4 billion workers exposed", "ILO's article", "Safety and health at work, Climate change",
         None, None)]
    plain = _items("Subject: \"Decent work\" for all\nDate: 14/05/2024\nBody: A quote, \"as said\".\n")
    assert [(g["title"], g["summary"]) for g in plain] == [("\"Decent work\" for all", "A quote, \"as said\".")]


def test_a_post_s_front_matter_takes_the_lead_under_it():
    """Posts shown one after another (`tail -n +1 content/news/*.md`): each post's front
    matter, fenced by `---` over and under it, is a record, and the paragraph under its
    closing fence, the post's lead, is its summary. A record with no fence over it leaves
    the paragraph under a rule alone."""
    text = ("==> content/news/heat.md <==\n---\ntitle: \"Heat at work\"\ndate: 2024-04-22\ntype: \"Article\"\n---\n\n"
            "Climate change is creating a cocktail of serious health hazards.\n\n"
            "==> content/news/ilc.md <==\n---\ntitle: \"112th International Labour Conference\"\ndate: 2024-06-03\n"
            "location: \"Geneva\"\n---\n\nDelegates meet to discuss decent work\nin the care economy.\n")
    got = _items(text)
    assert [(g["line"], g["title"], g["kind"], g["place"], g["summary"]) for g in got] == [
        (3, "Heat at work", "Article", None, "Climate change is creating a cocktail of serious health hazards."),
        (12, "112th International Labour Conference", None, "Geneva",
         "Delegates meet to discuss decent work in the care economy.")]
    entries, _ = extract({"notes.txt": "Subject: Wages rise\nDate: 14/05/2024\n---\n\nA footer under a rule.\n"})
    assert list(entries["summary"]) == [None]
