"""Files built by the tests themselves: resumes as PDF, DOCX and text, and hostile files."""

from __future__ import annotations

import io
import os
import zipfile

RESUME_LINES = [
    "Maria Garcia-Lopez",
    "Senior Data Engineer",
    "maria.garcia@example.org | +49 30 1234 5678 | Berlin, Germany",
    "",
    "SUMMARY",
    "Data engineer with eight years of experience building batch and streaming pipelines.",
    "",
    "EXPERIENCE",
    "Senior Data Engineer, Spotify, Stockholm, Sweden | Jan 2020 – Present",
    "- Designed the event ingestion platform processing billions of events a day.",
    "Data Engineer, Zalando SE, Berlin, Germany | Mar 2016 – Dec 2019",
    "- Built Spark jobs for the recommendations team.",
    "",
    "EDUCATION",
    "M.Sc. in Computer Science, Technical University of Munich, 2016",
    "B.Sc. in Mathematics, Universidad de Sevilla, 2013",
    "",
    "SKILLS",
    "Languages: Python, Scala, SQL",
    "Data: Apache Spark, Kafka, Airflow, dbt",
]
EXPECTED = {
    "name": "Maria Garcia-Lopez",
    "email": "maria.garcia@example.org",
    "phone": "+49 30 1234 5678",
    "skills": ["Python", "Scala", "SQL", "Apache Spark", "Kafka", "Airflow", "dbt"],
    "experience": [("Senior Data Engineer", "Spotify"), ("Data Engineer", "Zalando SE")],
    "education": [
        ("M.Sc. in Computer Science", "Technical University of Munich", "2016"),
        ("B.Sc. in Mathematics", "Universidad de Sevilla", "2013"),
    ],
}


def resume_text(lines=RESUME_LINES) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def resume_pdf(lines=RESUME_LINES, pages: int = 1) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    font = _unicode_font()
    if font:
        pdf.add_font("body", fname=font)
    for _ in range(pages):
        pdf.add_page()
        pdf.set_font("body" if font else "helvetica", size=10)
        for line in lines:
            # The PDF core fonts are Latin-1 only: without a Unicode font, dashes become hyphens.
            pdf.cell(0, 5, line if font else line.replace("–", "-"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _unicode_font() -> str | None:
    path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    return path if os.path.exists(path) else None


def resume_docx(lines=RESUME_LINES, *, as_table: bool = False) -> bytes:
    import docx

    document = docx.Document()
    headings = {"SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS"}
    body = [line for line in lines if line]
    if as_table:
        table = document.add_table(rows=0, cols=2)
        for line in body:
            cells = table.add_row().cells
            if line in headings:
                cells[0].text = line.title()
            else:
                cells[1].text = line
    else:
        for line in body:
            if line in headings:
                document.add_heading(line.title(), level=1)
            else:
                document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb_docx(unpacked_mb: int = 200) -> bytes:
    """A DOCX whose document.xml inflates to `unpacked_mb` MB from a few hundred KB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = b" " * (1024 * 1024)
            for _ in range(unpacked_mb):
                entry.write(chunk)
    return buffer.getvalue()


def encrypted_pdf(password: str = "s3cret") -> bytes:
    """AES-encrypted; with an empty `password` anyone may open it (only editing is restricted)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(resume_pdf())))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def many_pages_pdf(pages: int = 3000) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def junk_with_pdf_header(size: int = 200_000) -> bytes:
    return b"%PDF-1.7\n" + os.urandom(size)


def truncated_pdf() -> bytes:
    data = resume_pdf()
    return data[: len(data) // 3]


def billion_laughs_docx() -> bytes:
    """A DOCX whose document.xml declares an exponentially expanding entity."""
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};">' for i in range(1, 12)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&a11;</w:t></w:r></w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(resume_docx()))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            archive.writestr(
                item, xml if item.filename == "word/document.xml" else source.read(item.filename)
            )
    return buffer.getvalue()


def slow_pdf(text_operations: int = 200_000) -> bytes:
    """A few kilobytes of PDF whose page holds hundreds of thousands of tiny text operations
    (a compressed content stream): reading its text takes the PDF reader many seconds."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=200, height=200)
    stream = StreamObject()
    stream._data = b"BT /F1 1 Tf 1 0 0 1 10 10 Tm " + b"(a) Tj 0 1 Td " * text_operations + b"ET"
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    page[NameObject("/Contents")] = writer._add_object(stream.flate_encode(level=9))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
