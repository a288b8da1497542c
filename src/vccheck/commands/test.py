"""vccheck test (not implemented yet)."""

HELP = None


def add_arguments(parser):
    parser.add_argument("args", nargs="*")


def run(args) -> int:
    import sys

    print("vccheck test: not implemented yet", file=sys.stderr)
    return 2
