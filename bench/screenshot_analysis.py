"""PNGs of the analysis views (matrix + retrieval, comparison, charts, memos) on the demo
project, in Chinese and English, in screenshots/ (``python -m bench.screenshot_analysis``)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bench.screenshot import OUT, SIZE, settle, start_display


def main() -> int:
    display = start_display()
    tmp = Path(tempfile.mkdtemp(prefix="biaozhu-shots-"))
    os.environ["BIAOZHU_DATA_DIR"] = str(tmp / "data")
    os.environ["BIAOZHU_CODER"] = "demo"
    OUT.mkdir(exist_ok=True)
    from desktop_app.core.ingest.demo import build_demo
    from desktop_app.gui import i18n
    from desktop_app.gui.app import make_application
    from desktop_app.gui.window.main_window import MainWindow

    app = make_application()  # as the app makes it: its font and scroll bars
    path = tmp / "demo.biaozhu"
    with build_demo(path) as p:
        p.add_memo("project", None, "研究问题：嘉兴与湖州如何推进共同富裕？")
        p.add_memo("code", p.resolve_code("社会保障"), "包括养老、医疗、救助；注意湖州的“无差别城乡”。")
        first = p.codings()[0]["id"]
        p.set_memo(first, "收入数据，可与统计年鉴核对")
    for lang in ("zh_CN", "en"):
        i18n.install(lang)
        w = MainWindow(language=lang)
        w.resize(*SIZE)
        w.files.open_project(str(path))
        w.show()
        settle(app, 0.5)
        an = w.analysis
        an.act_matrix.trigger()
        an.matrix.choose("attr:region", "percent")
        model = an.matrix.model_
        an.matrix.table.clicked.emit(model.index(len(model.matrix.rows), 0))
        settle(app)
        w.grab().save(str(OUT / f"analysis-matrix-retrieval-{lang}.png"))
        an.act_comparison.trigger()
        an.comparison.choose("attr:region", ["嘉兴", "湖州"])
        settle(app)
        w.grab().save(str(OUT / f"analysis-comparison-{lang}.png"))
        an.matrix.choose("code", "paragraph")
        an.act_charts.trigger()
        settle(app)
        an.charts.grab().save(str(OUT / f"analysis-chart-heatmap-{lang}.png"))
        an.matrix.choose("document", "codings")
        an.charts.which.setCurrentIndex(2)
        an.charts._redraw()
        settle(app)
        an.charts.grab().save(str(OUT / f"analysis-chart-bars-{lang}.png"))
        an.act_cowords.trigger()
        an.cowords.run()
        while an.cowords.table_data is None:
            settle(app, 0.2)
        settle(app)
        an.cowords_dock.grab().save(str(OUT / f"analysis-cowords-{lang}.png"))
        an.act_memos.trigger()
        settle(app)
        an.memo_dock.grab().save(str(OUT / f"analysis-memos-{lang}.png"))
        print(f"wrote {lang} shots to {OUT}")
        w.close()
        settle(app)
    if display is not None:
        display.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
