"""Data documents: a JSON or YAML file whose items are mappings (an API's response, a
static site's data file)."""
from pipeline.clean import clean_entries
from pipeline.extract import extract
from tests.conftest import records

_FIELDS = ["line", "title", "published", "published_end", "time", "timezone", "place", "label", "kind",
           "summary", "credit", "section"]


def _items(name: str, text: str) -> tuple[list[tuple], list[tuple]]:
    """The items of one dump, as tuples of `_FIELDS`, and its rejects (rule, line, text)."""
    entries, rejects = extract({name: text})
    got = [tuple(item[field] for field in _FIELDS) for item in records(clean_entries(entries))]
    return got, [(r["rule"], r["line"], r["text"]) for r in rejects.to_dict("records")]


API_RESPONSE = """\
{
  "status": "ok",
  "total": 126,
  "items": [
    {
      "type": "Press release",
      "title": "Youth unemployment at 15-year low",
      "date": "2024-08-12",
      "end_date": null,
      "location": "Geneva, Switzerland",
      "topic": "Youth employment",
      "summary": "The rate fell to 13 per cent.",
      "image": {"src": "https://www.ilo.org/youth.jpg", "credit": "\\u00a9 ILO/Marcel Crozet"},
      "tags": ["youth", "NEET"],
      "url": "https://www.ilo.org/resource/news/youth"
    },
    {
      "title": "Webinar: Measuring informality",
      "date": "2024-07-10",
      "time": "14:00 (Europe/Zurich)",
      "location": "Online",
      "summary": null
    },
    {"summary": "A mapping with no title"}
  ]
}
"""


def test_a_json_api_response():
    """The list whose mappings name a title and a date holds the items; each starts on its
    first key's line. A nested mapping's key names its keys (`image` `credit`: the
    credit), a web address alone is a link (`url`, `src`: no text), `null` is no value, a
    list of texts is one, and a key no column knows lands in the summary, named. The
    response's own keys (`status`, `total`) are no item; a mapping of the list with no
    title is rejected with its text, as a table's row would be."""
    got, rejects = _items("api.json.txt", API_RESPONSE)
    assert got == [
        (6, "Youth unemployment at 15-year low", "2024-08-12", None, None, None, "Geneva, Switzerland",
         "Youth employment", "Press release", "The rate fell to 13 per cent. tags: youth, NEET",
         "ILO/Marcel Crozet", None),
        (18, "Webinar: Measuring informality", "2024-07-10", None, "14:00", "Europe/Zurich", "Online", None,
         None, None, None, None)]
    assert rejects == [("entry_without_title", 24, "A mapping with no title")]


JSON_LD = """\
{
  "@context": "https://schema.org",
  "@type": "ItemList",
  "itemListElement": [
    {
      "@type": "ListItem",
      "position": 1,
      "item": {
        "@type": "NewsArticle",
        "@id": "https://www.ilo.org/resource/news/au-youth#article",
        "headline": "ILO and African Union launch a youth employment plan",
        "datePublished": "2024-05-27T10:00:00+03:00",
        "dateModified": "2024-05-27T16:45:00+03:00",
        "articleSection": "Youth employment",
        "contentLocation": {"@type": "Place", "name": "Addis Ababa, Ethiopia"},
        "description": "The plan aims to create 10 million jobs.",
        "image": {"@type": "ImageObject", "url": "https://www.ilo.org/au.jpg", "creditText": "© ILO/A. Tsegaye"},
        "publisher": {"@type": "Organization", "name": "International Labour Organization"},
        "inLanguage": "en"
      }
    }
  ]
}
"""


def test_a_json_ld_list_of_news_articles():
    """schema.org's JSON-LD names its keys in camelCase (`datePublished`: the date column,
    `date published`), so its articles are items (the list gave nothing). Its keywords
    (`@type`, `@id`) and its bookkeeping (`dateModified`, `inLanguage`, the publisher) are
    no text; `articleSection` is the label, `contentLocation`'s name the place, and the
    image's `creditText` the credit. The item is the article's mapping, from its first key."""
    got, rejects = _items("jsonld.txt", JSON_LD)
    assert got == [
        (9, "ILO and African Union launch a youth employment plan", "2024-05-27", None, "10:00", "+0300",
         "Addis Ababa, Ethiopia", "Youth employment", None, "The plan aims to create 10 million jobs.",
         "ILO/A. Tsegaye", None)]
    assert rejects == []
    # camelCase's words parted, `pubDate` is still a date: `pub date` and `pubdate` both are
    mixed, _ = _items("mixed.txt", '[{"Title": "Jobs report", "pubDate": "3 May 2024"}, '
                                   '{"TITLE": "Wages rise", "pubdate": "4 May 2024"}]')
    assert [(g[1], g[2]) for g in mixed] == [("Jobs report", "2024-05-03"), ("Wages rise", "2024-05-04")]


