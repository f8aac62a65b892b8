"""``python -m generator``: regenerate ``generated/``; ``--check`` only reports drift.

``python -m generator diff [REF]`` lists the changes of the public API since ``REF``
(:mod:`generator.diff`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import diff
from .build import Layout, differences, generate
from .spec import SpecError


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["diff"]:
        return diff.main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder")
    parser.add_argument(
        "--check",
        action="store_true",
        help="build into a scratch folder and fail if generated/ differs from it",
    )
    args = parser.parse_args(argv)
    layout = Layout(args.root.resolve())
    try:
        if args.check:
            drift = differences(layout)
            if drift:
                print("generated/ is not what the spec and templates produce:", file=sys.stderr)
                for line in drift:
                    print(f"  {line}", file=sys.stderr)
                print("run `make generate` and commit the result", file=sys.stderr)
                return 1
            print("generated/ is up to date")
            return 0
        generate(layout)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"generated {layout.output.relative_to(layout.root)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
