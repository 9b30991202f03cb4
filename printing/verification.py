"""The verification block: chain stamps of the printed records, the chain head and a QR code to check them."""
from __future__ import annotations

import json
from typing import Iterable, Mapping

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from printing.fonts import MONO, SANS
from printing.labels import Labels
from printing.layout import content_width, esc, grid_table, para, plain_table, styles, wrapped
from register.domain import ChainStamp

QR_SIZE = 92.0


def qr_payload(custody_id: str, chain_head: ChainStamp | None) -> str:
    """What the QR code holds: enough to find the custody and check the chain has not moved on."""
    head = {"seq": chain_head.seq, "hash": chain_head.hash} if chain_head else None
    return json.dumps({"custody": custody_id, "chain_head": head}, separators=(",", ":"))


def qr_drawing(payload: str, size: float = QR_SIZE) -> Drawing:
    # Sized through barWidth/barHeight: asking the widget for its bounds would encode the code twice.
    drawing = Drawing(size, size, initialFontName=SANS)
    drawing.add(QrCodeWidget(payload, barLevel="M", barWidth=size, barHeight=size, barBorder=2))
    return drawing


def hash_markup(digest: str) -> str:
    """The full hash, its first 12 characters highlighted: quick to compare by eye, complete for a check."""
    return f'<font backColor="#fff1a8">{esc(digest[:12])}</font>{esc(digest[12:])}'


def verification_block(custody_id: str, record_ids: Iterable[str], stamps: Mapping[str, ChainStamp],
                       chain_head: ChainStamp | None, labels: Labels) -> list[Flowable]:
    """Everything a reader needs to check the printout against the register, in chain order."""
    st = styles()
    width = content_width()
    if chain_head is None:
        head_text = esc(labels.text("no_chain"))
    else:
        head_text = esc(labels.text("chain_head", seq=chain_head.seq))
        head_text += f'<br/><font name="{MONO}" size="7">{hash_markup(chain_head.hash)}</font>'
    explanation = [Paragraph(head_text, st.body), Spacer(0, 4), Paragraph(esc(labels.text("verify_howto")), st.small)]
    intro = plain_table([[explanation, qr_drawing(qr_payload(custody_id, chain_head))]],
                        [width - QR_SIZE - 8, QR_SIZE + 8],
                        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    rows = [[para(esc(labels.text("col_seq")), st.cell_bold), para(esc(labels.text("col_record")), st.cell_bold),
             para(esc(labels.text("col_hash")), st.cell_bold)]]
    ordered = sorted(dict.fromkeys(record_ids), key=lambda rid: _seq_key(stamps.get(rid)))
    for record_id in ordered:
        stamp = stamps.get(record_id)
        if stamp is None:
            rows.append(["—", wrapped(record_id, 150), wrapped(labels.text("not_stamped"), width - 200)])
            continue
        rows.append([str(stamp.seq), wrapped(f"{labels.value('kind', stamp.kind)} {record_id}", 150),
                     para(hash_markup(stamp.hash), st.mono)])
    table = grid_table(rows, [50, 150, width - 200])
    return [KeepTogether([Paragraph(esc(labels.text("verification")), st.heading), intro]), Spacer(0, 6), table]


def _seq_key(stamp: ChainStamp | None) -> tuple[int, int]:
    """Chain order; records not yet in the chain last."""
    return (0, stamp.seq) if stamp else (1, 0)
