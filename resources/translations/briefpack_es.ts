<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>core</name>
    <message>
        <source>The disk is full; {name} was not written.</source>
        <translation>El disco está lleno; no se escribió {name}.</translation>
    </message>
    <message>
        <source>Free some space and try again. The previous file is unchanged.</source>
        <translation>Libere espacio y vuelva a intentarlo. El archivo anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>Briefpack may not write {path}.</source>
        <translation>Briefpack no tiene permiso para escribir {path}.</translation>
    </message>
    <message>
        <source>The file may be open in Word or another program, or the folder is read-only. Close it or choose another folder.</source>
        <translation>Puede que el archivo esté abierto en Word u otro programa, o que la carpeta sea de solo lectura. Ciérrelo o elija otra carpeta.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Create the folder or choose another one.</source>
        <translation>Cree la carpeta o elija otra.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk.</source>
        <translation>{folder} está en un disco de solo lectura.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>No se pudo escribir {path}.</translation>
    </message>
    <message>
        <source>Check the folder and try again.</source>
        <translation>Compruebe la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The brief needs a title.</source>
        <translation>La nota necesita un título.</translation>
    </message>
    <message>
        <source>Give it a title, e.g. the meeting&apos;s name.</source>
        <translation>Póngale un título, por ejemplo el nombre de la reunión.</translation>
    </message>
    <message>
        <source>The brief&apos;s title is {length} characters long; a title can have at most {limit}.</source>
        <translation>El título de la nota tiene {length} caracteres; un título puede tener como máximo {limit}.</translation>
    </message>
    <message>
        <source>Shorten the title; the subtitle and the meeting fields hold the rest.</source>
        <translation>Acorte el título; el subtítulo y el campo de la reunión recogen el resto.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Elija una carpeta a la que exportar.</translation>
    </message>
    <message>
        <source>Choose a .briefpack file saved by Briefpack.</source>
        <translation>Elija un archivo .briefpack guardado por Briefpack.</translation>
    </message>
    <message>
        <source>The file may have been edited by hand or damaged. Ask for it again.</source>
        <translation>Puede que el archivo se haya editado a mano o esté dañado. Pídalo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} no es un archivo.</translation>
    </message>
    <message>
        <source>Choose a .briefpack file.</source>
        <translation>Elija un archivo .briefpack.</translation>
    </message>
    <message>
        <source>Split the document, or import only the part with the recommendations.</source>
        <translation>Divida el documento, o importe solo la parte que contiene las recomendaciones.</translation>
    </message>
    <message>
        <source>{name} is not a PDF file (it does not start like one).</source>
        <translation>{name} no es un archivo PDF (no empieza como uno).</translation>
    </message>
    <message>
        <source>The file may be damaged or misnamed; open it in a PDF viewer to check.</source>
        <translation>Puede que el archivo esté dañado o mal nombrado; ábralo en un visor de PDF para comprobarlo.</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx is a zip archive; this file is not one).</source>
        <translation>{name} no es un documento de Word (un .docx es un archivo zip; este archivo no lo es).</translation>
    </message>
    <message>
        <source>The file may be damaged or misnamed; open and save it again in Word.</source>
        <translation>Puede que el archivo esté dañado o mal nombrado; ábralo y vuelva a guardarlo en Word.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Compruebe la ruta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a document.</source>
        <translation>{path} es una carpeta, no un documento.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Elija un archivo.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; the limit is {limit} MB).</source>
        <translation>{name} es demasiado grande para importarlo ({size} MB; el límite es de {limit} MB).</translation>
    </message>
    <message>
        <source>Could not read {name}.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
    <message>
        <source>Check that the file is not open elsewhere and that you may read it.</source>
        <translation>Compruebe que el archivo no esté abierto en otro lugar y que tenga permiso para leerlo.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>Choose a document that has text in it.</source>
        <translation>Elija un documento que contenga texto.</translation>
    </message>
    <message>
        <source>{name} has no text to import.</source>
        <translation>{name} no contiene texto que importar.</translation>
    </message>
    <message>
        <source>Choose a document with paragraphs of text.</source>
        <translation>Elija un documento con párrafos de texto.</translation>
    </message>
    <message>
        <source>{name} is too large to import as text ({size} MB; the limit is {limit} MB of text).</source>
        <translation>{name} es demasiado grande para importarlo como texto ({size} MB; el límite es de {limit} MB de texto).</translation>
    </message>
    <message>
        <source>{name} has too many lines to import as text ({lines}; the limit is {limit}).</source>
        <translation>{name} tiene demasiadas líneas para importarlo como texto ({lines}; el límite es de {limit}).</translation>
    </message>
    <message>
        <source>{name} needs more memory to read than is available.</source>
        <translation>Leer {name} requiere más memoria de la disponible.</translation>
    </message>
    <message>
        <source>Close other programs, or split the document and import it in parts.</source>
        <translation>Cierre otros programas, o divida el documento e impórtelo por partes.</translation>
    </message>
    <message>
        <source>{name} could not be read (the file is damaged or not a {format} document).</source>
        <translation>No se pudo leer {name} (el archivo está dañado o no es un documento {format}).</translation>
    </message>
    <message>
        <source>Open it in the program that made it and save it again, then import that.</source>
        <translation>Ábralo en el programa con el que se creó, vuelva a guardarlo e importe esa copia.</translation>
    </message>
    <message>
        <source>Ask for the pack file again.</source>
        <translation>Pida de nuevo el archivo de la carpeta.</translation>
    </message>
    <message>
        <source>{name} is not a Briefpack pack file (it is not text).</source>
        <translation>{name} no es un archivo de carpeta de Briefpack (no es texto).</translation>
    </message>
    <message>
        <source>{name} is incomplete: it stops in the middle of the pack.</source>
        <translation>{name} está incompleto: se interrumpe en medio de la carpeta.</translation>
    </message>
    <message>
        <source>It was probably cut short while being copied or sent. Ask for the file again.</source>
        <translation>Probablemente se cortó al copiarlo o enviarlo. Pida el archivo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is not a Briefpack pack file (it is not valid JSON).</source>
        <translation>{name} no es un archivo de carpeta de Briefpack (no es JSON válido).</translation>
    </message>
    <message>
        <source>{name} is not a valid pack file.</source>
        <translation>{name} no es un archivo de carpeta válido.</translation>
    </message>
    <message>
        <source>{name} is not a Briefpack pack file.</source>
        <translation>{name} no es un archivo de carpeta de Briefpack.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer Briefpack (pack format {version}; this one reads up to {known}).</source>
        <translation>{name} se guardó con una versión más reciente de Briefpack (formato de carpeta {version}; esta lee hasta el formato {known}).</translation>
    </message>
    <message>
        <source>Update Briefpack to open it, or ask the sender to export it from the same version.</source>
        <translation>Actualice Briefpack para abrirlo, o pida al remitente que lo exporte desde la misma versión.</translation>
    </message>
    <message>
        <source>{name} is too large to be a pack file ({size} MB; at most {limit} MB).</source>
        <translation>{name} es demasiado grande para ser un archivo de carpeta ({size} MB; como máximo {limit} MB).</translation>
    </message>
    <message>
        <source>{name} is not a valid pack file: its data is nested far deeper than a pack&apos;s.</source>
        <translation>{name} no es un archivo de carpeta válido: sus datos están anidados a mucha más profundidad que los de una carpeta.</translation>
    </message>
    <message>
        <source>“{title}” was deleted by another Briefpack window or command; your changes were not saved.</source>
        <translation>«{title}» fue eliminada por otra ventana u orden de Briefpack; sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Save it again to keep it (as it is on your screen), or save it as a copy.</source>
        <translation>Guárdela de nuevo para conservarla (tal como está en su pantalla) o guarde una copia.</translation>
    </message>
    <message>
        <source>“{title}” was changed by another Briefpack window or command (saved {when} UTC) since you opened it; your changes were not saved over it.</source>
        <translation>«{title}» fue modificada por otra ventana u orden de Briefpack (guardada el {when} UTC) desde que la abrió; sus cambios no se guardaron encima.</translation>
    </message>
    <message>
        <source>“{title}” was changed by another Briefpack window or command since you opened it; your changes were not saved over it.</source>
        <translation>«{title}» fue modificada por otra ventana u orden de Briefpack desde que la abrió; sus cambios no se guardaron encima.</translation>
    </message>
    <message>
        <source>Reload it to see the other change, save yours as a copy, or save again to replace it.</source>
        <translation>Vuelva a cargarla para ver el otro cambio, guarde la suya como copia o guarde de nuevo para reemplazarla.</translation>
    </message>
    <message>
        <source>Another Briefpack window or command kept the data folder busy; nothing was changed.</source>
        <translation>Otra ventana u orden de Briefpack mantuvo ocupada la carpeta de datos; no se cambió nada.</translation>
    </message>
    <message>
        <source>Wait for it to finish (a large import can take a while) and try again.</source>
        <translation>Espere a que termine (una importación grande puede tardar) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Open it in Word and save it again.</source>
        <translation>Ábralo en Word y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Word 97-2003 document.</source>
        <translation>{name} está protegido con contraseña o es un documento antiguo de Word 97-2003.</translation>
    </message>
    <message>
        <source>Remove the password (File &gt; Info &gt; Protect Document) or save it as .docx, then import.</source>
        <translation>Quite la contraseña (Archivo &gt; Información &gt; Proteger documento) o guárdelo como .docx y, a continuación, impórtelo.</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document (the archive is damaged).</source>
        <translation>{name} no es un documento de Word legible (el archivo comprimido está dañado).</translation>
    </message>
    <message>
        <source>{name} is password-protected.</source>
        <translation>{name} está protegido con contraseña.</translation>
    </message>
    <message>
        <source>Remove the password in Word, then import.</source>
        <translation>Quite la contraseña en Word y, a continuación, impórtelo.</translation>
    </message>
    <message>
        <source>{name} is a zip archive but not a Word document (no word/document.xml).</source>
        <translation>{name} es un archivo zip pero no un documento de Word (no contiene word/document.xml).</translation>
    </message>
    <message>
        <source>Choose a .docx saved by Word, LibreOffice or Google Docs.</source>
        <translation>Elija un .docx guardado con Word, LibreOffice o Google Docs.</translation>
    </message>
    <message>
        <source>{name} expands to more data than a document should ({size} MB in {part}); it was not opened.</source>
        <translation>{name} se descomprime en más datos de los que debería tener un documento ({size} MB en {part}); no se abrió.</translation>
    </message>
    <message>
        <source>The file may be damaged or built to exhaust memory. Save the document again from Word, or import it as PDF.</source>
        <translation>Puede que el archivo esté dañado o hecho para agotar la memoria. Vuelva a guardar el documento desde Word o impórtelo como PDF.</translation>
    </message>
    <message>
        <source>{name} could not be unpacked ({part}).</source>
        <translation>No se pudo descomprimir {name} ({part}).</translation>
    </message>
    <message>
        <source>{name} expands to more data than a document should; it was not opened.</source>
        <translation>{name} se descomprime en más datos de los que debería tener un documento; no se abrió.</translation>
    </message>
    <message>
        <source>The file may be damaged; save it again from Word.</source>
        <translation>Puede que el archivo esté dañado; vuelva a guardarlo desde Word.</translation>
    </message>
    <message>
        <source>{name} contains XML declarations Word never writes; it was not opened.</source>
        <translation>{name} contiene declaraciones XML que Word nunca escribe; no se abrió.</translation>
    </message>
    <message>
        <source>Save the document again from Word.</source>
        <translation>Vuelva a guardar el documento desde Word.</translation>
    </message>
    <message>
        <source>{name} is damaged ({part} is not well-formed XML).</source>
        <translation>{name} está dañado ({part} no es XML bien formado).</translation>
    </message>
    <message>
        <source>{name} has no document body.</source>
        <translation>{name} no tiene cuerpo de documento.</translation>
    </message>
    <message>
        <source>Open it with its password and save an unprotected copy, then import that.</source>
        <translation>Ábralo con su contraseña, guarde una copia sin protección e importe esa copia.</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way Briefpack cannot open.</source>
        <translation>{name} está cifrado de un modo que Briefpack no puede abrir.</translation>
    </message>
    <message>
        <source>Save an unprotected copy (print to PDF) and import that.</source>
        <translation>Guarde una copia sin protección (imprima a PDF) e impórtela.</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (the file is damaged).</source>
        <translation>{name} no es un PDF legible (el archivo está dañado).</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save or print it to a new PDF.</source>
        <translation>Ábralo en un visor de PDF y guárdelo o imprímalo en un PDF nuevo.</translation>
    </message>
    <message>
        <source>{name} has {count} pages; Briefpack imports documents of up to {limit} pages.</source>
        <translation>{name} tiene {count} páginas; Briefpack importa documentos de hasta {limit} páginas.</translation>
    </message>
    <message>
        <source>Split the document and import the part with the recommendations.</source>
        <translation>Divida el documento e importe la parte que contiene las recomendaciones.</translation>
    </message>
    <message>
        <source>{name} could not be read to the end (a page is damaged).</source>
        <translation>No se pudo leer {name} hasta el final (una página está dañada).</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and print it to a new PDF, then import that.</source>
        <translation>Ábralo en un visor de PDF, imprímalo en un PDF nuevo e importe ese.</translation>
    </message>
    <message>
        <source>{name} has no text layer; OCR is not supported.</source>
        <translation>{name} no tiene capa de texto; el reconocimiento de caracteres (OCR) no es compatible.</translation>
    </message>
    <message>
        <source>It is probably a scan. Use a version with selectable text, or run OCR in another program and import its result.</source>
        <translation>Probablemente sea un documento escaneado. Use una versión con texto seleccionable, o ejecute el OCR en otro programa e importe su resultado.</translation>
    </message>
    <message>
        <source>Briefpack opened the data folder {folder} read-only because {reason}: you can browse, search and export to another folder; nothing is saved there until you free space or make it writable and start Briefpack again.</source>
        <translation>Briefpack abrió la carpeta de datos {folder} en modo de solo lectura porque {reason}: puede examinar, buscar y exportar a otra carpeta; no se guarda nada en ella hasta que libere espacio o la haga escribible y vuelva a iniciar Briefpack.</translation>
    </message>
    <message>
        <source>Nothing was saved: Briefpack opened your data folder read-only because {reason}.</source>
        <translation>No se guardó nada: Briefpack abrió su carpeta de datos en modo de solo lectura porque {reason}.</translation>
    </message>
    <message>
        <source>You can still browse, search and export to another folder. Free some space or make the folder writable, then start Briefpack again.</source>
        <translation>Aún puede examinar, buscar y exportar a otra carpeta. Libere espacio o haga que la carpeta sea escribible y vuelva a iniciar Briefpack.</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is full ({free} KB free)</source>
        <translation>el disco está lleno ({free} KB libres)</translation>
    </message>
    <message>
        <source>{label} was missing; its last good copy ({when}) is shown, but could not be put back because {blocked}.</source>
        <translation>Faltaba {label}; se muestra su última copia válida ({when}), pero no se pudo restituir porque {blocked}.</translation>
    </message>
    <message>
        <source>{label} was missing; its last good copy ({when}) was restored.</source>
        <translation>Faltaba {label}; se restauró su última copia válida ({when}).</translation>
    </message>
    <message>
        <source>{label} could not be read ({reason}); its last good copy ({when}) is shown. Nothing was moved or restored because {blocked}.</source>
        <translation>No se pudo leer {label} ({reason}); se muestra su última copia válida ({when}). No se movió ni restauró nada porque {blocked}.</translation>
    </message>
    <message>
        <source>{label} could not be read ({reason}); Briefpack opened without it. Nothing was moved or restored because {blocked}.</source>
        <translation>No se pudo leer {label} ({reason}); Briefpack se abrió sin él. No se movió ni restauró nada porque {blocked}.</translation>
    </message>
    <message>
        <source>Could not repair {label}.</source>
        <translation>No se pudo reparar {label}.</translation>
    </message>
    <message>
        <source>{label} could not be read ({reason}); it was set aside as {aside} and its last good copy ({when}) was restored. Changes saved after that copy are missing.</source>
        <translation>No se pudo leer {label} ({reason}); se apartó como {aside} y se restauró su última copia válida ({when}). Faltan los cambios guardados después de esa copia.</translation>
    </message>
    <message>
        <source>{label} could not be read ({reason}) and has no good copy; it was set aside as {aside} and Briefpack started without it.</source>
        <translation>No se pudo leer {label} ({reason}), que no tiene copia válida; se apartó como {aside} y Briefpack se inició sin él.</translation>
    </message>
    <message>
        <source>1 record of {file} could not be used ({record}: {reason}); it was set aside in {aside}.</source>
        <translation>No se pudo usar 1 registro de {file} ({record}: {reason}); se apartó en {aside}.</translation>
    </message>
    <message>
        <source>1 record of {file} could not be used ({record}: {reason}); it was left out (nothing was moved because {blocked}).</source>
        <translation>No se pudo usar 1 registro de {file} ({record}: {reason}); se dejó fuera (no se movió nada porque {blocked}).</translation>
    </message>
    <message>
        <source>{count} records of {file} could not be used ({record}: {reason}; and {more} more); they were set aside in {aside}.</source>
        <translation>No se pudieron usar {count} registros de {file} ({record}: {reason}; y {more} más); se apartaron en {aside}.</translation>
    </message>
    <message>
        <source>{count} records of {file} could not be used ({record}: {reason}; and {more} more); they were left out (nothing was moved because {blocked}).</source>
        <translation>No se pudieron usar {count} registros de {file} ({record}: {reason}; y {more} más); se dejaron fuera (no se movió nada porque {blocked}).</translation>
    </message>
    <message>
        <source>The last good copy of {records} and more was restored.</source>
        <translation>Se restauró la última copia válida: {records} y otros más.</translation>
    </message>
    <message>
        <source>The last good copy of {records} was restored.</source>
        <translation>Se restauró la última copia válida: {records}.</translation>
    </message>
    <message>
        <source>{table} record {name}</source>
        <translation>registro {name} de {table}</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Una fuente necesita un título.</translation>
    </message>
    <message>
        <source>A source with id &apos;{id}&apos; exists already.</source>
        <translation>Ya existe una fuente con el identificador &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>Choose another id or short title.</source>
        <translation>Elija otro identificador u otro título corto.</translation>
    </message>
    <message>
        <source>{title} is a bundled source and cannot be replaced.</source>
        <translation>{title} es una fuente incluida con Briefpack y no se puede reemplazar.</translation>
    </message>
    <message>
        <source>An item with id &apos;{id}&apos; exists already.</source>
        <translation>Ya existe un elemento con el identificador &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>A source with id &apos;{id}&apos; was just added by another Briefpack window or command; nothing was imported.</source>
        <translation>Otra ventana u orden de Briefpack acaba de añadir una fuente con el identificador &apos;{id}&apos;; no se importó nada.</translation>
    </message>
    <message>
        <source>Import again: the new source gets another id.</source>
        <translation>Vuelva a importar: la nueva fuente recibirá otro identificador.</translation>
    </message>
    <message>
        <source>{title} is a bundled source; add items to your own sources.</source>
        <translation>{title} es una fuente incluida con Briefpack; añada elementos a sus propias fuentes.</translation>
    </message>
    <message>
        <source>Create a source first (library editor or &apos;briefpack import&apos;).</source>
        <translation>Cree primero una fuente (editor de la biblioteca o &apos;briefpack import&apos;).</translation>
    </message>
    <message>
        <source>Bundled items cannot be deleted.</source>
        <translation>Los elementos incluidos con Briefpack no se pueden eliminar.</translation>
    </message>
    <message>
        <source>Exclude it from a pack instead, or edit its tags.</source>
        <translation>Exclúyalo de una carpeta en su lugar, o edite sus etiquetas.</translation>
    </message>
    <message>
        <source>Bundled sources cannot be deleted.</source>
        <translation>Las fuentes incluidas con Briefpack no se pueden eliminar.</translation>
    </message>
    <message>
        <source>An item needs its text.</source>
        <translation>Un elemento necesita su texto.</translation>
    </message>
    <message>
        <source>The item&apos;s text is not in the source&apos;s full text.</source>
        <translation>El texto del elemento no figura en el texto completo de la fuente.</translation>
    </message>
    <message>
        <source>Quote the source exactly, or add the passage to the source text.</source>
        <translation>Cite la fuente con exactitud, o añada el pasaje al texto de la fuente.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a valid item id.</source>
        <translation>&apos;{id}&apos; no es un identificador de elemento válido.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>{first} or {second} or {third}</source>
        <translation>{first}, {second} o {third}</translation>
    </message>
    <message>
        <source>The from date &apos;{value}&apos; was ignored: use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>La fecha inicial &apos;{value}&apos; se ignoró: use AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The to date &apos;{value}&apos; was ignored: use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>La fecha final &apos;{value}&apos; se ignoró: use AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown {name} mode &apos;{mode}&apos; was read as &apos;any&apos;.</source>
        <translation>El modo &apos;{mode}&apos; de {name}, desconocido, se leyó como &apos;any&apos;.</translation>
    </message>
    <message>
        <source>year:{typed} was ignored: use year:2023 or year:2019-2023.</source>
        <translation>year:{typed} se ignoró: use year:2023 o year:2019-2023.</translation>
    </message>
    <message>
        <source>The date range ends before it starts; the dates were swapped.</source>
        <translation>El intervalo de fechas termina antes de empezar; las fechas se intercambiaron.</translation>
    </message>
    <message>
        <source>A closing bracket had no opening one; it was ignored.</source>
        <translation>Un paréntesis de cierre no tenía apertura; se ignoró.</translation>
    </message>
    <message>
        <source>OR needs words on both sides; the dangling OR was ignored.</source>
        <translation>OR necesita palabras a ambos lados; el OR suelto se ignoró.</translation>
    </message>
    <message>
        <source>AND needs words on both sides; the dangling AND was ignored.</source>
        <translation>AND necesita palabras a ambos lados; el AND suelto se ignoró.</translation>
    </message>
    <message>
        <source>NOT needs a word after it; the dangling NOT was ignored.</source>
        <translation>NOT necesita una palabra después; el NOT suelto se ignoró.</translation>
    </message>
    <message>
        <source>A bracket was not closed; it was closed at the end.</source>
        <translation>Un paréntesis no estaba cerrado; se cerró al final.</translation>
    </message>
    <message>
        <source>Only the first {count} words were used.</source>
        <translation>Solo se usaron las primeras {count} palabras.</translation>
    </message>
    <message>
        <source>A quote was not closed; the phrase runs to the end.</source>
        <translation>Unas comillas no estaban cerradas; la frase llega hasta el final.</translation>
    </message>
    <message>
        <source>&apos;-{term}&apos; cannot exclude by {field}; untick it in the filters instead.</source>
        <translation>&apos;-{term}&apos; no puede excluir por {field}; desmárquelo en los filtros en su lugar.</translation>
    </message>
    <message>
        <source>&apos;*&apos; needs at least two letters before it.</source>
        <translation>&apos;*&apos; necesita al menos dos letras antes.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; needs at least two letters before &apos;*&apos;; searched without it.</source>
        <translation>&apos;{term}&apos; necesita al menos dos letras antes de &apos;*&apos;; se buscó sin él.</translation>
    </message>
    <message>
        <source>The search text was cut to its first {count} characters.</source>
        <translation>El texto de búsqueda se recortó a sus primeros {count} caracteres.</translation>
    </message>
    <message>
        <source>Unknown theme &apos;{value}&apos;: did you mean {choices}?</source>
        <translation>Tema desconocido &apos;{value}&apos;: ¿quiso decir {choices}?</translation>
    </message>
    <message>
        <source>Unknown audience &apos;{value}&apos;: did you mean {choices}?</source>
        <translation>Público desconocido &apos;{value}&apos;: ¿quiso decir {choices}?</translation>
    </message>
    <message>
        <source>Unknown kind &apos;{value}&apos;: did you mean {choices}?</source>
        <translation>Tipo desconocido &apos;{value}&apos;: ¿quiso decir {choices}?</translation>
    </message>
    <message>
        <source>Unknown source &apos;{value}&apos;: did you mean {choices}?</source>
        <translation>Fuente desconocida &apos;{value}&apos;: ¿quiso decir {choices}?</translation>
    </message>
    <message>
        <source>Unknown theme &apos;{value}&apos;. Known themes: {known}.</source>
        <translation>Tema desconocido &apos;{value}&apos;. Temas conocidos: {known}.</translation>
    </message>
    <message>
        <source>Unknown audience &apos;{value}&apos;. Known audiences: {known}.</source>
        <translation>Público desconocido &apos;{value}&apos;. Públicos conocidos: {known}.</translation>
    </message>
    <message>
        <source>Unknown kind &apos;{value}&apos;. Known kinds: {known}.</source>
        <translation>Tipo desconocido &apos;{value}&apos;. Tipos conocidos: {known}.</translation>
    </message>
    <message>
        <source>Unknown source &apos;{value}&apos;. Known sources: {known}.</source>
        <translation>Fuente desconocida &apos;{value}&apos;. Fuentes conocidas: {known}.</translation>
    </message>
    <message>
        <source>Choose at least two candidates to merge.</source>
        <translation>Elija al menos dos candidatos para unir.</translation>
    </message>
    <message>
        <source>A split must leave text on both sides.</source>
        <translation>Una división debe dejar texto a ambos lados.</translation>
    </message>
    <message>
        <source>Place the cut between two sentences or paragraphs.</source>
        <translation>Sitúe el corte entre dos oraciones o dos párrafos.</translation>
    </message>
    <message>
        <source>The edited text is not in the document.</source>
        <translation>El texto editado no figura en el documento.</translation>
    </message>
    <message>
        <source>Items quote the source exactly: trim or extend the quote, or use split and merge.</source>
        <translation>Los elementos citan la fuente con exactitud: acorte o amplíe la cita, o use Dividir y Unir.</translation>
    </message>
    <message>
        <source>This document was not imported before; there is nothing to update.</source>
        <translation>Este documento no se importó antes; no hay nada que actualizar.</translation>
    </message>
    <message>
        <source>The new source needs a title.</source>
        <translation>La nueva fuente necesita un título.</translation>
    </message>
    <message>
        <source>Give one with --title or in the review.</source>
        <translation>Indíquelo con --title o en la revisión.</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>Cell text</source>
        <translation>Texto de la celda</translation>
    </message>
    <message>
        <source>Briefpack crash report</source>
        <translation>Informe de fallo de Briefpack</translation>
    </message>
    <message>
        <source>Briefpack: unexpected error</source>
        <translation>Briefpack: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong that Briefpack did not expect: {error}</source>
        <translation>Briefpack encontró un error inesperado: {error}</translation>
    </message>
    <message>
        <source>Your saved packs and library are safe. A crash log was written to {path}; please include it when you report the problem.</source>
        <translation>Sus carpetas guardadas y su biblioteca están a salvo. Se escribió un registro del fallo en {path}; inclúyalo cuando informe del problema.</translation>
    </message>
    <message>
        <source>Check your most recent edits. Damaged files and records are kept in the data folder ({folder}) for inspection.</source>
        <translation>Revise sus cambios más recientes. Los archivos y registros dañados se conservan en la carpeta de datos ({folder}) para su examen.</translation>
    </message>
    <message>
        <source>Data folder repaired</source>
        <translation>Carpeta de datos reparada</translation>
    </message>
    <message>
        <source>Read-only: Briefpack opened your data folder read-only because {reason}. You can browse, search and export to another folder; changes cannot be saved.</source>
        <translation>Solo lectura: Briefpack abrió su carpeta de datos en modo de solo lectura porque {reason}. Puede examinar, buscar y exportar a otra carpeta; los cambios no se pueden guardar.</translation>
    </message>
    <message>
        <source>Read-only data folder</source>
        <translation>Carpeta de datos de solo lectura</translation>
    </message>
    <message>
        <source>Read-only data folder: nothing can be saved.</source>
        <translation>Carpeta de datos de solo lectura: no se puede guardar nada.</translation>
    </message>
    <message>
        <source>Could not read a change made elsewhere</source>
        <translation>No se pudo leer un cambio hecho en otro lugar</translation>
    </message>
    <message>
        <source>Updated with changes made in another Briefpack window or command.</source>
        <translation>Actualizado con los cambios hechos en otra ventana u orden de Briefpack.</translation>
    </message>
    <message>
        <source>“{title}” was deleted in another Briefpack window or command.</source>
        <translation>«{title}» se ha eliminado en otra ventana u orden de Briefpack.</translation>
    </message>
    <message>
        <source>“{title}” was deleted in another Briefpack window or command. Your unsaved edits are kept; saving will ask what to do.</source>
        <translation>«{title}» se eliminó en otra ventana u orden de Briefpack. Sus cambios sin guardar se conservan; al guardar se le preguntará qué hacer.</translation>
    </message>
    <message>
        <source>“{title}” was changed in another Briefpack window or command. Your unsaved edits are kept; saving will ask what to do.</source>
        <translation>«{title}» se modificó en otra ventana u orden de Briefpack. Sus cambios sin guardar se conservan; al guardar se le preguntará qué hacer.</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Detalles del elemento</translation>
    </message>
    <message>
        <source>Select an item to see it in full, with its source.</source>
        <translation>Seleccione un elemento para verlo completo, con su fuente.</translation>
    </message>
    <message>
        <source>Item heading</source>
        <translation>Encabezado del elemento</translation>
    </message>
    <message>
        <source>The source text changed since you edited this item; check its tags.</source>
        <translation>El texto de la fuente cambió desde que editó este elemento; revise sus etiquetas.</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Frase introductoria</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Copy the citation to the clipboard</source>
        <translation>Copiar la referencia al portapapeles</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copiar la referencia</translation>
    </message>
    <message>
        <source>Copy the quote with its citation to the clipboard</source>
        <translation>Copiar la cita con su referencia al portapapeles</translation>
    </message>
    <message>
        <source>Copy quote with citation</source>
        <translation>Copiar la cita con su referencia</translation>
    </message>
    <message>
        <source>Add to pack</source>
        <translation>Añadir a la carpeta</translation>
    </message>
    <message>
        <source>Add this item to the pack</source>
        <translation>Añadir este elemento a la carpeta</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Your note on this item (saved when you leave the field)</source>
        <translation>Su nota sobre este elemento (se guarda al salir del campo)</translation>
    </message>
    <message>
        <source>Item note</source>
        <translation>Nota sobre el elemento</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Drop your edits: back to the item&apos;s original tags and note</source>
        <translation>Descartar sus cambios: volver a las etiquetas y la nota originales del elemento</translation>
    </message>
    <message>
        <source>Revert the item to its original tags and note</source>
        <translation>Restablecer las etiquetas y la nota originales del elemento</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Section: {section}</source>
        <translation>Sección: {section}</translation>
    </message>
    <message>
        <source>Your own item: edit or delete it freely.</source>
        <translation>Elemento propio: puede editarlo o eliminarlo libremente.</translation>
    </message>
    <message>
        <source>Bundled item with your edits (the original is kept).</source>
        <translation>Elemento incluido, con sus cambios (se conserva el original).</translation>
    </message>
    <message>
        <source>Bundled item: your tag and note edits are kept as overrides.</source>
        <translation>Elemento incluido: sus cambios de etiquetas y nota se guardan aparte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the source:&lt;/b&gt; {title}</source>
        <translation>&lt;b&gt;En la fuente:&lt;/b&gt; {title}</translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>Qué hacer: {hint}</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Detalles: {detail}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copiar los detalles del error</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar los &amp;detalles</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Exportar la nota</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Identidad visual</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Exportar en {format}</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Elegir la carpeta de destino</translation>
    </message>
    <message>
        <source>Page budget</source>
        <translation>Número de páginas</translation>
    </message>
    <message>
        <source>&amp;Keep to the page target</source>
        <translation>&amp;Ajustarse al número de páginas previsto</translation>
    </message>
    <message>
        <source>Keep to the page target</source>
        <translation>Ajustarse al número de páginas previsto</translation>
    </message>
    <message>
        <source>Leave out the lowest-ranked items until the brief fits its template&apos;s page target; the items left out are listed after the export.</source>
        <translation>Omitir los elementos peor clasificados hasta que la nota quepa en el número de páginas previsto por su plantilla; los elementos omitidos se indican tras la exportación.</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>B&amp;randing</source>
        <translation>&amp;Identidad visual</translation>
    </message>
    <message>
        <source>&amp;Formats</source>
        <translation>&amp;Formatos</translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation>&amp;Guardar en</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Archivos exportados</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Abrir el archivo</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Abrir el archivo exportado</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Show the exported files in their folder</source>
        <translation>Mostrar los archivos exportados en su carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportar en</translation>
    </message>
    <message>
        <source>Replaces {files}.</source>
        <translation>Sustituye {files}.</translation>
    </message>
    <message>
        <source>Measuring pages…</source>
        <translation>Midiendo las páginas…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Over the target:&lt;/b&gt; {text} Tick below to keep the best-ranked items that fit.</source>
        <translation>&lt;b&gt;Supera lo previsto:&lt;/b&gt; {text} Marque abajo para conservar los elementos mejor clasificados que caben.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Kept to %n page(s): </source>
        <translation>
            <numerusform>Limitada a %n página: </numerusform>
            <numerusform>Limitada a %n páginas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lower-ranked item(s) left out: {items}.</source>
        <translation>
            <numerusform>%n elemento peor clasificado omitido: {items}.</numerusform>
            <numerusform>%n elementos peor clasificados omitidos: {items}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}{pages}.</source>
        <translation>
            <numerusform>%n archivo exportado en {folder}{pages}.</numerusform>
            <numerusform>%n archivos exportados en {folder}{pages}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the page target: {budget}.</source>
        <translation>Supera el número de páginas previsto: {budget}.</translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>Revise: </translation>
    </message>
    <message>
        <source>The export failed; nothing was written.</source>
        <translation>La exportación falló; no se escribió nada.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>A crash log was written to {path}.</source>
        <translation>Se escribió un registro del fallo en {path}.</translation>
    </message>
    <message>
        <source>{tip} (ticked by the search text)</source>
        <translation>{tip} (marcado por el texto de la búsqueda)</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Show or hide {facet}</source>
        <translation>Mostrar u ocultar: {facet}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>uno</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Match items with any of the ticked {facet}, or with all of them</source>
        <translation>Buscar los elementos que tienen alguno de los {facet} marcados, o todos</translation>
    </message>
    <message>
        <source>{facet}: match any or all</source>
        <translation>{facet}: alguno o todos</translation>
    </message>
    <message>
        <source>Clear {facet}</source>
        <translation>Borrar: {facet}</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>Years select a range</source>
        <translation>Los años eligen un período</translation>
    </message>
    <message>
        <source>This computer has no program set up to open {kind}, so the {what} could not be opened.</source>
        <translation>Este equipo no tiene ningún programa configurado para abrir {kind}, así que no se pudo abrir {what}.</translation>
    </message>
    <message>
        <source>It is saved at {path}. Open it from your file manager, or install a program for {kind}.</source>
        <translation>Está guardado en {path}. Ábralo desde su gestor de archivos o instale un programa para {kind}.</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>No se pudo abrir</translation>
    </message>
    <message>
        <source>Briefpack guide</source>
        <translation>Guía de Briefpack</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
    <message>
        <source># Briefpack guide

