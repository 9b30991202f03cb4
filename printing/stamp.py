"""The register's tree as a printout's verification stamp: its size and root, what a signed checkpoint of that
size states, so a witness's checkpoint shows the printout was made from this register as it then was."""
from __future__ import annotations

from reportlab.platypus import Flowable

from printing.fonts import MONO
from printing.labels import Labels
from printing.layout import HEADER_FILL, esc, grid_table, para, styles
from register.domain import TreeStamp


def tree_stamp_block(stamp: TreeStamp, labels: Labels, width: float) -> Flowable:
    root = f'<font name="{MONO}" size="7">{esc(stamp.root or "—")}</font>'
    text = esc(labels.text("tree_stamp", size=stamp.size, root="\x00")).replace("\x00", root)
    return grid_table([[para(text, styles().body)]], [width], repeat_header=False,
                      extra=[("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL)])
