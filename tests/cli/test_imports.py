"""What a cold check imports: each module is paid for on every run."""

import os
import subprocess
import sys

import yaml

import vccheck


def test_a_check_imports_only_what_it_needs():
    """A cold ``vccheck check --format json`` pays for every module it imports. dataclasses and the
    inspect it loads (~10 ms) are imported only by code that asks dataclasses about a record; typing,
    pathlib and importlib.resources, tempfile, shutil and calendar only where they are used (writing a
    file, a bad date); nor the json package (~1.5 ms): the report is encoded with its C encoder alone.
    Run without site (-S), as a clean environment would: this machine's site hooks import some of them."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.pathsep.join(os.path.dirname(os.path.dirname(m.__file__)) for m in (vccheck, yaml))
    unwanted = ("dataclasses", "inspect", "typing", "pathlib", "importlib.resources", "tempfile", "shutil", "calendar",
                "json")
    code = ("import os, sys\nfrom vccheck.cli import main\n"
            "sys.argv = ['vccheck', 'examples/vladivostok-2022.yaml', '--format', 'json', '-o', os.devnull]\n"
            f"code = main()\nprint(code, sorted(m for m in {unwanted!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-S", "-c", code], cwd=root, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": path}).stdout
    assert out.strip().splitlines()[-1] == "1 []"  # 1: the report was made (it finds violations)


def test_a_plain_terminal_report_does_not_import_rich():
    """Piped (no colour), the terminal report is laid out with render.plaintext: Rich's characters
    without Rich's import (~40 ms of a cold check), nor typing. (With --explain, a table of the States'
    reasons may need Rich to share the shrinking among its columns.) A coloured report is laid out and
    printed by Rich (checked here through the API, as the CLI colours only a terminal)."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.pathsep.join(os.path.dirname(os.path.dirname(m.__file__)) for m in (vccheck, yaml))
    code = ("import os, sys\nfrom vccheck.cli import main\n"
            "code = main(['examples/vladivostok-2022.yaml', '-o', os.devnull])\n"
            "print(code, sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('rich', 'typing')}))\n"
            "from vccheck import api, pipeline\n"
            "api.render(pipeline.check_incident('examples/vladivostok-2022.yaml'), 'terminal', color=True)\n"
            "print('rich.text' in sys.modules and 'rich.console' in sys.modules)")
    out = subprocess.run([sys.executable, "-S", "-c", code], cwd=root, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": path}).stdout
    assert out.strip().splitlines()[-2:] == ["1 []", "True"]
