"""`biaozhu ...`: the command line, on top of the core; one module per command group.

Exit codes: 0 success, 1 a user error (``biaozhu: error: ...`` on stderr, never a
traceback), 2 a usage error, 141 (silently) when the reader of the output closed the pipe.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.cli import (
    analysis_cmds,
    backup_cmds,
    document_cmds,
    exchange_cmds,
    export_cmds,
    history_cmds,
    project_cmds,
    text_cmds,
)
from desktop_app.core.errors import BiaozhuError

EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a killed writer

# each adds its subcommands: register(subparsers) -> None
COMMAND_MODULES = (project_cmds, document_cmds, history_cmds, export_cmds, exchange_cmds,
                   backup_cmds, text_cmds, analysis_cmds)


# -- parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="biaozhu", description="Biaozhu 标注: qualitative coding of Chinese policy documents."
    )
    parser.add_argument("--version", action="version", version=f"biaozhu {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen (demo, coding, jieba, Excel, "
                             "window) and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _log_crash() -> str:
    try:
        from desktop_app.core.paths import data_dir

        log = data_dir() / "biaozhu-cli.log"
        with open(log, "a", encoding="utf-8") as f:
            f.write(traceback.format_exc() + "\n")
        return str(log)
    except Exception:
        return "(no log)"


def _quiet_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def gui_arguments(argv: list[str]) -> list[str]:
    """No arguments start the app; so does a lone project file: ``Biaozhu.exe C:\\x.biaozhu``
    is how Windows' "Open with" and a file association start it. macOS's old ``-psn_...``
    launch argument is dropped."""
    argv = [a for a in argv if not a.startswith("-psn_")]
    if not argv:
        return ["gui"]
    if len(argv) == 1 and argv[0].lower().endswith(".biaozhu") and not argv[0].startswith("-"):
        return ["gui", argv[0]]
    return argv


PATH_ARGUMENTS = {"project", "out", "files", "file", "path", "paths"}


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Names, codes, memos and queries must be text: an argument the shell could not decode
    (not UTF-8) holds lone surrogates. File names may (the file system decides)."""
    from desktop_app.core.messages import Message

    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS or callable(value):
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and any("\ud800" <= ch <= "\udfff" for ch in item):
                shown = os.fsencode(item).decode("utf-8", "backslashreplace")
                raise BiaozhuError(Message("the argument {name} '{value}' is not valid text (undecodable bytes: is it UTF-8?)", name=name.replace("_", "-"), value=shown))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a reader that closes the pipe early (``| head``) ends it quietly."""
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    argv = list(sys.argv[1:] if argv is None else argv)
    from desktop_app import logs

    logs.setup()
    if "--self-test" in argv[:1]:
        from desktop_app import selftest

        return selftest.run()
    parser = build_parser()
    argv = gui_arguments(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        _check_text_arguments(args)
        return args.handler(args)
    except BiaozhuError as e:
        print(f"biaozhu: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("biaozhu: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise
    except OSError as e:
        name = f"{e.filename}: " if e.filename else ""
        print(f"biaozhu: error: {name}{e.strerror or e}", file=sys.stderr)
        return 1
    except UnicodeError:
        print("biaozhu: error: an argument is not valid text (undecodable bytes: is it UTF-8?)",
              file=sys.stderr)
        return 1
    except Exception as e:
        log = _log_crash()
        print(f"biaozhu: error: unexpected problem ({type(e).__name__}: {e}); details in {log}",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
