"""Date lines in every shape the contract lists, and lines that only look like dates."""
import datetime as dt

import pytest

from pipeline.dates import (date_after_title, day_first, is_date_heading, parse_date_line, parse_date_lines,
                            parse_slashed_line, parse_yearless, place_field, time_field)

D = dt.date

# line -> (published, published_end, time, timezone, place, kind, lead)
SHAPES = {
    "26 October 2020": (D(2020, 10, 26), None, None, None, None, None, None),
    "08 September 2020": (D(2020, 9, 8), None, None, None, None, None, None),
    "27-28 June 2023": (D(2023, 6, 27), D(2023, 6, 28), None, None, None, None, None),
    "24 - 28 April 2015, Mandaluyong City":
        (D(2015, 4, 24), D(2015, 4, 28), None, None, "Mandaluyong City", None, None),
    "30 June - 2 July 2023": (D(2023, 6, 30), D(2023, 7, 2), None, None, None, None, None),
    "28 December 2022 - 3 January 2023": (D(2022, 12, 28), D(2023, 1, 3), None, None, None, None, None),
    "24 March 2023 at 09:00 (Europe/Zurich)":
        (D(2023, 3, 24), None, "09:00", "Europe/Zurich", None, None, None),
    "5 May 2022, 14:30 CET": (D(2022, 5, 5), None, "14:30", "CET", None, None, None),
    # a 12-hour time is read on the 24-hour clock: the contract's `time` is `HH:MM`
    "12 June 2023, 2:30 pm (Europe/Zurich)": (D(2023, 6, 12), None, "14:30", "Europe/Zurich", None, None, None),
    "12 June 2023 at 9.15 a.m. EST": (D(2023, 6, 12), None, "09:15", "EST", None, None, None),
    "12 June 2023 at 12:00 pm": (D(2023, 6, 12), None, "12:00", None, None, None, None),
    "12 June 2023 at 12:30 am": (D(2023, 6, 12), None, "00:30", None, None, None, None),
    "12 June 2023, 11:00 am - 1:00 pm": (D(2023, 6, 12), None, "11:00", None, None, None, None),
    "12 June 2023 at 10h30": (D(2023, 6, 12), None, "10:30", None, None, None, None),
    # a whole hour before am or pm (Google Calendar's, Outlook's), a span's end too
    "21 May 2024, 10am": (D(2024, 5, 21), None, "10:00", None, None, None, None),
    "21 May 2024 at 9 a.m. EST": (D(2024, 5, 21), None, "09:00", "EST", None, None, None),
    "21 May 2024, 12pm - 1:30pm": (D(2024, 5, 21), None, "12:00", None, None, None, None),
    "14 May 2024, 2:30pm - 4pm, Geneva": (D(2024, 5, 14), None, "14:30", None, "Geneva", None, None),
    "Press release | 14 May 2024 | 10am": (D(2024, 5, 14), None, "10:00", None, None, "Press release", None),
    "24 March 2023, 9:00 - 24:00 CET": (D(2023, 3, 24), None, "09:00", "CET", None, None, None),
    "24 March 2023, 18:00-24:00 (Europe/Zurich)": (D(2023, 3, 24), None, "18:00", "Europe/Zurich", None, None, None),
    # a time after a bar or a middle dot (Rijksoverheid's `Nieuwsbericht | 14-05-2024 | 15:30`)
    "Press release | 14 May 2024 | 15:30": (D(2024, 5, 14), None, "15:30", None, None, "Press release", None),
    "14 May 2024 · 09:00 CET": (D(2024, 5, 14), None, "09:00", "CET", None, None, None),
    "30 December - 2 January 2024": (D(2023, 12, 30), D(2024, 1, 2), None, None, None, None, None),
    "Press release | 01 March 2023": (D(2023, 3, 1), None, None, None, None, "Press release", None),
    "01 March 2023 | Article": (D(2023, 3, 1), None, None, None, None, "Article", None),
    "24 June 2022, Bangkok, Thailand": (D(2022, 6, 24), None, None, None, "Bangkok, Thailand", None, None),
    "24 August 2001, BANGKOK": (D(2001, 8, 24), None, None, None, "BANGKOK", None, None),
    "15 January 2001,": (D(2001, 1, 15), None, None, None, None, None, None),
    # ... or a full stop (a printed page's, read by OCR)
    "3 May 2024.": (D(2024, 5, 3), None, None, None, None, None, None),
    "24 June 2022, Bangkok, Thailand.": (D(2022, 6, 24), None, None, None, "Bangkok, Thailand", None, None),
    "4 June 2024, Washington, D.C.": (D(2024, 6, 4), None, None, None, "Washington, D.C.", None, None),
    "May 24, 2016": (D(2016, 5, 24), None, None, None, None, None, None),
    "June 27-28, 2023": (D(2023, 6, 27), D(2023, 6, 28), None, None, None, None, None),
    "Sept. 3, 2019": (D(2019, 9, 3), None, None, None, None, None, None),
    "Monday, 3 July 2023": (D(2023, 7, 3), None, None, None, None, None, None),
    "2023-03-01": (D(2023, 3, 1), None, None, None, None, None, None),
    # an events page's field lines
    "Date: 12 - 13 May 2024": (D(2024, 5, 12), D(2024, 5, 13), None, None, None, None, None),
    "Dates: Thursday, 23 May 2024": (D(2024, 5, 23), None, None, None, None, None, None),
    "When: 3 June 2024 at 14:00 (Europe/Zurich)": (D(2024, 6, 3), None, "14:00", "Europe/Zurich", None, None, None),
    "Start date: 2 September 2024": (D(2024, 9, 2), None, None, None, None, None, None),
    "Published on 3 May 2024": (D(2024, 5, 3), None, None, None, None, None, None),
    "Posted: Friday, 3 May 2024": (D(2024, 5, 3), None, None, None, None, None, None),
    "14.05.2024": (D(2024, 5, 14), None, None, None, None, None, None),
    "3.4.2024": (D(2024, 4, 3), None, None, None, None, None, None),
    # an RSS feed's date, with seconds
    "Fri, 10 May 2024 11:00:00 GMT": (D(2024, 5, 10), None, "11:00", "GMT", None, None, None),
    "Fri, 10 May 2024 11:00:00 +0000": (D(2024, 5, 10), None, "11:00", "+0000", None, None, None),
    "14.05.2024 - 16.05.2024": (D(2024, 5, 14), D(2024, 5, 16), None, None, None, None, None),
    "14.-16.05.2024": (D(2024, 5, 14), D(2024, 5, 16), None, None, None, None, None),
    # a dateline's place in parts
    "Skopje, North Macedonia, 11–12 June 2024":
        (D(2024, 6, 11), D(2024, 6, 12), None, None, "Skopje, North Macedonia", None, None),
    "Port of Spain, Trinidad and Tobago, 3 May 2024":
        (D(2024, 5, 3), None, None, None, "Port of Spain, Trinidad and Tobago", None, None),
    # a kind a page names, with no bar (the curated kinds.csv), before or after the date
    "Press release 28 May 2024, New Delhi": (D(2024, 5, 28), None, None, None, "New Delhi", "Press release", None),
    "Article 21 May 2024": (D(2024, 5, 21), None, None, None, None, "Article", None),
    "news release: 3 May 2024": (D(2024, 5, 3), None, None, None, None, "news release", None),
    "Feature story · 3 May 2024": (D(2024, 5, 3), None, None, None, None, "Feature story", None),
    "3 May 2024 - Statement": (D(2024, 5, 3), None, None, None, None, "Statement", None),
    "3 May 2024 • Op-ed": (D(2024, 5, 3), None, None, None, None, "Op-ed", None),
    "NEW DELHI, 25 July 2016 - The ILO and the Government of India signed ...":
        (D(2016, 7, 25), None, None, None, "NEW DELHI", None,
         "The ILO and the Government of India signed ..."),
    "TASHKENT, 17 December 2021, – The United Nations Children’s Fund":
        (D(2021, 12, 17), None, None, None, "TASHKENT", None, "The United Nations Children’s Fund"),
    # a news service's tag between the date and the lead: the item's kind
    "Geneva, 14 May 2024 (ILO News) – The ILO Director-General has condemned the murder.":
        (D(2024, 5, 14), None, None, None, "Geneva", "ILO News", "The ILO Director-General has condemned the murder."),
    # ... unless the line named a kind already: the tag then opens the lead, nothing lost
    "Press release | Geneva, 14 May 2024 (ILO News) – The ILO condemns it.":
        (D(2024, 5, 14), None, None, None, "Geneva", "Press release", "(ILO News) – The ILO condemns it."),
    # how long ago it was posted, before the date (a phone's copy of a page)
    "2 days ago · 14 May 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    "3 hours ago | 14 May 2024, Geneva": (D(2024, 5, 14), None, None, None, "Geneva", None, None),
    "5 mins ago · 14 May 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    "2h ago · 14 May 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    # French and Spanish pages (the ILO's fr and es sites): month and weekday names, `1er`,
    # `de`, `du ... au`, `del ... al`, how long ago it was posted
    "14 mai 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    "1er avril 2024": (D(2024, 4, 1), None, None, None, None, None, None),
    "3-5 juin 2024, Dakar, Sénégal": (D(2024, 6, 3), D(2024, 6, 5), None, None, "Dakar, Sénégal", None, None),
    "du 30 juin au 2 juillet 2024": (D(2024, 6, 30), D(2024, 7, 2), None, None, None, None, None),
    "mardi 14 mai 2024 à 10h00": (D(2024, 5, 14), None, "10:00", None, None, None, None),
    "12 févr. 2024": (D(2024, 2, 12), None, None, None, None, None, None),
    "12 fevrier 2024": (D(2024, 2, 12), None, None, None, None, None, None),  # accents lost
    "15 AOÛT 2023": (D(2023, 8, 15), None, None, None, None, None, None),
    "il y a 3 jours · 14 mai 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    "7 de mayo de 2024": (D(2024, 5, 7), None, None, None, None, None, None),
    "1º de diciembre de 2023": (D(2023, 12, 1), None, None, None, None, None, None),
    "del 3 al 5 de junio de 2024, Lima, Perú": (D(2024, 6, 3), D(2024, 6, 5), None, None, "Lima, Perú", None, None),
    "martes, 14 de mayo de 2024 a las 9:30": (D(2024, 5, 14), None, "09:30", None, None, None, None),
    "Hace 2 días · 14 de mayo de 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    "hace 1 semana · 7 de mayo de 2024": (D(2024, 5, 7), None, None, None, None, None, None),
    "18 setiembre 2023": (D(2023, 9, 18), None, None, None, None, None, None),
    # Portuguese (OIT Brasília, OIT Lisboa), and two days joined by `and` in each language
    "16 de maio de 2024": (D(2024, 5, 16), None, None, None, None, None, None),
    "sexta-feira, 26 de abril de 2024": (D(2024, 4, 26), None, None, None, None, None, None),
    "BRASÍLIA, 9 de maio de 2024 – O estudo mostra o potencial da região.":
        (D(2024, 5, 9), None, None, None, "BRASÍLIA", None, "O estudo mostra o potencial da região."),
    "de 3 a 14 de junho de 2024, Genebra, Suíça": (D(2024, 6, 3), D(2024, 6, 14), None, None, "Genebra, Suíça", None, None),
    "28 de maio de 2024, às 10h00": (D(2024, 5, 28), None, "10:00", None, None, None, None),
    "21 e 22 de maio de 2024, São Paulo, SP": (D(2024, 5, 21), D(2024, 5, 22), None, None, "São Paulo, SP", None, None),
    "21 y 22 de mayo de 2024": (D(2024, 5, 21), D(2024, 5, 22), None, None, None, None, None),
    "21 et 22 mai 2024": (D(2024, 5, 21), D(2024, 5, 22), None, None, None, None, None),
    "21 and 22 May 2024": (D(2024, 5, 21), D(2024, 5, 22), None, None, None, None, None),
    # a comma and `at` before the time
    "28 May 2024, at 10:00": (D(2024, 5, 28), None, "10:00", None, None, None, None),
    # when it was updated, after when it was published: the line's date is the first
    "Published: May 14th, 2024 · Updated: May 16th, 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    "14 May 2024 (last updated 16 May 2024)": (D(2024, 5, 14), None, None, None, None, None, None),
    # German (ILO Berlin): the day's dot, `Uhr` after the time
    "16. Mai 2024": (D(2024, 5, 16), None, None, None, None, None, None),
    "Pressemitteilung | 14. Mai 2024": (D(2024, 5, 14), None, None, None, None, "Pressemitteilung", None),
    "Genf, 22. April 2024 – Ein neuer Bericht erscheint.": (D(2024, 4, 22), None, None, None, "Genf", None, "Ein neuer Bericht erscheint."),
    "21.–22. Mai 2024, Berlin": (D(2024, 5, 21), D(2024, 5, 22), None, None, "Berlin", None, None),
    "Dienstag, 28. Mai 2024, 10:00 Uhr (Europe/Berlin)": (D(2024, 5, 28), None, "10:00", "Europe/Berlin", None, None, None),
    "3. März 2024": (D(2024, 3, 3), None, None, None, None, None, None),
    # a mobile page's card: the place, or the time it takes to read, past a dot
    "Event • 3–14 June 2024 • Geneva, Switzerland": (D(2024, 6, 3), D(2024, 6, 14), None, None, "Geneva, Switzerland", "Event", None),
    "16 May 2024 · Geneva": (D(2024, 5, 16), None, None, None, "Geneva", None, None),
    "Article • 14 May 2024 • 4 min read": (D(2024, 5, 14), None, None, None, None, "Article", None),
    # an icon before the date (a chat's post)
    "📅 22 May 2024 at 09:00 (Asia/Ho_Chi_Minh)": (D(2024, 5, 22), None, "09:00", "Asia/Ho_Chi_Minh", None, None, None),
    "🗓️ 3 June 2024": (D(2024, 6, 3), None, None, None, None, None, None),
    # a range of two whole dates, each with its weekday or time (the end's time is not kept)
    "2024-05-21 - 2024-05-22": (D(2024, 5, 21), D(2024, 5, 22), None, None, None, None, None),
    "2024-05-21 – 2024-05-23, Geneva": (D(2024, 5, 21), D(2024, 5, 23), None, None, "Geneva", None, None),
    "Tue, May 21, 2024, 9:00 AM - Wed, May 22, 2024, 4:00 PM": (D(2024, 5, 21), D(2024, 5, 22), "09:00", None, None, None, None),
    "Mon, Jun 3, 2024 - Fri, Jun 14, 2024": (D(2024, 6, 3), D(2024, 6, 14), None, None, None, None, None),
    "21 May 2024 at 09:00 - 22 May 2024 at 16:00": (D(2024, 5, 21), D(2024, 5, 22), "09:00", None, None, None, None),
    "May 21, 2024, 9:00 AM - May 21, 2024, 4:00 PM": (D(2024, 5, 21), None, "09:00", None, None, None, None),
    "3 May 2024 to 14 May 2024": (D(2024, 5, 3), D(2024, 5, 14), None, None, None, None, None),
    # a kind, the date and the place, parted by bars
    "Press release | 3 May 2024 | Dhaka, Bangladesh": (D(2024, 5, 3), None, None, None, "Dhaka, Bangladesh",
                                                       "Press release", None),
    # a byline, before the date or after it: no kind, no place; it opens the summary as written
    "by Ana Souza - Thursday, 12 September 2024, 2:05 PM": (D(2024, 9, 12), None, "14:05", None, None, None,
                                                            "by Ana Souza"),
    "Posted by Ana Souza on 3 May 2024": (D(2024, 5, 3), None, None, None, None, None, "Posted by Ana Souza"),
    "By ILO News | 3 May 2024": (D(2024, 5, 3), None, None, None, None, None, "By ILO News"),
    "Written by M. da Silva, Geneva, 3 May 2024": (D(2024, 5, 3), None, None, None, "Geneva", None,
                                                   "Written by M. da Silva"),
    "By the Regional Office for Asia and the Pacific · 3 May 2024":
        (D(2024, 5, 3), None, None, None, None, None, "By the Regional Office for Asia and the Pacific"),
    "3 May 2024 | By Ana Souza": (D(2024, 5, 3), None, None, None, None, None, "By Ana Souza"),
    "Press release | 3 May 2024 | by Ana Souza": (D(2024, 5, 3), None, None, None, None, "Press release",
                                                  "by Ana Souza"),
    "By Ana Souza - 3 May 2024 - The report finds": (D(2024, 5, 3), None, None, None, None, None,
                                                     "By Ana Souza The report finds"),
    # Japanese, Chinese and Korean dates: numbers with their units' marks, a weekday after
    "2024年5月14日": (D(2024, 5, 14), None, None, None, None, None, None),
    "2024年5月14日（火） 10:00": (D(2024, 5, 14), None, "10:00", None, None, None, None),
    "2024년 5월 14일": (D(2024, 5, 14), None, None, None, None, None, None),
    "2024年5月27日～28日": (D(2024, 5, 27), D(2024, 5, 28), None, None, None, None, None),
    "2024年5月30日～6月2日": (D(2024, 5, 30), D(2024, 6, 2), None, None, None, None, None),
    "2024年5月14日，日内瓦": (D(2024, 5, 14), None, None, None, "日内瓦", None, None),  # (Chinese's comma)
    # Hungarian (ILO Budapest): the year first, each number with its dot; Vietnamese (ILO
    # Hanoi): the month's name is `tháng` and its number
    "2024. május 14., Budapest": (D(2024, 5, 14), None, None, None, "Budapest", None, None),
    "2024. május 30. – június 2.": (D(2024, 5, 30), D(2024, 6, 2), None, None, None, None, None),
    "14 tháng 12, 2024, Hà Nội": (D(2024, 12, 14), None, None, None, "Hà Nội", None, None),
    "Thứ Ba, 27-28 tháng 5, 2024": (D(2024, 5, 27), D(2024, 5, 28), None, None, None, None, None),
    # ... and its formal date: `ngày` before the day, `năm` before the year, the month's number
    # with a zero; `lúc` before a time
    "Hà Nội, ngày 14 tháng 05 năm 2024": (D(2024, 5, 14), None, None, None, "Hà Nội", None, None),
    "Bài viết | 30 tháng 4 năm 2024": (D(2024, 4, 30), None, None, None, None, "Bài viết", None),
    "ngày 27-28 tháng 5 năm 2024": (D(2024, 5, 27), D(2024, 5, 28), None, None, None, None, None),
    "4 tháng 6, 2024 lúc 14:00 (Asia/Ho_Chi_Minh)": (D(2024, 6, 4), None, "14:00", "Asia/Ho_Chi_Minh", None, None,
                                                    None),
    # a dateline's place whose capital is no ASCII letter
    "ĐẮK LẮK, 12 tháng 6, 2024": (D(2024, 6, 12), None, None, None, "ĐẮK LẮK", None, None),
    "İZMİR, 14 May 2024": (D(2024, 5, 14), None, None, None, "İZMİR", None, None),
    # a kind in the offices' languages (`data/kinds.csv`), before the date with no bar
    "Comunicado de prensa 7 de mayo de 2024, Ginebra": (D(2024, 5, 7), None, None, None, "Ginebra",
                                                        "Comunicado de prensa", None),
    # the languages of the ILO's offices: Italian, Polish, Russian (the year's mark `г.`),
    # Turkish (the weekday after the date), Indonesian, Arabic (its comma; the Levant's names)
    "martedì 14 maggio 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    "27–28 maja 2024, Warszawa": (D(2024, 5, 27), D(2024, 5, 28), None, None, "Warszawa", None, None),
    "14 мая 2024 г., Москва": (D(2024, 5, 14), None, None, None, "Москва", None, None),
    "вторник, 14 мая 2024 г.": (D(2024, 5, 14), None, None, None, None, None, None),
    "2 дня назад · 12 мая 2024": (D(2024, 5, 12), None, None, None, None, None, None),
    "14 Mayıs 2024 Salı, Ankara": (D(2024, 5, 14), None, None, None, "Ankara", None, None),
    "Selasa, 14 Mei 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    "الثلاثاء، 14 مايو 2024، بيروت": (D(2024, 5, 14), None, None, None, "بيروت", None, None),
    "14 أيار 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    # Arabic-Indic digits (the texts keep them), the UN's two names of a month
    "٢٧-٢٨ مايو ٢٠٢٤، بيروت ١": (D(2024, 5, 27), D(2024, 5, 28), None, None, "بيروت ١", None, None),
    "14 أيار/مايو 2024": (D(2024, 5, 14), None, None, None, None, None, None),
    # the era's mark after the year (`م`, a tatweel after it or not, glued or not), a dash
    # after the weekday
    "الثلاثاء - 14 مايو 2024 مـ": (D(2024, 5, 14), None, None, None, None, None, None),
    "14 مايو 2024م، الرياض": (D(2024, 5, 14), None, None, None, "الرياض", None, None),
    # the Hijri calendar (Umm al-Qura's: 1 Dhu al-Qi'dah 1445 was 9 May 2024), its month
    # named in the genitive too (`ذي`), or in English; a line that gives the day in both
    # calendars is the Gregorian date's, either first
    "21 ذو القعدة 1445 هـ": (D(2024, 5, 29), None, None, None, None, None, None),
    "6 ذي القعدة 1445هـ، جدة": (D(2024, 5, 14), None, None, None, "جدة", None, None),
    "21 Dhu al-Qa'dah 1445 AH": (D(2024, 5, 29), None, None, None, None, None, None),
    "الأربعاء - 21 ذو القعدة 1445 هـ - 29 مايو 2024 مـ": (D(2024, 5, 29), None, None, None, None, None, None),
    "الأربعاء 22 ذو القعدة 1445 هـ - 29 مايو 2024 م": (D(2024, 5, 29), None, None, None, None, None, None),
    "29 مايو 2024 م / 21 ذو القعدة 1445 هـ": (D(2024, 5, 29), None, None, None, None, None, None),
    # Ukrainian (ILO Kyiv: the year's mark `р.`, `о` before the time), Swahili (Dar es Salaam),
    # Thai (Bangkok: the Buddhist era's years, 2567 is 2024, its mark `พ.ศ.`; `เวลา ... น.`)
    "14 травня 2024 р., Київ": (D(2024, 5, 14), None, None, None, "Київ", None, None),
    "4 червня 2024 р. о 10:00": (D(2024, 6, 4), None, "10:00", None, None, None, None),
    "Makala | 30 Aprili 2024": (D(2024, 4, 30), None, None, None, None, "Makala", None),
    "Tukio | 27–28 Julai 2024, Zanzibar": (D(2024, 7, 27), D(2024, 7, 28), None, None, "Zanzibar", "Tukio", None),
    "ข่าวประชาสัมพันธ์ | 14 พฤษภาคม 2567": (D(2024, 5, 14), None, None, None, None, "ข่าวประชาสัมพันธ์", None),
    "14 พ.ค. พ.ศ. 2567, กรุงเทพฯ": (D(2024, 5, 14), None, None, None, "กรุงเทพฯ", None, None),
    "4 มิถุนายน 2024 เวลา 14:00 น. (Asia/Bangkok)": (D(2024, 6, 4), None, "14:00", "Asia/Bangkok", None, None, None),
    # Hindi (ILO New Delhi: its month names; Devanagari's digits, read as the Arabic
    # script's are, the place keeping them; `बजे`, "o'clock", after the time)
    "14 मई 2024, नई दिल्ली": (D(2024, 5, 14), None, None, None, "नई दिल्ली", None, None),
    "२६ March २०२४, New Delhi": (D(2024, 3, 26), None, None, None, "New Delhi", None, None),
    # Bengali (ILO Dhaka: its month names, the press's `জানুয়ারি` too, with Bengali digits)
    "১৪ মে ২০২৪, ঢাকা": (D(2024, 5, 14), None, None, None, "ঢাকা", None, None),
    "৪-৫ জুন ২০২৪, ঢাকা": (D(2024, 6, 4), D(2024, 6, 5), None, None, "ঢাকা", None, None),
    "১২ জানুয়ারি ২০২৪": (D(2024, 1, 12), None, None, None, None, None, None),
    "4 June 2024, 10:00 बजे (Asia/Kolkata)": (D(2024, 6, 4), None, "10:00", "Asia/Kolkata", None, None, None),
    # a time in another script's digits after a date in ASCII digits is an ASCII time (its
    # minutes were kept as written, `08:۲۰`, and the clean gate stopped the run)
    "25 May 2024، ۰۸:۲۰": (D(2024, 5, 25), None, "08:20", None, None, None, None),
    "14 May 2024, १०:३० बजे": (D(2024, 5, 14), None, "10:30", None, None, None, None),
    # Persian: Babel's names of the Gregorian months; the Solar Hijri calendar's dates read as
    # the Gregorian ones they are (1 Farvardin 1403 is 20 March 2024; Farvardin has 31 days,
    # so 25 Ordibehesht is 14 May; 5 Khordad, 25 May, a Saturday, شنبه), in Latin letters too, and
    # Afghanistan's Dari names (ثور is the second month); 1402 is no leap year, so the day
    # before 1 Farvardin 1403 is 29 Esfand 1402, the range's start in the year before
    "۱۴ مه ۲۰۲۴": (D(2024, 5, 14), None, None, None, None, None, None),
    "۲۵ اردیبهشت ۱۴۰۳، ۱۰:۳۰": (D(2024, 5, 14), None, "10:30", None, None, None, None),
    "شنبه ۵ خرداد ۱۴۰۳": (D(2024, 5, 25), None, None, None, None, None, None),
    "25 Ordibehesht 1403, Tehran": (D(2024, 5, 14), None, None, None, "Tehran", None, None),
    "۲۵ ثور ۱۴۰۳، کابل": (D(2024, 5, 14), None, None, None, "کابل", None, None),
    "۲۸ اسفند ۱۴۰۲ - ۵ فروردین ۱۴۰۳": (D(2024, 3, 18), D(2024, 3, 24), None, None, None, None, None),
    "۲۹ اسفند - ۲ فروردین ۱۴۰۳": (D(2024, 3, 19), D(2024, 3, 21), None, None, None, None, None),
    # Greek: the month's name in the genitive, as a date writes it (`Μαΐου`, of Μάιος), its
    # abbreviation; the weekday before it no place (29 May 2024 was a Wednesday, Τετάρτη)
    "Τετάρτη, 29 Μαΐου 2024, 11:15": (D(2024, 5, 29), None, "11:15", None, None, None, None),
    "14 Μαΐ 2024, Αθήνα": (D(2024, 5, 14), None, None, None, "Αθήνα", None, None),
    # Hebrew: `ב` ("in") before the month's name, as a date writes it (CLDR's `d בMMMM y`);
    # the weekday before it (3 June 2024 was a Monday, יום שני)
    "יום שני, 3 ביוני 2024, 09:00": (D(2024, 6, 3), None, "09:00", None, None, None, None),
    "29 במאי 2024, ירושלים": (D(2024, 5, 29), None, None, None, "ירושלים", None, None),
    # the month's name between dashes (Excel's `d-mmm-yyyy`, Oracle's `DD-MON-YYYY`)
    "29-May-2024": (D(2024, 5, 29), None, None, None, None, None, None),
    "03-JUN-2024 14:30, Geneva": (D(2024, 6, 3), None, "14:30", None, "Geneva", None, None),
    # a year of two digits, as Oracle's `DD-MON-RR` reads it: 00-49 are 20xx, 50-99 19xx
    "29-MAY-24": (D(2024, 5, 29), None, None, None, None, None, None),
    "Press release | 1-Jan-00": (D(2000, 1, 1), None, None, None, None, "Press release", None),
    "15-Jun-98, Geneva": (D(1998, 6, 15), None, None, None, "Geneva", None, None),
    # Spanish's `set.` (Peru, Chile: setiembre's abbreviation)
    "Nota de prensa | 12 set. 2024, Lima": (D(2024, 9, 12), None, None, None, "Lima", "Nota de prensa", None),
    # the words before a time in the offices' languages
    "5 novembre 2024, alle ore 10:00 (Europe/Rome)": (D(2024, 11, 5), None, "10:00", "Europe/Rome", None, None, None),
    "14 мая 2024 г. в 10:00": (D(2024, 5, 14), None, "10:00", None, None, None, None),
    "14 maja 2024 o godz. 10:00": (D(2024, 5, 14), None, "10:00", None, None, None, None),
    "Selasa, 14 Mei 2024 pukul 10.00 WIB": (D(2024, 5, 14), None, "10:00", "WIB", None, None, None),
    # a weekday after the date is no place
    "3 May 2024, Friday": (D(2024, 5, 3), None, None, None, None, None, None),
    "14 May 2024 (Tue) 10:00": (D(2024, 5, 14), None, "10:00", None, None, None, None),
    "3 May 2024, Sun City": (D(2024, 5, 3), None, None, None, "Sun City", None, None),
    # ISO 8601's date and time (a feed's, an export's): `T`, seconds and fractions dropped,
    # `Z` is UTC, an offset written as the other zones after a time are (`+0200`)
    "2024-05-14T09:00:00Z": (D(2024, 5, 14), None, "09:00", "UTC", None, None, None),
    "2024-05-14T09:00:00.000+02:00": (D(2024, 5, 14), None, "09:00", "+0200", None, None, None),
    "2024-05-14T16:30": (D(2024, 5, 14), None, "16:30", None, None, None, None),
    # Org mode's timestamps: active, inactive, a range of two, a time, a repeater
    "<2024-05-21 Tue>--<2024-05-23 Thu>": (D(2024, 5, 21), D(2024, 5, 23), None, None, None, None, None),
    "[2024-05-28 Tue 14:00-15:30]": (D(2024, 5, 28), None, "14:00", None, None, None, None),
    "<2024-05-21 Tue 09:00 +1w>": (D(2024, 5, 21), None, "09:00", None, None, None, None),
    "2024-05-14T09:00:00-0500 | Press release": (D(2024, 5, 14), None, "09:00", "-0500", None,
                                                "Press release", None),
    # an inline definition list, copied with nothing between labels and values (ReliefWeb's):
    # the first date label's date, the `Format`'s kind; the source and the link no field
    "Format News and Press Release Source ILO Posted 14 May 2024 Originally published 14 May 2024 Origin View original":
        (D(2024, 5, 14), None, None, None, None, "News and Press Release", None),
    "Format Situation Report Source ILO Posted 16 May 2024 Originally published 14 May 2024":
        (D(2024, 5, 16), None, None, None, None, "Situation Report", None),
    "Posted 2 May 2024 Originally published 30 Apr 2024": (D(2024, 5, 2), None, None, None, None, None, None),
}


