"""vccheck: Vienna Convention compliance checker.

The pipeline: rule text -> dsl (parser) -> rule model; incident YAML ->
facts (loader) -> incident model; engine(rules, facts) -> findings;
findings -> render (terminal, JSON, Markdown, SARIF). ``vccheck.pipeline``
runs the stages; the CLI and the Python API both go through it.
"""

__version__ = "0.1.0"
