"""The resume parser on files built here: the same resume as text, PDF, DOCX and a DOCX table,
and layouts it must read without having seen them."""

from __future__ import annotations

import itertools
import re

import pytest

from careeros.onboarding.extract import Line, _columns_of_text, read, read_text
from careeros.onboarding.parser import find_phone, known_section, parse, split_sections
from tests import fixtures


def _summary(result: dict) -> dict:
    return {
        "name": result["name"],
        "email": result["email"],
        "phone": result["phone"],
        "skills": result["skills"],
        "experience": [(e["title"], e["company"]) for e in result["experience"]],
        "education": [(e["degree"], e["university"], e["year"]) for e in result["education"]],
    }


@pytest.mark.parametrize(
    ("kind", "build"),
    [
        ("text", fixtures.resume_text),
        ("pdf", fixtures.resume_pdf),
        ("docx", fixtures.resume_docx),
        ("docx", lambda: fixtures.resume_docx(as_table=True)),
    ],
    ids=["text", "pdf", "docx", "docx-table"],
)
def test_one_resume_reads_the_same_in_every_format(kind, build):
    assert _summary(parse(read(build(), kind))) == fixtures.EXPECTED


LAYOUTS = {
    "title-at-company": (
        """James O'Connor
Phone: +1 (415) 555-0134 | Email: james.oconnor@mail.com

WORK HISTORY
Lead Software Engineer at Acme Robotics | June 2019 - Present
* Architected the fleet telemetry system.
Software Engineer II at Globex Corporation | August 2015 - May 2019

Education
University of Texas at Austin
Bachelor of Science, Electrical Engineering
2011 - 2015

Technical Skills
C++ · Rust · Embedded Linux · ROS · Python
""",
        {
            "name": "James O'Connor",
            "phone": "+1 (415) 555-0134",
            "experience": [
                ("Lead Software Engineer", "Acme Robotics"),
                ("Software Engineer II", "Globex Corporation"),
            ],
            "education": [
                # a field printed apart from its degree is joined to it with "in"
                ("Bachelor of Science in Electrical Engineering", "University of Texas at Austin", "2015")
            ],
            "skills": ["C++", "Rust", "Embedded Linux", "ROS", "Python"],
        },
    ),
    "company-then-title-lines": (
        """PRIYA NATARAJAN
priya.n@example.com
555.123.4567

Professional Experience
Figma
Product Designer
2021 - 2023
Shopify
UX Designer
2018 - 2021

Academic Background
2014-2018 B.Des. in Interaction Design, National Institute of Design, Ahmedabad

Core Competencies
User research; Prototyping; Figma; Design systems; Accessibility (WCAG 2.1)
""",
        {
            "name": "Priya Natarajan",
            "phone": "555.123.4567",
            "experience": [("Product Designer", "Figma"), ("UX Designer", "Shopify")],
            "education": [("B.Des. in Interaction Design", "National Institute of Design", "2018")],
            "skills": ["User research", "Prototyping", "Figma", "Design systems", "Accessibility (WCAG 2.1)"],
        },
    ),
    "markdown-and-dashes": (
        """# Anna Smith
anna@smith.dev · 020 7946 0958 · London

## Experience
**Monzo Bank — Backend Engineer** (2021–Present)
Built payment ledger services in Go.

**Deliveroo | Software Engineer | 2018 – 2021**

## Education
University College London — BSc Computer Science, 2016

## Skills
- Go
- PostgreSQL, Kubernetes
- and Terraform
""",
        {
            "name": "Anna Smith",
            "phone": "020 7946 0958",
            "experience": [("Backend Engineer", "Monzo Bank"), ("Software Engineer", "Deliveroo")],
            "education": [("BSc Computer Science", "University College London", "2016")],
            "skills": ["Go", "PostgreSQL", "Kubernetes", "Terraform"],
        },
    ),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_layouts_it_was_not_tuned_on(layout):
    text, expected = LAYOUTS[layout]
    result = _summary(parse(read_text(text.encode())))
    assert {k: result[k] for k in expected} == expected


def test_sections_under_their_many_names():
    lines = read_text(
        b"Jo Bloggs\njo@example.com\n\nEmployment History\nChef, Le Cordon, 2019\n\nAcademic "
        b"Qualifications\nBA in History, University of York, 2010\n\nAreas of Expertise\nPastry, Sauces\n\n"
        b"Hobbies\nRunning, chess\n"
    )
    _, sections = split_sections(lines)
    assert {"experience", "education", "skills", "interests"} <= {s.kind for s in sections}
    result = parse(lines)
    assert result["skills"] == ["Pastry", "Sauces"]  # the hobbies section is not skills


def test_no_sections_at_all_yields_empty_lists_not_guesses():
    result = parse(read_text(b"Just a note\nnothing resume-like here\n"))
    assert result["skills"] == [] and result["experience"] == [] and result["education"] == []
    assert result["email"] is None and result["phone"] is None


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("Tel: +44 20 7946 0958", "+44 20 7946 0958"),
        ("Mobile: 0151 496 0000", "0151 496 0000"),
        ("2019 – 2021 | 94115 | anna@x.com", None),  # years and a zip code are not phone numbers
        ("(912) 555-4321 | http://example.com/1234567", "(912) 555-4321"),
    ],
)
def test_phone_numbers_are_taken_as_printed_and_dates_are_not_phones(line, phone):
    lines = read_text(line.encode())
    assert find_phone(lines, None)[0] == phone


def test_output_is_bounded_whatever_the_input():
    skills = ", ".join(f"Skill{i}" for i in range(1000))
    result = parse(read_text(f"A B\nSkills\n{skills}\n".encode()))
    assert len(result["skills"]) == 150


def test_the_kinds_of_mistake_new_layouts_provoke():
    """One resume holding each kind of trap the issue lists, in words not seen elsewhere."""
    text = """Marta Kowalczyk Principal Data Engineer
marta.k@example.org  |  (+48) 601234567

SKILLS
Databases (expert)\tPostgreSQL, Cassandra
Streaming\tFlink / Kafka Streams / Pulsar

EXPERIENCE
Data Engineer, Ingestion Team\tO'Malley & Brandt Logistics\t2019 – Present
- Moved the nightly loads to streaming.
Analyst\tPolar Freight Ltd. (Gdansk, Poland)\tMar 2015 – Dec 2018

EDUCATION
MSc Computer Science, Warsaw University of Technology, GPA 4.8/5.0, 2014
"""
    result = parse(read_text(text.encode()))
    assert result["name"] == "Marta Kowalczyk"
    assert result["phone"] == "(+48) 601234567"
    assert result["skills"] == ["PostgreSQL", "Cassandra", "Flink", "Kafka Streams", "Pulsar"]
    jobs = [(e["title"], e["company"], e["start"], e["end"]) for e in result["experience"]]
    assert jobs == [
        ("Data Engineer, Ingestion Team", "O'Malley & Brandt Logistics", "2019", "present"),
        ("Analyst", "Polar Freight Ltd.", "2015-03", "2018-12"),
    ]
    assert result["experience"][1]["location"] == "Gdansk, Poland"
    assert [(e["university"], e["year"]) for e in result["education"]] == [
        ("Warsaw University of Technology", "2014")
    ]


def test_phones_written_with_em_dashes_are_found():
    lines = read_text("Jo Bloggs\njo@example.com \u2022 415\u2014555\u20140134\n".encode())
    assert find_phone(lines, "jo@example.com")[0] == "415\u2014555\u20140134"


def test_complete_with_nothing_found_says_so():
    result = parse(read_text(b"Jo Bloggs\njo@example.com\n\nHobbies\nChess\n"))
    assert result["experience"] == []
    assert any("experience" in warning.lower() for warning in result["warnings"])
    assert result["confidence"]["experience"] == 0.0


def test_lightweight_markup_is_layout_not_content():
    """reStructuredText, AsciiDoc and Markdown write emphasis, field lists, titles and bulleted
    entries: none of the marks reach the profile, and a bulleted degree is an entry."""
    rst = b"""=========
Ana Ruiz
=========

:Email: ana@example.com
:Phone: +34 612 345 678

Employment
----------

**Initech Ltd.**
    *Staff Engineer, Platform Team*, May 2019 - Present

    * Led the move to event sourcing

Education
---------

* M.Sc. in Physics, *Universidad de Sevilla* (2012)

Skills
------

:Cloud: Docker, Terraform
"""
    result = parse(read_text(rst))
    assert result["name"] == "Ana Ruiz" and result["email"] == "ana@example.com"
    assert [(e["title"], e["company"]) for e in result["experience"]] == [
        ("Staff Engineer, Platform Team", "Initech Ltd.")
    ]
    assert [(e["degree"], e["university"], e["year"]) for e in result["education"]] == [
        ("M.Sc. in Physics", "Universidad de Sevilla", "2012")
    ]
    assert result["skills"] == ["Docker", "Terraform"]

    adoc = b"""= Ana Ruiz
Ana Ruiz <ana@example.com>

== Experience

=== Staff Engineer
_Initech Ltd._, May 2019 - Present

== Skills

* *Cloud*: Docker, Terraform
"""
    result = parse(read_text(adoc))
    assert result["name"] == "Ana Ruiz"
    assert [(e["title"], e["company"]) for e in result["experience"]] == [("Staff Engineer", "Initech Ltd.")]
    assert set(result["skills"]) == {"Docker", "Terraform"}


def test_fixed_width_columns_dot_leaders_and_rules():
    text = b"""ANA RUIZ
ana@example.com | +34 612 345 678

________________________________________
EXPERIENCE
________________________________________

2019 - Present    Staff Engineer
                  Cook & Decker, Springfield, IL
                  - Led the move to event sourcing

________________________________________
SKILLS
________________________________________

Cloud ........... Docker, Terraform
Data ............ PostgreSQL
"""
    result = parse(read_text(text))
    assert [(e["title"], e["company"]) for e in result["experience"]] == [("Staff Engineer", "Cook & Decker")]
    assert set(result["skills"]) == {"Docker", "Terraform", "PostgreSQL"}


def test_a_docx_table_used_as_a_grid_is_read_across_its_top_line(tmp_path):
    """Dates | entry (company, title, bullets) | place: the place belongs to its row's entry, not
    to the next one; a row of one line per cell (a skill category and its skills) is one line."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph().add_run("Ana Ruiz").bold = True
    document.add_paragraph("ana@example.com")
    document.add_paragraph().add_run("Experience").bold = True
    table = document.add_table(rows=0, cols=3)
    for dates, company, title, place in (
        ("2019 - Present", "Initech Ltd.", "Staff Engineer", "Austin, TX"),
        ("2015 - 2019", "Globex Corporation", "Software Engineer", "Springfield, IL"),
    ):
        when, what, where = table.add_row().cells
        when.text = dates
        what.paragraphs[0].add_run(company).bold = True
        what.add_paragraph(title)
        what.add_paragraph("• Built the billing pipeline end to end")
        where.text = place
    document.add_paragraph().add_run("Skills").bold = True
    table = document.add_table(rows=0, cols=2)
    label, items = table.add_row().cells
    label.text, items.text = "Cloud", "Docker, Terraform"
    buffer = io.BytesIO()
    document.save(buffer)
    result = parse(read(buffer.getvalue(), "docx"))
    assert [(e["title"], e["company"], e["start"][:4]) for e in result["experience"]] == [
        ("Staff Engineer", "Initech Ltd.", "2019"),
        ("Software Engineer", "Globex Corporation", "2015"),
    ]
    assert result["skills"] == ["Docker", "Terraform"]


def test_a_stacked_date_column_durations_and_links_beside_the_entries():
    """A narrow date column read row by row between the entry's own lines ("November 2024",
    the header, "— Present", a duration), a company's address in brackets, a level before a
    skill, a degree's subject on a line of its own: in made-up words, not a corpus file's."""
    text = """Ilse Brandvold
ilse@example.no

EXPERIENCE
October 2023
Platform Engineer, Fjordline Freight (https://fjordline.example.no)
— Present
Kept the booking system up.
1 year
March 2019
Site Reliability Engineer, Nordkapp Data AS
—
Ran the on-call rota.
September 2023
4 years
2015-02-01 → 2019-01-01
Operations Analyst, Polar Paper ASA

SKILLS
Infrastructure — Advanced Terraform
Observability — Intermediate Grafana

EDUCATION
Master of Science
Marine Biology
University of Tromsø
2014
"""
    result = parse(read_text(text.encode()))
    jobs = [(e["title"], e["company"], e["start"], e["end"]) for e in result["experience"]]
    assert jobs == [
        ("Platform Engineer", "Fjordline Freight", "2023-10", "present"),
        ("Site Reliability Engineer", "Nordkapp Data AS", "2019-03", "2023-09"),
        ("Operations Analyst", "Polar Paper ASA", "2015-02", "2019-01"),
    ]
    assert "Terraform" in result["skills"] and "Grafana" in result["skills"]
    assert not any(s.lower().startswith(("advanced", "intermediate")) for s in result["skills"])
    assert [(e["degree"], e["university"]) for e in result["education"]] == [
        ("Master of Science in Marine Biology", "University of Tromsø")
    ]


def test_headings_in_the_plural_without_accents_and_soft_skills():
    text = """Léa Morel
lea.morel@example.fr

EXPERIENCES PROFESSIONNELLES
Ingénieure logiciel, Ardoise Systèmes SARL, janv. 2020 – aujourd'hui

SOFT SKILLS
Negotiation, Mentoring
"""
    _, sections = split_sections(read_text(text.encode()))
    assert [s.kind for s in sections] == ["experience", "skills"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Skills and Tech", "skills"),
        ("Experience & Volunteering", "experience"),
        ("Skills / Tools", "skills"),
        ("Education and Outreach Coordinator", None),  # a job, not a heading
        ("Sales and Marketing", None),
    ],
)
def test_two_section_names_joined_name_the_first(heading, kind):
    assert known_section(Line(heading)) == kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Work Experiance", "experience"),  # one letter changed
        ("Profesional Experience", "experience"),  # one left out
        ("Educaiton History", "education"),  # two swapped
        ("Experienced", None),  # one word: a sentence's, not a heading with a slip
        ("Work Expert", None),  # more than one edit
    ],
)
def test_a_heading_with_one_typing_slip_is_still_a_heading(heading, kind):
    assert known_section(Line(heading)) == kind


def test_a_title_run_into_its_company_and_a_degree_into_its_school():
    """Themes that upper-case the title and the company leave only a space between them."""
    text = """Tomás Herrera
tomas.herrera@example.com

EXPERIENCE
LEAD DATA ENGINEER NORTHWIND TRADERS
March 2019 - Present
Senior Engineer Brightwater Labs Inc.
2015 - 2019

EDUCATION
MASTER OF ARTS HISTORY KINGS COLLEGE LONDON
2014
MBA Rotterdam School of Management
2012
"""
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [
        ("LEAD DATA ENGINEER", "NORTHWIND TRADERS"),
        ("Senior Engineer", "Brightwater Labs Inc."),
    ]
    assert [e["university"] for e in profile["education"]] == [
        "KINGS COLLEGE LONDON",
        "Rotterdam School of Management",
    ]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Key Skills", "skills"),
        ("Selected Projects", "projects"),
        ("Research Experience", "experience"),
        ("Main activities", None),  # a label of an entry, not a section
        ("Skills Trainer", None),  # a job
    ],
)
def test_a_section_name_with_a_word_in_front_is_that_section(heading, kind):
    assert known_section(Line(heading)) == kind


def test_a_place_on_its_own_line_under_an_entry_is_its_location_not_a_job():
    text = """Oskar Lindqvist
oskar.lindqvist@example.se

Experience

Fjordline Shipping AB
Operations Analyst
August 2019 - Present (5 years 4 months)
Göteborg
Planned routes for the Baltic fleet

Nordvik Energi
Junior Analyst
May 2016 - July 2019 (3 years 3 months)
Trondheim
"""
    jobs = parse(read_text(text.encode()))["experience"]
    assert [(j["title"], j["company"], j["location"]) for j in jobs] == [
        ("Operations Analyst", "Fjordline Shipping AB", "Göteborg"),
        ("Junior Analyst", "Nordvik Energi", "Trondheim"),
    ]


def test_a_label_margin_with_section_names_above_and_a_numbered_foot():
    """Section names alone in a margin of dates (a Europass): the dates still sit beside their
    entries; the page's foot that numbers it is not a skill."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    rows = [
        ("", "Ilse Vermeulen", 16),
        ("", "ilse.vermeulen@example.nl", 10),
        ("WORK EXPERIENCE", "", 10),
        ("Mar 2021 - Present", "Backend Engineer", 10),
        ("", "Polderdata B.V.", 10),
        ("Jan 2017 - Feb 2021", "Software Developer", 10),
        ("", "Tulip Systems N.V.", 10),
        ("EDUCATION AND TRAINING", "", 10),
        ("2012 - 2016", "BSc Computer Science", 10),
        ("", "Delft University of Technology", 10),
        ("PERSONAL SKILLS", "", 10),
        ("Languages", "Go, Python", 10),
        ("Tools", "Kubernetes, Terraform", 10),
    ]
    y = 20.0
    for label, text, size in rows:
        pdf.set_font_size(size)
        if label:
            pdf.set_xy(15, y)
            pdf.cell(45, 6, label, align="R")
        if text:
            pdf.set_xy(65, y)
            pdf.cell(120, 6, text)
        y += 9 if label and not text else 7
    pdf.set_font_size(8)
    pdf.set_xy(15, 285)
    pdf.cell(180, 5, "(c) European Union | https://europass.example.eu   Page 1 / 1")
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["name"] == "Ilse Vermeulen"
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Backend Engineer", "Polderdata B.V.", "2021-03"),
        ("Software Developer", "Tulip Systems N.V.", "2017-01"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Delft University of Technology"]
    assert sorted(profile["skills"]) == ["Go", "Kubernetes", "Python", "Terraform"]


def _put(pdf, x, y, text, style="", size=10, width=0, align="L", font="helvetica") -> None:
    """One piece of text at (x, y), `align`ed in a box `width` wide."""
    pdf.set_font(font, style=style, size=size)
    pdf.set_xy(x, y)
    pdf.cell(width, 5, text, align=align)


def _pdf_rows(pdf, rows, x: float, y: float, width: float) -> float:
    """Rows of (text, right-hand text, style, size) set from (x, y) in a box `width` wide."""
    for left, right, style, size in rows:
        pdf.set_font("helvetica", style=style, size=size)
        pdf.set_xy(x, y)
        pdf.cell(width, 5, left)
        if right:
            pdf.set_font("helvetica", style="", size=size)
            pdf.set_xy(x, y)
            pdf.cell(width, 5, right, align="R")
        y += 0.5 * size + 1
    return y


def test_company_and_place_over_title_and_dates_keep_the_place_out_of_the_jobs():
    """The one-column shape many engineers write: the company with its place at the right edge,
    over the title with its dates there. A place the lists do not know, long, in lower case or
    ending like a role ("Munger"), is the place; a company of partners keeps its surname."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    rows = [
        ("Lena Vogt", "", "B", 18),
        ("lena.vogt@example.de | +49 151 2345 6789", "", "", 10),
        ("EXPERIENCE", "", "B", 12),
        ("Brightwater Analytics", "bad salzungen am see", "B", 10),
        ("Senior Data Engineer", "Mar 2021 - Present", "I", 10),
        ("- Built the ingestion platform", "", "", 10),
        ("Turner, Walker & Co.", "New Munger", "B", 10),
        ("Data Engineer", "Jan 2017 - Feb 2021", "I", 10),
        ("- Ran the warehouse", "", "", 10),
        ("Quellwerk", "Ober-Ramstadt im Odenwald", "B", 10),
        ("Junior Analyst", "Jun 2014 - Dec 2016", "I", 10),
        ("EDUCATION", "", "B", 12),
        ("Technical University of Munich", "Munich, DE", "B", 10),
        ("MSc Informatics", "2012 - 2014", "I", 10),
    ]
    _pdf_rows(pdf, rows, 15, 20, 180)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Senior Data Engineer", "Brightwater Analytics", "2021-03"),
        ("Data Engineer", "Turner, Walker & Co.", "2017-01"),
        ("Junior Analyst", "Quellwerk", "2014-06"),
    ]
    assert [j["location"] for j in profile["experience"]] == [
        "bad salzungen am see",
        "New Munger",
        "Ober-Ramstadt im Odenwald",
    ]


def test_a_sidebar_longer_than_the_main_column_is_read_as_one_column():
    """A tinted sidebar that goes on under the end of the main column after a gap between its
    groups is still the sidebar: its last group is skills, not a job. Its category labels in
    italics are not skills; a double name broken at its hyphen and a degree wrapped in bold
    are put back together."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    side = [
        ("Felix de Bruijn-", "", "B", 17),
        ("Pieters", "", "B", 17),
        ("Contact", "", "B", 11),
        ("felix.pieters@example.nl", "", "", 9),
        ("Education", "", "B", 11),
        ("Associate of Applied Science in", "", "B", 9),
        ("Data Science", "", "B", 9),
        ("Hogeschool Utrecht", "", "", 9),
        ("2010 - 2012", "", "", 9),
        ("Skills", "", "B", 11),
        ("Data", "", "I", 9),
        ("Spark", "", "", 9),
        ("Pandas", "", "", 9),
    ]
    y = _pdf_rows(pdf, side, 8, 15, 56)
    y += 14  # a gap between the sidebar's groups, below the end of the main column
    _pdf_rows(pdf, [("Frontend", "", "I", 9), ("Next.js", "", "", 9), ("Redux", "", "", 9)], 8, y, 56)
    main = [
        ("Experience", "", "B", 13),
        ("Engineering Manager", "Oct 2024 - Present", "B", 10),
        ("The Cedar Group, Oterleek", "", "I", 10),
        ("- Reduced latency by half across the stack", "", "", 10),
        ("Lead Engineer", "Dec 2020 - Oct 2024", "B", 10),
        ("Thomas, Kim & Co.", "", "I", 10),
    ]
    _pdf_rows(pdf, main, 75, 15, 125)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["name"] == "Felix de Bruijn-Pieters"
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [
        ("Engineering Manager", "The Cedar Group"),
        ("Lead Engineer", "Thomas, Kim & Co."),
    ]
    assert sorted(profile["skills"]) == ["Next.js", "Pandas", "Redux", "Spark"]
    assert [(e["degree"], e["university"]) for e in profile["education"]] == [
        ("Associate of Applied Science in Data Science", "Hogeschool Utrecht")
    ]


