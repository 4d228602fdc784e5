<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamita</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somalí</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>criollo haitiano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>tagalo</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Todavía no hay copia de seguridad</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última copia: {when}</translation>
    </message>
    <message>
        <source>Your journal has no backup yet. Backup now… keeps a copy you can restore if this computer is lost or breaks.</source>
        <translation>Su diario todavía no tiene copia de seguridad. Hacer una copia ahora… guarda una copia que puede restaurar si esta computadora se pierde o se daña.</translation>
    </message>
    <message>
        <source>Your last backup is {days} days old. A fresh one (Backup now…), ideally on a USB stick, keeps your work safe.</source>
        <translation>Su última copia tiene {days} días. Una copia nueva (Hacer una copia ahora…), mejor en una memoria USB, mantiene su trabajo a salvo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>PeerJournal backups (*.pjbackup)</source>
        <translation>Copias de PeerJournal (*.pjbackup)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restaurar desde</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>Elija la segunda carpeta de copias</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>Their story, in their words</source>
        <translation>La historia de la persona, en sus palabras</translation>
    </message>
    <message>
        <source>What do they want to do?</source>
        <translation>¿Qué quiere hacer la persona?</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Dar seguimiento el</translation>
    </message>
    <message>
        <source>What I shared of my story</source>
        <translation>Lo que compartí de mi historia</translation>
    </message>
    <message>
        <source>What I learned about my own wound and healing</source>
        <translation>Lo que aprendí sobre mi propia herida y mi sanación</translation>
    </message>
    <message>
        <source>What is uniquely theirs</source>
        <translation>Lo que es solo suyo</translation>
    </message>
    <message>
        <source>What is universal</source>
        <translation>Lo que es universal</translation>
    </message>
    <message>
        <source>What I need now</source>
        <translation>Lo que necesito ahora</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Fijada el</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrada el</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Expires when</source>
        <translation>Vence cuando</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Revocado el</translation>
    </message>
    <message>
        <source>Reason, in their words</source>
        <translation>Motivo, en palabras de la persona</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Lo que pide</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>Ayuda mutua</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Ayuda legal</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Con cita</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>No aceptó</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Kind of referral</source>
        <translation>Tipo de remisión</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>P&amp;ara:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Their reason, in their own words</source>
        <translation>El motivo de la persona, en sus propias palabras</translation>
    </message>
    <message>
        <source>What they said about why they want this referral</source>
        <translation>Lo que dijo la persona sobre por qué quiere esta remisión</translation>
    </message>
    <message>
        <source>What they ask the clinician for</source>
        <translation>Lo que la persona le pide al profesional clínico</translation>
    </message>
    <message>
        <source>e.g. “an appointment this week, in the morning”</source>
        <translation>p. ej., “una cita esta semana, por la mañana”</translation>
    </message>
    <message>
        <source>Their &amp;reason, in their own words</source>
        <translation>El &amp;motivo de la persona, en sus palabras</translation>
    </message>
    <message>
        <source>What they &amp;ask the clinician for</source>
        <translation>Lo que la persona le pide al profesional clínic&amp;o</translation>
    </message>
    <message>
        <source>Scope check</source>
        <translation>Revisión del rol</translation>
    </message>
    <message>
        <source>&amp;Why send it anyway? (kept in the disclosure log, never printed)</source>
        <translation>¿Por &amp;qué enviarla de todos modos? (queda en el registro de divulgaciones, nunca se imprime)</translation>
    </message>
    <message>
        <source>Your reason to send the letter with these findings</source>
        <translation>Su motivo para enviar la carta con estos hallazgos</translation>
    </message>
    <message>
        <source>Status of the referral</source>
        <translation>Estado de la remisión</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Fecha del estado</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha para dar seguimiento</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Avance de la remisión</translation>
    </message>
    <message>
        <source>s&amp;ince</source>
        <translation>&amp;desde</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Pre&amp;view letter</source>
        <translation>&amp;Ver la carta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imprimi&amp;r…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como PD&amp;F…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Elija a la persona.</translation>
    </message>
    <message>
        <source>Choose the clinician.</source>
        <translation>Elija al profesional clínico.</translation>
    </message>
    <message>
        <source>Write their reason, in their words.</source>
        <translation>Escriba el motivo de la persona, en sus palabras.</translation>
    </message>
    <message>
        <source>Checking the consent…</source>
        <translation>Revisando el consentimiento…</translation>
    </message>
    <message>
        <source>Record their written consent first.</source>
        <translation>Primero registre el consentimiento por escrito de la persona.</translation>
    </message>
    <message>
        <source>Reword what the scope check found, or write why you send it anyway.</source>
        <translation>Cambie lo que encontró la revisión del rol, o escriba por qué la envía de todos modos.</translation>
    </message>
    <message>
        <source>Consider “{suggestion}” — {why}</source>
        <translation>Considere “{suggestion}”: {why}</translation>
    </message>
    <message>
        <source>Use “{suggestion}”</source>
        <translation>Usar “{suggestion}”</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Aquí no</translation>
    </message>
    <message>
        <source>Never hint “{word}”</source>
        <translation>No sugerir nunca “{word}”</translation>
    </message>
    <message>
        <source>Never hint this word in this journal (undo in Settings)</source>
        <translation>No sugerir nunca esta palabra en este diario (se deshace en Configuración)</translation>
    </message>
    <message>
        <source>Part of life {n}</source>
        <translation>Parte de la vida {n}</translation>
    </message>
    <message>
        <source>Name this part, in their words</source>
        <translation>Nombre de esta parte, en sus palabras</translation>
    </message>
    <message>
        <source>Their own name for this part of life. Renaming keeps its history.</source>
        <translation>El nombre que la persona le da a esta parte de la vida. Cambiarle el nombre conserva su historia.</translation>
    </message>
    <message>
        <source>In their words, part {n}</source>
        <translation>En sus palabras, parte {n}</translation>
    </message>
    <message>
        <source>In their words (optional)</source>
        <translation>En sus palabras (opcional)</translation>
    </message>
    <message>
        <source>How can I help? Their answer</source>
        <translation>¿Cómo puedo ayudar? La respuesta de la persona</translation>
    </message>
    <message>
        <source>How can I help?</source>
        <translation>¿Cómo puedo ayudar?</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <source>Why I shared it — for them, or for me?</source>
        <translation>¿Por qué lo compartí? ¿Por esa persona o por mí?</translation>
    </message>
    <message>
        <source>What I learned from them</source>
        <translation>Lo que aprendí de esa persona</translation>
    </message>
    <message>
        <source>What I noticed in myself</source>
        <translation>Lo que noté en mí</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>What they&apos;d like the clinician to know</source>
        <translation>Lo que quiere que sepa el profesional clínico</translation>
    </message>
    <message>
        <source>In their words, e.g. “I work nights, so mornings are hard”</source>
        <translation>En sus palabras, p. ej., “trabajo de noche, así que las mañanas me cuestan”</translation>
    </message>
    <message>
        <source>In their words, e.g. “six weeks at my new job”</source>
        <translation>En sus palabras, p. ej., “seis semanas en mi nuevo trabajo”</translation>
    </message>
    <message>
        <source>e.g. “I can come with them to the first appointment”</source>
        <translation>p. ej., “puedo acompañar a la persona a la primera cita”</translation>
    </message>
    <message>
        <source>They want the clinician to call them directl&amp;y (when the consent covers it)</source>
        <translation>Quiere que el profesional clínico le &amp;hable directamente (si el consentimiento lo incluye)</translation>
    </message>
    <message>
        <source>What they&apos;d &amp;like the clinician to know</source>
        <translation>&amp;Lo que quiere que sepa el profesional clínico</translation>
    </message>
    <message>
        <source>What is g&amp;oing well</source>
        <translation>Lo que va &amp;bien</translation>
    </message>
    <message>
        <source>&amp;How I will help</source>
        <translation>Cómo voy a a&amp;yudar</translation>
    </message>
    <message>
        <source>Each of these prints only when the consent covers it and it is filled in; leave empty what they did not say.</source>
        <translation>Cada uno se imprime solo si el consentimiento lo incluye y está escrito; deje vacío lo que la persona no dijo.</translation>
    </message>
    <message>
        <source>Follow &amp;up on:</source>
        <translation>Dar se&amp;guimiento el:</translation>
    </message>
    <message>
        <source>Cli&amp;nicians…</source>
        <translation>Profesio&amp;nales clínicos…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;Idioma de la carta:</translation>
    </message>
    <message>
        <source>Save re&amp;ferral</source>
        <translation>G&amp;uardar la remisión</translation>
    </message>
    <message>
        <source>Choose the kind of referral.</source>
        <translation>Elija el tipo de remisión.</translation>
    </message>
    <message>
        <source>Their contact details (phone, email, address)</source>
        <translation>Sus datos de contacto (teléfono, correo electrónico, dirección)</translation>
    </message>
    <message>
        <source>Their date of birth</source>
        <translation>Su fecha de nacimiento</translation>
    </message>
    <message>
        <source>Their reason and request, in their words</source>
        <translation>Su motivo y su petición, en sus palabras</translation>
    </message>
    <message>
        <source>What is going well</source>
        <translation>Lo que va bien</translation>
    </message>
    <message>
        <source>How I will help</source>
        <translation>Cómo voy a ayudar</translation>
    </message>
    <message>
        <source>their contact details</source>
        <translation>sus datos de contacto</translation>
    </message>
    <message>
        <source>their date of birth</source>
        <translation>su fecha de nacimiento</translation>
    </message>
    <message>
        <source>their words</source>
        <translation>sus palabras</translation>
    </message>
    <message>
        <source>what is going well</source>
        <translation>lo que va bien</translation>
    </message>
    <message>
        <source>how I will help</source>
        <translation>cómo voy a ayudar</translation>
    </message>
</context>
<context>
    <name>AboutMePanel</name>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>Letters you write from the journal are signed with these. You can skip this now and fill it in later in Settings.</source>
        <translation>Las cartas que escriba desde el diario llevan estos datos en la firma. Puede omitir esto ahora y completarlo más tarde en Configuración.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your credentials</source>
        <translation>Sus credenciales</translation>
    </message>
    <message>
        <source>e.g. CPRS</source>
        <translation>p. ej., CPRS</translation>
    </message>
    <message>
        <source>Your organization</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>Credencia&amp;les:</translation>
    </message>
    <message>
        <source>Organi&amp;zation:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Omitir por a&amp;hora</translation>
    </message>
    <message>
        <source>Please write your name, or skip this for now.</source>
        <translation>Escriba su nombre, o omita esto por ahora.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Shown now</source>
        <translation>Se muestra ahora</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Signed form</source>
        <translation>Formulario firmado</translation>
    </message>
    <message>
        <source>Photo or scan of the signed form</source>
        <translation>Foto o escaneo del formulario firmado</translation>
    </message>
    <message>
        <source>The scan cannot be shown here.</source>
        <translation>El escaneo no se puede mostrar aquí.</translation>
    </message>
    <message>
        <source>Photo of the signed form</source>
        <translation>Foto del formulario firmado</translation>
    </message>
    <message>
        <source>The photo cannot be shown.</source>
        <translation>La foto no se puede mostrar.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file: the same passphrase or recovery key opens it. PeerJournal makes one each day you unlock, beside your journal and in the second folder below. Keep one on a USB stick, away from this computer.</source>
        <translation>Una copia de seguridad es un solo archivo cifrado: la misma frase de contraseña o clave de recuperación la abre. PeerJournal hace una cada día que usted desbloquea el diario, junto a su diario y en la segunda carpeta de abajo. Guarde una en una memoria USB, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>Hacer una &amp;copia ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>&amp;Restaurar desde…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin elegir</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Segunda carpeta de copias</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Stop using it</source>
        <translation>&amp;Dejar de usarla</translation>
    </message>
    <message>
        <source>Second backup &amp;folder (USB stick):</source>
        <translation>Segunda car&amp;peta de copias (memoria USB):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{name} already exists. A backup never replaces a file: choose a new name.</source>
        <translation>{name} ya existe. Una copia de seguridad nunca reemplaza un archivo: elija otro nombre.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Wrote the backup to {path}. The same passphrase or recovery key opens it.</source>
        <translation>La copia de seguridad quedó en {path}. La misma frase de contraseña o clave de recuperación la abre.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of your journal?

Your journal is closed first and kept aside (nothing is deleted); then you unlock the restored one.</source>
        <translation>¿Poner la copia {name} en lugar de su diario?

