"""Fixtures for the renderer and CLI tests: synthetic reports (see render_fixtures.py)."""

from __future__ import annotations

import pytest

import render_fixtures


@pytest.fixture
def report():
    return render_fixtures.sample_report()


@pytest.fixture
def hostile():
    return render_fixtures.hostile_report()
