<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Code the selected text as “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name of “{0}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this code means, when to use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{0}” into “{1}”? Its {2} codings move to “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”? This removes {1} code(s) and {2} coding(s). You can undo it with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code has the shortcut key {0}; set one in the codebook&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code “{0}”: press {1} to code a selection with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document or select a code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo for this coding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text to code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded {0} characters as “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text to code it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} characters · {1} codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge list (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages coded {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting word pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pairs from {1} sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export co-words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes (co-occurrence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pane shows only {0}&apos;s codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every coder&apos;s codings in this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolled together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolls together with the pane beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this document in a new pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded as {0}: this pane shows only {1}&apos;s codings, so the new coding is hidden here (Show all lifts the restriction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be opened ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be shown ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows of the project file break Biaozhu&apos;s rules and are left out everywhere (lists, the text, exports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the documents with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel export is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}.

Open the folder that contains it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to REFI-QDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to REFI-QDA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrieve passages of the selected codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &amp;comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-&amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;emos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval report to &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print coded document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the retrieval report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.docx *.html *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the matrix to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the coded document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML or PDF (*.html *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to RE&amp;FI-QDA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Biaozhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two or more to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open. Use File ▸ New project or Open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project (a copy to try things on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo project, to try things on. File ▸ New project starts your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} segments of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} segments of {1} (the code shown) — select codes in the codebook to list theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} coded segments — select codes in the codebook to list only theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the segments of “{0}”. To code the selected text with it, press {1} or right-click the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the segments of “{0}”. To code the selected text with it, right-click the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document is open already; a second pane shows the same document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is coding now? Every new coding is saved under this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} file(s) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the selected text with the code that has this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a word (Chinese words, not single characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code as, new code from selection, sentence or paragraph; remove or change a coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your documents: File ▸ Import documents (Word, PDF, web pages, text files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make codes in the Codebook (right-click ▸ New code). The first nine get the keys 1-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in a document and press a code&apos;s key, or right-click ▸ Code as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a code in the Codebook to list its coded segments below; double-click a segment to jump to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text ▸ Search documents finds words in every document; Keyword suggestions proposes sentences to code, for you to accept or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ▸ Export to Excel writes the segments, codes and counts for analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change can be undone with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Biaozhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biaozhu 标注: qualitative coding of Chinese policy documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected problem ({detail}); details are in the log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to use this panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare coders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document or select a disagreement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents changed since this search: search again to refresh the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents changed since these suggestions: suggest again to refresh them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents changed since this count: count again to refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword s&amp;uggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code this s&amp;entence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code this p&amp;aragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap selection to wo&amp;rds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the sentence at the cursor with the code selected in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the paragraph at the cursor with the code selected in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project dictionary changed: search again to use the new terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook is empty: add a code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code it as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code this sentence as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code this paragraph as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: starts with a {label} byte-order mark but is not valid {label} (byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: PDF files cannot be imported; save it as .txt or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this is a zip/Office file, not plain text (rename to .docx?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: looks like a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: unknown text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5; invalid UTF-8 at byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot tell the text encoding (best guess {label} gives unreadable text); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: .docx support is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not a valid .docx file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the .docx file is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is not a regular file (a device, pipe or socket); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: old Word .doc files are not supported; save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: unsupported file type &apos;{suffix}&apos; (use .txt, .docx, .pdf, .html or .md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file name is not valid UTF-8; stored with � for the bytes that are not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: too large ({size} MB; at most {max} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the web page cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: contains no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the same text is already document {n}; not imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the same text as {other} in this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %n document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not a supported file type (&apos;{suffix}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is a folder without files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: too large to read in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the reader stopped on this file (damaged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attr needs key=value, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed {n} control character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains {n} replacement character(s) (�): bytes that could not be decoded, or already in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot create the project file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is not a Biaozhu project (an empty file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is not a Biaozhu project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file is read-only; make it writable or copy it to open it for coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: its folder cannot be written, so the project can only be opened read-only; copy it elsewhere to code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is damaged or not a Biaozhu project ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the project file was replaced by another file while open (a sync tool or a restored copy?); nothing was saved. Save the current state as a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: opened read-only (its folder cannot be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: changes in {wal} cannot be read from a read-only folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: opened read-only (the file cannot be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is an SQLite database but not a Biaozhu project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: was saved by a newer version of Biaozhu (schema {schema}); update Biaozhu to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: needs upgrading to this version of Biaozhu, which a read-only file does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is locked by another program (open in another Biaozhu window, or a sync tool?); close it there and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the copy cannot be written ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the project file was deleted or moved while open; nothing was saved. Save the current state as a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the disk is full; nothing was saved. Free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: opened read-only; nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown memo target &apos;{target}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot write ({detail}); is it open elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot write ({detail}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text holds characters that are not valid Unicode (undecodable bytes, perhaps not UTF-8); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is too large (at most {max}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add coder {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: opened read-only; the word index cannot be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing cancelled; the documents done so far stay indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {n} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {n} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding {n} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coder {n} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {n} of {table} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coder needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action {n} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action {n} changed nothing that can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: it is undone already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: it is not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: it was changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: it was changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: what it restores clashes with a later change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: what it restores clashes with a later change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same text is already document {n} ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no document &apos;{ref}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several documents are titled &apos;{ref}&apos;; use the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {n}: its character count ({chars}) does not match its text ({length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {name} of document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %n attribute(s) of document {doc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attributes of document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {n} has no attribute &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} of document {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start must be a whole number, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end must be a whole number, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document id must be a whole number, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding id must be a whole number, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value} is too large (at most {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span {start}-{end} is not inside document {doc} (it has {n} characters; need 0 &lt;= start &lt; end &lt;= {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown coding source &apos;{source}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this passage ({start}-{end}) already has that code from this coder (coding {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt coding {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt %n coding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding {n} is already yours ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already adopted: {name} has this coding (coding {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no coding {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %n coding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that would duplicate coding {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not an attribute filter; write name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no coder &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coder name can have at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code name can have at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name must be text, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is not valid text (undecodable bytes, perhaps not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; holds a text-direction control character (U+{code}), which would make it display as something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; holds a control character (U+{code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name of only invisible characters cannot be told apart from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{colour}&apos; is not a colour; use #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no code {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no code &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several codes are called &apos;{name}&apos; in English ({names}); use the name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {value} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a code named &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add code {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename code to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a shortcut key; use 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set shortcut {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code cannot be moved under itself or one of its children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete code {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code cannot be merged into one of its own children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {name} into {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load default codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;{lang}&apos;; use zh or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: there is no coder &apos;{name}&apos; (coders: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: there is no code &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file name must end with {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is a folder; give a file name ending with {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {folder} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be written: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is the project file itself; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file exists and is read-only; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be replaced ({detail}); is it open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is open in another program (Excel, WPS?) and cannot be replaced; close it there and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot write in {folder} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot create a temporary file in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: too many codes for one sheet; choose some with --code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be written ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word search needs a word; use substring mode to find punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown search mode &apos;{mode}&apos;; use one of {modes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression &apos;{query}&apos;: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regular expression &apos;{query}&apos; took longer than {seconds} seconds and was stopped; nested repeats such as (a*)* are slow, simplify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;; use one of {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no results to code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %n search result(s) ({unit}) as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyword cannot span lines: &apos;{word}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyword can have at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit keywords of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyword cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is already a keyword of this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a keyword of this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suggestions to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %n suggestion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suggestions to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %n suggestion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %n rejected suggestion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dictionary term cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{term}&apos;: a dictionary term cannot contain spaces or line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{term}…&apos;: a dictionary term can have at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{term}&apos;: a dictionary term needs at least two characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown term kind &apos;{kind}&apos;; use one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is already in the project dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dictionary term {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is not in the project dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dictionary term {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{by}&apos; is not a matrix; use document, code or attr:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown measure &apos;{measure}&apos;; use codings, chars or percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document has the attribute &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;; use overlap, sentence or paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: passage not found in {file}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;; use char, sentence or paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no coder &apos;{name}&apos; (coders: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coder &apos;{name}&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {added} added, {matched} matched, {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped document {title}: it has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coding of document {n} at {start}-{end} does not fit its text; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot merge this kind of file; use a .biaozhu, .qdpx or .qdc file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is the project itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {name}: matched by name, though it sits elsewhere in our codebook ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {name}: their colour {theirs} differs; kept ours ({ours})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {name}: appears twice in {file}; taken as one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {title}: their {name} &apos;{theirs}&apos; differs; kept ours &apos;{ours}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {title}: the same text appears twice in {file}; taken as one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coding at {start}-{end} refers to a document that is not in {file}; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coding at {start}-{end} refers to a code that is not in {file}; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coding at {start}-{end} refers to a coder that is not in {file}; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coding at {start}-{end} does not fit its document ({n} characters); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n coding(s) already in the project (same document, code, coder and span); not added again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new to merge; the project was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: refused: the XML declares a DTD (not allowed in REFI-QDA files from outside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: refused: the XML declares entities (not allowed in REFI-QDA files from outside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: refused: the XML refers to outside resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is not well-formed XML ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: refused: larger than {n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is not a readable REFI-QDA archive ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: refused: the archive has more than {n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: refused: the entry &apos;{name}&apos; points outside the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: refused: the entry &apos;{name}&apos; inflates to more than {n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: refused: the archive inflates to more than {n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: refused: the entry &apos;{name}&apos; inflates beyond what the archive declares or allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the entry &apos;{name}&apos; cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the project has no codes; a codebook needs at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is not a REFI-QDA codebook (the root element is {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is not a REFI-QDA project (the root element is {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %n {kind} source(s): only text sources can be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped source {title}: its text ({path}) is not in the archive or not UTF-8/UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped source {title}: it has no plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: a selection without whole-number positions was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: positions were counted in UTF-16 units; converted to characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: selection {start}-{end} splits a character; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: selection {start}-{end} is not inside the text ({n} characters); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: selection {start}-{end} holds only line-end or control characters; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: a coding of {start}-{end} refers to no code of the codebook; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is not a REFI-QDA project archive (no .qde file inside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging {0} would bring in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to merge: everything is already in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined %n broken line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %n running header/footer line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %n page number(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %n layout space(s) between Chinese and Latin letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the PDF is protected by a password; open it with the password and save a copy without one, then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the PDF uses an encryption that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the PDF file is damaged or not a PDF ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the PDF file is damaged (it has no pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: too many pages ({n}; at most {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the PDF file is damaged (page {n} cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the PDF has no text layer (scanned pages?); run OCR on it first (e.g. with OCRmyPDF) and import the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: page {n} has no text layer (scanned?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not a valid .xlsx file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: use a .csv or .xlsx sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: needs a header row and a first column naming the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {n}: &apos;{ref}&apos; matches no document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {n}: &apos;{ref}&apos; matches several documents ({ids})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set attributes from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an offset must be a whole number, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot split document {doc} at {offset}: offsets must be between 1 and {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one offset to split at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many titles ({given}) for %n part(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot split document {n}: two parts would have the same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot split document {n}: a part has the same text as document {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split document {doc} into %n parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n coding(s) across a cut, now one piece per part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n piece(s) equal to another coding dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: --raw is for CSV; a workbook always holds the exact text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the argument {name} &apos;{value}&apos; is not valid text (undecodable bytes: is it UTF-8?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: holds schema objects Biaozhu did not make, which could change your data behind your back: {names}. It was not opened; `biaozhu backup FILE OUT --drop-foreign` makes a copy without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: Biaozhu&apos;s own tables were changed ({names}); a copy cannot repair that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: is damaged (SQLite&apos;s check found: {detail}); open a backup instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {n} of {table} refers to a missing row of {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding {n}: its offsets are not whole numbers ({start}, {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding {n}: its document {doc} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding {n}: offsets {start}-{end} are negative or reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding {n}: its document {doc} is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding {n}: offsets {start}-{end} lie outside document {doc} ({chars} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding {n}: its code {code} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding {n}: its coder {coder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {n}: its text is not text ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {n}: its title or character count is of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {n}: its parents form a cycle or do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and more rows like these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file {0} was replaced, moved or deleted by another program while it was open. Your last change was not saved, and nothing was written into the other file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current state as a new project and continue there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison needs exactly two coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split at headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”: check the headings to split at. Each checked heading starts a new document; edit the parts&apos; titles in the right column. Codings move with their text; one undo brings the document back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split at heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at character {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the first part ({0} characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} document(s) after the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected passage&apos;s document (or the active pane&apos;s) in two panes side by side, {0}&apos;s codings on the left and {1}&apos;s on the right, scrolled together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt as {0}&apos;s coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected coding (same passage and code) as {0}&apos;s; Ctrl+Z takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different coders to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing {0} and {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither {0} nor {1} has coded anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} document(s) coded by both; the codes either coder used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} passage(s) where {1} and {2} disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted as {0}&apos;s coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a report is .docx, .html or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no memo {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose codes in the codebook, or click a matrix cell, to see their passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a coded document is written as .html or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields such as region, year or issuing body. The list, segments and exports can be filtered by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “{0}” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split at &amp;headings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headings found in “{0}”. Put the cursor where a part should begin and use Document ▸ Split here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into {0} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}” with its {1} coding(s) and {2} attribute(s)? Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attributes of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every document (clear the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the document filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the documents with these attribute values: the list, the coded segments, search, word frequencies and exports follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document has attributes yet (Document ▸ Attributes…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} of {2} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter documents by attribute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;every document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code all results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code all results as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents with {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hits (showing the first {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the {0} results shown are coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} passages coded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggest codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords of this code, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} keywords saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for keywords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} codings added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} suggestions rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDictionaryDialog</name>
    <message>
        <source>Project dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term, e.g. 共富工坊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of this project (on top of the built-in policy dictionary):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0} terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordFreqPanel</name>
    <message>
        <source>Top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a word to search the documents for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents with {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages coded </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} words counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export word frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordSelection</name>
    <message>
        <source>Snap selection to words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
