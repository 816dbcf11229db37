<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="82"/>
        <source>New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="86"/>
        <source>New child code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="88"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="89"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="90"/>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="91"/>
        <source>Shortcut key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="92"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="101"/>
        <source>Move to top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="102"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="109"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="117"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="120"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="58"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="117"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="58"/>
        <source>Name of the new code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="123"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="125"/>
        <source>Rename code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="123"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="128"/>
        <source>Colour of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="130"/>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="133"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="133"/>
        <source>What this code means, when to use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="136"/>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="139"/>
        <source>Set shortcut key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="142"/>
        <source>Move code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="146"/>
        <source>Merge “{0}” into “{1}”? Its {2} codings move to “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="148"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="149"/>
        <source>Merge codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="153"/>
        <source>Delete “{0}”? This removes {1} code(s) and {2} coding(s). You can undo it with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="155"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="156"/>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="38"/>
        <source>No code has the shortcut key {0}; set one in the codebook&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="49"/>
        <source>Code passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="68"/>
        <source>New code from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="73"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="111"/>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="76"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="112"/>
        <source>Change code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="81"/>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="81"/>
        <source>Memo for this coding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="84"/>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="99"/>
        <source>Code as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="102"/>
        <source>New code from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="114"/>
        <source>Edit memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="116"/>
        <source>Select text to code it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_list.py" line="37"/>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_model.py" line="33"/>
        <location filename="../../desktop_app/gui/document_list.py" line="39"/>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_model.py" line="33"/>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_model.py" line="33"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="55"/>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="69"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="139"/>
        <source>Open this document in a new pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="140"/>
        <source>Close this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="31"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="40"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="47"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="53"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="65"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="78"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="82"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="83"/>
        <location filename="../../desktop_app/gui/main_window.py" line="402"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="85"/>
        <source>Importing documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="96"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="101"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="117"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="121"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="97"/>
        <source>The Excel export is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="116"/>
        <source>Exported to {0}.

Open the folder that contains it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="123"/>
        <source>Exporting to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="286"/>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="287"/>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="170"/>
        <location filename="../../desktop_app/gui/main_window.py" line="356"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="170"/>
        <location filename="../../desktop_app/gui/main_window.py" line="357"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="364"/>
        <source>Coder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="365"/>
        <source>Your name as a coder (saved with every coding):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="189"/>
        <location filename="../../desktop_app/gui/main_window.py" line="374"/>
        <source>Coder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="167"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="167"/>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="168"/>
        <source>&amp;Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="168"/>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="169"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="169"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="171"/>
        <source>&amp;Find in document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="171"/>
        <source>New &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="172"/>
        <source>Coder &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="172"/>
        <source>New &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="173"/>
        <source>Close pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="173"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="174"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="174"/>
        <source>&amp;About Biaozhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="178"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="179"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="180"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="181"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="182"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="184"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="185"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="186"/>
        <source>Coded segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="187"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="188"/>
        <source>No project is open. Use File ▸ New project or Open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="388"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="393"/>
        <source>{0} of {1} file(s) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="396"/>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="405"/>
        <source>About Biaozhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="406"/>
        <source>Biaozhu 标注: qualitative coding of Chinese policy documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/operations.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/operations.py" line="82"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordSelection</name>
    <message>
        <location filename="../../desktop_app/gui/word_selection.py" line="53"/>
        <source>Snap selection to words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/word_selection.py" line="57"/>
        <source>Code this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/word_selection.py" line="60"/>
        <source>Code this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
