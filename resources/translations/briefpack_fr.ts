<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>core</name>
    <message>
        <source>The disk is full; {name} was not written.</source>
        <translation>Le disque est plein ; {name} n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Free some space and try again. The previous file is unchanged.</source>
        <translation>Libérez de l’espace et réessayez. Le fichier précédent n’a pas changé.</translation>
    </message>
    <message>
        <source>Briefpack may not write {path}.</source>
        <translation>Briefpack n’a pas le droit d’écrire {path}.</translation>
    </message>
    <message>
        <source>The file may be open in Word or another program, or the folder is read-only. Close it or choose another folder.</source>
        <translation>Le fichier est peut-être ouvert dans Word ou un autre programme, ou le dossier est en lecture seule. Fermez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>Create the folder or choose another one.</source>
        <translation>Créez le dossier ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk.</source>
        <translation>{folder} se trouve sur un disque en lecture seule.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>Impossible d’écrire {path}.</translation>
    </message>
    <message>
        <source>Check the folder and try again.</source>
        <translation>Vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>The brief needs a title.</source>
        <translation>La note doit avoir un titre.</translation>
    </message>
    <message>
        <source>Give it a title, e.g. the meeting&apos;s name.</source>
        <translation>Donnez-lui un titre, par exemple le nom de la réunion.</translation>
    </message>
    <message>
        <source>The brief&apos;s title is {length} characters long; a title can have at most {limit}.</source>
        <translation>Le titre de la note compte {length} caractères ; un titre peut en avoir au plus {limit}.</translation>
    </message>
    <message>
        <source>Shorten the title; the subtitle and the meeting fields hold the rest.</source>
        <translation>Raccourcissez le titre ; le sous-titre et le champ de la réunion contiennent le reste.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Choisissez un dossier où exporter.</translation>
    </message>
    <message>
        <source>Choose a .briefpack file saved by Briefpack.</source>
        <translation>Choisissez un fichier .briefpack enregistré par Briefpack.</translation>
    </message>
    <message>
        <source>The file may have been edited by hand or damaged. Ask for it again.</source>
        <translation>Le fichier a peut-être été modifié à la main ou endommagé. Demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Choose a .briefpack file.</source>
        <translation>Choisissez un fichier .briefpack.</translation>
    </message>
    <message>
        <source>Split the document, or import only the part with the recommendations.</source>
        <translation>Divisez le document, ou importez seulement la partie qui contient les recommandations.</translation>
    </message>
    <message>
        <source>{name} is not a PDF file (it does not start like one).</source>
        <translation>{name} n’est pas un fichier PDF (il ne commence pas comme tel).</translation>
    </message>
    <message>
        <source>The file may be damaged or misnamed; open it in a PDF viewer to check.</source>
        <translation>Le fichier est peut-être endommagé ou mal nommé ; ouvrez-le dans un lecteur PDF pour vérifier.</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx is a zip archive; this file is not one).</source>
        <translation>{name} n’est pas un document Word (un .docx est une archive zip ; ce fichier n’en est pas une).</translation>
    </message>
    <message>
        <source>The file may be damaged or misnamed; open and save it again in Word.</source>
        <translation>Le fichier est peut-être endommagé ou mal nommé ; ouvrez-le et enregistrez-le de nouveau dans Word.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n’existe pas.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a document.</source>
        <translation>{path} est un dossier, pas un document.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; the limit is {limit} MB).</source>
        <translation>{name} est trop volumineux pour être importé ({size} Mo ; la limite est de {limit} Mo).</translation>
    </message>
    <message>
        <source>Could not read {name}.</source>
        <translation>Impossible de lire {name}.</translation>
    </message>
    <message>
        <source>Check that the file is not open elsewhere and that you may read it.</source>
        <translation>Vérifiez que le fichier n’est pas ouvert ailleurs et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>Choose a document that has text in it.</source>
        <translation>Choisissez un document qui contient du texte.</translation>
    </message>
    <message>
        <source>{name} has no text to import.</source>
        <translation>{name} ne contient aucun texte à importer.</translation>
    </message>
    <message>
        <source>Choose a document with paragraphs of text.</source>
        <translation>Choisissez un document avec des paragraphes de texte.</translation>
    </message>
    <message>
        <source>{name} is too large to import as text ({size} MB; the limit is {limit} MB of text).</source>
        <translation>{name} est trop volumineux pour être importé comme texte ({size} Mo ; la limite est de {limit} Mo de texte).</translation>
    </message>
    <message>
        <source>{name} has too many lines to import as text ({lines}; the limit is {limit}).</source>
        <translation>{name} a trop de lignes pour être importé comme texte ({lines} ; la limite est de {limit}).</translation>
    </message>
    <message>
        <source>{name} needs more memory to read than is available.</source>
        <translation>La lecture de {name} demande plus de mémoire qu’il n’y en a de disponible.</translation>
    </message>
    <message>
        <source>Close other programs, or split the document and import it in parts.</source>
        <translation>Fermez d’autres programmes, ou divisez le document et importez-le en plusieurs parties.</translation>
    </message>
    <message>
        <source>{name} could not be read (the file is damaged or not a {format} document).</source>
        <translation>Impossible de lire {name} (le fichier est endommagé ou n’est pas un document {format}).</translation>
    </message>
    <message>
        <source>Open it in the program that made it and save it again, then import that.</source>
        <translation>Ouvrez-le dans le programme qui l’a créé, enregistrez-le de nouveau, puis importez cette copie.</translation>
    </message>
    <message>
        <source>Ask for the pack file again.</source>
        <translation>Demandez à nouveau le fichier du dossier.</translation>
    </message>
    <message>
        <source>{name} is not a Briefpack pack file (it is not text).</source>
        <translation>{name} n’est pas un fichier de dossier Briefpack (ce n’est pas du texte).</translation>
    </message>
    <message>
        <source>{name} is incomplete: it stops in the middle of the pack.</source>
        <translation>{name} est incomplet : il s’arrête au milieu du dossier.</translation>
    </message>
    <message>
        <source>It was probably cut short while being copied or sent. Ask for the file again.</source>
        <translation>Il a sans doute été tronqué lors d’une copie ou d’un envoi. Demandez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>{name} is not a Briefpack pack file (it is not valid JSON).</source>
        <translation>{name} n’est pas un fichier de dossier Briefpack (ce n’est pas du JSON valide).</translation>
    </message>
    <message>
        <source>{name} is not a valid pack file.</source>
        <translation>{name} n’est pas un fichier de dossier valide.</translation>
    </message>
    <message>
        <source>{name} is not a Briefpack pack file.</source>
        <translation>{name} n’est pas un fichier de dossier Briefpack.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer Briefpack (pack format {version}; this one reads up to {known}).</source>
        <translation>{name} a été enregistré par une version plus récente de Briefpack (format de dossier {version} ; celle-ci lit jusqu’au format {known}).</translation>
    </message>
    <message>
        <source>Update Briefpack to open it, or ask the sender to export it from the same version.</source>
        <translation>Mettez Briefpack à jour pour l’ouvrir, ou demandez à l’expéditeur de l’exporter depuis la même version.</translation>
    </message>
    <message>
        <source>{name} is too large to be a pack file ({size} MB; at most {limit} MB).</source>
        <translation>{name} est trop volumineux pour être un fichier de dossier ({size} Mo ; au plus {limit} Mo).</translation>
    </message>
    <message>
        <source>{name} is not a valid pack file: its data is nested far deeper than a pack&apos;s.</source>
        <translation>{name} n’est pas un fichier de dossier valide : ses données sont imbriquées bien plus profondément que celles d’un dossier.</translation>
    </message>
    <message>
        <source>“{title}” was deleted by another Briefpack window or command; your changes were not saved.</source>
        <translation>« {title} » a été supprimé par une autre fenêtre ou commande Briefpack ; vos modifications n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Save it again to keep it (as it is on your screen), or save it as a copy.</source>
        <translation>Enregistrez-le de nouveau pour le conserver (tel qu’il est à l’écran), ou enregistrez-en une copie.</translation>
    </message>
    <message>
        <source>“{title}” was changed by another Briefpack window or command (saved {when} UTC) since you opened it; your changes were not saved over it.</source>
        <translation>« {title} » a été modifié par une autre fenêtre ou commande Briefpack (enregistré le {when} UTC) depuis que vous l’avez ouvert ; vos modifications n’ont pas été enregistrées par-dessus.</translation>
    </message>
    <message>
        <source>“{title}” was changed by another Briefpack window or command since you opened it; your changes were not saved over it.</source>
        <translation>« {title} » a été modifié par une autre fenêtre ou commande Briefpack depuis que vous l’avez ouvert ; vos modifications n’ont pas été enregistrées par-dessus.</translation>
    </message>
    <message>
        <source>Reload it to see the other change, save yours as a copy, or save again to replace it.</source>
        <translation>Rechargez-le pour voir l’autre modification, enregistrez la vôtre comme copie, ou enregistrez de nouveau pour la remplacer.</translation>
    </message>
    <message>
        <source>Another Briefpack window or command kept the data folder busy; nothing was changed.</source>
        <translation>Une autre fenêtre ou commande Briefpack a occupé le dossier de données trop longtemps ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Wait for it to finish (a large import can take a while) and try again.</source>
        <translation>Attendez qu’elle ait fini (une importation volumineuse peut prendre du temps) et réessayez.</translation>
    </message>
    <message>
        <source>Open it in Word and save it again.</source>
        <translation>Ouvrez-le dans Word et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Word 97-2003 document.</source>
        <translation>{name} est protégé par un mot de passe ou est un ancien document Word 97-2003.</translation>
    </message>
    <message>
        <source>Remove the password (File &gt; Info &gt; Protect Document) or save it as .docx, then import.</source>
        <translation>Retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le document) ou enregistrez-le au format .docx, puis importez-le.</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document (the archive is damaged).</source>
        <translation>{name} n’est pas un document Word lisible (l’archive est endommagée).</translation>
    </message>
    <message>
        <source>{name} is password-protected.</source>
        <translation>{name} est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>Remove the password in Word, then import.</source>
        <translation>Retirez le mot de passe dans Word, puis importez-le.</translation>
    </message>
    <message>
        <source>{name} is a zip archive but not a Word document (no word/document.xml).</source>
        <translation>{name} est une archive zip mais pas un document Word (pas de word/document.xml).</translation>
    </message>
    <message>
        <source>Choose a .docx saved by Word, LibreOffice or Google Docs.</source>
        <translation>Choisissez un .docx enregistré par Word, LibreOffice ou Google Docs.</translation>
    </message>
    <message>
        <source>{name} expands to more data than a document should ({size} MB in {part}); it was not opened.</source>
        <translation>{name} se décompresse en plus de données qu’un document ne devrait en contenir ({size} Mo dans {part}) ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The file may be damaged or built to exhaust memory. Save the document again from Word, or import it as PDF.</source>
        <translation>Le fichier est peut-être endommagé ou conçu pour épuiser la mémoire. Enregistrez de nouveau le document depuis Word, ou importez-le en PDF.</translation>
    </message>
    <message>
        <source>{name} could not be unpacked ({part}).</source>
        <translation>Impossible de décompresser {name} ({part}).</translation>
    </message>
    <message>
        <source>{name} expands to more data than a document should; it was not opened.</source>
        <translation>{name} se décompresse en plus de données qu’un document ne devrait en contenir ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The file may be damaged; save it again from Word.</source>
        <translation>Le fichier est peut-être endommagé ; enregistrez-le de nouveau depuis Word.</translation>
    </message>
    <message>
        <source>{name} contains XML declarations Word never writes; it was not opened.</source>
        <translation>{name} contient des déclarations XML que Word n’écrit jamais ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>Save the document again from Word.</source>
        <translation>Enregistrez de nouveau le document depuis Word.</translation>
    </message>
    <message>
        <source>{name} is damaged ({part} is not well-formed XML).</source>
        <translation>{name} est endommagé ({part} n’est pas du XML bien formé).</translation>
    </message>
    <message>
        <source>{name} has no document body.</source>
        <translation>{name} n’a pas de corps de document.</translation>
    </message>
    <message>
        <source>Open it with its password and save an unprotected copy, then import that.</source>
        <translation>Ouvrez-le avec son mot de passe, enregistrez une copie non protégée, puis importez cette copie.</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way Briefpack cannot open.</source>
        <translation>{name} est chiffré d’une manière que Briefpack ne peut pas ouvrir.</translation>
    </message>
    <message>
        <source>Save an unprotected copy (print to PDF) and import that.</source>
        <translation>Enregistrez une copie non protégée (imprimez en PDF) et importez-la.</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (the file is damaged).</source>
        <translation>{name} n’est pas un PDF lisible (le fichier est endommagé).</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save or print it to a new PDF.</source>
        <translation>Ouvrez-le dans un lecteur PDF, puis enregistrez-le ou imprimez-le dans un nouveau PDF.</translation>
    </message>
    <message>
        <source>{name} has {count} pages; Briefpack imports documents of up to {limit} pages.</source>
        <translation>{name} compte {count} pages ; Briefpack importe des documents de {limit} pages au plus.</translation>
    </message>
    <message>
        <source>Split the document and import the part with the recommendations.</source>
        <translation>Divisez le document et importez la partie qui contient les recommandations.</translation>
    </message>
    <message>
        <source>{name} could not be read to the end (a page is damaged).</source>
        <translation>Impossible de lire {name} jusqu’au bout (une page est endommagée).</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and print it to a new PDF, then import that.</source>
        <translation>Ouvrez-le dans un lecteur PDF, imprimez-le dans un nouveau PDF, puis importez ce dernier.</translation>
    </message>
    <message>
        <source>{name} has no text layer; OCR is not supported.</source>
        <translation>{name} n’a pas de couche de texte ; la reconnaissance de caractères (OCR) n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>It is probably a scan. Use a version with selectable text, or run OCR in another program and import its result.</source>
        <translation>Il s’agit sans doute d’un document numérisé. Utilisez une version dont le texte est sélectionnable, ou lancez l’OCR dans un autre programme et importez son résultat.</translation>
    </message>
    <message>
        <source>Briefpack opened the data folder {folder} read-only because {reason}: you can browse, search and export to another folder; nothing is saved there until you free space or make it writable and start Briefpack again.</source>
        <translation>Briefpack a ouvert le dossier de données {folder} en lecture seule, car {reason} : vous pouvez parcourir, rechercher et exporter dans un autre dossier ; rien n’y est enregistré tant que vous n’avez pas libéré de l’espace ou rendu le dossier accessible en écriture et redémarré Briefpack.</translation>
    </message>
    <message>
        <source>Nothing was saved: Briefpack opened your data folder read-only because {reason}.</source>
        <translation>Rien n’a été enregistré : Briefpack a ouvert votre dossier de données en lecture seule, car {reason}.</translation>
    </message>
    <message>
        <source>You can still browse, search and export to another folder. Free some space or make the folder writable, then start Briefpack again.</source>
        <translation>Vous pouvez toujours parcourir, rechercher et exporter dans un autre dossier. Libérez de l’espace ou rendez le dossier accessible en écriture, puis redémarrez Briefpack.</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk is full ({free} KB free)</source>
        <translation>le disque est plein ({free} Ko libres)</translation>
    </message>
    <message>
        <source>{label} was missing; its last good copy ({when}) is shown, but could not be put back because {blocked}.</source>
        <translation>{label} manquait ; sa dernière copie valide ({when}) est affichée, mais n’a pas pu être remise en place, car {blocked}.</translation>
    </message>
    <message>
        <source>{label} was missing; its last good copy ({when}) was restored.</source>
        <translation>{label} manquait ; sa dernière copie valide ({when}) a été restaurée.</translation>
    </message>
    <message>
        <source>{label} could not be read ({reason}); its last good copy ({when}) is shown. Nothing was moved or restored because {blocked}.</source>
        <translation>Impossible de lire {label} ({reason}) ; sa dernière copie valide ({when}) est affichée. Rien n’a été déplacé ni restauré, car {blocked}.</translation>
    </message>
    <message>
        <source>{label} could not be read ({reason}); Briefpack opened without it. Nothing was moved or restored because {blocked}.</source>
        <translation>Impossible de lire {label} ({reason}) ; Briefpack s’est ouvert sans lui. Rien n’a été déplacé ni restauré, car {blocked}.</translation>
    </message>
    <message>
        <source>Could not repair {label}.</source>
        <translation>Impossible de réparer {label}.</translation>
    </message>
    <message>
        <source>{label} could not be read ({reason}); it was set aside as {aside} and its last good copy ({when}) was restored. Changes saved after that copy are missing.</source>
        <translation>Impossible de lire {label} ({reason}) ; il a été mis de côté sous le nom {aside} et sa dernière copie valide ({when}) a été restaurée. Les modifications enregistrées après cette copie manquent.</translation>
    </message>
    <message>
        <source>{label} could not be read ({reason}) and has no good copy; it was set aside as {aside} and Briefpack started without it.</source>
        <translation>Impossible de lire {label} ({reason}), qui n’a pas de copie valide ; il a été mis de côté sous le nom {aside} et Briefpack a démarré sans lui.</translation>
    </message>
    <message>
        <source>1 record of {file} could not be used ({record}: {reason}); it was set aside in {aside}.</source>
        <translation>1 enregistrement de {file} n’a pas pu être utilisé ({record} : {reason}) ; il a été mis de côté dans {aside}.</translation>
    </message>
    <message>
        <source>1 record of {file} could not be used ({record}: {reason}); it was left out (nothing was moved because {blocked}).</source>
        <translation>1 enregistrement de {file} n’a pas pu être utilisé ({record} : {reason}) ; il a été laissé de côté (rien n’a été déplacé, car {blocked}).</translation>
    </message>
    <message>
        <source>{count} records of {file} could not be used ({record}: {reason}; and {more} more); they were set aside in {aside}.</source>
        <translation>{count} enregistrements de {file} n’ont pas pu être utilisés ({record} : {reason} ; et {more} de plus) ; ils ont été mis de côté dans {aside}.</translation>
    </message>
    <message>
        <source>{count} records of {file} could not be used ({record}: {reason}; and {more} more); they were left out (nothing was moved because {blocked}).</source>
        <translation>{count} enregistrements de {file} n’ont pas pu être utilisés ({record} : {reason} ; et {more} de plus) ; ils ont été laissés de côté (rien n’a été déplacé, car {blocked}).</translation>
    </message>
    <message>
        <source>The last good copy of {records} and more was restored.</source>
        <translation>Dernière copie valide rétablie : {records} et d’autres.</translation>
    </message>
    <message>
        <source>The last good copy of {records} was restored.</source>
        <translation>Dernière copie valide rétablie : {records}.</translation>
    </message>
    <message>
        <source>{table} record {name}</source>
        <translation>enregistrement {name} de {table}</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Une source doit avoir un titre.</translation>
    </message>
    <message>
        <source>A source with id &apos;{id}&apos; exists already.</source>
        <translation>Une source d’identifiant &apos;{id}&apos; existe déjà.</translation>
    </message>
    <message>
        <source>Choose another id or short title.</source>
        <translation>Choisissez un autre identifiant ou un autre titre court.</translation>
    </message>
    <message>
        <source>{title} is a bundled source and cannot be replaced.</source>
        <translation>{title} est une source fournie avec Briefpack et ne peut pas être remplacée.</translation>
    </message>
    <message>
        <source>An item with id &apos;{id}&apos; exists already.</source>
        <translation>Un élément d’identifiant &apos;{id}&apos; existe déjà.</translation>
    </message>
    <message>
        <source>A source with id &apos;{id}&apos; was just added by another Briefpack window or command; nothing was imported.</source>
        <translation>Une source d’identifiant &apos;{id}&apos; vient d’être ajoutée par une autre fenêtre ou commande Briefpack ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import again: the new source gets another id.</source>
        <translation>Importez de nouveau : la nouvelle source recevra un autre identifiant.</translation>
    </message>
    <message>
        <source>{title} is a bundled source; add items to your own sources.</source>
        <translation>{title} est une source fournie avec Briefpack ; ajoutez des éléments à vos propres sources.</translation>
    </message>
    <message>
        <source>Create a source first (library editor or &apos;briefpack import&apos;).</source>
        <translation>Créez d’abord une source (éditeur de la bibliothèque ou &apos;briefpack import&apos;).</translation>
    </message>
    <message>
        <source>Bundled items cannot be deleted.</source>
        <translation>Les éléments fournis avec Briefpack ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>Exclude it from a pack instead, or edit its tags.</source>
        <translation>Excluez-le plutôt d’un dossier, ou modifiez ses étiquettes.</translation>
    </message>
    <message>
        <source>Bundled sources cannot be deleted.</source>
        <translation>Les sources fournies avec Briefpack ne peuvent pas être supprimées.</translation>
    </message>
    <message>
        <source>An item needs its text.</source>
        <translation>Un élément doit avoir son texte.</translation>
    </message>
    <message>
        <source>The item&apos;s text is not in the source&apos;s full text.</source>
        <translation>Le texte de l’élément ne figure pas dans le texte intégral de la source.</translation>
    </message>
    <message>
        <source>Quote the source exactly, or add the passage to the source text.</source>
        <translation>Citez la source exactement, ou ajoutez le passage au texte de la source.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a valid item id.</source>
        <translation>&apos;{id}&apos; n’est pas un identifiant d’élément valide.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>{first} or {second} or {third}</source>
        <translation>{first}, {second} ou {third}</translation>
    </message>
    <message>
        <source>The from date &apos;{value}&apos; was ignored: use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>La date de début &apos;{value}&apos; a été ignorée : utilisez AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The to date &apos;{value}&apos; was ignored: use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>La date de fin &apos;{value}&apos; a été ignorée : utilisez AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Unknown {name} mode &apos;{mode}&apos; was read as &apos;any&apos;.</source>
        <translation>Le mode &apos;{mode}&apos; de {name}, inconnu, a été lu comme &apos;any&apos;.</translation>
    </message>
    <message>
        <source>year:{typed} was ignored: use year:2023 or year:2019-2023.</source>
        <translation>year:{typed} a été ignoré : utilisez year:2023 ou year:2019-2023.</translation>
    </message>
    <message>
        <source>The date range ends before it starts; the dates were swapped.</source>
        <translation>La période se termine avant de commencer ; les dates ont été inversées.</translation>
    </message>
    <message>
        <source>A closing bracket had no opening one; it was ignored.</source>
        <translation>Une parenthèse fermante n’avait pas d’ouvrante ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>OR needs words on both sides; the dangling OR was ignored.</source>
        <translation>OR demande des mots des deux côtés ; le OR isolé a été ignoré.</translation>
    </message>
    <message>
        <source>AND needs words on both sides; the dangling AND was ignored.</source>
        <translation>AND demande des mots des deux côtés ; le AND isolé a été ignoré.</translation>
    </message>
    <message>
        <source>NOT needs a word after it; the dangling NOT was ignored.</source>
        <translation>NOT demande un mot après lui ; le NOT isolé a été ignoré.</translation>
    </message>
    <message>
        <source>A bracket was not closed; it was closed at the end.</source>
        <translation>Une parenthèse n’était pas fermée ; elle a été fermée à la fin.</translation>
    </message>
    <message>
        <source>Only the first {count} words were used.</source>
        <translation>Seuls les {count} premiers mots ont été utilisés.</translation>
    </message>
    <message>
        <source>A quote was not closed; the phrase runs to the end.</source>
        <translation>Des guillemets n’étaient pas fermés ; l’expression va jusqu’à la fin.</translation>
    </message>
    <message>
        <source>&apos;-{term}&apos; cannot exclude by {field}; untick it in the filters instead.</source>
        <translation>&apos;-{term}&apos; ne peut pas exclure par {field} ; décochez-le plutôt dans les filtres.</translation>
    </message>
    <message>
        <source>&apos;*&apos; needs at least two letters before it.</source>
        <translation>&apos;*&apos; demande au moins deux lettres avant lui.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; needs at least two letters before &apos;*&apos;; searched without it.</source>
        <translation>&apos;{term}&apos; demande au moins deux lettres avant &apos;*&apos; ; recherché sans lui.</translation>
    </message>
    <message>
        <source>The search text was cut to its first {count} characters.</source>
        <translation>Le texte de la recherche a été réduit à ses {count} premiers caractères.</translation>
    </message>
    <message>
        <source>Unknown theme &apos;{value}&apos;: did you mean {choices}?</source>
        <translation>Thème inconnu &apos;{value}&apos; : vouliez-vous dire {choices} ?</translation>
    </message>
    <message>
        <source>Unknown audience &apos;{value}&apos;: did you mean {choices}?</source>
        <translation>Public inconnu &apos;{value}&apos; : vouliez-vous dire {choices} ?</translation>
    </message>
    <message>
        <source>Unknown kind &apos;{value}&apos;: did you mean {choices}?</source>
        <translation>Type inconnu &apos;{value}&apos; : vouliez-vous dire {choices} ?</translation>
    </message>
    <message>
        <source>Unknown source &apos;{value}&apos;: did you mean {choices}?</source>
        <translation>Source inconnue &apos;{value}&apos; : vouliez-vous dire {choices} ?</translation>
    </message>
    <message>
        <source>Unknown theme &apos;{value}&apos;. Known themes: {known}.</source>
        <translation>Thème inconnu &apos;{value}&apos;. Thèmes connus : {known}.</translation>
    </message>
    <message>
        <source>Unknown audience &apos;{value}&apos;. Known audiences: {known}.</source>
        <translation>Public inconnu &apos;{value}&apos;. Publics connus : {known}.</translation>
    </message>
    <message>
        <source>Unknown kind &apos;{value}&apos;. Known kinds: {known}.</source>
        <translation>Type inconnu &apos;{value}&apos;. Types connus : {known}.</translation>
    </message>
    <message>
        <source>Unknown source &apos;{value}&apos;. Known sources: {known}.</source>
        <translation>Source inconnue &apos;{value}&apos;. Sources connues : {known}.</translation>
    </message>
    <message>
        <source>Choose at least two candidates to merge.</source>
        <translation>Choisissez au moins deux candidats à fusionner.</translation>
    </message>
    <message>
        <source>A split must leave text on both sides.</source>
        <translation>Une scission doit laisser du texte des deux côtés.</translation>
    </message>
    <message>
        <source>Place the cut between two sentences or paragraphs.</source>
        <translation>Placez la coupure entre deux phrases ou deux paragraphes.</translation>
    </message>
    <message>
        <source>The edited text is not in the document.</source>
        <translation>Le texte modifié ne figure pas dans le document.</translation>
    </message>
    <message>
        <source>Items quote the source exactly: trim or extend the quote, or use split and merge.</source>
        <translation>Les éléments citent la source exactement : raccourcissez ou allongez la citation, ou utilisez Scinder et Fusionner.</translation>
    </message>
    <message>
        <source>This document was not imported before; there is nothing to update.</source>
        <translation>Ce document n’a pas été importé auparavant ; il n’y a rien à mettre à jour.</translation>
    </message>
    <message>
        <source>The new source needs a title.</source>
        <translation>La nouvelle source doit avoir un titre.</translation>
    </message>
    <message>
        <source>Give one with --title or in the review.</source>
        <translation>Donnez-en un avec --title ou dans la revue.</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>Cell text</source>
        <translation>Texte de la cellule</translation>
    </message>
    <message>
        <source>Briefpack crash report</source>
        <translation>Rapport d’incident de Briefpack</translation>
    </message>
    <message>
        <source>Briefpack: unexpected error</source>
        <translation>Briefpack : erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong that Briefpack did not expect: {error}</source>
        <translation>Briefpack a rencontré une erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>Your saved packs and library are safe. A crash log was written to {path}; please include it when you report the problem.</source>
        <translation>Vos dossiers enregistrés et votre bibliothèque sont intacts. Un journal d’incident a été écrit dans {path} ; joignez-le quand vous signalez le problème.</translation>
    </message>
    <message>
        <source>Check your most recent edits. Damaged files and records are kept in the data folder ({folder}) for inspection.</source>
        <translation>Vérifiez vos modifications les plus récentes. Les fichiers et enregistrements endommagés sont conservés dans le dossier de données ({folder}) pour examen.</translation>
    </message>
    <message>
        <source>Data folder repaired</source>
        <translation>Dossier de données réparé</translation>
    </message>
    <message>
        <source>Read-only: Briefpack opened your data folder read-only because {reason}. You can browse, search and export to another folder; changes cannot be saved.</source>
        <translation>Lecture seule : Briefpack a ouvert votre dossier de données en lecture seule, car {reason}. Vous pouvez parcourir, rechercher et exporter dans un autre dossier ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Read-only data folder</source>
        <translation>Dossier de données en lecture seule</translation>
    </message>
    <message>
        <source>Read-only data folder: nothing can be saved.</source>
        <translation>Dossier de données en lecture seule : rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Could not read a change made elsewhere</source>
        <translation>Impossible de lire une modification faite ailleurs</translation>
    </message>
    <message>
        <source>Updated with changes made in another Briefpack window or command.</source>
        <translation>Mis à jour avec les modifications faites dans une autre fenêtre ou commande Briefpack.</translation>
    </message>
    <message>
        <source>“{title}” was deleted in another Briefpack window or command.</source>
        <translation>« {title} » a été supprimé dans une autre fenêtre ou commande Briefpack.</translation>
    </message>
    <message>
        <source>“{title}” was deleted in another Briefpack window or command. Your unsaved edits are kept; saving will ask what to do.</source>
        <translation>« {title} » a été supprimé dans une autre fenêtre ou commande Briefpack. Vos modifications non enregistrées sont conservées ; l’enregistrement vous demandera quoi faire.</translation>
    </message>
    <message>
        <source>“{title}” was changed in another Briefpack window or command. Your unsaved edits are kept; saving will ask what to do.</source>
        <translation>« {title} » a été modifié dans une autre fenêtre ou commande Briefpack. Vos modifications non enregistrées sont conservées ; l’enregistrement vous demandera quoi faire.</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Détails de l’élément</translation>
    </message>
    <message>
        <source>Select an item to see it in full, with its source.</source>
        <translation>Sélectionnez un élément pour le voir en entier, avec sa source.</translation>
    </message>
    <message>
        <source>Item heading</source>
        <translation>En-tête de l’élément</translation>
    </message>
    <message>
        <source>The source text changed since you edited this item; check its tags.</source>
        <translation>Le texte de la source a changé depuis que vous avez modifié cet élément ; vérifiez ses étiquettes.</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Phrase introductive</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Copy the citation to the clipboard</source>
        <translation>Copier la référence dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <source>Copy the quote with its citation to the clipboard</source>
        <translation>Copier la citation et sa référence dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy quote with citation</source>
        <translation>Copier la citation et sa référence</translation>
    </message>
    <message>
        <source>Add to pack</source>
        <translation>Ajouter au dossier</translation>
    </message>
    <message>
        <source>Add this item to the pack</source>
        <translation>Ajouter cet élément au dossier</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Your note on this item (saved when you leave the field)</source>
        <translation>Votre note sur cet élément (enregistrée quand vous quittez le champ)</translation>
    </message>
    <message>
        <source>Item note</source>
        <translation>Note sur l’élément</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Drop your edits: back to the item&apos;s original tags and note</source>
        <translation>Abandonner vos modifications : revenir aux étiquettes et à la note d’origine de l’élément</translation>
    </message>
    <message>
        <source>Revert the item to its original tags and note</source>
        <translation>Rétablir les étiquettes et la note d’origine de l’élément</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Section: {section}</source>
        <translation>Section : {section}</translation>
    </message>
    <message>
        <source>Your own item: edit or delete it freely.</source>
        <translation>Votre propre élément : modifiez-le ou supprimez-le librement.</translation>
    </message>
    <message>
        <source>Bundled item with your edits (the original is kept).</source>
        <translation>Élément fourni, avec vos modifications (l’original est conservé).</translation>
    </message>
    <message>
        <source>Bundled item: your tag and note edits are kept as overrides.</source>
        <translation>Élément fourni : vos modifications d’étiquettes et de note sont conservées à part.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the source:&lt;/b&gt; {title}</source>
        <translation>&lt;b&gt;Dans la source :&lt;/b&gt; {title}</translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>Que faire : {hint}</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Détails : {detail}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copier les détails de l’erreur</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Exporter la note</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Identité visuelle</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Choisir le dossier de destination</translation>
    </message>
    <message>
        <source>Page budget</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <source>&amp;Keep to the page target</source>
        <translation>&amp;Tenir dans le nombre de pages prévu</translation>
    </message>
    <message>
        <source>Keep to the page target</source>
        <translation>Tenir dans le nombre de pages prévu</translation>
    </message>
    <message>
        <source>Leave out the lowest-ranked items until the brief fits its template&apos;s page target; the items left out are listed after the export.</source>
        <translation>Laisser de côté les éléments les moins bien classés jusqu’à ce que la note tienne dans le nombre de pages prévu par son modèle ; les éléments écartés sont indiqués après l’exportation.</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>B&amp;randing</source>
        <translation>&amp;Identité visuelle</translation>
    </message>
    <message>
        <source>&amp;Formats</source>
        <translation>&amp;Formats</translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation>&amp;Enregistrer dans</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’exportation</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Fichiers exportés</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’exportation</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Ouvrir le fichier exporté</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation>Afficher les fichiers exportés dans leur dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <source>Replaces {files}.</source>
        <translation>Remplace {files}.</translation>
    </message>
    <message>
        <source>Measuring pages…</source>
        <translation>Mesure des pages…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Over the target:&lt;/b&gt; {text} Tick below to keep the best-ranked items that fit.</source>
        <translation>&lt;b&gt;Au-delà du nombre prévu :&lt;/b&gt; {text} Cochez ci-dessous pour garder les éléments les mieux classés qui tiennent.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Kept to %n page(s): </source>
        <translation>
            <numerusform>Limité à %n page : </numerusform>
            <numerusform>Limité à %n pages : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lower-ranked item(s) left out: {items}.</source>
        <translation>
            <numerusform>%n élément moins bien classé écarté : {items}.</numerusform>
            <numerusform>%n éléments moins bien classés écartés : {items}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}{pages}.</source>
        <translation>
            <numerusform>%n fichier exporté dans {folder}{pages}.</numerusform>
            <numerusform>%n fichiers exportés dans {folder}{pages}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the page target: {budget}.</source>
        <translation>Au-delà du nombre de pages prévu : {budget}.</translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>À vérifier : </translation>
    </message>
    <message>
        <source>The export failed; nothing was written.</source>
        <translation>L’exportation a échoué ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>A crash log was written to {path}.</source>
        <translation>Un journal d’incident a été écrit dans {path}.</translation>
    </message>
    <message>
        <source>{tip} (ticked by the search text)</source>
        <translation>{tip} (coché par le texte de la recherche)</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Show or hide {facet}</source>
        <translation>Afficher ou masquer : {facet}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>l’un</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Match items with any of the ticked {facet}, or with all of them</source>
        <translation>Trouver les éléments qui ont l’un des {facet} cochés, ou tous</translation>
    </message>
    <message>
        <source>{facet}: match any or all</source>
        <translation>{facet} : l’un ou tous</translation>
    </message>
    <message>
        <source>Clear {facet}</source>
        <translation>Effacer : {facet}</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Years select a range</source>
        <translation>Les années choisissent une période</translation>
    </message>
    <message>
        <source>This computer has no program set up to open {kind}, so the {what} could not be opened.</source>
        <translation>Aucun programme n’est configuré sur cet ordinateur pour ouvrir {kind} ; {what} n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>It is saved at {path}. Open it from your file manager, or install a program for {kind}.</source>
        <translation>Il est enregistré dans {path}. Ouvrez-le depuis votre gestionnaire de fichiers ou installez un programme pour {kind}.</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Briefpack guide</source>
        <translation>Guide de Briefpack</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texte du guide</translation>
    </message>
    <message>
        <source># Briefpack guide

