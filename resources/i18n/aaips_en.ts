<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_MX">
<context>
    <name>Asistente</name>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="116" />
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="143" />
        <source>&lt; &amp;Anterior</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="146" />
        <source>Siguie&amp;nte &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="149" />
        <source>Ce&amp;rrar</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="152" />
        <source>Todo se guarda solo; cerrar no pierde nada.</source>
        <translation>Everything saves itself; closing loses nothing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="183" />
        <source>Pasos</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="235" />
        <source>Paso {n} de {total}: {titulo}</source>
        <translation>Step {n} of {total}: {titulo}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="322" />
        <source>{e} error(es), {a} advertencia(s)</source>
        <translation>{e} error(s), {a} warning(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="362" />
        <source>No se pudo guardar: {error} Se reintentará; no cierre el programa.</source>
        <translation>Could not save: {error} It will be retried; do not close the program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="367" />
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="369" />
        <source>Guardado {hora}</source>
        <translation>Saved {hora}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="371" />
        <source>Todo está guardado</source>
        <translation>Everything is saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="376" />
        <location filename="../../app/ui/asistente/ventana.py" line="415" />
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="384" />
        <source>No se puede marcar como listo</source>
        <translation>Cannot mark as ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="395" />
        <source>Aviso {clave}{expediente} — {estado} — Asistente AAIPS</source>
        <translation>Notice {clave}{expediente} — {estado} — Asistente AAIPS</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="398" />
        <source>folio {folio}</source>
        <translation>folio {folio}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="400" />
        <source>número de aviso {numero}</source>
        <translation>notice number {numero}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="402" />
        <source>Este aviso ya se presentó en VUCEM ({detalle}): se muestra solo para consulta. Para uno nuevo con estos datos use «Duplicar» en la ventana principal.</source>
        <translation>This notice was already filed in VUCEM ({detalle}): it is shown read-only. For a new one with these data use “Duplicate” in the main window.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="414" />
        <source> Se guardó una copia del expediente en {ruta}.</source>
        <translation> A copy of the case was saved to {ruta}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/ventana.py" line="416" />
        <source>La base de datos no aceptó los últimos cambios: {error}{donde} La ventana sigue abierta; vuelva a cerrarla cuando el problema se resuelva.</source>
        <translation>The database did not accept the last changes: {error}{donde} The window stays open; close it again once the problem is solved.</translation>
    </message>
</context>
<context>
    <name>DialogoExpediente</name>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="32" />
        <source>Nuevo expediente</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="35" />
        <source>Un expediente reúne una operación de importación: facturas, certificados y sus avisos.</source>
        <translation>A case holds one import operation: invoices, certificates and their notices.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="39" />
        <source>p. ej. Varilla Turquía, pedido 4512</source>
        <translation>e.g. Turkey rebar, order 4512</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="50" />
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="50" />
        <source>&amp;RFC del importador:</source>
        <translation>Importer &amp;RFC:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="51" />
        <source>Nombre del &amp;importador:</source>
        <translation>&amp;Importer name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="52" />
        <source>&amp;Fecha de preparación:</source>
        <translation>&amp;Preparation date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="58" />
        <source>&amp;Crear</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="59" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogo_expediente.py" line="67" />
        <source>Expediente sin nombre</source>
        <translation>Unnamed case</translation>
    </message>
</context>
<context>
    <name>DialogoPreferencias</name>
    <message>
        <location filename="../../app/ui/preferencias.py" line="31" />
        <source>Fracciones arancelarias</source>
        <translation>Tariff items</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="32" />
        <source>Certificado por partida (R2)</source>
        <translation>Certificate per heading (R2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="33" />
        <source>Países</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="34" />
        <source>Monedas</source>
        <translation>Currencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="35" />
        <source>Unidades de medida</source>
        <translation>Units of measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="36" />
        <source>Molinos de la SE</source>
        <translation>SE mills</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="37" />
        <source>Tipos de cambio (Banxico)</source>
        <translation>Exchange rates (Banxico)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="46" />
        <source>Preferencias</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="55" />
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="63" />
        <source>&amp;Idioma de la interfaz:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="69" />
        <source>El cambio de idioma se aplica al volver a abrir el programa. Los mensajes de las reglas y los textos para VUCEM siempre van en español.</source>
        <translation>A language change applies the next time the program is opened. Rule messages and the texts for VUCEM are always in Spanish.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="76" />
        <source>Datos</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="78" />
        <source>Carpeta de datos:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="79" />
        <source>Base de datos:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="80" />
        <source>Respaldos automáticos:</source>
        <translation>Automatic backups:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="81" />
        <source>Registro de errores:</source>
        <translation>Error log:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="86" />
        <source>Abrir la carpeta de &amp;datos</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="93" />
        <source>Todo se guarda solo en esta carpeta, sin conexión a internet. Antes de cada actualización del programa se hace un respaldo de la base de datos.</source>
        <translation>Everything is saved automatically in this folder, with no internet connection. The database is backed up before every program upgrade.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="191" />
        <source>Importar catálogo</source>
        <translation>Import catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="192" />
        <source>Catálogos CSV (*.csv);;Todos los archivos (*)</source>
        <translation>CSV catalogs (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="198" />
        <source>No se importó el catálogo</source>
        <translation>The catalog was not imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="199" />
        <source>{error}

Se sigue usando el catálogo anterior.</source>
        <translation>{error}

The previous catalog is still in use.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="202" />
        <source>Catálogo importado</source>
        <translation>Catalog imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="203" />
        <source>Se importó {catalogo}. Las revisiones lo usan desde ahora; los avisos ya abiertos, al volver a abrirlos.</source>
        <translation>{catalogo} was imported. Checks use it from now on; notices already open, when they are opened again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="100" />
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="107" />
        <source>Catálogo</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="107" />
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="107" />
        <source>Filas</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="108" />
        <source>Vigencia</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="108" />
        <source>Origen</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="108" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="119" />
        <source>&amp;Importar catálogo…</source>
        <translation>&amp;Import catalog…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="123" />
        <source>&amp;Volver al incluido</source>
        <translation>&amp;Revert to bundled</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="132" />
        <source>Los catálogos incluidos son listas de trabajo NO oficiales. Cuando tenga la lista oficial de fracciones del Anexo 2.2.1, el catálogo de molinos de la SE o la tabla de tipos de cambio de Banxico (CSV con las columnas del catálogo), elija la fila e impórtelo: reemplaza al incluido desde ese momento.</source>
        <translation>The bundled catalogs are NOT official working lists. When you have the official list of tariff items of Annex 2.2.1, the SE mill catalog or Banxico's exchange-rate table (CSV with the catalog's columns), choose the row and import it: it replaces the bundled one from then on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="168" />
        <source>importado</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="168" />
        <source>incluido</source>
        <translation>bundled</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="170" />
        <source>oficial</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="170" />
        <source>no oficial</source>
        <translation>not official</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="174" />
        <source>no cargado: {error}</source>
        <translation>not loaded: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="138" />
        <source>&amp;Catálogos</source>
        <translation>&amp;Catalogs</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="143" />
        <source>&amp;Aceptar</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferencias.py" line="144" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Estados</name>
    <message>
        <location filename="../../app/ui/nombres.py" line="10" />
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/nombres.py" line="11" />
        <source>Listo</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/nombres.py" line="12" />
        <source>Presentado</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../app/ui/nombres.py" line="13" />
        <source>Emitido</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/nombres.py" line="14" />
        <source>Rechazado</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>MarcaCampo</name>
    <message>
        <location filename="../../app/ui/asistente/base.py" line="226" />
        <source>Vea el mensaje junto a «{campo}».</source>
        <translation>See the message next to “{campo}”.</translation>
    </message>
</context>
<context>
    <name>ModeloAvisos</name>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="58" />
        <source>Expediente</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="59" />
        <source>Aviso</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="60" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="61" />
        <source>Fracción</source>
        <translation>Tariff item</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="62" />
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="63" />
        <source>Valor USD</source>
        <translation>Value USD</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="64" />
        <source>Proveedor</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="65" />
        <source>Certificados</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="66" />
        <source>Fecha cert.</source>
        <translation>Cert. date</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="67" />
        <source>Folio / núm. aviso</source>
        <translation>Folio / notice no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="68" />
        <source>Modificado</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../app/ui/modelo_avisos.py" line="128" />
        <source>Eliminado</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>ModeloFracciones</name>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="35" />
        <source>Fracción</source>
        <translation>Tariff item</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="35" />
        <source>NICO</source>
        <translation>NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="35" />
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="35" />
        <source>UMT</source>
        <translation>UMT</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="36" />
        <source>Certificado</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="36" />
        <source>Sujeta</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="71" />
        <source>de molino</source>
        <translation>mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="71" />
        <source>de calidad</source>
        <translation>quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="73" />
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="73" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>PaginaCantidad</name>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="85" />
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="85" />
        <source>Valor en dólares</source>
        <translation>Value in dollars</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="88" />
        <source>Campo 2 · Cantidad en la unidad de medida de la tarifa (UMT)</source>
        <translation>Field 2 · Quantity in the tariff unit of measure (UMT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="103" />
        <source>&amp;Cantidad:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="118" />
        <source>Conver&amp;tir</source>
        <translation>Conver&amp;t</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="126" />
        <source>Cantidad en la &amp;factura:</source>
        <translation>Quantity on the &amp;invoice:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="136" />
        <source>Partidas de factura</source>
        <translation>Invoice lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="145" />
        <source>Partidas de factura:</source>
        <translation>Invoice lines:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="149" />
        <source>Campo 3 · Valor en dólares (sin fletes ni seguros)</source>
        <translation>Field 3 · Value in dollars (without freight or insurance)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="154" />
        <source>&amp;Moneda de la factura:</source>
        <translation>Invoice c&amp;urrency:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="162" />
        <source>&amp;Importe en esa moneda:</source>
        <translation>&amp;Amount in that currency:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="175" />
        <source>&amp;Dólares por unidad:</source>
        <translation>&amp;Dollars per unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="180" />
        <source>Conversión:</source>
        <translation>Conversion:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="195" />
        <source>&amp;Valor en dólares:</source>
        <translation>&amp;Value in dollars:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="202" />
        <source>Precio unitario (VUCEM lo calcula: valor ÷ cantidad)</source>
        <translation>Unit price (VUCEM computes it: value ÷ quantity)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="210" />
        <source>En la unidad de la tarifa:</source>
        <translation>In the tariff unit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="211" />
        <source>Por kilogramo:</source>
        <translation>Per kilogram:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="220" />
        <source>Cantidad y valor</source>
        <translation>Quantity and value</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="223" />
        <source>Campos 2 y 3. La cantidad va en la unidad de la tarifa; el valor, en dólares y sin fletes ni seguros.</source>
        <translation>Fields 2 and 3. The quantity goes in the tariff unit; the value, in dollars and without freight or insurance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="300" />
        <source>USD por 1 {moneda}; el tipo de cambio que publica Banco de México para el mes anterior a la factura.</source>
        <translation>USD per 1 {moneda}; the rate Banco de México publishes for the month before the invoice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="301" />
        <source>Factura en dólares: 1.</source>
        <translation>Invoice in dollars: 1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="306" />
        <source>{importe} {moneda} × {tasa} USD/{moneda} = {valor} USD</source>
        <translation>{importe} {moneda} × {tasa} USD/{moneda} = {valor} USD</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="309" />
        <source>Escriba el importe y el tipo de cambio para calcular el valor.</source>
        <translation>Type the amount and the exchange rate to compute the value.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="315" />
        <source>El expediente no tiene facturas: el valor y el precio no se podrán comparar con la factura (R6). Importe el expediente con su factura.</source>
        <translation>The case has no invoices: the value and the price cannot be compared with the invoice (R6). Import the case with its invoice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="320" />
        <source>Marcadas: {n} partida(s) = {cantidad} {umt}.</source>
        <translation>Ticked: {n} line(s) = {cantidad} {umt}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="323" />
        <source>Marque las partidas de la factura que ampara este aviso (barra espaciadora).</source>
        <translation>Tick the invoice lines this notice covers (space bar).</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="331" />
        <source>no se puede expresar por kilogramo ({umt})</source>
        <translation>cannot be expressed per kilogram ({umt})</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_cantidad.py" line="338" />
        <source>Precio en la factura: {precio} {moneda}/{unidad}</source>
        <translation>Price on the invoice: {precio} {moneda}/{unidad}</translation>
    </message>
</context>
<context>
    <name>PaginaCertificados</name>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="49" />
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="50" />
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="51" />
        <source>Chino</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="52" />
        <source>Coreano</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="53" />
        <source>Turco</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="54" />
        <source>Japonés</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="55" />
        <source>Alemán</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="56" />
        <source>Italiano</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="57" />
        <source>Portugués</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="58" />
        <source>Francés</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="59" />
        <source>Ruso</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="60" />
        <source>Ucraniano</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="61" />
        <source>Polaco</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="62" />
        <source>Vietnamita</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="63" />
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="64" />
        <source>Tailandés</source>
        <translation>Thai</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="65" />
        <source>Indonesio</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="66" />
        <source>Neerlandés</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="97" />
        <source>Marque los certificados que amparan este aviso (barra espaciadora). Un certificado puede amparar varios avisos.</source>
        <translation>Tick the certificates that cover this notice (space bar). One certificate may cover several notices.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="101" />
        <source>A&amp;gregar certificado</source>
        <translation>A&amp;dd certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="104" />
        <source>Leer &amp;PDF…</source>
        <translation>Read &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="108" />
        <source>Llega con la lectura de certificados: el programa leerá el PDF (texto u OCR) y llenará número, fecha, coladas, productor, país y volumen con la evidencia de cada dato. Por ahora, captúrelos a mano.</source>
        <translation>Comes with certificate reading: the program will read the PDF (text or OCR) and fill in number, date, heats, producer, country and volume with the evidence for each. For now, type them in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="121" />
        <source>Certificado (campos 7 y 8)</source>
        <translation>Certificate (fields 7 and 8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="125" />
        <source>De molino (acería: fundió o laminó el acero)</source>
        <translation>Mill (steelworks: melted or rolled the steel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="126" />
        <source>De calidad (fabricante de la mercancía)</source>
        <translation>Quality (maker of the goods)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="127" />
        <location filename="../../app/ui/asistente/pag_certificados.py" line="175" />
        <source>Sin indicar</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="130" />
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="140" />
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="141" />
        <source>Nú&amp;mero (7):</source>
        <translation>Nu&amp;mber (7):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="142" />
        <source>&amp;Fecha de expedición (8):</source>
        <translation>Date of &amp;issue (8):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="143" />
        <source>&amp;Volumen (kg):</source>
        <translation>&amp;Volume (kg):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="144" />
        <source>Paí&amp;s de origen:</source>
        <translation>C&amp;ountry of origin:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="145" />
        <source>C&amp;oladas:</source>
        <translation>&amp;Heats:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="146" />
        <source>Descripción (&amp;especificación):</source>
        <translation>Description (sp&amp;ecification):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="149" />
        <source>Productor (molino o fabricante que lo emite)</source>
        <translation>Producer (mill or maker that issues it)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="158" />
        <source>Nom&amp;bre:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="159" />
        <source>&amp;Domicilio:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="160" />
        <source>País:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="161" />
        <source>Teléfono:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="162" />
        <source>Correo:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="165" />
        <source>Requisitos del documento</source>
        <translation>Requirements of the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="167" />
        <source>Tiene firma a&amp;utógrafa, sello o código QR del emisor</source>
        <translation>Has the issuer's handwritten si&amp;gnature, stamp or QR code</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="171" />
        <source>Firma, sello o QR</source>
        <translation>Signature, stamp or QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="179" />
        <source>&amp;Idioma:</source>
        <translation>Lang&amp;uage:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="180" />
        <source>Traducción al español ad&amp;junta (libre y completa)</source>
        <translation>Spanish translation atta&amp;ched (free and complete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="184" />
        <source>Traducción</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="192" />
        <source>El expediente no tiene certificados. Use «Agregar certificado».</source>
        <translation>The case has no certificates. Use “Add certificate”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="224" />
        <source>Certificados</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="227" />
        <source>Campos 7 y 8: número y fecha de expedición de cada certificado, y lo que el certificado debe mostrar (R3).</source>
        <translation>Fields 7 and 8: number and date of issue of each certificate, and what the certificate must show (R3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="241" />
        <source>La partida {partida} pide certificado &lt;b&gt;de {tipo}&lt;/b&gt;.</source>
        <translation>Heading {partida} requires a &lt;b&gt;{tipo}&lt;/b&gt; certificate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="242" />
        <location filename="../../app/ui/asistente/pag_certificados.py" line="286" />
        <source>molino</source>
        <translation>mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="242" />
        <location filename="../../app/ui/asistente/pag_certificados.py" line="286" />
        <source>calidad</source>
        <translation>quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="244" />
        <source>Elija la fracción (paso 1) para saber qué certificado pide.</source>
        <translation>Choose the tariff item (step 1) to know which certificate it requires.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="286" />
        <source>tipo sin indicar</source>
        <translation>type not stated</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="287" />
        <source>(sin número)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_certificados.py" line="322" />
        <source>Este certificado también ampara: {avisos}. Los cambios valen para todos.</source>
        <translation>This certificate also covers: {avisos}. Changes apply to all of them.</translation>
    </message>
</context>
<context>
    <name>PaginaDescripcion</name>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="44" />
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="148" />
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="44" />
        <source>Observaciones</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="47" />
        <source>Asistente de descripción</source>
        <translation>Description helper</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="56" />
        <source>25 mm x 14 m; 0.50 mm x 1220 mm en rollo</source>
        <translation>25 mm x 14 m; 0.50 mm x 1220 mm in coil</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="61" />
        <source>&amp;Producto:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="61" />
        <source>&amp;Tipo de acero:</source>
        <translation>S&amp;teel type:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="62" />
        <source>Nor&amp;ma y grado:</source>
        <translation>Standard and &amp;grade:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="62" />
        <source>D&amp;imensiones:</source>
        <translation>D&amp;imensions:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="63" />
        <source>Recubrimiento o a&amp;cabado:</source>
        <translation>Coating or &amp;finish:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="64" />
        <source>Acce&amp;sorios integrados:</source>
        <translation>Integrated acce&amp;ssories:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="73" />
        <source>Precio unitario:</source>
        <translation>Unit price:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="74" />
        <source>Conversión de unidad:</source>
        <translation>Unit conversion:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="79" />
        <source>Quedaría:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="80" />
        <source>&amp;Escribir en la descripción</source>
        <translation>&amp;Write into the description</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="89" />
        <source>Campo 11 · Descripción de la mercancía</source>
        <translation>Field 11 · Description of the goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="95" />
        <source>Tipo de acero, dimensiones, recubrimiento o acabado, accesorios y precio unitario en USD/kg.</source>
        <translation>Steel type, dimensions, coating or finish, accessories and unit price in USD/kg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="99" />
        <source>&amp;Descripción (campo 11):</source>
        <translation>&amp;Description (field 11):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="106" />
        <source>Campo 12 · Observaciones</source>
        <translation>Field 12 · Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="112" />
        <source>Texto libre (opcional).</source>
        <translation>Free text (optional).</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="115" />
        <source>&amp;Observaciones (campo 12):</source>
        <translation>&amp;Remarks (field 12):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="145" />
        <source>Descripción y observaciones</source>
        <translation>Description and remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="151" />
        <source>Campos 11 y 12. La descripción debe decir tipo de acero, dimensiones, acabado, accesorios y el precio unitario en USD/kg.</source>
        <translation>Fields 11 and 12. The description must state steel type, dimensions, finish, accessories and the unit price in USD/kg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="213" />
        <source>falta la cantidad o el valor (paso 2)</source>
        <translation>the quantity or the value is missing (step 2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="215" />
        <source>no aplica: la factura está en la unidad de la tarifa</source>
        <translation>does not apply: the invoice is in the tariff unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_descripcion.py" line="217" />
        <source>{n} caracteres</source>
        <translation>{n} characters</translation>
    </message>
</context>
<context>
    <name>PaginaFabricante</name>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="46" />
        <source>Nombre del fabricante</source>
        <translation>Manufacturer's name</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="46" />
        <source>Molino</source>
        <translation>Mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="49" />
        <source>Campo 9 · Nombre y domicilio del fabricante de la mercancía</source>
        <translation>Field 9 · Name and address of the manufacturer of the goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="55" />
        <source>Calle y número, ciudad, código postal, país</source>
        <translation>Street and number, city, postal code, country</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="59" />
        <source>N&amp;ombre:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="62" />
        <source>&amp;Domicilio:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="65" />
        <source>&amp;Tomar del certificado</source>
        <translation>&amp;Take from the certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="76" />
        <source>Campo 10 · Molino (catálogo de molinos de la SE que muestra VUCEM)</source>
        <translation>Field 10 · Mill (the SE mill catalog VUCEM shows)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="80" />
        <source>Catálogo de molinos {version}: {n} molino(s), {oficial}.</source>
        <translation>Mill catalog {version}: {n} mill(s), {oficial}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="82" />
        <source>oficial</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="83" />
        <source>no oficial: importe el catálogo completo de la SE en Preferencias ▸ Catálogos</source>
        <translation>not official: import the SE's full catalog in Preferences ▸ Catalogs</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="93" />
        <source>Nombre de la planta o de la empresa, o la clave SE</source>
        <translation>Name of the plant or the company, or the SE key</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="97" />
        <source>&amp;Buscar molino:</source>
        <translation>&amp;Search mill:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="108" />
        <source>Molino del aviso:</source>
        <translation>Mill of the notice:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="113" />
        <source>El molino no a&amp;parece en el catálogo</source>
        <translation>The mill does not a&amp;ppear in the catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="126" />
        <source>p. ej. MARMARA STEEL MILL (MARMARA DEMIR CELIK SAN. A.S.)</source>
        <translation>e.g. MARMARA STEEL MILL (MARMARA DEMIR CELIK SAN. A.S.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="133" />
        <source>Nombre como aparece en &amp;VUCEM:</source>
        <translation>Name as shown in &amp;VUCEM:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="136" />
        <source>C&amp;lave SE (si VUCEM la muestra):</source>
        <translation>SE &amp;key (if VUCEM shows it):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="153" />
        <source>Fabricante y molino</source>
        <translation>Manufacturer and mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="156" />
        <source>Campos 9 y 10. El molino se elige del catálogo de la SE; si no está, hay que pedir su alta.</source>
        <translation>Fields 9 and 10. The mill is chosen from the SE catalog; if it is not there, its registration must be requested.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="189" />
        <source>Del certificado {numero}: {nombre}</source>
        <translation>From certificate {numero}: {nombre}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="191" />
        <source>Vincule un certificado (paso 4) para tomar de él nombre y domicilio.</source>
        <translation>Link a certificate (step 4) to take the name and address from it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="228" />
        <source>({puntos} % de parecido)</source>
        <translation>({puntos} % similar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="233" />
        <source>Ningún molino del catálogo se parece a «{texto}».</source>
        <translation>No mill in the catalog resembles “{texto}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="234" />
        <source>El catálogo de molinos está vacío.</source>
        <translation>The mill catalog is empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="298" />
        <source>&lt;b&gt;{molino}&lt;/b&gt; (escrito a mano; no está en el catálogo cargado)</source>
        <translation>&lt;b&gt;{molino}&lt;/b&gt; (typed in; not in the loaded catalog)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="300" />
        <source>ninguno: elija uno de la lista (Intro) o marque que no aparece</source>
        <translation>none: choose one from the list (Enter) or tick that it does not appear</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fabricante.py" line="305" />
        <source>&lt;b&gt;Si el molino tampoco aparece en VUCEM&lt;/b&gt;, la SE debe darlo de alta antes de presentar el aviso: envíe la solicitud por escrito con el formato de Excel de la SE (nombre y domicilio de la planta, empresa propietaria, país, productos) y espere la respuesta, que tarda hasta {dias} días hábiles (si la envía hoy, a más tardar el {fecha}, sin contar fines de semana ni días de descanso obligatorio). Mientras tanto este aviso no puede presentarse.&lt;br&gt;&lt;b&gt;Si VUCEM sí lo muestra&lt;/b&gt;, escríbalo abajo tal como aparece allí y después importe el catálogo de molinos actualizado para que la revisión lo reconozca.</source>
        <translation>&lt;b&gt;If the mill does not appear in VUCEM either&lt;/b&gt;, the SE must register it before the notice is filed: send the written request with the SE's Excel form (name and address of the plant, owner company, country, products) and wait for the answer, which takes up to {dias} business days (if you send it today, by {fecha} at the latest, not counting weekends and official rest days). Meanwhile this notice cannot be filed.&lt;br&gt;&lt;b&gt;If VUCEM does show it&lt;/b&gt;, type it below exactly as it appears there and then import the updated mill catalog so the check recognizes it.</translation>
    </message>
</context>
<context>
    <name>PaginaFraccion</name>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="89" />
        <source>Catálogo de fracciones</source>
        <translation>Tariff item catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="117" />
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="120" />
        <source>Dígitos con o sin puntos (7214.20 o 721420) o palabras (varilla corrugada)</source>
        <translation>Digits with or without dots (7214.20 or 721420) or words (varilla corrugada)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="130" />
        <source>Flechas para recorrer la lista; Intro toma la fracción resaltada.</source>
        <translation>Arrows move through the list; Enter takes the highlighted item.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="133" />
        <source>sin fecha</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="135" />
        <source>Catálogo oficial {version} (vigencia {vigencia}).</source>
        <translation>Official catalog {version} (in force {vigencia}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="139" />
        <source>Lista candidata NO oficial ({version}, {vigencia}): ayuda a encontrar la fracción, pero no es el Anexo 2.2.1. Confirme que la fracción está sujeta al aviso en la publicación vigente del DOF o importe la lista oficial en Preferencias ▸ Catálogos.</source>
        <translation>NOT official candidate list ({version}, {vigencia}): it helps to find the tariff item, but it is not Annex 2.2.1. Confirm that the item is subject to the notice in the current DOF publication, or import the official list in Preferences ▸ Catalogs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="145" />
        <source>No hay catálogo de fracciones cargado: escriba la fracción y el NICO a mano.</source>
        <translation>No tariff item catalog is loaded: type the tariff item and the NICO by hand.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="150" />
        <source>Campo 1 de VUCEM</source>
        <translation>VUCEM field 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="164" />
        <source>Fracción arancelaria</source>
        <translation>Tariff item</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="164" />
        <source>NICO</source>
        <translation>NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="167" />
        <source>&amp;Fracción arancelaria (8 dígitos):</source>
        <translation>&amp;Tariff item (8 digits):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="169" />
        <source>N&amp;ICO (2 dígitos):</source>
        <translation>N&amp;ICO (2 digits):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="194" />
        <source>Descripción en la tarifa:</source>
        <translation>Description in the tariff:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="195" />
        <source>Unidad de medida de la tarifa (UMT):</source>
        <translation>Tariff unit of measure (UMT):</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="196" />
        <source>Certificado que pide la partida:</source>
        <translation>Certificate the heading requires:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="205" />
        <source>Fracción arancelaria y NICO</source>
        <translation>Tariff item and NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="208" />
        <source>Fracción y NICO</source>
        <translation>Tariff item and NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="211" />
        <source>Campo 1. Busque en el catálogo por número o por palabras, o escriba la fracción y el NICO.</source>
        <translation>Field 1. Search the catalog by number or by words, or type the tariff item and the NICO.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="221" />
        <source>{n} de {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="266" />
        <source>{fraccion}: el NICO {nico} no está en el catálogo; NICO conocidos: {nicos}.</source>
        <translation>{fraccion}: NICO {nico} is not in the catalog; known NICOs: {nicos}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="269" />
        <source>La fracción no está en el catálogo cargado.</source>
        <translation>The tariff item is not in the loaded catalog.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="271" />
        <source>Elija una fracción.</source>
        <translation>Choose a tariff item.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="280" />
        <source>Certificado de molino (partida {partida})</source>
        <translation>Mill certificate (heading {partida})</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_fraccion.py" line="281" />
        <source>Certificado de calidad (partida {partida})</source>
        <translation>Quality certificate (heading {partida})</translation>
    </message>
</context>
<context>
    <name>PaginaPaises</name>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="26" />
        <source>Campos 4, 5 y 6 · Países</source>
        <translation>Fields 4, 5 and 6 · Countries</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="33" />
        <source>4 · País de origen del ac&amp;ero:</source>
        <translation>4 · Country of origin of the &amp;steel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="34" />
        <location filename="../../app/ui/asistente/pag_paises.py" line="144" />
        <source>Donde el acero se fundió y coló por primera vez (primero líquido, luego sólido). Debe ser el país del certificado de molino.</source>
        <translation>Where the steel was first melted and poured (first liquid, then solid). It must be the country of the mill certificate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="36" />
        <source>5 · País de origen de la &amp;mercancía:</source>
        <translation>5 · Country of origin of the &amp;goods:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="37" />
        <source>Donde el fabricante transformó el acero en la mercancía. Debe ser el país del certificado de calidad.</source>
        <translation>Where the manufacturer turned the steel into the goods. It must be the country of the quality certificate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="39" />
        <source>6 · País e&amp;xportador:</source>
        <translation>6 · E&amp;xporting country:</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="40" />
        <source>El país desde donde se envía la mercancía a México.</source>
        <translation>The country the goods are shipped from to Mexico.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="76" />
        <source>Lo que dicen los certificados vinculados</source>
        <translation>What the linked certificates say</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="79" />
        <source>Escriba la clave de 3 letras (TUR) o parte del nombre, con o sin acentos; Intro o Tab toma el país resaltado.</source>
        <translation>Type the 3-letter key (TUR) or part of the Spanish name, with or without accents; Enter or Tab takes the highlighted country.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="88" />
        <source>Países</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="91" />
        <source>Campos 4, 5 y 6, con los nombres del catálogo de países como los muestra VUCEM.</source>
        <translation>Fields 4, 5 and 6, with the country names of the catalog as VUCEM shows them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="134" />
        <source>Usar {pais}</source>
        <translation>Use {pais}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="135" />
        <source>Tomar el país del certificado: {pais}</source>
        <translation>Take the certificate's country: {pais}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="142" />
        <source>La partida {partida} es materia prima siderúrgica: el campo 4 no aplica.</source>
        <translation>Heading {partida} is a steelmaking raw material: field 4 does not apply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="148" />
        <source>molino</source>
        <translation>mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="148" />
        <source>calidad</source>
        <translation>quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="150" />
        <source>Certificado de {tipo} {numero}: {pais}</source>
        <translation>{tipo} certificate {numero}: {pais}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="151" />
        <source>sin país</source>
        <translation>no country</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_paises.py" line="152" />
        <source>El aviso aún no tiene certificados vinculados (paso 4).</source>
        <translation>The notice has no linked certificates yet (step 4).</translation>
    </message>
</context>
<context>
    <name>PaginaRevision</name>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="64" />
        <source>Marcar como &amp;listo</source>
        <translation>Mark as &amp;ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="87" />
        <source>Campo de VUCEM</source>
        <translation>VUCEM field</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="87" />
        <source>Valor a capturar</source>
        <translation>Value to type</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="93" />
        <source>Fracción arancelaria</source>
        <translation>Tariff item</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="94" />
        <source>NICO</source>
        <translation>NICO</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="95" />
        <source>Cantidad (UMT)</source>
        <translation>Quantity (UMT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="96" />
        <source>Valor en dólares</source>
        <translation>Value in dollars</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="97" />
        <source>País de origen del acero</source>
        <translation>Country of origin of the steel</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="98" />
        <source>País de origen de la mercancía</source>
        <translation>Country of origin of the goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="99" />
        <source>País exportador</source>
        <translation>Exporting country</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="100" />
        <source>Número(s) de certificado</source>
        <translation>Certificate number(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="101" />
        <source>Fecha(s) de expedición</source>
        <translation>Date(s) of issue</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="102" />
        <source>Nombre del fabricante</source>
        <translation>Manufacturer's name</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="103" />
        <source>Domicilio del fabricante</source>
        <translation>Manufacturer's address</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="104" />
        <source>Molino</source>
        <translation>Mill</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="105" />
        <source>Descripción de la mercancía</source>
        <translation>Description of the goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="106" />
        <source>Observaciones</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="130" />
        <source>Copiar</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="133" />
        <source>Copiar «{campo}» al portapapeles</source>
        <translation>Copy “{campo}” to the clipboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="149" />
        <source>Revisión de todas las reglas</source>
        <translation>Check of all the rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="150" />
        <source>Ninguna regla encontró errores ni advertencias en este aviso.</source>
        <translation>No rule found errors or warnings in this notice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="164" />
        <source>Revisión para VUCEM</source>
        <translation>Review for VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="167" />
        <source>Cada dato tal como se captura en VUCEM, en su orden, y el resultado de todas las reglas.</source>
        <translation>Each value as it is typed into VUCEM, in its order, and the result of all the rules.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="221" />
        <source>Precio unitario que calculará VUCEM: {precio} USD/{umt} ({kg} USD/kg).</source>
        <translation>Unit price VUCEM will compute: {precio} USD/{umt} ({kg} USD/kg).</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="233" />
        <source>Copiado al portapapeles: {campo}</source>
        <translation>Copied to the clipboard: {campo}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="242" />
        <source>Expediente: </source>
        <translation>Case: </translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="267" />
        <source>Con {n} error(es): todavía no lo capture en VUCEM</source>
        <translation>{n} error(s): do not type it into VUCEM yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="269" />
        <source>Corrija los errores de la lista (clic para ir al campo). Un aviso con datos distintos a la factura o a los certificados carece de validez.</source>
        <translation>Fix the errors in the list (click to go to the field). A notice whose data differ from the invoice or the certificates is void.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="274" />
        <source>Listo para VUCEM</source>
        <translation>Ready for VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="276" />
        <source>Sin errores. Revise las {n} advertencia(s) antes de capturar.</source>
        <translation>No errors. Review the {n} warning(s) before typing it in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="277" />
        <source>Sin errores ni advertencias. Capture los datos en este orden.</source>
        <translation>No errors or warnings. Type the data in this order.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/pag_revision.py" line="283" />
        <source>Estado: {estado}</source>
        <translation>Status: {estado}</translation>
    </message>
</context>
<context>
    <name>PanelHallazgos</name>
    <message>
        <location filename="../../app/ui/asistente/base.py" line="276" />
        <source>Revisión de este paso</source>
        <translation>Check of this step</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/base.py" line="272" />
        <source>Sin errores ni advertencias en este paso.</source>
        <translation>No errors or warnings in this step.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asistente/base.py" line="303" />
        <source>Clic o Intro para ir al campo.</source>
        <translation>Click or Enter to go to the field.</translation>
    </message>
</context>
<context>
    <name>SelectorClave</name>
    <message>
        <location filename="../../app/ui/selectores.py" line="102" />
        <source>Escriba la clave o el nombre</source>
        <translation>Type the key or the name</translation>
    </message>
</context>
<context>
    <name>VentanaPrincipal</name>
    <message>
        <location filename="../../app/ui/ventana.py" line="138" />
        <source>Nuevo &amp;expediente…</source>
        <translation>New &amp;case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="140" />
        <source>Crear un expediente (una operación de importación)</source>
        <translation>Create a case (one import operation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="141" />
        <source>&amp;Nuevo aviso</source>
        <translation>&amp;New notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="143" />
        <source>Crear un aviso en el expediente elegido</source>
        <translation>Create a notice in the chosen case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="144" />
        <source>&amp;Abrir aviso</source>
        <translation>&amp;Open notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="146" />
        <source>Abrir el aviso en el asistente (también Intro o doble clic)</source>
        <translation>Open the notice in the wizard (also Enter or double click)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="147" />
        <source>&amp;Duplicar aviso</source>
        <translation>&amp;Duplicate notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="149" />
        <source>Nuevo borrador a partir del aviso elegido</source>
        <translation>New draft from the chosen notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="150" />
        <source>&amp;Eliminar aviso</source>
        <translation>De&amp;lete notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="152" />
        <source>Enviar el aviso a la Papelera (se puede restaurar)</source>
        <translation>Send the notice to the Recycle Bin (it can be restored)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="153" />
        <source>&amp;Restaurar de la Papelera</source>
        <translation>&amp;Restore from the Recycle Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="155" />
        <source>Devolver el elemento elegido de la Papelera</source>
        <translation>Bring back the chosen item from the Recycle Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="156" />
        <source>&amp;Importar expediente…</source>
        <translation>&amp;Import case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="158" />
        <source>Leer un archivo de expediente (JSON) y guardarlo en la base</source>
        <translation>Read a case file (JSON) and save it in the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="159" />
        <source>E&amp;xportar expediente…</source>
        <translation>E&amp;xport case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="161" />
        <source>Escribir el expediente elegido a un archivo JSON</source>
        <translation>Write the chosen case to a JSON file</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="162" />
        <source>&amp;Buscar</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="163" />
        <source>Ir al cuadro de búsqueda</source>
        <translation>Go to the search box</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="164" />
        <source>Ac&amp;tualizar</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="166" />
        <source>Volver a leer la lista</source>
        <translation>Read the list again</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="167" />
        <source>&amp;Papelera</source>
        <translation>Recycle &amp;Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="169" />
        <source>Ver los avisos y expedientes eliminados</source>
        <translation>See the deleted notices and cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="170" />
        <source>&amp;Todos los avisos</source>
        <translation>&amp;All notices</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="171" />
        <source>Pre&amp;ferencias…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="173" />
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="174" />
        <source>Marcar como &amp;listo</source>
        <translation>Mark as &amp;ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="176" />
        <source>Marcar como &amp;presentado (folio)…</source>
        <translation>Mark as &amp;filed (folio)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="178" />
        <source>Marcar como e&amp;mitido (número)…</source>
        <translation>Mark as &amp;issued (number)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="180" />
        <source>Marcar como r&amp;echazado…</source>
        <translation>Mark as re&amp;jected…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="182" />
        <source>&amp;Volver a borrador</source>
        <translation>Back to &amp;draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="184" />
        <source>&amp;Acerca de…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="188" />
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="196" />
        <source>Av&amp;iso</source>
        <translation>&amp;Notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="199" />
        <source>&amp;Estado</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="201" />
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="205" />
        <source>Ay&amp;uda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="209" />
        <source>Barra principal</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="233" />
        <source>E&amp;xpedientes</source>
        <translation>Cas&amp;es</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="243" />
        <source>Proveedor, certificado, colada, fracción, descripción, folio…</source>
        <translation>Supplier, certificate, heat, tariff item, description, folio…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="248" />
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="257" />
        <source>&amp;Modificados del</source>
        <translation>&amp;Modified from</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="268" />
        <source>&amp;Limpiar filtros</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="275" />
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="280" />
        <source>E&amp;stado:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="285" />
        <source>&amp;Fracción:</source>
        <translation>&amp;Tariff item:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="292" />
        <source>al</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="388" />
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="391" />
        <source>Cambiar estado</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="396" />
        <source>Restaurar</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="405" />
        <source>Historial de estados</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="435" />
        <source>Catálogos con error: {lista}</source>
        <translation>Catalogs with errors: {lista}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="438" />
        <source>Catálogos: listas de trabajo no oficiales</source>
        <translation>Catalogs: unofficial working lists</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="501" />
        <source>Papelera: avisos eliminados (se pueden restaurar)</source>
        <translation>Recycle Bin: deleted notices (they can be restored)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="504" />
        <source>Avisos del expediente «{nombre}»</source>
        <translation>Notices of case “{nombre}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="506" />
        <location filename="../../app/ui/ventana.py" line="539" />
        <source>Todos los avisos</source>
        <translation>All notices</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="508" />
        <source>Avisos: {n}</source>
        <translation>Notices: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="553" />
        <source>Papelera</source>
        <translation>Recycle Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="558" />
        <source>Expediente «{nombre}»</source>
        <translation>Case “{nombre}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="561" />
        <source>Expediente eliminado: use «Restaurar» para devolverlo.</source>
        <translation>Deleted case: use “Restore” to bring it back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="575" />
        <source>Importador: {nombre} {rfc}</source>
        <translation>Importer: {nombre} {rfc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="577" />
        <source>Preparado: {fecha}</source>
        <translation>Prepared: {fecha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="648" />
        <source>Expediente eliminado</source>
        <translation>Deleted case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="649" />
        <source>Use «Restaurar» para devolverlo con sus avisos.</source>
        <translation>Use “Restore” to bring it back with its notices.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="651" />
        <source>Ningún aviso elegido</source>
        <translation>No notice chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="652" />
        <source>Cree un aviso con Ctrl+N, o importe un expediente con Ctrl+O.</source>
        <translation>Create a notice with Ctrl+N, or import a case with Ctrl+O.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="655" />
        <source>Aviso {clave} · {expediente} · {estado}</source>
        <translation>Notice {clave} · {expediente} · {estado}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="659" />
        <source>Fracción {fraccion}</source>
        <translation>Tariff item {fraccion}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="667" />
        <source>Certificados: {lista}</source>
        <translation>Certificates: {lista}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="669" />
        <source>Proveedor: {lista}</source>
        <translation>Supplier: {lista}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="671" />
        <source>Folio VUCEM: {folio}</source>
        <translation>VUCEM folio: {folio}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="673" />
        <source>Número de aviso: {numero}</source>
        <translation>Notice number: {numero}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="679" />
        <source>{cuando}  enviado a la Papelera</source>
        <translation>{cuando}  sent to the Recycle Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="685" />
        <location filename="../../app/ui/ventana.py" line="691" />
        <source>{cuando}  creado como {hacia}</source>
        <translation>{cuando}  created as {hacia}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="693" />
        <source>{cuando}  {desde} → {hacia}</source>
        <translation>{cuando}  {desde} → {hacia}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="696" />
        <source>  (folio {folio})</source>
        <translation>  (folio {folio})</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="698" />
        <source>  (aviso {numero})</source>
        <translation>  (notice {numero})</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="723" />
        <source>Re&amp;nombrar…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="724" />
        <source>E&amp;liminar expediente…</source>
        <translation>De&amp;lete case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="746" />
        <source>No se pudo crear el expediente</source>
        <translation>The case could not be created</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="750" />
        <source>Expediente «{nombre}» creado.</source>
        <translation>Case “{nombre}” created.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="768" />
        <source>Nuevo expediente…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="769" />
        <source>Nuevo aviso</source>
        <translation>New notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="769" />
        <source>¿En qué expediente?</source>
        <translation>In which case?</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="784" />
        <source>No se pudo crear el aviso</source>
        <translation>The notice could not be created</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="809" />
        <source>No se pudo abrir el aviso</source>
        <translation>The notice could not be opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="836" />
        <source>No se pudo duplicar el aviso</source>
        <translation>The notice could not be duplicated</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="840" />
        <source>Se creó el aviso {nuevo} como borrador a partir de {original}.</source>
        <translation>Notice {nuevo} was created as a draft from {original}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="848" />
        <source>¿Enviar el aviso {clave} del expediente «{expediente}» a la Papelera?

Podrá restaurarlo desde Ver ▸ Papelera.</source>
        <translation>Send notice {clave} of case “{expediente}” to the Recycle Bin?

You can restore it from View ▸ Recycle Bin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="851" />
        <source>Atención: este aviso ya está {estado} en VUCEM.</source>
        <translation>Attention: this notice is already {estado} in VUCEM.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="853" />
        <source>Eliminar aviso</source>
        <translation>Delete notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="853" />
        <location filename="../../app/ui/ventana.py" line="907" />
        <source>&amp;Enviar a la Papelera</source>
        <translation>&amp;Send to the Recycle Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="861" />
        <source>No se pudo eliminar el aviso</source>
        <translation>The notice could not be deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="864" />
        <source>Aviso {clave} enviado a la Papelera.</source>
        <translation>Notice {clave} sent to the Recycle Bin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="874" />
        <source>Expediente restaurado.</source>
        <translation>Case restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="881" />
        <source>No se pudo restaurar</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="884" />
        <source>Aviso {clave} restaurado.</source>
        <translation>Notice {clave} restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="886" />
        <source>Aviso restaurado como {nueva} (la clave {vieja} ya estaba en uso).</source>
        <translation>Notice restored as {nueva} (key {vieja} was already in use).</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="893" />
        <source>Renombrar expediente</source>
        <translation>Rename case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="893" />
        <source>Nombre:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="899" />
        <source>No se pudo renombrar</source>
        <translation>Could not rename</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="905" />
        <source>Eliminar expediente</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="906" />
        <source>¿Enviar el expediente «{nombre}» y sus avisos a la Papelera?

Podrá restaurarlo desde la Papelera.</source>
        <translation>Send case “{nombre}” and its notices to the Recycle Bin?

You can restore it from the Recycle Bin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="915" />
        <source>No se pudo eliminar el expediente</source>
        <translation>The case could not be deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="936" />
        <source>No se pudo revisar el aviso</source>
        <translation>The notice could not be checked</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="941" />
        <source>Aviso presentado en VUCEM</source>
        <translation>Notice filed in VUCEM</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="942" />
        <source>Folio que asignó la Ventanilla Digital:</source>
        <translation>Folio assigned by the Ventanilla Digital:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="946" />
        <source>Aviso emitido</source>
        <translation>Notice issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="947" />
        <source>Número de aviso que emitió la Secretaría de Economía:</source>
        <translation>Notice number issued by the Secretaría de Economía:</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="951" />
        <source>Aviso rechazado</source>
        <translation>Notice rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="952" />
        <source>¿Marcar el aviso {clave} como rechazado por la SE? Podrá corregirlo como borrador y volver a presentarlo.</source>
        <translation>Mark notice {clave} as rejected by the SE? You can correct it as a draft and file it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="953" />
        <source>Marcar &amp;rechazado</source>
        <translation>Mark &amp;rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="959" />
        <source>No se cambió el estado</source>
        <translation>The status was not changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="965" />
        <source>Aviso {clave}: {estado}.</source>
        <translation>Notice {clave}: {estado}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="973" />
        <source>Importar expediente</source>
        <translation>Import case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="974" />
        <source>Expedientes (*.json);;Todos los archivos (*)</source>
        <translation>Cases (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="978" />
        <source>Leyendo {archivo}…</source>
        <translation>Reading {archivo}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="988" />
        <location filename="../../app/ui/ventana.py" line="1003" />
        <source>No se pudo importar</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="992" />
        <source>Expediente «{nombre}» importado: {n} aviso(s).</source>
        <translation>Case “{nombre}” imported: {n} notice(s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1000" />
        <source>No se pudo leer el archivo: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1004" />
        <source>El archivo «{archivo}» no se importó.

{detalle}

No se guardó nada en la base de datos.</source>
        <translation>The file “{archivo}” was not imported.

{detalle}

Nothing was saved in the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1010" />
        <location filename="../../app/ui/ventana.py" line="1015" />
        <source>Exportar expediente</source>
        <translation>Export case</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1010" />
        <source>Elija un expediente o uno de sus avisos.</source>
        <translation>Choose a case or one of its notices.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1016" />
        <source>Expedientes (*.json)</source>
        <translation>Cases (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1028" />
        <location filename="../../app/ui/ventana.py" line="1034" />
        <source>No se pudo exportar</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1033" />
        <source>Expediente exportado a {ruta}.</source>
        <translation>Case exported to {ruta}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1035" />
        <source>No se pudo escribir {ruta}: {error}</source>
        <translation>Could not write {ruta}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1045" />
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1045" />
        <source>El nuevo idioma se aplicará la próxima vez que abra el programa.</source>
        <translation>The new language will apply the next time you open the program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1048" />
        <source>Acerca de {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ventana.py" line="1049" />
        <source>{app} {version}

Prepara y revisa Avisos Automáticos de Importación de Productos Siderúrgicos antes de capturarlos en VUCEM. Funciona sin conexión; los datos se guardan en:
{datos}</source>
        <translation>{app} {version}

Prepares and checks automatic import notices for steel products (AAIPS) before they are typed into VUCEM. It works offline; the data are kept in:
{datos}</translation>
    </message>
</context>
<context>
    <name>dialogos</name>
    <message>
        <location filename="../../app/ui/dialogos.py" line="33" />
        <source>&amp;Sí</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogos.py" line="34" />
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.py" line="44" />
        <source>Error inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="45" />
        <source>Ocurrió un error inesperado ({tipo}). Lo que ya estaba guardado no se perdió y los avisos abiertos se guardaron. Si vuelve a ocurrir, envíe a soporte el archivo:
{ruta}</source>
        <translation>An unexpected error occurred ({tipo}). What was already saved was not lost and the open notices were saved. If it happens again, send this file to support:
{ruta}</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="69" />
        <source>No se pudo abrir la base de datos</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="72" />
        <source>No se pudo abrir la carpeta de datos</source>
        <translation>The data folder could not be opened</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="73" />
        <source>No se pudo usar la carpeta {ruta}: {error}</source>
        <translation>The folder {ruta} could not be used: {error}</translation>
    </message>
</context>
</TS>
