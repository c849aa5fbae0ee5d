"""`python -m tutor` runs the CLI."""

import sys

from tutor.cli import main

sys.exit(main())
