"""Turn a finished PDF into PDF/A-2b, the archival form, because printouts are evidence kept for years.

ReportLab already embeds every font; what PDF/A-2b adds is an XMP metadata stream that says which
standard the file claims and repeats the document information, and an output intent that fixes what
the device RGB colours of the pages mean (sRGB). Both are written here with pikepdf after ReportLab
is done, so the printouts themselves know nothing about archiving.
"""
from __future__ import annotations

import io
from datetime import datetime, timezone
from functools import lru_cache

import pikepdf
from PIL import ImageCms

PDFA_PART = "2"
PDFA_CONFORMANCE = "B"


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """The sRGB ICC profile of the output intent, built by LittleCMS so that no binary file is shipped."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def archival(pdf: bytes, *, title: str, author: str, lang: str, created: datetime | None = None) -> bytes:
    """The same document as PDF/A-2b: XMP metadata agreeing with the document information, and an sRGB intent."""
    created = (created or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        _set_information(document, title=title, author=author, created=created)
        _set_metadata(document, title=title, author=author, lang=lang, created=created)
        _add_output_intent(document)
        document.Root.Lang = pikepdf.String(lang)
        out = io.BytesIO()
        # Object streams are PDF 1.5; a plain cross-reference table keeps the file readable by old archive tools.
        document.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, deterministic_id=True)
    return out.getvalue()


def _pdf_date(instant: datetime) -> str:
    return instant.strftime("D:%Y%m%d%H%M%SZ")


def _set_information(document: pikepdf.Pdf, *, title: str, author: str, created: datetime) -> None:
    info = document.docinfo
    info[pikepdf.Name.Title] = title
    info[pikepdf.Name.Author] = author
    info[pikepdf.Name.CreationDate] = _pdf_date(created)
    info[pikepdf.Name.ModDate] = _pdf_date(created)
    # ReportLab's own keywords and subject ("unspecified") would have to be repeated in XMP; they say nothing.
    for key in (pikepdf.Name.Keywords, pikepdf.Name.Subject):
        if key in info:
            del info[key]


def _set_metadata(document: pikepdf.Pdf, *, title: str, author: str, lang: str, created: datetime) -> None:
    stamp = created.isoformat().replace("+00:00", "Z")
    with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["dc:title"] = title
        meta["dc:creator"] = [author]
        meta["dc:language"] = [lang]
        meta["xmp:CreateDate"] = stamp
        meta["xmp:ModifyDate"] = stamp
        meta["xmp:MetadataDate"] = stamp
        meta["pdf:Producer"] = str(document.docinfo.get(pikepdf.Name.Producer, "ReportLab"))
        meta["pdfaid:part"] = PDFA_PART
        meta["pdfaid:conformance"] = PDFA_CONFORMANCE


def _add_output_intent(document: pikepdf.Pdf) -> None:
    profile = pikepdf.Stream(document, srgb_profile())
    profile[pikepdf.Name.N] = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
        Info=pikepdf.String("sRGB IEC61966-2.1"),
        DestOutputProfile=profile,
    )
    document.Root.OutputIntents = pikepdf.Array([document.make_indirect(intent)])