def test_a_grid_of_skills_and_a_place_beside_the_company_in_a_word_table(tmp_path):
    """A word processor's two-column template: dates broken after the dash in the left cell,
    the title over "Company · Place" on the right, the skills a grid of bulleted cells."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Amy Reyes")
    document.add_paragraph("amy.reyes@example.com • +1 415 555 0134")
    document.add_paragraph().add_run("Experience").bold = True
    table = document.add_table(rows=0, cols=2)
    for start, end, title, place in (
        ("09/2022 –", "Present", "Lead Backend Developer", "Lumen.io · Munger"),
        ("08/2017 –", "06/2021", "Project Coordinator", "Acmeleaf · Willischester, CA"),
    ):
        when, what = table.add_row().cells
        when.paragraphs[0].add_run(start)
        when.add_paragraph(end)
        what.paragraphs[0].add_run(title).bold = True
        what.add_paragraph().add_run(place).italic = True
        what.add_paragraph("Led a team of four engineers", style="List Bullet")
    document.add_paragraph().add_run("Skills").bold = True
    grid = document.add_table(rows=0, cols=3)
    for row in (("Vue.js", "Tailwind CSS", "Svelte"), ("R", "Go")):
        for cell, item in zip(grid.add_row().cells, row, strict=False):
            cell.text = f"• {item}"
    buffer = io.BytesIO()
    document.save(buffer)
    profile = parse(read(buffer.getvalue(), "docx"))
    assert [
        (j["title"], j["company"], j["location"], j["start"], j["end"]) for j in profile["experience"]
    ] == [
        ("Lead Backend Developer", "Lumen.io", "Munger", "2022-09", "present"),
        ("Project Coordinator", "Acmeleaf", "Willischester, CA", "2017-08", "2021-06"),
    ]
    assert sorted(profile["skills"]) == ["Go", "R", "Svelte", "Tailwind CSS", "Vue.js"]


def test_a_markdown_resume_of_tables_with_its_skills_as_inline_code():
    """Jobs and schools as Markdown tables whose header names the columns (in any order), each
    job's highlights under its company's name below the table, and skills as inline code."""
    text = """# Alicja Roht-Drewes

- [alicja@example.com](mailto:alicja@example.com)

## Work history

| When | Position | Employer |
|---|:--|---|
| Oct 2023 – Present | Site Reliability Engineer, Core Data Team | Vertex Foods |
| May 2021 – Oct 2023 | Technical Writer | Cedar Software |

**Vertex Foods**

- Introduced automated testing and continuous delivery

## Education

| Year | Degree | School |
|---|---|---|
| 2011 | A.A.S. in Economics | Politecnico di Torino |

## Skills

`Code review` `PyTorch` `Hugging Face` `C++`
"""
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Site Reliability Engineer, Core Data Team", "Vertex Foods", "2023-10", "present"),
        ("Technical Writer", "Cedar Software", "2021-05", "2023-10"),
    ]
    assert profile["experience"][0]["highlights"] == ["Introduced automated testing and continuous delivery"]
    assert [(e["degree"], e["university"], e["year"]) for e in profile["education"]] == [
        ("A.A.S. in Economics", "Politecnico di Torino", "2011")
    ]
    assert sorted(profile["skills"]) == ["C++", "Code review", "Hugging Face", "PyTorch"]


def test_labels_beside_their_values_are_not_a_table_head():
    text = """Ilse Vermeulen
ilse@example.nl

Work experience
Dates\tMarch 2021 – July 2024
Occupation or position held\tJunior Recruiter
Name of employer\tLake Capital Corp.
"""
    jobs = parse(read_text(text.encode()))["experience"]
    assert [(j["title"], j["company"], j["start"]) for j in jobs] == [
        ("Junior Recruiter", "Lake Capital Corp.", "2021-03")
    ]


def test_a_printed_web_page_first_section_named_by_its_writer_and_schools_as_cards():
    """A personal page printed: the first section under a name of its own ("Where I have
    worked", set like the headings below it), jobs as "Title @ Company" with "2019 → 2021" at
    the right; schools as cards side by side; a place in brackets after a company."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("dejavu", style="B", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

    def put(x, y, text, style="", size=10, width=0, align="L"):
        _put(pdf, x, y, text, style, size, width, align, font="dejavu")

    put(15, 15, "Florina del Gutierrez", "B", 24)
    put(15, 27, "Technical writer with eleven years of experience.")
    put(15, 33, "florina@example.org / +34 690 312 854")
    put(15, 45, "Where I have worked", "B", 14)
    put(15, 54, "Staff Full Stack Developer @ The Cedar Group (Karimnagar)", "B")
    put(15, 54, "2024 → Present", width=180, align="R")
    put(15, 60, "Reduced latency by a third across the risk stack and grew revenue.")
    put(15, 68, "Lead Security Engineer @ Cedarforge", "B")
    put(15, 68, "2021 → 2024", width=180, align="R")
    put(15, 80, "Skills", "B", 14)
    put(15, 89, "Airflow    Apache Kafka    Snowflake")
    put(15, 101, "Education", "B", 14)
    for x, school, degree, years in (
        (15, "North School of Economics", "M.Sc. in Mechanical Engineering", "2020 – 2023"),
        (110, "Universidad de Sevilla", "B.Sc. in Physics", "2016 – 2020"),
    ):
        put(x, 110, school, "B")
        put(x, 116, degree)
        put(x, 122, years)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [
        (j["title"], j["company"], j["location"], j["start"], j["end"]) for j in profile["experience"]
    ] == [
        ("Staff Full Stack Developer", "The Cedar Group", "Karimnagar", "2024", "present"),
        ("Lead Security Engineer", "Cedarforge", None, "2021", "2024"),
    ]
    assert [(e["degree"], e["university"], e["year"]) for e in profile["education"]] == [
        ("M.Sc. in Mechanical Engineering", "North School of Economics", "2023"),
        ("B.Sc. in Physics", "Universidad de Sevilla", "2020"),
    ]


def test_a_date_in_a_right_hand_column_is_not_the_date_of_the_main_columns_row():
    """Under a school in a right-hand column, its dates sit on the baseline of a bullet of the
    main column: they stay the school's."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()

    def put(x, y, text, style="", size=10, width=0, align="L"):
        _put(pdf, x, y, text, style, size, width, align)

    put(12, 12, "Larry Burns", "B", 20)
    put(12, 22, "larry.burns@example.net")
    put(12, 34, "EXPERIENCE", "B", 12)
    put(140, 34, "EDUCATION", "B", 12)
    put(12, 42, "THE QUANTUM GROUP", "B")
    put(12, 42, "May 2023 - Present", width=110, align="R")
    put(12, 48, "Account Executive", "I")
    put(12, 54, "- Grew revenue from the payments line")
    put(12, 60, "- Led a team of four engineers")
    put(140, 42, "Bachelor of Engineering", "B")
    put(140, 48, "Universite de Lyon")
    put(140, 54, "Sep 2004 - Jun 2008")
    put(12, 68, "DANIELS & SNYDER", "B")
    put(12, 68, "Nov 2019 - Apr 2023", width=110, align="R")
    put(12, 74, "Associate Account Executive", "I")
    put(12, 80, "- Mentored new hires and ran the interview loop")
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Account Executive", "THE QUANTUM GROUP", "2023-05"),
        ("Associate Account Executive", "DANIELS & SNYDER", "2019-11"),
    ]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [("Universite de Lyon", "2008")]


def test_an_org_mode_resume_with_timestamps():
    text = """#+TITLE: Lorenza Montes Lorenzo
#+EMAIL: lorenza@example.org
#+OPTIONS: toc:nil

* Work
** Principal Site Reliability Engineer, Reed Health GmbH
   <2021-09-01 Wed>--<2023-11-01>
   - Grew revenue from the infrastructure line
** Lead UX Researcher at Burchberg Robotics AG
   [2023-12-01]--now
* Education
** Diploma in Statistics, Collinsview University
   <2020-06-01>
"""
    profile = parse(read_text(text.encode()))
    assert profile["name"] == "Lorenza Montes Lorenzo"
    assert profile["email"] == "lorenza@example.org"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Principal Site Reliability Engineer", "Reed Health GmbH", "2021-09", "2023-11"),
        ("Lead UX Researcher", "Burchberg Robotics AG", "2023-12", "present"),
    ]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [
        ("Collinsview University", "2020")
    ]


def test_skill_levels_beside_skills_titles_in_capitals_and_years_at_a_bars_ends():
    """A sidebar of skills each with its level at the right ("Rust <gap> 75%"); jobs whose
    titles are set in capitals under their dates (not headings); a timeline whose bar has
    its first year above the entry's first line and its last year under it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()

    def put(x, y, text, style="", size=10, width=0, align="L"):
        _put(pdf, x, y, text, style, size, width, align)

    put(10, 12, "Feline Boer", "B", 20)
    put(10, 24, "feline.boer@example.org")
    put(10, 34, "Skills", "B", 13)
    for row, (skill, level) in enumerate((("Rust", "75%"), ("Go", "55%"), ("Incident response", "70%"))):
        put(10, 42 + 7 * row, skill)
        put(10, 42 + 7 * row, level, width=55, align="R")
    put(80, 34, "Experience", "B", 13)
    put(80, 42, "Jun 2025 - Present", "B", 9)
    put(80, 48, "SOLUTIONS ARCHITECT", "B")
    put(80, 54, "Zen.io | Kerkwerve", "I")
    put(80, 60, "- Reduced latency by a fifth across the data stack")
    put(80, 68, "2019", "", 8)
    put(80, 73, "LEAD SOFTWARE ENGINEER", "B")
    put(80, 78, "2024", "", 8)
    put(80, 84, "Lake Health Ltd. | Niehove", "I")
    put(80, 96, "Education", "B", 13)
    put(80, 104, "2016 - 2019", "B", 9)
    put(80, 110, "BACHELOR OF ENGINEERING IN COMPUTER SCIENCE", "B")
    put(80, 116, "South State University", "I")
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert sorted(profile["skills"]) == ["Go", "Incident response", "Rust"]
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("SOLUTIONS ARCHITECT", "Zen.io", "2025-06", "present"),
        ("LEAD SOFTWARE ENGINEER", "Lake Health Ltd.", "2019", "2024"),
    ]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [
        ("South State University", "2019")
    ]


def test_a_narrow_column_of_dates_with_the_range_broken_after_its_start():
    """Dates down a narrow left column, "Nov 2021" over "– Sep 2025", beside the entry's title
    and place: the two lines are one range, and the column is read with its rows."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _put(pdf, 15, 15, "Kamil Pociask", "B", 22)
    _put(pdf, 15, 26, "kamil.pociask@example.net")
    _put(pdf, 15, 38, "Experience", "B", 13)
    for y, start, end, title, place, company in (
        (46, "Nov 2021", "- Sep 2025", "Data Scientist", "Pszczyna", "Quantumworks"),
        (62, "Aug 2017", "- Oct 2020", "Lead Data Scientist", "Walcz", "Martin Analytics GmbH"),
    ):
        _put(pdf, 15, y, start, size=8)
        _put(pdf, 15, y + 4, end, size=8)
        _put(pdf, 45, y, title, "B")
        _put(pdf, 45, y, place, size=8, width=150, align="R")
        _put(pdf, 45, y + 6, company)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Data Scientist", "Quantumworks", "2021-11", "2025-09"),
        ("Lead Data Scientist", "Martin Analytics GmbH", "2017-08", "2020-10"),
    ]


def test_an_academic_cv_with_appointments_numbered_downwards():
    text = """Rachael Smith-Roberts
rachael@example.ac.uk

Appointments
2. 2023–present    Associate Professor, University of Leeds, Leeds
1. 2018–2023    Lecturer in Statistics, Lumen Institute

Education
1. 2017    PhD in Statistics, University of York
"""
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Associate Professor", "University of Leeds", "2023"),
        ("Lecturer in Statistics", "Lumen Institute", "2018"),
    ]


def test_two_columns_of_equal_type_under_a_centred_header():
    """Two columns in the same type on one grid of lines (experience beside education and
    skills), under a centred name, headline and contact line set close above them: the header
    does not hide the gutter, and each column is read by itself."""
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _put(pdf, 15, 15, "Reyes de Gaya", "B", 20, 186, "C")
    _put(pdf, 15, 23, "Senior Mobile Developer and Mobile Team Lead", "", 10, 186, "C")
    _put(pdf, 15, 28, "reyes.gaya@example.com | +34 658 610 566 | Guadalajara, ES", "", 9, 186, "C")
    left = [
        ("PROFESSIONAL EXPERIENCE", "B"),
        ("Associate Mobile Developer", "B"),
        ("Zen Labs, Albacete", "I"),
        ("Aug 2022 - Present", ""),
        ("- Mentored new hires and ran the interview loop", ""),
        ("- Introduced automated testing and delivery", ""),
        ("", ""),
        ("Lead Mobile Developer", "B"),
        ("Johnson & Little, Salamanca", "I"),
        ("Jul 2019 - Dec 2021", ""),
        ("- Led a team of 3 engineers", ""),
    ]
    right = [
        ("EDUCATION", "B"),
        ("West Institute of Technology", "B"),
        ("Doctor of Philosophy in Mechanical Engineering", ""),
        ("2016 - 2018", ""),
        ("", ""),
        ("TECHNICAL SKILLS", "B"),
        ("Frontend", "B"),
        ("Tailwind CSS, React, Webpack, Svelte", ""),
        ("", ""),
        ("Practices", "B"),
        ("Incident response, Code review", ""),
    ]
    for column, x in ((left, 15), (right, 110)):
        for row, (text, style) in enumerate(column):
            if text:
                _put(pdf, x, 34 + 5 * row, text, style, 9, 90)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["name"] == "Reyes de Gaya"
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Associate Mobile Developer", "Zen Labs", "2022-08"),
        ("Lead Mobile Developer", "Johnson & Little", "2019-07"),
    ]
    assert [(e["degree"], e["university"]) for e in profile["education"]] == [
        ("Doctor of Philosophy in Mechanical Engineering", "West Institute of Technology")
    ]
    assert sorted(profile["skills"]) == [
        "Code review",
        "Incident response",
        "React",
        "Svelte",
        "Tailwind CSS",
        "Webpack",
    ]


def test_a_margin_of_dates_and_labels_under_section_names_across_the_page():
    """A one-column page whose entries are rows of a definition list: the dates, and the skills'
    categories, in a margin; the section names across the whole width, each on a row of its own.
    The margin is not a column: each date stays with its entry, each category with its skills."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _put(pdf, 15, 15, "Vi Mai", "B", 20)
    _put(pdf, 15, 23, "Senior Project Coordinator", "I", 10)
    _put(pdf, 15, 28, "vi.mai@example.com | +84 93 743 37 22", "", 10)
    rows = [
        ("Employment", ""),
        ("Nov 2024 - Present", "Associate Security Engineer, The North Group"),
        ("", "Led a team of 10 engineers"),
        ("", "Led a team of 7 engineers"),
        ("Dec 2020 - Jul 2023", "Associate Project Coordinator, The Lumen Group"),
        ("Education", ""),
        ("2019", "University of Maryburgh"),
        ("", "PhD in Economics"),
        ("Skills", ""),
        ("Practices", "Test-driven development, Code review"),
        ("Design", "Figma, User research, Prototyping"),
    ]
    y = 40.0
    for label, text in rows:
        heading = label and not text
        if label:
            _put(pdf, 15, y, label, "B" if heading else "", 12 if heading else 9)
        if text:
            _put(pdf, 55, y, text, "", 10)
        y += 8 if heading else 6
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Associate Security Engineer", "The North Group", "2024-11"),
        ("Associate Project Coordinator", "The Lumen Group", "2020-12"),
    ]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [
        ("University of Maryburgh", "2019")
    ]
    assert sorted(profile["skills"]) == [
        "Code review",
        "Figma",
        "Prototyping",
        "Test-driven development",
        "User research",
    ]


def test_a_two_column_resume_saved_as_text_with_its_layout():
    """A two-column resume saved as text with its layout kept in spaces (`pdftotext -layout`):
    the narrow left column (contact details, skills) and the right one (experience, education)
    side by side on every line are read one after the other, each job's dates at the far right
    staying with it; a text whose only columns are its dates beside their entries is unchanged."""
    left = [
        "CONTACT",
        "franco.n@example.net",
        "+44 7483 255861",
        "",
        "SKILLS",
        "Incident response,",
        "Code review, Kubernetes,",
        "Agile and Scrum",
    ]
    right = [
        "PROFESSIONAL EXPERIENCE",
        "",
        "Senior Full Stack Developer                        2024 - 2026",
        "Clark & Sons, East Christianbury",
        "Led a team of 6 engineers",
        "",
        "Lead Mobile Developer, Payments Team               2020 - 2023",
        "Bright.io",
        "Grew revenue from the identity line",
        "",
        "EDUCATION",
        "",
        "Doctor of Philosophy in Physics                    2003",
        "St. Carpenter's College",
    ]
    lines = ["                     FRANCESCA WATSON-SHAH", "", ""]
    lines += [f"{a:<28}{b}".rstrip() for a, b in itertools.zip_longest(left, right, fillvalue="")]
    profile = parse(read_text("\n".join(lines).encode()))
    assert profile["name"] == "Francesca Watson-Shah" or profile["name"] == "FRANCESCA WATSON-SHAH"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Senior Full Stack Developer", "Clark & Sons", "2024", "2026"),
        ("Lead Mobile Developer, Payments Team", "Bright.io", "2020", "2023"),
    ]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [
        ("St. Carpenter's College", "2003")
    ]
    assert sorted(profile["skills"]) == ["Agile and Scrum", "Code review", "Incident response", "Kubernetes"]
    dated = "Jan 2019 - Mar 2021   Senior Engineer\n                      Acme Corp\n" * 5
    assert _columns_of_text(dated.split("\n")) is None


