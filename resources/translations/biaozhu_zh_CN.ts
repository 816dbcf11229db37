<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="89"/>
        <source>New code…</source>
        <translation>新建代码…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="93"/>
        <source>New child code…</source>
        <translation>新建子代码…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="95"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="96"/>
        <source>English name…</source>
        <translation>英文名称…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="97"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="98"/>
        <source>Description…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="99"/>
        <source>Shortcut key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="100"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="109"/>
        <source>Move to top level</source>
        <translation>移到顶层</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="110"/>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="117"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="125"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="128"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="61"/>
        <source>New code</source>
        <translation>新建代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="125"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="61"/>
        <source>Name of the new code:</source>
        <translation>新代码的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="131"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="133"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="141"/>
        <source>Rename code</source>
        <translation>重命名代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="131"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="138"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="138"/>
        <source>English name of “{0}”:</source>
        <translation>“{0}”的英文名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="145"/>
        <source>Colour of the code</source>
        <translation>代码颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="147"/>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="150"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="150"/>
        <source>What this code means, when to use it:</source>
        <translation>此代码的含义及使用时机：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="153"/>
        <source>Edit description</source>
        <translation>编辑说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="156"/>
        <source>Set shortcut key</source>
        <translation>设置快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="159"/>
        <source>Move code</source>
        <translation>移动代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="163"/>
        <source>Merge “{0}” into “{1}”? Its {2} codings move to “{1}”.</source>
        <translation>将“{0}”合并到“{1}”？其 {2} 条编码将移到“{1}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="165"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="166"/>
        <source>Merge codes</source>
        <translation>合并代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="170"/>
        <source>Delete “{0}”? This removes {1} code(s) and {2} coding(s). You can undo it with Ctrl+Z.</source>
        <translation>删除“{0}”？这将删除 {1} 个代码和 {2} 条编码。可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="172"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="173"/>
        <source>Delete code</source>
        <translation>删除代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="41"/>
        <source>No code has the shortcut key {0}; set one in the codebook&apos;s menu.</source>
        <translation>没有代码使用快捷键 {0}；请在代码本的右键菜单中设置。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="52"/>
        <source>Code passage</source>
        <translation>编码段落</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="71"/>
        <source>New code from selection</source>
        <translation>用所选文字新建代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="76"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="120"/>
        <source>Remove coding</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="79"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="121"/>
        <source>Change code</source>
        <translation>更改代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="84"/>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="84"/>
        <source>Memo for this coding:</source>
        <translation>此编码的备注：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="87"/>
        <source>Edit memo</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="106"/>
        <location filename="../../desktop_app/gui/text_features.py" line="400"/>
        <source>Code as</source>
        <translation>编码为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="109"/>
        <source>New code from selection…</source>
        <translation>用所选文字新建代码…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="123"/>
        <source>Edit memo…</source>
        <translation>编辑备注…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="125"/>
        <source>Select text to code it</source>
        <translation>选择文字以编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_list.py" line="37"/>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_list.py" line="51"/>
        <source>{0} characters · {1} codings</source>
        <translation>{0} 字 · {1} 处编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_model.py" line="33"/>
        <location filename="../../desktop_app/gui/document_list.py" line="39"/>
        <source>Codings</source>
        <translation>编码数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_model.py" line="33"/>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_model.py" line="33"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="57"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="71"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="142"/>
        <source>Open this document in a new pane</source>
        <translation>在新窗格中打开此文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="143"/>
        <source>Close this pane</source>
        <translation>关闭此窗格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="31"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="40"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="47"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="53"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="65"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="78"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="82"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="83"/>
        <location filename="../../desktop_app/gui/main_window.py" line="465"/>
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="85"/>
        <source>Importing documents…</source>
        <translation>正在导入文档…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="96"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="101"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="117"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="121"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="97"/>
        <source>The Excel export is not available in this version.</source>
        <translation>此版本不提供 Excel 导出。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="116"/>
        <source>Exported to {0}.

Open the folder that contains it?</source>
        <translation>已导出到 {0}。

