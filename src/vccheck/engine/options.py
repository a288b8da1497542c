"""Options of one evaluation: a pure value, so the engine stays a pure function."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EngineOptions:
    thresholds: dict = field(default_factory=dict, hash=False, compare=False)  # standard -> Duration | float
    instruments: tuple[str, ...] = ()  # empty: every instrument
    only: tuple[str, ...] = ()  # rule id prefixes
    assumptions: tuple[str, ...] = ()  # shown in the report; already applied to the facts

    def selects(self, rule_id: str, instrument: str | None) -> bool:
        if self.instruments and (instrument or "").upper() not in {i.upper() for i in self.instruments}:
            return False
        if self.only and not any(rule_id == p or rule_id.startswith(p.rstrip(".") + ".") for p in self.only):
            return False
        return True
