"""vccheck schema: print the JSON Schema of incident files."""

from __future__ import annotations

import json
import sys

HELP = """Print the JSON Schema (draft 2020-12) of incident files to standard output.

Editors that use the YAML language server (e.g. VS Code with the YAML
extension) validate and complete incident files with it:

  vccheck schema > incident.schema.json

and put this comment on the first line of the incident file:

  # yaml-language-server: $schema=incident.schema.json
"""


def add_arguments(parser) -> None:
    """No options: the schema goes to standard output."""


def run(args) -> int:
    from vccheck.facts.schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), sort_keys=True, indent=2, ensure_ascii=False) + "\n")
    return 0
