"""vccheck parties (not implemented yet)."""

HELP = None


def add_arguments(parser):
    parser.add_argument("args", nargs="*")


def run(args) -> int:
    import sys

    print("vccheck parties: not implemented yet", file=sys.stderr)
    return 2
