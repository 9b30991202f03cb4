"""The verification block: chain stamps of the printed records, the chain head and a QR code to check them."""
from __future__ import annotations

import json
from typing import Mapping, Sequence

import segno
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from printing.fonts import MONO
from printing.labels import Labels
from printing.layout import content_width, esc, grid_table, para, plain_table, styles, wrapped
from register.domain import ChainStamp
from register.printout import printed_codes

QR_SIZE = 92.0
EVIDENCE_QR_SIZE = 170.0  # a signed checkpoint and the record list: modules of about half a millimetre on paper


def qr_payload(custody_id: str, chain_head: ChainStamp | None) -> str:
    """What the QR code holds: enough to find the custody and check the chain has not moved on."""
    head = {"seq": chain_head.seq, "hash": chain_head.hash} if chain_head else None
    return json.dumps({"custody": custody_id, "chain_head": head}, separators=(",", ":"))


class QrCode(Flowable):
    """A QR code drawn as filled runs of dark modules (segno encodes: ReportLab's encoder takes over a second
    for a signed checkpoint, and the print is made while the user waits)."""

    def __init__(self, payload: str, size: float = QR_SIZE, level: str = "m"):
        super().__init__()
        self.code = segno.make(payload, error=level, micro=False, boost_error=False)
        self.width = self.height = size

    def draw(self) -> None:
        rows = [list(row) for row in self.code.matrix_iter(scale=1, border=2)]
        module = self.width / len(rows)
        canvas = self.canv
        canvas.setFillColorRGB(0, 0, 0)
        path = canvas.beginPath()
        for y, row in enumerate(rows):
            x = 0
            while x < len(row):
                if row[x]:
                    start = x
                    while x < len(row) and row[x]:
                        x += 1
                    path.rect(start * module, self.height - (y + 1) * module, (x - start) * module, module)
                else:
                    x += 1
        canvas.drawPath(path, stroke=0, fill=1)


def hash_markup(digest: str) -> str:
    """The full hash, its first 12 characters highlighted: quick to compare by eye, complete for a check."""
    return f'<font backColor="#fff1a8">{esc(digest[:12])}</font>{esc(digest[12:])}'


def verification_block(custody_id: str, rows: Sequence[tuple[str, str]], stamps: Mapping[str, ChainStamp],
                       chain_head: ChainStamp | None, labels: Labels, evidence: str | None = None) -> list[Flowable]:
    """Everything a reader needs to check the printout against the register. `rows` are (what the printout
    calls the record, its id): the events by their row number in the events table, in that order, so each
    hash row names a row the reader can see; `evidence` is the QR text with the register's signed checkpoint,
    printed in numbered codes when one does not hold it (code 1 here, the others after the hashes)."""
    st = styles()
    width = content_width()
    if chain_head is None:
        head_text = esc(labels.text("no_chain"))
    else:
        head_text = esc(labels.text("chain_head", seq=chain_head.seq))
        head_text += f'<br/><font name="{MONO}" size="7">{hash_markup(chain_head.hash)}</font>'
    codes = printed_codes(evidence) if evidence else ()
    if len(codes) > 1:
        howto = labels.text("verify_howto_parts", count=len(codes))
    else:
        howto = labels.text("verify_howto_checkpoint" if evidence else "verify_howto")
    explanation = [Paragraph(head_text, st.body), Spacer(0, 4), Paragraph(esc(howto), st.small)]
    size = EVIDENCE_QR_SIZE if evidence else QR_SIZE
    code = _captioned(codes, 0, labels) if len(codes) > 1 else QrCode(evidence or qr_payload(custody_id, chain_head),
                                                                      size, "l" if evidence else "m")
    intro = plain_table([[explanation, code]], [width - size - 8, size + 8],
                        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    table = [[para(esc(labels.text("col_no")), st.cell_bold), para(esc(labels.text("col_seq")), st.cell_bold),
              para(esc(labels.text("col_record")), st.cell_bold), para(esc(labels.text("col_hash")), st.cell_bold)]]
    for label, record_id in rows:
        stamp = stamps.get(record_id)
        if stamp is None:
            table.append([wrapped(label, 40), "—", wrapped(record_id, 110), wrapped(labels.text("not_stamped"),
                                                                                       width - 200)])
            continue
        record = wrapped(f"{labels.value('kind', stamp.kind)} {record_id}", 110)
        table.append([wrapped(label, 40), str(stamp.seq), record,
                      para(hash_markup(stamp.hash), st.mono)])
    return [KeepTogether([Paragraph(esc(labels.text("verification")), st.heading), intro]), Spacer(0, 6),
            grid_table(table, [40, 50, 110, width - 200]), *_more_codes(codes, labels)]


CODES_PER_ROW = 3
PART_QR_SIZE = 160.0  # three codes to a row; modules of about 0.4 mm for a full part


def _captioned(codes: Sequence[str], index: int, labels: Labels, size: float = EVIDENCE_QR_SIZE) -> list[Flowable]:
    """One numbered code with its number beneath it, so the reader knows how many to scan."""
    caption = labels.text("qr_part", n=index + 1, count=len(codes))
    return [QrCode(codes[index], size, "l"), Paragraph(esc(caption), styles().small)]


def _more_codes(codes: Sequence[str], labels: Labels) -> list[Flowable]:
    """Codes 2 to N of a long printout's list, three to a row, each row kept whole on its page."""
    if len(codes) < 2:
        return []
    cells = [_captioned(codes, index, labels, PART_QR_SIZE) for index in range(1, len(codes))]
    rows = [cells[start:start + CODES_PER_ROW] for start in range(0, len(cells), CODES_PER_ROW)]
    rows[-1] += [""] * (CODES_PER_ROW - len(rows[-1]))
    column = content_width() / CODES_PER_ROW
    grid = plain_table(rows, [column] * CODES_PER_ROW, [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
    heading = Paragraph(esc(labels.text("qr_codes_heading", count=len(codes))), styles().heading)
    return [Spacer(0, 8), CondPageBreak(PART_QR_SIZE + 60), heading, grid]
