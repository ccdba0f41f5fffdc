"""Cooperation between organisations: partnerships (in the directory and abroad) and partner searches.

``services`` holds the rules and writes, ``forms`` the members' forms, ``views`` the public cooperation pages and
the members' pages, ``urls`` and ``dashboard_urls`` their addresses. The models stay in organisations.models.
"""