def test_json_on_one_line_and_json_lines():
    """A response on one line gives its items all on line 1; JSON Lines, one item a line."""
    one_line, _ = _items("one.txt", '[{"title": "Wages rise in Chile", "date": "2024-05-03"}, '
                                    '{"title": "Jobs report", "date": "3 May 2024", "venue": "Bangkok"}]')
    assert [(g[0], g[1], g[2], g[6]) for g in one_line] == [
        (1, "Wages rise in Chile", "2024-05-03", None), (1, "Jobs report", "2024-05-03", "Bangkok")]
    lines, _ = _items("lines.txt", '{"title": "Wages rise in Chile", "date": "2024-05-03"}\n'
                                   '{"title": "Jobs report", "date": "2024-05-04"}\n')
    assert [(g[0], g[1], g[2]) for g in lines] == [(1, "Wages rise in Chile", "2024-05-03"),
                                                   (2, "Jobs report", "2024-05-04")]


def test_json_with_no_items_and_pages_that_open_as_json_does():
    """A JSON document whose mappings name no dated title gives nothing (its lines are no
    page); a page that opens with `[` or `{` but is no JSON is read as a page."""
    assert _items("error.txt", '{"status": "error",\n "message": "Not found: 3 May 2024"}\n') == ([], [])
    page, _ = _items("page.txt", "[image: Workers at a kiln]\nWages rise in Chile\n3 May 2024\n")
    assert [(g[0], g[1], g[2]) for g in page] == [(2, "Wages rise in Chile", "2024-05-03")]


DATA_FILE = """\
# _data/news.yml — ILO Regional Office for Asia and the Pacific
---
items:
  - title: "Viet Nam extends employment injury insurance"
    date: 2024-05-14
    type: Press release
    location: "Hanoi, Viet Nam"
    photo: "© ILO/Nguyen Van Minh 2024"
    summary: >-
      The new decree covers delivery riders,
      from 1 July.
  - title: Lao PDR reviews its strategy
    date: 2024-04-30
    end_date: 2024-05-02
    time: "10:00 (Asia/Bangkok)"
    summary: |
      Three years after its adoption,
      the strategy reaches 45 per cent.
"""


def test_a_yaml_data_file():
    """A YAML list of mappings is read as the JSON one: quotes, the folded (`>-`) and
    literal (`|`) texts are YAML's, the comment and the `items:` key no text; each item
    starts on its `- title:` line."""
    got, rejects = _items("news.yml.txt", DATA_FILE)
    assert got == [
        (4, "Viet Nam extends employment injury insurance", "2024-05-14", None, None, None, "Hanoi, Viet Nam",
         None, "Press release", "The new decree covers delivery riders, from 1 July.",
         "ILO/Nguyen Van Minh 2024", None),
        (12, "Lao PDR reviews its strategy", "2024-04-30", "2024-05-02", "10:00", "Asia/Bangkok", None, None,
         None, "Three years after its adoption, the strategy reaches 45 per cent.", None, None)]
    assert rejects == []


def test_yaml_that_is_no_list_of_items_is_read_as_a_page():
    """`Name: value` lines are YAML too: with no list of mappings the page reader reads
    them (a record here)."""
    got, _ = _items("record.txt", "Subject: Wages rise in Chile\nDate: 3 May 2024\nLocation: Santiago\n")
    assert [(g[0], g[1], g[2], g[6]) for g in got] == [(1, "Wages rise in Chile", "2024-05-03", "Santiago")]


RSS_FEED = """\
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>ILO News: Social protection</title>
    <link>https://www.ilo.org/topics/social-protection/news</link>
    <lastBuildDate>Thu, 16 May 2024 07:30:00 GMT</lastBuildDate>
    <item>
      <title>Half of the world&apos;s population now covered</title>
      <link>https://www.ilo.org/resource/news/half</link>
      <description><![CDATA[<p>For the first time, <b>52.4</b> per cent are covered.</p>]]></description>
      <category>Press release</category>
      <pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate>
      <guid isPermaLink="true">https://www.ilo.org/resource/news/half</guid>
      <media:credit>© ILO/M. Crozet</media:credit>
    </item>
    <item>
      <title>Q&amp;A: Why child benefits matter</title>
      <pubDate>Fri, 10 May 2024 11:30:00 +0700</pubDate>
    </item>
  </channel>
</rss>
"""

