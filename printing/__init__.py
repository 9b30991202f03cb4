"""PDF printouts of the register (ReportLab only): timelines, rights notices, held lists, oversight.

Everything here reads plain read models from `register/`; nothing touches Qt or the database.
"""
