"""Detention Register: the domain and its services. No Qt here."""