ATOM_FEED = """\
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>ILO News</title>
  <updated>2024-05-16T07:30:00Z</updated>
  <entry>
    <title>Wages rise in Chile</title>
    <link href="https://www.ilo.org/a"/>
    <published>2024-05-14T09:00:00+02:00</published>
    <summary type="html">&lt;p&gt;Real wages rose &lt;b&gt;4 per cent&lt;/b&gt;.&lt;/p&gt;</summary>
  </entry>
</feed>
"""


def test_news_feeds_in_xml():
    """An RSS feed's `<item>`s and an Atom feed's `<entry>`s are its items, each starting on
    its first element's line, its elements named as a table's columns (`pubDate` and
    `published` the date, RFC 822's or ISO 8601's with its time and zone; `category` the
    kind; `media:credit` the credit; `description` and `summary` the summary, their HTML
    as the text it shows). Links and a `guid` that is one are no text; the channel's and
    the feed's own title and dates are no item."""
    rss, rejects = _items("feed.xml.txt", RSS_FEED)
    assert rss == [
        (8, "Half of the world's population now covered", "2024-05-14", None, "09:00", "GMT", None, None,
         "Press release", "For the first time, 52.4 per cent are covered.", "ILO/M. Crozet", None),
        (17, "Q&A: Why child benefits matter", "2024-05-10", None, "11:30", "+0700", None, None, None, None, None,
         None)]
    assert rejects == []
    atom, _ = _items("atom.xml.txt", ATOM_FEED)
    assert atom == [(6, "Wages rise in Chile", "2024-05-14", None, "09:00", "+0200", None, None, None,
                     "Real wages rose 4 per cent.", None, None)]


NEWS_SITEMAP = """\
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>https://www.ilo.org/resource/news/half</loc>
    <news:news>
      <news:publication>
        <news:name>International Labour Organization</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>2024-05-14T09:00:00+02:00</news:publication_date>
      <news:title>Half of the world&#8217;s population now covered</news:title>
      <news:keywords>social protection, coverage</news:keywords>
    </news:news>
    <image:image>
      <image:loc>https://www.ilo.org/sites/default/files/2024-05/launch.jpg</image:loc>
      <image:caption>&#169; ILO/Marcel Crozet</image:caption>
    </image:image>
  </url>
  <url>
    <loc>https://www.ilo.org/resource/news/cabo-verde</loc>
    <news:news>
      <news:publication>
        <news:name>International Labour Organization</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>2024-05-08</news:publication_date>
      <news:title>Cabo Verde extends health insurance to informal workers</news:title>
    </news:news>
    <image:image>
      <image:loc>https://www.ilo.org/sites/default/files/2024-05/praia.jpg</image:loc>
      <image:caption>A health centre in Praia</image:caption>
    </image:image>
  </url>
  <url>
    <loc>https://www.ilo.org/about</loc>
    <lastmod>2024-05-01</lastmod>
  </url>
</urlset>
"""


def test_a_news_sitemap():
    """A news sitemap's `<url>`s that name a title and a date (Google News's `<news:news>`)
    are its items, each starting on its first element's line; the `<news:news>` fields are
    the url's own. The publication's name and language, the same in every url, are the
    site's, no item's text. An image's caption that is a credit alone (`© ...`) is the
    credit; any other is the summary's, named. A url with no title (one of the site's other
    pages) is an entry with none: a reject, as an RSS item with no title is."""
    got, rejects = _items("news-sitemap.xml.txt", NEWS_SITEMAP)
    assert got == [
        (6, "Half of the world’s population now covered", "2024-05-14", None, "09:00", "+0200", None, None,
         None, "keywords: social protection, coverage", "ILO/Marcel Crozet", None),
        (22, "Cabo Verde extends health insurance to informal workers", "2024-05-08", None, None, None, None,
         None, None, "image caption: A health centre in Praia", None, None)]
    assert rejects == [("entry_without_title", 37, "lastmod: 2024-05-01")]


CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ILO//Events//EN\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\n"
    "TZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:ilc112@ilo.org\r\nDTSTAMP:20240520T081500Z\r\nDTSTART;VALUE=DATE:20240603\r\n"
    "DTEND;VALUE=DATE:20240615\r\nSUMMARY:112th Session of the International Labour Conference\r\n"
    "LOCATION:Palais des Nations\\, Geneva\r\n"
    "DESCRIPTION:Delegates from 187 member States set labour standards and di\r\n scuss social justice.\r\n"
    "CATEGORIES:Meeting\r\nURL:https://www.ilo.org/ilc\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Zurich:20240521T140000\r\nDTEND;TZID=Europe/Zurich:20240521T153000\r\n"
    "SUMMARY:Webinar: Social protection for platform workers\r\n"
    "DESCRIPTION:Experts discuss coverage.\\nRegistration is free.\r\nCOMMENT:In English\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART:20240912T080000Z\r\nSUMMARY:Launch of the World Social Protection Report\r\n"
    "X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_an_icalendar_file():
    """Each VEVENT is an item from its `BEGIN` line: `SUMMARY` the title, `DTSTART` the date
    (a whole day; a time in its `TZID` zone, or `Z`'s UTC), a whole day's `DTEND` the day
    after the last (an end the day it starts is no range), `LOCATION` the place, `CATEGORIES`
    the kind, `DESCRIPTION` the summary, folded lines and escapes read. `UID`, `URL`,
    `STATUS` and `X-` properties are no text; `COMMENT` lands in the summary, named. The
    time zone's block is no event."""
    got, rejects = _items("events.ics.txt", CALENDAR)
    assert got == [
        (11, "112th Session of the International Labour Conference", "2024-06-03", "2024-06-14", None, None,
         "Palais des Nations, Geneva", None, "Meeting",
         "Delegates from 187 member States set labour standards and discuss social justice.", None, None),
        (24, "Webinar: Social protection for platform workers", "2024-05-21", None, "14:00", "Europe/Zurich", None,
         None, None, "Experts discuss coverage. Registration is free. COMMENT: In English", None, None),
        (31, "Launch of the World Social Protection Report", "2024-09-12", None, "08:00", "UTC", None, None, None,
         None, None, None)]
    assert rejects == []


DATA_TOML = """\
[meta]
updated = 2024-05-16T08:30:00Z
source = "https://www.ilo.org/africa/news"

# the home page's block
[[news]]
title = "Côte d'Ivoire extends health insurance to informal workers"
date = 2024-05-14
location = "Abidjan, Côte d'Ivoire"
image = "/img/cdi-cmu.jpg"
credit = "© ILO/Nadia Yao"

[[news]]
title = "Webinar: Unemployment protection in North Africa"
date = 2024-05-29T10:00:00+01:00
summary = \"\"\"
Speakers present the first results \\
of their pilots.\"\"\"
"""


def test_a_toml_data_file():
    """A TOML file's array of tables (`[[news]]`) is a list of mappings, read as JSON's: each
    element starts on the first key line under its header; TOML's dates and date-times are
    read as written (`+01:00`: the zone), its multi-line strings as TOML joins them, and a
    site's path alone (`/img/...jpg`) is a link, not text. The `[meta]` table is no item."""
    got, rejects = _items("news.toml.txt", DATA_TOML)
    assert got == [
        (7, "Côte d'Ivoire extends health insurance to informal workers", "2024-05-14", None, None, None,
         "Abidjan, Côte d'Ivoire", None, None, None, "ILO/Nadia Yao", None),
        (14, "Webinar: Unemployment protection in North Africa", "2024-05-29", None, "10:00", "+0100", None, None,
         None, "Speakers present the first results of their pilots.", None, None)]
    assert rejects == []


SQLITE_DUMP = """\
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE news (
    id INTEGER PRIMARY KEY,
    published TEXT NOT NULL,
    type TEXT,
    title TEXT NOT NULL,
    location TEXT,
    summary TEXT,
    url TEXT
);
INSERT INTO news VALUES(1,'2024-05-14','Press release','Informal workers left without sickness benefits','Bangkok, Thailand',replace('Only one in five would get income support.\\nA first estimate.','\\n',char(10)),'https://www.ilo.org/r/sick');
INSERT INTO news VALUES(2,'2024-05-01','Statement','Director-General''s statement on Workers'' Day',NULL,NULL,NULL);
CREATE TABLE users(name TEXT, joined TEXT);
INSERT INTO users VALUES('ana','2024-01-02');
CREATE INDEX news_published ON news(published);
COMMIT;
"""

MYSQL_DUMP = """\
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `news`;
CREATE TABLE `news` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `date` date DEFAULT NULL,
  `slug` varchar(80) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `news_date` (`date`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `news` WRITE;
INSERT INTO `news` VALUES (1,'Jordan\\'s law covers migrant workers','2024-04-30','jordan'),
(2,'Real wages fall in 2024','2024-05-02','wages');
UNLOCK TABLES;
"""

PG_DUMP = """\
--
-- PostgreSQL database dump
--

SET client_encoding = 'UTF8';

CREATE TABLE public.news (
    id integer NOT NULL,
    title text NOT NULL,
    published date,
    location text
);

COPY public.news (id, title, published, location) FROM stdin;
7\tViet Nam extends employment injury insurance\t2024-05-14\tHanoi, Viet Nam
8\tWage forum\\tPart 2\t2024-05-20\t\\N
\\.

ALTER TABLE ONLY public.news
    ADD CONSTRAINT news_pkey PRIMARY KEY (id);
"""


