"""Start the CPIM Tutor web app: settings -> tutor -> index if needed -> Gradio on 127.0.0.1:7860.

`python app.py --allow-open-names` accepts serving on an address other than loopback without a users file
(names are not private then); the same as TUTOR_ALLOW_OPEN_NAMES=true.
"""

import argparse
import logging
import sys

from tutor.config import load_settings
from tutor.errors import TutorError
from tutor.ui import launch

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Serve the CPIM Tutor web app (settings: TUTOR_* variables).")
    parser.add_argument("--allow-open-names", action="store_true",
                        help="serve on a non-loopback TUTOR_SERVER_HOST without TUTOR_USERS_FILE, accepting that "
                             "anyone who types a learner's name sees and changes that learner's data")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        launch(load_settings(**({"allow_open_names": True} if args.allow_open_names else {})))
    except TutorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