打开所在文件夹？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="123"/>
        <source>Exporting to Excel…</source>
        <translation>正在导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="351"/>
        <source>All codes</source>
        <translation>全部代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="352"/>
        <source>All coders</source>
        <translation>全部编码员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="196"/>
        <location filename="../../desktop_app/gui/main_window.py" line="419"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="196"/>
        <location filename="../../desktop_app/gui/main_window.py" line="420"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="207"/>
        <source>P&amp;anels</source>
        <translation>面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="427"/>
        <source>Coder name</source>
        <translation>编码员姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="428"/>
        <source>Your name as a coder (saved with every coding):</source>
        <translation>您的编码员姓名（随每条编码保存）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="216"/>
        <location filename="../../desktop_app/gui/main_window.py" line="437"/>
        <source>Coder: {0}</source>
        <translation>编码员：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="193"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="193"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="194"/>
        <source>&amp;Import documents…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="194"/>
        <source>Export to &amp;Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="195"/>
        <source>&amp;Close project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="195"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="197"/>
        <source>&amp;Find in document…</source>
        <translation>在文档中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="197"/>
        <source>New &amp;code…</source>
        <translation>新建代码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="198"/>
        <source>Coder &amp;name…</source>
        <translation>编码员姓名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="198"/>
        <source>New &amp;pane</source>
        <translation>新建窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="199"/>
        <source>Close pa&amp;ne</source>
        <translation>关闭窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="199"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="200"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="200"/>
        <source>&amp;About Biaozhu</source>
        <translation>关于标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="203"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="204"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="205"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="206"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="208"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="210"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="211"/>
        <source>Codebook</source>
        <translation>代码本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="212"/>
        <source>Coded segments</source>
        <translation>已编码片段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="213"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="215"/>
        <source>No project is open. Use File ▸ New project or Open project.</source>
        <translation>没有打开的项目。请使用 文件 ▸ 新建项目 或 打开项目。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="336"/>
        <source>{0} segments of {1}</source>
        <translation>{1}的 {0} 个编码片段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="338"/>
        <source>{0} segments of {1} (the code shown) — select codes in the codebook to list theirs</source>
        <translation>当前显示代码 {1} 的 {0} 个编码片段 —— 在代码本中选择代码可只列出其片段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="341"/>
        <source>All {0} coded segments — select codes in the codebook to list only theirs</source>
        <translation>全部 {0} 个编码片段 —— 在代码本中选择代码可只列出其片段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="344"/>
        <source>coder: {0}</source>
        <translation>编码员：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="451"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="456"/>
        <source>{0} of {1} file(s) imported.</source>
        <translation>已导入 {1} 个文件中的 {0} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="459"/>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="468"/>
        <source>About Biaozhu</source>
        <translation>关于标注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="469"/>
        <source>Biaozhu 标注: qualitative coding of Chinese policy documents.</source>
        <translation>标注 Biaozhu：中文政策文件的质性编码工具。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/operations.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/operations.py" line="82"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="45"/>
        <location filename="../../desktop_app/gui/text_features.py" line="140"/>
        <source>Open a project to use this panel.</source>
        <translation>请先打开一个项目再使用此面板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="119"/>
        <source>&amp;Search documents…</source>
        <translation>搜索文档(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="120"/>
        <source>Keyword s&amp;uggestions</source>
        <translation>关键词建议(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="121"/>
        <source>&amp;Word frequencies</source>
        <translation>词频(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="122"/>
        <source>Project &amp;dictionary…</source>
        <translation>项目词典(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="123"/>
        <source>Code this s&amp;entence</source>
        <translation>编码此句(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="124"/>
        <source>Code this p&amp;aragraph</source>
        <translation>编码此段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="125"/>
        <source>Snap selection to wo&amp;rds</source>
        <translation>选区对齐到词语(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="129"/>
        <source>Code the sentence at the cursor with the code selected in the codebook</source>
        <translation>用代码本中选中的代码编码光标所在的句子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="131"/>
        <source>Code the paragraph at the cursor with the code selected in the codebook</source>
        <translation>用代码本中选中的代码编码光标所在的段落</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="133"/>
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="134"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="135"/>
        <source>Suggestions</source>
        <translation>编码建议</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="136"/>
        <source>Word frequencies</source>
        <translation>词频</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="238"/>
        <location filename="../../desktop_app/gui/text_features.py" line="263"/>
        <source>Text panel</source>
        <translation>文本面板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="257"/>
        <source>Reject suggestions</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="258"/>
        <source>Edit keywords</source>
        <translation>编辑关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="259"/>
        <location filename="../../desktop_app/gui/text_features.py" line="260"/>
        <location filename="../../desktop_app/gui/text_features.py" line="357"/>
        <source>Edit project dictionary</source>
        <translation>编辑项目词典</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="276"/>
        <source>Code search results</source>
        <translation>编码搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="280"/>
        <source>Accept suggestions</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="365"/>
        <source>The project dictionary changed: search again to use the new terms.</source>
        <translation>项目词典已更改：请重新搜索以使用新词条。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="397"/>
        <source>The codebook is empty: add a code first.</source>
        <translation>代码本为空：请先添加代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="400"/>
        <source>Code it as:</source>
        <translation>编码为：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="411"/>
        <source>Put the cursor in a document first.</source>
        <translation>请先将光标放在文档中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="428"/>
        <source>Code sentence</source>
        <translation>编码句子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="428"/>
        <source>Code paragraph</source>
        <translation>编码段落</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="434"/>
        <source>Code this sentence as</source>
        <translation>将此句编码为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="435"/>
        <source>Code this paragraph as</source>
        <translation>将此段编码为</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="70"/>
        <source>Search the documents…</source>
        <translation>搜索文档…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="73"/>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="73"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="74"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="78"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="82"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="82"/>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="82"/>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="82"/>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="94"/>
        <source>the hit</source>
        <translation>命中词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="94"/>
        <source>its sentence</source>
        <translation>所在句子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="95"/>
        <source>its paragraph</source>
        <translation>所在段落</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="97"/>
        <source>Code all results</source>
        <translation>编码全部结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="111"/>
        <source>In:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="115"/>
        <source>Code all results as</source>
        <translation>将全部结果编码为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="151"/>
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="152"/>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="160"/>
        <source>Coded: </source>
        <translation>已编码：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="193"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="208"/>
        <source>{0} hits (showing the first {1})</source>
        <translation>{0} 处命中（显示前 {1} 处）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="211"/>
        <source>{0} hits</source>
        <translation>{0} 处命中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="254"/>
        <source>Only the {0} results shown are coded</source>
        <translation>只编码显示的 {0} 条结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="268"/>
        <source>{0} passages coded</source>
        <translation>已编码 {0} 个段落</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="63"/>
        <source>Suggest codings</source>
        <translation>建议编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="65"/>
        <source>Keywords of this code, separated by commas</source>
        <translation>此代码的关键词，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="66"/>
        <source>Save keywords</source>
        <translation>保存关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="70"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="70"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="70"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="70"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="81"/>
        <source>Accept selected</source>
        <translation>接受所选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="82"/>
        <source>Reject selected</source>
        <translation>拒绝所选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="83"/>
        <source>Accept all listed</source>
        <translation>接受全部列出项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="84"/>
        <source>Reject all listed</source>
        <translation>拒绝全部列出项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="87"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="132"/>
        <source>All codes</source>
        <translation>全部代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="162"/>
        <source>{0} keywords saved</source>
        <translation>已保存 {0} 个关键词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="177"/>
        <source>Looking for keywords…</source>
        <translation>正在查找关键词…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="181"/>
        <source>{0} suggestions</source>
        <translation>{0} 条建议</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="225"/>
        <source>{0} codings added</source>
        <translation>已添加 {0} 条编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="239"/>
        <source>{0} suggestions rejected</source>
        <translation>已拒绝 {0} 条建议</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../desktop_app/gui/text_worker.py" line="83"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_worker.py" line="112"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>UserDictionaryDialog</name>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="49"/>
        <source>Project dictionary</source>
        <translation>项目词典</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="56"/>
        <source>New term, e.g. 共富工坊</source>
        <translation>新词条，例如 共富工坊</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="58"/>
        <source>keep together</source>
        <translation>保持为一个词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="59"/>
        <source>always split</source>
        <translation>总是切分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="60"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="61"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="76"/>
        <source>Terms of this project (on top of the built-in policy dictionary):</source>
        <translation>本项目的词条（在内置政策词典之外）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="81"/>
        <source>Try it:</source>
        <translation>试一试：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="125"/>
        <source>Added {0}</source>
        <translation>已添加 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="144"/>
        <source>Removed {0} terms</source>
        <translation>已删除 {0} 个词条</translation>
    </message>
</context>
<context>
    <name>WordFreqPanel</name>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="103"/>
        <source>Top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="104"/>
        <source>Count words</source>
        <translation>统计词频</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="105"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="110"/>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="110"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="110"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="124"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="153"/>
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="155"/>
        <source>Document: </source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="157"/>
        <source>Passages coded </source>
        <translation>已编码段落 </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="174"/>
        <source>Counting words…</source>
        <translation>正在统计词频…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="190"/>
        <source>{0}: {1} words counted</source>
        <translation>{0}：已统计 {1} 个词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="197"/>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="204"/>
        <source>Export word frequencies</source>
        <translation>导出词频</translation>
    </message>
</context>
<context>
    <name>WordSelection</name>
    <message>
        <location filename="../../desktop_app/gui/word_selection.py" line="53"/>
        <source>Snap selection to words</source>
        <translation>选区对齐到词语</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/word_selection.py" line="57"/>
        <source>Code this sentence</source>
        <translation>编码此句</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/word_selection.py" line="60"/>
        <source>Code this paragraph</source>
        <translation>编码此段</translation>
    </message>
</context>
</TS>