Primero se cierra su diario y se guarda aparte (no se borra nada); luego usted desbloquea el diario restaurado.</translation>
    </message>
    <message>
        <source>The passphrase that opens this backup:</source>
        <translation>La frase de contraseña que abre esta copia:</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source> Your previous journal was kept at {path}.</source>
        <translation> Su diario anterior quedó guardado en {path}.</translation>
    </message>
    <message>
        <source>This backup was made by an earlier version of PeerJournal, before backups carried a seal: it passed every check, but nothing proves that its key header and its contents were made together. If it is older than you expected, restore a newer backup.</source>
        <translation>Esta copia de seguridad la hizo una versión anterior de PeerJournal, antes de que las copias llevaran un sello: pasó todas las comprobaciones, pero nada prueba que su encabezado de claves y su contenido se hicieran juntos. Si es más antigua de lo que esperaba, restaure una copia más reciente.</translation>
    </message>
    <message>
        <source>The backup is restored. Unlock it to continue.</source>
        <translation>La copia está restaurada. Desbloquéela para continuar.</translation>
    </message>
    <message>
        <source>Your journal was not changed. Unlock it to continue.</source>
        <translation>Su diario no cambió. Desbloquéelo para continuar.</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation>No se pudo guardar la configuración.</translation>
    </message>
    <message>
        <source>Backups will also go to {path}.</source>
        <translation>Las copias también irán a {path}.</translation>
    </message>
    <message>
        <source>Backups go beside your journal only.</source>
        <translation>Las copias se guardan solo junto a su diario.</translation>
    </message>
    <message>
        <source>Backups found:</source>
        <translation>Copias de seguridad encontradas:</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Copias de seguridad encontradas</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>BusyLine</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your journal stays as it is; only the passphrase that opens it changes. Your recovery key keeps working. Backups made earlier still open with the passphrase they were made with.</source>
        <translation>Su diario queda tal como está; solo cambia la frase de contraseña que lo abre. Su clave de recuperación sigue funcionando. Las copias de seguridad hechas antes se siguen abriendo con la frase de contraseña que tenían al hacerse.</translation>
    </message>
    <message>
        <source>If the old passphrase may have been seen, choose Journal → I think my passphrase, recovery sheet, a backup or this laptop&apos;s copy was exposed… instead: a change here does not lock out copies of the journal made before.</source>
        <translation>Si alguien pudo haber visto la frase de contraseña anterior, elija en su lugar Diario → Creo que mi frase de contraseña, mi hoja de recuperación, una copia de seguridad o la copia de esta computadora quedó expuesta…: un cambio aquí no deja fuera a las copias del diario hechas antes.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>La nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Otra ve&amp;z:</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Por favor, escriba su frase de contraseña actual.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos nuevas frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual a la actual.</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed; please try again.</source>
        <translation>Esa no es su frase de contraseña actual. No se cambió nada; por favor, inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CheckReasons</name>
    <message>
        <source>A diagnosis: a peer specialist does not diagnose; describe what the person says instead.</source>
        <translation>Un diagnóstico: un especialista de apoyo entre pares no diagnostica; describa en su lugar lo que dice la persona.</translation>
    </message>
    <message>
        <source>A diagnosis with a severity or course (mild, moderate, severe, in remission): only a clinician assesses that; describe what the person says instead.</source>
        <translation>Un diagnóstico con una gravedad o una evolución (leve, moderado, grave, en remisión): solo un profesional clínico lo evalúa; describa en su lugar lo que dice la persona.</translation>
    </message>
    <message>
        <source>A diagnostic code, manual or criteria: a peer specialist does not diagnose; leave codes and criteria to the clinician.</source>
        <translation>Un código, un manual o unos criterios de diagnóstico: un especialista de apoyo entre pares no diagnostica; deje los códigos y los criterios al profesional clínico.</translation>
    </message>
    <message>
        <source>A level-of-care assessment: a peer specialist does not place people in a level of care; write what the person asks for instead.</source>
        <translation>Una evaluación del nivel de atención: un especialista de apoyo entre pares no asigna a nadie un nivel de atención; escriba en su lugar lo que pide la persona.</translation>
    </message>
    <message>
        <source>A clinical score (a withdrawal scale or a screening test): scoring is a clinician&apos;s assessment; describe what you saw and what the person says instead.</source>
        <translation>Una puntuación clínica (una escala de abstinencia o una prueba de detección): puntuar es una evaluación clínica; describa en su lugar lo que usted vio y lo que dice la persona.</translation>
    </message>
    <message>
        <source>A recommendation of a level of care or a treatment: a peer specialist does not recommend one; write what the person asks for, in their words.</source>
        <translation>Una recomendación de un nivel de atención o de un tratamiento: un especialista de apoyo entre pares no la hace; escriba lo que pide la persona, con sus palabras.</translation>
    </message>
    <message>
        <source>Advice about a medication (starting, stopping, changing or dosing it): only a prescriber advises that; write what the person asks, and suggest they talk to their prescriber.</source>
        <translation>Un consejo sobre un medicamento (empezarlo, dejarlo, cambiarlo o su dosis): solo quien lo receta aconseja eso; escriba lo que pregunta la persona y sugiérale que hable con quien se lo receta.</translation>
    </message>
    <message>
        <source>A label makes the person their substance use; person-first language puts the person first.</source>
        <translation>Una etiqueta convierte a la persona en su consumo; el lenguaje que pone a la persona primero es más respetuoso.</translation>
    </message>
    <message>
        <source>A slur for people who use drugs; it stigmatizes and keeps people from asking for help.</source>
        <translation>Un insulto para las personas que usan drogas; estigmatiza y aleja a la gente de la ayuda.</translation>
    </message>
    <message>
        <source>&apos;Abuse&apos; links use to wrongdoing and punishment; &apos;use&apos; or &apos;misuse&apos; describes what happens.</source>
        <translation>“Abuso” asocia el consumo con una falta o un castigo; “consumo” o “mal uso” describe lo que pasa.</translation>
    </message>
    <message>
        <source>&apos;Clean&apos; and &apos;dirty&apos; imply a person is dirty when using; name the test result or the time in recovery.</source>
        <translation>“Limpio” y “sucio” dan a entender que la persona está sucia cuando consume; diga el resultado de la prueba o el tiempo en recuperación.</translation>
    </message>
    <message>
        <source>&apos;Relapse&apos; can sound like a moral failure; &apos;return to use&apos; says what happened.</source>
        <translation>“Recaída” puede sonar a fracaso moral; “regreso al consumo” dice lo que pasó.</translation>
    </message>
    <message>
        <source>&apos;Habit&apos; suggests choice and weak will; substance use is a health matter, not a vice.</source>
        <translation>“Hábito” sugiere elección y poca voluntad; el consumo de sustancias es un asunto de salud, no un vicio.</translation>
    </message>
    <message>
        <source>Slang that trivializes substance use; describe the use plainly.</source>
        <translation>Jerga que le quita importancia al consumo; describa el consumo con sencillez.</translation>
    </message>
    <message>
        <source>&apos;Suffering&apos; casts the person as a victim; &apos;living with&apos; or &apos;has&apos; is neutral.</source>
        <translation>“Sufrir de” presenta a la persona como víctima; “vive con” o “tiene” es neutral.</translation>
    </message>
    <message>
        <source>&apos;Noncompliant&apos; blames the person; say what they chose or what they are ready for.</source>
        <translation>“No cumple” culpa a la persona; diga lo que eligió o para qué está lista.</translation>
    </message>
    <message>
        <source>&apos;In denial&apos; blames the person; ambivalence is a normal part of change.</source>
        <translation>“En negación” culpa a la persona; la ambivalencia es parte normal del cambio.</translation>
    </message>
    <message>
        <source>A joke at the person&apos;s expense about how often they come for care.</source>
        <translation>Una broma a costa de la persona sobre la frecuencia con que busca atención.</translation>
    </message>
    <message>
        <source>Homelessness is a situation a person is in, not who they are.</source>
        <translation>Estar sin hogar es una situación en la que está la persona, no lo que es.</translation>
    </message>
    <message>
        <source>A label from a person&apos;s past; person-first language names the person, then the situation.</source>
        <translation>Una etiqueta del pasado de la persona; nombre primero a la persona y luego la situación.</translation>
    </message>
    <message>
        <source>Labels and slurs about mental health stigmatize; say what the person experiences.</source>
        <translation>Las etiquetas y los insultos sobre la salud mental estigmatizan; diga lo que la persona vive.</translation>
    </message>
    <message>
        <source>A slur about mental health; say what happened instead.</source>
        <translation>Un insulto sobre la salud mental; diga en su lugar lo que pasó.</translation>
    </message>
    <message>
        <source>&apos;Committed&apos; implies a crime or sin; &apos;died by suicide&apos; is the accepted term.</source>
        <translation>“Cometió” da a entender un delito o un pecado; “murió por suicidio” es el término aceptado.</translation>
    </message>
    <message>
        <source>&apos;Replacement&apos; and &apos;assisted&apos; suggest the medication is a substitute drug; it is treatment in its own right.</source>
        <translation>“Sustitución” y “asistido” sugieren que el medicamento es una droga sustituta; es un tratamiento por derecho propio.</translation>
    </message>
    <message>
        <source>Babies cannot be &apos;addicted&apos;; they can be born exposed to substances or with withdrawal.</source>
        <translation>Un bebé no puede ser “adicto”; puede nacer expuesto a sustancias o con abstinencia.</translation>
    </message>
    <message>
        <source>Assumes bad intent; the person may be in pain or in withdrawal.</source>
        <translation>Supone mala intención; la persona puede tener dolor o estar en abstinencia.</translation>
    </message>
    <message>
        <source>A character label blames the person; say what happened and what they needed.</source>
        <translation>Una etiqueta sobre el carácter culpa a la persona; diga lo que pasó y lo que necesitaba.</translation>
    </message>
    <message>
        <source>&apos;User&apos; reduces a person to their drug use; say &apos;person who uses drugs&apos;.</source>
        <translation>“Usuario” reduce a la persona a su consumo; diga “persona que usa drogas”.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Chequeo</translation>
    </message>
    <message>
        <source>How is each part of life going right now, from 1 (hard right now) to 5 (going well)? There is no total and no score: each part stands on its own. Skip any part they would rather not answer today.</source>
        <translation>¿Cómo va cada parte de la vida ahora mismo, de 1 (difícil ahora) a 5 (va bien)? No hay total ni puntaje: cada parte vale por sí misma. Salte cualquier parte que la persona prefiera no contestar hoy.</translation>
    </message>
    <message>
        <source>Day of the check-in</source>
        <translation>Día del chequeo</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Part of life</source>
        <translation>Parte de la vida</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 a 5</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>&amp;Add a part of life</source>
        <translation>&amp;Agregar una parte de la vida</translation>
    </message>
    <message>
        <source>Add a part of life</source>
        <translation>Agregar una parte de la vida</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Por favor, revise</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>&amp;Guardar el chequeo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check-in with {name}</source>
        <translation>Chequeo con {name}</translation>
    </message>
</context>
<context>
    <name>CliniciansDialog</name>
    <message>
        <source>Clinicians</source>
        <translation>Profesionales clínicos</translation>
    </message>
    <message>
        <source>Clinicians address book</source>
        <translation>Directorio de profesionales clínicos</translation>
    </message>
    <message>
        <source>Ne&amp;w clinician</source>
        <translation>Nue&amp;vo profesional</translation>
    </message>
    <message>
        <source>&amp;Clinicians</source>
        <translation>&amp;Profesionales clínicos</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Fa&amp;x</source>
        <translation>Fa&amp;x</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>A clinician needs a name.</source>
        <translation>El profesional clínico necesita un nombre.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>e.g. Dr. Echeverría</source>
        <translation>p. ej., Dr. Echeverría</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>&amp;How to address them</source>
        <translation>&amp;Saludo en la carta</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Estimado/a {name}:</translation>
    </message>