def test_section_names_in_a_margin_beside_their_sections_under_a_header():
    """A one-column page with its section names in a left margin, each beside its section's
    first line, under a header of three lines: the margin is not a column of its own."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _put(pdf, 15, 15, "Kevin Mahoney, Junior Customer Success Manager", "B", 14)
    _put(pdf, 15, 22, "kevin.mahoney@example.net | 404.509.1914 | Heatherside, US", "", 9)
    _put(pdf, 15, 27, "LinkedIn: https://linkedin.com/in/kevin.mahoney", "", 9)
    rows = [
        ("SUMMARY", "Customer success manager with five years of experience in software."),
        ("EXPERIENCE", "Associate Customer Success Manager, Brightgrid    Dec 2021 - Present"),
        ("", "Grew revenue from the payments line across two regions"),
        ("", "Customer Success Manager, Miller & Lopez    Jan 2019 - Oct 2020"),
        ("", "Reduced churn by a third with a new onboarding programme"),
        ("SKILLS", "Salesforce, Zendesk, Stakeholder management"),
        ("EDUCATION", "New University, Bachelor of Arts in Mechanical Engineering, 2019"),
    ]
    y = 36.0
    for label, text in rows:
        if label:
            _put(pdf, 15, y, label, "B", 9)
        _put(pdf, 48, y, text, "", 9)
        y += 5
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [
        ("Associate Customer Success Manager", "Brightgrid"),
        ("Customer Success Manager", "Miller & Lopez"),
    ]
    assert [e["university"] for e in profile["education"]] == ["New University"]
    assert sorted(profile["skills"]) == ["Salesforce", "Stakeholder management", "Zendesk"]


@pytest.mark.parametrize(
    ("gap", "expected"),
    [(0.14, "Elenore Wulff-Kostolzin"), (2.0, "Elenore Wulff-Kostolzin")],
    ids=["a word space, no space in the text layer", "set far apart"],
)
def test_a_name_set_in_two_weights(gap, expected):
    """The first name light and the last name bold: the text layer has no space between them
    (only the gap and the change of face say there is one); or the two are set far apart and
    read as two parts of the line."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=26)
    first = pdf.get_string_width("Elenore")
    _put(pdf, 40, 15, "Elenore", "", 26)
    _put(pdf, 40 + first + gap * 26 * 0.3528, 15, "Wulff-Kostolzin", "B", 26)
    _put(pdf, 15, 30, "elenore.wulff@example.de | +49 30 5633 9560", "", 9)
    _put(pdf, 15, 40, "Experience", "B", 13)
    _put(pdf, 15, 48, "Associate Data Scientist, Brightworks", "", 10)
    _put(pdf, 15, 53, "2022 - Present", "", 10)
    assert parse(read(bytes(pdf.output()), "pdf"))["name"] == expected


def test_a_static_sites_markdown_resume_with_front_matter():
    """A resume kept in a static site: the name, headline and contact details only in the YAML
    front matter (the site's own keys left out); a first section named by its writer, each job a
    "### Company" heading over "**Title** · dates"."""
    text = """---
layout: resume
title: "Lieve van Bentheim-van 't Houteveen"
email: lieve@example.nl
phone: "+31 6 94280213"
headline: "Principal Database Administrator"
permalink: /resume/
---

## Where I have worked

### Blueforge Labs (Markberg, NH)

**Principal Backend Developer, Payments Team** · 09/2025 – Present

- Introduced automated testing and continuous delivery

### Flores & Sons

**Staff Site Reliability Engineer** · Jun 2021 – Jul 2025

## Education

- **Christinaton State University**, B.Eng. in Economics, 2015

## Skills

- **Backend**: Go, PostgreSQL
"""
    profile = parse(read_text(text.encode()))
    assert profile["name"] == "Lieve van Bentheim-van 't Houteveen"
    assert (profile["email"], profile["phone"]) == ("lieve@example.nl", "+31 6 94280213")
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Principal Backend Developer, Payments Team", "Blueforge Labs", "2025-09"),
        ("Staff Site Reliability Engineer", "Flores & Sons", "2021-06"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Christinaton State University"]
    assert sorted(profile["skills"]) == ["Go", "PostgreSQL"]
    assert not any("resume" in line.text or "permalink" in line.text for line in read_text(text.encode()))


def _tracked(pdf, x: float, y: float, text: str, style: str, size: float, spacing: int) -> None:
    """`text` letter-spaced as browsers print CSS letter-spacing: every glyph moved apart by a
    TJ adjustment, which PDFium reads as a space after each letter. (x, y) in points from the
    page's bottom left."""
    pdf.set_font("helvetica", style=style, size=size)
    font = pdf.fonts[pdf.current_font.fontkey].i
    gaps = " ".join(f"({c}) -{spacing}" if c != " " else f"-{spacing + 300}" for c in text)
    pdf._out(f"BT /F{font} {size:.2f} Tf {x:.2f} {y:.2f} Td [{gaps}] TJ ET")


def test_letter_spaced_capitals_are_read_as_their_words():
    """A design tool's page: the name and the section names in capitals spaced out letter by
    letter (the text layer has a space after every letter), the rest in normal type. The letters
    make words again, and a wider gap still parts two words."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _tracked(pdf, 56, 780, "KAROLINE WEISS", "", 28, 350)
    _tracked(pdf, 56, 750, "CONTACT ME", "B", 11, 400)
    _put(pdf, 56, 100, "karoline.weiss@example.de | +49 30 4455 6677", "", 10)
    _tracked(pdf, 56, 700, "WORK EXPERIENCE", "B", 11, 400)
    rows = [
        ("Staff Data Engineer, Lindenwerk GmbH", "", "B", 10),
        ("Mar 2021 - Present", "", "", 10),
        ("Data Engineer, Hafenblick Logistik AG", "", "B", 10),
        ("Jan 2017 - Feb 2021", "", "", 10),
    ]
    _pdf_rows(pdf, rows, 56, 160, 400)
    _tracked(pdf, 56, 560, "EDUCATION", "B", 11, 400)
    _put(pdf, 56, 300, "MSc Computer Science, Universität Leipzig, 2016", "", 10)
    _tracked(pdf, 56, 500, "SKILLS", "B", 11, 400)
    _put(pdf, 56, 360, "Python, Kafka, Terraform", "", 10)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["name"].casefold() == "karoline weiss"
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Staff Data Engineer", "Lindenwerk GmbH", "2021-03"),
        ("Data Engineer", "Hafenblick Logistik AG", "2017-01"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Universität Leipzig"]
    assert sorted(profile["skills"]) == ["Kafka", "Python", "Terraform"]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Berufserfahrung", "experience"),
        ("Beruflicher Werdegang", "experience"),
        ("EDV-Kenntnisse", "skills"),
        ("Fachkenntnisse", "skills"),
        ("IT-Kompetenzen", "skills"),
        ("Sprachkenntnisse", "languages"),
        ("Hochschulausbildung", "education"),
        ("Persönliche Daten", "contact"),
        ("CENTRES D'INTÉRÊT", "interests"),
        ("Parcours professionnel", "experience"),
        ("Mitarbeiterführung", None),  # a German word, not a section
    ],
)
def test_section_names_of_other_languages_and_german_compounds(heading, section):
    from careeros.onboarding.parser import heading_section

    assert heading_section(heading) == section


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("seit 03/2019", (2019, 3)),
        ("Depuis janv. 2019 : Data Engineer - Acme", (2019, 1)),
        ("since June 2020", (2020, 6)),
    ],
)
def test_since_a_date_is_a_job_still_going_on(text, start):
    from careeros.onboarding.parser import find_period

    period, rest = find_period(text)
    assert period is not None and period.start == start and period.current and period.end is None
    assert not re.search(r"\b(seit|depuis|since)\b", rest, re.I)


def test_a_german_tabular_cv_in_word():
    """ "Lebenslauf" as the title, personal details as a table of labels, then tables with the
    dates at the left ("seit 03/2019", "04/2015 – 02/2019"), skills under "EDV-Kenntnisse" by
    category, languages under "Sprachen" (not skills), and the place, date and name at the foot."""
    import io

    import docx

    document = docx.Document()
    document.add_heading("Lebenslauf", level=0)

    def section(title: str, rows) -> None:
        document.add_paragraph().add_run(title).bold = True
        table = document.add_table(rows=0, cols=2)
        for left, right in rows:
            a, b = table.add_row().cells
            a.text = left
            if isinstance(right, tuple):
                b.paragraphs[0].add_run(right[0]).bold = True
                b.add_paragraph(right[1])
            else:
                b.text = right

    section(
        "Persönliche Daten",
        [("Name", "Jonas Albrecht"), ("Anschrift", "Leipzig"), ("Telefon", "+49 341 2233 4455"),
         ("E-Mail", "jonas.albrecht@example.de"), ("Geburtsdatum", "14.02.1990")],
    )  # fmt: skip
    section(
        "Berufserfahrung",
        [("seit 03/2019", ("Senior Backend Developer", "Lindenwerk GmbH, Leipzig")),
         ("04/2015 – 02/2019", ("Backend Developer", "Hafenblick Logistik AG, Hamburg"))],
    )  # fmt: skip
    section("Ausbildung", [("10/2010 – 09/2015", ("Universität Leipzig", "M.Sc. Informatik"))])
    section("EDV-Kenntnisse", [("Sprachen", "Python, Go"), ("Datenbanken", "PostgreSQL, Redis")])
    section("Sprachen", [("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher")])
    document.add_paragraph("Leipzig, 01.12.2026")
    document.add_paragraph("Jonas Albrecht")
    buffer = io.BytesIO()
    document.save(buffer)
    profile = parse(read(buffer.getvalue(), "docx"))
    assert profile["name"] == "Jonas Albrecht"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Senior Backend Developer", "Lindenwerk GmbH", "2019-03", "present"),
        ("Backend Developer", "Hafenblick Logistik AG", "2015-04", "2019-02"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Universität Leipzig"]
    assert sorted(profile["skills"]) == ["Go", "PostgreSQL", "Python", "Redis"]


def test_a_heading_wrapped_with_its_date_at_a_tab_stop_and_a_school_left_open():
    """A word processor's heading "Title | Company<tab>dates" too long for its column: its last
    words go to the next line with the dates. And a school's name broken after "of" in a narrow
    column goes on on the next line."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    rows = [
        ("Marek Nowak", "", "B", 16),
        ("marek.nowak@example.pl", "", "", 9),
        ("EXPERIENCE", "", "B", 11),
        ("Preston Corp. - Backend", "", "B", 9),
        ("Developer", "02/2023 - Present", "B", 9),
        ("- Billing on events", "", "", 9),
        ("Lead Mobile Developer | Benson", "", "B", 9),
        ("& Sons", "07/2019 - 01/2023", "B", 9),
        ("- Led a team of five", "", "", 9),
        ("EDUCATION", "", "B", 11),
        ("Silesian University of", "", "B", 9),
        ("Technology", "", "B", 9),
        ("MSc Computer Science, 2019", "", "", 9),
    ]
    y = 20.0
    for left, right, style, size in rows:  # lines of a paragraph 1.3 times their type apart
        _put(pdf, 15, y, left, style, size, width=62)
        if right:
            _put(pdf, 15, y, right, "", size, width=62, align="R")
        y += 1.3 * size * 0.3528 + (2.0 if size > 9 or right or left.startswith("-") else 0.0)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Backend Developer", "Preston Corp.", "2023-02", "present"),
        ("Lead Mobile Developer", "Benson & Sons", "2019-07", "2023-01"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Silesian University of Technology"]


def test_a_japanese_name_with_the_iteration_mark():
    text = "佐々木 明美\nakemi.sasaki@example.jp\n\nExperience\nData Engineer, Kumo KK, 2020 - Present\n"
    assert parse(read_text(text.encode()))["name"] == "佐々木 明美"


def test_a_date_column_of_justified_pieces_and_a_range_wrapped_inside_its_end():
    """A narrow date column set justified: "Oct", "2022" and "–" arrive as separate parts of
    the row, "Present" under them; "Feb 2017 – May" beside the company with "2021" under it.
    And "Role outline" over a job's summary is a label, not another job."""
    rows = [
        ("Paula Greco",),
        ("paula.greco@example.it",),
        ("Experience",),
        ("Oct", "2022", "–", "Brightleaf"),
        ("Present",),
        ("Junior Engineering Manager",),
        ("Role outline",),
        ("Owned the roadmap for a core product area.",),
        ("Feb 2017 – May", "Klein plc"),
        ("2021",),
        ("Consultant",),
        ("Role outline",),
        ("Delivered the team's roadmap.",),
    ]
    lines = [
        Line("\t".join(r), size=1.2 if r == ("Experience",) else 1.0, cells=r if len(r) > 1 else ())
        for r in rows
    ]
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in parse(lines)["experience"]] == [
        ("Junior Engineering Manager", "Brightleaf", "2022-10", "present"),
        ("Consultant", "Klein plc", "2017-02", "2021-05"),
    ]


def test_section_names_in_the_first_cell_of_their_rows():
    """A page laid out in HTML tables: each section's name in a cell spanning its rows, so it
    reads at the start of the section's first row ("Education <tab> 2012 <tab> School"), and a
    name too long for the cell wraps ("Work" over "History")."""
    rows = [
        ("Omar Haddad", 2.2),
        ("omar.haddad@example.com", 1.0),
        ("Work", 1.15),
        ("History\t2021 - Present\tStaff Engineer, Cedarline", 1.15),
        ("2017 - 2021\tSoftware Engineer, Tideworks", 1.0),
        ("Education\t2016\tUniversity of Leeds", 1.15),
        ("BSc Computer Science", 1.0),
        ("Skills\tCloud\tAWS, Terraform", 1.15),
    ]
    lines = [
        Line(text, size=size, cells=tuple(text.split("\t")) if "\t" in text else ()) for text, size in rows
    ]
    profile = parse(lines)
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Staff Engineer", "Cedarline", "2021"),
        ("Software Engineer", "Tideworks", "2017"),
    ]
    assert [e["university"] for e in profile["education"]] == ["University of Leeds"]
    assert sorted(profile["skills"]) == ["AWS", "Terraform"]


