# plain
# Modo de líneas (`--plain`): un lector de pantalla lee cada línea una vez,
# así que cada una es una frase entera. Las duraciones ($length, $at) llegan
# ya escritas («4m10s»); $time es una hora («07:10»).

## La sesión en marcha

plain-phase = Fase { $number } de { $count }: { $name }, { $length }. { $prompt }
plain-phase-open = Fase { $number } de { $count }: { $name }. { $prompt }
plain-letdown = bajada { $number } a los { $at }
plain-undone = Bajada { $number } deshecha; ahora { $count }.
plain-paused = En pausa a los { $at }; el reloj está parado.
plain-resumed = Seguimos desde { $at }.
plain-coach = Guía: { $prompt }
plain-minute = { $length } en el reloj.
plain-time = { $length } en el reloj, { $count ->
    [one] una bajada
   *[other] { $count } bajadas
}, fase { $name }; son las { $time }.
plain-target-reached = Objetivo alcanzado: { $length }.
plain-started = Empieza una sesión, con el plan { $plan }. Pulsa { $key } en cada bajada, { $help } para ver las teclas.
plain-resumed-session = La sesión sigue; el tiempo fuera cuenta como pausa.
plain-ended-elsewhere = La sesión se terminó desde otra terminal; está guardada.
plain-saved-again = Guardado otra vez; no se perdió nada.
plain-saved-now = Las sesiones apartadas ya están guardadas; no se perdió nada.
plain-back-to-session = De vuelta a la sesión.
plain-unbound = { $key } no hace nada aquí; { $help } muestra las teclas.
plain-full-screen-only = Eso solo está en la pantalla completa: abre letdown sin --plain.

## Preguntas con opciones numeradas

plain-choice = { $number }. { $text }
plain-choose = Pulsa un número del 1 al { $count }.
plain-what-now = ¿Qué quieres hacer?
plain-leave = ¿Salir de la sesión en marcha? { $key } sigue marcando una bajada; cualquier otra tecla vuelve.
plain-confirm-discard = ¿Descartar esta sesión? Sus bajadas se pierden.
plain-interrupted = Una sesión se interrumpió: empezó el { $day } a las { $time }, { $length } en el reloj, { $count ->
    [one] una bajada
   *[other] { $count } bajadas
}. Se conserva cada bajada confirmada.
plain-confirm-discard-interrupted = ¿Descartar la sesión interrumpida?
plain-leave-unsaved = { $count ->
    [one] Una sesión no está guardada
   *[other] { $count } sesiones no están guardadas
} todavía en la carpeta de datos. { $lost ->
    [0] Está a salvo y se guardará la próxima vez que abras letdown.
   *[other] Si sales ahora, se pierde lo que solo está en memoria.
}
plain-choice-start = Empezar una sesión
plain-choice-day-before = El día anterior
plain-choice-day-after = El día siguiente
plain-choice-today = Volver a hoy
plain-choice-quit = Salir de letdown
plain-choice-end = Terminar y guardar; luego unas preguntas
plain-choice-discard = Descartarla
plain-choice-back = Volver a la sesión
plain-choice-yes-discard = Sí, descartarla
plain-choice-keep = No, conservarla
plain-choice-resume = Reanudar la sesión; el tiempo fuera cuenta como pausa
plain-choice-finish = Terminarla en { $length }
plain-choice-later = Más tarde: ver el día
plain-choice-leave-anyway = Salir de todos modos
plain-choice-stay = Quedarme
plain-bye = Hasta luego.
plain-discarded = La sesión se descartó.

## Ayuda

plain-keys-head = Teclas aquí:
plain-keys-numbers = 1 a 9: las opciones numeradas.
plain-key = { $keys }: { $what }
plain-key-time = { $key }: Decir el reloj, las bajadas y la hora.

## La lista del día

plain-day-today = Hoy, { $day }: { $count ->
    [0] todavía no hay sesiones.
    [one] una sesión.
   *[other] { $count } sesiones.
}
plain-day-other = { $day }: { $count ->
    [0] no hay sesiones.
    [one] una sesión.
   *[other] { $count } sesiones.
}
plain-day-session = { $start }: { $length }, { $count ->
    [one] una bajada
   *[other] { $count } bajadas
}, { $volume }.
plain-day-session-no-volume = { $start }: { $length }, { $count ->
    [one] una bajada
   *[other] { $count } bajadas
}.

plain-since-last = La última sesión terminó hace { $ago }.
plain-since-last-due = La última sesión terminó hace { $ago }; te toca una sesión, cuando quieras.
plain-since-last-next = La última sesión terminó hace { $ago }; la próxima te toca hacia las { $time }.
plain-due-now = Te toca una sesión, cuando quieras.

## Las preguntas del resumen

plain-summary-keys = La sesión termina. Escribe cada respuesta y pulsa { $enter }; { $enter } solo la deja en blanco, { $cancel } vuelve a la sesión.
plain-summary-opening = La sesión: { $length }, { $count ->
    [one] una bajada.
   *[other] { $count } bajadas.
}
plain-ask-left = ¿Lado izquierdo, en { $unit }? Enter lo deja en blanco.
plain-ask-right = ¿Lado derecho, en { $unit }? Enter lo deja en blanco.
plain-ask-total = ¿Total, en { $unit }? Enter lo deja en blanco, y lo forman los lados.
plain-ask-comfort = ¿Cómo te sentiste? 1. bien  2. con molestias  3. con dolor. Enter lo deja en blanco.
plain-ask-note = ¿Una nota? Enter la deja en blanco.
plain-not-taken = No se tomó: { $why }. Prueba otra vez.
plain-comfort-again = Pulsa 1, 2 o 3, o Enter para dejarlo en blanco.
plain-left-is = Izquierdo: { $volume }.
plain-right-is = Derecho: { $volume }.
plain-total-is = Total: { $volume }.
plain-total-from-sides = Total: { $volume }, de los dos lados.
plain-volume-none = En blanco.
plain-comfort-none = Comodidad en blanco.
plain-comfort-fine = Comodidad: bien.
plain-comfort-tender = Comodidad: con molestias.
plain-comfort-painful = Comodidad: con dolor.
plain-note-none = Sin nota.
plain-note-kept = Nota guardada.
plain-saved = Guardada: { $length }, { $count ->
    [one] una bajada.
   *[other] { $count } bajadas.
}

## Al empezar

plain-no-terminal = no se puede usar la terminal: { $why }

# No hay notificaciones de escritorio aquí (y el modo de líneas no hace sonar la campana).
plain-no-notifications = Aquí no hay notificaciones de escritorio: cada cosa es solo una línea.

# An answer of the session's, as the screen's status line words it ($words), said as a line.
plain-sentence = { $words }.
