<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="89"/>
        <source>New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="93"/>
        <source>New child code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="95"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="96"/>
        <source>English name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="97"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="98"/>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="99"/>
        <source>Shortcut key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="100"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="109"/>
        <source>Move to top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="110"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="117"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="125"/>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="63"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="125"/>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="63"/>
        <source>Name of the new code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="131"/>
        <source>Rename code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="131"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="138"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="138"/>
        <source>English name of “{0}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="145"/>
        <source>Colour of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="147"/>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="150"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="150"/>
        <source>What this code means, when to use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="152"/>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="193"/>
        <source>Move code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="163"/>
        <source>Merge “{0}” into “{1}”? Its {2} codings move to “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="165"/>
        <source>Merge codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="170"/>
        <source>Delete “{0}”? This removes {1} code(s) and {2} coding(s). You can undo it with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/codebook.py" line="172"/>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="43"/>
        <source>No code has the shortcut key {0}; set one in the codebook&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="100"/>
        <source>Code passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="76"/>
        <source>New code from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="78"/>
        <source>New code “{0}”: press {1} to code a selection with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="128"/>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="129"/>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="152"/>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="130"/>
        <source>Change code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/segments.py" line="18"/>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="93"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="93"/>
        <source>Memo for this coding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="160"/>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="115"/>
        <location filename="../../desktop_app/gui/window/text_features.py" line="391"/>
        <source>Code as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="118"/>
        <source>New code from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="132"/>
        <source>Edit memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/coding_actions.py" line="134"/>
        <source>Select text to code it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/documents.py" line="37"/>
        <location filename="../../desktop_app/gui/panels/segments.py" line="18"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/documents.py" line="51"/>
        <source>{0} characters · {1} codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/codebook.py" line="33"/>
        <location filename="../../desktop_app/gui/panels/documents.py" line="39"/>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/codebook.py" line="33"/>
        <location filename="../../desktop_app/gui/panels/segments.py" line="18"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/models/codebook.py" line="33"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document/pane.py" line="57"/>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document/pane.py" line="58"/>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document/pane.py" line="58"/>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document/pane.py" line="59"/>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document/pane.py" line="75"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document/pane.py" line="146"/>
        <source>Open this document in a new pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document/pane.py" line="147"/>
        <source>Close this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="31"/>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="40"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="47"/>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="53"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="65"/>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="83"/>
        <location filename="../../desktop_app/gui/window/main_window.py" line="467"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="85"/>
        <source>Importing documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="96"/>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="101"/>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="117"/>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="121"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="97"/>
        <source>The Excel export is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="116"/>
        <source>Exported to {0}.

