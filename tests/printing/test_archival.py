"""Every printout is PDF/A-2b: the archival form that evidence kept for years needs.

veraPDF, the reference validator, cannot be installed here (no registry of this project's machines carries
it), so these tests check the requirements of ISO 19005-2 that a ReportLab document can break: the claim
in XMP, metadata agreeing with the document information, an output intent for device RGB, every font
embedded, no device CMYK, no encryption, a file identifier, annotations that print, no actions.
"""
from __future__ import annotations

import io
from datetime import date

import pikepdf
import pytest

from printing.held_list_pdf import write_held_list_pdf
from printing.rights_notice import write_rights_notice
from printing.timeline_pdf import write_timeline_pdf
from printing.oversight_pdf import write_oversight_pdf
from register.domain import TreeStamp
from register.oversight import summarize
from register.reports import OversightReport, RightsNotice
from tests.printing.pdf_helpers import fonts_used
from tests.printing.fixtures import (FACILITIES, KZ, PERSON, RULES, T0, demo_clocks, demo_report, held_list_report,
                                     oversight_set)

LANGUAGES = ("kk", "ru", "en")


def timeline(lang: str) -> bytes:
    buffer = io.BytesIO()
    write_timeline_pdf(demo_report(), lang, buffer)
    return buffer.getvalue()


def held_list(lang: str) -> bytes:
    buffer = io.BytesIO()
    write_held_list_pdf(held_list_report(), lang, buffer)
    return buffer.getvalue()


def rights(lang: str) -> bytes:
    buffer = io.BytesIO()
    custody = demo_report().timeline.custody
    notice = RightsNotice(PERSON, custody, FACILITIES["F-2"], T0, demo_clocks(), (), "Реестр", "Asia/Almaty", 18,
                          T0, "Сейітова А.")
    write_rights_notice(notice, lang, buffer)
    return buffer.getvalue()


def oversight(lang: str) -> bytes:
    timelines, clocks, _, _ = oversight_set()
    summary = summarize(timelines, clocks, date(2026, 1, 1), date(2026, 1, 31), FACILITIES, KZ.law, T0,
                        alert_actions={}, desk=[])
    buffer = io.BytesIO()
    write_oversight_pdf(OversightReport(summary, RULES, "Реестр", T0, "Сейітова А.", TreeStamp(3, "ab" * 32)), lang,
                        buffer)
    return buffer.getvalue()


def fonts_of(resources: pikepdf.Dictionary, seen: set) -> list[pikepdf.Dictionary]:
    """Every font a page's resources can reach, through form XObjects too."""
    found = []
    for font in resources.get("/Font", {}).values():
        found.extend(font.DescendantFonts if font.Subtype == "/Type0" else [font])
    for xobject in resources.get("/XObject", {}).values():
        if xobject.Subtype == "/Form" and xobject.objgen not in seen and "/Resources" in xobject:
            seen.add(xobject.objgen)
            found.extend(fonts_of(xobject.Resources, seen))
    return found


def pdfa_problems(data: bytes) -> list[str]:
    problems = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        meta = pdf.open_metadata()
        if meta.pdfa_status != "2B":
            problems.append(f"claims PDF/A {meta.pdfa_status!r}")
        if str(meta.get("dc:title")) != str(pdf.docinfo.get("/Title")):
            problems.append("XMP title differs from the document information")
        intents = [i for i in pdf.Root.get("/OutputIntents", []) if i.S == "/GTS_PDFA1"]
        if len(intents) != 1:
            problems.append("no single PDF/A output intent")
        else:
            profile = intents[0].DestOutputProfile
            if int(profile.N) != 3 or profile.read_bytes()[36:40] != b"acsp":
                problems.append("output intent is not an RGB ICC profile")
        if pdf.is_encrypted or "/ID" not in pdf.trailer:
            problems.append("encrypted or without a file identifier")
        if "/Names" in pdf.Root and "/EmbeddedFiles" in pdf.Root.Names or "/OpenAction" in pdf.Root:
            problems.append("embedded files or an opening action")
        for number, page in enumerate(pdf.pages, start=1):
            for font in fonts_of(page.Resources, set()):
                descriptor = font.get("/FontDescriptor")
                if descriptor is None or not {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys()):
                    problems.append(f"page {number}: font {font.get('/BaseFont')} is not embedded")
            for annotation in page.get("/Annots", []):
                if not int(annotation.get("/F", 0)) & 4 or "/A" in annotation and annotation.A.S != "/URI":
                    problems.append(f"page {number}: an annotation that does not print or runs an action")
            operators = {str(op) for _, op in pikepdf.parse_content_stream(page)}
            if operators & {"k", "K"}:
                problems.append(f"page {number}: device CMYK colour without a CMYK output intent")
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("printout", [timeline, held_list, rights, oversight],
                         ids=["timeline", "held-list", "rights-notice", "oversight"])
def test_every_printout_is_pdf_a_2b(printout, lang):
    assert pdfa_problems(printout(lang)) == []


def test_the_chinese_notice_embeds_its_chinese_font_and_is_pdf_a_2b():
    data = rights("zh")
    assert pdfa_problems(data) == []
    assert any("NotoSansCJKsc" in name for name in fonts_used(data))


def test_the_checker_catches_a_plain_reportlab_file():
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFillColorCMYK(0, 1, 1, 0)
    page.drawString(100, 100, "Helvetica, not embedded")
    page.save()
    problems = pdfa_problems(buffer.getvalue())
    assert any("claims PDF/A" in p for p in problems)
    assert any("not embedded" in p for p in problems)
    assert any("device CMYK" in p for p in problems)


def test_the_metadata_names_the_document_and_its_language():
    with pikepdf.open(io.BytesIO(timeline("kk"))) as pdf:
        meta = pdf.open_metadata()
        assert "C-1" in str(meta["dc:title"])
        assert str(pdf.Root.Lang) == "kk"
