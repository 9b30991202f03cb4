"""Reading printed PDFs back the way a reader or a scanner would: text per page, fonts, QR codes."""
from __future__ import annotations

import io
import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader


def pages_text(data: bytes) -> list[str]:
    """Each page's text with whitespace collapsed, so wrapped sentences can be searched whole."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages]


def fonts_used(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names


def decode_qr_codes(pdf_path: Path, page: int, tmp_path: Path, dpi: int = 150) -> list[str]:
    """Render one page as a scanner would see it and decode every QR code on it (QR codes only: read as every
    symbology, the printed hashes once gave a Codabar 'C66C' beside the page's QR codes)."""
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf_path), str(prefix)], check=True)
    with Image.open(f"{prefix}.png") as image:
        return [result.text for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