@pytest.mark.parametrize("line", SHAPES)
def test_date_line_shapes(line):
    parsed = parse_date_line(line)
    assert parsed is not None, line
    got = (parsed.published, parsed.published_end, parsed.time, parsed.timezone,
           parsed.place, parsed.kind, parsed.lead)
    assert got == SHAPES[line]


@pytest.mark.parametrize("line", [
    "October 2020",                                   # a month heading
    "2012",                                           # a year heading
    "17 September 2020, the ILO launched a study.",  # a sentence that starts with a date
    "3 May 2024. The ILO launched a study.",
    "On 2 November, representatives met",
    "1.6 billion across Asia and the Pacific lack access to social health protection",
    "31 February 2020",                               # no such day
    "26 October 20201",
    "24 March 2023 at 25:00",                         # no such time of day
    "24 March 2023 at 13:30 pm",
    "24 March 2023 at 09:75",
    "24 March 2023, 9:00 - 25:00",                   # nor a span ending at one
    "24 March 2023, 11:00 am - 13:00 pm",
    "30 June - 2 June 2023",                          # a range that ends before it starts
    "30 December 2030 - 2 January 2027",
    "Convention No. 102 adopted in 1952",
    # a run of labels needs each one's value, a date label's a whole date
    "Format News Source ILO Posted in Geneva on 14 May 2024",
    "Format Analysis Source Posted 14 May 2024",
    "Source ILO Origin View original 14 May 2024",
    "14 May 2024 · Updated",                          # updated, but no date said when
    "14 May 2024 · Updated: the figures",
    "Deadline: 3 June 2024",                          # a field that is not the item's date
    "Message on World Day Against Child Labour, 12 June 2023",  # a headline, not a place
    "Geneva, Switzerland, Europe, Earth, 3 May 2024",  # a place of three parts at most
    "Kenya, a report on wages, 3 May 2024",
    "Global Conference on Social Justice, Geneva, 3 May 2024",  # a place of parts ends with a country
    "Asia-Pacific Regional Meeting, Singapore, 6-9 December 2022",  # ... and names no event
    "Gilbert F. Houngbo, ILO Director-General, 28 April 2024",
    "Abuja, Metro Area, 3 May 2024",
    "Press release | 3 May 2024 | News",              # two kinds
    "Press release | 3 May 2024 | the ILO said so",   # no place after the kind
    "Article | 3 May 2024 | 10.50 million",          # a number, no time: the rest is no tail
    "By 2030, 3 May 2024 will be forgotten",          # `By` and no name
    "by the way, 3 May 2024",
    "By Ana Souza, a report on wages, 3 May 2024",
    "2024年2月30日",                                   # no such day
    "2024年5月14日に報告書を発表",                      # a sentence that starts with a date
    "31.02.2024",
    "14.13.2024",
    "03/04/2024",                                     # 3 April or March 4: not read
    "14 mai 2024, le BIT a publié un rapport.",      # a sentence, in French too
    "2 jours · 14 mai 2024",                          # no `il y a`: not how long ago
    "24 March 2023 at 09:00:75",
    "15 out 2024",                                    # Portuguese abbreviations are English words
    "15 set 2024",                                    # ... and Italian's
    "14 May/June 2024",                               # two names of two months
    "Per 15 maggio 2024",                             # ... and Turkish's (`Per`: Thursday)
    "2024-05-14T25:00:00Z",                           # no such time of day
    "2024-05-14T09",                                  # no minutes: no time
    "2024-05-14Tuesday",
    "۳۱ مهر ۱۴۰۳",                                    # Mehr has 30 days
    "۳۰ اسفند ۱۴۰۲",                                  # ... and Esfand 29 in a common year
    "25 Ordibehesht 2024",                            # a Solar Hijri month, a Gregorian year
    "31-Apr-2024",                                    # no such day
    "31-Apr-24",                                      # no such day, with a year of two digits
    "30 ذو القعدة 1445 هـ",                            # Umm al-Qura's Dhu al-Qi'dah 1445 had 29 days
    "1 محرم 1501 هـ",                                  # past hijridate's tables
    "COVID-19-May-24",                                # no date: a word before it
    "29-May-245",
    "",
])
def test_not_date_lines(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize("texts, first", [
    (["29/04/2024", "03/04/2024"], True), (["04/29/2024", "03/04/2024"], False),
    (["03/04/2024", "08/03/2024"], None), (["29/04/2024", "04/29/2024"], None), ([], None),
    (["22-04-2024", "03-04-2024"], True), (["2024-04-22"], None),  # dashed; ISO's year first is none
])
def test_the_order_of_slashed_dates(texts, first):
    assert day_first(texts) is first


def test_slashed_date_lines():
    assert parse_slashed_line("03/04/2024", True).published == D(2024, 4, 3)
    assert parse_slashed_line("03/04/2024", False).published == D(2024, 3, 4)
    line = parse_slashed_line("Press release | 14/05/2024, Lima, Peru", True)
    assert (line.published, line.kind, line.place) == (D(2024, 5, 14), "Press release", "Lima, Peru")
    assert parse_slashed_line("03/04/2024", None) is None          # the order unknown
    assert parse_slashed_line("14/05/2024", False) is None         # no 5th of the 14th month
    assert parse_slashed_line("14/05/2024, the ILO said", True) is None  # a sentence
    line = parse_slashed_line("21/05/2024 - 22/05/2024", True)      # a range: both read
    assert (line.published, line.published_end, line.lead) == (D(2024, 5, 21), D(2024, 5, 22), None)
    # dashes as Dutch, Danish and Indian pages write them, with a time after a second bar
    line = parse_slashed_line("Nieuwsbericht | 14-05-2024 | 15:30", True)
    assert (line.published, line.kind, line.time) == (D(2024, 5, 14), "Nieuwsbericht", "15:30")
    assert parse_slashed_line("14-05/2024", True) is None           # one sign, not two
    assert parse_slashed_line("Report 2019-12-2024", True) is None  # a year's digits are no day


@pytest.mark.parametrize("line,heading", [
    ("October 2020", True), ("Sept 2021", True), ("2012", True),
    ("mai 2024", True), ("Septiembre de 2023", True), ("juillet 2024", True), ("Maio de 2024", True),
    ("26 October 2020", False), ("News and features", False), ("2012 and beyond", False),
])
def test_date_headings(line, heading):
    assert is_date_heading(line) is heading


@pytest.mark.parametrize("line,place", [
    ("Location: Geneva, Switzerland", "Geneva, Switzerland"),
    ("Venue: ILO headquarters ", "ILO headquarters"),
    ("where: Online", "Online"),
    ("Location of the meeting: Geneva", None),
    ("Source: BBC News", None),
    ("Location:", None),
])
def test_place_field(line, place):
    """An events page's place line under a date line: `Location:`, `Venue:`, `Place:`, `Where:`."""
    assert place_field(line) == place


def test_date_line_with_its_place_line():
    """The place line gives the place only where the date line names none."""
    date = parse_date_lines("Date: 12 - 13 May 2024\nLocation: Amman, Jordan")
    assert (date.published, date.published_end, date.place) == (dt.date(2024, 5, 12), dt.date(2024, 5, 13),
                                                                "Amman, Jordan")
    assert parse_date_lines("24 June 2022, Bangkok, Thailand\nLocation: Geneva").place == "Bangkok, Thailand"
    assert parse_date_lines("3 May 2024").place is None
    assert parse_date_lines("Not a date\nLocation: Geneva") is None


@pytest.mark.parametrize("line", [
    "Newsletter 3 May 2024",          # no kind a page names: a headline's words
    "Press releases 3 May 2024",
    "Reporting 3 May 2024",
    "Article 3 May 2024 on wages",
    "3 May 2024 - News on wages",     # after a dash, more than a kind: the lead text
])
def test_words_before_a_date_that_name_no_kind(line):
    """Only the curated kinds stand before a date with no bar; a longer tail is no kind."""
    parsed = parse_date_line(line)
    assert parsed is None or (parsed.kind is None and parsed.lead), (line, parsed)


@pytest.mark.parametrize("line,time", [
    ("Time: 14:00 - 15:30 (Africa/Nairobi)", ("14:00", "Africa/Nairobi")),
    ("Time: 2.30 p.m. CET", ("14:30", "CET")),
    ("hours: 09:00", ("09:00", None)),
    ("Time: 25:00", None),
    ("Time: 14:00 - 25:00", None),
    ("Time: to be confirmed", None),
    ("Time: 14:00, after the opening session", None),
    ("Timeline: 14:00", None),
])
def test_time_field(line, time):
    """An events page's time line under a date line: `Time:`, `Hours:`."""
    assert time_field(line) == time


def test_date_line_with_its_time_and_place_lines():
    """Up to a time line and a place line, in either order, each where the date line gives
    neither."""
    date = parse_date_lines("Date: Tue 18 June 2024\nTime: 14:00 - 15:30 (Africa/Nairobi)\nLocation: Online (Zoom)")
    assert (date.published, date.time, date.timezone, date.place) == (
        dt.date(2024, 6, 18), "14:00", "Africa/Nairobi", "Online (Zoom)")
    date = parse_date_lines("3 May 2024 at 09:00 (CET)\nTime: 10:00")
    assert (date.time, date.timezone) == ("09:00", "CET")


@pytest.mark.parametrize("title,date,published", [
    ("Statement on Labour Day — 1 May 2024", "1 May 2024", dt.date(2024, 5, 1)),
    ("Mindanao project trains 1,500 former combatants – 22 April 2024", "22 April 2024", dt.date(2024, 4, 22)),
    ("Women in the informal economy — a statistical picture — 30 April 2024", "30 April 2024",
     dt.date(2024, 4, 30)),
    ("Forum on jobs - 24 - 28 April 2015", "24 - 28 April 2015", dt.date(2015, 4, 24)),
    ("Lesotho workers receive wage arrears (20 February 2024)", "(20 February 2024)", dt.date(2024, 2, 20)),
    # a zone in brackets ends the date after the dash
    ("Webinar on platform work — 22 May 2024 at 14:00 (Europe/Zurich)", "22 May 2024 at 14:00 (Europe/Zurich)",
     dt.date(2024, 5, 22)),
    # an index's leader of dots between the title and the date
    ("Global Social Protection Week ........ 17–21 June 2024, Geneva", "17–21 June 2024, Geneva",
     dt.date(2024, 6, 17)),
    ("Zambia extends employment injury cover . . . . . . 2 May 2024", "2 May 2024", dt.date(2024, 5, 2)),
    ("Heat stress at work … 28 May 2024", "28 May 2024", dt.date(2024, 5, 28)),
])
def test_date_after_a_list_title(title, date, published):
    got = date_after_title(title)
    assert (got[0], got[1], got[2].published) == (title[: -len(date)].rstrip(" —–-.…"), date, published)


@pytest.mark.parametrize("title", [
    "Report on 2024 - the year of elections",
    "Title - 3 May 2024 - the ILO said",
    "Wages rose in 2024",
    "Jobs (2024)",
    "Wages rose... in 2024",
    "Chapter 3 .......... 14",                           # a contents page's leader: a page number
])
def test_no_date_after_a_list_title(title):
    assert date_after_title(title) is None


@pytest.mark.parametrize("line, published, published_end, place", [
    ("Tue 14 May, Amman, Jordan", D(2024, 5, 14), None, "Amman, Jordan"),
    ("Wed 29 – Thu 30 May, Doha, Qatar", D(2024, 5, 29), D(2024, 5, 30), "Doha, Qatar"),
    ("May 14, Geneva", D(2024, 5, 14), None, "Geneva"),
    ("de 3 a 14 de junho, Genebra", D(2024, 6, 3), D(2024, 6, 14), "Genebra"),
])
def test_dates_with_no_year_read_in_a_given_year(line, published, published_end, place):
    got = parse_yearless(line, 2024)
    assert (got.published, got.published_end, got.place) == (published, published_end, place)


@pytest.mark.parametrize("line", ["14 May 2023", "14 May workers lost their jobs", "Subscribe to the calendar"])
def test_no_date_with_no_year(line):
    assert parse_yearless(line, 2024) is None
