from reportlab.pdfbase import pdfmetrics

from printing.fonts import MONO, SANS, SANS_BOLD, register_fonts
from printing.labels import LANGUAGES, Labels, catalogue
from register.vocabulary import EVENT_FIELDS, FieldKind


def entries(node, path=()):
    """Every label entry (a table of languages) in the catalogue, with its path."""
    if isinstance(node, dict) and set(node) & set(LANGUAGES):
        yield path, node
    elif isinstance(node, dict):
        for key, child in node.items():
            yield from entries(child, (*path, key))


def test_every_label_exists_in_every_language():
    missing = [path for path, entry in entries(catalogue()) if any(not entry.get(lang) for lang in LANGUAGES)]
    assert missing == []


def test_every_event_type_field_and_choice_is_translated():
    data = catalogue()
    for event_type, specs in EVENT_FIELDS.items():
        assert event_type in data["event"]
        for spec in specs:
            assert spec.name in data["field"], spec.name
            if spec.kind is FieldKind.CHOICE:
                assert set(spec.choices) <= set(data["value"][spec.name]), spec.name


def test_kazakh_labels_use_kazakh_letters():
    assert Labels("kk").event("apprehension") == "Нақты ұстау"
    assert Labels("kk").value("status", "breached") == "БҰЗЫЛДЫ"


def test_font_registration_is_idempotent():
    register_fonts()
    register_fonts()
    assert {SANS, SANS_BOLD, MONO} <= set(pdfmetrics.getRegisteredFontNames())
    assert pdfmetrics.getFont(SANS).face.name.startswith(b"DejaVuSans") or SANS in pdfmetrics.getFont(SANS).fontName