def test_a_database_dump():
    """A database's dump (`sqlite3 .dump`, `mysqldump`, `pg_dump`) is read, not run: each row
    of a table holding items is one, from the line its values open on, its columns named by
    the table's definition. SQL's literals read as the strings they write (`''`, MySQL's
    `\\'`, sqlite's `replace(...,char(10))`, a `COPY` block's `\\t` and `\\N`); the row key
    the database numbers (`INTEGER PRIMARY KEY`, `AUTO_INCREMENT`, a key added after the
    rows) is no text, nor is a slug (`table_columns.csv`'s bookkeeping), and a table with no
    items (`users`) gives none."""
    got, rejects = _items("news.sql.txt", SQLITE_DUMP)
    assert got == [
        (12, "Informal workers left without sickness benefits", "2024-05-14", None, None, None, "Bangkok, Thailand",
         None, "Press release", "Only one in five would get income support. A first estimate.", None, None),
        (13, "Director-General's statement on Workers' Day", "2024-05-01", None, None, None, None, None,
         "Statement", None, None, None)]
    assert rejects == []
    got, _ = _items("newsroom.sql", MYSQL_DUMP)
    assert [(g[0], g[1], g[2], g[9]) for g in got] == [
        (15, "Jordan's law covers migrant workers", "2024-04-30", None),
        (16, "Real wages fall in 2024", "2024-05-02", None)]  # (a slug is the site's bookkeeping)
    got, _ = _items("pg.txt", PG_DUMP)
    assert [(g[0], g[1], g[2], g[6], g[9]) for g in got] == [
        (15, "Viet Nam extends employment injury insurance", "2024-05-14", "Hanoi, Viet Nam", None),
        (16, "Wage forum Part 2", "2024-05-20", None, None)]


RIS_EXPORT = """\
TY  - ELEC\r
TI  - Informal workers in Asia and the Pacific left without sickness benefits\r
AU  - International Labour Organization\r
T2  - International Labour Organization\r
AB  - Only one in five workers in the region would receive income support if\r
they fell ill, according to new ILO estimates.\r
DA  - 2024/05/14/\r
PY  - 2024\r
CY  - Bangkok\r
KW  - sickness benefits\r
KW  - informality\r
C1  - Regional Office for Asia and the Pacific\r
UR  - https://www.ilo.org/resource/news/informal-workers-asia\r
Y2  - 2024/05/16/09:41:12\r
ER  - \r
\r
TY  - NEWS\r
TI  - ILO Director-General's statement on International Workers' Day\r
DA  - 2024/05//\r
ER  - \r
\r
TY  - ELEC\r
T1  - Jordan extends unemployment insurance to non-Jordanian workers\r
Y1  - 2024/04/30/\r
"""


def test_a_ris_export():
    """A reference manager's RIS export: each `TY` ... `ER` record is an item from its `TY`
    line, `TI` (`T1`) the title, `DA` (`Y1`) the date (`2024/05/14/` read as the ISO date),
    `AB` the summary (a wrapped line goes on with it), `CY` the place; the reference's
    bookkeeping (`AU`, `T2`, `PY`, `KW`, `UR`, `Y2`: when it was saved) is no text, another
    tag lands in the summary, named. A record whose date has no day has no date, its date's
    text in the summary, and a file cut before its last `ER` still gives its record."""
    got, rejects = _items("zotero.ris.txt", RIS_EXPORT)
    assert got == [
        (1, "Informal workers in Asia and the Pacific left without sickness benefits", "2024-05-14", None, None,
         None, "Bangkok", None, None, "Only one in five workers in the region would receive income support if "
         "they fell ill, according to new ILO estimates. C1: Regional Office for Asia and the Pacific", None, None),
        (17, "ILO Director-General's statement on International Workers' Day", None, None, None, None, None, None,
         None, "date: 2024/05", None, None),
        (22, "Jordan extends unemployment insurance to non-Jordanian workers", "2024-04-30", None, None, None, None,
         None, None, None, None, None)]
    assert rejects == []


BIBLATEX_EXPORT = r"""
@online{ilo_forced_2024,
	title = {Forced labour generates {US}\$236 billion in illegal profits a year},
	url = {https://www.ilo.org/resource/news/annual-profits-forced-labour},
	abstract = {Illegal profits from forced labour have increased by 37\% since 2014, a new ILO report \& guide finds.},
	titleaddon = {International Labour Organization},
	author = {{International Labour Organization}},
	urldate = {2024-05-16},
	date = {2024-03-19},
	langid = {english},
	keywords = {forced labour, human trafficking},
	file = {Snapshot:/home/ana/Zotero/storage/8KX2QJ4M/forced-labour.html:text/html},
}

@online{oit_reunion_2024,
	title = {R{\'e}union r{\'e}gionale sur la s{\'e}curit{\'e} sociale {\`a} Gen{\`e}ve},
	type = {Événement},
	location = {Gen\`eve},
	date = {2024-05-21/2024-05-23},
	eventtitle = {Réunion tripartite},
}

@comment{jabref-meta: databaseType:biblatex;}
"""

