"""Start the CPIM Tutor web app: settings -> tutor -> index if needed -> Gradio on 127.0.0.1:7860."""

import logging
import sys

from tutor.config import load_settings
from tutor.errors import TutorError
from tutor.ui import launch

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        launch(load_settings())
    except TutorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
