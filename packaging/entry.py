"""PyInstaller's entry script: the bundle runs the same `main()` as the `biaozhu` command."""

from desktop_app.cli.main import main

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # import reads files in worker processes (spawn)
    raise SystemExit(main())