BIBTEX_EXPORT = """\
% Encoding: UTF-8

@String{ilo = "International Labour Organization"}

@Misc{ilo2024youth,
  Title        = "Youth unemployment at 15-year low, but {65} million young people remain jobless",
  Organization = ilo,
  Year         = 2024,
  Month        = aug,
  Day          = 12,
  Note         = "Press release, " # ilo,
  Abstract     = {The rate fell to 13 per cent, {the lowest in 15 years}.}
}

@misc(ilo2024statement,
  title = {ILO Director-General's statement on International Workers' Day},
  year = {2024}, month = {May})

@misc{ilo2024cut,
  title = {Jordan extends unemployment insurance to non-Jordanian workers},
  date = {2024-04-30},
  abstract = {The scheme now covers
    migrant workers
"""


def test_a_biblatex_export():
    """A reference manager's BibLaTeX export: each `@online{key,` entry is an item from its
    first line, `title` the title, `date` the date (`2024-05-21/2024-05-23` a range),
    `abstract` the summary, `type` the kind, `location` the place; its LaTeX is read
    (`{US}\\$` is `US$`, `\\%` and `\\&` their signs, `{\\'e}` and `\\`e` accented letters).
    The reference's bookkeeping (`url`, `urldate`, `author`, `titleaddon`: the site's name,
    `langid`, `keywords`, `file`) is no text, another field lands in the summary, named,
    and `@comment` is no entry."""
    got, rejects = _items("zotero.bib.txt", BIBLATEX_EXPORT)
    assert got == [
        (2, "Forced labour generates US$236 billion in illegal profits a year", "2024-03-19", None, None, None, None,
         None, None, "Illegal profits from forced labour have increased by 37% since 2014, a new ILO report & guide "
         "finds.", None, None),
        (15, "Réunion régionale sur la sécurité sociale à Genève", "2024-05-21", "2024-05-23", None, None, "Genève",
         None, "Événement", "eventtitle: Réunion tripartite", None, None)]
    assert rejects == []


def test_a_bibtex_export():
    """A BibTeX file (JabRef's): field names in any case, values braced, quoted, numbers or
    a `@String`'s name (`ilo`, the month `aug`), parts joined by `#`; `year`, `month` and
    `day` make the date (with no day it does not read: the entry has no date, its text in
    the summary); an entry may be in parentheses, and one cut at the file's end still
    gives its fields."""
    got, rejects = _items("jabref.bib", BIBTEX_EXPORT)
    assert got == [
        (5, "Youth unemployment at 15-year low, but 65 million young people remain jobless", "2024-08-12", None,
         None, None, None, None, None, "The rate fell to 13 per cent, the lowest in 15 years.", None, None),
        (15, "ILO Director-General's statement on International Workers' Day", None, None, None, None, None, None,
         None, "date: May 2024", None, None),
        (19, "Jordan extends unemployment insurance to non-Jordanian workers", "2024-04-30", None, None, None, None,
         None, None, "The scheme now covers migrant workers", None, None)]
    assert rejects == []


def test_a_bibtex_file_cut_anywhere_reads_without_an_error():
    """A BibTeX file cut at any character is read without an error (an unclosed brace, quote
    or entry ends at the file's end), and its first entry is an item once its title and
    date are whole."""
    for end in range(len(BIBTEX_EXPORT) + 1):
        got, _ = _items("cut.bib", BIBTEX_EXPORT[:end])
        if end >= BIBTEX_EXPORT.index("  Note"):
            assert got[0][:3] == (5, "Youth unemployment at 15-year low, but 65 million young people remain jobless",
                                  "2024-08-12")


def test_a_feed_s_text_is_html_even_with_no_tags():
    """A feed's description is HTML: in a CDATA section with no tags, its entities are still
    read (`&#8211;` was kept as written); a bare `&` stays."""
    feed = ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>ILO News</title>\n<item>\n"
            "<title>Heat stress: what factories can do</title>\n<pubDate>Tue, 09 Apr 2024 02:00:00 GMT</pubDate>\n"
            "<description><![CDATA[Water, rest &#8211; and R&D &amp; ventilation.]]></description>\n"
            "</item></channel></rss>\n")
    got, _ = _items("feed.xml", feed)
    assert [(g[0], g[1], g[9]) for g in got] == [
        (4, "Heat stress: what factories can do", "Water, rest – and R&D & ventilation.")]


