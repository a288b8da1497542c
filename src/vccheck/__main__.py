from vccheck.cli import run

run()
