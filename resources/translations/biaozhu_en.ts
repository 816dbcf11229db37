<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="89"/>
        <source>New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="93"/>
        <source>New child code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="95"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="96"/>
        <source>English name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="97"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="98"/>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="99"/>
        <source>Shortcut key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="100"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="109"/>
        <source>Move to top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="110"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="117"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="125"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="128"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="61"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="125"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="61"/>
        <source>Name of the new code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="131"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="133"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="141"/>
        <source>Rename code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="131"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="138"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="138"/>
        <source>English name of “{0}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="145"/>
        <source>Colour of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="147"/>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="150"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="150"/>
        <source>What this code means, when to use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="153"/>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="156"/>
        <source>Set shortcut key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="159"/>
        <source>Move code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="163"/>
        <source>Merge “{0}” into “{1}”? Its {2} codings move to “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="165"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="166"/>
        <source>Merge codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="170"/>
        <source>Delete “{0}”? This removes {1} code(s) and {2} coding(s). You can undo it with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="172"/>
        <location filename="../../desktop_app/gui/codebook_tree.py" line="173"/>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="41"/>
        <source>No code has the shortcut key {0}; set one in the codebook&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="52"/>
        <source>Code passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="71"/>
        <source>New code from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="76"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="120"/>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="79"/>
        <location filename="../../desktop_app/gui/coding_actions.py" line="121"/>
        <source>Change code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="84"/>
        <location filename="../../desktop_app/gui/segments_table.py" line="18"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="84"/>
        <source>Memo for this coding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="87"/>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="106"/>
        <location filename="../../desktop_app/gui/text_features.py" line="400"/>
        <source>Code as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="109"/>
        <source>New code from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="123"/>
        <source>Edit memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/coding_actions.py" line="125"/>
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
        <location filename="../../desktop_app/gui/document_list.py" line="51"/>
        <source>{0} characters · {1} codings</source>
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
        <location filename="../../desktop_app/gui/document_pane.py" line="57"/>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="71"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="142"/>
        <source>Open this document in a new pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document_pane.py" line="143"/>
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
        <location filename="../../desktop_app/gui/main_window.py" line="465"/>
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
        <location filename="../../desktop_app/gui/main_window.py" line="351"/>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="352"/>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="196"/>
        <location filename="../../desktop_app/gui/main_window.py" line="419"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="196"/>
        <location filename="../../desktop_app/gui/main_window.py" line="420"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="207"/>
        <source>P&amp;anels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="427"/>
        <source>Coder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="428"/>
        <source>Your name as a coder (saved with every coding):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="216"/>
        <location filename="../../desktop_app/gui/main_window.py" line="437"/>
        <source>Coder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="193"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="193"/>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="194"/>
        <source>&amp;Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="194"/>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="195"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="195"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="197"/>
        <source>&amp;Find in document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="197"/>
        <source>New &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="198"/>
        <source>Coder &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="198"/>
        <source>New &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="199"/>
        <source>Close pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="199"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="200"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="200"/>
        <source>&amp;About Biaozhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="203"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="204"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="205"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="206"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="208"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="210"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="211"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="212"/>
        <source>Coded segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="213"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="215"/>
        <source>No project is open. Use File ▸ New project or Open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="336"/>
        <source>{0} segments of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="338"/>
        <source>{0} segments of {1} (the code shown) — select codes in the codebook to list theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="341"/>
        <source>All {0} coded segments — select codes in the codebook to list only theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="344"/>
        <source>coder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="451"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="456"/>
        <source>{0} of {1} file(s) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="459"/>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="468"/>
        <source>About Biaozhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="469"/>
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
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="45"/>
        <location filename="../../desktop_app/gui/text_features.py" line="140"/>
        <source>Open a project to use this panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="119"/>
        <source>&amp;Search documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="120"/>
        <source>Keyword s&amp;uggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="121"/>
        <source>&amp;Word frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="122"/>
        <source>Project &amp;dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="123"/>
        <source>Code this s&amp;entence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="124"/>
        <source>Code this p&amp;aragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="125"/>
        <source>Snap selection to wo&amp;rds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="129"/>
        <source>Code the sentence at the cursor with the code selected in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="131"/>
        <source>Code the paragraph at the cursor with the code selected in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="133"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="134"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="135"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="136"/>
        <source>Word frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="238"/>
        <location filename="../../desktop_app/gui/text_features.py" line="263"/>
        <source>Text panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="257"/>
        <source>Reject suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="258"/>
        <source>Edit keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="259"/>
        <location filename="../../desktop_app/gui/text_features.py" line="260"/>
        <location filename="../../desktop_app/gui/text_features.py" line="357"/>
        <source>Edit project dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="276"/>
        <source>Code search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="280"/>
        <source>Accept suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="365"/>
        <source>The project dictionary changed: search again to use the new terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="397"/>
        <source>The codebook is empty: add a code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="400"/>
        <source>Code it as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="411"/>
        <source>Put the cursor in a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="428"/>
        <source>Code sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="428"/>
        <source>Code paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="434"/>
        <source>Code this sentence as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_features.py" line="435"/>
        <source>Code this paragraph as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="70"/>
        <source>Search the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="73"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="73"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="74"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="78"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="82"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="82"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="82"/>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="82"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="94"/>
        <source>the hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="94"/>
        <source>its sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="95"/>
        <source>its paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="97"/>
        <source>Code all results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="101"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="111"/>
        <source>In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="115"/>
        <source>Code all results as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="151"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="152"/>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="160"/>
        <source>Coded: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="193"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="208"/>
        <source>{0} hits (showing the first {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="211"/>
        <source>{0} hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="254"/>
        <source>Only the {0} results shown are coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_panel.py" line="268"/>
        <source>{0} passages coded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="63"/>
        <source>Suggest codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="65"/>
        <source>Keywords of this code, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="66"/>
        <source>Save keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="70"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="70"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="70"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="70"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="81"/>
        <source>Accept selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="82"/>
        <source>Reject selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="83"/>
        <source>Accept all listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="84"/>
        <source>Reject all listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="87"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="132"/>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="162"/>
        <source>{0} keywords saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="177"/>
        <source>Looking for keywords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="181"/>
        <source>{0} suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="225"/>
        <source>{0} codings added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/suggestions_panel.py" line="239"/>
        <source>{0} suggestions rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../desktop_app/gui/text_worker.py" line="83"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_worker.py" line="112"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDictionaryDialog</name>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="49"/>
        <source>Project dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="56"/>
        <source>New term, e.g. 共富工坊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="58"/>
        <source>keep together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="59"/>
        <source>always split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="60"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="61"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="76"/>
        <source>Terms of this project (on top of the built-in policy dictionary):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="81"/>
        <source>Try it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="125"/>
        <source>Added {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/user_dictionary_dialog.py" line="144"/>
        <source>Removed {0} terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordFreqPanel</name>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="103"/>
        <source>Top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="104"/>
        <source>Count words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="105"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="110"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="110"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="110"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="124"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="153"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="155"/>
        <source>Document: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="157"/>
        <source>Passages coded </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="174"/>
        <source>Counting words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="190"/>
        <source>{0}: {1} words counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="197"/>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wordfreq_panel.py" line="204"/>
        <source>Export word frequencies</source>
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