The guide could not be read ({error}): {path}.</source>
        <translation># Guía de Briefpack

No se pudo leer la guía ({error}): {path}.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>S&amp;hort title</source>
        <translation>Título &amp;abreviado</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;Emisor</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>S&amp;ymbol</source>
        <translation>&amp;Signatura</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>Dirección &amp;web</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>Session and agenda item</source>
        <translation>Período de sesiones y tema del programa</translation>
    </message>
    <message>
        <source> — document {number} of {count}</source>
        <translation> — documento {number} de {count}</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Revisión de la importación</translation>
    </message>
    <message>
        <source>Update the earlier import</source>
        <translation>Actualizar la importación anterior</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Aceptar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unir</translation>
    </message>
    <message>
        <source>Join the selected candidates into one item</source>
        <translation>Unir los candidatos seleccionados en un solo elemento</translation>
    </message>
    <message>
        <source>S&amp;plit at cursor</source>
        <translation>&amp;Dividir en el cursor</translation>
    </message>
    <message>
        <source>Cut the candidate in two where the cursor is in its text</source>
        <translation>Dividir el candidato en dos donde está el cursor en su texto</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Candidate text</source>
        <translation>Texto del candidato</translation>
    </message>
    <message>
        <source>Apply changes to this candidate</source>
        <translation>Aplicar los cambios a este candidato</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>&amp;Locator</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <source>Secti&amp;on</source>
        <translation>Secci&amp;ón</translation>
    </message>
    <message>
        <source>Lead-i&amp;n</source>
        <translation>Frase i&amp;ntroductoria</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <source>&amp;Import into the library</source>
        <translation>&amp;Importar a la biblioteca</translation>
    </message>
    <message>
        <source>Import into the library</source>
        <translation>Importar a la biblioteca</translation>
    </message>
    <message>
        <source>S&amp;kip this document</source>
        <translation>&amp;Omitir este documento</translation>
    </message>
    <message>
        <source>Skip this document</source>
        <translation>Omitir este documento</translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <source>Update the earlier import ({reason}: {source}) instead of adding a new source</source>
        <translation>Actualizar la importación anterior ({reason}: {source}) en lugar de añadir una nueva fuente</translation>
    </message>
    <message>
        <source>{accepted} of {count} accepted</source>
        <translation>{accepted} de {count} aceptados</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Editar el candidato</translation>
    </message>
    <message>
        <source>Edit source {name}</source>
        <translation>Editar la fuente {name}</translation>
    </message>
    <message>
        <source>Update earlier import</source>
        <translation>Actualizar la importación anterior</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importar como nueva fuente</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>No se pudo importar</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Importar %n elemento</numerusform>
            <numerusform>Importar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md *.markdown);;All files (*)</source>
        <translation>Documentos (*.pdf *.docx *.txt *.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n documents…</source>
        <translation>
            <numerusform>Leyendo %n documento…</numerusform>
            <numerusform>Leyendo %n documentos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read {done} of {total} documents ({name})</source>
        <translation>Leídos {done} de {total} documentos ({name})</translation>
    </message>
    <message>
        <source>Could not read the documents</source>
        <translation>No se pudieron leer los documentos</translation>
    </message>
    <message>
        <source>no candidate items were found</source>
        <translation>no se encontró ningún elemento candidato</translation>
    </message>
    <message>
        <source>Could not read the document</source>
        <translation>No se pudo leer el documento</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>%n documento importado</numerusform>
            <numerusform>%n documentos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n item(s).</source>
        <translation>
            <numerusform> con %n elemento.</numerusform>
            <numerusform> con %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not imported.</source>
        <translation>
            <numerusform>%n documento no importado.</numerusform>
            <numerusform>%n documentos no importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported:</source>
        <translation>
            <numerusform>%n no se pudo importar:</numerusform>
            <numerusform>%n no se pudieron importar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n quote(s) with citations.</source>
        <translation>
            <numerusform>%n cita copiada con su referencia.</numerusform>
            <numerusform>%n citas copiadas con sus referencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s). Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n elemento eliminado. Deshacer (Ctrl+Z) lo recupera.</numerusform>
            <numerusform>%n elementos eliminados. Deshacer (Ctrl+Z) los recupera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revert %n item(s)</source>
        <translation>
            <numerusform>Restablecer %n elemento</numerusform>
            <numerusform>Restablecer %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <source>Add a key message</source>
        <translation>Añadir un mensaje clave</translation>
    </message>
    <message>
        <source>Remove the key message</source>
        <translation>Quitar el mensaje clave</translation>
    </message>
    <message>
        <source>Move the key message up</source>
        <translation>Subir el mensaje clave</translation>
    </message>
    <message>
        <source>Move the key message down</source>
        <translation>Bajar el mensaje clave</translation>
    </message>
    <message>
        <source>New key message</source>
        <translation>Nuevo mensaje clave</translation>
    </message>
    <message>
        <source>Could not edit the item</source>
        <translation>No se pudo editar el elemento</translation>
    </message>
    <message>
        <source>Edit tags of {item}</source>
        <translation>Editar las etiquetas de {item}</translation>
    </message>
    <message>
        <source>Edit note of {item}</source>
        <translation>Editar la nota de {item}</translation>
    </message>
    <message>
        <source>Could not revert the item</source>
        <translation>No se pudo restablecer el elemento</translation>
    </message>
    <message>
        <source>Revert {item}</source>
        <translation>Restablecer {item}</translation>
    </message>
    <message>
        <source>Could not add the source</source>
        <translation>No se pudo añadir la fuente</translation>
    </message>
    <message>
        <source>Add source {source}</source>
        <translation>Añadir la fuente {source}</translation>
    </message>
    <message>
        <source>Could not add the item</source>
        <translation>No se pudo añadir el elemento</translation>
    </message>
    <message>
        <source>Add item {item}</source>
        <translation>Añadir el elemento {item}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {item}</source>
        <translation>Eliminar {item}</translation>
    </message>
    <message>
        <source>Could not delete the item</source>
        <translation>No se pudo eliminar el elemento</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nueva fuente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Título abreviado</translation>
    </message>
    <message>
        <source>Used for repeat citations and the source id</source>
        <translation>Se usa en las referencias repetidas y como identificador de la fuente</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>e.g. Inter-Agency Coordination Group against Trafficking (ICAT)</source>
        <translation>p. ej., Grupo Interinstitucional de Coordinación contra la Trata de Personas (ICAT)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Signatura del documento</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texto completo</translation>
    </message>
    <message>
        <source>Paste the document&apos;s full text: items must quote it exactly.</source>
        <translation>Pegue el texto completo del documento: los elementos deben citarlo exactamente.</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Título *</translation>
    </message>
    <message>
        <source>F&amp;ull text</source>
        <translation>Texto &amp;completo</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Añadir la fuente</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Añadir el elemento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Nueva fuente…</translation>
    </message>
    <message>
        <source>Source text: select the passage to quote</source>
        <translation>Texto de la fuente: seleccione el pasaje que desea citar</translation>
    </message>
    <message>
        <source>Use selected text</source>
        <translation>Usar el texto seleccionado</translation>
    </message>
    <message>
        <source>Use the selected source text as the item&apos;s text</source>
        <translation>Usar el texto seleccionado de la fuente como texto del elemento</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texto del elemento</translation>
    </message>
    <message>
        <source>The exact words of the source</source>
        <translation>Las palabras exactas de la fuente</translation>
    </message>
    <message>
        <source>e.g. paragraph 12, action 5</source>
        <translation>p. ej., párrafo 12, acción 5</translation>
    </message>
    <message>
        <source>&amp;Text *</source>
        <translation>&amp;Texto *</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>Secci&amp;ón</translation>
    </message>
    <message>
        <source>Lead-&amp;in</source>
        <translation>Frase &amp;introductoria</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Create a source first: New source…</source>
        <translation>Cree primero una fuente: Nueva fuente…</translation>
    </message>
    <message>
        <source>Briefpack cannot start</source>
        <translation>Briefpack no puede iniciarse</translation>
    </message>
    <message>
        <source>&amp;New pack</source>
        <translation>&amp;Nueva carpeta</translation>
    </message>
    <message>
        <source>Start a new briefing pack</source>
        <translation>Empezar una nueva carpeta informativa</translation>
    </message>
    <message>
        <source>New pack from the res&amp;ults</source>
        <translation>Nueva carpeta a partir de los &amp;resultados</translation>
    </message>
    <message>
        <source>A new pack of the results and the key facts on the ticked themes; it keeps the search, so refresh adds what the library gains</source>
        <translation>Una nueva carpeta con los resultados y los datos clave de los temas marcados; conserva la búsqueda, así que al actualizarla se añade lo nuevo de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Open pack…</source>
        <translation>&amp;Abrir una carpeta…</translation>
    </message>
    <message>
        <source>Browse and open saved packs</source>
        <translation>Examinar y abrir las carpetas guardadas</translation>
    </message>
    <message>
        <source>&amp;Save pack</source>
        <translation>&amp;Guardar la carpeta</translation>
    </message>
    <message>
        <source>Save the pack</source>
        <translation>Guardar la carpeta</translation>
    </message>
    <message>
        <source>Save as &amp;copy</source>
        <translation>Guardar una &amp;copia</translation>
    </message>
    <message>
        <source>Save a copy of this pack under a new name</source>
        <translation>Guardar una copia de esta carpeta con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Export brief…</source>
        <translation>E&amp;xportar la nota…</translation>
    </message>
    <message>
        <source>Export the pack to Word or PDF</source>
        <translation>Exportar la carpeta a Word o PDF</translation>
    </message>
    <message>
        <source>&amp;Import document…</source>
        <translation>&amp;Importar un documento…</translation>
    </message>
    <message>
        <source>Import items from a document, reviewing each one</source>
        <translation>Importar elementos de un documento revisando cada uno</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Briefpack</source>
        <translation>Salir de Briefpack</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation>&amp;Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>&amp;Add to pack</source>
        <translation>&amp;Añadir a la carpeta</translation>
    </message>
    <message>
        <source>Add the selected items to the pack</source>
        <translation>Añadir los elementos seleccionados a la carpeta</translation>
    </message>
    <message>
        <source>Add a&amp;ll results to this pack</source>
        <translation>Añadir &amp;todos los resultados a esta carpeta</translation>
    </message>
    <message>
        <source>Add every item of the current results to the open pack</source>
        <translation>Añadir todos los elementos de los resultados actuales a la carpeta abierta</translation>
    </message>
    <message>
        <source>&amp;Copy quote with citation</source>
        <translation>&amp;Copiar la cita con su referencia</translation>
    </message>
    <message>
        <source>Copy the selected quotes with their citations</source>
        <translation>Copiar las citas seleccionadas con sus referencias</translation>
    </message>
    <message>
        <source>Show in &amp;source</source>
        <translation>Mostrar en la &amp;fuente</translation>
    </message>
    <message>
        <source>Show the item inside its source text</source>
        <translation>Mostrar el elemento dentro del texto de su fuente</translation>
    </message>
    <message>
        <source>&amp;Delete my item</source>
        <translation>&amp;Eliminar mi elemento</translation>
    </message>
    <message>
        <source>Delete the selected items you added (bundled items cannot be deleted)</source>
        <translation>Eliminar los elementos seleccionados que usted añadió (los elementos incluidos no se pueden eliminar)</translation>
    </message>
    <message>
        <source>Re&amp;vert to original tags</source>
        <translation>Restablecer las etiquetas &amp;originales</translation>
    </message>
    <message>
        <source>Drop your edits to the selected bundled items</source>
        <translation>Descartar sus cambios en los elementos incluidos seleccionados</translation>
    </message>
    <message>
        <source>New &amp;source…</source>
        <translation>Nueva &amp;fuente…</translation>
    </message>
    <message>
        <source>Add a document of your own</source>
        <translation>Añadir un documento propio</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>Añadir un &amp;elemento…</translation>
    </message>
    <message>
        <source>Quote a passage from one of your sources</source>
        <translation>Citar un pasaje de una de sus fuentes</translation>
    </message>
    <message>
        <source>&amp;Filters pane</source>
        <translation>Panel de &amp;filtros</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Mostrar u ocultar los filtros</translation>
    </message>
    <message>
        <source>&amp;Pack pane</source>
        <translation>Panel de la &amp;carpeta</translation>
    </message>
    <message>
        <source>Show or hide the open pack</source>
        <translation>Mostrar u ocultar la carpeta abierta</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Author, organisation, template and branding for new packs, languages, export folder</source>
        <translation>Autor, organización, plantilla e identidad visual de las carpetas nuevas, idiomas, carpeta de exportación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the brief, with a preview</source>
        <translation>Imprimir la nota, con una vista previa</translation>
    </message>
    <message>
        <source>Briefpack &amp;guide</source>
        <translation>&amp;Guía de Briefpack</translation>
    </message>
    <message>
        <source>A short guide to Briefpack</source>
        <translation>Una breve guía de Briefpack</translation>
    </message>
    <message>
        <source>Search &amp;syntax</source>
        <translation>&amp;Sintaxis de búsqueda</translation>
    </message>
    <message>
        <source>&amp;About Briefpack</source>
        <translation>&amp;Acerca de Briefpack</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>Mensaje de búsqueda</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Cargando la biblioteca…</translation>
    </message>
    <message>
        <source>The library could not be loaded.</source>
        <translation>No se pudo cargar la biblioteca.</translation>
    </message>
    <message>
        <source>Could not load the library</source>
        <translation>No se pudo cargar la biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n item(s)</source>
        <translation>
            <numerusform>{shown} de %n elemento</numerusform>
            <numerusform>{shown} de %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Sintaxis de búsqueda</translation>
    </message>
    <message>
        <source>About Briefpack</source>
        <translation>Acerca de Briefpack</translation>
    </message>
    <message>
        <source>&lt;b&gt;Briefpack {version}&lt;/b&gt;&lt;p&gt;Tagged anti-trafficking recommendations, quoted exactly and cited, assembled into briefs for Word and PDF. Works offline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Briefpack {version}&lt;/b&gt;&lt;p&gt;Recomendaciones contra la trata de personas, etiquetadas, citadas exactamente con sus referencias y reunidas en notas para Word y PDF. Funciona sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Build: {build}&lt;br&gt;Python {python}, Qt {qt}, PySide6 {pyside}&lt;br&gt;Data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Compilación: {build}&lt;br&gt;Python {python}, Qt {qt}, PySide6 {pyside}&lt;br&gt;Carpeta de datos: {folder}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Composing</source>
        <translation>Composición</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Maquetación de las páginas</translation>
    </message>
    <message>
        <source>Writing PDF</source>
        <translation>Escritura del PDF</translation>
    </message>
    <message>
        <source>Writing DOCX</source>
        <translation>Escritura del archivo Word</translation>
    </message>
    <message>
        <source>Writing Markdown</source>
        <translation>Escritura del Markdown</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>{items}: {pages}</source>
        <translation>{items}: {pages}</translation>
    </message>
    <message>
        <source>(target {target})</source>
        <translation>(previsto: {target})</translation>
    </message>
    <message numerus="yes">
        <source>the best-ranked %n fit</source>
        <translation>
            <numerusform>cabe el mejor clasificado</numerusform>
            <numerusform>caben los %n mejor clasificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match the selection</source>
        <translation>
            <numerusform>%n elemento coincide con la selección</numerusform>
            <numerusform>%n elementos coinciden con la selección</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more left out by the limit)</source>
        <translation>
            <numerusform>(%n más omitido por el límite)</numerusform>
            <numerusform>(%n más omitidos por el límite)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key fact(s) on its themes ({themes}) were added: the brief prints them in its key-facts box</source>
        <translation>
            <numerusform>se añadió %n dato clave sobre sus temas ({themes}): la nota lo imprime en su recuadro de datos clave</numerusform>
            <numerusform>se añadieron %n datos clave sobre sus temas ({themes}): la nota los imprime en su recuadro de datos clave</numerusform>
        </translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>The pack changed elsewhere</source>
        <translation>La carpeta cambió en otro lugar</translation>
    </message>
    <message>
        <source>Keep both by saving yours as a copy, replace the other version with yours, or show the other version (your unsaved edits are then dropped).</source>
        <translation>Conserve ambas guardando la suya como copia, sustituya la otra versión por la suya o muestre la otra versión (se descartan entonces sus cambios sin guardar).</translation>
    </message>
    <message>
        <source>Save mine as a copy</source>
        <translation>Guardar la mía como copia</translation>
    </message>
    <message>
        <source>Replace with mine</source>
        <translation>Sustituir por la mía</translation>
    </message>
    <message>
        <source>Show the other version</source>
        <translation>Mostrar la otra versión</translation>
    </message>
    <message>
        <source>Saved “{title}” together with the change made elsewhere.</source>
        <translation>«{title}» guardada junto con el cambio hecho en otro lugar.</translation>
    </message>
    <message>
        <source>Saved “{title}”, replacing the version saved elsewhere.</source>
        <translation>«{title}» guardada, sustituyendo la versión guardada en otro lugar.</translation>
    </message>
    <message>
        <source>Showing “{title}” as saved elsewhere.</source>
        <translation>Se muestra «{title}» tal como se guardó en otro lugar.</translation>
    </message>
    <message>
        <source>Not saved: the pack changed elsewhere.</source>
        <translation>No guardada: la carpeta cambió en otro lugar.</translation>
    </message>
    <message>
        <source>Untitled brief</source>
        <translation>Nota sin título</translation>
    </message>
    <message>
        <source>New pack: add quotes from the results, then save (Ctrl+S).</source>
        <translation>Nueva carpeta: añada citas desde los resultados y luego guárdela (Ctrl+S).</translation>
    </message>
    <message>
        <source>Could not start a pack from this search</source>
        <translation>No se pudo empezar una carpeta a partir de esta búsqueda</translation>
    </message>
    <message>
        <source>Tick themes or audiences, or type a search, to start a pack from the results.</source>
        <translation>Marque temas o destinatarios, o escriba una búsqueda, para empezar una carpeta a partir de los resultados.</translation>
    </message>
    <message>
        <source>New pack: {summary} Name it, then save with Ctrl+S.</source>
        <translation>Nueva carpeta: {summary} Póngale un nombre y guárdela con Ctrl+S.</translation>
    </message>
    <message>
        <source>Could not open the pack</source>
        <translation>No se pudo abrir la carpeta</translation>
    </message>
    <message>
        <source>Opened “{title}”.</source>
        <translation>«{title}» abierta.</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}.</source>
        <translation>«{title}» importada desde {file}.</translation>
    </message>
    <message>
        <source>Opened “{title}”, imported earlier from {file}.</source>
        <translation>«{title}» abierta (importada antes desde {file}).</translation>
    </message>
    <message>
        <source>No recent packs</source>
        <translation>No hay carpetas recientes</translation>
    </message>
    <message>
        <source>Could not save the pack</source>
        <translation>No se pudo guardar la carpeta</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>«{title}» guardada.</translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation>No se pudo guardar una copia</translation>
    </message>
    <message>
        <source>Saved as “{title}”.</source>
        <translation>Guardada como «{title}».</translation>
    </message>
    <message>
        <source>Already in “{title}”: nothing added.</source>
        <translation>Ya está en «{title}»: no se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source> (%n already there)</source>
        <translation>
            <numerusform> (%n ya estaba)</numerusform>
            <numerusform> (%n ya estaban)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s) to “{title}”{also}.</source>
        <translation>
            <numerusform>%n elemento añadido a «{title}»{also}.</numerusform>
            <numerusform>%n elementos añadidos a «{title}»{also}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or start a pack to export it.</source>
        <translation>Abra o empiece una carpeta para exportarla.</translation>
    </message>
    <message>
        <source>Change template or branding</source>
        <translation>Cambiar la plantilla o la identidad visual</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>S&amp;ubtítulo</translation>
    </message>
    <message>
        <source>&amp;Meeting or event</source>
        <translation>&amp;Reunión o actividad</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>By theme (the chosen themes first)</source>
        <translation>Por tema (primero los temas elegidos)</translation>
    </message>
    <message>
        <source>By theme, then by source</source>
        <translation>Por tema y luego por fuente</translation>
    </message>
    <message>
        <source>By theme, then by audience</source>
        <translation>Por tema y luego por destinatarios</translation>
    </message>
    <message>
        <source>By audience</source>
        <translation>Por destinatarios</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Por fuente</translation>
    </message>
    <message>
        <source>By kind (recommendations, commitments, facts)</source>
        <translation>Por tipo (recomendaciones, compromisos, datos)</translation>
    </message>
    <message>
        <source>By source, in the documents&apos; order</source>
        <translation>Por fuente, en el orden de los documentos</translation>
    </message>
    <message>
        <source>In the order of the entries</source>
        <translation>En el orden de las entradas</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Pack details</source>
        <translation>Detalles de la carpeta</translation>
    </message>
    <message>
        <source>e.g. 14 May 2025</source>
        <translation>p. ej., 14 de mayo de 2025</translation>
    </message>
    <message>
        <source>Audience note</source>
        <translation>Nota sobre los destinatarios</translation>
    </message>
    <message>
        <source>Who the brief is for and what they need from it</source>
        <translation>A quién va dirigida la nota y qué necesitan de ella</translation>
    </message>
    <message>
        <source>Audience &amp;note</source>
        <translation>&amp;Nota sobre los destinatarios</translation>
    </message>
    <message>
        <source>&amp;Key messages</source>
        <translation>Mensajes &amp;clave</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <source>&amp;Grouping</source>
        <translation>A&amp;grupación</translation>
    </message>
    <message>
        <source>&amp;Branding</source>
        <translation>&amp;Identidad visual</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Idioma de la nota</translation>
    </message>
    <message>
        <source>The language the brief&apos;s headings, labels and dates are written in; the quotes stay in their own</source>
        <translation>El idioma de los títulos, etiquetas y fechas de la nota; las citas se mantienen en el suyo</translation>
    </message>
    <message>
        <source>As the window ({language})</source>
        <translation>Como la ventana ({language})</translation>
    </message>
    <message>
        <source>{value} (not installed)</source>
        <translation>{value} (no instalada)</translation>
    </message>
    <message>
        <source>Pack editor</source>
        <translation>Editor de carpetas</translation>
    </message>
    <message>
        <source>Pack title</source>
        <translation>Título de la carpeta</translation>
    </message>
    <message>
        <source>● unsaved</source>
        <translation>● sin guardar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The pack has changes that are not saved (Ctrl+S saves)</source>
        <translation>La carpeta tiene cambios sin guardar (Ctrl+S guarda)</translation>
    </message>
    <message>
        <source>Pack summary</source>
        <translation>Resumen de la carpeta</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected entries up (Alt+Up)</source>
        <translation>Subir las entradas seleccionadas (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected entries down (Alt+Down)</source>
        <translation>Bajar las entradas seleccionadas (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Pin: refresh never removes the entry</source>
        <translation>Fijar: al actualizar nunca se quita la entrada</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Exclude: keep listed but leave out of the brief</source>
        <translation>Excluir: mantener en la lista pero fuera de la nota</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected entries from the pack (Delete)</source>
        <translation>Quitar las entradas seleccionadas de la carpeta (Supr)</translation>
    </message>
    <message>
        <source>Note on the selected entry</source>
        <translation>Nota sobre la entrada seleccionada</translation>
    </message>
    <message>
        <source>Note on this entry, printed under the quote (saved when you leave the field)</source>
        <translation>Nota sobre esta entrada, impresa bajo la cita (se guarda al salir del campo)</translation>
    </message>
    <message>
        <source>Pack sections</source>
        <translation>Secciones de la carpeta</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Entradas</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>Subir la entrada</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>Bajar la entrada</translation>
    </message>
    <message>
        <source>Remove from pack</source>
        <translation>Quitar de la carpeta</translation>
    </message>
    <message>
        <source>Exclude from the brief</source>
        <translation>Excluir de la nota</translation>
    </message>
    <message numerus="yes">
        <source>%n in the brief</source>
        <translation>
            <numerusform>%n en la nota</numerusform>
            <numerusform>%n en la nota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n excluded</source>
        <translation>
            <numerusform>, %n excluida</numerusform>
            <numerusform>, %n excluidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to the pack</source>
        <translation>
            <numerusform>Añadir %n elemento a la carpeta</numerusform>
            <numerusform>Añadir %n elementos a la carpeta</numerusform>
        </translation>
    </message>
    <message>
        <source>Include items again</source>
        <translation>Volver a incluir los elementos</translation>
    </message>
    <message numerus="yes">
        <source>Move %n entry(ies)</source>
        <translation>
            <numerusform>Mover %n entrada</numerusform>
            <numerusform>Mover %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(ies)</source>
        <translation>
            <numerusform>Quitar %n entrada</numerusform>
            <numerusform>Quitar %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source>Rename the pack</source>
        <translation>Cambiar el nombre de la carpeta</translation>
    </message>
    <message>
        <source>Edit the pack&apos;s details</source>
        <translation>Editar los detalles de la carpeta</translation>
    </message>
    <message>
        <source>Edit key messages</source>
        <translation>Editar los mensajes clave</translation>
    </message>
    <message>
        <source>Pack entries</source>
        <translation>Entradas de la carpeta</translation>
    </message>
    <message>
        <source>Pinned (kept by refresh) or excluded (listed, not in the brief)</source>
        <translation>Fijada (se conserva al actualizar) o excluida (en la lista, no en la nota)</translation>
    </message>
    <message>
        <source>(missing item {item})</source>
        <translation>(falta el elemento {item})</translation>
    </message>
    <message>
        <source> (from the pack&apos;s own copy: not in this library)</source>
        <translation> (copia propia de la carpeta: no está en esta biblioteca)</translation>
    </message>
    <message>
        <source> (missing: cannot be built)</source>
        <translation> (falta: no se puede generar)</translation>
    </message>
    <message>
        <source>Double-click to add a note for this item</source>
        <translation>Haga doble clic para añadir una nota a este elemento</translation>
    </message>
    <message>
        <source>Excluded: listed, not in the brief</source>
        <translation>Excluida: en la lista, no en la nota</translation>
    </message>
    <message>
        <source>Pinned: refresh never removes it</source>
        <translation>Fijada: al actualizar nunca se quita</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>No pack is open.
Start one, then add quotes from the results
(select them and press Ctrl+Return, or drag them here).</source>
        <translation>No hay ninguna carpeta abierta.
Empiece una y añada citas desde los resultados
(selecciónelas y pulse Ctrl+Intro, o arrástrelas aquí).</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Open pack…</source>
        <translation>Abrir una carpeta…</translation>
    </message>
    <message>
        <source>Open pack</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Could not change the pack</source>
        <translation>No se pudo cambiar la carpeta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message numerus="yes">
        <source> (+%n excluded)</source>
        <translation>
            <numerusform> (+%n excluida)</numerusform>
            <numerusform> (+%n excluidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>recent</source>
        <translation>reciente</translation>
    </message>
    <message>
        <source>; last exported {time}</source>
        <translation>; última exportación {time}</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Search packs</source>
        <translation>Buscar carpetas</translation>
    </message>
    <message>
        <source>Search packs by title, meeting or date</source>
        <translation>Buscar carpetas por título, reunión o fecha</translation>
    </message>
    <message>
        <source>Saved packs</source>
        <translation>Carpetas guardadas</translation>
    </message>
    <message>
        <source>No saved packs yet: start one with New pack (Ctrl+N).</source>
        <translation>Aún no hay carpetas guardadas: empiece una con Nueva carpeta (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Refresh…</source>
        <translation>&amp;Actualizar…</translation>
    </message>
    <message>
        <source>See what changed in the library for this pack, and choose what to apply</source>
        <translation>Ver qué cambió en la biblioteca para esta carpeta y elegir qué aplicar</translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation>Guardar como &amp;archivo…</translation>
    </message>
    <message>
        <source>Write a .briefpack file to share (it embeds its quotes)</source>
        <translation>Escribir un archivo .briefpack para compartir (incluye sus citas)</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar un archivo…</translation>
    </message>
    <message>
        <source>No pack matches the search.</source>
        <translation>Ninguna carpeta coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>Could not duplicate the pack</source>
        <translation>No se pudo duplicar la carpeta</translation>
    </message>
    <message>
        <source>Delete pack</source>
        <translation>Eliminar la carpeta</translation>
    </message>
    <message>
        <source>Delete the pack “{title}”? This cannot be undone.</source>
        <translation>¿Eliminar la carpeta «{title}»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete the pack</source>
        <translation>No se pudo eliminar la carpeta</translation>
    </message>
    <message>
        <source>Could not check the pack</source>
        <translation>No se pudo comprobar la carpeta</translation>
    </message>
    <message>
        <source>Save pack as file</source>
        <translation>Guardar la carpeta como archivo</translation>
    </message>
    <message>
        <source>Briefpack files (*.briefpack)</source>
        <translation>Archivos de Briefpack (*.briefpack)</translation>
    </message>
    <message>
        <source>Could not save the pack file</source>
        <translation>No se pudo guardar el archivo de la carpeta</translation>
    </message>
    <message>
        <source>Import pack file</source>
        <translation>Importar un archivo de carpeta</translation>
    </message>
    <message>
        <source>Pack already imported</source>
        <translation>Carpeta ya importada</translation>
    </message>
    <message>
        <source>Could not import the pack file</source>
        <translation>No se pudo importar el archivo de la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not in your library; the pack keeps its own copy of their quotes.</source>
        <translation>
            <numerusform>%n elemento no está en su biblioteca; la carpeta conserva su propia copia de la cita.</numerusform>
            <numerusform>%n elementos no están en su biblioteca; la carpeta conserva su propia copia de sus citas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) differ from your library&apos;s version; both are kept and marked in the pack.</source>
        <translation>
            <numerusform>%n elemento difiere de la versión de su biblioteca; se conservan ambos y se marcan en la carpeta.</numerusform>
            <numerusform>%n elementos difieren de la versión de su biblioteca; se conservan ambos y se marcan en la carpeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown tags were ignored: {tags}.</source>
        <translation>Se ignoraron etiquetas desconocidas: {tags}.</translation>
    </message>
    <message>
        <source>Pack imported</source>
        <translation>Carpeta importada</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Your name, on every new brief</source>
        <translation>Su nombre, en cada nota nueva</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Program default (meeting brief)</source>
        <translation>Predeterminada (nota de reunión)</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>Plantilla predeterminada</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Default branding</source>
        <translation>Identidad visual predeterminada</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Briefpack will speak {language} when it restarts.</source>
        <translation>Briefpack hablará {language} cuando se reinicie.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The language of the program&apos;s own words (menus, messages) and of a new brief; a change takes effect when Briefpack restarts</source>
        <translation>El idioma de las palabras del programa (menús, mensajes) y de una nota nueva; un cambio surte efecto al reiniciar Briefpack</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Revisión ortográfica</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Underline misspelt words in notes and key messages</source>
        <translation>Subrayar las palabras mal escritas en las notas y los mensajes clave</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Elegir la carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Your packs, your edits and your own sources are kept here (BRIEFPACK_HOME or --home chooses another)</source>
        <translation>Sus carpetas, sus cambios y sus propias fuentes se guardan aquí (BRIEFPACK_HOME o --home elige otra)</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>Default &amp;template</source>
        <translation>&amp;Plantilla predeterminada</translation>
    </message>
    <message>
        <source>Default &amp;branding</source>
        <translation>&amp;Identidad visual predeterminada</translation>
    </message>
    <message>
        <source>Author, organisation, template and branding are what a new pack starts with. A new language takes effect when Briefpack restarts.</source>
        <translation>Una carpeta nueva empieza con este autor, organización, plantilla e identidad visual. Un idioma nuevo surte efecto al reiniciar Briefpack.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Spell checking</source>
        <translation>&amp;Revisión ortográfica</translation>
    </message>
    <message>
        <source>&amp;Export to</source>
        <translation>E&amp;xportar en</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar en</translation>
    </message>
    <message>
        <source>Could not save the preferences</source>
        <translation>No se pudieron guardar las preferencias</translation>
    </message>
    <message>
        <source>Brief preview</source>
        <translation>Vista previa de la nota</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>Preview unavailable: {error}</source>
        <translation>Vista previa no disponible: {error}</translation>
    </message>
    <message>
        <source>Open or create a pack to see its brief here.</source>
        <translation>Abra o cree una carpeta para ver aquí su nota.</translation>
    </message>
    <message>
        <source>The pack “{title}” has changes that are not saved.</source>
        <translation>La carpeta «{title}» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>¿Guardarlos antes de continuar?</translation>
    </message>
    <message>
        <source>Changed in the library</source>
        <translation>Cambiados en la biblioteca</translation>
    </message>
    <message>
        <source>Use the library&apos;s new version</source>
        <translation>Usar la nueva versión de la biblioteca</translation>
    </message>
    <message>
        <source>New items matching the pack&apos;s rules</source>
        <translation>Elementos nuevos que cumplen las reglas de la carpeta</translation>
    </message>
    <message>
        <source>Add to the pack</source>
        <translation>Añadir a la carpeta</translation>
    </message>
    <message>
        <source>Gone from the library</source>
        <translation>Eliminados de la biblioteca</translation>
    </message>
    <message>
        <source>Remove from the pack (unticked: keep the pack&apos;s own copy)</source>
        <translation>Quitar de la carpeta (sin marcar: conservar la copia propia de la carpeta)</translation>
    </message>
    <message>
        <source>No longer matching the rules</source>
        <translation>Ya no cumplen las reglas</translation>
    </message>
    <message>
        <source>Remove from the pack</source>
        <translation>Quitar de la carpeta</translation>
    </message>
    <message>
        <source>Refresh pack</source>
        <translation>Actualizar la carpeta</translation>
    </message>
    <message>
        <source>The pack is up to date with the library.</source>
        <translation>La carpeta está al día con la biblioteca.</translation>
    </message>
    <message>
        <source>. Tick what to apply.</source>
        <translation>. Marque lo que desea aplicar.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Could not refresh the pack</source>
        <translation>No se pudo actualizar la carpeta</translation>
    </message>
    <message>
        <source>Rank in the search results</source>
        <translation>Posición en los resultados de la búsqueda</translation>
    </message>
    <message>
        <source>The item&apos;s text, matches highlighted</source>
        <translation>El texto del elemento, con las coincidencias resaltadas</translation>
    </message>
    <message>
        <source>Themes the item is tagged with</source>
        <translation>Temas asignados al elemento</translation>
    </message>
    <message>
        <source>Who the item is addressed to</source>
        <translation>A quién se dirige el elemento</translation>
    </message>
    <message>
        <source>Recommendation, commitment or fact</source>
        <translation>Recomendación, compromiso o dato</translation>
    </message>
    <message>
        <source>The document quoted</source>
        <translation>El documento citado</translation>
    </message>
    <message>
        <source>The source&apos;s date</source>
        <translation>La fecha de la fuente</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Saved searches: choose one to restore its words and filters</source>
        <translation>Búsquedas guardadas: elija una para recuperar sus palabras y filtros</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>Búsquedas…</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Guardar esta búsqueda…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <source>Delete the chosen saved search</source>
        <translation>Eliminar la búsqueda guardada elegida</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>Eliminar la búsqueda guardada</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Guardar la búsqueda</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>Nombre de esta búsqueda:</translation>
    </message>
    <message>
        <source>Could not save the search</source>
        <translation>No se pudo guardar la búsqueda</translation>
    </message>
    <message>
        <source>Could not delete the saved search</source>
        <translation>No se pudo eliminar la búsqueda guardada</translation>
    </message>
    <message>
        <source>Search the quotes as you type. Words match their forms (child, children); &quot;quoted phrases&quot; match in order; prefix* matches the start of words; AND, OR, NOT and -word combine; fields narrow the search: theme:children audience:justice kind:recommendation source:icat-child-2023 year:2023.</source>
        <translation>Busca en las citas mientras escribe. Las palabras encuentran sus formas (child, children); las &quot;frases entre comillas&quot; se buscan en orden; prefijo* encuentra el comienzo de las palabras; AND, OR, NOT y -palabra se combinan; los campos precisan la búsqueda: theme:children audience:justice kind:recommendation source:icat-child-2023 year:2023.</translation>
    </message>
    <message>
        <source>Search quotes, e.g.  child protection  theme:children  audience:justice</source>
        <translation>Buscar en las citas, p. ej.,  child protection  theme:children  audience:justice</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Clear the search (Esc)</source>
        <translation>Borrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto de la fuente</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation>Añadir «{word}» al diccionario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Datos: {folder}</translation>
    </message>
    <message>
        <source>Your packs, edits and sources are kept in {folder}</source>
        <translation>Sus carpetas, cambios y fuentes se guardan en {folder}</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Deshacer/rehacer</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Print — {title}</source>
        <translation>Imprimir — {title}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Causas</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Non punishment</source>
        <translation>No sanción</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Supervivientes</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Órganos</translation>
    </message>
    <message>
        <source>Legal frameworks</source>
        <translation>Marcos jurídicos</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justicia</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation>Humanitarios</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
</context>
</TS>
