<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Code the selected text as “{0}”</source>
        <translation>用“{0}”为选中的文字编码</translation>
    </message>
    <message>
        <source>New code…</source>
        <translation>新建代码…</translation>
    </message>
    <message>
        <source>New child code…</source>
        <translation>新建子代码…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>English name…</source>
        <translation>英文名称…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <source>Shortcut key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>移到顶层</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>新建代码</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>新代码的名称：</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>重命名代码</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>English name of “{0}”:</source>
        <translation>“{0}”的英文名称：</translation>
    </message>
    <message>
        <source>Colour of the code</source>
        <translation>代码颜色</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What this code means, when to use it:</source>
        <translation>此代码的含义及使用时机：</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>编辑说明</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>移动代码</translation>
    </message>
    <message>
        <source>Merge “{0}” into “{1}”? Its {2} codings move to “{1}”.</source>
        <translation>将“{0}”合并到“{1}”？其 {2} 条编码将移到“{1}”。</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>合并代码</translation>
    </message>
    <message>
        <source>Delete “{0}”? This removes {1} code(s) and {2} coding(s). You can undo it with Ctrl+Z.</source>
        <translation>删除“{0}”？这将删除 {1} 个代码和 {2} 条编码。可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>删除代码</translation>
    </message>
    <message>
        <source>No code has the shortcut key {0}; set one in the codebook&apos;s menu.</source>
        <translation>没有代码使用快捷键 {0}；请在代码本的右键菜单中设置。</translation>
    </message>
    <message>
        <source>Code passage</source>
        <translation>编码片段</translation>
    </message>
    <message>
        <source>New code from selection</source>
        <translation>用所选文字新建代码</translation>
    </message>
    <message>
        <source>New code “{0}”: press {1} to code a selection with it.</source>
        <translation>新代码“{0}”：按 {1} 即可用它为选中的文本编码。</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Change code</source>
        <translation>更改代码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>编码片段</translation>
    </message>
    <message>
        <source>On</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Search memos</source>
        <translation>搜索备忘</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>项目备忘</translation>
    </message>
    <message>
        <source>Document memo</source>
        <translation>文档备忘</translation>
    </message>
    <message>
        <source>Code memo</source>
        <translation>编码备忘</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Open a document or select a code first.</source>
        <translation>请先打开文档或选择编码。</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>新建备忘</translation>
    </message>
    <message>
        <source>Memo for this coding:</source>
        <translation>此编码的备注：</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Select the text to code first.</source>
        <translation>请先选中要编码的文字。</translation>
    </message>
    <message>
        <source>Coded {0} characters as “{1}”.</source>
        <translation>已将 {0} 个字编码为“{1}”。</translation>
    </message>
    <message>
        <source>Code as</source>
        <translation>编码为</translation>
    </message>
    <message>
        <source>New code from selection…</source>
        <translation>用所选文字新建代码…</translation>
    </message>
    <message>
        <source>Edit memo…</source>
        <translation>编辑备注…</translation>
    </message>
    <message>
        <source>Select text to code it</source>
        <translation>选择文字以编码</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>{0} characters · {1} codings</source>
        <translation>{0} 字 · {1} 处编码</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码数</translation>
    </message>
    <message>
        <source>Coded characters</source>
        <translation>编码字符数</translation>
    </message>
    <message>
        <source>% of characters</source>
        <translation>占文档字符 %</translation>
    </message>
    <message>
        <source>Overlapping</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>Same sentence</source>
        <translation>同一句子</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>同一段落</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>度量：</translation>
    </message>
    <message>
        <source>Word 1</source>
        <translation>词 1</translation>
    </message>
    <message>
        <source>Word 2</source>
        <translation>词 2</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>共现句数</translation>
    </message>
    <message>
        <source>Count pairs</source>
        <translation>统计词对</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Edge list (CSV)…</source>
        <translation>边列表 (CSV)…</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>前 </translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <source>Passages coded {0}</source>
        <translation>编码为 {0} 的片段</translation>
    </message>
    <message>
        <source>Counting word pairs…</source>
        <translation>正在统计词对…</translation>
    </message>
    <message>
        <source>{0} pairs from {1} sentences</source>
        <translation>{1} 个句子中的 {0} 个词对</translation>
    </message>
    <message>
        <source>Export co-words</source>
        <translation>导出共词</translation>
    </message>
    <message>
        <source>Codes (co-occurrence)</source>
        <translation>编码（共现）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Only: {0}</source>
        <translation>仅显示：{0}</translation>
    </message>
    <message>
        <source>This pane shows only {0}&apos;s codings.</source>
        <translation>此窗格只显示 {0} 的编码。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Show every coder&apos;s codings in this pane</source>
        <translation>在此窗格中显示所有编码员的编码</translation>
    </message>
    <message>
        <source>Scrolled together</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>Scrolls together with the pane beside it</source>
        <translation>与旁边的窗格同步滚动</translation>
    </message>
    <message>
        <source>Open this document in a new pane</source>
        <translation>在新窗格中打开此文档</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>关闭此窗格</translation>
    </message>
    <message>
        <source>Coded as {0}: this pane shows only {1}&apos;s codings, so the new coding is hidden here (Show all lifts the restriction).</source>
        <translation>已以 {0} 的身份编码：此窗格只显示 {1} 的编码，新编码在此不显示（点“显示全部”取消限制）。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>{0} cannot be opened ({1}).</source>
        <translation>无法打开 {0}（{1}）。</translation>
    </message>
    <message>
        <source>{0} cannot be shown ({1}).</source>
        <translation>无法显示 {0}（{1}）。</translation>
    </message>
    <message>
        <source>These rows of the project file break Biaozhu&apos;s rules and are left out everywhere (lists, the text, exports):</source>
        <translation>项目文件中的以下行违反了标注的规则，在所有地方（列表、正文、导出）都被略去：</translation>
    </message>
    <message>
        <source>Back up project</source>
        <translation>备份项目</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>已备份到 {0}。</translation>
    </message>
    <message>
        <source>Backing up the project…</source>
        <translation>正在备份项目…</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>请先打开或新建一个项目。</translation>
    </message>
    <message>
        <source>Importing documents…</source>
        <translation>正在导入文档…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>编码员：</translation>
    </message>
    <message>
        <source>Headers in:</source>
        <translation>表头语言：</translation>
    </message>
    <message>
        <source>Only the documents with {0}</source>
        <translation>仅导出 {0} 的文档</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <source>The Excel export is not available in this version.</source>
        <translation>此版本不提供 Excel 导出。</translation>
    </message>
    <message>
        <source>Exported to {0}.

Open the folder that contains it?</source>
        <translation>已导出到 {0}。