Open the folder that contains it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/file_actions.py" line="123"/>
        <source>Exporting to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="352"/>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="353"/>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="197"/>
        <location filename="../../desktop_app/gui/window/main_window.py" line="421"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="197"/>
        <location filename="../../desktop_app/gui/window/main_window.py" line="422"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="208"/>
        <source>P&amp;anels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="429"/>
        <source>Coder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="430"/>
        <source>Your name as a coder (saved with every coding):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="217"/>
        <location filename="../../desktop_app/gui/window/main_window.py" line="439"/>
        <source>Coder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="194"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="194"/>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="195"/>
        <source>&amp;Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="195"/>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="196"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="196"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="198"/>
        <source>&amp;Find in document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="198"/>
        <source>New &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="199"/>
        <source>Coder &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="199"/>
        <source>New &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="200"/>
        <source>Close pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="200"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="201"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="201"/>
        <source>&amp;About Biaozhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="204"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="205"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="206"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="207"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="209"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="210"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="211"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="212"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="213"/>
        <source>Coded segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="214"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="216"/>
        <source>No project is open. Use File ▸ New project or Open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="337"/>
        <source>{0} segments of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="339"/>
        <source>{0} segments of {1} (the code shown) — select codes in the codebook to list theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="342"/>
        <source>All {0} coded segments — select codes in the codebook to list only theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="345"/>
        <source>coder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="453"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="458"/>
        <source>{0} of {1} file(s) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="461"/>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="465"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="470"/>
        <source>About Biaozhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/main_window.py" line="471"/>
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
        <location filename="../../desktop_app/gui/panels/segments.py" line="18"/>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/segments.py" line="18"/>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="47"/>
        <location filename="../../desktop_app/gui/window/text_features.py" line="142"/>
        <source>Open a project to use this panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="121"/>
        <source>&amp;Search documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="122"/>
        <source>Keyword s&amp;uggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="123"/>
        <source>&amp;Word frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="124"/>
        <source>Project &amp;dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="125"/>
        <source>Code this s&amp;entence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="126"/>
        <source>Code this p&amp;aragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="127"/>
        <source>Snap selection to wo&amp;rds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="131"/>
        <source>Code the sentence at the cursor with the code selected in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="133"/>
        <source>Code the paragraph at the cursor with the code selected in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="135"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="136"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="137"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="138"/>
        <source>Word frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="348"/>
        <source>Edit project dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="356"/>
        <source>The project dictionary changed: search again to use the new terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="388"/>
        <source>The codebook is empty: add a code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="391"/>
        <source>Code it as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="402"/>
        <source>Put the cursor in a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="419"/>
        <source>Code sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="419"/>
        <source>Code paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="425"/>
        <source>Code this sentence as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/window/text_features.py" line="426"/>
        <source>Code this paragraph as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/decoding.py" line="125"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="25"/>
        <source>{file}: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/decoding.py" line="132"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="26"/>
        <source>{file}: starts with a {label} byte-order mark but is not valid {label} (byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/decoding.py" line="135"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="27"/>
        <source>{file}: PDF files cannot be imported; save it as .txt or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/decoding.py" line="137"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="28"/>
        <source>{file}: this is a zip/Office file, not plain text (rename to .docx?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/decoding.py" line="143"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="29"/>
        <source>{file}: looks like a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/decoding.py" line="171"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="30"/>
        <source>{file}: unknown text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5; invalid UTF-8 at byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/decoding.py" line="177"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="31"/>
        <source>{file}: cannot tell the text encoding (best guess {label} gives unreadable text); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="44"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="32"/>
        <source>{file}: .docx support is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="48"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="33"/>
        <source>{file}: not a valid .docx file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="51"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="34"/>
        <source>{file}: the .docx file is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="73"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="35"/>
        <source>{file}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="75"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="36"/>
        <source>{file}: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="78"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="37"/>
        <source>{file}: old Word .doc files are not supported; save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="80"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="38"/>
        <source>{file}: unsupported file type &apos;{suffix}&apos; (use .txt or .docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="84"/>
        <location filename="../../desktop_app/core/ingest/importer.py" line="93"/>
        <location filename="../../desktop_app/core/project/store.py" line="120"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="39"/>
        <source>{file}: cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="86"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="40"/>
        <source>{file}: too large ({size} MB; at most {max} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="97"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="41"/>
        <source>{file}: contains no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="132"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="42"/>
        <source>{file}: the same text is already document {n}; not imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="136"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="43"/>
        <source>{file}: the same text as {other} in this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="144"/>
        <source>Import %n document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="161"/>
        <source>--attr needs key=value, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/importer.py" line="117"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="44"/>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/normalise.py" line="23"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="45"/>
        <source>removed {n} control character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/normalise.py" line="26"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="46"/>
        <source>contains {n} replacement character(s) (�): bytes that could not be decoded, or already in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="89"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="48"/>
        <source>{file}: already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="91"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="49"/>
        <source>{file}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="96"/>
        <location filename="../../desktop_app/core/project/store.py" line="105"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="50"/>
        <source>{file}: cannot create the project file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="113"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="51"/>
        <source>{file}: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="115"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="52"/>
        <source>{file}: is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="124"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="53"/>
        <source>{file}: is not a Biaozhu project (an empty file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="126"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="54"/>
        <source>{file}: is not a Biaozhu project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="129"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="55"/>
        <source>{file}: the file is read-only; make it writable or copy it to open it for coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="134"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="56"/>
        <source>{file}: cannot be opened ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="136"/>
        <location filename="../../desktop_app/core/project/store.py" line="142"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="57"/>
        <source>{file}: is damaged or not a Biaozhu project ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="158"/>
        <location filename="../../desktop_app/core/project/store.py" line="162"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="58"/>
        <source>{file}: is an SQLite database but not a Biaozhu project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="167"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="59"/>
        <source>{file}: was saved by a newer version of Biaozhu (schema {schema}); update Biaozhu to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="174"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="60"/>
        <source>{file}: needs upgrading to this version of Biaozhu, which a read-only file does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="196"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="61"/>
        <source>{file}: is locked by another program (open in another Biaozhu window, or a sync tool?); close it there and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="239"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="62"/>
        <source>{file}: opened read-only; nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="243"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="63"/>
        <source>{file}: cannot write ({detail}); is it open elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="252"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="64"/>
        <source>{file}: cannot write ({detail}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="375"/>
        <source>Add coder {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/wordindex.py" line="98"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="65"/>
        <source>{file}: opened read-only; the word index cannot be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/wordindex.py" line="127"/>
        <source>indexing cancelled; the documents done so far stay indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="49"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="66"/>
        <source>document {n} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="50"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="67"/>
        <source>code {n} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="51"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="68"/>
        <source>coding {n} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="52"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="69"/>
        <source>coder {n} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="59"/>
        <source>row {n} of {table} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/store.py" line="369"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="70"/>
        <source>a coder needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="140"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="72"/>
        <source>action {n} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="142"/>
        <source>action {n} changed nothing that can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="154"/>
        <source>nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="158"/>
        <source>cannot undo &apos;{label}&apos;: it is undone already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="163"/>
        <source>Undo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="176"/>
        <source>nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="180"/>
        <source>cannot redo &apos;{label}&apos;: it is not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="185"/>
        <source>Redo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="206"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="73"/>
        <source>cannot undo &apos;{label}&apos;: it was changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="207"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="74"/>
        <source>cannot redo &apos;{label}&apos;: it was changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="208"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="75"/>
        <source>cannot undo &apos;{label}&apos;: what it restores clashes with a later change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/history.py" line="210"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="76"/>
        <source>cannot redo &apos;{label}&apos;: what it restores clashes with a later change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="30"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="78"/>
        <source>the same text is already document {n} ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="71"/>
        <location filename="../../desktop_app/core/project/documents.py" line="81"/>
        <location filename="../../desktop_app/core/project/documents.py" line="90"/>
        <location filename="../../desktop_app/core/text/frequencies.py" line="108"/>
        <location filename="../../desktop_app/core/text/search.py" line="159"/>
        <location filename="../../desktop_app/core/text/suggest.py" line="170"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="79"/>
        <source>there is no document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="105"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="80"/>
        <source>there is no document &apos;{ref}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="104"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="81"/>
        <source>several documents are titled &apos;{ref}&apos;; use the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="31"/>
        <source>Import {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="110"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="82"/>
        <source>a document needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="111"/>
        <source>Rename document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="117"/>
        <source>Delete document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="134"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="83"/>
        <source>an attribute needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="136"/>
        <source>Set {name} of document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="152"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="84"/>
        <source>document {n} has no attribute &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/documents.py" line="153"/>
        <source>Remove {name} of document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="32"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="86"/>
        <source>start must be a whole number, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="33"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="87"/>
        <source>end must be a whole number, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="34"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="88"/>
        <source>document id must be a whole number, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="35"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="89"/>
        <source>coding id must be a whole number, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="54"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="90"/>
        <source>span {start}-{end} is not inside document {doc} (it has {n} characters; need 0 &lt;= start &lt; end &lt;= {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="63"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="91"/>
        <source>unknown coding source &apos;{source}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="71"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="92"/>
        <source>this passage ({start}-{end}) already has that code from this coder (coding {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="110"/>
        <source>Code passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="123"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="93"/>
        <source>there is no coding {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="132"/>
        <source>Remove %n coding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="147"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="94"/>
        <source>that would duplicate coding {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="157"/>
        <source>Change span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codings.py" line="205"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="95"/>
        <source>there is no coder &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="26"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="97"/>
        <source>a code needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="28"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="98"/>
        <source>a code name can have at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="34"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="99"/>
        <source>&apos;{colour}&apos; is not a colour; use #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="68"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="100"/>
        <source>there is no code {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="90"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="101"/>
        <source>there is no code &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="85"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="102"/>
        <source>several codes are called &apos;{name}&apos; in English ({names}); use the name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="102"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="103"/>
        <source>there is already a code named &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="117"/>
        <source>Add code {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="142"/>
        <source>Rename code to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="157"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="104"/>
        <source>&apos;{key}&apos; is not a shortcut key; use 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="165"/>
        <source>Set shortcut {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="189"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="105"/>
        <source>a code cannot be moved under itself or one of its children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="210"/>
        <source>Delete code {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="230"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="106"/>
        <source>a code cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="232"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="107"/>
        <source>a code cannot be merged into one of its own children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="235"/>
        <source>Merge {name} into {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/project/codebook.py" line="260"/>
        <source>Load default codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="96"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="109"/>
        <source>unknown language &apos;{lang}&apos;; use zh or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="133"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="110"/>
        <source>{file}: there is no coder &apos;{name}&apos; (coders: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="144"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="111"/>
        <source>{file}: there is no code &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="216"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="112"/>
        <source>{file}: the file name must end with {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="218"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="113"/>
        <source>{file}: is a folder; give a file name ending with {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="221"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="114"/>
        <source>{file}: {folder} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="223"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="115"/>
        <source>{file}: cannot be written: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="226"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="116"/>
        <source>{file}: is the project file itself; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="228"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="117"/>
        <source>{file}: the file exists and is read-only; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="242"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="118"/>
        <source>{file}: cannot be replaced ({detail}); is it open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="258"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="119"/>
        <source>{file}: cannot write in {folder} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="261"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="120"/>
        <source>{file}: cannot create a temporary file in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/xlsx_export.py" line="78"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="121"/>
        <source>{file}: too many codes for one sheet; choose some with --code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/csv_export.py" line="75"/>
        <location filename="../../desktop_app/core/interchange/xlsx_export.py" line="87"/>
        <location filename="../../desktop_app/core/text/frequencies.py" line="182"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="122"/>
        <source>{file}: cannot be written ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/interchange/common.py" line="209"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="123"/>
        <source>export cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/frequencies.py" line="166"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="124"/>
        <source>nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/search.py" line="109"/>
        <location filename="../../desktop_app/core/text/search.py" line="151"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="126"/>
        <source>nothing to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/search.py" line="111"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="127"/>
        <source>word search needs a word; use substring mode to find punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/search.py" line="149"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="128"/>
        <source>unknown search mode &apos;{mode}&apos;; use one of {modes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/search.py" line="175"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="129"/>
        <source>invalid regular expression &apos;{query}&apos;: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/search.py" line="228"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="130"/>
        <source>unknown unit &apos;{unit}&apos;; use one of {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/search.py" line="254"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="131"/>
        <source>there are no results to code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/search.py" line="258"/>
        <source>Code %n search result(s) ({unit}) as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="82"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="133"/>
        <source>a keyword cannot span lines: &apos;{word}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="84"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="134"/>
        <source>a keyword can have at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="115"/>
        <source>Edit keywords of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="128"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="135"/>
        <source>a keyword cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="130"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="136"/>
        <source>&apos;{word}&apos; is already a keyword of this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="138"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="137"/>
        <source>&apos;{word}&apos; is not a keyword of this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="186"/>
        <source>suggestions cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="219"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="138"/>
        <source>no suggestions to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="222"/>
        <source>Accept %n suggestion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="232"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="139"/>
        <source>no suggestions to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="234"/>
        <source>Reject %n suggestion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/suggest.py" line="256"/>
        <source>Forget %n rejected suggestion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/segmentation.py" line="180"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="141"/>
        <source>a dictionary term cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/segmentation.py" line="182"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="142"/>
        <source>&apos;{term}&apos;: a dictionary term cannot contain spaces or line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/segmentation.py" line="184"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="143"/>
        <source>&apos;{term}…&apos;: a dictionary term can have at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/segmentation.py" line="186"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="144"/>
        <source>&apos;{term}&apos;: a dictionary term needs at least two characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/segmentation.py" line="200"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="145"/>
        <source>unknown term kind &apos;{kind}&apos;; use one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/segmentation.py" line="203"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="146"/>
        <source>&apos;{term}&apos; is already in the project dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/segmentation.py" line="204"/>
        <source>Add dictionary term {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/segmentation.py" line="215"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="147"/>
        <source>&apos;{term}&apos; is not in the project dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/segmentation.py" line="216"/>
        <source>Remove dictionary term {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/text/frequencies.py" line="102"/>
        <location filename="../../desktop_app/gui/core_messages.py" line="149"/>
        <source>--top must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/demo.py" line="28"/>
        <source>Build demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/ingest/demo.py" line="39"/>
        <source>demo: passage not found in {file}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="70"/>
        <source>Search the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="73"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="73"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="74"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="78"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="82"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="82"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="82"/>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="82"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="94"/>
        <source>the hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="94"/>
        <source>its sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="95"/>
        <source>its paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="97"/>
        <source>Code all results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="110"/>
        <source>In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="114"/>
        <source>Code all results as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="146"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="147"/>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="155"/>
        <source>Coded: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="188"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="203"/>
        <source>{0} hits (showing the first {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="206"/>
        <source>{0} hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="249"/>
        <source>Only the {0} results shown are coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/search.py" line="258"/>
        <source>{0} passages coded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="69"/>
        <source>Suggest codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="71"/>
        <source>Keywords of this code, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="72"/>
        <source>Save keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="76"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="76"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="76"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="76"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="87"/>
        <source>Accept selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="88"/>
        <source>Reject selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="89"/>
        <source>Accept all listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="90"/>
        <source>Reject all listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="133"/>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="163"/>
        <source>{0} keywords saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="178"/>
        <source>Looking for keywords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="182"/>
        <source>{0} suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="223"/>
        <source>{0} codings added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/suggestions.py" line="237"/>
        <source>{0} suggestions rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../desktop_app/gui/text_worker.py" line="93"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_worker.py" line="110"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/text_worker.py" line="139"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDictionaryDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/user_dictionary.py" line="51"/>
        <source>Project dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/user_dictionary.py" line="58"/>
        <source>New term, e.g. 共富工坊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/user_dictionary.py" line="60"/>
        <source>keep together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/user_dictionary.py" line="61"/>
        <source>always split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/user_dictionary.py" line="62"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/user_dictionary.py" line="63"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/user_dictionary.py" line="78"/>
        <source>Terms of this project (on top of the built-in policy dictionary):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/user_dictionary.py" line="83"/>
        <source>Try it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/user_dictionary.py" line="124"/>
        <source>Added {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/user_dictionary.py" line="143"/>
        <source>Removed {0} terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordFreqPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="102"/>
        <source>Top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="103"/>
        <source>Count words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="104"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="109"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="109"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="109"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="148"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="150"/>
        <source>Document: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="152"/>
        <source>Passages coded </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="169"/>
        <source>Counting words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="185"/>
        <source>{0}: {1} words counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="192"/>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/wordfreq.py" line="199"/>
        <source>Export word frequencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordSelection</name>
    <message>
        <location filename="../../desktop_app/gui/document/word_selection.py" line="53"/>
        <source>Snap selection to words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document/word_selection.py" line="57"/>
        <source>Code this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/document/word_selection.py" line="60"/>
        <source>Code this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
