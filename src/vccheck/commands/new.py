"""vccheck new: write a commented incident template."""

from __future__ import annotations

import os
import sys

HELP = """Write a commented incident template to PATH (or to standard output).

The template loads as it stands; fill in what you know, leave out what you do
not (a fact that is absent is unknown). An existing file is never overwritten
unless --force is given.

  vccheck new my-incident.yaml
  vccheck schema > incident.schema.json     (editor support, see the template's first line)
"""


def add_arguments(parser) -> None:
    parser.add_argument("path", nargs="?", metavar="PATH", help="file to write (default: standard output)")
    parser.add_argument("--force", action="store_true", help="overwrite PATH if it exists")


def run(args) -> int:
    from vccheck.commands.check import write_atomic
    from vccheck.facts.template import template

    text = template()
    if not args.path or args.path == "-":
        sys.stdout.write(text)
        return 0
    if os.path.exists(args.path) and not args.force:
        print(f"vccheck new: '{args.path}' already exists; nothing was written\n"
              "  hint: choose another name, or add --force to overwrite it", file=sys.stderr)
        return 2
    try:
        write_atomic(args.path, text)
    except OSError as exc:
        print(f"vccheck new: cannot write '{args.path}': {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.path}; fill it in, then run: vccheck {args.path}", file=sys.stderr)
    return 0
