"""The bundle's entry point: the same `detention-register` command the Python package installs."""
import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main())
