"""vccheck new: write a commented incident template."""

from __future__ import annotations

import os
import secrets
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
        _write_atomically(args.path, text)
    except OSError as exc:
        print(f"vccheck new: cannot write '{args.path}': {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.path}; fill it in, then run: vccheck {args.path}", file=sys.stderr)
    return 0


def _write_atomically(path: str, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename: never a half-written template."""
    directory = os.path.dirname(os.path.abspath(path))
    temp = os.path.join(directory, f".vccheck-new-{os.getpid()}-{secrets.token_hex(4)}.tmp")
    handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the user's umask applies
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
