"""A cell belongs to the facility stay it was recorded in (register/timeline.py)."""
from __future__ import annotations


def test_a_cell_recorded_in_transit_is_not_the_returned_stays(story):
    """Stored before placements between facilities were refused: the placement at the return's own minute,
    entered before the arrival (in the chain), belongs to no stay, so the return shows no cell."""
    s = story()
    s.arrive("IVS-1", 10)
    s.add("placement", 15, location="Cell 3")
    s.depart("transfer", 60)
    s.arrive("IVS-2", 90)
    s.add("placement", 95, location="Камера 12")
    s.depart("transfer", 120)
    s.add("placement", 150, location="Камера 12")  # in transit, same minute as the arrival below
    s.arrive("IVS-1", 150)
    timeline = s.timeline()
    assert timeline.current_stay.facility == "IVS-1" and timeline.current_stay.kind == "return"
    assert timeline.current_location is None
    assert [timeline.location_in(stay) for stay in timeline.stays] == ["Cell 3", "Камера 12", None]
    s.add("placement", 151, location="Cell 7")
    assert s.timeline().current_location == "Cell 7"
