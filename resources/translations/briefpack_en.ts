<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ui</name>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}{pages}.</source>
        <translation>
            <numerusform>Exported %n file to {folder}{pages}.</numerusform>
            <numerusform>Exported %n files to {folder}{pages}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Import %n item</numerusform>
            <numerusform>Import %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n documents…</source>
        <translation>
            <numerusform>Reading %n document…</numerusform>
            <numerusform>Reading %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>Imported %n document</numerusform>
            <numerusform>Imported %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n item(s).</source>
        <translation>
            <numerusform> with %n item.</numerusform>
            <numerusform> with %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not imported.</source>
        <translation>
            <numerusform>%n document not imported.</numerusform>
            <numerusform>%n documents not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported:</source>
        <translation>
            <numerusform>%n could not be imported:</numerusform>
            <numerusform>%n could not be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n quote(s) with citations.</source>
        <translation>
            <numerusform>Copied %n quote with its citation.</numerusform>
            <numerusform>Copied %n quotes with citations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s). Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Deleted %n item. Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Deleted %n items. Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revert %n item(s)</source>
        <translation>
            <numerusform>Revert %n item</numerusform>
            <numerusform>Revert %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept to %n page(s): </source>
        <translation>
            <numerusform>Kept to %n page: </numerusform>
            <numerusform>Kept to %n pages: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lower-ranked item(s) left out: {items}.</source>
        <translation>
            <numerusform>%n lower-ranked item left out: {items}.</numerusform>
            <numerusform>%n lower-ranked items left out: {items}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the best-ranked %n fit</source>
        <translation>
            <numerusform>the best-ranked %n fits</numerusform>
            <numerusform>the best-ranked %n fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match the selection</source>
        <translation>
            <numerusform>%n item matches the selection</numerusform>
            <numerusform>%n items match the selection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more left out by the limit)</source>
        <translation>
            <numerusform>(%n more left out by the limit)</numerusform>
            <numerusform>(%n more left out by the limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key fact(s) on its themes ({themes}) were added: the brief prints them in its key-facts box</source>
        <translation>
            <numerusform>%n key fact on its themes ({themes}) was added: the brief prints it in its key-facts box</numerusform>
            <numerusform>%n key facts on its themes ({themes}) were added: the brief prints them in its key-facts box</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already there)</source>
        <translation>
            <numerusform> (%n already there)</numerusform>
            <numerusform> (%n already there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s) to “{title}”{also}.</source>
        <translation>
            <numerusform>Added %n item to “{title}”{also}.</numerusform>
            <numerusform>Added %n items to “{title}”{also}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the brief</source>
        <translation>
            <numerusform>%n in the brief</numerusform>
            <numerusform>%n in the brief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n excluded</source>
        <translation>
            <numerusform>, %n excluded</numerusform>
            <numerusform>, %n excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to the pack</source>
        <translation>
            <numerusform>Add %n item to the pack</numerusform>
            <numerusform>Add %n items to the pack</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n entry(ies)</source>
        <translation>
            <numerusform>Move %n entry</numerusform>
            <numerusform>Move %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(ies)</source>
        <translation>
            <numerusform>Remove %n entry</numerusform>
            <numerusform>Remove %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n excluded)</source>
        <translation>
            <numerusform> (+%n excluded)</numerusform>
            <numerusform> (+%n excluded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not in your library; the pack keeps its own copy of their quotes.</source>
        <translation>
            <numerusform>%n item is not in your library; the pack keeps its own copy of its quote.</numerusform>
            <numerusform>%n items are not in your library; the pack keeps its own copy of their quotes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) differ from your library&apos;s version; both are kept and marked in the pack.</source>
        <translation>
            <numerusform>%n item differs from your library&apos;s version; both are kept and marked in the pack.</numerusform>
            <numerusform>%n items differ from your library&apos;s version; both are kept and marked in the pack.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n item(s)</source>
        <translation>
            <numerusform>{shown} of %n item</numerusform>
            <numerusform>{shown} of %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
