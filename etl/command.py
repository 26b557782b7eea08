"""The `proeftuin etl` command: run the ETL, report in Dutch, return the exit code.

Why apart from `etl.load`: the engine raises; this module decides how each way a run can
end reads in the terminal and which exit code it gives. The previous warehouse is left
untouched on every failure (the engine only swaps in a complete new file).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.load import EtlFailed, run_etl
from etl.oserrors import dutch_error_text, dutch_os_error
from etl.report import Reporter
from warehouse.build import InvariantFailed

EXIT_OK = 0
EXIT_FAILED = 1  # unusable source or warehouse path, writing failed, or --strict rejections
EXIT_INVARIANT = 3  # a check in sql/checks failed
EXIT_CRASH = 70  # unexpected error (EX_SOFTWARE)
EXIT_INTERRUPTED = 130  # Ctrl-C


def run_etl_command(source: Path, warehouse: Path, strict: bool) -> int:
    """Run, print the progress and the summary (or why it failed), return the exit code."""
    reporter = Reporter()
    try:
        outcome = run_etl(source, warehouse, strict, progress=reporter)
    except EtlFailed as exc:
        reporter.close()
        if exc.outcome is not None:
            reporter.summary(exc.outcome)
        reporter.failure(f"{exc}.")
        return EXIT_FAILED
    except InvariantFailed as exc:
        reporter.close()
        reporter.failure(
            f"Een controle op de urenbank faalt, het warehouse is niet bijgewerkt: {exc}"
        )
        return EXIT_INVARIANT
    except OSError as exc:  # the preflight passed, yet writing failed (disk full, ...)
        reporter.close()
        reporter.failure(
            f"Schrijven mislukt, het warehouse is niet bijgewerkt: {dutch_os_error(exc)}."
        )
        return EXIT_FAILED
    except (KeyboardInterrupt, duckdb.InterruptException):  # DuckDB turns Ctrl-C into its own
        reporter.close()
        reporter.failure("Afgebroken (Ctrl-C); het warehouse is niet bijgewerkt.")
        return EXIT_INTERRUPTED
    except Exception as exc:  # the last line of defence: report, never leave a half warehouse
        reporter.close()
        os_error = dutch_error_text(str(exc))  # DuckDB's IO/Fatal errors carry only text
        if os_error:
            reporter.failure(f"Schrijven mislukt, het warehouse is niet bijgewerkt: {os_error}.")
            return EXIT_FAILED
        reporter.failure(
            f"Onverwachte fout, het warehouse is niet bijgewerkt: {type(exc).__name__}: {exc}"
        )
        return EXIT_CRASH
    reporter.close()
    reporter.summary(outcome)
    return EXIT_OK