The guide could not be read ({error}): {path}.</source>
        <translation># Guide de Briefpack

Le guide n’a pas pu être lu ({error}) : {path}.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>S&amp;hort title</source>
        <translation>Titre &amp;abrégé</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;Auteur institutionnel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>S&amp;ymbol</source>
        <translation>&amp;Cote</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>Adresse &amp;Web</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Session and agenda item</source>
        <translation>Session et point de l’ordre du jour</translation>
    </message>
    <message>
        <source> — document {number} of {count}</source>
        <translation> — document {number} sur {count}</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Vérification de l’importation</translation>
    </message>
    <message>
        <source>Update the earlier import</source>
        <translation>Mettre à jour l’importation précédente</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Tout a&amp;ccepter</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Join the selected candidates into one item</source>
        <translation>Réunir les candidats sélectionnés en un seul élément</translation>
    </message>
    <message>
        <source>S&amp;plit at cursor</source>
        <translation>&amp;Scinder au curseur</translation>
    </message>
    <message>
        <source>Cut the candidate in two where the cursor is in its text</source>
        <translation>Couper le candidat en deux à l’endroit du curseur dans son texte</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Candidate text</source>
        <translation>Texte du candidat</translation>
    </message>
    <message>
        <source>Apply changes to this candidate</source>
        <translation>Appliquer les modifications à ce candidat</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Locator</source>
        <translation>&amp;Emplacement</translation>
    </message>
    <message>
        <source>Secti&amp;on</source>
        <translation>Secti&amp;on</translation>
    </message>
    <message>
        <source>Lead-i&amp;n</source>
        <translation>Phrase i&amp;ntroductive</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <source>&amp;Import into the library</source>
        <translation>&amp;Importer dans la bibliothèque</translation>
    </message>
    <message>
        <source>Import into the library</source>
        <translation>Importer dans la bibliothèque</translation>
    </message>
    <message>
        <source>S&amp;kip this document</source>
        <translation>&amp;Passer ce document</translation>
    </message>
    <message>
        <source>Skip this document</source>
        <translation>Passer ce document</translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation>Arrêter l’importation</translation>
    </message>
    <message>
        <source>Update the earlier import ({reason}: {source}) instead of adding a new source</source>
        <translation>Mettre à jour l’importation précédente ({reason} : {source}) au lieu d’ajouter une nouvelle source</translation>
    </message>
    <message>
        <source>{accepted} of {count} accepted</source>
        <translation>{accepted} sur {count} acceptés</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Modifier le candidat</translation>
    </message>
    <message>
        <source>Edit source {name}</source>
        <translation>Modifier la source {name}</translation>
    </message>
    <message>
        <source>Update earlier import</source>
        <translation>Mettre à jour l’importation précédente</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importer comme nouvelle source</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Importation impossible</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Importer %n élément</numerusform>
            <numerusform>Importer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md *.markdown);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.txt *.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n documents…</source>
        <translation>
            <numerusform>Lecture de %n document…</numerusform>
            <numerusform>Lecture de %n documents…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read {done} of {total} documents ({name})</source>
        <translation>{done} documents lus sur {total} ({name})</translation>
    </message>
    <message>
        <source>Could not read the documents</source>
        <translation>Impossible de lire les documents</translation>
    </message>
    <message>
        <source>no candidate items were found</source>
        <translation>aucun élément candidat n’a été trouvé</translation>
    </message>
    <message>
        <source>Could not read the document</source>
        <translation>Impossible de lire le document</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>%n document importé</numerusform>
            <numerusform>%n documents importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n item(s).</source>
        <translation>
            <numerusform> avec %n élément.</numerusform>
            <numerusform> avec %n éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not imported.</source>
        <translation>
            <numerusform>%n document non importé.</numerusform>
            <numerusform>%n documents non importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported:</source>
        <translation>
            <numerusform>%n n’a pas pu être importé :</numerusform>
            <numerusform>%n n’ont pas pu être importés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n quote(s) with citations.</source>
        <translation>
            <numerusform>%n citation copiée avec sa référence.</numerusform>
            <numerusform>%n citations copiées avec leurs références.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s). Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n élément supprimé. Annuler (Ctrl+Z) le rétablit.</numerusform>
            <numerusform>%n éléments supprimés. Annuler (Ctrl+Z) les rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revert %n item(s)</source>
        <translation>
            <numerusform>Rétablir %n élément</numerusform>
            <numerusform>Rétablir %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Add a key message</source>
        <translation>Ajouter un message clé</translation>
    </message>
    <message>
        <source>Remove the key message</source>
        <translation>Retirer le message clé</translation>
    </message>
    <message>
        <source>Move the key message up</source>
        <translation>Monter le message clé</translation>
    </message>
    <message>
        <source>Move the key message down</source>
        <translation>Descendre le message clé</translation>
    </message>
    <message>
        <source>New key message</source>
        <translation>Nouveau message clé</translation>
    </message>
    <message>
        <source>Could not edit the item</source>
        <translation>Impossible de modifier l’élément</translation>
    </message>
    <message>
        <source>Edit tags of {item}</source>
        <translation>Modifier les étiquettes de {item}</translation>
    </message>
    <message>
        <source>Edit note of {item}</source>
        <translation>Modifier la note de {item}</translation>
    </message>
    <message>
        <source>Could not revert the item</source>
        <translation>Impossible de rétablir l’élément</translation>
    </message>
    <message>
        <source>Revert {item}</source>
        <translation>Rétablir {item}</translation>
    </message>
    <message>
        <source>Could not add the source</source>
        <translation>Impossible d’ajouter la source</translation>
    </message>
    <message>
        <source>Add source {source}</source>
        <translation>Ajouter la source {source}</translation>
    </message>
    <message>
        <source>Could not add the item</source>
        <translation>Impossible d’ajouter l’élément</translation>
    </message>
    <message>
        <source>Add item {item}</source>
        <translation>Ajouter l’élément {item}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {item}</source>
        <translation>Supprimer {item}</translation>
    </message>
    <message>
        <source>Could not delete the item</source>
        <translation>Impossible de supprimer l’élément</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Titre abrégé</translation>
    </message>
    <message>
        <source>Used for repeat citations and the source id</source>
        <translation>Utilisé pour les références répétées et l’identifiant de la source</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Auteur institutionnel</translation>
    </message>
    <message>
        <source>e.g. Inter-Agency Coordination Group against Trafficking (ICAT)</source>
        <translation>p. ex. Groupe interinstitutions de coordination contre la traite des personnes (ICAT)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse Web</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texte intégral</translation>
    </message>
    <message>
        <source>Paste the document&apos;s full text: items must quote it exactly.</source>
        <translation>Collez le texte intégral du document : les éléments doivent le citer exactement.</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titre *</translation>
    </message>
    <message>
        <source>F&amp;ull text</source>
        <translation>Texte &amp;intégral</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter la source</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter l’élément</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Nouvelle source…</translation>
    </message>
    <message>
        <source>Source text: select the passage to quote</source>
        <translation>Texte de la source : sélectionnez le passage à citer</translation>
    </message>
    <message>
        <source>Use selected text</source>
        <translation>Utiliser le texte sélectionné</translation>
    </message>
    <message>
        <source>Use the selected source text as the item&apos;s text</source>
        <translation>Utiliser le texte sélectionné de la source comme texte de l’élément</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texte de l’élément</translation>
    </message>
    <message>
        <source>The exact words of the source</source>
        <translation>Les mots exacts de la source</translation>
    </message>
    <message>
        <source>e.g. paragraph 12, action 5</source>
        <translation>p. ex. paragraphe 12, action 5</translation>
    </message>
    <message>
        <source>&amp;Text *</source>
        <translation>&amp;Texte *</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>S&amp;ection</translation>
    </message>
    <message>
        <source>Lead-&amp;in</source>
        <translation>Phrase &amp;introductive</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Create a source first: New source…</source>
        <translation>Créez d’abord une source : Nouvelle source…</translation>
    </message>
    <message>
        <source>Briefpack cannot start</source>
        <translation>Briefpack ne peut pas démarrer</translation>
    </message>
    <message>
        <source>&amp;New pack</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>Start a new briefing pack</source>
        <translation>Commencer un nouveau dossier d’information</translation>
    </message>
    <message>
        <source>New pack from the res&amp;ults</source>
        <translation>Nouveau dossier à partir des &amp;résultats</translation>
    </message>
    <message>
        <source>A new pack of the results and the key facts on the ticked themes; it keeps the search, so refresh adds what the library gains</source>
        <translation>Un nouveau dossier avec les résultats et les faits essentiels des thèmes cochés ; il garde la recherche, et l’actualisation y ajoute ce que la bibliothèque gagne</translation>
    </message>
    <message>
        <source>&amp;Open pack…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Browse and open saved packs</source>
        <translation>Parcourir et ouvrir les dossiers enregistrés</translation>
    </message>
    <message>
        <source>&amp;Save pack</source>
        <translation>&amp;Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Save the pack</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Save as &amp;copy</source>
        <translation>Enregistrer une &amp;copie</translation>
    </message>
    <message>
        <source>Save a copy of this pack under a new name</source>
        <translation>Enregistrer une copie de ce dossier sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Export brief…</source>
        <translation>E&amp;xporter la note…</translation>
    </message>
    <message>
        <source>Export the pack to Word or PDF</source>
        <translation>Exporter le dossier en Word ou en PDF</translation>
    </message>
    <message>
        <source>&amp;Import document…</source>
        <translation>&amp;Importer un document…</translation>
    </message>
    <message>
        <source>Import items from a document, reviewing each one</source>
        <translation>Importer des éléments d’un document en vérifiant chacun</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Briefpack</source>
        <translation>Quitter Briefpack</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Aller à la zone de recherche</translation>
    </message>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation>&amp;Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>&amp;Add to pack</source>
        <translation>&amp;Ajouter au dossier</translation>
    </message>
    <message>
        <source>Add the selected items to the pack</source>
        <translation>Ajouter les éléments sélectionnés au dossier</translation>
    </message>
    <message>
        <source>Add a&amp;ll results to this pack</source>
        <translation>Ajouter &amp;tous les résultats à ce dossier</translation>
    </message>
    <message>
        <source>Add every item of the current results to the open pack</source>
        <translation>Ajouter chaque élément des résultats actuels au dossier ouvert</translation>
    </message>
    <message>
        <source>&amp;Copy quote with citation</source>
        <translation>&amp;Copier la citation et sa référence</translation>
    </message>
    <message>
        <source>Copy the selected quotes with their citations</source>
        <translation>Copier les citations sélectionnées et leurs références</translation>
    </message>
    <message>
        <source>Show in &amp;source</source>
        <translation>Afficher dans la &amp;source</translation>
    </message>
    <message>
        <source>Show the item inside its source text</source>
        <translation>Afficher l’élément dans le texte de sa source</translation>
    </message>
    <message>
        <source>&amp;Delete my item</source>
        <translation>&amp;Supprimer mon élément</translation>
    </message>
    <message>
        <source>Delete the selected items you added (bundled items cannot be deleted)</source>
        <translation>Supprimer les éléments sélectionnés que vous avez ajoutés (les éléments fournis ne peuvent pas être supprimés)</translation>
    </message>
    <message>
        <source>Re&amp;vert to original tags</source>
        <translation>Rétablir les étiquettes d’&amp;origine</translation>
    </message>
    <message>
        <source>Drop your edits to the selected bundled items</source>
        <translation>Abandonner vos modifications des éléments fournis sélectionnés</translation>
    </message>
    <message>
        <source>New &amp;source…</source>
        <translation>Nouvelle &amp;source…</translation>
    </message>
    <message>
        <source>Add a document of your own</source>
        <translation>Ajouter un document à vous</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>Ajouter un &amp;élément…</translation>
    </message>
    <message>
        <source>Quote a passage from one of your sources</source>
        <translation>Citer un passage de l’une de vos sources</translation>
    </message>
    <message>
        <source>&amp;Filters pane</source>
        <translation>Volet des &amp;filtres</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Afficher ou masquer les filtres</translation>
    </message>
    <message>
        <source>&amp;Pack pane</source>
        <translation>Volet du &amp;dossier</translation>
    </message>
    <message>
        <source>Show or hide the open pack</source>
        <translation>Afficher ou masquer le dossier ouvert</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Author, organisation, template and branding for new packs, languages, export folder</source>
        <translation>Auteur, organisation, modèle et identité visuelle des nouveaux dossiers, langues, dossier d’exportation</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the brief, with a preview</source>
        <translation>Imprimer la note, avec un aperçu</translation>
    </message>
    <message>
        <source>Briefpack &amp;guide</source>
        <translation>&amp;Guide de Briefpack</translation>
    </message>
    <message>
        <source>A short guide to Briefpack</source>
        <translation>Un court guide de Briefpack</translation>
    </message>
    <message>
        <source>Search &amp;syntax</source>
        <translation>&amp;Syntaxe de recherche</translation>
    </message>
    <message>
        <source>&amp;About Briefpack</source>
        <translation>À &amp;propos de Briefpack</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>Message de recherche</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Chargement de la bibliothèque…</translation>
    </message>
    <message>
        <source>The library could not be loaded.</source>
        <translation>La bibliothèque n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Could not load the library</source>
        <translation>Impossible de charger la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n item(s)</source>
        <translation>
            <numerusform>{shown} sur %n élément</numerusform>
            <numerusform>{shown} sur %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>About Briefpack</source>
        <translation>À propos de Briefpack</translation>
    </message>
    <message>
        <source>&lt;b&gt;Briefpack {version}&lt;/b&gt;&lt;p&gt;Tagged anti-trafficking recommendations, quoted exactly and cited, assembled into briefs for Word and PDF. Works offline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Briefpack {version}&lt;/b&gt;&lt;p&gt;Des recommandations contre la traite des personnes, étiquetées, citées exactement avec leurs références et assemblées en notes pour Word et PDF. Fonctionne hors ligne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Build: {build}&lt;br&gt;Python {python}, Qt {qt}, PySide6 {pyside}&lt;br&gt;Data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version construite : {build}&lt;br&gt;Python {python}, Qt {qt}, PySide6 {pyside}&lt;br&gt;Dossier de données : {folder}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Composing</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Writing PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <source>Writing DOCX</source>
        <translation>Écriture du fichier Word</translation>
    </message>
    <message>
        <source>Writing Markdown</source>
        <translation>Écriture du Markdown</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>{items}: {pages}</source>
        <translation>{items} : {pages}</translation>
    </message>
    <message>
        <source>(target {target})</source>
        <translation>(prévu : {target})</translation>
    </message>
    <message numerus="yes">
        <source>the best-ranked %n fit</source>
        <translation>
            <numerusform>le mieux classé tient</numerusform>
            <numerusform>les %n mieux classés tiennent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match the selection</source>
        <translation>
            <numerusform>%n élément correspond à la sélection</numerusform>
            <numerusform>%n éléments correspondent à la sélection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more left out by the limit)</source>
        <translation>
            <numerusform>(%n autre écarté par la limite)</numerusform>
            <numerusform>(%n autres écartés par la limite)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key fact(s) on its themes ({themes}) were added: the brief prints them in its key-facts box</source>
        <translation>
            <numerusform>%n fait essentiel sur ses thèmes ({themes}) a été ajouté : la note l’imprime dans son encadré de faits essentiels</numerusform>
            <numerusform>%n faits essentiels sur ses thèmes ({themes}) ont été ajoutés : la note les imprime dans son encadré de faits essentiels</numerusform>
        </translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>The pack changed elsewhere</source>
        <translation>Le dossier a changé ailleurs</translation>
    </message>
    <message>
        <source>Keep both by saving yours as a copy, replace the other version with yours, or show the other version (your unsaved edits are then dropped).</source>
        <translation>Gardez les deux en enregistrant le vôtre comme copie, remplacez l’autre version par la vôtre, ou affichez l’autre version (vos modifications non enregistrées sont alors abandonnées).</translation>
    </message>
    <message>
        <source>Save mine as a copy</source>
        <translation>Enregistrer le mien comme copie</translation>
    </message>
    <message>
        <source>Replace with mine</source>
        <translation>Remplacer par le mien</translation>
    </message>
    <message>
        <source>Show the other version</source>
        <translation>Afficher l’autre version</translation>
    </message>
    <message>
        <source>Saved “{title}” together with the change made elsewhere.</source>
        <translation>« {title} » enregistré avec la modification faite ailleurs.</translation>
    </message>
    <message>
        <source>Saved “{title}”, replacing the version saved elsewhere.</source>
        <translation>« {title} » enregistré, en remplaçant la version enregistrée ailleurs.</translation>
    </message>
    <message>
        <source>Showing “{title}” as saved elsewhere.</source>
        <translation>Affichage de « {title} » tel qu’enregistré ailleurs.</translation>
    </message>
    <message>
        <source>Not saved: the pack changed elsewhere.</source>
        <translation>Non enregistré : le dossier a changé ailleurs.</translation>
    </message>
    <message>
        <source>Untitled brief</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>New pack: add quotes from the results, then save (Ctrl+S).</source>
        <translation>Nouveau dossier : ajoutez des citations depuis les résultats, puis enregistrez (Ctrl+S).</translation>
    </message>
    <message>
        <source>Could not start a pack from this search</source>
        <translation>Impossible de commencer un dossier à partir de cette recherche</translation>
    </message>
    <message>
        <source>Tick themes or audiences, or type a search, to start a pack from the results.</source>
        <translation>Cochez des thèmes ou des publics, ou tapez une recherche, pour commencer un dossier à partir des résultats.</translation>
    </message>
    <message>
        <source>New pack: {summary} Name it, then save with Ctrl+S.</source>
        <translation>Nouveau dossier : {summary} Donnez-lui un nom, puis enregistrez avec Ctrl+S.</translation>
    </message>
    <message>
        <source>Could not open the pack</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>Opened “{title}”.</source>
        <translation>« {title} » ouvert.</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}.</source>
        <translation>« {title} » importé depuis {file}.</translation>
    </message>
    <message>
        <source>Opened “{title}”, imported earlier from {file}.</source>
        <translation>« {title} » ouvert (importé précédemment depuis {file}).</translation>
    </message>
    <message>
        <source>No recent packs</source>
        <translation>Aucun dossier récent</translation>
    </message>
    <message>
        <source>Could not save the pack</source>
        <translation>Impossible d’enregistrer le dossier</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>« {title} » enregistré.</translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation>Impossible d’enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved as “{title}”.</source>
        <translation>Enregistré sous « {title} ».</translation>
    </message>
    <message>
        <source>Already in “{title}”: nothing added.</source>
        <translation>Déjà dans « {title} » : rien n’a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source> (%n already there)</source>
        <translation>
            <numerusform> (%n déjà présent)</numerusform>
            <numerusform> (%n déjà présents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s) to “{title}”{also}.</source>
        <translation>
            <numerusform>%n élément ajouté à « {title} »{also}.</numerusform>
            <numerusform>%n éléments ajoutés à « {title} »{also}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or start a pack to export it.</source>
        <translation>Ouvrez ou commencez un dossier pour l’exporter.</translation>
    </message>
    <message>
        <source>Change template or branding</source>
        <translation>Changer de modèle ou d’identité visuelle</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>So&amp;us-titre</translation>
    </message>
    <message>
        <source>&amp;Meeting or event</source>
        <translation>&amp;Réunion ou manifestation</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;uteur</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>By theme (the chosen themes first)</source>
        <translation>Par thème (les thèmes choisis d’abord)</translation>
    </message>
    <message>
        <source>By theme, then by source</source>
        <translation>Par thème, puis par source</translation>
    </message>
    <message>
        <source>By theme, then by audience</source>
        <translation>Par thème, puis par public</translation>
    </message>
    <message>
        <source>By audience</source>
        <translation>Par public</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Par source</translation>
    </message>
    <message>
        <source>By kind (recommendations, commitments, facts)</source>
        <translation>Par type (recommandations, engagements, faits)</translation>
    </message>
    <message>
        <source>By source, in the documents&apos; order</source>
        <translation>Par source, dans l’ordre des documents</translation>
    </message>
    <message>
        <source>In the order of the entries</source>
        <translation>Dans l’ordre des entrées</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Pack details</source>
        <translation>Détails du dossier</translation>
    </message>
    <message>
        <source>e.g. 14 May 2025</source>
        <translation>p. ex. 14 mai 2025</translation>
    </message>
    <message>
        <source>Audience note</source>
        <translation>Note sur le public</translation>
    </message>
    <message>
        <source>Who the brief is for and what they need from it</source>
        <translation>À qui la note est destinée et ce qu’ils en attendent</translation>
    </message>
    <message>
        <source>Audience &amp;note</source>
        <translation>&amp;Note sur le public</translation>
    </message>
    <message>
        <source>&amp;Key messages</source>
        <translation>Messages &amp;clés</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>&amp;Grouping</source>
        <translation>&amp;Regroupement</translation>
    </message>
    <message>
        <source>&amp;Branding</source>
        <translation>&amp;Identité visuelle</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Langue de la note</translation>
    </message>
    <message>
        <source>The language the brief&apos;s headings, labels and dates are written in; the quotes stay in their own</source>
        <translation>La langue des titres, libellés et dates de la note ; les citations restent dans la leur</translation>
    </message>
    <message>
        <source>As the window ({language})</source>
        <translation>Comme la fenêtre ({language})</translation>
    </message>
    <message>
        <source>{value} (not installed)</source>
        <translation>{value} (non installé)</translation>
    </message>
    <message>
        <source>Pack editor</source>
        <translation>Éditeur de dossier</translation>
    </message>
    <message>
        <source>Pack title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>● unsaved</source>
        <translation>● non enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The pack has changes that are not saved (Ctrl+S saves)</source>
        <translation>Le dossier a des modifications non enregistrées (Ctrl+S enregistre)</translation>
    </message>
    <message>
        <source>Pack summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected entries up (Alt+Up)</source>
        <translation>Monter les entrées sélectionnées (Alt+Haut)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected entries down (Alt+Down)</source>
        <translation>Descendre les entrées sélectionnées (Alt+Bas)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Pin: refresh never removes the entry</source>
        <translation>Épingler : l’actualisation ne retire jamais l’entrée</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Exclude: keep listed but leave out of the brief</source>
        <translation>Exclure : garder dans la liste mais hors de la note</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected entries from the pack (Delete)</source>
        <translation>Retirer les entrées sélectionnées du dossier (Suppr)</translation>
    </message>
    <message>
        <source>Note on the selected entry</source>
        <translation>Note sur l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>Note on this entry, printed under the quote (saved when you leave the field)</source>
        <translation>Note sur cette entrée, imprimée sous la citation (enregistrée quand vous quittez le champ)</translation>
    </message>
    <message>
        <source>Pack sections</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Entrées</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>Monter l’entrée</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>Descendre l’entrée</translation>
    </message>
    <message>
        <source>Remove from pack</source>
        <translation>Retirer du dossier</translation>
    </message>
    <message>
        <source>Exclude from the brief</source>
        <translation>Exclure de la note</translation>
    </message>
    <message numerus="yes">
        <source>%n in the brief</source>
        <translation>
            <numerusform>%n dans la note</numerusform>
            <numerusform>%n dans la note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n excluded</source>
        <translation>
            <numerusform>, %n exclu</numerusform>
            <numerusform>, %n exclus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to the pack</source>
        <translation>
            <numerusform>Ajouter %n élément au dossier</numerusform>
            <numerusform>Ajouter %n éléments au dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>Include items again</source>
        <translation>Inclure de nouveau les éléments</translation>
    </message>
    <message numerus="yes">
        <source>Move %n entry(ies)</source>
        <translation>
            <numerusform>Déplacer %n entrée</numerusform>
            <numerusform>Déplacer %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(ies)</source>
        <translation>
            <numerusform>Retirer %n entrée</numerusform>
            <numerusform>Retirer %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Rename the pack</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>Edit the pack&apos;s details</source>
        <translation>Modifier les détails du dossier</translation>
    </message>
    <message>
        <source>Edit key messages</source>
        <translation>Modifier les messages clés</translation>
    </message>
    <message>
        <source>Pack entries</source>
        <translation>Entrées du dossier</translation>
    </message>
    <message>
        <source>Pinned (kept by refresh) or excluded (listed, not in the brief)</source>
        <translation>Épinglé (gardé par l’actualisation) ou exclu (dans la liste, pas dans la note)</translation>
    </message>
    <message>
        <source>(missing item {item})</source>
        <translation>(élément manquant {item})</translation>
    </message>
    <message>
        <source> (from the pack&apos;s own copy: not in this library)</source>
        <translation> (copie propre au dossier : absent de cette bibliothèque)</translation>
    </message>
    <message>
        <source> (missing: cannot be built)</source>
        <translation> (manquant : ne peut pas être produit)</translation>
    </message>
    <message>
        <source>Double-click to add a note for this item</source>
        <translation>Double-cliquez pour ajouter une note à cet élément</translation>
    </message>
    <message>
        <source>Excluded: listed, not in the brief</source>
        <translation>Exclu : dans la liste, pas dans la note</translation>
    </message>
    <message>
        <source>Pinned: refresh never removes it</source>
        <translation>Épinglé : l’actualisation ne le retire jamais</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>No pack is open.