def test_a_database_dump_s_runs_of_spaces_do_not_backtrack():
    """SQL's space is read a character at a time: a statement with a long run of spaces and
    no end (`INSERT` + 60 spaces) gives nothing, and gives it at once (read a run at a time,
    the pattern tried every way to split the run: 2^59 tries)."""
    got, rejects = _items("cut.sql", "PRAGMA foreign_keys=OFF;\nINSERT" + " " * 60 + "X\nCREATE TABLE t" + " " * 60 + "\n")
    assert (got, rejects) == ([], [])


WXR = """\
<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Better Work Viet Nam</title>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:author><wp:author_login><![CDATA[comms]]></wp:author_login></wp:author>
  <item>
    <title><![CDATA[Factories cut excessive overtime by a third]]></title>
    <pubDate>Tue, 14 May 2024 02:00:00 +0000</pubDate>
    <dc:creator><![CDATA[comms]]></dc:creator>
    <description></description>
    <content:encoded><![CDATA[<p>HANOI &ndash; Assessments of 420 garment factories show ...</p>]]></content:encoded>
    <excerpt:encoded><![CDATA[Excessive overtime fell by a third since 2019.]]></excerpt:encoded>
    <wp:post_id>48213</wp:post_id>
    <wp:post_date><![CDATA[2024-05-14 09:00:00]]></wp:post_date>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="press-release"><![CDATA[Press release]]></category>
    <category domain="post_tag" nicename="working-hours"><![CDATA[Working hours]]></category>
    <wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value>48210</wp:meta_value></wp:postmeta>
  </item>
  <item>
    <title><![CDATA[factory-floor-binh-duong]]></title>
    <pubDate>Tue, 14 May 2024 01:52:18 +0000</pubDate>
    <excerpt:encoded><![CDATA[© ILO/Better Work]]></excerpt:encoded>
    <wp:status><![CDATA[inherit]]></wp:status>
    <wp:post_type><![CDATA[attachment]]></wp:post_type>
  </item>
  <item>
    <title><![CDATA[About Better Work Viet Nam]]></title>
    <pubDate>Mon, 12 Mar 2018 08:00:00 +0000</pubDate>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[page]]></wp:post_type>
  </item>
  <item>
    <title><![CDATA[Draft: heat stress guide]]></title>
    <pubDate>Mon, 30 Nov -0001 00:00:00 +0000</pubDate>
    <wp:status><![CDATA[draft]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
  </item>
  <item>
    <title><![CDATA[Women supervisors change the culture of a Dong Nai factory]]></title>
    <pubDate>Thu, 02 May 2024 03:30:00 +0000</pubDate>
    <content:encoded><![CDATA[<p>A training programme has helped 86 women into supervisory roles.</p>]]></content:encoded>
    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[story]]></wp:post_type>
  </item>
</channel>
</rss>
"""


def test_a_wordpress_export():
    """A WordPress export (WXR): its published posts (and its custom types') are the items;
    its attachments, pages and drafts are none. The `wp:` elements and `dc:creator` (a
    login) are the site's bookkeeping, no text; the excerpt is the summary, and the post's
    body (`content:encoded`) only where it has none; a `post_tag` category is the label."""
    got, rejects = _items("export.xml", WXR)
    assert got == [
        (10, "Factories cut excessive overtime by a third", "2024-05-14", None, "02:00", "+0000", None,
         "Working hours", "Press release", "Excessive overtime fell by a third since 2019.", None, None),
        (44, "Women supervisors change the culture of a Dong Nai factory", "2024-05-02", None, "03:30", "+0000",
         None, None, None, "A training programme has helped 86 women into supervisory roles.", None, None)]
    assert rejects == []


def test_an_rss_item_s_whole_story_is_its_summary_only_with_no_teaser():
    """In any feed, `content:encoded` is the story's whole text: a teaser (`description`)
    is the summary over it; with none, it is. A `dc:creator` outside a WordPress export
    is the feed's text, named, as before."""
    feed = ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>ILO News</title>\n"
            "<item>\n<title>Heat stress: what factories can do</title>\n<pubDate>Tue, 09 Apr 2024 02:00:00 GMT</pubDate>\n"
            "<description>Water and rest breaks.</description>\n"
            "<content:encoded><![CDATA[<p>Water, rest breaks and ventilation protect workers.</p>]]></content:encoded>\n"
            "</item>\n<item>\n<title>Skills for green jobs</title>\n<pubDate>Mon, 08 Apr 2024 02:00:00 GMT</pubDate>\n"
            "<dc:creator>ILO News</dc:creator>\n"
            "<content:encoded><![CDATA[<p>A new course opens in Manila.</p>]]></content:encoded>\n"
            "</item></channel></rss>\n")
    got, _ = _items("feed.xml", feed)
    assert [(g[0], g[1], g[9]) for g in got] == [
        (4, "Heat stress: what factories can do", "Water and rest breaks."),
        (10, "Skills for green jobs", "creator: ILO News A new course opens in Manila.")]


