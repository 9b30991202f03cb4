"""The custody record's own tabs of the main window (issue 17), chosen by what the user may do: the
shift handover for those who record events, the injury register for those who read injury charts. Each tab names itself (`tab_title()`) and asks for a
custody's timeline through its `open_custody` signal."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QWidget

from register.access import Permission
from register.service import Services
from ui.desktop.handover import HandoverView
from ui.desktop.injury_register import InjuryRegisterView


def record_tabs(service: Services, open_custody: Callable[[str], object]) -> list[QWidget]:
    tabs: list[QWidget] = []
    if service.actor.may(Permission.RECORD_EVENTS):
        tabs.append(HandoverView(service))
    if service.actor.may(Permission.READ_INJURIES):
        tabs.append(InjuryRegisterView(service))
    for tab in tabs:
        tab.open_custody.connect(open_custody)
    return tabs
