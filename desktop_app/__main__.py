import multiprocessing

from desktop_app.cli.main import main

if __name__ == "__main__":  # not when an import worker process (spawn) loads this module
    multiprocessing.freeze_support()
    raise SystemExit(main())