</context>
<context>
    <name>CliniciansModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Consents to share information</source>
        <translation>Consentimientos para compartir información</translation>
    </message>
    <message>
        <source>Consents of this person</source>
        <translation>Consentimientos de esta persona</translation>
    </message>
    <message>
        <source>&amp;New consent</source>
        <translation>&amp;Nuevo consentimiento</translation>
    </message>
    <message>
        <source>Consents &amp;recorded</source>
        <translation>Consentimientos &amp;registrados</translation>
    </message>
    <message>
        <source>Who may receive the information</source>
        <translation>Quién puede recibir la información</translation>
    </message>
    <message>
        <source>C&amp;linicians…</source>
        <translation>C&amp;línicos…</translation>
    </message>
    <message>
        <source>e.g. to arrange an appointment and coordinate support</source>
        <translation>p. ej., para pedir una cita y coordinar el apoyo</translation>
    </message>
    <message>
        <source>How much and what kind, e.g. my name, my request in my own words, and how to reach me</source>
        <translation>Cuánta y de qué tipo, p. ej., mi nombre, lo que pido en mis propias palabras y cómo contactarme</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>On a &amp;date:</source>
        <translation>En una fec&amp;ha:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Expires when</source>
        <translation>Vence cuando</translation>
    </message>
    <message>
        <source>Re&amp;voked on:</source>
        <translation>Re&amp;vocado el:</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Revocado el</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>P&amp;ara:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>&amp;Information:</source>
        <translation>Infor&amp;mación:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Firma&amp;do el:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>Revocation:</source>
        <translation>Revocación:</translation>
    </message>
    <message>
        <source>Purpose of the disclosure</source>
        <translation>Propósito de la divulgación</translation>
    </message>
    <message>
        <source>How much and what kind of information</source>
        <translation>Cuánta información y de qué tipo</translation>
    </message>
    <message>
        <source>The person may revoke this consent at any time, except for what was already shared relying on it. The printed form carries every element a written consent needs (42 CFR §2.31), with lines to sign and date.</source>
        <translation>La persona puede revocar este consentimiento en cualquier momento, salvo lo que ya se compartió confiando en él. El formulario impreso lleva todo lo que un consentimiento por escrito necesita (42 CFR §2.31), con líneas para firmar y poner la fecha.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Print the consent form, or save it as PDF, to have it signed</source>
        <translation>Imprima el formulario de consentimiento, o guárdelo como PDF, para que lo firme</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Add the clinician to the address book first (Clinicians…).</source>
        <translation>Primero agregue al profesional clínico al directorio (Profesionales clínicos…).</translation>
    </message>
    <message>
        <source>You have changes not saved yet: Save consent, or New consent to put them aside, before opening another.</source>
        <translation>Tiene cambios sin guardar: haga clic en “Guardar el consentimiento”, o en “Nuevo consentimiento” para dejarlos de lado, antes de abrir otro.</translation>
    </message>
    <message>
        <source>who receives it</source>
        <translation>quién la recibe</translation>
    </message>
    <message>
        <source>the purpose</source>
        <translation>el propósito</translation>
    </message>
    <message>
        <source>how much and what kind of information</source>
        <translation>cuánta información y de qué tipo</translation>
    </message>
    <message>
        <source>the event or condition that ends it</source>
        <translation>el hecho o la condición que lo termina</translation>
    </message>
    <message>
        <source>The consent cannot end before it is signed.</source>
        <translation>El consentimiento no puede terminar antes de firmarse.</translation>
    </message>
    <message>
        <source>The consent cannot be revoked before it is signed.</source>
        <translation>El consentimiento no puede revocarse antes de firmarse.</translation>
    </message>
    <message>
        <source>Consent saved.</source>
        <translation>Consentimiento guardado.</translation>
    </message>
    <message>
        <source>Choose who receives the information first.</source>
        <translation>Primero elija quién recibe la información.</translation>
    </message>
    <message>
        <source>Save the consent form</source>
        <translation>Guardar el formulario de consentimiento</translation>
    </message>
    <message>
        <source>consent-form.pdf</source>
        <translation>formulario-de-consentimiento.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the consent form to {name}.</source>
        <translation>El formulario de consentimiento quedó en {name}.</translation>
    </message>
    <message>
        <source>Print the consent form</source>
        <translation>Imprimir el formulario de consentimiento</translation>
    </message>
    <message>
        <source>an event or condition, e.g. my treatment there ends</source>
        <translation>un hecho o una condición, p. ej., termine mi tratamiento allí</translation>
    </message>
    <message>
        <source>It covers:</source>
        <translation>Incluye:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Si&amp;gn on screen…</source>
        <translation>Firmar en pan&amp;talla…</translation>
    </message>
    <message>
        <source>The person reads the consent in large type and signs it on this screen</source>
        <translation>La persona lee el consentimiento en letra grande y lo firma en esta pantalla</translation>
    </message>
    <message>
        <source>Signature drawn on screen</source>
        <translation>Firma hecha en pantalla</translation>
    </message>
    <message>
        <source>Kept with this consent</source>
        <translation>Guardada con este consentimiento</translation>
    </message>
    <message>
        <source>Photos and scans of the signed form</source>
        <translation>Fotos y escaneos del formulario firmado</translation>
    </message>
    <message>
        <source>&amp;Attach photo or scan…</source>
        <translation>Ad&amp;juntar foto o escaneo…</translation>
    </message>
    <message>
        <source>Vi&amp;ew</source>
        <translation>V&amp;er</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Guardar una c&amp;opia…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Signed on paper: a photo or scan of the form</source>
        <translation>Firmado en papel: una foto o un escaneo del formulario</translation>
    </message>
    <message>
        <source>Language of the printed form</source>
        <translation>Idioma del formulario impreso</translation>
    </message>
    <message>
        <source>Print &amp;form…</source>
        <translation>&amp;Imprimir formulario…</translation>
    </message>
    <message>
        <source>Save &amp;consent</source>
        <translation>&amp;Guardar consentimiento</translation>
    </message>
    <message>
        <source>Printed form and reading view in:</source>
        <translation>Formulario impreso y vista de lectura en:</translation>
    </message>
    <message>
        <source>Choose the clinician…</source>
        <translation>Elija al profesional clínico…</translation>
    </message>
    <message>
        <source>The consent is missing: {what}.</source>
        <translation>Al consentimiento le falta: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded before these choices: its letter carries their reason, their request and who I am, nothing else. Tick what the person agreed to add.</source>
        <translation>Registrado antes de estas opciones: su carta lleva su motivo, su petición y quién soy yo, nada más. Marque lo que la persona aceptó agregar.</translation>
    </message>
    <message>
        <source>Consent saved. Its terms changed since it was signed on screen, so the signature was removed: have the person read it and sign again.</source>
        <translation>Consentimiento guardado. Sus términos cambiaron desde que se firmó en pantalla, así que se quitó la firma: pida a la persona que lo lea y lo firme de nuevo.</translation>
    </message>
    <message>
        <source>Signed on screen on {day}.</source>
        <translation>Firmado en pantalla el {day}.</translation>
    </message>
    <message>
        <source>Not signed on screen. The person can read it and sign here.</source>
        <translation>No está firmado en pantalla. La persona puede leerlo y firmarlo aquí.</translation>
    </message>
    <message>
        <source>Signed on screen and saved.</source>
        <translation>Firmado en pantalla y guardado.</translation>
    </message>
    <message>
        <source>{kind}, attached {day}</source>
        <translation>{kind}, adjuntado el {day}</translation>
    </message>
    <message>
        <source>Attach a photo or scan of the signed form</source>
        <translation>Adjuntar una foto o un escaneo del formulario firmado</translation>
    </message>
    <message>
        <source>Photos and scans (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</source>
        <translation>Fotos y escaneos (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Save the consent first, then attach the signed form.</source>
        <translation>Primero guarde el consentimiento y luego adjunte el formulario firmado.</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Adjuntando…</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n photo(s) or scan(s) in the journal.</source>
        <translation>
            <numerusform>Se guardó %n foto o escaneo en el diario.</numerusform>
            <numerusform>Se guardaron %n fotos o escaneos en el diario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of the signed form (it leaves the encrypted journal)</source>
        <translation>Guardar una copia del formulario firmado (sale del diario cifrado)</translation>
    </message>
    <message>
        <source>signed-consent</source>
        <translation>consentimiento-firmado</translation>
    </message>
    <message>
        <source>Photos and scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Fotos y escaneos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Saved a copy to {name}. It is not encrypted.</source>
        <translation>Se guardó una copia en {name}. No está cifrada.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent status</source>
        <translation>Estado del consentimiento</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrar &amp;consentimiento…</translation>
    </message>
    <message>
        <source>Checking the consent…</source>
        <translation>Revisando el consentimiento…</translation>
    </message>
    <message>
        <source>Choose the person and the clinician to see which consent covers the letter.</source>
        <translation>Elija a la persona y al profesional clínico para ver qué consentimiento cubre la carta.</translation>
    </message>
    <message>
        <source>The consent this referral names is not in the journal.</source>
        <translation>El consentimiento que nombra esta remisión no está en el diario.</translation>
    </message>
    <message>
        <source>The consent this referral names is for another person or another recipient.</source>
        <translation>El consentimiento que nombra esta remisión es de otra persona o para otro destinatario.</translation>
    </message>
    <message>
        <source>There is no consent from this person to share information with this clinician. Record their written consent first.</source>
        <translation>No hay un consentimiento de esta persona para compartir información con este profesional clínico. Primero registre su consentimiento por escrito.</translation>
    </message>
    <message>
        <source>The consent is signed on {day}, after today.</source>
        <translation>El consentimiento tiene fecha de firma {day}, después de hoy.</translation>
    </message>
    <message>
        <source>The consent was revoked on {day}.</source>
        <translation>El consentimiento se revocó el {day}.</translation>
    </message>
    <message>
        <source>The consent expired on {day}.</source>
        <translation>El consentimiento venció el {day}.</translation>
    </message>
    <message>
        <source>No valid consent today. {why}</source>
        <translation>Hoy no hay un consentimiento vigente. {why}</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Consentimientos…</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>hasta el {day}</translation>
    </message>
    <message>
        <source>until {event}</source>
        <translation>hasta que {event}</translation>
    </message>
    <message>
        <source>until revoked</source>
        <translation>hasta que se revoque</translation>
    </message>
    <message>
        <source>Covered by the consent signed on {signed}, {ends}. Purpose: {purpose}. Information: {information}.</source>
        <translation>Cubierta por el consentimiento firmado el {signed}, {ends}. Propósito: {purpose}. Información: {information}.</translation>
    </message>
    <message>
        <source>The letter carries their reason and request only.</source>
        <translation>La carta lleva solo su motivo y su petición.</translation>
    </message>
    <message>
        <source>It covers none of the optional sections.</source>
        <translation>No incluye ninguna de las secciones opcionales.</translation>
    </message>
    <message>
        <source>It covers: {what}.</source>
        <translation>Incluye: {what}.</translation>
    </message>
</context>
<context>
    <name>ConsentSigning</name>
    <message>
        <source>Read and sign the consent</source>
        <translation>Leer y firmar el consentimiento</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Deshacer trazo</translation>
    </message>
    <message>
        <source>C&amp;lear signature</source>
        <translation>&amp;Borrar firma</translation>
    </message>
    <message>
        <source>&amp;Keep this signature</source>
        <translation>&amp;Conservar esta firma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>not yet signed</source>
        <translation>todavía sin firmar</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>Valid today.</source>
        <translation>Vigente hoy.</translation>
    </message>
    <message>
        <source>Revoked on {day}.</source>
        <translation>Revocado el {day}.</translation>
    </message>
    <message>
        <source>Signed on {day}, after today.</source>
        <translation>Con fecha de firma {day}, después de hoy.</translation>
    </message>
    <message>
        <source>Expired on {day}.</source>
        <translation>Venció el {day}.</translation>
    </message>
</context>
<context>
    <name>CopiesModel</name>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella digital (SHA-256)</translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <source>The journal is damaged</source>
        <translation>El diario está dañado</translation>
    </message>
    <message>
        <source>This journal file did not pass its checks, so it was not opened. It has not been changed. You can restore your newest good backup: the damaged file is kept aside, never written over.</source>
        <translation>Este archivo de diario no pasó sus controles, así que no se abrió. No se ha cambiado. Puede restaurar su copia de seguridad buena más reciente: el archivo dañado se guarda aparte y nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Buscando copias de seguridad…</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Copia más reciente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Choose &amp;another backup…</source>
        <translation>Elegir &amp;otra copia…</translation>
    </message>
    <message>
        <source>No backup of this journal was found beside it or in the second backup folder. If you have one elsewhere (a USB stick), choose it with Choose another backup…</source>
        <translation>No se encontró ninguna copia de este diario a su lado ni en la segunda carpeta de copias. Si tiene una en otro lugar (una memoria USB), elíjala con Elegir otra copia…</translation>
    </message>
    <message>
        <source>The newest backup is {name}, written {when}.</source>
        <translation>La copia más reciente es {name} (hecha: {when}).</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>The passphrase that opens the backup:</source>
        <translation>La frase de contraseña que abre la copia:</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Revisando y restaurando la copia…</translation>
    </message>
    <message>
        <source> The damaged file was kept at {path}.</source>
        <translation> El archivo dañado quedó guardado en {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {name}. Unlock it to continue.</source>
        <translation>Se restauró la copia {name}. Desbloquéela para continuar.</translation>
    </message>
</context>
<context>
    <name>DisclosuresModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Consent signed</source>
        <translation>Consentimiento firmado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital (SHA-256)</translation>
    </message>
    <message>
        <source>Scope check overridden</source>
        <translation>Enviada pese a la revisión</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>DisclosuresView</name>
    <message>
        <source>Disclosures</source>
        <translation>Divulgaciones</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation>Registro de divulgaciones</translation>
    </message>
    <message>
        <source>Every letter printed or saved about this person: when, to whom, under which consent, and its fingerprint (SHA-256). The person may ask what was shared: print their accounting of disclosures.</source>
        <translation>Cada carta impresa o guardada sobre esta persona: cuándo, a quién, con qué consentimiento y su huella digital (SHA-256). La persona puede preguntar qué se compartió: imprima su registro de divulgaciones.</translation>
    </message>
    <message>
        <source>&amp;Disclosures</source>
        <translation>&amp;Divulgaciones</translation>
    </message>
    <message>
        <source>Language of the accounting</source>
        <translation>Idioma del registro</translation>
    </message>
    <message>
        <source>&amp;Print accounting of disclosures…</source>
        <translation>&amp;Imprimir el registro de divulgaciones…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>No letter about this person has left the journal.</source>
        <translation>Ninguna carta sobre esta persona ha salido del diario.</translation>
    </message>
    <message>
        <source>Save the accounting of disclosures</source>
        <translation>Guardar el registro de divulgaciones</translation>
    </message>
    <message>
        <source>accounting-of-disclosures.pdf</source>
        <translation>registro-de-divulgaciones.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the accounting to {name}.</source>
        <translation>El registro quedó en {name}.</translation>
    </message>
    <message>
        <source>Print the accounting of disclosures</source>
        <translation>Imprimir el registro de divulgaciones</translation>
    </message>
    <message>
        <source>Sent {n} page(s) to the printer.</source>
        <translation>Se enviaron {n} página(s) a la impresora.</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>encounter entry</source>
        <translation>entrada de encuentro</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>reflexión</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>Unfinished entry</source>
        <translation>Entrada sin terminar</translation>
    </message>
    <message>
        <source>You have an unfinished {what} from {when}.</source>
        <translation>Tiene una {what} sin terminar del {when}.</translation>
    </message>
    <message>
        <source>Restore it to keep writing, or discard it. Later keeps it for next time.</source>
        <translation>Restáurela para seguir escribiendo, o descártela. Más tarde la guarda para la próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>DraftingEditor</name>
    <message>
        <source>Please check</source>
        <translation>Revise, por favor</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Restored the draft from {when}.</source>
        <translation>Se restauró el borrador ({when}).</translation>
    </message>
    <message>
        <source>Draft kept, encrypted, at {when}.</source>
        <translation>Borrador guardado y cifrado ({when}).</translation>
    </message>
    <message>
        <source>The draft could not be kept: {why}</source>
        <translation>No se pudo guardar el borrador: {why}</translation>
    </message>
    <message>
        <source>Not saved: {why} Your words are kept as a draft.</source>
        <translation>No se guardó: {why} Sus palabras quedan guardadas como borrador.</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>¿Descartar esta entrada?</translation>
    </message>
    <message>
        <source>What you wrote here will not be kept.</source>
        <translation>Lo que escribió aquí no se guardará.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>Encounter editor</source>
        <translation>Editor de encuentros</translation>
    </message>
    <message>
        <source>Who this encounter is with</source>
        <translation>Con quién es este encuentro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>minutes, e.g. 45</source>
        <translation>minutos, p. ej., 45</translation>
    </message>
    <message>
        <source>How long, in minutes</source>
        <translation>Cuánto duró, en minutos</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>Cuánto &amp;duró</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>Có&amp;mo</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>Dó&amp;nde</translation>
    </message>
    <message>
        <source>&amp;Their story, in their words</source>
        <translation>La &amp;historia de la persona, en sus palabras</translation>
    </message>
    <message>
        <source>What happened to them, as they told it. Quote them freely.</source>
        <translation>Lo que le pasó, como lo contó. Cite sus palabras con libertad.</translation>
    </message>
    <message>
        <source>What do they w&amp;ant to do?</source>
        <translation>¿Qué &amp;quiere hacer la persona?</translation>
    </message>
    <message>
        <source>In their words.</source>
        <translation>En sus palabras.</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>Dar seguimiento &amp;el</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Dar seguimiento el</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Encounter with {name}</source>
        <translation>Encuentro con {name}</translation>
    </message>
    <message>
        <source>Choose who this encounter is with: open it from their page.</source>
        <translation>Elija con quién es este encuentro: ábralo desde la página de la persona.</translation>
    </message>
    <message>
        <source>How long should be a number of minutes, from 0 to 1440 (a whole day), or left empty.</source>
        <translation>La duración debe ser un número de minutos, de 0 a 1440 (un día entero), o quedar vacía.</translation>
    </message>
    <message>
        <source>How can I h&amp;elp? Their answer</source>
        <translation>¿Cómo puedo a&amp;yudar? La respuesta de la persona</translation>
    </message>
    <message>
        <source>What they asked of you, in their words.</source>
        <translation>Lo que le pidió a usted, en sus palabras.</translation>
    </message>
    <message>
        <source>What I &amp;did</source>
        <translation>Lo que h&amp;ice</translation>
    </message>
    <message>
        <source>What you did, or will do, with them.</source>
        <translation>Lo que hizo, o hará, con esa persona.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Your journal was not changed by this step.</source>
        <translation>Algo salió mal. Este paso no cambió su diario.</translation>
    </message>
    <message>
        <source>That file is larger than 20 MB, the most a photo or scan of a signed form can be. Take the photo at a lower resolution, or scan at 300 dpi. Nothing was kept.</source>
        <translation>Ese archivo pesa más de 20 MB, el máximo para una foto o un escaneo de un formulario firmado. Tome la foto con menos resolución o escanee a 300 ppp. No se guardó nada.</translation>
    </message>
    <message>
        <source>That file is not a photo or a scan PeerJournal can keep: attach a PDF, JPEG or PNG. Nothing was kept.</source>
        <translation>Ese archivo no es una foto ni un escaneo que PeerJournal pueda guardar: adjunte un PDF, JPEG o PNG. No se guardó nada.</translation>
    </message>
    <message>
        <source>That file looks like a photo but cannot be opened; it may be damaged. Nothing was kept.</source>
        <translation>Ese archivo parece una foto, pero no se puede abrir; puede estar dañado. No se guardó nada.</translation>
    </message>
    <message>
        <source>That file cannot be read. Nothing was kept.</source>
        <translation>Ese archivo no se puede leer. No se guardó nada.</translation>
    </message>
    <message>
        <source>There is no signature to keep: sign in the box first.</source>
        <translation>No hay una firma que guardar: primero firme en el recuadro.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>Para el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Referral: {words}</source>
        <translation>Remisión: {words}</translation>
    </message>
    <message>
        <source>They want: {words}</source>
        <translation>Quiere: {words}</translation>
    </message>
    <message>
        <source>What I did or promised: {words}</source>
        <translation>Lo que hice o prometí: {words}</translation>
    </message>
</context>
<context>
    <name>ForgetPersonDialog</name>
    <message>
        <source>Forget this person</source>
        <translation>Olvidar a esta persona</translation>
    </message>
    <message>
        <source>Counting what would be deleted…</source>
        <translation>Contando lo que se borraría…</translation>
    </message>
    <message>
        <source>None of their words will remain in the journal file. Earlier backups still hold them until they age out of the rolling backups (about six months); copies kept elsewhere, such as on a USB stick, until you delete them. This cannot be undone.</source>
        <translation>Ninguna de sus palabras quedará en el archivo del diario. Las copias de seguridad anteriores las conservan hasta que salgan de la rotación de copias (unos seis meses); las copias guardadas en otro lugar, como una memoria USB, hasta que usted las borre. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Forget them</source>
        <translation>&amp;Olvidarla</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>Olvidarla</translation>
    </message>
    <message>
        <source>This deletes the person and {n} records about them: encounters, goals, check-ins, consents and referrals.</source>
        <translation>Esto borra a la persona y {n} registros sobre ella: encuentros, metas, chequeos, consentimientos y remisiones.</translation>
    </message>
    <message>
        <source>{n} of your reflections stay (they are yours), unlinked from their encounters.</source>
        <translation>{n} de sus reflexiones se quedan (son suyas), desvinculadas de sus encuentros.</translation>
    </message>
    <message>
        <source>The disclosure log keeps its {n} entries about them, without their name: who received a letter, when, and its fingerprint.</source>
        <translation>El registro de divulgaciones conserva sus {n} entradas sobre esta persona, sin su nombre: quién recibió una carta, cuándo y su huella digital.</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>Olvidando…</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Goal editor</source>
        <translation>Editor de metas</translation>
    </message>
    <message>
        <source>Their &amp;goal, in their words</source>
        <translation>La &amp;meta de la persona, en sus palabras</translation>
    </message>
    <message>
        <source>As they said it, e.g. “Get my kids back by summer.”</source>
        <translation>Como lo dijo, p. ej., “Recuperar a mis hijos para el verano.”</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejada de lado</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Fijada el</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrada el</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Set &amp;on</source>
        <translation>&amp;Fijada el</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>&amp;Cerrada el</translation>
    </message>
    <message>
        <source>when met or set aside</source>
        <translation>cuando se cumple o se deja de lado</translation>
    </message>
    <message>
        <source>Choose whose goal this is: open it from their page.</source>
        <translation>Elija de quién es esta meta: ábrala desde la página de la persona.</translation>
    </message>
    <message>
        <source>Write the goal in their words.</source>
        <translation>Escriba la meta en sus palabras.</translation>
    </message>
    <message>
        <source>The closing date cannot come before the day the goal was set.</source>
        <translation>La fecha de cierre no puede ser anterior al día en que se fijó la meta.</translation>
    </message>
</context>
<context>
    <name>GrowthView</name>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Goals, set and met</source>
        <translation>Metas, propuestas y cumplidas</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Goals&lt;/b&gt;: what they set out to do</source>
        <translation>&lt;b&gt;&amp;Metas&lt;/b&gt;: lo que se propuso</translation>
    </message>
    <message>
        <source>No check-ins yet. Take one together: it takes a minute.</source>
        <translation>Todavía no hay chequeos. Hagan uno juntos: toma un minuto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parts of life&lt;/b&gt;: how each one moved, 1 to 5 (▲ under a picture: the day a goal was met)</source>
        <translation>&lt;b&gt;Partes de la vida&lt;/b&gt;: cómo se movió cada una, de 1 a 5 (▲ debajo de un dibujo: el día en que se cumplió una meta)</translation>
    </message>
    <message>
        <source>New &amp;check-in…</source>
        <translation>Nuevo &amp;chequeo…</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nuevo chequeo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Growth: {name}</source>
        <translation>Crecimiento: {name}</translation>
    </message>
    <message>
        <source>{n} check-ins from {first} to {last}. Each part stands on its own: no totals, no scores.</source>
        <translation>{n} chequeos del {first} al {last}. Cada parte vale por sí misma: sin totales ni puntajes.</translation>
    </message>
    <message>
        <source>set {date}</source>
        <translation>propuesta el {date}</translation>
    </message>
    <message>
        <source>✓ met {date}</source>
        <translation>✓ cumplida el {date}</translation>
    </message>
    <message>
        <source>set aside {date}</source>
        <translation>dejada a un lado el {date}</translation>
    </message>
    <message>
        <source>still working on it</source>
        <translation>todavía trabajando en ella</translation>
    </message>
    <message>
        <source>No goals written down yet.</source>
        <translation>Todavía no hay metas anotadas.</translation>
    </message>
    <message>
        <source>Now: {n}</source>
        <translation>Ahora: {n}</translation>
    </message>
    <message>
        <source>Check-in kept.</source>
        <translation>Chequeo guardado.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>People I support</source>
        <translation>Personas que acompaño</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+K)</source>
        <translation>Buscar a una persona (Ctrl+K)</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Buscar a una persona</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Agregar a una persona…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Agregar a una persona</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Agregar a una persona (Ctrl+N)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Today and overdue (Ctrl+2)</source>
        <translation>De hoy y atrasados (Ctrl+2)</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Mis reflexiones</translation>
    </message>
    <message>
        <source>Your private learning log (Ctrl+3)</source>
        <translation>Su registro privado de aprendizaje (Ctrl+3)</translation>
    </message>
    <message>
        <source>Search the whole journal (Ctrl+F)</source>
        <translation>Buscar en todo el diario (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>&amp;Include my private reflections</source>
        <translation>In&amp;cluir mis reflexiones privadas</translation>
    </message>
    <message>
        <source>Include my private reflections</source>
        <translation>Incluir mis reflexiones privadas</translation>
    </message>
    <message>
        <source>Choose a person on the left, or press Ctrl+N to add someone.
Ctrl+F searches everything; Ctrl+L locks the journal.</source>
        <translation>Elija a una persona a la izquierda, o presione Ctrl+N para agregar a alguien.
Ctrl+F busca en todo; Ctrl+L bloquea el diario.</translation>
    </message>
    <message>
        <source>Follow-ups due: today and overdue</source>
        <translation>Seguimientos pendientes: de hoy y atrasados</translation>
    </message>
    <message>
        <source>Nothing due. Well done.</source>
        <translation>No hay nada pendiente. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>&amp;Marcar como hecho</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Marcar como hecho el seguimiento elegido</translation>
    </message>
    <message>
        <source>You followed up: clear its date (the entry itself is kept)</source>
        <translation>Ya hizo el seguimiento: se borra su fecha (la entrada se conserva)</translation>
    </message>
    <message>
        <source>&amp;New reflection…</source>
        <translation>&amp;Nueva reflexión…</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nueva reflexión</translation>
    </message>
    <message>
        <source>New reflection (Ctrl+Shift+E)</source>
        <translation>Nueva reflexión (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Private: yours alone. Reflections never go into a letter or a report.</source>
        <translation>Privado: solo suyo. Las reflexiones nunca van en una carta ni en un informe.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Follow-ups due ({count})</source>
        <translation>Seguimientos pendientes ({count})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Primero elija a una persona.</translation>
    </message>
    <message>
        <source>The letter left the journal: the disclosure is recorded.</source>
        <translation>La carta salió del diario: la divulgación está registrada.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Su frase de contraseña ya cambió. Use la nueva de ahora en adelante.</translation>
    </message>
    <message>
        <source>A new recovery key is made; the old one no longer opens the journal.</source>
        <translation>Ya tiene una nueva clave de recuperación; la anterior ya no abre el diario.</translation>
    </message>
    <message>
        <source>The journal is re-encrypted under a new key; earlier keys no longer open it.</source>
        <translation>El diario quedó cifrado con una clave nueva; las claves anteriores ya no lo abren.</translation>
    </message>
    <message>
        <source>Forgotten: none of their words remains in the journal. Earlier backups hold them until they age out.</source>
        <translation>Olvidada: ninguna de sus palabras queda en el diario. Las copias de seguridad anteriores las conservan hasta que salgan de la rotación.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>Unticked, search and a person&apos;s timeline leave out your reflections, in case someone can see your screen.</source>
        <translation>Sin marcar, la búsqueda y la cronología de una persona dejan fuera sus reflexiones, por si alguien puede ver su pantalla.</translation>
    </message>
    <message>
        <source>Selected reflection</source>
        <translation>Reflexión seleccionada</translation>
    </message>
    <message>
        <source>Choose a reflection to read it here. Press Enter to open it.</source>
        <translation>Elija una reflexión para leerla aquí. Presione Enter para abrirla.</translation>
    </message>
    <message>
        <source>Demo journal</source>
        <translation>Diario de prueba</translation>
    </message>
    <message>
        <source>Demo journal: made-up people</source>
        <translation>Diario de prueba: personas inventadas</translation>
    </message>
    <message>
        <source>Create &amp;my own journal</source>
        <translation>Crear &amp;mi propio diario</translation>
    </message>
    <message>
        <source>Create my own journal</source>
        <translation>Crear mi propio diario</translation>
    </message>
    <message>
        <source>Journal open · 1 person</source>
        <translation>Diario abierto · 1 persona</translation>
    </message>
    <message numerus="yes">
        <source>Journal open · %n people</source>
        <translation>
            <numerusform>Diario abierto · %n persona</numerusform>
            <numerusform>Diario abierto · %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches what you typed.</source>
        <translation>Nadie coincide con lo que escribió.</translation>
    </message>
    <message>
        <source>My reflection (private)</source>
        <translation>Mi reflexión (privada)</translation>
    </message>
    <message>
        <source>1 found. Press Enter on it to open it.</source>
        <translation>1 encontrado. Presione Enter sobre él para abrirlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n found. Press Enter on a result to open it.</source>
        <translation>
            <numerusform>%n encontrado. Presione Enter sobre un resultado para abrirlo.</numerusform>
            <numerusform>%n encontrados. Presione Enter sobre un resultado para abrirlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Mensajes de texto</translation>
    </message>
    <message>
        <source>Street outreach</source>
        <translation>Trabajo de calle</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Emergency department</source>
        <translation>Sala de emergencias</translation>
    </message>
    <message>
        <source>Jail</source>
        <translation>Cárcel</translation>
    </message>
    <message>
        <source>Their home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Recovery center</source>
        <translation>Centro de recuperación</translation>
    </message>
    <message>
        <source>Treatment center</source>
        <translation>Centro de tratamiento</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Otro lugar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejada de lado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Con cita</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>No aceptó</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>Ayuda mutua</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Ayuda legal</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>I rushed</source>
        <translation>Me apresuré</translation>
    </message>
    <message>
        <source>I compared their story with mine or another&apos;s</source>
        <translation>Comparé la historia de la persona con la mía o con la de otra persona</translation>
    </message>
    <message>
        <source>I tried to fix or save</source>
        <translation>Intenté arreglar o rescatar</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>As the system (automatic)</source>
        <translation>Como el sistema (automático)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>Locked. Your journal is encrypted.</source>
        <translation>Bloqueado. Su diario está cifrado.</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Search the journal…</source>
        <translation>Bu&amp;scar en el diario…</translation>
    </message>
    <message>
        <source>F&amp;ind a person</source>
        <translation>Buscar a una pers&amp;ona</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Agregar a una persona…</translation>
    </message>
    <message>
        <source>New &amp;encounter…</source>
        <translation>Nuevo &amp;encuentro…</translation>
    </message>
    <message>
        <source>New &amp;goal…</source>
        <translation>Nueva &amp;meta…</translation>
    </message>
    <message>
        <source>New &amp;reflection…</source>
        <translation>Nueva &amp;reflexión…</translation>
    </message>
    <message>
        <source>New re&amp;ferral…</source>
        <translation>Nueva remi&amp;sión…</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Consentimientos…</translation>
    </message>
    <message>
        <source>&amp;Disclosures…</source>
        <translation>&amp;Divulgaciones…</translation>
    </message>
    <message>
        <source>Edit de&amp;tails…</source>
        <translation>Editar los da&amp;tos…</translation>
    </message>
    <message>
        <source>&amp;Clinicians…</source>
        <translation>Profesionales c&amp;línicos…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>Hacer una &amp;copia ahora…</translation>
    </message>
    <message>
        <source>Restore &amp;from…</source>
        <translation>Restaurar &amp;desde…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Make a new reco&amp;very key…</source>
        <translation>&amp;Hacer una nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>I think my passphrase, recovery sheet, a backup or this laptop&apos;s copy was e&amp;xposed…</source>
        <translation>Creo que mi frase de contraseña, mi hoja de recuperación, una copia de seguridad o la copia de esta computadora quedó e&amp;xpuesta…</translation>
    </message>
    <message>
        <source>Forget t&amp;his person…</source>
        <translation>&amp;Olvidar a esta persona…</translation>
    </message>
    <message>
        <source>&amp;People I support</source>
        <translation>&amp;Personas que acompaño</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>Seguimientos pe&amp;ndientes</translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation>Mis &amp;reflexiones</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About PeerJournal</source>
        <translation>A&amp;cerca de PeerJournal</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Journal open.</source>
        <translation>Diario abierto.</translation>
    </message>
    <message>
        <source>Today&apos;s backup is written.</source>
        <translation>La copia de seguridad de hoy está hecha.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not written: {why} Your journal is safe.</source>
        <translation>La copia automática de hoy no se pudo hacer: {why} Su diario está a salvo.</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>Abierto en otra ventana</translation>
    </message>
    <message>
        <source>This journal is already open in another PeerJournal window, or a command is using it. Both can read and write it, but its passphrase, its keys and a restore cannot be changed while both are open. Bring the other window forward and lock this one, or keep both open.</source>
        <translation>Este diario ya está abierto en otra ventana de PeerJournal, o un comando lo está usando. Ambos pueden leerlo y escribir en él, pero no se pueden cambiar su frase de contraseña ni sus claves, ni restaurar una copia, mientras los dos estén abiertos. Traiga la otra ventana al frente y bloquee esta, o mantenga las dos abiertas.</translation>
    </message>
    <message>
        <source>&amp;Bring the other window forward</source>
        <translation>&amp;Traer la otra ventana al frente</translation>
    </message>
    <message>
        <source>&amp;Keep both open</source>
        <translation>&amp;Mantener las dos abiertas</translation>
    </message>
    <message>
        <source>Another window asked for this one: the journal is open here.</source>
        <translation>Otra ventana pidió esta: el diario está abierto aquí.</translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation>Copia de seguridad hecha.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Unlock the journal to continue.</source>
        <translation>Desbloquee el diario para continuar.</translation>
    </message>
    <message>
        <source>The backup is restored. Unlock it to continue.</source>
        <translation>La copia está restaurada. Desbloquéela para continuar.</translation>
    </message>
    <message>
        <source> The damaged file was kept at {path}.</source>
        <translation> El archivo dañado quedó guardado en {path}.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>No se pudo guardar la configuración.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About PeerJournal</source>
        <translation>Acerca de PeerJournal</translation>
    </message>
    <message>
        <source>PeerJournal: an offline, encrypted journal for peer recovery specialists.
Nothing leaves this computer.</source>
        <translation>PeerJournal: un diario cifrado y sin conexión para especialistas de apoyo entre pares.
Nada sale de esta computadora.</translation>
    </message>
    <message>
        <source>{app} — Demo journal</source>
        <translation>{app} — Diario de prueba</translation>
    </message>
    <message>
        <source>Saved. Settings changes it later.</source>
        <translation>Guardado. Puede cambiarlo más tarde en Configuración.</translation>
    </message>
    <message>
        <source>The demo journal is closed.</source>
        <translation>El diario de prueba está cerrado.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase does not open this journal. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>La frase de contraseña no abre este diario. Revise Caps Lock y la distribución del teclado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The recovery key does not open this journal. Check it against the recovery sheet made for this journal.</source>
        <translation>La clave de recuperación no abre este diario. Compárela con la hoja de recuperación hecha para este diario.</translation>
    </message>
    <message>
        <source>A passphrase is needed to open this journal.</source>
        <translation>Se necesita una frase de contraseña para desbloquear este diario.</translation>
    </message>
    <message>
        <source>That is not a recovery key: a recovery key has {letters} letters and digits in groups of five. Check it against the recovery sheet.</source>
        <translation>Eso no es una clave de recuperación: una clave de recuperación tiene {letters} letras y números en grupos de cinco. Compárela con la hoja de recuperación.</translation>
    </message>
    <message>
        <source>That recovery key has a typo: check each group against the recovery sheet.</source>
        <translation>Esa clave de recuperación tiene un error de escritura: compare cada grupo con la hoja de recuperación.</translation>
    </message>
    <message>
        <source>There is no journal at {path}. Check the path; if this is a new computer, restore a backup or create a journal.</source>
        <translation>No hay ningún diario en {path}. Revise la ubicación; si esta es una computadora nueva, restaure una copia de seguridad o cree un diario.</translation>
    </message>
    <message>
        <source>There is no journal at {path}. Check the path.</source>
        <translation>No hay ningún diario en {path}. Revise la ubicación.</translation>
    </message>
    <message>
        <source>There is no journal at {path}. Create one with &apos;peerjournal init&apos;.</source>
        <translation>No hay ningún diario en {path}. Cree uno con el comando peerjournal init.</translation>
    </message>
    <message>
        <source>There is no backup at {path}. Check the path.</source>
        <translation>No hay ninguna copia de seguridad en {path}. Revise la ubicación.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file ({name}) is missing, so the journal cannot be opened. Put the key file back next to the journal, or restore a backup.</source>
        <translation>Falta el archivo de claves del diario ({name}), así que no se puede desbloquear el diario. Vuelva a poner el archivo de claves junto al diario, o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file ({name}) cannot be read: {reason}.</source>
        <translation>No se puede leer el archivo de claves del diario ({name}): {reason}.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file ({name}) is damaged. Restore a backup of the journal.</source>
        <translation>El archivo de claves del diario ({name}) está dañado. Restaure una copia de seguridad del diario.</translation>
    </message>
    <message>
        <source>The journal could not be read: it is damaged, or it does not belong with this key. Restore a backup of the journal.</source>
        <translation>No se pudo leer el diario: está dañado o no corresponde a esta clave. Restaure una copia de seguridad del diario.</translation>
    </message>
    <message>
        <source>The backup could not be read: it is damaged, or it does not belong with this key. Restore a backup of the journal.</source>
        <translation>No se pudo leer la copia de seguridad: está dañada o no corresponde a esta clave. Restaure otra copia de seguridad del diario.</translation>
    </message>
    <message>
        <source>The journal is damaged: restore a backup. Nothing was changed.</source>
        <translation>El diario está dañado: restaure una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>The journal failed its integrity check: it is damaged. Restore a backup.</source>
        <translation>El diario no pasó su control de integridad: está dañado. Restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check: it is damaged. Restore a backup.</source>
        <translation>La copia de seguridad no pasó su control de integridad: está dañada. Restaure otra copia de seguridad.</translation>
    </message>
    <message>
        <source>{name} is not a PeerJournal backup, or it is damaged.</source>
        <translation>{name} no es una copia de seguridad de PeerJournal, o está dañada.</translation>
    </message>
    <message>
        <source>The header of the backup {name} is damaged.</source>
        <translation>El encabezado de la copia de seguridad {name} está dañado.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged: its contents do not match its checksum.</source>
        <translation>La copia de seguridad {name} está dañada: su contenido no coincide con su suma de verificación.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name for the backup.</source>
        <translation>{path} ya existe. Elija otro nombre de archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>{path} already exists; a backup never overwrites a file.</source>
        <translation>{path} ya existe; una copia de seguridad nunca reemplaza un archivo.</translation>
    </message>
    <message>
        <source>Writing the backup failed: the disk is full. Nothing was changed.</source>
        <translation>No se pudo escribir la copia de seguridad: el disco está lleno. No se cambió nada.</translation>
    </message>
    <message>
        <source>Writing the backup failed: the folder is read-only, or not yours to write in. Choose a folder you can write to. Nothing was changed.</source>
        <translation>No se pudo escribir la copia de seguridad: la carpeta es de solo lectura, o no tiene permiso para escribir en ella. Elija una carpeta en la que pueda escribir. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged or was altered: its seal does not match its contents. Use another backup.</source>
        <translation>La copia de seguridad {name} está dañada o fue alterada: su sello no coincide con su contenido. Use otra copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal file {path} is read-only, so it cannot be opened (PeerJournal writes to it as it opens it). Make the file writable, or copy the journal and its .keys file into a folder of yours and open that copy. Nothing was changed.</source>
        <translation>El archivo del diario {path} es de solo lectura, así que no se puede desbloquear (PeerJournal escribe en él al desbloquearlo). Permita escribir en el archivo, o copie el diario y su archivo .keys a una carpeta suya y desbloquee esa copia. No se cambió nada.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only, so the journal in it cannot be opened: PeerJournal keeps two small working files beside an open journal. Copy the journal and its .keys file into a folder you can write to (or make this one writable), then open it there. Nothing was changed.</source>
        <translation>La carpeta {folder} es de solo lectura, así que el diario que contiene no se puede desbloquear: PeerJournal guarda dos pequeños archivos de trabajo junto a un diario abierto. Copie el diario y su archivo .keys a una carpeta en la que pueda escribir (o permita escribir en esta), y desbloquéelo ahí. No se cambió nada.</translation>
    </message>
    <message>
        <source>The journal&apos;s file or folder has become read-only, so nothing was saved. Make it writable again (or copy the journal into a folder of yours).</source>
        <translation>El archivo o la carpeta del diario pasó a ser de solo lectura, así que no se guardó nada. Vuelva a permitir escribir en ellos (o copie el diario a una carpeta suya).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The journal could not be written: the disk may be full, over a size limit or failing, so nothing was saved. Free some space and try again.</source>
        <translation>No se pudo escribir el diario: puede que el disco esté lleno, que pase de un límite de tamaño o que esté fallando, así que no se guardó nada. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The journal is busy in another window or program, so nothing was saved. Try again in a moment.</source>
        <translation>El diario está ocupado en otra ventana o programa, así que no se guardó nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The journal could not be read or written (the disk reported an error). Nothing was changed.</source>
        <translation>No se pudo leer ni escribir el diario (el disco informó un error). No se cambió nada.</translation>
    </message>
    <message>
        <source>There is already a journal at {path}. Open it, or choose another place.</source>
        <translation>Ya hay un diario en {path}. Desbloquéelo, o elija otro lugar.</translation>
    </message>
    <message>
        <source>A journal already exists at {path}. Nothing was changed.</source>
        <translation>Ya existe un diario en {path}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase is {verdict} Nothing was changed.</source>
        <translation>La frase de contraseña es {verdict} No se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {length} characters. Nothing was changed.</source>
        <translation>La frase de contraseña es demasiado corta: use al menos {length} caracteres. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Make a new recovery key if your recovery sheet is lost, or someone else may have seen it. Your current recovery key will stop working as soon as the new one is made, so throw the old sheet away. Backups made earlier still open with the old key.</source>
        <translation>Haga una nueva clave de recuperación si perdió su hoja de recuperación o si otra persona pudo haberla visto. Su clave de recuperación actual dejará de funcionar en cuanto se haga la nueva, así que deseche la hoja anterior. Las copias de seguridad hechas antes se siguen abriendo con la clave anterior.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Also re-encrypt the journal under a new key, so that the old sheet cannot open backups or copies made from now on (recommended)</source>
        <translation>Cifrar también el diario con una clave nueva, para que la hoja anterior no pueda abrir las copias que se hagan de ahora en adelante (recomendado)</translation>
    </message>
    <message>
        <source>Recovery key problem</source>
        <translation>Problema con la clave de recuperación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Hacer una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Hacer una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Su &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Su nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens the journal; this one does. Print it or save it now, and keep it somewhere safe away from this computer — not in an email or a photo on your phone.</source>
        <translation>Su clave de recuperación anterior ya no abre el diario; esta sí. Imprímala o guárdela ahora, y guárdela en un lugar seguro lejos de esta computadora; no en un correo electrónico ni en una foto en su teléfono.</translation>
    </message>
    <message>
        <source>Please keep the new key first: save or print the sheet, then tick the box.</source>
        <translation>Por favor, guarde primero la nueva clave: guarde o imprima la hoja y luego marque la casilla.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Making the new recovery key…</source>
        <translation>Haciendo la nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Por favor, escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>That is not your passphrase. Nothing was changed; your recovery key still works.</source>
        <translation>Esa no es su frase de contraseña. No se cambió nada; su clave de recuperación sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Letter preview</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <source>This system cannot show PDFs inside the window. Save the letter as PDF to look at it.</source>
        <translation>Este sistema no puede mostrar archivos PDF dentro de la ventana. Guarde la carta como PDF para verla.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Editar a la persona</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Agregar a una persona</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Nombre que prefiere la persona</translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation>p. ej., ella, él, elle</translation>
    </message>
    <message>
        <source>e.g. English, Spanish</source>
        <translation>p. ej., inglés, español</translation>
    </message>
    <message>
        <source>Only if a letter needs it</source>
        <translation>Solo si una carta lo necesita</translation>
    </message>
    <message>
        <source>&amp;Name they use:</source>
        <translation>&amp;Nombre que usa:</translation>
    </message>
    <message>
        <source>Name they use</source>
        <translation>Nombre que usa</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronombres:</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>P&amp;hone (optional):</source>
        <translation>&amp;Teléfono (opcional):</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email (optional):</source>
        <translation>&amp;Correo electrónico (opcional):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Le&amp;gal name (optional):</source>
        <translation>Nombre &amp;legal (opcional):</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Revise, por favor</translation>
    </message>
    <message>
        <source>Please write the name they like to be called.</source>
        <translation>Por favor, escriba el nombre que prefiere la persona.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>New &amp;encounter</source>
        <translation>Nuevo &amp;encuentro</translation>
    </message>
    <message>
        <source>Write a new encounter (Ctrl+E)</source>
        <translation>Escribir un nuevo encuentro (Ctrl+E)</translation>
    </message>
    <message>
        <source>New encounter</source>
        <translation>Nuevo encuentro</translation>
    </message>
    <message>
        <source>New re&amp;flection</source>
        <translation>Nueva re&amp;flexión</translation>
    </message>
    <message>
        <source>Your private reflection, on the selected encounter if one is selected (Ctrl+Shift+E)</source>
        <translation>Su reflexión privada, sobre el encuentro elegido si hay uno elegido (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nueva reflexión</translation>
    </message>
    <message>
        <source>New goa&amp;l</source>
        <translation>Nueva &amp;meta</translation>
    </message>
    <message>
        <source>Write down a goal, in their words (Ctrl+G)</source>
        <translation>Anotar una meta, en sus palabras (Ctrl+G)</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Nueva &amp;remisión…</translation>
    </message>
    <message>
        <source>A referral letter to a clinician (Ctrl+Shift+R)</source>
        <translation>Una carta de remisión para un profesional clínico (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <source>C&amp;onsents…</source>
        <translation>C&amp;onsentimientos…</translation>
    </message>
    <message>
        <source>Their written consents to share information</source>
        <translation>Los consentimientos por escrito de la persona para compartir información</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Di&amp;sclosures…</source>
        <translation>Di&amp;vulgaciones…</translation>
    </message>
    <message>
        <source>Every letter that left the journal about them</source>
        <translation>Cada carta sobre esta persona que salió del diario</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Divulgaciones</translation>
    </message>
    <message>
        <source>Edit &amp;details</source>
        <translation>Editar los da&amp;tos</translation>
    </message>
    <message>
        <source>Edit how they like to be called and contact details</source>
        <translation>Editar el nombre que prefiere la persona y sus datos de contacto</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar los datos</translation>
    </message>
    <message>
        <source>Gro&amp;wth…</source>
        <translation>Crecimie&amp;nto…</translation>
    </message>
    <message>
        <source>Their goals and check-ins over time; take a check-in</source>
        <translation>Sus metas y chequeos a lo largo del tiempo; hacer un chequeo</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Their cop&amp;y…</source>
        <translation>Copia para la per&amp;sona…</translation>
    </message>
    <message>
        <source>A copy of their record to give them, as PDF</source>
        <translation>Una copia del expediente de la persona para dársela, en PDF</translation>
    </message>
    <message>
        <source>Their copy</source>
        <translation>Copia para la persona</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrada elegida</translation>
    </message>
    <message>
        <source>Choose an entry to read it here. Press Enter to open it.</source>
        <translation>Elija una entrada para leerla aquí. Presione Enter para abrirla.</translation>
    </message>
    <message>
        <source>speaks {language}</source>
        <translation>habla {language}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>The letter shows here. Choose the person, the clinician and the kind of referral, write their reason in their words, then Preview letter.</source>
        <translation>La carta aparece aquí. Elija a la persona, al profesional clínico y el tipo de remisión, escriba su motivo en sus palabras y luego elija Ver la carta.</translation>
    </message>
    <message>
        <source>About the preview</source>
        <translation>Sobre la vista previa</translation>
    </message>
    <message>
        <source>Draft: no consent covers this letter yet. The person can read it here before they sign a consent for it; it cannot be sent.</source>
        <translation>Borrador: todavía no hay un consentimiento para esta carta. La persona puede leerla aquí antes de firmar un consentimiento; no se puede enviar.</translation>
    </message>
</context>
<context>
    <name>PrivateBanner</name>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Private — only you see this; never in letters or reports.</source>
        <translation>Privado: solo usted lo ve; nunca va en cartas ni en informes.</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Language hint</source>
        <translation>Sugerencia de lenguaje</translation>
    </message>
</context>
<context>
    <name>RatingChoice</name>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <source>1: hard right now</source>
        <translation>1: difícil ahora</translation>
    </message>
    <message>
        <source>5: going well</source>
        <translation>5: va bien</translation>
    </message>
    <message>
        <source>new part</source>
        <translation>parte nueva</translation>
    </message>
    <message>
        <source>How “{part}” is going, 1 to 5</source>
        <translation>Cómo va “{part}”, de 1 a 5</translation>
    </message>
    <message>
        <source>{n} for “{part}”</source>
        <translation>{n} para “{part}”</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Save the recovery sheet (PDF)…</source>
        <translation>&amp;Guardar la hoja de recuperación (PDF)…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Guardar la hoja de recuperación como PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>I have &amp;kept my recovery key somewhere safe</source>
        <translation>Ya guardé mi clave de recuperación en un lugar &amp;seguro</translation>
    </message>
    <message>
        <source>I have kept my recovery key</source>
        <translation>Ya guardé mi clave de recuperación</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>Saved to {where}. Print it, then keep the paper somewhere safe.</source>
        <translation>Guardada en {where}. Imprímala y guarde el papel en un lugar seguro.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
</context>
<context>
    <name>ReferralComposer</name>
    <message>
        <source>Referral letter</source>
        <translation>Carta de remisión</translation>
    </message>
    <message>
        <source>Referral composer</source>
        <translation>Redactor de cartas de remisión</translation>
    </message>
    <message>
        <source>Choose the person…</source>
        <translation>Elija a la persona…</translation>
    </message>
    <message>
        <source>Choose the clinician…</source>
        <translation>Elija al profesional clínico…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Before printing or saving: {first}</source>
        <translation>Antes de imprimir o guardar: {first}</translation>
    </message>
    <message>
        <source>Ready to print or save; the disclosure will be recorded.</source>
        <translation>Lista para imprimir o guardar; la divulgación quedará registrada.</translation>
    </message>
    <message>
        <source>Making the letter…</source>
        <translation>Preparando la carta…</translation>
    </message>
    <message>
        <source>Referral saved.</source>
        <translation>Remisión guardada.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>referral-letter-{day}.pdf</source>
        <translation>carta-de-remision-{day}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the letter to {name}. The disclosure is recorded.</source>
        <translation>La carta quedó en {name}. La divulgación está registrada.</translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation>Imprimir la carta de remisión</translation>
    </message>
    <message>
        <source>Not printed. Nothing was recorded.</source>
        <translation>No se imprimió. No se registró nada.</translation>
    </message>
    <message>
        <source>Did you send it?</source>
        <translation>¿La envió?</translation>
    </message>
    <message>
        <source>Did you send the letter to {clinician}? Choose No if you will send it later: the referral stays a draft until you mark it sent.</source>
        <translation>¿Envió la carta a {clinician}? Elija No si la enviará más tarde: la remisión queda como borrador hasta que la marque como enviada.</translation>
    </message>
    <message>
        <source>Choose the person, the clinician and the kind of referral, and write their reason, to see the letter.</source>
        <translation>Elija a la persona, al profesional clínico y el tipo de remisión, y escriba su motivo, para ver la carta.</translation>
    </message>
    <message>
        <source>Draft preview: no consent covers it yet, so it cannot be sent. Saved as a {status}.</source>
        <translation>Vista previa de borrador: todavía no hay un consentimiento que la cubra, así que no se puede enviar. Guardada como {status}.</translation>
    </message>
    <message>
        <source>Preview only: nothing has left the journal. Saved as a {status}.</source>
        <translation>Solo una vista previa: nada salió del diario. Guardada como {status}.</translation>
    </message>
    <message>
        <source>A referral needs the person, the clinician, its kind and their reason.</source>
        <translation>Una remisión necesita a la persona, al profesional clínico, el tipo y su motivo.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer. The disclosure is recorded.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora. La divulgación está registrada.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora. La divulgación está registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The referral stays a draft until you mark it sent.</source>
        <translation>La remisión queda como borrador hasta que la marque como enviada.</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>Marcada como enviada.</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Reflection (private)</source>
        <translation>Reflexión (privada)</translation>
    </message>
    <message>
        <source>Reflection editor, private</source>
        <translation>Editor de reflexiones, privado</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita el</translation>
    </message>
    <message>
        <source>&amp;Written</source>
        <translation>&amp;Escrita el</translation>
    </message>
    <message>
        <source>&amp;Linked to an encounter</source>
        <translation>&amp;Vinculada a un encuentro</translation>
    </message>
    <message>
        <source>Linked to an encounter</source>
        <translation>Vinculada a un encuentro</translation>
    </message>
    <message>
        <source>On its own, not linked to an encounter.</source>
        <translation>Independiente, sin vínculo con un encuentro.</translation>
    </message>
    <message>
        <source>What I s&amp;hared of my story</source>
        <translation>Lo que &amp;compartí de mi historia</translation>
    </message>
    <message>
        <source>What I l&amp;earned about my own wound and healing</source>
        <translation>Lo que &amp;aprendí sobre mi propia herida y mi sanación</translation>
    </message>
    <message>
        <source>What is &amp;uniquely theirs</source>
        <translation>Lo que es &amp;solo suyo</translation>
    </message>
    <message>
        <source>What is uni&amp;versal</source>
        <translation>Lo que es uni&amp;versal</translation>
    </message>
    <message>
        <source>What I &amp;need now</source>
        <translation>Lo que &amp;necesito ahora</translation>
    </message>
    <message>
        <source>Rest, a meeting, a call to my own supervisor or sponsor…</source>
        <translation>Descanso, una reunión, una llamada a mi supervisor o a mi padrino o madrina…</translation>
    </message>
    <message>
        <source>&amp;Linked to the encounter on {day}</source>
        <translation>&amp;Vinculada al encuentro del {day}</translation>
    </message>
    <message>
        <source>Write something in at least one of the prompts.</source>
        <translation>Escriba algo en al menos una de las preguntas.</translation>
    </message>
    <message>
        <source>Wh&amp;y I shared it — for them, or for me?</source>
        <translation>¿&amp;Por qué lo compartí? ¿Por esa persona o por mí?</translation>
    </message>
    <message>
        <source>What I learned &amp;from them</source>
        <translation>Lo que aprendí &amp;de esa persona</translation>
    </message>
    <message>
        <source>What I noticed in myself</source>
        <translation>Lo que noté en mí</translation>
    </message>
    <message>
        <source>What I noticed in myself (a mirror, not a score)</source>
        <translation>Lo que noté en mí (un espejo, no una calificación)</translation>
    </message>
    <message>
        <source>I &amp;rushed</source>
        <translation>Me apresu&amp;ré</translation>
    </message>
    <message>
        <source>I &amp;compared their story with mine or another&apos;s</source>
        <translation>C&amp;omparé la historia de la persona con la mía o con la de otra persona</translation>
    </message>
    <message>
        <source>I tried to fi&amp;x or save</source>
        <translation>In&amp;tenté arreglar o rescatar</translation>
    </message>
</context>
<context>
    <name>ReflectionsModel</name>
    <message>
        <source>Written</source>
        <translation>Escrita el</translation>
    </message>
    <message>
        <source>Linked to an encounter</source>
        <translation>Vinculada a un encuentro</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que aprendí</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>{n} automatic backups were re-made under the new key.</source>
        <translation>Se rehicieron {n} copias automáticas con la clave nueva.</translation>
    </message>
    <message>
        <source>{n} backups could not be re-made (damaged, or made under an older key) and were left as they were.</source>
        <translation>{n} copias no se pudieron rehacer (dañadas, o hechas con una clave más antigua) y se dejaron como estaban.</translation>
    </message>
    <message>
        <source>{n} automatic backups were deleted.</source>
        <translation>Se borraron {n} copias automáticas.</translation>
    </message>
    <message>
        <source>Copies kept elsewhere (a USB stick) still open with the old passphrase and recovery key: delete them.</source>
        <translation>Las copias guardadas en otro lugar (una memoria USB) todavía se abren con la frase de contraseña y la clave de recuperación anteriores: bórrelas.</translation>
    </message>
    <message>
        <source>Make the journal&apos;s keys new</source>
        <translation>Renovar las claves del diario</translation>
    </message>
    <message>
        <source>You restored a backup. If you restored because this computer or the old one was lost, or a backup may have been copied, make the journal&apos;s keys new now: whatever holds the old ones cannot read what you write from now on.</source>
        <translation>Usted restauró una copia de seguridad. Si la restauró porque se perdió esta computadora o la anterior, o porque alguien pudo haber copiado una copia de seguridad, renueve ahora las claves del diario: quien tenga las anteriores no podrá leer lo que escriba de ahora en adelante.</translation>
    </message>
    <message>
        <source>If your passphrase, your recovery sheet, a backup or a copy of this journal (a lost laptop) may be in someone else&apos;s hands, this locks all of them out of the journal: it is re-encrypted under a new key, with a new recovery key. Choose a new passphrase too if the old one may have been seen.</source>
        <translation>Si su frase de contraseña, su hoja de recuperación, una copia de seguridad o una copia de este diario (una computadora perdida) pueden estar en otras manos, esto les cierra el paso a todas: el diario se cifra con una clave nueva, con una nueva clave de recuperación. Elija también una nueva frase de contraseña si alguien pudo haber visto la anterior.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Key problem</source>
        <translation>Problema con la clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Re-encrypt the journal</source>
        <translation>&amp;Cifrar de nuevo el diario</translation>
    </message>
    <message>
        <source>Re-encrypt the journal</source>
        <translation>Cifrar de nuevo el diario</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Leave the new passphrase empty to keep the current one.</source>
        <translation>Deje vacía la nueva frase de contraseña para conservar la actual.</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Su nueva clave de recuperación</translation>
    </message>
    <message>
        <source>The journal is re-encrypted: the old passphrase (if you chose a new one), the old recovery key and earlier copies of the journal no longer open it. This is your new recovery key: print it or save it now and keep it away from this computer.</source>
        <translation>El diario quedó cifrado de nuevo: la frase de contraseña anterior (si eligió una nueva), la clave de recuperación anterior y las copias anteriores del diario ya no lo abren. Esta es su nueva clave de recuperación: imprímala o guárdela ahora y manténgala lejos de esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Re-encrypting the journal…</source>
        <translation>Cifrando de nuevo el diario…</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Escriba su frase de contraseña actual.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de contraseña nuevas no son iguales.</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed; please try again.</source>
        <translation>Esa no es su frase de contraseña actual. No se cambió nada; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>RekeyOptions</name>
    <message>
        <source>Re-make my automatic backups under the new key (recommended)</source>
        <translation>Rehacer mis copias automáticas con la clave nueva (recomendado)</translation>
    </message>
    <message>
        <source>Delete my automatic backups</source>
        <translation>Borrar mis copias automáticas</translation>
    </message>
    <message>
        <source>Copies kept anywhere else — on a USB stick, another computer, or a backup you saved somewhere yourself — still open with the old passphrase and the old recovery key. Delete them once a new backup is made.</source>
        <translation>Las copias guardadas en cualquier otro lugar —una memoria USB, otra computadora o una copia de seguridad que usted guardó en otra parte— todavía se abren con la frase de contraseña y la clave de recuperación anteriores. Bórrelas cuando se haya hecho una copia nueva.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Suppressed: a count from 1 to {below}, or a number hidden so that a small count cannot be worked out from a total.</source>
        <translation>Oculto: un recuento de 1 a {below}, o un número oculto para que un recuento pequeño no pueda deducirse de un total.</translation>
    </message>
    <message>
        <source>People supported</source>
        <translation>Personas acompañadas</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>Horas de contacto</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>People by age</source>
        <translation>Personas por edad</translation>
    </message>
    <message>
        <source>set</source>
        <translation>fijadas</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplidas</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>menores de 18</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>edad desconocida</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 o más</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>por video</translation>
    </message>
    <message>
        <source>by text message</source>
        <translation>por mensaje de texto</translation>
    </message>
    <message>
        <source>outreach</source>
        <translation>trabajo de calle</translation>
    </message>
    <message>
        <source>in the community</source>
        <translation>en la comunidad</translation>
    </message>
    <message>
        <source>in an emergency department</source>
        <translation>en una sala de emergencias</translation>
    </message>
    <message>
        <source>in jail</source>
        <translation>en la cárcel</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>en casa</translation>
    </message>
    <message>
        <source>at a recovery center</source>
        <translation>en un centro de recuperación</translation>
    </message>
    <message>
        <source>at a treatment center</source>
        <translation>en un centro de tratamiento</translation>
    </message>
    <message>
        <source>at a shelter</source>
        <translation>en un albergue</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>en otro lugar</translation>
    </message>
    <message>
        <source>place not noted</source>
        <translation>lugar sin anotar</translation>
    </message>
    <message>
        <source>for treatment</source>
        <translation>para tratamiento</translation>
    </message>
    <message>
        <source>for medication</source>
        <translation>para medicación</translation>
    </message>
    <message>
        <source>for mental health</source>
        <translation>para salud mental</translation>
    </message>
    <message>
        <source>for medical care</source>
        <translation>para atención médica</translation>
    </message>
    <message>
        <source>for housing</source>
        <translation>para vivienda</translation>
    </message>
    <message>
        <source>for employment</source>
        <translation>para empleo</translation>
    </message>
    <message>
        <source>for mutual aid</source>
        <translation>para ayuda mutua</translation>
    </message>
    <message>
        <source>for legal help</source>
        <translation>para ayuda legal</translation>
    </message>
    <message>
        <source>for something else</source>
        <translation>para otra cosa</translation>
    </message>
    <message>
        <source>still drafts</source>
        <translation>todavía en borrador</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviadas</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>con cita</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>asistió</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>no aceptó</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerradas</translation>
    </message>
    <message>
        <source>aged {band}</source>
        <translation>de {band} años</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not counted by month</source>
        <translation>no se cuenta por mes</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>What was counted</source>
        <translation>Qué se contó</translation>
    </message>
    <message>
        <source>{measure}: {parts} (each hidden)</source>
        <translation>{measure}: {parts} (cada uno oculto)</translation>
    </message>
    <message>
        <source>Q{n} {year}</source>
        <translation>T{n} {year}</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report for supervisors and funders</source>
        <translation>Informe para supervisores y financiadores</translation>
    </message>
    <message>
        <source>Anonymized report</source>
        <translation>Informe anonimizado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Other dates…</source>
        <translation>Otras fechas…</translation>
    </message>
    <message>
        <source>Smallest count published</source>
        <translation>Recuento más pequeño que se publica</translation>
    </message>
    <message>
        <source>Counts below this number are hidden (suppressed). 11 is the usual rule; 1 turns hiding off.</source>
        <translation>Los recuentos por debajo de este número se ocultan. La regla usual es 11; con 1 no se oculta nada.</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>de&amp;l</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;al</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Pe&amp;ríodo:</translation>
    </message>
    <message>
        <source>&amp;Hide counts below:</source>
        <translation>&amp;Ocultar recuentos menores de:</translation>
    </message>
    <message>
        <source>PDF &amp;language:</source>
        <translation>&amp;Idioma del PDF:</translation>
    </message>
    <message>
        <source>What leaves your journal: counts by month and by category (people supported, encounters, contact hours, referrals, goals, age bands) and your organization&apos;s name. What never leaves: names, contact details, stories, reflections, exact dates, or any record&apos;s id.</source>
        <translation>Lo que sale de su diario: recuentos por mes y por categoría (personas acompañadas, encuentros, horas de contacto, remisiones, metas, grupos de edad) y el nombre de su organización. Lo que nunca sale: nombres, datos de contacto, historias, reflexiones, fechas exactas ni el identificador de ningún registro.</translation>
    </message>
    <message>
        <source>What leaves the journal</source>
        <translation>Lo que sale del diario</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabla del informe</translation>
    </message>
    <message>
        <source>About hidden numbers</source>
        <translation>Sobre los números ocultos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Guardar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>(counts from 1 to {below} show as *)</source>
        <translation>(los recuentos de 1 a {below} se muestran como *)</translation>
    </message>
    <message>
        <source>(nothing is hidden)</source>
        <translation>(no se oculta nada)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Guardar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved the report to {name}.</source>
        <translation>El informe quedó en {name}.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Columns chosen</source>
        <translation>Columnas elegidas</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Colu&amp;mnas:</translation>
    </message>
    <message>
        <source>Checked against earlier reports</source>
        <translation>Revisado junto con los informes anteriores</translation>
    </message>
    <message>
        <source>The PDF shows here once it is ready.</source>
        <translation>El PDF aparece aquí cuando esté listo.</translation>
    </message>
    <message>
        <source>Report as it will print</source>
        <translation>El informe tal como se imprimirá</translation>
    </message>
    <message>
        <source>What your supervisor will see</source>
        <translation>Lo que verá su supervisor</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Reports written from this journal</source>
        <translation>Informes hechos con este diario</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>Smallest count</source>
        <translation>Recuento mínimo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ocultos</translation>
    </message>
    <message>
        <source>Reports written from this journal (the report log):</source>
        <translation>Informes hechos con este diario (el registro de informes):</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the start of</source>
        <translation>Desde el inicio de</translation>
    </message>
    <message>
        <source>To the end of</source>
        <translation>Hasta el final de</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Whichever hides fewer numbers</source>
        <translation>Lo que oculte menos números</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <source>* suppressed: counts from 1 to {below} are hidden, and so is the next smallest number where a hidden count could be worked out from a total.</source>
        <translation>* oculto: se ocultan los recuentos de 1 a {below}, y también el siguiente número más pequeño cuando un recuento oculto podría deducirse de un total.</translation>
    </message>
    <message>
        <source>Checked against the reports written before: together they give no small count away, so nothing more is hidden.</source>
        <translation>Revisado junto con los informes hechos antes: juntos no permiten deducir ningún recuento pequeño, así que no se oculta nada más.</translation>
    </message>
    <message>
        <source>Hiding is off (1): every count is shown. This report is for merging inside your program only and must not leave the program.</source>
        <translation>La ocultación está desactivada (1): se muestran todos los recuentos. Este informe es solo para combinarlo dentro de su programa y no debe salir del programa.</translation>
    </message>
    <message numerus="yes">
        <source>%n number is hidden.</source>
        <translation>
            <numerusform>Se oculta %n número.</numerusform>
            <numerusform>Se ocultan %n números.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numbers are hidden.</source>
        <translation>
            <numerusform>Se oculta %n número.</numerusform>
            <numerusform>Se ocultan %n números.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked against the reports written before: %n more number is hidden because, together with those reports, it would let a reader work out a small count.</source>
        <translation>
            <numerusform>Revisado junto con los informes hechos antes: se oculta %n número más porque, junto con esos informes, permitiría deducir un recuento pequeño.</numerusform>
            <numerusform>Revisado junto con los informes hechos antes: se ocultan %n números más porque, junto con esos informes, permitirían deducir un recuento pequeño.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked against the reports written before: %n more numbers are hidden because, together with those reports, they would let a reader work out a small count.</source>
        <translation>
            <numerusform>Revisado junto con los informes hechos antes: se oculta %n número más porque, junto con esos informes, permitiría deducir un recuento pequeño.</numerusform>
            <numerusform>Revisado junto con los informes hechos antes: se ocultan %n números más porque, junto con esos informes, permitirían deducir un recuento pequeño.</numerusform>
        </translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>por trimestre</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>Columns {by}.</source>
        <translation>Columnas {by}.</translation>
    </message>
    <message>
        <source>Columns {by}: the period is not whole quarters.</source>
        <translation>Columnas {by}: el período no son trimestres completos.</translation>
    </message>
    <message>
        <source>Columns {by}: it hides {hidden}; the other way would hide {other}.</source>
        <translation>Columnas {by}: así se ocultan {hidden}; de la otra forma se ocultarían {other}.</translation>
    </message>
    <message numerus="yes">
        <source>%n number</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>none (unsuppressed)</source>
        <translation>ninguno (sin ocultar)</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>My reflection (private)</source>
        <translation>Mi reflexión (privada)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Chequeo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>About me (printed on letters)</source>
        <translation>Sobre mí (se imprime en las cartas)</translation>
    </message>
    <message>
        <source>e.g. CPRS</source>
        <translation>p. ej., CPRS</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Credenciales:</translation>
    </message>
    <message>
        <source>Your credentials</source>
        <translation>Sus credenciales</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Your organization</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Your work address</source>
        <translation>Su dirección de trabajo</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Your work phone</source>
        <translation>Su teléfono de trabajo</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Your work email</source>
        <translation>Su correo electrónico de trabajo</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear después de estos minutos sin uso</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Bloquear tras no usarlo durante:</translation>
    </message>
    <message>
        <source>The journal also locks at once with Ctrl+L, and when the computer sleeps or the screen locks.</source>
        <translation>El diario también se bloquea al instante con Ctrl+L, y cuando la computadora se suspende o se bloquea la pantalla.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>Letters, consent forms and reports have their own language choice.</source>
        <translation>Las cartas, los formularios de consentimiento y los informes tienen su propia opción de idioma.</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Idioma de la &amp;ventana:</translation>
    </message>
    <message>
        <source>A new language shows the next time PeerJournal starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que abra PeerJournal.</translation>
    </message>
    <message>
        <source>Language hints</source>
        <translation>Sugerencias de lenguaje</translation>
    </message>
    <message>
        <source>Hints in my private &amp;reflections</source>
        <translation>Sugerencias en mis &amp;reflexiones privadas</translation>
    </message>
    <message>
        <source>Reflections are your own story; hints there are off unless you turn them on.</source>
        <translation>Las reflexiones son su propia historia; allí las sugerencias están desactivadas, salvo que usted las active.</translation>
    </message>
    <message>
        <source>Words never hinted in this &amp;journal:</source>
        <translation>Palabras que nunca se &amp;sugieren en este diario:</translation>
    </message>
    <message>
        <source>Words never hinted in this journal</source>
        <translation>Palabras que nunca se sugieren en este diario</translation>
    </message>
    <message>
        <source>Hint a&amp;gain</source>
        <translation>Quitar de la &amp;lista</translation>
    </message>
    <message>
        <source>Take the chosen word off the list, so it is hinted again</source>
        <translation>Quita la palabra elegida de la lista, para que vuelva a sugerirse</translation>
    </message>
    <message>
        <source>None yet: right-click a hint and choose “Never hint”.</source>
        <translation>Ninguna por ahora: haga clic con el botón derecho en una sugerencia y elija “No sugerir nunca”.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Recuadro para firmar</translation>
    </message>
    <message>
        <source>Sign here with a finger, a pen or the mouse. Tab moves on.</source>
        <translation>Firme aquí con el dedo, un lápiz o el ratón. Tab pasa al siguiente.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too short: use at least 10 characters. Several unrelated words are easy to remember and hard to guess.</source>
        <translation>Demasiado corta: use al menos 10 caracteres. Varias palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Too easy to guess. Try several unrelated words.</source>
        <translation>Demasiado fácil de adivinar. Pruebe con varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>Débil: agregue una o dos palabras más.</translation>
    </message>
    <message>
        <source>Fair. Another word would make it much stronger.</source>
        <translation>Regular. Otra palabra la haría mucho más fuerte.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Fuerza de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Consejo sobre la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>TheirCopyDialog</name>
    <message>
        <source>Their copy</source>
        <translation>Copia para la persona</translation>
    </message>
    <message>
        <source>Their own copy of what you have written about them: their details, every encounter (their story, what they wanted, their answer to “How can I help?” and what you did), goals, check-ins with pictures, consents, referrals and who received them, and the accounting of disclosures. Never your private reflections, your notes about them, or anyone else.</source>
        <translation>Una copia, para la persona, de lo que usted ha escrito sobre ella: sus datos, cada encuentro (su historia, lo que quería, su respuesta a “¿Cómo puedo ayudar?” y lo que usted hizo), las metas, los chequeos con dibujos, los consentimientos, las remisiones y quién las recibió, y el registro de divulgaciones. Nunca sus reflexiones privadas, sus notas sobre la persona ni a nadie más.</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Desde este día</translation>
    </message>
    <message>
        <source>Language of their copy</source>
        <translation>Idioma de la copia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>&amp;Save their copy as PDF…</source>
        <translation>&amp;Guardar la copia como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print their copy…</source>
        <translation>Im&amp;primir la copia…</translation>
    </message>
    <message>
        <source>Copies made. Giving a person their own record is not a disclosure to a third party: these copies are logged here, not in the disclosure log.</source>
        <translation>Copias hechas. Darle a una persona su propio expediente no es una divulgación a un tercero: estas copias se anotan aquí, no en el registro de divulgaciones.</translation>
    </message>
    <message>
        <source>Copies made</source>
        <translation>Copias hechas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save their copy</source>
        <translation>Guardar la copia</translation>
    </message>
    <message>
        <source>my-record.pdf</source>
        <translation>mi-expediente.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved their copy to {name} and logged it.</source>
        <translation>La copia quedó guardada en {name} y anotada.</translation>
    </message>
    <message>
        <source>Print their copy</source>
        <translation>Imprimir la copia</translation>
    </message>
    <message>
        <source>Sent their copy to the printer and logged it.</source>
        <translation>La copia se envió a la impresora y quedó anotada.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>My reflection (private)</source>
        <translation>Mi reflexión (privada)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>To {name}: {words}</source>
        <translation>Para {name}: {words}</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Journals (*.peerjournal);;All files (*)</source>
        <translation>Diarios (*.peerjournal);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimir la hoja de recuperación</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>PeerJournal</source>
        <translation>PeerJournal</translation>
    </message>
    <message>
        <source>Your journal stays on this computer, encrypted. Only your passphrase opens it.</source>
        <translation>Su diario se queda en esta computadora, cifrado. Solo su frase de contraseña lo abre.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>O&amp;tro…</translation>
    </message>
    <message>
        <source>Open another journal file</source>
        <translation>Abrir otro archivo de diario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que Caps Lock está activado.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Aviso de Caps Lock</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Create a journal…</source>
        <translation>&amp;Crear un diario…</translation>
    </message>
    <message>
        <source>Create a journal</source>
        <translation>Crear un diario</translation>
    </message>
    <message>
        <source>Open the &amp;demo journal</source>
        <translation>Abrir el diario de &amp;prueba</translation>
    </message>
    <message>
        <source>Open the demo journal</source>
        <translation>Abrir el diario de prueba</translation>
    </message>
    <message>
        <source>Made-up people only: a safe place to try things.</source>
        <translation>Solo personas inventadas: un lugar seguro para probar.</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase?</source>
        <translation>¿&amp;Olvidó su frase de contraseña?</translation>
    </message>
    <message>
        <source>Forgot passphrase</source>
        <translation>Olvidé la frase de contraseña</translation>
    </message>
    <message>
        <source>Jou&amp;rnal:</source>
        <translation>D&amp;iario:</translation>
    </message>
    <message>
        <source>Choose a passphrase only you know. Several unrelated words are easy to remember and hard to guess. Nobody, not even us, can open the journal without it.</source>
        <translation>Elija una frase de contraseña que solo usted conozca. Varias palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. Nadie, ni siquiera nosotros, puede abrir el diario sin ella.</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>Change where the journal is kept</source>
        <translation>Cambiar dónde se guarda el diario</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>La nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Create problem</source>
        <translation>Problema al crear</translation>
    </message>
    <message>
        <source>C&amp;reate the journal</source>
        <translation>C&amp;rear el diario</translation>
    </message>
    <message>
        <source>Create the journal</source>
        <translation>Crear el diario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Kept at:</source>
        <translation>Guardado en:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Otra ve&amp;z:</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only other way into your journal. Nobody can recover it for you. Print it or save it now, and keep it somewhere safe away from this computer — not in an email or a photo on your phone.</source>
        <translation>Si alguna vez olvida su frase de contraseña, esta clave es la única otra forma de entrar a su diario. Nadie puede recuperarla por usted. Imprímala o guárdela ahora, y guárdela en un lugar seguro lejos de esta computadora; no en un correo electrónico ni en una foto en su teléfono.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Continue to my journal</source>
        <translation>&amp;Continuar a mi diario</translation>
    </message>
    <message>
        <source>Continue to my journal</source>
        <translation>Continuar a mi diario</translation>
    </message>
    <message>
        <source>Type the recovery key from your recovery sheet, then choose a new passphrase. The old passphrase will no longer open the journal.</source>
        <translation>Escriba la clave de recuperación de su hoja de recuperación y luego elija una nueva frase de contraseña. La frase anterior ya no abrirá el diario.</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-…</source>
        <translation>XXXXX-XXXXX-…</translation>
    </message>
    <message>
        <source>Recovery problem</source>
        <translation>Problema con la recuperación</translation>
    </message>
    <message>
        <source>&amp;Unlock and set the new passphrase</source>
        <translation>Des&amp;bloquear y poner la nueva frase</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Desbloquear y poner la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>There is no journal here yet. Create one, or open the demo journal to look around with made-up people.</source>
        <translation>Todavía no hay un diario aquí. Cree uno, o abra el diario de prueba para explorar con personas inventadas.</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Abrir un diario</translation>
    </message>
    <message>
        <source>Where to keep the new journal</source>
        <translation>Dónde guardar el nuevo diario</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Por favor, escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Please try again.</source>
        <translation>Esa frase de contraseña no abre este diario. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Creando su diario…</translation>
    </message>
    <message>
        <source>Opening the demo journal…</source>
        <translation>Abriendo el diario de prueba…</translation>
    </message>
    <message>
        <source>Making the demo journal (made-up people)…</source>
        <translation>Preparando el diario de prueba (personas inventadas)…</translation>
    </message>
    <message>
        <source>Please type the recovery key.</source>
        <translation>Por favor, escriba la clave de recuperación.</translation>
    </message>
    <message>
        <source>Unlocking with the recovery key…</source>
        <translation>Desbloqueando con la clave de recuperación…</translation>
    </message>
    <message>
        <source>That recovery key does not open this journal. Check each group of letters.</source>
        <translation>Esa clave de recuperación no abre este diario. Revise cada grupo de letras.</translation>
    </message>
    <message>
        <source>This is the demo journal: made-up people only. It has no passphrase of yours.</source>
        <translation>Este es el diario de prueba: solo personas inventadas. No tiene una frase de contraseña de usted.</translation>
    </message>
    <message>
        <source>Open the demo &amp;again</source>
        <translation>Abrir el diario de prueba de &amp;nuevo</translation>
    </message>
    <message>
        <source>Open the demo journal again</source>
        <translation>Abrir de nuevo el diario de prueba</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <source>&amp;Open a journal file…</source>
        <translation>&amp;Abrir un archivo de diario…</translation>
    </message>
    <message>
        <source>Welcome. Create your journal, or open the demo journal to look around with made-up people.</source>
        <translation>Le damos la bienvenida. Cree su diario, o abra el diario de prueba para echar un vistazo con personas inventadas.</translation>
    </message>
</context>
<context>
    <name>WordsPanel</name>
    <message>
        <source>not in this consent: it will not print</source>
        <translation>no está en este consentimiento: no se imprimirá</translation>
    </message>
    <message>
        <source>A peer specialist does not diagnose or recommend a level of care. The scope check found:</source>
        <translation>Un/a especialista de apoyo entre pares no diagnostica ni recomienda un nivel de atención. La revisión del rol encontró:</translation>
    </message>
    <message>
        <source>Nothing found: the letter carries their request, not a diagnosis.</source>
        <translation>No se encontró nada: la carta lleva lo que la persona pide, no un diagnóstico.</translation>
    </message>
</context>
</TS>