def test_text_hard_wrapped_at_a_fixed_width():
    """Plain text a job board saved wrapped at 60 columns with Windows line ends: an entry's
    line and a school's name go on on the next line; a bullet's text goes on indented."""
    text = "\r\n".join(
        [
            "Ines Moreau",
            "ines.moreau@example.fr | +33 6 12 34 56 78",
            "",
            "EXPERIENCE",
            "",
            "Brightwater Analytics, Lyon - Senior Data Engineer, March",
            "2021 - Present",
            "  * Moved the warehouse to a lakehouse and cut the nightly",
            "    batch from six hours to forty minutes",
            "Principal Machine Learning Engineer, Northwind Logistics,",
            "Toulouse (January 2017 - February 2021)",
            "  * Led a team of five engineers",
            "",
            "EDUCATION",
            "",
            "Master of Engineering in Electrical Engineering, Politecnico",
            "di Milano, 2016",
            "",
            "SKILLS",
            "",
            "Python, Spark, Airflow, Terraform, Kubernetes, Apache Kafka,",
            "dbt",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Senior Data Engineer", "Brightwater Analytics", "2021-03", "present"),
        ("Principal Machine Learning Engineer", "Northwind Logistics", "2017-01", "2021-02"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Politecnico di Milano"]
    assert "Apache Kafka" in profile["skills"] and "dbt" in profile["skills"]


def test_tracked_changes_in_a_word_file_read_as_accepted():
    """Track Changes left on: inserted text is read, deleted text and text moved away are not."""
    import io

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run(text: str, deleted: bool = False):
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.text = text
        r.append(t)
        return r

    def tracked(kind: str, r):
        mark = OxmlElement(f"w:{kind}")
        mark.set(qn("w:id"), "1")
        mark.set(qn("w:author"), "Reviewer")
        mark.append(r)
        return mark

    document = docx.Document()
    document.add_heading("Lena Brandt", level=0)
    document.add_paragraph("lena.brandt@example.de")
    document.add_paragraph()._p.append(tracked("moveFrom", run("Cloud: AWS, Terraform")))
    document.add_heading("Experience", level=1)
    entry = document.add_paragraph()
    entry._p.append(tracked("del", run("Junior Engineer (acting)", deleted=True)))
    entry._p.append(tracked("ins", run("Staff Engineer")))
    entry._p.append(run(", Lindenwerk GmbH\t2021 – Present"))
    added = document.add_paragraph()
    added._p.append(tracked("ins", run("Software Engineer, Hafenblick AG\t2017 – 2021")))
    document.add_heading("Skills", level=1)
    document.add_paragraph()._p.append(tracked("moveTo", run("Cloud: AWS, Terraform")))
    buffer = io.BytesIO()
    document.save(buffer)
    lines = read(buffer.getvalue(), "docx")
    assert sum("Terraform" in line.text for line in lines) == 1
    profile = parse(lines)
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [
        ("Staff Engineer", "Lindenwerk GmbH"),
        ("Software Engineer", "Hafenblick AG"),
    ]
    assert sorted(profile["skills"]) == ["AWS", "Terraform"]


def test_pandoc_title_block_names_the_person():
    text = (
        "% Carole Oliver\n% carole.oliver@example.com · +44 7381 193205\n\n# Experience\n\n"
        "2021–Present\n:   **Site Reliability Engineer**, Blue Systems Ltd.\n"
    )
    profile = parse(read_text(text.encode()))
    assert profile["name"] == "Carole Oliver"
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [
        ("Site Reliability Engineer", "Blue Systems Ltd.")
    ]


def test_badges_glued_bullets_and_a_place_beside_the_name():
    """A company's initials in a badge ("ES" by "Edwards & Sons") are no company; a bullet set
    right after the company's last word starts a bullet; a place at the right of the name, in
    smaller type, is not part of the name."""
    rows = [
        (("Seth Benson", "Tiffanymouth"), 1.7, (1.7, 0.8)),
        (("seth.benson@example.com",), 0.8, ()),
        (("Experience",), 1.4, ()),
        (("Marketing Manager", "2021 – Present"), 1.0, ()),
        (("ES",), 1.0, ()),
        (("Edwards & Sons",), 1.0, ()),
        (("2018 – 2020", "Senior Recruiter"), 1.0, ()),
        (("Ericshire Robotics S.A.•", "Mentored new hires and ran the interview loop"), 1.0, ()),
    ]
    lines = [
        Line("\t".join(cells), size=size, cells=cells if len(cells) > 1 else (), cell_sizes=sizes)
        for cells, size, sizes in rows
    ]
    profile = parse(lines)
    assert profile["name"] == "Seth Benson"
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [
        ("Marketing Manager", "Edwards & Sons"),
        ("Senior Recruiter", "Ericshire Robotics S.A."),
    ]


def test_a_grid_of_cards_whose_last_row_has_one_card():
    """Three jobs as cards in a two-column grid: two side by side, the third alone under the
    first. Each card is read whole, one after the other."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _put(pdf, 15, 15, "Rosa Lindqvist", "B", 20)
    _put(pdf, 15, 24, "rosa.lindqvist@example.se", "", 9)
    _put(pdf, 15, 34, "Experience", "B", 13)
    cards = [
        (15, 44, "Platform Engineer", "Nordvik Data AB", "2022 - Present"),
        (110, 44, "Site Reliability Engineer, Search Team", "Fjellhav Systems", "2019 - 2022"),
        (15, 60, "Systems Administrator", "Kustbanken", "2015 - 2019"),
    ]
    for x, y, title, company, dates in cards:
        _put(pdf, x, y, title, "B", 10)
        _put(pdf, x, y, dates, "", 8, width=85, align="R")
        _put(pdf, x, y + 5, company, "", 10)
        _put(pdf, x, y + 10, "Kept the fleet patched and the pager quiet", "", 8)
    _put(pdf, 15, 100, "Skills", "B", 13)
    _put(pdf, 15, 108, "Linux, Terraform, Prometheus", "", 10)
    lines = read(bytes(pdf.output()), "pdf")
    assert not any("Nordvik" in line.text and "Fjellhav" in line.text for line in lines)
    profile = parse(lines)
    assert sorted((j["title"], j["company"], j["start"]) for j in profile["experience"]) == [
        ("Platform Engineer", "Nordvik Data AB", "2022"),
        ("Site Reliability Engineer, Search Team", "Fjellhav Systems", "2019"),
        ("Systems Administrator", "Kustbanken", "2015"),
    ]


def test_a_github_profile_readme_with_html_and_badges():
    text = "\n".join(
        [
            '<h1 align="center">Matthew Prakash</h1>',
            '<p align="center">',
            '  <a href="mailto:matthew@example.com">matthew@example.com</a> · +91-9587612397',
            "</p>",
            "",
            "## 💼 Experience",
            "",
            "<details>",
            "<summary><b>Technical Writer</b> @ Coxview Software LLC · Feb 2018 – Mar 2021</summary>",
            "",
            "- Wrote the API reference &amp; the guides",
            "</details>",
            "",
            "## 🛠 Skills",
            "",
            "![Python](https://img.shields.io/badge/-Python-blue) ![Docs as code](https://img.shields.io/badge/-Docs-blue)",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert profile["name"] == "Matthew Prakash"
    assert profile["email"] == "matthew@example.com"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Technical Writer", "Coxview Software LLC", "2018-02", "2021-03")
    ]
    assert sorted(profile["skills"]) == ["Docs as code", "Python"]


def test_a_japanese_career_history_in_word():
    """職務経歴書: "氏名" before the name, jobs as "2019年4月～現在　Company" over the title in
    corner brackets, schools as "2015年3月　School　Degree　卒業", skills with the ideographic
    comma, and "以上" closing the document."""
    import io

    import docx

    document = docx.Document()
    document.add_heading("職務経歴書", level=0)
    document.add_paragraph("2026年11月1日現在")
    document.add_paragraph("氏名　Obdulia de Giner")
    document.add_paragraph("メール：obdulia@example.es")
    document.add_heading("職務経歴", level=1)
    for when, company, title in (
        ("2022年4月～現在", "Brightwave", "Principal Data Scientist"),
        ("2020年11月～2022年3月", "Frost, Smith & Co.", "「Lead DevOps Engineer」"),
    ):
        document.add_paragraph(f"{when}　{company}")
        document.add_paragraph(title)
    document.add_heading("学歴", level=1)
    document.add_paragraph("2015年3月　Sorbonne Université　M.Sc. in Statistics　卒業")
    document.add_heading("保有スキル", level=1)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Languages", "Python、Go、SQL"
    document.add_paragraph("以上")
    buffer = io.BytesIO()
    document.save(buffer)
    profile = parse(read(buffer.getvalue(), "docx"))
    assert profile["name"] == "Obdulia de Giner"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Principal Data Scientist", "Brightwave", "2022-04", "present"),
        ("Lead DevOps Engineer", "Frost, Smith & Co.", "2020-11", "2022-03"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Sorbonne Université"]
    assert sorted(profile["skills"]) == ["Go", "Python", "SQL"]


def test_a_json_resume_document_uploaded_as_text():
    import json

    document = {
        "basics": {
            "name": "Noor Haddad",
            "label": "Data Engineer",
            "email": "noor@example.com",
            "phone": "+971 50 123 4567",
        },
        "work": [
            {
                "name": "Dune Analytics",
                "position": "Senior Data Engineer, Platform Team",
                "startDate": "2021-03-01",
            },
            {"name": "Oasis Bank", "position": "Data Engineer", "startDate": "2017-06", "endDate": "2021-02"},
        ],
        "education": [
            {
                "institution": "Khalifa University",
                "studyType": "BSc",
                "area": "Computer Science",
                "endDate": "2017",
            }
        ],
        "skills": [{"name": "Data", "keywords": ["Spark", "Airflow"]}],
    }
    profile = parse(read_text(json.dumps(document, indent=2).encode()))
    assert (profile["name"], profile["email"], profile["phone"]) == (
        "Noor Haddad",
        "noor@example.com",
        "+971 50 123 4567",
    )
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Senior Data Engineer, Platform Team", "Dune Analytics", "2021-03", "present"),
        ("Data Engineer", "Oasis Bank", "2017-06", "2021-02"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Khalifa University"]
    assert sorted(profile["skills"]) == ["Airflow", "Spark"]


def test_spanish_and_italian_dates_and_a_town_after_the_dates():
    text = "\n".join(
        [
            "Lucía Pérez",
            "Correo: lucia.perez@example.es",
            "",
            "Experiencia laboral",
            "",
            "Product Manager — Mercado Digital S.L.",
            "ene. 2019 - actualidad · Valencia",
            "Data Analyst — Banco Levante",
            "ago. 2015 - dic. 2018 · Alicante",
            "Consultant — Estudio Norte",
            "gen 2013 – lug 2015",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [
        (j["title"], j["company"], j["start"], j["end"], j["location"]) for j in profile["experience"]
    ] == [
        ("Product Manager", "Mercado Digital S.L.", "2019-01", "present", "Valencia"),
        ("Data Analyst", "Banco Levante", "2015-08", "2018-12", "Alicante"),
        ("Consultant", "Estudio Norte", "2013-01", "2015-07", None),
    ]


def test_json_nested_past_any_resume_is_read_as_text_not_an_error():
    deep = "{" + '"a":{' * 50_000 + "}" * 50_001
    assert read_text(deep.encode())  # neither a RecursionError nor a structured read


def test_a_rendercv_yaml_file_uploaded_as_text():
    text = "\n".join(
        [
            "# my CV",
            "cv:",
            '  name: "Marion Lees-Hunter"',
            "  email: marion@example.co.uk",
            "  sections:",
            "    experience:",
            '      - company: "Patton Logistics GmbH"',
            '        position: "Cloud Architect"',
            "        start_date: 2023-11",
            "        end_date: present",
            "        highlights:",
            '          - "Moved the fleet to Kubernetes"',
            "    education:",
            '      - institution: "University of Leeds"',
            '        area: "Computer Science"',
            '        degree: "BSc"',
            "        end_date: 2016",
            "    skills:",
            '      - label: "Cloud"',
            '        details: "AWS, Terraform"',
        ]
    )
    profile = parse(read_text(text.encode()))
    assert profile["name"] == "Marion Lees-Hunter"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Cloud Architect", "Patton Logistics GmbH", "2023-11", "present")
    ]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [("University of Leeds", "2016")]
    assert sorted(profile["skills"]) == ["AWS", "Terraform"]
    laughs = (
        "cv:\n  name: x\n  a: &a [1,1,1,1,1,1,1,1,1]\n  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        "  sections:\n    experience: [*b,*b,*b,*b,*b,*b]\n"
    )
    assert read_text(laughs.encode())  # aliases are references, never expanded


def test_a_hebrew_cv_right_to_left():
    import io

    import docx

    document = docx.Document()
    document.add_heading("Noa Levi", level=0)
    document.add_paragraph("noa.levi@example.co.il | +972 52 123 4567")
    document.add_heading("ניסיון תעסוקתי", level=1)
    document.add_paragraph().add_run("Backend Developer | Wix").bold = True
    document.add_paragraph("2019 – היום")
    document.add_heading("השכלה", level=1)
    document.add_paragraph("BSc in Computer Science, Tel Aviv University, 2018")
    document.add_heading("כישורים", level=1)
    document.add_paragraph("Python, Go, PostgreSQL")
    buffer = io.BytesIO()
    document.save(buffer)
    profile = parse(read(buffer.getvalue(), "docx"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Backend Developer", "Wix", "2019", "present")
    ]
    assert [e["university"] for e in profile["education"]] == ["Tel Aviv University"]
    assert sorted(profile["skills"]) == ["Go", "PostgreSQL", "Python"]


def test_a_resume_forwarded_in_an_email_and_saved_as_text():
    """The mail's headers and the forwarder's note are not the resume: the sender's address is
    not the candidate's; the quoted lines are the resume."""
    text = "\n".join(
        [
            "From: Recruiting Team <jobs@example.com>",
            "Subject: Fwd: CV",
            "",
            "Hi, please see the CV below.",
            "",
            "---------- Forwarded message ---------",
            "> > Amara Okafor",
            "> > amara.okafor@example.ng | +234 803 123 4567",
            "> >",
            "> > EXPERIENCE",
            "> > Data Engineer, Paystack (Mar 2021 – Present)",
            "> > - Built the settlement pipeline",
            "> >",
            "> > SKILLS",
            "> > Python, Kafka",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert (profile["name"], profile["email"]) == ("Amara Okafor", "amara.okafor@example.ng")
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [("Data Engineer", "Paystack")]


def test_skills_keep_their_names_without_the_time_used_or_the_level_in_brackets():
    """A job board's downloaded resume lists each skill with how long it was used ("Python (5
    years)", "Docker (Less than 1 year)"); others add a level. The skill is the name; brackets
    that say something else ("SQL (Postgres)") stay."""
    text = "\n".join(
        [
            "Noa Peretz",
            "noa.peretz@example.com",
            "",
            "Work Experience",
            "Data Engineer",
            "Lumen Bank - Haifa",
            "January 2020 to Present",
            "",
            "Skills",
            "• Python (5 years)",
            "• Docker (Less than 1 year)",
            "• SQL (Postgres)",
            "• Go – 3 years",
            "• Terraform (3+ yrs experience)",
            "• Kubernetes (Advanced)",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert profile["skills"] == ["Python", "Docker", "SQL (Postgres)", "Go", "Terraform", "Kubernetes"]


def test_accents_a_tex_font_sets_over_letters_are_read_with_their_letters():
    """TeX's OT1 fonts have no accented letters: the accent is a glyph of its own set over the
    letter (before it in the text layer, or after the whole word when raised over a capital; a
    cedilla under the letter after it). The page shows "Barragán", "Ëlise", "Çelik"; so does
    what is read."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=20)

    def over(x: float, y: float, letter: str, accent: str, raise_by: float = 0.0) -> None:
        pdf.text(x + (pdf.get_string_width(letter) - pdf.get_string_width(accent)) / 2, y - raise_by, accent)

    x, y = 20.0, 30.0
    pdf.text(x, y, "Adelaida Barrag")  # "´" comes before its "a", as TeX writes it
    x += pdf.get_string_width("Adelaida Barrag")
    over(x, y, "a", "\u00b4")
    pdf.text(x, y, "an")
    x, y = 20.0, 45.0
    pdf.text(x, y, "Elise Vos")  # the dieresis raised over the capital after the word
    over(x, y, "E", "\u00a8", raise_by=2.0)
    x, y = 20.0, 60.0
    pdf.text(x, y, "C")  # the cedilla under the capital, right after it
    over(x, y, "C", "\u00b8")
    pdf.text(x + pdf.get_string_width("C"), y, "elik")
    pdf.set_font("helvetica", size=10)
    pdf.text(20, 75, "adelaida@example.com")
    pdf.text(20, 85, "Mentioned `code` and a price of 5 ´ 3 stays as it was.")
    text = [line.text for line in read(bytes(pdf.output()), "pdf")]
    assert text[:3] == ["Adelaida Barragán", "Ëlise Vos", "Çelik"]
    assert "`code`" in text[-1] and "´" in text[-1]


def test_a_short_list_alone_on_the_last_page_stays_a_list():
    """A resume that spills a few skills onto a second page: items of about the same length,
    one per line, are not one wrapped line, because the column on the page before (starting
    where they start) went much further."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    rows = [
        ("Mira Holm", "", "B", 18),
        ("mira.holm@example.dk | +45 20 12 34 56", "", "", 10),
        ("Work Experience", "", "B", 12),
        ("Backend Engineer", "", "B", 10),
        ("Nordlys Energi - Aarhus", "", "", 10),
        ("January 2020 to Present", "", "", 10),
        ("Built the metering pipeline that reads two million smart meters every fifteen minutes", "", "", 10),
        ("Skills", "", "B", 12),
        ("Python (5 years)", "", "", 10),
        ("Django (3 years)", "", "", 10),
    ]
    _pdf_rows(pdf, rows, 15, 20, 180)
    pdf.add_page()
    rows = [
        ("Svelte (Less than 1 year)", "", "", 10),
        ("Snowflake (8 years)", "", "", 10),
        ("dbt (Less than 1 year)", "", "", 10),
        ("Spark (Less than 1 year)", "", "", 10),
        ("BigQuery (5 years)", "", "", 10),
    ]
    _pdf_rows(pdf, rows, 15, 20, 180)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["skills"] == ["Python", "Django", "Svelte", "Snowflake", "dbt", "Spark", "BigQuery"]


def test_a_profile_export_dates_a_town_and_the_description_under_each_role():
    """A networking site's own "Save to PDF": the company in bold, the title, the dates with how
    long they lasted, a town the lists do not know on a line of its own, then the description,
    about as wide as the dates. The dates line is complete (the description is not its wrapped
    end) and the town is where the job was, not a job."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    rows = [
        ("Rita Eimer", "", "", 22),
        ("Site Reliability Engineer", "", "", 12),
        ("rita.eimer@example.com", "", "", 10),
        ("Experience", "", "", 14),
        ("Zen Health", "", "B", 11),
        ("Staff Site Reliability Engineer", "", "", 10.5),
        ("May 2022 - November 2026 (4 years 7 months)", "", "", 10),
        ("Introduced automated testing and delivery", "", "", 10),
        ("Mcbride & Sons", "", "B", 11),
        ("Solutions Architect", "", "", 10.5),
        ("September 2019 - April 2022 (2 years 8 months)", "", "", 10),
        ("Rabihchester", "", "", 10),
        ("Mentored new hires and ran the interview loop", "", "", 10),
        ("Carrillo LLC", "", "B", 11),
        ("Operations Manager", "", "", 10.5),
        ("March 2014 - March 2017 (3 years 1 month)", "", "", 10),
    ]
    _pdf_rows(pdf, rows, 70, 20, 130)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Staff Site Reliability Engineer", "Zen Health", "2022-05", "2026-11"),
        ("Solutions Architect", "Mcbride & Sons", "2019-09", "2022-04"),
        ("Operations Manager", "Carrillo LLC", "2014-03", "2017-03"),
    ]
    assert profile["experience"][1]["location"] == "Rabihchester"


def test_plain_text_for_applicant_tracking_systems():
    """The name in capitals, a town the lists do not know opening the contact line: the name is
    the name. "COMPANY — Town" over "Title, dates": the town is where the job was, not a title
    of a job of its own."""
    text = "\n".join(
        [
            "BRANDON ARNOLD",
            "Principal Data Engineer",
            "Lake Barryberg | +1 (289) 901-4127 | owens.k@example.net",
            "",
            "PROFESSIONAL EXPERIENCE",
            "",
            "HOLMES ENERGY GMBH — Bhiwandi",
            "Principal Cloud Architect, Infrastructure Team, 11/2019 – 08/2023",
            "• Led a team of 6 engineers",
            "",
            "ZEN LABS — Quellbrunn",
            "Data Engineer, 05/2016 – 10/2019",
            "",
            "CORE COMPETENCIES",
            "Python • R • Ruby • SQL",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert profile["name"] == "Brandon Arnold"
    assert [(j["title"], j["company"], j["location"], j["start"]) for j in profile["experience"]] == [
        ("Principal Cloud Architect, Infrastructure Team", "HOLMES ENERGY GMBH", "Bhiwandi", "2019-11"),
        ("Data Engineer", "ZEN LABS", "Quellbrunn", "2016-05"),
    ]
    assert profile["skills"] == ["Python", "R", "Ruby", "SQL"]


def test_a_one_letter_skill_in_a_list_is_a_skill_not_a_badge():
    """ "R" over "Ruby" in a list of skills, one per line in the same type, is the language R; a
    bold "L" over "Lumenforge" is a company's badge."""
    text = "Ana Ruiz\nana@example.com\n\nSkills\nSpark\nR\nRuby\nC\nGo\n"
    assert parse(read_text(text.encode()))["skills"] == ["Spark", "R", "Ruby", "C", "Go"]
    lines = [
        Line("Ana Ruiz", size=2.0),
        Line("ana@example.com"),
        Line("Experience", size=1.4, bold=True),
        Line("Operations Manager\t12/2021 – 12/2022", cells=("Operations Manager", "12/2021 – 12/2022")),
        Line("L", bold=True),
        Line("Lumenforge"),
    ]
    jobs = parse(lines)["experience"]
    assert [(j["title"], j["company"]) for j in jobs] == [("Operations Manager", "Lumenforge")]


def test_a_builders_sidebar_item_level_with_a_jobs_dates_keeps_to_its_column():
    """A resume builder's dark column of skills beside the jobs: a job's dates, under its title
    at the main column's left edge, can stand level with a skill by chance. They are the job's
    dates, not the end of the skill's row, however far the next title is."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    side = ["Details", "Lyon", "+33 6 12 34 56 78", "lea.morel@example.fr", "Skills"]
    side += [
        "Apache Kafka",
        "BigQuery",
        "Snowflake",
        "Pandas",
        "Airflow",
        "Prototyping",
        "Figma",
        "Sketch",
        "dbt",
    ]
    for index, item in enumerate(side):
        pdf.set_font("helvetica", style="B" if item in ("Details", "Skills") else "", size=9)
        pdf.text(8, 24 + 7 * index, item)

    def main(y: float, text: str, style: str = "", size: float = 10, x: float = 80) -> None:
        pdf.set_font("helvetica", style=style, size=size)
        pdf.text(x, y, text)

    main(24, "Léa Morel", "B", 20)
    main(38, "Employment History", "B", 13)
    main(66, "Data Engineer at Lumen Health", "B", 11)
    main(73, "AUGUST 2022 - PRESENT", size=8)  # level with "Pandas"
    for n, bullet in enumerate(
        ["Built the streaming platform", "Cut the cloud bill by a third", "Ran the on-call"]
    ):
        main(80 + 6 * n, f"- {bullet}", x=86)
    main(109, "Analyst at Sanford Inc.", "B", 11)
    main(115, "JULY 2019 - JULY 2022", size=8)  # level with "dbt"
    main(122, "- Ran the reporting for the sales team", x=86)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Data Engineer", "Lumen Health", "2022-08"),
        ("Analyst", "Sanford Inc.", "2019-07"),
    ]
    assert {"Pandas", "dbt"} <= set(profile["skills"]) and not any("20" in s for s in profile["skills"])


def test_a_table_of_skill_categories_whose_items_wrap():
    """Skills as a table: a bold category in the first column, its items wrapping in the
    second. Each row starts at its label; the items of one row do not run on into the next;
    a category named like a section ("Languages") set like the others stays a category."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _put(pdf, 15, 15, "Ines Kovac", style="B", size=22)
    _put(pdf, 15, 27, "ines.kovac@example.hr", size=10)
    _put(pdf, 15, 37, "Experience", style="B", size=15)
    _put(pdf, 15, 46, "Product Designer, Lumen Health", style="B", size=11)
    _put(pdf, 15, 46, "03/2020 - Present", size=11, width=180, align="R")
    for n, bullet in enumerate(
        [
            "- Designed the claims app used by two million members in four countries",
            "- Ran the research programme and the design system for all product teams",
            "- Led the accessibility audit of every flow and fixed what it found in a quarter",
            "- Hired and mentored four designers and set up the design critique",
        ]
    ):
        _put(pdf, 15, 51 + 4.5 * n, bullet, size=10)
    _put(pdf, 15, 72, "Skills", style="B", size=15)
    rows = [
        ("Practices", ["Test-driven development, Incident response, CI"]),
        ("Design", ["User research, Sketch, Prototyping, Figma, Miro"]),
        ("Frontend", ["Webpack, Next.js, Tailwind CSS, Redux, React"]),
        ("Languages", ["Java, C++"]),
    ]
    y = 81.0
    for label, lines in rows:
        _put(pdf, 15, y, label, style="B", size=11, width=30, align="R")
        for line in lines:
            _put(pdf, 48, y, line, size=11)
            y += 5.5
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["skills"] == [
        "Test-driven development",
        "Incident response",
        "CI",
        "User research",
        "Sketch",
        "Prototyping",
        "Figma",
        "Miro",
        "Webpack",
        "Next.js",
        "Tailwind CSS",
        "Redux",
        "React",
        "Java",
        "C++",
    ]


def test_a_word_template_first_name_over_surname_and_spaced_out_section_names(tmp_path):
    """A word processor's own template: the first name light and the surname bold in large
    capitals on two lines of their own, section names spaced out letter by letter ("E X P E R I E
    N C E"), each job's dates in small capitals over "TITLE, COMPANY". A short resume whose large
    name is much of its text still has a body in the Normal style's size."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    for text, bold in (("NOELIA", False), ("POMARES DEL RÍO", True)):
        run = document.add_paragraph().add_run(text)
        run.font.size, run.bold = Pt(28), bold
    document.add_paragraph("Albacete | +34 609 502 958 | noelia@example.es")
    document.add_heading(level=1).add_run("E X P E R I E N C E")
    document.add_paragraph().add_run("JUN 2021 – PRESENT").font.size = Pt(9)
    document.add_paragraph().add_run("LEAD SITE RELIABILITY ENGINEER, HARDY & SONS").bold = True
    document.add_heading(level=1).add_run("S K I L L S")
    document.add_paragraph("• Kubernetes")
    document.add_paragraph("• Terraform")
    path = tmp_path / "polished.docx"
    document.save(path)
    profile = parse(read(path.read_bytes(), "docx"))
    assert profile["name"] == "Noelia Pomares del Río"
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("LEAD SITE RELIABILITY ENGINEER", "HARDY & SONS", "2021-06")
    ]
    assert profile["skills"] == ["Kubernetes", "Terraform"]


def test_a_name_wrapped_in_a_table_cell_read_across_with_the_next_cell():
    """The name in a table's left cell, too long for it, wraps over two lines; the right cell's
    contact lines stand level with them, so the name's second line is read across a row with an
    e-mail address. The name is both lines."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", style="B", size=26)
    pdf.text(15, 25, "Evangelina")
    pdf.text(15, 36, "del Jaén")
    pdf.set_font("helvetica", size=10)
    for index, item in enumerate(["Santa Cruz de Tenerife", "+34 602 330 009", "evangelina@example.es"]):
        pdf.text(120, 20 + 8 * index, item)
    pdf.set_font("helvetica", style="B", size=11)
    pdf.text(15, 55, "EXPERIENCE")
    pdf.set_font("helvetica", size=10)
    pdf.text(15, 63, "Financial Analyst, Clark & Sons - 2019 - Present")
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["name"] == "Evangelina del Jaén"


def test_a_profile_copied_from_the_browser_into_a_text_file():
    """A networking-site profile pasted as text: the page's own words ("Show all 5 experiences",
    "Endorsed by 12 colleagues", "500+ connections", "Contact info") are not the person's; "Town ·
    Hybrid" is where a job was, even a town the lists do not know; a job's "Skills: A · B · +3
    skills" names skills."""
    text = "\n".join(
        [
            "Sepp van de Elzas",
            "Junior Product Designer",
            "Huijbergen · Contact info",
            "500+ connections",
            "",
            "Experience",
            "Associate Product Designer",
            "Wilkins & Sons · Contract",
            "Jul 2025 - Present · 1 yr 5 mos",
            "Apeldoorn · Hybrid",
            "Grew revenue from the growth line",
            "Skills: Webpack · Svelte · +5 skills",
            "",
            "Solutions Architect",
            "The Lumen Group · Permanent",
            "Jul 2023 - Oct 2024 · 1 yr 4 mos",
            "Kalenberg · On-site",
            "",
            "Show all 5 experiences",
            "",
            "Skills",
            "Figma",
            "Endorsed by 12 colleagues",
            "Sketch",
            "Endorsed by 3 colleagues",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["location"], j["start"]) for j in profile["experience"]] == [
        ("Associate Product Designer", "Wilkins & Sons", "Apeldoorn · Hybrid", "2025-07"),
        ("Solutions Architect", "The Lumen Group", "Kalenberg · On-site", "2023-07"),
    ]
    assert profile["skills"] == ["Figma", "Sketch", "Webpack", "Svelte"]


def test_a_description_list_of_skills_with_its_terms_in_bold():
    """LaTeX's description list: each term in bold, a word space, then the items in the body's
    weight ("**Cloud** Azure, AWS"). The term is a category, not part of the first skill."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _put(pdf, 15, 15, "Youssef Vignon", style="B", size=20)
    _put(pdf, 15, 26, "youssef.vignon@example.fr", size=10)
    _put(pdf, 15, 36, "Skills", style="B", size=14)
    y = 45.0
    for term, items in (("Cloud", "Azure, AWS, Terraform"), ("Machine Learning", "PyTorch, MLflow")):
        pdf.set_font("helvetica", style="B", size=10)
        pdf.text(20, y, term)
        width = pdf.get_string_width(term + " ")
        pdf.set_font("helvetica", size=10)
        pdf.text(20 + width, y, items)
        y += 6
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["skills"] == ["Azure", "AWS", "Terraform", "PyTorch", "MLflow"]


def test_a_cover_letter_before_the_resume_in_one_file():
    """ "Dear Hiring Manager," … "Sincerely," and the name, a rule, then the resume: the
    salutation is no name and the letter no part of the resume."""
    text = "\n".join(
        [
            "Dear Hiring Manager,",
            "",
            "I am writing to apply for the Data Engineer position at Northwind Traders. In my current",
            "role at Vertex Software I built the event pipeline.",
            "",
            "Kind regards,",
            "Robert Martinez",
            "",
            "----------------------------------------",
            "",
            "Robert Martinez",
            "robert.martinez@example.com | +1 625 512 4496",
            "",
            "EXPERIENCE",
            "Data Engineer - Vertex Software",
            "May 2021 – Present",
            "",
            "SKILLS",
            "Python, Kafka",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert profile["name"] == "Robert Martinez"
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [
        ("Data Engineer", "Vertex Software")
    ]
    letter_only = "Dear Hiring Manager,\n\nI would like to apply.\n\nSincerely,\nRobert Martinez\n"
    assert parse(read_text(letter_only.encode()))["name"] == "Robert Martinez"


def test_a_timeline_rail_of_stacked_years():
    """A web resume's timeline: each entry's years stacked in a narrow rail at its left - the
    start, a dash, the end ("Now" for a current job) - level with the entry's first lines."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _put(pdf, 15, 15, "Griselda Castañeda", style="B", size=20)
    _put(pdf, 15, 26, "griselda@example.es", size=10)
    _put(pdf, 15, 36, "Experience", style="B", size=13)
    y = 46.0
    for start, end, head, bullets in (
        (
            "2022",
            "Now",
            "Site Reliability Engineer @ Fisher & Sons",
            ["Grew revenue", "Ran the on-call rota"],
        ),
        (
            "2018",
            "2022",
            "QA Analyst @ Quantumpath",
            ["Led a team of 3 engineers", "Automated the regression suite"],
        ),
    ):
        for offset, piece in enumerate((start, "-", end)):
            pdf.set_font("helvetica", size=8)
            pdf.text(17, y + 4 * offset, piece)
        pdf.set_font("helvetica", style="B", size=10)
        pdf.text(32, y, head)
        pdf.set_font("helvetica", size=10)
        for offset, bullet in enumerate(bullets):
            pdf.text(32, y + 5.5 * (offset + 1), bullet)
        y += 22
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Site Reliability Engineer", "Fisher & Sons", "2022", "present"),
        ("QA Analyst", "Quantumpath", "2018", "2022"),
    ]


def test_skills_as_chips_wrapping_in_rows():
    """Skills as chips side by side in a narrow column, wrapping in rows: a chip that did not fit
    at the end of a row starts the next; it is not the rest of the chip above it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _put(pdf, 15, 15, "Ana Ruiz", style="B", size=20)
    _put(pdf, 15, 26, "ana.ruiz@example.es", size=10)
    _put(pdf, 140, 36, "Skills", style="B", size=12)
    rows = [["Python", "Terraform", "Go"], ["Incident response"], ["Stakeholder management", "Kafka"]]
    y = 46.0
    pdf.set_font("helvetica", size=9)
    for row in rows:
        x = 140.0
        for chip in row:
            pdf.text(x, y, chip)
            x += pdf.get_string_width(chip) + 3
        y += 4.5
    _put(pdf, 15, 36, "Experience", style="B", size=12)
    _put(pdf, 15, 44, "Data Engineer, Lumen Health", size=10)
    _put(pdf, 15, 50, "2020 - Present", size=10)
    _put(pdf, 15, 56, "- Built the streaming platform for claims and payments", size=10)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["skills"] == [
        "Python",
        "Terraform",
        "Go",
        "Incident response",
        "Stakeholder management",
        "Kafka",
    ]


def test_a_dutch_cv_in_word(tmp_path):
    """A Dutch CV: "Naam:" before the name under "Personalia", "Werkervaring en stages" with
    "mrt. 2021 – heden" over "Functie bij Bedrijf, Plaats", "Opleiding", "Vaardigheden", and
    "Talen" naming the languages spoken (which are not skills)."""
    import docx

    document = docx.Document()
    document.add_heading("Curriculum Vitae", level=0)
    document.add_heading("Personalia", level=1)
    document.add_paragraph("Naam: Sanne de Vries")
    document.add_paragraph("E-mail: sanne.devries@example.nl")
    document.add_heading("Werkervaring en stages", level=1)
    document.add_paragraph().add_run("mrt. 2021 – heden").bold = True
    document.add_paragraph("Data Engineer bij Lumen Bank, Utrecht")
    document.add_paragraph().add_run("okt. 2017 – feb. 2021").bold = True
    document.add_paragraph("Junior Analist bij Quellwerk")
    document.add_heading("Opleiding", level=1)
    document.add_paragraph("2013 – 2017\tMSc Informatica, Universiteit Utrecht")
    document.add_heading("Vaardigheden", level=1)
    document.add_paragraph("Python, SQL, Airflow")
    document.add_heading("Talen", level=1)
    document.add_paragraph("Nederlands (moedertaal), Engels (vloeiend)")
    path = tmp_path / "cv.docx"
    document.save(path)
    profile = parse(read(path.read_bytes(), "docx"))
    assert profile["name"] == "Sanne de Vries"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Data Engineer", "Lumen Bank", "2021-03", "present"),
        ("Junior Analist", "Quellwerk", "2017-10", "2021-02"),
    ]
    assert profile["skills"] == ["Python", "SQL", "Airflow"]


def test_a_running_head_and_foot_that_repeat_the_name_and_the_email():
    """A resume of two pages whose pages carry, in small type at their top or foot, the name and
    "Resume" or the e-mail and "Continued": not content, even when one page lacks them."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _put(pdf, 15, 15, "Micheal Allen", style="B", size=22)
    _put(pdf, 15, 27, "micheal.allen@example.com | +1 714 978 3524", size=11)
    _put(pdf, 15, 38, "Experience", style="B", size=14)
    _put(pdf, 15, 47, "QA Analyst, Harborforge", style="B", size=11)
    _put(pdf, 15, 53, "May 2022 - Present", size=11)
    for n in range(6):
        _put(pdf, 15, 60 + 7 * n, f"- Wrote the test plan for release {n + 1} of the mobile app", size=11)
    _put(pdf, 130, 5, "Micheal Allen · Resume", size=8)
    pdf.add_page()
    _put(pdf, 15, 20, "Skills", style="B", size=14)
    _put(pdf, 15, 29, "Selenium, Python, Jira", size=11)
    _put(pdf, 15, 285, "micheal.allen@example.com · Continued", size=8)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["skills"] == ["Selenium", "Python", "Jira"]
    assert profile["name"] == "Micheal Allen"


def test_a_title_wrapped_in_a_borderless_table_cell():
    """A Word resume of a borderless table per job: the title cell is narrow and its title wraps
    ("Lead Software Engineer," over "Payments Team"; "Associate Site Reliability" over "Engineer,
    Payments Team") before the company in the next row. The title is both lines."""
    lines = [
        Line("Marcelina Szymków", size=1.6, bold=True),
        Line("marcelina@example.pl"),
        Line("EXPERIENCE", bold=True),
        Line(
            "Lead Software Engineer,\tMarch 2017 – December 2019",
            cells=("Lead Software Engineer,", "March 2017 – December 2019"),
        ),
        Line("Payments Team", bold=True),
        Line("Vertex.io\tJasło", cells=("Vertex.io", "Jasło"), italic=True),
        Line("• Led a team of 3 engineers"),
        Line(
            "Associate Site Reliability\tMarch 2013 – February 2015",
            cells=("Associate Site Reliability", "March 2013 – February 2015"),
        ),
        Line("Engineer, Payments Team", bold=True),
        Line("Bright Bank", italic=True),
    ]
    jobs = parse(lines)["experience"]
    assert [(j["title"], j["company"], j["start"]) for j in jobs] == [
        ("Lead Software Engineer, Payments Team", "Vertex.io", "2017-03"),
        ("Associate Site Reliability Engineer, Payments Team", "Bright Bank", "2013-03"),
    ]


def test_a_french_cv_with_its_dates_written_out(tmp_path):
    """A French CV in Word: each job dated in words ("Depuis janvier 2020", "De mars 2017 à
    décembre 2019") over "Titre – Entreprise (Ville)", the town in brackets unknown to the lists
    and the company a plain name."""
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("Camille Lefèvre").bold = True
    document.add_paragraph("E-mail : camille.lefevre@example.fr")
    document.add_heading("Expériences professionnelles", level=1)
    for when, head in (
        ("Depuis janvier 2020", "Data Engineer – Northforge (Lake Çakar)"),
        ("De février 2017 à décembre 2019", "Analyste – Pittman's Capital (Magre Sulla Strada Del Vino)"),
    ):
        document.add_paragraph().add_run(when).italic = True
        document.add_paragraph().add_run(head).bold = True
    document.add_heading("Compétences", level=1)
    document.add_paragraph("Python, SQL")
    path = tmp_path / "cv.docx"
    document.save(path)
    jobs = parse(read(path.read_bytes(), "docx"))["experience"]
    assert [(j["title"], j["company"], j["location"], j["start"], j["end"]) for j in jobs] == [
        ("Data Engineer", "Northforge", "Lake Çakar", "2020-01", "present"),
        ("Analyste", "Pittman's Capital", "Magre Sulla Strada Del Vino", "2017-02", "2019-12"),
    ]


def test_skills_and_interests_in_one_section():
    """ "SKILLS & INTERESTS" with a line per label: interests and languages spoken are not
    skills; programming languages under "Languages" are."""
    text = "\n".join(
        [
            "Ana Ruiz",
            "ana@example.com",
            "",
            "SKILLS & INTERESTS",
            "Technical: Tableau, Pandas, dbt",
            "Languages: Java, C++",
            "Languages: French (fluent), Spanish (native)",
            "Interests: Cycling, chess, community gardening",
        ]
    )
    assert parse(read_text(text.encode()))["skills"] == ["Tableau", "Pandas", "dbt", "Java", "C++"]


def test_entries_of_labelled_fields_in_other_languages():
    """A Spanish CV of labelled fields: "Puesto:", "Empresa:", "Periodo:" for each job and
    "Título:", "Centro:", "Año:" for each school (and the same labels in other languages)."""
    text = "\n".join(
        [
            "Nombre: Lucía Ortega",
            "Correo: lucia.ortega@example.es",
            "",
            "EXPERIENCIA LABORAL",
            "Puesto: Ingeniera de Datos",
            "Empresa: Lumen Bank",
            "Periodo: ene. 2019 - actualidad",
            "Funciones: Diseñé el almacén de datos; dirigí un equipo de 4 personas",
            "",
            "FORMACIÓN ACADÉMICA",
            "Título: Grado en Informática",
            "Centro: Universidad de Sevilla",
            "Año: 2018",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Ingeniera de Datos", "Lumen Bank", "2019-01", "present")
    ]
    assert [(e["degree"], e["university"], e["year"]) for e in profile["education"]] == [
        ("Grado en Informática", "Universidad de Sevilla", "2018")
    ]


def test_a_skills_line_with_no_section_of_its_own():
    """A dense page ends with "Skills: A, B, C" under Education, no heading of its own."""
    text = "\n".join(
        [
            "Ana Ruiz",
            "ana@example.com",
            "",
            "EXPERIENCE",
            "Lumen Bank — Data Engineer    2019 – Present",
            "",
            "EDUCATION",
            "Universidad de Sevilla — BSc Computer Science    2018",
            "Skills: Python, Kafka, dbt",
        ]
    )
    assert parse(read_text(text.encode()))["skills"] == ["Python", "Kafka", "dbt"]


def test_a_school_name_wrapped_after_its_first_word():
    """ "2013 – 2016 <tab> Bachelor of Engineering, Universität" over "Veronicachester": the school
    is both lines."""
    lines = [
        Line("Ana Ruiz", size=1.8, bold=True),
        Line("ana@example.com"),
        Line("Opleiding", heading=True, level=1),
        Line(
            "2013 – 2016\tBachelor of Engineering in Economics, Universität",
            cells=("2013 – 2016", "Bachelor of Engineering in Economics, Universität"),
        ),
        Line("Veronicachester"),
    ]
    education = parse(lines)["education"]
    assert [(e["degree"], e["university"], e["year"]) for e in education] == [
        ("Bachelor of Engineering in Economics", "Universität Veronicachester", "2016")
    ]


def test_a_phone_number_wrapped_in_a_narrow_cell():
    """The contact cell beside a photo is narrow: "+44 (0) 20" at the end of one line, "8828
    9597" on the next. The number is both; a year under a line is no part of a number."""
    lines = [
        Line("Janet Brooks", size=1.6, bold=True),
        Line("janet.brooks@example.co.uk · +44 (0) 20"),
        Line("8828 9597"),
        Line("Experience", heading=True, level=1),
        Line("Frontend Engineer, Acme\t2019 –", cells=("Frontend Engineer, Acme", "2019 –")),
        Line("2021"),
    ]
    profile = parse(lines)
    assert re.sub(r"\D", "", profile["phone"] or "") == "4402088289597"


def test_a_typed_bullet_whose_wrapped_line_starts_a_point_to_its_left():
    """A bullet typed as text in a word processor's table cell: the wrapped line starts where the
    cell does, which is a point or so left of the bullet glyph's ink. It is still the bullet's
    rest, not an entry of its own."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _put(pdf, 15, 15, "Mila Sjögren", style="B", size=20)
    _put(pdf, 15, 26, "mila@example.se", size=10)
    _put(pdf, 15, 36, "Experience", style="B", size=13)
    _put(pdf, 15, 45, "Lead Data Engineer", style="B", size=11)
    _put(pdf, 15, 51, "Harbor.io | May 2015 - Aug 2019", size=11)
    pdf.add_font("dejavu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("dejavu", size=11)
    pdf.text(15.25, 60, "\u2022 Mentored new hires and ran the")
    pdf.text(15.0, 65.2, "interview loop")
    _put(pdf, 15, 70, "Staff Data Engineer", style="B", size=11)
    _put(pdf, 15, 76, "The North Group | Dec 2012 - Nov 2014", size=11)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [
        ("Lead Data Engineer", "Harbor.io"),
        ("Staff Data Engineer", "The North Group"),
    ]


def test_a_cv_whose_section_names_the_parser_cannot_read():
    """A CV whose headings are in a language the vocabulary lacks (Turkish here) but set as
    headings, larger and bold: its sections are found by their type and told apart by what
    they hold - dated jobs, a degree and a school, a list of skills."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("dejavu", style="B", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    rows = [
        ("Elif Yılmaz", "B", 22),
        ("elif.yilmaz@example.com", "", 10),
        ("İş Deneyimi", "B", 13),
        ("Backend Developer, Kestrel Payments A.Ş.", "B", 10),
        ("03/2021 – 11/2024", "", 10),
        ("- Moved the ledger to an event log", "", 10),
        ("Software Engineer, Vadi Labs", "B", 10),
        ("2017 – 2021", "", 10),
        ("Eğitim", "B", 13),
        ("B.A. in Information Systems", "B", 10),
        ("Chen College, 2017", "", 10),
        ("Yetkinlikler", "B", 13),
        ("Go", "", 10),
        ("PostgreSQL", "", 10),
        ("Kubernetes", "", 10),
    ]
    for n, (text, style, size) in enumerate(rows):
        _put(pdf, 15, 15 + 8 * n, text, style=style, size=size, font="dejavu")
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Backend Developer", "Kestrel Payments A.Ş.", "2021-03", "2024-11"),
        ("Software Engineer", "Vadi Labs", "2017", "2021"),
    ]
    # ("Chen College" is a school before a company, "Information Systems" a field before one)
    assert [e["university"] for e in profile["education"]] == ["Chen College"]
    assert profile["skills"] == ["Go", "PostgreSQL", "Kubernetes"]


def test_a_swedish_cv_with_its_months_and_now_in_lower_case():
    """A Swedish CV: "Arbetslivserfarenhet", "Utbildning", "Kompetenser" and "Språk"; dates as
    "maj 2016 – nu" in lower case (a date, not a sentence); the languages spoken are no skills."""
    text = "\n".join(
        [
            "Karin Lindqvist",
            "E-post: karin.lindqvist@example.se",
            "",
            "Arbetslivserfarenhet",
            "Dataingenjör, Norrsken Energi AB",
            "maj 2019 – nu",
            "- Byggde dataplattformen för elnätet",
            "Utvecklare, Fjällsoft",
            "okt 2015 – apr 2019",
            "",
            "Utbildning",
            "Civilingenjör i datateknik",
            "Kungliga Tekniska högskolan, 2015",
            "",
            "Kompetenser",
            "Python, SQL, Airflow",
            "",
            "Språk",
            "Svenska (modersmål), engelska (flytande)",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Dataingenjör", "Norrsken Energi AB", "2019-05", "present"),
        ("Utvecklare", "Fjällsoft", "2015-10", "2019-04"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Kungliga Tekniska högskolan"]
    assert profile["skills"] == ["Python", "SQL", "Airflow"]


def test_employers_in_bold_capitals_over_their_titles_and_dates(tmp_path):
    """A classic American Word resume: each employer "COMPANY, Town" in bold capitals (set like
    the section names), the title with its dates in brackets under it. An employer with no town
    ("LUMENSTACK") is not a section; a town no list knows ("Korba", "君津市") is not a title;
    "S.A." is a company's suffix."""
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("LARS LARSSON").bold = True
    document.add_paragraph("Borås | lars.larsson@example.se")
    document.add_paragraph().add_run("PROFESSIONAL EXPERIENCE").bold = True
    jobs = [
        ("ROBINSON & SONS, Korba", "Solutions Architect (Nov 2023 – Present)"),
        ("LUMENSTACK", "Principal Solutions Architect (Jan 2021 – Apr 2023)"),
        ("HILL BANK GMBH, 君津市", "Business Analyst (Jan 2016 – Nov 2020)"),
        ("MILES S.A.", "Analyst (Mar 2014 – Dec 2015)"),
    ]
    for employer, title in jobs:
        document.add_paragraph().add_run(employer).bold = True
        document.add_paragraph(title)
        document.add_paragraph("Led the move of the billing system to the cloud", style="List Bullet")
    document.add_paragraph().add_run("EDUCATION").bold = True
    document.add_paragraph("BSc Computer Science, Lund University, 2013")
    document.add_paragraph().add_run("TECHNICAL SKILLS").bold = True
    document.add_paragraph("Java, Kafka, Terraform")
    path = tmp_path / "resume.docx"
    document.save(path)
    profile = parse(read(path.read_bytes(), "docx"))
    assert [(j["title"], j["company"], j["location"], j["start"]) for j in profile["experience"]] == [
        ("Solutions Architect", "ROBINSON & SONS", "Korba", "2023-11"),
        ("Principal Solutions Architect", "LUMENSTACK", None, "2021-01"),
        ("Business Analyst", "HILL BANK GMBH", "君津市", "2016-01"),
        ("Analyst", "MILES S.A.", None, "2014-03"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Lund University"]
    assert profile["skills"] == ["Java", "Kafka", "Terraform"]


def test_a_second_pages_head_in_body_type_that_repeats_the_name_and_the_email():
    """Page 2 opens with "Rebecca Wilson | Resume | address" in the body's own type: it repeats
    two of the first page's details, so it is a running head and no skill."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _put(pdf, 15, 15, "Rebecca Wilson", size=22)
    _put(pdf, 15, 27, "diana.walker@example.com", size=10)
    _put(pdf, 15, 38, "Experience", size=13, style="B")
    _put(pdf, 15, 47, "Data Engineer, Harborforge", size=10)
    _put(pdf, 15, 53, "May 2022 - Present", size=10)
    _put(pdf, 15, 65, "Skills", size=13, style="B")
    for n, skill in enumerate(["Python", "Airflow", "dbt"]):
        _put(pdf, 15, 74 + 7 * n, f"- {skill}", size=10)
    pdf.add_page()
    _put(pdf, 15, 10, "Rebecca Wilson | Resume | diana.walker@example.com", size=10)
    for n, skill in enumerate(["Snowflake", "Kafka"]):
        _put(pdf, 15, 20 + 7 * n, f"- {skill}", size=10)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert profile["skills"] == ["Python", "Airflow", "dbt", "Snowflake", "Kafka"]


def test_an_ideographic_name_is_long_enough_to_tell_a_running_head_by():
    """A name of three ideographs ("张冬梅") says as much as a Latin one of fifteen letters: a
    later page's head repeating it and the address is dropped, a skill beside it is kept."""
    from careeros.onboarding.extract import _drop_running_heads

    lines = [
        Line("张冬梅", size=2.4, page=0),
        Line("miller.j@example.net", page=0),
        Line("Skills", size=1.3, bold=True, page=0),
        Line("Python", page=0),
        Line("张冬梅 | Resume | miller.j@example.net", page=1),
        Line("Kafka", page=1),
    ]
    assert [line.text for line in _drop_running_heads(lines, 2)] == [
        "张冬梅",
        "miller.j@example.net",
        "Skills",
        "Python",
        "Kafka",
    ]


def test_stray_words_after_the_last_job_are_no_job_and_a_link_before_a_title_is_not_the_title():
    """Under the dated jobs, words read from a sidebar after the main column ("Helm", "Svelte",
    "Figma": no dates, no description, no word of a role or a company) are no job; a company's
    address a theme set before the title on its line is not part of the title."""
    text = "\n".join(
        [
            "Noor Haddad",
            "noor.haddad@example.com",
            "",
            "Experience",
            "Rocha S.A.  December 2017 - December 2020",
            "https://rocha.example.com Principal Product Manager",
            "- Owned the roadmap for the payments product",
            "Data Engineer, The Quantum Group",
            "November 2014 - June 2017",
            "- Moved the warehouse to Snowflake",
            "Helm",
            "Svelte",
            "Figma",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Principal Product Manager", "Rocha S.A.", "2017-12"),
        ("Data Engineer", "The Quantum Group", "2014-11"),
    ]


def test_a_czech_cv_whose_dates_wrap_in_a_narrow_cell():
    """A Czech CV of two cells a row: "od 05/2024 do" over "současnosti" (the range's end wrapped
    in the narrow date cell, beside the title and then the company), "11/2021 – dosud"; a word
    for "now" the lists lack ("jetzt") after a dash still means a job going on; languages with a
    CEFR level ("angličtina (C1)") are no skills."""
    text = "\n".join(
        [
            "Jana Nováková",
            "E-mail:\tjana.novakova@example.cz",
            "",
            "Pracovní zkušenosti",
            "od 05/2024 do\tStaff Operations Manager",
            "současnosti\tHarbor Systems Ltd.",
            "- Led a team of 4 engineers",
            "11/2021 – 04/2024\tOperations Manager",
            "Lumen.io",
            "03/2019 – jetzt\tMentor",
            "Code Club Praha",
            "",
            "Dovednosti",
            "Python, SQL, Terraform",
            "",
            "Jazyky",
            "čeština (rodilý mluvčí), angličtina (C1)",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Staff Operations Manager", "Harbor Systems Ltd.", "2024-05", "present"),
        ("Operations Manager", "Lumen.io", "2021-11", "2024-04"),
        ("Mentor", "Code Club Praha", "2019-03", "present"),
    ]
    assert profile["skills"] == ["Python", "SQL", "Terraform"]


def test_plain_text_with_banner_headings_and_the_name_in_a_box():
    """Plain text whose name sits in a box of asterisks ("* Timo van den Hoek *") and whose
    section names are banners ("===== EXPERIENCE ====="); "van den" are a surname's particles."""
    text = "\n".join(
        [
            "*********************",
            "* Timo van den Hoek *",
            "*********************",
            "Email: timo@example.nl",
            "",
            "===== EXPERIENCE =====",
            "Blue Labs — Senior Site Reliability Engineer",
            "(2024-11 to present)",
            "* Ran the on-call rotation",
            "",
            "===== EDUCATION =====",
            "Delft University of Technology (2016): MSc Computer Science",
            "",
            "===== SKILLS =====",
            "Skills: Go; Kubernetes; Prometheus",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert profile["name"] == "Timo van den Hoek"
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Senior Site Reliability Engineer", "Blue Labs", "2024-11")
    ]
    assert [e["university"] for e in profile["education"]] == ["Delft University of Technology"]
    assert profile["skills"] == ["Go", "Kubernetes", "Prometheus"]


def test_a_word_resume_with_the_contact_details_in_the_page_footer(tmp_path):
    """The name in the page header, the e-mail and phone in the page footer (printed on every
    page as much as the body is), jobs as "Title | Company | dates": the company in the job's line
    is not the name."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Błażej Linek"
    document.sections[0].footer.paragraphs[0].text = "blazej.linek@example.pl · +48 520 616 938"
    document.add_heading("Work Experience", level=1)
    document.add_paragraph().add_run(
        "Principal Full Stack Developer | North Labs | June 2024 – May 2026"
    ).bold = True
    document.add_paragraph("Moved the billing system to the cloud", style="List Bullet")
    document.add_heading("Skills", level=1)
    document.add_paragraph("GraphQL, FastAPI, Node.js")
    path = tmp_path / "resume.docx"
    document.save(path)
    profile = parse(read(path.read_bytes(), "docx"))
    assert profile["name"] == "Błażej Linek"
    assert profile["email"] == "blazej.linek@example.pl"
    assert profile["phone"] == "+48 520 616 938"
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Principal Full Stack Developer", "North Labs", "2024-06")
    ]


def test_a_degree_wrapped_before_the_last_word_of_its_field():
    """A narrow column wraps "Bachelor of Engineering in Graphic" before "Design": a field does
    not end in "Graphic" or "Mechanical", so the next word completes it and is no school."""
    text = "\n".join(
        [
            "Ana Ruiz",
            "ana.ruiz@example.com",
            "",
            "Education",
            "Bachelor of Engineering in Graphic",
            "Design",
            "University of South",
            "2012",
            "Bachelor of Science in Mechanical",
            "Engineering",
            "University of Bobbyshire",
            "2010",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(e["degree"], e["university"], e["year"]) for e in profile["education"]] == [
        ("Bachelor of Engineering in Graphic Design", "University of South", "2012"),
        ("Bachelor of Science in Mechanical Engineering", "University of Bobbyshire", "2010"),
    ]


def test_an_indian_cv_of_labelled_jobs_and_a_qualifications_table(tmp_path):
    """A Word CV as many are written in India: jobs as "Organization:", "Designation:" and
    "Duration: June 2019 to Till Date"; "Academic Qualifications" as a table whose header names
    its columns with alternatives ("Board / University", "Percentage / CGPA": a grade, read past);
    the father's name under "Personal Details" is not the name."""
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("CURRICULUM VITAE").bold = True
    document.add_paragraph().add_run("Priya Sharma").bold = True
    document.add_paragraph("Email: priya.sharma@example.in")
    document.add_paragraph().add_run("ACADEMIC QUALIFICATIONS").bold = True
    table = document.add_table(rows=2, cols=4)
    header = ["Qualification", "Board / University", "Year of Passing", "Percentage / CGPA"]
    row = ["B.Tech in Computer Science", "Anna University", "2016", "8.2 CGPA"]
    for cell, text in zip(table.rows[0].cells + table.rows[1].cells, [*header, *row], strict=True):
        cell.text = text
    document.add_paragraph().add_run("PROFESSIONAL EXPERIENCE").bold = True
    for organisation, designation, duration in (
        ("Infosys Ltd.", "Senior Software Engineer", "June 2019 to Till Date"),
        ("Wipro Technologies", "Software Engineer", "July 2016 to May 2019"),
    ):
        document.add_paragraph(f"Organization: {organisation}")
        document.add_paragraph(f"Designation: {designation}")
        document.add_paragraph(f"Duration: {duration}")
        document.add_paragraph("Responsibilities:")
        document.add_paragraph("Built the claims service", style="List Bullet")
    document.add_paragraph().add_run("PERSONAL DETAILS").bold = True
    document.add_paragraph("Father's Name: Ramesh Sharma")
    document.add_paragraph("Languages Known: English, Hindi, Tamil")
    path = tmp_path / "cv.docx"
    document.save(path)
    profile = parse(read(path.read_bytes(), "docx"))
    assert profile["name"] == "Priya Sharma"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Senior Software Engineer", "Infosys Ltd.", "2019-06", "present"),
        ("Software Engineer", "Wipro Technologies", "2016-07", "2019-05"),
    ]
    assert [(e["degree"], e["university"], e["year"]) for e in profile["education"]] == [
        ("B.Tech in Computer Science", "Anna University", "2016")
    ]


def test_month_names_of_more_languages_and_a_consent_clause_in_small_print():
    """A Polish CV: "styczeń 2019 – obecnie" (months in full), and the consent to the processing
    of personal data in small type at the foot, which is no skill; a range whose months are in
    a language the lists lack ("shkurt 2019 – qershor 2021", Albanian) still gives its years."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("dejavu", style="B", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    rows = [
        ("Tomasz Wójcik", "B", 20),
        ("E-mail: tomasz.wojcik@example.pl", "", 10),
        ("Doświadczenie zawodowe", "B", 13),
        ("styczeń 2019 – obecnie", "B", 10),
        ("Data Engineer – Orbit Systems Ltd.", "", 10),
        ("ożujak 2016 – grudzień 2018", "B", 10),
        ("Analyst – Vistula Bank S.A.", "", 10),
        ("shkurt 2014 – qershor 2016", "B", 10),
        ("Intern – Adriatic Labs", "", 10),
        ("Umiejętności", "B", 13),
        ("Python", "", 10),
        ("Docker", "", 10),
    ]
    for n, (text, style, size) in enumerate(rows):
        _put(pdf, 15, 15 + 8 * n, text, style=style, size=size, font="dejavu")
    _put(
        pdf,
        15,
        120,
        "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych",
        size=6,
        font="dejavu",
    )
    _put(
        pdf,
        15,
        123,
        "do realizacji procesu rekrutacji zgodnie z Rozporządzeniem (UE) 2016/679 (RODO).",
        size=6,
        font="dejavu",
    )
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Data Engineer", "Orbit Systems Ltd.", "2019-01", "present"),
        ("Analyst", "Vistula Bank S.A.", "2016", "2018-12"),
        ("Intern", "Adriatic Labs", "2014", "2016"),
    ]
    assert profile["skills"] == ["Python", "Docker"]


def test_a_functional_resume_whose_skill_groups_are_paragraphs():
    """A functional resume: each skill group's name ("Cloud") over a sentence naming the skills
    ("Worked daily with Docker, Terraform and Kubernetes."): the skills, not the group's name or
    the sentence's words; the jobs one a line with their years at the end."""
    text = "\n".join(
        [
            "Cory Diaz",
            "cory.diaz@example.org",
            "",
            "RELEVANT SKILLS",
            "Cloud",
            "  Worked daily with Docker, Terraform, Kubernetes.",
            "",
            "Languages",
            "  Worked daily with Python, Scala.",
            "",
            "EMPLOYMENT HISTORY",
            "Data Scientist, Lumen Labs, Austin, TX .... 2019–Present",
            "Analyst, Harbor Systems Ltd. .... 2015–2019",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert profile["skills"] == ["Docker", "Terraform", "Kubernetes", "Python", "Scala"]
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Data Scientist", "Lumen Labs", "2019"),
        ("Analyst", "Harbor Systems Ltd.", "2015"),
    ]


def test_years_written_with_an_apostrophe_at_the_right_of_the_company():
    """A startup-style page: the company with "Mar '23 — Present" at the right of its row, the
    title under it; "School '16 · Degree". Two digits after an apostrophe are a year."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    _put(pdf, 15, 15, "Patricia Bazin", style="B", size=22)
    _put(pdf, 15, 27, "patricia.bazin@example.net", size=10)
    _put(pdf, 15, 38, "EXPERIENCE", style="B", size=11)
    y = 47
    for company, dates, title in (
        ("Leblanc Co.", "Mar '23 — Present", "Data Engineer"),
        ("Cedar Labs", "Nov '20 — Jun '22", "Analytics Engineer"),
    ):
        _put(pdf, 15, y, company, style="B", size=10)
        _put(pdf, 150, y, dates, size=10, width=45, align="R", font="dejavu")
        _put(pdf, 15, y + 6, title, size=10)
        _put(pdf, 15, y + 12, "- Moved the reports to dbt and Airflow", size=10)
        y += 22
    _put(pdf, 15, y, "EDUCATION", style="B", size=11)
    _put(pdf, 15, y + 9, "Reyestown State University '16 · BSc Computer Science", size=10, font="dejavu")
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Data Engineer", "Leblanc Co.", "2023-03", "present"),
        ("Analytics Engineer", "Cedar Labs", "2020-11", "2022-06"),
    ]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [
        ("Reyestown State University", "2016")
    ]


def test_a_bordered_table_whose_cells_wrap_in_a_pdf():
    """A qualifications table a word processor printed with narrow columns: the header's cells
    and the rows' cells wrap ("Board /" over "University", "Seoul National" over "University");
    each row is read whole, its wrapped lines joined to the cells they stand under."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _put(pdf, 15, 15, "Priya Sharma", style="B", size=18)
    _put(pdf, 15, 26, "priya.sharma@example.in", size=10)
    _put(pdf, 15, 38, "ACADEMIC QUALIFICATIONS", style="B", size=11)
    # a word processor's table: columns 30 mm wide with 2 mm of padding, each cell's text
    # wrapped to its width from the cell's top, the next row under the tallest cell
    pdf.set_font("helvetica", size=10)

    def wrapped(text: str) -> list[str]:
        lines = [""]
        for word in text.split():
            trial = f"{lines[-1]} {word}".strip()
            if lines[-1] and pdf.get_string_width(trial) > 26:
                lines.append(word)
            else:
                lines[-1] = trial
        return lines

    y = 46.0
    for values in (
        ("Qualification", "Board / University", "Year of Passing", "Percentage / CGPA"),
        ("M.Sc. in Psychology", "Seoul National University", "2011", "9.4 CGPA"),
        ("Bachelor of Arts in Economics", "Politecnico di Milano", "2009", "85%"),
    ):
        cells = [wrapped(value) for value in values]
        for column, lines in enumerate(cells):
            for n, text in enumerate(lines):
                _put(pdf, 17 + 30 * column, y + 4.5 * n, text, size=10)
        y += 4.5 * max(len(lines) for lines in cells) + 1.5
    _put(pdf, 15, y + 6, "PROFESSIONAL EXPERIENCE", style="B", size=11)
    _put(pdf, 15, y + 14, "Data Analyst, Infosys Ltd.", size=10)
    _put(pdf, 15, y + 20, "June 2019 - Present", size=10)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(e["degree"], e["university"], e["year"]) for e in profile["education"]] == [
        ("M.Sc. in Psychology", "Seoul National University", "2011"),
        ("Bachelor of Arts in Economics", "Politecnico di Milano", "2009"),
    ]
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [("Data Analyst", "Infosys Ltd.")]


def test_a_word_resume_of_words_own_styles_whose_headline_is_also_a_job_title(tmp_path):
    """The name in Word's "Title" style, the headline in "Subtitle" ("Principal Data Engineer"),
    each job's title in "Heading 2" (the same words as the headline, for the current job) over
    "Company · Town · dates" in "Heading 3"; an ideographic name takes no Latin line as a surname."""
    import docx

    document = docx.Document()
    document.add_paragraph("秦霞", style="Title")
    document.add_paragraph("Principal Data Engineer", style="Subtitle")
    document.add_paragraph("qin.xia@example.cn")
    document.add_heading("Experience", level=1)
    for title, line in (
        ("Principal Data Engineer", "Vargas Ltd. · Lake Angiestad, ID · Nov 2025 – Present"),
        ("Data Engineer", "Vertex Media · Jessicabury, WA · Sep 2022 – Dec 2025"),
    ):
        document.add_heading(title, level=2)
        document.add_heading(line, level=3)
        document.add_paragraph("Moved the warehouse to Snowflake", style="List Bullet")
    path = tmp_path / "resume.docx"
    document.save(path)
    profile = parse(read(path.read_bytes(), "docx"))
    assert profile["name"] == "秦霞"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Principal Data Engineer", "Vargas Ltd.", "2025-11", "present"),
        ("Data Engineer", "Vertex Media", "2022-09", "2025-12"),
    ]


def test_a_range_in_capitals_of_a_language_the_lists_lack_and_languages_with_a_dotted_capital():
    """ "Gusht 2022 – Tani" alone on its line (Albanian: a month and a word for "now" no list
    holds, both capitalised) is a job going on since 2022; "İngilizce (İleri), Almanca (Başlangıç)" names
    languages spoken (Turkish "İ" lowers with a combining dot), not skills."""
    text = "\n".join(
        [
            "Ana Kovač",
            "ana.kovac@example.hr",
            "",
            "Experience",
            "Data Engineer, Jadran Logistics",
            "Gusht 2022 – Tani",
            "- Built the routing service",
            "Analyst, Adriatic Bank",
            "Shkurt 2019 – Korrik 2022",
            "",
            "Skills",
            "Python, Kafka",
            "",
            "Yabancı Diller",
            "İngilizce (İleri), Almanca (Başlangıç)",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Data Engineer", "Jadran Logistics", "2022", "present"),
        ("Analyst", "Adriatic Bank", "2019", "2022"),
    ]
    assert profile["skills"] == ["Python", "Kafka"]


def test_a_one_column_page_with_a_table_of_dates_beside_the_jobs():
    """A Vietnamese CV: a table of two cells per job ("11/2023 - nay" at the left, the company
    in bold over "Vị trí: Title" at the right) inside a page of one column (section names and a
    list of skills down the left margin): the gutter is the table's, not the page's; the items
    under a job, set in without a glyph, are not the title's rest; "Peran:", a label no list
    holds, before a title is the title's."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("dejavu", style="B", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    _put(pdf, 15, 15, "KHOA HẢI ĐẶNG", style="B", size=20, font="dejavu")
    _put(pdf, 15, 26, "Email: khoa.dang@example.vn", size=10, font="dejavu")
    _put(pdf, 15, 36, "KINH NGHIỆM LÀM VIỆC", style="B", size=12, font="dejavu")
    y = 45
    for dates, company, title in (
        ("11/2023 - nay", "Vertex Systems Ltd.", "Vị trí: Principal Research Scientist"),
        ("04/2019 - 08/2023", "Brightstack", "Peran: Staff DevOps Engineer"),
    ):
        _put(pdf, 15, y, dates, size=10, font="dejavu")
        _put(pdf, 55, y, company, style="B", size=10, font="dejavu")
        _put(pdf, 55, y + 5, title, size=10, font="dejavu")
        _put(pdf, 60, y + 10, "Led a team of 5 engineers", size=10, font="dejavu")
        y += 18
    _put(pdf, 15, y, "KỸ NĂNG", style="B", size=12, font="dejavu")
    for n, skill in enumerate(["Next.js", "Redux", "Kubernetes", "Docker", "Azure", "Figma"]):
        _put(pdf, 15, y + 8 + 5 * n, skill, size=10, font="dejavu")
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Principal Research Scientist", "Vertex Systems Ltd.", "2023-11", "present"),
        ("Staff DevOps Engineer", "Brightstack", "2019-04", "2023-08"),
    ]
    assert profile["skills"] == ["Next.js", "Redux", "Kubernetes", "Docker", "Azure", "Figma"]


def test_section_names_and_now_in_two_languages_and_a_labelled_description():
    """A bilingual CV ("Berufserfahrung / Professional Experience", "03/2019 – heute / present");
    a name and a headline ("Rehime Yılmaz | Software Engineer") is no section; a Europass
    "Main activities" row is the job's description, not its company."""
    text = "\n".join(
        [
            "Rehime Yılmaz | Software Engineer",
            "rehime@example.ch",
            "",
            "Berufserfahrung / Professional Experience",
            "Senior Recruiter · The Vertex Group",
            "03/2019 – heute / present",
            "- Hired the platform team",
            "",
            "Expérience professionnelle | Professional Experience",
            "Occupation or position held\tRecruiter",
            "Name of employer\tHarborforge",
            "Main activities\tGrew revenue from the growth line",
            "Dates\tAugust 2016 – February 2019",
            "",
            "Kenntnisse / Skills",
            "Greenhouse, Excel",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Senior Recruiter", "The Vertex Group", "2019-03", "present"),
        ("Recruiter", "Harborforge", "2016-08", "2019-02"),
    ]
    assert profile["skills"] == ["Greenhouse", "Excel"]


def test_a_right_to_left_line_whose_number_and_until_now_a_pdf_laid_out_in_runs():
    """An Arabic CV printed from a browser: PDFium gives a right-to-left line in visual runs, the
    phone's groups apart with the label's colon among them ("06 <tab> 96 <tab> 20 <tab> 24 <tab>
    : 12 <tab> الهاتف") and "حتى الآن" after the start with its dash at the end."""
    lines = [
        Line("Thomas Watkins", size=2.1, bold=True),
        Line("dylan.patton@example.com :البريد", cells=("dylan.patton@example.com :البريد",)),
        Line("06\t96\t20\t24\t: 12\tالهاتف", cells=("06", "96", "20", "24", ": 12", "الهاتف")),
        Line("الخبرة المهنية", size=1.3, bold=True),
        Line("Acme Media - Principal QA Analyst", bold=True),
        Line("01/2022\tىتح الآن -", cells=("01/2022", "ىتح الآن -")),
        Line("Harborforge - QA Analyst", bold=True),
        Line("07/2019 - 10/2021"),
    ]
    profile = parse(lines)
    assert profile["phone"] == "06 96 20 24 12"
    assert [(j["start"], j["end"]) for j in profile["experience"]] == [
        ("2022-01", "present"),
        ("2019-07", "2021-10"),
    ]


def test_a_latex_source_uploaded_as_text():
    """The .tex of a CV uploaded as text: the preamble left out, "\\section{Experience}" a
    section, "\\textbf{Title} \\hfill May 2023--Present \\\\" a title with its dates, "\\textit{…}"
    the company, "\\&" an ampersand, "\\item" a bullet, moderncv's "\\cventry" its fields."""
    source = r"""\documentclass[11pt]{article}
\usepackage[margin=2cm]{geometry}
\begin{document}
\begin{center}
{\Large\bfseries Matteo Hellstr\"om}\\
\href{mailto:matteo@example.se}{matteo@example.se} \quad +46 70 762 21 18
\end{center}
\section{Experience}
\textbf{Engineering Manager} \hfill May 2023--Present \\
\textit{Maldonado \& Sons}
\begin{itemize}
  \item Reduced latency by 11\% across the payments stack
\end{itemize}
\cventry{2019--2023}{Data Engineer}{Lumen Systems Ltd.}{Malm\"o}{}{}
\section{Education}
\textbf{Lund University} \hfill 2016 \\ MSc in Computer Science
\section{Skills}
\textbf{Languages:} Python, Go \\
\end{document}
"""
    profile = parse(read_text(source.encode()))
    assert profile["email"] == "matteo@example.se"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Engineering Manager", "Maldonado & Sons", "2023-05", "present"),
        ("Data Engineer", "Lumen Systems Ltd.", "2019", "2023"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Lund University"]
    assert profile["skills"] == ["Python", "Go"]


def test_a_korean_cv_whose_dates_run_with_a_tilde_to_a_word_for_now():
    """A Korean 이력서: "2023.12 ~ 재직중" and "2019.03 ~ 현재" (a tilde, then "now" in Korean)
    in the date cell beside "Company | Title"; "보유 기술" (the skills one holds) as the skills'
    section."""
    text = "\n".join(
        [
            "김지혜",
            "이메일: jihye.kim@example.kr",
            "",
            "경력",
            "2023.12 ~ 재직중\tTerry Foods GmbH | Lead QA Analyst",
            "2019.03 ~ 2023.11\tQuantum.io | Backend Developer",
            "",
            "학력",
            "2012\tLake University | Master of Science in Economics",
            "",
            "보유 기술",
            "Python, Selenium",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Lead QA Analyst", "Terry Foods GmbH", "2023-12", "present"),
        ("Backend Developer", "Quantum.io", "2019-03", "2023-11"),
    ]
    assert profile["skills"] == ["Python", "Selenium"]


def test_a_right_to_left_word_cv_as_a_pdf_in_visual_order():
    """A Hebrew Word CV saved as PDF: its lines come in visual order, so a current job's range
    reads "– היום <tab> 2023", a past one "2022 – 2021" (the ends swapped), a bullet sits at its
    line's end, and a company's last full stop at the line's start."""
    lines = [
        Line("Michelle Goncalves", size=2.4),
        Line("collins.f@example.net | +33 6 20 85 34 41"),
        Line("ניסיון מקצועי", size=1.3, bold=True),
        Line(". Lead Project Coordinator | The Vertex Group Ltd", bold=True),
        Line("– היום\t2023", cells=("– היום", "2023")),
        Line(
            "Reduced latency by 63% across the core data stack\t•",
            cells=("Reduced latency by 63% across the core data stack", "•"),
        ),
        Line("Security Engineer | Acme Logistics", bold=True),
        Line("2022 – 2021"),
        Line("Led a team of 3 engineers\t•", cells=("Led a team of 3 engineers", "•")),
        Line("השכלה", size=1.3, bold=True),
    ]
    profile = parse(lines)
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Lead Project Coordinator", "The Vertex Group Ltd.", "2023", "present"),
        ("Security Engineer", "Acme Logistics", "2021", "2022"),
    ]
    assert [j["highlights"] for j in profile["experience"]] == [
        ["Reduced latency by 63% across the core data stack"],
        ["Led a team of 3 engineers"],
    ]


def test_plain_text_of_ascii_art_grid_tables():
    """Plain text whose sections are grid tables ("+-----+", "+=====+" under the header row,
    "| 11/2024 – Present | Marketing Manager | South Energy B.V. |"): the rules are no text."""
    text = "\n".join(
        [
            "+----------------------+",
            "| Fadime Wähner        |",
            "+======================+",
            "| fadime@example.de    |",
            "+----------------------+",
            "",
            "EXPERIENCE",
            "+-------------------+-------------------+-------------------+",
            "| Dates             | Title             | Company           |",
            "+===================+===================+===================+",
            "| 11/2024 – Present | Marketing Manager | South Energy B.V. |",
            "| 10/2020 – 02/2024 | Analyst           | Cooper & Sons     |",
            "+-------------------+-------------------+-------------------+",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Marketing Manager", "South Energy B.V.", "2024-11", "present"),
        ("Analyst", "Cooper & Sons", "2020-10", "2024-02"),
    ]


def test_dates_with_a_day_a_table_of_jobs_and_its_toggles():
    """A note-taking app's export: the jobs as a table (Company | Role | Dates) whose dates carry
    a day ("January 17, 2024 → Present", "April 19, 2020 → September 28," over "2024"), the
    highlights later under a toggle's triangle and the company's name ("▾ Brooks Ltd.")."""
    lines = [
        Line("Juana Torre", size=2.8, bold=True),
        Line("juana@example.es"),
        Line("Experience", size=1.5, bold=True),
        Line("Company\tRole\tDates", cells=("Company", "Role", "Dates")),
        Line(
            "North.io\tJunior QA Analyst\tJanuary 17, 2024 → Present",
            cells=("North.io", "Junior QA Analyst", "January 17, 2024 → Present"),
        ),
        Line(
            "Brooks Ltd.\tBackend Developer\tApril 19, 2020 → September 28,",
            cells=("Brooks Ltd.", "Backend Developer", "April 19, 2020 → September 28,"),
        ),
        Line("2024"),
        Line("▾ Brooks Ltd.", bold=True),
        Line("Moved the billing service to Go"),
    ]
    profile = parse(lines)
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Junior QA Analyst", "North.io", "2024-01", "present"),
        ("Backend Developer", "Brooks Ltd.", "2020-04", "2024-09"),
    ]


def test_an_indonesian_title_at_its_company_and_months():
    """An Indonesian CV: "Maret 2022 – Sekarang" over "Data Engineer di Tokopedia" ("di" is
    "at" after a title; "Politecnico di Milano" stays one school)."""
    text = "\n".join(
        [
            "Putri Wulandari",
            "putri@example.id",
            "",
            "Pengalaman Kerja",
            "Maret 2022 – Sekarang",
            "Data Engineer di Tokopedia",
            "Agustus 2019 – Februari 2022",
            "Analyst di Bank Mandiri",
            "",
            "Pendidikan",
            "Politecnico di Milano, 2019",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Data Engineer", "Tokopedia", "2022-03", "present"),
        ("Analyst", "Bank Mandiri", "2019-08", "2022-02"),
    ]
    assert [e["university"] for e in profile["education"]] == ["Politecnico di Milano"]


def test_text_pasted_from_a_spreadsheet_with_the_dates_in_two_cells():
    """Rows pasted from a spreadsheet: "2019-03 <tab> 2021-05 <tab> Title <tab> Company", a
    start and an end in cells of their own, "present" for a job going on."""
    text = "\n".join(
        [
            "Bảo Mai Trần",
            "bao.tran@example.vn\t+84 91 910 98 65",
            "",
            "Experience",
            "2022-07\tpresent\tAssociate Mobile Developer\tBlue Robotics",
            "2019-04\t2021-07\tStaff Marketing Manager\tLin Bank GmbH",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Associate Mobile Developer", "Blue Robotics", "2022-07", "present"),
        ("Staff Marketing Manager", "Lin Bank GmbH", "2019-04", "2021-07"),
    ]


def test_a_builders_skill_levels_and_contact_details_at_the_foot_are_no_skills():
    """A builder's skills with a level word beside each ("Experienced", "Skillful"), and the
    page's foot holding the e-mail, read after the last section: neither is a skill."""
    lines = [
        Line("Ana Ruiz", size=2.2, bold=True),
        Line("Skills", size=1.3, bold=True),
        Line("Python\tExperienced", cells=("Python", "Experienced")),
        Line("Kafka\tSkillful", cells=("Kafka", "Skillful")),
        Line("ana.ruiz@example.com · +34 613 913 593"),
    ]
    profile = parse(lines)
    assert profile["skills"] == ["Python", "Kafka"]
    assert profile["email"] == "ana.ruiz@example.com"


def test_a_hungarian_page_with_year_first_dates_in_a_table_cell_beside_the_jobs():
    """A Hungarian CV: "2021. április – 2022." over "október" (the year first, with its full
    stop; the end's month wrapped in the narrow date cell) beside the company in bold over the
    title, under Hungarian section names; a list of skills across the whole page under them is
    not the right-hand column's."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("dejavu", style="B", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    _put(pdf, 12, 12, "Kovács Anna", style="B", size=20, font="dejavu")
    _put(pdf, 12, 22, "E-mail: anna.kovacs@example.hu", size=9, font="dejavu")
    _put(pdf, 12, 32, "Szakmai tapasztalat", style="B", size=13, font="dejavu")
    y = 41
    for start, end, wrapped, company, title in (
        ("2022. január", "jelenleg", None, "Cedarstack", "Account Executive"),
        ("2021. április", "2022.", "október", "Lewis, Chambers & Co.", "Lead Account Executive"),
        ("2015. december", "2017.", "augusztus", "Holmes AG", "Account Executive, Growth Team"),
    ):
        _put(pdf, 13, y, f"{start} – {end}", size=9, font="dejavu")
        if wrapped:
            _put(pdf, 13, y + 4.5, wrapped, size=9, font="dejavu")
        _put(pdf, 64, y, company, style="B", size=9, font="dejavu")
        _put(pdf, 64, y + 4.5, title, size=9, font="dejavu")
        _put(pdf, 68, y + 9, "Grew revenue from the risk line", size=9, font="dejavu")
        y += 16
    _put(pdf, 12, y, "Tanulmányok", style="B", size=13, font="dejavu")
    _put(pdf, 13, y + 8, "2014", size=9, font="dejavu")
    _put(pdf, 64, y + 8, "Universidad de Bassview", style="B", size=9, font="dejavu")
    _put(pdf, 64, y + 12.5, "Master of Business Administration", size=9, font="dejavu")
    _put(pdf, 12, y + 22, "Készségek", style="B", size=13, font="dejavu")
    _put(
        pdf,
        12,
        y + 30,
        "Hugging Face, PyTorch, MLflow, Node.js, FastAPI, Express, Excel, Tableau, Scala,",
        size=9,
        font="dejavu",
    )
    _put(pdf, 12, y + 34.5, "Ruby", size=9, font="dejavu")
    _put(pdf, 12, y + 44, "Nyelvtudás", style="B", size=13, font="dejavu")
    _put(pdf, 12, y + 52, "angol (felsőfok), német (középfok)", size=9, font="dejavu")
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Account Executive", "Cedarstack", "2022-01", "present"),
        ("Lead Account Executive", "Lewis, Chambers & Co.", "2021-04", "2022-10"),
        ("Account Executive, Growth Team", "Holmes AG", "2015-12", "2017-08"),
    ]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [
        ("Universidad de Bassview", "2014")
    ]
    assert profile["skills"][0] == "Hugging Face" and profile["skills"][-1] == "Ruby"
    assert len(profile["skills"]) == 10


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019. március – jelenleg", "2019-03", "present"),
        ("2019. 03. – 2021. 05.", "2019-03", "2021-05"),
        ("2019.03.–2021.05.", "2019-03", "2021-05"),
        ("márc. 2019 – napjainkig", "2019-03", "present"),
        ("ožujak 2019. – danas", "2019-03", "present"),
        ("03.2019. – 05.2021.", "2019-03", "2021-05"),
        ("январь 2019 – по настоящее время", "2019-01", "present"),
        ("03.2019 – н.в.", "2019-03", "present"),
        ("Μάρτιος 2019 – σήμερα", "2019-03", "present"),
        ("вересень 2018 – травень 2021", "2018-09", "2021-05"),
        ("sausio 2020 – dabar", "2020-01", "present"),
        ("septembris 2017 – tagad", "2017-09", "present"),
    ],
)
def test_dates_written_year_first_with_full_stops_and_in_more_languages(text, start, end):
    """Years written first or with their full stop (Hungarian, Croatian), and the months and
    words for "now" of Russian, Ukrainian, Greek and the Baltic languages."""
    from careeros.onboarding.parser import find_period

    period, rest = find_period(text)
    assert period is not None and rest == ""
    assert period.as_text(period.start) == start
    assert ("present" if period.current else period.as_text(period.end)) == end


def test_a_comma_list_and_a_line_of_fields_that_wrapped_inside_an_item():
    """A list of skills that wrapped inside its items ("…, Hugging" over "Face, …"; "Agile and"
    over "Scrum"; "Stakeholder" over "management") and a degree's line of fields that wrapped
    inside the school's name, its year on the second line. Lists that end each line on their
    own (no comma, each item whole) stay apart."""
    lines = [
        Line("Ana Ruiz", size=2.2, bold=True),
        Line("ana.ruiz@example.com"),
        Line("Education", size=1.3, bold=True),
        Line("Master of Business Administration in Mechanical Engineering, Technical"),
        Line("University of Jamesville, 2017"),
        Line("Bachelor of Science in Physics, Seoul National"),
        Line("University, 2012"),
        Line("Skills", size=1.3, bold=True),
        Line("gRPC, Django, Salesforce, Tableau, Excel, Financial modeling, PyTorch, Hugging"),
        Line("Face, MLflow, Code review, Agile and"),
        Line("Scrum, Terraform, Stakeholder"),
        Line("management, Docker"),
        Line("Python, Java, Go, TypeScript, Rust, Kotlin, Swift"),
        Line("Kubernetes, Helm, AWS"),
    ]
    profile = parse(lines)
    assert [(e["degree"], e["university"], e["year"]) for e in profile["education"]] == [
        (
            "Master of Business Administration in Mechanical Engineering",
            "Technical University of Jamesville",
            "2017",
        ),
        ("Bachelor of Science in Physics", "Seoul National University", "2012"),
    ]
    assert profile["skills"] == [
        "gRPC", "Django", "Salesforce", "Tableau", "Excel", "Financial modeling", "PyTorch", "Hugging Face",
        "MLflow", "Code review", "Agile and Scrum", "Terraform", "Stakeholder management", "Docker",
        "Python", "Java", "Go", "TypeScript", "Rust", "Kotlin", "Swift", "Kubernetes", "Helm", "AWS",
    ]  # fmt: skip


def test_a_company_in_capitals_and_its_town_over_the_title_with_the_dates():
    """ "ZEN LABS, Santa Cruz de Tenerife" and "NIMBUS LABS, Weißwasser" (a town of four words
    with a particle; a town with a role's ending) over "Title (dates)": the town is the job's
    place, the title the line under it."""
    lines = [
        Line("MARITA DE GORDILLO", size=2.0, bold=True),
        Line("Albacete | jacob.norman@example.com"),
        Line("PROFESSIONAL EXPERIENCE", size=1.2, bold=True),
        Line("SPARKS S.A., Las Palmas", bold=True),
        Line("Principal Security Engineer (May 2017 – Jul 2020)"),
        Line("•\tMentored new hires", cells=("•", "Mentored new hires")),
        Line("ZEN LABS, Santa Cruz de Tenerife", bold=True),
        Line("Lead Consultant (Mar 2012 – Jul 2016)"),
        Line("NIMBUS LABS, Weißwasser", bold=True),
        Line("Marketing Manager (Jan 2010 – Feb 2012)"),
    ]
    profile = parse(lines)
    assert [(j["title"], j["company"], j["location"], j["start"]) for j in profile["experience"]] == [
        ("Principal Security Engineer", "SPARKS S.A.", "Las Palmas", "2017-05"),
        ("Lead Consultant", "ZEN LABS", "Santa Cruz de Tenerife", "2012-03"),
        ("Marketing Manager", "NIMBUS LABS", "Weißwasser", "2010-01"),
    ]


def test_a_russian_job_sites_cv_with_how_long_each_job_lasted_beside_it():
    """A CV as a Russian job site prints it: "Опыт работы — 5 лет 7 месяцев" (the section's name
    and the total), each job a row whose left cell holds "Июль 2024 — по" over "настоящее время"
    (the end wrapped after its "until") over how long it lasted ("2 года 5 месяцев"), beside the
    company, its town in grey and the post; "Высшее" (the level) over the schools."""

    def row(left: str, right: str) -> Line:
        return Line(f"{left}\t{right}", cells=(left, right))

    lines = [
        Line("Émilie Salmon", size=2.2, bold=True),
        Line("Эл. почта: emilie@example.org"),
        Line("Опыт работы — 5 лет 7 месяцев", size=1.4, bold=True),
        row("Июль 2024 — по", "North Labs"),
        row("настоящее время", "Lagarde"),
        row("2 года 5 месяцев", "Principal Operations Manager, Search Team"),
        Line("Led a team of 10 engineers"),
        row("Май 2020 — Июнь", "Vertex Systems Ltd."),
        row("2023", "Associate Software Engineer"),
        row("3 года 2 месяца", "Led a team of 5 engineers"),
        Line("Образование", size=1.4, bold=True),
        Line("Высшее", bold=True),
        row("2020", "Delgado College"),
        Line("Bachelor of Arts in Data Science"),
    ]
    profile = parse(lines)
    assert [
        (j["title"], j["company"], j["location"], j["start"], j["end"]) for j in profile["experience"]
    ] == [
        ("Principal Operations Manager, Search Team", "North Labs", "Lagarde", "2024-07", "present"),
        ("Associate Software Engineer", "Vertex Systems Ltd.", None, "2020-05", "2023-06"),
    ]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [("Delgado College", "2020")]


@pytest.mark.parametrize(
    "text",
    [
        "5 лет 11 месяцев",
        "1 год",
        "3 роки 2 місяці",
        "2 lata 3 miesiące",
        "4 roky",
        "3 år 2 månader",
        "6 maanden",
    ],
)
def test_how_long_a_job_lasted_in_more_languages(text):
    from careeros.onboarding.parser import _DURATION

    assert _DURATION.match(text)


def test_a_europass_word_cv_whose_labels_run_into_their_values():
    """Europass in Word: "Business or sector Information and communication" (a label of three
    words and its value, in two styles Word's text runs together) is no company of the next job."""
    lines = [
        Line("Ana Ruiz", size=2.2, bold=True),
        Line("E-mail\tana@example.com", cells=("E-mail", "ana@example.com")),
        Line("WORK EXPERIENCE", size=1.1, bold=True),
        Line(
            "09/2022–Present\tStaff Project Coordinator",
            cells=("09/2022–Present", "Staff Project Coordinator"),
        ),
        Line("Richardson Analytics GmbH, Lyon"),
        Line("▪ Led a team of 5 engineers"),
        Line("Business or sector Information and communication"),
        Line(
            "03/2019–12/2022\tPrincipal Business Analyst",
            cells=("03/2019–12/2022", "Principal Business Analyst"),
        ),
        Line("Cedar Labs"),
        Line("Business or sector Information and communication"),
    ]
    profile = parse(lines)
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Staff Project Coordinator", "Richardson Analytics GmbH", "2022-09"),
        ("Principal Business Analyst", "Cedar Labs", "2019-03"),
    ]


def test_a_cjk_name_whose_pdf_gives_a_radicals_code_point():
    """A CJK font draws 木 and the Kangxi radical ⽊ with one glyph; a PDF's text layer that
    names the radical still yields the ideograph."""
    from careeros.onboarding.extract import clean

    assert clean("鈴\u2f4a 和也") == "鈴木 和也"


def test_a_word_resume_written_as_an_outline_of_numbered_lists(tmp_path):
    """Each employer a numbered item with its dates, the title an item of the second level under
    it, the duties bullets of the third; each school a numbered item with the degree under it.
    Items with deeper items under them head those (no bullets), in an outline whose higher
    level gives dates; a duty with points of its own under it stays a duty. A town of four words
    with a particle in lower case ("das Neves de Goiás") beside the company is the town."""
    import docx

    document = docx.Document()
    document.add_heading("Mart Guit", level=0)
    document.add_paragraph("mart.guit@example.com")
    document.add_heading("Experience", level=1)
    for employer, title, duty in (
        ("Vertex Labs (08/2023 – Present)", "Senior QA Analyst", "Mentored new hires"),
        ("Harbor Energy, das Neves de Goiás (07/2019 – 05/2022)", "Senior Account Executive", None),
        ("Smith LLC (06/2015 – 04/2019)", "Lead Mobile Developer", "Grew revenue from the mobile line"),
    ):
        document.add_paragraph(style="List Number").add_run(employer).bold = True
        document.add_paragraph(title, style="List Number 2")
        if duty:
            document.add_paragraph(duty, style="List Bullet 3")
    document.add_paragraph("Intern, Acme Corp (2013 – 2014)")
    document.add_paragraph("Led the platform team", style="List Bullet")
    document.add_paragraph("Hired five engineers", style="List Bullet 2")
    document.add_heading("Education", level=1)
    document.add_paragraph(style="List Number").add_run("Universität Melissaport (2015)").bold = True
    document.add_paragraph("Master of Science in Graphic Design", style="List Number 2")
    path = tmp_path / "resume.docx"
    document.save(path)
    lines = read(path.read_bytes(), "docx")
    assert "• Led the platform team" in [line.text for line in lines]
    profile = parse(lines)
    assert [(j["title"], j["company"], j["location"], j["start"]) for j in profile["experience"]] == [
        ("Senior QA Analyst", "Vertex Labs", None, "2023-08"),
        ("Senior Account Executive", "Harbor Energy", "das Neves de Goiás", "2019-07"),
        ("Lead Mobile Developer", "Smith LLC", None, "2015-06"),
        ("Intern", "Acme Corp", None, "2013"),
    ]
    assert [(e["degree"], e["university"], e["year"]) for e in profile["education"]] == [
        ("Master of Science in Graphic Design", "Universität Melissaport", "2015")
    ]


def test_a_tracking_systems_export_of_labelled_fields():
    """A candidate profile exported as text: "Start Date:" and "End Date:" (or "Current Job:
    Yes") on lines of their own make one range; "Description:" gives the highlights and
    "Location:" the town; "Graduation Date:" a school's year."""
    text = "\n".join(
        [
            "Candidate Profile",
            "",
            "Name: Anouk Gay",
            "Email: anouk.gay@example.com",
            "",
            "Work History",
            "",
            "Employer: King's Energy",
            "Job Title: Business Analyst",
            "Start Date: 11/2022",
            "Current Job: Yes",
            "Description: Introduced automated testing; Mentored new hires and ran the interview loop",
            "",
            "Employer: The Harbor Group",
            "Job Title: Data Analyst",
            "Start Date: March 2018",
            "End Date: February 2022",
            "Location: Lucas-les-Bains",
            "",
            "Education",
            "",
            "School: South State University",
            "Degree: Bachelor of Science",
            "Graduation Date: 05/2016",
            "",
            "Skills: SQL, Tableau",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert [
        (j["title"], j["company"], j["location"], j["start"], j["end"]) for j in profile["experience"]
    ] == [
        ("Business Analyst", "King's Energy", None, "2022-11", "present"),
        ("Data Analyst", "The Harbor Group", "Lucas-les-Bains", "2018-03", "2022-02"),
    ]
    assert profile["experience"][0]["highlights"] == [
        "Introduced automated testing",
        "Mentored new hires and ran the interview loop",
    ]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [
        ("South State University", "2016")
    ]
    assert profile["skills"] == ["SQL", "Tableau"]


def test_a_compound_broken_at_its_own_hyphen_and_a_degree_wrapped_before_its_last_word():
    """In a narrow PDF cell, "Test-" over "driven development" and "scikit-" over "learn" keep
    their hyphens (the word is written with one), while "experi-" over "ence" is one word; a
    degree "… in Data" over "Science" before its school is one degree; a list parted by " / "
    wrapped after a slash leaves no slash on its item."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _put(pdf, 15, 15, "Ana Ruiz", style="B", size=20)
    _put(pdf, 15, 25, "ana.ruiz@example.com", size=10)
    _put(pdf, 15, 35, "EDUCATION", style="B", size=12)
    _put(pdf, 15, 43, "1998 - 2000", size=10)
    _put(pdf, 60, 43, "Associate of Applied Science in Data", size=10)
    _put(pdf, 60, 48, "Science", size=10)
    _put(pdf, 60, 53, "Universitat Crystalland", size=10)
    _put(pdf, 15, 63, "SKILLS", style="B", size=12)
    _put(pdf, 60, 71, "Python / Design systems /", size=10)
    _put(pdf, 60, 76, "Go, Figma, Test-", size=10)
    _put(pdf, 60, 81, "driven development, scikit-", size=10)
    _put(pdf, 60, 86, "learn, Docker", size=10)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(e["degree"], e["university"]) for e in profile["education"]] == [
        ("Associate of Applied Science in Data Science", "Universitat Crystalland")
    ]
    assert profile["skills"] == [
        "Python",
        "Design systems",
        "Go",
        "Figma",
        "Test-driven development",
        "scikit-learn",
        "Docker",
    ]


def _row(*cells: str) -> Line:
    return Line("\t".join(cells), cells=cells)


def test_an_outline_of_numbered_lists_as_a_pdf_prints_its_numbers():
    """The Word outline saved as PDF: "1. Company, Town (dates)" over "1. Title" (the numbers
    printed), the first employer's name in no list, an employer's range wrapped before its
    closing bracket ("(01/2018 –" over "06/2020)"), duties as bullets."""
    lines = [
        Line("Utkarsh Dani", size=2.2, bold=True),
        Line("utkarsh@example.com"),
        Line("Experience", size=1.4, bold=True),
        Line("1. Acmeforge, Colas-sur-Colin (2023 – Present)"),
        Line("1. Associate Site Reliability Engineer"),
        _row("•", "Mentored new hires and ran the interview loop"),
        _row("2.", "Lumenline (09/2021 – 07/2023)"),
        _row("2.", "Principal Engineering Manager"),
        _row("3.", "Nelson, Lewis & Co., Port Stephaniechester, KY (01/2018 –"),
        Line("06/2020)"),
        _row("3.", "Staff Technical Writer, Core Data Team"),
        Line("Education", size=1.4, bold=True),
        _row("4.", "New State University (2018)"),
    ]
    profile = parse(lines)
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Associate Site Reliability Engineer", "Acmeforge", "2023", "present"),
        ("Principal Engineering Manager", "Lumenline", "2021-09", "2023-07"),
        ("Staff Technical Writer, Core Data Team", "Nelson, Lewis & Co.", "2018-01", "2020-06"),
    ]
    assert profile["experience"][0]["location"] == "Colas-sur-Colin"


def test_a_websites_menu_search_box_widgets_and_footer_are_no_part_of_the_resume():
    """A blog theme's resume page printed whole: the menu (a row of the site's pages), "Search
    …", the widgets under the resume ("Recent Posts", "Categories", "Archives" and their
    items), the cookie notice and the copyright line are none of the resume's."""
    lines = [
        _row("Home", "About", "Blog", "Resume", "Contact"),
        Line("Aaron Jarvis", size=1.6, bold=True),
        Line("Search …"),
        Line("Resume", size=2.0, bold=True),
        Line("aaron@example.org · 347.048.4910"),
        Line("Experience", size=1.4, bold=True),
        Line("Senior Recruiter — Vertex Labs", bold=True),
        Line("Feb 2023 – Present"),
        Line("Skills", size=1.4, bold=True),
        Line("Apache Kafka, PostgreSQL, Figma"),
        Line("Recent Posts", size=1.1, bold=True),
        Line("Why I moved to Rust"),
        Line("Hello world!"),
        Line("Categories", size=1.1, bold=True),
        Line("Engineering"),
        Line("Archives", size=1.1, bold=True),
        Line("March 2024"),
        Line("This website uses cookies to improve your experience. Accept Read More"),
        Line("© 2025 Aaron Jarvis. All rights reserved. Powered by WordPress"),
    ]
    profile = parse(lines)
    assert profile["name"] == "Aaron Jarvis"
    assert profile["skills"] == ["Apache Kafka", "PostgreSQL", "Figma"]
    assert [(j["title"], j["company"]) for j in profile["experience"]] == [
        ("Senior Recruiter", "Vertex Labs")
    ]


def test_a_words_first_letter_drawn_apart_in_a_pdfs_text_stream_joins_it():
    """A browser drew "A" of "Aaron Jarvis" apart from "aron Jarvis" in the text stream (a
    floated menu between them): on one baseline, in one type, within a kerning's width, they
    are one segment, where the first stood."""
    from careeros.onboarding.extract import _word_pieces_joined
    from careeros.onboarding.layout import Segment

    segments = [
        Segment("A", 37.6, 49.8, 37.5, 21.3, 1.0, 1),
        Segment("Home", 360.6, 388.6, 31.5, 13.3, 0.0, 4),
        Segment("aron Jarvis", 50.6, 145.8, 37.5, 21.3, 1.0, 11),
        Segment("Resume", 37.0, 120.0, 80.0, 26.0, 1.0, 6),
    ]
    assert [s.text for s in _word_pieces_joined(segments)] == ["Aaron Jarvis", "Home", "Resume"]


def test_a_scanned_resume_read_back_by_ocr():
    """OCR's digits for letters inside words ("Platf0rm", "Fu1l", "S0ftware") are the letters
    (an address, "Web3", "k8s" and "B2B" keep theirs); a page's number between a job's lines
    and a speck after a heading ("EDUCATION .") are no text; a company's suffix wrapped to the
    next line ("Davidburgh" over "Health Co.") ends its name."""
    text = "\n".join(
        [
            "Ana Ruiz",
            "ana1987@example.com",
            "",
            "EXPERIENCE",
            "",
            "Security Engineer, Platf0rm Team, West S0ftware B.V.",
            "Page 1 of 2",
            "April 2014 – April 2018",
            "- Built Web3 and k8s tooling for B2B clients",
            "",
            "Fu1l Stack Developer, Davidburgh",
            "Health Co.",
            "November 2010 – October 2013",
            "",
            "EDUCATION .",
            "",
            "Technical University of Walkermouth",
            "Master of Science in Economics, 2009",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert profile["email"] == "ana1987@example.com"
    assert [(j["title"], j["company"], j["start"]) for j in profile["experience"]] == [
        ("Security Engineer, Platform Team", "West Software B.V.", "2014-04"),
        ("Full Stack Developer", "Davidburgh Health Co.", "2010-11"),
    ]
    assert profile["experience"][0]["highlights"] == ["Built Web3 and k8s tooling for B2B clients"]
    assert [(e["university"], e["year"]) for e in profile["education"]] == [
        ("Technical University of Walkermouth", "2009")
    ]


def test_a_name_after_a_vietnamese_honorific():
    """ "Quý ông Hưng Trần": the honorific's second word is written in lower case."""
    from careeros.onboarding.parser import find_name

    lines = [Line("Quý ông Hưng Trần", size=2.0, bold=True), Line("Senior Project Coordinator")]
    assert find_name(lines)[0] == "Quý ông Hưng Trần"


def test_a_russian_cv_as_plain_text_of_labelled_fields():
    """ "ФИО:" is the name's label; "Период: с марта 2019 по июнь 2021" (a range written out
    with "с … по …"), "Компания:", "Должность:" label a job's fields and "Обязанности:" its
    duties, which follow as dashes."""
    text = "\n".join(
        [
            "Резюме",
            "",
            "ФИО: Katy Johnson-Slater",
            "E-mail: katy@example.org",
            "",
            "ОПЫТ РАБОТЫ",
            "",
            "Период: с декабря 2022 по настоящее время",
            "Компания: Blue Systems Ltd.",
            "Должность: Financial Analyst",
            "Обязанности:",
            "— Led a team of 5 engineers",
            "",
            "Период: 03.2019 — 10.2021",
            "Компания: Bright Labs",
            "Должность: Junior Engineering Manager",
            "",
            "НАВЫКИ",
            "SQL, Tableau",
        ]
    )
    profile = parse(read_text(text.encode()))
    assert profile["name"] == "Katy Johnson-Slater"
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Financial Analyst", "Blue Systems Ltd.", "2022-12", "present"),
        ("Junior Engineering Manager", "Bright Labs", "2019-03", "2021-10"),
    ]
    assert profile["experience"][0]["highlights"] == ["Led a team of 5 engineers"]


def test_a_header_with_its_dates_at_the_right_under_a_bullet_is_no_rest_of_it():
    """A LaTeX CV's next job, "**Title** at Company <gap> 11/2023 – 06/2024", starts a point to
    the left of the last bullet's glyph: with a date at its right it is a row of its own, not
    the bullet's wrapped rest; "at Company" in its own cell (a change of face) is the company."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _put(pdf, 60, 12, "Maribel Pino Bello", style="B", size=20)
    _put(pdf, 60, 22, "maribel@example.com", size=9)
    _put(pdf, 20, 32, "Work Experience", style="B", size=12)
    _put(pdf, 20, 40, "Associate DevOps Engineer at Zen Robotics", style="B", size=10)
    _put(pdf, 160, 40, "08/2024 - Present", size=10)
    _put(pdf, 20.5, 45, "- Reduced latency by 40% across the mobile stack", size=10)
    _put(pdf, 20, 50, "Staff Frontend Engineer", style="B", size=10)
    _put(pdf, 64, 50, "at Perry's Capital", size=10)
    _put(pdf, 160, 50, "11/2023 - 06/2024", size=10)
    _put(pdf, 20.5, 55, "- Led a team of 5 engineers", size=10)
    profile = parse(read(bytes(pdf.output()), "pdf"))
    assert [(j["title"], j["company"], j["start"], j["end"]) for j in profile["experience"]] == [
        ("Associate DevOps Engineer", "Zen Robotics", "2024-08", "present"),
        ("Staff Frontend Engineer", "Perry's Capital", "2023-11", "2024-06"),
    ]


def test_a_row_of_marked_skills_wrapped_inside_an_item_and_two_marks_in_one_cell():
    """ "✓ Docker <tab> ✓ Google" over "Cloud <tab> ✓ scikit-learn": the unmarked piece ends the
    row's last item; "✓ R ✓ C++" set close together are two items."""
    lines = [
        Line("Ana Ruiz", size=2.2, bold=True),
        Line("ana@example.com"),
        Line("Skills", size=1.3, bold=True),
        _row("✓ Kotlin", "✓ Docker", "✓ Google"),
        _row("Cloud", "✓ scikit-learn", "✓ R ✓ C++"),
    ]
    assert parse(lines)["skills"] == ["Kotlin", "Docker", "Google Cloud", "scikit-learn", "R", "C++"]


def test_a_title_at_a_company_whose_suffix_ends_the_line_is_no_sentence():
    from careeros.onboarding.parser import is_prose

    assert not is_prose("Lead Machine Learning Engineer at Douglaston Bank B.V.")
    assert is_prose("Moved the warehouse to a new bank.")