def test_a_record_s_bookkeeping_is_no_text_and_its_whole_story_only_a_summary_with_no_teaser():
    """JSON Feed (jsonfeed.org) and a crawler's JSON Lines: a record's bookkeeping (`id`,
    `date_modified`, Scrapy's `scraped_at`, a `draft` flag) is no text; `content_text` (the
    story's whole text) is the summary where the record has none, and no text where it has
    one; `tags` are the label."""
    feed = ('{"version": "https://jsonfeed.org/version/1.1", "title": "ILO News", "items": [\n'
            ' {"id": "n1", "title": "Viet Nam ratifies ILO Convention No. 88",\n'
            '  "content_text": "Viet Nam becomes the 92nd country to ratify it.",\n'
            '  "date_published": "2024-05-14T09:30:00+07:00", "date_modified": "2024-05-16T15:12:41+07:00",\n'
            '  "tags": ["International labour standards"], "draft": false},\n'
            ' {"id": "n2", "title": "Heat stress threatens 1.4 billion workers", "summary": "Hours lost to heat.",\n'
            '  "content_html": "<p>Working hours lost to heat could cost US$ 280 billion.</p>",\n'
            '  "date_published": "2024-04-22"}]}\n')
    got, _ = _items("feed.json", feed)
    assert [(g[0], g[1], g[2], g[4], g[5], g[7], g[9]) for g in got] == [
        (2, "Viet Nam ratifies ILO Convention No. 88", "2024-05-14", "09:30", "+0700", "International labour standards",
         "Viet Nam becomes the 92nd country to ratify it."),
        (6, "Heat stress threatens 1.4 billion workers", "2024-04-22", None, None, None, "Hours lost to heat.")]
    scrapy = ('{"title": "Wages rise in Chile", "date": "2024-05-03", "teaser": "Real wages grew 3 per cent.", '
              '"scraped_at": "2024-05-16T09:12:44.123456"}\n')
    got, _ = _items("news.jl", scrapy)
    assert [(g[1], g[9]) for g in got] == [("Wages rise in Chile", "Real wages grew 3 per cent.")]


def test_a_log_of_logfmt_records():
    r"""A log of logfmt records (`key=value`, a value quoted with `\"` inside): a record that
    names a title and a date is an item, on its line; the logger's keys (`time`, `level`,
    `msg`) are no text, and the log's other records (`crawl started`) no item."""
    log = ('time=2024-05-16T07:00:01.512Z level=INFO msg="crawl started" source=www.ilo.org/skills seeds=1\n'
           'time=2024-05-16T07:00:02.140Z level=INFO msg="item parsed" id=nigeria title="Nigeria trains 1 million'
           ' young people" published=2024-05-28 type=News location="Abuja, Nigeria" summary="A four-year'
           ' programme." url=https://www.ilo.org/resource/news/nigeria\n'
           'time=2024-05-16T07:00:02.251Z level=WARN msg="image missing" id=nigeria selector="figure img"\n'
           'time=2024-05-16T07:00:02.253Z level=INFO msg="item parsed" title="Apprenticeships for refugees in Jordan"'
           ' published=2024-05-09 type=Article summary="Some 2,500 completed \\"work-based learning\\"."\n'
           'time=2024-05-16T07:00:02.327Z level=INFO msg="crawl finished" items=2 warnings=1 errors=0\n')
    got, rejects = _items("crawl.log", log)
    assert [(g[0], g[1], g[2], g[4], g[6], g[8], g[9]) for g in got] == [
        (2, "Nigeria trains 1 million young people", "2024-05-28", None, "Abuja, Nigeria", "News",
         "A four-year programme."),
        (4, "Apprenticeships for refugees in Jordan", "2024-05-09", None, None, "Article",
         'Some 2,500 completed "work-based learning".')]
    assert rejects == []
    # a TOML file's line of one pair (`title="..."`) is no logfmt record
    got, _ = _items("data.toml", '[[news]]\ntitle="Wages rise in Chile"\ndate=2024-05-03\n')
    assert [(g[1], g[2]) for g in got] == [("Wages rise in Chile", "2024-05-03")]
