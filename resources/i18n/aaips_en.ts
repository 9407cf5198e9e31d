<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_MX">
<context>
    <name>AltaMolino</name>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="112"/>
        <source>Aprobada por la SE{clave}.</source>
        <translation>Approved by the SE{clave}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="114"/>
        <source>Rechazada por la SE.</source>
        <translation>Rejected by the SE.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="116"/>
        <source>Preparada; todavía no se registra su envío.</source>
        <translation>Prepared; not recorded as sent yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="118"/>
        <source>Enviada el {fecha}. {seguimiento}</source>
        <translation>Sent on {fecha}. {seguimiento}</translation>
    </message>
</context>
<context>
    <name>Asistente</name>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="119"/>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="146"/>
        <source>&lt; &amp;Anterior</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="149"/>
        <source>Siguie&amp;nte &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="152"/>
        <source>Ce&amp;rrar</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="155"/>
        <source>Todo se guarda solo; cerrar no pierde nada.</source>
        <translation>Everything saves itself; closing loses nothing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="186"/>
        <source>Pasos</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="240"/>
        <source>Paso {n} de {total}: {titulo}</source>
        <translation>Step {n} of {total}: {titulo}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="327"/>
        <source>{e} error(es), {a} advertencia(s)</source>
        <translation>{e} error(s), {a} warning(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="367"/>
        <source>No se pudo guardar: {error} Se reintentará; no cierre el programa.</source>
        <translation>Could not save: {error} It will be retried; do not close the program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="372"/>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="374"/>
        <source>Guardado {hora}</source>
        <translation>Saved {hora}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="376"/>
        <source>Todo está guardado</source>
        <translation>Everything is saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="381"/>
        <location filename="../../app/ui/asistente/ventana.py" line="468"/>
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="389"/>
        <source>No se puede marcar como listo</source>
        <translation>Cannot mark as ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="400"/>
        <source>Aviso {clave}{expediente} — {estado} — Asistente AAIPS</source>
        <translation>Notice {clave}{expediente} — {estado} — Asistente AAIPS</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="403"/>
        <source>folio {folio}</source>
        <translation>folio {folio}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="405"/>
        <source>número de aviso {numero}</source>
        <translation>notice number {numero}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="407"/>
        <source>Este aviso ya se presentó en VUCEM ({detalle}): se muestra solo para consulta. Para uno nuevo con estos datos use «Duplicar» en la ventana principal.</source>
        <translation>This notice was already filed in VUCEM ({detalle}): it is shown read-only. For a new one with these data use “Duplicate” in the main window.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="456"/>
        <source>Todavía no hay solicitud de alta para este molino.</source>
        <translation>There is no registration request for this mill yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="459"/>
        <source>Solicitud de alta: {estado}</source>
        <translation>Registration request: {estado}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="467"/>
        <source> Se guardó una copia del expediente en {ruta}.</source>
        <translation> A copy of the case was saved to {ruta}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="469"/>
        <source>La base de datos no aceptó los últimos cambios: {error}{donde} La ventana sigue abierta; vuelva a cerrarla cuando el problema se resuelva.</source>
        <translation>The database did not accept the last changes: {error}{donde} The window stays open; close it again once the problem is solved.</translation>
    </message>
</context>
<context>
    <name>DialogoAltaMolino</name>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="156"/>
        <source>Solicitud de alta de molino · {molino}</source>
        <translation>Mill registration request · {molino}</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="157"/>
        <source>sin nombre</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="185"/>
        <source>Datos de la planta</source>
        <translation>Plant data</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="202"/>
        <source>Fusión y &amp;vaciado (acería)</source>
        <translation>Melting and &amp;pouring (steel shop)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="203"/>
        <source>&amp;Laminado en caliente</source>
        <translation>&amp;Hot rolling</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="208"/>
        <source>&amp;Nombre del molino:</source>
        <translation>Mill &amp;name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="208"/>
        <source>&amp;Empresa propietaria:</source>
        <translation>Owner &amp;company:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="209"/>
        <source>&amp;Domicilio de la planta:</source>
        <translation>Plant a&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="209"/>
        <source>&amp;País:</source>
        <translation>Co&amp;untry:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="210"/>
        <source>Persona de &amp;contacto:</source>
        <translation>Contact pe&amp;rson:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="210"/>
        <source>Telé&amp;fono:</source>
        <translation>Phon&amp;e:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="211"/>
        <source>Corre&amp;o electrónico:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="219"/>
        <source>Proceso:</source>
        <translation>Process:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="220"/>
        <source>Cert&amp;ificado de referencia:</source>
        <translation>Reference certi&amp;ficate:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="227"/>
        <source>Productos:</source>
        <translation>Products:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="228"/>
        <source>O&amp;bservaciones:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="243"/>
        <source>&amp;Guardar libro de Excel…</source>
        <translation>&amp;Save Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="253"/>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="261"/>
        <source>Enviada a la SE el:</source>
        <translation>Sent to the SE on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="263"/>
        <source>&amp;Marcar como enviada</source>
        <translation>Mar&amp;k as sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="276"/>
        <source>Registrar &amp;aprobación…</source>
        <translation>Record &amp;approval…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="279"/>
        <source>Registrar rec&amp;hazo</source>
        <translation>Record re&amp;jection</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="302"/>
        <source>Carta para la &amp;SE (en español)</source>
        <translation>Le&amp;tter to the SE (in Spanish)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="308"/>
        <source>Copiar la car&amp;ta</source>
        <translation>Cop&amp;y the letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="324"/>
        <source>Un molino que no está en el catálogo de la SE debe darse de alta antes de presentar el aviso: envíe a la SE la carta con el libro de Excel (o copie los datos en el formato que le entregue la SE). La respuesta tarda hasta 10 días hábiles.</source>
        <translation>A mill that is not in the SE&apos;s catalog must be registered before the notice is filed: send the SE the letter with the Excel workbook (or copy the data into the form the SE gives you). The answer takes up to 10 business days.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="329"/>
        <source>Ce&amp;rrar</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="361"/>
        <source>(ninguno: vincule las partidas al aviso)</source>
        <translation>(none: link the invoice lines to the notice)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="381"/>
        <source>Faltan: {lista}.</source>
        <translation>Missing: {lista}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="386"/>
        <source>Libro guardado en {ruta}</source>
        <translation>Workbook saved to {ruta}</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="387"/>
        <source>Todavía no se ha guardado el libro de Excel.</source>
        <translation>The Excel workbook has not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="389"/>
        <source>Sin enviar.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="403"/>
        <location filename="../../app/ui/alta_molino.py" line="449"/>
        <source>Solicitud de alta</source>
        <translation>Registration request</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="403"/>
        <source>Escriba el nombre del molino.</source>
        <translation>Type the name of the mill.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="412"/>
        <source>No se guardó la solicitud</source>
        <translation>The request was not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="422"/>
        <source>Guardar solicitud de alta</source>
        <translation>Save registration request</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="423"/>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="431"/>
        <source>Escribiendo {archivo}…</source>
        <translation>Writing {archivo}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="441"/>
        <source>No se pudo escribir el libro: {error}</source>
        <translation>The workbook could not be written: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="443"/>
        <source>No se guardó el libro de Excel</source>
        <translation>The Excel workbook was not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="449"/>
        <source>La fecha de envío no puede ser futura.</source>
        <translation>The date sent cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="454"/>
        <location filename="../../app/ui/alta_molino.py" line="459"/>
        <source>Alta aprobada</source>
        <translation>Registration approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="455"/>
        <source>Clave que la SE dio al molino (SE00000), si la conoce:</source>
        <translation>Key the SE gave the mill (SE00000), if you know it:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="460"/>
        <source>Cuando el molino aparezca en VUCEM, importe el catálogo de molinos actualizado (Preferencias ▸ Catálogos) para que la revisión lo reconozca.</source>
        <translation>When the mill appears in VUCEM, import the updated mill catalog (Preferences ▸ Catalogs) so the check recognises it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="464"/>
        <source>Alta rechazada</source>
        <translation>Registration rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="464"/>
        <source>¿Registrar que la SE rechazó el alta del molino?</source>
        <translation>Record that the SE rejected the registration of the mill?</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="465"/>
        <source>&amp;Registrar rechazo</source>
        <translation>&amp;Record rejection</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="470"/>
        <source>Carta copiada</source>
        <translation>Letter copied</translation>
    </message>
</context>
<context>
    <name>DialogoAnexos</name>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="79"/>
        <source>Certificado de molino</source>
        <translation>Mill certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="80"/>
        <source>Certificado de calidad</source>
        <translation>Quality certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="80"/>
        <source>Certificado</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="85"/>
        <source>Traducción al español del certificado {numero} (original en {idioma})</source>
        <translation>Spanish translation of certificate {numero} (original in {idioma})</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="91"/>
        <source>Factura comercial {numero}</source>
        <translation>Commercial invoice {numero}</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="112"/>
        <source>Anexos para VUCEM · aviso {aviso}</source>
        <translation>Attachments for VUCEM · notice {aviso}</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="115"/>
        <source>VUCEM acepta: {limites}. (Se cambian en Preferencias ▸ Anexos para VUCEM.)</source>
        <translation>VUCEM accepts: {limites}. (Change them in Preferences ▸ Attachments for VUCEM.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="124"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="124"/>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="124"/>
        <source>Revisión</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="125"/>
        <source>Copia para VUCEM</source>
        <translation>Copy for VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="139"/>
        <source>&amp;Documentos que pide el aviso:</source>
        <translation>&amp;Documents the notice needs:</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="146"/>
        <source>&amp;Elegir archivo…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="149"/>
        <source>&amp;Revisar de nuevo</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="152"/>
        <source>&amp;Preparar para VUCEM…</source>
        <translation>&amp;Prepare for VUCEM…</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="164"/>
        <source>Lo que VUCEM recha&amp;zaría del documento elegido:</source>
        <translation>What VUCEM would re&amp;ject in the chosen document:</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="169"/>
        <source>Archivos que debe &amp;subir a VUCEM:</source>
        <translation>Files to &amp;upload to VUCEM:</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="179"/>
        <source>C&amp;opiar la lista</source>
        <translation>Cop&amp;y the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="181"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="199"/>
        <source>No se pudieron leer los anexos</source>
        <translation>The attachments could not be read</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="262"/>
        <source>No se pudieron revisar los anexos</source>
        <translation>The attachments could not be checked</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="268"/>
        <source>Falta elegir el archivo</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="270"/>
        <location filename="../../app/ui/adjuntos.py" line="319"/>
        <source>Revisando…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="272"/>
        <source>Copia lista para VUCEM</source>
        <translation>Copy ready for VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="274"/>
        <source>Cumple</source>
        <translation>Complies</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="276"/>
        <source>No se encontró el archivo</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="277"/>
        <source>{n} problema(s)</source>
        <translation>{n} problem(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="290"/>
        <source>(sin archivo)</source>
        <translation>(no file)</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="316"/>
        <source>Elija el archivo de este documento (PDF o imagen escaneada).</source>
        <translation>Choose the file of this document (PDF or scanned image).</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="324"/>
        <source>El archivo cumple: súbalo tal como está.</source>
        <translation>The file complies: upload it as it is.</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="329"/>
        <source>Copia {archivo}: {problema}</source>
        <translation>Copy {archivo}: {problema}</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="332"/>
        <source>La copia {archivo} cumple.</source>
        <translation>The copy {archivo} complies.</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="346"/>
        <source>{documento}: pendiente ({estado})</source>
        <translation>{documento}: pending ({estado})</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="352"/>
        <source>El aviso no tiene certificados ni partidas de factura vinculados.</source>
        <translation>The notice has no certificates or invoice lines linked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="388"/>
        <source>No se guardó el anexo</source>
        <translation>The attachment was not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="399"/>
        <source>Archivo de «{documento}»</source>
        <translation>File of «{documento}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="400"/>
        <source>PDF o imagen (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Todos los archivos (*)</source>
        <translation>PDF or image (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="413"/>
        <source>Carpeta para la copia que cumple con VUCEM</source>
        <translation>Folder for the copy that complies with VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="419"/>
        <source>Preparar para VUCEM</source>
        <translation>Prepare for VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="420"/>
        <source>Convirtiendo «{archivo}» a {dpi} dpi…</source>
        <translation>Converting «{archivo}» to {dpi} dpi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjuntos.py" line="434"/>
        <source>No se pudo preparar el archivo</source>
        <translation>The file could not be prepared</translation>
    </message>
</context>
<context>
    <name>DialogoExpediente</name>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="32"/>
        <source>Nuevo expediente</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="35"/>
        <source>Un expediente reúne una operación de importación: facturas, certificados y sus avisos.</source>
        <translation>A case holds one import operation: invoices, certificates and their notices.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="39"/>
        <source>p. ej. Varilla Turquía, pedido 4512</source>
        <translation>e.g. Turkey rebar, order 4512</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="50"/>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="50"/>
        <source>&amp;RFC del importador:</source>
        <translation>Importer &amp;RFC:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="51"/>
        <source>Nombre del &amp;importador:</source>
        <translation>&amp;Importer name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="52"/>
        <source>&amp;Fecha de preparación:</source>
        <translation>&amp;Preparation date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="58"/>
        <source>&amp;Crear</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="59"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="67"/>
        <source>Expediente sin nombre</source>
        <translation>Unnamed case</translation>
    </message>
</context>
<context>
    <name>DialogoFacturas</name>
    <message>
        <location filename="../../app/ui/facturas.py" line="425"/>
        <source>Facturas · {expediente}</source>
        <translation>Invoices · {expediente}</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="457"/>
        <source>Facturas del expediente</source>
        <translation>Invoices of the case</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="459"/>
        <source>&amp;Nueva factura</source>
        <translation>&amp;New invoice</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="462"/>
        <source>Importar de E&amp;xcel o CSV…</source>
        <translation>Import from E&amp;xcel or CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="465"/>
        <source>E&amp;liminar factura</source>
        <translation>&amp;Delete invoice</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="480"/>
        <source>Datos de la factura</source>
        <translation>Invoice data</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="487"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="514"/>
        <source>Usar el tipo pu&amp;blicado</source>
        <translation>Use the pu&amp;blished rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="525"/>
        <source>Nú&amp;mero:</source>
        <translation>Nu&amp;mber:</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="526"/>
        <source>&amp;Fecha:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="527"/>
        <source>&amp;Incoterm:</source>
        <translation>&amp;Incoterm:</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="528"/>
        <source>&amp;Proveedor:</source>
        <translation>&amp;Supplier:</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="529"/>
        <source>M&amp;oneda:</source>
        <translation>Curren&amp;cy:</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="530"/>
        <source>&amp;USD por unidad:</source>
        <translation>USD &amp;per unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="533"/>
        <source>Fle&amp;tes:</source>
        <translation>&amp;Freight:</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="534"/>
        <source>&amp;Seguros:</source>
        <translation>Insu&amp;rance:</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="535"/>
        <source>Fletes y seguros no se suman al valor del aviso.</source>
        <translation>Freight and insurance are not added to the notice&apos;s value.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="569"/>
        <source>Pa&amp;rtidas (F2 edita la celda; Ins agrega una partida y Supr la quita)</source>
        <translation>&amp;Lines (F2 edits the cell; Ins adds a line and Del removes it)</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="572"/>
        <source>&amp;Agregar partida</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="575"/>
        <source>&amp;Quitar partida</source>
        <translation>Remo&amp;ve line</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="623"/>
        <source>Proponer a&amp;visos…</source>
        <translation>Propose no&amp;tices…</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="625"/>
        <source>Dividir las partidas sin aviso en los avisos que pide la regla R4</source>
        <translation>Split the lines without a notice into the notices rule R4 asks for</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="627"/>
        <source>&amp;Cerrar</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="650"/>
        <source>(sin número)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="653"/>
        <source>{n} partida(s), {moneda}</source>
        <translation>{n} line(s), {moneda}</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="766"/>
        <source>Factura en dólares: el tipo es 1.</source>
        <translation>Invoice in dollars: the rate is 1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="772"/>
        <source>No hay tipo de cambio de {moneda} cargado para {mes} (el mes anterior a la factura). Cárguelo en Herramientas ▸ Tipos de cambio.</source>
        <translation>No {moneda} exchange rate is loaded for {mes} (the month before the invoice). Load it in Tools ▸ Exchange rates.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="776"/>
        <source>Publicado para {mes}: {valor} USD por {moneda} (fuente: {fuente}).</source>
        <translation>Published for {mes}: {valor} USD per {moneda} (source: {fuente}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="778"/>
        <source>sin fuente</source>
        <translation>no source</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="824"/>
        <location filename="../../app/ui/facturas.py" line="828"/>
        <source>Quitar partida</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="825"/>
        <source>La partida {partida} está en el aviso {aviso}. Quítela del aviso (paso 2 del asistente) o elimine el aviso antes de quitarla de la factura.</source>
        <translation>Line {partida} is in notice {aviso}. Take it out of the notice (step 2 of the wizard) or delete the notice before removing it from the invoice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="828"/>
        <source>¿Quitar la partida {partida} ({descripcion}) de la factura?</source>
        <translation>Remove line {partida} ({descripcion}) from the invoice?</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="830"/>
        <source>sin descripción</source>
        <translation>no description</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="830"/>
        <source>&amp;Quitar</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="860"/>
        <location filename="../../app/ui/facturas.py" line="864"/>
        <source>Eliminar factura</source>
        <translation>Delete invoice</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="861"/>
        <source>La factura {numero} tiene partidas en los avisos {avisos}. Quite esas partidas de los avisos (o elimine los avisos) antes de eliminar la factura.</source>
        <translation>Invoice {numero} has lines in notices {avisos}. Take those lines out of the notices (or delete the notices) before deleting the invoice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="865"/>
        <source>¿Eliminar la factura {numero} y sus {n} partida(s)? Esto no se puede deshacer.</source>
        <translation>Delete invoice {numero} and its {n} line(s)? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="866"/>
        <source>&amp;Eliminar</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="873"/>
        <source>No se eliminó la factura</source>
        <translation>The invoice was not deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="887"/>
        <source>Importar factura</source>
        <translation>Import invoice</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="889"/>
        <source>Facturas en Excel o CSV (*.xlsx *.xlsm *.csv *.txt);;Todos los archivos (*)</source>
        <translation>Invoices in Excel or CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="936"/>
        <source>Se importaron {n} partida(s) de «{archivo}».</source>
        <translation>{n} line(s) were imported from «{archivo}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="938"/>
        <source>{n} fila(s) con error no se importaron: vea la lista bajo la tabla.</source>
        <translation>{n} row(s) with an error were not imported: see the list under the table.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="950"/>
        <source>Al importar «{archivo}» quedaron fuera {n} fila(s) con error; agréguelas a mano si son partidas:</source>
        <translation>Importing «{archivo}» left out {n} row(s) with an error; add them by hand if they are invoice lines:</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="954"/>
        <source>… y {n} más.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="965"/>
        <source>El expediente no tiene facturas. Cree una o impórtela de Excel o CSV.</source>
        <translation>The case has no invoices. Create one or import it from Excel or CSV.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="1039"/>
        <source>No se pudo guardar: {error} Se reintentará.</source>
        <translation>Could not save: {error} It will be retried.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="1043"/>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="1045"/>
        <source>Guardado {hora}</source>
        <translation>Saved {hora}</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="1047"/>
        <source>Todo se guarda solo.</source>
        <translation>Everything is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="1063"/>
        <source> Se guardó una copia del expediente en {ruta}.</source>
        <translation> A copy of the case was saved to {ruta}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="1064"/>
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="1065"/>
        <source>La base de datos no aceptó los últimos cambios de las facturas: {error}{donde} La ventana sigue abierta; vuelva a cerrarla cuando el problema se resuelva.</source>
        <translation>The database did not accept the last changes to the invoices: {error}{donde} The window stays open; close it again when the problem is solved.</translation>
    </message>
</context>
<context>
    <name>DialogoImportarFactura</name>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="64"/>
        <source>&amp;Descripción</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="64"/>
        <source>&amp;Fracción arancelaria</source>
        <translation>Tariff &amp;item</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="64"/>
        <source>NI&amp;CO</source>
        <translation>NI&amp;CO</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="65"/>
        <source>Cant&amp;idad</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="65"/>
        <source>&amp;Unidad</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="65"/>
        <source>&amp;Precio unitario</source>
        <translation>Unit &amp;price</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="66"/>
        <source>I&amp;mporte</source>
        <translation>A&amp;mount</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="66"/>
        <source>País de &amp;origen</source>
        <translation>Country of &amp;origin</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="66"/>
        <source>C&amp;ertificado</source>
        <translation>C&amp;ertificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="86"/>
        <source>Importar factura · {archivo}</source>
        <translation>Import invoice · {archivo}</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="99"/>
        <source>Nombre del proveedor: se recuerda qué columna es cada dato</source>
        <translation>Supplier&apos;s name: which column holds each field is remembered</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="108"/>
        <source>Pro&amp;veedor:</source>
        <translation>Supp&amp;lier:</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="108"/>
        <source>&amp;Hoja:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="109"/>
        <source>Fila de &amp;títulos:</source>
        <translation>&amp;Title row:</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="116"/>
        <source>Leyendo el archivo…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="124"/>
        <source>¿Qué columna tiene cada dato?</source>
        <translation>Which column holds each field?</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="146"/>
        <source>Unidad para toda la ta&amp;bla (si no hay columna):</source>
        <translation>Unit for the whole ta&amp;ble (if there is no column):</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="191"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="202"/>
        <source>Leyendo «{archivo}»…</source>
        <translation>Reading «{archivo}»…</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="211"/>
        <source>No se pudo leer el archivo: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="215"/>
        <source>No se pudo leer la factura</source>
        <translation>The invoice could not be read</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="223"/>
        <source>(única)</source>
        <translation>(only one)</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="249"/>
        <source>— ninguna —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="264"/>
        <source>Se usaron las columnas que confirmó para «{proveedor}» la última vez.</source>
        <translation>The columns you confirmed for «{proveedor}» last time were used.</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="267"/>
        <source>Columnas propuestas por sus títulos: revíselas; las marcadas en ámbar son dudosas. Al importar se recuerdan para este proveedor.</source>
        <translation>Columns proposed from their titles: check them; those marked in amber are doubtful. On import they are remembered for this supplier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="289"/>
        <source>Propuesta dudosa: confirme la columna.</source>
        <translation>Doubtful proposal: confirm the column.</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="355"/>
        <source>Se importa como partida.</source>
        <translation>Imported as an invoice line.</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="359"/>
        <location filename="../../app/ui/importar_factura.py" line="417"/>
        <source>Fila {n} omitida: {motivo}.</source>
        <translation>Row {n} skipped: {motivo}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="370"/>
        <source>Fila de títulos</source>
        <translation>Title row</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="391"/>
        <source>Indique qué columna tiene: {faltan}.</source>
        <translation>Say which column holds: {faltan}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="395"/>
        <source>Impo&amp;rtar</source>
        <translation>Impo&amp;rt</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="398"/>
        <source>&lt;b&gt;{n} partida(s)&lt;/b&gt; se importarán (importe {total}).</source>
        <translation>&lt;b&gt;{n} line(s)&lt;/b&gt; will be imported (amount {total}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="403"/>
        <source>{n} fila(s) con error no se importarán</source>
        <translation>{n} row(s) with an error will not be imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="405"/>
        <source>{n} observación(es)</source>
        <translation>{n} remark(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="408"/>
        <source>{n} fila(s) omitidas (títulos repetidos, totales, notas)</source>
        <translation>{n} row(s) skipped (repeated titles, totals, notes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="410"/>
        <source>moneda: {moneda}</source>
        <translation>currency: {moneda}</translation>
    </message>
    <message>
        <location filename="../../app/ui/importar_factura.py" line="419"/>
        <source>Impo&amp;rtar {n} partida(s)</source>
        <translation>Impo&amp;rt {n} line(s)</translation>
    </message>
</context>
<context>
    <name>DialogoPlantillas</name>
    <message>
        <location filename="../../app/ui/plantillas.py" line="49"/>
        <source>Plantillas de molinos</source>
        <translation>Mill templates</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="52"/>
        <source>Cuando corrige un dato al revisar un certificado leído, el programa recuerda dónde lo pone ese molino y lo busca ahí la próxima vez. Aquí puede compartir lo aprendido con sus colegas (Exportar / Importar) o borrar lo de un molino.</source>
        <translation>When you correct a value while reviewing a certificate that was read, the program remembers where that mill puts it and looks there next time. Here you can share what was learned with your colleagues (Export / Import) or delete what was learned about a mill.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="57"/>
        <source>Molino</source>
        <translation>Mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="57"/>
        <source>Datos aprendidos</source>
        <translation>Fields learned</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="57"/>
        <source>Actualizada</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="69"/>
        <source>&amp;Exportar…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="70"/>
        <source>Las seleccionadas, o todas si no hay selección, a un archivo .zip o .json</source>
        <translation>The selected ones, or all of them if none is selected, to a .zip or .json file</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="71"/>
        <source>&amp;Importar…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="72"/>
        <source>E&amp;liminar</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="73"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="96"/>
        <source>Archivo: {archivo}</source>
        <translation>File: {archivo}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="117"/>
        <source>Exportar plantillas de molinos</source>
        <translation>Export mill templates</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="118"/>
        <source>Paquete ZIP (*.zip);;Archivo JSON (*.json)</source>
        <translation>ZIP package (*.zip);;JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="126"/>
        <source>No se pudo exportar</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="127"/>
        <source>No se pudo escribir «{archivo}»: {error}. Elija otra carpeta.</source>
        <translation>Could not write “{archivo}”: {error}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="129"/>
        <source>Plantillas exportadas</source>
        <translation>Templates exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="130"/>
        <source>Se exportaron {n} plantilla(s) a «{archivo}». Su colega las agrega con «Importar…».</source>
        <translation>{n} template(s) exported to “{archivo}”. Your colleague adds them with “Import…”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="135"/>
        <source>Importar plantillas de molinos</source>
        <translation>Import mill templates</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="136"/>
        <source>Plantillas (*.zip *.json);;Todos los archivos (*)</source>
        <translation>Templates (*.zip *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="142"/>
        <location filename="../../app/ui/plantillas.py" line="156"/>
        <source>No se pudo importar</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="157"/>
        <source>No se pudo guardar en {carpeta}: {error}</source>
        <translation>Could not save in {carpeta}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="159"/>
        <source>Plantillas importadas</source>
        <translation>Templates imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="160"/>
        <source>De «{archivo}»: {n} molino(s) nuevo(s) y {a} actualizado(s).</source>
        <translation>From “{archivo}”: {n} new mill(s) and {a} updated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="169"/>
        <source>Eliminar plantillas</source>
        <translation>Delete templates</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="170"/>
        <source>¿Olvidar lo aprendido de: {molinos}? Los certificados ya capturados no cambian.</source>
        <translation>Forget what was learned about: {molinos}? Certificates already entered do not change.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="171"/>
        <source>&amp;Eliminar</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/plantillas.py" line="177"/>
        <source>No se pudo eliminar</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>DialogoPreferencias</name>
    <message>
        <location filename="../../app/ui/preferencias.py" line="37"/>
        <source>Fracciones arancelarias</source>
        <translation>Tariff items</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="38"/>
        <source>Certificado por partida (R2)</source>
        <translation>Certificate per heading (R2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="39"/>
        <source>Países</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="40"/>
        <source>Monedas</source>
        <translation>Currencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="41"/>
        <source>Unidades de medida</source>
        <translation>Units of measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="42"/>
        <source>Molinos de la SE</source>
        <translation>SE mills</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="43"/>
        <source>Tipos de cambio (Banxico)</source>
        <translation>Exchange rates (Banxico)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="55"/>
        <source>Preferencias</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="64"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="72"/>
        <source>&amp;Idioma de la interfaz:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="78"/>
        <source>El cambio de idioma se aplica al volver a abrir el programa. Los mensajes de las reglas y los textos para VUCEM siempre van en español.</source>
        <translation>A language change applies the next time the program is opened. Rule messages and the texts for VUCEM are always in Spanish.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="85"/>
        <source>Datos</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="87"/>
        <source>Carpeta de datos:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="88"/>
        <source>Base de datos:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="89"/>
        <source>Respaldos automáticos:</source>
        <translation>Automatic backups:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="90"/>
        <source>Registro de errores:</source>
        <translation>Error log:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="95"/>
        <source>Abrir la carpeta de &amp;datos</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="102"/>
        <source>Todo se guarda solo en esta carpeta, sin conexión a internet. Antes de cada actualización del programa se hace un respaldo de la base de datos.</source>
        <translation>Everything is saved automatically in this folder, with no internet connection. The database is backed up before every program upgrade.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="141"/>
        <source>Los catálogos incluidos son listas de trabajo NO oficiales. Cuando tenga la lista oficial de fracciones del Anexo 2.2.1, el catálogo de molinos de la SE o la tabla de tipos de cambio de Banxico (CSV o Excel), elija la fila e impórtelo: antes de aplicarlo verá qué filas se agregan, se quitan y cambian.</source>
        <translation>The bundled catalogs are NOT official working lists. When you have the official list of tariff items of Annex 2.2.1, the SE&apos;s mill catalog or Banxico&apos;s exchange-rate table (CSV or Excel), choose the row and import it: before applying it you will see which rows are added, removed and changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="154"/>
        <source>Lo que VUCEM acepta como anexo</source>
        <translation>What VUCEM accepts as an attachment</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="168"/>
        <source>Imágenes en &amp;escala de grises</source>
        <translation>Images in gra&amp;yscale</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="175"/>
        <source>Tamaño &amp;máximo por archivo:</source>
        <translation>&amp;Maximum size per file:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="184"/>
        <source>Valores p&amp;or omisión</source>
        <translation>VUCEM d&amp;efaults</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="192"/>
        <source>Son los límites que describen las guías públicas de VUCEM (PDF 1.4 sin contraseña, 300 dpi en escala de grises, hasta 3 MB). Si VUCEM los cambia, ajústelos aquí: «Anexos para VUCEM» revisa y convierte con estos valores.</source>
        <translation>These are the limits VUCEM&apos;s public guides describe (PDF 1.4 without password, 300 dpi in grayscale, up to 3 MB). If VUCEM changes them, adjust them here: «Attachments for VUCEM» checks and converts with these values.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="201"/>
        <source>A&amp;nexos para VUCEM</source>
        <translation>A&amp;ttachments for VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="204"/>
        <source>OCR (&amp;Tesseract)</source>
        <translation>OCR (&amp;Tesseract)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="259"/>
        <source>Importar catálogo</source>
        <translation>Import catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="260"/>
        <source>Catálogos (*.csv *.xlsx *.xlsm *.txt);;Todos los archivos (*)</source>
        <translation>Catalogs (*.csv *.xlsx *.xlsm *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="273"/>
        <source>Se importó {catalogo}. Las revisiones lo usan desde ahora, también en los avisos abiertos.</source>
        <translation>{catalogo} was imported. The checks use it from now on, in the open notices too.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="272"/>
        <source>Catálogo importado</source>
        <translation>Catalog imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="109"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="116"/>
        <source>Catálogo</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="116"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="116"/>
        <source>Filas</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="117"/>
        <source>Vigencia</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="117"/>
        <source>Origen</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="117"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="128"/>
        <source>&amp;Importar catálogo…</source>
        <translation>&amp;Import catalog…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="132"/>
        <source>&amp;Volver al incluido</source>
        <translation>&amp;Revert to bundled</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="175"/>
        <source>Reso&amp;lución:</source>
        <translation>Resol&amp;ution:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="176"/>
        <source>Versión de P&amp;DF:</source>
        <translation>PDF &amp;version:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="232"/>
        <source>importado</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="232"/>
        <source>incluido</source>
        <translation>bundled</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="234"/>
        <source>oficial</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="234"/>
        <source>no oficial</source>
        <translation>not official</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="238"/>
        <source>no cargado: {error}</source>
        <translation>not loaded: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="147"/>
        <source>&amp;Catálogos</source>
        <translation>&amp;Catalogs</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="207"/>
        <source>&amp;Aceptar</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="208"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DialogoPropuesta</name>
    <message>
        <location filename="../../app/ui/division.py" line="78"/>
        <source>Avisos propuestos para la factura {numero}</source>
        <translation>Notices proposed for invoice {numero}</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="80"/>
        <source>Avisos propuestos para el expediente</source>
        <translation>Notices proposed for the case</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="84"/>
        <source>La regla R4 pide un aviso por cada combinación de fracción arancelaria, país de origen, precio unitario y certificado. Estos son los avisos que necesitan las partidas que todavía no están en un aviso. Desmarque los que no quiera crear; los demás se crean como borradores para completarlos en el asistente.</source>
        <translation>Rule R4 asks for one notice per combination of tariff item, country of origin, unit price and certificate. These are the notices the lines that are not in a notice yet need. Uncheck those you do not want to create; the others are created as drafts to complete in the wizard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="93"/>
        <source>Crear</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="93"/>
        <source>Fracción</source>
        <translation>Tariff item</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="93"/>
        <source>País de origen</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="93"/>
        <source>Certificado</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="93"/>
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="94"/>
        <source>Valor USD</source>
        <translation>Value USD</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="94"/>
        <source>Precio USD/kg</source>
        <translation>Price USD/kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="94"/>
        <source>Partidas</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="94"/>
        <source>Por qué va separado</source>
        <translation>Why it is a separate notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="103"/>
        <source>A&amp;visos propuestos (barra espaciadora marca o desmarca):</source>
        <translation>Proposed &amp;notices (Space checks or unchecks):</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="110"/>
        <source>Partidas que quedan &amp;fuera:</source>
        <translation>Lines &amp;left out:</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="127"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="154"/>
        <source>(sin fracción)</source>
        <translation>(no tariff item)</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="154"/>
        <source>(sin país)</source>
        <translation>(no country)</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="155"/>
        <source>(sin certificado)</source>
        <translation>(no certificate)</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="173"/>
        <source>{partida}: {motivo}.</source>
        <translation>{partida}: {motivo}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="176"/>
        <source>{partida}: ya está en el aviso {aviso}.</source>
        <translation>{partida}: already in notice {aviso}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="179"/>
        <source>Ninguna: todas las partidas van en un aviso.</source>
        <translation>None: every line goes into a notice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="198"/>
        <source>&amp;Crear {n} aviso(s)</source>
        <translation>&amp;Create {n} notice(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="201"/>
        <source>No hay partidas nuevas que dividir: todas están en un aviso o quedaron fuera.</source>
        <translation>There are no new lines to split: all are in a notice or were left out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="203"/>
        <source>{n} de {total_avisos} aviso(s) elegidos, por {valor} USD.</source>
        <translation>{n} of {total_avisos} notice(s) chosen, for {valor} USD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="213"/>
        <source>No se crearon los avisos</source>
        <translation>The notices were not created</translation>
    </message>
    <message>
        <location filename="../../app/ui/division.py" line="214"/>
        <source>{error}

No se creó ninguno; el expediente quedó como estaba.</source>
        <translation>{error}

None was created; the case is as it was.</translation>
    </message>
</context>
<context>
    <name>DialogoRevision</name>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="513"/>
        <source>Revisar lo leído del certificado — {archivo}</source>
        <translation>Review what was read from the certificate — {archivo}</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="531"/>
        <source>Dato</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="531"/>
        <source>Valor leído</source>
        <translation>Value read</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="531"/>
        <source>Decisión</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="532"/>
        <source>Confianza</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="554"/>
        <source>&amp;Aceptar</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="555"/>
        <source>C&amp;orregir…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="556"/>
        <source>&amp;Rechazar</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="557"/>
        <source>Aceptar &amp;todo lo marcado</source>
        <translation>Accept all &amp;marked</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="561"/>
        <source>Intro</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="562"/>
        <source>F2 o doble clic en el valor</source>
        <translation>F2 or double-click the value</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="563"/>
        <source>Supr</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="564"/>
        <source>Acepta los valores con la casilla marcada que aún no tienen decisión.</source>
        <translation>Accepts the values whose box is ticked and that have no decision yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="575"/>
        <source>Flechas: moverse · Intro: aceptar · F2: corregir · Supr: rechazar · Espacio: marcar o desmarcar</source>
        <translation>Arrows: move · Enter: accept · F2: correct · Del: reject · Space: tick or untick</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="590"/>
        <source>texto</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="590"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="591"/>
        <source>, girada {g}°</source>
        <translation>, turned {g}°</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="592"/>
        <source>Página {n} de {t} ({metodo}{giro})</source>
        <translation>Page {n} of {t} ({metodo}{giro})</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="597"/>
        <source>Página completa</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="600"/>
        <source>Alejar (Ctrl+rueda)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="601"/>
        <source>Acercar (Ctrl+rueda)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="620"/>
        <source>Re&amp;cordar mis correcciones para los certificados de este molino</source>
        <translation>R&amp;emember my corrections for this mill&apos;s certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="624"/>
        <source>La próxima vez que lea un certificado de este molino, el programa buscará cada dato corregido en el mismo lugar (Plantillas de molinos en el menú Archivo).</source>
        <translation>The next time you read a certificate from this mill, the program will look for each corrected value in the same place (Mill templates in the File menu).</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="631"/>
        <source>&amp;Llenar el certificado</source>
        <translation>&amp;Fill the certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="635"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="665"/>
        <source>Se leyó «{archivo}»: {n} página(s)</source>
        <translation>Read “{archivo}”: {n} page(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="667"/>
        <source>{k} con OCR (escaneo): revise con cuidado</source>
        <translation>{k} with OCR (scan): review carefully</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="670"/>
        <source>{e} de {t} datos encontrados; cada uno muestra dónde se leyó.</source>
        <translation>{e} of {t} fields found; each one shows where it was read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="673"/>
        <source>Se aplicó lo aprendido del molino «{molino}».</source>
        <translation>What was learned about the mill “{molino}” was applied.</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="682"/>
        <source>No encontrado</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="683"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="683"/>
        <source>Aceptado</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="683"/>
        <source>Corregido</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="684"/>
        <source>Rechazado</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="699"/>
        <source>Marcado: «Aceptar todo lo marcado» lo acepta (Espacio).</source>
        <translation>Ticked: “Accept all marked” accepts it (Space).</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="723"/>
        <source>(no se encontró; F2 para escribirlo)</source>
        <translation>(not found; F2 to type it)</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="731"/>
        <source>Corregido; se leyó: {leido}</source>
        <translation>Corrected; read: {leido}</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="738"/>
        <source>Hallado con lo aprendido de este molino.</source>
        <translation>Found with what was learned about this mill.</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="837"/>
        <source>{u} dato(s) para el certificado</source>
        <translation>{u} value(s) for the certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="839"/>
        <source>{p} pendiente(s) no se usarán</source>
        <translation>{p} pending will not be used</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="887"/>
        <source>Tipo deducido de las palabras del documento (colada, molino, calidad…).</source>
        <translation>Type deduced from the document&apos;s words (heat, mill, quality…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="888"/>
        <source>No se encontró en el documento. Si lo ve en la página, escríbalo con F2.</source>
        <translation>Not found in the document. If you see it on the page, type it with F2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="889"/>
        <source>texto del PDF</source>
        <translation>PDF text</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="889"/>
        <source>OCR del escaneo</source>
        <translation>OCR of the scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="890"/>
        <source>lo aprendido de este molino</source>
        <translation>what was learned about this mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="891"/>
        <source>Página {n} · {metodo} · confianza {conf} %
Leído: «{texto}»</source>
        <translation>Page {n} · {metodo} · confidence {conf} %
Read: “{texto}”</translation>
    </message>
</context>
<context>
    <name>DialogoSolicitudesMolino</name>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="490"/>
        <source>Solicitudes de alta de molino</source>
        <translation>Mill registration requests</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="495"/>
        <source>Molino</source>
        <translation>Mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="495"/>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="495"/>
        <source>Expediente y aviso</source>
        <translation>Case and notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="496"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="496"/>
        <source>Respuesta esperada</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="496"/>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="507"/>
        <source>&amp;Solicitudes (Intro abre la elegida):</source>
        <translation>&amp;Requests (Enter opens the chosen one):</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="513"/>
        <source>&amp;Abrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="515"/>
        <location filename="../../app/ui/alta_molino.py" line="574"/>
        <source>&amp;Eliminar</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="517"/>
        <source>Ce&amp;rrar</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="533"/>
        <source>Preparada</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="533"/>
        <source>Enviada</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="533"/>
        <source>Aprobada</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="534"/>
        <source>Rechazada</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="572"/>
        <source>Eliminar solicitud</source>
        <translation>Delete request</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="573"/>
        <source>¿Eliminar la solicitud de alta de «{molino}»? El libro de Excel no se borra.</source>
        <translation>Delete the registration request of «{molino}»? The Excel workbook is not deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alta_molino.py" line="579"/>
        <source>No se eliminó la solicitud</source>
        <translation>The request was not deleted</translation>
    </message>
</context>
<context>
    <name>DialogoTiposCambio</name>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="55"/>
        <source>Tipos de cambio (regla R8)</source>
        <translation>Exchange rates (rule R8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="59"/>
        <source>Una factura en otra moneda se convierte a dólares con el tipo que publica Banco de México para el mes anterior a la fecha de la factura. Cargue el archivo que descarga de Banxico (SIE) o la tabla de equivalencias del DOF, o escriba el tipo de un mes con su fuente.</source>
        <translation>An invoice in another currency is converted to dollars with the rate Banco de México publishes for the month before the invoice date. Load the file you download from Banxico (SIE) or the DOF equivalence table, or type a month&apos;s rate with its source.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="68"/>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="68"/>
        <source>Mes</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="68"/>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="68"/>
        <source>Expresado en</source>
        <translation>Expressed as</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="69"/>
        <source>USD por unidad</source>
        <translation>USD per unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="69"/>
        <source>Fuente</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="78"/>
        <source>Tipos de cambio &amp;cargados:</source>
        <translation>&amp;Loaded exchange rates:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="89"/>
        <source>Cargar &amp;archivo de Banxico o del DOF…</source>
        <translation>Load a Banxico or DOF &amp;file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="97"/>
        <source>Escribir el tipo de un mes</source>
        <translation>Type a month&apos;s rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="119"/>
        <source>p. ej. DOF 01/08/2025, Banxico FIX del 31/07/2025</source>
        <translation>e.g. DOF 01/08/2025, Banxico FIX of 31/07/2025</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="120"/>
        <source>&amp;Guardar este tipo</source>
        <translation>Save this &amp;rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="132"/>
        <source>M&amp;oneda:</source>
        <translation>Curren&amp;cy:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="133"/>
        <source>&amp;Mes (AAAA-MM):</source>
        <translation>&amp;Month (YYYY-MM):</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="134"/>
        <source>&amp;Valor:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="135"/>
        <source>&amp;Expresado en:</source>
        <translation>&amp;Expressed as:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="136"/>
        <source>&amp;Fuente:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="143"/>
        <source>Ce&amp;rrar</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="175"/>
        <source>No hay tipos de cambio cargados: la revisión advierte (R8) en cada factura que no está en dólares.</source>
        <translation>No exchange rates are loaded: the check warns (R8) on every invoice that is not in dollars.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="186"/>
        <location filename="../../app/ui/tipos_cambio.py" line="189"/>
        <source>No se guardó el tipo de cambio</source>
        <translation>The exchange rate was not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="190"/>
        <source>No se pudo escribir el catálogo de tipos de cambio: {error}</source>
        <translation>The exchange-rate catalog could not be written: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="197"/>
        <source>Cargar tipos de cambio</source>
        <translation>Load exchange rates</translation>
    </message>
    <message>
        <location filename="../../app/ui/tipos_cambio.py" line="198"/>
        <source>Archivos de Banxico o del DOF (*.csv *.txt *.xlsx);;Todos los archivos (*)</source>
        <translation>Banxico or DOF files (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DialogoVistaPrevia</name>
    <message>
        <location filename="../../app/ui/impresion.py" line="107"/>
        <source>Vista previa · {titulo}</source>
        <translation>Preview · {titulo}</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="114"/>
        <source>Carta (216 × 279 mm)</source>
        <translation>Letter (216 × 279 mm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="115"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="118"/>
        <source>&amp;Papel:</source>
        <translation>Pape&amp;r:</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="126"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="130"/>
        <source>&amp;Imprimir…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="133"/>
        <source>&amp;Guardar PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="136"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="186"/>
        <source>Preparando la lista de verificación…</source>
        <translation>Preparing the checklist…</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="203"/>
        <source>{n} página(s)</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="204"/>
        <source>Lista de verificación lista para imprimir o guardar como PDF.</source>
        <translation>Checklist ready to print or save as PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="215"/>
        <source>No se pudo preparar la lista: {error}</source>
        <translation>The checklist could not be prepared: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="216"/>
        <source>No se pudo preparar la lista de verificación</source>
        <translation>The checklist could not be prepared</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="241"/>
        <source>Página {n} de {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="263"/>
        <source>Preparando las páginas para la impresora…</source>
        <translation>Preparing the pages for the printer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="279"/>
        <source>la impresora no aceptó el trabajo</source>
        <translation>the printer did not accept the job</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="296"/>
        <source>Se enviaron {n} página(s) a la impresora.</source>
        <translation>{n} page(s) were sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="304"/>
        <source>No se imprimió: {error}</source>
        <translation>Not printed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="305"/>
        <source>No se imprimió</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="305"/>
        <source>No se pudo imprimir la lista: {error}</source>
        <translation>The checklist could not be printed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="311"/>
        <source>Guardar la lista como PDF</source>
        <translation>Save the checklist as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="312"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="320"/>
        <source>No se guardó el PDF</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="320"/>
        <source>No se pudo escribir {ruta}: {error}</source>
        <translation>{ruta} could not be written: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/impresion.py" line="324"/>
        <source>PDF guardado en {ruta}</source>
        <translation>PDF saved to {ruta}</translation>
    </message>
</context>
<context>
    <name>DialogoVistaPreviaCatalogo</name>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="81"/>
        <source>Vista previa: {catalogo}</source>
        <translation>Preview: {catalogo}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="84"/>
        <source>Archivo: &lt;b&gt;{archivo}&lt;/b&gt;. Nada se cambia hasta que elija «Aplicar».</source>
        <translation>File: &lt;b&gt;{archivo}&lt;/b&gt;. Nothing changes until you choose «Apply».</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="89"/>
        <source>El archivo es la lista &amp;oficial publicada por la autoridad (SE, Banxico, DOF)</source>
        <translation>The file is the &amp;official list published by the authority (SE, Banxico, DOF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="96"/>
        <source>Si el archivo no lo dice</source>
        <translation>If the file does not say</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="104"/>
        <source>(la que diga el archivo)</source>
        <translation>(what the file says)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="109"/>
        <source>último dato del mes</source>
        <translation>last value of the month</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="110"/>
        <source>promedio del mes</source>
        <translation>average of the month</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="111"/>
        <source>&amp;Leer de nuevo</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="114"/>
        <source>&amp;Mes de la tabla:</source>
        <translation>&amp;Month of the table:</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="115"/>
        <source>&amp;Expresión de los valores:</source>
        <translation>&amp;Expression of the values:</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="116"/>
        <source>&amp;Datos diarios:</source>
        <translation>&amp;Daily data:</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="127"/>
        <source>Versiones</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="136"/>
        <source>En uso:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="137"/>
        <source>Archivo nuevo:</source>
        <translation>New file:</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="140"/>
        <source>Leyendo el archivo…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="160"/>
        <source>&amp;Aplicar</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="164"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="187"/>
        <source>Nuevas ({n})</source>
        <translation>Added ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="188"/>
        <source>Eliminadas ({n})</source>
        <translation>Removed ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="189"/>
        <source>Con cambios ({n})</source>
        <translation>Changed ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="190"/>
        <source>Filas no usadas ({n})</source>
        <translation>Rows not used ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="209"/>
        <source>Leyendo y comparando «{archivo}»…</source>
        <translation>Reading and comparing «{archivo}»…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="222"/>
        <source>No se pudo leer el archivo: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="228"/>
        <source>No se puede usar el archivo</source>
        <translation>The file cannot be used</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="229"/>
        <source>{error}

El catálogo en uso no cambió.</source>
        <translation>{error}

The catalog in use did not change.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="237"/>
        <source>El archivo no cambia ninguna fila. </source>
        <translation>The file changes no row. </translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="253"/>
        <source>ninguno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="254"/>
        <source>oficial</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="254"/>
        <source>no oficial</source>
        <translation>not official</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="255"/>
        <source>versión {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="256"/>
        <source>vigente desde {fecha}</source>
        <translation>in force since {fecha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="259"/>
        <source>fuente: {fuente}</source>
        <translation>source: {fuente}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="282"/>
        <source>Clave</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="282"/>
        <source>Dato</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="282"/>
        <source>Antes</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="282"/>
        <source>Después</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="308"/>
        <source>No se aplicó el catálogo</source>
        <translation>The catalog was not applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="309"/>
        <source>{error}

Se sigue usando el catálogo anterior.</source>
        <translation>{error}

The previous catalog is still in use.</translation>
    </message>
</context>
<context>
    <name>Estados</name>
    <message>
        <location filename="../../app/ui/nombres.py" line="10"/>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/nombres.py" line="11"/>
        <source>Listo</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/nombres.py" line="12"/>
        <source>Presentado</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../app/ui/nombres.py" line="13"/>
        <source>Emitido</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/nombres.py" line="14"/>
        <source>Rechazado</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>MarcaCampo</name>
    <message>
        <location filename="../../app/ui/asistente/base.py" line="226"/>
        <source>Vea el mensaje junto a «{campo}».</source>
        <translation>See the message next to “{campo}”.</translation>
    </message>
</context>
<context>
    <name>ModeloAvisos</name>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="58"/>
        <source>Expediente</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="59"/>
        <source>Aviso</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="60"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="61"/>
        <source>Fracción</source>
        <translation>Tariff item</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="62"/>
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="63"/>
        <source>Valor USD</source>
        <translation>Value USD</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="64"/>
        <source>Proveedor</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="65"/>
        <source>Certificados</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="66"/>
        <source>Fecha cert.</source>
        <translation>Cert. date</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="67"/>
        <source>Folio / núm. aviso</source>
        <translation>Folio / notice no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="68"/>
        <source>Modificado</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="128"/>
        <source>Eliminado</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>ModeloFracciones</name>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="35"/>
        <source>Fracción</source>
        <translation>Tariff item</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="35"/>
        <source>NICO</source>
        <translation>NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="35"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="35"/>
        <source>UMT</source>
        <translation>UMT</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="36"/>
        <source>Certificado</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="36"/>
        <source>Sujeta</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="71"/>
        <source>de molino</source>
        <translation>mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="71"/>
        <source>de calidad</source>
        <translation>quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="73"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="73"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ModeloPartidas</name>
    <message>
        <location filename="../../app/ui/facturas.py" line="118"/>
        <source>Partida</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="118"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="118"/>
        <source>Fracción</source>
        <translation>Tariff item</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="119"/>
        <source>NICO</source>
        <translation>NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="119"/>
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="119"/>
        <source>Unidad</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="120"/>
        <source>Precio unitario</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="120"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="120"/>
        <source>País de origen</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="121"/>
        <source>Certificado</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="177"/>
        <source>Calculado: cantidad × precio unitario.</source>
        <translation>Calculated: quantity × unit price.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="224"/>
        <source>«{texto}» no es un número; escriba cifras con punto decimal, p. ej. 24500 o 585.50.</source>
        <translation>«{texto}» is not a number; type digits with a decimal point, e.g. 24500 or 585.50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="227"/>
        <source>La fracción arancelaria lleva 8 dígitos.</source>
        <translation>The tariff item has 8 digits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="229"/>
        <source>El NICO lleva 2 dígitos.</source>
        <translation>The NICO has 2 digits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="233"/>
        <source>«{pais}» no está en el catálogo de países; use la clave de 3 letras.</source>
        <translation>«{pais}» is not in the country catalog; use the 3-letter code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="236"/>
        <source>La factura cita el certificado «{numero}», que no está en el expediente.</source>
        <translation>The invoice cites certificate «{numero}», which is not in the case.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="239"/>
        <source>Falta la cantidad.</source>
        <translation>The quantity is missing.</translation>
    </message>
</context>
<context>
    <name>PaginaCantidad</name>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="90"/>
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="90"/>
        <source>Valor en dólares</source>
        <translation>Value in dollars</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="93"/>
        <source>Campo 2 · Cantidad en la unidad de medida de la tarifa (UMT)</source>
        <translation>Field 2 · Quantity in the tariff unit of measure (UMT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="108"/>
        <source>&amp;Cantidad:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="123"/>
        <source>Conver&amp;tir</source>
        <translation>Conver&amp;t</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="131"/>
        <source>Cantidad en la &amp;factura:</source>
        <translation>Quantity on the &amp;invoice:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="141"/>
        <source>Partidas de factura</source>
        <translation>Invoice lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="150"/>
        <source>Partidas de factura:</source>
        <translation>Invoice lines:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="154"/>
        <source>Campo 3 · Valor en dólares (sin fletes ni seguros)</source>
        <translation>Field 3 · Value in dollars (without freight or insurance)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="159"/>
        <source>&amp;Moneda de la factura:</source>
        <translation>Invoice c&amp;urrency:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="167"/>
        <source>&amp;Importe en esa moneda:</source>
        <translation>&amp;Amount in that currency:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="180"/>
        <source>&amp;Dólares por unidad:</source>
        <translation>&amp;Dollars per unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="191"/>
        <source>Usar el tipo &amp;publicado</source>
        <translation>Use the &amp;published rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="194"/>
        <source>Poner en la calculadora y en la factura el tipo cargado para el mes anterior a la factura (regla R8)</source>
        <translation>Put the rate loaded for the month before the invoice in the calculator and in the invoice (rule R8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="213"/>
        <source>Conversión:</source>
        <translation>Conversion:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="228"/>
        <source>&amp;Valor en dólares:</source>
        <translation>&amp;Value in dollars:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="235"/>
        <source>Precio unitario (VUCEM lo calcula: valor ÷ cantidad)</source>
        <translation>Unit price (VUCEM computes it: value ÷ quantity)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="243"/>
        <source>En la unidad de la tarifa:</source>
        <translation>In the tariff unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="244"/>
        <source>Por kilogramo:</source>
        <translation>Per kilogram:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="253"/>
        <source>Cantidad y valor</source>
        <translation>Quantity and value</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="256"/>
        <source>Campos 2 y 3. La cantidad va en la unidad de la tarifa; el valor, en dólares y sin fletes ni seguros.</source>
        <translation>Fields 2 and 3. The quantity goes in the tariff unit; the value, in dollars and without freight or insurance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="348"/>
        <source>mes anterior a la factura del {fecha}</source>
        <translation>month before the invoice of {fecha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="349"/>
        <source>mes anterior a hoy, {fecha}</source>
        <translation>month before today, {fecha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="352"/>
        <source>No hay tipo de cambio de {moneda} cargado para {mes} ({cuando}). Cárguelo en la ventana principal: Herramientas ▸ Tipos de cambio.</source>
        <translation>No {moneda} exchange rate is loaded for {mes} ({cuando}). Load it in the main window: Tools ▸ Exchange rates.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="363"/>
        <source>Tipo publicado para {mes} ({cuando}): {valor} USD por {moneda}. Fuente: {fuente}.</source>
        <translation>Rate published for {mes} ({cuando}): {valor} USD per {moneda}. Source: {fuente}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="365"/>
        <source>sin fuente</source>
        <translation>no source</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="367"/>
        <source>Es el que se usa.</source>
        <translation>It is the one in use.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="367"/>
        <source>La tasa escrita es otra.</source>
        <translation>The rate typed is a different one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="387"/>
        <source>USD por 1 {moneda}; el tipo de cambio que publica Banco de México para el mes anterior a la factura.</source>
        <translation>USD per 1 {moneda}; the rate Banco de México publishes for the month before the invoice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="388"/>
        <source>Factura en dólares: 1.</source>
        <translation>Invoice in dollars: 1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="394"/>
        <source>{importe} {moneda} × {tasa} USD/{moneda} = {valor} USD</source>
        <translation>{importe} {moneda} × {tasa} USD/{moneda} = {valor} USD</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="397"/>
        <source>Escriba el importe y el tipo de cambio para calcular el valor.</source>
        <translation>Type the amount and the exchange rate to compute the value.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="403"/>
        <source>El expediente no tiene facturas: el valor y el precio no se podrán comparar con la factura (R6). Importe el expediente con su factura.</source>
        <translation>The case has no invoices: the value and the price cannot be compared with the invoice (R6). Import the case with its invoice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="408"/>
        <source>Marcadas: {n} partida(s) = {cantidad} {umt}.</source>
        <translation>Ticked: {n} line(s) = {cantidad} {umt}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="411"/>
        <source>Marque las partidas de la factura que ampara este aviso (barra espaciadora).</source>
        <translation>Tick the invoice lines this notice covers (space bar).</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="419"/>
        <source>no se puede expresar por kilogramo ({umt})</source>
        <translation>cannot be expressed per kilogram ({umt})</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="426"/>
        <source>Precio en la factura: {precio} {moneda}/{unidad}</source>
        <translation>Price on the invoice: {precio} {moneda}/{unidad}</translation>
    </message>
</context>
<context>
    <name>PaginaCertificados</name>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="70"/>
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="71"/>
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="72"/>
        <source>Chino</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="73"/>
        <source>Coreano</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="74"/>
        <source>Turco</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="75"/>
        <source>Japonés</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="76"/>
        <source>Alemán</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="77"/>
        <source>Italiano</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="78"/>
        <source>Portugués</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="79"/>
        <source>Francés</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="80"/>
        <source>Ruso</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="81"/>
        <source>Ucraniano</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="82"/>
        <source>Polaco</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="83"/>
        <source>Vietnamita</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="84"/>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="85"/>
        <source>Tailandés</source>
        <translation>Thai</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="86"/>
        <source>Indonesio</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="87"/>
        <source>Neerlandés</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="127"/>
        <source>Marque los certificados que amparan este aviso (barra espaciadora). Un certificado puede amparar varios avisos.</source>
        <translation>Tick the certificates that cover this notice (space bar). One certificate may cover several notices.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="131"/>
        <source>A&amp;gregar certificado</source>
        <translation>A&amp;dd certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="134"/>
        <source>Leer &amp;PDF…</source>
        <translation>Read &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="138"/>
        <source>Lee el certificado en PDF (texto u OCR si es escaneo) y le muestra cada dato junto a la página para que lo acepte, lo corrija o lo rechace. También puede arrastrar el PDF a este paso.</source>
        <translation>Reads the certificate PDF (text, or OCR if it is a scan) and shows you each value next to the page so you can accept, correct or reject it. You can also drag the PDF onto this step.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="159"/>
        <source>&amp;Cancelar lectura</source>
        <translation>&amp;Stop reading</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="183"/>
        <source>Certificado (campos 7 y 8)</source>
        <translation>Certificate (fields 7 and 8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="187"/>
        <source>De molino (acería: fundió o laminó el acero)</source>
        <translation>Mill (steelworks: melted or rolled the steel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="188"/>
        <source>De calidad (fabricante de la mercancía)</source>
        <translation>Quality (maker of the goods)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="189"/>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="237"/>
        <source>Sin indicar</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="192"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="202"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="203"/>
        <source>Nú&amp;mero (7):</source>
        <translation>Nu&amp;mber (7):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="204"/>
        <source>&amp;Fecha de expedición (8):</source>
        <translation>Date of &amp;issue (8):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="205"/>
        <source>&amp;Volumen (kg):</source>
        <translation>&amp;Volume (kg):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="206"/>
        <source>Paí&amp;s de origen:</source>
        <translation>C&amp;ountry of origin:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="207"/>
        <source>C&amp;oladas:</source>
        <translation>&amp;Heats:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="208"/>
        <source>Descripción (&amp;especificación):</source>
        <translation>Description (sp&amp;ecification):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="211"/>
        <source>Productor (molino o fabricante que lo emite)</source>
        <translation>Producer (mill or maker that issues it)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="220"/>
        <source>Nom&amp;bre:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="221"/>
        <source>&amp;Domicilio:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="222"/>
        <source>País:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="223"/>
        <source>Teléfono:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="224"/>
        <source>Correo:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="227"/>
        <source>Requisitos del documento</source>
        <translation>Requirements of the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="229"/>
        <source>Tiene firma a&amp;utógrafa, sello o código QR del emisor</source>
        <translation>Has the issuer&apos;s handwritten si&amp;gnature, stamp or QR code</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="233"/>
        <source>Firma, sello o QR</source>
        <translation>Signature, stamp or QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="241"/>
        <source>&amp;Idioma:</source>
        <translation>Lang&amp;uage:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="242"/>
        <source>Traducción al español ad&amp;junta (libre y completa)</source>
        <translation>Spanish translation atta&amp;ched (free and complete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="246"/>
        <source>Traducción</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="260"/>
        <source>El expediente no tiene certificados. Use «Agregar certificado».</source>
        <translation>The case has no certificates. Use “Add certificate”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="292"/>
        <source>Certificados</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="295"/>
        <source>Campos 7 y 8: número y fecha de expedición de cada certificado, y lo que el certificado debe mostrar (R3).</source>
        <translation>Fields 7 and 8: number and date of issue of each certificate, and what the certificate must show (R3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="309"/>
        <source>La partida {partida} pide certificado &lt;b&gt;de {tipo}&lt;/b&gt;.</source>
        <translation>Heading {partida} requires a &lt;b&gt;{tipo}&lt;/b&gt; certificate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="310"/>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="354"/>
        <source>molino</source>
        <translation>mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="310"/>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="354"/>
        <source>calidad</source>
        <translation>quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="312"/>
        <source>Elija la fracción (paso 1) para saber qué certificado pide.</source>
        <translation>Choose the tariff item (step 1) to know which certificate it requires.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="354"/>
        <source>tipo sin indicar</source>
        <translation>type not stated</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="355"/>
        <source>(sin número)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="390"/>
        <source>Este certificado también ampara: {avisos}. Los cambios valen para todos.</source>
        <translation>This certificate also covers: {avisos}. Changes apply to all of them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="403"/>
        <source>PDF guardado con el expediente: &lt;a href=&quot;abrir&quot;&gt;{archivo}&lt;/a&gt;</source>
        <translation>PDF kept with the case: &lt;a href=&quot;abrir&quot;&gt;{archivo}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="407"/>
        <source>Archivo: {archivo} (no hay copia guardada; léalo de nuevo con «Leer PDF…»)</source>
        <translation>File: {archivo} (no copy kept; read it again with “Read PDF…”)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="411"/>
        <source>Sin PDF: arrástrelo a este paso o use «Leer PDF…».</source>
        <translation>No PDF: drag it onto this step or use “Read PDF…”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="482"/>
        <source>Leer certificado en PDF</source>
        <translation>Read certificate PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="483"/>
        <source>Certificados en PDF (*.pdf *.PDF);;Todos los archivos (*)</source>
        <translation>PDF certificates (*.pdf *.PDF);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="503"/>
        <source>Un certificado a la vez</source>
        <translation>One certificate at a time</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="504"/>
        <source>Se leerá «{archivo}». Arrastre los demás PDF uno por uno.</source>
        <translation>“{archivo}” will be read. Drag the other PDFs one by one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="521"/>
        <source>Leyendo «{archivo}»…</source>
        <translation>Reading “{archivo}”…</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="534"/>
        <source>Cancelando… (termina la página en curso)</source>
        <translation>Stopping… (finishing the current page)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="548"/>
        <source>Leyendo «{archivo}»: página {n} de {total}…</source>
        <translation>Reading “{archivo}”: page {n} of {total}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="564"/>
        <source>Se canceló la lectura de «{archivo}»; no cambió nada.</source>
        <translation>Reading of “{archivo}” was cancelled; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="566"/>
        <source>PDF protegido con contraseña</source>
        <translation>Password-protected PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="567"/>
        <source>Contraseña del PDF:</source>
        <translation>PDF password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="571"/>
        <source>No se leyó «{archivo}»: está protegido con contraseña.</source>
        <translation>“{archivo}” was not read: it is password-protected.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="573"/>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="577"/>
        <source>No se pudo leer el certificado</source>
        <translation>Could not read the certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="575"/>
        <source>No se pudo guardar el PDF</source>
        <translation>Could not keep the PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="578"/>
        <source>Ocurrió un error inesperado al leer «{archivo}». Capture los datos a mano; nada se perdió.</source>
        <translation>An unexpected error occurred while reading “{archivo}”. Enter the data by hand; nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="606"/>
        <source>Se cerró la revisión de «{archivo}» sin usar sus datos; no cambió nada.</source>
        <translation>The review of “{archivo}” was closed without using its data; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="624"/>
        <source>¿Qué certificado se llena?</source>
        <translation>Which certificate is filled?</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="625"/>
        <source>El certificado seleccionado ya tiene datos. ¿Dónde se ponen los de «{archivo}»?</source>
        <translation>The selected certificate already has data. Where should the data of “{archivo}” go?</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="627"/>
        <source>En un certificado nuevo</source>
        <translation>Into a new certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="628"/>
        <source>En el seleccionado ({numero}), reemplazando sus datos</source>
        <translation>Into the selected one ({numero}), replacing its data</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="630"/>
        <source>No se usaron los datos de «{archivo}»; no cambió nada.</source>
        <translation>The data of “{archivo}” was not used; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="645"/>
        <source>País del aviso</source>
        <translation>Country in the notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="646"/>
        <source>El certificado dice {pais}, pero el campo {n} del aviso tiene {actual}. ¿Cambiar el campo {n} a {pais}?</source>
        <translation>The certificate says {pais}, but field {n} of the notice has {actual}. Change field {n} to {pais}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="647"/>
        <source>Cambiar a {pais}</source>
        <translation>Change to {pais}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="680"/>
        <source>Se llenó el certificado con {n} dato(s) de «{archivo}» ({c} corregido(s), {r} rechazado(s)); el PDF quedó guardado con el expediente.</source>
        <translation>The certificate was filled with {n} value(s) from “{archivo}” ({c} corrected, {r} rejected); the PDF is kept with the case.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="686"/>
        <source>Se recordó dónde pone «{molino}»: {campos}.</source>
        <translation>Remembered where “{molino}” puts: {campos}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="741"/>
        <source>No se guardó lo aprendido</source>
        <translation>What was learned was not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="742"/>
        <source>Los datos del certificado sí se guardaron, pero no se pudo guardar la plantilla del molino: {error}</source>
        <translation>The certificate data was saved, but the mill template could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>PaginaDescripcion</name>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="44"/>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="148"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="44"/>
        <source>Observaciones</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="47"/>
        <source>Asistente de descripción</source>
        <translation>Description helper</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="56"/>
        <source>25 mm x 14 m; 0.50 mm x 1220 mm en rollo</source>
        <translation>25 mm x 14 m; 0.50 mm x 1220 mm in coil</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="61"/>
        <source>&amp;Producto:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="61"/>
        <source>&amp;Tipo de acero:</source>
        <translation>S&amp;teel type:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="62"/>
        <source>Nor&amp;ma y grado:</source>
        <translation>Standard and &amp;grade:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="62"/>
        <source>D&amp;imensiones:</source>
        <translation>D&amp;imensions:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="63"/>
        <source>Recubrimiento o a&amp;cabado:</source>
        <translation>Coating or &amp;finish:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="64"/>
        <source>Acce&amp;sorios integrados:</source>
        <translation>Integrated acce&amp;ssories:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="73"/>
        <source>Precio unitario:</source>
        <translation>Unit price:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="74"/>
        <source>Conversión de unidad:</source>
        <translation>Unit conversion:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="79"/>
        <source>Quedaría:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="80"/>
        <source>&amp;Escribir en la descripción</source>
        <translation>&amp;Write into the description</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="89"/>
        <source>Campo 11 · Descripción de la mercancía</source>
        <translation>Field 11 · Description of the goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="95"/>
        <source>Tipo de acero, dimensiones, recubrimiento o acabado, accesorios y precio unitario en USD/kg.</source>
        <translation>Steel type, dimensions, coating or finish, accessories and unit price in USD/kg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="99"/>
        <source>&amp;Descripción (campo 11):</source>
        <translation>&amp;Description (field 11):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="106"/>
        <source>Campo 12 · Observaciones</source>
        <translation>Field 12 · Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="112"/>
        <source>Texto libre (opcional).</source>
        <translation>Free text (optional).</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="115"/>
        <source>&amp;Observaciones (campo 12):</source>
        <translation>&amp;Remarks (field 12):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="145"/>
        <source>Descripción y observaciones</source>
        <translation>Description and remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="151"/>
        <source>Campos 11 y 12. La descripción debe decir tipo de acero, dimensiones, acabado, accesorios y el precio unitario en USD/kg.</source>
        <translation>Fields 11 and 12. The description must state steel type, dimensions, finish, accessories and the unit price in USD/kg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="213"/>
        <source>falta la cantidad o el valor (paso 2)</source>
        <translation>the quantity or the value is missing (step 2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="215"/>
        <source>no aplica: la factura está en la unidad de la tarifa</source>
        <translation>does not apply: the invoice is in the tariff unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="217"/>
        <source>{n} caracteres</source>
        <translation>{n} characters</translation>
    </message>
</context>
<context>
    <name>PaginaFabricante</name>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="48"/>
        <source>Nombre del fabricante</source>
        <translation>Manufacturer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="48"/>
        <source>Molino</source>
        <translation>Mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="51"/>
        <source>Campo 9 · Nombre y domicilio del fabricante de la mercancía</source>
        <translation>Field 9 · Name and address of the manufacturer of the goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="57"/>
        <source>Calle y número, ciudad, código postal, país</source>
        <translation>Street and number, city, postal code, country</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="61"/>
        <source>N&amp;ombre:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="64"/>
        <source>&amp;Domicilio:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="67"/>
        <source>&amp;Tomar del certificado</source>
        <translation>&amp;Take from the certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="78"/>
        <source>Campo 10 · Molino (catálogo de molinos de la SE que muestra VUCEM)</source>
        <translation>Field 10 · Mill (the SE mill catalog VUCEM shows)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="82"/>
        <source>Catálogo de molinos {version}: {n} molino(s), {oficial}.</source>
        <translation>Mill catalog {version}: {n} mill(s), {oficial}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="84"/>
        <source>oficial</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="85"/>
        <source>no oficial: importe el catálogo completo de la SE en Preferencias ▸ Catálogos</source>
        <translation>not official: import the SE&apos;s full catalog in Preferences ▸ Catalogs</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="95"/>
        <source>Nombre de la planta o de la empresa, o la clave SE</source>
        <translation>Name of the plant or the company, or the SE key</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="99"/>
        <source>&amp;Buscar molino:</source>
        <translation>&amp;Search mill:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="110"/>
        <source>Molino del aviso:</source>
        <translation>Mill of the notice:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="115"/>
        <source>El molino no a&amp;parece en el catálogo</source>
        <translation>The mill does not a&amp;ppear in the catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="128"/>
        <source>p. ej. MARMARA STEEL MILL (MARMARA DEMIR CELIK SAN. A.S.)</source>
        <translation>e.g. MARMARA STEEL MILL (MARMARA DEMIR CELIK SAN. A.S.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="135"/>
        <source>Nombre como aparece en &amp;VUCEM:</source>
        <translation>Name as shown in &amp;VUCEM:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="138"/>
        <source>C&amp;lave SE (si VUCEM la muestra):</source>
        <translation>SE &amp;key (if VUCEM shows it):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="142"/>
        <source>Preparar &amp;solicitud de alta…</source>
        <translation>Prepare re&amp;gistration request…</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="145"/>
        <source>Libro de Excel y carta para pedir a la SE el alta del molino, y su seguimiento</source>
        <translation>Excel workbook and letter asking the SE to register the mill, and its follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="167"/>
        <source>Fabricante y molino</source>
        <translation>Manufacturer and mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="170"/>
        <source>Campos 9 y 10. El molino se elige del catálogo de la SE; si no está, hay que pedir su alta.</source>
        <translation>Fields 9 and 10. The mill is chosen from the SE catalog; if it is not there, its registration must be requested.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="203"/>
        <source>Del certificado {numero}: {nombre}</source>
        <translation>From certificate {numero}: {nombre}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="205"/>
        <source>Vincule un certificado (paso 4) para tomar de él nombre y domicilio.</source>
        <translation>Link a certificate (step 4) to take the name and address from it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="242"/>
        <source>({puntos} % de parecido)</source>
        <translation>({puntos} % similar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="247"/>
        <source>Ningún molino del catálogo se parece a «{texto}».</source>
        <translation>No mill in the catalog resembles “{texto}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="248"/>
        <source>El catálogo de molinos está vacío.</source>
        <translation>The mill catalog is empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="312"/>
        <source>&lt;b&gt;{molino}&lt;/b&gt; (escrito a mano; no está en el catálogo cargado)</source>
        <translation>&lt;b&gt;{molino}&lt;/b&gt; (typed in; not in the loaded catalog)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="314"/>
        <source>ninguno: elija uno de la lista (Intro) o marque que no aparece</source>
        <translation>none: choose one from the list (Enter) or tick that it does not appear</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="324"/>
        <source>&lt;b&gt;Si el molino tampoco aparece en VUCEM&lt;/b&gt;, la SE debe darlo de alta antes de presentar el aviso: envíe la solicitud por escrito con el formato de Excel de la SE (nombre y domicilio de la planta, empresa propietaria, país, productos) y espere la respuesta, que tarda hasta {dias} días hábiles (si la envía hoy, a más tardar el {fecha}, sin contar fines de semana ni días de descanso obligatorio). Mientras tanto este aviso no puede presentarse.&lt;br&gt;&lt;b&gt;Si VUCEM sí lo muestra&lt;/b&gt;, escríbalo abajo tal como aparece allí y después importe el catálogo de molinos actualizado para que la revisión lo reconozca.</source>
        <translation>&lt;b&gt;If the mill does not appear in VUCEM either&lt;/b&gt;, the SE must register it before the notice is filed: send the written request with the SE&apos;s Excel form (name and address of the plant, owner company, country, products) and wait for the answer, which takes up to {dias} business days (if you send it today, by {fecha} at the latest, not counting weekends and official rest days). Meanwhile this notice cannot be filed.&lt;br&gt;&lt;b&gt;If VUCEM does show it&lt;/b&gt;, type it below exactly as it appears there and then import the updated mill catalog so the check recognizes it.</translation>
    </message>
</context>
<context>
    <name>PaginaFraccion</name>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="89"/>
        <source>Catálogo de fracciones</source>
        <translation>Tariff item catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="117"/>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="120"/>
        <source>Dígitos con o sin puntos (7214.20 o 721420) o palabras (varilla corrugada)</source>
        <translation>Digits with or without dots (7214.20 or 721420) or words (varilla corrugada)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="130"/>
        <source>Flechas para recorrer la lista; Intro toma la fracción resaltada.</source>
        <translation>Arrows move through the list; Enter takes the highlighted item.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="133"/>
        <source>sin fecha</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="135"/>
        <source>Catálogo oficial {version} (vigencia {vigencia}).</source>
        <translation>Official catalog {version} (in force {vigencia}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="139"/>
        <source>Lista candidata NO oficial ({version}, {vigencia}): ayuda a encontrar la fracción, pero no es el Anexo 2.2.1. Confirme que la fracción está sujeta al aviso en la publicación vigente del DOF o importe la lista oficial en Preferencias ▸ Catálogos.</source>
        <translation>NOT official candidate list ({version}, {vigencia}): it helps to find the tariff item, but it is not Annex 2.2.1. Confirm that the item is subject to the notice in the current DOF publication, or import the official list in Preferences ▸ Catalogs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="145"/>
        <source>No hay catálogo de fracciones cargado: escriba la fracción y el NICO a mano.</source>
        <translation>No tariff item catalog is loaded: type the tariff item and the NICO by hand.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="150"/>
        <source>Campo 1 de VUCEM</source>
        <translation>VUCEM field 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="164"/>
        <source>Fracción arancelaria</source>
        <translation>Tariff item</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="164"/>
        <source>NICO</source>
        <translation>NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="167"/>
        <source>&amp;Fracción arancelaria (8 dígitos):</source>
        <translation>&amp;Tariff item (8 digits):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="169"/>
        <source>N&amp;ICO (2 dígitos):</source>
        <translation>N&amp;ICO (2 digits):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="194"/>
        <source>Descripción en la tarifa:</source>
        <translation>Description in the tariff:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="195"/>
        <source>Unidad de medida de la tarifa (UMT):</source>
        <translation>Tariff unit of measure (UMT):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="196"/>
        <source>Certificado que pide la partida:</source>
        <translation>Certificate the heading requires:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="205"/>
        <source>Fracción arancelaria y NICO</source>
        <translation>Tariff item and NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="208"/>
        <source>Fracción y NICO</source>
        <translation>Tariff item and NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="211"/>
        <source>Campo 1. Busque en el catálogo por número o por palabras, o escriba la fracción y el NICO.</source>
        <translation>Field 1. Search the catalog by number or by words, or type the tariff item and the NICO.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="221"/>
        <source>{n} de {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="266"/>
        <source>{fraccion}: el NICO {nico} no está en el catálogo; NICO conocidos: {nicos}.</source>
        <translation>{fraccion}: NICO {nico} is not in the catalog; known NICOs: {nicos}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="269"/>
        <source>La fracción no está en el catálogo cargado.</source>
        <translation>The tariff item is not in the loaded catalog.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="271"/>
        <source>Elija una fracción.</source>
        <translation>Choose a tariff item.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="280"/>
        <source>Certificado de molino (partida {partida})</source>
        <translation>Mill certificate (heading {partida})</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="281"/>
        <source>Certificado de calidad (partida {partida})</source>
        <translation>Quality certificate (heading {partida})</translation>
    </message>
</context>
<context>
    <name>PaginaOcr</name>
    <message>
        <location filename="../../app/ui/preferencias.py" line="325"/>
        <source>OCR (Tesseract)</source>
        <translation>OCR (Tesseract)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="330"/>
        <source>Automático (el que trae el Asistente o el del sistema)</source>
        <translation>Automatic (the one bundled with the Assistant or the system's)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="332"/>
        <source>E&amp;xaminar…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="335"/>
        <source>&amp;Probar</source>
        <translation>Te&amp;st</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="339"/>
        <source>P&amp;rograma:</source>
        <translation>Progra&amp;m:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="347"/>
        <source>Solo los certificados escaneados (sin capa de texto) necesitan Tesseract; todo lo demás funciona sin él. Deje la ruta vacía para usar el que trae el Asistente o el del sistema; «Probar» muestra la versión y los idiomas (español, inglés y orientación).</source>
        <translation>Only scanned certificates (without a text layer) need Tesseract; everything else works without it. Leave the path empty to use the one bundled with the Assistant or the system's; “Test” shows the version and the languages (Spanish, English and orientation).</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="364"/>
        <source>Programa Tesseract</source>
        <translation>Tesseract program</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="365"/>
        <source>Tesseract (tesseract.exe tesseract);;Todos los archivos (*)</source>
        <translation>Tesseract (tesseract.exe tesseract);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="372"/>
        <source>Probando Tesseract…</source>
        <translation>Testing Tesseract…</translation>
    </message>
</context>
<context>
    <name>PaginaPaises</name>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="26"/>
        <source>Campos 4, 5 y 6 · Países</source>
        <translation>Fields 4, 5 and 6 · Countries</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="33"/>
        <source>4 · País de origen del ac&amp;ero:</source>
        <translation>4 · Country of origin of the &amp;steel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="34"/>
        <location filename="../../app/ui/asistente/pag_paises.py" line="144"/>
        <source>Donde el acero se fundió y coló por primera vez (primero líquido, luego sólido). Debe ser el país del certificado de molino.</source>
        <translation>Where the steel was first melted and poured (first liquid, then solid). It must be the country of the mill certificate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="36"/>
        <source>5 · País de origen de la &amp;mercancía:</source>
        <translation>5 · Country of origin of the &amp;goods:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="37"/>
        <source>Donde el fabricante transformó el acero en la mercancía. Debe ser el país del certificado de calidad.</source>
        <translation>Where the manufacturer turned the steel into the goods. It must be the country of the quality certificate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="39"/>
        <source>6 · País e&amp;xportador:</source>
        <translation>6 · E&amp;xporting country:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="40"/>
        <source>El país desde donde se envía la mercancía a México.</source>
        <translation>The country the goods are shipped from to Mexico.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="76"/>
        <source>Lo que dicen los certificados vinculados</source>
        <translation>What the linked certificates say</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="79"/>
        <source>Escriba la clave de 3 letras (TUR) o parte del nombre, con o sin acentos; Intro o Tab toma el país resaltado.</source>
        <translation>Type the 3-letter key (TUR) or part of the Spanish name, with or without accents; Enter or Tab takes the highlighted country.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="88"/>
        <source>Países</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="91"/>
        <source>Campos 4, 5 y 6, con los nombres del catálogo de países como los muestra VUCEM.</source>
        <translation>Fields 4, 5 and 6, with the country names of the catalog as VUCEM shows them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="134"/>
        <source>Usar {pais}</source>
        <translation>Use {pais}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="135"/>
        <source>Tomar el país del certificado: {pais}</source>
        <translation>Take the certificate&apos;s country: {pais}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="142"/>
        <source>La partida {partida} es materia prima siderúrgica: el campo 4 no aplica.</source>
        <translation>Heading {partida} is a steelmaking raw material: field 4 does not apply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="148"/>
        <source>molino</source>
        <translation>mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="148"/>
        <source>calidad</source>
        <translation>quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="150"/>
        <source>Certificado de {tipo} {numero}: {pais}</source>
        <translation>{tipo} certificate {numero}: {pais}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="151"/>
        <source>sin país</source>
        <translation>no country</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="152"/>
        <source>El aviso aún no tiene certificados vinculados (paso 4).</source>
        <translation>The notice has no linked certificates yet (step 4).</translation>
    </message>
</context>
<context>
    <name>PaginaRevision</name>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="64"/>
        <source>Marcar como &amp;listo</source>
        <translation>Mark as &amp;ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="87"/>
        <source>Campo de VUCEM</source>
        <translation>VUCEM field</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="87"/>
        <source>Valor a capturar</source>
        <translation>Value to type</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="93"/>
        <source>Fracción arancelaria</source>
        <translation>Tariff item</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="94"/>
        <source>NICO</source>
        <translation>NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="95"/>
        <source>Cantidad (UMT)</source>
        <translation>Quantity (UMT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="96"/>
        <source>Valor en dólares</source>
        <translation>Value in dollars</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="97"/>
        <source>País de origen del acero</source>
        <translation>Country of origin of the steel</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="98"/>
        <source>País de origen de la mercancía</source>
        <translation>Country of origin of the goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="99"/>
        <source>País exportador</source>
        <translation>Exporting country</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="100"/>
        <source>Número(s) de certificado</source>
        <translation>Certificate number(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="101"/>
        <source>Fecha(s) de expedición</source>
        <translation>Date(s) of issue</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="102"/>
        <source>Nombre del fabricante</source>
        <translation>Manufacturer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="103"/>
        <source>Domicilio del fabricante</source>
        <translation>Manufacturer&apos;s address</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="104"/>
        <source>Molino</source>
        <translation>Mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="105"/>
        <source>Descripción de la mercancía</source>
        <translation>Description of the goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="106"/>
        <source>Observaciones</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="130"/>
        <source>Copiar</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="133"/>
        <source>Copiar «{campo}» al portapapeles</source>
        <translation>Copy “{campo}” to the clipboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="149"/>
        <source>Revisión de todas las reglas</source>
        <translation>Check of all the rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="150"/>
        <source>Ninguna regla encontró errores ni advertencias en este aviso.</source>
        <translation>No rule found errors or warnings in this notice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="164"/>
        <source>Revisión para VUCEM</source>
        <translation>Review for VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="167"/>
        <source>Cada dato tal como se captura en VUCEM, en su orden, y el resultado de todas las reglas.</source>
        <translation>Each value as it is typed into VUCEM, in its order, and the result of all the rules.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="221"/>
        <source>Precio unitario que calculará VUCEM: {precio} USD/{umt} ({kg} USD/kg).</source>
        <translation>Unit price VUCEM will compute: {precio} USD/{umt} ({kg} USD/kg).</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="233"/>
        <source>Copiado al portapapeles: {campo}</source>
        <translation>Copied to the clipboard: {campo}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="242"/>
        <source>Expediente: </source>
        <translation>Case: </translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="267"/>
        <source>Con {n} error(es): todavía no lo capture en VUCEM</source>
        <translation>{n} error(s): do not type it into VUCEM yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="269"/>
        <source>Corrija los errores de la lista (clic para ir al campo). Un aviso con datos distintos a la factura o a los certificados carece de validez.</source>
        <translation>Fix the errors in the list (click to go to the field). A notice whose data differ from the invoice or the certificates is void.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="274"/>
        <source>Listo para VUCEM</source>
        <translation>Ready for VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="276"/>
        <source>Sin errores. Revise las {n} advertencia(s) antes de capturar.</source>
        <translation>No errors. Review the {n} warning(s) before typing it in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="277"/>
        <source>Sin errores ni advertencias. Capture los datos en este orden.</source>
        <translation>No errors or warnings. Type the data in this order.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="283"/>
        <source>Estado: {estado}</source>
        <translation>Status: {estado}</translation>
    </message>
</context>
<context>
    <name>PanelHallazgos</name>
    <message>
        <location filename="../../app/ui/asistente/base.py" line="276"/>
        <source>Revisión de este paso</source>
        <translation>Check of this step</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/base.py" line="272"/>
        <source>Sin errores ni advertencias en este paso.</source>
        <translation>No errors or warnings in this step.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/base.py" line="303"/>
        <source>Clic o Intro para ir al campo.</source>
        <translation>Click or Enter to go to the field.</translation>
    </message>
</context>
<context>
    <name>Progreso</name>
    <message>
        <location filename="../../app/ui/progreso.py" line="22"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/progreso.py" line="36"/>
        <source>Cancelando…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>RevisionCertificado</name>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="233"/>
        <source>Tipo de certificado</source>
        <extracomment>Only one thread touches pdfium at a time (reading and drawing). Drawing scale of the page images (2 = 144 dpi: small print stays readable when zoomed). Pages drawn for the panel (those with evidence first). Proposals at least this sure are marked for «Aceptar todo lo marcado».</extracomment>
        <translation>Certificate type</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="234"/>
        <source>Número (7)</source>
        <translation>Number (7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="235"/>
        <source>Fecha de expedición (8)</source>
        <translation>Date of issue (8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="236"/>
        <source>Coladas</source>
        <translation>Heats</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="237"/>
        <source>Productor: nombre</source>
        <translation>Producer: name</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="238"/>
        <source>Productor: domicilio</source>
        <translation>Producer: address</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="239"/>
        <source>Productor: país</source>
        <translation>Producer: country</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="240"/>
        <source>Productor: teléfono</source>
        <translation>Producer: phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="241"/>
        <source>Productor: correo</source>
        <translation>Producer: e-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="242"/>
        <source>País de origen</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="243"/>
        <source>Volumen (kg)</source>
        <translation>Volume (kg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="244"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="245"/>
        <source>Norma y grado</source>
        <translation>Standard and grade</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="246"/>
        <source>Firma, sello o QR</source>
        <translation>Signature, stamp or QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="247"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="273"/>
        <source>De molino</source>
        <translation>Mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="274"/>
        <source>De calidad</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="301"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="302"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_certificado.py" line="368"/>
        <source>(sin vista de esta página)</source>
        <translation>(no preview of this page)</translation>
    </message>
</context>
<context>
    <name>SelectorClave</name>
    <message>
        <location filename="../../app/ui/selectores.py" line="102"/>
        <source>Escriba la clave o el nombre</source>
        <translation>Type the key or the name</translation>
    </message>
</context>
<context>
    <name>TiposCambio</name>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="60"/>
        <source>dólares por unidad de la moneda</source>
        <translation>dollars per unit of the currency</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="61"/>
        <source>unidades de la moneda por dólar (como el FIX en pesos)</source>
        <translation>units of the currency per dollar (like the FIX in pesos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vista_catalogo.py" line="62"/>
        <source>dólares por cada 1,000 unidades</source>
        <translation>dollars per 1,000 units</translation>
    </message>
</context>
<context>
    <name>Totales</name>
    <message>
        <location filename="../../app/ui/facturas.py" line="331"/>
        <source>Total de la factura: &lt;b&gt;{total} {moneda}&lt;/b&gt;</source>
        <translation>Invoice total: &lt;b&gt;{total} {moneda}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="334"/>
        <source>Total de la factura: &lt;b&gt;incompleto&lt;/b&gt; (hay partidas sin importe)</source>
        <translation>Invoice total: &lt;b&gt;incomplete&lt;/b&gt; (lines without amount)</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="336"/>
        <source>Partidas de acero en dólares: &lt;b&gt;{usd} USD&lt;/b&gt;</source>
        <translation>Steel lines in dollars: &lt;b&gt;{usd} USD&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="338"/>
        <source>Partidas de acero en dólares: &lt;b&gt;—&lt;/b&gt; (falta el tipo de cambio o un importe)</source>
        <translation>Steel lines in dollars: &lt;b&gt;—&lt;/b&gt; (the exchange rate or an amount is missing)</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="340"/>
        <source>Avisos: &lt;b&gt;ninguno todavía&lt;/b&gt;</source>
        <translation>Notices: &lt;b&gt;none yet&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="342"/>
        <source>Suma de sus avisos ({avisos}): &lt;b&gt;—&lt;/b&gt; (un aviso no tiene valor)</source>
        <translation>Sum of its notices ({avisos}): &lt;b&gt;—&lt;/b&gt; (a notice has no value)</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="345"/>
        <source>Suma de sus avisos ({avisos}): &lt;b&gt;{suma} USD&lt;/b&gt;</source>
        <translation>Sum of its notices ({avisos}): &lt;b&gt;{suma} USD&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="349"/>
        <source>un aviso abarca partidas de otra factura: la suma no se puede comparar</source>
        <translation>a notice covers lines of another invoice: the sum cannot be compared</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="352"/>
        <source>✔ la suma de los avisos coincide con la factura</source>
        <translation>✔ the notices add up to the invoice</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="356"/>
        <source>✖ los avisos suman {dif} USD más que la factura</source>
        <translation>✖ the notices add up to {dif} USD more than the invoice</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="357"/>
        <source>✖ a los avisos les faltan {dif} USD para sumar la factura</source>
        <translation>✖ the notices are {dif} USD short of the invoice</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="363"/>
        <source>{n} partida(s) de acero sin aviso</source>
        <translation>{n} steel line(s) without a notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="373"/>
        <source>&lt;b&gt;{numero}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{numero}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="375"/>
        <source>acero {usd} USD</source>
        <translation>steel {usd} USD</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="377"/>
        <source>acero: falta el tipo de cambio o un importe</source>
        <translation>steel: exchange rate or an amount missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="379"/>
        <source>sin avisos</source>
        <translation>no notices</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="381"/>
        <source>avisos {avisos}: {suma} USD</source>
        <translation>notices {avisos}: {suma} USD</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="383"/>
        <source>avisos {avisos}: un aviso sin valor</source>
        <translation>notices {avisos}: a notice without value</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="385"/>
        <source>no comparable (un aviso abarca otra factura)</source>
        <translation>not comparable (a notice covers another invoice)</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="387"/>
        <source>✔ coinciden</source>
        <translation>✔ they match</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="390"/>
        <source>✖ avisos {dif} USD de más</source>
        <translation>✖ notices {dif} USD over</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="390"/>
        <source>✖ faltan {dif} USD en avisos</source>
        <translation>✖ notices {dif} USD short</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="396"/>
        <source>{n} partida(s) sin aviso</source>
        <translation>{n} line(s) without a notice</translation>
    </message>
</context>
<context>
    <name>VentanaPrincipal</name>
    <message>
        <location filename="../../app/ui/ventana.py" line="159"/>
        <source>Nuevo &amp;expediente…</source>
        <translation>New &amp;case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="161"/>
        <source>Crear un expediente (una operación de importación)</source>
        <translation>Create a case (one import operation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="162"/>
        <source>&amp;Nuevo aviso</source>
        <translation>&amp;New notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="164"/>
        <source>Crear un aviso en el expediente elegido</source>
        <translation>Create a notice in the chosen case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="165"/>
        <source>&amp;Abrir aviso</source>
        <translation>&amp;Open notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="167"/>
        <source>Abrir el aviso en el asistente (también Intro o doble clic)</source>
        <translation>Open the notice in the wizard (also Enter or double click)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="168"/>
        <source>&amp;Duplicar aviso</source>
        <translation>&amp;Duplicate notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="170"/>
        <source>Nuevo borrador a partir del aviso elegido</source>
        <translation>New draft from the chosen notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="171"/>
        <source>&amp;Eliminar aviso</source>
        <translation>De&amp;lete notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="173"/>
        <source>Enviar el aviso a la Papelera (se puede restaurar)</source>
        <translation>Send the notice to the Recycle Bin (it can be restored)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="174"/>
        <source>&amp;Restaurar de la Papelera</source>
        <translation>&amp;Restore from the Recycle Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="176"/>
        <source>Devolver el elemento elegido de la Papelera</source>
        <translation>Bring back the chosen item from the Recycle Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="177"/>
        <source>&amp;Importar expediente…</source>
        <translation>&amp;Import case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="179"/>
        <source>Leer un archivo de expediente (JSON) y guardarlo en la base</source>
        <translation>Read a case file (JSON) and save it in the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="180"/>
        <source>E&amp;xportar expediente…</source>
        <translation>E&amp;xport case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="182"/>
        <source>Escribir el expediente elegido a un archivo JSON</source>
        <translation>Write the chosen case to a JSON file</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="183"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="184"/>
        <source>Ir al cuadro de búsqueda</source>
        <translation>Go to the search box</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="185"/>
        <source>Ac&amp;tualizar</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="187"/>
        <source>Volver a leer la lista</source>
        <translation>Read the list again</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="188"/>
        <source>&amp;Papelera</source>
        <translation>Recycle &amp;Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="190"/>
        <source>Ver los avisos y expedientes eliminados</source>
        <translation>See the deleted notices and cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="191"/>
        <source>&amp;Todos los avisos</source>
        <translation>&amp;All notices</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="192"/>
        <source>Pre&amp;ferencias…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="194"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="195"/>
        <source>Marcar como &amp;listo</source>
        <translation>Mark as &amp;ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="197"/>
        <source>Marcar como &amp;presentado (folio)…</source>
        <translation>Mark as &amp;filed (folio)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="199"/>
        <source>Marcar como e&amp;mitido (número)…</source>
        <translation>Mark as &amp;issued (number)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="201"/>
        <source>Marcar como r&amp;echazado…</source>
        <translation>Mark as re&amp;jected…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="203"/>
        <source>&amp;Volver a borrador</source>
        <translation>Back to &amp;draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="205"/>
        <source>&amp;Acerca de…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="206"/>
        <source>Exportar &amp;registro Excel…</source>
        <translation>Export &amp;register to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="208"/>
        <source>Escribir todos los avisos de la base en un libro de Excel</source>
        <translation>Write every notice of the database to an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="209"/>
        <source>&amp;Facturas…</source>
        <translation>&amp;Invoices…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="211"/>
        <source>Facturas del expediente: importar de Excel o CSV, capturar y corregir partidas</source>
        <translation>Invoices of the case: import from Excel or CSV, type and correct lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="213"/>
        <source>&amp;Proponer avisos de las facturas…</source>
        <translation>&amp;Propose notices from the invoices…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="215"/>
        <source>Dividir las partidas sin aviso en los avisos que pide la regla R4</source>
        <translation>Split the lines without a notice into the notices rule R4 asks for</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="216"/>
        <source>&amp;Lista de verificación del expediente…</source>
        <translation>&amp;Checklist of the case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="218"/>
        <source>Vista previa, impresión y PDF de la lista de todos los avisos</source>
        <translation>Preview, print and PDF of the checklist of every notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="219"/>
        <source>&amp;Lista de verificación…</source>
        <translation>&amp;Checklist…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="222"/>
        <source>Vista previa, impresión y PDF de la lista del aviso elegido</source>
        <translation>Preview, print and PDF of the chosen notice&apos;s checklist</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="223"/>
        <source>Anexos para &amp;VUCEM…</source>
        <translation>Attachments for &amp;VUCEM…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="224"/>
        <source>Revisar y convertir los PDF que pide VUCEM para el aviso elegido</source>
        <translation>Check and convert the PDFs VUCEM asks for the chosen notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="225"/>
        <source>Tipos de &amp;cambio…</source>
        <translation>Exchange &amp;rates…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="227"/>
        <source>Cargar los tipos de cambio de Banxico o escribir el de un mes</source>
        <translation>Load Banxico&apos;s exchange rates or type a month&apos;s rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="228"/>
        <source>&amp;Altas de molino…</source>
        <translation>&amp;Mill registrations…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="229"/>
        <source>Solicitudes de alta de molino a la SE y su seguimiento</source>
        <translation>Mill registration requests to the SE and their follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="233"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="241"/>
        <source>Plantillas de &amp;molinos…</source>
        <translation>&amp;Mill templates…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="245"/>
        <source>E&amp;xpediente</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="249"/>
        <source>Av&amp;iso</source>
        <translation>&amp;Notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="254"/>
        <source>Es&amp;tado</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="256"/>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="260"/>
        <source>&amp;Herramientas</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="262"/>
        <source>Ay&amp;uda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="266"/>
        <source>Barra principal</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="292"/>
        <source>E&amp;xpedientes</source>
        <translation>Cas&amp;es</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="302"/>
        <source>Proveedor, certificado, colada, fracción, descripción, folio…</source>
        <translation>Supplier, certificate, heat, tariff item, description, folio…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="307"/>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="316"/>
        <source>&amp;Modificados del</source>
        <translation>&amp;Modified from</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="327"/>
        <source>&amp;Limpiar filtros</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="334"/>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="339"/>
        <source>E&amp;stado:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="344"/>
        <source>&amp;Fracción:</source>
        <translation>&amp;Tariff item:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="351"/>
        <source>al</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="408"/>
        <source>Facturas…</source>
        <translation>Invoices…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="410"/>
        <source>Facturas del expediente (Ctrl+I)</source>
        <translation>Invoices of the case (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="465"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="468"/>
        <source>Cambiar estado</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="473"/>
        <source>Restaurar</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="482"/>
        <source>Historial de estados</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="512"/>
        <source>Catálogos con error: {lista}</source>
        <translation>Catalogs with errors: {lista}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="515"/>
        <source>Catálogos: listas de trabajo no oficiales</source>
        <translation>Catalogs: unofficial working lists</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="578"/>
        <source>Papelera: avisos eliminados (se pueden restaurar)</source>
        <translation>Recycle Bin: deleted notices (they can be restored)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="581"/>
        <source>Avisos del expediente «{nombre}»</source>
        <translation>Notices of case “{nombre}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="583"/>
        <location filename="../../app/ui/ventana.py" line="617"/>
        <source>Todos los avisos</source>
        <translation>All notices</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="586"/>
        <source>Avisos: {n}</source>
        <translation>Notices: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="631"/>
        <source>Papelera</source>
        <translation>Recycle Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="636"/>
        <source>Expediente «{nombre}»</source>
        <translation>Case “{nombre}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="639"/>
        <source>Expediente eliminado: use «Restaurar» para devolverlo.</source>
        <translation>Deleted case: use “Restore” to bring it back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="653"/>
        <source>Importador: {nombre} {rfc}</source>
        <translation>Importer: {nombre} {rfc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="655"/>
        <source>Preparado: {fecha}</source>
        <translation>Prepared: {fecha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="730"/>
        <source>Expediente eliminado</source>
        <translation>Deleted case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="731"/>
        <source>Use «Restaurar» para devolverlo con sus avisos.</source>
        <translation>Use “Restore” to bring it back with its notices.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="733"/>
        <source>Ningún aviso elegido</source>
        <translation>No notice chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="734"/>
        <source>Cree un aviso con Ctrl+N, o importe un expediente con Ctrl+O.</source>
        <translation>Create a notice with Ctrl+N, or import a case with Ctrl+O.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="737"/>
        <source>Aviso {clave} · {expediente} · {estado}</source>
        <translation>Notice {clave} · {expediente} · {estado}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="741"/>
        <source>Fracción {fraccion}</source>
        <translation>Tariff item {fraccion}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="749"/>
        <source>Certificados: {lista}</source>
        <translation>Certificates: {lista}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="751"/>
        <source>Proveedor: {lista}</source>
        <translation>Supplier: {lista}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="753"/>
        <source>Folio VUCEM: {folio}</source>
        <translation>VUCEM folio: {folio}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="755"/>
        <source>Número de aviso: {numero}</source>
        <translation>Notice number: {numero}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="761"/>
        <source>{cuando}  enviado a la Papelera</source>
        <translation>{cuando}  sent to the Recycle Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="767"/>
        <location filename="../../app/ui/ventana.py" line="773"/>
        <source>{cuando}  creado como {hacia}</source>
        <translation>{cuando}  created as {hacia}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="775"/>
        <source>{cuando}  {desde} → {hacia}</source>
        <translation>{cuando}  {desde} → {hacia}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="778"/>
        <source>  (folio {folio})</source>
        <translation>  (folio {folio})</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="780"/>
        <source>  (aviso {numero})</source>
        <translation>  (notice {numero})</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="805"/>
        <source>Re&amp;nombrar…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="806"/>
        <source>E&amp;liminar expediente…</source>
        <translation>De&amp;lete case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="828"/>
        <source>No se pudo crear el expediente</source>
        <translation>The case could not be created</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="832"/>
        <source>Expediente «{nombre}» creado.</source>
        <translation>Case “{nombre}” created.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="850"/>
        <source>Nuevo expediente…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="851"/>
        <source>Nuevo aviso</source>
        <translation>New notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="851"/>
        <source>¿En qué expediente?</source>
        <translation>In which case?</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="866"/>
        <source>No se pudo crear el aviso</source>
        <translation>The notice could not be created</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="891"/>
        <source>No se pudo abrir el aviso</source>
        <translation>The notice could not be opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="919"/>
        <source>No se pudo duplicar el aviso</source>
        <translation>The notice could not be duplicated</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="923"/>
        <source>Se creó el aviso {nuevo} como borrador a partir de {original}.</source>
        <translation>Notice {nuevo} was created as a draft from {original}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="931"/>
        <source>¿Enviar el aviso {clave} del expediente «{expediente}» a la Papelera?

Podrá restaurarlo desde Ver ▸ Papelera.</source>
        <translation>Send notice {clave} of case “{expediente}” to the Recycle Bin?

You can restore it from View ▸ Recycle Bin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="934"/>
        <source>Atención: este aviso ya está {estado} en VUCEM.</source>
        <translation>Attention: this notice is already {estado} in VUCEM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="936"/>
        <source>Eliminar aviso</source>
        <translation>Delete notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="936"/>
        <location filename="../../app/ui/ventana.py" line="990"/>
        <source>&amp;Enviar a la Papelera</source>
        <translation>&amp;Send to the Recycle Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="944"/>
        <source>No se pudo eliminar el aviso</source>
        <translation>The notice could not be deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="947"/>
        <source>Aviso {clave} enviado a la Papelera.</source>
        <translation>Notice {clave} sent to the Recycle Bin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="957"/>
        <source>Expediente restaurado.</source>
        <translation>Case restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="964"/>
        <source>No se pudo restaurar</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="967"/>
        <source>Aviso {clave} restaurado.</source>
        <translation>Notice {clave} restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="969"/>
        <source>Aviso restaurado como {nueva} (la clave {vieja} ya estaba en uso).</source>
        <translation>Notice restored as {nueva} (key {vieja} was already in use).</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="976"/>
        <source>Renombrar expediente</source>
        <translation>Rename case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="976"/>
        <source>Nombre:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="982"/>
        <source>No se pudo renombrar</source>
        <translation>Could not rename</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="988"/>
        <source>Eliminar expediente</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="989"/>
        <source>¿Enviar el expediente «{nombre}» y sus avisos a la Papelera?

Podrá restaurarlo desde la Papelera.</source>
        <translation>Send case “{nombre}” and its notices to the Recycle Bin?

You can restore it from the Recycle Bin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="998"/>
        <source>No se pudo eliminar el expediente</source>
        <translation>The case could not be deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1019"/>
        <source>No se pudo revisar el aviso</source>
        <translation>The notice could not be checked</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1024"/>
        <source>Aviso presentado en VUCEM</source>
        <translation>Notice filed in VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1025"/>
        <source>Folio que asignó la Ventanilla Digital:</source>
        <translation>Folio assigned by the Ventanilla Digital:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1029"/>
        <source>Aviso emitido</source>
        <translation>Notice issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1030"/>
        <source>Número de aviso que emitió la Secretaría de Economía:</source>
        <translation>Notice number issued by the Secretaría de Economía:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1034"/>
        <source>Aviso rechazado</source>
        <translation>Notice rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1035"/>
        <source>¿Marcar el aviso {clave} como rechazado por la SE? Podrá corregirlo como borrador y volver a presentarlo.</source>
        <translation>Mark notice {clave} as rejected by the SE? You can correct it as a draft and file it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1036"/>
        <source>Marcar &amp;rechazado</source>
        <translation>Mark &amp;rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1042"/>
        <source>No se cambió el estado</source>
        <translation>The status was not changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1048"/>
        <source>Aviso {clave}: {estado}.</source>
        <translation>Notice {clave}: {estado}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1056"/>
        <source>Importar expediente</source>
        <translation>Import case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1057"/>
        <source>Expedientes (*.json);;Todos los archivos (*)</source>
        <translation>Cases (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1061"/>
        <source>Leyendo {archivo}…</source>
        <translation>Reading {archivo}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1071"/>
        <location filename="../../app/ui/ventana.py" line="1086"/>
        <source>No se pudo importar</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1075"/>
        <source>Expediente «{nombre}» importado: {n} aviso(s).</source>
        <translation>Case “{nombre}” imported: {n} notice(s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1083"/>
        <source>No se pudo leer el archivo: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1087"/>
        <source>El archivo «{archivo}» no se importó.

{detalle}

No se guardó nada en la base de datos.</source>
        <translation>The file “{archivo}” was not imported.

{detalle}

Nothing was saved in the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1093"/>
        <location filename="../../app/ui/ventana.py" line="1098"/>
        <source>Exportar expediente</source>
        <translation>Export case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1093"/>
        <source>Elija un expediente o uno de sus avisos.</source>
        <translation>Choose a case or one of its notices.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1099"/>
        <source>Expedientes (*.json)</source>
        <translation>Cases (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1111"/>
        <location filename="../../app/ui/ventana.py" line="1117"/>
        <source>No se pudo exportar</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1116"/>
        <source>Expediente exportado a {ruta}.</source>
        <translation>Case exported to {ruta}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1118"/>
        <location filename="../../app/ui/ventana.py" line="1331"/>
        <source>No se pudo escribir {ruta}: {error}</source>
        <translation>Could not write {ruta}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1134"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1134"/>
        <source>El nuevo idioma se aplicará la próxima vez que abra el programa.</source>
        <translation>The new language will apply the next time you open the program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1137"/>
        <source>Acerca de {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1138"/>
        <source>{app} {version}

Prepara y revisa Avisos Automáticos de Importación de Productos Siderúrgicos antes de capturarlos en VUCEM. Funciona sin conexión; los datos se guardan en:
{datos}</source>
        <translation>{app} {version}

Prepares and checks automatic import notices for steel products (AAIPS) before they are typed into VUCEM. It works offline; the data are kept in:
{datos}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1162"/>
        <source>Elija un expediente (o uno de sus avisos) en la lista.</source>
        <translation>Choose a case (or one of its notices) in the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1167"/>
        <source>Facturas</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1183"/>
        <source>No se pudieron abrir las facturas</source>
        <translation>The invoices could not be opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1205"/>
        <source>Proponer avisos</source>
        <translation>Propose notices</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1212"/>
        <source>No se pudo preparar la propuesta</source>
        <translation>The proposal could not be prepared</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1223"/>
        <source>Se crearon {n} aviso(s) como borradores: {lista}.</source>
        <translation>{n} notice(s) were created as drafts: {lista}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1248"/>
        <source>El expediente no tiene facturas: captúrelas o impórtelas de Excel o CSV con «Facturas…».</source>
        <translation>The case has no invoices: type them or import them from Excel or CSV with «Invoices…».</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1250"/>
        <source>Factura contra sus avisos:</source>
        <translation>Invoice against its notices:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1281"/>
        <source>Aviso {clave} · {expediente}</source>
        <translation>Notice {clave} · {expediente}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1285"/>
        <source>Lista de verificación</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1290"/>
        <source>Expediente {nombre}</source>
        <translation>Case {nombre}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1305"/>
        <source>Exportar registro de avisos</source>
        <translation>Export register of notices</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1307"/>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1317"/>
        <source>Exportando el registro a {archivo}…</source>
        <translation>Exporting the register to {archivo}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1321"/>
        <source>Registro exportado: {n} aviso(s) en {ruta}.</source>
        <translation>Register exported: {n} notice(s) in {ruta}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1326"/>
        <source>Exportación cancelada; no se escribió el archivo.</source>
        <translation>Export cancelled; the file was not written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1334"/>
        <source>No se exportó el registro</source>
        <translation>The register was not exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1336"/>
        <source>Exportar registro</source>
        <translation>Export register</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1337"/>
        <source>Escribiendo el registro de avisos…</source>
        <translation>Writing the register of notices…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1361"/>
        <source>Altas de molino vencidas: {n}</source>
        <translation>Overdue mill registrations: {n}</translation>
    </message>
</context>
<context>
    <name>_DelegadoCertificado</name>
    <message>
        <location filename="../../app/ui/facturas.py" line="301"/>
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="303"/>
        <source>molino</source>
        <translation>mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/facturas.py" line="303"/>
        <source>calidad</source>
        <translation>quality</translation>
    </message>
</context>
<context>
    <name>dialogos</name>
    <message>
        <location filename="../../app/ui/dialogos.py" line="33"/>
        <source>&amp;Sí</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogos.py" line="34"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogos.py" line="74"/>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.py" line="67"/>
        <source>Error inesperado</source>
        <extracomment>Smoke test of the installed bundle (tests/instalador): with ``AAIPS_SALIR_TRAS_MS=N`` the program prints «aaips: ventana pintada» on stderr when the main window first paints and quits N ms later.</extracomment>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="68"/>
        <source>Ocurrió un error inesperado ({tipo}). Lo que ya estaba guardado no se perdió y los avisos abiertos se guardaron. Si vuelve a ocurrir, envíe a soporte el archivo:
{ruta}</source>
        <translation>An unexpected error occurred ({tipo}). What was already saved was not lost and the open notices were saved. If it happens again, send this file to support:
{ruta}</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="92"/>
        <source>No se pudo abrir la base de datos</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="95"/>
        <source>No se pudo abrir la carpeta de datos</source>
        <translation>The data folder could not be opened</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="96"/>
        <source>No se pudo usar la carpeta {ruta}: {error}</source>
        <translation>The folder {ruta} could not be used: {error}</translation>
    </message>
</context>
</TS>
