"""A detainee's property, read from the custody's record: what was taken, what was given back, what differs.

Every `property_inventory` adds to what is held; every `property_return` gives back item by item. Items
are matched by their description (case and spacing aside), counted by quantity (one when not said),
and cash by currency. A return is expected to give back everything still held: one that leaves an item
or cash behind, or gives back what was never taken, is a difference, flagged by the profile's
`property_difference` trigger, shown on the receipt and on the shift handover.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from register.domain import Event
from register.timeline import CustodyTimeline

DEFAULT_CURRENCY = "KZT"


def item_key(description: str) -> str:
    return " ".join(description.casefold().split())


@dataclass(frozen=True)
class PropertyLine:
    """One kind of item (or the cash of one currency): how many were taken and how many given back."""
    description: str
    taken: int
    returned: int
    is_cash: bool = False

    @property
    def difference(self) -> int:
        """Given back minus taken: negative when something is missing, positive when more came back."""
        return self.returned - self.taken


@dataclass(frozen=True)
class PropertyAccount:
    """The property of one custody as of the last event read."""
    lines: tuple[PropertyLine, ...] = ()
    bags: tuple[str, ...] = ()
    inventories: tuple[Event, ...] = ()
    returns: tuple[Event, ...] = ()

    @property
    def held(self) -> tuple[PropertyLine, ...]:
        """What the facility still holds (taken and not yet given back)."""
        return tuple(line for line in self.lines if line.taken > line.returned)

    @property
    def differences(self) -> tuple[PropertyLine, ...]:
        """Once something has been given back: every line where the return does not match what was taken."""
        return tuple(line for line in self.lines if line.difference) if self.returns else ()

    @property
    def is_open(self) -> bool:
        """Property was taken and nothing has been given back yet."""
        return bool(self.inventories) and not self.returns


def account(events: Iterable[Event]) -> PropertyAccount:
    """Add up inventories and returns in timeline order (the events are a timeline's effective ones)."""
    taken: dict[tuple[bool, str], int] = {}
    returned: dict[tuple[bool, str], int] = {}
    names: dict[tuple[bool, str], str] = {}
    bags: list[str] = []
    inventories: list[Event] = []
    returns: list[Event] = []
    for event in events:
        if event.type == "property_inventory":
            counts = taken
            inventories.append(event)
            if event.get("bag_number") and event.get("bag_number") not in bags:
                bags.append(event.get("bag_number"))
        elif event.type == "property_return":
            counts = returned
            returns.append(event)
        else:
            continue
        for item in event.get("items") or ():
            key = (False, item_key(item["description"]))
            names.setdefault(key, item["description"])
            counts[key] = counts.get(key, 0) + item.get("quantity", 1)
        if event.get("cash_amount") is not None:
            currency = (event.get("cash_currency") or DEFAULT_CURRENCY).upper()
            key = (True, currency)
            names.setdefault(key, currency)
            counts[key] = counts.get(key, 0) + event.get("cash_amount")
    lines = tuple(PropertyLine(names[key], taken.get(key, 0), returned.get(key, 0), key[0]) for key in names)
    return PropertyAccount(lines, tuple(bags), tuple(inventories), tuple(returns))


def property_account(timeline: CustodyTimeline) -> PropertyAccount:
    return account(timeline.effective)


def returns_with_differences(timeline: CustodyTimeline) -> list[Event]:
    """The returns after which what was given back differs from what was taken (each return judged on
    every inventory and return up to it)."""
    found, seen = [], []
    for event in timeline.effective:
        seen.append(event)
        if event.type == "property_return" and account(seen).differences:
            found.append(event)
    return found