Start one, then add quotes from the results
(select them and press Ctrl+Return, or drag them here).</source>
        <translation>Aucun dossier n’est ouvert.
Commencez-en un, puis ajoutez des citations depuis les résultats
(sélectionnez-les et appuyez sur Ctrl+Entrée, ou faites-les glisser ici).</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Open pack…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open pack</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Could not change the pack</source>
        <translation>Impossible de modifier le dossier</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message numerus="yes">
        <source> (+%n excluded)</source>
        <translation>
            <numerusform> (+%n exclu)</numerusform>
            <numerusform> (+%n exclus)</numerusform>
        </translation>
    </message>
    <message>
        <source>recent</source>
        <translation>récent</translation>
    </message>
    <message>
        <source>; last exported {time}</source>
        <translation>; dernière exportation {time}</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Search packs</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Search packs by title, meeting or date</source>
        <translation>Rechercher des dossiers par titre, réunion ou date</translation>
    </message>
    <message>
        <source>Saved packs</source>
        <translation>Dossiers enregistrés</translation>
    </message>
    <message>
        <source>No saved packs yet: start one with New pack (Ctrl+N).</source>
        <translation>Aucun dossier enregistré pour l’instant : commencez-en un avec Nouveau dossier (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Refresh…</source>
        <translation>&amp;Actualiser…</translation>
    </message>
    <message>
        <source>See what changed in the library for this pack, and choose what to apply</source>
        <translation>Voir ce qui a changé dans la bibliothèque pour ce dossier et choisir ce qu’il faut appliquer</translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation>Enregistrer comme &amp;fichier…</translation>
    </message>
    <message>
        <source>Write a .briefpack file to share (it embeds its quotes)</source>
        <translation>Écrire un fichier .briefpack à partager (il contient ses citations)</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>No pack matches the search.</source>
        <translation>Aucun dossier ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Could not duplicate the pack</source>
        <translation>Impossible de dupliquer le dossier</translation>
    </message>
    <message>
        <source>Delete pack</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the pack “{title}”? This cannot be undone.</source>
        <translation>Supprimer le dossier « {title} » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Could not delete the pack</source>
        <translation>Impossible de supprimer le dossier</translation>
    </message>
    <message>
        <source>Could not check the pack</source>
        <translation>Impossible de vérifier le dossier</translation>
    </message>
    <message>
        <source>Save pack as file</source>
        <translation>Enregistrer le dossier comme fichier</translation>
    </message>
    <message>
        <source>Briefpack files (*.briefpack)</source>
        <translation>Fichiers Briefpack (*.briefpack)</translation>
    </message>
    <message>
        <source>Could not save the pack file</source>
        <translation>Impossible d’enregistrer le fichier du dossier</translation>
    </message>
    <message>
        <source>Import pack file</source>
        <translation>Importer un fichier de dossier</translation>
    </message>
    <message>
        <source>Pack already imported</source>
        <translation>Dossier déjà importé</translation>
    </message>
    <message>
        <source>Could not import the pack file</source>
        <translation>Impossible d’importer le fichier du dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not in your library; the pack keeps its own copy of their quotes.</source>
        <translation>
            <numerusform>%n élément n’est pas dans votre bibliothèque ; le dossier garde sa propre copie de sa citation.</numerusform>
            <numerusform>%n éléments ne sont pas dans votre bibliothèque ; le dossier garde sa propre copie de leurs citations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) differ from your library&apos;s version; both are kept and marked in the pack.</source>
        <translation>
            <numerusform>%n élément diffère de la version de votre bibliothèque ; les deux sont conservés et signalés dans le dossier.</numerusform>
            <numerusform>%n éléments diffèrent de la version de votre bibliothèque ; les deux sont conservés et signalés dans le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown tags were ignored: {tags}.</source>
        <translation>Des étiquettes inconnues ont été ignorées : {tags}.</translation>
    </message>
    <message>
        <source>Pack imported</source>
        <translation>Dossier importé</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Your name, on every new brief</source>
        <translation>Votre nom, sur chaque nouvelle note</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Program default (meeting brief)</source>
        <translation>Par défaut (note de réunion)</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Default branding</source>
        <translation>Identité visuelle par défaut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Briefpack will speak {language} when it restarts.</source>
        <translation>Briefpack parlera {language} à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The language of the program&apos;s own words (menus, messages) and of a new brief; a change takes effect when Briefpack restarts</source>
        <translation>La langue des mots du programme (menus, messages) et d’une nouvelle note ; un changement prend effet au redémarrage de Briefpack</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Vérification orthographique</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Underline misspelt words in notes and key messages</source>
        <translation>Souligner les fautes d’orthographe dans les notes et les messages clés</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Dossier d’exportation par défaut</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Choisir le dossier d’exportation par défaut</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Your packs, your edits and your own sources are kept here (BRIEFPACK_HOME or --home chooses another)</source>
        <translation>Vos dossiers, vos modifications et vos propres sources sont conservés ici (BRIEFPACK_HOME ou --home en choisit un autre)</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Ouvrir le dossier de &amp;données</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>Default &amp;template</source>
        <translation>&amp;Modèle par défaut</translation>
    </message>
    <message>
        <source>Default &amp;branding</source>
        <translation>&amp;Identité visuelle par défaut</translation>
    </message>
    <message>
        <source>Author, organisation, template and branding are what a new pack starts with. A new language takes effect when Briefpack restarts.</source>
        <translation>Un nouveau dossier commence avec cet auteur, cette organisation, ce modèle et cette identité visuelle. Une nouvelle langue prend effet au redémarrage de Briefpack.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Spell checking</source>
        <translation>&amp;Vérification orthographique</translation>
    </message>
    <message>
        <source>&amp;Export to</source>
        <translation>E&amp;xporter dans</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <source>Could not save the preferences</source>
        <translation>Impossible d’enregistrer les préférences</translation>
    </message>
    <message>
        <source>Brief preview</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>État de l’aperçu</translation>
    </message>
    <message>
        <source>Preview unavailable: {error}</source>
        <translation>Aperçu indisponible : {error}</translation>
    </message>
    <message>
        <source>Open or create a pack to see its brief here.</source>
        <translation>Ouvrez ou créez un dossier pour voir sa note ici.</translation>
    </message>
    <message>
        <source>The pack “{title}” has changes that are not saved.</source>
        <translation>Le dossier « {title} » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>Changed in the library</source>
        <translation>Modifiés dans la bibliothèque</translation>
    </message>
    <message>
        <source>Use the library&apos;s new version</source>
        <translation>Utiliser la nouvelle version de la bibliothèque</translation>
    </message>
    <message>
        <source>New items matching the pack&apos;s rules</source>
        <translation>Nouveaux éléments correspondant aux règles du dossier</translation>
    </message>
    <message>
        <source>Add to the pack</source>
        <translation>Ajouter au dossier</translation>
    </message>
    <message>
        <source>Gone from the library</source>
        <translation>Disparus de la bibliothèque</translation>
    </message>
    <message>
        <source>Remove from the pack (unticked: keep the pack&apos;s own copy)</source>
        <translation>Retirer du dossier (décoché : garder la copie propre au dossier)</translation>
    </message>
    <message>
        <source>No longer matching the rules</source>
        <translation>Ne correspondant plus aux règles</translation>
    </message>
    <message>
        <source>Remove from the pack</source>
        <translation>Retirer du dossier</translation>
    </message>
    <message>
        <source>Refresh pack</source>
        <translation>Actualiser le dossier</translation>
    </message>
    <message>
        <source>The pack is up to date with the library.</source>
        <translation>Le dossier est à jour par rapport à la bibliothèque.</translation>
    </message>
    <message>
        <source>. Tick what to apply.</source>
        <translation>. Cochez ce qu’il faut appliquer.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Could not refresh the pack</source>
        <translation>Impossible d’actualiser le dossier</translation>
    </message>
    <message>
        <source>Rank in the search results</source>
        <translation>Rang dans les résultats de la recherche</translation>
    </message>
    <message>
        <source>The item&apos;s text, matches highlighted</source>
        <translation>Le texte de l’élément, correspondances surlignées</translation>
    </message>
    <message>
        <source>Themes the item is tagged with</source>
        <translation>Thèmes attribués à l’élément</translation>
    </message>
    <message>
        <source>Who the item is addressed to</source>
        <translation>À qui l’élément s’adresse</translation>
    </message>
    <message>
        <source>Recommendation, commitment or fact</source>
        <translation>Recommandation, engagement ou fait</translation>
    </message>
    <message>
        <source>The document quoted</source>
        <translation>Le document cité</translation>
    </message>
    <message>
        <source>The source&apos;s date</source>
        <translation>La date de la source</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Saved searches: choose one to restore its words and filters</source>
        <translation>Recherches enregistrées : choisissez-en une pour retrouver ses mots et ses filtres</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>Recherches…</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Enregistrer cette recherche…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>Delete the chosen saved search</source>
        <translation>Supprimer la recherche enregistrée choisie</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>Nom de cette recherche :</translation>
    </message>
    <message>
        <source>Could not save the search</source>
        <translation>Impossible d’enregistrer la recherche</translation>
    </message>
    <message>
        <source>Could not delete the saved search</source>
        <translation>Impossible de supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>Search the quotes as you type. Words match their forms (child, children); &quot;quoted phrases&quot; match in order; prefix* matches the start of words; AND, OR, NOT and -word combine; fields narrow the search: theme:children audience:justice kind:recommendation source:icat-child-2023 year:2023.</source>
        <translation>Recherche dans les citations pendant la frappe. Les mots trouvent leurs formes (child, children) ; les « expressions entre guillemets » sont cherchées dans l’ordre ; préfixe* trouve le début des mots ; AND, OR, NOT et -mot se combinent ; des champs précisent la recherche : theme:children audience:justice kind:recommendation source:icat-child-2023 year:2023.</translation>
    </message>
    <message>
        <source>Search quotes, e.g.  child protection  theme:children  audience:justice</source>
        <translation>Rechercher dans les citations, p. ex.  child protection  theme:children  audience:justice</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Clear the search (Esc)</source>
        <translation>Effacer la recherche (Échap)</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte de la source</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation>Ajouter « {word} » au dictionnaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Données : {folder}</translation>
    </message>
    <message>
        <source>Your packs, edits and sources are kept in {folder}</source>
        <translation>Vos dossiers, modifications et sources sont conservés dans {folder}</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Annuler/rétablir</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Print — {title}</source>
        <translation>Imprimer — {title}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crises</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologies</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Non punishment</source>
        <translation>Non-sanction</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Survivants</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Organes</translation>
    </message>
    <message>
        <source>Legal frameworks</source>
        <translation>Cadres juridiques</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation>Humanitaire</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
</context>
</TS>
