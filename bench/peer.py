"""The outside test suite: Microsoft Recognizers-Text money and date specs (tests/fixtures/peer).

Runs our amount and date extractors over every case, each with its reference date
as the anchor, and prints span P/R/F1, value/currency accuracy and date resolution
per language and subset. `python bench/peer.py [--all]` (`make peer`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peer_dates  # noqa: E402
import peer_money  # noqa: E402


def main(argv: list[str]) -> None:
    subsets = [("dotnet_verified", True)] + ([("all", False)] if "--all" in argv else [])
    print("Money (span overlap; strict = span + value within 0.5 % + ISO currency)")
    print(f"{'lang':6}{'subset':>17}{'span P':>8}{'span R':>8}{'span F1':>9}{'value+cur.':>12}{'strict F1':>11}")
    for lang in ("fr", "en"):
        for name, verified in subsets:
            r = peer_money.run_money(lang, verified_only=verified)
            value_accuracy = r["strict_tp"] / r["span_tp"] if r["span_tp"] else 0.0  # over matched spans
            print(f"{lang:6}{name:>17}{r['span_precision']:>8.3f}{r['span_recall']:>8.3f}{r['span_f1']:>9.3f}"
                  f"{value_accuracy:>12.3f}{r['strict_f1']:>11.3f}")
    print()
    print("Dates (types date and daterange; resolution over matched, checkable items)")
    print(f"{'lang':6}{'subset':>17}{'P':>8}{'R':>8}{'F1':>8}{'resolution':>12}{'strict res.':>13}{'n':>6}")
    for lang in ("fr", "en"):
        for name, verified in subsets:
            r = peer_dates.run_dates(lang, verified_only=verified)
            s = peer_dates.run_dates(lang, verified_only=verified, strict=True)
            print(f"{lang:6}{name:>17}{r['precision']:>8.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}"
                  f"{r['resolution_accuracy']:>12.3f}{s['resolution_accuracy']:>13.3f}{r['checked']:>6}")


if __name__ == "__main__":
    main(sys.argv[1:])