打开所在文件夹？</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>正在导出到 Excel…</translation>
    </message>
    <message>
        <source>Export to REFI-QDA</source>
        <translation>导出为 REFI-QDA</translation>
    </message>
    <message>
        <source>Exporting to REFI-QDA…</source>
        <translation>正在导出为 REFI-QDA…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Merging {0}…</source>
        <translation>正在合并 {0}…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Retrieve passages of the selected codes</source>
        <translation>检索所选编码的片段(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>Policy &amp;comparison</source>
        <translation>政策比较(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Co-&amp;words</source>
        <translation>共词(&amp;W)</translation>
    </message>
    <message>
        <source>M&amp;emos</source>
        <translation>备忘(&amp;E)</translation>
    </message>
    <message>
        <source>Retrieval report to &amp;file…</source>
        <translation>检索报告导出到文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Print coded document…</source>
        <translation>打印已编码文档(&amp;P)…</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Policy comparison</source>
        <translation>政策比较</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Co-words</source>
        <translation>共词</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>备忘</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>全部代码</translation>
    </message>
    <message>
        <source>Save the retrieval report</source>
        <translation>保存检索报告</translation>
    </message>
    <message>
        <source>Reports (*.docx *.html *.pdf)</source>
        <translation>报告 (*.docx *.html *.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Export the matrix to Excel</source>
        <translation>将矩阵导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print the coded document</source>
        <translation>打印已编码文档</translation>
    </message>
    <message>
        <source>HTML or PDF (*.html *.pdf)</source>
        <translation>HTML 或 PDF (*.html *.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>全部编码员</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>面板(&amp;A)</translation>
    </message>
    <message>
        <source>Coder: {0}</source>
        <translation>编码员：{0}</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export to RE&amp;FI-QDA…</source>
        <translation>导出为 REFI-QDA(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Back up project…</source>
        <translation>备份项目(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>在文档中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;code…</source>
        <translation>新建代码(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;pane</source>
        <translation>新建窗格(&amp;P)</translation>
    </message>
    <message>
        <source>Co&amp;der…</source>
        <translation>编码员(&amp;D)…</translation>
    </message>
    <message>
        <source>Close pa&amp;ne</source>
        <translation>关闭窗格(&amp;N)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Biaozhu</source>
        <translation>关于标注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>恢复默认布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Tick two or more to compare.</source>
        <translation>勾选两项或更多进行比较。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Attribute: {0}</source>
        <translation>属性：{0}</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>代码本</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>已编码片段</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>No project is open. Use File ▸ New project or Open project.</source>
        <translation>没有打开的项目。请使用 文件 ▸ 新建项目 或 打开项目。</translation>
    </message>
    <message>
        <source>Demo project (a copy to try things on)</source>
        <translation>演示项目（供试用的副本）</translation>
    </message>
    <message>
        <source>This is the demo project, to try things on. File ▸ New project starts your own.</source>
        <translation>这是演示项目，供试用。用“文件 ▸ 新建项目”建立您自己的项目。</translation>
    </message>
    <message>
        <source>{0} segments of {1}</source>
        <translation>{1}的 {0} 个编码片段</translation>
    </message>
    <message>
        <source>{0} segments of {1} (the code shown) — select codes in the codebook to list theirs</source>
        <translation>当前显示代码 {1} 的 {0} 个编码片段 —— 在代码本中选择代码可只列出其片段</translation>
    </message>
    <message>
        <source>All {0} coded segments — select codes in the codebook to list only theirs</source>
        <translation>全部 {0} 个编码片段 —— 在代码本中选择代码可只列出其片段</translation>
    </message>
    <message>
        <source>coder: {0}</source>
        <translation>编码员：{0}</translation>
    </message>
    <message>
        <source>documents: {0}</source>
        <translation>文档：{0}</translation>
    </message>
    <message>
        <source>Listing the segments of “{0}”. To code the selected text with it, press {1} or right-click the code.</source>
        <translation>已列出“{0}”的编码片段。要用它为选中的文字编码，请按 {1} 或右键单击该代码。</translation>
    </message>
    <message>
        <source>Listing the segments of “{0}”. To code the selected text with it, right-click the code.</source>
        <translation>已列出“{0}”的编码片段。要用它为选中的文字编码，请右键单击该代码。</translation>
    </message>
    <message>
        <source>Every document is open already; a second pane shows the same document.</source>
        <translation>所有文档都已打开；新窗格显示同一文档。</translation>
    </message>
    <message>
        <source>Who is coding now? Every new coding is saved under this name:</source>
        <translation>现在由谁编码？之后的每条新编码都以此姓名保存：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{0} of {1} file(s) imported.</source>
        <translation>已导入 {1} 个文件中的 {0} 个。</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Code the selected text with the code that has this key</source>
        <translation>用带有此快捷键的代码为选中的文字编码</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <source>Select a word (Chinese words, not single characters)</source>
        <translation>选中一个词（按中文词语，而非单个汉字）</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>右键单击</translation>
    </message>
    <message>
        <source>Code as, new code from selection, sentence or paragraph; remove or change a coding</source>
        <translation>编码为、用所选文字新建代码、编码句子或段落；删除或更改编码</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Import your documents: File ▸ Import documents (Word, PDF, web pages, text files).</source>
        <translation>导入文档：文件 ▸ 导入文档（Word、PDF、网页或文本文件）。</translation>
    </message>
    <message>
        <source>Make codes in the Codebook (right-click ▸ New code). The first nine get the keys 1-9.</source>
        <translation>在代码本中建立代码（右键 ▸ 新建代码）。前九个代码依次获得快捷键 1-9。</translation>
    </message>
    <message>
        <source>Select a passage in a document and press a code&apos;s key, or right-click ▸ Code as.</source>
        <translation>在文档中选中一个片段，按代码的快捷键，或右键 ▸ 编码为。</translation>
    </message>
    <message>
        <source>Click a code in the Codebook to list its coded segments below; double-click a segment to jump to it.</source>
        <translation>单击代码本中的代码，下方即列出其编码片段；双击片段可跳转到原文。</translation>
    </message>
    <message>
        <source>Text ▸ Search documents finds words in every document; Keyword suggestions proposes sentences to code, for you to accept or reject.</source>
        <translation>文本 ▸ 搜索文档可在所有文档中查找词语；关键词建议会提出待编码的句子，由您接受或拒绝。</translation>
    </message>
    <message>
        <source>File ▸ Export to Excel writes the segments, codes and counts for analysis.</source>
        <translation>文件 ▸ 导出到 Excel 会写出编码片段、代码和统计数，供分析使用。</translation>
    </message>
    <message>
        <source>Every change can be undone with Ctrl+Z.</source>
        <translation>每项修改都可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门指南</translation>
    </message>
    <message>
        <source>About Biaozhu</source>
        <translation>关于标注</translation>
    </message>
    <message>
        <source>Biaozhu 标注: qualitative coding of Chinese policy documents.</source>
        <translation>标注 Biaozhu：中文政策文件的质性编码工具。</translation>
    </message>
    <message>
        <source>unexpected problem ({detail}); details are in the log file</source>
        <translation>意外的问题（{detail}）；详情见日志文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Open a project to use this panel.</source>
        <translation>请先打开一个项目再使用此面板。</translation>
    </message>
    <message>
        <source>&amp;Compare coders…</source>
        <translation>比较编码员(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare coders</source>
        <translation>比较编码员</translation>
    </message>
    <message>
        <source>Open a document or select a disagreement first.</source>
        <translation>请先打开一篇文档或选中一处分歧。</translation>
    </message>
    <message>
        <source>The documents changed since this search: search again to refresh the results.</source>
        <translation>自这次搜索以来文档已有变化：请重新搜索以更新结果。</translation>
    </message>
    <message>
        <source>The documents changed since these suggestions: suggest again to refresh them.</source>
        <translation>自这些建议生成以来文档已有变化：请重新生成建议以更新。</translation>
    </message>
    <message>
        <source>The documents changed since this count: count again to refresh it.</source>
        <translation>自这次统计以来文档已有变化：请重新统计以更新。</translation>
    </message>
    <message>
        <source>&amp;Search documents…</source>
        <translation>搜索文档(&amp;S)…</translation>
    </message>
    <message>
        <source>Keyword s&amp;uggestions</source>
        <translation>关键词建议(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Word frequencies</source>
        <translation>词频(&amp;W)</translation>
    </message>
    <message>
        <source>Project &amp;dictionary…</source>
        <translation>项目词典(&amp;D)…</translation>
    </message>
    <message>
        <source>Code this s&amp;entence</source>
        <translation>编码此句(&amp;E)</translation>
    </message>
    <message>
        <source>Code this p&amp;aragraph</source>
        <translation>编码此段(&amp;A)</translation>
    </message>
    <message>
        <source>Snap selection to wo&amp;rds</source>
        <translation>选区对齐到词语(&amp;R)</translation>
    </message>
    <message>
        <source>Code the sentence at the cursor with the code selected in the codebook</source>
        <translation>用代码本中选中的代码编码光标所在的句子</translation>
    </message>
    <message>
        <source>Code the paragraph at the cursor with the code selected in the codebook</source>
        <translation>用代码本中选中的代码编码光标所在的段落</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>编码建议</translation>
    </message>
    <message>
        <source>Word frequencies</source>
        <translation>词频</translation>
    </message>
    <message>
        <source>Edit project dictionary</source>
        <translation>编辑项目词典</translation>
    </message>
    <message>
        <source>The project dictionary changed: search again to use the new terms.</source>
        <translation>项目词典已更改：请重新搜索以使用新词条。</translation>
    </message>
    <message>
        <source>The codebook is empty: add a code first.</source>
        <translation>代码本为空：请先添加代码。</translation>
    </message>
    <message>
        <source>Code it as:</source>
        <translation>编码为：</translation>
    </message>
    <message>
        <source>Put the cursor in a document first.</source>
        <translation>请先将光标放在文档中。</translation>
    </message>
    <message>
        <source>Code sentence</source>
        <translation>编码句子</translation>
    </message>
    <message>
        <source>Code paragraph</source>
        <translation>编码段落</translation>
    </message>
    <message>
        <source>Code this sentence as</source>
        <translation>将此句编码为</translation>
    </message>
    <message>
        <source>Code this paragraph as</source>
        <translation>将此段编码为</translation>
    </message>
    <message>
        <source>{file}: the file is empty</source>
        <translation>{file}：文件为空</translation>
    </message>
    <message>
        <source>{file}: starts with a {label} byte-order mark but is not valid {label} (byte {byte})</source>
        <translation>{file}：以 {label} 字节顺序标记开头，但不是有效的 {label} 文本（第 {byte} 字节）</translation>
    </message>
    <message>
        <source>{file}: PDF files cannot be imported; save it as .txt or .docx</source>
        <translation>{file}：不能导入 PDF 文件；请另存为 .txt 或 .docx</translation>
    </message>
    <message>
        <source>{file}: this is a zip/Office file, not plain text (rename to .docx?)</source>
        <translation>{file}：这是 zip/Office 文件，不是纯文本（是否应改名为 .docx？）</translation>
    </message>
    <message>
        <source>{file}: looks like a binary file, not text</source>
        <translation>{file}：看起来是二进制文件，不是文本</translation>
    </message>
    <message>
        <source>{file}: unknown text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5; invalid UTF-8 at byte {byte})</source>
        <translation>{file}：无法识别文本编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5；第 {byte} 字节不是有效的 UTF-8）</translation>
    </message>
    <message>
        <source>{file}: cannot tell the text encoding (best guess {label} gives unreadable text); save it as UTF-8</source>
        <translation>{file}：无法判断文本编码（最可能的 {label} 解码后无法阅读）；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>{file}: .docx support is not installed</source>
        <translation>{file}：未安装 .docx 支持</translation>
    </message>
    <message>
        <source>{file}: not a valid .docx file ({detail})</source>
        <translation>{file}：不是有效的 .docx 文件（{detail}）</translation>
    </message>
    <message>
        <source>{file}: the .docx file is damaged ({detail})</source>
        <translation>{file}：.docx 文件已损坏（{detail}）</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}：文件不存在</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a file</source>
        <translation>{file}：这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{file}: is not a regular file (a device, pipe or socket); not read</source>
        <translation>{file}：不是普通文件（设备、管道或套接字）；未读取</translation>
    </message>
    <message>
        <source>{file}: old Word .doc files are not supported; save it as .docx</source>
        <translation>{file}：不支持旧版 Word .doc 文件；请另存为 .docx</translation>
    </message>
    <message>
        <source>{file}: unsupported file type &apos;{suffix}&apos; (use .txt, .docx, .pdf, .html or .md)</source>
        <translation>{file}：不支持的文件类型“{suffix}”（请使用 .txt、.docx、.pdf、.html 或 .md）</translation>
    </message>
    <message>
        <source>{file}: the file name is not valid UTF-8; stored with � for the bytes that are not</source>
        <translation>{file}：文件名不是有效的 UTF-8；无效字节以 � 保存</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({detail})</source>
        <translation>{file}：无法读取（{detail}）</translation>
    </message>
    <message>
        <source>{file}: too large ({size} MB; at most {max} MB)</source>
        <translation>{file}：文件过大（{size} MB；最多 {max} MB）</translation>
    </message>
    <message>
        <source>{file}: the web page cannot be read ({detail})</source>
        <translation>{file}：无法读取该网页（{detail}）</translation>
    </message>
    <message>
        <source>{file}: contains no text</source>
        <translation>{file}：不含任何文字</translation>
    </message>
    <message>
        <source>{file}: the same text is already document {n}; not imported again</source>
        <translation>{file}：相同的文本已是文档 {n}，不再重复导入</translation>
    </message>
    <message>
        <source>{file}: the same text as {other} in this import</source>
        <translation>{file}：与本次导入的 {other} 文本相同</translation>
    </message>
    <message>
        <source>Import %n document(s)</source>
        <translation>导入 %n 篇文档</translation>
    </message>
    <message>
        <source>{file}: not a supported file type (&apos;{suffix}&apos;)</source>
        <translation>{file}：不支持的文件类型（“{suffix}”）</translation>
    </message>
    <message>
        <source>{file}: is a folder without files to import</source>
        <translation>{file}：该文件夹中没有可导入的文件</translation>
    </message>
    <message>
        <source>{file}: too large to read in memory</source>
        <translation>{file}：文件太大，内存中无法读取</translation>
    </message>
    <message>
        <source>{file}: the reader stopped on this file (damaged?)</source>
        <translation>{file}：读取该文件时读取进程中止（文件损坏？）</translation>
    </message>
    <message>
        <source>--attr needs key=value, not &apos;{value}&apos;</source>
        <translation>--attr 需要 key=value 格式，而不是“{value}”</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>removed {n} control character(s)</source>
        <translation>删除了 {n} 个控制字符</translation>
    </message>
    <message>
        <source>contains {n} replacement character(s) (�): bytes that could not be decoded, or already in the file</source>
        <translation>含有 {n} 个替换字符（�）：无法解码的字节，或文件中原本就有</translation>
    </message>
    <message>
        <source>{file}: already exists; choose another name</source>
        <translation>{file}：已存在；请换一个名称</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{file}: cannot create the project file ({detail})</source>
        <translation>{file}：无法创建项目文件（{detail}）</translation>
    </message>
    <message>
        <source>{file}: no such project file</source>
        <translation>{file}：项目文件不存在</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a project file</source>
        <translation>{file}：这是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>{file}: is not a Biaozhu project (an empty file)</source>
        <translation>{file}：不是标注项目（空文件）</translation>
    </message>
    <message>
        <source>{file}: is not a Biaozhu project (not an SQLite database)</source>
        <translation>{file}：不是标注项目（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>{file}: the file is read-only; make it writable or copy it to open it for coding</source>
        <translation>{file}：文件为只读；请将其设为可写，或复制一份再打开编码</translation>
    </message>
    <message>
        <source>{file}: its folder cannot be written, so the project can only be opened read-only; copy it elsewhere to code</source>
        <translation>{file}：所在文件夹不可写，项目只能以只读方式打开；如需编码，请将其复制到其他位置</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({detail})</source>
        <translation>{file}：无法打开（{detail}）</translation>
    </message>
    <message>
        <source>{file}: is damaged or not a Biaozhu project ({detail})</source>
        <translation>{file}：文件已损坏或不是标注项目（{detail}）</translation>
    </message>
    <message>
        <source>{file}: the project file was replaced by another file while open (a sync tool or a restored copy?); nothing was saved. Save the current state as a new project</source>
        <translation>{file}：项目文件在打开期间被另一个文件替换（同步工具或恢复的副本？）；未保存任何内容。请将当前状态另存为新项目</translation>
    </message>
    <message>
        <source>{file}: opened read-only (its folder cannot be written)</source>
        <translation>{file}：已以只读方式打开（所在文件夹不可写）</translation>
    </message>
    <message>
        <source>{file}: changes in {wal} cannot be read from a read-only folder</source>
        <translation>{file}：无法从只读文件夹中读取 {wal} 中的更改</translation>
    </message>
    <message>
        <source>{file}: opened read-only (the file cannot be written)</source>
        <translation>{file}：已以只读方式打开（该文件不可写）</translation>
    </message>
    <message>
        <source>{file}: is an SQLite database but not a Biaozhu project</source>
        <translation>{file}：是 SQLite 数据库，但不是标注项目</translation>
    </message>
    <message>
        <source>{file}: was saved by a newer version of Biaozhu (schema {schema}); update Biaozhu to open it. The file was not changed.</source>
        <translation>{file}：由更新版本的标注保存（数据结构 {schema}）；请升级标注后再打开。文件未被改动。</translation>
    </message>
    <message>
        <source>{file}: needs upgrading to this version of Biaozhu, which a read-only file does not allow</source>
        <translation>{file}：需要升级到当前版本的标注，但只读文件无法升级</translation>
    </message>
    <message>
        <source>{file}: is locked by another program (open in another Biaozhu window, or a sync tool?); close it there and try again</source>
        <translation>{file}：被其他程序锁定（是否在另一个标注窗口中打开，或被同步工具占用？）；请在那里关闭后重试</translation>
    </message>
    <message>
        <source>{file}: the copy cannot be written ({detail})</source>
        <translation>{file}：无法写入副本（{detail}）</translation>
    </message>
    <message>
        <source>{file}: the project file was deleted or moved while open; nothing was saved. Save the current state as a new project</source>
        <translation>{file}：项目文件在打开期间被删除或移走；未保存任何内容。请将当前状态另存为新项目</translation>
    </message>
    <message>
        <source>{file}: the disk is full; nothing was saved. Free some space and try again</source>
        <translation>{file}：磁盘已满；未保存任何内容。请释放一些空间后重试</translation>
    </message>
    <message>
        <source>{file}: opened read-only; nothing can be changed</source>
        <translation>{file}：以只读方式打开；不能做任何修改</translation>
    </message>
    <message>
        <source>unknown memo target &apos;{target}&apos;</source>
        <translation>未知的备忘对象“{target}”</translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation>添加备忘</translation>
    </message>
    <message>
        <source>{file}: cannot write ({detail}); is it open elsewhere?</source>
        <translation>{file}：无法写入（{detail}）；是否在别处打开？</translation>
    </message>
    <message>
        <source>{file}: cannot write ({detail}); nothing was changed</source>
        <translation>{file}：无法写入（{detail}）；未做任何修改</translation>
    </message>
    <message>
        <source>a text holds characters that are not valid Unicode (undecodable bytes, perhaps not UTF-8); nothing was changed</source>
        <translation>文本含有无效的 Unicode 字符（含无法解码的字节，可能不是 UTF-8）；未做任何更改</translation>
    </message>
    <message>
        <source>a number is too large (at most {max}); nothing was changed</source>
        <translation>数字太大（最大为 {max}）；未做任何更改</translation>
    </message>
    <message>
        <source>Add coder {name}</source>
        <translation>添加编码员 {name}</translation>
    </message>
    <message>
        <source>{file}: opened read-only; the word index cannot be updated</source>
        <translation>{file}：以只读方式打开；无法更新词语索引</translation>
    </message>
    <message>
        <source>indexing cancelled; the documents done so far stay indexed</source>
        <translation>已取消建立索引；已完成的文档保留索引</translation>
    </message>
    <message>
        <source>document {n} does not exist</source>
        <translation>文档 {n} 不存在</translation>
    </message>
    <message>
        <source>code {n} does not exist</source>
        <translation>代码 {n} 不存在</translation>
    </message>
    <message>
        <source>coding {n} does not exist</source>
        <translation>编码 {n} 不存在</translation>
    </message>
    <message>
        <source>coder {n} does not exist</source>
        <translation>编码员 {n} 不存在</translation>
    </message>
    <message>
        <source>row {n} of {table} does not exist</source>
        <translation>{table} 中的第 {n} 行不存在</translation>
    </message>
    <message>
        <source>a coder needs a name</source>
        <translation>编码员需要一个名字</translation>
    </message>
    <message>
        <source>action {n} does not exist</source>
        <translation>操作 {n} 不存在</translation>
    </message>
    <message>
        <source>action {n} changed nothing that can be undone</source>
        <translation>操作 {n} 没有可撤销的改动</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: it is undone already</source>
        <translation>无法撤销“{label}”：它已被撤销</translation>
    </message>
    <message>
        <source>Undo {label}</source>
        <translation>撤销 {label}</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: it is not undone</source>
        <translation>无法重做“{label}”：它尚未被撤销</translation>
    </message>
    <message>
        <source>Redo {label}</source>
        <translation>重做 {label}</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: it was changed since</source>
        <translation>无法撤销“{label}”：之后它已被修改</translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: it was changed since</source>
        <translation>无法重做“{label}”：之后它已被修改</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: what it restores clashes with a later change</source>
        <translation>无法撤销“{label}”：要恢复的内容与之后的修改冲突</translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: what it restores clashes with a later change</source>
        <translation>无法重做“{label}”：要恢复的内容与之后的修改冲突</translation>
    </message>
    <message>
        <source>the same text is already document {n} ({title})</source>
        <translation>相同的文本已是文档 {n}（{title}）</translation>
    </message>
    <message>
        <source>there is no document {n}</source>
        <translation>没有文档 {n}</translation>
    </message>
    <message>
        <source>there is no document &apos;{ref}&apos;</source>
        <translation>没有文档“{ref}”</translation>
    </message>
    <message>
        <source>several documents are titled &apos;{ref}&apos;; use the id</source>
        <translation>有多个文档的标题是“{ref}”；请使用编号</translation>
    </message>
    <message>
        <source>Import {title}</source>
        <translation>导入 {title}</translation>
    </message>
    <message>
        <source>document {n}: its character count ({chars}) does not match its text ({length})</source>
        <translation>文档 {n}：字符数（{chars}）与其文本（{length}）不符</translation>
    </message>
    <message>
        <source>a document needs a title</source>
        <translation>文档需要一个标题</translation>
    </message>
    <message>
        <source>Rename document {n}</source>
        <translation>重命名文档 {n}</translation>
    </message>
    <message>
        <source>Delete document {n}</source>
        <translation>删除文档 {n}</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation>属性需要一个名称</translation>
    </message>
    <message>
        <source>Set {name} of document {n}</source>
        <translation>设置文档 {n} 的 {name}</translation>
    </message>
    <message>
        <source>Set %n attribute(s) of document {doc}</source>
        <translation>设置文档 {doc} 的 %n 个属性</translation>
    </message>
    <message>
        <source>Edit attributes of document {n}</source>
        <translation>编辑文档 {n} 的属性</translation>
    </message>
    <message>
        <source>document {n} has no attribute &apos;{name}&apos;</source>
        <translation>文档 {n} 没有属性“{name}”</translation>
    </message>
    <message>
        <source>Remove {name} of document {n}</source>
        <translation>删除文档 {n} 的 {name}</translation>
    </message>
    <message>
        <source>start must be a whole number, not &apos;{value}&apos;</source>
        <translation>起点必须是整数，而不是“{value}”</translation>
    </message>
    <message>
        <source>end must be a whole number, not &apos;{value}&apos;</source>
        <translation>终点必须是整数，而不是“{value}”</translation>
    </message>
    <message>
        <source>document id must be a whole number, not &apos;{value}&apos;</source>
        <translation>文档编号必须是整数，而不是“{value}”</translation>
    </message>
    <message>
        <source>coding id must be a whole number, not &apos;{value}&apos;</source>
        <translation>编码编号必须是整数，而不是“{value}”</translation>
    </message>
    <message>
        <source>{what} {value} is too large (at most {max})</source>
        <translation>{what} {value} 太大（最大为 {max}）</translation>
    </message>
    <message>
        <source>span {start}-{end} is not inside document {doc} (it has {n} characters; need 0 &lt;= start &lt; end &lt;= {n})</source>
        <translation>片段 {start}-{end} 不在文档 {doc} 范围内（该文档有 {n} 个字符；需要 0 ≤ 起点 &lt; 终点 ≤ {n}）</translation>
    </message>
    <message>
        <source>unknown coding source &apos;{source}&apos;</source>
        <translation>未知的编码来源“{source}”</translation>
    </message>
    <message>
        <source>this passage ({start}-{end}) already has that code from this coder (coding {n})</source>
        <translation>这个片段（{start}-{end}）已由该编码员标上这个代码（编码 {n}）</translation>
    </message>
    <message>
        <source>Code passages</source>
        <translation>编码片段</translation>
    </message>
    <message>
        <source>Adopt coding {n}</source>
        <translation>采纳编码 {n}</translation>
    </message>
    <message>
        <source>Adopt %n coding(s)</source>
        <translation>采纳 %n 条编码</translation>
    </message>
    <message>
        <source>coding {n} is already yours ({name})</source>
        <translation>编码 {n} 已经是您（{name}）的编码</translation>
    </message>
    <message>
        <source>already adopted: {name} has this coding (coding {n})</source>
        <translation>已采纳：{name} 已有这条编码（编码 {n}）</translation>
    </message>
    <message>
        <source>there is no coding {n}</source>
        <translation>没有编码 {n}</translation>
    </message>
    <message>
        <source>Remove %n coding(s)</source>
        <translation>删除 %n 个编码</translation>
    </message>
    <message>
        <source>that would duplicate coding {n}</source>
        <translation>这会与编码 {n} 重复</translation>
    </message>
    <message>
        <source>Change span</source>
        <translation>修改片段范围</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not an attribute filter; write name=value</source>
        <translation>“{item}”不是属性筛选；请写成 属性名=值</translation>
    </message>
    <message>
        <source>there is no coder &apos;{name}&apos;</source>
        <translation>没有编码员“{name}”</translation>
    </message>
    <message>
        <source>a code needs a name</source>
        <translation>代码需要一个名称</translation>
    </message>
    <message>
        <source>a coder name can have at most {n} characters</source>
        <translation>编码员姓名最多 {n} 个字符</translation>
    </message>
    <message>
        <source>a code name can have at most {n} characters</source>
        <translation>代码名称最多 {n} 个字符</translation>
    </message>
    <message>
        <source>a name must be text, not {kind}</source>
        <translation>名称必须是文本，而不是 {kind}</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is not valid text (undecodable bytes, perhaps not UTF-8)</source>
        <translation>名称“{name}”不是有效的文本（含无法解码的字节，可能不是 UTF-8）</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; holds a text-direction control character (U+{code}), which would make it display as something else</source>
        <translation>名称“{name}”含有文字方向控制字符（U+{code}），会使它显示成别的样子</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; holds a control character (U+{code})</source>
        <translation>名称“{name}”含有控制字符（U+{code}）</translation>
    </message>
    <message>
        <source>a name of only invisible characters cannot be told apart from others</source>
        <translation>只由不可见字符组成的名称无法与其他名称区分</translation>
    </message>
    <message>
        <source>&apos;{colour}&apos; is not a colour; use #RRGGBB</source>
        <translation>“{colour}”不是颜色；请使用 #RRGGBB 格式</translation>
    </message>
    <message>
        <source>there is no code {n}</source>
        <translation>没有代码 {n}</translation>
    </message>
    <message>
        <source>there is no code &apos;{name}&apos;</source>
        <translation>没有代码“{name}”</translation>
    </message>
    <message>
        <source>several codes are called &apos;{name}&apos; in English ({names}); use the name or id</source>
        <translation>有多个代码的英文名称是“{name}”（{names}）；请使用中文名称或编号</translation>
    </message>
    <message>
        <source>the number {value} is too large</source>
        <translation>数字 {value} 太大</translation>
    </message>
    <message>
        <source>there is already a code named &apos;{name}&apos;</source>
        <translation>已有名为“{name}”的代码</translation>
    </message>
    <message>
        <source>Add code {name}</source>
        <translation>添加代码 {name}</translation>
    </message>
    <message>
        <source>Rename code to {name}</source>
        <translation>将代码重命名为 {name}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a shortcut key; use 1 to 9</source>
        <translation>“{key}”不是快捷键；请使用 1 到 9</translation>
    </message>
    <message>
        <source>Set shortcut {key}</source>
        <translation>设置快捷键 {key}</translation>
    </message>
    <message>
        <source>a code cannot be moved under itself or one of its children</source>
        <translation>代码不能移到它自身或它的子代码之下</translation>
    </message>
    <message>
        <source>Delete code {name}</source>
        <translation>删除代码 {name}</translation>
    </message>
    <message>
        <source>a code cannot be merged into itself</source>
        <translation>代码不能合并到它自身</translation>
    </message>
    <message>
        <source>a code cannot be merged into one of its own children</source>
        <translation>代码不能合并到它自己的子代码中</translation>
    </message>
    <message>
        <source>Merge {name} into {target}</source>
        <translation>将 {name} 合并到 {target}</translation>
    </message>
    <message>
        <source>Load default codebook</source>
        <translation>载入默认编码本</translation>
    </message>
    <message>
        <source>unknown language &apos;{lang}&apos;; use zh or en</source>
        <translation>未知的语言“{lang}”；请使用 zh 或 en</translation>
    </message>
    <message>
        <source>{file}: there is no coder &apos;{name}&apos; (coders: {names})</source>
        <translation>{file}：没有编码员“{name}”（现有编码员：{names}）</translation>
    </message>
    <message>
        <source>{file}: there is no code &apos;{name}&apos;</source>
        <translation>{file}：没有代码“{name}”</translation>
    </message>
    <message>
        <source>{file}: the file name must end with {suffix}</source>
        <translation>{file}：文件名必须以 {suffix} 结尾</translation>
    </message>
    <message>
        <source>{file}: is a folder; give a file name ending with {suffix}</source>
        <translation>{file}：这是文件夹；请给出以 {suffix} 结尾的文件名</translation>
    </message>
    <message>
        <source>{file}: {folder} is a file, not a folder</source>
        <translation>{file}：{folder} 是文件，不是文件夹</translation>
    </message>
    <message>
        <source>{file}: cannot be written: the folder {folder} does not exist</source>
        <translation>{file}：无法写入：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{file}: is the project file itself; choose another name</source>
        <translation>{file}：这是项目文件本身；请换一个名称</translation>
    </message>
    <message>
        <source>{file}: the file exists and is read-only; choose another name</source>
        <translation>{file}：文件已存在且为只读；请换一个名称</translation>
    </message>
    <message>
        <source>{file}: cannot be replaced ({detail}); is it open in another program?</source>
        <translation>{file}：无法替换（{detail}）；是否在其他程序中打开？</translation>
    </message>
    <message>
        <source>{file}: is open in another program (Excel, WPS?) and cannot be replaced; close it there and export again</source>
        <translation>{file}：已在其他程序（Excel、WPS？）中打开，无法替换；请先在那里关闭它，再重新导出</translation>
    </message>
    <message>
        <source>{file}: cannot write in {folder} ({detail})</source>
        <translation>{file}：无法在 {folder} 中写入（{detail}）</translation>
    </message>
    <message>
        <source>{file}: cannot create a temporary file in {folder}</source>
        <translation>{file}：无法在 {folder} 中创建临时文件</translation>
    </message>
    <message>
        <source>{file}: too many codes for one sheet; choose some with --code</source>
        <translation>{file}：代码太多，一个工作表放不下；请用 --code 只选择部分代码</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({detail})</source>
        <translation>{file}：无法写入（{detail}）</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>导出已取消；未写入任何文件</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>nothing to search for</source>
        <translation>没有要搜索的内容</translation>
    </message>
    <message>
        <source>word search needs a word; use substring mode to find punctuation</source>
        <translation>按词语搜索需要一个词；要查找标点请使用“文本”模式</translation>
    </message>
    <message>
        <source>unknown search mode &apos;{mode}&apos;; use one of {modes}</source>
        <translation>未知的搜索模式“{mode}”；请使用以下之一：{modes}</translation>
    </message>
    <message>
        <source>invalid regular expression &apos;{query}&apos;: {detail}</source>
        <translation>无效的正则表达式“{query}”：{detail}</translation>
    </message>
    <message>
        <source>search cancelled</source>
        <translation>搜索已取消</translation>
    </message>
    <message>
        <source>the regular expression &apos;{query}&apos; took longer than {seconds} seconds and was stopped; nested repeats such as (a*)* are slow, simplify it</source>
        <translation>正则表达式“{query}”运行超过 {seconds} 秒，已停止；(a*)* 这样的嵌套重复很慢，请简化</translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;; use one of {units}</source>
        <translation>未知的单位“{unit}”；请使用以下之一：{units}</translation>
    </message>
    <message>
        <source>there are no results to code</source>
        <translation>没有可编码的结果</translation>
    </message>
    <message>
        <source>Code %n search result(s) ({unit}) as {name}</source>
        <translation>将 %n 个搜索结果（{unit}）编码为 {name}</translation>
    </message>
    <message>
        <source>a keyword cannot span lines: &apos;{word}&apos;</source>
        <translation>关键词不能跨行：“{word}”</translation>
    </message>
    <message>
        <source>a keyword can have at most {n} characters</source>
        <translation>关键词最多 {n} 个字符</translation>
    </message>
    <message>
        <source>Edit keywords of {name}</source>
        <translation>编辑 {name} 的关键词</translation>
    </message>
    <message>
        <source>a keyword cannot be empty</source>
        <translation>关键词不能为空</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is already a keyword of this code</source>
        <translation>“{word}”已是该代码的关键词</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a keyword of this code</source>
        <translation>“{word}”不是该代码的关键词</translation>
    </message>
    <message>
        <source>suggestions cancelled</source>
        <translation>已取消建议</translation>
    </message>
    <message>
        <source>no suggestions to accept</source>
        <translation>没有可接受的建议</translation>
    </message>
    <message>
        <source>Accept %n suggestion(s)</source>
        <translation>接受 %n 条建议</translation>
    </message>
    <message>
        <source>no suggestions to reject</source>
        <translation>没有可拒绝的建议</translation>
    </message>
    <message>
        <source>Reject %n suggestion(s)</source>
        <translation>拒绝 %n 条建议</translation>
    </message>
    <message>
        <source>Forget %n rejected suggestion(s)</source>
        <translation>忘记 %n 条已拒绝的建议</translation>
    </message>
    <message>
        <source>a dictionary term cannot be empty</source>
        <translation>词典词条不能为空</translation>
    </message>
    <message>
        <source>&apos;{term}&apos;: a dictionary term cannot contain spaces or line breaks</source>
        <translation>“{term}”：词典词条不能包含空格或换行</translation>
    </message>
    <message>
        <source>&apos;{term}…&apos;: a dictionary term can have at most {n} characters</source>
        <translation>“{term}…”：词典词条最多 {n} 个字符</translation>
    </message>
    <message>
        <source>&apos;{term}&apos;: a dictionary term needs at least two characters</source>
        <translation>“{term}”：词典词条至少需要两个字</translation>
    </message>
    <message>
        <source>unknown term kind &apos;{kind}&apos;; use one of {kinds}</source>
        <translation>未知的词条类型“{kind}”；请使用以下之一：{kinds}</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is already in the project dictionary</source>
        <translation>“{term}”已在项目词典中</translation>
    </message>
    <message>
        <source>Add dictionary term {term}</source>
        <translation>添加词典词条 {term}</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is not in the project dictionary</source>
        <translation>“{term}”不在项目词典中</translation>
    </message>
    <message>
        <source>Remove dictionary term {term}</source>
        <translation>删除词典词条 {term}</translation>
    </message>
    <message>
        <source>&apos;{by}&apos; is not a matrix; use document, code or attr:NAME</source>
        <translation>“{by}”不是一种矩阵；请用 document、code 或 attr:属性名</translation>
    </message>
    <message>
        <source>unknown measure &apos;{measure}&apos;; use codings, chars or percent</source>
        <translation>未知的度量“{measure}”；请用 codings、chars 或 percent</translation>
    </message>
    <message>
        <source>no document has the attribute &apos;{name}&apos;</source>
        <translation>没有文档具有属性“{name}”</translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;; use overlap, sentence or paragraph</source>
        <translation>未知的单位“{unit}”；请用 overlap、sentence 或 paragraph</translation>
    </message>
    <message>
        <source>--top must be at least 1</source>
        <translation>--top 至少为 1</translation>
    </message>
    <message>
        <source>Build demo project</source>
        <translation>创建示例项目</translation>
    </message>
    <message>
        <source>demo: passage not found in {file}: {text}</source>
        <translation>示例：在 {file} 中找不到片段：{text}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;; use char, sentence or paragraph</source>
        <translation>未知的单位“{unit}”；请使用 char、sentence 或 paragraph</translation>
    </message>
    <message>
        <source>there is no coder &apos;{name}&apos; (coders: {names})</source>
        <translation>没有编码者“{name}”（现有编码者：{names}）</translation>
    </message>
    <message>
        <source>coder &apos;{name}&apos; is listed twice</source>
        <translation>编码者“{name}”列出了两次</translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation>一致性计算至少需要两名编码者</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>编码片段</translation>
    </message>
    <message>
        <source>memos</source>
        <translation>备忘</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>{kind}: {added} added, {matched} matched, {skipped} skipped</source>
        <translation>{kind}：新增 {added}，匹配 {matched}，跳过 {skipped}</translation>
    </message>
    <message>
        <source>skipped document {title}: it has no text</source>
        <translation>已跳过文档 {title}：没有文本</translation>
    </message>
    <message>
        <source>a coding of document {n} at {start}-{end} does not fit its text; skipped</source>
        <translation>文档 {n} 中 {start}-{end} 处的编码片段超出其文本范围；已跳过</translation>
    </message>
    <message>
        <source>{file}: cannot merge this kind of file; use a .biaozhu, .qdpx or .qdc file</source>
        <translation>{file}：无法合并此类文件；请使用 .biaozhu、.qdpx 或 .qdc 文件</translation>
    </message>
    <message>
        <source>{file}: is the project itself</source>
        <translation>{file}：就是当前项目本身</translation>
    </message>
    <message>
        <source>code {name}: matched by name, though it sits elsewhere in our codebook ({path})</source>
        <translation>编码 {name}：按名称匹配，但它在本项目编码本中的位置不同（{path}）</translation>
    </message>
    <message>
        <source>code {name}: their colour {theirs} differs; kept ours ({ours})</source>
        <translation>编码 {name}：对方的颜色 {theirs} 不同；保留本项目的颜色（{ours}）</translation>
    </message>
    <message>
        <source>code {name}: appears twice in {file}; taken as one</source>
        <translation>编码 {name}：在 {file} 中出现两次；视为同一个</translation>
    </message>
    <message>
        <source>document {title}: their {name} &apos;{theirs}&apos; differs; kept ours &apos;{ours}&apos;</source>
        <translation>文档 {title}：对方的 {name}“{theirs}”不同；保留本项目的“{ours}”</translation>
    </message>
    <message>
        <source>document {title}: the same text appears twice in {file}; taken as one</source>
        <translation>文档 {title}：相同文本在 {file} 中出现两次；视为同一个</translation>
    </message>
    <message>
        <source>a coding at {start}-{end} refers to a document that is not in {file}; skipped</source>
        <translation>{start}-{end} 处的编码片段引用了 {file} 中不存在的文档；已跳过</translation>
    </message>
    <message>
        <source>a coding at {start}-{end} refers to a code that is not in {file}; skipped</source>
        <translation>{start}-{end} 处的编码片段引用了 {file} 中不存在的编码；已跳过</translation>
    </message>
    <message>
        <source>a coding at {start}-{end} refers to a coder that is not in {file}; skipped</source>
        <translation>{start}-{end} 处的编码片段引用了 {file} 中不存在的编码者；已跳过</translation>
    </message>
    <message>
        <source>a coding at {start}-{end} does not fit its document ({n} characters); skipped</source>
        <translation>{start}-{end} 处的编码片段超出其文档范围（{n} 个字符）；已跳过</translation>
    </message>
    <message>
        <source>%n coding(s) already in the project (same document, code, coder and span); not added again</source>
        <translation>%n 个编码片段已在项目中（文档、编码、编码者和范围均相同）；未重复添加</translation>
    </message>
    <message>
        <source>nothing new to merge; the project was not changed</source>
        <translation>没有可合并的新内容；项目未改变</translation>
    </message>
    <message>
        <source>{file}: refused: the XML declares a DTD (not allowed in REFI-QDA files from outside)</source>
        <translation>{file}：已拒绝：XML 声明了 DTD（外部 REFI-QDA 文件不允许）</translation>
    </message>
    <message>
        <source>{file}: refused: the XML declares entities (not allowed in REFI-QDA files from outside)</source>
        <translation>{file}：已拒绝：XML 声明了实体（外部 REFI-QDA 文件不允许）</translation>
    </message>
    <message>
        <source>{file}: refused: the XML refers to outside resources</source>
        <translation>{file}：已拒绝：XML 引用了外部资源</translation>
    </message>
    <message>
        <source>{file}: is not well-formed XML ({detail})</source>
        <translation>{file}：不是格式正确的 XML（{detail}）</translation>
    </message>
    <message>
        <source>{file}: refused: larger than {n} MB</source>
        <translation>{file}：已拒绝：大于 {n} MB</translation>
    </message>
    <message>
        <source>{file}: is not a readable REFI-QDA archive ({detail})</source>
        <translation>{file}：不是可读取的 REFI-QDA 压缩包（{detail}）</translation>
    </message>
    <message>
        <source>{file}: refused: the archive has more than {n} entries</source>
        <translation>{file}：已拒绝：压缩包中的条目超过 {n} 个</translation>
    </message>
    <message>
        <source>{file}: refused: the entry &apos;{name}&apos; points outside the archive</source>
        <translation>{file}：已拒绝：条目“{name}”指向压缩包之外</translation>
    </message>
    <message>
        <source>{file}: refused: the entry &apos;{name}&apos; inflates to more than {n} MB</source>
        <translation>{file}：已拒绝：条目“{name}”解压后超过 {n} MB</translation>
    </message>
    <message>
        <source>{file}: refused: the archive inflates to more than {n} MB</source>
        <translation>{file}：已拒绝：压缩包解压后超过 {n} MB</translation>
    </message>
    <message>
        <source>{file}: refused: the entry &apos;{name}&apos; inflates beyond what the archive declares or allows</source>
        <translation>{file}：已拒绝：条目“{name}”解压后超出压缩包声明或允许的大小</translation>
    </message>
    <message>
        <source>{file}: the entry &apos;{name}&apos; cannot be read ({detail})</source>
        <translation>{file}：无法读取条目“{name}”（{detail}）</translation>
    </message>
    <message>
        <source>{file}: the project has no codes; a codebook needs at least one</source>
        <translation>{file}：项目中没有编码；编码本至少需要一个编码</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>{file}: is not a REFI-QDA codebook (the root element is {name})</source>
        <translation>{file}：不是 REFI-QDA 编码本（根元素为 {name}）</translation>
    </message>
    <message>
        <source>{file}: is not a REFI-QDA project (the root element is {name})</source>
        <translation>{file}：不是 REFI-QDA 项目（根元素为 {name}）</translation>
    </message>
    <message>
        <source>skipped %n {kind} source(s): only text sources can be merged</source>
        <translation>已跳过 %n 个{kind}来源：只能合并文本来源</translation>
    </message>
    <message>
        <source>skipped source {title}: its text ({path}) is not in the archive or not UTF-8/UTF-16</source>
        <translation>已跳过来源 {title}：其文本（{path}）不在压缩包中，或不是 UTF-8/UTF-16</translation>
    </message>
    <message>
        <source>skipped source {title}: it has no plain text</source>
        <translation>已跳过来源 {title}：没有纯文本</translation>
    </message>
    <message>
        <source>{title}: a selection without whole-number positions was skipped</source>
        <translation>{title}：已跳过一个位置不是整数的选区</translation>
    </message>
    <message>
        <source>{title}: positions were counted in UTF-16 units; converted to characters</source>
        <translation>{title}：位置按 UTF-16 单元计数；已转换为字符位置</translation>
    </message>
    <message>
        <source>{title}: selection {start}-{end} splits a character; skipped</source>
        <translation>{title}：选区 {start}-{end} 把一个字符拆开了；已跳过</translation>
    </message>
    <message>
        <source>{title}: selection {start}-{end} is not inside the text ({n} characters); skipped</source>
        <translation>{title}：选区 {start}-{end} 不在文本范围内（{n} 个字符）；已跳过</translation>
    </message>
    <message>
        <source>{title}: selection {start}-{end} holds only line-end or control characters; skipped</source>
        <translation>{title}：选区 {start}-{end} 只包含换行符或控制字符；已跳过</translation>
    </message>
    <message>
        <source>{title}: a coding of {start}-{end} refers to no code of the codebook; skipped</source>
        <translation>{title}：{start}-{end} 处的编码片段未引用编码本中的任何编码；已跳过</translation>
    </message>
    <message>
        <source>{file}: is not a REFI-QDA project archive (no .qde file inside)</source>
        <translation>{file}：不是 REFI-QDA 项目压缩包（其中没有 .qde 文件）</translation>
    </message>
    <message>
        <source>Merge {file}</source>
        <translation>合并 {file}</translation>
    </message>
    <message>
        <source>Merge {0}</source>
        <translation>合并 {0}</translation>
    </message>
    <message>
        <source>Merging {0} would bring in:</source>
        <translation>合并 {0} 将带入：</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Nothing new to merge: everything is already in the project.</source>
        <translation>没有可合并的新内容：所有内容都已在项目中。</translation>
    </message>
    <message>
        <source>joined %n broken line(s)</source>
        <translation>合并了 %n 处断行</translation>
    </message>
    <message>
        <source>removed %n running header/footer line(s)</source>
        <translation>删除了 %n 行页眉/页脚</translation>
    </message>
    <message>
        <source>removed %n page number(s)</source>
        <translation>删除了 %n 个页码</translation>
    </message>
    <message>
        <source>removed %n layout space(s) between Chinese and Latin letters or digits</source>
        <translation>删除了 %n 处中文与西文字母或数字之间的排版空格</translation>
    </message>
    <message>
        <source>{file}: the PDF is protected by a password; open it with the password and save a copy without one, then import that</source>
        <translation>{file}：该 PDF 受密码保护；请用密码打开并另存一份无密码的副本，再导入该副本</translation>
    </message>
    <message>
        <source>{file}: the PDF uses an encryption that cannot be read</source>
        <translation>{file}：该 PDF 使用了无法读取的加密方式</translation>
    </message>
    <message>
        <source>{file}: the PDF file is damaged or not a PDF ({detail})</source>
        <translation>{file}：PDF 文件已损坏或不是 PDF（{detail}）</translation>
    </message>
    <message>
        <source>{file}: the PDF file is damaged (it has no pages)</source>
        <translation>{file}：PDF 文件已损坏（没有页面）</translation>
    </message>
    <message>
        <source>{file}: too many pages ({n}; at most {max})</source>
        <translation>{file}：页数太多（{n} 页；最多 {max} 页）</translation>
    </message>
    <message>
        <source>{file}: the PDF file is damaged (page {n} cannot be read)</source>
        <translation>{file}：PDF 文件已损坏（第 {n} 页无法读取）</translation>
    </message>
    <message>
        <source>{file}: the PDF has no text layer (scanned pages?); run OCR on it first (e.g. with OCRmyPDF) and import the result</source>
        <translation>{file}：该 PDF 没有文字层（扫描页？）；请先进行文字识别（OCR，例如用 OCRmyPDF），再导入结果</translation>
    </message>
    <message>
        <source>{file}: page {n} has no text layer (scanned?)</source>
        <translation>{file}：第 {n} 页没有文字层（扫描页？）</translation>
    </message>
    <message>
        <source>{file}: not a valid .xlsx file ({detail})</source>
        <translation>{file}：不是有效的 .xlsx 文件（{detail}）</translation>
    </message>
    <message>
        <source>{file}: use a .csv or .xlsx sheet</source>
        <translation>{file}：请使用 .csv 或 .xlsx 表格</translation>
    </message>
    <message>
        <source>{file}: needs a header row and a first column naming the documents</source>
        <translation>{file}：需要一个标题行，第一列为文档名称</translation>
    </message>
    <message>
        <source>row {n}: &apos;{ref}&apos; matches no document</source>
        <translation>第 {n} 行：“{ref}”没有对应的文档</translation>
    </message>
    <message>
        <source>row {n}: &apos;{ref}&apos; matches several documents ({ids})</source>
        <translation>第 {n} 行：“{ref}”对应多个文档（{ids}）</translation>
    </message>
    <message>
        <source>Set attributes from {file}</source>
        <translation>从 {file} 设置属性</translation>
    </message>
    <message>
        <source>an offset must be a whole number, not &apos;{value}&apos;</source>
        <translation>位置必须是整数，而不是“{value}”</translation>
    </message>
    <message>
        <source>cannot split document {doc} at {offset}: offsets must be between 1 and {n}</source>
        <translation>无法在位置 {offset} 拆分文档 {doc}：位置须在 1 到 {n} 之间</translation>
    </message>
    <message>
        <source>give at least one offset to split at</source>
        <translation>请至少给出一个拆分位置</translation>
    </message>
    <message>
        <source>too many titles ({given}) for %n part(s)</source>
        <translation>标题太多（{given} 个），只有 %n 个部分</translation>
    </message>
    <message>
        <source>cannot split document {n}: two parts would have the same text</source>
        <translation>无法拆分文档 {n}：有两个部分的文本相同</translation>
    </message>
    <message>
        <source>cannot split document {n}: a part has the same text as document {other}</source>
        <translation>无法拆分文档 {n}：某个部分与文档 {other} 的文本相同</translation>
    </message>
    <message>
        <source>Split document {doc} into %n parts</source>
        <translation>将文档 {doc} 拆分为 %n 个部分</translation>
    </message>
    <message>
        <source>%n coding(s) across a cut, now one piece per part</source>
        <translation>%n 个编码跨越拆分处，已按部分分成多段</translation>
    </message>
    <message>
        <source>%n piece(s) equal to another coding dropped</source>
        <translation>删除了 %n 段与其他编码重复的片段</translation>
    </message>
    <message>
        <source>{file}: --raw is for CSV; a workbook always holds the exact text</source>
        <translation>{file}：--raw 仅用于 CSV；工作簿总是保存原样文本</translation>
    </message>
    <message>
        <source>the argument {name} &apos;{value}&apos; is not valid text (undecodable bytes: is it UTF-8?)</source>
        <translation>参数 {name}“{value}”不是有效的文本（含无法解码的字节：是 UTF-8 吗？）</translation>
    </message>
    <message>
        <source>{file}: holds schema objects Biaozhu did not make, which could change your data behind your back: {names}. It was not opened; `biaozhu backup FILE OUT --drop-foreign` makes a copy without them</source>
        <translation>{file}：含有并非标注创建的数据库对象，可能在您不知情时改动数据：{names}。文件未被打开；`biaozhu backup FILE OUT --drop-foreign` 可生成不含这些对象的副本</translation>
    </message>
    <message>
        <source>{file}: Biaozhu&apos;s own tables were changed ({names}); a copy cannot repair that</source>
        <translation>{file}：标注自己的表已被改动（{names}）；复制无法修复</translation>
    </message>
    <message>
        <source>{file}: is damaged (SQLite&apos;s check found: {detail}); open a backup instead</source>
        <translation>{file}：文件已损坏（SQLite 检查发现：{detail}）；请改为打开备份</translation>
    </message>
    <message>
        <source>row {n} of {table} refers to a missing row of {parent}</source>
        <translation>{table} 的第 {n} 行引用了 {parent} 中不存在的行</translation>
    </message>
    <message>
        <source>coding {n}: its offsets are not whole numbers ({start}, {end})</source>
        <translation>编码 {n}：其位置不是整数（{start}，{end}）</translation>
    </message>
    <message>
        <source>coding {n}: its document {doc} does not exist</source>
        <translation>编码 {n}：其文档 {doc} 不存在</translation>
    </message>
    <message>
        <source>coding {n}: offsets {start}-{end} are negative or reversed</source>
        <translation>编码 {n}：位置 {start}-{end} 为负数或前后颠倒</translation>
    </message>
    <message>
        <source>coding {n}: its document {doc} is damaged</source>
        <translation>编码 {n}：其文档 {doc} 已损坏</translation>
    </message>
    <message>
        <source>coding {n}: offsets {start}-{end} lie outside document {doc} ({chars} characters)</source>
        <translation>编码 {n}：位置 {start}-{end} 超出文档 {doc} 的范围（{chars} 个字符）</translation>
    </message>
    <message>
        <source>coding {n}: its code {code} does not exist</source>
        <translation>编码 {n}：其代码 {code} 不存在</translation>
    </message>
    <message>
        <source>coding {n}: its coder {coder} does not exist</source>
        <translation>编码 {n}：其编码员 {coder} 不存在</translation>
    </message>
    <message>
        <source>document {n}: its text is not text ({kind})</source>
        <translation>文档 {n}：其文本不是文本（{kind}）</translation>
    </message>
    <message>
        <source>document {n}: its title or character count is of the wrong type</source>
        <translation>文档 {n}：其标题或字符数的类型不对</translation>
    </message>
    <message>
        <source>code {n}: its parents form a cycle or do not exist</source>
        <translation>代码 {n}：其上级代码构成循环或不存在</translation>
    </message>
    <message>
        <source>and more rows like these</source>
        <translation>以及更多类似的行</translation>
    </message>
    <message>
        <source>Project file replaced</source>
        <translation>项目文件已被替换</translation>
    </message>
    <message>
        <source>The project file {0} was replaced, moved or deleted by another program while it was open. Your last change was not saved, and nothing was written into the other file.</source>
        <translation>项目文件 {0} 在打开期间被其他程序替换、移走或删除。您最后的更改未保存，也没有向那个文件写入任何内容。</translation>
    </message>
    <message>
        <source>Save the current state as a new project and continue there?</source>
        <translation>将当前状态另存为新项目并在其中继续？</translation>
    </message>
    <message>
        <source>Save as new project</source>
        <translation>另存为新项目</translation>
    </message>
    <message>
        <source>a comparison needs exactly two coders</source>
        <translation>比较需要恰好两名编码员</translation>
    </message>
    <message>
        <source>(all codes)</source>
        <translation>（全部代码）</translation>
    </message>
    <message>
        <source>Split at headings</source>
        <translation>按标题拆分</translation>
    </message>
    <message>
        <source>“{0}”: check the headings to split at. Each checked heading starts a new document; edit the parts&apos; titles in the right column. Codings move with their text; one undo brings the document back.</source>
        <translation>“{0}”：勾选要拆分的标题。每个勾选的标题开始一篇新文档；可在右栏修改各部分的标题。编码随文本移动；撤销一次即可恢复原文档。</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Split at heading</source>
        <translation>在此标题处拆分</translation>
    </message>
    <message>
        <source>Title of the part</source>
        <translation>该部分的标题</translation>
    </message>
    <message>
        <source>at character {0}</source>
        <translation>位于第 {0} 个字符</translation>
    </message>
    <message>
        <source>Title of the first part ({0} characters):</source>
        <translation>第一部分的标题（{0} 个字符）：</translation>
    </message>
    <message>
        <source>{0} document(s) after the split</source>
        <translation>拆分后共 {0} 篇文档</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff α</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Coder A</source>
        <translation>编码员 A</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>编码员 B</translation>
    </message>
    <message>
        <source>Coder A:</source>
        <translation>编码员 A：</translation>
    </message>
    <message>
        <source>Coder B:</source>
        <translation>编码员 B：</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <source>Show the selected passage&apos;s document (or the active pane&apos;s) in two panes side by side, {0}&apos;s codings on the left and {1}&apos;s on the right, scrolled together</source>
        <translation>在并排的两个窗格中打开所选片段的文档（未选时为当前窗格的文档）：左边显示 {0} 的编码，右边显示 {1} 的编码，两边同步滚动</translation>
    </message>
    <message>
        <source>Adopt as {0}&apos;s coding</source>
        <translation>采纳为 {0} 的编码</translation>
    </message>
    <message>
        <source>Copy the selected coding (same passage and code) as {0}&apos;s; Ctrl+Z takes it back</source>
        <translation>将所选编码（相同片段和代码）复制为 {0} 的编码；按 Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>Choose two different coders to compare.</source>
        <translation>请选择两名不同的编码员进行比较。</translation>
    </message>
    <message>
        <source>Comparing {0} and {1}…</source>
        <translation>正在比较 {0} 与 {1}…</translation>
    </message>
    <message>
        <source>Neither {0} nor {1} has coded anything yet.</source>
        <translation>{0} 和 {1} 都还没有任何编码。</translation>
    </message>
    <message>
        <source>{0} document(s) coded by both; the codes either coder used.</source>
        <translation>两人都编码过的文档：{0} 篇；列出任一编码员用过的代码。</translation>
    </message>
    <message>
        <source>{0} passage(s) where {1} and {2} disagree.</source>
        <translation>{1} 与 {2} 有 {0} 处片段不一致。</translation>
    </message>
    <message>
        <source>Adopted as {0}&apos;s coding.</source>
        <translation>已采纳为 {0} 的编码。</translation>
    </message>
    <message>
        <source>{file}: a report is .docx, .html or .pdf</source>
        <translation>{file}：报告须为 .docx、.html 或 .pdf</translation>
    </message>
    <message>
        <source>there is no memo {n}</source>
        <translation>没有备忘 {n}</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>删除备忘</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>保存 SVG…</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Bars: {0}</source>
        <translation>条形图：{0}</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Save as {0}</source>
        <translation>另存为 {0}</translation>
    </message>
    <message>
        <source>Choose codes in the codebook, or click a matrix cell, to see their passages.</source>
        <translation>在编码表中选择编码，或点击矩阵单元格，即可查看其片段。</translation>
    </message>
    <message>
        <source>Passages: {0}</source>
        <translation>片段：{0}</translation>
    </message>
    <message>
        <source>{file}: a coded document is written as .html or .pdf</source>
        <translation>{file}：已编码文档只能导出为 .html 或 .pdf</translation>
    </message>
    <message>
        <source>Attributes of “{0}”</source>
        <translation>“{0}”的属性</translation>
    </message>
    <message>
        <source>Fields such as region, year or issuing body. The list, segments and exports can be filtered by them.</source>
        <translation>例如地区、年份或发文机关。文档列表、编码片段和导出都可以按这些字段筛选。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>The field “{0}” appears twice.</source>
        <translation>字段“{0}”出现了两次。</translation>
    </message>
    <message>
        <source>&amp;Split here</source>
        <translation>在此处拆分(&amp;S)</translation>
    </message>
    <message>
        <source>Split at &amp;headings…</source>
        <translation>按标题拆分(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Rename document…</source>
        <translation>重命名文档(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete document…</source>
        <translation>删除文档(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation>属性(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>No headings found in “{0}”. Put the cursor where a part should begin and use Document ▸ Split here.</source>
        <translation>在“{0}”中没有找到标题。请把光标放在新部分开始的位置，然后使用 文档 ▸ 在此处拆分。</translation>
    </message>
    <message>
        <source>Split into {0} documents</source>
        <translation>已拆分为 {0} 篇文档</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>重命名文档</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>新标题：</translation>
    </message>
    <message>
        <source>Delete “{0}” with its {1} coding(s) and {2} attribute(s)? Edit ▸ Undo brings it back.</source>
        <translation>删除“{0}”及其 {1} 条编码和 {2} 个属性？可用 编辑 ▸ 撤销 恢复。</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>删除文档</translation>
    </message>
    <message>
        <source>Edit attributes of {title}</source>
        <translation>编辑“{title}”的属性</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show every document (clear the filter)</source>
        <translation>显示全部文档（清除筛选）</translation>
    </message>
    <message>
        <source>Clear the document filter</source>
        <translation>清除文档筛选</translation>
    </message>
    <message>
        <source>Show only the documents with these attribute values: the list, the coded segments, search, word frequencies and exports follow</source>
        <translation>只显示具有这些属性值的文档：文档列表、编码片段、搜索、词频和导出都随之筛选</translation>
    </message>
    <message>
        <source>No document has attributes yet (Document ▸ Attributes…)</source>
        <translation>还没有文档设置属性（文档 ▸ 属性…）</translation>
    </message>
    <message>
        <source>{0} — {1} of {2} documents</source>
        <translation>{0} — {2} 个文档中的 {1} 个</translation>
    </message>
    <message>
        <source>All {0} documents</source>
        <translation>全部 {0} 个文档</translation>
    </message>
    <message>
        <source>(any value)</source>
        <translation>（任意值）</translation>
    </message>
    <message>
        <source>Show every document</source>
        <translation>显示全部文档</translation>
    </message>
    <message>
        <source>&amp;Filter documents by attribute…</source>
        <translation>按属性筛选文档(&amp;F)…</translation>
    </message>
    <message>
        <source>Show &amp;every document</source>
        <translation>显示全部文档(&amp;E)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the documents…</source>
        <translation>搜索文档…</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>the hit</source>
        <translation>命中词</translation>
    </message>
    <message>
        <source>its sentence</source>
        <translation>所在句子</translation>
    </message>
    <message>
        <source>its paragraph</source>
        <translation>所在段落</translation>
    </message>
    <message>
        <source>Code all results</source>
        <translation>编码全部结果</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Code all results as</source>
        <translation>将全部结果编码为</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <source>All documents with {0} ({1})</source>
        <translation>{0} 的全部文档（{1} 个）</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>Coded: </source>
        <translation>已编码：</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>{0} hits (showing the first {1})</source>
        <translation>{0} 处命中（显示前 {1} 处）</translation>
    </message>
    <message>
        <source>{0} hits</source>
        <translation>{0} 处命中</translation>
    </message>
    <message>
        <source>Only the {0} results shown are coded</source>
        <translation>只编码显示的 {0} 条结果</translation>
    </message>
    <message>
        <source>{0} passages coded</source>
        <translation>已编码 {0} 个片段</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggest codings</source>
        <translation>建议编码</translation>
    </message>
    <message>
        <source>Keywords of this code, separated by commas</source>
        <translation>此代码的关键词，用逗号分隔</translation>
    </message>
    <message>
        <source>Save keywords</source>
        <translation>保存关键词</translation>
    </message>
    <message>
        <source>Accept selected</source>
        <translation>接受所选</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>拒绝所选</translation>
    </message>
    <message>
        <source>Accept all listed</source>
        <translation>接受全部列出项</translation>
    </message>
    <message>
        <source>Reject all listed</source>
        <translation>拒绝全部列出项</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>全部代码</translation>
    </message>
    <message>
        <source>{0} keywords saved</source>
        <translation>已保存 {0} 个关键词</translation>
    </message>
    <message>
        <source>Looking for keywords…</source>
        <translation>正在查找关键词…</translation>
    </message>
    <message>
        <source>{0} suggestions</source>
        <translation>{0} 条建议</translation>
    </message>
    <message>
        <source>{0} codings added</source>
        <translation>已添加 {0} 条编码</translation>
    </message>
    <message>
        <source>{0} suggestions rejected</source>
        <translation>已拒绝 {0} 条建议</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>UserDictionaryDialog</name>
    <message>
        <source>Project dictionary</source>
        <translation>项目词典</translation>
    </message>
    <message>
        <source>New term, e.g. 共富工坊</source>
        <translation>新词条，例如 共富工坊</translation>
    </message>
    <message>
        <source>keep together</source>
        <translation>保持为一个词</translation>
    </message>
    <message>
        <source>always split</source>
        <translation>总是切分</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Terms of this project (on top of the built-in policy dictionary):</source>
        <translation>本项目的词条（在内置政策词典之外）：</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>试一试：</translation>
    </message>
    <message>
        <source>Added {0}</source>
        <translation>已添加 {0}</translation>
    </message>
    <message>
        <source>Removed {0} terms</source>
        <translation>已删除 {0} 个词条</translation>
    </message>
</context>
<context>
    <name>WordFreqPanel</name>
    <message>
        <source>Top </source>
        <translation>前 </translation>
    </message>
    <message>
        <source>Count words</source>
        <translation>统计词频</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Double-click a word to search the documents for it</source>
        <translation>双击词语即可在文档中搜索它</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <source>All documents with {0} ({1})</source>
        <translation>{0} 的全部文档（{1} 个）</translation>
    </message>
    <message>
        <source>Document: </source>
        <translation>文档：</translation>
    </message>
    <message>
        <source>Passages coded </source>
        <translation>已编码片段 </translation>
    </message>
    <message>
        <source>Counting words…</source>
        <translation>正在统计词频…</translation>
    </message>
    <message>
        <source>{0}: {1} words counted</source>
        <translation>{0}：已统计 {1} 个词</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <source>Export word frequencies</source>
        <translation>导出词频</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>WordSelection</name>
    <message>
        <source>Snap selection to words</source>
        <translation>选区对齐到词语</translation>
    </message>
    <message>
        <source>Code this sentence</source>
        <translation>编码此句</translation>
    </message>
    <message>
        <source>Code this paragraph</source>
        <translation>编码此段</translation>
    </message>
</context>
</TS>
